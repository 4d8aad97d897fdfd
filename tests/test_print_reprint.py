"""Reprints: deliberate, audited, and from the second one on only with a supervisor's PIN."""
from __future__ import annotations

import json

import pytest

from whs_app.actor import Actor
from whs_app.printing.queue import JobState
from whs_app.printing.reprint import ReprintRefused, reprint
from tests.print_fixtures import (confirmation_required, configure, emulators, label_job, pack, queue,  # noqa: F401
                                  service, settled, wait_until)

PACKER = Actor("P01", "packer1")


@pytest.fixture
def unknown_label(store, clock, warehouse):
    """A label job whose outcome is unknown (it was cut off mid-send)."""
    waybill = pack(store, clock, warehouse, "T1")
    q = queue(store, clock)
    job = label_job(store, waybill)
    store.execute("UPDATE print_jobs SET printer = 'A' WHERE id = ?", (job["id"],))
    job = label_job(store, waybill)
    assert q.claim(job, "A", 1000) and q.unknown(job, "cut off", 300)
    return store.print_jobs.get(job["id"])


def test_a_first_reprint_is_the_packers_call_and_is_audited(store, clock, unknown_label):
    new_id = reprint(queue(store, clock, PACKER), unknown_label["id"], reason="label torn")
    old, new = store.print_jobs.get(unknown_label["id"]), store.print_jobs.get(new_id)
    assert old["state"] == JobState.REPRINTED
    assert new["state"] == JobState.QUEUED and new["reprint_of"] == old["id"] and new["requested_by"] == "packer1"
    assert (new["waybill_no"], new["parcel_id"], new["kind"]) == (old["waybill_no"], old["parcel_id"], "label")
    [event] = store.audit.for_entity("print_job", new_id)
    detail = json.loads(event["detail"])
    assert event["action"] == "print_job.reprint" and event["user_login"] == "packer1"
    assert detail["nth"] == 1 and detail["reason"] == "label torn" and detail["replaced_state"] == "unknown"
    assert store.audit.for_entity("print_job", old["id"])[-1]["action"] == "print_job.reprinted"


def sent_reprint(store, clock, job_id: int) -> dict:
    """Print a queued reprint as a worker would."""
    q = queue(store, clock)
    store.execute("UPDATE print_jobs SET printer = 'A' WHERE id = ?", (job_id,))
    job = store.print_jobs.get(job_id)
    assert q.claim(job, "A", 1000) and q.sent(job, 1000)
    return store.print_jobs.get(job_id)


@pytest.mark.parametrize("login, pin, why", [
    (None, None, "needs a supervisor"),
    ("packer2", "2468", "not a supervisor"),
    ("boss", "0000", "wrong PIN"),
    ("nobody", "2468", "not a supervisor"),
])
def test_a_second_reprint_needs_a_valid_supervisor_pin(store, clock, unknown_label, login, pin, why):
    first = reprint(queue(store, clock, PACKER), unknown_label["id"])
    sent_reprint(store, clock, first)
    with pytest.raises(ReprintRefused, match=why):
        reprint(queue(store, clock, PACKER), first, supervisor=login, pin=pin)
    assert store.print_jobs.get(first)["state"] == JobState.SENT
    assert store.print_jobs.reprint_count(unknown_label["id"]) == 1
    refused = store.audit.for_entity("print_job", first)[-1]
    assert refused["action"] == "print_job.reprint_refused" and "2468" not in refused["detail"]


def test_a_second_reprint_with_the_supervisors_pin_is_made_and_names_the_supervisor(store, clock, unknown_label):
    first = reprint(queue(store, clock, PACKER), unknown_label["id"])
    sent_reprint(store, clock, first)
    second = reprint(queue(store, clock, PACKER), first, supervisor="boss", pin="2468")
    job = store.print_jobs.get(second)
    assert job["reprint_of"] == unknown_label["id"]                # counted against the original label
    detail = json.loads(store.audit.for_entity("print_job", second)[0]["detail"])
    assert detail["nth"] == 2 and detail["supervisor"] == "boss"
    sent_reprint(store, clock, second)
    with pytest.raises(ReprintRefused, match="reprinted 2 time"):
        reprint(queue(store, clock, PACKER), second)


@pytest.mark.parametrize("state", ["queued", "sending"])
def test_a_job_still_on_its_way_cannot_be_reprinted(store, clock, warehouse, state):
    waybill = pack(store, clock, warehouse, "T1")
    job = label_job(store, waybill)
    store.execute("UPDATE print_jobs SET state = ? WHERE id = ?", (state, job["id"]))
    with pytest.raises(ReprintRefused, match="would print it twice"):
        reprint(queue(store, clock, PACKER), job["id"])
    assert store.print_jobs.reprint_count(job["id"]) == 0


def test_a_replaced_job_points_to_its_reprint(store, clock, unknown_label):
    first = reprint(queue(store, clock, PACKER), unknown_label["id"])
    with pytest.raises(ReprintRefused, match=f"job {first}"):
        reprint(queue(store, clock, PACKER), unknown_label["id"])


def test_reprinting_a_confirmed_label_keeps_it_confirmed(store, clock, unknown_label):
    q = queue(store, clock, PACKER)
    assert q.confirm(unknown_label)
    new_id = reprint(q, unknown_label["id"], reason="smudged")
    assert store.print_jobs.get(unknown_label["id"])["state"] == JobState.CONFIRMED
    assert store.print_jobs.latest_label(unknown_label["waybill_no"])["id"] == new_id


def test_no_such_job(store, clock, warehouse):
    with pytest.raises(ReprintRefused, match="no print job 99"):
        reprint(queue(store, clock, PACKER), 99)


def test_only_a_reprint_prints_a_label_twice_and_it_is_then_confirmed(store, clock, warehouse, emulators):
    confirmation_required(store, False)
    tspl = emulators[0]
    configure(store, clock, "A", tspl)
    with service(store, clock) as svc:
        waybill = pack(store, clock, warehouse, "T1")
        svc.wake()
        wait_until(lambda: settled(store))
        assert tspl.printed.count(waybill.encode()) == 2           # one label (the number is on it twice)
        new_id = reprint(queue(store, clock, PACKER), label_job(store, waybill)["id"])
        svc.wake()
        wait_until(lambda: store.print_jobs.get(new_id)["state"] == JobState.SENT)
    assert tspl.printed.count(waybill.encode()) == 4
    from whs_app.printing.confirm import confirm_label
    assert confirm_label(queue(store, clock, PACKER), waybill).job_id == new_id
    assert store.print_jobs.get(new_id)["state"] == JobState.CONFIRMED
