"""Reliability (b), CI size: `whs jobs run` killed -9 at 15 random instants during a faulty run.

After each kill the worker is restarted; at the end the queue is drained. The same invariants as
(a) hold — a job found `sending` at start-up becomes `unknown`, it is never re-sent — and the
database passes PRAGMA integrity_check. The full size (200 kills) is benchmarks/print_reliability.py.
"""
from __future__ import annotations

from tests.print_harness import kill_run

JOBS, KILLS = 150, 15


def test_killing_the_worker_at_random_never_loses_or_doubles_a_job(tmp_path):
    run = kill_run(tmp_path, JOBS, KILLS, seed=7, limit=60)
    verdict = run.verdict
    assert verdict.ok, verdict.summary()
    assert verdict.integrity == "ok" and verdict.jobs == JOBS
    assert set(verdict.states) <= {"sent", "unknown", "failed"}
    assert verdict.printed_once == verdict.states["sent"] > 0
