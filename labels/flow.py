"""Documents that run down the page: blocks stacked in turn, new pages as they fill, numbered."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Callable, Sequence

from labels.layout import LEADING, Box, Element, Font, Page, Text
from labels.typeset import fit_text, text_line


def tight(element: Element) -> Element:
    """A text element whose box ends where its last line does."""
    if not isinstance(element, Text):
        return element
    boxes = [box for _, box in element.line_boxes()]
    height = boxes[-1].bottom - element.box.y if boxes else 0.0
    return replace(element, box=replace(element.box, h=height))


def bottom_of(elements: Sequence[Element], top: float) -> float:
    return max([top, *(element.box.bottom for element in elements)])


@dataclass
class Flow:
    """Stacks blocks down a page and starts a new page when one would run off the bottom.

    `height=None` is a receipt roll: one page as long as the content.
    """
    width: float
    height: float | None
    margin: float
    on_new_page: Callable[[], None] | None = None
    pages: list[list[Element]] = field(default_factory=lambda: [[]])
    y: float = 0.0

    def __post_init__(self) -> None:
        self.y = self.margin

    @property
    def inner_width(self) -> float:
        return self.width - 2 * self.margin

    def place(self, make: Callable[[float], Sequence[Element]], gap: float = 1.0) -> None:
        """Add the block `make(top)`; it moves to a new page when it does not fit on this one."""
        elements = [tight(e) for e in make(self.y)]
        height = bottom_of(elements, self.y) - self.y
        if self._runs_off(height):
            self.pages.append([])
            self.y = self.margin
            if self.on_new_page:
                self.on_new_page()
            elements = [tight(e) for e in make(self.y)]
        self.pages[-1].extend(elements)
        self.y += height + gap

    def _runs_off(self, height: float) -> bool:
        """True when a block this high must go to a new page (never from the top of one)."""
        return (self.height is not None and self.y > self.margin
                and self.y + height > self.height - self.margin)

    def text(self, text: str, fonts: Sequence[Font], align: str = "left", max_lines: int = 1,
             gap: float = 1.0) -> None:
        def make(top: float) -> list[Element]:
            box = Box(self.margin, top, self.inner_width, max_lines * fonts[0].height * LEADING)
            return [fit_text(text, box, fonts, align, max_lines)]
        self.place(make, gap)

    def finish(self) -> tuple[Page, ...]:
        height = self.height if self.height is not None else self.y + self.margin
        return tuple(Page(self.width, height, tuple(elements)) for elements in self.pages)


def number_pages(pages: tuple[Page, ...], font: Font, margin: float) -> tuple[Page, ...]:
    """Adds "第 i/n 页" in the bottom margin of every page when there is more than one."""
    if len(pages) < 2:
        return pages
    numbered = []
    for index, page in enumerate(pages, start=1):
        box = Box(margin, page.height - margin + 1.0, page.width - 2 * margin, font.height)
        footer = text_line(f"第 {index}/{len(pages)} 页", box, font, "right")
        numbered.append(replace(page, elements=(*page.elements, footer)))
    return tuple(numbered)
