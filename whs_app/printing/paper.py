"""Which of a document's sizes a printer's paper takes."""
from __future__ import annotations

from devices.printers.config import PaperSize, parse_paper

#: sheets of paper for office printers; the label and receipt languages print at most 104 mm wide
SHEETS = ("A4", "A5")


def paper_size(sizes: tuple[str, ...], paper: PaperSize) -> str | None:
    """The size (of `sizes`, the default first) that is this paper: '100x150', '80mm'. A document
    made for a sheet by default (a pick list: A4) takes its first roll size no wider than the paper
    instead: 80 mm on an 80 or 100 mm roll. None: no size is this paper's (the default it is, then)."""
    exact = next((size for size in (str(paper), f"{paper.width_mm:g}mm") if size in sizes), None)
    if exact or sizes[0] not in SHEETS:
        return exact
    return next((size for size in sizes if size not in SHEETS and parse_paper(size).width_mm <= paper.width_mm),
                None)
