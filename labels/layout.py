"""The one layout model: pages of positioned elements, in millimetres from the top left corner.

Layout functions (waybill.py, slip.py, ...) build a `Layout` once per document; every renderer
walks the same elements. Text arrives already wrapped and sized (typeset.py), so a printer's own
font and a Pillow or PDF rendering break lines at the same places.

Text width follows the printers' built-in GB fonts: an ASCII character takes half a cell, any
other character a full cell (it is sent as two or more bytes and printed double-width).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, Union

DOTS_PER_MM = 8  # 203 dpi, the label and receipt printers' resolution
LEADING = 1.15  # line pitch as a multiple of the font height


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def intersects(self, other: Box) -> bool:
        return (self.x < other.right and other.x < self.right
                and self.y < other.bottom and other.y < self.bottom)

    def inside(self, other: Box, tolerance: float = 1e-6) -> bool:
        return (self.x >= other.x - tolerance and self.y >= other.y - tolerance
                and self.right <= other.right + tolerance
                and self.bottom <= other.bottom + tolerance)


@dataclass(frozen=True)
class Font:
    """Cell size: `height`, and `width` of a full-width (CJK) character; ASCII is half of it."""
    height: float
    width: float
    bold: bool = False


@dataclass(frozen=True)
class Text:
    box: Box
    lines: tuple[str, ...]
    font: Font
    align: str = "left"  # left | center | right

    def line_boxes(self) -> Iterator[tuple[str, Box]]:
        """Each line with the box its cells take, aligned inside the text box."""
        pitch = self.font.height * LEADING
        for index, line in enumerate(self.lines):
            width = cells(line) * self.font.width
            slack = self.box.w - width
            x = self.box.x + {"left": 0.0, "center": slack / 2, "right": slack}[self.align]
            yield line, Box(x, self.box.y + index * pitch, width, self.font.height)


@dataclass(frozen=True)
class Barcode:
    """Code 128, bars centred in the box (which includes the quiet zones), full box height."""
    box: Box
    data: str
    module: float  # width of the narrowest bar


@dataclass(frozen=True)
class QRCode:
    box: Box
    data: str
    module: float
    modules: int  # symbol size in modules, for centring


@dataclass(frozen=True)
class Bar:
    """A filled rectangle: rules and thick lines."""
    box: Box


@dataclass(frozen=True)
class Frame:
    """An outlined rectangle (signature boxes, the sort code)."""
    box: Box
    thickness: float


@dataclass(frozen=True)
class Watermark:
    """Outlined text across `box` at `angle` degrees (counter-clockwise), under everything else."""
    box: Box
    text: str
    height: float
    angle: float


Element = Union[Text, Barcode, QRCode, Bar, Frame, Watermark]


@dataclass(frozen=True)
class Page:
    width: float
    height: float
    elements: tuple[Element, ...]

    @property
    def box(self) -> Box:
        return Box(0.0, 0.0, self.width, self.height)


@dataclass(frozen=True)
class Layout:
    kind: str  # waybill | slip | picklist | manifest
    size: str
    pages: tuple[Page, ...]


def cells(text: str) -> float:
    """Width of `text` in full-width cells."""
    ascii_count = sum(1 for ch in text if ch < "\x80")
    return len(text) - ascii_count / 2


def hrule(x: float, y: float, w: float, thickness: float = 0.5) -> Bar:
    """A horizontal line whose top edge is at `y`."""
    return Bar(Box(x, y, w, thickness))


def page_problems(page: Page) -> list[str]:
    """What breaks the layout rules: anything off the page, text running out of its box or
    over a barcode, code boxes or watermarks overlapping a code. Empty when the page is sound."""
    problems = []
    codes = [e for e in page.elements if isinstance(e, (Barcode, QRCode))]
    for element in page.elements:
        if not element.box.inside(page.box):
            problems.append(f"{element!r} is off the page")
        if isinstance(element, (Text, Watermark)):
            problems += [f"{element!r} covers {code!r}" for code in codes
                         if element.box.intersects(code.box)]
        if isinstance(element, Text):
            problems += [f"line {line!r} leaves {element.box}" for line, box in element.line_boxes()
                         if not box.inside(element.box)]
    problems += [f"{a!r} overlaps {b!r}" for i, a in enumerate(codes) for b in codes[i + 1:]
                 if a.box.intersects(b.box)]
    return problems
