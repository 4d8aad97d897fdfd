"""ESC/POS real-time status: DLE EOT n (Epson "Transmit real-time status").

Each reply is one byte; bits 1 and 4 are always on and bits 0 and 7 always off, which tells a
status byte from stray data.

    n=1 printer:      bit 3 offline, bit 5 waiting for online recovery, bit 6 feed button
    n=2 offline cause: bit 2 cover open, bit 3 feed button, bit 5 stopped by paper end,
                       bit 6 error
    n=3 error cause:  bit 2 mechanical error, bit 3 autocutter error, bit 5 unrecoverable,
                      bit 6 auto-recoverable (e.g. head temperature)
    n=4 roll paper:   bits 2+3 near-end sensor, bits 5+6 end sensor (paper not present)
"""
from __future__ import annotations

from devices.printers.status import PrinterStatus, status_from_details, unknown

PRINTER, OFFLINE_CAUSE, ERROR_CAUSE, PAPER = 1, 2, 3, 4

_BITS = {
    PRINTER: {0x08: "offline", 0x20: "waiting_online_recovery", 0x40: "feed_button"},
    OFFLINE_CAUSE: {0x04: "head_open", 0x08: "feed_button", 0x20: "paper_out",
                    0x40: "other_error"},
    ERROR_CAUSE: {0x04: "mechanical_error", 0x08: "cutter_error", 0x20: "unrecoverable_error",
                  0x40: "recoverable_error"},
    PAPER: {0x0C: "paper_near_end", 0x60: "paper_out"},
}


def request(n: int) -> bytes:
    return bytes([0x10, 0x04, n])


def is_status_byte(value: int) -> bool:
    return value & 0x93 == 0x12


def decode(replies: dict[int, bytes | None]) -> PrinterStatus:
    """Status from the replies to DLE EOT n, keyed by n (PRINTER must be among them)."""
    raw = b"".join(r for r in replies.values() if r)
    first = replies.get(PRINTER)
    if not first:
        return unknown("no_answer", raw)
    details: list[str] = []
    for n, reply in replies.items():
        if not reply or not is_status_byte(reply[0]):
            return unknown("bad_reply" if reply else "no_answer", raw)
        details += [code for mask, code in _BITS[n].items() if reply[0] & mask]
    if "other_error" in details and any(d in details for d in _BITS[ERROR_CAUSE].values()):
        details.remove("other_error")   # n=3 said which error it is
    return status_from_details(details, raw)


def read_status(transport, timeout: float) -> PrinterStatus:
    replies = {PRINTER: transport.query(request(PRINTER), timeout)}
    if not replies[PRINTER] or not is_status_byte(replies[PRINTER][0]):
        return decode(replies)
    if replies[PRINTER][0] & 0x08:
        replies[OFFLINE_CAUSE] = transport.query(request(OFFLINE_CAUSE), timeout)
        cause = replies[OFFLINE_CAUSE]
        if cause and cause[0] & 0x40:
            replies[ERROR_CAUSE] = transport.query(request(ERROR_CAUSE), timeout)
    replies[PAPER] = transport.query(request(PAPER), timeout)
    return decode(replies)
