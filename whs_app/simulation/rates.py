"""What the simulation is told about the floor (Rates) and the day it is asked about (DayPlan).

Every default is a number from the field (DESIGN.md "Numbers from the field", the merchant
playbooks in its seeds/) or, where none is published, an assumption named as such. A drill
replaces them with what it measured; `Rates.from_dict` reads a partial JSON override.

Times are seconds; hours of the day are floats (13.5 = 13:30).
"""
from __future__ import annotations

import random
from dataclasses import asdict, dataclass, field, fields, is_dataclass, replace
from datetime import datetime
from typing import Any, Mapping

import numpy as np

from whs_app.carriers.demo_setup import TERMS
from whs_app.demo import CARRIERS, CATEGORIES, PICKUPS, SIZES, VARIANTS
from whs_app.settings import WarehouseSettings
from whs_app.synthetic import DOUBLE_11_WAVES, DayShape


class RatesError(ValueError):
    """A rate or plan that cannot be simulated (negative time, no packers, shares that sum to 0…)."""


@dataclass(frozen=True)
class ServiceTime:
    """A service time with spread: gamma-distributed around mean_s with coefficient of variation cv.

    cv 0 is a fixed time, cv 1 an exponential one (the M/M/c case), 0.2–0.4 a person at a bench.
    """
    mean_s: float
    cv: float = 0.3

    def draw(self, rng: random.Random) -> float:
        if self.cv <= 0 or self.mean_s <= 0:
            return self.mean_s
        shape = 1.0 / (self.cv * self.cv)
        return rng.gammavariate(shape, self.mean_s / shape)

    def draw_total(self, rng: random.Random, count: int) -> float:
        """The sum of `count` independent draws, in one draw (a sum of gammas is a gamma)."""
        if count <= 0:
            return 0.0
        if self.cv <= 0 or self.mean_s <= 0:
            return self.mean_s * count
        shape = 1.0 / (self.cv * self.cv)
        return rng.gammavariate(shape * count, self.mean_s / shape)

    def draw_many(self, gen: np.random.Generator, counts: np.ndarray) -> np.ndarray:
        """One total per element of `counts`: the sum of that many draws (0 draws: 0)."""
        if self.cv <= 0 or self.mean_s <= 0:
            return self.mean_s * counts.astype(float)
        shape = 1.0 / (self.cv * self.cv)
        return gen.gamma(shape * counts, self.mean_s / shape)

    def check(self, name: str) -> None:
        if self.mean_s < 0 or self.cv < 0:
            raise RatesError(f"{name}: mean_s and cv must not be negative (got {self.mean_s}, {self.cv})")


@dataclass(frozen=True)
class PrinterRates:
    """Label printers: how fast, how often they stop, and how long a stop lasts.

    A stop takes one printer out; its labels fail over to the others (the print queue's failover),
    and a label that was printing when it stopped is reprinted after `failover_s`.
    """
    #: 100×150 mm e-waybill at 100–150 mm/s (DESIGN.md): 1.0–1.5 s a label.
    print_per_label: ServiceTime = ServiceTime(1.2, 0.1)
    #: Assumed: a 100×150 mm thermal e-waybill roll holds 500 labels.
    labels_per_roll: int = 500
    #: Assumed: loading a new roll and re-calibrating the gap sensor.
    roll_change: ServiceTime = ServiceTime(90.0, 0.4)
    #: Assumed: a jam, cover open or the printer dropping off the network every ~8 printing hours.
    fault_mtbf_h: float = 8.0
    fault_repair: ServiceTime = ServiceTime(300.0, 0.8)
    #: Assumed: the supervisor's audited reprint of the interrupted label on another printer.
    failover_s: float = 30.0


@dataclass(frozen=True)
class CarrierRates:
    """One carrier: its share of the day's parcels and its pickup batches (揽收)."""
    code: str
    share: float
    #: (hour of day, parcels) for every pickup, each day.
    pickups: tuple[tuple[float, int], ...]
    #: Parcels a day over all its pickups (None: no limit); a capacity cut (爆仓) lowers it.
    daily_capacity: int | None = None


