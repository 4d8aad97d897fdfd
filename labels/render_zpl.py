"""ZPL II for Zebra printers: UTF-8 text (^CI28) in a CJK font stored on the printer, with the
printer's own Code 128 (^BC, invocation codes spell our segments) and QR (^BQ).

A printer without a CJK font prints Chinese as blanks; `graphic_text=True` sends every line that
is not plain ASCII as a ^GF bitmap drawn with our own font instead.
"""
from __future__ import annotations

import re

from labels.codes import segments
from labels.dots import barcode_origin, check_width, dots, packed_rows, passes, qr_origin
from labels.layout import Bar, Barcode, Frame, Layout, Page, QRCode, Text, Watermark
from labels.raster import text_mask, watermark_mask
from labels.sanitize import zpl_field

DEFAULT_FONT = "E:ANMDS.TTF"  # Zebra's simplified Chinese font; pass font= for another
_START = {"B": ">:", "C": ">;"}
_SWITCH = {"B": ">6", "C": ">5"}


def graphic_field(data: bytes, row_bytes: int, rows: int) -> str:
    """^GFA with ZPL's ASCII compression: runs of a hex digit counted, ',' for a row's zero
    tail, ':' for a row repeating the one above."""
    lines, previous = [], None
    for start in range(0, len(data), row_bytes):
        row = data[start:start + row_bytes].hex().upper()
        if row == previous:
            lines.append(":")
            continue
        previous = row
        body = row.rstrip("0")
        lines.append(_run_length(body) + ("," if len(body) < len(row) else ""))
    return f"^GFA,{len(data)},{len(data)},{row_bytes},{''.join(lines)}"


def _run_length(hex_digits: str) -> str:
    out = []
    for match in re.finditer(r"(.)\1*", hex_digits):
        digit, run = match.group(1), len(match.group())
        while run:
            chunk = min(run, 400)
            out.append(_count(chunk) + digit if chunk > 1 else digit)
            run -= chunk
    return "".join(out)


def _count(n: int) -> str:
    """ZPL repeat count: g..z for 20..400 in twenties, G..Y for 1..19."""
    tens, ones = divmod(n, 20)
    return (chr(ord("f") + tens) if tens else "") + (chr(ord("F") + ones) if ones else "")


class _Writer:
    def __init__(self, font: str, graphic_text: bool) -> None:
        self.font, self.graphic_text = font, graphic_text

    def text(self, text: Text) -> str:
        size = f"{dots(text.font.height)},{dots(text.font.width)}"
        out = []
        for line, box in text.line_boxes():
            x, y = dots(box.x), dots(box.y)
            if self.graphic_text and not line.isascii():
                bitmap = graphic_field(*packed_rows(text_mask(line, text.font, box)))
                out.append(f"^FO{x},{y}{bitmap}^FS")
                continue
            for dx in passes(text.font):  # ^FB keeps a wider printer font inside the cells
                out.append(f"^FO{x + dx},{y}^A@N,{size},{self.font}^FB{dots(box.w) + 1},1,0,L,0"
                           f"^FH_^FD{zpl_field(line)}^FS")
        return "".join(out)

    def barcode(self, code: Barcode) -> str:
        x, y, module = barcode_origin(code)
        data = "".join((_SWITCH if i else _START)[charset] + text
                       for i, (charset, text) in enumerate(segments(code.data)))
        return f"^FO{x},{y}^BY{module}^BCN,{dots(code.box.h)},N,N,N,N^FD{data}^FS"

    def qr(self, code: QRCode) -> str:
        x, y, module = qr_origin(code)
        return f"^FO{x},{y}^BQN,2,{min(module, 10)}^FH_^FDMA,{zpl_field(code.data)}^FS"

    def bar(self, bar: Bar) -> str:
        w, h = max(1, dots(bar.box.w)), max(1, dots(bar.box.h))
        return f"^FO{dots(bar.box.x)},{dots(bar.box.y)}^GB{w},{h},{min(w, h)}^FS"

    def frame(self, frame: Frame) -> str:
        box = frame.box
        return (f"^FO{dots(box.x)},{dots(box.y)}^GB{dots(box.w)},{dots(box.h)},"
                f"{max(1, dots(frame.thickness))}^FS")

    def watermark(self, mark: Watermark) -> str:
        field = graphic_field(*packed_rows(watermark_mask(mark)))
        return f"^FO{dots(mark.box.x)},{dots(mark.box.y)}{field}^FS"

    def page(self, page: Page) -> str:
        draw = {Text: self.text, Barcode: self.barcode, QRCode: self.qr, Bar: self.bar,
                Frame: self.frame, Watermark: self.watermark}
        body = "".join(draw[type(e)](e) for e in page.elements)
        return f"^XA^CI28^PW{dots(page.width)}^LL{dots(page.height)}^LH0,0{body}^PQ1^XZ\n"


def render(layout: Layout, font: str = DEFAULT_FONT, graphic_text: bool = False) -> bytes:
    """ZPL for every page. `font` is the printer's CJK font, as a ^A@ path (E:NAME.TTF)."""
    check_width(layout, "ZPL")
    if not all(ch.isalnum() or ch in ":._-" for ch in font):
        raise ValueError(f"ZPL font {font!r} is not a printer font path like E:ANMDS.TTF")
    writer = _Writer(font, graphic_text)
    return "".join(writer.page(page) for page in layout.pages).encode("utf-8")
