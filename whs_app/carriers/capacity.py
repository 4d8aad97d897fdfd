"""How many more parcels each carrier may take on a ship day, and which of its caps binds.

A carrier's room is the smallest of: what its pickup batches still hold, its daily capacity, its
utilization cap (a share of that capacity), its share cap (a share of the day's parcels), and its
waybill pool (numbers left minus parcels already waved that will draw one). Parcels already on the
day's waves count against every cap; parcels of the run fixed by a printed waybill count against
every cap but the pool.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Mapping

from whs_app.carriers.config import CarrierTerms
from whs_app.store import Store

CAP_NAMES = {
    "pickups": "揽收批次容量 / pickup batch capacity",
    "daily": "日揽收量 / daily capacity",
    "utilization": "利用率上限 / utilization cap",
    "share": "份额上限 / share cap",
    "pool": "面单余量 / waybill pool",
}


@dataclass(frozen=True)
class Load:
    """What the day already holds: parcels per (carrier id, pickup batch), pool balances and pending draws."""
    committed: Mapping[tuple[int, str | None], int] = field(default_factory=dict)
    balances: Mapping[int, int] = field(default_factory=dict)
    undrawn: Mapping[int, int] = field(default_factory=dict)

    @classmethod
    def read(cls, store: Store, day: str) -> "Load":
        return cls(store.waves.parcels_waved(day), store.waybills.balances(), store.assignments.undrawn())

    def used(self, carrier_id: int) -> int:
        return sum(n for (carrier, _), n in self.committed.items() if carrier == carrier_id)

    def used_in(self, carrier_id: int, batch: str | None) -> int:
        return self.committed.get((carrier_id, batch), 0)

    def pool(self, carrier_id: int) -> int:
        return self.balances.get(carrier_id, 0) - self.undrawn.get(carrier_id, 0)


@dataclass(frozen=True)
class Limit:
    """Room left under each cap (inf: no such cap) for one carrier."""
    caps: dict[str, float]

    @property
    def room(self) -> float:
        return max(0.0, min(self.caps.values(), default=math.inf))

    @property
    def binding(self) -> str | None:
        """The cap with the least room, or None when the carrier has no cap at all."""
        finite = {name: room for name, room in self.caps.items() if math.isfinite(room)}
        return min(finite, key=finite.get) if finite else None

    def describe(self) -> str:
        name = self.binding
        return "无上限 / no cap" if name is None else f"{CAP_NAMES[name]} {max(0, int(self.caps[name]))}"


def limit(terms: CarrierTerms, load: Load, day_total: int, fixed: int = 0) -> Limit:
    """The carrier's room for a run: day_total is every parcel of the day (committed and in the run)."""
    used = load.used(terms.id) + fixed
    caps = {"pickups": _pickup_room(terms, load) - fixed if terms.pickups else math.inf,
            "daily": terms.daily_capacity - used if terms.daily_capacity is not None else math.inf,
            "pool": load.pool(terms.id)}
    base = min(terms.daily_capacity if terms.daily_capacity is not None else math.inf,
               sum(p.capacity for p in terms.pickups) if terms.pickups else math.inf)
    caps["utilization"] = (math.floor(terms.utilization_cap * base + 1e-9) - used
                           if terms.utilization_cap < 1 and math.isfinite(base) else math.inf)
    caps["share"] = (math.floor(terms.share_cap * day_total + 1e-9) - used if terms.share_cap is not None
                     else math.inf)
    return Limit(caps)


def _pickup_room(terms: CarrierTerms, load: Load) -> int:
    return sum(max(0, p.capacity - load.used_in(terms.id, p.label)) for p in terms.pickups)


def day_total(load: Load, run_parcels: int) -> int:
    return sum(load.committed.values()) + run_parcels
