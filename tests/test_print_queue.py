"""The queue's rules one step at a time: a worker session driven from the test, no threads."""
from __future__ import annotations

import pytest

from devices.printers import PrinterState, PrinterStatus
from devices.printers.errors import printer_error
from whs_app.printing.alerts import AlertBook
from whs_app.printing.events import EventBus
from whs_app.printing.failover import fit_to_print, known_fit, route_pending
from whs_app.printing.printers import list_printers
from whs_app.printing.queue import JobState
from whs_app.printing.worker import Step, WorkerContext, WorkerSession
from tests.print_fixtures import (FAST, confirmation_required, emulators, group_of_three,  # noqa: F401
                                  label_job, pack, queue)


@pytest.fixture
def sessions(store, clock, warehouse, emulators):
    """Worker sessions for A, B and C, stepped by hand."""
    confirmation_required(store, False)
    group_of_three(store, clock, emulators)
    ctx = WorkerContext(store.path, clock, EventBus(), AlertBook(EventBus()), FAST)
    opened = {name: WorkerSession(ctx, name, poll_when_idle=False) for name in "ABC"}
    yield opened
    for session in opened.values():
        session.close()


def drain(session, steps: int = 20) -> list[Step]:
    outcomes = []
    for _ in range(steps):
        outcomes.append(session.step())
        if outcomes[-1] is not Step.PROGRESS:
            break
    return outcomes


@pytest.mark.parametrize("state, details, silent_ok, fit", [
    ("ready", (), False, True),
    ("paper_near_end", ("paper_near_end",), False, True),
    ("paper_out", ("paper_out",), False, False),
    ("error", ("head_open",), False, False),
    ("offline", ("unreachable",), False, False),
    ("unknown", ("no_answer",), False, False),      # silent where it could answer: not fine
    ("unknown", ("bad_reply",), False, False),
    ("unknown", ("no_answer",), True, True),        # configured as never answering
    ("unknown", ("not_supported",), False, True),   # cannot be asked over this connection
])
def test_fit_to_print_policy(state, details, silent_ok, fit):
    assert fit_to_print(state, details, silent_ok) is fit


def test_new_jobs_are_routed_to_the_first_fit_printer_of_their_chain(store, clock, warehouse, sessions):
    waybill = pack(store, clock, warehouse, "T1")
    store.printers.set_state("A", "paper_out", "paper_out", "2026-11-11 08:00:00")
    assert route_pending(queue(store, clock), "P01") == 2
    assert label_job(store, waybill)["printer"] == "B"
    assert [known_fit(p) for p in list_printers(store, "P01")] == [False, True, True]   # C never polled: fit


def test_when_no_printer_is_fit_new_jobs_wait_on_the_primary(store, clock, warehouse, sessions):
    for name in "ABC":
        store.printers.set_state(name, "offline", "unreachable", "2026-11-11 08:00:00")
    waybill = pack(store, clock, warehouse, "T1")
    route_pending(queue(store, clock), "P01")
    assert label_job(store, waybill)["printer"] == "A"


def test_failover_moves_queued_jobs_in_chain_order_skipping_known_down(store, clock, warehouse, sessions, emulators):
    a, b, c = emulators
    waybill = pack(store, clock, warehouse, "T1")
    route_pending(queue(store, clock), "P01")
    store.printers.set_state("B", "offline", "unreachable", "2026-11-11 08:00:00")
    a.run_out_of_paper()
    assert sessions["A"].step() is Step.PROGRESS            # the poll said no: jobs moved
    assert label_job(store, waybill)["printer"] == "C"
    assert a.printed == b"" and sessions["A"].handed_on
    audit = store.audit.for_entity("print_job", label_job(store, waybill)["id"])
    moved = [e for e in audit if e["action"] == "print_job.failover"]
    assert moved and '"to":"C"' in moved[0]["detail"] and "paper" in moved[0]["detail"]
    assert drain(sessions["C"])[-1] is Step.IDLE
    assert label_job(store, waybill)["state"] == JobState.SENT


def test_a_send_refused_before_any_byte_goes_back_to_the_queue_and_fails_over(store, clock, warehouse, sessions,
                                                                             monkeypatch, emulators):
    waybill = pack(store, clock, warehouse, "T1")
    refused = printer_error("refused", target="A")
    monkeypatch.setattr(sessions["A"].transport, "send", lambda data: (_ for _ in ()).throw(refused))
    sessions["A"].step()
    job = label_job(store, waybill)
    assert job["state"] == JobState.QUEUED and job["attempts"] == 1 and "refused" in job["error"]
    emulators[0].go_offline()
    sessions["A"].step()                                     # now the poll sees it: fail over
    assert label_job(store, waybill)["printer"] == "B"
    drain(sessions["B"])
    assert label_job(store, waybill)["state"] == JobState.SENT and label_job(store, waybill)["attempts"] == 2


