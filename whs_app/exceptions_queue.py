"""The exception queue (异常单): what a person sees and decides — release, cancel or hold an order,
correct its address (改地址), or merge orders into one parcel by hand (手工合单).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Iterable, Mapping, Sequence

from whs_app.actor import Actor
from whs_app.clock import Clock, stamp
from whs_app.model import Order, OrderState, Reason
from whs_app.pulling import PULLABLE, pull_orders
from whs_app.review import ReviewResult, review
from whs_app.findings import Finding, say
from whs_app.review_rules import WAIVABLE, address_incomplete
from whs_app.store import Store
from whs_app.store.corrections import ADDRESS_FIELDS
from whs_app.users import Users

CANCELLABLE = PULLABLE
HOLDABLE = frozenset({OrderState.READY, OrderState.WAVED, OrderState.PICKED})
#: An address can change until the order is on a wave (its label may print with the pick list).
ADDRESS_EDITABLE = frozenset({OrderState.NEW, OrderState.EXCEPTION, OrderState.READY})
#: Merged by hand: orders ready on no wave, and orders in the queue (released into the parcel).
MERGEABLE = frozenset({OrderState.READY, OrderState.EXCEPTION})
#: What must match for orders to share a parcel: (field of Order, 中文, English).
_SAME_PARCEL = (("shop_id", "店铺", "shop"), ("buyer", "买家", "buyer"), ("receiver_name", "收件人", "receiver"),
                ("receiver_phone", "电话", "phone"), ("full_address", "地址", "address"))


@dataclass(frozen=True)
class MergeResult:
    leader: str                 # the order number the parcel ships under
    orders: list[str]           # every order number in the parcel, the leader first
    released: list[str]         # those taken out of the exception queue to join it


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
    waived = _waivable(waive)
    at = stamp(clock.now())
    with store.transaction():
        _require(store, order, {OrderState.EXCEPTION}, "release")
        _reopen(store, at, actor, order, waived, note, "released")
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


def needs_supervisor(action: str, orders: Sequence[Order]) -> bool:
    """Whether a decision over these orders is a supervisor's, approved with login and PIN (the screen and
    the CLI both ask): letting an order the rules held go on (released, or merged into a parcel) and
    cancelling one. Holding an order and correcting its address are anyone's."""
    if action in ("release", "cancel"):
        return True
    return action == "merge" and any(order.state == OrderState.EXCEPTION for order in orders)


def approver(store: Store, clock: Clock, actor: Actor, supervisor: str, pin: str) -> Actor:
    """Who decides a supervisor action: the supervisor whose login and PIN were given, at this
    station (the audit names them). A wrong PIN is refused, and the refusal audited."""
    if not Users(store, clock, actor).approve(supervisor, pin):
        raise OrderActionRefused(say(f"{supervisor} 不是主管或 PIN 不对", f"{supervisor}: not a supervisor, or a wrong PIN"))
    return Actor(actor.station, supervisor)


def edit_address(store: Store, clock: Clock, actor: Actor, order: Order, address: Mapping[str, str],
                 note: str = "") -> ReviewResult:
    """Correct the receiver's address (改地址), then review the order again: a ready order gives back
    its stock and leaves its merge group first; open exceptions are resolved (review raises what is
    still wrong). Parts not given stay as they are."""
    unknown = sorted(set(address) - set(ADDRESS_FIELDS))
    if unknown:
        raise OrderActionRefused(say(f"{', '.join(unknown)} 不是地址的一部分", f"{', '.join(unknown)}: not part of an address"))
    at = stamp(clock.now())
    with store.transaction():
        current = _require(store, order, ADDRESS_EDITABLE, "edit the address of")
        if current.waybill_no:
            raise OrderActionRefused(say(
                f"订单 {current.order_no} 的面单 {current.waybill_no} 已按旧地址打印，不能改地址",
                f"order {current.order_no}: waybill {current.waybill_no} is already printed with the old address"))
        before = {name: getattr(current, name) for name in ADDRESS_FIELDS}
        after = {name: " ".join(str(address.get(name, before[name])).split()) for name in ADDRESS_FIELDS}
        missing = address_incomplete(replace(current, **after))
        if missing is not None:
            raise OrderActionRefused(missing.detail)
        if after == before:
            raise OrderActionRefused(say("地址没有变化", "the address is unchanged"))
        store.exceptions.resolve_open(current.id, at, _resolution("address edited", [], note), actor.user)
        store.corrections.set_address(current.id, after)
        store.audit.record(at, actor, "order.address_edited", "order", current.id,
                           {"before": before, "after": after, "note": note})
        pull_orders(store, at, actor, {current.id: []}, OrderState.NEW, "order.back_to_review", note)
        return review(store, clock, actor, [current.id])


