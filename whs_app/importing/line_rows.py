"""Formats with one CSV row per order line, the order's fields repeated on each row (generic CSV)."""
from __future__ import annotations

from operator import itemgetter

from whs_app.importing.decoding import Source
from whs_app.importing.fields import LINE_FIELDS, ParsedOrder, build_line, build_order, check_cells, specs
from whs_app.importing.problems import Problems
from whs_app.importing.sheet import Sheet
from whs_app.importing.tables import FormatTable


def read_line_rows(source: Source, table: FormatTable, default_shop: str, problems: Problems) -> list[ParsedOrder]:
    part = next(iter(table.parts.values()))
    before = len(problems.items)
    sheet = Sheet.open(source.name, source.text, part, problems)
    if len(problems.items) > before:
        return []
    placed = [(field, position, sheet.column(field)) for field, position in sheet.index.items()]
    order_specs = specs(table, part.required, [p for p in placed if p[0] not in LINE_FIELDS])
    line_specs = specs(table, part.required, [p for p in placed if p[0] in LINE_FIELDS])
    order_cells = itemgetter(*(spec.position for spec in order_specs))
    key_cells = itemgetter(*(sheet.index[f] for f in ("shop", "order_no") if f in sheet.index))
    orders: dict[object, ParsedOrder] = {}
    for row, cells in sheet.rows(problems):
        parsed = orders.get(key_cells(cells))
        if parsed is None:
            values = check_cells(order_specs, cells, source.name, row, problems)
            parsed = ParsedOrder(build_order(table, values, default_shop), source.name, row, order_cells(cells))
            orders[key_cells(cells)] = parsed
        elif parsed.raw != order_cells(cells):
            _disagreement(order_specs, parsed, cells, row, problems)
        values = check_cells(line_specs, cells, source.name, row, problems)
        parsed.order.lines.append(build_line(values, len(parsed.order.lines) + 1))
    return list(orders.values())


def _disagreement(order_specs, parsed: ParsedOrder, cells: list[str], row: int, problems: Problems) -> None:
    first = parsed.raw if isinstance(parsed.raw, tuple) else (parsed.raw,)
    for spec, before in zip(order_specs, first):
        if cells[spec.position] != before:
            problems.add(parsed.file, row, spec.column,
                         f"同一订单的第 {parsed.row} 行与第 {row} 行不一致 rows {parsed.row} and {row} of order "
                         f"{parsed.order.order_no} disagree: '{before}' vs '{cells[spec.position]}'")
            return
