"""`whs assign`: the released batch (READY orders due today on no wave) assigned to carriers at once.

Wave planning runs this first and waves only the parcels it placed; it can also be run alone to
see (and keep) the spread before planning.
"""
from __future__ import annotations

from whs_app.actor import Actor
from whs_app.carriers.capacity import Load
from whs_app.carriers.config import Fleet
from whs_app.carriers.dispatch import AssignResult, decide, write
from whs_app.carriers.parcels import gather
from whs_app.carriers.pools import low_pool_alerts
from whs_app.clock import Clock, stamp
from whs_app.store import Store


def assign_released(store: Store, clock: Clock, actor: Actor) -> AssignResult:
    """Assign every released parcel; one transaction, audited. Nothing released: nothing written."""
    now = clock.now()
    at, day = stamp(now), now.date().isoformat()
    with store.transaction():
        fleet = Fleet.load(store, day)
        parcels = gather(store.assignments.released(day))
        if not parcels:
            return AssignResult(alerts=low_pool_alerts(store, fleet, day))
        result = write(store, at, actor, "assign", day, decide(fleet, parcels, Load.read(store, day)))
        result.alerts = low_pool_alerts(store, fleet, day)
    return result
