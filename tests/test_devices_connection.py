from __future__ import annotations

import pytest

from devices.printers import (CupsConnection, FileConnection, Language, PaperSize, PrinterConfig,
                              Role, SerialConnection, TcpConnection, UsbConnection,
                              Win32Connection, parse_connection, parse_paper)


@pytest.mark.parametrize("uri, expected", [
    ("usb://0x0416:0x5011", UsbConnection(0x0416, 0x5011)),
    ("usb://0416:5011", UsbConnection(0x0416, 0x5011)),
    ("usb://0x0416:0x5011?in_ep=0x81&out_ep=0x03&interface=0",
     UsbConnection(0x0416, 0x5011, in_ep=0x81, out_ep=0x03, interface=0)),
    ("usb://0x28e9:0x0289?serial=GP1234&timeout=2.5",
     UsbConnection(0x28E9, 0x0289, serial="GP1234", timeout=2.5)),
    ("usb://0x0a5f:0x0164?port=1-2.3", UsbConnection(0x0A5F, 0x0164, port="1-2.3")),
    ("tcp://192.168.1.50:9100", TcpConnection("192.168.1.50", 9100)),
    ("tcp://printer-3.local", TcpConnection("printer-3.local", 9100)),
    ("tcp://10.0.0.7:9101?timeout=5", TcpConnection("10.0.0.7", 9101, 5.0)),
    ("tcp://[fe80::1]:9100", TcpConnection("fe80::1", 9100)),
    ("serial:///dev/ttyUSB0?baud=9600", SerialConnection("/dev/ttyUSB0", 9600)),
    ("serial://COM3?baud=115200", SerialConnection("COM3", 115200)),
    ("cups://Xprinter_XP-420B", CupsConnection("Xprinter_XP-420B")),
    ("win32://XP-420B%20(copy%201)", Win32Connection("XP-420B (copy 1)")),
    ("win32://Gprinter GP-1324D", Win32Connection("Gprinter GP-1324D")),
    ("file:///tmp/labels.prn", FileConnection("/tmp/labels.prn")),
    ("file:///C:/out/labels.prn", FileConnection("C:/out/labels.prn")),
    ("  TCP://10.0.0.7  ", TcpConnection("10.0.0.7", 9100)),
])
def test_good_uris_parse(uri, expected):
    assert parse_connection(uri) == expected


@pytest.mark.parametrize("uri", [
    "usb://0x0416:0x5011?in_ep=0x81&out_ep=0x03&interface=0",
    "usb://0x28e9:0x0289?serial=GP%201&timeout=2.5",
    "tcp://10.0.0.7:9101?timeout=2",
    "tcp://[fe80::1]:9100",
    "serial:///dev/ttyUSB0?baud=9600",
    "serial://COM3?baud=115200",
    "cups://Xprinter_XP-420B",
    "win32://XP-420B%20(copy%201)",
    "file:///tmp/labels.prn",
])
def test_uri_round_trips(uri):
    connection = parse_connection(uri)
    assert parse_connection(connection.uri) == connection


@pytest.mark.parametrize("uri, says", [
    ("", "expected one of usb://"),
    ("lpt://1", "expected one of usb://"),
    ("192.168.1.50:9100", "expected one of usb://"),
    ("usb://0416", "VID:PID in hex"),
    ("usb://0x0416:0x5011x", "VID:PID in hex"),
    ("usb://0x10416:0x5011", "VID:PID in hex"),
    ("usb://0x0416:0x5011?in_ep=0x01", "in_ep=0x01 points the wrong way"),
    ("usb://0x0416:0x5011?out_ep=0x81", "out_ep=0x81 points the wrong way"),
    ("usb://0x0416:0x5011?out_ep=0x33", "not an endpoint address"),
    ("usb://0x0416:0x5011?out_ep=three", "out_ep='three' is not a number"),
    ("usb://0x0416:0x5011?endpoint=1", "unknown option endpoint"),
    ("usb://0x0416:0x5011?interface=0&interface=1", "given twice"),
    ("tcp://", "no host"),
    ("tcp://:9100", "no host"),
    ("tcp://10.0.0.7:http", "must be a number from 1 to 65535"),
    ("tcp://10.0.0.7:70000", "must be a number from 1 to 65535"),
    ("tcp://10.0.0.7:0", "port 0"),
    ("tcp://10.0.0.7/queue", "unexpected path"),
    ("tcp://10.0.0.7?timeout=0", "more than 0"),
    ("tcp://10.0.0.7?timeout=soon", "not a number of seconds"),
    ("serial://", "no serial device"),
    ("serial:///dev/ttyUSB0?baud=fast", "baud='fast' is not a number"),
    ("serial:///dev/ttyUSB0?parity=E", "unknown option parity"),
    ("cups://", "no CUPS queue"),
    ("win32://", "no Windows printer name"),
    ("file://labels.prn", "must be absolute"),
])
def test_bad_uris_say_what_is_wrong(uri, says):
    with pytest.raises(ValueError) as caught:
        parse_connection(uri)
    assert says in str(caught.value)
    assert repr(uri) in str(caught.value)


def test_printer_config_parses_all_four_settings():
    config = PrinterConfig.parse("tcp://10.0.0.7", "TSPL", "100x150", "label")
    assert config == PrinterConfig(TcpConnection("10.0.0.7"), Language.TSPL,
                                   PaperSize(100, 150), Role.LABEL)
    assert Role.BOTH.serves("slip") and Role.LABEL.serves("label")
    assert not Role.SLIP.serves("label")


@pytest.mark.parametrize("text, expected", [
    ("100x150", PaperSize(100, 150)), ("76 × 130 mm", PaperSize(76, 130)),
    ("80", PaperSize(80)), ("58mm", PaperSize(58)), ("100*100", PaperSize(100, 100)),
])
def test_paper_sizes(text, expected):
    assert parse_paper(text) == expected
    assert parse_paper(str(expected)) == expected


@pytest.mark.parametrize("language, paper, role, says", [
    ("epl", "100x150", "label", "language 'epl': expected escpos|tspl|zpl"),
    ("zpl", "A4", "label", "WIDTHxHEIGHT"),
    ("zpl", "1000x150", "label", "outside"),
    ("zpl", "100x150", "receipt", "role 'receipt': expected label|slip|both"),
])
def test_bad_printer_settings(language, paper, role, says):
    with pytest.raises(ValueError, match=says):
        PrinterConfig.parse("tcp://10.0.0.7", language, paper, role)