def merge_partners(store: Store, order: Order) -> list[Order]:
    """The orders that could share a parcel with this one by hand: same shop, buyer, receiver, phone
    and address, ready on no wave or in the queue; the order itself among them, first paid first
    (the first 50 who share the receiver: a parcel holds no more)."""
    ids = set(store.browse.same_receiver(order, sorted(MERGEABLE))) | {order.id}
    return sorted((o for o in store.review.with_lines(ids) if _difference(o, order) is None), key=_paid_first)


def merge(store: Store, clock: Clock, actor: Actor, orders: Sequence[Order], waive: Iterable[str] = (),
          note: str = "") -> MergeResult:
    """合单 by hand: the orders, with the groups they are in, ship as one parcel under the first paid.

    Orders in the queue are released into it (resolved as merged, `waive` waived) and reviewed
    again; if review still finds a reason, nothing is merged. The parcel rides with the leader's
    carrier and may not outweigh it. Audited; refused with the reason, changing nothing.
    """
    waived = _waivable(waive)
    at = stamp(clock.now())
    with store.transaction():
        group = _whole_groups(store, orders)
        _check_mergeable(group)
        held = [o for o in group if o.state == OrderState.EXCEPTION]
        for order in held:
            _reopen(store, at, actor, order, waived, note, "merged")
        if held:
            review(store, clock, actor, [o.id for o in held])
            group = store.review.with_lines([o.id for o in group])
            _require_ready(store, group)
        group.sort(key=_paid_first)
        leader, followers = group[0], group[1:]
        _check_weight(store, leader, group)
        moved = [(leader.carrier_id, o.id) for o in followers if o.carrier_id != leader.carrier_id]
        store.assignments.set_carriers(moved)
        store.review.set_merge_leaders([(None, leader.id)] + [(leader.id, o.id) for o in followers])
        store.audit.record_many(at, actor, "order.merged", "order", ((o.id, {
            "leader": leader.id, "by_hand": True, "carrier_id": leader.carrier_id, "was_carrier_id": o.carrier_id,
            "note": note}) for o in followers))
    return MergeResult(leader.order_no, [o.order_no for o in group], [o.order_no for o in held])


def _whole_groups(store: Store, orders: Sequence[Order]) -> list[Order]:
    """The orders read again, with every order of the merge groups they lead or follow."""
    found: dict[int, Order] = {}
    for order in orders:
        current = store.orders.get(order.id, with_lines=False)
        if current is None:
            raise OrderActionRefused(say(f"没有订单 {order.order_no}", f"no order {order.order_no}"))
        for member in store.orders.group(current.merge_leader_id or current.id):
            found[member.id] = member
    return list(found.values())


def _check_mergeable(group: list[Order]) -> None:
    if len(group) < 2:
        raise OrderActionRefused(say("合单至少要两个订单", "pick at least two orders to merge"))
    if len({o.merge_leader_id or o.id for o in group}) == 1:
        raise OrderActionRefused(say("这些订单已经合成一个包裹", "these orders already ship as one parcel"))
    for order in group:
        if order.state not in MERGEABLE or order.wave_id is not None:
            raise OrderActionRefused(say(f"订单 {order.order_no} 状态为 {order.state}，不能合单",
                                         f"order {order.order_no} is {order.state}: cannot merge it"))
    first = group[0]
    for order in group[1:]:
        differ = _difference(first, order)
        if differ is not None:
            raise OrderActionRefused(say(
                f"订单 {first.order_no} 与 {order.order_no} 的{differ[0]}不同，不能合单",
                f"orders {first.order_no} and {order.order_no} differ in {differ[1]}: not merged (edit the address first)"))


