"""Wave planning (波次): READY orders due today become waves per carrier pickup batch and kind.

First the released batch is assigned carriers at once (whs_app/carriers/released.py); only the
parcels it placed are waved, those left waiting for room stay READY.

A parcel is a merge leader with its followers, or an order on its own. Parcels fill their
carrier's pickup batches in pickup time order up to each batch's capacity (parcels already waved
for the day count); single-unit parcels go apart from multi-unit ones; at most max_wave_size
parcels a wave, in priority order. Each wave gets a pick list summed per SKU, in walking order.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from operator import itemgetter
from typing import Iterator, NamedTuple

from whs_app.actor import Actor
from whs_app.bulk import collector_paused
from whs_app.carriers.released import assign_released
from whs_app.clock import Clock, stamp
from whs_app.model import OrderState
from whs_app.pulling import preprint_waves
from whs_app.settings import WarehouseSettings
from whs_app.store import Store
from whs_app.store.assignments import ParcelRow
from whs_app.walk import walk_order


class WaveError(Exception):
    """A wave, bin or SKU that is not there, or a step the wave's state refuses."""


class Parcel(NamedTuple):
    leader_id: int
    carrier_id: int
    priority: int
    ship_day: str
    order_ids: list[int]
    units: int


@dataclass(frozen=True)
class PlannedWave:
    id: int
    code: str
    carrier: str
    pickup_batch: str | None
    kind: str
    parcels: int
    orders: int
    units: int


@dataclass
class WavePlan:
    waves: list[PlannedWave] = field(default_factory=list)
    waiting: dict[str, int] = field(default_factory=dict)       # carrier code -> parcels over capacity
    unparseable_bins: list[str] = field(default_factory=list)
    labels_queued: int = 0
    starved_orders: list[int] = field(default_factory=list)
    assignment: dict = field(default_factory=dict)              # the carrier assignment run first (issue 5)

    def as_dict(self) -> dict:
        return asdict(self)

    def as_text(self) -> str:
        lines = [f"{w.code}  {w.carrier:<5} {w.pickup_batch or '-':<12} {w.kind:<6} 单 {w.orders:>4}"
                 f" 包 {w.parcels:>4}  件 {w.units:>5}" for w in self.waves]
        lines.append(f"波次 waves planned: {len(self.waves)}, 订单 orders {sum(w.orders for w in self.waves)}")
        lines += [f"  {code}: {count} 个包裹超出揽收批次容量，等待下次排波 parcels over pickup capacity wait"
                  for code, count in sorted(self.waiting.items())]
        if self.unparseable_bins:
            lines.append("  无法解析的库位，排在最后 bins that do not parse, walked last: " + ", ".join(self.unparseable_bins))
        if self.assignment.get("parcels"):
            a = self.assignment
            lines.append(f"  快递分配 carriers assigned {sum(a['assigned'].values())}, 等待 waiting {a['waiting']},"
                         f" 异常 exceptions {sum(a['exceptions'].values())} (whs carriers why ORDER_NO)")
        if self.labels_queued or self.starved_orders:
            lines.append(f"  预打面单 labels queued {self.labels_queued}, 缺面单号转异常 starved {len(self.starved_orders)}")
        return "\n".join(lines)


def find_wave(store: Store, ref: str | int) -> dict:
    wave = store.waves.get(ref)
    if wave is None:
        raise WaveError(f"没有波次 {ref} / no wave {ref}")
    return wave


def plan_waves(store: Store, clock: Clock, actor: Actor) -> WavePlan:
    now = clock.now()
    at, today = stamp(now), now.date().isoformat()
    settings = WarehouseSettings.load(store)
    plan = WavePlan()
    with store.transaction(), collector_paused():
        unwaved = store.assignments.unwaved(today)
        assigned = assign_released(store, clock, actor, unwaved)   # carriers for the released batch, at once
        plan.assignment = assigned.as_dict()
        parcels = placed_parcels(unwaved, assigned.placed, today)
        batches, waiting = fill_batches(parcels, store.waves.pickup_batches(), store.waves.parcels_waved(today))
        codes = {c.id: c.code for c in store.carriers.all()}
        plan.waiting = dict(Counter(assigned.waiting_by_carrier) + Counter({codes[c]: n for c, n in waiting.items()}))
        writer = WaveWriter(store, at, actor, today)
        for (_, carrier_id, batch), members in sorted(batches.items(), key=lambda item: item[0][:2]):
            for kind, chunk in wave_chunks(members, settings.max_wave_size):
                writer.add(carrier_id, batch, kind, chunk)
        plan.waves = writer.flush()
        plan.unparseable_bins = sorted(writer.unparseable)
        if settings.pack_mode == "batch":
            plan.labels_queued, plan.starved_orders = preprint_waves(store, at, actor, [w.id for w in plan.waves])
    return plan


def placed_parcels(unwaved: list[ParcelRow], placed: dict[int, int], today: str) -> list[Parcel]:
    """The parcels the assignment placed, in priority order, each with its followers READY on no wave (those
    shipping later too: they ride in their leader's slot). unwaved: store.assignments.unwaved(today), the rows
    the assignment read, in priority order; placed: AssignResult.placed. No second read of the orders."""
    followers: dict[int, list[ParcelRow]] = defaultdict(list)
    for row in unwaved:
        if row.leader_id is not None:
            followers[row.leader_id].append(row)
    parcels = []
    for row in unwaved:
        carrier_id = placed.get(row.id)
        if carrier_id is None or row.leader_id is not None:   # not placed, or a follower placed alone
            continue
        order_ids, units = [row.id], row.units
        riders = followers.get(row.id)
        if riders:   # few parcels have any: the plain case stays cheap
            order_ids += [rider.id for rider in riders]
            units += sum(rider.units for rider in riders)
        parcels.append(Parcel(row.id, carrier_id, row.priority, row.ship_day or today, order_ids, units))
    return parcels


