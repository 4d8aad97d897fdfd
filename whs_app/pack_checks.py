"""Why an order cannot be opened for packing: each refusal names what a packer needs to know."""
from __future__ import annotations

from whs_app.model import PACKABLE_STATES, Order, OrderState, Reason
from whs_app.settings import WarehouseSettings
from whs_app.store import Store


def refusal(store: Store, order: Order, settings: WarehouseSettings, station: str) -> str | None:
    """None when the order may be packed at this station now, else the reason in words."""
    no = order.order_no
    if order.state == OrderState.SHIPPED:
        return (f"重复发货! 订单 {no} 已于 {order.shipped_at} 发货（{order.packed_by} 在 {order.packed_station} 打包）"
                f" DUPLICATE: order {no} was shipped at {order.shipped_at}"
                f" (packed by {order.packed_by} at {order.packed_station})")
    if order.state == OrderState.PACKED:
        return (f"重复打包! 订单 {no} 已由 {order.packed_by} 于 {order.packed_at} 在 {order.packed_station} 打包"
                f" DUPLICATE: order {no} was packed by {order.packed_by} at {order.packed_at}"
                f" at station {order.packed_station}")
    if order.state == OrderState.PACKING:
        parcel = store.parcels.open_for_order(order.id)
        if parcel and parcel["station"] != station:
            return (f"订单 {no} 正在 {parcel['station']} 由 {parcel['user_login']} 打包（{parcel['opened_at']} 起）"
                    f" order {no} is being packed at station {parcel['station']} by {parcel['user_login']}"
                    f" since {parcel['opened_at']}")
        return None
    state_refusal = _state_refusal(store, order)
    if state_refusal:
        return state_refusal
    if settings.pack_requires_pick and order.state != OrderState.PICKED:
        return (f"订单 {no} 尚未拣货确认 order {no} has not been picked yet"
                " (this warehouse packs only picked waves)")
    return _carrier_refusal(store, order, settings)


def _state_refusal(store: Store, order: Order) -> str | None:
    no = order.order_no
    if order.state == OrderState.EXCEPTION:
        reasons = "; ".join(Reason(e["reason"]).label + f" ({e['detail']})" for e in store.exceptions.open_for(order.id))
        return f"订单 {no} 在异常队列 order {no} is held as an exception: {reasons}"
    if order.state == OrderState.NEW:
        return f"订单 {no} 尚未审单 order {no} has not been reviewed yet"
    if order.state == OrderState.NOT_SHIPPABLE:
        return f"订单 {no} 平台状态不可发货 order {no} is not payable/shippable on the platform ({order.platform_status})"
    if order.state == OrderState.CANCELLED:
        return f"订单 {no} 已取消 order {no} was cancelled"
    if order.state not in PACKABLE_STATES:
        return f"订单 {no} 当前状态 {order.state} 不能打包 order {no} cannot be packed in state {order.state}"
    return None


def _carrier_refusal(store: Store, order: Order, settings: WarehouseSettings) -> str | None:
    no = order.order_no
    if order.carrier_id is None:
        return f"订单 {no} 没有可用快递 order {no} has no carrier"
    carrier = store.carriers.get(order.carrier_id)
    if carrier is None or not carrier.active:
        code = carrier.code if carrier else order.carrier_id
        return f"快递 {code} 已停用 carrier {code} is not active; order {no} needs another carrier"
    preprinted = settings.pack_mode == "batch" and order.waybill_no
    if not preprinted and store.waybills.balance(carrier.id) == 0:
        return f"{carrier.name} 面单号已用完 {carrier.code} waybill pool is empty; load a new range"
    return None
