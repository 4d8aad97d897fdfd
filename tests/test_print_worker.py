"""The print service end to end against the TCP printer emulator: the real transport, real labels."""
from __future__ import annotations

import time
from dataclasses import replace

import pytest

import labels
from devices.testing import PrinterEmulator
from whs_app.printing.events import JobChanged, JobHandedOver, JobMoved, PrinterChanged, WorkerFault
from whs_app.printing.queue import JobState
from tests.print_fixtures import (FAST, configure, confirmation_required, emulators, group_of_three,  # noqa: F401
                                  label_job, pack, service, settled, states, wait_until)


@pytest.fixture(autouse=True)
def _no_label_scans(store, warehouse):
    confirmation_required(store, False)   # these tests pack several orders in a row


def record(svc) -> list:
    seen = []
    svc.events.subscribe(seen.append)
    return seen


def test_a_packed_order_prints_its_label_and_slip_in_the_printers_language(store, clock, warehouse, emulators):
    tspl = emulators[0]
    configure(store, clock, "A", tspl)
    with service(store, clock) as svc:
        waybill = pack(store, clock, warehouse, "T1")
        svc.wake("P01")
        wait_until(lambda: settled(store))
    job = label_job(store, waybill)
    assert job["state"] == JobState.SENT and job["printer"] == "A" and job["attempts"] == 1
    assert job["bytes_sent"] == job["bytes_total"] > 0 and job["sent_at"]
    printed = tspl.printed
    assert printed.startswith(b"SIZE 100 mm,150 mm") and printed.count(waybill.encode()) == 2
    assert printed.count(b"PRINT 1,1") == 2          # the label, then the slip
    assert states(store) == {"sent": 2}


def test_jobs_are_sent_in_order_one_connection_per_burst(store, clock, warehouse, emulators):
    tspl = emulators[0]
    configure(store, clock, "A", tspl)
    waybills = [pack(store, clock, warehouse, f"T{n}") for n in range(4)]
    with service(store, clock):
        wait_until(lambda: settled(store))
    printed = tspl.printed
    positions = [printed.index(w.encode()) for w in waybills]
    assert positions == sorted(positions)


def test_offline_primary_fails_over_before_any_byte(store, clock, warehouse, emulators):
    a, b, c = emulators
    group_of_three(store, clock, emulators)
    a.go_offline()
    svc = service(store, clock)
    seen = record(svc)                                  # before the workers start: no event missed
    with svc:
        waybill = pack(store, clock, warehouse, "T1")
        svc.wake()
        wait_until(lambda: settled(store))
    job = label_job(store, waybill)
    assert job["state"] == JobState.SENT and job["printer"] == "B"
    assert a.received == b"" and waybill.encode() in b.printed and c.printed == b""
    moves = [e for e in seen if isinstance(e, JobMoved) and e.job_id == job["id"]]
    assert [(m.from_printer, m.to_printer) for m in moves][-1][1] == "B"
    assert any(isinstance(e, PrinterChanged) and e.printer == "A" and not e.usable for e in seen)
    assert b.printed.startswith(b"^XA")                 # re-rendered in the backup's language


@pytest.mark.parametrize("fault", [{"paper": "out"}, {"head_open": True}, {"paused": True}, {"silent": True}])
def test_a_primary_that_cannot_print_sends_nothing_and_the_backup_prints(store, clock, warehouse, emulators, fault):
    a, b, _ = emulators
    group_of_three(store, clock, emulators)
    a.set_condition(**fault)
    with service(store, clock) as svc:
        waybill = pack(store, clock, warehouse, "T1")
        svc.wake()
        wait_until(lambda: settled(store))
    assert label_job(store, waybill)["printer"] == "B"
    assert a.printed == b"" and waybill.encode() in b.printed
    assert store.printers.get("A")["last_state"] in ("paper_out", "error", "offline", "unknown")


