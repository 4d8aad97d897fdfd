"""Many pack stations, one database (issue 8): station processes scan and pack one pool of orders at full speed.

Each station is its own process running the real PackingSession against the shared database, a virtual
packer scanning codes as a scanner would. The pool is dealt so that stations collide on purpose: every
order is in two stations' carts (one walks it forwards, the other backwards, so they meet), and a hot set
at the start is in every cart. The harness may stop the server mid-run (a crash: `immediate`) and start it
again; the stations must carry on. Afterwards the database and the stations' own logs are checked:
no order packed twice, no waybill number used twice, no label or slip job missing, nothing a station was
told was saved missing from the database.

    python -m benchmarks.stations station LOCATION NUMBER PLAN OUT   (one station process; the harness runs it)
"""
from __future__ import annotations

import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from whs_app.actor import Actor
from whs_app.clock import ManualClock, SystemClock, stamp
from whs_app.demo import SHOPS, seed_master_data
from whs_app.model import OrderState
from whs_app.packing import Event, PackingSession
from whs_app.review import review
from whs_app.store import Store, StoreError
from whs_app.synthetic import OrderFactory

ROOT = Path(__file__).resolve().parent.parent
HOT = 40
#: A station that cannot write waits this long before it scans again (a packer looking at the red screen).
RETRY_S = 0.25


# -- the day --------------------------------------------------------------------------------
def build_day(store: Store, orders: int, seed: int = 8) -> None:
    """Master data and `orders` reviewed orders ready to pack (reviewed by the real review)."""
    rng, clock = random.Random(seed), ManualClock("2026-11-11 00:30:00")
    codes = seed_master_data(store, clock, rng, pool=orders * 2)
    factory = OrderFactory(rng, codes, [s[0] for s in SHOPS], clock.now())
    shops, ids, weights = store.shops.ids_by_code(), store.skus.ids_by_code(), store.skus.weights()
    rows = []
    for order in factory.orders(orders):
        order.lines = [line.__class__(line.line_no, line.sku_code, line.quantity, ids[line.sku_code])
                       for line in order.lines]
        order.refund_status, order.buyer_message, order.address = "", "", order.address or "中山路 1 号"
        rows.append((shops[order.shop_code], OrderState.NEW, order.order_no, order))
    with store.transaction():
        store.orders.insert_many(rows, stamp(clock.now()), None, weights)
        store.execute("UPDATE stock SET on_hand = on_hand + ?", (orders * 4,))   # scaffolding: no stock-outs
    clock.set("2026-11-11 08:00:00")
    review(store, clock, Actor("OFFICE", "super"))


def pool(store: Store) -> list[str]:
    """The order number of each ready parcel (merge groups as one, by their leader): what the stations scan."""
    return [order.order_no for order in store.orders.in_states([OrderState.READY]) if order.merge_leader_id is None]


def carts(parcels: list, stations: int) -> list[list]:
    """Station i's scanning order: the hot set, then its own share forwards interleaved with the next
    station's share backwards."""
    hot, rest = parcels[:HOT], parcels[HOT:]
    shares = [rest[i::stations] for i in range(stations)]
    dealt = []
    for i in range(stations):
        own, other = shares[i], shares[(i + 1) % stations][::-1] if stations > 1 else []
        mixed = [p for pair in zip(own, other) for p in pair] + own[len(other):] + other[len(own):]
        dealt.append(random.Random(i).sample(hot, len(hot)) + mixed)
    return dealt


# -- one station ------------------------------------------------------------------------------
@dataclass
class StationLog:
    station: str
    packed: list[tuple[str, str]] = field(default_factory=list)     # (order no, waybill) as the station was told
    refused_open: int = 0
    not_saved: int = 0
    latencies_ms: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def station_main(location: str, number: int, plan_file: Path, out_file: Path) -> None:
    cart = json.loads(plan_file.read_text())["carts"][number]
    station = f"S{number + 1:02d}"
    log = StationLog(station)
    ready, go = plan_file.with_suffix(f".ready{number}"), plan_file.with_suffix(".go")
    store = _open_when_possible(location, log)
    session = PackingSession(store, SystemClock(), Actor(station, f"packer{number + 1:02d}"))
    ready.touch()
    while not go.exists():
        time.sleep(0.005)
    for order_no in cart:
        _pack_one(session, order_no, log)
    store.close()
    out_file.write_text(json.dumps(log.__dict__))


def _open_when_possible(location: str, log: StationLog) -> Store:
    while True:
        try:
            return Store.open(location, create=False)
        except StoreError:   # the server restarting at this moment: try again, as a station PC would
            log.not_saved += 1
            time.sleep(RETRY_S)


def _pack_one(session: PackingSession, order_no: str, log: StationLog) -> None:
    """Scan the order, then whatever the open parcel still needs, until it is packed or refused to this station.
    A parcel this station holds open from before (a scan whose answer was lost with the server) is finished
    first, as a packer would do with the box on the bench."""
    for _ in range(60):
        parcel = session.current
        code = order_no if parcel is None else _next_unit(parcel)
        started = time.perf_counter()
        result = session.scan(code)
        log.latencies_ms.append((time.perf_counter() - started) * 1000)
        if result.event == Event.ORDER_PACKED:
            log.packed.append((result.order_no, result.waybill_no))
            if result.order_no == order_no:
                return
        elif "NOT SAVED" in result.message:
            log.not_saved += 1
            time.sleep(RETRY_S)
        elif not result.ok and parcel is None and session.current is None:
            log.refused_open += 1               # not ours to open: packed or being packed elsewhere
            return
    log.errors.append(f"{order_no}: gave up")


