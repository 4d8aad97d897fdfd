"""TSPL status: <ESC>!? answers one byte, one bit per condition (TSC / Gprinter / Xprinter).

    bit 0 head opened   bit 1 paper jam    bit 2 out of paper   bit 3 out of ribbon
    bit 4 pause         bit 5 printing     bit 6 cover opened   bit 7 other error
                                                               (some models: temperature)
0x00 is ready.
"""
from __future__ import annotations

from devices.printers.status import PrinterStatus, status_from_details, unknown

REQUEST = b"\x1b!?"

_BITS = {0x01: "head_open", 0x02: "paper_jam", 0x04: "paper_out", 0x08: "ribbon_out",
         0x10: "paused", 0x20: "printing", 0x40: "head_open", 0x80: "other_error"}


def decode(reply: bytes | None) -> PrinterStatus:
    if not reply:
        return unknown("no_answer")
    if len(reply) != 1:
        return unknown("bad_reply", reply)
    return status_from_details([code for bit, code in _BITS.items() if reply[0] & bit], reply)


def read_status(transport, timeout: float) -> PrinterStatus:
    return decode(transport.query(REQUEST, timeout))