def _hour(text: str) -> float:
    hours, minutes = text.split(":")
    return int(hours) + int(minutes) / 60


#: Assumed parcel shares: the 通达 carriers carry most of a Double 11 day, SF and JD the premium part.
_SHARES = {"SF": 0.10, "ZTO": 0.30, "YTO": 0.25, "YD": 0.25, "JD": 0.10}


def demo_carriers() -> tuple[CarrierRates, ...]:
    """The demo warehouse's carriers: pickups from demo.PICKUPS, daily capacities from its terms."""
    pickups = tuple((_hour(at), capacity) for _, at, capacity in PICKUPS)
    return tuple(CarrierRates(code, _SHARES.get(code, 0.0), pickups, TERMS.get(code, {}).get("daily_capacity"))
                 for code, *_ in CARRIERS)


def _exception_share(shape: DayShape = DayShape()) -> float:
    return shape.refund_requested + shape.attention_message + shape.incomplete_address


@dataclass(frozen=True)
class Rates:
    """The measured or assumed rates of the floor."""
    # 审单: orders are synced from the shops every 30–60 minutes (seed playbook: 订单同步时间设置在
    # 30分钟至1个小时) and reviewed in one go; the review engine itself does 24,000 orders in under a
    # second (benchmark review_waves_24k_s), so per order it is the supervisor's look at the batch.
    sync_interval_s: float = 1800.0
    review_per_order: ServiceTime = ServiceTime(0.05, 0.2)
    reviewers: int = 1
    # 异常单: refund requests, buyer messages and bad addresses (synthetic.DayShape: 5% of orders) go to a
    # specialist (专人统一负责); a refund request ends in a cancel (悔单), the rest ship after a fix.
    exception_share: float = _exception_share()
    exception_lost_share: float = DayShape().refund_requested / _exception_share()
    #: Assumed: a specialist spends about 2 minutes on one (check the refund, message the buyer, fix it)…
    exception_resolve: ServiceTime = ServiceTime(120.0, 1.0)
    exception_handlers: int = 3
    #: …and a fixed order then waits about an hour for the buyer's answer before it goes back to the line.
    exception_wait: ServiceTime = ServiceTime(3600.0, 1.0)
    # 波次: the supervisor plans and releases waves every `wave_interval_s` during work hours (assumed:
    # once an hour, as the drill's virtual supervisor does). As whs_app/waves.py plans them: per
    # carrier and kind (single- or multi-unit), at most max_wave_size orders, only orders due today
    # (paid after the 截单 cut-off: tomorrow), no more than the carrier's room today.
    wave_interval_s: float = 3600.0
    max_wave_orders: int = WarehouseSettings().max_wave_size
    cutoff_h: float = _hour(WarehouseSettings().cutoff_time)
    # 拣货: pickers share a wave's pick list, one line (a SKU, summed over the wave) at a time, and its
    # orders go to the pack benches when the whole wave is picked. Assumed times, sized so a picker
    # does 35–40 orders a busy hour (~550 in a 16-hour day: DESIGN.md's 400–550 orders a person a day).
    #: a picker joining a wave fetches its list and a cart
    pick_per_list: ServiceTime = ServiceTime(180.0, 0.3)
    pick_per_line: ServiceTime = ServiceTime(100.0, 0.4)
    pick_per_extra_unit: ServiceTime = ServiceTime(5.0, 0.3)
    # 验货打包: 25–35 orders an hour a packer (DESIGN.md). With the average order (1.9 units) a
    # packer spends ~106 s packing, ~1.2 s waiting for the label and 5 s sticking and scanning it
    # back: ~32 orders an hour.
    pack_per_order: ServiceTime = ServiceTime(95.0, 0.3)
    pack_per_extra_unit: ServiceTime = ServiceTime(12.0, 0.3)
    #: Assumed: peel, stick and scan the label back (settings.label_confirm_required).
    label_confirm: ServiceTime = ServiceTime(5.0, 0.3)
    #: Sized for 24,000 orders in 72 hours at the rates above, with the 10–20% spare DESIGN.md keeps.
    packers: int = 20
    pickers: int = 20
    #: One label printer a pack station plus 10% spare (DESIGN.md: keep 10–20% spare printers).
    printers: int = 22
    printer: PrinterRates = PrinterRates()
    #: Hours of the day the floor works, every day: 400–550 orders a person a day at 25–35 an hour
    #: (DESIGN.md) is a 16-hour day. (0, 24) is round-the-clock shifts.
    work_hours: tuple[float, float] = (8.0, 24.0)
    carriers: tuple[CarrierRates, ...] = field(default_factory=demo_carriers)

    def check(self) -> None:
        """Raise RatesError naming every rate that cannot be simulated."""
        for item in fields(self):
            value = getattr(self, item.name)
            if isinstance(value, ServiceTime):
                value.check(item.name)
        for name in ("print_per_label", "roll_change", "fault_repair"):
            getattr(self.printer, name).check(f"printer.{name}")
        for name in ("packers", "pickers", "printers", "reviewers", "exception_handlers", "max_wave_orders"):
            if getattr(self, name) < 1:
                raise RatesError(f"{name} must be at least 1 (got {getattr(self, name)})")
        if not (0 <= self.exception_share <= 1 and 0 <= self.exception_lost_share <= 1):
            raise RatesError("exception_share and exception_lost_share are fractions between 0 and 1")
        start, end = self.work_hours
        if not 0 <= start < end <= 24:
            raise RatesError(f"work_hours must be 0 ≤ start < end ≤ 24 (got {self.work_hours})")
        if not 0 <= self.cutoff_h <= 24:
            raise RatesError(f"cutoff_h is an hour of the day, 0–24 (got {self.cutoff_h})")
        if self.sync_interval_s <= 0 or self.wave_interval_s <= 0 or self.printer.labels_per_roll < 1 or self.printer.fault_mtbf_h <= 0:
            raise RatesError("sync_interval_s, wave_interval_s, printer.labels_per_roll and printer.fault_mtbf_h "
                             "must be positive")
        if not self.carriers or sum(c.share for c in self.carriers) <= 0:
            raise RatesError("at least one carrier needs a share above 0")
        for carrier in self.carriers:
            if carrier.share < 0 or not carrier.pickups or any(c < 0 or not 0 <= h < 24 for h, c in carrier.pickups):
                raise RatesError(f"carrier {carrier.code}: share ≥ 0 and pickups (hour 0–24, capacity ≥ 0) needed")

    def as_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Rates":
        """The defaults overlaid with `data` (what a rates JSON file holds; any subset of fields)."""
        rates = _overlay(cls(), data, "rates")
        rates.check()
        return rates


