"""Pick lists through the print queue: queued for a wave at a station, rendered as the wave stands, reprinted
on purpose, and queued by the release itself when the warehouse says so."""
from __future__ import annotations

import io
import json

import pytest
from pypdf import PdfReader

import labels
from whs_app.actor import Actor
from whs_app.clock import stamp
from whs_app.exceptions_queue import hold
from whs_app.printing.pick_lists import PickListRefused, pick_list_printers, print_pick_list
from whs_app.printing.printers import add_printer, get_printer
from whs_app.printing.queue import JobState, PrintQueue
from whs_app.printing.render import document_size, job_document, render_job
from whs_app.printing.reprint import ReprintRefused
from whs_app.wave_release import ReleaseRefused, release_waves
from whs_app.waves import plan_waves
from tests.print_fixtures import configure as configure_printer, emulators, service  # noqa: F401
from tests.review_fixtures import configure, new_order, reviewed

BOSS = Actor("OFFICE", "boss")
TWO = (new_order("A", [("TSHIRT-W-M", 1), ("MUG-350", 1)]), new_order("B", [("SOCKS-5P", 2), ("MUG-350", 1)]))


def planned(store, clock):
    reviewed(store, clock, BOSS, *TWO)
    [wave] = plan_waves(store, clock, BOSS).waves
    return wave


def printer(store, clock, name, role="slip", paper="80", station="OFFICE", language="escpos", tmp=None):
    return add_printer(store, stamp(clock.now()), BOSS, name, f"file://{tmp}/{name}.prn", language, role, station,
                       paper)


def pdf_text(document) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(labels.render(document, "pdf"))).pages)


@pytest.fixture
def office(store, warehouse, tmp_path):
    store.people.add_station("OFFICE", "主管办公室")
    return tmp_path


def test_a_queued_pick_list_renders_the_wave_as_it_stands_when_it_prints(store, clock, office):
    wave = planned(store, clock)
    printer(store, clock, "S1", tmp=office)
    queue = PrintQueue(store, clock, BOSS)
    job_id = print_pick_list(queue, wave.code)
    job = store.print_jobs.get(job_id)
    assert (job["kind"], job["wave_id"], job["station"], job["state"]) == ("pick_list", wave.id, "OFFICE", "queued")
    event = store.audit.for_entity("print_job", job_id)[-1]
    assert (event["action"], event["user_login"]) == ("print_job.queued", "boss")
    assert json.loads(event["detail"]) == {"kind": "pick_list", "wave": wave.code, "station": "OFFICE"}

    clock.advance(minutes=10)
    hold(store, clock, BOSS, store.orders.find("B")[0])       # B leaves the wave after the job was queued
    document = job_document(store, job, clock.now())
    assert [(row.bin, row.sku, row.qty) for row in document.rows] == [("A-01-01", "TSHIRT-W-M", 1),
                                                                       ("C-01-01", "MUG-350", 1)]
    text = pdf_text(document)
    assert f"拣货单 {wave.code}" in text and "2026-11-11 08:10" in text
    assert "A-01-01" in text and "C-01-01" in text and "B-03-01" not in text and "A" in [s.order_no for s in document.slots]
    slip_printer = get_printer(store, "S1")
    assert document_size(document, slip_printer) == "80mm"
    assert render_job(store, job, slip_printer, clock.now()).startswith(b"\x1b@")     # ESC/POS, 80 mm roll


def test_only_printers_that_take_a_pick_list_count_and_none_refuses_naming_the_station(store, clock, office):
    wave = planned(store, clock)
    queue = PrintQueue(store, clock, BOSS)
    with pytest.raises(PickListRefused, match="station OFFICE has no enabled printer that prints pick lists"):
        print_pick_list(queue, wave.code)
    printer(store, clock, "L1", role="label", paper="100x150", language="tspl", tmp=office)
    printer(store, clock, "S58", paper="58", tmp=office)
    with pytest.raises(PickListRefused):
        print_pick_list(queue, wave.code)
    assert store.print_jobs.listing() == [] and store.audit.count("print_job.queued") == 0
    printer(store, clock, "B1", role="both", paper="100x150", language="tspl", tmp=office)
    assert [p.name for p in pick_list_printers(store, "OFFICE")] == ["B1"]
    document = job_document(store, store.print_jobs.get(print_pick_list(queue, wave.code)), clock.now())
    assert document_size(document, get_printer(store, "B1")) == "80mm"    # 80 mm wide on a 100 mm label roll


