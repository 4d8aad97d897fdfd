"""Status decoding from reply bytes written out by hand from the printer manuals."""
from __future__ import annotations

import pytest

from devices.printers import ErrorKind, PrinterState, PrinterStatus
from devices.printers import escpos_status, tspl_status, zpl_status

P, OFF, ERR, PAPER = (escpos_status.PRINTER, escpos_status.OFFLINE_CAUSE,
                      escpos_status.ERROR_CAUSE, escpos_status.PAPER)


@pytest.mark.parametrize("replies, state, details", [
    ({P: b"\x12", PAPER: b"\x12"}, PrinterState.READY, ()),
    ({P: b"\x12", PAPER: b"\x1e"}, PrinterState.PAPER_NEAR_END, ("paper_near_end",)),
    ({P: b"\x1a", OFF: b"\x32", PAPER: b"\x7e"}, PrinterState.PAPER_OUT, ("paper_out",)),
    ({P: b"\x1a", OFF: b"\x16", PAPER: b"\x12"}, PrinterState.ERROR, ("head_open",)),
    ({P: b"\x1a", OFF: b"\x52", ERR: b"\x1a", PAPER: b"\x12"}, PrinterState.ERROR,
     ("cutter_error",)),
    ({P: b"\x1a", OFF: b"\x52", ERR: b"\x52", PAPER: b"\x12"}, PrinterState.ERROR,
     ("recoverable_error",)),
    ({P: b"\x1a", OFF: b"\x12", PAPER: b"\x12"}, PrinterState.OFFLINE, ("offline",)),
    ({P: b"\x32", PAPER: b"\x12"}, PrinterState.OFFLINE, ("waiting_online_recovery",)),
    ({P: None}, PrinterState.UNKNOWN, ("no_answer",)),
    ({P: b"\x12", PAPER: None}, PrinterState.UNKNOWN, ("no_answer",)),
    ({P: b"A"}, PrinterState.UNKNOWN, ("bad_reply",)),   # 0x41: bit 0 set, bit 1 clear
])
def test_escpos_dle_eot(replies, state, details):
    status = escpos_status.decode(replies)
    assert (status.state, status.details) == (state, details)


def test_escpos_requests_are_dle_eot_n():
    assert [escpos_status.request(n) for n in (1, 4)] == [b"\x10\x04\x01", b"\x10\x04\x04"]


@pytest.mark.parametrize("byte, state, details", [
    (0x00, PrinterState.READY, ()),
    (0x01, PrinterState.ERROR, ("head_open",)),
    (0x02, PrinterState.ERROR, ("paper_jam",)),
    (0x03, PrinterState.ERROR, ("head_open", "paper_jam")),
    (0x04, PrinterState.PAPER_OUT, ("paper_out",)),
    (0x05, PrinterState.PAPER_OUT, ("paper_out", "head_open")),
    (0x08, PrinterState.ERROR, ("ribbon_out",)),
    (0x0C, PrinterState.PAPER_OUT, ("paper_out", "ribbon_out")),
    (0x10, PrinterState.OFFLINE, ("paused",)),
    (0x20, PrinterState.READY, ("printing",)),
    (0x80, PrinterState.ERROR, ("other_error",)),
])
def test_tspl_status_byte(byte, state, details):
    status = tspl_status.decode(bytes([byte]))
    assert (status.state, status.details) == (state, details)


def test_tspl_silence_and_garbage_are_unknown():
    assert tspl_status.decode(None).state is PrinterState.UNKNOWN
    assert tspl_status.decode(b"\x00\x00").details == ("bad_reply",)


def zpl(paper_out="0", pause="0", head_up="0", ribbon_out="0", over_temp="0") -> bytes:
    return (f"\x02030,{paper_out},{pause},1245,000,0,0,0,000,0,0,{over_temp}\x03\r\n"
            f"\x02001,0,{head_up},{ribbon_out},0,2,6,0,00000000,1,000\x03\r\n"
            f"\x021234,0\x03\r\n").encode()


@pytest.mark.parametrize("reply, state, details", [
    (zpl(), PrinterState.READY, ()),
    (zpl(paper_out="1"), PrinterState.PAPER_OUT, ("paper_out",)),
    (zpl(pause="1"), PrinterState.OFFLINE, ("paused",)),
    (zpl(head_up="1"), PrinterState.ERROR, ("head_open",)),
    (zpl(ribbon_out="1"), PrinterState.ERROR, ("ribbon_out",)),
    (zpl(over_temp="1"), PrinterState.ERROR, ("overheat",)),
    (zpl(paper_out="1", pause="1", head_up="1"), PrinterState.PAPER_OUT,
     ("paper_out", "head_open", "paused")),
    (zpl()[:40], PrinterState.UNKNOWN, ("bad_reply",)),
    (None, PrinterState.UNKNOWN, ("no_answer",)),
])
def test_zpl_host_status(reply, state, details):
    status = zpl_status.decode(reply)
    assert (status.state, status.details) == (state, details)


def test_zpl_reply_is_complete_after_three_strings():
    assert not zpl_status.complete(zpl()[:60]) and zpl_status.complete(zpl())


def test_status_text_is_bilingual():
    status = PrinterStatus(PrinterState.PAPER_OUT, ("paper_out", "head_open"))
    assert status.describe() == "缺纸、打印头/上盖打开 / paper out, print head or cover open"
    error = status.problem("tcp://10.0.0.7:9100")
    assert error.kind is ErrorKind.PAPER_OUT
    assert "缺纸" in str(error) and "out of paper" in str(error)
    assert PrinterStatus(PrinterState.READY).describe() == "正常 / ready"
