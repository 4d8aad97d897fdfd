"""What a carrier is set up with beyond its name: caps, coverage, tariff, day caps, merchant region rules."""
from __future__ import annotations

from typing import Iterable

from whs_app.store.base import Repository

#: Carrier columns the setup may change (whs carriers set / import).
SETTABLE = ("name", "max_weight_kg", "active", "daily_capacity", "share_cap", "utilization_cap",
            "low_balance_alert", "first_weight_kg", "out_reason")
DAY_CAPS = ("daily_capacity", "share_cap", "utilization_cap")


class CarrierSetupRepo(Repository):
    def rows(self) -> list[dict]:
        """Every carrier with all its columns, by code."""
        return [dict(row) for row in self.store.all("SELECT * FROM carriers ORDER BY code")]

    def update(self, carrier_id: int, values: dict) -> None:
        unknown = set(values) - set(SETTABLE)
        if unknown:
            raise ValueError(f"not a settable carrier column: {', '.join(sorted(unknown))}")
        if values:
            names = list(values)
            self.store.execute(f"UPDATE carriers SET {', '.join(f'{n} = ?' for n in names)} WHERE id = ?",
                               [values[n] for n in names] + [carrier_id])

    # -- coverage ----------------------------------------------------------------------------
    def areas(self) -> list[tuple[int, str, str, str, str]]:
        """(carrier id, rule, province, city, district)."""
        return [tuple(row) for row in self.store.all(
            "SELECT carrier_id, rule, province, city, district FROM carrier_areas ORDER BY id")]

    def replace_areas(self, carrier_id: int, rule: str, areas: Iterable[tuple[str, str, str]]) -> None:
        self.store.execute("DELETE FROM carrier_areas WHERE carrier_id = ? AND rule = ?", (carrier_id, rule))
        self.store.executemany(
            "INSERT INTO carrier_areas (carrier_id, rule, province, city, district) VALUES (?, ?, ?, ?, ?)",
            ((carrier_id, rule, *area) for area in areas))

    # -- tariff ------------------------------------------------------------------------------
    def tariffs(self) -> list[tuple[int, str, str, float, float]]:
        """(carrier id, province, zone, first price, added price)."""
        return [tuple(row) for row in self.store.all(
            "SELECT carrier_id, province, zone, first_price, added_price FROM carrier_tariffs"
            " ORDER BY carrier_id, province")]

    def replace_tariff(self, carrier_id: int, rows: Iterable[tuple[str, str, float, float]]) -> None:
        """rows: (province, zone, first price, added price)."""
        self.store.execute("DELETE FROM carrier_tariffs WHERE carrier_id = ?", (carrier_id,))
        self.store.executemany(
            "INSERT INTO carrier_tariffs (carrier_id, province, zone, first_price, added_price) VALUES (?, ?, ?, ?, ?)",
            ((carrier_id, *row) for row in rows))

    # -- pickup batches ----------------------------------------------------------------------
    def replace_pickups(self, carrier_id: int, rows: Iterable[tuple[str, str, int]]) -> None:
        """rows: (label, pickup_at HH:MM, capacity)."""
        self.store.execute("DELETE FROM pickup_batches WHERE carrier_id = ?", (carrier_id,))
        self.store.executemany(
            "INSERT INTO pickup_batches (carrier_id, label, pickup_at, capacity) VALUES (?, ?, ?, ?)",
            ((carrier_id, *row) for row in rows))

    def pickups(self) -> list[tuple[int, str, str, int]]:
        """(carrier id, label, pickup_at, capacity) in pickup time order."""
        return [tuple(row) for row in self.store.all(
            "SELECT carrier_id, label, pickup_at, capacity FROM pickup_batches ORDER BY pickup_at, label")]

    # -- caps for one day --------------------------------------------------------------------
    def day_caps(self, day: str | None = None) -> list[dict]:
        sql, params = "SELECT * FROM carrier_day_caps", []
        if day is not None:
            sql, params = sql + " WHERE day = ?", [day]
        return [dict(row) for row in self.store.all(sql + " ORDER BY carrier_id, day", params)]

    def set_day_caps(self, carrier_id: int, day: str, values: dict) -> None:
        current = self.store.one("SELECT * FROM carrier_day_caps WHERE carrier_id = ? AND day = ?", (carrier_id, day))
        merged = {name: (current[name] if current else None) for name in DAY_CAPS}
        merged.update({k: v for k, v in values.items() if k in DAY_CAPS})
        self.store.execute(
            "INSERT INTO carrier_day_caps (carrier_id, day, daily_capacity, share_cap, utilization_cap)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (carrier_id, day) DO UPDATE SET daily_capacity = excluded.daily_capacity,"
            " share_cap = excluded.share_cap, utilization_cap = excluded.utilization_cap",
            (carrier_id, day, *(merged[name] for name in DAY_CAPS)))

    def replace_day_caps(self, carrier_id: int, rows: Iterable[tuple[str, dict]]) -> None:
        self.store.execute("DELETE FROM carrier_day_caps WHERE carrier_id = ?", (carrier_id,))
        for day, values in rows:
            self.set_day_caps(carrier_id, day, values)

    # -- waybill ranges ----------------------------------------------------------------------
    def ranges(self, carrier_id: int, drill: bool = False) -> list[dict]:
        rows = self.store.all(
            "SELECT id, prefix, width, next_number, last_number, loaded_at FROM waybill_ranges"
            " WHERE carrier_id = ? AND is_drill = ? ORDER BY id", (carrier_id, int(drill)))
        return [dict(row) for row in rows]

    def drawn_between(self, prefix: str, width: int, first: int, last: int) -> int:
        """Waybill numbers already drawn that a range prefix+[first, last] (zero-padded to width) would hold."""
        return self.store.scalar(
            "SELECT COUNT(*) FROM waybills WHERE number BETWEEN ? AND ? AND length(number) = ?",
            (f"{prefix}{first:0{width}d}", f"{prefix}{last:0{width}d}", len(prefix) + width))

    # -- merchant region rules ---------------------------------------------------------------
    def region_rules(self) -> list[tuple[str, str, str, int]]:
        """(province, city, district, carrier id)."""
        return [tuple(row) for row in self.store.all(
            "SELECT province, city, district, carrier_id FROM carrier_region_rules ORDER BY id")]

    def replace_region_rules(self, rows: Iterable[tuple[str, str, str, int]]) -> None:
        self.store.execute("DELETE FROM carrier_region_rules")
        self.store.executemany(
            "INSERT INTO carrier_region_rules (province, city, district, carrier_id) VALUES (?, ?, ?, ?)", rows)

    def shop_bindings(self) -> list[tuple[str, str | None]]:
        """(shop code, bound carrier code or None) for every shop."""
        return [tuple(row) for row in self.store.all(
            "SELECT s.code, c.code FROM shops s LEFT JOIN carriers c ON c.id = s.default_carrier_id ORDER BY s.code")]
