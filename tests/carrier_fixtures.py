"""Carrier terms, released orders and packed parcels for the carrier and handover tests."""
from __future__ import annotations

from whs_app.actor import Actor
from whs_app.carriers.fields import carrier_spec
from whs_app.carriers.released import assign_released
from whs_app.carriers.setup import Setup, apply_setup
from whs_app.packing import PackingSession
from whs_app.store import Store
from tests.review_fixtures import new_order, reviewed

#: The test warehouse's carriers made different: SF dear, ZTO cheap, YD in between.
TARIFFS = {"SF": "全国=*:18+5", "ZTO": "全国=*:4+2", "YD": "全国=*:5+2"}
OFFICE = Actor("OFFICE", "boss")


def set_terms(store: Store, **per_code: dict) -> None:
    """Change carriers' terms as `whs carriers set` would: set_terms(store, ZTO={"share_cap": 0.5})."""
    problems: list[str] = []
    specs = [carrier_spec({"code": code, **values}, f"test {code}", False, problems) for code, values in per_code.items()]
    assert not problems, problems
    apply_setup(store, "2026-11-11 07:00:00", OFFICE, Setup(specs), "test")


def priced(store: Store, warehouse, bound: bool = False) -> None:
    """Tariffs on every carrier; the test shop unbound (bound=False) so the assignment balances it."""
    set_terms(store, **{code: {"tariff": tariff} for code, tariff in TARIFFS.items()})
    if not bound:
        store.shops.set_default_carrier(warehouse.shop_id, None)


def released(store: Store, clock, count: int, prefix: str = "O", **fields) -> list[int]:
    """count reviewed READY orders, paid one minute apart (earlier ones ship first)."""
    return reviewed(store, clock, OFFICE, *(new_order(f"{prefix}{i}", paid_at=f"2026-11-11 01:{i % 60:02d}:00",
                                                      **fields) for i in range(count)))


def assign(store: Store, clock):
    return assign_released(store, clock, OFFICE)


def carrier_of(store: Store, order_id: int) -> str | None:
    order = store.orders.get(order_id, with_lines=False)
    carrier = store.carriers.get(order.carrier_id) if order.carrier_id else None
    return carrier.code if carrier else None


def carriers_of(store: Store, order_ids) -> list[str | None]:
    return [carrier_of(store, i) for i in order_ids]


def pack(store: Store, clock, order_id: int, station: str = "P01") -> str:
    """Pack the order at a station with real scans; returns its waybill."""
    session = PackingSession(store, clock, Actor(station, "packer1"))
    order = store.orders.get(order_id)
    results = [session.scan(order.order_no)]
    for line in store.orders.lines([o.id for o in store.orders.group(order_id)]).values():
        for item in line:
            barcode = store.skus.barcodes(item.sku_id)[0]
            results += [session.scan(barcode) for _ in range(item.quantity)]
    assert all(r.ok for r in results), [r.message for r in results if not r.ok]
    return results[-1].waybill_no
