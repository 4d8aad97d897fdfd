"""Colour, sound and headline for every scan outcome: a packer a metre away knows at once.

Green is good (counted, opened, packed), red is refused and stays red until the next scan,
deep orange is cancelled, blue is a note, blue-grey is neutral. Every outcome has a sound of its own
kind: beeps and chimes for good, a low buzz for a refusal, an alarm for a duplicate shipment.
The headline says it in words too, in the screen's language; the core's own reason (bilingual)
goes under it.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ui import style
from ui.i18n import arg
from ui.outcomes import Outcome

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Look:
    background: str
    foreground: str
    sound: str


LOOKS: dict[Outcome, Look] = {
    Outcome.OPENED: Look(style.OK_BG, style.OK_FG, "open"),
    Outcome.RESUMED: Look(style.OPEN_BG, style.OPEN_FG, "open"),
    Outcome.COUNTED: Look(style.OK_BG, style.OK_FG, "count"),
    Outcome.BOX_SEALED: Look(style.OK_BG, style.OK_FG, "box"),
    Outcome.PACKED: Look(style.OK_BG, style.OK_FG, "packed"),
    Outcome.LABEL_OK: Look(style.OK_BG, style.OK_FG, "label"),
    Outcome.REPRINT: Look(style.OPEN_BG, style.OPEN_FG, "info"),
    Outcome.CANCELLED: Look(style.CANCEL_BG, style.CANCEL_FG, "cancel"),
    Outcome.INFO: Look(style.OPEN_BG, style.OPEN_FG, "info"),
    Outcome.WRONG_ITEM: Look(style.REFUSED_BG, style.REFUSED_FG, "error"),
    Outcome.TOO_MANY: Look(style.REFUSED_BG, style.REFUSED_FG, "error"),
    Outcome.REFUSED: Look(style.REFUSED_BG, style.REFUSED_FG, "error"),
    Outcome.DUPLICATE: Look(style.REFUSED_BG, style.REFUSED_FG, "alarm"),
    Outcome.WRONG_LABEL: Look(style.REFUSED_BG, style.REFUSED_FG, "alarm"),
    Outcome.LABEL_FIRST: Look(style.REFUSED_BG, style.REFUSED_FG, "error"),
    Outcome.ERROR: Look(style.REFUSED_BG, style.REFUSED_FG, "alarm"),
}
IDLE = Look(style.NEUTRAL_BG, style.NEUTRAL_FG, "info")


#: The big words for each outcome; called at show time so they are in the installed language.
_HEADLINES = {
    Outcome.OPENED: lambda: translate("Feedback", "✓ Parcel open — scan every item"),
    Outcome.RESUMED: lambda: translate("Feedback", "Resumed the open parcel"),
    Outcome.COUNTED: lambda: translate("Feedback", "✓ Counted"),
    Outcome.LABEL_OK: lambda: translate("Feedback", "✓ Label confirmed"),
    Outcome.REPRINT: lambda: translate("Feedback", "Reprint sent to the printer"),
    Outcome.WRONG_LABEL: lambda: translate("Feedback", "✗ Wrong label — not this parcel's"),
    Outcome.LABEL_FIRST: lambda: translate("Feedback", "✗ Scan the label first"),
    Outcome.CANCELLED: lambda: translate("Feedback", "Parcel cancelled — put the items back"),
    Outcome.INFO: lambda: translate("Feedback", "Note"),
    Outcome.WRONG_ITEM: lambda: translate("Feedback", "✗ Wrong item — take it out"),
    Outcome.TOO_MANY: lambda: translate("Feedback", "✗ One too many — take it out"),
    Outcome.DUPLICATE: lambda: translate("Feedback", "✗ DUPLICATE — do not ship it"),
    Outcome.ERROR: lambda: translate("Feedback", "✗ App error — scan again"),
}


def headline(outcome: Outcome, box: int = 1, label_wanted: bool = False) -> str:
    """The big words for an outcome, in the installed language."""
    if outcome == Outcome.BOX_SEALED:
        return arg(translate("Feedback", "✓ Box %1 sealed — go on with box %2"), box, box + 1)
    if outcome == Outcome.PACKED:
        if label_wanted:
            return translate("Feedback", "✓ Packed — scan the label")
        return translate("Feedback", "✓ Packed — stick the label on")
    make = _HEADLINES.get(outcome)
    return make() if make else translate("Feedback", "✗ Refused")


def idle_headline() -> str:
    return translate("Feedback", "Scan an order, pick slot or waybill")


def error_reason() -> str:
    return translate("Feedback", "The app failed on this scan; nothing was recorded. Scan it again; if it happens again, "
              "call a supervisor.")
