"""Review's carrier check (审单): can any carrier take the order, and which one to note for now.

The carrier is decided for good when the order is released to a wave, for the whole batch at once
(whs_app/carriers/released.py). Review only sends to the exception queue the orders no carrier can
take whatever the load — heavier than every active carrier's limit, outside every carrier's
coverage, or refused by the carrier a merchant rule pins (a region rule or the shop's bound
carrier) — and notes a provisional carrier (the pinned one; else the warehouse's default_carrier
when it can take the order; else the cheapest that can) so that merging groups orders sensibly.
"""
from __future__ import annotations

from whs_app.carriers.config import CarrierTerms, Fleet
from whs_app.carriers.parcels import no_carrier_for
from whs_app.findings import Finding, say
from whs_app.model import Reason
from whs_app.settings import WarehouseSettings
from whs_app.store import Store


class CarrierBook:
    """The fleet with per-destination answers cached (a day of orders has few destinations)."""

    def __init__(self, fleet: Fleet, warehouse_default: str | None) -> None:
        self.fleet = fleet
        self.default = fleet.by_code(warehouse_default) if warehouse_default else None
        active = [c for c in fleet.ordered() if c.active]
        self.heaviest = max(active, key=lambda c: c.max_weight_kg) if active else None
        self._areas: dict[tuple[int, str, str], tuple[CarrierTerms | None, str, list[CarrierTerms]]] = {}

    @classmethod
    def load(cls, store: Store, settings: WarehouseSettings) -> "CarrierBook":
        return cls(Fleet.load(store), settings.default_carrier)

    def area(self, shop_id: int, province: str, city: str) -> tuple[CarrierTerms | None, str, list[CarrierTerms]]:
        """(pinned carrier, the rule's words, carriers that reach the area) for a shop's orders to it."""
        key = (shop_id, province, city)
        found = self._areas.get(key)
        if found is None:
            found = self._areas[key] = self._area(shop_id, province, city)
        return found

    def _area(self, shop_id: int, province: str, city: str):
        rule = self.fleet.region_rule(province, city, "")
        if rule is not None:
            return self.fleet.carriers[rule.carrier_id], say(f"区域规则 {rule.area}", f"region rule {rule.area}"), []
        bound = self.fleet.shop_bindings.get(shop_id)
        if bound is not None:
            return self.fleet.carriers[bound], say("店铺绑定", "the shop is bound to"), []
        reach = [c for c in self.fleet.ordered() if c.refusal(province, city, "", 0.0) is None]
        return None, "", sorted(reach, key=lambda c: (c is not self.default, c.code))


def choose_carrier(book: CarrierBook, order, weight_kg: float) -> tuple[int | None, Finding | None]:
    """order: anything with shop_id, province and city. (carrier id, None) when some carrier can take it,
    else (the pinned carrier's id or None, the reason none can)."""
    heaviest = book.heaviest
    if heaviest is not None and weight_kg > heaviest.max_weight_kg:
        return None, Finding(Reason.OVERWEIGHT, say(
            f"重 {weight_kg:g} kg，超过所有快递限重（最大 {heaviest.label} {heaviest.max_weight_kg:g} kg）",
            f"weighs {weight_kg:g} kg, over every active carrier's limit (largest {heaviest.code} "
            f"{heaviest.max_weight_kg:g} kg)"))
    pinned, rule, reach = book.area(order.shop_id, order.province, order.city)
    if pinned is not None:
        refused = pinned.refusal(order.province, order.city, "", weight_kg)
        return pinned.id, None if refused is None else Finding(refused.reason, f"{rule} {pinned.code}: {refused.detail}")
    usable = [c for c in reach if weight_kg <= c.max_weight_kg]
    if not usable:
        return None, no_carrier_for((order.province, order.city, ""), weight_kg, book.fleet.ordered())
    if usable[0] is book.default:
        return usable[0].id, None
    return min(usable, key=lambda c: (c.price(order.province, weight_kg).total, c.code)).id, None
