"""A CSV sheet: its header, which column feeds which canonical field, and its rows numbered as a
spreadsheet shows them (the header is row 1)."""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from typing import Iterator

from whs_app.importing.cells import BLANKS
from whs_app.importing.problems import Problems
from whs_app.importing.tables import Part

_BLANKS = BLANKS + "\ufeff"


def read_header(text: str) -> list[str]:
    """The first row's cells, trimmed (exports often pad names: `收货地址 `)."""
    first = next(csv.reader(io.StringIO(text[:1 << 16])), [])
    return [cell.strip(_BLANKS) for cell in first]


@dataclass
class Sheet:
    file: str
    header: list[str]
    index: dict[str, int]        # canonical field -> column position
    text: str

    @classmethod
    def open(cls, file: str, text: str, part: Part, problems: Problems) -> "Sheet":
        header = read_header(text)
        positions = {name: position for position, name in reversed(list(enumerate(header)))}
        index = {}
        for field, names in part.columns.items():
            found = next((positions[name] for name in names if name in positions), None)
            if found is not None:
                index[field] = found
        for field in part.required:
            if field not in index:
                problems.add(file, 1, part.columns[field][0],
                             f"缺少必需的列 required column missing; expected {part.columns[field][0]}")
        return cls(file, header, index, text)

    def column(self, field: str) -> str:
        """The header name a spreadsheet user sees for a field."""
        return self.header[self.index[field]]

    def rows(self, problems: Problems) -> Iterator[tuple[int, list[str]]]:
        """(row number, cells padded to the header's width); blank rows are skipped."""
        width = len(self.header)
        reader = csv.reader(io.StringIO(self.text))
        next(reader, None)
        for number, cells in enumerate(reader, start=2):
            if len(cells) != width:
                if not any(cell.strip() for cell in cells):
                    continue
                if len(cells) > width and any(cell.strip() for cell in cells[width:]):
                    problems.add(self.file, number, "-",
                                 f"比表头多出 {len(cells) - width} 格 has more cells than the header")
                    continue
                cells = (cells + [""] * width)[:width]
            elif not any(cells):
                continue
            yield number, cells
