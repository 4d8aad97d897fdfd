"""escpos.printer.Usb and pyusb themselves, running over the virtual USB backend."""
from __future__ import annotations

import os

import pytest
import usb.core
from escpos import printer as escpos_printer

from devices.printers import (ErrorKind, PrinterError, PrinterState, Transport, probe_printer,
                              query_status, scan_usb)
from devices.printers.transports import make_link
from devices.testing import FakeUsbPrinter, VirtualUsbBackend
from tests.devices_fixtures import fake_printer, no_libusb, usb_bus  # noqa: F401

URI = "usb://0x0416:0x5011"


def open_usb(uri: str, bus) -> Transport:
    transport = Transport(uri, usb_backend=bus)
    transport.open()
    return transport


def test_bytes_reach_the_out_endpoint(fake_printer, usb_bus):
    job = os.urandom(20_000)
    with Transport(f"{URI}?in_ep=0x81&out_ep=0x03", usb_backend=usb_bus) as transport:
        transport.send(job)
        assert transport.bytes_sent == len(job)
    assert bytes(fake_printer.received) == job
    assert not fake_printer.claimed   # closing released the interface


def test_the_link_drives_escpos_usb_itself(usb_bus):
    link = make_link(Transport(URI).connection, usb_backend=usb_bus)
    assert isinstance(link.printer, escpos_printer.Usb)
    link.open()
    assert isinstance(link.printer.device, usb.core.Device)
    link.close()


def test_endpoints_are_found_when_not_given(usb_bus):
    fake = FakeUsbPrinter(in_ep=0x82, out_ep=0x01)
    with Transport(URI, usb_backend=VirtualUsbBackend(fake)) as transport:
        transport.send(b"\x1b@hello")
        assert transport.can_query
    assert fake.received == b"\x1b@hello"


def test_status_over_usb(fake_printer, usb_bus):
    transport = open_usb(URI, usb_bus)
    assert query_status(transport, "escpos", 0.2).state is PrinterState.READY
    fake_printer.condition.paper = "out"
    assert query_status(transport, "escpos", 0.2).state is PrinterState.PAPER_OUT
    transport.close()


@pytest.mark.parametrize("language", ["tspl", "zpl"])
def test_label_printer_status_over_usb(language):
    fake = FakeUsbPrinter(vid=0x28E9, pid=0x0289, language=language)
    fake.condition.head_open = True
    status = probe_printer("usb://0x28e9:0x0289", language, timeout=0.2,
                           usb_backend=VirtualUsbBackend(fake))
    assert status.state is PrinterState.ERROR and "head_open" in status.details
    assert status.problem("usb://0x28e9:0x0289").kind is ErrorKind.HEAD_OPEN


def test_printer_without_in_endpoint_is_unknown():
    fake = FakeUsbPrinter(in_ep=None, out_ep=0x02)
    status = probe_printer(URI, "escpos", usb_backend=VirtualUsbBackend(fake))
    assert status.state is PrinterState.UNKNOWN and status.details == ("not_supported",)


def test_busy_device_explains_usblp(fake_printer, usb_bus):
    fake_printer.busy = True
    with pytest.raises(PrinterError) as caught:
        open_usb(URI, usb_bus)
    error = caught.value
    assert error.kind is ErrorKind.BUSY and error.safe_to_fail_over
    assert "usblp" in error.message_zh and "Resource busy" in error.message_zh
    assert "blacklist usblp" in error.message_en and "rmmod usblp" in error.message_en


def test_wrong_out_endpoint_lists_the_endpoints_found(usb_bus):
    with pytest.raises(PrinterError) as caught:
        open_usb(f"{URI}?out_ep=0x01&in_ep=0x82", usb_bus)
    error = caught.value
    assert error.kind is ErrorKind.BAD_ENDPOINT
    for text in (error.message_zh, error.message_en):
        assert "0x03 (bulk OUT, interface 0)" in text and "0x81 (bulk IN, interface 0)" in text
        assert "in_ep" in text and "out_ep" in text
    assert "usb://0x0416:0x5011?in_ep=0x81&out_ep=0x03" in error.message_en


def test_wrong_in_endpoint_is_caught_too(usb_bus):
    with pytest.raises(PrinterError) as caught:
        open_usb(f"{URI}?in_ep=0x82", usb_bus)
    assert caught.value.kind is ErrorKind.BAD_ENDPOINT and "0x82" in caught.value.message_en


