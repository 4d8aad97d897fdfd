"""E-waybill pools (电子面单): ranges loaded from a carrier's branch, what is left, and the low-balance alert.

The balance is a hard limit for the assignment (capacity.py); here it is shown and loaded. A
carrier's free numbers are its balance less the parcels that will still draw one: those on waves
without a waybill, and those assigned but not yet waved.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Mapping

from whs_app.actor import Actor
from whs_app.carriers.config import Fleet
from whs_app.store import Store


class PoolError(ValueError):
    """A range that cannot be loaded: unknown carrier, empty or overlapping another range."""


@dataclass(frozen=True)
class PoolState:
    code: str
    balance: int        # numbers not drawn yet
    pending: int        # parcels that will draw one
    alert_at: int       # low-balance threshold (0: no alert)

    @property
    def free(self) -> int:
        return self.balance - self.pending

    @property
    def low(self) -> bool:
        return self.alert_at > 0 and self.free <= self.alert_at

    def as_dict(self) -> dict:
        return {**asdict(self), "free": self.free, "low": self.low}

    def alert(self) -> str:
        return (f"{self.code} 面单余量 {self.free} 低于预警 {self.alert_at}，请向网点申请单号 / waybill pool of"
                f" {self.code} is down to {self.free} (alert at {self.alert_at}): ask the branch for a new range")


def pool_states(store: Store, fleet: Fleet, day: str) -> list[PoolState]:
    return pool_states_of(fleet, store.waybills.balances(), store.assignments.undrawn(),
                          store.assignments.assigned_waiting(day))


def pool_states_of(fleet: Fleet, balances: Mapping[int, int], undrawn: Mapping[int, int],
                   waiting: Mapping[int, int]) -> list[PoolState]:
    """From numbers left, parcels on waves that will draw one and parcels assigned but not waved, per carrier id."""
    return [PoolState(c.code, balances.get(c.id, 0), undrawn.get(c.id, 0) + waiting.get(c.id, 0), c.low_balance_alert)
            for c in fleet.ordered()]


def low_pool_alerts(store: Store, fleet: Fleet, day: str) -> list[str]:
    return alerts(pool_states(store, fleet, day))


def alerts(states: list[PoolState]) -> list[str]:
    return [state.alert() for state in states if state.low]


def load_range(store: Store, at: str, actor: Actor, code: str, prefix: str, first: int, last: int,
               width: int) -> int:
    """Load a range of numbers from the branch (audited); refuses one overlapping a range already loaded."""
    carrier = store.carriers.by_code(code)
    if carrier is None:
        raise PoolError(f"没有快递 {code} / no carrier {code}")
    if last < first or first < 0:
        raise PoolError(f"号段 {prefix}{first}-{last} 为空 / range {prefix}{first}-{last} is empty")
    if len(str(last)) > width:
        raise PoolError(f"{last} 超过 {width} 位 / {last} has more than {width} digits")
    with store.transaction():
        for row in store.carrier_setup.ranges(carrier.id):
            if row["prefix"] == prefix and first <= row["last_number"] and row["next_number"] <= last:
                raise PoolError(f"号段与未用完的 {prefix}{row['next_number']}-{row['last_number']} 重叠"
                                f" / overlaps the unused range {prefix}{row['next_number']}-{row['last_number']}")
        if store.carrier_setup.drawn_between(prefix, width, first, last):
            raise PoolError(f"号段含已用过的面单号 / the range holds numbers already drawn: {prefix}{first}-{last}")
        range_id = store.waybills.add_range(carrier.id, prefix, first, last, width, at)
        store.audit.record(at, actor, "waybill.range_loaded", "carrier", carrier.id,
                           {"code": code, "prefix": prefix, "first": first, "last": last, "width": width})
    return range_id
