"""The core behind the Printers and Settings screens: the overview per station, a printer's
jobs, editing a printer (audited, its queued jobs routed again), the test page."""
from __future__ import annotations

import pytest

from whs_app.clock import stamp
from whs_app.printing.overview import job_for_code, needs_supervisor, overview, printer_jobs
from whs_app.printing.printer_edits import edit_printer
from whs_app.printing.printers import PrinterSetupError, add_printer, get_printer
from whs_app.printing.test_print import PrinterNotFit, record_test_page, send_test_page
from tests.print_fixtures import ADMIN, confirmation_required, configure, emulators, pack  # noqa: F401


@pytest.fixture
def printers(store, clock, warehouse):
    at = stamp(clock.now())
    add_printer(store, at, ADMIN, "A", "tcp://192.0.2.1:9100", "tspl", "label", "P01")
    add_printer(store, at, ADMIN, "B", "tcp://192.0.2.2:9100", "tspl", "both", "P01", backup_of="A")
    add_printer(store, at, ADMIN, "S", "tcp://192.0.2.3:9100", "escpos", "slip", "P01", paper="80")
    return at


def test_the_overview_has_every_station_its_printers_in_order_and_their_queues(store, clock, warehouse, printers):
    confirmation_required(store, False)
    waybill = pack(store, clock, warehouse, "R000001")
    job = store.print_jobs.latest_label(waybill)
    store.print_jobs.route(job["id"], "A", printers)
    store.printers.set_state("A", "paper_out", "paper_out", printers)
    p01, p02 = overview(store)
    assert (p01.station, p02.station, p02.printers) == ("P01", "P02", ())
    assert [line.name for line in p01.printers] == ["A", "B", "S"]
    a = p01.printers[0]
    assert a.queue == {"queued": 1} and not a.fit and p01.printers[1].fit
    assert p01.unrouted == 1                       # the slip, not routed yet
    assert [j["id"] for j in printer_jobs(store, "A")] == [job["id"]]
    assert printer_jobs(store, "A", "problems") == []
    with pytest.raises(ValueError, match="choose one of"):
        printer_jobs(store, "A", "everything")
    assert job_for_code(store, waybill)["id"] == job["id"] == job_for_code(store, str(job["id"]))["id"]
    assert job_for_code(store, "ZT-none") is None
    assert not needs_supervisor(store, job)


def test_edit_a_printer_keeps_its_place_and_routes_its_queue_again(store, clock, warehouse, printers):
    confirmation_required(store, False)
    job = store.print_jobs.latest_label(pack(store, clock, warehouse, "R000001"))
    store.print_jobs.route(job["id"], "B", printers)
    edited = edit_printer(store, printers, ADMIN, "B", connection="tcp://192.0.2.20:9100", language="zpl",
                          role="label", paper="100x150")
    assert (edited.uri, edited.language, edited.group, edited.position) == ("tcp://192.0.2.20:9100", "zpl", "A", 1)
    assert store.print_jobs.get(job["id"])["printer"] is None          # routed again by the next pass
    event = store.audit.for_entity("printer", "B")[-1]
    assert event["action"] == "printer.edit" and '"was":{' in event["detail"] and "192.0.2.2:9100" in event["detail"]


@pytest.mark.parametrize("changes, says", [
    ({"connection": "nonsense://x"}, "nonsense"),
    ({"language": "pcl"}, "language"),
    ({"paper": "1x1"}, "paper size"),
    ({"role": "slip"}, "could not stand in for A"),
])
def test_a_bad_edit_is_refused_and_changes_nothing(store, clock, warehouse, printers, changes, says):
    before = store.printers.get("B")
    values = {"connection": "tcp://192.0.2.2:9100", "language": "tspl", "role": "both", "paper": "100x150", **changes}
    with pytest.raises(PrinterSetupError, match=says):
        edit_printer(store, printers, ADMIN, "B", **values)
    assert store.printers.get("B") == before
    with pytest.raises(PrinterSetupError, match="unknown printer"):
        edit_printer(store, printers, ADMIN, "Z", **values)


def test_the_test_page_reaches_a_ready_printer_and_not_one_without_paper(store, clock, warehouse, emulators):
    tspl, _, _ = emulators
    configure(store, clock, "EMU", tspl, role="label")
    printer = get_printer(store, "EMU")
    sent = send_test_page(printer, clock.now())
    assert tspl.wait_for(sent) and b"TEST-EMU" in tspl.printed
    record_test_page(store, stamp(clock.now()), ADMIN, "EMU", sent)
    assert store.audit.count("printer.test") == 1
    tspl.run_out_of_paper()
    before = len(tspl.printed)
    with pytest.raises(PrinterNotFit, match="cannot print"):
        send_test_page(printer, clock.now())
    assert len(tspl.printed) == before
