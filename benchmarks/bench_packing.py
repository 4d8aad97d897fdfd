"""pack_scan_p99_ms: one pack scan (lookup, verify, persist, audit) with 1,000,000 orders in the DB."""
from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path

from benchmarks.figures import Benchmark, Figure, latency_figures
from benchmarks.fixtures import cached_db, fresh_copy
from whs_app.actor import Actor
from whs_app.clock import ManualClock, stamp
from whs_app.demo import SHOPS, seed_master_data
from whs_app.model import OrderState
from whs_app.packing import PackingSession
from whs_app.review import review
from whs_app.store import Store
from whs_app.synthetic import OrderFactory

HISTORY = 1_000_000
READY = 2_000
BATCH = 20_000


def build(store: Store, clock: ManualClock, rng: random.Random) -> None:
    """A million orders: shipped history with parcels, waybills and audit rows, plus a day to pack."""
    codes = seed_master_data(store, clock, rng, pool=HISTORY + READY * 2)
    factory = OrderFactory(rng, codes, [s[0] for s in SHOPS], clock.now())
    shops = store.shops.ids_by_code()
    ids, weights = store.skus.ids_by_code(), store.skus.weights()
    made = 0
    while made < HISTORY + READY:
        count = min(BATCH, HISTORY + READY - made)
        history = made < HISTORY
        orders = []
        for order in factory.orders(count, first_number=made + 1):
            order.lines = [line.__class__(line.line_no, line.sku_code, line.quantity, ids[line.sku_code])
                           for line in order.lines]
            if not history:
                order.refund_status, order.buyer_message, order.address = "", "", order.address or "中山路 1 号"
            state = OrderState.SHIPPED if history else OrderState.NEW
            orders.append((shops[order.shop_code], state, order.order_no, order))
        with store.transaction():
            new_ids = store.orders.insert_many(orders, stamp(clock.now()), None, weights)
            if history:
                _history(store, new_ids, made)
        made += count


def _history(store: Store, order_ids: list[int], offset: int) -> None:
    """Parcels, waybills and audit events as a million packed orders leave them (scaffolding SQL)."""
    at = "2026-11-10 12:00:00"
    store.executemany(
        "INSERT INTO parcels (id, order_id, seq, state, station, user_login, opened_at, closed_at, carrier_id,"
        " waybill_no, prior_state) VALUES (?, ?, 1, 'complete', 'P01', 'packer01', ?, ?, 1, ?, 'ready')",
        ((order_id, order_id, at, at, f"HIST{offset + n:010d}") for n, order_id in enumerate(order_ids)))
    store.executemany(
        "INSERT INTO waybills (number, carrier_id, range_id, parcel_id, drawn_at) VALUES (?, 1, 1, ?, ?)",
        ((f"HIST{offset + n:010d}", order_id, at) for n, order_id in enumerate(order_ids)))
    store.executemany(
        "INSERT INTO audit_events (at, station, user_login, action, entity, entity_id, detail)"
        " VALUES (?, 'P01', 'packer01', 'order.packed', 'order', ?, '{}')",
        ((at, str(order_id)) for order_id in order_ids))


def measure() -> list[float]:
    template = cached_db("pack_1m", build)
    with tempfile.TemporaryDirectory() as workdir:
        with Store.open(fresh_copy(template, Path(workdir)), background_checkpoint=True) as store:
            clock = ManualClock("2026-11-11 10:00:00")
            review(store, clock, Actor("OFFICE", "super"))
            session = PackingSession(store, clock, Actor("P01", "packer01"))
            barcodes = {sku.id: store.skus.barcodes(sku.id)[0] for sku in store.skus.all()}
            latencies = []
            for order in store.orders.in_states([OrderState.READY])[:READY]:
                if order.merge_leader_id is not None:
                    continue
                scans = [order.order_no]
                for member in store.orders.group(order.id):
                    scans += [barcodes[line.sku_id] for line in store.orders.lines([member.id])[member.id]
                              for _ in range(line.quantity)]
                for code in scans:
                    started = time.perf_counter()
                    result = session.scan(code)
                    latencies.append((time.perf_counter() - started) * 1000)
                    if not result.ok:
                        raise RuntimeError(f"benchmark scan refused: {result.message}")
    return sorted(latencies)


def run() -> list[Figure]:
    return latency_figures("pack_scan", measure(), p99_goal_ms=2.0)


BENCHMARKS = [Benchmark(names=("pack_scan_p99_ms", "pack_scan_median_ms", "pack_scan_measured"), run=run)]
