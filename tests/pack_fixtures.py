"""Orders made ready for packing, for the packing tests."""
from __future__ import annotations

from whs_app.model import NewOrder, OrderLine, PlatformStatus
from whs_app.store import Store


def add_order(store: Store, warehouse, order_no: str, items: dict[str, int], **fields) -> int:
    """Insert a paid order with these SKU quantities and return its id (state NEW)."""
    ids = store.skus.ids_by_code()
    lines = [OrderLine(n, code, qty, ids.get(code)) for n, (code, qty) in enumerate(items.items(), start=1)]
    values = {"paid_at": "2026-11-11 00:10:00", "receiver_name": "周杰", "receiver_phone": "13812345678",
              "province": "浙江省", "city": "杭州市", "district": "西湖区", "address": "文三路 100 号", **fields}
    order = NewOrder(shop_code="tmall-main", order_no=order_no, platform_status=PlatformStatus.PAID, lines=lines,
                     **values)
    with store.transaction():
        [order_id] = store.orders.insert_many([(warehouse.shop_id, "new", order_no, order)], "2026-11-11 00:20:00",
                                              None, store.skus.weights())
    return order_id


def ready_order(store: Store, warehouse, order_no: str, items: dict[str, int], carrier: str = "ZTO",
                **fields) -> int:
    """An order that passed the real review: READY with a carrier and its stock reserved."""
    from whs_app.actor import Actor
    from whs_app.clock import ManualClock
    from whs_app.review import review

    store.shops.set_default_carrier(warehouse.shop_id, warehouse.carrier_ids[carrier])
    order_id = add_order(store, warehouse, order_no, items, **fields)
    result = review(store, ManualClock("2026-11-11 07:00:00"), Actor("OFFICE", "boss"), [order_id])
    assert store.orders.get(order_id, with_lines=False).state == "ready", result
    return order_id
