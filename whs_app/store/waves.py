"""Waves (波次), their orders and their pick lists."""
from __future__ import annotations

from typing import Iterable, Mapping

from whs_app.model import OrderState
from whs_app.store.base import Repository, update_by_id

_WAVE_SUMMARY = (
    "SELECT w.*, c.code AS carrier_code,"
    " (SELECT COUNT(*) FROM orders o WHERE o.wave_id = w.id) AS orders,"
    " (SELECT COUNT(*) FROM orders o WHERE o.wave_id = w.id AND o.merge_leader_id IS NULL) AS parcels,"
    " (SELECT COALESCE(SUM(o.units), 0) FROM orders o WHERE o.wave_id = w.id) AS units,"
    " (SELECT COUNT(*) FROM pick_lines p WHERE p.wave_id = w.id) AS bins,"
    " (SELECT COUNT(*) FROM pick_lines p WHERE p.wave_id = w.id AND p.confirmed_at IS NOT NULL) AS confirmed"
    " FROM waves w JOIN carriers c ON c.id = w.carrier_id")


class WaveRepo(Repository):
    # -- planning --------------------------------------------------------------------------
    def units_per_sku(self, first_wave_id: int, last_wave_id: int) -> dict[int, dict[int, int]]:
        """wave id -> sku id -> units, summed over the orders on the waves first_wave_id..last_wave_id."""
        totals: dict[int, dict[int, int]] = {}
        for wave_id, sku_id, units in self.tuples(
                "SELECT o.wave_id, l.sku_id, SUM(l.quantity) FROM orders o JOIN order_lines l ON l.order_id = o.id"
                " WHERE o.wave_id BETWEEN ? AND ? GROUP BY o.wave_id, l.sku_id", (first_wave_id, last_wave_id)):
            totals.setdefault(wave_id, {})[sku_id] = units
        return totals

    def pickup_batches(self) -> dict[int, list[tuple[str, int]]]:
        """carrier id -> [(batch label, capacity)] in pickup time order."""
        batches: dict[int, list[tuple[str, int]]] = {}
        for row in self.store.all("SELECT carrier_id, label, capacity FROM pickup_batches ORDER BY pickup_at, label"):
            batches.setdefault(row[0], []).append((row[1], row[2]))
        return batches

    def parcels_waved(self, ship_day: str) -> dict[tuple[int, str | None], int]:
        """Parcels already on waves for the day, per (carrier id, pickup batch label) of the parcel itself
        (a parcel re-routed after waving counts for its new carrier and batch: orders.pickup_batch)."""
        # CROSS JOIN: from the day's waves to their orders. Left to itself SQLite walks every order without a
        # merge leader (all of them, years of them) to find the few on the day's waves.
        rows = self.store.all(
            "SELECT o.carrier_id, COALESCE(o.pickup_batch, w.pickup_batch), COUNT(o.id) FROM waves w"
            " CROSS JOIN orders o WHERE o.wave_id = w.id AND o.merge_leader_id IS NULL AND w.ship_day = ?"
            " GROUP BY 1, 2", (ship_day,))
        return {(row[0], row[1]): row[2] for row in rows}

    def codes_like(self, prefix: str) -> list[str]:
        return [row[0] for row in self.store.all("SELECT code FROM waves WHERE code LIKE ?", (f"{prefix}%",))]

    def add(self, code: str, carrier_id: int, pickup_batch: str | None, kind: str, ship_day: str, at: str,
            slots: int) -> int:
        return self.store.insert(
            "INSERT INTO waves (code, carrier_id, pickup_batch, kind, status, ship_day, created_at, slots_issued)"
            " VALUES (?, ?, ?, ?, 'planned', ?, ?, ?)", (code, carrier_id, pickup_batch, kind, ship_day, at, slots))

    def assign(self, rows: Iterable[tuple[int, int | None, int]]) -> None:
        """(wave_id, pick_slot, order_id): the order goes on the wave (followers have no slot)."""
        update_by_id(self.store, "orders", ("wave_id", "pick_slot"), rows, fixed=f"state = '{OrderState.WAVED}'")

    def add_pick_lines(self, rows: Iterable[tuple[int, int, str, int, int]]) -> None:
        """(wave_id, seq, bin, sku_id, quantity)."""
        self.store.executemany(
            "INSERT INTO pick_lines (wave_id, seq, bin, sku_id, quantity) VALUES (?, ?, ?, ?, ?)", rows)

    # -- reading -----------------------------------------------------------------------------
    def get(self, ref: str | int) -> dict | None:
        """A wave by code (case-insensitive) or id, with its counts."""
        text = str(ref).strip()
        # Codes are made upper case (waves.WaveWriter): matching the upper-cased text uses the code's index.
        row = self.store.one(f"{_WAVE_SUMMARY} WHERE w.code = ?", (text.upper(),))
        if row is None and text.isdigit():
            row = self.store.one(f"{_WAVE_SUMMARY} WHERE w.id = ?", (int(text),))
        return None if row is None else dict(row)

    def summaries(self, status: str | None = None, ship_day: str | None = None) -> list[dict]:
        sql, params = f"{_WAVE_SUMMARY} WHERE 1 = 1", []
        for column, value in (("w.status", status), ("w.ship_day", ship_day)):
            if value:
                sql += f" AND {column} = ?"
                params.append(value)
        return [dict(row) for row in self.store.all(sql + " ORDER BY w.id", params)]

    def pick_lines(self, wave_id: int) -> list[dict]:
        rows = self.store.all(
            "SELECT p.*, s.code AS sku_code, s.name AS sku_name FROM pick_lines p JOIN skus s ON s.id = p.sku_id"
            " WHERE p.wave_id = ? ORDER BY p.seq", (wave_id,))
        return [dict(row) for row in rows]

    def slots(self, wave_id: int) -> list[dict]:
        """The wave's parcels in slot order, each with the order numbers riding in it."""
        rows = self.store.all(
            "SELECT o.pick_slot, o.id, o.order_no, o.state, o.waybill_no,"
            " o.units + COALESCE((SELECT SUM(f.units) FROM orders f WHERE f.merge_leader_id = o.id"
            "   AND f.wave_id = o.wave_id), 0) AS units,"
            " (SELECT GROUP_CONCAT(f.order_no, ' ') FROM orders f WHERE f.merge_leader_id = o.id"
            "   AND f.wave_id = o.wave_id) AS followers"
            " FROM orders o WHERE o.wave_id = ? AND o.pick_slot IS NOT NULL ORDER BY o.pick_slot", (wave_id,))
        return [dict(row) for row in rows]

    def orders_on(self, wave_id: int) -> list[tuple[int, str]]:
        """(order id, state) of every order on the wave."""
        return [tuple(row) for row in self.store.all("SELECT id, state FROM orders WHERE wave_id = ?", (wave_id,))]

    def demand(self, wave_id: int, sku_id: int) -> list[tuple[int, int, str]]:
        """(order id, units of the SKU, state) of the wave's orders, highest priority first."""
        rows = self.store.all(
            "SELECT o.id, SUM(l.quantity), o.state FROM orders o JOIN order_lines l ON l.order_id = o.id"
            " WHERE o.wave_id = ? AND l.sku_id = ? GROUP BY o.id, o.state ORDER BY MIN(o.priority), o.id",
            (wave_id, sku_id))
        return [(row[0], row[1], row[2]) for row in rows]

    def issue_slot(self, wave_id: int) -> int:
        """A new slot number for the wave: never one handed out before (its label may still be about)."""
        self.store.execute("UPDATE waves SET slots_issued = slots_issued + 1 WHERE id = ?", (wave_id,))
        return self.store.scalar("SELECT slots_issued FROM waves WHERE id = ?", (wave_id,))

    # -- changing ------------------------------------------------------------------------
    def confirm_lines(self, rows: Iterable[tuple[int, str, str, int]]) -> None:
        """(picked, at, user, pick line id) for lines not confirmed yet."""
        self.store.executemany(
            "UPDATE pick_lines SET picked = ?, confirmed_at = ?, confirmed_by = ? WHERE id = ? AND picked IS NULL",
            rows)

    def set_status(self, wave_id: int, status: str) -> None:
        self.store.execute("UPDATE waves SET status = ? WHERE id = ?", (status, wave_id))

    def unpick(self, wave_id: int, quantities: Mapping[int, int]) -> None:
        """Take units of orders leaving the wave off its unconfirmed pick lines."""
        self.store.executemany(
            "DELETE FROM pick_lines WHERE wave_id = ? AND sku_id = ? AND picked IS NULL AND quantity <= ?",
            ((wave_id, sku, qty) for sku, qty in quantities.items()))
        self.store.executemany(
            "UPDATE pick_lines SET quantity = quantity - ? WHERE wave_id = ? AND sku_id = ? AND picked IS NULL",
            ((qty, wave_id, sku) for sku, qty in quantities.items()))

    def leave(self, order_ids: Iterable[int]) -> None:
        # pickup_batch: a re-routed parcel's batch goes with the wave it leaves
        self.store.executemany("UPDATE orders SET wave_id = NULL, pick_slot = NULL, pickup_batch = NULL WHERE id = ?",
                               ((i,) for i in order_ids))

    def set_slots(self, rows: Iterable[tuple[int, int]]) -> None:
        """(pick_slot, order_id)."""
        self.store.executemany("UPDATE orders SET pick_slot = ? WHERE id = ?", rows)
