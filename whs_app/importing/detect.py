"""Which format (and which part of it) a file is, from its header or first JSON record."""
from __future__ import annotations

import json

from whs_app.importing.sheet import read_header
from whs_app.importing.tables import FormatTable, Part, all_tables


def detect(text: str, forced: str | None = None) -> tuple[FormatTable, Part] | str:
    """(table, part) for this file's content, or a reason naming what was expected."""
    candidates = [t for t in all_tables() if forced in (None, t.name)]
    if not text.strip():
        return f"文件为空 the file is empty; expected {_expected(candidates)}"
    record = _first_record(text)
    best: tuple[int, FormatTable, Part] | None = None
    for table in candidates:
        names = set(record) if table.syntax == "jsonl" else set(read_header(text))
        if table.syntax == "jsonl" and not record:
            continue
        for part in _top_parts(table):
            present = {field for field in part.columns if names & set(part.header_names(field))}
            if set(part.detect) <= present and (best is None or len(present) > best[0]):
                best = (len(present), table, part)
    if best is None:
        return f"表头无法识别 unknown header; expected {_expected(candidates)}"
    return best[1], best[2]


def _top_parts(table: FormatTable) -> list[Part]:
    """Parts a file can be: for JSON lines only the record level (lines nest inside)."""
    if table.syntax == "jsonl":
        return [next(iter(table.parts.values()))]
    return list(table.parts.values())


def _first_record(text: str) -> set[str]:
    """Key paths (`receiver.name`) of the first JSON line, or nothing when it is not JSON."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    if not first.lstrip().startswith("{"):
        return set()
    try:
        record = json.loads(first)
    except ValueError:
        return {"order_no", "lines"} if '"order_no"' in first and '"lines"' in first else set()
    return set(_paths(record)) if isinstance(record, dict) else set()


def _paths(record: dict, prefix: str = ""):
    for key, value in record.items():
        yield prefix + key
        if isinstance(value, dict):
            yield from _paths(value, f"{prefix}{key}.")


def _expected(tables: list[FormatTable]) -> str:
    return "; ".join(f"{table.title} [{part.title}]: {part.expected_header()}"
                     for table in tables for part in _top_parts(table))
