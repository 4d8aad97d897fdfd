"""Printers at a station: configuration, failover groups, removal, and the schema migration."""
from __future__ import annotations


import pytest

from whs_app.printing.printers import (PrinterSetupError, add_printer, chain, list_printers, remove_printer,
                                       set_enabled)
from whs_app.printing.failover import route_pending
from whs_app.store import Store, migrations
from whs_app.store.errors import IntegrityError
from tests.print_fixtures import ADMIN, label_job, pack, queue

AT = "2026-11-11 08:00:00"


def add(store, name, uri="tcp://10.0.0.1:9100", language="tspl", role="label", station="P01", **options):
    return add_printer(store, AT, ADMIN, name, uri, language, role, station, **options)


def test_a_group_is_a_primary_and_ordered_backups(store, warehouse):
    add(store, "L1")
    add(store, "L2", "usb://0x0416:0x5011", backup_of="L1")
    add(store, "L3", "tcp://10.0.0.3", "zpl", backup_of="L2")    # a backup of a backup joins the same group
    add(store, "S1", "serial:///dev/ttyUSB0?baud=9600", "escpos", "slip")
    add(store, "X", "tcp://10.0.0.9", "zpl", "both", paper="100x180")
    printers = list_printers(store, "P01")
    assert [(p.name, p.group, p.position) for p in printers] == [
        ("L1", "L1", 0), ("L2", "L1", 1), ("L3", "L1", 2), ("S1", "S1", 0), ("X", "X", 0)]
    assert [p.name for p in chain(printers, "P01", "label")] == ["L1", "L2", "L3", "X"]
    assert [p.name for p in chain(printers, "P01", "slip")] == ["S1", "X"]
    assert str(printers[3].config.paper) == "80" and str(printers[4].config.paper) == "100x180"
    assert store.audit.for_entity("printer", "L2")[0]["action"] == "printer.add"


@pytest.mark.parametrize("options, message", [
    ({"uri": "tcp://"}, "no host"),
    ({"uri": "lpt://1"}, "expected one of"),
    ({"uri": "usb://0x0416:0x5011?out_ep=0x81"}, "points the wrong way"),
    ({"language": "epl"}, "expected escpos|tspl|zpl"),
    ({"paper": "9x9"}, "outside"),
    ({"station": "P99"}, "unknown station"),
    ({"backup_of": "NOPE"}, "unknown printer 'NOPE'"),
    ({"backup_of": "S1"}, "cannot back up S1"),
    ({"backup_of": "P2"}, "is at station P02"),
    ({"name": "bad name"}, "printer name"),
    ({"name": "L1"}, "already exists"),
])
def test_bad_configuration_is_refused_saying_why(store, warehouse, options, message):
    add(store, "L1")
    add(store, "S1", language="escpos", role="slip")
    add(store, "P2", station="P02")
    name = options.pop("name", "NEW")
    with pytest.raises(PrinterSetupError, match=message):
        add(store, name, **options)
    assert len(list_printers(store)) == 3


def test_removing_a_printer_reroutes_its_queued_jobs(store, clock, warehouse):
    add(store, "A", role="both")
    add(store, "B", role="both", backup_of="A")
    waybill = pack(store, clock, warehouse, "T1")
    route_pending(queue(store, clock), "P01")
    assert label_job(store, waybill)["printer"] == "A"
    assert remove_printer(store, AT, ADMIN, "A") == 2
    assert label_job(store, waybill)["printer"] is None
    route_pending(queue(store, clock), "P01")
    assert label_job(store, waybill)["printer"] == "B"
    assert [p.name for p in list_printers(store)] == ["B"]


def test_a_disabled_printer_leaves_its_chain_and_its_jobs_move_on(store, clock, warehouse):
    add(store, "A", role="both")
    add(store, "B", role="both", backup_of="A")
    waybill = pack(store, clock, warehouse, "T1")
    route_pending(queue(store, clock), "P01")
    assert set_enabled(store, AT, ADMIN, "A", False) == 2
    assert [p.name for p in chain(list_printers(store), "P01", "label")] == ["B"]
    route_pending(queue(store, clock), "P01")
    assert label_job(store, waybill)["printer"] == "B"
    set_enabled(store, AT, ADMIN, "A", True)
    assert [p.name for p in chain(list_printers(store), "P01", "label")] == ["A", "B"]
    assert [e["action"] for e in store.audit.for_entity("printer", "A")][-2:] == ["printer.disable", "printer.enable"]


def test_a_printer_sending_a_job_is_not_removed(store, clock, warehouse):
    add(store, "A", role="both")
    pack(store, clock, warehouse, "T1")
    route_pending(queue(store, clock), "P01")
    store.execute("UPDATE print_jobs SET state = 'sending' WHERE id = 1")
    with pytest.raises(PrinterSetupError, match="sending a job"):
        remove_printer(store, AT, ADMIN, "A")


def test_a_version_1_database_gets_the_printing_schema_and_keeps_its_jobs(tmp_path, monkeypatch):
    path = tmp_path / "v1.db"
    first = migrations.available()[:1]
    monkeypatch.setattr(migrations, "available", lambda: first)
    with Store.open(path) as old:
        old.execute("INSERT INTO stations (code, name) VALUES ('P01', 'bench')")
        old.print_jobs.store.execute(
            "INSERT INTO print_jobs (kind, station, state, created_at, updated_at, waybill_no)"
            " VALUES ('label', 'P01', 'queued', ?, ?, 'ZT1')", (AT, AT))
    monkeypatch.undo()
    with Store.open(path) as store:
        assert migrations.current_version(store.conn, store.backend) == migrations.latest_version()
        job = store.print_jobs.get(1)
        assert (job["state"], job["printer"], job["attempts"], job["reprint_of"]) == ("queued", None, 0, None)
        add(store, "A")
        assert store.integrity_check() == "ok"
    with pytest.raises(IntegrityError):
        with Store.open(path) as store:
            store.execute("INSERT INTO printers (name, connection, language, paper, role, station, group_name,"
                          " position, created_at) VALUES ('Z', 'tcp://x', 'epl', '80', 'slip', 'P01', 'Z', 0, ?)",
                          (AT,))