def test_a_job_cut_off_mid_send_is_unknown_and_never_resent(store, clock, warehouse, emulators):
    a, b, c = emulators
    group_of_three(store, clock, emulators)
    a.hang_after(20)                                    # status requests pass, the label does not
    with service(store, clock) as svc:
        waybill = pack(store, clock, warehouse, "T1")
        svc.wake()
        job = wait_until(lambda: _in_state(store, waybill, JobState.UNKNOWN))
        a.resume()                                      # the printer is fine again
        second = pack(store, clock, warehouse, "T2")
        svc.wake()
        wait_until(lambda: settled(store))
    assert job["printer"] == "A" and job["attempts"] == 1
    assert "may not have all" in job["error"] or "may have printed" in job["error"]
    assert label_job(store, waybill)["state"] == JobState.UNKNOWN   # still: nobody re-sent it
    everything = a.received + b.received + c.received
    assert everything.count(waybill.encode()) <= 2                   # at most the one partial try
    assert waybill.encode() not in b.printed + c.printed
    assert label_job(store, second)["state"] == JobState.SENT


def test_a_dropped_connection_after_bytes_is_unknown(store, clock, warehouse, emulators):
    a, *_ = emulators
    group_of_three(store, clock, emulators)
    # drop_after arms the next connection A accepts, and an idle status poll is a connection of its
    # own: with polls every 50 ms one could take the drop before the job's connection does (packing
    # T1 takes longer than that on PostgreSQL). So A polls once at the start, then not for 30 s.
    with service(store, clock, timing=replace(FAST, idle_poll=30.0)) as svc:
        wait_until(lambda: a.accepted)      # that first poll: nothing is queued yet
        pack(store, clock, warehouse, "T0")
        svc.wake()
        wait_until(lambda: settled(store))
        a.drop_after(300)
        waybill = pack(store, clock, warehouse, "T1")
        svc.wake()
        job = wait_until(lambda: _in_state(store, waybill, JobState.UNKNOWN))
    assert job["printer"] == "A" and job["error"]


def test_a_printer_coming_back_drains_its_queue_without_a_restart(store, clock, warehouse, emulators):
    a = emulators[0]
    configure(store, clock, "A", a)                      # no backup: jobs wait for it
    a.go_offline()
    svc = service(store, clock)
    seen = record(svc)                                  # before the workers start: no event missed
    with svc:
        waybills = [pack(store, clock, warehouse, f"T{n}") for n in range(3)]
        svc.wake()
        wait_until(lambda: all(label_job(store, w)["error"] for w in waybills))
        assert states(store) == {"queued": 6}
        assert "offline" in label_job(store, waybills[0])["error"] or "拒绝" in label_job(store, waybills[0])["error"]
        a.go_online()
        wait_until(lambda: settled(store))
    assert states(store) == {"sent": 6}
    assert all(a.printed.count(w.encode()) == 2 for w in waybills)
    assert any(isinstance(e, PrinterChanged) and e.printer == "A" and e.usable for e in seen)


def test_jobs_move_on_to_a_backup_that_comes_back_first(store, clock, warehouse, emulators):
    a, b, _ = emulators
    configure(store, clock, "A", a)
    configure(store, clock, "B", b, backup_of="A")
    a.go_offline()
    b.go_offline()
    with service(store, clock) as svc:
        waybill = pack(store, clock, warehouse, "T1")
        svc.wake()
        wait_until(lambda: label_job(store, waybill)["error"])
        b.go_online()
        wait_until(lambda: settled(store))
    assert label_job(store, waybill)["printer"] == "B" and a.received == b""


def test_a_job_that_cannot_be_rendered_fails_visibly(store, clock, warehouse, emulators):
    a = emulators[0]
    configure(store, clock, "A", a)
    waybill = pack(store, clock, warehouse, "T1")
    job = label_job(store, waybill)
    store.execute("UPDATE print_jobs SET waybill_no = 'ZT-NOT-THIS-ONE' WHERE id = ?", (job["id"],))
    with service(store, clock):
        wait_until(lambda: settled(store))
    failed = store.print_jobs.get(job["id"])
    assert failed["state"] == JobState.FAILED and "ZT-NOT-THIS-ONE" in failed["error"]
    assert failed["attempts"] == 0 and b"ZT-NOT-THIS-ONE" not in a.received


