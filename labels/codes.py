"""Barcode symbols computed once, so a printer's own Code 128 and our drawn bars are the same code.

Code 128 is split into segments: digit runs of four or more go to code set C (two digits a
symbol, which makes long numeric waybill numbers much shorter), everything else to code set B.
Each printer language spells the same segments its own way.
"""
from __future__ import annotations

import re
from typing import NamedTuple

import qrcode
from barcode.charsets import code128 as tables
from qrcode.constants import ERROR_CORRECT_M

from labels.sanitize import barcode_data

QUIET_MODULES = 10  # Code 128 quiet zone on each side
QR_QUIET_MODULES = 2  # each side; the label's white margin adds to it
MASK = 2  # stripes every third column
_START = {"B": 104, "C": 105}
_SWITCH = {"B": 100, "C": 99}


class Segment(NamedTuple):
    charset: str  # "B" or "C"
    text: str


def segments(data: str) -> tuple[Segment, ...]:
    data = barcode_data(data)
    found: list[Segment] = []
    for run in re.findall(r"\d{4,}|\D+|\d{1,3}", data):
        if len(run) >= 4 and run.isdigit():
            even = len(run) - len(run) % 2
            found.append(Segment("C", run[:even]))
            run = run[even:]
        if run:
            if found and found[-1].charset == "B":
                found[-1] = Segment("B", found[-1].text + run)
            else:
                found.append(Segment("B", run))
    return tuple(found)


def symbols(data: str) -> list[int]:
    """Start code, data and code-set switches, and the check symbol (no stop)."""
    values: list[int] = []
    for index, (charset, text) in enumerate(segments(data)):
        values.append(_START[charset] if index == 0 else _SWITCH[charset])
        if charset == "C":
            values += [int(text[i:i + 2]) for i in range(0, len(text), 2)]
        else:
            values += [tables.B[ch] for ch in text]
    check = (values[0] + sum(i * v for i, v in enumerate(values[1:], start=1))) % 103
    return values + [check]


def code128_modules(data: str) -> str:
    """'1' for a dark module, '0' for a light one, without quiet zones."""
    return "".join(tables.CODES[v] for v in symbols(data)) + tables.STOP + "11"


def code128_width(data: str) -> int:
    """Symbol width in modules, quiet zones included."""
    return 11 * len(symbols(data)) + 13 + 2 * QUIET_MODULES


def _qr(data: str) -> qrcode.QRCode:
    # Every mask pattern decodes; scoring all eight to pick one would take 2 ms of the 10 ms a
    # label may spend rendering, for a gain only marginal camera decoders notice.
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0, mask_pattern=MASK)
    code.add_data(data.encode("utf-8"))
    return code


def qr_size(data: str) -> int:
    """Symbol width in modules, without the quiet zone."""
    return 17 + 4 * _qr(data).best_fit()


def qr_matrix(data: str) -> list[list[bool]]:
    code = _qr(data)
    code.make(fit=True)
    return code.get_matrix()


def dark_runs(bits: str | list[bool]) -> list[tuple[int, int]]:
    """(start, length) of each run of dark modules, for drawing bars and QR rows as rectangles."""
    text = bits if isinstance(bits, str) else "".join("1" if dark else "0" for dark in bits)
    return [(m.start(), m.end() - m.start()) for m in re.finditer("1+", text)]
