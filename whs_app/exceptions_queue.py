"""The exception queue (异常单): what a person sees and decides — release, cancel or hold an order."""
from __future__ import annotations

from typing import Iterable

from whs_app.actor import Actor
from whs_app.clock import Clock, stamp
from whs_app.model import Order, OrderState, Reason
from whs_app.pulling import PULLABLE, pull_orders
from whs_app.review import ReviewResult, review
from whs_app.findings import Finding, say
from whs_app.review_rules import WAIVABLE
from whs_app.store import Store

CANCELLABLE = PULLABLE
HOLDABLE = frozenset({OrderState.READY, OrderState.WAVED, OrderState.PICKED})


class OrderActionRefused(Exception):
    """The order is unknown, ambiguous, or its state does not allow the action."""


def find_order(store: Store, order_no: str, shop_code: str | None = None) -> Order:
    found = store.orders.find(order_no.strip())
    shops = {shop_id: code for code, shop_id in store.shops.ids_by_code().items()}
    if shop_code:
        found = [order for order in found if shops.get(order.shop_id) == shop_code]
    if not found:
        raise OrderActionRefused(say(f"没有订单 {order_no}", f"no order {order_no}"))
    if len(found) > 1:
        names = ", ".join(sorted(shops[o.shop_id] for o in found))
        raise OrderActionRefused(say(f"订单号 {order_no} 在多个店铺: {names}，请指定店铺",
                                     f"order number {order_no} exists in shops {names}: name the shop"))
    return found[0]


def queue(store: Store, reason: str | None = None, limit: int = 200) -> list[dict]:
    """Open exceptions, oldest first, each with its reason's label."""
    return [{**row, "label": Reason(row["reason"]).label} for row in store.exceptions.open_queue(reason, limit)]


def release(store: Store, clock: Clock, actor: Actor, order: Order, waive: Iterable[str] = (),
            note: str = "") -> ReviewResult:
    """A person decided: resolve the open exceptions, back to NEW, review again without the waived reasons."""
    waived = _reasons(waive)
    hard = [code for code in waived if code not in WAIVABLE]
    if hard:
        raise OrderActionRefused(say(
            f"不能豁免 {', '.join(hard)}：审单会再次检查，请先解决问题",
            f"{', '.join(hard)} cannot be waived: review checks it again; only {', '.join(sorted(WAIVABLE))} can"))
    at = stamp(clock.now())
    with store.transaction():
        _require(store, order, {OrderState.EXCEPTION}, "release")
        reasons = [row["reason"] for row in store.exceptions.open_for(order.id)]
        store.exceptions.resolve_open(order.id, at, _resolution("released", waived, note), actor.user)
        store.review.add_waived(order.id, waived)
        store.orders.set_state([order.id], OrderState.NEW)
        store.audit.record(at, actor, "order.released", "order", order.id, {
            "from": OrderState.EXCEPTION, "to": OrderState.NEW, "resolved": reasons, "waived": waived, "note": note})
        return review(store, clock, actor, [order.id])


def cancel(store: Store, clock: Clock, actor: Actor, order: Order, note: str = "") -> None:
    """Cancel (取消): out of its wave and merge group, its reservation given back, exceptions resolved."""
    at = stamp(clock.now())
    with store.transaction():
        _require(store, order, CANCELLABLE, "cancel")
        store.exceptions.resolve_open(order.id, at, _resolution("cancelled", [], note), actor.user)
        pull_orders(store, at, actor, {order.id: []}, OrderState.CANCELLED, "order.cancelled", note)


def hold(store: Store, clock: Clock, actor: Actor, order: Order, note: str = "") -> None:
    """Hold (挂起) a reviewed order by hand: to the exception queue, stock given back, off its pick list."""
    finding = Finding(Reason.MANUAL_HOLD, say(f"{actor.user} 挂起: {note or '未注明'}",
                                             f"held by {actor.user}: {note or 'no note'}"))
    at = stamp(clock.now())
    with store.transaction():
        _require(store, order, HOLDABLE, "hold")
        pull_orders(store, at, actor, {order.id: [finding]}, OrderState.EXCEPTION, "order.held", note)


def _reasons(codes: Iterable[str]) -> list[Reason]:
    try:
        return sorted({Reason(code) for code in codes})
    except ValueError as exc:
        raise OrderActionRefused(say(f"未知异常原因 {exc}", f"unknown reason: {exc}")) from exc


def _require(store: Store, order: Order, states: Iterable[OrderState], action: str) -> None:
    """Refuses unless the order, read again inside the transaction, is in one of the states."""
    order = store.orders.get(order.id, with_lines=False)
    if order.state in states:
        return
    extra = ""
    if order.packed_at:
        extra = f"; 已于 {order.packed_at} 由 {order.packed_by} 打包 packed at {order.packed_at} by {order.packed_by}"
    raise OrderActionRefused(say(f"订单 {order.order_no} 状态为 {order.state}，不能{_ACTIONS[action]}",
                                 f"order {order.order_no} is {order.state}: cannot {action} it") + extra)


_ACTIONS = {"release": "放行", "cancel": "取消", "hold": "挂起"}


def _resolution(what: str, waived: list[Reason], note: str) -> str:
    parts = [what]
    if waived:
        parts.append("waived " + ",".join(waived))
    if note:
        parts.append(note)
    return "; ".join(parts)
