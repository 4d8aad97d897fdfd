"""`simulate()`: one day through the floor model, from the plan's first order to the last pickup."""
from __future__ import annotations

import random

from whs_app.simulation.floor import Floor
from whs_app.simulation.orders import make_orders
from whs_app.simulation.rates import DayPlan, Rates, RatesError, WhatIf
from whs_app.simulation.result import SimResult, summarise

#: How long past the limit a day is followed before what is left counts as not shipped.
EXTRA_HORIZON_H = 7 * 24.0


def simulate(plan: DayPlan, rates: Rates, rng: random.Random, what_if: WhatIf = WhatIf(),
             horizon_h: float | None = None) -> SimResult:
    """Forecast the day. Deterministic for a given rng seed; raises RatesError on rates it cannot run."""
    plan.check()
    rates = what_if.apply(rates)
    horizon_h = plan.limit_h + EXTRA_HORIZON_H if horizon_h is None else horizon_h
    if horizon_h <= 0:
        raise RatesError(f"horizon_h must be positive (got {horizon_h})")
    floor = Floor(rates, make_orders(plan, rates, rng), rng, horizon_h * 3600.0)
    floor.run()
    return summarise(floor, plan, what_if.describe())
