"""商品资料 SKU master data: read and check every row (writing is in sku_writer.py)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from whs_app.importing import cells
from whs_app.importing.decoding import Source
from whs_app.importing.problems import Problems
from whs_app.importing.sheet import Sheet
from whs_app.importing.tables import FormatTable, normalise


@dataclass(frozen=True)
class SkuRow:
    code: str
    name: str
    bin: str
    weight_kg: float
    barcodes: tuple[str, ...]
    on_hand: int | None       # None: keep the stock as it is (0 for a new SKU)
    hot: bool | None          # None: keep the flag as it is (not hot for a new SKU)
    file: str
    row: int


def read_skus(source: Source, table: FormatTable, problems: Problems) -> list[SkuRow]:
    part = table.parts["skus"]
    before = len(problems.items)
    sheet = Sheet.open(source.name, source.text, part, problems)
    if len(problems.items) > before:
        return []
    found = [_row(sheet, table, number, row, problems) for number, row in sheet.rows(problems)]
    _check_unique(found, sheet, problems)
    return found


def _row(sheet: Sheet, table: FormatTable, number: int, row: list[str], problems: Problems) -> SkuRow:
    def cell(field: str) -> str:
        return row[sheet.index[field]] if field in sheet.index else ""

    def report(field: str, problem: str | None) -> None:
        if problem:
            problems.add(sheet.file, number, sheet.column(field), problem)

    code, problem = cells.identifier(cell("sku_code"))
    report("sku_code", problem or (None if code else "商家编码为空 SKU code is missing"))
    name = cell("name").strip()
    report("name", None if name else "商品名称为空 name is missing")
    bin_, problem = cells.identifier(cell("bin"))
    report("bin", problem or (None if re.fullmatch(str(table.values["bin_pattern"]), bin_) else
                              f"库位格式不对 bin must look like A-03-12: '{bin_}'"))
    weight, problem = cells.decimal(cell("weight_kg"), "重量 weight (kg) ")
    report("weight_kg", problem)
    on_hand, problem = cells.count(cell("on_hand"), "库存 stock ")
    report("on_hand", problem)
    barcodes = _barcodes(cell("barcodes"), table, lambda p: report("barcodes", p))
    hot = _yes_no(cell("hot"), table, lambda p: report("hot", p))
    return SkuRow(code, name, bin_, weight, barcodes, on_hand, hot, sheet.file, number)


def _barcodes(raw: str, table: FormatTable, report) -> tuple[str, ...]:
    found = []
    for piece in cells.unwrap(raw).split(str(table.values["barcode_separator"])):
        barcode, problem = cells.identifier(piece)
        if problem:
            report(f"条码 {barcode}: {problem}")
        elif barcode and barcode not in found:
            found.append(barcode)
    return tuple(found)


def _yes_no(raw: str, table: FormatTable, report) -> bool | None:
    word = normalise(cells.unwrap(raw))
    if not word:
        return None
    if word in {normalise(w) for w in table.values["yes"]}:
        return True
    if word in {normalise(w) for w in table.values["no"]}:
        return False
    report(f"应填 是 或 否 must be 是 (yes) or 否 (no): '{raw.strip()}'")
    return None


def _check_unique(found: list[SkuRow], sheet: Sheet, problems: Problems) -> None:
    """A SKU code or a barcode appears once in the file."""
    codes: dict[str, int] = {}
    barcodes: dict[str, SkuRow] = {}
    for sku in found:
        if sku.code and sku.code in codes:
            problems.add(sheet.file, sku.row, sheet.column("sku_code"),
                         f"商家编码 {sku.code} 与第 {codes[sku.code]} 行重复 duplicates row {codes[sku.code]}")
        codes.setdefault(sku.code, sku.row)
        for barcode in sku.barcodes:
            other = barcodes.setdefault(barcode, sku)
            if other is not sku:
                problems.add(sheet.file, sku.row, sheet.column("barcodes"),
                             f"条码 {barcode} 已属于第 {other.row} 行的 {other.code} is already on row {other.row}")
