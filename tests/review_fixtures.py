"""Orders for review, wave and picking tests: build NewOrder records and insert them as an import would."""
from __future__ import annotations

from dataclasses import replace
from typing import Iterable

from whs_app.clock import Clock, stamp
from whs_app.model import NewOrder, OrderLine, OrderState, PlatformStatus
from whs_app.settings import WarehouseSettings
from whs_app.store import Store

ADDRESS = dict(receiver_name="王小明", receiver_phone="13800138000", province="江苏省", city="南京市",
               district="鼓楼区", address="中山路 1 号 2 栋 301 室")  # not a fast-delivery region


def new_order(order_no: str, lines: Iterable[tuple[str, int]] = (("TSHIRT-W-M", 1),),
              paid_at: str = "2026-11-11 01:00:00", shop: str = "tmall-main", **fields) -> NewOrder:
    """A paid order with a complete address; fields override anything (address parts, messages …)."""
    values = {"buyer": f"tb_{order_no}", **ADDRESS, **fields}
    return NewOrder(shop_code=shop, order_no=order_no, platform_status=PlatformStatus.PAID, paid_at=paid_at,
                    lines=[OrderLine(i + 1, code, qty) for i, (code, qty) in enumerate(lines)], **values)


def add_orders(store: Store, clock: Clock, *orders: NewOrder, state: OrderState = OrderState.NEW) -> list[int]:
    """Insert the orders in state NEW (SKU codes resolved against the catalogue); returns their ids."""
    sku_ids = store.skus.ids_by_code()
    shops = store.shops.ids_by_code()
    rows = []
    for order in orders:
        order.lines = [OrderLine(l.line_no, l.sku_code, l.quantity, sku_ids.get(l.sku_code), l.title)
                       for l in order.lines]
        rows.append((shops[order.shop_code] if order.shop_code in shops else store.shops.ensure(order.shop_code),
                     state, f"hash-{order.order_no}", order))
    with store.transaction():
        return store.orders.insert_many(rows, stamp(clock.now()), import_id=None, weights=store.skus.weights())


def states(store: Store, ids: Iterable[int]) -> list[str]:
    return [store.orders.get(i, with_lines=False).state for i in ids]


def open_reasons(store: Store, order_id: int) -> list[str]:
    return sorted(row["reason"] for row in store.exceptions.open_for(order_id))


def stock_of(store: Store, code: str) -> tuple[int, int]:
    """(on_hand, reserved) of a SKU by code."""
    sku_id = store.skus.ids_by_code()[code]
    return store.stock.levels([sku_id])[sku_id]


def configure(store: Store, **values) -> None:
    """Save warehouse settings with some values changed."""
    replace(WarehouseSettings.load(store), **values).save(store)


def reviewed(store: Store, clock: Clock, actor, *orders: NewOrder) -> list[int]:
    """Insert the orders and run review; returns their ids."""
    from whs_app.review import review

    ids = add_orders(store, clock, *orders)
    review(store, clock, actor)
    return ids


def release_all(store: Store, clock: Clock) -> list[str]:
    """Release every planned wave to the floor, as a supervisor does before anyone picks it."""
    from whs_app.actor import Actor
    from whs_app.wave_release import planned_codes, release_waves

    codes = planned_codes(store)
    return release_waves(store, clock, Actor("OFFICE", "boss"), codes) if codes else []


def plan_and_release(store: Store, clock: Clock, actor):
    """Plan waves (as `actor`) and release them all to the floor; returns the plan."""
    from whs_app.waves import plan_waves

    plan = plan_waves(store, clock, actor)
    release_all(store, clock)
    return plan
