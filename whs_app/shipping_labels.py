"""Waybill numbers drawn from a carrier's pool and the label jobs that print them.

A number is drawn when its label job is made and never again (invariant 2): the draw, the
parcel or order it belongs to, and the job row commit in one transaction.
"""
from __future__ import annotations

from whs_app.actor import Actor
from whs_app.store import Store


class PoolEmpty(Exception):
    """The carrier has no unused waybill number left."""

    def __init__(self, carrier_code: str) -> None:
        super().__init__(f"{carrier_code} 面单号已用完 waybill pool is empty; load a new range")
        self.carrier_code = carrier_code


def label_parcel(store: Store, at: str, actor: Actor, parcel_id: int, carrier_id: int,
                 waybill_no: str | None = None) -> str:
    """Give the parcel its waybill (pre-printed, or drawn now) and queue its label job."""
    with store.transaction():
        if waybill_no is None:
            waybill_no = _draw(store, at, carrier_id, parcel_id)
            store.print_jobs.add("label", actor.station, at, parcel_id=parcel_id, waybill_no=waybill_no)
        else:
            store.waybills.attach(waybill_no, parcel_id)
        store.parcels.complete(parcel_id, at, waybill_no)
    return waybill_no


def preprint_wave(store: Store, at: str, actor: Actor, wave_id: int) -> tuple[int, list[int]]:
    """先打单: draw a waybill and queue a label for every parcel-to-be of a wave.

    Returns (labels queued, ids of orders whose carrier pool ran out). Merged followers ship in
    their leader's parcel and get no label of their own.
    """
    queued, starved = 0, []
    with store.transaction():
        for order in store.orders.wave_leaders_without_waybill(wave_id):
            try:
                number = _draw(store, at, order.carrier_id, None)
            except PoolEmpty:
                starved.append(order.id)
                continue
            store.orders.set_waybill(order.id, number)
            store.print_jobs.add("label", actor.station, at, wave_id=wave_id, waybill_no=number)
            queued += 1
        store.audit.record(at, actor, "wave.preprint", "wave", wave_id, {"labels": queued, "starved": starved})
    return queued, starved


def _draw(store: Store, at: str, carrier_id: int, parcel_id: int | None) -> str:
    number = store.waybills.draw(carrier_id, at, parcel_id)
    if number is None:
        carrier = store.carriers.get(carrier_id)
        raise PoolEmpty(carrier.code if carrier else str(carrier_id))
    return number
