"""Which carrier ships an order (the carrier load-balancing issue replaces this with its own choice).

For now: the shop's default carrier, else the warehouse's `default_carrier`; it must be active
and carry the order's weight. An order heavier than every active carrier's limit is OVERWEIGHT
whatever the choice.
"""
from __future__ import annotations

from dataclasses import dataclass

from whs_app.model import Carrier, Reason
from whs_app.findings import Finding, say
from whs_app.settings import WarehouseSettings
from whs_app.store import Store


@dataclass(frozen=True)
class CarrierBook:
    carriers: dict[int, Carrier]
    shop_defaults: dict[int, int | None]
    warehouse_default: str | None
    heaviest_active: Carrier | None     # the active carrier with the highest weight limit

    @classmethod
    def load(cls, store: Store, settings: WarehouseSettings) -> "CarrierBook":
        carriers = {c.id: c for c in store.carriers.all()}
        active = [c for c in carriers.values() if c.active]
        return cls(carriers, store.shops.default_carriers(), settings.default_carrier,
                   max(active, key=lambda c: c.max_weight_kg) if active else None)


def choose_carrier(book: CarrierBook, shop_id: int, weight_kg: float) -> tuple[int | None, Finding | None]:
    """(carrier id, None) when the order can ship, else (carrier id or None, the reason it cannot)."""
    heaviest = book.heaviest_active
    if heaviest is not None and weight_kg > heaviest.max_weight_kg:
        return None, Finding(Reason.OVERWEIGHT, say(
            f"重 {weight_kg:g} kg，超过所有快递限重（最大 {name(heaviest)} {heaviest.max_weight_kg:g} kg）",
            f"weighs {weight_kg:g} kg, over every active carrier's limit (largest {heaviest.code} "
            f"{heaviest.max_weight_kg:g} kg)"))
    carrier, problem = _default_for(book, shop_id)
    if carrier is None:
        return None, Finding(Reason.NO_CARRIER, problem)
    if not carrier.active:
        return carrier.id, Finding(Reason.NO_CARRIER, say(f"默认快递 {name(carrier)} 已停用",
                                                          f"default carrier {carrier.code} is inactive"))
    if weight_kg > carrier.max_weight_kg:
        return carrier.id, Finding(Reason.OVERWEIGHT, say(
            f"重 {weight_kg:g} kg，超过 {name(carrier)} 限重 {carrier.max_weight_kg:g} kg",
            f"weighs {weight_kg:g} kg, over {carrier.code}'s {carrier.max_weight_kg:g} kg limit"))
    return carrier.id, None


def _default_for(book: CarrierBook, shop_id: int) -> tuple[Carrier | None, str]:
    carrier_id = book.shop_defaults.get(shop_id)
    if carrier_id is not None:
        return book.carriers[carrier_id], ""
    code = book.warehouse_default
    if not code:
        return None, say("店铺未设默认快递，仓库也未设 default_carrier",
                         "the shop has no default carrier and the warehouse default_carrier is not set")
    found = next((c for c in book.carriers.values() if c.code == code), None)
    if found is None:
        return None, say(f"仓库默认快递 {code} 不存在", f"warehouse default_carrier {code} is not a known carrier")
    return found, ""


def name(carrier: Carrier) -> str:
    return f"{carrier.name}({carrier.code})"