def test_no_printer_for_the_role_keeps_the_job_queued_saying_why(store, clock, warehouse, emulators):
    configure(store, clock, "S", emulators[2], role="slip")
    with service(store, clock) as svc:
        waybill = pack(store, clock, warehouse, "T1")
        svc.wake()
        wait_until(lambda: label_job(store, waybill)["error"])
        wait_until(lambda: settled(store) or states(store) == {"queued": 1, "sent": 1})
    job = label_job(store, waybill)
    assert job["state"] == JobState.QUEUED and job["printer"] is None and "no enabled printer" in job["error"]


def test_a_restart_finds_a_job_left_sending_and_marks_it_unknown_without_sending(store, clock, warehouse, emulators):
    a = emulators[0]
    configure(store, clock, "A", a)
    waybill = pack(store, clock, warehouse, "T1")
    job = label_job(store, waybill)
    store.execute("UPDATE print_jobs SET state = 'sending', printer = 'A', attempts = 1 WHERE id = ?", (job["id"],))
    with service(store, clock):
        wait_until(lambda: settled(store))
    after = store.print_jobs.get(job["id"])
    assert after["state"] == JobState.UNKNOWN and "stopped while sending" in after["error"]
    assert after["attempts"] == 1 and waybill.encode() not in a.received
    assert [e["action"] for e in store.audit.for_entity("print_job", job["id"])][-1] == "print_job.unknown"


def test_events_follow_a_job_from_queue_to_sent(store, clock, warehouse, emulators):
    configure(store, clock, "A", emulators[0])
    svc = service(store, clock)
    seen = record(svc)                                  # before the workers start: no event missed
    with svc:
        waybill = pack(store, clock, warehouse, "T1")
        svc.wake()
        wait_until(lambda: settled(store))
    job_id = label_job(store, waybill)["id"]
    mine = [e for e in seen if getattr(e, "job_id", None) == job_id]
    assert [type(e).__name__ for e in mine] == ["JobMoved", "JobChanged", "JobHandedOver", "JobChanged"]
    assert [e.state for e in mine if isinstance(e, JobChanged)] == ["sending", "sent"]
    assert isinstance(mine[2], JobHandedOver) and mine[2].nbytes == label_job(store, waybill)["bytes_total"]
    assert not any(isinstance(e, WorkerFault) for e in seen)


def test_a_printer_that_cannot_answer_status_is_tried(store, clock, warehouse, tmp_path):
    target = tmp_path / "printer.prn"
    from whs_app.printing.printers import add_printer
    from tests.print_fixtures import ADMIN
    add_printer(store, "2026-11-11 08:00:00", ADMIN, "F", f"file://{target}", "zpl", "label", "P01")
    with service(store, clock) as svc:
        waybill = pack(store, clock, warehouse, "T1")
        svc.wake()
        wait_until(lambda: label_job(store, waybill)["state"] == JobState.SENT)
        time.sleep(10 * FAST.idle_poll)           # idle: no status poll may reopen (truncate) the file
    assert waybill.encode() in target.read_bytes()
    assert store.printers.get("F")["last_state"] == "unknown"


def test_silent_ok_printer_prints_without_answering(store, clock, warehouse):
    with PrinterEmulator("tspl", lifetime=30) as quiet:
        quiet.set_condition(silent=True)
        configure(store, clock, "Q", quiet, silent_ok=True)
        with service(store, clock) as svc:
            waybill = pack(store, clock, warehouse, "T1")
            svc.wake()
            wait_until(lambda: settled(store))
        assert label_job(store, waybill)["state"] == JobState.SENT
        assert waybill.encode() in quiet.printed


def test_the_drill_flag_marks_the_label(store, clock, warehouse, emulators):
    a = emulators[0]
    configure(store, clock, "A", a)
    waybill = pack(store, clock, warehouse, "T1")
    store.execute("UPDATE print_jobs SET drill = 1 WHERE waybill_no = ?", (waybill,))
    with service(store, clock):
        wait_until(lambda: settled(store))
    from whs_app.printing.render import job_document
    document = job_document(store, label_job(store, waybill), clock.now())
    assert document.drill
    assert labels.render(document, "tspl", "100x150") in a.printed


def _in_state(store, waybill, state):
    job = label_job(store, waybill)
    return job if job["state"] == state else None
