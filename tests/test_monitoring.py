"""The monitoring board's data (监视盘): orders per hour against the plan, stages, the burn-down
against the 72-hour limit, printers, exceptions and packers, read from a known warehouse day."""
from __future__ import annotations

import re
from datetime import datetime, timedelta

import pytest

from whs_app.monitoring import board_snapshot
from whs_app.monitoring.burndown import burn_down
from whs_app.monitoring.plan import day_plan, hour_shares, share_by
from tests.board_fixtures import NOW, at, known_day
from tests.review_fixtures import add_orders, configure, new_order


@pytest.fixture
def day(store, warehouse, clock, tmp_path):
    known_day(store, clock, tmp_path)
    return store


# -- the plan ---------------------------------------------------------------------------------
def test_the_plan_follows_the_five_double_11_waves():
    shares = hour_shares()
    assert sum(shares) == pytest.approx(1.0)
    assert shares[0] == pytest.approx(0.25 / 1.5) and shares[1] == pytest.approx(0.25 / 3)
    assert shares[9] == pytest.approx(0.10) and shares[10] == pytest.approx(0.10) and shares[23] == pytest.approx(0.15)
    assert shares[5] == 0 and shares[12] == 0
    assert share_by(10.5) == pytest.approx(0.40)


def test_the_plan_is_the_forecast_when_set_else_projected_from_the_orders_paid_so_far():
    assert day_plan(30_000, 7, 10.5).total == 30_000 and not day_plan(30_000, 7, 10.5).projected
    projected = day_plan(0, 4_000, 10.5)
    assert projected.projected and projected.total == 10_000
    assert projected.per_hour()[0] == pytest.approx(10_000 * 0.25 / 1.5)
    assert day_plan(0, 0, 0.0).total == 0


# -- the burn-down ----------------------------------------------------------------------------
def test_the_burn_down_works_back_from_the_orders_waiting_now_and_forecasts_at_the_recent_rate():
    hours = [at("08:00"), at("09:00"), at("10:00")]
    burn = burn_down(NOW, hours, paid=[2, 5, 1], shipped=[0, 1, 3], remaining=40, to_pack=30, packed_recently=12,
                     oldest_paid=at("00:10"))
    assert burn.points == ((at("08:00"), 36), (at("09:00"), 38), (at("10:00"), 42), (NOW, 40))
    assert burn.rate == 12 and burn.finish == NOW + timedelta(hours=2.5)
    assert burn.limit == at("00:10") + timedelta(hours=72)
    assert burn.beats_limit and burn.margin == burn.limit - burn.finish


def test_a_forecast_past_the_oldest_orders_72_hours_misses_the_limit():
    oldest = NOW - timedelta(hours=70)
    burn = burn_down(NOW, [], [], [], remaining=500, to_pack=500, packed_recently=100, oldest_paid=oldest)
    assert burn.finish == NOW + timedelta(hours=5) and burn.limit == NOW + timedelta(hours=2)
    assert burn.beats_limit is False and burn.margin == -timedelta(hours=3)


def test_without_packing_in_the_last_hour_there_is_no_forecast_and_with_nothing_left_it_is_done():
    stalled = burn_down(NOW, [], [], [], remaining=5, to_pack=5, packed_recently=0, oldest_paid=at("01:00"))
    assert stalled.finish is None and stalled.beats_limit is None and stalled.margin is None
    done = burn_down(NOW, [], [], [], remaining=0, to_pack=0, packed_recently=0, oldest_paid=None)
    assert done.finish == NOW and done.limit is None and done.beats_limit
    packed_only = burn_down(NOW, [], [], [], remaining=3, to_pack=0, packed_recently=0, oldest_paid=at("01:00"))
    assert packed_only.finish == NOW and packed_only.beats_limit


def test_orders_already_past_72_hours_miss_the_limit_whatever_the_rate():
    burn = burn_down(NOW, [], [], [], remaining=2, to_pack=2, packed_recently=60, oldest_paid=NOW - timedelta(hours=73),
                     overdue=1)
    assert burn.beats_limit is False


# -- the snapshot -----------------------------------------------------------------------------
def test_orders_per_hour_today_against_the_projected_plan(day, clock):
    snap = board_snapshot(day, clock)
    assert snap.at == NOW
    assert [(h.hour, h.paid) for h in snap.hours if h.paid] == [(0, 3), (1, 1), (9, 3)]
    assert [(h.hour, h.packed) for h in snap.hours if h.packed] == [(10, 2)]
    assert snap.paid_today == 7 and snap.packed_today == 2
    assert snap.plan.projected and snap.plan.total == round(7 / 0.40)
    assert snap.hours[9].plan == pytest.approx(snap.plan.total * 0.10)


def test_the_plan_is_the_warehouses_forecast_once_set(day, clock):
    configure(day, planned_orders=1000)
    snap = board_snapshot(day, clock)
    assert not snap.plan.projected and snap.plan.total == 1000
    assert snap.hours[0].plan == pytest.approx(1000 * 0.25 / 1.5)


def test_orders_waiting_per_stage_and_shipped_today(day, clock):
    snap = board_snapshot(day, clock)
    assert [(s.code, s.orders) for s in snap.stages] == [
        ("review", 1), ("exception", 1), ("ready", 3), ("picking", 0), ("packing", 0), ("packed", 1), ("shipped", 1)]
    assert snap.backlog == 6 and snap.shipped_today == 1


