"""Make sense of what a scanner sent: symbology, GS1 element strings, a GTIN to look up.

GS1 parsing is biip's (a kept library), not ours. The app's own codes (orders, waybills,
pick-list slots, station commands) are whs_app's business: it matches `text`.

    >>> code = parse_scan("]C10106901234567892" "17261231" "10LOT7")
    >>> code.gtin, code.gs1["17"], code.gs1["10"]
    ('6901234567892', '261231', 'LOT7')
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

import biip
from biip import ParseError
from biip.gs1_messages import GS1Message

from devices.scanners.normalise import to_halfwidth
from devices.scanners.symbology import Symbology, split_symbology

GS = "\x1d"   # FNC1 as a group separator between variable-length GS1 fields


@dataclass(frozen=True)
class ScannedCode:
    raw: str                         # exactly as the scanner sent it
    text: str                        # the data: AIM identifier and line end removed, half-width
    symbology: Symbology | None      # None when the scanner sends no AIM identifier
    gs1: dict[str, str] | None       # GS1 application identifier -> value, e.g. {"01": ...}
    gtin: str | None                 # in its own length (8, 12, 13 or 14 digits)
    problem: str | None = None       # why GS1 data could not be read

    @property
    def sku_key(self) -> str:
        """What to look a product up by: the GTIN when there is one, else the text.

        The GTIN of a GS1-128 carton label (01)06901234567892 and the EAN-13 on the item,
        6901234567892, give the same key.
        """
        return self.gtin or self.text


def parse_scan(raw: str, *, separators: Iterable[str] = (GS,)) -> ScannedCode:
    """`separators`: characters the scanner sends for FNC1 (GS by default; a keyboard-wedge
    scanner cannot type GS and is often set to send another character)."""
    symbology, text = split_symbology(to_halfwidth(raw).strip("\r\n"))
    config = biip.ParseConfig(separator_chars=tuple(separators))
    if symbology is not None and symbology.gs1:
        return _gs1(raw, text, symbology, biip.parse(symbology.aim + text, config=config))
    if symbology is None and text.startswith("("):
        return _hri(raw, text, config)
    if symbology is None and any(sep in text for sep in separators):
        return _gs1(raw, text, None, biip.parse(text, config=config))
    return ScannedCode(raw, text, symbology, None, _plain_gtin(text))


def _gs1(raw: str, text: str, symbology: Symbology | None, result) -> ScannedCode:
    message = result.gs1_message
    if message is None:
        if result.gtin is not None:   # EAN-13, EAN-8, UPC: a bare GTIN
            return ScannedCode(raw, text, symbology, None, _short(result.gtin))
        return ScannedCode(raw, text, symbology, None, None,
                           result.gs1_message_error or result.gtin_error)
    return _from_message(raw, text, symbology, message)


def _hri(raw: str, text: str, config) -> ScannedCode:
    """Human-readable form: (01)06901234567892(10)LOT7."""
    try:
        message = GS1Message.parse_hri(text, config=config)
    except ParseError as exc:
        return ScannedCode(raw, text, None, None, None, str(exc))
    return _from_message(raw, text, None, message)


def _from_message(raw: str, text: str, symbology, message) -> ScannedCode:
    fields = {es.ai.ai: es.value for es in message.element_strings}
    gtin_field = message.element_strings.get(ai="01")
    gtin = _short(gtin_field.gtin) if gtin_field and gtin_field.gtin else None
    return ScannedCode(raw, text, symbology, fields, gtin)


def _plain_gtin(text: str) -> str | None:
    """A GTIN read without an identifier: 8, 12, 13 or 14 digits with a valid check digit.
    A candidate only: a numeric waybill number can pass the check by chance."""
    if not text.isdigit() or len(text) not in (8, 12, 13, 14):
        return None
    result = biip.parse(text)
    return _short(result.gtin) if result.gtin else None


def _short(gtin) -> str:
    return gtin.value[-gtin.format.length:]
