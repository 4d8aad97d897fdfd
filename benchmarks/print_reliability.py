"""Print queue reliability runs at full size (issue 4): `python benchmarks/print_reliability.py [a|b] [--jobs N]`.

(a) 1,000 jobs across three emulated printers (TSPL, ZPL, ESC/POS; loopback only) with faults
    injected at random: offline, out of paper, head open, hang mid-job, dropped connection, slow.
(b) the same, with `whs jobs run` as a subprocess killed -9 at 200 random instants and restarted
    each time, then drained; plus PRAGMA integrity_check.

Prints one JSON figure per line, like benchmarks/run.py; exit status 1 when an invariant breaks
(a duplicate, a lost or silently dropped job, a stray piece, a damaged database). The CI-sized
runs are tests/test_print_reliability.py and tests/test_print_reliability_kill.py.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.figures import Figure, at_most, report  # noqa: E402
from tests.print_harness import Run, in_process_run, kill_run  # noqa: E402


def figures(prefix: str, run: Run) -> list[Figure]:
    verdict = run.verdict
    found = [report(f"{prefix}_jobs", verdict.jobs, "jobs"),
             report(f"{prefix}_printed_once", verdict.printed_once, "jobs"),
             report(f"{prefix}_unknown", verdict.states.get("unknown", 0), "jobs"),
             report(f"{prefix}_unknown_found_whole", verdict.unknown_printed, "jobs"),
             report(f"{prefix}_failed", verdict.states.get("failed", 0), "jobs"),
             report(f"{prefix}_failovers", verdict.failovers, "moves"),
             report(f"{prefix}_faults_injected", sum(run.faults.values()), "faults"),
             report(f"{prefix}_seconds", run.seconds, "s"),
             at_most(f"{prefix}_duplicates", len(verdict.duplicates), "jobs", 0),
             at_most(f"{prefix}_lost_or_silent", len(verdict.lost) + len(verdict.silent), "jobs", 0),
             at_most(f"{prefix}_stray_pieces", verdict.strays, "pieces", 0)]
    if run.kills:
        found += [report(f"{prefix}_kills", run.kills, "kills"),
                  report(f"{prefix}_found_sending_after_kill", verdict.recovered, "jobs"),
                  at_most(f"{prefix}_integrity_check_failed", verdict.integrity != "ok", "", 0)]
    return found


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("runs", nargs="*", help="a, b or both (the default)")
    parser.add_argument("--jobs", type=int, default=1000)
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=20261111)
    args = parser.parse_args(argv)
    if set(args.runs) - {"a", "b"}:
        parser.error("runs are a and/or b")
    ok = True
    for name in args.runs or ["a", "b"]:
        with tempfile.TemporaryDirectory() as tmp:
            if name == "a":
                run = in_process_run(Path(tmp), args.jobs, args.seed, limit=600)
            else:
                run = kill_run(Path(tmp), args.jobs, args.kills, args.seed, limit=1800)
        for figure in figures(f"reliability_{name}", run):
            print(figure.to_json(), flush=True)
            ok &= figure.ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
