"""The app's own barcodes: station commands and pick-list slots.

Order numbers, waybill numbers and SKU barcodes are looked up in the store; these are the codes
the app prints itself, so their shape is ours to fix.
"""
from __future__ import annotations

import re
from enum import StrEnum


class Command(StrEnum):
    CANCEL = "CMD:CANCEL"      # abandon the open parcel, put everything back
    SPLIT = "CMD:SPLIT"        # close this parcel with what is in it, continue in a new box
    COMPLETE = "CMD:COMPLETE"  # says the packer thinks the parcel is done (refused if it is not)


COMMAND_LABELS = {
    Command.CANCEL: "取消本包 Cancel parcel",
    Command.SPLIT: "分箱 Next box",
    Command.COMPLETE: "完成 Complete",
}

_SLOT = re.compile(r"^W(\d{1,9})S(\d{1,4})$")


def command(code: str) -> Command | None:
    try:
        return Command(code.strip().upper())
    except ValueError:
        return None


def slot_code(wave_id: int, slot: int) -> str:
    """The barcode text of a pick-list slot, e.g. W000012S007."""
    return f"W{wave_id:06d}S{slot:03d}"


def parse_slot(code: str) -> tuple[int, int] | None:
    match = _SLOT.match(code.strip().upper())
    return (int(match.group(1)), int(match.group(2))) if match else None