def _overlay(base: Any, data: Mapping[str, Any], where: str) -> Any:
    if not isinstance(data, Mapping):
        raise RatesError(f"{where}: expected an object, got {data!r}")
    known = {item.name: item for item in fields(base)}
    unknown = sorted(set(data) - set(known))
    if unknown:
        raise RatesError(f"{where}: unknown field(s) {', '.join(unknown)}; known: {', '.join(known)}")
    changes = {}
    for name, value in data.items():
        current = getattr(base, name)
        if is_dataclass(current):
            changes[name] = _overlay(current, value, f"{where}.{name}")
        elif name == "carriers":
            changes[name] = tuple(_carrier(item, f"{where}.carriers") for item in value)
        elif isinstance(current, tuple):
            changes[name] = tuple(value)
        else:
            changes[name] = value
    return replace(base, **changes)


def _carrier(data: Mapping[str, Any], where: str) -> CarrierRates:
    try:
        return CarrierRates(str(data["code"]), float(data["share"]),
                            tuple((float(h), int(c)) for h, c in data["pickups"]), data.get("daily_capacity"))
    except (KeyError, TypeError, ValueError) as exc:
        raise RatesError(f"{where}: a carrier needs code, share and pickups [[hour, capacity], …] ({exc})") from exc


@dataclass(frozen=True)
class DayPlan:
    """The day's order arrivals."""
    #: 10,000 normal daily orders × 3 × 0.8 (DESIGN.md; seed playbook: 约20000-24000单).
    volume: int = 24_000
    #: (start hour, length in hours, share) sales waves: the Double 11 curve by default.
    waves: tuple[tuple[float, float, float], ...] = DOUBLE_11_WAVES
    #: Multi-item share and the rest of the day's shape, as the synthetic surge uses it.
    shape: DayShape = DayShape()
    #: SKUs in the catalogue (the demo warehouse's), popular as synthetic.OrderFactory makes them:
    #: how many lines a wave's pick list sums its orders' lines into.
    skus: int = len(CATEGORIES) * len(VARIANTS) * len(SIZES)
    start: datetime = datetime(2026, 11, 11)
    #: Everything ships within 72 hours (DESIGN.md; seed playbook: 在72小时内…无论如何都要发完).
    limit_h: float = 72.0

    @classmethod
    def from_normal_volume(cls, normal_daily_orders: int, **rest: Any) -> "DayPlan":
        """A peak day from a normal day's volume: × 3 × 0.8 (DESIGN.md)."""
        return cls(volume=round(normal_daily_orders * 3 * 0.8), **rest)

    def check(self) -> None:
        if self.volume < 0 or self.limit_h <= 0 or self.skus < 1:
            raise RatesError(f"volume must be ≥ 0, limit_h > 0 and skus ≥ 1 (got {self.volume}, {self.limit_h}, "
                             f"{self.skus})")
        if not self.waves or sum(share for _, _, share in self.waves) <= 0:
            raise RatesError("waves need at least one (start hour, hours, share) with a share above 0")
        if any(start < 0 or length < 0 or share < 0 for start, length, share in self.waves):
            raise RatesError("waves: start hour, length and share must not be negative")


