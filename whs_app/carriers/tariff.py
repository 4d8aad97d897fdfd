"""Tariffs (运费): first weight (首重) + every started added kilogram (续重), per province zone."""
from __future__ import annotations

import math
from dataclasses import dataclass, field

from whs_app.carriers.areas import EVERYWHERE, short

#: Weights this close above a whole kilogram count as that kilogram (scales round to grams).
EPSILON_KG = 1e-6


def added_kg(weight_kg: float, first_weight_kg: float) -> int:
    """Started kilograms over the first weight: 1.2 kg with a 1 kg first weight is 1."""
    return max(0, math.ceil(weight_kg - first_weight_kg - EPSILON_KG))


@dataclass(frozen=True)
class Zone:
    name: str
    provinces: tuple[str, ...]     # short names, or "*" for every province no other zone names
    first: float                   # price of the first weight
    added: float                   # price of each started added kilogram


@dataclass(frozen=True)
class Price:
    zone: str
    first: float
    added: float
    added_kg: int

    @property
    def total(self) -> float:
        return self.first + self.added * self.added_kg

    def __str__(self) -> str:
        return f"{self.total:.2f} ({self.zone}: {self.first:g} + {self.added_kg}×{self.added:g})"


@dataclass(frozen=True)
class Tariff:
    zones: tuple[Zone, ...] = ()
    first_weight_kg: float = 1.0
    _by_province: dict = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        lookup = {}
        for zone in self.zones:
            for province in zone.provinces:
                lookup[province if province == EVERYWHERE else short(province)] = zone
        object.__setattr__(self, "_by_province", lookup)

    @property
    def priced(self) -> bool:
        """False for a carrier without any tariff: every parcel then costs 0 with it."""
        return bool(self.zones)

    def zone(self, province: str) -> Zone | None:
        return self._by_province.get(short(province)) or self._by_province.get(EVERYWHERE)

    def price(self, province: str, weight_kg: float) -> Price | None:
        """The price of a parcel, or None when no zone names the province (the carrier cannot be priced)."""
        if not self.zones:
            return Price("-", 0.0, 0.0, added_kg(weight_kg, self.first_weight_kg))
        zone = self.zone(province)
        if zone is None:
            return None
        return Price(zone.name, zone.first, zone.added, added_kg(weight_kg, self.first_weight_kg))
