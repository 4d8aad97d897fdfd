"""Writing orders: new ones in bulk, changed ones updated or sent to the exception queue."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from whs_app.actor import Actor
from whs_app.importing.changes import changed_fields, describe
from whs_app.importing.hashing import content_hash
from whs_app.model import NewOrder, OrderState, PlatformStatus, Reason
from whs_app.pulling import pull_orders
from whs_app.review_rules import Finding
from whs_app.store import Store
from whs_app.store.imports import KnownOrder

#: Not yet taken on by the warehouse: a platform change simply replaces the order's content.
EDITABLE = frozenset({OrderState.NEW, OrderState.NOT_SHIPPABLE, OrderState.EXCEPTION})
#: Reviewed, stock reserved, not yet packing: a change takes the order out of the line.
STOPPABLE = frozenset({OrderState.READY, OrderState.WAVED, OrderState.PICKED})


@dataclass
class OrderPlan:
    new: list[tuple[int, NewOrder, str]] = field(default_factory=list)                    # shop id, order, hash
    edit: list[tuple[KnownOrder, NewOrder, str]] = field(default_factory=list)
    held: list[tuple[KnownOrder, NewOrder, str]] = field(default_factory=list)             # further along
    unchanged: int = 0

    @property
    def empty(self) -> bool:
        return not (self.new or self.edit or self.held)


def initial_state(order: NewOrder) -> OrderState:
    return OrderState.NEW if order.platform_status == PlatformStatus.PAID else OrderState.NOT_SHIPPABLE


def plan_orders(known: dict[tuple[int, str], KnownOrder], orders: Iterable[tuple[int, NewOrder]]) -> OrderPlan:
    plan = OrderPlan()
    for shop_id, order in orders:
        digest = content_hash(order)
        stored = known.get((shop_id, order.order_no))
        if stored is None:
            plan.new.append((shop_id, order, digest))
        elif stored.content_hash == digest:
            plan.unchanged += 1
        elif stored.state in EDITABLE:
            plan.edit.append((stored, order, digest))
        else:
            plan.held.append((stored, order, digest))
    return plan


def _weigh(order: NewOrder, skus: dict[str, tuple[int, float]]) -> tuple[float, int]:
    weight, units = 0.0, 0
    for line in order.lines:
        units += line.quantity
        known = skus.get(line.sku_code)
        if known:
            weight += known[1] * line.quantity
    return round(weight, 3), units


def write_new(store: Store, plan: OrderPlan, skus: dict[str, tuple[int, float]], at: str,
              import_id: int | None) -> None:
    rows = [(shop_id, initial_state(order), digest, order, *_weigh(order, skus)) for shop_id, order, digest in plan.new]
    store.imports.insert_orders(rows, {code: known[0] for code, known in skus.items()}, at, import_id)


def write_edits(store: Store, plan: OrderPlan, skus: dict[str, tuple[int, float]], at: str, actor: Actor,
                import_id: int) -> None:
    """Orders not yet taken on get the platform's new content and go back to NEW (or NOT_SHIPPABLE)."""
    rows = [(stored.id, initial_state(order), digest, order, *_weigh(order, skus))
            for stored, order, digest in plan.edit]
    before = {stored.id: store.orders.get(stored.id) for stored, _, _ in plan.edit}
    store.imports.update_orders(rows, {code: known[0] for code, known in skus.items()}, import_id)
    for stored, order, _ in plan.edit:
        if stored.state == OrderState.EXCEPTION:
            store.exceptions.resolve_open(stored.id, at, "重新导入 re-imported with the platform's changes", actor.user)
    store.audit.record_many(at, actor, "import.order_changed", "order", (
        (stored.id, {"order_no": order.order_no, "import_id": import_id, "from": stored.state,
                     "to": initial_state(order), "changes": changed_fields(before[stored.id], order)})
        for stored, order, _ in plan.edit))


def write_held(store: Store, plan: OrderPlan, at: str, actor: Actor, import_id: int) -> None:
    """Orders further along keep their data; the change goes to a person (exception queue).
    Reviewed orders not yet packing leave the line (EXCEPTION): their reservation, wave units and
    merge group are given back as for any order pulled out. A cancelled order only gets the audit."""
    stop, flag, events = {}, [], []
    for stored, order, _ in plan.held:
        before = store.orders.get(stored.id)
        changes = changed_fields(before, order)
        finding = Finding(Reason.CHANGED_ON_PLATFORM, describe(before, order, changes))
        if stored.state in STOPPABLE:
            stop[stored.id] = [finding]
        elif stored.state != OrderState.CANCELLED:
            flag.append((stored.id, finding.reason, finding.detail))
        events.append((stored.id, {"order_no": order.order_no, "import_id": import_id, "state": stored.state,
                                   "stopped": stored.state in STOPPABLE, "changes": changes}))
    store.imports.set_content_hashes((stored.id, digest) for stored, _, digest in plan.held)
    pull_orders(store, at, actor, stop, OrderState.EXCEPTION, note=f"import {import_id}")
    store.exceptions.raise_many(at, flag)
    store.audit.record_many(at, actor, "import.changed_on_platform", "order", events)
