"""What is wrong with an import, row by row, and the refusal that carries it (invariant 5)."""
from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Problem:
    """One reason to refuse: the row as a spreadsheet shows it (the header is row 1; JSON lines
    count lines from 1). Row 0 is the file as a whole (missing, unreadable, unknown header)."""
    file: str
    row: int
    column: str
    reason: str

    def __str__(self) -> str:
        if self.row == 0:
            return f"{self.file}: {self.reason}"
        return f"{self.file}:{self.row}: {self.column}: {self.reason}"

    def as_dict(self) -> dict:
        return asdict(self)


class ImportRefused(Exception):
    """The input is refused as a whole; nothing was written. `problems` says where and why."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        first = self.problems[0] if self.problems else "no detail"
        super().__init__(f"导入被拒绝 import refused: {len(self.problems)} problem(s), first: {first}")


class Problems:
    """Collects problems while reading, so every bad row is reported, not just the first."""

    def __init__(self, files: list[str] = ()) -> None:
        self.items: list[Problem] = []
        self.files = list(files)      # the order problems are told in: files as given, then rows

    def add(self, file: str, row: int, column: str, reason: str) -> None:
        self.items.append(Problem(file, row, column, reason))

    def __bool__(self) -> bool:
        return bool(self.items)

    def raise_if_any(self) -> None:
        if self.items:
            files = dict.fromkeys([*self.files, *(p.file for p in self.items)])
            order = {name: index for index, name in enumerate(files)}
            raise ImportRefused(sorted(self.items, key=lambda p: (order[p.file], p.row)))
