"""Read and check every file of one import before anything is written: a Batch, or ImportRefused."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from whs_app.importing import cells
from whs_app.importing.decoding import Source, UnreadableFile, read_source
from whs_app.importing.detect import detect
from whs_app.importing.fields import ParsedOrder
from whs_app.importing.joined import read_joined
from whs_app.importing.jsonl import read_jsonl
from whs_app.importing.line_rows import read_line_rows
from whs_app.importing.problems import Problems
from whs_app.importing.skus import SkuRow, read_skus
from whs_app.importing.tables import FormatTable


@dataclass
class Batch:
    format: str                      # format names, '+'-joined when files differ
    files: tuple[str, ...]
    sha256: str                      # of every file's bytes, in order
    orders: list[ParsedOrder] = field(default_factory=list)
    skus: list[SkuRow] = field(default_factory=list)


def read_batch(paths: list[str], fmt: str | None, shop: str) -> Batch:
    problems = Problems(paths)
    shop = _check_shop(shop, problems)
    digest = hashlib.sha256()
    found: list[tuple[Source, FormatTable, str]] = []
    for path in paths:
        try:
            source = read_source(path)
        except UnreadableFile as exc:
            problems.add(path, 0, "-", str(exc).removeprefix(f"{path}: "))
            continue
        digest.update(source.data)
        detected = detect(source.text, fmt)
        if isinstance(detected, str):
            problems.add(path, 1 if source.text.strip() else 0, "-", detected)
            continue
        found.append((source, detected[0], detected[1].name))
    batch = Batch("+".join(dict.fromkeys(t.name for _, t, _ in found)) or (fmt or "-"),
                  tuple(paths), digest.hexdigest())
    _read_all(found, shop, batch, problems)
    _check_shops_given(batch.orders, problems)
    _check_unique(batch.orders, problems)
    problems.raise_if_any()
    return batch


def _read_all(found: list[tuple[Source, FormatTable, str]], shop: str, batch: Batch, problems: Problems) -> None:
    joined: dict[str, tuple[FormatTable, dict[str, list[Source]]]] = {}
    for source, table, part in found:
        if table.kind == "skus":
            batch.skus += read_skus(source, table, problems)
        elif table.syntax == "jsonl":
            batch.orders += read_jsonl(source, table, shop, problems)
        elif table.join:
            joined.setdefault(table.name, (table, {"orders": [], "items": []}))[1][part].append(source)
        else:
            batch.orders += read_line_rows(source, table, shop, problems)
    for table, parts in joined.values():
        batch.orders += read_joined(parts["orders"], parts["items"], table, shop, problems)


def _check_shop(shop: str, problems: Problems) -> str:
    value, problem = cells.identifier(shop)
    if problem:
        problems.add("--shop", 0, "-", problem)
    return value


def _check_shops_given(orders: list[ParsedOrder], problems: Problems) -> None:
    """One problem per file whose orders name no shop when --shop was not given either."""
    reported = set()
    for parsed in orders:
        if not parsed.order.shop_code and parsed.file not in reported:
            reported.add(parsed.file)
            problems.add(parsed.file, parsed.row, "店铺 shop",
                         "文件里没有店铺，请用 --shop 指定 the file names no shop; give --shop CODE")


def _check_unique(orders: list[ParsedOrder], problems: Problems) -> None:
    """An order number appears once per shop in the whole input; the second one names the first."""
    first: dict[tuple[str, str], ParsedOrder] = {}
    for parsed in orders:
        seen = first.setdefault((parsed.order.shop_code, parsed.order.order_no), parsed)
        if seen is not parsed and parsed.order.order_no:
            problems.add(parsed.file, parsed.row, "订单号 order number", duplicate(parsed, seen))


def duplicate(parsed: ParsedOrder, first: ParsedOrder) -> str:
    return (f"订单 {parsed.order.order_no} 重复，已在 {first.file} 第 {first.row} 行"
            f" duplicate order number, also at {first.file} row {first.row}")