def test_absent_printer_points_to_scan_usb(usb_bus):
    with pytest.raises(PrinterError) as caught:
        open_usb("usb://0x0416:0x5012", usb_bus)
    assert caught.value.kind is ErrorKind.OFFLINE
    assert "scan-usb" in caught.value.message_en and "scan-usb" in caught.value.message_zh


def test_no_libusb_points_to_zadig_and_libusb_package(no_libusb):
    for action in (lambda: Transport(URI).open(), scan_usb):
        with pytest.raises(PrinterError) as caught:
            action()
        error = caught.value
        assert error.kind is ErrorKind.NO_BACKEND
        assert "Zadig" in error.message_en and "WinUSB" in error.message_en
        assert "libusb-package" in error.message_en and "libusb-package" in error.message_zh


def test_access_denied_suggests_a_udev_rule(fake_printer, usb_bus):
    fake_printer.access_denied = True
    with pytest.raises(PrinterError) as caught:
        open_usb(URI, usb_bus)
    assert caught.value.kind is ErrorKind.PERMISSION_DENIED
    assert 'ATTR{idVendor}=="0416"' in caught.value.message_en


def test_write_timeout_may_have_printed(fake_printer, usb_bus):
    transport = open_usb(f"{URI}?timeout=0.1", usb_bus)
    fake_printer.stall_after = 10_000
    with pytest.raises(PrinterError) as caught:
        transport.send(os.urandom(50_000))
    error = caught.value
    assert error.kind is ErrorKind.TIMEOUT_DURING_SEND and error.may_have_printed
    assert error.bytes_sent == 8192 and len(fake_printer.received) == 10_000
    assert "0.1 s" in error.message_en


def test_timeout_on_the_first_write_still_counts_as_maybe_printed(fake_printer, usb_bus):
    transport = open_usb(URI, usb_bus)
    fake_printer.write_timeout = True
    with pytest.raises(PrinterError) as caught:
        transport.send(b"label")
    assert caught.value.bytes_sent == 0 and caught.value.may_have_printed


def test_unplugged_mid_job_is_connection_lost(fake_printer, usb_bus):
    transport = open_usb(URI, usb_bus)
    transport.send(b"first label")
    fake_printer.unplugged = True
    with pytest.raises(PrinterError) as caught:
        transport.send(b"second label")
    assert caught.value.kind is ErrorKind.CONNECTION_LOST and caught.value.reason == "device_gone"
    fake_printer.unplugged = False
    transport.open()
    transport.send(b"third label")
    assert fake_printer.received == b"first labelthird label"
    transport.close()


def test_two_printers_of_one_model_are_told_apart_by_serial():
    left = FakeUsbPrinter(serial="A1", port_numbers=(1,), address=5)
    right = FakeUsbPrinter(serial="B2", port_numbers=(2,), address=6)
    bus = VirtualUsbBackend(left, right)
    with Transport(f"{URI}?serial=B2", usb_backend=bus) as transport:
        transport.send(b"to B2")
    with Transport(f"{URI}?port=1-1", usb_backend=bus) as transport:
        transport.send(b"to port 1-1")
    assert right.received == b"to B2" and left.received == b"to port 1-1"


def test_scan_usb_finds_printers_with_names_and_endpoints(fake_printer):
    vendor_class = FakeUsbPrinter(vid=0x0A5F, pid=0x0164, manufacturer="Zebra",
                                  product="ZD421", interface_class=0xFF, language="zpl",
                                  device_id="MFG:Zebra;CMD:ZPL;MDL:ZD421;", address=7)
    keyboard = FakeUsbPrinter(vid=0x046D, pid=0xC31C, interface_class=3, address=8)
    found = scan_usb(VirtualUsbBackend(fake_printer, vendor_class, keyboard))
    assert [(p.vid, p.pid) for p in found] == [(0x0416, 0x5011), (0x0A5F, 0x0164)]
    xprinter, zebra = found
    assert (xprinter.manufacturer, xprinter.product, xprinter.serial) == \
        ("Xprinter", "XP-420B", "XP001")
    assert xprinter.printer_class and "CMD:ESC/POS" in xprinter.device_id
    assert [str(e) for e in xprinter.endpoints] == \
        ["0x03 (bulk OUT, interface 0)", "0x81 (bulk IN, interface 0)"]
    assert xprinter.connection.uri == "usb://0x0416:0x5011?in_ep=0x81&out_ep=0x03&interface=0"
    assert not zebra.printer_class and zebra.device_id is None and zebra.port == "1-2"
