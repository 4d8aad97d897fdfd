"""Orders made ready for packing, for the packing tests."""
from __future__ import annotations

from whs_app.model import NewOrder, OrderLine, PlatformStatus
from whs_app.store import Store


def add_order(store: Store, warehouse, order_no: str, items: dict[str, int], **fields) -> int:
    """Insert a paid order with these SKU quantities and return its id (state NEW)."""
    ids = store.skus.ids_by_code()
    lines = [OrderLine(n, code, qty, ids.get(code)) for n, (code, qty) in enumerate(items.items(), start=1)]
    order = NewOrder(shop_code="tmall-main", order_no=order_no, platform_status=PlatformStatus.PAID,
                     paid_at="2026-11-11 00:10:00", receiver_name="周杰", receiver_phone="13812345678",
                     province="浙江省", city="杭州市", district="西湖区", address="文三路 100 号", lines=lines, **fields)
    with store.transaction():
        [order_id] = store.orders.insert_many([(warehouse.shop_id, "new", order_no, order)], "2026-11-11 00:20:00",
                                              None, store.skus.weights())
    return order_id


def ready_order(store: Store, warehouse, order_no: str, items: dict[str, int], carrier: str = "ZTO") -> int:
    """An order that passed review: READY with a carrier and its stock reserved."""
    order_id = add_order(store, warehouse, order_no, items)
    ids = store.skus.ids_by_code()
    with store.transaction():  # TEMPORARY until review lands
        store.execute("UPDATE orders SET state='ready', carrier_id=? WHERE id=?", (warehouse.carrier_ids[carrier], order_id))
        store.stock.reserve({ids[c]: q for c, q in items.items()})
    return order_id
