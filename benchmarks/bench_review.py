"""review_waves_24k_s: review plus wave planning of a 24,000-order Double 11 day (goal ≤ 1 s).

The day (demo master data and 24,000 synthetic orders, as an import leaves them) is built once and
cached; each timed run works on a fresh copy. Also reports review and planning on their own.
"""
from __future__ import annotations

import hashlib
import statistics
import tempfile
import time
from importlib import resources
from pathlib import Path

from benchmarks.figures import Benchmark, Figure, at_most, report
from benchmarks.fixtures import cached_db, fresh_copy, import_day
from whs_app.actor import Actor
from whs_app.clock import ManualClock
from whs_app.review import review
from whs_app.store import Store
from whs_app.waves import plan_waves

ORDERS = 24_000
RUNS = 3
#: The morning after the day: every order of the day is due.
PLAN_AT = "2026-11-12 06:00:00"


def _schema_tag() -> str:
    """Template name that changes with the schema, so an edited schema never meets an old template."""
    sql = "".join(entry.read_text(encoding="utf-8") for entry in
                  sorted(resources.files("whs_app.store").joinpath("sql").iterdir(), key=lambda e: e.name)
                  if entry.name.endswith(".sql"))
    return hashlib.sha256(sql.encode()).hexdigest()[:10]


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


def run() -> list[Figure]:
    template = cached_db(f"review_24k_{_schema_tag()}", import_day(ORDERS))
    runs = [timed_run(template) for _ in range(RUNS)]
    review_s = statistics.median(r for r, _ in runs)
    waves_s = statistics.median(w for _, w in runs)
    total_s = statistics.median(r + w for r, w in runs)
    return [at_most("review_waves_24k_s", total_s, "s", 1.0), report("review_24k_s", review_s, "s"),
            report("waves_24k_s", waves_s, "s")]


BENCHMARKS = [Benchmark(names=("review_waves_24k_s", "review_24k_s", "waves_24k_s"), run=run)]
