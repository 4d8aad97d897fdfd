"""Setting text into boxes: sizes the printers can reach, line breaking, shrinking and cutting.

Widths are counted in cells (layout.cells), the printers' own measure, so what fits here fits
on every renderer; Pillow and PDF squeeze a line whose font runs wider than its cells.
"""
from __future__ import annotations

from typing import Iterator, Sequence

from labels.layout import LEADING, Box, Font, Text, cells
from labels.sanitize import clean

ELLIPSIS = "…"


def grid_fonts(largest: int, bold: bool = False, cell: float = 3.0) -> tuple[Font, ...]:
    """Sizes the printers' 24-dot font reaches by whole magnification, largest first.

    A height of n cells is tried at width n, then n-1 (tall type, as waybills use for names).
    """
    fonts = []
    for height in range(largest, 0, -1):
        for width in sorted({height, max(height - 1, 1)}, reverse=True):
            fonts.append(Font(height * cell, width * cell, bold))
    return tuple(fonts)


def free_fonts(heights: Sequence[float], bold: bool = False) -> tuple[Font, ...]:
    return tuple(Font(h, h, bold) for h in heights)


def wrap(text: str, width_cells: float) -> list[str]:
    """Greedy line breaking: CJK may break anywhere, an ASCII word only when it must."""
    lines: list[str] = []
    line, used = "", 0.0
    for word in _words(text):
        size = cells(word)
        if used + size <= width_cells:
            line, used = line + word, used + size
            continue
        if line.strip():
            lines.append(line.rstrip())
        word = word.lstrip()
        while cells(word) > width_cells:
            head = _longest_prefix(word, width_cells)
            lines.append(head)
            word = word[len(head):]
        line, used = word, cells(word)
    if line.strip():
        lines.append(line.rstrip())
    return lines


def _words(text: str) -> Iterator[str]:
    """Break opportunities: each non-ASCII character alone, ASCII words with their leading space."""
    word = ""
    for ch in text:
        if ch >= "\x80":
            if word:
                yield word
            yield ch
            word = ""
        elif ch == " " and word.strip():
            yield word
            word = ch
        else:
            word += ch
    if word:
        yield word


def _longest_prefix(text: str, width_cells: float) -> str:
    used = 0.0
    for index, ch in enumerate(text):
        used += cells(ch)
        if used > width_cells:
            return text[:max(index, 1)]
    return text


def lines_that_fit(height: float, font: Font) -> int:
    pitch = font.height * LEADING
    return int((height - font.height) / pitch + 1e-9) + 1 if height >= font.height else 0


def fit_text(text: str, box: Box, fonts: Sequence[Font], align: str = "left",
             max_lines: int | None = None) -> Text:
    """The largest font whose wrapped lines fit the box; at the smallest, cut with an ellipsis."""
    text = clean(text)
    for font in fonts:
        room = lines_that_fit(box.h, font)
        if max_lines is not None:
            room = min(room, max_lines)
        lines = wrap(text, box.w / font.width)
        if len(lines) <= room:
            return Text(box, tuple(lines), font, align)
    return Text(box, truncate(lines, room, box.w / font.width), font, align)


def truncate(lines: list[str], room: int, width_cells: float) -> tuple[str, ...]:
    if room <= 0 or not lines:
        return ()
    if len(lines) <= room:
        return tuple(lines)
    return (*lines[:room - 1], cut(lines[room - 1] + ELLIPSIS, width_cells))


def cut(text: str, width_cells: float) -> str:
    """`text` on one line of `width_cells`, ending in an ellipsis when it had to be shortened."""
    if cells(text) <= width_cells:
        return text
    kept = _longest_prefix(text, width_cells - cells(ELLIPSIS))
    return (kept.rstrip() + ELLIPSIS) if cells(kept) + cells(ELLIPSIS) <= width_cells else ""


def text_line(text: str, box: Box, font: Font, align: str = "left") -> Text:
    """One line in one font, cut with an ellipsis when too long."""
    return fit_text(text, box, (font,), align, max_lines=1)
