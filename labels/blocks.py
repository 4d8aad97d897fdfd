"""Building blocks the document layouts share: codes sized to a box, table rows, the drill warning."""
from __future__ import annotations

from dataclasses import replace
from typing import Iterable, Sequence

from labels.codes import QR_QUIET_MODULES, code128_width, qr_size
from labels.sanitize import barcode_data
from labels.flow import Flow
from labels.layout import DOTS_PER_MM, LEADING, Barcode, Box, Element, Font, QRCode, hrule
from labels.typeset import fit_text, grid_fonts, text_line

DRILL_MARK = "演练 DRILL"


def drill_line(flow: Flow, text: str) -> None:
    """A drill document's warning (DRILL_MARK and what it is not), across the page: put at its top and bottom."""
    flow.text(f"{DRILL_MARK} {text}", grid_fonts(2, bold=True), "center", max_lines=2)


def barcode_in(box: Box, data: str, max_module_dots: int = 4, what: str = "barcode") -> Barcode:
    """A Code 128 filling the box's width with whole-dot modules (the printer's own grid)."""
    barcode_data(data, what)
    module_dots = min(max_module_dots, int(box.w * DOTS_PER_MM) // code128_width(data))
    if module_dots < 1:
        raise ValueError(f"{what} {data!r} is too long for a Code 128 {box.w:g} mm wide")
    return Barcode(box, data, module_dots / DOTS_PER_MM)


def qr_in(box: Box, data: str, max_module_dots: int = 8) -> QRCode:
    size = qr_size(data)
    room = int(min(box.w, box.h) * DOTS_PER_MM) // (size + 2 * QR_QUIET_MODULES)
    module_dots = min(max_module_dots, room)
    if module_dots < 1:
        raise ValueError(f"QR code data {data!r} is too long for a {box.w:g} mm square")
    return QRCode(box, data, module_dots / DOTS_PER_MM, size)


def columns(x: float, widths: Sequence[float], gap: float) -> list[tuple[float, float]]:
    """(left, width) of table columns laid side by side."""
    spans = []
    for width in widths:
        spans.append((x, width))
        x += width + gap
    return spans


def table_row(y: float, spans: Sequence[tuple[float, float]], cells: Sequence[str],
              font: Font, aligns: Sequence[str], height: float | None = None,
              bold: Sequence[int] = ()) -> list[Element]:
    """One row: each cell wraps inside its column (up to `height`, else a single line);
    the columns numbered in `bold` are set bold."""
    row = []
    for column, ((left, width), text, align) in enumerate(zip(spans, cells, aligns, strict=True)):
        cell_font = replace(font, bold=True) if column in bold else font
        if height is None:
            row.append(text_line(text, Box(left, y, width, font.height), cell_font, align))
        else:
            row.append(fit_text(text, Box(left, y, width, height), (cell_font,), align))
    return row


def add_table(flow: Flow, widths: Sequence[float], header: Sequence[str],
              rows: Iterable[Sequence[str]], font: Font, aligns: Sequence[str],
              max_lines: int = 2, bold: Sequence[int] = ()) -> None:
    """A table under a bold header row; the header repeats on every page the rows run onto."""
    spans = columns(flow.margin, widths, 1.5)
    head_font = replace(font, bold=True)

    def place_header() -> None:
        flow.place(lambda top: [*table_row(top, spans, header, head_font, aligns),
                                hrule(flow.margin, top + font.height + 0.5, flow.inner_width, 0.3)],
                   gap=1.5)

    place_header()
    previous = flow.on_new_page
    flow.on_new_page = place_header
    for cells in rows:
        flow.place(lambda top, cells=cells: table_row(
            top, spans, cells, font, aligns, height=max_lines * font.height * LEADING, bold=bold))
    flow.on_new_page = previous
