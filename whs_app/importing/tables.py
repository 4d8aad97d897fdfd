"""Format mapping tables (`formats/*.toml`): a new platform is a table, not code.

A table names the format's parts (files), the header names that detect each part, which header
feeds which canonical field (aliases in order of preference), how each field is checked, how the
platform's status text maps to `PlatformStatus`, and how the address is given.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from whs_app.model import PlatformStatus

#: How a field's cells are checked; a field in no group is free text, kept verbatim.
KINDS = ("identifiers", "phones", "numbers", "times")


@dataclass(frozen=True)
class Part:
    """One file (CSV) or record level (JSONL) of a format."""
    name: str
    title: str
    detect: tuple[str, ...]                   # canonical fields whose columns must all be there
    required: tuple[str, ...]                 # fields that must have a value in every row
    columns: dict[str, tuple[str, ...]]       # canonical field -> header names (or JSON paths)

    def header_names(self, field: str) -> tuple[str, ...]:
        return self.columns.get(field, (field,))

    def expected_header(self) -> str:
        return ", ".join(self.columns[field][0] for field in self.detect)


@dataclass(frozen=True)
class FormatTable:
    name: str
    title: str
    kind: str                                 # "orders" or "skus"
    syntax: str                               # "csv" or "jsonl"
    address: str                              # "columns" or "single" (省 市 区 详细地址 in one field)
    join: str | None                          # field joining a two-file format's parts
    parts: dict[str, Part]
    kinds: dict[str, str]                     # field -> "identifiers" | "phones" | "numbers" | "times"
    statuses: dict[str, PlatformStatus]       # normalised status text -> canonical status
    no_refund: frozenset[str]                 # refund texts that mean "no refund"
    values: dict[str, object]                 # other per-format constants (separators, yes/no words)

    def kind_of(self, field: str) -> str:
        return self.kinds.get(field, "text")

    def status(self, text: str) -> PlatformStatus | None:
        found = self.statuses.get(text)
        return found if found is not None else self.statuses.get(normalise(text))

    def status_texts(self) -> str:
        return "、".join(sorted({text for text in self.statuses if text}))


def normalise(text: str) -> str:
    """Status and yes/no words compare without case, blanks or half/full-width comma differences."""
    return "".join(text.split()).replace(",", "，").lower()


def load(source: str, name: str) -> FormatTable:
    data = tomllib.loads(source)
    statuses = {normalise(text): PlatformStatus(status)
                for status, texts in data.get("status", {}).items() for text in texts}
    kinds = {field: kind for kind in KINDS for field in data.get("fields", {}).get(kind, [])}
    parts = {part_name: _part(part_name, spec) for part_name, spec in data["parts"].items()}
    return FormatTable(
        name=data.get("name", name), title=data["title"], kind=data["kind"], syntax=data.get("syntax", "csv"),
        address=data.get("address", "columns"), join=data.get("join"), parts=parts, kinds=kinds,
        statuses=statuses, no_refund=frozenset(normalise(t) for t in data.get("refund", {}).get("none", [])),
        values=dict(data.get("values", {})))


def _part(name: str, spec: dict) -> Part:
    columns = {field: tuple(names) if isinstance(names, list) else (names,)
               for field, names in spec["columns"].items()}
    return Part(name, spec.get("title", name), tuple(spec["detect"]), tuple(spec.get("required", ())), columns)


@cache
def all_tables() -> tuple[FormatTable, ...]:
    """Every format shipped in `whs_app/importing/formats/`, sorted by name."""
    folder = resources.files("whs_app.importing").joinpath("formats")
    found = [load(entry.read_text(encoding="utf-8"), entry.name.removesuffix(".toml"))
             for entry in folder.iterdir() if entry.name.endswith(".toml")]
    return tuple(sorted(found, key=lambda table: table.name))


def table(name: str) -> FormatTable:
    for candidate in all_tables():
        if candidate.name == name:
            return candidate
    raise KeyError(name)


def names() -> list[str]:
    return [candidate.name for candidate in all_tables()]
