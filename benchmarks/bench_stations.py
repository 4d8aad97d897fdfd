"""Many stations, one database (issue 8): 20 station processes pack one pool of 20,000 orders at full speed.

pg_*: on a throwaway PostgreSQL server (tests/pg_cluster.py, durable: fsync and synchronous commit on),
stopped hard (`immediate`) a third of the way through and started again; the stations carry on.
sqlite_*: the same load on one SQLite file, to show where the embedded default stops scaling.
Both run on this machine's two cores, server and all twenty stations together: the twenty stations'
latency is that of a saturated machine (each scan waits its turn for a core), so it is reported, and the
goal is set on one station alone against the same server (`pg_1_station_scan_p99_ms`), which is what a
packer at a PC of their own waits. The harness: benchmarks/stations.py.
"""
from __future__ import annotations

import tempfile
import time
from pathlib import Path

from benchmarks.figures import Benchmark, Figure, at_least, at_most, report
from benchmarks.stations import build_day, run_load
from whs_app.store import Store

ORDERS = 20_000
STATIONS = 20
SQLITE_ORDERS = 4_000
#: Human pace is about one parcel a minute per packer; the database must carry many times that.
PACKS_PER_S_GOAL = 20.0
#: The pack screen's scan-to-repaint budget (issue 6); one station's scan on a shared server must fit in it.
SCAN_P99_GOAL_MS = 30.0
SOLO_ORDERS = 1_000
KILL_AT = 1 / 3


def postgres() -> list[Figure]:
    from tests.pg_cluster import PgCluster, server_bin
    if server_bin() is None:
        raise RuntimeError("no PostgreSQL server binaries here (Debian: apt-get install postgresql)")
    cluster = PgCluster(durable=True)
    try:
        cluster.start()
        solo = _one_station(cluster.create_database("one_station"))
        url = cluster.create_database("peak_day")
        with Store.open(url) as store:
            build_day(store, ORDERS)
        restarts = []

        def crash_once(share_packed: float) -> None:
            if not restarts and share_packed >= KILL_AT:
                started = time.perf_counter()
                cluster.stop("immediate")
                cluster.start()
                restarts.append(time.perf_counter() - started)

        result = run_load(url, STATIONS, during=crash_once)
    finally:
        cluster.remove()
    problems = result.double_packs + result.reused_waybills + result.lost_jobs + result.lost_packs
    return [at_most("pg_double_packs", result.double_packs, "orders", 0),
            at_most("pg_reused_waybills", result.reused_waybills, "numbers", 0),
            at_most("pg_lost_jobs", result.lost_jobs + result.lost_packs, "jobs", 0),
            at_least("pg_20_stations_packs_per_s", result.packs_per_s, "packs/s", PACKS_PER_S_GOAL),
            report("pg_scan_p99_ms", result.p99_ms, "ms"),
            at_most("pg_1_station_scan_p99_ms", solo.p99_ms, "ms", SCAN_P99_GOAL_MS),
            report("pg_1_station_packs_per_s", solo.packs_per_s, "packs/s"),
            at_most("pg_orders_left_unpacked", result.left_unpacked, "orders", 0),
            report("pg_not_saved_answers", result.not_saved, "scans"),
            report("pg_server_restarts", len(restarts), "restarts"),
            report("pg_problems_total", problems, "count")]


def _one_station(url: str):
    with Store.open(url) as store:
        build_day(store, SOLO_ORDERS)
    return run_load(url, 1)


def sqlite() -> list[Figure]:
    figures = []
    for stations, name in ((1, "sqlite_1_process_packs_per_s"), (STATIONS, "sqlite_multi_process_packs_per_s")):
        with tempfile.TemporaryDirectory(prefix="whs-sqlite-load-") as work:
            path = str(Path(work) / "peak_day.db")
            with Store.open(path) as store:
                build_day(store, SQLITE_ORDERS)
            result = run_load(path, stations)
        figures.append(report(name, result.packs_per_s, "packs/s"))
        if stations > 1:
            figures += [report("sqlite_multi_process_scan_p99_ms", result.p99_ms, "ms"),
                        report("sqlite_multi_process_busy_refusals", result.not_saved, "scans"),
                        at_most("sqlite_multi_process_double_packs", result.double_packs, "orders", 0)]
    return figures


BENCHMARKS = [
    Benchmark(names=("pg_double_packs", "pg_reused_waybills", "pg_lost_jobs", "pg_20_stations_packs_per_s",
                     "pg_scan_p99_ms", "pg_1_station_scan_p99_ms", "pg_1_station_packs_per_s", "pg_orders_left_unpacked", "pg_not_saved_answers", "pg_server_restarts",
                     "pg_problems_total"), run=postgres),
    Benchmark(names=("sqlite_1_process_packs_per_s", "sqlite_multi_process_packs_per_s",
                     "sqlite_multi_process_scan_p99_ms", "sqlite_multi_process_busy_refusals",
                     "sqlite_multi_process_double_packs"), run=sqlite),
]
