"""Taking orders out of the line (hold, cancel, short pick, no waybill) while the rest goes on.

An order that leaves gives back its stock reservation, its units on its wave's unconfirmed pick
lines and its place in a merge group; a group whose leader leaves breaks up and its followers
still on the wave get slots of their own. A wave left empty is closed; a wave whose remaining
bins are all confirmed is picked.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Iterable, Mapping

from whs_app.actor import Actor
from whs_app.allocation import needs
from whs_app.merging import unmerge
from whs_app.model import Order, OrderState, RESERVING_STATES, Reason
from whs_app.findings import Finding, say
from whs_app.settings import WarehouseSettings
from whs_app.shipping_labels import preprint_wave
from whs_app.store import Store


#: States an order can be taken out of the line from (packing and later have a parcel of their own).
PULLABLE = frozenset({OrderState.NOT_SHIPPABLE, OrderState.NEW, OrderState.EXCEPTION, OrderState.READY,
                      OrderState.WAVED, OrderState.PICKED})


def units(orders: Iterable[Order]) -> dict[int, int]:
    total: dict[int, int] = defaultdict(int)
    for order in orders:
        for sku, qty in needs(order.lines).items():
            total[sku] += qty
    return dict(total)


def pull_orders(store: Store, at: str, actor: Actor, pulls: Mapping[int, list[Finding]],
                state: OrderState = OrderState.EXCEPTION, action: str = "order.exception",
                note: str = "") -> list[Order]:
    """Move the orders to state (raising their findings as exceptions); returns them as they were."""
    if not pulls:
        return []
    orders = store.review.with_lines(list(pulls))
    beyond = [o.order_no for o in orders if o.state not in PULLABLE]
    if beyond:
        raise ValueError(f"orders {', '.join(beyond)} are packing, packed, shipped or cancelled: not pulled")
    store.stock.release(units(o for o in orders if o.state in RESERVING_STATES))
    on_waves: dict[int, list[Order]] = defaultdict(list)
    for order in orders:
        if order.wave_id is not None:
            on_waves[order.wave_id].append(order)
    for wave_id, members in on_waves.items():
        store.waves.unpick(wave_id, units(members))
    store.waves.leave(o.id for o in orders if o.wave_id is not None)
    store.orders.set_state((o.id for o in orders), state)
    reslotted = _leave_groups(store, at, actor, orders, set(pulls))
    store.exceptions.raise_many(at, ((o.id, f.reason, f.detail) for o in orders for f in pulls[o.id]))
    store.audit.record_many(at, actor, action, "order", ((o.id, {
        "from": o.state, "to": state, "reasons": [f.reason for f in pulls[o.id]], "wave_id": o.wave_id,
        "note": note}) for o in orders))
    settle_waves(store, at, actor, set(on_waves) | reslotted)
    if reslotted and WarehouseSettings.load(store).pack_mode == "batch":
        preprint_waves(store, at, actor, sorted(reslotted))
    return orders


def _leave_groups(store: Store, at: str, actor: Actor, orders: list[Order], pulled: set[int]) -> set[int]:
    """Pulled followers leave their group, pulled leaders' groups break up. Returns waves re-slotted."""
    store.review.set_merge_leaders((None, o.id) for o in orders if o.merge_leader_id is not None)
    reslotted: set[int] = set()
    for leader in (o for o in orders if o.merge_leader_id is None):
        stranded = [f for f in unmerge(store, at, actor, leader.id) if f.wave_id is not None and f.id not in pulled]
        for follower in stranded:
            store.waves.set_slots([(store.waves.issue_slot(follower.wave_id), follower.id)])
            reslotted.add(follower.wave_id)
    return reslotted


def settle_waves(store: Store, at: str, actor: Actor, wave_ids: Iterable[int]) -> None:
    """Close waves nobody is left on; mark picked those whose bins are all confirmed."""
    for wave_id in sorted(set(wave_ids)):
        wave = store.waves.get(wave_id)
        if wave["status"] == "closed":
            continue
        if wave["orders"] == 0:
            store.waves.set_status(wave_id, "closed")
            store.audit.record(at, actor, "wave.closed", "wave", wave_id, {"code": wave["code"], "why": "empty"})
        elif wave["status"] != "picked" and wave["bins"] and wave["confirmed"] == wave["bins"]:
            _mark_picked(store, at, actor, wave)


def _mark_picked(store: Store, at: str, actor: Actor, wave: dict) -> None:
    store.waves.set_status(wave["id"], "picked")
    waved = [order_id for order_id, state in store.waves.orders_on(wave["id"]) if state == OrderState.WAVED]
    store.orders.set_state(waved, OrderState.PICKED)
    store.audit.record(at, actor, "wave.picked", "wave", wave["id"], {"code": wave["code"], "orders": len(waved)})
    store.audit.record_many(at, actor, "order.picked", "order", (
        (order_id, {"from": OrderState.WAVED, "to": OrderState.PICKED, "wave_id": wave["id"]}) for order_id in waved))


def preprint_waves(store: Store, at: str, actor: Actor, wave_ids: Iterable[int]) -> tuple[int, list[int]]:
    """先打单: labels for every parcel-to-be; orders whose pool ran out leave to exceptions (NO_CARRIER)."""
    queued, starved_all = 0, []
    for wave_id in wave_ids:
        count, starved = preprint_wave(store, at, actor, wave_id)
        queued += count
        if starved:
            carrier = store.carriers.get(store.waves.get(wave_id)["carrier_id"])
            detail = say(f"{carrier.name}({carrier.code}) 面单号已用完，无法预打面单",
                         f"{carrier.code} waybill pool is empty: no label could be pre-printed; load a new range")
            pull_orders(store, at, actor, {order_id: [Finding(Reason.NO_CARRIER, detail)] for order_id in starved})
            starved_all += starved
    return queued, starved_all
