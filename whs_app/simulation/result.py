"""What a simulated day came to: the forecast `whs simulate` prints and the drill report quotes."""
from __future__ import annotations

import math
from dataclasses import asdict, dataclass

import numpy as np

from whs_app.simulation.floor import Floor
from whs_app.simulation.orders import CANCELLED, NORMAL
from whs_app.simulation.rates import DayPlan


@dataclass(frozen=True)
class StageLoad:
    stage: str                  # review, exceptions, pick, pack, print, or "handover SF"
    utilisation: float          # busy share of its capacity over the forecast's working hours
    peak_backlog: int           # most orders in the stage (waiting or being worked) at once; for print,
    peak_at_h: float            # packers waiting for a printer
    mean_hours: float           # mean time an order spent in the stage; for print, waiting for a printer


@dataclass(frozen=True)
class PickupLoad:
    at_h: float
    offered: int
    taken: int
    left: int


@dataclass(frozen=True)
class CarrierLoad:
    code: str
    parcels: int
    shipped: int
    utilisation: float          # parcels taken ÷ capacity offered by its pickups until the finish
    last_pickup_h: float | None
    pickups: list[PickupLoad]


@dataclass(frozen=True)
class PrinterLoad:
    printers: int
    labels: int
    roll_changes: int
    faults: int
    failovers: int
    down_hours: float


@dataclass(frozen=True)
class SimResult:
    volume: int
    start: str
    limit_h: float
    what_if: str
    finish_h: float | None      # the last parcel handed over (hours after the day's start); None: not by the horizon
    within_limit: bool
    last_arrival_h: float | None
    last_packed_h: float | None
    shipped: int
    cancelled: int
    unshipped: int              # neither shipped nor cancelled by the horizon
    late: int                   # shipped more than limit_h after payment, or not at all
    bottleneck: str
    stages: list[StageLoad]
    needed_per_hour: float      # orders a working hour the floor must pack to ship all within the limit
    packed_per_hour: float      # orders a working hour it packed, from its first to its last parcel
    hourly: dict[str, list[int]]        # arrived, packed, shipped per hour after the start
    backlog: dict[str, list[int]]       # orders in each stage at each full hour
    carriers: list[CarrierLoad]
    printers: PrinterLoad

    def stage(self, name: str) -> StageLoad:
        return next(s for s in self.stages if s.stage == name)

    def as_dict(self) -> dict:
        return asdict(self)

    def as_text(self) -> str:
        from whs_app.simulation.text import forecast_text
        return forecast_text(self)


class _Columns:
    """The day's stamps and order facts as numpy arrays, converted once."""

    def __init__(self, floor: Floor) -> None:
        stamps, orders = floor.stamps, floor.orders
        for name in ("reviewed", "released", "picked", "pack_start", "packed", "shipped", "cancelled"):
            setattr(self, name, np.array(getattr(stamps, name), dtype=float))
        self.arrival = np.array(orders.arrival, dtype=float)
        self.fate = np.array(orders.fate, dtype=np.int8)
        self.carrier = np.array(orders.carrier, dtype=np.int32)
        self.shippable = self.fate != CANCELLED

    def spans(self) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        """stage -> (entered, left) per order that entered it; nan left: still in it."""
        exceptional = self.fate != NORMAL
        exception_left = np.where(np.isnan(self.released), self.cancelled, self.released)
        return {
            "review": (self.arrival, self.reviewed),
            "exceptions": (self.reviewed[exceptional], exception_left[exceptional]),
            "pick": (self.released, self.picked),
            "pack": (self.picked, self.packed),
            "handover": (self.packed, self.shipped),
        }


def summarise(floor: Floor, plan: DayPlan, what_if: str) -> SimResult:
    rates, log, day = floor.rates, floor.printer_log, _Columns(floor)
    unshipped = int(np.count_nonzero(day.shippable & np.isnan(day.shipped)))
    finish_s = _latest(day.shipped) if unshipped == 0 else None
    end_s = floor.env.now if unshipped else max(_latest(day.shipped) or 0.0, _latest(day.cancelled) or 0.0)
    limit_s = plan.limit_h * 3600.0
    spans = day.spans()
    stages = (_stage_loads(floor, spans, floor.hours.open_seconds(0.0, max(end_s, 1.0)))
              + _handover_loads(floor, day, end_s))
    return SimResult(
        volume=len(floor.orders), start=plan.start.isoformat(sep=" "), limit_h=plan.limit_h, what_if=what_if,
        finish_h=_hours(finish_s), within_limit=finish_s is not None and finish_s <= limit_s,
        last_arrival_h=_hours(_latest(day.arrival)), last_packed_h=_hours(_latest(day.packed)),
        shipped=int(np.count_nonzero(~np.isnan(day.shipped))),
        cancelled=int(np.count_nonzero(~np.isnan(day.cancelled))),
        unshipped=unshipped, late=int(np.count_nonzero(day.shippable & ~(day.shipped - day.arrival <= limit_s))),
        bottleneck=max(stages, key=lambda s: s.utilisation).stage,
        stages=stages,
        needed_per_hour=_per_hour(int(np.count_nonzero(day.shippable)), floor.hours.open_seconds(0.0, limit_s)),
        packed_per_hour=_packed_per_hour(floor, day),
        hourly=_hourly(end_s, arrived=day.arrival, packed=day.packed, shipped=day.shipped),
        backlog={name: _counts_at(enter, leave, np.arange(0.0, end_s + 3600.0, 3600.0)).tolist()
                 for name, (enter, leave) in spans.items()},
        carriers=_carrier_loads(floor, day, end_s),
        printers=PrinterLoad(rates.printers, log.labels, log.roll_changes, log.faults, log.failovers,
                             round(log.down_s / 3600.0, 2)),
    )


