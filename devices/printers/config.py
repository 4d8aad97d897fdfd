"""A configured printer: connection, printer language, paper and role at the pack station."""
from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from devices.printers.connection import Connection, parse_connection


class Language(StrEnum):
    ESCPOS = "escpos"   # receipt printers: packing slips
    TSPL = "tspl"       # TSC, Gprinter, Xprinter label printers
    ZPL = "zpl"         # Zebra and compatibles


class Role(StrEnum):
    LABEL = "label"     # waybill labels (电子面单)
    SLIP = "slip"       # packing slips (销货清单)
    BOTH = "both"

    def serves(self, role: Role | str) -> bool:
        return self in (Role.BOTH, Role(role))


@dataclass(frozen=True)
class PaperSize:
    width_mm: float
    height_mm: float | None = None   # None: continuous roll

    def __str__(self) -> str:
        width = f"{self.width_mm:g}"
        return width if self.height_mm is None else f"{width}x{self.height_mm:g}"


@dataclass(frozen=True)
class PrinterConfig:
    connection: Connection
    language: Language
    paper: PaperSize
    role: Role

    @classmethod
    def parse(cls, connection: str, language: str, paper: str = "100x150",
              role: str = "label") -> PrinterConfig:
        """From the strings a user types or the store keeps; ValueError says what is wrong."""
        return cls(parse_connection(connection), _choice(Language, language, "language"),
                   parse_paper(paper), _choice(Role, role, "role"))


def parse_paper(text: str) -> PaperSize:
    """'100x150' (mm, a label) or '80' / '80mm' (a roll of that width)."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(?:[x×*]\s*(\d+(?:\.\d+)?))?\s*(?:mm)?\s*",
                         text, re.IGNORECASE)
    if not match:
        raise ValueError(f"paper size {text!r}: write WIDTHxHEIGHT in mm (100x150) or a roll "
                         f"width (80)")
    width = float(match[1])
    height = float(match[2]) if match[2] else None
    if not 10 <= width <= 300 or (height is not None and not 10 <= height <= 2000):
        raise ValueError(f"paper size {text!r} is outside 10..300 mm wide, 10..2000 mm long")
    return PaperSize(width, height)


def _choice(enum, text: str, what: str):
    try:
        return enum(text.strip().lower())
    except ValueError:
        allowed = "|".join(member.value for member in enum)
        raise ValueError(f"{what} {text!r}: expected {allowed}") from None
