"""Reliability (a), CI size: 150 jobs over three emulated printers with faults injected at random.

Every job ends printed exactly once, or unknown / failed with its reason; nothing is dropped and
nothing is printed twice on its own. The full size (1,000 jobs) is benchmarks/print_reliability.py.
"""
from __future__ import annotations

from tests.print_harness import in_process_run

JOBS = 150


def test_150_jobs_through_random_faults_are_each_printed_once_or_visibly_not(tmp_path):
    run = in_process_run(tmp_path, JOBS, seed=11, limit=40)
    verdict = run.verdict
    assert verdict.ok, verdict.summary()
    assert verdict.jobs == JOBS and set(verdict.states) <= {"sent", "unknown", "failed"}
    assert verdict.printed_once == verdict.states["sent"] and verdict.printed_once > JOBS // 2
    assert sum(run.faults.values()) >= 10 and len(verdict.printed_on) >= 2   # the faults did bite
