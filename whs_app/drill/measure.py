"""What a drill measured, read from the drill database alone (so people's drills measure alike).

`measure(store, now)` gives the live figures and, at the end, the report's: orders per hour
against the plan (the Double 11 curve), backlog per stage, per-packer rate and error rate, the
pickers' rate, fault recovery times, printer and carrier load, each stage's capacity and the
bottleneck (the stage that can do the fewest orders an hour).

A packer's rate is orders per busy hour: from opening a parcel to confirming its label, so idle
time waiting for work does not count against her. A picker's busy time is the time between her
confirmations (gaps over BREAK_S are breaks, not work).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from datetime import datetime
from statistics import mean

from whs_app.drill.faults import Fault
from whs_app.drill.info import DrillInfo, load_info
from whs_app.model import OrderState
from whs_app.store import Store
from whs_app.synthetic import DOUBLE_11_WAVES

parse_time = datetime.fromisoformat    # the store's 'YYYY-MM-DD HH:MM:SS', many times faster than strptime
BREAK_S = 900.0
WRONG_ITEM_MARKS = ("错货", "多扫")          # the packer's mistakes (invariant 4 refused them)
STAGES = ("review", "wave", "pick", "pack")
#: stage -> (the order time it waits from, the time it is done)
_STAGE_TIMES = {"review": ("created_at", "reviewed"), "wave": ("reviewed", "waved"), "pick": ("waved", "picked"),
                "pack": ("picked", "packed_at")}
#: order states counted as each stage's backlog
BACKLOG_STATES = {"review": (OrderState.NEW,), "exceptions": (OrderState.EXCEPTION,), "wave": (OrderState.READY,),
                  "pick": (OrderState.WAVED,), "pack": (OrderState.PICKED, OrderState.PACKING)}


@dataclass(frozen=True)
class PackerFigures:
    login: str
    station: str
    orders: int
    units: int
    busy_h: float
    rate_h: float            # orders per busy hour
    wrong_scans: int         # wrong or extra item scans, refused
    bad_scans: int           # codes nobody knows (scanner noise)
    error_rate: float        # wrong scans per order


@dataclass(frozen=True)
class PickerFigures:
    login: str
    lines: int
    units: int
    busy_h: float
    lines_h: float


@dataclass(frozen=True)
class StageFigures:
    name: str
    done: int
    backlog: int
    mean_wait_min: float | None    # from the stage before it to this one being done
    capacity_h: float | None       # orders an hour the stage can do as staffed (None: not a people stage)


@dataclass(frozen=True)
class FaultFigures:
    id: int
    fault: str
    label: str
    target: str
    at: str
    recovered_at: str | None
    recovery_min: float | None


@dataclass(frozen=True)
class Figures:
    info: DrillInfo
    now: str
    hours: float                       # simulated hours since the drill day began
    arrived: int
    packed: int
    cancelled: int
    exceptions_raised: int
    plan_per_hour: list[float]
    arrived_per_hour: list[int]
    packed_per_hour: list[int]
    orders_per_hour: float             # packed in the last hour
    backlog: dict[str, int]
    stages: list[StageFigures]
    packers: list[PackerFigures]
    pickers: list[PickerFigures]
    faults: list[FaultFigures]
    printers: list[dict]
    carriers: list[dict]
    bottleneck: str | None
    finished_at: str | None            # the last order packed, once nothing is left to do
    parcels_per_order: float
    label_confirm_s: float | None
    pack_samples: list[tuple[int, float]] = field(repr=False, default_factory=list)   # (units, seconds)
    pick_gaps_s: list[float] = field(repr=False, default_factory=list)

    def as_dict(self) -> dict:
        data = asdict(self)
        del data["pack_samples"], data["pick_gaps_s"]
        return data

    @property
    def pack_capacity_h(self) -> float:
        return sum(p.rate_h for p in self.packers)

    @property
    def finish_h(self) -> float | None:
        return None if self.finished_at is None else round(self._hours(self.finished_at), 2)

    def _hours(self, at: str) -> float:
        return (parse_time(at) - parse_time(f"{self.info.day} 00:00:00")).total_seconds() / 3600


def measure(store: Store, now: datetime) -> Figures:
    info = load_info(store)
    day = parse_time(f"{info.day} 00:00:00")
    repo = store.drill
    orders, parcels = repo.orders(), repo.parcels()
    hours = max((now - day).total_seconds() / 3600, 0.0)
    packers = _packers(parcels, repo.refusals())
    pickers, gaps = _pickers(repo.pick_confirmations())
    stages = _stages(orders, packers, pickers)
    counts = Counter(order["state"] for order in orders)
    active = sum(counts.get(state, 0) for states in BACKLOG_STATES.values() for state in states)
    packed_times = [o["packed_at"] for o in orders if o["packed_at"]]
    confirm = [_seconds(p["closed_at"], p["confirmed_at"]) for p in parcels if p["confirmed_at"]]
    leaders = [o for o in orders if o["packed_at"] and o["merge_leader_id"] is None]
    return Figures(
        info=info, now=now.strftime("%Y-%m-%d %H:%M:%S"), hours=round(hours, 2),
        arrived=len(orders), packed=len(packed_times), cancelled=counts.get(OrderState.CANCELLED, 0),
        exceptions_raised=len({e["order_id"] for e in repo.exceptions()}),
        plan_per_hour=plan_per_hour(info.orders),
        arrived_per_hour=_per_hour([o["paid_at"] or o["created_at"] for o in orders], day, hours),
        packed_per_hour=_per_hour(packed_times, day, hours),
        orders_per_hour=float(sum(1 for at in packed_times if 0 <= (now - parse_time(at)).total_seconds() < 3600)),
        backlog={name: sum(counts.get(s, 0) for s in states) for name, states in BACKLOG_STATES.items()},
        stages=stages, packers=packers, pickers=pickers, faults=_faults(repo.events()),
        printers=_printers(repo.print_jobs()), carriers=_carriers(parcels, repo.carrier_caps(info.day)),
        bottleneck=_bottleneck(stages),
        finished_at=max(packed_times) if packed_times and not active else None,
        parcels_per_order=round(len(parcels) / len(leaders), 3) if leaders else 1.0,
        label_confirm_s=round(mean(confirm), 1) if confirm else None,
        pack_samples=[(p["units"] or 1, _seconds(p["opened_at"], p["closed_at"])) for p in parcels],
        pick_gaps_s=gaps,
    )


def plan_per_hour(volume: int, waves=DOUBLE_11_WAVES) -> list[float]:
    """Orders expected to arrive in each hour of the day on the Double 11 curve."""
    plan = [0.0] * 24
    for start, length, share in waves:
        for hour in range(24):
            overlap = max(0.0, min(hour + 1, start + length) - max(hour, start))
            plan[hour] += volume * share * overlap / length
    return [round(value, 1) for value in plan]


def _seconds(start: str, end: str) -> float:
    return (parse_time(end) - parse_time(start)).total_seconds()


def _per_hour(times: list[str], day: datetime, hours: float) -> list[int]:
    buckets = [0] * max(1, int(hours) + 1)
    for at in times:
        index = int((parse_time(at) - day).total_seconds() // 3600)
        if 0 <= index < len(buckets):
            buckets[index] += 1
    return buckets


def _packers(parcels: list[dict], refusals: list[dict]) -> list[PackerFigures]:
    by_user: dict[str, list[dict]] = defaultdict(list)
    for parcel in parcels:
        by_user[parcel["user_login"]].append(parcel)
    wrong, bad = Counter(), Counter()
    for refusal in refusals:
        message = refusal["detail"].get("message") or ""
        if any(mark in message for mark in WRONG_ITEM_MARKS):
            wrong[refusal["user_login"]] += 1
        elif "未知条码" in message:
            bad[refusal["user_login"]] += 1
    figures = []
    for login, own in sorted(by_user.items()):
        busy = sum(_seconds(p["opened_at"], p["confirmed_at"] or p["closed_at"]) for p in own) / 3600
        orders = len(own)
        figures.append(PackerFigures(login, own[-1]["station"], orders, sum(p["units"] or 0 for p in own),
                                     round(busy, 3), round(orders / busy, 1) if busy else 0.0, wrong[login],
                                     bad[login], round(wrong[login] / orders, 4) if orders else 0.0))
    return figures


def _pickers(lines: list[dict]) -> tuple[list[PickerFigures], list[float]]:
    by_user: dict[str, list[dict]] = defaultdict(list)
    for line in lines:
        by_user[line["confirmed_by"]].append(line)
    figures, all_gaps = [], []
    for login, own in sorted(by_user.items()):
        times = [parse_time(line["confirmed_at"]) for line in own]
        gaps = [(b - a).total_seconds() for a, b in zip(times, times[1:])]
        work = [gap for gap in gaps if gap <= BREAK_S]
        all_gaps += work
        busy = (sum(work) + (mean(work) if work else 0.0)) / 3600
        figures.append(PickerFigures(login, len(own), sum(line["picked"] or 0 for line in own), round(busy, 3),
                                     round(len(own) / busy, 1) if busy else 0.0))
    return figures, all_gaps


def _stages(orders: list[dict], packers: list[PackerFigures], pickers: list[PickerFigures]) -> list[StageFigures]:
    picked = sum(1 for o in orders if o["picked"])
    lines = sum(p.lines for p in pickers)
    picker_hours = sum(p.busy_h for p in pickers)
    pick_capacity = (picked / picker_hours) * len(pickers) if picker_hours and lines else None
    capacity = {"pack": sum(p.rate_h for p in packers) or None, "pick": pick_capacity}
    counts = Counter(o["state"] for o in orders)
    stages = []
    for name in STAGES:
        begin, end = _STAGE_TIMES[name]
        waits = [_seconds(o[begin], o[end]) / 60 for o in orders if o[begin] and o[end]]
        stages.append(StageFigures(name, len(waits), sum(counts.get(s, 0) for s in BACKLOG_STATES[name]),
                                   round(mean(waits), 1) if waits else None,
                                   round(capacity[name], 1) if capacity.get(name) else None))
    return stages


def _bottleneck(stages: list[StageFigures]) -> str | None:
    staffed = [stage for stage in stages if stage.capacity_h]
    return min(staffed, key=lambda stage: stage.capacity_h).name if staffed else None


def _faults(events: list[dict]) -> list[FaultFigures]:
    recovered = {e["fault_id"]: e["at"] for e in events if e["kind"] == "recovered"}
    figures = []
    for event in (e for e in events if e["kind"] == "fault"):
        back = recovered.get(event["id"])
        label = Fault(event["name"]).label if event["name"] in Fault._value2member_map_ else event["name"]
        figures.append(FaultFigures(event["id"], event["name"], label, event["target"], event["at"], back,
                                    round(_seconds(event["at"], back) / 60, 1) if back else None))
    return figures


def _printers(jobs: list[dict]) -> list[dict]:
    by_printer: dict[str, Counter] = defaultdict(Counter)
    for job in jobs:
        load = by_printer[job["printer"] or "-"]
        load["jobs"] += 1
        load[job["state"]] += 1
        load["drill_marked"] += bool(job["drill"])
    return [{"printer": name, "jobs": load["jobs"],
             "printed": load["sent"] + load["confirmed"] + load["unknown"], "waiting": load["queued"],
             "failed": load["failed"], "drill_marked": load["drill_marked"]}
            for name, load in sorted(by_printer.items())]


def _carriers(parcels: list[dict], caps: dict[str, int | None]) -> list[dict]:
    load = Counter(p["carrier"] for p in parcels)
    return [{"carrier": code, "parcels": load.get(code, 0), "daily_capacity": cap,
             "load": round(load.get(code, 0) / cap, 3) if cap else None} for code, cap in sorted(caps.items())]
