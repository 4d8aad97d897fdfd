"""What a test scan tells about a scanner's setup (the Settings screen's "scan here to test").

The scanner filter says whether keys came as a scanner's burst or a person's typing; the keys
themselves say when an input method or a keyboard layout got in the way. Hints are codes; the
screen words them.
"""
from __future__ import annotations

import re
import statistics
from dataclasses import dataclass

FULLWIDTH = re.compile("[\uff01-\uff5e\u3000]")
CJK = re.compile("[\u3400-\u9fff\uf900-\ufaff\u3040-\u30ff]")
#: what a non-US layout (French AZERTY, German QWERTZ…) types for the digit row and symbols
FOREIGN_LAYOUT = re.compile("[&é\"'(§è!çàäöüßñ°²µ£¤]")


@dataclass(frozen=True)
class ScanCheck:
    code: str                   # what reached the screen
    source: str                 # scanner, serial, typed
    raw: str                    # the characters of the keys as pressed
    gaps_ms: tuple[float, ...]  # between the keys
    hints: tuple[str, ...]

    @property
    def median_gap_ms(self) -> float | None:
        return statistics.median(self.gaps_ms) if self.gaps_ms else None

    @property
    def max_gap(self) -> float | None:
        return max(self.gaps_ms) if self.gaps_ms else None


def check_scan(code: str, source: str, raw: str, gaps_ms: tuple[float, ...], max_gap_ms: float) -> ScanCheck:
    hints = []
    seen = raw + code
    if CJK.search(seen):
        hints.append("ime_chinese")
    if FULLWIDTH.search(seen):
        hints.append("fullwidth")
    if FOREIGN_LAYOUT.search(seen):
        hints.append("layout")
    letters = [c for c in code if c.isascii() and c.isalpha()]
    if letters and all(c.islower() for c in letters):
        hints.append("caps_lock")
    if source == "typed" and gaps_ms and statistics.median(gaps_ms) <= max_gap_ms < max(gaps_ms):
        hints.append("slow_burst")
    return ScanCheck(code, source, raw, tuple(gaps_ms), tuple(hints))
