"""Generated databases for the benchmarks, built once and cached under benchmarks/.cache/."""
from __future__ import annotations

import hashlib
import random
import shutil
from pathlib import Path
from typing import Callable

from whs_app.clock import ManualClock, stamp
from whs_app.demo import SHOPS, seed_master_data
from whs_app.model import OrderLine, OrderState
from whs_app.store import Store
from whs_app.store.migrations import available
from whs_app.synthetic import OrderFactory

CACHE = Path(__file__).resolve().parent / ".cache"
DAY = "2026-11-11 00:00:00"


def cached_db(name: str, build: Callable[[Store, ManualClock, random.Random], None]) -> Path:
    """The path of a cached template DB, building it first when missing (atomically)."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"{name}.db"
    if not path.exists():
        partial = CACHE / f"{name}.partial.db"
        for leftover in CACHE.glob(f"{name}.partial.db*"):
            leftover.unlink()
        with Store.open(partial) as store:
            build(store, ManualClock(DAY), random.Random(20261111))
            store.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        partial.rename(path)
    return path


def schema_tag() -> str:
    """Part of a template's name that changes with the schema, so an edited schema never meets an old template."""
    return hashlib.sha256("".join(sql for _, sql in available()).encode()).hexdigest()[:10]


def fresh_copy(template: Path, workdir: Path) -> Path:
    """A throwaway copy of a template DB, so every timed run starts from the same state."""
    target = workdir / template.name
    shutil.copyfile(template, target)
    return target


def import_day(orders: int) -> Callable[[Store, ManualClock, random.Random], None]:
    """A cached_db build: demo master data and `orders` synthetic orders as an import leaves them
    (NEW when paid, else NOT_SHIPPABLE)."""
    def build(store: Store, clock: ManualClock, rng: random.Random) -> None:
        codes = seed_master_data(store, clock, rng)
        factory = OrderFactory(rng, codes, [shop[0] for shop in SHOPS], clock.now())
        shops, skus, weights = store.shops.ids_by_code(), store.skus.ids_by_code(), store.skus.weights()
        rows = []
        for order in factory.orders(orders):
            order.lines = [OrderLine(l.line_no, l.sku_code, l.quantity, skus.get(l.sku_code)) for l in order.lines]
            state = OrderState.NEW if order.paid_at else OrderState.NOT_SHIPPABLE
            rows.append((shops[order.shop_code], state, order.order_no, order))
        with store.transaction():
            store.orders.insert_many(rows, stamp(clock.now()), None, weights)
    return build
