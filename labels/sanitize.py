"""Text from orders is data, never printer commands (DESIGN.md invariant 8).

Every renderer sends order text through one of these functions, so this module is the one place
to audit: `clean` removes what no printer should receive as text, and the language helpers
escape what is special inside their own strings.
"""
from __future__ import annotations

import re
import unicodedata

# Control, format, surrogate, private-use and unassigned code points, and combining marks (which
# the printers' GB fonts cannot place and which Pillow would stack outside the text box).
_DROPPED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Mn", "Me"})
_SPACE_CATEGORIES = frozenset({"Zs", "Zl", "Zp"})
_WHITESPACE_CONTROLS = frozenset("\t\n\v\f\r\x85")

BARCODE_PATTERN = re.compile(r"[0-9A-Za-z._/-]{1,40}")
FULLWIDTH_BACKSLASH = "\uff3c"

_TSPL_ESCAPES = str.maketrans({"\\": FULLWIDTH_BACKSLASH, '"': '\\["]'})
# With ^FH_ in front of ^FD, `_XX` is a hex byte: ^ and ~ never appear raw in a field.
_ZPL_ESCAPES = str.maketrans({"_": "_5F", "^": "_5E", "~": "_7E", "\\": FULLWIDTH_BACKSLASH})

FS_CHINESE_ON = b"\x1c&"
FS_CHINESE_OFF = b"\x1c."


def _printable(ch: str) -> str:
    if ch in _WHITESPACE_CONTROLS:
        return " "
    category = unicodedata.category(ch)
    if category in _SPACE_CATEGORIES:
        return " "
    return "" if category in _DROPPED_CATEGORIES else ch


def clean(text: str) -> str:
    """Printable text on one line: controls dropped, any whitespace run made one space."""
    if text.isascii() and text.isprintable():
        return " ".join(text.split())
    normal = unicodedata.normalize("NFC", text)
    return " ".join("".join(map(_printable, normal)).split())


def barcode_data(value: str, what: str = "barcode") -> str:
    """Code 128 content, limited to characters no printer language treats specially."""
    if not isinstance(value, str) or not BARCODE_PATTERN.fullmatch(value):
        raise ValueError(
            f"{what} {value!r} cannot be printed as a Code 128 barcode: "
            "use 1 to 40 characters from A-Z a-z 0-9 . _ / -")
    return value


def tspl_string(text: str) -> bytes:
    """The inside of a TSPL "..." string: GBK bytes that cannot close the quotes."""
    return clean(text).translate(_TSPL_ESCAPES).encode("gbk", errors="replace")


def zpl_field(text: str) -> str:
    """^FD data for a field preceded by ^FH_: no raw ^ or ~, so it cannot start a command."""
    return clean(text).translate(_ZPL_ESCAPES)


def escpos_text(text: str) -> bytes:
    """ESC/POS bytes: ASCII as is, everything else as GB18030 inside FS & ... FS . (Chinese mode).

    GB18030 multi-byte sequences never contain a byte below 0x30, so after `clean` no control
    byte (ESC, GS, FS, DLE, ...) can appear in the text.
    """
    out = bytearray()
    for run in re.findall(r"[\x20-\x7e]+|[^\x20-\x7e]+", clean(text)):
        if run.isascii():
            out += run.encode("ascii")
        else:
            out += FS_CHINESE_ON + run.encode("gb18030") + FS_CHINESE_OFF
    return bytes(out)
