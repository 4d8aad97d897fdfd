"""One assignment run over parcels read from the store: decide (assignment.plan), then write it all.

Outcomes per parcel: assigned (the solver's carrier), fixed (its printed waybill's carrier),
waiting (every carrier that could take it is full today: it stays READY for a later run), or
exception (no carrier can take it at all, its rule's carrier cannot, or only empty waybill pools
stand in its way), raised through the normal pull path with the reason.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from operator import itemgetter

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
    batch: str | None = None       # pickup batch, set only for parcels re-routed after waving


@dataclass
class Decision:
    carriers: list[CarrierTerms]
    limits: dict[int, Limit]
    verdicts: list[Verdict]
    groups: list[Group] = field(default_factory=list)
    cost: float = 0.0

    def taken(self) -> Counter:
        return Counter(v.carrier_id for v in self.verdicts if v.outcome in (ASSIGNED, FIXED))


def decide(fleet: Fleet, parcels: list[Parcel], load: Load) -> Decision:
    """Pins first, then the solver for the rest, within every carrier's room."""
    carriers = fleet.ordered()
    cache: dict = {}
    pins, findings = zip(*(pin(p, fleet, cache) for p in parcels)) if parcels else ((), ())
    fixed = Counter(q.carrier_id for q in pins if q is not None and q.fixed)
    total = day_total(load, len(parcels))
    limits = {c.id: limit(c, load, total, fixed[c.id]) for c in carriers}
    verdicts = [_pinned(p, q, f) for p, q, f in zip(parcels, pins, findings)]
    open_ = [i for i, v in enumerate(verdicts) if v is None]
    positions = {c.id: k for k, c in enumerate(carriers)}
    batch = batch_of([parcels[i] for i in open_], positions, [pins[i] for i in open_])
    result = plan(carriers, batch, np.array([limits[c.id].room for c in carriers]))
    for i, position, group in zip(open_, result.carrier.tolist(), result.group.tolist()):
        verdicts[i] = _placed(parcels[i], position, group, result.groups, carriers, limits)
    return Decision(carriers, limits, verdicts, result.groups, result.cost)


def _pinned(parcel: Parcel, pinned: Pin | None, finding: Finding | None) -> Verdict | None:
    if finding is not None:
        return Verdict(parcel, EXCEPTION, finding=finding)
    if pinned is not None and pinned.fixed:
        return Verdict(parcel, FIXED, pinned.carrier_id)
    return None


def _placed(parcel: Parcel, position: int, group: int, groups: list[Group], carriers: list[CarrierTerms],
            limits: dict[int, Limit]) -> Verdict:
    if position >= 0:
        return Verdict(parcel, ASSIGNED, carriers[position].id, group)
    if position == UNUSABLE:
        return Verdict(parcel, EXCEPTION, finding=no_carrier(parcel, carriers))
    assert position == LEFT
    usable = [carriers[k] for k in groups[group].unit_cost]
    if all(limits[c.id].binding == "pool" for c in usable):
        codes = ", ".join(c.code for c in usable)
        return Verdict(parcel, EXCEPTION, group=group, finding=Finding(Reason.NO_CARRIER, say(
            f"可用快递 {codes} 面单号已用完", f"the waybill pools of {codes} are empty: load a new range")))
    return Verdict(parcel, WAITING, group=group)


def write(store: Store, at: str, actor: Actor, kind: str, day: str, decision: Decision) -> "AssignResult":
    """Record the run, change carriers (audited), raise exceptions; returns the summary."""
    result = summarize(decision)
    run_id = store.assignments.add_run(at, actor.station, actor.user, kind, day,
                                       {k: v for k, v in result.as_dict().items() if k != "run_id"})
    result.run_id = run_id
    store.assignments.add_groups(run_id, ((n, g.as_dict(decision.carriers)) for n, g in enumerate(decision.groups)))
    # In id order, as review writes: rows near each other on disk go together (random order thrashes the cache).
    store.assignments.record(run_id, sorted((row.id, v.group, v.outcome) for v in decision.verdicts
                                            for row in v.parcel.members))
    _change_carriers(store, at, actor, run_id, decision.verdicts)
    store.assignments.set_pickup_batches((v.batch, row.id) for v in decision.verdicts if v.batch is not None
                                         for row in v.parcel.members)
    store.audit.record(at, actor, f"carriers.{kind}", "assignment_run", run_id, result.as_dict())
    failed = {row.id: [v.finding] for v in decision.verdicts if v.outcome == EXCEPTION for row in v.parcel.members}
    pull_orders(store, at, actor, failed, note=f"assignment run {run_id}")
    return result


def _change_carriers(store: Store, at: str, actor: Actor, run_id: int, verdicts: list[Verdict]) -> None:
    moves: dict[tuple, list[int]] = defaultdict(list)
    for v in verdicts:
        if v.outcome in (ASSIGNED, FIXED):
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


def summarize(decision: Decision) -> AssignResult:
    taken = decision.taken()
    solved = Counter(v.carrier_id for v in decision.verdicts if v.outcome == ASSIGNED)
    outcomes = Counter(v.outcome for v in decision.verdicts)
    codes = {c.id: c.code for c in decision.carriers}
    limits = {c.code: {"taken": solved[c.id],
                       "room": None if np.isinf(decision.limits[c.id].room) else int(decision.limits[c.id].room),
                       "binding": CAP_NAMES.get(decision.limits[c.id].binding, "-")} for c in decision.carriers}
    return AssignResult(
        parcels=len(decision.verdicts), assigned={codes[k]: n for k, n in sorted(taken.items(), key=lambda kv: codes[kv[0]])},
        fixed=outcomes[FIXED], waiting=outcomes[WAITING],
        waiting_by_carrier=dict(Counter(codes.get(v.parcel.leader.carrier_id, "-") for v in decision.verdicts
                                        if v.outcome == WAITING)),
        exceptions=dict(Counter(str(v.finding.reason) for v in decision.verdicts if v.outcome == EXCEPTION)),
        cost=decision.cost, limits=limits,
        placed={v.parcel.leader.id: v.carrier_id for v in decision.verdicts if v.outcome in (ASSIGNED, FIXED)})
