"""ZPL status: ~HS answers three <STX>...<ETX><CR><LF> strings of comma-separated fields.

    string 1: aaa,b,c,dddd,eee,f,g,h,iii,j,k,l   b paper out, c pause, f buffer full,
                                                 k under / l over temperature
    string 2: mmm,n,o,p,q,r,s,t,uuuuuuuu,v,www   o head up (open), p ribbon out
    string 3: xxxx,y                             (password, static RAM)

Newer Zebra firmware does not answer ~HS at all while the media or ribbon is out or the head
is open; that silence reads as UNKNOWN, as any silence does.
"""
from __future__ import annotations

from devices.printers.status import PrinterStatus, status_from_details, unknown

REQUEST = b"~HS"
STX, ETX = b"\x02", b"\x03"

_FLAGS = {(0, 1): "paper_out", (0, 2): "paused", (0, 5): "buffer_full", (0, 10): "overheat",
          (0, 11): "overheat", (1, 2): "head_open", (1, 3): "ribbon_out"}


def complete(reply: bytes) -> bool:
    return reply.count(ETX) >= 3


def decode(reply: bytes | None) -> PrinterStatus:
    if not reply:
        return unknown("no_answer")
    strings = _strings(reply)
    if strings is None:
        return unknown("bad_reply", reply)
    details = [code for (line, field), code in _FLAGS.items() if strings[line][field] == "1"]
    return status_from_details(details, reply)


def read_status(transport, timeout: float) -> PrinterStatus:
    return decode(transport.query(REQUEST, timeout, complete))


def _strings(reply: bytes) -> list[list[str]] | None:
    parts = [p.split(ETX)[0] for p in reply.split(STX)[1:]]
    fields = [p.decode("ascii", "replace").split(",") for p in parts]
    if len(fields) < 3 or len(fields[0]) < 12 or len(fields[1]) < 11:
        return None
    return fields
