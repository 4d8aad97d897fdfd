"""One assignment run over parcels read from the store: decide (assignment.plan), then write it all.

Outcomes per parcel: assigned (the solver's carrier), fixed (its printed waybill's carrier),
waiting (every carrier that could take it is full today: it stays READY for a later run), or
exception (no carrier can take it at all, its rule's carrier cannot, or only empty waybill pools
stand in its way), raised through the normal pull path with the reason.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from operator import attrgetter, itemgetter
from typing import NamedTuple

import numpy as np

from whs_app.actor import Actor
from whs_app.carriers.assignment import LEFT, UNUSABLE, Group, plan
from whs_app.carriers.capacity import CAP_NAMES, Limit, Load, day_total, limit
from whs_app.carriers.config import CarrierTerms, Fleet
from whs_app.carriers.parcels import Parcel, Pin, batch_of, no_carrier, pin
from whs_app.findings import Finding, say
from whs_app.model import Reason
from whs_app.pulling import pull_orders
from whs_app.store import Store

ASSIGNED, FIXED, WAITING, EXCEPTION = "assigned", "fixed", "waiting", "exception"


@dataclass(slots=True)
class Verdict:
    parcel: Parcel
    outcome: str
    carrier_id: int | None = None
    group: int | None = None
    finding: Finding | None = None
    batch: str | None = None       # pickup batch, set only for parcels placed anew after waving (reroute)


@dataclass
class Decision:
    carriers: list[CarrierTerms]
    limits: dict[int, Limit]
    verdicts: list[Verdict]
    groups: list[Group] = field(default_factory=list)
    cost: float = 0.0


def decide(fleet: Fleet, parcels: list[Parcel], load: Load) -> Decision:
    """Pins first, then the solver for the rest, within every carrier's room."""
    carriers = fleet.ordered()
    verdicts, open_, pins, fixed = _pinned(parcels, fleet)
    total = day_total(load, len(parcels))
    limits = {c.id: limit(c, load, total, fixed[c.id]) for c in carriers}
    positions = {c.id: k for k, c in enumerate(carriers)}
    batch = batch_of([parcels[i] for i in open_], positions, pins)
    result = plan(carriers, batch, np.array([limits[c.id].room for c in carriers]))
    ids = [c.id for c in carriers]
    for i, position, group in zip(open_, result.carrier.tolist(), result.group.tolist()):
        parcel = parcels[i]
        verdicts[i] = (Verdict(parcel, ASSIGNED, ids[position], group) if position >= 0
                       else _unplaced(parcel, position, group, result.groups, carriers, limits))
    return Decision(carriers, limits, verdicts, result.groups, result.cost)


def _pinned(parcels: list[Parcel], fleet: Fleet) -> tuple[list, list[int], list[Pin | None], Counter]:
    """The verdicts of parcels a rule settles (None for the rest), the rest's positions and pins, and the
    parcels fixed per carrier id."""
    cache: dict = {}
    verdicts: list[Verdict | None] = []
    open_, pins, fixed = [], [], Counter()
    for i, parcel in enumerate(parcels):
        pinned, finding = pin(parcel, fleet, cache)
        if finding is not None:
            verdicts.append(Verdict(parcel, EXCEPTION, finding=finding))
        elif pinned is not None and pinned.fixed:
            verdicts.append(Verdict(parcel, FIXED, pinned.carrier_id))
            fixed[pinned.carrier_id] += 1
        else:
            verdicts.append(None)
            open_.append(i)
            pins.append(pinned)
    return verdicts, open_, pins, fixed


def _unplaced(parcel: Parcel, position: int, group: int, groups: list[Group], carriers: list[CarrierTerms],
              limits: dict[int, Limit]) -> Verdict:
    if position == UNUSABLE:
        return Verdict(parcel, EXCEPTION, finding=no_carrier(parcel, carriers))
    assert position == LEFT
    usable = [carriers[k] for k in groups[group].unit_cost]
    if all(limits[c.id].binding == "pool" for c in usable):
        codes = ", ".join(c.code for c in usable)
        return Verdict(parcel, EXCEPTION, group=group, finding=Finding(Reason.NO_CARRIER, say(
            f"可用快递 {codes} 面单号已用完", f"the waybill pools of {codes} are empty: load a new range")))
    return Verdict(parcel, WAITING, group=group)


class Outcomes(NamedTuple):
    """A run's verdicts sorted out once, each list in the verdicts' order."""
    placed: list[Verdict]       # assigned or fixed
    assigned: list[Verdict]
    waiting: list[Verdict]
    exceptions: list[Verdict]

    @classmethod
    def of(cls, verdicts: list[Verdict]) -> "Outcomes":
        by: dict[str, list[Verdict]] = {ASSIGNED: [], FIXED: [], WAITING: [], EXCEPTION: []}
        for verdict in verdicts:
            by[verdict.outcome].append(verdict)
        # Placed in the verdicts' order (the carrier changes are audited in it); most runs fix none.
        placed = [v for v in verdicts if v.outcome in (ASSIGNED, FIXED)] if by[FIXED] else by[ASSIGNED]
        return cls(placed, by[ASSIGNED], by[WAITING], by[EXCEPTION])