@dataclass(frozen=True)
class WhatIf:
    """A change to the rates to ask "what if" about: people and printers added (or taken, < 0),
    carriers capped to so many parcels a day, carriers out for the day (their share re-routed)."""
    packers: int = 0
    pickers: int = 0
    printers: int = 0
    carrier_caps: tuple[tuple[str, int], ...] = ()
    carriers_out: tuple[str, ...] = ()

    def apply(self, rates: Rates) -> Rates:
        codes = {carrier.code for carrier in rates.carriers}
        named = [code for code, _ in self.carrier_caps] + list(self.carriers_out)
        unknown = sorted(set(named) - codes)
        if unknown:
            raise RatesError(f"what-if names carrier(s) {', '.join(unknown)} the rates do not have: {', '.join(sorted(codes))}")
        caps = dict(self.carrier_caps)
        carriers = tuple(replace(
            carrier,
            share=0.0 if carrier.code in self.carriers_out else carrier.share,
            daily_capacity=_tighter(carrier.daily_capacity, caps.get(carrier.code)),
        ) for carrier in rates.carriers)
        changed = replace(rates, packers=rates.packers + self.packers, pickers=rates.pickers + self.pickers,
                          printers=rates.printers + self.printers, carriers=carriers)
        changed.check()
        return changed

    def describe(self) -> str:
        parts = [f"{word} {delta:+d}" for word, delta in
                 (("打包员 packers", self.packers), ("拣货员 pickers", self.pickers), ("打印机 printers", self.printers))
                 if delta]
        parts += [f"{code} 限 cap {cap}/天 day" for code, cap in self.carrier_caps]
        parts += [f"{code} 停 out" for code in self.carriers_out]
        return ", ".join(parts) or "无 none"


def _tighter(current: int | None, cap: int | None) -> int | None:
    if cap is None:
        return current
    return cap if current is None else min(current, cap)
