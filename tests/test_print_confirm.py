"""Confirming labels: the packer scans the label just printed; the wrong label is refused."""
from __future__ import annotations

import pytest

from whs_app.actor import Actor
from whs_app.codes import Command
from whs_app.packing import Event, PackingSession
from whs_app.printing.confirm import confirm_at_station
from whs_app.printing.failover import route_pending
from whs_app.printing.queue import JobState
from whs_app.printing.printers import add_printer
from tests.print_fixtures import ADMIN, confirmation_required, label_job, pack, queue
from tests.pack_fixtures import ready_order

JEANS, SOCKS = "6901234567003", "6901234567005"


@pytest.fixture
def printer(store, clock, warehouse):
    """A label printer at P01, never connected to: these tests move jobs through the queue by hand."""
    return add_printer(store, "2026-11-11 08:00:00", ADMIN, "A", "tcp://192.0.2.1:9100", "tspl", "label", "P01")


@pytest.fixture
def session(store, clock, printer):
    return PackingSession(store, clock, Actor("P01", "packer1"))


def printed(store, clock, waybill: str, state: str = "sent") -> dict:
    """Move a label job as a worker would: routed, sending, then `state`."""
    q = queue(store, clock)
    route_pending(q, "P01")
    job = label_job(store, waybill)
    assert q.claim(job, job["printer"], 1000)
    if state == "sent":
        assert q.sent(job, 1000)
    elif state == "unknown":
        assert q.unknown(job, "cut off", 500)
    return store.print_jobs.get(job["id"])


def test_the_next_order_waits_for_the_label_scan_which_confirms_it(store, clock, warehouse, session):
    waybill = pack(store, clock, warehouse, "T1", session=session)
    ready_order(store, warehouse, "T2", {"JEANS-32": 1})
    printed(store, clock, waybill)
    refused = session.scan("T2")
    assert not refused.ok and waybill in refused.message and "scan the label just printed" in refused.message
    confirmed = session.scan(waybill)
    assert confirmed.ok and confirmed.event == Event.LABEL_CONFIRMED and confirmed.waybill_no == waybill
    job = label_job(store, waybill)
    assert job["state"] == JobState.CONFIRMED and job["confirmed_at"] == "2026-11-11 08:00:00"
    assert store.audit.for_entity("print_job", job["id"])[-1]["user_login"] == "packer1"
    assert session.scan("T2").event == Event.OPENED


def test_without_the_setting_the_next_order_opens_and_the_label_stays_unconfirmed(store, clock, warehouse, printer):
    confirmation_required(store, False)
    session = PackingSession(store, clock, Actor("P01", "packer1"))
    waybill = pack(store, clock, warehouse, "T1", session=session)
    printed(store, clock, waybill)
    ready_order(store, warehouse, "T2", {"JEANS-32": 1})
    assert session.scan("T2").event == Event.OPENED
    assert label_job(store, waybill)["state"] == JobState.SENT


@pytest.mark.parametrize("required", [True, False])
def test_another_parcels_label_is_refused_naming_both(store, clock, warehouse, printer, required):
    confirmation_required(store, required)
    other = pack(store, clock, warehouse, "T0", station="P02")       # sealed at the next bench
    session = PackingSession(store, clock, Actor("P01", "packer1"))
    mine = pack(store, clock, warehouse, "T1", session=session)
    printed(store, clock, mine)
    result = session.scan(other)
    assert not result.ok and result.event == Event.REFUSED
    assert all(text in result.message for text in (other, "T0", mine, "T1", "Wrong label"))
    assert label_job(store, mine)["state"] == JobState.SENT
    assert store.audit.for_entity("station", "P01")[-1]["action"] == "scan.refused"


def test_a_label_not_printed_yet_cannot_be_confirmed(store, clock, warehouse, session):
    waybill = pack(store, clock, warehouse, "T1", session=session)
    result = session.scan(waybill)
    assert not result.ok and "has not printed yet" in result.message and "queued" in result.message
    assert label_job(store, waybill)["state"] == JobState.QUEUED


def test_a_failed_label_is_refused_with_the_way_out(store, clock, warehouse, session):
    waybill = pack(store, clock, warehouse, "T1", session=session)
    route_pending(queue(store, clock), "P01")
    queue(store, clock).failed(label_job(store, waybill), "no font")
    result = session.scan(waybill)
    assert not result.ok and "failed to print" in result.message and "whs jobs reprint" in result.message


def test_a_label_of_unknown_outcome_in_the_packers_hand_is_confirmed(store, clock, warehouse, session):
    waybill = pack(store, clock, warehouse, "T1", session=session)
    printed(store, clock, waybill, "unknown")
    assert session.scan(waybill).event == Event.LABEL_CONFIRMED
    assert label_job(store, waybill)["state"] == JobState.CONFIRMED


def test_a_station_without_a_label_printer_does_not_wait(store, clock, warehouse):
    session = PackingSession(store, clock, Actor("P01", "packer1"))
    pack(store, clock, warehouse, "T1", session=session)
    ready_order(store, warehouse, "T2", {"JEANS-32": 1})
    assert session.scan("T2").event == Event.OPENED


def test_a_restarted_station_still_waits_for_the_label(store, clock, warehouse, session):
    waybill = pack(store, clock, warehouse, "T1", session=session)
    printed(store, clock, waybill)
    ready_order(store, warehouse, "T2", {"JEANS-32": 1})
    restarted = PackingSession(store, clock, Actor("P01", "packer1"))
    assert not restarted.scan("T2").ok
    assert restarted.scan(waybill).event == Event.LABEL_CONFIRMED
    assert PackingSession(store, clock, Actor("P01", "packer1")).scan("T2").event == Event.OPENED


def test_each_box_of_a_split_order_has_its_label_scanned(store, clock, warehouse, session):
    ready_order(store, warehouse, "T1", {"SOCKS-5P": 1, "JEANS-32": 1})
    ready_order(store, warehouse, "T2", {"JEANS-32": 1}, receiver_name="李雷")   # not merged with T1
    session.scan("T1")
    session.scan(SOCKS)
    first = session.scan(Command.SPLIT).waybill_no
    printed(store, clock, first)
    assert session.scan(first).event == Event.LABEL_CONFIRMED     # while box 2 is open
    second = session.scan(JEANS).waybill_no
    printed(store, clock, second)
    assert not session.scan("T2").ok
    assert session.scan(second).event == Event.LABEL_CONFIRMED
    assert session.scan("T2").event == Event.OPENED


def test_confirm_at_another_station_is_refused(store, clock, warehouse, session):
    waybill = pack(store, clock, warehouse, "T1", session=session)
    printed(store, clock, waybill)
    check = confirm_at_station(store, clock, Actor("P02", "packer2"), waybill)
    assert not check.ok and "station P01" in check.message
    assert confirm_at_station(store, clock, Actor("P01", "packer1"), waybill).ok


def test_confirm_of_a_waybill_without_a_job_says_so(store, clock, warehouse, session):
    check = confirm_at_station(store, clock, Actor("P01", "packer1"), "ZT9999999999")
    assert not check.ok and "no label job" in check.message
