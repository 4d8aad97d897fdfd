"""`whs assign`: the released batch (READY orders due today on no wave) assigned to carriers at once.

Wave planning runs this first and waves only the parcels it placed; it can also be run alone to
see (and keep) the spread before planning.
"""
from __future__ import annotations

from collections import Counter

from whs_app.actor import Actor
from whs_app.carriers.capacity import Load
from whs_app.carriers.config import Fleet
from whs_app.carriers.dispatch import ASSIGNED, FIXED, AssignResult, Decision, decide, write
from whs_app.carriers.parcels import gather
from whs_app.carriers.pools import alerts, low_pool_alerts, pool_states_of
from whs_app.clock import Clock, stamp
from whs_app.store import Store
from whs_app.store.assignments import ParcelRow


def assign_released(store: Store, clock: Clock, actor: Actor, unwaved: list[ParcelRow] | None = None
                    ) -> AssignResult:
    """Assign every released parcel; one transaction, audited. Nothing released: nothing written.
    unwaved: store.assignments.unwaved(today), when the caller has read it already."""
    now = clock.now()
    at, day = stamp(now), now.date().isoformat()
    with store.transaction():
        fleet = Fleet.load(store, day)
        rows = store.assignments.unwaved(day) if unwaved is None else unwaved
        parcels = gather(row for row in rows if (day if row.ship_day is None else row.ship_day) <= day)
        if not parcels:
            return AssignResult(alerts=low_pool_alerts(store, fleet, day))
        load = Load.read(store, day)
        decision = decide(fleet, parcels, load)
        result = write(store, at, actor, "assign", day, decision)
        # The run neither draws numbers nor touches waves (the load's balances and undrawn hold), and it has
        # just decided every released parcel: its placed ones are the day's assigned and not yet waved.
        result.alerts = alerts(pool_states_of(fleet, load.balances, load.undrawn, _awaiting_waves(decision)))
    return result


def _awaiting_waves(decision: Decision) -> Counter:
    """Placed parcels per carrier, as store.assignments.assigned_waiting counts them (by merge leader: not
    a follower placed alone because its leader was not released)."""
    return Counter(v.carrier_id for v in decision.verdicts
                   if v.outcome in (ASSIGNED, FIXED) and v.parcel.leader.leader_id is None)
