"""ESC/POS, native and raster.

Native uses page mode (ESC L): every element is put at its own position with ESC $ (across) and
GS $ (down), which is how ESC/POS places things side by side. In page mode the vertical position
is where the bottom of what follows lands (the text baseline, the foot of a barcode or image), so
each element is placed at its bottom edge. Text goes in the printer's GB18030 font, codes in its
own Code 128 and QR commands; only rules and the drill mark are sent as bitmaps (GS v 0).

A long page (a receipt) is printed as several page-mode slices, cut between elements, because
printers limit the page-mode area.
"""
from __future__ import annotations

from typing import Iterator

from labels.codes import segments
from labels.dots import (CELL_DOTS, barcode_origin, check_width, dots, filled_rows, magnification,
                         packed_rows, qr_origin, text_origins)
from labels.layout import Bar, Barcode, Element, Frame, Layout, Page, QRCode, Text, Watermark
from labels.raster import ink_rows, rasterize, watermark_mask
from labels.sanitize import clean, escpos_text

ESC, GS, FS = b"\x1b", b"\x1d", b"\x1c"
INIT = ESC + b"@"
MOTION_UNITS = GS + b"P\xcb\xcb"  # 1/203 inch: one unit is one dot
PAGE_MODE, LEFT_TO_RIGHT, PRINT_PAGE = ESC + b"L", ESC + b"T\x00", b"\x0c"
CUT = GS + b"VB\x00"  # feed to the cutter and cut
SLICE_DOTS = 1600  # page-mode area height most printers accept
RASTER_BAND = 256  # rows per GS v 0, for printers with small receive buffers
QR_ERROR_M = b"1"


def _u16(value: int) -> bytes:
    return value.to_bytes(2, "little")


def _at(x: int, bottom: int) -> bytes:
    return GS + b"$" + _u16(bottom) + ESC + b"$" + _u16(x)


def raster_command(data: bytes, row_bytes: int, rows: int) -> bytes:
    return GS + b"v0\x00" + _u16(row_bytes) + _u16(rows) + data


def _text(text: Text, top: int) -> bytes:
    wide, tall = magnification(text.font, "ESC/POS")
    style = GS + b"!" + bytes([(wide - 1) << 4 | (tall - 1)]) + ESC + b"E" + bytes([text.font.bold])
    out = bytearray()
    for line, x, y in text_origins(text):
        out += _at(x, y - top + tall * CELL_DOTS) + style + escpos_text(line)
    return bytes(out)


def _barcode(code: Barcode, top: int) -> bytes:
    x, y, module = barcode_origin(code)
    height = min(255, dots(code.box.h))
    data = _code128_data(code.data)
    return (_at(x, y - top + height) + GS + b"h" + bytes([height]) + GS + b"w"
            + bytes([min(module, 6)]) + GS + b"H\x00" + GS + b"kI" + bytes([len(data)]) + data)


def _code128_data(data: str) -> bytes:
    """GS k data: `{B` text, `{C` digit pairs as byte values (the data is length-prefixed)."""
    out = bytearray()
    for charset, text in segments(data):
        out += b"{" + charset.encode()
        if charset == "C":
            out += bytes(int(text[i:i + 2]) for i in range(0, len(text), 2))
        else:
            out += text.encode("ascii")
    return bytes(out)


def _qr_function(fn: bytes, data: bytes) -> bytes:
    return GS + b"(k" + _u16(len(data) + 2) + b"1" + fn + data


def _qr(code: QRCode, top: int) -> bytes:
    x, y, module = qr_origin(code)
    data = clean(code.data).encode("utf-8")
    return (_at(x, y - top + code.modules * module) + _qr_function(b"A", b"2\x00")
            + _qr_function(b"C", bytes([min(module, 16)])) + _qr_function(b"E", QR_ERROR_M)
            + _qr_function(b"P", b"0" + data) + _qr_function(b"Q", b"0"))


def _rect(x: int, y: int, width: int, height: int, top: int) -> bytes:
    return _at(x, y - top + height) + raster_command(filled_rows(width, height),
                                                     (width + 7) // 8, height)


def _bar(bar: Bar, top: int) -> bytes:
    box = bar.box
    return _rect(dots(box.x), dots(box.y), max(1, dots(box.w)), max(1, dots(box.h)), top)


def _frame(frame: Frame, top: int) -> bytes:
    x, y, w, h = (dots(v) for v in (frame.box.x, frame.box.y, frame.box.w, frame.box.h))
    t = max(1, dots(frame.thickness))
    return (_rect(x, y, w, t, top) + _rect(x, y + h - t, w, t, top)
            + _rect(x, y, t, h, top) + _rect(x + w - t, y, t, h, top))


def _watermark(mark: Watermark, top: int) -> bytes:
    data, row_bytes, rows = packed_rows(watermark_mask(mark))
    return _at(dots(mark.box.x), dots(mark.box.y) - top + rows) + raster_command(data, row_bytes,
                                                                                rows)


_ENCODE = {Text: _text, Barcode: _barcode, QRCode: _qr, Bar: _bar, Frame: _frame,
           Watermark: _watermark}


def slices(page: Page, limit: int = SLICE_DOTS) -> Iterator[tuple[int, int, list[Element]]]:
    """(top dot, height in dots, elements) of page-mode areas no element straddles."""
    top, reach, current = 0, 0, []
    for element in sorted(page.elements, key=lambda e: e.box.y):
        start, end = dots(element.box.y), dots(element.box.bottom)
        if current and start >= reach and end - top > limit:
            yield top, start - top, current
            top, current = start, []
        current.append(element)
        reach = max(reach, end)
    yield top, max(dots(page.height), reach) - top, current


def _page(page: Page) -> bytes:
    out = bytearray()
    width = dots(page.width)
    for top, height, elements in slices(page):
        area = ESC + b"W" + _u16(0) + _u16(0) + _u16(width) + _u16(height)
        out += PAGE_MODE + LEFT_TO_RIGHT + area
        for element in elements:
            out += _ENCODE[type(element)](element, top)
        out += PRINT_PAGE
    return bytes(out)


def render(layout: Layout) -> bytes:
    """Native ESC/POS: the printer's own fonts and codes, a few KB per label."""
    check_width(layout, "ESC/POS")
    return INIT + MOTION_UNITS + b"".join(_page(page) for page in layout.pages) + CUT


def render_raster(layout: Layout) -> bytes:
    """The pages drawn with Pillow and sent as GS v 0 bitmaps, for printers without GB fonts."""
    check_width(layout, "ESC/POS")
    out = bytearray(INIT)
    for page in layout.pages:
        image = rasterize(page)
        row_bytes = (image.width + 7) // 8
        data = ink_rows(image)
        for start in range(0, image.height, RASTER_BAND):
            rows = min(RASTER_BAND, image.height - start)
            band = data[start * row_bytes:(start + rows) * row_bytes]
            out += raster_command(band, row_bytes, rows)
    return bytes(out + CUT)
