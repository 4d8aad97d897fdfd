"""Drawing a page with Pillow at the printers' 8 dots/mm: the PNG preview, the ESC/POS raster
path, and the bitmaps the native renderers fall back to (drill mark, ZPL ^GF text)."""
from __future__ import annotations

import math
from functools import lru_cache

from PIL import Image, ImageDraw

from labels.codes import code128_modules, qr_matrix
from labels.dots import INVERT, barcode_origin, bold_offset, dots, qr_origin
from labels.fonts import cjk_face, pil_font
from labels.layout import Bar, Barcode, Box, Font, Frame, Page, QRCode, Text, Watermark
from labels.sanitize import clean

WHITE, BLACK = 255, 0


def rasterize(page: Page) -> Image.Image:
    """The page as a 1-bit image, black ink on white."""
    image = Image.new("L", (dots(page.width), dots(page.height)), WHITE)
    order = sorted(page.elements, key=lambda e: not isinstance(e, Watermark))  # marks go under
    for element in order:
        _DRAW[type(element)](image, element)
    return image.convert("1", dither=Image.Dither.NONE)


def text_mask(line: str, font: Font, box: Box, align: str = "left") -> Image.Image:
    """One line in an "L" mask (255 = ink) the size of its cell box: squeezed to fit, never out."""
    ink, offset = _set_line(line, font, box, align)
    mask = Image.new("L", (max(1, dots(box.w)), max(1, dots(box.h))), 0)
    mask.paste(ink, (offset, 0))
    return mask


def _set_line(line: str, font: Font, box: Box, align: str) -> tuple[Image.Image, int]:
    """The line's ink, no wider than its cells, and how far in from the box's left it goes."""
    width, height = max(1, dots(box.w)), max(1, dots(box.h))
    canvas = _ink(clean(line), height, bold_offset(font))
    target = min(width, round(canvas.width * font.width / font.height))
    if target != canvas.width:
        canvas = canvas.resize((target, height), Image.Resampling.BILINEAR)
    return canvas, {"left": 0, "center": (width - target) // 2, "right": width - target}[align]


def _ink(line: str, height: int, bold: int) -> Image.Image:
    """The line set glyph by glyph from the cache, drawn twice `bold` dots apart when bold."""
    glyphs = [_glyph(ch, height) for ch in line]
    canvas = Image.new("L", (max(1, math.ceil(sum(g[3] for g in glyphs)) + bold), height), 0)
    baseline, pen = round(cjk_face().ascent * height), 0.0
    for ink, left, top, advance in glyphs:
        if ink is not None:
            canvas.paste(WHITE, (round(pen) + left, baseline + top), ink)
        pen += advance
    if bold:
        canvas.paste(WHITE, (bold, 0), canvas.copy())
    return canvas


@lru_cache(maxsize=4096)
def _glyph(ch: str, height: int) -> tuple[Image.Image | None, int, int, float]:
    """A character's ink for cells `height` dots high, its offset from the pen on the baseline,
    and its advance. FreeType draws each glyph once: a label's text is mostly the same few
    hundred characters, and this halves the time a label takes to rasterize."""
    face = pil_font(height)
    left, top, right, bottom = face.getbbox(ch, anchor="ls")
    advance = face.getlength(ch)
    if right <= left or bottom <= top:
        return None, 0, 0, advance
    ink = Image.new("L", (right - left, bottom - top), 0)
    ImageDraw.Draw(ink).text((-left, -top), ch, font=face, fill=WHITE, anchor="ls")
    return ink, left, top, advance


def watermark_mask(mark: Watermark) -> Image.Image:
    """The outlined, rotated mark in an "L" mask the size of its box, centred."""
    height = dots(mark.height)
    face = pil_font(height)
    stroke = max(2, height // 30)
    text = clean(mark.text)
    flat = Image.new("L", (round(face.getlength(text)) + 2 * stroke, height + 2 * stroke), 0)
    ImageDraw.Draw(flat).text((stroke, stroke + round(cjk_face().ascent * height)), text, font=face,
                              fill=0, anchor="ls", stroke_width=stroke, stroke_fill=255)
    turned = flat.rotate(mark.angle, resample=Image.Resampling.BILINEAR, expand=True)
    box_w, box_h = max(1, dots(mark.box.w)), max(1, dots(mark.box.h))
    if turned.width > box_w or turned.height > box_h:
        turned.thumbnail((box_w, box_h))
    mask = Image.new("L", (box_w, box_h), 0)
    mask.paste(turned, ((box_w - turned.width) // 2, (box_h - turned.height) // 2))
    return mask


def code128_image(code: Barcode) -> tuple[Image.Image, tuple[int, int]]:
    bars = code128_modules(code.data)
    row = Image.frombytes("L", (len(bars), 1), bytes(BLACK if b == "1" else WHITE for b in bars))
    left, top, module = barcode_origin(code)
    image = row.resize((len(bars) * module, dots(code.box.h)), Image.Resampling.NEAREST)
    return image, (left, top)


def qr_image(code: QRCode) -> tuple[Image.Image, tuple[int, int]]:
    matrix = qr_matrix(code.data)
    size = len(matrix)
    cells = bytes(BLACK if dark else WHITE for row in matrix for dark in row)
    left, top, module = qr_origin(code)
    image = Image.frombytes("L", (size, size), cells).resize((size * module, size * module),
                                                             Image.Resampling.NEAREST)
    return image, (left, top)


def ink_rows(page: Image.Image) -> bytes:
    """A rasterized page as 1-bit rows with 1 = dot printed (Pillow's "1" has 1 = white)."""
    return page.tobytes().translate(INVERT)


def _text(image: Image.Image, text: Text) -> None:
    for line, box in text.line_boxes():
        ink, offset = _set_line(line, text.font, box, text.align)
        image.paste(BLACK, (dots(box.x) + offset, dots(box.y)), ink)


def _code(image: Image.Image, code: Barcode | QRCode) -> None:
    symbol, corner = (code128_image if isinstance(code, Barcode) else qr_image)(code)
    image.paste(symbol, corner)


def _bar(image: Image.Image, bar: Bar) -> None:
    box = bar.box
    ImageDraw.Draw(image).rectangle(
        (dots(box.x), dots(box.y), dots(box.right) - 1, dots(box.bottom) - 1), fill=BLACK)


def _frame(image: Image.Image, frame: Frame) -> None:
    box = frame.box
    ImageDraw.Draw(image).rectangle(
        (dots(box.x), dots(box.y), dots(box.right) - 1, dots(box.bottom) - 1),
        outline=BLACK, width=max(1, dots(frame.thickness)))


def _watermark(image: Image.Image, mark: Watermark) -> None:
    image.paste(BLACK, (dots(mark.box.x), dots(mark.box.y)), watermark_mask(mark))


_DRAW = {Text: _text, Barcode: _code, QRCode: _code, Bar: _bar, Frame: _frame,
         Watermark: _watermark}
