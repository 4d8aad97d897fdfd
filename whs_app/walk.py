"""The picker's walk through the bins (库位 like `A-03-12`: aisle A, bay 03, level 12).

Aisles in order; in the 1st, 3rd … aisle the picker walks that the list visits, bays go up, in the
2nd, 4th … they come back down (serpentine), so each aisle starts where the last one ended;
within a bay, levels go up. Bins that do not parse come last, in text order, and are reported.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

_BIN = re.compile(r"^\s*([A-Za-z]+)-(\d+)-(\d+)\s*$")


@lru_cache(maxsize=100_000)
def parse_bin(text: str) -> tuple[str, int, int] | None:
    match = _BIN.match(text)
    if not match:
        return None
    return match.group(1).upper(), int(match.group(2)), int(match.group(3))


def _aisle_key(aisle: str) -> tuple[int, str]:
    return len(aisle), aisle   # A … Z, then AA …


def walk_order(bins: Iterable[str]) -> tuple[dict[str, int], list[str]]:
    """(bin -> position in the walk, the bins that do not parse)."""
    unique = set(bins)
    parsed = {text: parse_bin(text) for text in unique}
    aisles = sorted({p[0] for p in parsed.values() if p}, key=_aisle_key)
    upward = {aisle: index % 2 == 0 for index, aisle in enumerate(aisles)}

    def key(text: str) -> tuple:
        aisle, bay, level = parsed[text]
        return _aisle_key(aisle), bay if upward[aisle] else -bay, level, text

    good = sorted((text for text in unique if parsed[text]), key=key)
    bad = sorted(text for text in unique if not parsed[text])
    return {text: position for position, text in enumerate(good + bad)}, bad
