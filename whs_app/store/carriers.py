"""Carriers, their pickup batches and their waybill number pools."""
from __future__ import annotations

from whs_app.model import Carrier
from whs_app.store.base import Repository


def _carrier(row) -> Carrier:
    return Carrier(row["id"], row["code"], row["name"], row["max_weight_kg"], bool(row["active"]))


class CarrierRepo(Repository):
    def add(self, code: str, name: str, max_weight_kg: float, active: bool = True) -> int:
        return self.store.insert(
            "INSERT INTO carriers (code, name, max_weight_kg, active) VALUES (?, ?, ?, ?)",
            (code, name, max_weight_kg, int(active)))

    def by_code(self, code: str) -> Carrier | None:
        row = self.store.one("SELECT * FROM carriers WHERE code = ?", (code,))
        return None if row is None else _carrier(row)

    def get(self, carrier_id: int) -> Carrier | None:
        row = self.store.one("SELECT * FROM carriers WHERE id = ?", (carrier_id,))
        return None if row is None else _carrier(row)

    def all(self) -> list[Carrier]:
        return [_carrier(row) for row in self.store.all("SELECT * FROM carriers ORDER BY code")]

    def set_active(self, carrier_id: int, active: bool) -> None:
        self.store.execute("UPDATE carriers SET active = ? WHERE id = ?", (int(active), carrier_id))

    def add_pickup_batch(self, carrier_id: int, label: str, pickup_at: str, capacity: int) -> int:
        return self.store.insert(
            "INSERT INTO pickup_batches (carrier_id, label, pickup_at, capacity) VALUES (?, ?, ?, ?)",
            (carrier_id, label, pickup_at, capacity))

    def pickup_batches(self, carrier_id: int) -> list[dict]:
        rows = self.store.all(
            "SELECT * FROM pickup_batches WHERE carrier_id = ? ORDER BY pickup_at", (carrier_id,))
        return [dict(row) for row in rows]


class WaybillRepo(Repository):
    """Number pools loaded from a carrier's branch, and every number ever drawn (invariant 2)."""

    def add_range(self, carrier_id: int, prefix: str, first: int, last: int, width: int,
                  loaded_at: str, drill: bool = False) -> int:
        if last < first:
            raise ValueError(f"waybill range {prefix}{first}..{last} is empty")
        return self.store.insert(
            "INSERT INTO waybill_ranges (carrier_id, prefix, width, next_number, last_number, is_drill,"
            " loaded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (carrier_id, prefix, width, first, last, int(drill), loaded_at))

    def balance(self, carrier_id: int, drill: bool | None = None) -> int:
        return self.store.scalar(
            "SELECT COALESCE(SUM(last_number - next_number + 1), 0) FROM waybill_ranges"
            " WHERE carrier_id = ? AND is_drill = ? AND next_number <= last_number",
            (carrier_id, self._pool(drill)))

    def balances(self, drill: bool | None = None) -> dict[int, int]:
        rows = self.store.all(
            "SELECT carrier_id, SUM(last_number - next_number + 1) FROM waybill_ranges"
            " WHERE is_drill = ? AND next_number <= last_number GROUP BY carrier_id", (self._pool(drill),))
        return {row[0]: row[1] for row in rows}

    def draw(self, carrier_id: int, at: str, parcel_id: int | None, drill: bool | None = None) -> str | None:
        """Take the next unused number of the carrier's oldest range; None when the pool is empty.

        Call inside a transaction: the range update and the waybills row commit together, and
        the waybills primary key refuses a number drawn twice whatever a range says. The range's row is
        taken and advanced in one statement, so stations drawing at once (PostgreSQL) queue on it.
        """
        for _ in range(3):   # a range used up while this station waited for it: the next one
            row = self.store.one(
                "UPDATE waybill_ranges SET next_number = next_number + 1 WHERE id = ("
                " SELECT id FROM waybill_ranges WHERE carrier_id = ? AND is_drill = ? AND next_number <= last_number"
                " ORDER BY id LIMIT 1 FOR UPDATE) AND next_number <= last_number"
                " RETURNING id, prefix, width, next_number - 1 AS drawn", (carrier_id, self._pool(drill)))
            if row is not None:
                break
        else:
            return None
        number = f"{row['prefix']}{row['drawn']:0{row['width']}d}"
        self.store.execute(
            "INSERT INTO waybills (number, carrier_id, range_id, parcel_id, drawn_at) VALUES (?, ?, ?, ?, ?)",
            (number, carrier_id, row["id"], parcel_id, at))
        return number

    def _pool(self, drill: bool | None) -> int:
        """Which pools (is_drill): the ones asked for, else this database's own — a drill database
        uses only drill pools and a live one only real pools (invariant 2)."""
        return int(self.store.settings.is_drill() if drill is None else drill)

    def attach(self, number: str, parcel_id: int) -> None:
        self.store.execute("UPDATE waybills SET parcel_id = ? WHERE number = ?", (parcel_id, number))

    def get(self, number: str) -> dict | None:
        row = self.store.one("SELECT * FROM waybills WHERE number = ?", (number,))
        return None if row is None else dict(row)
