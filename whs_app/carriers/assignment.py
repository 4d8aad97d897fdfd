"""Assignment of a whole batch of parcels to carriers at the lowest cost within every carrier's room.

Parcels with the same destination province, the same set of usable carriers and the same weight band
(started kilograms over the first weight) cost the same with every carrier, so they form one group;
the solver splits each group's count over its carriers exactly (solver.py), and the split is handed
back to the parcels in priority order: the first parcels of a group go to its carriers, the last
ones are left over when room runs out. Pure: arrays in, arrays out, no store.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

import numpy as np

from whs_app.carriers.config import CarrierTerms
from whs_app.carriers.solver import solve
from whs_app.carriers.tariff import EPSILON_KG

#: Carrier position of a parcel left over because the carriers that could take it are full.
LEFT = -1
#: Carrier position of a parcel no carrier can take (coverage, weight, tariff, or its rule's carrier).
UNUSABLE = -2
_MAX_BAND = 1023


@dataclass(frozen=True)
class ParcelBatch:
    """The parcels of one run in priority order, as arrays over their positions."""
    areas: Sequence[tuple[str, str, str]]   # distinct destinations (province, city, district)
    area: np.ndarray                         # per parcel: index into areas
    weight: np.ndarray                       # per parcel: kg
    pin: np.ndarray                          # per parcel: carrier position it must go to, -1 for any


@dataclass(frozen=True)
class Group:
    province: str
    added_kg: int                  # started kilograms over the first weight (of the first carrier)
    unit_cost: dict[int, float]    # carrier position -> cost of one parcel
    taken: dict[int, int]          # carrier position -> parcels
    left: int

    def as_dict(self, carriers: Sequence[CarrierTerms]) -> dict:
        return {"province": self.province, "added_kg": self.added_kg,
                "unit_cost": {carriers[k].code: round(c, 2) for k, c in self.unit_cost.items()},
                "taken": {carriers[k].code: n for k, n in self.taken.items() if n}, "left": self.left}


@dataclass(frozen=True)
class Plan:
    carrier: np.ndarray            # per parcel: carrier position, LEFT or UNUSABLE
    group: np.ndarray              # per parcel: group number (-1 when unusable)
    groups: list[Group]
    cost: float

    def taken(self, carriers: int) -> np.ndarray:
        placed = self.carrier[self.carrier >= 0]
        return np.bincount(placed, minlength=carriers)


def usable_mask(carriers: Sequence[CarrierTerms], batch: ParcelBatch) -> np.ndarray:
    """Per parcel: bit k set when carrier k can take it (active, reaches it, prices it, carries it, its rule)."""
    bits = np.left_shift(np.int64(1), np.arange(len(carriers), dtype=np.int64))
    by_area = np.array([sum(int(bits[k]) for k, c in enumerate(carriers) if c.refusal(p, ci, d, 0.0) is None)
                        for p, ci, d in batch.areas] or [0], dtype=np.int64)
    limits = np.array([c.max_weight_kg for c in carriers])
    carries = (batch.weight[:, None] <= limits[None, :]) @ bits if len(carriers) else 0
    mask = by_area[batch.area] & carries
    pinned = batch.pin >= 0
    return np.where(pinned, mask & np.left_shift(np.int64(1), np.maximum(batch.pin, 0).astype(np.int64)), mask)


def group_keys(carriers: Sequence[CarrierTerms], batch: ParcelBatch, index: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """Per parcel of index (mask: theirs): its group number; one group per (province, usable carriers, weight bands)."""
    provinces = {p for p, _, _ in batch.areas}
    province_no = {p: n for n, p in enumerate(sorted(provinces))}
    by_area = np.array([province_no[p] for p, _, _ in batch.areas] or [0], dtype=np.int64)
    columns = [by_area[batch.area[index]], mask]
    for first in sorted({c.tariff.first_weight_kg for c in carriers}):
        columns.append(np.clip(np.ceil(batch.weight[index] - first - EPSILON_KG), 0, _MAX_BAND).astype(np.int64))
    return _dense(columns)


def _dense(columns: list[np.ndarray]) -> np.ndarray:
    """0, 1, 2 … per distinct row of the columns (non-negative integers), as one mixed-radix int64 when it fits."""
    radixes = [int(column.max(initial=0)) + 1 for column in columns]
    if sum(r.bit_length() for r in radixes) > 62:
        return np.unique(np.stack(columns, axis=1), axis=0, return_inverse=True)[1].reshape(-1)
    combined = np.zeros(len(columns[0]), dtype=np.int64)
    for column, radix in zip(columns, radixes):
        combined = combined * radix + column
    return np.unique(combined, return_inverse=True)[1].reshape(-1)


def plan(carriers: Sequence[CarrierTerms], batch: ParcelBatch, caps: np.ndarray) -> Plan:
    """The cheapest placement of the batch within caps (room per carrier position, inf for none)."""
    mask = usable_mask(carriers, batch)
    usable = mask != 0
    carrier = np.full(len(batch.weight), UNUSABLE, dtype=np.int64)
    group = np.full(len(batch.weight), -1, dtype=np.int64)
    if not usable.any():
        return Plan(carrier, group, [], 0.0)
    index = np.flatnonzero(usable)
    keys = group_keys(carriers, batch, index, mask[index])
    count = int(keys.max()) + 1
    sizes = np.bincount(keys, minlength=count)
    first_member = np.full(count, len(index))
    np.minimum.at(first_member, keys, np.arange(len(index)))
    costs = _unit_costs(carriers, batch, index[first_member], mask[index[first_member]])
    counts = solve(sizes, costs, caps.astype(float))
    carrier[index] = _split(keys, counts, costs)
    group[index] = keys
    groups = [_group(carriers, batch, index[first_member[g]], costs[g], counts[g]) for g in range(count)]
    placed = carrier >= 0
    return Plan(carrier, group, groups, float(costs[group[placed], carrier[placed]].sum()))


def _unit_costs(carriers, batch: ParcelBatch, members: np.ndarray, masks: np.ndarray) -> np.ndarray:
    costs = np.full((len(members), len(carriers)), np.inf)
    for g, (member, mask) in enumerate(zip(members.tolist(), masks.tolist())):
        province = batch.areas[batch.area[member]][0]
        for k, terms in enumerate(carriers):
            if mask >> k & 1:
                costs[g, k] = terms.price(province, float(batch.weight[member])).total
    return costs


def _split(keys: np.ndarray, counts: np.ndarray, costs: np.ndarray) -> np.ndarray:
    """Per parcel (in priority order within its group): its carrier. A group's first parcels go to its
    cheapest carrier, the next to the next cheapest, and the last are left over when room runs out."""
    carriers = costs.shape[1]
    cheapest_first = np.argsort(costs, axis=1, kind="stable")
    bounds = np.cumsum(np.take_along_axis(counts[:, :carriers], cheapest_first, axis=1), axis=1)
    order = np.argsort(keys, kind="stable")
    starts = np.concatenate([[0], np.cumsum(np.bincount(keys, minlength=len(counts)))[:-1]])
    place = np.empty(len(keys), dtype=np.int64)
    place[order] = np.arange(len(keys)) - starts[keys[order]]
    column = (place[:, None] >= bounds[keys]).sum(axis=1)
    return np.where(column >= carriers, LEFT, cheapest_first[keys, np.minimum(column, carriers - 1)])


def _group(carriers, batch: ParcelBatch, member: int, costs: np.ndarray, counts: np.ndarray) -> Group:
    usable = {k: float(costs[k]) for k in range(len(carriers)) if np.isfinite(costs[k])}
    first = carriers[0].tariff.first_weight_kg if carriers else 1.0
    added = min(max(math.ceil(float(batch.weight[member]) - first - EPSILON_KG), 0), _MAX_BAND)   # as group_keys
    return Group(batch.areas[batch.area[member]][0], added, usable,
                 {k: int(counts[k]) for k in usable}, int(counts[-1]))
