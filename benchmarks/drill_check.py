"""A scripted drill against the simulation's forecast of it (simulate_vs_drill_finish_error).

The drill runs on a shadow of a demo warehouse (no live orders needed: the volume is given) with a
small virtual crew and fast queue printers; its rates and crew are measured from its database
alone (whs_app/drill/rates.py). The simulation gets those rates and the drill's day, and forecasts
the last order packed (median of SEEDS runs): the drill's own finish (measure.py: the last order
packed once nothing is left to do). The one thing told rather than measured: the drill's virtual
exception desk releases an order as soon as it has handled it (a rehearsal has no buyers to wait
for), so the simulation's wait for the buyer's answer is 0 here.
"""
from __future__ import annotations

import random
import statistics
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

from whs_app.actor import Actor
from whs_app.clock import ManualClock, parse_time
from whs_app.demo import seed_master_data
from whs_app.drill import service
from whs_app.drill.floor import Crew
from whs_app.drill.run import RunOptions
from whs_app.simulation import DayPlan, ServiceTime, simulate
from whs_app.store import Store

DRILL_ORDERS = 200
CREW = Crew(packers=2, pickers=1, exception_handlers=1)
SEEDS = 5
NO_BUYERS = ServiceTime(0.0, 0.0)
BOSS = Actor("OFFICE", "super")


@dataclass(frozen=True)
class DrillCheck:
    drill_finish_h: float
    forecast_finish_h: float

    @property
    def error(self) -> float:
        return abs(self.forecast_finish_h - self.drill_finish_h) / self.drill_finish_h


def drill_vs_simulation(orders: int = DRILL_ORDERS, crew: Crew = CREW) -> DrillCheck:
    with tempfile.TemporaryDirectory() as folder:
        live = Path(folder) / "whs.db"
        with Store.open(live) as store:
            seed_master_data(store, ManualClock("2026-11-01 09:00:00"), random.Random(3), pool=5000)
        path, info = service.new_drill(live, ManualClock("2026-11-02 09:00:00"), BOSS, "bench", orders=orders, seed=7)
        outcome = service.start_drill(live, path, RunOptions(crew=crew, printers="queue"))
        figures = service.drill_result(path).figures
        if outcome.reason != "done" or figures.finish_h is None:
            raise RuntimeError(f"the scripted drill did not finish its day: {outcome.as_dict()}")
        rates = replace(service.drill_rates(path, base=crew.rates), exception_wait=NO_BUYERS)
    plan = DayPlan(volume=info.orders, start=parse_time(f"{info.day} 00:00:00"))
    forecasts = [simulate(plan, rates, random.Random(seed)).last_packed_h for seed in range(SEEDS)]
    return DrillCheck(figures.finish_h, statistics.median(forecasts))