def _stage_loads(floor: Floor, spans: dict, open_s: float) -> list[StageLoad]:
    """The people stages' loads, and the printers' (their backlog: packers waiting for a printer)."""
    rates, busy = floor.rates, floor.busy
    capacity = {"review": rates.reviewers, "exceptions": rates.exception_handlers, "pick": rates.pickers,
                "pack": rates.packers}
    loads = []
    for name, people in capacity.items():
        enter, leave = spans[name]
        peak, peak_at = _peak(enter, leave)
        loads.append(StageLoad(name, _share(getattr(busy, name), people * open_s), peak, _hours(peak_at),
                               _mean_hours(enter, leave)))
    log = floor.printer_log
    loads.append(StageLoad("print", _share(busy.print, rates.printers * open_s), log.peak_waiting,
                           _hours(log.peak_waiting_at), round(log.wait_s / log.labels / 3600.0, 5) if log.labels else 0.0))
    return loads


def _handover_loads(floor: Floor, day: _Columns, end_s: float) -> list[StageLoad]:
    loads = []
    for index, carrier in enumerate(floor.rates.carriers):
        mine = day.carrier == index
        if carrier.share <= 0 or not mine.any():
            continue
        peak, peak_at = _peak(day.packed[mine], day.shipped[mine])
        loads.append(StageLoad(f"handover {carrier.code}", _carrier_utilisation(floor, index, end_s), peak,
                               _hours(peak_at), _mean_hours(day.packed[mine], day.shipped[mine])))
    return loads


def _carrier_utilisation(floor: Floor, carrier: int, end_s: float) -> float:
    pickups = [p for p in floor.pickups if p.carrier == carrier and p.at <= end_s]
    offered = sum(p.offered for p in pickups)
    return _share(sum(p.taken for p in pickups), offered) if offered else (1.0 if pickups else 0.0)


def _carrier_loads(floor: Floor, day: _Columns, end_s: float) -> list[CarrierLoad]:
    loads = []
    for index, carrier in enumerate(floor.rates.carriers):
        mine = (day.carrier == index) & day.shippable
        pickups = [PickupLoad(_hours(p.at), p.offered, p.taken, p.left)
                   for p in floor.pickups if p.carrier == index and p.at <= end_s]
        taking = [p.at_h for p in pickups if p.taken]
        loads.append(CarrierLoad(carrier.code, int(np.count_nonzero(mine)),
                                 int(np.count_nonzero(mine & ~np.isnan(day.shipped))),
                                 _carrier_utilisation(floor, index, end_s), taking[-1] if taking else None, pickups))
    return loads


def _peak(enter: np.ndarray, leave: np.ndarray) -> tuple[int, float]:
    """Most orders between entering and leaving at once, and when (leaving first at a tie)."""
    entered = ~np.isnan(enter)
    if not entered.any():
        return 0, 0.0
    enter = enter[entered]
    leave = np.where(np.isnan(leave[entered]), np.inf, leave[entered])
    times = np.concatenate([leave, enter])
    steps = np.concatenate([-np.ones(len(leave)), np.ones(len(enter))])
    order = np.lexsort((steps, times))
    level = np.cumsum(steps[order])
    top = int(np.argmax(level))
    return int(level[top]), float(times[order][top])


def _counts_at(enter: np.ndarray, leave: np.ndarray, at: np.ndarray) -> np.ndarray:
    entered = np.sort(enter[~np.isnan(enter)])
    left = np.sort(np.where(np.isnan(leave), np.inf, leave)[~np.isnan(enter)])
    return np.searchsorted(entered, at, side="right") - np.searchsorted(left, at, side="right")


def _hourly(end_s: float, **series: np.ndarray) -> dict[str, list[int]]:
    bins = np.arange(0.0, math.floor(end_s / 3600.0) * 3600.0 + 7200.0, 3600.0)
    return {name: np.histogram(values[~np.isnan(values)], bins=bins)[0].tolist() for name, values in series.items()}


def _packed_per_hour(floor: Floor, day: _Columns) -> float:
    if np.all(np.isnan(day.packed)):
        return 0.0
    return _per_hour(int(np.count_nonzero(~np.isnan(day.packed))),
                     floor.hours.open_seconds(float(np.nanmin(day.pack_start)), float(np.nanmax(day.packed))))


def _per_hour(count: int, seconds: float) -> float:
    return round(count / seconds * 3600.0, 1) if seconds > 0 else 0.0


def _share(part: float, whole: float) -> float:
    return round(part / whole, 4) if whole > 0 else 0.0


def _mean_hours(enter: np.ndarray, leave: np.ndarray) -> float:
    """Mean time in the stage of the orders that left it."""
    spans = leave - enter
    spans = spans[~np.isnan(spans)]
    return round(float(spans.mean()) / 3600.0, 5) if len(spans) else 0.0


def _latest(values: np.ndarray) -> float | None:
    return float(np.nanmax(values)) if np.any(~np.isnan(values)) else None


def _hours(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds / 3600.0, 3)
