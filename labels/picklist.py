"""拣货单 layouts: bins in walking order, then the slot each order of the wave is sorted to."""
from __future__ import annotations

from labels.blocks import add_table, barcode_in, drill_line
from labels.documents import PickList, stamp
from labels.flow import Flow, number_pages
from labels.layout import Box, Font, Layout
from labels.typeset import free_fonts, grid_fonts

SIZES = ("A4", "80mm")
NOT_REAL = "非真实订单 not real orders"


def layout_picklist(picks: PickList, size: str) -> Layout:
    if size == "A4":
        flow = Flow(210.0, 297.0, 12.0)
        font, title = Font(4.0, 4.0), free_fonts((7.0,), bold=True)
    else:
        flow = Flow(72.0, None, 1.0)
        font, title = Font(3.0, 3.0), grid_fonts(2, bold=True)
    if picks.drill:
        drill_line(flow, NOT_REAL)
    _heading(picks, flow, font, title)
    _rows(picks, flow, font, size == "A4")
    if picks.slots:
        flow.place(lambda top: [], gap=4.0)
        flow.text("分拣格口", title)
        add_table(flow, _widths(flow, (0.2, 0.6, 0.2)), ("格口", "订单号", "件数"),
                  ((slot.slot, slot.order_no, str(slot.units)) for slot in picks.slots),
                  font, ("left", "left", "right"), max_lines=1)
    if picks.drill:
        drill_line(flow, NOT_REAL)
    return Layout("picklist", size, number_pages(flow.finish(), Font(3.5, 3.5), flow.margin))


def _heading(picks: PickList, flow: Flow, font: Font, title: tuple[Font, ...]) -> None:
    flow.text(f"拣货单 {picks.wave_code}", title, max_lines=2)
    units = sum(row.qty for row in picks.rows)
    flow.text(f"{picks.carrier}  {len(picks.rows)} 个库位 {units} 件  {stamp(picks.printed_at)}",
              (font,), max_lines=2)
    width = min(flow.inner_width, 80.0)
    flow.place(lambda top: [barcode_in(Box(flow.margin, top, width, 10.0), picks.wave_code,
                                       what="wave code")], gap=3.0)


def _rows(picks: PickList, flow: Flow, font: Font, wide: bool) -> None:
    rows = sorted(picks.rows, key=lambda row: row.seq)
    if wide:
        add_table(flow, _widths(flow, (0.07, 0.18, 0.2, 0.45, 0.1)),
                  ("序", "库位", "SKU", "商品", "数量"),
                  ((str(r.seq), r.bin, r.sku, r.name, str(r.qty)) for r in rows),
                  font, ("left", "left", "left", "left", "right"), bold=(1, 4))
    else:
        add_table(flow, _widths(flow, (0.32, 0.5, 0.18)), ("库位", "商品", "数量"),
                  ((f"{r.seq}. {r.bin}", f"{r.name} {r.sku}", f"×{r.qty}") for r in rows),
                  font, ("left", "left", "right"), max_lines=3, bold=(0, 2))


def _widths(flow: Flow, shares: tuple[float, ...]) -> tuple[float, ...]:
    room = flow.inner_width - 1.5 * (len(shares) - 1)
    return tuple(room * share for share in shares)
