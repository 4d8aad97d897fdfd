"""JSON lines: one order per line, `receiver` and `lines` nested (schema in docs/import-formats.md)."""
from __future__ import annotations

import json
from typing import Any

from whs_app.importing.decoding import Source
from whs_app.importing.fields import ParsedOrder, build_line, build_order, check_cells, specs
from whs_app.importing.problems import Problems
from whs_app.importing.tables import FormatTable, Part


def read_jsonl(source: Source, table: FormatTable, default_shop: str, problems: Problems) -> list[ParsedOrder]:
    order_part, line_part = table.parts["orders"], table.parts["lines"]
    order_paths, order_specs = _specs(table, order_part, exclude="lines")
    line_paths, line_specs = _specs(table, line_part)
    parsed = []
    for row, text in enumerate(source.text.splitlines(), start=1):
        record = _record(text, source.name, row, problems)
        if record is None:
            continue
        values = check_cells(order_specs, _values(record, order_paths, source.name, row, "", problems),
                             source.name, row, problems)
        order = ParsedOrder(build_order(table, values, default_shop), source.name, row)
        for index, item in enumerate(_lines(record, order_part, source.name, row, problems)):
            prefix = f"lines[{index}]."
            if not isinstance(item, dict):
                problems.add(source.name, row, prefix.rstrip("."), "应为对象 each line must be a JSON object")
                continue
            line_values = check_cells(line_specs, _values(item, line_paths, source.name, row, prefix, problems),
                                      source.name, row, problems, prefix)
            order.order.lines.append(build_line(line_values, index + 1))
        parsed.append(order)
    return parsed


def _specs(table: FormatTable, part: Part, exclude: str = "") -> tuple[list[str], list]:
    """(key path per position, FieldSpecs): each field reads its path's value at its position."""
    fields = [(field, paths[0]) for field, paths in part.columns.items() if field != exclude]
    return ([path for _, path in fields],
            specs(table, part.required, [(field, position, path) for position, (field, path) in enumerate(fields)]))


def _record(text: str, file: str, row: int, problems: Problems) -> dict | None:
    if not text.strip():
        return None
    try:
        record = json.loads(text)
    except ValueError as exc:
        problems.add(file, row, "-", f"不是合法的 JSON not valid JSON: {getattr(exc, 'msg', exc)}")
        return None
    if not isinstance(record, dict):
        problems.add(file, row, "-", "每行应是一个 JSON 对象 each line must be one JSON object")
        return None
    return record


def _lines(record: dict, part: Part, file: str, row: int, problems: Problems) -> list:
    path = part.columns["lines"][0]
    lines = record.get(path)
    if not isinstance(lines, list) or not lines:
        problems.add(file, row, path, "订单没有明细 lines must be a non-empty list")
        return []
    return lines


def _values(record: dict, paths: list[str], file: str, row: int, prefix: str, problems: Problems) -> list[str | None]:
    """Text for each key path; None (reported) for a value that is not text or a number."""
    found: list[str | None] = []
    for path in paths:
        value: Any = record
        for key in path.split("."):
            value = value.get(key) if isinstance(value, dict) else None
        if value is None:
            found.append("")
        elif isinstance(value, str):
            found.append(value)
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            found.append(str(value))
        else:
            problems.add(file, row, prefix + path, f"应为文字或数字 must be text or a number, not {json.dumps(value)[:40]}")
            found.append(None)
    return found
