"""TSPL for the label printers sold in China (TSC, Xprinter, Gprinter, HPRT).

Text prints in the built-in simplified Chinese font TSS24.BF2 (24x24 dots, GBK text); codes use
the printer's own Code 128 (manual code sets, `128M`, so the bars match our segments) and QR.
Commands end with CR LF. Strings are quoted; `sanitize.tspl_string` keeps them closed.
"""
from __future__ import annotations

from labels.codes import segments
from labels.dots import (INVERT, barcode_origin, check_width, dots, magnification, packed_rows,
                         passes, qr_origin, text_origins)
from labels.layout import Bar, Barcode, Frame, Layout, Page, QRCode, Text, Watermark
from labels.raster import watermark_mask
from labels.sanitize import clean, tspl_string

FONT = '"TSS24.BF2"'
_START = {"B": "!104", "C": "!105"}
_SWITCH = {"B": "!100", "C": "!099"}


def _command(text: str) -> bytes:
    return text.encode("ascii") + b"\r\n"


def _text(text: Text) -> bytes:
    wide, tall = magnification(text.font, "TSPL", largest=10)
    out = bytearray()
    for line, x, y in text_origins(text):
        quoted = b'"' + tspl_string(line) + b'"\r\n'
        for dx in passes(text.font):
            out += f"TEXT {x + dx},{y},{FONT},0,{wide},{tall},".encode() + quoted
    return bytes(out)


def _barcode(code: Barcode) -> bytes:
    x, y, module = barcode_origin(code)
    data = "".join((_SWITCH if i else _START)[charset] + text
                   for i, (charset, text) in enumerate(segments(code.data)))
    return _command(f'BARCODE {x},{y},"128M",{dots(code.box.h)},0,0,{module},{module},"{data}"')


def _qr(code: QRCode) -> bytes:
    x, y, module = qr_origin(code)
    return (f"QRCODE {x},{y},M,{min(module, 10)},A,0,".encode()
            + b'"' + tspl_string(clean(code.data)) + b'"\r\n')


def _bar(bar: Bar) -> bytes:
    box = bar.box
    return _command(f"BAR {dots(box.x)},{dots(box.y)},{max(1, dots(box.w))},{max(1, dots(box.h))}")


def _frame(frame: Frame) -> bytes:
    box = frame.box
    return _command(f"BOX {dots(box.x)},{dots(box.y)},{dots(box.right)},{dots(box.bottom)},"
                    f"{max(1, dots(frame.thickness))}")


def _watermark(mark: Watermark) -> bytes:
    data, row_bytes, rows = packed_rows(watermark_mask(mark))
    # TSPL bitmaps print a dot for 0; mode 0 overwrites, so the mark goes down first.
    head = f"BITMAP {dots(mark.box.x)},{dots(mark.box.y)},{row_bytes},{rows},0,"
    return head.encode() + data.translate(INVERT) + b"\r\n"


_ENCODE = {Text: _text, Barcode: _barcode, QRCode: _qr, Bar: _bar, Frame: _frame,
           Watermark: _watermark}


def _page(page: Page, gap_mm: float) -> bytes:
    out = bytearray(_command(f"SIZE {page.width:g} mm,{page.height:g} mm")
                    + _command(f"GAP {gap_mm:g} mm,0 mm") + _command("CLS"))
    for element in sorted(page.elements, key=lambda e: not isinstance(e, Watermark)):
        out += _ENCODE[type(element)](element)
    return bytes(out + _command("PRINT 1,1"))


def render(layout: Layout, gap_mm: float = 2.0) -> bytes:
    """TSPL for every page; `gap_mm` is the gap between labels (0 on continuous paper)."""
    check_width(layout, "TSPL")
    return b"".join(_page(page, gap_mm) for page in layout.pages)
