"""Where elements land on the printers' 8 dots/mm grid. Every renderer that works in dots (the
printer languages and the Pillow rasterizer) places things through here, so they agree."""
from __future__ import annotations

from typing import Iterator

from PIL import Image

from labels.codes import QUIET_MODULES, code128_width
from labels.layout import DOTS_PER_MM, Barcode, Font, Layout, QRCode, Text

CELL_DOTS = 24  # the printers' built-in CJK font: 24x24 dots, ASCII 12x24
MAX_PRINTER_WIDTH_MM = 104.0  # 4-inch label and receipt printers
INVERT = bytes(range(255, -1, -1))  # for bytes.translate: flips every bit


def dots(mm: float) -> int:
    return round(mm * DOTS_PER_MM)


def magnification(font: Font, language: str, largest: int = 8) -> tuple[int, int]:
    """(width, height) multipliers of the 24-dot font that print `font` exactly."""
    width, height = dots(font.width), dots(font.height)
    if width % CELL_DOTS or height % CELL_DOTS or not (
            1 <= width // CELL_DOTS <= largest and 1 <= height // CELL_DOTS <= largest):
        raise ValueError(f"{language} prints text in whole multiples of its 24-dot font "
                         f"(3 mm, up to {largest}x); this layout asks for {font.width:g} x "
                         f"{font.height:g} mm: render it as pdf or png")
    return width // CELL_DOTS, height // CELL_DOTS


def bold_offset(font: Font) -> int:
    """Bold is the line printed twice this many dots apart: printer fonts have no bold."""
    return max(1, dots(font.height) // CELL_DOTS) if font.bold else 0


def passes(font: Font) -> tuple[int, ...]:
    """Across offsets, in dots, at which to print each line of `font`."""
    return (0, bold_offset(font)) if font.bold else (0,)


def text_origins(text: Text) -> Iterator[tuple[str, int, int]]:
    """Each line with the top-left dot of its first character."""
    for line, box in text.line_boxes():
        yield line, dots(box.x), dots(box.y)


def barcode_origin(code: Barcode) -> tuple[int, int, int]:
    """Left and top dot of the bars (quiet zones excluded, centred in the box) and module dots."""
    module = dots(code.module)
    bars = (code128_width(code.data) - 2 * QUIET_MODULES) * module
    return dots(code.box.x) + (dots(code.box.w) - bars) // 2, dots(code.box.y), module


def qr_origin(code: QRCode) -> tuple[int, int, int]:
    """Left and top dot of the symbol (centred in the box) and module dots."""
    module = dots(code.module)
    side = code.modules * module
    return (dots(code.box.x) + (dots(code.box.w) - side) // 2,
            dots(code.box.y) + (dots(code.box.h) - side) // 2, module)


def packed_rows(mask: Image.Image) -> tuple[bytes, int, int]:
    """A mask (ink = non-zero) as 1-bit rows, 1 = dot printed: (data, bytes per row, rows)."""
    bits = mask.convert("1", dither=Image.Dither.NONE)
    return bits.tobytes(), (bits.width + 7) // 8, bits.height


def filled_rows(width: int, height: int) -> bytes:
    """A solid rectangle in the same 1-bit row format."""
    full, rest = divmod(width, 8)
    row = b"\xff" * full + (bytes([(0xFF << (8 - rest)) & 0xFF]) if rest else b"")
    return row * height


def check_width(layout: Layout, language: str) -> None:
    for page in layout.pages:
        if page.width > MAX_PRINTER_WIDTH_MM:
            raise ValueError(f"{language} printers print at most {MAX_PRINTER_WIDTH_MM:g} mm wide; "
                             f"this {layout.kind} ({layout.size}) is {page.width:g} mm: "
                             "render it as pdf or png")
