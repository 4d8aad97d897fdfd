"""Two-file formats: an order report joined with an items report on the order number
(Taobao/Tmall: 订单报表 + 宝贝报表 on 订单编号). The table names the parts `orders` and `items`."""
from __future__ import annotations

from whs_app.importing.decoding import Source
from whs_app.importing.fields import ParsedOrder, build_line, build_order, check_cells, specs
from whs_app.importing.problems import Problems
from whs_app.importing.sheet import Sheet
from whs_app.importing.tables import FormatTable
from whs_app.model import PlatformStatus


def read_joined(orders: list[Source], items: list[Source], table: FormatTable, default_shop: str,
                problems: Problems) -> list[ParsedOrder]:
    """Every order of the order reports with its lines from the items reports."""
    if not orders or not items:
        missing = table.parts["items" if orders else "orders"]
        problems.add((orders or items)[0].name, 0, "-",
                     f"{table.title} 需要两个文件 is two files; also give the {missing.title}"
                     f" (header {missing.expected_header()})")
        return []
    parsed = [order for source in orders for order in _read_orders(source, table, default_shop, problems)]
    by_number: dict[str, ParsedOrder] = {}
    for order in parsed:
        by_number.setdefault(order.order.order_no, order)
    for source in items:
        _read_items(source, table, by_number, problems)
    for order in parsed:
        if not order.order.lines and by_number.get(order.order.order_no) is order:
            problems.add(order.file, order.row, table.parts["orders"].columns["order_no"][0],
                         f"宝贝报表里没有此订单的宝贝 no items for order {order.order.order_no} in the items report")
    return parsed


def _open(source: Source, table: FormatTable, part_name: str, problems: Problems):
    part = table.parts[part_name]
    before = len(problems.items)
    sheet = Sheet.open(source.name, source.text, part, problems)
    if len(problems.items) > before:
        return None, []
    return sheet, specs(table, part.required, [(f, i, sheet.column(f)) for f, i in sheet.index.items()])


def _read_orders(source: Source, table: FormatTable, default_shop: str, problems: Problems) -> list[ParsedOrder]:
    sheet, field_specs = _open(source, table, "orders", problems)
    if sheet is None:
        return []
    return [ParsedOrder(build_order(table, check_cells(field_specs, cells, source.name, row, problems),
                                    default_shop), source.name, row)
            for row, cells in sheet.rows(problems)]


def _read_items(source: Source, table: FormatTable, by_number: dict[str, ParsedOrder], problems: Problems) -> None:
    sheet, field_specs = _open(source, table, "items", problems)
    if sheet is None:
        return
    for row, cells in sheet.rows(problems):
        values = check_cells(field_specs, cells, source.name, row, problems)
        parsed = by_number.get(values["order_no"])
        if parsed is None:
            if values["order_no"]:
                problems.add(source.name, row, sheet.column("order_no"),
                             f"订单报表里没有这个订单 order {values['order_no']} is not in the order report")
            continue
        line = build_line(values, len(parsed.order.lines) + 1)
        if not line.sku_code:
            problems.add(source.name, row, table.parts["items"].columns["sku_code"][0],
                         "商家编码为空 SKU code (商家编码) is missing")
        parsed.order.lines.append(line)
        _note_line_refund(parsed, line.sku_code, values, table)


def _note_line_refund(parsed: ParsedOrder, sku_code: str, values: dict, table: FormatTable) -> None:
    """A refund or a closed sub-order on one item puts a note on the order for review to see."""
    notes = []
    if values.get("line_refund"):
        notes.append(values["line_refund"])
    line_status = table.status(values.get("line_status") or "")
    if line_status == PlatformStatus.CLOSED and parsed.order.platform_status != PlatformStatus.CLOSED:
        notes.append(f"子订单{values['line_status']}")
    if notes:
        note = f"{sku_code}: {'，'.join(notes)}"
        order = parsed.order
        order.refund_status = f"{order.refund_status}; {note}" if order.refund_status else note
