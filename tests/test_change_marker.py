"""The change marker the floor screens poll every second (store.monitoring.change_marker): it stays put
while nothing happens and moves when another station packs, a print job changes state or a printer's
worker stores what it saw; it costs a seek, whatever the size of the day."""
from __future__ import annotations

import pytest

from whs_app.actor import Actor
from whs_app.clock import stamp
from whs_app.printing.printers import add_printer
from whs_app.printing.queue import PrintQueue
from whs_app.store import Store
from tests.board_fixtures import OFFICE, pack
from tests.pack_fixtures import ready_order


@pytest.fixture
def station(store):
    """A second station: its own connection to the same database."""
    with Store.open(store.path, create=False) as other:
        yield other


@pytest.fixture
def printer(store, clock, warehouse):
    add_printer(store, stamp(clock.now()), OFFICE, "LBL-P02", "tcp://192.0.2.1:9100", "tspl", "label", "P02")
    return "LBL-P02"


def test_nothing_written_leaves_the_marker_where_it_was(store, station, printer):
    marker = store.monitoring.change_marker()
    station.printers.all()                        # reading is no change
    assert store.monitoring.change_marker() == marker
    with station.transaction():                   # a worker that sees the same state again stores nothing
        station.printers.set_state(printer, "ready", "", "2026-11-11 08:00:00")
    marker = store.monitoring.change_marker()
    with station.transaction():
        station.printers.set_state(printer, "ready", "", "2026-11-11 08:00:05")
    assert store.monitoring.change_marker() == marker


def test_a_pack_at_another_station_moves_the_marker(store, station, clock, warehouse):
    ready_order(store, warehouse, "M1", {"SOCKS-5P": 1})
    before = store.monitoring.change_marker()
    pack(station, clock, "M1", Actor("P02", "packer1"))
    assert store.monitoring.change_marker() != before


def test_a_print_job_changing_state_moves_the_marker(store, station, clock, warehouse, printer):
    job_id = station.print_jobs.add("label", "P02", stamp(clock.now()))
    queue = PrintQueue(station, clock, Actor("P02", "print-worker"))
    before = store.monitoring.change_marker()
    assert queue.route(station.print_jobs.get(job_id), printer)
    routed = store.monitoring.change_marker()
    assert routed != before
    assert queue.claim(station.print_jobs.get(job_id), printer, 100)
    assert store.monitoring.change_marker() != routed


def test_a_printer_going_offline_moves_the_marker_though_it_is_not_audited(store, station, printer):
    with station.transaction():
        station.printers.set_state(printer, "ready", "", "2026-11-11 08:00:00")
    before = store.monitoring.change_marker()
    with station.transaction():                   # the same second: the time alone would not tell
        station.printers.set_state(printer, "offline", "", "2026-11-11 08:00:00")
    assert store.monitoring.change_marker() != before


def test_an_event_committed_below_one_already_seen_still_moves_the_marker(store, station, clock):
    """PostgreSQL numbers rows before they commit: a slow station can commit id 5 after a fast one's 6."""
    if store.backend != "postgresql":
        pytest.skip("SQLite has one writer at a time: events commit in the order they are numbered")
    slow, fast = Actor("P01", "packer1"), Actor("P02", "packer2")
    at = stamp(clock.now())
    with store.transaction():
        store.audit.record(at, slow, "test.slow", "test", 1)
        with station.transaction():
            station.audit.record(at, fast, "test.fast", "test", 2)
        seen = station.monitoring.change_marker()
    after = station.monitoring.change_marker()
    assert after[0] == seen[0]                    # the newest event is the same: its number alone would not tell
    assert after != seen


@pytest.mark.sqlite_only
def test_the_marker_seeks_the_newest_event_and_never_scans_the_log(store):
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    try:
        store.monitoring.change_marker()
    finally:
        store.conn.set_trace_callback(None)
    plans = {sql: " | ".join(row[3] for row in store.all(f"EXPLAIN QUERY PLAN {sql}")) for sql in statements}
    newest = next(plan for sql, plan in plans.items() if "audit_events" in sql)
    assert newest.startswith("SEARCH audit_events"), newest
    assert not any("audit_events" in plan and "SCAN" in plan for plan in plans.values()), plans