def fill_batches(parcels: list[Parcel], batches: dict[int, list[tuple[str, int]]],
                 used: dict[tuple[int, str | None], int]) -> tuple[dict[tuple, list[Parcel]], Counter]:
    """((batch position, carrier id, batch label) -> parcels, carrier id -> parcels left waiting)."""
    room: dict[int, list[list]] = {}   # carrier id -> [[key, room left], ...], full batches dropped from the front
    for carrier_id in {p.carrier_id for p in parcels}:
        own = batches.get(carrier_id) or [(None, float("inf"))]   # no pickups set up: no limit
        room[carrier_id] = [[(position, carrier_id, label), capacity - used.get((carrier_id, label), 0)]
                            for position, (label, capacity) in enumerate(own)]
    placed: dict[tuple, list[Parcel]] = defaultdict(list)
    waiting: Counter = Counter()
    for parcel in parcels:
        slots = room[parcel.carrier_id]
        while slots and slots[0][1] <= 0:
            slots.pop(0)
        if not slots:
            waiting[parcel.carrier_id] += 1
            continue
        slot = slots[0]
        slot[1] -= 1
        placed[slot[0]].append(parcel)
    return placed, waiting


def wave_chunks(parcels: list[Parcel], size: int) -> Iterator[tuple[str, list[Parcel]]]:
    """Single-unit parcels apart from multi-unit ones, at most size parcels a wave, order kept."""
    kinds: dict[str, list[Parcel]] = {"single": [], "multi": []}
    for parcel in parcels:
        kinds["single" if parcel.units == 1 else "multi"].append(parcel)
    for kind, same in kinds.items():
        for start in range(0, len(same), size):
            yield kind, same[start:start + size]


class WaveWriter:
    """Creates waves one by one, then writes their orders, pick lines and audit events in bulk."""

    def __init__(self, store: Store, at: str, actor: Actor, day: str) -> None:
        self.store, self.at, self.actor, self.day = store, at, actor, day
        self.prefix = f"W{day.replace('-', '')}-"
        self.number = max((int(code[len(self.prefix):]) for code in store.waves.codes_like(self.prefix)
                           if code[len(self.prefix):].isdigit()), default=0)
        self.carriers = {c.id: c.code for c in store.carriers.all()}
        self.skus: dict[int, tuple[str, str]] = {}
        self.assignments: list[tuple[int, int | None, int]] = []
        self.waves: list[tuple[int, str, int, str | None, str, int, list[int]]] = []   # as add() made them
        self.unparseable: set[str] = set()

    def add(self, carrier_id: int, batch: str | None, kind: str, parcels: list[Parcel]) -> None:
        self.number += 1
        code = f"{self.prefix}{self.number:03d}"
        wave_id = self.store.waves.add(code, carrier_id, batch, kind, self.day, self.at, len(parcels))
        self.assignments += [(wave_id, slot, parcel.leader_id) for slot, parcel in enumerate(parcels, start=1)]
        members = [order_id for parcel in parcels for order_id in parcel.order_ids]
        if len(members) > len(parcels):   # followers ride in their leader's slot
            self.assignments += [(wave_id, None, rider) for parcel in parcels for rider in parcel.order_ids[1:]]
        self.waves.append((wave_id, code, carrier_id, batch, kind, len(parcels), members))

    def flush(self) -> list[PlannedWave]:
        """The waves added, in order, now with their orders, pick lists and audit events written."""
        self.store.waves.assign(sorted(self.assignments, key=itemgetter(2)))   # id order: see review._write
        # Units per SKU summed by SQLite over the orders now on the waves: no day of lines through Python.
        totals = self.store.waves.units_per_sku(self.waves[0][0], self.waves[-1][0]) if self.waves else {}
        planned, pick_lines = [], []
        for wave_id, code, carrier_id, batch, kind, parcels, members in self.waves:
            units = totals.get(wave_id, {})
            pick_lines += self._pick_list(wave_id, units)
            planned.append(PlannedWave(wave_id, code, self.carriers[carrier_id], batch, kind, parcels, len(members),
                                       sum(units.values())))
        self.store.waves.add_pick_lines(pick_lines)
        self.store.audit.record_many(self.at, self.actor, "wave.planned", "wave",
                                     ((wave.id, asdict(wave)) for wave in planned))
        for wave_id, code, _, _, _, _, members in self.waves:
            self.store.audit.record_each(self.at, self.actor, "order.waved", "order", members, {
                "from": OrderState.READY, "to": OrderState.WAVED, "wave_id": wave_id, "wave": code})
        return planned

    def _pick_list(self, wave_id: int, totals: dict[int, int]) -> list[tuple[int, int, str, int, int]]:
        missing = [sku for sku in totals if sku not in self.skus]
        if missing:
            self.skus.update({sku.id: (sku.bin, sku.code) for sku in self.store.skus.by_ids(missing).values()})
        position, bad = walk_order(self.skus[sku][0] for sku in totals)
        self.unparseable.update(bad)
        ordered = sorted(totals, key=lambda sku: (position[self.skus[sku][0]], self.skus[sku][1]))
        return [(wave_id, seq, self.skus[sku][0], sku, totals[sku]) for seq, sku in enumerate(ordered, 1)]
