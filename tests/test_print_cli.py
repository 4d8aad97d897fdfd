"""`whs printers …` and `whs jobs …` through click, against emulated printers."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import devices.printers.usb_discovery as usb_discovery
from devices.testing import FakeUsbPrinter, PrinterEmulator, VirtualUsbBackend
from whs_app.cli import cli
from whs_app.clock import ManualClock
from whs_app.store import Store
from tests.factories import make_warehouse
from tests.pack_fixtures import ready_order


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "w.db"
    with Store.open(path) as store:
        warehouse = make_warehouse(store, ManualClock())
        ready_order(store, warehouse, "C1", {"JEANS-32": 1})
        ready_order(store, warehouse, "C2", {"SOCKS-5P": 1}, receiver_name="韩梅梅")
    return path


@pytest.fixture
def printer():
    with PrinterEmulator("tspl", lifetime=30) as emulator:
        yield emulator


def whs(db, *args):
    return CliRunner().invoke(cli, ["--db", str(db), "--user", "packer1", *args])


def add(db, name, emulator, *extra):
    result = whs(db, "printers", "add", name, "--connection", emulator.uri(timeout=0.5), "--language",
                 emulator.language, "--role", "both", "--station", "P01", *extra)
    assert result.exit_code == 0, result.output
    return result


def packed(db, order_no="C1", barcode="6901234567003") -> str:
    result = whs(db, "--json", "pack", "--station", "P01", "--scan", order_no, "--scan", barcode)
    assert result.exit_code == 0, result.output
    return json.loads(result.output.splitlines()[-1])["waybill_no"]


def test_add_list_and_remove_printers(db, printer):
    assert "主打印机 primary" in add(db, "A", printer).output
    assert "backup 1 of A" in add(db, "B", printer, "--backup-of", "A", "--paper", "100x180").output
    listed = json.loads(whs(db, "--json", "printers", "list").output)["printers"]
    assert [(p["name"], p["group"], p["position"], p["paper"]) for p in listed] == [
        ("A", "A", 0, "100x150"), ("B", "A", 1, "100x180")]
    assert "disabled B" in whs(db, "printers", "disable", "B").output
    assert not json.loads(whs(db, "--json", "printers", "list").output)["printers"][1]["enabled"]
    assert whs(db, "printers", "enable", "B").exit_code == 0
    assert whs(db, "printers", "remove", "A").exit_code == 0
    assert [p["name"] for p in json.loads(whs(db, "--json", "printers", "list").output)["printers"]] == ["B"]


@pytest.mark.parametrize("args, message", [
    (["--connection", "tcp://", "--language", "tspl"], "no host"),
    (["--connection", "tcp://10.0.0.1", "--language", "tspl", "--backup-of", "GHOST"], "unknown printer"),
    (["--connection", "tcp://10.0.0.1", "--language", "epl"], "Invalid value for '--language'"),
])
def test_bad_input_exits_2_with_the_reason(db, args, message):
    result = whs(db, "printers", "add", "X", "--role", "label", "--station", "P01", *args)
    assert result.exit_code == 2 and message in result.output


def test_unknown_printer_exits_2(db):
    for command in (["printers", "remove", "NOPE"], ["printers", "status", "NOPE"], ["printers", "test", "NOPE"]):
        result = whs(db, *command)
        assert result.exit_code == 2 and "unknown printer 'NOPE'" in result.output


def test_status_asks_each_printer_and_exits_4_when_one_cannot_print(db, printer):
    add(db, "A", printer)
    assert whs(db, "printers", "status").exit_code == 0
    printer.run_out_of_paper()
    result = whs(db, "--json", "printers", "status", "A")
    assert result.exit_code == 4
    [row] = json.loads(result.output)["printers"]
    assert row["state"] == "paper_out" and not row["fit"] and "paper out" in row["detail"]


def test_test_prints_a_page_that_is_not_a_waybill(db, printer):
    add(db, "A", printer)
    result = whs(db, "printers", "test", "A")
    assert result.exit_code == 0, result.output
    assert b"TEST-A" in printer.printed and b"Not a waybill" in printer.printed
    printer.go_offline()
    result = whs(db, "printers", "test", "A")
    assert result.exit_code == 1 and "refused the connection" in result.output


def test_scan_usb_lists_attached_printers(db, monkeypatch):
    bus = VirtualUsbBackend(FakeUsbPrinter(serial="XP001"))
    monkeypatch.setattr(usb_discovery, "find_usb_backend", lambda: bus)
    result = whs(db, "--json", "printers", "scan-usb")
    assert result.exit_code == 0, result.output
    [found] = json.loads(result.output)["printers"]
    assert found["connection"].startswith("usb://0x0416:0x5011") and found["serial"] == "XP001"
    monkeypatch.setattr(usb_discovery, "find_usb_backend", lambda: None)
    result = whs(db, "printers", "scan-usb")
    assert result.exit_code == 1 and "libusb" in result.output


def test_jobs_run_once_prints_the_queue_and_jobs_list_shows_it(db, printer):
    add(db, "A", printer)
    waybill = packed(db)
    result = whs(db, "--json", "jobs", "run", "--once")
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in result.output.splitlines()]
    assert {"event": "job_changed", "job_id": 1, "state": "sent", "printer": "A", "reason": None} in events
    assert events[-1]["summary"] == {"sent": 2}
    assert waybill.encode() in printer.printed
    jobs = json.loads(whs(db, "--json", "jobs", "list", "--state", "sent").output)["jobs"]
    assert [(j["kind"], j["printer"]) for j in jobs] == [("label", "A"), ("slip", "A")]


def test_jobs_run_once_exits_4_when_jobs_are_left_waiting(db, printer):
    add(db, "A", printer)
    packed(db)
    printer.go_offline()
    result = whs(db, "jobs", "run", "--once")
    assert result.exit_code == 4 and "queued 2" in result.output
    listed = whs(db, "jobs", "list", "--state", "queued").output
    assert "refused the connection" in listed


def test_confirm_reprint_and_supervisor(db, printer):
    add(db, "A", printer)
    waybill = packed(db)
    whs(db, "jobs", "run", "--once")
    refused = whs(db, "pack", "--station", "P01", "--scan", "C2")
    assert refused.exit_code == 3 and waybill in refused.output
    assert whs(db, "jobs", "confirm", "ZT0000009999", "--station", "P01").exit_code == 3
    assert whs(db, "jobs", "confirm", waybill, "--station", "P99").exit_code == 2
    confirmed = whs(db, "--json", "jobs", "confirm", waybill, "--station", "P01")
    assert confirmed.exit_code == 0 and json.loads(confirmed.output)["ok"]
    first = whs(db, "--json", "jobs", "reprint", "1", "--reason", "torn")
    assert first.exit_code == 0, first.output
    new_job = json.loads(first.output)["job"]
    whs(db, "jobs", "run", "--once")
    assert whs(db, "jobs", "reprint", str(new_job)).exit_code == 3
    assert whs(db, "jobs", "reprint", str(new_job), "--supervisor", "boss", "--pin", "1111").exit_code == 3
    assert whs(db, "jobs", "reprint", str(new_job), "--supervisor", "boss", "--pin", "2468").exit_code == 0
    assert whs(db, "jobs", "reprint", "999").exit_code == 2
    assert printer.printed.count(waybill.encode()) == 4              # the label and its one reprint so far


def test_commands_on_a_missing_database_say_run_init(tmp_path):
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "none.db"), "jobs", "run", "--once"])
    assert result.exit_code == 1 and "whs init" in result.output
