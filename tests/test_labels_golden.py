"""Exact bytes for a tiny page in each printer language, and the shape of a real waybill."""
from __future__ import annotations

import pytest

import labels
from labels.layout import Bar, Barcode, Box, Font, Layout, Page, QRCode, Text
from tests.labels_fixtures import (escpos_text_runs, need_cjk_font, parse_escpos, picklist, slip,
                                   tspl_commands, waybill, zpl_commands)

TINY = Layout("test", "tiny", (Page(20.0, 12.0, (
    Text(Box(1.0, 1.0, 18.0, 3.0), ("Hi 你好",), Font(3.0, 3.0, bold=True)),
    Barcode(Box(0.0, 4.5, 20.0, 3.0), "12345", 0.125),
    QRCode(Box(14.0, 8.0, 4.0, 4.0), "A1", 0.125, 21),
    Bar(Box(0.0, 8.0, 2.0, 0.125)),
)),))


def test_escpos_golden():
    expected = (
        b"\x1b@" b"\x1dP\xcb\xcb"  # init, motion units 1/203 inch
        b"\x1bL" b"\x1bT\x00" b"\x1bW\x00\x00\x00\x00\xa0\x00\x60\x00"  # page mode 160x96 dots
        # text: foot at y=32, x=8, 1x1, bold, GB18030 inside FS & / FS .
        b"\x1d$\x20\x00" b"\x1b$\x08\x00" b"\x1d!\x00" b"\x1bE\x01" b"Hi \x1c&\xc4\xe3\xba\xc3\x1c."
        # Code 128: {C 12 34 {B 5, 1-dot modules, 24 dots high, no human-readable line
        b"\x1d$\x3c\x00" b"\x1b$\x28\x00" b"\x1dh\x18" b"\x1dw\x01" b"\x1dH\x00"
        b"\x1dkI\x07{C\x0c\x22{B5"
        # QR: model 2, module 1, level M, store "A1", print
        b"\x1d$\x5a\x00" b"\x1b$\x75\x00" b"\x1d(k\x04\x001A2\x00" b"\x1d(k\x03\x001C\x01"
        b"\x1d(k\x03\x001E1" b"\x1d(k\x05\x001P0A1" b"\x1d(k\x03\x001Q0"
        # rule as a 16x1 raster
        b"\x1d$\x41\x00" b"\x1b$\x00\x00" b"\x1dv0\x00\x02\x00\x01\x00\xff\xff"
        b"\x0c" b"\x1dVB\x00"  # print the page, feed and cut
    )
    assert labels.render_layout(TINY, "escpos") == expected


def test_tspl_golden():
    assert labels.render_layout(TINY, "tspl") == (
        b'SIZE 20 mm,12 mm\r\nGAP 2 mm,0 mm\r\nCLS\r\n'
        b'TEXT 8,8,"TSS24.BF2",0,1,1,"Hi \xc4\xe3\xba\xc3"\r\n'
        b'TEXT 9,8,"TSS24.BF2",0,1,1,"Hi \xc4\xe3\xba\xc3"\r\n'  # bold: again one dot across
        b'BARCODE 40,36,"128M",24,0,0,1,1,"!1051234!1005"\r\n'
        b'QRCODE 117,69,M,1,A,0,"A1"\r\n'
        b'BAR 0,64,16,1\r\n'
        b'PRINT 1,1\r\n')


def test_zpl_golden():
    text = "^FB85,1,0,L,0^FH_^FDHi 你好^FS"
    assert labels.render_layout(TINY, "zpl") == (
        "^XA^CI28^PW160^LL96^LH0,0"
        f"^FO8,8^A@N,24,24,E:ANMDS.TTF{text}^FO9,8^A@N,24,24,E:ANMDS.TTF{text}"
        "^FO40,36^BY1^BCN,24,N,N,N,N^FD>;1234>65^FS"
        "^FO117,69^BQN,2,1^FH_^FDMA,A1^FS"
        "^FO0,64^GB16,1,1^FS"
        "^PQ1^XZ\n").encode("utf-8")


def test_zpl_takes_another_printer_font_but_not_a_command():
    assert b"^A@N,24,24,R:SIMSUN.TTF" in labels.render_layout(TINY, "zpl", font="R:SIMSUN.TTF")
    with pytest.raises(ValueError, match="printer font path"):
        labels.render_layout(TINY, "zpl", font="E:X.TTF^FDhi")


