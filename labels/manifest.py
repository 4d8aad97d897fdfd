"""交接单 (A4): the carrier, the pickup batch, every waybill as a barcode, signature boxes."""
from __future__ import annotations

from labels.blocks import barcode_in, columns, drill_line
from labels.documents import HandoverManifest, stamp
from labels.flow import Flow, number_pages
from labels.layout import Box, Element, Font, Frame, Layout
from labels.typeset import free_fonts, text_line

SIZES = ("A4",)
FONT = Font(4.0, 4.0)
PER_ROW = 2
SIGNATURES = ("仓库交接人签字", "快递揽收员签字", "交接时间")
NOT_REAL = "非真实交接，不交给快递 not a real handover: never for a courier"


def layout_manifest(manifest: HandoverManifest, size: str) -> Layout:
    flow = Flow(210.0, 297.0, 12.0)
    title = free_fonts((7.0, 5.0), bold=True)
    if manifest.drill:
        drill_line(flow, NOT_REAL)
    flow.text(f"交接单  {manifest.carrier_name} {manifest.carrier_code}".rstrip(), title)
    flow.text(f"{manifest.warehouse}  揽收批次 {manifest.pickup_batch}  "
              f"共 {len(manifest.waybills)} 件  {stamp(manifest.printed_at)}", (FONT,), max_lines=2)
    flow.place(lambda top: [barcode_in(Box(flow.margin, top, 80.0, 12.0), manifest.pickup_batch,
                                       what="pickup batch")], gap=4.0)
    flow.on_new_page = lambda: flow.text(f"交接单 {manifest.pickup_batch} (续)", (FONT,))
    spans = columns(flow.margin, [(flow.inner_width - 6.0) / PER_ROW] * PER_ROW, 6.0)
    numbered = list(enumerate(manifest.waybills, start=1))
    for start in range(0, len(numbered), PER_ROW):
        chunk = numbered[start:start + PER_ROW]
        flow.place(lambda top, chunk=chunk: [e for span, item in zip(spans, chunk, strict=False)
                                             for e in _waybill_cell(span, top, *item)], gap=3.0)
    flow.place(lambda top: _signatures(flow, top), gap=0.0)
    if manifest.drill:
        drill_line(flow, NOT_REAL)
    return Layout("manifest", size, number_pages(flow.finish(), Font(3.5, 3.5), flow.margin))


def _waybill_cell(span: tuple[float, float], top: float, number: int, waybill: str
                  ) -> list[Element]:
    x, width = span
    index_w = 12.0
    bars = barcode_in(Box(x + index_w, top, width - index_w, 9.0), waybill, max_module_dots=3,
                      what="waybill number")
    return [text_line(f"{number}.", Box(x, top + 2.5, index_w, FONT.height), FONT),
            bars,
            text_line(waybill, Box(x + index_w, bars.box.bottom + 0.5, width - index_w, 3.5),
                      Font(3.5, 3.5), "center")]


def _signatures(flow: Flow, top: float) -> list[Element]:
    gap = 6.0
    spans = columns(flow.margin, [(flow.inner_width - 2 * gap) / 3] * 3, gap)
    found: list[Element] = []
    for (x, width), caption in zip(spans, SIGNATURES, strict=True):
        found.append(Frame(Box(x, top + 4.0, width, 26.0), 0.3))
        found.append(text_line(caption, Box(x + 2.0, top + 5.5, width - 4.0, FONT.height), FONT))
    return found
