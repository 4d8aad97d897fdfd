"""From store rows to the plain documents `labels/` renders: waybill labels and packing slips."""
from __future__ import annotations

from collections import Counter
from datetime import datetime

from labels import PackingSlip, Party, SlipLine, WaybillLabel
from whs_app.exceptions_queue import OrderActionRefused, find_order as find_any_order
from whs_app.importing.address import split_address
from whs_app.model import Order
from whs_app.store import Store


class DocumentError(Exception):
    """The document cannot be made (no such order, no waybill yet)."""


def find_order(store: Store, order_no: str) -> Order:
    """The order by number, as its merge leader (the order that carries the parcels)."""
    try:
        order = find_any_order(store, order_no)
    except OrderActionRefused as exc:
        raise DocumentError(str(exc)) from exc
    return store.orders.get(order.merge_leader_id or order.id, with_lines=False)


def waybill_label(store: Store, order_no: str, box: int, printed_at: datetime) -> WaybillLabel:
    """The label of box `box` (1-based) of a packed order, or of its pre-printed waybill."""
    return order_waybill_label(store, find_order(store, order_no), box, printed_at)


def order_waybill_label(store: Store, order: Order, box: int, printed_at: datetime) -> WaybillLabel:
    """`waybill_label` for an order already found (its merge leader)."""
    order_no = order.order_no
    parcels = [p for p in store.parcels.for_order(order.id) if p["state"] == "complete"]
    if box <= len(parcels):
        waybill, items = parcels[box - 1]["waybill_no"], store.parcels.items(parcels[box - 1]["id"])
    elif box == 1 and order.waybill_no:
        waybill, items = order.waybill_no, _group_units(store, order)
    else:
        raise DocumentError(f"订单 {order_no} 第{box}箱还没有面单 order {order_no} has no waybill for box {box} yet;"
                            " it gets one when the box is packed")
    carrier = store.carriers.get(order.carrier_id)
    skus = store.skus.by_ids(items)
    return WaybillLabel(
        waybill_no=waybill, order_no=order.order_no, carrier_code=carrier.code, carrier_name=carrier.name,
        sender=_sender(store, order), receiver=Party(order.receiver_name, order.receiver_phone, order.province,
                                                     order.city, order.district, order.address),
        items=tuple(f"{skus[s].name} ×{q}" for s, q in sorted(items.items())),
        sort_code=" ".join(p for p in (order.city.removesuffix("市"), order.district) if p),
        printed_at=printed_at, drill=store.settings.is_drill())


def packing_slip(store: Store, order_no: str, printed_at: datetime) -> PackingSlip:
    return order_packing_slip(store, find_order(store, order_no), printed_at)


def order_packing_slip(store: Store, order: Order, printed_at: datetime) -> PackingSlip:
    """`packing_slip` for an order already found (its merge leader)."""
    units = _group_units(store, order)
    skus = store.skus.by_ids(units)
    shop = store.shops.get(order.shop_id)
    return PackingSlip(
        shop=shop["name"], order_no=order.order_no,
        lines=tuple(SlipLine(skus[s].code, skus[s].name, q) for s, q in sorted(units.items())),
        message="感谢您的惠顾！如有问题请联系在线客服。Thank you for your order.", printed_at=printed_at,
        drill=store.settings.is_drill())


def _group_units(store: Store, leader: Order) -> Counter:
    group = store.orders.group(leader.id)
    lines = store.orders.lines([o.id for o in group])
    units = Counter()
    for order in group:
        for line in lines[order.id]:
            if line.sku_id is None:
                raise DocumentError(f"订单 {order.order_no} 有未知商家编码 {line.sku_code} / unknown SKU {line.sku_code}")
            units[line.sku_id] += line.quantity
    return units


def _sender(store: Store, order: Order) -> Party:
    shop = store.shops.get(order.shop_id)
    province, city, district, detail = split_address(shop["sender_address"])
    return Party(shop["sender_name"] or shop["name"], shop["sender_phone"], province, city, district, detail)
