"""A carrier's terms (条款) for one ship day, and the fleet of them with the merchant's rules.

Everything the assignment, the review's carrier check and the explanations decide with is read here
once, from the store, into plain frozen objects.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from whs_app.carriers.areas import Area, Coverage
from whs_app.carriers.tariff import Price, Tariff, Zone
from whs_app.findings import Finding, say
from whs_app.model import Reason
from whs_app.store import Store


@dataclass(frozen=True)
class Pickup:
    label: str
    at: str          # HH:MM
    capacity: int


@dataclass(frozen=True)
class CarrierTerms:
    id: int
    code: str
    name: str
    max_weight_kg: float
    active: bool = True
    out_reason: str = ""
    daily_capacity: int | None = None
    share_cap: float | None = None
    utilization_cap: float = 1.0
    low_balance_alert: int = 0
    coverage: Coverage = Coverage()
    tariff: Tariff = Tariff()
    pickups: tuple[Pickup, ...] = ()
    _reach: dict = field(default_factory=dict, init=False, repr=False, compare=False, hash=False)

    @property
    def label(self) -> str:
        return f"{self.name}({self.code})"

    def refusal(self, province: str, city: str, district: str, weight_kg: float) -> Finding | None:
        """Why this carrier cannot take such a parcel at all (whatever its load), or None."""
        if not self.active:
            why = f": {self.out_reason}" if self.out_reason else ""
            return Finding(Reason.NO_CARRIER, say(f"{self.label} 已停用{why}", f"{self.code} is inactive{why}"))
        if weight_kg > self.max_weight_kg:
            return Finding(Reason.OVERWEIGHT, say(
                f"重 {weight_kg:g} kg，超过 {self.label} 限重 {self.max_weight_kg:g} kg",
                f"weighs {weight_kg:g} kg, over {self.code}'s {self.max_weight_kg:g} kg limit"))
        key = (province, city, district)
        if key not in self._reach:     # a day has few destinations: decide each once
            self._reach[key] = self._area_refusal(province, city, district)
        return self._reach[key]

    def _area_refusal(self, province: str, city: str, district: str) -> Finding | None:
        refused = self.coverage.refusal(province, city, district)
        if refused:
            return Finding(Reason.NO_CARRIER, f"{self.code}: {refused}")
        if self.tariff.priced and self.tariff.zone(province) is None:
            return Finding(Reason.NO_CARRIER, say(f"{self.label} 无 {province} 运价", f"{self.code} has no tariff for {province}"))
        return None

    def price(self, province: str, weight_kg: float) -> Price | None:
        return self.tariff.price(province, weight_kg)


@dataclass(frozen=True)
class RegionRule:
    area: Area
    carrier_id: int


@dataclass(frozen=True)
class Fleet:
    carriers: dict[int, CarrierTerms]
    region_rules: tuple[RegionRule, ...] = ()          # most specific first
    shop_bindings: dict[int, int] = field(default_factory=dict)   # shop id -> carrier id
    _rules: dict = field(default_factory=dict, init=False, repr=False, compare=False, hash=False)

    @classmethod
    def load(cls, store: Store, day: str | None = None) -> "Fleet":
        """The carriers as set up, with the caps announced for `day` (YYYY-MM-DD) applied."""
        setup = store.carrier_setup
        covers: dict[int, dict[str, list[Area]]] = {}
        for carrier_id, rule, province, city, district in setup.areas():
            covers.setdefault(carrier_id, {"cover": [], "exclude": []})[rule].append(Area(province, city, district))
        zones = _zones(setup.tariffs())
        pickups: dict[int, list[Pickup]] = {}
        for carrier_id, label, at, capacity in setup.pickups():
            pickups.setdefault(carrier_id, []).append(Pickup(label, at, capacity))
        overrides = {row["carrier_id"]: row for row in setup.day_caps(day)} if day else {}
        carriers = {}
        for row in setup.rows():
            areas = covers.get(row["id"], {"cover": [], "exclude": []})
            caps = _caps(row, overrides.get(row["id"]))
            carriers[row["id"]] = CarrierTerms(
                row["id"], row["code"], row["name"], row["max_weight_kg"], bool(row["active"]), row["out_reason"],
                low_balance_alert=row["low_balance_alert"],
                coverage=Coverage(tuple(areas["cover"]), tuple(areas["exclude"])),
                tariff=Tariff(tuple(zones.get(row["id"], ())), row["first_weight_kg"]),
                pickups=tuple(pickups.get(row["id"], ())), **caps)
        rules = sorted((RegionRule(Area(p, c, d), carrier) for p, c, d, carrier in setup.region_rules()),
                       key=lambda rule: -rule.area.depth)
        bindings = {shop: carrier for shop, carrier in store.shops.default_carriers().items() if carrier is not None}
        return cls(carriers, tuple(rules), bindings)

    def by_code(self, code: str) -> CarrierTerms | None:
        return next((c for c in self.carriers.values() if c.code == code), None)

    def find(self, text: str) -> CarrierTerms | None:
        """A carrier by code (any case) or by name, whole or its start (顺丰 finds 顺丰速运)."""
        text = text.strip()
        if not text:
            return None
        for carrier in self.carriers.values():
            if carrier.code.lower() == text.lower() or carrier.name == text:
                return carrier
        named = [c for c in self.carriers.values() if c.name.startswith(text) or text.startswith(c.name)]
        return named[0] if len(named) == 1 else None

    def region_rule(self, province: str, city: str, district: str) -> RegionRule | None:
        key = (province, city, district)
        if key not in self._rules:
            self._rules[key] = next((rule for rule in self.region_rules if rule.area.contains(*key)), None)
        return self._rules[key]

    def ordered(self) -> list[CarrierTerms]:
        return sorted(self.carriers.values(), key=lambda c: c.code)


def _zones(rows) -> dict[int, list[Zone]]:
    grouped: dict[int, dict[str, list]] = {}
    for carrier_id, province, zone, first, added in rows:
        entry = grouped.setdefault(carrier_id, {}).setdefault(zone, [[], first, added])
        entry[0].append(province)
    return {carrier_id: [Zone(name, tuple(provinces), first, added) for name, (provinces, first, added) in zones.items()]
            for carrier_id, zones in grouped.items()}


def _caps(row: dict, override: dict | None) -> dict:
    caps = {"daily_capacity": row["daily_capacity"], "share_cap": row["share_cap"],
            "utilization_cap": row["utilization_cap"]}
    if override:
        caps.update({name: value for name, value in override.items() if name in caps and value is not None})
    return caps
