"""The fast-forward simulation of a peak day (whs_app.simulation).

simulate_24k_day_s (goal ≤ 1 s): the median of 5 runs of `simulate()` on the default 24,000-order
  Double 11 day with the default rates (20 packers, 20 pickers, 22 printers, five carriers), each
  with its own seed: drawing the orders, the SimPy run to the last pickup, and the summary.
simulate_24k_finish_h: that day's forecast finish (hours after midnight of the day), for information.
simulate_vs_drill_finish_error (goal ≤ 0.10): a scripted drill (benchmarks/drill_check.py) is run,
  its rates measured (whs_app.drill.service.drill_rates); the simulation, given those rates and the
  drill's volume and day, forecasts when the last order is packed (median of 5 seeds); the figure is
  |forecast − drill's measured finish| ÷ drill's measured finish, both in hours from midnight of the day.
"""
from __future__ import annotations

import random
import statistics
import time

from benchmarks.figures import Benchmark, Figure, at_most, report
from whs_app.simulation import DayPlan, Rates, simulate

RUNS = 5


def run_day() -> list[Figure]:
    plan, rates = DayPlan(volume=24_000), Rates()
    took, finish = [], []
    for seed in range(RUNS):
        started = time.perf_counter()
        result = simulate(plan, rates, random.Random(seed))
        took.append(time.perf_counter() - started)
        assert result.shipped + result.cancelled == plan.volume, result.as_text()
        finish.append(result.finish_h)
    return [at_most("simulate_24k_day_s", statistics.median(took), "s", 1.0),
            report("simulate_24k_finish_h", statistics.median(finish), "h")]


BENCHMARKS = [Benchmark(names=("simulate_24k_day_s", "simulate_24k_finish_h"), run=run_day)]


def run_drill_check() -> list[Figure]:
    from benchmarks.drill_check import drill_vs_simulation
    check = drill_vs_simulation()
    return [at_most("simulate_vs_drill_finish_error", check.error, "", 0.10),
            report("simulate_vs_drill_drill_finish_h", check.drill_finish_h, "h"),
            report("simulate_vs_drill_forecast_finish_h", check.forecast_finish_h, "h")]


BENCHMARKS.append(Benchmark(names=("simulate_vs_drill_finish_error", "simulate_vs_drill_drill_finish_h",
                                   "simulate_vs_drill_forecast_finish_h"), run=run_drill_check))