def test_printing_again_is_a_reprint_refused_while_the_first_still_waits(store, clock, office):
    wave = planned(store, clock)
    printer(store, clock, "S1", tmp=office)
    queue = PrintQueue(store, clock, BOSS)
    first = print_pick_list(queue, wave.code)
    with pytest.raises(ReprintRefused, match="still queued and will print"):
        print_pick_list(queue, wave.code)
    queue.route(store.print_jobs.get(first), "S1")
    assert queue.claim(store.print_jobs.get(first), "S1", 100) and queue.sent(store.print_jobs.get(first), 100)
    again = print_pick_list(queue, wave.code)
    assert store.print_jobs.get(first)["state"] == JobState.REPRINTED
    reprinted = store.print_jobs.get(again)
    assert (reprinted["kind"], reprinted["wave_id"], reprinted["reprint_of"]) == ("pick_list", wave.id, first)
    assert store.audit.for_entity("print_job", again)[-1]["action"] == "print_job.reprint"
    printer(store, clock, "S2", station="P01", tmp=office)
    here = store.print_jobs.get(print_pick_list(PrintQueue(store, clock, Actor("P01", "packer1")), wave.code))
    assert (here["station"], here["reprint_of"]) == ("P01", None)           # another station's first copy


def test_a_closed_wave_has_no_pick_list_to_print(store, clock, office):
    wave = planned(store, clock)
    printer(store, clock, "S1", tmp=office)
    store.waves.set_status(wave.id, "closed")
    with pytest.raises(PickListRefused, match="is closed"):
        print_pick_list(PrintQueue(store, clock, BOSS), wave.code)


def test_with_pick_list_on_release_releasing_queues_each_list_or_refuses_without_a_printer(store, clock, office):
    reviewed(store, clock, BOSS, *TWO, new_order("C", [("JEANS-32", 1)]))
    codes = [w.code for w in plan_waves(store, clock, BOSS).waves]
    configure(store, pick_list_on_release=True)
    with pytest.raises(ReleaseRefused, match="pick_list_on_release.*station OFFICE has no enabled printer"):
        release_waves(store, clock, BOSS, codes)
    assert all(store.waves.get(code)["released_at"] is None for code in codes)
    printer(store, clock, "S1", tmp=office)
    assert release_waves(store, clock, BOSS, codes) == codes
    jobs = [store.print_jobs.latest_of_wave(store.waves.get(code)["id"], "pick_list", "OFFICE") for code in codes]
    assert all(job["state"] == "queued" for job in jobs)
    for code, job in zip(codes, jobs):
        event = store.audit.for_entity("wave", job["wave_id"])[-1]
        assert event["action"] == "wave.released" and json.loads(event["detail"])["pick_list_job"] == job["id"]
        assert job_document(store, job, clock.now()).wave_code == code


def test_the_print_worker_sends_a_pick_list_to_an_80mm_slip_printer(store, clock, office, emulators):
    escpos = emulators[2]
    wave = planned(store, clock)
    configure_printer(store, clock, "S1", escpos, station="OFFICE", role="slip")
    job_id = print_pick_list(PrintQueue(store, clock, BOSS), wave.code)
    service(store, clock).run_once()
    job = store.print_jobs.get(job_id)
    assert (job["state"], job["printer"]) == (JobState.SENT, "S1") and job["bytes_sent"] == job["bytes_total"] > 0
    assert wave.code.encode() in escpos.printed


def test_whs_waves_print_and_release_queue_pick_lists_from_the_command_line(store, clock, office):
    from click.testing import CliRunner
    from whs_app.cli import cli

    wave = planned(store, clock)
    printer(store, clock, "S1", tmp=office)
    runner = CliRunner()

    def whs(*args):
        return runner.invoke(cli, ["--db", str(store.path), "--station", "OFFICE", "--user", "boss", *args])

    first = whs("--json", "waves", "print", wave.code)
    assert first.exit_code == 0, first.output
    assert json.loads(first.output) == {"ok": True, "job": 1, "station": "OFFICE", "reprint_of": None}
    again = whs("waves", "print", wave.code)
    assert again.exit_code == 3 and "still queued and will print" in again.output
    assert whs("waves", "print", "W404").exit_code == 1
    configure(store, pick_list_on_release=True)
    released = whs("--json", "waves", "release", "--all")
    assert json.loads(released.output) == {"released": [wave.code], "pick_list_jobs": {wave.code: 2}}
