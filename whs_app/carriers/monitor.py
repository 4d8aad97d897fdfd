"""Monitoring data (监视盘): each carrier's load on a ship day against its capacity, per pickup batch.

`carrier_board` is what the GUI board and `whs carriers list` read: plain dataclasses, no Qt.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

from whs_app.carriers.capacity import CAP_NAMES, Load, day_total, limit
from whs_app.carriers.config import Fleet
from whs_app.carriers.pools import PoolState, pool_states
from whs_app.store import Store


@dataclass(frozen=True)
class BatchLoad:
    label: str
    pickup_at: str
    capacity: int
    waved: int

    @property
    def utilization(self) -> float:
        return self.waved / self.capacity if self.capacity else 0.0


@dataclass(frozen=True)
class CarrierLoad:
    code: str
    name: str
    active: bool
    out_reason: str
    waved: int                       # parcels on the day's waves
    assigned: int                    # assigned, not on a wave yet
    capacity: int | None             # the smaller of daily capacity and the sum of its pickup batches
    room: int | None                 # how many more it may take today (None: no cap)
    binding: str                     # the cap with the least room
    pool: PoolState
    batches: list[BatchLoad] = field(default_factory=list)

    @property
    def utilization(self) -> float | None:
        """(waved + assigned) ÷ capacity, None without a capacity."""
        return (self.waved + self.assigned) / self.capacity if self.capacity else None

    def as_dict(self) -> dict:
        data = asdict(self)
        data["utilization"] = self.utilization
        data["pool"] = self.pool.as_dict()
        for batch, item in zip(self.batches, data["batches"]):
            item["utilization"] = batch.utilization
        return data


def carrier_board(store: Store, day: str) -> list[CarrierLoad]:
    fleet = Fleet.load(store, day)
    assigned = store.assignments.assigned_waiting(day)
    read = Load.read(store, day)
    # Assigned parcels not on a wave yet take room under every cap, the pool included.
    load = Load(read.committed, read.balances,
                {k: read.undrawn.get(k, 0) + assigned.get(k, 0) for k in set(read.undrawn) | set(assigned)})
    pools = {state.code: state for state in pool_states(store, fleet, day)}
    total = day_total(load, sum(assigned.values()))
    board = []
    for terms in fleet.ordered():
        room = limit(terms, load, total, assigned.get(terms.id, 0))   # assigned: also in undrawn above
        capacities = [c for c in (terms.daily_capacity, sum(p.capacity for p in terms.pickups) if terms.pickups else None)
                      if c is not None]
        board.append(CarrierLoad(
            terms.code, terms.name, terms.active, terms.out_reason, load.used(terms.id), assigned.get(terms.id, 0),
            min(capacities) if capacities else None, None if room.binding is None else int(room.room),
            CAP_NAMES.get(room.binding, "-"), pools[terms.code],
            [BatchLoad(p.label, p.at, p.capacity, load.used_in(terms.id, p.label)) for p in terms.pickups]))
    return board


def board_text(board: list[CarrierLoad]) -> str:
    lines = []
    for row in board:
        state = "" if row.active else f"  停用 OUT {row.out_reason}"
        util = "-" if row.utilization is None else f"{row.utilization:.0%}"
        cap = "∞" if row.capacity is None else row.capacity
        low = "  ⚠ 面单不足 LOW" if row.pool.low else ""
        lines.append(f"{row.code:<5} {row.name:<8} 已排 waved {row.waved:>6} 待排 assigned {row.assigned:>6} / {cap}"
                     f" ({util})  余量 room {'∞' if row.room is None else row.room} [{row.binding}]"
                     f"  面单 pool {row.pool.free}{low}{state}")
        lines += [f"      {b.label:<12} {b.pickup_at}  {b.waved:>6} / {b.capacity} ({b.utilization:.0%})"
                  for b in row.batches]
    return "\n".join(lines) or "没有快递 no carriers"