def write(store: Store, at: str, actor: Actor, kind: str, day: str, decision: Decision) -> "AssignResult":
    """Record the run, change carriers (audited), raise exceptions; returns the summary."""
    outcomes = Outcomes.of(decision.verdicts)
    result = summarize(decision, outcomes)
    run_id = store.assignments.add_run(at, actor.station, actor.user, kind, day,
                                       {k: v for k, v in result.as_dict().items() if k != "run_id"})
    result.run_id = run_id
    store.assignments.add_groups(run_id, ((n, g.as_dict(decision.carriers)) for n, g in enumerate(decision.groups)))
    # In id order, as review writes: rows near each other on disk go together (random order thrashes the cache).
    store.assignments.record(run_id, sorted([(row.id, v.group, v.outcome) for v in decision.verdicts
                                             for row in v.parcel.members], key=itemgetter(0)))
    _change_carriers(store, at, actor, run_id, outcomes.placed)
    store.assignments.set_pickup_batches([(v.batch, row.id) for v in outcomes.placed if v.batch is not None
                                          for row in v.parcel.members])
    store.audit.record(at, actor, f"carriers.{kind}", "assignment_run", run_id, result.as_dict())
    failed = {row.id: [v.finding] for v in outcomes.exceptions for row in v.parcel.members}
    pull_orders(store, at, actor, failed, note=f"assignment run {run_id}")
    return result


def _change_carriers(store: Store, at: str, actor: Actor, run_id: int, placed: list[Verdict]) -> None:
    moves: dict[tuple, list[int]] = defaultdict(list)
    for v in placed:
        for row in v.parcel.members:
            if row.carrier_id != v.carrier_id:
                moves[(row.carrier_id, v.carrier_id, v.batch)].append(row.id)
    store.assignments.set_carriers(sorted(((to, order_id) for (_, to, _), ids in moves.items() for order_id in ids),
                                          key=itemgetter(1)))
    for (old, new, batch), ids in moves.items():
        store.audit.record_each(at, actor, "order.carrier", "order", ids,
                                {"from_carrier_id": old, "carrier_id": new, "run": run_id, "pickup_batch": batch})


@dataclass
class AssignResult:
    run_id: int | None = None
    parcels: int = 0
    assigned: dict[str, int] = field(default_factory=dict)     # carrier code -> parcels (fixed included)
    fixed: int = 0
    waiting: int = 0
    waiting_by_carrier: dict[str, int] = field(default_factory=dict)   # by the carrier each waiting parcel has now
    exceptions: dict[str, int] = field(default_factory=dict)   # reason -> parcels
    cost: float = 0.0
    limits: dict[str, dict] = field(default_factory=dict)      # carrier code -> room, binding cap, taken
    alerts: list[str] = field(default_factory=list)
    placed: dict[int, int] = field(default_factory=dict)   # parcel leader's id -> carrier id, of parcels placed

    def as_dict(self) -> dict:
        return {"run_id": self.run_id, "parcels": self.parcels, "assigned": self.assigned, "fixed": self.fixed,
                "waiting": self.waiting, "waiting_by_carrier": self.waiting_by_carrier, "exceptions": self.exceptions, "cost": round(self.cost, 2),
                "limits": self.limits, "alerts": self.alerts}

    def as_text(self) -> str:
        lines = [f"分配快递 assigned {sum(self.assigned.values())}/{self.parcels} parcels"
                 f" (面单已打印 fixed {self.fixed}), 运费 cost {self.cost:.2f}, 等待 waiting {self.waiting},"
                 f" 异常 exceptions {sum(self.exceptions.values())}"]
        for code, info in self.limits.items():
            room = "∞" if info["room"] is None else info["room"]
            full = "  满 FULL" if info["room"] is not None and info["taken"] >= info["room"] else ""
            lines.append(f"  {code:<5} {info['taken']:>7} / room {room:<7} {info['binding']}{full}")
        lines += [f"  {Reason(code).label}: {count}" for code, count in sorted(self.exceptions.items())]
        lines += [f"  ⚠ {alert}" for alert in self.alerts]
        return "\n".join(lines)


def summarize(decision: Decision, outcomes: Outcomes) -> AssignResult:
    carrier_of = attrgetter("carrier_id")
    taken = Counter(map(carrier_of, outcomes.placed))
    solved = Counter(map(carrier_of, outcomes.assigned))
    codes = {c.id: c.code for c in decision.carriers}
    limits = {c.code: {"taken": solved[c.id],
                       "room": None if np.isinf(decision.limits[c.id].room) else int(decision.limits[c.id].room),
                       "binding": CAP_NAMES.get(decision.limits[c.id].binding, "-")} for c in decision.carriers}
    return AssignResult(
        parcels=len(decision.verdicts), assigned={codes[k]: n for k, n in sorted(taken.items(), key=lambda kv: codes[kv[0]])},
        fixed=len(outcomes.placed) - len(outcomes.assigned), waiting=len(outcomes.waiting),
        waiting_by_carrier=dict(Counter(codes.get(v.parcel.leader.carrier_id, "-") for v in outcomes.waiting)),
        exceptions=dict(Counter(str(v.finding.reason) for v in outcomes.exceptions)),
        cost=decision.cost, limits=limits, placed={v.parcel.leader.id: v.carrier_id for v in outcomes.placed})
