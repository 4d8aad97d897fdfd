"""销货清单 layouts: a receipt roll (80 or 58 mm printers) or a sheet of paper (A5, A4)."""
from __future__ import annotations

from labels.blocks import add_table, barcode_in, drill_line
from labels.documents import PackingSlip, stamp
from labels.flow import Flow, number_pages
from labels.layout import Box, Element, Font, Layout, hrule
from labels.typeset import fit_text, free_fonts, grid_fonts, text_line

RECEIPT_WIDTHS = {"80mm": 72.0, "58mm": 48.0}  # the printable width of the roll
PAPER_SIZES = {"A5": (148.0, 210.0), "A4": (210.0, 297.0)}
SIZES = (*RECEIPT_WIDTHS, *PAPER_SIZES)
SMALL = Font(3.0, 3.0)
NOT_REAL = "非真实订单 not a real order"


def layout_slip(slip: PackingSlip, size: str) -> Layout:
    if size in RECEIPT_WIDTHS:
        flow = Flow(RECEIPT_WIDTHS[size], None, 1.0)
        _receipt(slip, flow, SMALL)
    else:
        width, height = PAPER_SIZES[size]
        flow = Flow(width, height, 12.0)
        _paper(slip, flow, Font(4.0, 4.0))
    return Layout("slip", size, number_pages(flow.finish(), Font(3.5, 3.5), flow.margin))


def _receipt(slip: PackingSlip, flow: Flow, font: Font) -> None:
    _drill_line(slip, flow)
    flow.text("销货清单", grid_fonts(2, bold=True), "center")
    flow.text(slip.shop, grid_fonts(2, bold=True), "center", max_lines=2)
    flow.text(f"订单 {slip.order_no}", (font,), max_lines=2)
    if slip.printed_at:
        flow.text(stamp(slip.printed_at), (font,))
    qty_w = 12.0
    add_table(flow, (flow.inner_width - qty_w - 1.5, qty_w), ("商品", "数量"),
              ((f"{line.name} {line.sku}", f"×{line.qty}") for line in slip.lines),
              font, ("left", "right"), max_lines=3)
    _footer(slip, flow, font, barcode_h=12.0)


def _paper(slip: PackingSlip, flow: Flow, font: Font) -> None:
    title = free_fonts((8.0, 6.0, 5.0), bold=True)
    _drill_line(slip, flow)
    flow.text(slip.shop, title, max_lines=2)
    flow.text("销货清单", free_fonts((5.0,), bold=True))
    flow.text(f"订单号 {slip.order_no}    {stamp(slip.printed_at)}".rstrip(), (font,))
    flow.place(lambda top: [hrule(flow.margin, top, flow.inner_width, 0.3)], gap=2.0)
    width = flow.inner_width
    add_table(flow, (12.0, 38.0, width - 12.0 - 38.0 - 20.0 - 4.5, 20.0),
              ("序号", "SKU", "商品名称", "数量"),
              ((str(n), line.sku, line.name, str(line.qty))
               for n, line in enumerate(slip.lines, start=1)),
              font, ("left", "left", "left", "right"))
    _footer(slip, flow, font, barcode_h=15.0)


def _footer(slip: PackingSlip, flow: Flow, font: Font, barcode_h: float) -> None:
    total = sum(line.qty for line in slip.lines)
    flow.place(lambda top: [hrule(flow.margin, top, flow.inner_width, 0.3),
                            text_line(f"共 {len(slip.lines)} 种 {total} 件",
                                      Box(flow.margin, top + 1.0, flow.inner_width, font.height),
                                      Font(font.height, font.width, True), "right")],
               gap=2.0)
    flow.place(lambda top: _order_code(slip.order_no, flow, top, barcode_h, font), gap=2.0)
    if slip.message:
        flow.text(slip.message, (font,), "center", max_lines=4)
    _drill_line(slip, flow)


def _drill_line(slip: PackingSlip, flow: Flow) -> None:
    if slip.drill:
        drill_line(flow, NOT_REAL)


def _order_code(order_no: str, flow: Flow, top: float, height: float, font: Font) -> list[Element]:
    # The margins may serve as the quiet zones: on a 58 mm roll that buys 2-dot bars.
    width = min(flow.width, 90.0)
    x = (flow.width - width) / 2
    bars = barcode_in(Box(x, top, width, height), order_no, what="order number")
    number = fit_text(order_no, Box(x, bars.box.bottom + 0.5, width, font.height), (font,),
                      "center", max_lines=1)
    return [bars, number]