def _next_unit(parcel) -> str:
    """A barcode the parcel still needs; when it looks full (its sealing scan was not saved), its order number,
    which the station answers from the database again."""
    return next((code for code, sku_id in parcel.barcodes.items() if parcel.remaining(sku_id) > 0),
                parcel.leader.order_no)


# -- the harness -------------------------------------------------------------------------------
@dataclass
class LoadResult:
    stations: int
    parcels: int
    seconds: float
    double_packs: int
    reused_waybills: int
    lost_jobs: int
    lost_packs: int
    left_unpacked: int
    not_saved: int
    latencies_ms: list[float]
    errors: list[str]

    @property
    def packs_per_s(self) -> float:
        return (self.parcels - self.left_unpacked) / self.seconds

    @property
    def p99_ms(self) -> float:
        return statistics.quantiles(self.latencies_ms, n=100)[98] if len(self.latencies_ms) > 1 else 0.0


def run_load(location: str, stations: int, *, during: Callable[[float], None] | None = None,
             timeout_s: float = 1800) -> LoadResult:
    """Run `stations` station processes on the database at `location` (built by build_day) until every
    cart is done. `during(share_packed)` is called about every 0.2 s while they run (to kill a server)."""
    with Store.open(location) as store:
        parcels = pool(store)
    with tempfile.TemporaryDirectory(prefix="whs-stations-") as work:
        plan = Path(work) / "plan.json"
        plan.write_text(json.dumps({"carts": carts(parcels, stations)}))
        outs = [Path(work) / f"station{i}.json" for i in range(stations)]
        procs = [subprocess.Popen([sys.executable, "-m", "benchmarks.stations", "station", str(location), str(i),
                                   str(plan), str(outs[i])], cwd=ROOT) for i in range(stations)]
        try:
            while not all(plan.with_suffix(f".ready{i}").exists() for i in range(stations)):
                _check_alive(procs)
                time.sleep(0.02)
            started = time.perf_counter()
            plan.with_suffix(".go").touch()
            _wait(procs, started, timeout_s, during, lambda: _packed_so_far(outs, location) / max(len(parcels), 1))
            seconds = time.perf_counter() - started
        finally:
            for proc in procs:
                if proc.poll() is None:
                    proc.kill()
        logs = [json.loads(out.read_text()) for out in outs]
    return _verify(location, stations, parcels, seconds, logs)


def _check_alive(procs: list[subprocess.Popen]) -> None:
    failed = [f"S{int(proc.args[5]) + 1:02d}" for proc in procs if proc.poll() not in (None, 0)]
    if failed:
        raise RuntimeError(f"station process {failed} failed")


def _wait(procs, started: float, timeout_s: float, during, progress: Callable[[], float]) -> None:
    while any(proc.poll() is None for proc in procs):
        _check_alive(procs)
        if time.perf_counter() - started > timeout_s:
            raise RuntimeError(f"stations still running after {timeout_s} s")
        if during is not None:
            during(progress())
        time.sleep(0.2)
    _check_alive(procs)


def _packed_so_far(outs: list[Path], location: str) -> float:
    try:
        with Store.open(location, create=False) as store:
            return store.scalar("SELECT COUNT(*) FROM parcels WHERE state = 'complete'")
    except StoreError:
        return 0.0    # the server is down right now


def _verify(location: str, stations: int, parcels: list, seconds: float, logs: list[dict]) -> LoadResult:
    told = [(order_no, waybill) for log in logs for order_no, waybill in log["packed"]]
    with Store.open(location, create=False) as store:
        doubled = store.scalar("SELECT COUNT(*) FROM (SELECT order_id FROM parcels WHERE state = 'complete'"
                               " GROUP BY order_id HAVING COUNT(*) > 1) d")
        reused = store.scalar("SELECT COUNT(*) FROM (SELECT waybill_no FROM parcels WHERE waybill_no IS NOT NULL"
                              " GROUP BY waybill_no HAVING COUNT(*) > 1) r")
        no_label = store.scalar("SELECT COUNT(*) FROM parcels p WHERE p.state = 'complete' AND NOT EXISTS ("
                                "SELECT 1 FROM print_jobs j WHERE j.parcel_id = p.id AND j.kind = 'label')")
        no_slip = store.scalar("SELECT COUNT(*) FROM parcels p WHERE p.state = 'complete' AND NOT EXISTS ("
                               "SELECT 1 FROM print_jobs j WHERE j.parcel_id = p.id AND j.kind = 'slip')")
        packed = {row[0]: row[1] for row in store.all(
            "SELECT o.order_no, p.waybill_no FROM orders o JOIN parcels p ON p.order_id = o.id"
            " WHERE p.state = 'complete'")}
        wanted = set(parcels)
    told_orders = [order_no for order_no, _ in told]
    told_waybills = [waybill for _, waybill in told]
    return LoadResult(
        stations=stations, parcels=len(parcels), seconds=seconds,
        double_packs=doubled + len(told_orders) - len(set(told_orders)),
        reused_waybills=reused + len(told_waybills) - len(set(told_waybills)),
        lost_jobs=no_label + no_slip,
        lost_packs=sum(1 for order_no, waybill in told if packed.get(order_no) != waybill),
        left_unpacked=len(wanted - packed.keys()),
        not_saved=sum(log["not_saved"] for log in logs),
        latencies_ms=sorted(ms for log in logs for ms in log["latencies_ms"]),
        errors=[f"{log['station']}: {e}" for log in logs for e in log["errors"]])


if __name__ == "__main__":
    if sys.argv[1:2] != ["station"]:
        sys.exit(__doc__)
    station_main(sys.argv[2], int(sys.argv[3]), Path(sys.argv[4]), Path(sys.argv[5]))
