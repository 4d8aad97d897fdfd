"""The simulated day's orders: when each is paid, its size, carrier and fate, and the time each of
its steps will take.

Flat lists indexed by order (0 … volume-1, in arrival order), drawn at once with numpy from a
generator seeded by the caller's rng: a 24,000-order day is built in milliseconds, and the
floor model only reads them. Service times are independent of the queues, so drawing them ahead
changes nothing in the model.
"""
from __future__ import annotations

import random
from bisect import bisect_right
from dataclasses import dataclass, replace
from datetime import datetime

import numpy as np

from whs_app.simulation.rates import DayPlan, Rates
from whs_app.synthetic import OrderFactory

#: How many orders of each kind (single-item, multi-item) the synthetic surge's own generator
#: is asked for; the day draws its orders' sizes from these samples.
SIZE_SAMPLES = 400

#: An order's fate at review.
NORMAL, FIXED, CANCELLED = 0, 1, 2


@dataclass(frozen=True)
class DayOrders:
    arrival: list[float]        # seconds after the day's start, ascending
    lines: list[int]
    units: list[int]
    skus: list[tuple[int, ...]]  # the SKU (catalogue rank) of each line; the extra units are on the first
    carrier: list[int]          # index into Rates.carriers
    fate: list[int]             # NORMAL, FIXED (an exception that ships) or CANCELLED
    pack_s: list[float]         # packing its units
    print_s: list[float]        # printing its label (a reprint after a failover draws anew)
    confirm_s: list[float]      # sticking the label and scanning it back
    resolve_s: list[float]      # a specialist's time on it, when it is an exception
    buyer_wait_s: list[float]   # waiting for the buyer's answer, when it is a fixed exception

    def __len__(self) -> int:
        return len(self.arrival)

    def arrived_by(self, t: float) -> int:
        return bisect_right(self.arrival, t)


def make_orders(plan: DayPlan, rates: Rates, rng: random.Random) -> DayOrders:
    count = plan.volume
    gen = np.random.default_rng(rng.getrandbits(64))
    sizes = _sizes(plan, rng, gen, count)
    units = sizes[:, 1]
    skus = _skus(plan, rng, gen, sizes[:, 0])
    shares = np.array([c.share for c in rates.carriers], dtype=float)
    fate = np.where(gen.random(count) >= rates.exception_share, NORMAL,
                    np.where(gen.random(count) < rates.exception_lost_share, CANCELLED, FIXED))
    ones = np.ones(count, dtype=int)
    return DayOrders(
        arrival=_arrivals(plan, gen, count).tolist(),
        lines=sizes[:, 0].tolist(), units=units.tolist(), skus=skus,
        carrier=gen.choice(len(shares), size=count, p=shares / shares.sum()).tolist(),
        fate=fate.tolist(),
        pack_s=(rates.pack_per_order.draw_many(gen, ones)
                + rates.pack_per_extra_unit.draw_many(gen, units - 1)).tolist(),
        print_s=rates.printer.print_per_label.draw_many(gen, ones).tolist(),
        confirm_s=rates.label_confirm.draw_many(gen, ones).tolist(),
        resolve_s=rates.exception_resolve.draw_many(gen, ones).tolist(),
        buyer_wait_s=rates.exception_wait.draw_many(gen, ones).tolist(),
    )


def _arrivals(plan: DayPlan, gen: np.random.Generator, count: int) -> np.ndarray:
    """Paid times on the plan's sales waves: a wave by its share, then uniform within it; ascending."""
    waves = np.array(plan.waves, dtype=float)
    which = gen.choice(len(waves), size=count, p=waves[:, 2] / waves[:, 2].sum())
    return np.sort((waves[which, 0] + gen.random(count) * waves[which, 1]) * 3600.0)


def _skus(plan: DayPlan, rng: random.Random, gen: np.random.Generator, lines: np.ndarray) -> list[tuple[int, ...]]:
    """Each line's SKU, by synthetic.OrderFactory's popularity over the plan's catalogue."""
    cumulative = np.array(_factory(plan, rng, plan.skus).sku_weights, dtype=float)
    drawn = np.searchsorted(cumulative, gen.random(int(lines.sum())) * cumulative[-1], side="right")
    ends = np.cumsum(lines)
    flat = drawn.tolist()
    return [tuple(flat[end - count:end]) for end, count in zip(ends.tolist(), lines.tolist())]


def _factory(plan: DayPlan, rng: random.Random, skus: int, multi_item: float | None = None) -> OrderFactory:
    shape = plan.shape if multi_item is None else replace(plan.shape, multi_item=multi_item)
    return OrderFactory(rng, [f"S{i}" for i in range(skus)], ["shop"], datetime(2026, 11, 11), shape)


def _sizes(plan: DayPlan, rng: random.Random, gen: np.random.Generator, count: int) -> np.ndarray:
    """(lines, units) per order: multi-item by the plan's share, sizes as synthetic.OrderFactory makes them."""
    def sample(multi_item: float) -> np.ndarray:
        factory = _factory(plan, rng, 8, multi_item)
        return np.array([(len(lines), sum(line.quantity for line in lines))
                         for lines in (factory.lines() for _ in range(SIZE_SAMPLES))], dtype=int)
    singles, multis = sample(0.0), sample(1.0)
    multi = gen.random(count) < plan.shape.multi_item
    pick = gen.integers(0, SIZE_SAMPLES, size=count)
    return np.where(multi[:, None], multis[pick], singles[pick])