def test_a_send_that_may_have_printed_is_unknown_and_no_step_ever_resends_it(store, clock, warehouse, sessions,
                                                                            monkeypatch, emulators):
    a, b, c = emulators
    waybill = pack(store, clock, warehouse, "T1")
    cut = printer_error("write_timeout", target="A", timeout="1", bytes_sent=4096)
    real_send = sessions["A"].transport.send
    monkeypatch.setattr(sessions["A"].transport, "send", lambda data: (_ for _ in ()).throw(cut))
    sessions["A"].step()
    job = label_job(store, waybill)
    assert job["state"] == JobState.UNKNOWN and job["bytes_sent"] == 4096 and "not be re-sent" in job["error"]
    monkeypatch.setattr(sessions["A"].transport, "send", real_send)
    for name in "ABC":
        drain(sessions[name])
    assert label_job(store, waybill)["state"] == JobState.UNKNOWN
    assert waybill.encode() not in a.received + b.received + c.received
    assert store.print_jobs.get(job["id"])["attempts"] == 1


def test_claim_is_conditional_so_a_job_is_never_sent_by_two_workers(store, clock, warehouse, sessions):
    waybill = pack(store, clock, warehouse, "T1")
    route_pending(queue(store, clock), "P01")
    job = label_job(store, waybill)
    q = queue(store, clock)
    assert q.claim(job, "A", 100)
    assert not q.claim(job, "A", 100)                        # already sending
    assert not q.move(job, "B", "test")                      # a job being sent never moves
    other = store.print_jobs.get(job["id"] + 1)
    assert not q.claim(other, "B", 100)                      # it is queued on A, not B


def test_every_change_is_audited_with_the_worker_as_actor(store, clock, warehouse, sessions):
    waybill = pack(store, clock, warehouse, "T1")
    drain(sessions["A"])
    job = label_job(store, waybill)
    audit = store.audit.for_entity("print_job", job["id"])
    assert [e["action"] for e in audit] == ["print_job.route", "print_job.sending", "print_job.sent"]
    assert {(e["station"], e["user_login"]) for e in audit} == {("P01", "print-worker")}


def test_recovery_turns_every_job_left_sending_into_unknown(store, clock, warehouse, sessions):
    for n in range(2):
        pack(store, clock, warehouse, f"T{n}")
    route_pending(queue(store, clock), "P01")
    store.execute("UPDATE print_jobs SET state = 'sending' WHERE id IN (1, 2)")
    assert sessions["A"].recover() == [1, 2]
    assert states_of(store, 1, 2, 3) == ["unknown", "unknown", "queued"]


def test_the_repository_refuses_to_set_columns_it_does_not_know(store):
    with pytest.raises(ValueError):
        store.print_jobs.change(1, ("queued",), "sent", "now", station="P02")


def test_a_status_with_paper_near_end_still_prints(store, clock, warehouse, sessions, emulators):
    emulators[2].paper_near_end()                            # ESC/POS reports it (TSPL cannot)
    for name in "AB":
        store.printers.set_state(name, "offline", "unreachable", "2026-11-11 08:00:00")
    waybill = pack(store, clock, warehouse, "T1")
    drain(sessions["C"])
    assert label_job(store, waybill)["printer"] == "C" and label_job(store, waybill)["state"] == JobState.SENT
    assert "paper near end" in label_job(store, waybill)["error"]        # the note on the sent job


def test_problem_of_an_unknown_status_names_the_printer(store, clock, warehouse, sessions, emulators):
    emulators[0].set_condition(silent=True)
    waybill = pack(store, clock, warehouse, "T1")
    route_pending(queue(store, clock), "P01")
    sessions["B"].check()
    store.printers.set_state("B", "offline", "unreachable", "2026-11-11 08:00:00")
    store.printers.set_state("C", "offline", "unreachable", "2026-11-11 08:00:00")
    assert sessions["A"].step() is Step.BLOCKED
    assert "does not answer" in label_job(store, waybill)["error"]
    assert PrinterStatus(PrinterState.UNKNOWN, ("no_answer",)).problem("x") is None


def states_of(store, *ids):
    return [store.print_jobs.get(i)["state"] for i in ids]
