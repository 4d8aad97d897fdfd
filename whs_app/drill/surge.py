"""The surge: a drill's synthetic Double 11 day, made from the warehouse's own catalogue.

Orders come from synthetic.OrderFactory (multi-item share, provinces spread like real demand,
refund requests, address changes and 换货 messages in DayShape's shares) over the drill
database's own SKUs, the most stocked and hot ones the most popular, its shops and carriers.
Each order arrives when it is paid, on the Double 11 curve (synthetic.DOUBLE_11_WAVES: 25% in
the first 1.5 h, 20% at 09–11, 20% at 15–17, 20% at 20–22, 15% in the last hour).
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime

from whs_app.clock import parse_time
from whs_app.drill.info import DrillInfo
from whs_app.model import NewOrder
from whs_app.store import Store
from whs_app.synthetic import TROUBLE_KINDS, DayShape, OrderFactory, paid_time

#: Order numbers of exception bursts start here, far above the surge's own.
BURST_NUMBERS = 900_000_000


@dataclass(frozen=True)
class Arrival:
    at: datetime
    order: NewOrder


def sku_mix(store: Store) -> list[str]:
    """SKU codes, most popular first: hot items, then by stock on hand (what the warehouse stocks
    most is what it sells most)."""
    levels = store.stock.levels()
    skus = store.skus.all()
    ranked = sorted(skus, key=lambda sku: (not sku.hot, -levels.get(sku.id, (0, 0))[0], sku.code))
    return [sku.code for sku in ranked]


def factory(store: Store, rng: random.Random, day: datetime, shape: DayShape = DayShape()) -> OrderFactory:
    skus = sku_mix(store)
    shops = list(store.shops.ids_by_code())
    if not skus or not shops:
        raise ValueError("演练数据库没有商品或店铺 the drill database has no SKUs or no shops to make orders for")
    carriers = [carrier.code for carrier in store.carriers.all() if carrier.active]
    return OrderFactory(rng, skus, shops, day, shape, carriers)


def surge(store: Store, info: DrillInfo, shape: DayShape = DayShape()) -> list[Arrival]:
    """The drill's day of orders, in arrival order (the same every time for the drill's seed)."""
    rng = random.Random(info.seed)
    day = parse_time(f"{info.day} 00:00:00")
    make = factory(store, rng, day, shape)
    arrivals = []
    for order in make.orders(info.orders):
        at = parse_time(order.paid_at) if order.paid_at else paid_time(rng, day)  # unpaid ones show up too
        arrivals.append(Arrival(at, order))
    arrivals.sort(key=lambda arrival: arrival.at)
    return arrivals


def burst(store: Store, rng: random.Random, now: datetime, count: int, first: int) -> list[NewOrder]:
    """`count` exception orders paid now, the kinds in turn (refund, address change, 换货)."""
    make = factory(store, rng, now.replace(hour=0, minute=0, second=0))
    kinds = list(TROUBLE_KINDS)
    return [make.trouble_order(f"{now:%y%m%d}{BURST_NUMBERS + first + n:010d}", kinds[n % len(kinds)], now)
            for n in range(count)]
