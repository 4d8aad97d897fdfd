"""A drill's measured rates: the exception desk's own handling time and size, the crew's wave rhythm."""
from __future__ import annotations

import random
from dataclasses import replace
from datetime import datetime

import pytest

from whs_app.clock import ManualClock
from whs_app.demo import seed_master_data
from whs_app.drill import service
from whs_app.drill.faults import make_cue
from whs_app.drill.floor import Crew
from whs_app.drill.rates import _handling_gaps
from whs_app.drill.run import RunOptions
from whs_app.simulation.rates import Rates, ServiceTime
from whs_app.store import Store
from tests.drill_fixtures import BOSS

#: The desk takes 4 minutes an order, always: what the measured rates must find, whatever the queue.
DESK = ServiceTime(240.0, 0.0)


def _row(order_id: int, at: str | None, by: str | None = "vdesk01", raised: str = "2026-11-02 00:10:00") -> dict:
    return {"order_id": order_id, "reason": "refund_requested", "raised_at": raised, "resolved_at": at,
            "resolution": "released", "resolved_by": by}


def test_handling_is_the_time_between_one_handler_s_resolutions_not_raised_to_resolved():
    rows = [_row(1, "2026-11-02 08:02:00"), _row(1, "2026-11-02 08:02:00"),          # one order, two reasons
            _row(2, "2026-11-02 08:04:00"), _row(3, "2026-11-02 08:07:00"),
            _row(4, "2026-11-02 09:30:00"),                                           # after a break: not work
            _row(5, "2026-11-02 08:05:00", by="vdesk02"), _row(6, "2026-11-02 08:06:30", by="vdesk02"),
            _row(7, None), _row(8, "2026-11-02 08:09:00", by=None)]
    assert sorted(_handling_gaps(rows)) == [90.0, 120.0, 180.0]


@pytest.fixture(scope="module")
def measured(tmp_path_factory):
    """A small scripted drill with a slow desk of two, waves every two hours, and its measured rates."""
    folder = tmp_path_factory.mktemp("rates")
    live = folder / "whs.db"
    with Store.open(live) as store:
        seed_master_data(store, ManualClock("2026-11-01 09:00:00"), random.Random(3), pool=800)
    path, _ = service.new_drill(live, ManualClock("2026-11-02 09:00:00"), BOSS, "rates", orders=120, seed=5)
    crew = Crew(packers=2, pickers=2, exception_handlers=2,
                rates=replace(Rates(), exception_resolve=DESK, wave_interval_s=7200.0))
    service.request_fault(path, BOSS, make_cue("exception-burst", knobs={"count": "12"}))
    service.start_drill(live, path, RunOptions(crew=crew, printers="queue"))
    with Store.open(path) as store:
        waves = [datetime.fromisoformat(row[0]) for row in store.all("SELECT DISTINCT created_at FROM waves"
                                                                     " ORDER BY created_at")]
    return {"rates": service.drill_rates(path), "waves": waves}


def test_the_measured_exception_time_is_the_desk_s_own_and_the_desk_is_the_crew_s(measured):
    rates = measured["rates"]
    assert rates.exception_resolve.mean_s == pytest.approx(DESK.mean_s, abs=2)   # not hours of queue and night
    assert rates.exception_handlers == 2


def test_the_virtual_supervisor_waves_at_the_rates_interval(measured):
    waves = measured["waves"]
    assert len(waves) >= 2
    assert min((b - a).total_seconds() for a, b in zip(waves, waves[1:])) >= 7200