def test_the_burn_down_of_the_day_and_its_forecast_against_the_72_hours(day, clock):
    burn = board_snapshot(day, clock).burn
    assert burn.points[0] == (at("00:00"), 0) and burn.points[1] == (at("01:00"), 3)
    assert burn.points[-3:] == ((at("09:00"), 4), (at("10:00"), 7), (NOW, 6))
    assert burn.remaining == 6 and burn.to_pack == 5
    assert burn.rate == 2 and burn.finish == NOW + timedelta(hours=2.5)
    assert burn.limit == at("00:20") + timedelta(hours=72)      # X1, the exception, waits longest
    assert burn.beats_limit and burn.overdue == 0


def test_the_burn_down_starts_at_the_oldest_waiting_order_when_it_came_before_today(day, clock):
    add_orders(day, clock, new_order("OLD", paid_at="2026-11-10 20:45:00"))
    burn = board_snapshot(day, clock).burn
    assert burn.points[0] == (datetime(2026, 11, 10, 20, 0), 0) and burn.points[1][1] == 1
    assert burn.limit == datetime(2026, 11, 13, 20, 45)
    clock.set("2026-11-13 21:00:00")
    late = board_snapshot(day, clock).burn
    assert late.overdue == 1 and late.beats_limit is False
    assert late.points[0][0] == datetime(2026, 11, 10, 21, 0)       # at most 72 hours back


def test_each_packers_parcels_in_the_last_hour_and_today(day, clock):
    packers = board_snapshot(day, clock).packers
    assert [(p.login, p.name, p.station, p.last_hour, p.today, p.per_hour) for p in packers] == [
        ("packer1", "张三", "P01", 1, 1, 1.0), ("packer2", "李四", "P02", 1, 1, 1.0)]
    clock.set(at("11:10"))
    later = board_snapshot(day, clock).packers
    assert [(p.login, p.last_hour, p.today) for p in later] == [("packer2", 1, 1), ("packer1", 0, 1)]


def test_printers_with_their_state_and_queue_and_the_exception_queue_by_reason(day, clock):
    snap = board_snapshot(day, clock)
    [printer] = snap.printers
    assert (printer.name, printer.station, printer.role, printer.state, printer.usable, printer.queued) == (
        "LBL-P01", "P01", "label", "paper_out", False, 1)
    open_jobs = day.scalar("SELECT COUNT(*) FROM print_jobs WHERE printer IS NULL AND state = 'queued'")
    assert snap.unrouted_jobs == open_jobs > 0
    assert snap.exceptions == (("address_incomplete", 1),)
    assert [c.code for c in snap.carriers] == [c.code for c in day.carriers.all()]


def test_the_carrier_board_is_read_again_once_a_minute(day, clock):
    first = board_snapshot(day, clock)
    assert first.carriers_at == NOW
    clock.advance(seconds=30)
    again = board_snapshot(day, clock, first)
    assert again.carriers is first.carriers and again.carriers_at == NOW and again.at == clock.now()
    clock.advance(seconds=30)
    fresh = board_snapshot(day, clock, again)
    assert fresh.carriers_at == clock.now() and fresh.carriers == first.carriers


def test_an_empty_database_gives_an_empty_board(store, clock):
    snap = board_snapshot(store, clock)
    assert all(s.orders == 0 for s in snap.stages) and snap.paid_today == 0 and snap.plan.total == 0
    assert snap.burn.remaining == 0 and snap.burn.finish == clock.now() and snap.burn.beats_limit
    assert snap.burn.points[-1] == (clock.now(), 0)
    assert (snap.carriers, snap.printers, snap.packers, snap.exceptions) == ((), (), (), ())


@pytest.mark.sqlite_only   # reads SQLite's query plans
def test_the_boards_counts_seek_indexes_rather_than_scan_orders_or_parcels(day, clock):
    """A million orders must not make the board slow: no query of the board's own reads a whole table."""
    statements: list[str] = []
    day.conn.set_trace_callback(statements.append)
    try:
        board = day.monitoring
        board.paid_per_span([("2026-11-11 00:00:00", "2026-11-11 01:00:00")], ["new", "shipped"])
        board.packed_per_span([("2026-11-11 00:00:00", "2026-11-11 01:00:00")])
        board.shipped_per_span([("2026-11-11 00:00:00", "2026-11-11 01:00:00")])
        board.count_in_states(["new", "ready"])
        board.oldest_paid(["new", "ready"])
        board.paid_before(["new", "ready"], "2026-11-08 00:00:00")
        board.packers("2026-11-11 00:00:00", "2026-11-11 09:30:00", "2026-11-11 10:30:01")
        board.open_jobs_by_printer()
    finally:
        day.conn.set_trace_callback(None)
    plans = {sql: " | ".join(row[3] for row in day.all(f"EXPLAIN QUERY PLAN {sql}")) for sql in statements}
    assert len(plans) >= 8
    for sql, plan in plans.items():
        assert not re.search(r"\bSCAN (orders|parcels|print_jobs|p|o)\b", plan), (sql, plan)
        assert "INDEX" in plan, (sql, plan)