def _require_ready(store: Store, group: list[Order]) -> None:
    """After review: refused (and so rolled back) while an order of the group still has a reason."""
    still = [o for o in group if o.state != OrderState.READY]
    if still:
        why = "; ".join(f"{o.order_no}: {', '.join(Reason(row['reason']).label for row in store.exceptions.open_for(o.id))}"
                        for o in still)
        raise OrderActionRefused(say(f"审单仍有问题，未合单 — {why}", f"review still finds a reason, nothing merged — {why}"))


def _check_weight(store: Store, leader: Order, group: list[Order]) -> None:
    carrier = store.carriers.get(leader.carrier_id)
    weight = round(sum(o.weight_kg for o in group), 3)
    if weight > carrier.max_weight_kg:
        raise OrderActionRefused(say(
            f"合计 {weight} kg，超过 {carrier.name}({carrier.code}) 的 {carrier.max_weight_kg:g} kg 上限",
            f"together {weight} kg: over {carrier.code}'s limit of {carrier.max_weight_kg:g} kg"))


def _difference(a: Order, b: Order) -> tuple[str, str] | None:
    """(中文, English) name of the first thing that keeps two orders out of one parcel, or None.
    As automatic merging (merging.merge_key) sees it, whatever the carrier: a merge by hand moves
    the parcel to the leader's carrier."""
    for name, zh, en in _SAME_PARCEL:
        if _normal(getattr(a, name)) != _normal(getattr(b, name)):
            return zh, en
    return None


def _paid_first(order: Order) -> tuple:
    return order.paid_at or "", order.id


def _normal(value: object) -> object:
    return " ".join(value.split()) if isinstance(value, str) else value


def _reopen(store: Store, at: str, actor: Actor, order: Order, waived: list[Reason], note: str, what: str) -> None:
    """An exception order back to NEW: its open exceptions resolved as `what`, the waivers noted. Audited."""
    reasons = [row["reason"] for row in store.exceptions.open_for(order.id)]
    store.exceptions.resolve_open(order.id, at, _resolution(what, waived, note), actor.user)
    store.review.add_waived(order.id, waived)
    store.orders.set_state([order.id], OrderState.NEW)
    store.audit.record(at, actor, "order.released", "order", order.id, {
        "from": OrderState.EXCEPTION, "to": OrderState.NEW, "resolved": reasons, "waived": waived, "note": note})


def _waivable(codes: Iterable[str]) -> list[Reason]:
    waived = _reasons(codes)
    hard = [code for code in waived if code not in WAIVABLE]
    if hard:
        raise OrderActionRefused(say(
            f"不能豁免 {', '.join(hard)}：审单会再次检查，请先解决问题",
            f"{', '.join(hard)} cannot be waived: review checks it again; only {', '.join(sorted(WAIVABLE))} can"))
    return waived


def _reasons(codes: Iterable[str]) -> list[Reason]:
    try:
        return sorted({Reason(code) for code in codes})
    except ValueError as exc:
        raise OrderActionRefused(say(f"未知异常原因 {exc}", f"unknown reason: {exc}")) from exc


def _require(store: Store, order: Order, states: Iterable[OrderState], action: str) -> Order:
    """The order read again inside the transaction; refused unless it is in one of the states."""
    order = store.orders.get(order.id, with_lines=False)
    if order.state in states:
        return order
    extra = ""
    if order.packed_at:
        extra = f"; 已于 {order.packed_at} 由 {order.packed_by} 打包 packed at {order.packed_at} by {order.packed_by}"
    raise OrderActionRefused(say(f"订单 {order.order_no} 状态为 {order.state}，不能{_ACTIONS[action]}",
                                 f"order {order.order_no} is {order.state}: cannot {action} it") + extra)


_ACTIONS = {"release": "放行", "cancel": "取消", "hold": "挂起", "edit the address of": "改地址", "merge": "合单"}


def _resolution(what: str, waived: list[Reason], note: str) -> str:
    parts = [what]
    if waived:
        parts.append("waived " + ",".join(waived))
    if note:
        parts.append(note)
    return "; ".join(parts)
