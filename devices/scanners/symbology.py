"""AIM symbology identifiers: the "]Cm" a scanner can put before each code to say what it read.

    ]C0 Code 128   ]C1 GS1-128   ]E0 EAN-13 / UPC-A   ]E4 EAN-8   ]A0 Code 39   ]I1 ITF-14
    ]Q1 QR Code    ]Q3 GS1 QR    ]d1 Data Matrix      ]d2 GS1 DataMatrix   ]e0 GS1 DataBar

Parsed with biip (which keeps the ISO/GS1 tables) rather than a table of our own.
"""
from __future__ import annotations

from dataclasses import dataclass

from biip import ParseError
from biip.symbology import SymbologyIdentifier


@dataclass(frozen=True)
class Symbology:
    aim: str     # "]C1"
    name: str    # "GS1-128", "Code 128", "QR Code"...
    gs1: bool    # the data is GS1 element strings

    def __str__(self) -> str:
        return f"{self.name} ({self.aim})"


def split_symbology(raw: str) -> tuple[Symbology | None, str]:
    """(symbology, data) from what a scanner sent; (None, raw) without an AIM identifier."""
    if not raw.startswith("]") or len(raw) < 3:
        return None, raw
    try:
        ident = SymbologyIdentifier.extract(raw)
    except ParseError:
        return None, raw
    gs1 = ident.gs1_symbology
    name = _title(gs1.name if gs1 else ident.iso_symbology.name)
    is_gs1 = gs1 is not None and gs1.name.startswith(("GS1", "EAN", "ITF"))
    return Symbology(ident.value, name, is_gs1), raw[len(ident.value):]


_NAMES = {
    "GS1_128": "GS1-128", "EAN_13": "EAN-13", "EAN_8": "EAN-8", "ITF_14": "ITF-14",
    "GS1_DATAMATRIX": "GS1 DataMatrix", "GS1_QR_CODE": "GS1 QR Code", "GS1_DATABAR": "GS1 DataBar",
    "GS1_DOTCODE": "GS1 DotCode", "EAN_UPC": "EAN/UPC", "ITF": "ITF", "PDF417": "PDF417",
    "QR_CODE": "QR Code", "DATA_MATRIX": "Data Matrix", "MSI": "MSI",
}


def _title(enum_name: str) -> str:
    return _NAMES.get(enum_name) or enum_name.replace("_", " ").title()
