"""Parcels being packed and packed: the rows behind the packing state machine."""
from __future__ import annotations

from whs_app.store.base import Repository


class ParcelRepo(Repository):
    def open(self, order_id: int, seq: int, station: str, user: str, at: str, carrier_id: int,
             prior_state: str) -> int:
        return self.store.insert(
            "INSERT INTO parcels (order_id, seq, state, station, user_login, opened_at, carrier_id, prior_state)"
            " VALUES (?, ?, 'open', ?, ?, ?, ?, ?)",
            (order_id, seq, station, user, at, carrier_id, prior_state))

    def get(self, parcel_id: int) -> dict | None:
        row = self.store.one("SELECT * FROM parcels WHERE id = ?", (parcel_id,))
        return None if row is None else dict(row)

    def open_at_station(self, station: str) -> dict | None:
        row = self.store.one("SELECT * FROM parcels WHERE station = ? AND state = 'open' ORDER BY id LIMIT 1",
                             (station,))
        return None if row is None else dict(row)

    def open_for_order(self, order_id: int) -> dict | None:
        row = self.store.one("SELECT * FROM parcels WHERE order_id = ? AND state = 'open'", (order_id,))
        return None if row is None else dict(row)

    def by_waybill(self, waybill_no: str) -> dict | None:
        row = self.store.one("SELECT * FROM parcels WHERE waybill_no = ?", (waybill_no,))
        return None if row is None else dict(row)

    def for_order(self, order_id: int) -> list[dict]:
        rows = self.store.all("SELECT * FROM parcels WHERE order_id = ? ORDER BY seq, id", (order_id,))
        return [dict(row) for row in rows]

    def next_seq(self, order_id: int) -> int:
        return self.store.scalar(
            "SELECT COALESCE(MAX(seq), 0) + 1 FROM parcels WHERE order_id = ? AND state != 'abandoned'",
            (order_id,))

    def items(self, parcel_id: int) -> dict[int, int]:
        rows = self.store.all("SELECT sku_id, quantity FROM parcel_items WHERE parcel_id = ?", (parcel_id,))
        return {row[0]: row[1] for row in rows}

    def packed_items(self, order_id: int) -> dict[int, int]:
        """Units already sealed in the order's completed parcels, per SKU."""
        rows = self.store.all(
            "SELECT i.sku_id, SUM(i.quantity) FROM parcel_items i JOIN parcels p ON p.id = i.parcel_id"
            " WHERE p.order_id = ? AND p.state = 'complete' GROUP BY i.sku_id", (order_id,))
        return {row[0]: row[1] for row in rows}

    def add_item(self, parcel_id: int, sku_id: int) -> None:
        self.store.execute(
            "INSERT INTO parcel_items (parcel_id, sku_id, quantity) VALUES (?, ?, 1)"
            " ON CONFLICT (parcel_id, sku_id) DO UPDATE SET quantity = parcel_items.quantity + 1",
            (parcel_id, sku_id))

    def complete(self, parcel_id: int, at: str, waybill_no: str) -> None:
        self.store.execute(
            "UPDATE parcels SET state = 'complete', closed_at = ?, waybill_no = ? WHERE id = ? AND state = 'open'",
            (at, waybill_no, parcel_id))

    def abandon(self, parcel_id: int, at: str) -> None:
        self.store.execute("DELETE FROM parcel_items WHERE parcel_id = ?", (parcel_id,))
        self.store.execute("UPDATE parcels SET state = 'abandoned', closed_at = ? WHERE id = ?", (at, parcel_id))
