"""The state of a pretend printer and the status replies a real one would give in that state.

Encoded here from the printer manuals, independently of devices.printers' decoders, so that
tests of the decoders against the emulator check one reading of the manuals against another.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_REQUESTS = {
    "escpos": re.compile(rb"\x10\x04[\x01-\x04]"),   # DLE EOT n
    "tspl": re.compile(rb"\x1b!\?"),                 # <ESC>!?
    "zpl": re.compile(rb"~HS"),
}


@dataclass
class PrinterCondition:
    paper: str = "ok"          # "ok", "near_end" or "out"
    head_open: bool = False
    paper_jam: bool = False
    ribbon_out: bool = False
    paused: bool = False
    silent: bool = False       # answers no status request (many cheap printers)

    @property
    def stopped(self) -> bool:
        return self.paper == "out" or self.head_open or self.paper_jam or self.paused


def escpos_reply(n: int, c: PrinterCondition) -> bytes:
    bits = {
        1: 0x08 * c.stopped,
        2: 0x04 * c.head_open | 0x20 * (c.paper == "out") | 0x40 * c.paper_jam,
        3: 0x04 * c.paper_jam,
        4: 0x0C * (c.paper != "ok") | 0x60 * (c.paper == "out"),
    }[n]
    return bytes([0x12 | bits])


def tspl_reply(c: PrinterCondition) -> bytes:
    return bytes([0x01 * c.head_open | 0x02 * c.paper_jam | 0x04 * (c.paper == "out")
                  | 0x08 * c.ribbon_out | 0x10 * c.paused])


def zpl_reply(c: PrinterCondition) -> bytes:
    first = f"030,{int(c.paper == 'out')},{int(c.paused)},1200,000,0,0,0,000,0,0,0"
    second = f"001,0,{int(c.head_open)},{int(c.ribbon_out)},0,2,6,0,00000000,1,000"
    return b"".join(b"\x02" + s.encode() + b"\x03\r\n" for s in (first, second, "1234,0"))


class StatusResponder:
    """Finds status requests in a byte stream fed in pieces and answers them."""

    def __init__(self, language: str):
        self.language = language
        self._pattern = _REQUESTS[language]
        self._tail = b""

    def feed(self, data: bytes, condition: PrinterCondition) -> bytes:
        buf = self._tail + data
        replies = [self._reply(m.group(), condition) for m in self._pattern.finditer(buf)
                   if m.end() > len(self._tail)]
        self._tail = buf[-2:]
        return b"" if condition.silent else b"".join(replies)

    def strip(self, data: bytes) -> bytes:
        """`data` without the status requests: what would be printed."""
        return self._pattern.sub(b"", data)

    def _reply(self, request: bytes, condition: PrinterCondition) -> bytes:
        if self.language == "escpos":
            return escpos_reply(request[2], condition)
        return tspl_reply(condition) if self.language == "tspl" else zpl_reply(condition)
