"""Station commands: barcodes a packer scans instead of touching the keyboard.

The packing core's own commands (whs_app/codes.py: complete, next box, cancel) and reprint
(the print queue's deliberate, audited reprint of the bench's label), each with the key that
does the same from the keyboard. The command sheet (command_sheet.py) prints them as Code 128.

"Change printer" is not on the sheet yet: switching to the backup is automatic when a printer
cannot print (the print queue's failover), and taking a printer that still says "ready" out of
use needs an enable/disable act in the print queue that does not exist yet. The desk answers a
scan of CMD:PRINTER saying so (pack_desk.py).
"""
from __future__ import annotations

from dataclasses import dataclass

from whs_app.codes import COMMAND_LABELS, Command

#: The print queue's station commands, handled by the pack desk before the packing session sees
#: the scan. They belong in whs_app/codes.py beside the packing ones.
REPRINT = "CMD:REPRINT"
CHANGE_PRINTER = "CMD:PRINTER"
PRINT_COMMANDS = frozenset({REPRINT, CHANGE_PRINTER})


@dataclass(frozen=True)
class StationCommand:
    code: str      # the barcode's text
    zh: str        # printed on the sheet, Chinese first
    en: str
    key: str       # the keyboard shortcut that sends the same command


def _split(label: str) -> tuple[str, str]:
    zh, _, en = label.partition(" ")
    return zh, en


STATION_COMMANDS: tuple[StationCommand, ...] = (
    StationCommand(Command.COMPLETE.value, *_split(COMMAND_LABELS[Command.COMPLETE]), "F8"),
    StationCommand(Command.SPLIT.value, *_split(COMMAND_LABELS[Command.SPLIT]), "F7"),
    StationCommand(Command.CANCEL.value, *_split(COMMAND_LABELS[Command.CANCEL]), "F6"),
    StationCommand(REPRINT, "补打面单", "Reprint label", "F10"),
)


def by_code(code: str) -> StationCommand | None:
    return next((c for c in STATION_COMMANDS if c.code == code.strip().upper()), None)
