"""A drill's measured rates as the simulation's `Rates` (whs_app/simulation/rates.py).

Packing time per parcel is split into a time per order and a time per extra unit by least squares
over the parcels; picking is the time between a picker's confirmations, and an exception's handling
the time between one handler's resolutions (gaps over measure.BREAK_S are breaks or an empty queue,
not work; raised → resolved would count the queue and the closed hours too). The crew is the
drill's: the people who packed and picked, and the exception desk the run was staffed with. What a
drill cannot measure (printer speed, roll changes, the order sync, the carriers' pickups, how long
a buyer takes to answer) stays as the base rates have it.
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import replace
from statistics import mean, pstdev

from whs_app.clock import parse_time
from whs_app.drill.measure import BREAK_S, Figures
from whs_app.simulation.rates import CarrierRates, Rates, ServiceTime
from whs_app.store import Store

MIN_SAMPLES = 3


def measured_rates(store: Store, figures: Figures, base: Rates = Rates()) -> Rates:
    changes: dict = {}
    per_order, per_unit = _pack_split(figures.pack_samples)
    if per_order is not None:
        changes["pack_per_order"] = ServiceTime(round(per_order[0], 1), per_order[1])
        changes["pack_per_extra_unit"] = ServiceTime(round(per_unit, 1), base.pack_per_extra_unit.cv)
    if figures.label_confirm_s is not None:
        changes["label_confirm"] = ServiceTime(figures.label_confirm_s, base.label_confirm.cv)
    if len(figures.pick_gaps_s) >= MIN_SAMPLES:
        changes["pick_per_line"] = _service(figures.pick_gaps_s)
    exceptions = store.drill.exceptions()
    handling = _handling_gaps(exceptions)
    if len(handling) >= MIN_SAMPLES:
        changes["exception_resolve"] = _service(handling)
    handlers = _exception_handlers(store, figures, exceptions)
    if handlers:
        changes["exception_handlers"] = handlers
    if figures.arrived:
        changes["exception_share"] = round(min(1.0, figures.exceptions_raised / figures.arrived), 4)
    changes["packers"] = max(len(figures.packers), 1)
    changes["pickers"] = max(len(figures.pickers), 1)
    changes["carriers"] = _carriers(figures, base)
    rates = replace(base, **changes)
    rates.check()
    return rates


def _handling_gaps(exceptions: list[dict]) -> list[float]:
    """Seconds between one handler's consecutive resolutions, breaks left out (as measure does for pickers)."""
    resolved: dict[str, set[tuple[int, str]]] = defaultdict(set)
    for row in exceptions:
        if row["resolved_at"] and row["resolved_by"]:
            resolved[row["resolved_by"]].add((row["order_id"], row["resolved_at"]))   # one order, many reasons
    gaps = []
    for own in resolved.values():
        times = sorted(parse_time(at) for _, at in own)
        gaps += [gap for a, b in zip(times, times[1:]) if 0 < (gap := (b - a).total_seconds()) <= BREAK_S]
    return gaps


def _exception_handlers(store: Store, figures: Figures, exceptions: list[dict]) -> int | None:
    """The exception desk the scripted run was staffed with (its drill.crew record); in a drill at
    real stations, the people who resolved exceptions."""
    for event in reversed(store.audit.for_entity("drill", figures.info.name)):
        if event["action"] == "drill.crew":
            return json.loads(event["detail"]).get("exception_handlers")
    return len({row["resolved_by"] for row in exceptions if row["resolved_by"]}) or None


def _service(samples: list[float]) -> ServiceTime:
    average = mean(samples)
    return ServiceTime(round(average, 1), round(pstdev(samples) / average, 3) if average else 0.0)


def _pack_split(samples: list[tuple[int, float]]) -> tuple[tuple[float, float] | None, float]:
    """((seconds per order, cv), seconds per extra unit) fitting seconds = a + b × (units − 1)."""
    if len(samples) < MIN_SAMPLES:
        return None, 0.0
    xs = [units - 1 for units, _ in samples]
    ys = [seconds for _, seconds in samples]
    x_bar, y_bar = mean(xs), mean(ys)
    spread = sum((x - x_bar) ** 2 for x in xs)
    slope = max(0.0, sum((x - x_bar) * (y - y_bar) for x, y in zip(xs, ys)) / spread) if spread else 0.0
    intercept = max(1.0, y_bar - slope * x_bar)
    residual = [y - slope * x for x, y in zip(xs, ys)]
    return (intercept, round(pstdev(residual) / intercept, 3)), slope


def _carriers(figures: Figures, base: Rates) -> tuple[CarrierRates, ...]:
    """The base carriers with the drill's shares of parcels (and its day caps, where it had any)."""
    total = sum(c["parcels"] for c in figures.carriers)
    if not total:
        return base.carriers
    measured = {c["carrier"]: c for c in figures.carriers}
    carriers = tuple(replace(carrier, share=round(measured[carrier.code]["parcels"] / total, 4),
                             daily_capacity=measured[carrier.code]["daily_capacity"] or carrier.daily_capacity)
                     if carrier.code in measured else replace(carrier, share=0.0) for carrier in base.carriers)
    return carriers if sum(c.share for c in carriers) > 0 else base.carriers