def test_escpos_waybill_structure():
    data = labels.render(waybill(), "escpos")
    runs = escpos_text_runs(data)
    assert "张三 138****5678" in runs
    assert "SF1234567890123" in runs
    assert "顺丰速运" in runs
    assert data.count(b"\x1dkI") == 1 and data.count(b"\x1d(k\x03\x001Q0") == 1
    assert data.startswith(b"\x1b@") and data.endswith(b"\x0c\x1dVB\x00")
    assert "13812345678" not in "".join(runs)


def test_tspl_waybill_structure():
    commands = tspl_commands(labels.render(waybill(), "tspl"))
    names = [name for name, _ in commands]
    assert names[:3] == ["SIZE", "GAP", "CLS"] and names[-1] == "PRINT"
    texts = [args[-1] for name, args in commands if name == "TEXT"]
    assert "张三 138****5678" in texts and "SF1234567890123" in texts
    assert all(args[2] == "TSS24.BF2" for name, args in commands if name == "TEXT")
    [barcode] = [args for name, args in commands if name == "BARCODE"]
    assert barcode[2] == "128M" and barcode[-1] == "!104SF!099123456789012!1003"


def test_zpl_waybill_structure():
    commands = zpl_commands(labels.render(waybill(), "zpl"))
    fields = [rest for name, rest in commands if name == "FD"]
    assert "张三 138****5678" in fields
    assert ">:SF>5123456789012>63" in fields
    assert "MA,231111123456789012345" in fields
    assert [name for name, _ in commands][:2] == ["XA", "CI"]


def test_zpl_graphic_text_sends_chinese_as_bitmaps():
    need_cjk_font()
    commands = zpl_commands(labels.render(waybill(), "zpl", graphic_text=True))
    fields = [rest for name, rest in commands if name == "FD"]
    assert all(field.isascii() for field in fields)
    assert "SF1234567890123" in fields  # plain ASCII lines still use the printer's font
    assert sum(name == "GF" for name, _ in commands) >= 5


def test_receipt_slip_in_escpos_fits_the_roll():
    data = labels.render(slip(), "escpos", "58mm")
    window = data.index(b"\x1bW")
    assert data[window + 6:window + 8] == (384).to_bytes(2, "little")  # 48 mm printable
    assert any("纯棉圆领T恤" in run for run in escpos_text_runs(data))
    parse_escpos(data)


def test_long_receipt_prints_as_several_page_mode_slices():
    data = labels.render(picklist(rows=80), "escpos", "80mm")
    assert data.count(b"\x1bL") >= 2
    assert data.count(b"\x1bL") == data.count(b"\x0c")
    parse_escpos(data)


def _unpack_graphic_field(field: str) -> bytes:
    """Reads ^GFA data with ZPL's ASCII compression back into bytes (the tests' own reader)."""
    _, total, _, row_bytes, data = field.split(",", 4)
    row_hex, rows, previous, count = int(row_bytes) * 2, [], "", 0
    current = ""
    for ch in data:
        if "G" <= ch <= "Y":
            count += ord(ch) - ord("F")
        elif "g" <= ch <= "z":
            count += 20 * (ord(ch) - ord("f"))
        elif ch in ",!:":
            current = previous if ch == ":" else current.ljust(row_hex, "0" if ch == "," else "F")
        else:
            current += ch * (count or 1)
            count = 0
        if len(current) == row_hex:
            rows.append(current)
            previous, current = current, ""
    unpacked = bytes.fromhex("".join(rows))
    assert len(unpacked) == int(total)
    return unpacked


def test_zpl_graphic_field_compression_round_trips():
    from labels.render_zpl import graphic_field
    rows = [bytes(10), bytes(10), b"\xff" * 10, b"\x0f\x00" * 5, b"\xff" * 10,
            b"\x80" + bytes(9), bytes(range(10)), b"\xaa" * 10]
    data = b"".join(rows) + b"\x12" * 450
    field = graphic_field(data, 10, len(data) // 10)
    assert field.startswith("^GFA,530,530,10,")
    assert _unpack_graphic_field(field[4:]) == data
    assert len(field) < len(data) * 2  # smaller than plain hex


def test_drill_mark_goes_as_a_bitmap_under_everything():
    need_cjk_font()
    drill = waybill(drill=True, waybill_no="DRILL-0001")
    commands = tspl_commands(labels.render(drill, "tspl"))
    assert [name for name, _ in commands][:4] == ["SIZE", "GAP", "CLS", "BITMAP"]
    zpl = zpl_commands(labels.render(drill, "zpl"))
    assert [name for name, _ in zpl].count("GF") == 1
    escpos = [value for kind, value in parse_escpos(labels.render(drill, "escpos"))
              if kind == "cmd"]
    assert sum(c.startswith(b"\x1dv0") for c in escpos) > 5  # the mark and the rules
