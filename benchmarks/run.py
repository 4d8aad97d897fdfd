"""Run the speed and size benchmarks: `python benchmarks/run.py [NAME ...]`.

Prints one JSON object per line and figure: {"name", "value", "unit", "goal", "ok"}.
With no NAME every figure is measured; a NAME may be a glob (`label_*`).
Exit status is 1 when any printed figure misses its goal.
"""
from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from benchmarks.figures import Benchmark, matches, select  # noqa: E402


def discover() -> list[Benchmark]:
    found: list[Benchmark] = []
    for info in sorted(pkgutil.iter_modules([str(HERE)]), key=lambda m: m.name):
        if info.name.startswith("bench_"):
            module = importlib.import_module(f"benchmarks.{info.name}")
            found.extend(module.BENCHMARKS)
    return found


def main(argv: list[str]) -> int:
    wanted = set(argv)
    benchmarks = discover()
    chosen = list(select(benchmarks, wanted))
    if wanted and not chosen:
        known = sorted(name for bench in benchmarks for name in bench.names)
        print(f"no figure matches {' '.join(sorted(wanted))}; known: {', '.join(known)}", file=sys.stderr)
        return 2
    failed = False
    for bench in chosen:
        for figure in bench.run():
            if matches(figure.name, wanted):
                print(figure.to_json(), flush=True)
                failed |= not figure.ok
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
