"""Taking a carrier out (outage, site overloaded, 爆仓): only its unprinted parcels move.

A parcel whose waybill is printed (pre-printed on the order, or sealed at packing) keeps its carrier
for good; so does one being packed. The rest — ready, waved or picked with no waybill — are
assigned again over the other carriers, within their room; those re-routed after waving take a
pickup batch of their new carrier. Waved parcels that fit nowhere leave their wave for the
exception queue; ready ones that only lack room wait for a later run.
"""
from __future__ import annotations

from whs_app.actor import Actor
from whs_app.carriers.capacity import Load
from whs_app.carriers.config import Fleet
from whs_app.carriers.dispatch import ASSIGNED, EXCEPTION, WAITING, AssignResult, Decision, decide, write
from whs_app.carriers.parcels import gather
from whs_app.clock import Clock, stamp
from whs_app.findings import Finding, say
from whs_app.model import Reason
from whs_app.store import Store
from whs_app.waves import Parcel as WaveParcel, fill_batches


class CarrierError(ValueError):
    """No such carrier, or a change its state refuses."""


def take_out(store: Store, clock: Clock, actor: Actor, code: str, reason: str) -> AssignResult:
    """Mark the carrier out of service (audited) and re-route its unprinted parcels."""
    now = clock.now()
    at, day = stamp(now), now.date().isoformat()
    with store.transaction():
        carrier = store.carriers.by_code(code)
        if carrier is None:
            raise CarrierError(f"没有快递 {code} / no carrier {code}")
        store.carrier_setup.update(carrier.id, {"active": 0, "out_reason": reason})
        store.audit.record(at, actor, "carrier.out", "carrier", carrier.id, {"code": code, "reason": reason})
        fleet = Fleet.load(store, day)
        load = Load.read(store, day)
        decision = decide(fleet, gather(store.assignments.unprinted(carrier.id)), load)
        _settle_waved(store, decision, load, carrier.code)
        return write(store, at, actor, "reroute", day, decision)


def bring_back(store: Store, clock: Clock, actor: Actor, code: str) -> None:
    at = stamp(clock.now())
    with store.transaction():
        carrier = store.carriers.by_code(code)
        if carrier is None:
            raise CarrierError(f"没有快递 {code} / no carrier {code}")
        store.carrier_setup.update(carrier.id, {"active": 1, "out_reason": ""})
        store.audit.record(at, actor, "carrier.in", "carrier", carrier.id, {"code": code})


def _settle_waved(store: Store, decision: Decision, load: Load, code: str) -> None:
    """Waved parcels: a pickup batch of the new carrier, or the exception queue when there is no room."""
    waved = [v for v in decision.verdicts if v.parcel.leader.wave_id is not None]
    for verdict in waved:
        if verdict.outcome == WAITING:
            verdict.outcome, verdict.finding = EXCEPTION, Finding(Reason.NO_CARRIER, say(
                f"{code} 停运，其他快递今日已满", f"{code} is out and every other carrier is full today"))
    moving = [v for v in waved if v.outcome == ASSIGNED]
    parcels = {v.parcel.leader.id: v for v in moving}
    for verdict in moving:
        verdict.batch = ""
    wave_parcels = [WaveParcel(v.parcel.leader.id, v.carrier_id, v.parcel.leader.priority, "", v.parcel.order_ids, 0)
                    for v in moving]
    placed, _ = fill_batches(wave_parcels, store.waves.pickup_batches(), dict(load.committed))
    for (_, _, label), members in placed.items():
        for member in members:
            parcels[member.leader_id].batch = label or ""
