"""Full-width to half-width: what a Chinese input method in full-width mode makes of a scan.

With the IME in full-width (全角) mode, "SF1234" typed by a wedge scanner arrives as
"ＳＦ１２３４" (U+FF21...). Barcodes carry ASCII, so map U+FF01..U+FF5E back to U+0021..U+007E
and the ideographic space U+3000 to a space; everything else is kept.
"""
from __future__ import annotations

_FULLWIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def to_halfwidth(text: str) -> str:
    return text.translate(_FULLWIDTH)
