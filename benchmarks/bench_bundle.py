"""bundle_size_mb and cold_start_s: the packaged app (build.spec) as a warehouse PC gets it.

bundle_size_mb: the one-folder bundle (`whs/`: both programs and `_internal/`), in MiB. Goal 400:
on Linux it is ~360 MiB, of which Qt ~135 (Core/Gui/Widgets, 31 MiB of ICU data, QtMultimedia
with its FFmpeg and the Quick/Qml libraries FFmpeg's plugin links), scipy and numpy with their
two OpenBLAS builds ~115, CPython ~35, Pillow ~20. Much less would mean dropping the carrier
solver (scipy) or the sounds (QtMultimedia), both requirements; the goal is there to catch what
must not creep in: QtWebEngine alone adds ~200 MiB, a QML/3D module tens.

cold_start_s: `whs-desk --exit-when-ready` on the demo warehouse (3,000 orders), offscreen, from
starting the process to its "ready" line (the pack screen has opened the database), goal 2 s. A
fresh process each time (the bundle's own Python and Qt load every time); the median of three
runs is the figure, the first run (the coldest, right after the build or a while idle) is
reported too, and so is how long the build took.

The bundle is built once per state of the sources and cached (tests/bundle_fixtures.py).
"""
from __future__ import annotations

import os
import random
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from benchmarks.figures import Benchmark, Figure, at_most, report
from benchmarks.fixtures import cached_db, fresh_copy
from whs_app.actor import Actor
from whs_app.clock import ManualClock
from whs_app.demo import build_demo
from whs_app.store import Store
from tests.bundle_fixtures import build_seconds, bundle, size_mb, windowed

SIZE_GOAL_MB = 400
START_GOAL_S = 2.0
RUNS = 3
DEMO_ORDERS = 3000


def _demo(store: Store, clock: ManualClock, rng: random.Random) -> None:
    build_demo(store, clock, rng, orders=DEMO_ORDERS, actor=Actor("OFFICE", "bench"))


def start_seconds(program: Path, db: Path, home: Path) -> float:
    """Process start to the "ready" line of `whs-desk --exit-when-ready`."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "VIRTUAL_ENV", "WHS_"))}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_DATA_HOME=str(home / "data"),
               XDG_RUNTIME_DIR=str(home))
    started = time.perf_counter()
    with subprocess.Popen([str(program), "--db", str(db), "--station", "P01", "--user", "packer01",
                           "--exit-when-ready"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                          env=env, cwd=home) as process:
        line = process.stdout.readline()
        ready = time.perf_counter() - started
        rest, errors = process.communicate(timeout=60)
    if not line.startswith("ready:") or process.returncode != 0:
        raise RuntimeError(f"whs-desk did not get ready (exit {process.returncode}): {line}{rest}{errors}")
    return ready


def run() -> list[Figure]:
    done = bundle()
    template = cached_db(f"demo-{DEMO_ORDERS}", _demo)
    with tempfile.TemporaryDirectory(prefix="whs-bench-bundle-") as folder:
        home = Path(folder)
        db = fresh_copy(template, home)
        starts = [start_seconds(windowed(done), db, home) for _ in range(RUNS)]
    return [at_most("bundle_size_mb", size_mb(done), "MB", SIZE_GOAL_MB),
            at_most("cold_start_s", statistics.median(starts), "s", START_GOAL_S),
            report("cold_start_first_s", starts[0], "s"),
            report("bundle_build_s", build_seconds(done), "s")]


BENCHMARKS = [Benchmark(names=("bundle_size_mb", "cold_start_s", "cold_start_first_s", "bundle_build_s"), run=run)]
