"""电子面单 layout: bands from top to bottom, their heights set per label size.

header (carrier, time, drill tag) | sort code | waybill barcode | receiver | sender | order & items
"""
from __future__ import annotations

import math
import re

from labels.blocks import DRILL_MARK, barcode_in, qr_in
from labels.documents import Party, WaybillLabel, stamp
from labels.flow import tight
from labels.layout import Box, Element, Font, Layout, Page, Text, Watermark, cells, hrule
from labels.typeset import cut, fit_text, grid_fonts, lines_that_fit, text_line
from labels.sanitize import clean

MARGIN = 2.0
SMALL = Font(3.0, 3.0)

# band heights in mm for each label size, top to bottom
BANDS = {
    "100x150": (100.0, (12.0, 18.0, 28.0, 42.0, 16.0, 34.0)),
    "76x130": (76.0, (11.0, 15.0, 25.0, 36.0, 14.0, 29.0)),
    "100x180": (100.0, (12.0, 20.0, 30.0, 52.0, 18.0, 48.0)),
}


def mask_phone(phone: str) -> str:
    """As the platforms require: 13812345678 -> 138****5678."""
    digits = re.sub(r"[\s-]", "", clean(phone))
    if len(digits) >= 8:
        return digits[:3] + "****" + digits[-4:]
    return "****" + digits[-2:] if len(digits) > 4 else "****"


def layout_waybill(label: WaybillLabel, size: str) -> Layout:
    width, heights = BANDS[size]
    tops = [sum(heights[:i]) for i in range(len(heights))]
    bands = [Box(0.0, top, width, h) for top, h in zip(tops, heights, strict=True)]
    header, sort, code, receiver, sender, bottom = bands
    elements: list[Element] = []
    if label.drill:
        elements.append(_drill_mark(receiver, sender))
    elements += _header(label, header)
    elements += _sort_code(label, sort)
    elements += _waybill_code(label, code)
    elements += _party(label.receiver, receiver, "收", big=True)
    elements += _party(label.sender, sender, "寄", big=False)
    elements += _order(label, bottom)
    elements += [hrule(0.0, band.bottom - 0.25, width) for band in bands[:-1]]
    return Layout("waybill", size, (Page(width, sum(heights), tuple(elements)),))


def _header(label: WaybillLabel, band: Box) -> list[Element]:
    side = band.w * 0.42
    left = Box(MARGIN, band.y + 1.5, band.w - side - 2 * MARGIN, band.h - 3)
    right_x = band.w - MARGIN - side
    found = [fit_text(label.carrier_name or label.carrier_code, left, grid_fonts(3, bold=True))]
    found.append(text_line(stamp(label.printed_at), Box(right_x, band.y + 1.5, side, 3.0),
                           SMALL, "right"))
    if label.drill:
        tag = Box(right_x, band.y + 5.0, side, 6.0)
        found.append(fit_text(DRILL_MARK, tag, grid_fonts(2, bold=True), "right", max_lines=1))
    return found


def _sort_code(label: WaybillLabel, band: Box) -> list[Element]:
    box = Box(MARGIN, band.y + 1.5, band.w - 2 * MARGIN, band.h - 3)
    return [fit_text(label.sort_code, box, grid_fonts(4, bold=True), "center", max_lines=1)]


def _waybill_code(label: WaybillLabel, band: Box) -> list[Element]:
    number_h = 6.0
    bars = Box(MARGIN, band.y + 1.5, band.w - 2 * MARGIN, band.h - number_h - 4.0)
    number = Box(MARGIN, bars.bottom + 1.0, bars.w, number_h)
    return [barcode_in(bars, label.waybill_no, what="waybill number"),
            fit_text(label.waybill_no, number, grid_fonts(2, bold=True), "center", max_lines=1)]


def _party(party: Party, band: Box, tag: str, big: bool) -> list[Element]:
    tag_font = grid_fonts(2, bold=True)[0]
    x = MARGIN + tag_font.width + 2.0
    w = band.w - MARGIN - x
    fonts = grid_fonts(2 if big else 1, bold=big)
    line_h = fonts[0].height
    phone = mask_phone(party.phone) if big else clean(party.phone)
    address_box = Box(x, band.y + line_h + 3.0, w, band.h - line_h - 4.5)
    return [Text(Box(MARGIN, band.y + 1.5, tag_font.width, tag_font.height), (tag,), tag_font),
            _name_and_phone(party.name, phone, Box(x, band.y + 1.5, w, line_h), fonts),
            fit_text(party.full_address, address_box, fonts)]


def _name_and_phone(name: str, phone: str, box: Box, fonts: tuple[Font, ...]) -> Text:
    """One line; when it is too long the name is cut, never the phone."""
    who = fit_text(f"{name} {phone}", box, fonts, max_lines=1)
    if not who.lines or who.lines[0].endswith(phone):
        return who
    smallest = fonts[-1]
    room = box.w / smallest.width - cells(" " + phone)
    if room < 2:  # no sensible phone is this long: cut the line as a whole
        return text_line(f"{name} {phone}", box, smallest)
    return Text(box, (f"{cut(clean(name), room)} {phone}".strip(),), smallest)


def _order(label: WaybillLabel, band: Box) -> list[Element]:
    side = min(band.h - 3.0, 28.0)
    qr = qr_in(Box(band.w - MARGIN - side, band.y + 1.5, side, side), label.order_no)
    w = qr.box.x - 2.0 - MARGIN
    order = tight(fit_text(f"订单 {label.order_no}", Box(MARGIN, band.y + 1.5, w, 7.5), (SMALL,)))
    top = order.box.bottom + 1.0
    items_box = Box(MARGIN, top, w, band.bottom - 1.0 - top)
    return [qr, order, _item_lines(label.items, items_box)]


def _item_lines(items: tuple[str, ...], box: Box) -> Text:
    """One line per item, cut to the width; when they do not all fit the last line says so."""
    room = lines_that_fit(box.h, SMALL)
    width = box.w / SMALL.width
    lines = [text_line(item, box, SMALL).lines for item in items]
    flat = [line[0] for line in lines if line]
    if len(flat) > room:
        more = f"…等共{len(flat)}项"
        flat = flat[:max(room - 1, 0)] + ([more] if room and cells(more) <= width else [])
    return Text(box, tuple(flat), SMALL)


def _drill_mark(receiver: Box, sender: Box) -> Watermark:
    box = Box(MARGIN, receiver.y + 1.0, receiver.w - 2 * MARGIN, sender.bottom - receiver.y - 2.0)
    angle = math.atan2(box.h, box.w)
    length = cells(DRILL_MARK)  # in heights
    cos, sin = math.cos(angle), math.sin(angle)
    height = min(14.0, box.w / (length * cos + sin), box.h / (length * sin + cos))
    return Watermark(box, DRILL_MARK, height, math.degrees(angle))
