"""review_waves_24k_s: review plus wave planning of a 24,000-order Double 11 day (goal ≤ 1 s).

The day (demo master data and 24,000 synthetic orders, as an import leaves them) is built once and
cached; each timed run works on a fresh copy. Also reports review and planning on their own, and
`machine_ref_s`: a fixed pure-Python loop timed between the runs, which depends on nothing of whs. Its
ratio to the total (`review_waves_vs_machine_ref`) moves less than the total does when the
machine's load changes, so it compares one day with another; on another machine, the ratio times that
machine's `machine_ref_s` estimates the total.
"""
from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.figures import Benchmark, Figure, at_most, report
from benchmarks.fixtures import cached_db, fresh_copy, import_day, schema_tag
from whs_app.actor import Actor
from whs_app.clock import ManualClock
from whs_app.review import review
from whs_app.store import Store
from whs_app.waves import plan_waves

ORDERS = 24_000
RUNS = 3
#: Additions in the reference loop: about as long as the timed work.
REF_LOOP = 20_000_000
#: The morning after the day: every order of the day is due.
PLAN_AT = "2026-11-12 06:00:00"


def timed_run(template: Path) -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as workdir:
        with Store.open(fresh_copy(template, Path(workdir)), background_checkpoint=True) as store:
            clock, actor = ManualClock(PLAN_AT), Actor("OFFICE", "super")
            started = time.perf_counter()
            result = review(store, clock, actor)
            reviewed = time.perf_counter()
            plan = plan_waves(store, clock, actor)
            planned = time.perf_counter()
            assert result.reviewed > 0.9 * ORDERS and plan.waves, (result, len(plan.waves))
    return reviewed - started, planned - reviewed


def machine_ref() -> float:
    """Seconds for REF_LOOP additions in a plain Python loop."""
    started = time.perf_counter()
    total = 0
    for number in range(REF_LOOP):
        total += number
    return time.perf_counter() - started


def run() -> list[Figure]:
    template = cached_db(f"review_24k_{schema_tag()}", import_day(ORDERS))
    runs, refs = [], []
    for _ in range(RUNS):   # alternately: the reference sees the machine as the runs do
        runs.append(timed_run(template))
        refs.append(machine_ref())
    review_s = statistics.median(r for r, _ in runs)
    waves_s = statistics.median(w for _, w in runs)
    total_s = statistics.median(r + w for r, w in runs)
    ref_s = statistics.median(refs)
    return [at_most("review_waves_24k_s", total_s, "s", 1.0), report("review_24k_s", review_s, "s"),
            report("waves_24k_s", waves_s, "s"), report("machine_ref_s", ref_s, "s"),
            report("review_waves_vs_machine_ref", total_s / ref_s, "x")]


BENCHMARKS = [Benchmark(names=("review_waves_24k_s", "review_24k_s", "waves_24k_s", "machine_ref_s",
                              "review_waves_vs_machine_ref"), run=run)]
