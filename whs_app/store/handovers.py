"""Handover (交接) to a carrier pickup batch: the handover, its scans, and the parcels it should hold."""
from __future__ import annotations

from whs_app.model import OrderState
from whs_app.store.base import Repository, placeholders

#: A parcel's pickup batch: where it moved when re-routed, else its wave's ('' when none).
_BATCH = "COALESCE(o.pickup_batch, w.pickup_batch, '')"
_PARCEL = (
    "SELECT p.id, p.state, p.carrier_id, p.waybill_no, p.order_id, o.order_no, o.state AS order_state,"
    f" o.shipped_at, {_BATCH} AS pickup_batch, c.code AS carrier_code"
    " FROM parcels p JOIN orders o ON o.id = p.order_id LEFT JOIN waves w ON w.id = o.wave_id"
    " LEFT JOIN carriers c ON c.id = p.carrier_id")


class HandoverRepo(Repository):
    def open_for(self, carrier_id: int, batch: str) -> dict | None:
        row = self.store.one("SELECT * FROM handovers WHERE carrier_id = ? AND pickup_batch = ? AND state = 'open'",
                             (carrier_id, batch))
        return None if row is None else dict(row)

    def open(self, carrier_id: int, batch: str, at: str) -> int:
        return self.store.insert(
            "INSERT INTO handovers (carrier_id, pickup_batch, state, opened_at) VALUES (?, ?, 'open', ?)",
            (carrier_id, batch, at))

    def close(self, handover_id: int, at: str, user: str) -> None:
        self.store.execute("UPDATE handovers SET state = 'closed', closed_at = ?, closed_by = ? WHERE id = ?",
                           (at, user, handover_id))

    def parcel(self, waybill_no: str) -> dict | None:
        """The parcel sealed with this waybill, with its order's state and its pickup batch."""
        row = self.store.one(f"{_PARCEL} WHERE p.waybill_no = ?", (waybill_no,))
        return None if row is None else dict(row)

    def scan_of(self, parcel_id: int) -> dict | None:
        row = self.store.one(
            "SELECT s.*, h.state AS handover_state, h.pickup_batch, c.code AS carrier_code FROM handover_scans s"
            " JOIN handovers h ON h.id = s.handover_id JOIN carriers c ON c.id = h.carrier_id WHERE s.parcel_id = ?",
            (parcel_id,))
        return None if row is None else dict(row)

    def add_scan(self, handover_id: int, parcel: dict, at: str, station: str, user: str) -> None:
        self.store.execute(
            "INSERT INTO handover_scans (handover_id, parcel_id, waybill_no, order_id, scanned_at, station, user_login)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (handover_id, parcel["id"], parcel["waybill_no"], parcel["order_id"], at, station, user))

    def scans(self, handover_id: int) -> list[dict]:
        rows = self.store.all(
            "SELECT s.*, o.order_no FROM handover_scans s JOIN orders o ON o.id = s.order_id"
            " WHERE s.handover_id = ? ORDER BY s.id", (handover_id,))
        return [dict(row) for row in rows]

    def missing(self, carrier_id: int, batch: str) -> list[dict]:
        """Sealed parcels of the carrier for this batch (or with no batch) not handed over and not shipped."""
        rows = self.store.all(
            f"{_PARCEL} WHERE p.state = 'complete' AND p.carrier_id = ? AND {_BATCH} IN (?, '')"
            " AND o.state NOT IN (?, ?) AND NOT EXISTS (SELECT 1 FROM handover_scans s WHERE s.parcel_id = p.id)"
            " ORDER BY o.order_no, p.seq", (carrier_id, batch, OrderState.SHIPPED, OrderState.CANCELLED))
        return [dict(row) for row in rows]

    def shippable_orders(self, leader_ids: list[int]) -> list[tuple[int, str]]:
        """(order id, order no) of the PACKED groups among these leaders whose every sealed parcel is scanned."""
        if not leader_ids:
            return []
        rows = self.store.all(
            "SELECT o.id, o.order_no FROM orders o WHERE o.state = ? AND COALESCE(o.merge_leader_id, o.id) IN"
            f" ({placeholders(len(leader_ids))}) AND NOT EXISTS (SELECT 1 FROM parcels p WHERE"
            " p.order_id = COALESCE(o.merge_leader_id, o.id) AND p.state = 'complete'"
            " AND NOT EXISTS (SELECT 1 FROM handover_scans s WHERE s.parcel_id = p.id)) ORDER BY o.id",
            (OrderState.PACKED, *leader_ids))
        return [(row[0], row[1]) for row in rows]

    def get(self, handover_id: int) -> dict | None:
        row = self.store.one("SELECT h.*, c.code AS carrier_code, c.name AS carrier_name FROM handovers h"
                             " JOIN carriers c ON c.id = h.carrier_id WHERE h.id = ?", (handover_id,))
        return None if row is None else dict(row)
