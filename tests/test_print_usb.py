"""The print service driving escpos.printer.Usb and pyusb for real, on the virtual USB bus."""
from __future__ import annotations

import pytest

from devices.testing import FakeUsbPrinter, PrinterEmulator, VirtualUsbBackend
from whs_app.printing.printers import add_printer
from whs_app.printing.queue import JobState
from tests.print_fixtures import (ADMIN, confirmation_required, configure, label_job, pack, service, settled,
                                  wait_until)

USB = "usb://0x0416:0x5011?timeout=0.3"


@pytest.fixture
def usb(store, warehouse):
    confirmation_required(store, False)
    printer = FakeUsbPrinter(vid=0x0416, pid=0x5011, in_ep=0x81, out_ep=0x03, language="escpos")
    add_printer(store, "2026-11-11 08:00:00", ADMIN, "U", USB, "escpos", "both", "P01", "80")
    return printer


def run_one(store, clock, warehouse, printer, **options) -> str:
    with service(store, clock, usb_backend=VirtualUsbBackend(printer), **options) as svc:
        waybill = pack(store, clock, warehouse, "T1")
        svc.wake()
        wait_until(lambda: settled(store) or label_job(store, waybill)["error"])
    return waybill


def test_labels_print_over_usb_with_status_asked_before_and_after(store, clock, warehouse, usb):
    waybill = run_one(store, clock, warehouse, usb)
    job = label_job(store, waybill)
    assert job["state"] == JobState.SENT and job["printer"] == "U"
    assert waybill.encode() in usb.printed and usb.printed.startswith(b"\x1b@")
    assert usb.received.count(b"\x10\x04\x01") >= 2          # DLE EOT 1: before and after each job


def test_a_busy_usb_printer_fails_over_to_the_network_backup(store, clock, warehouse, usb):
    usb.busy = True                                          # the usblp kernel driver holds it
    with PrinterEmulator("escpos", lifetime=30) as backup:
        configure(store, clock, "N", backup, backup_of="U")
        waybill = run_one(store, clock, warehouse, usb)
        assert label_job(store, waybill)["printer"] == "N" and waybill.encode() in backup.printed
    assert usb.received == b""
    assert "busy" in store.printers.get("U")["last_detail"] or store.printers.get("U")["last_state"] == "offline"


def test_a_usb_write_that_stalls_mid_label_is_unknown(store, clock, warehouse, usb):
    usb.stall_after = 200
    waybill = run_one(store, clock, warehouse, usb)
    job = label_job(store, waybill)
    assert job["state"] == JobState.UNKNOWN and "may have printed" in job["error"]
    assert len(usb.received) == 200


def test_a_one_way_usb_printer_is_tried_and_trusted_on_hand_over(store, clock, warehouse, usb):
    usb.in_ep = None                                         # no IN endpoint: it cannot answer
    waybill = run_one(store, clock, warehouse, usb)
    assert label_job(store, waybill)["state"] == JobState.SENT
    assert waybill.encode() in usb.received and b"\x10\x04" not in usb.received
