"""Carrier assignment: the orders a run decides, what is already committed, and what each run decided."""
from __future__ import annotations

from typing import Iterable, NamedTuple

from whs_app.model import OrderState
from whs_app.store.base import Repository, placeholders, staged, to_json, update_by_id


class ParcelRow(NamedTuple):
    """One order as the assignment reads it; followers of a merge group name their leader."""
    id: int
    leader_id: int | None
    shop_id: int
    province: str
    city: str
    district: str
    weight_kg: float
    requested_carrier: str
    carrier_id: int | None
    waybill_carrier_id: int | None    # the carrier of its pre-printed waybill: fixed for good
    priority: int
    ship_day: str | None
    wave_id: int | None
    state: str
    units: int


_PARCEL_SELECT = (
    "SELECT o.id, o.merge_leader_id, o.shop_id, o.province, o.city, o.district, o.weight_kg, o.requested_carrier,"
    " o.carrier_id, w.carrier_id, o.priority, o.ship_day, o.wave_id, o.state, o.units"
    " FROM orders o LEFT JOIN waybills w ON w.number = o.waybill_no")
_UNDRAWN = (OrderState.WAVED, OrderState.PICKED, OrderState.PACKING)


class AssignmentRepo(Repository):
    # -- what a run decides ------------------------------------------------------------------
    def unwaved(self, day: str) -> list[ParcelRow]:
        """READY orders on no wave in priority order, ship day (none: `day`) first: those released on `day`
        (shipping then or earlier) lead, the rest follow."""
        return self._rows(" WHERE o.state = ? AND o.wave_id IS NULL"
                          " ORDER BY COALESCE(o.ship_day, ?), o.priority, o.id", (OrderState.READY, day))

    def unprinted(self, carrier_id: int) -> list[ParcelRow]:
        """The carrier's orders whose parcel has no waybill yet and is not being packed (re-routable)."""
        groups = ("SELECT id FROM orders WHERE carrier_id = ? AND merge_leader_id IS NULL AND waybill_no IS NULL"
                  " AND state IN (?, ?, ?)")
        return self._rows(
            f" WHERE COALESCE(o.merge_leader_id, o.id) IN ({groups}) ORDER BY COALESCE(o.ship_day, ''), o.priority, o.id",
            (carrier_id, OrderState.READY, OrderState.WAVED, OrderState.PICKED))

    def of_orders(self, order_ids: list[int]) -> list[ParcelRow]:
        """These orders (a merge group, say) as the assignment reads them, in id order."""
        return self._rows(f" WHERE o.id IN ({placeholders(len(order_ids))}) ORDER BY o.id", tuple(order_ids))

    def _rows(self, where: str, params: tuple) -> list[ParcelRow]:
        return list(map(ParcelRow._make, self.tuples(_PARCEL_SELECT + where, params)))

    # -- what is already committed (parcels on the day's waves: store.waves.parcels_waved) ---------
    def undrawn(self) -> dict[int, int]:
        """Parcels on waves that will draw a waybill number at packing, per carrier id."""
        # `+` and NOT keep SQLite on the state index (the orders in these states are a day or two); the
        # waybill, merge leader and wave indexes would have it walk every order of the past.
        rows = self.store.all(
            "SELECT carrier_id, COUNT(*) FROM orders WHERE state IN (?, ?, ?) AND +wave_id IS NOT NULL"
            " AND +merge_leader_id IS NULL AND NOT (waybill_no IS NOT NULL) GROUP BY carrier_id", _UNDRAWN)
        return {row[0]: row[1] for row in rows}

    def assigned_waiting(self, day: str) -> dict[int, int]:
        """Parcels assigned to a carrier but not on a wave yet (released, due by `day`), per carrier id."""
        rows = self.store.all(
            "SELECT o.carrier_id, COUNT(*) FROM orders o JOIN order_assignments a ON a.order_id = o.id"
            " WHERE o.state = ? AND o.wave_id IS NULL AND o.merge_leader_id IS NULL AND a.outcome IN ('assigned', 'fixed')"
            " AND COALESCE(o.ship_day, ?) <= ? GROUP BY o.carrier_id", (OrderState.READY, day, day))
        return {row[0]: row[1] for row in rows}

    # -- writing a run -----------------------------------------------------------------------
    def add_run(self, at: str, station: str, user: str, kind: str, ship_day: str, summary: dict) -> int:
        return self.store.insert(
            "INSERT INTO assignment_runs (at, station, user_login, kind, ship_day, summary) VALUES (?, ?, ?, ?, ?, ?)",
            (at, station, user, kind, ship_day, to_json(summary)))

    def add_groups(self, run_id: int, details: Iterable[tuple[int, dict]]) -> None:
        self.store.executemany("INSERT INTO assignment_groups (run_id, group_no, detail) VALUES (?, ?, ?)",
                               ((run_id, number, to_json(detail)) for number, detail in details))

    def record(self, run_id: int, rows: Iterable[tuple[int, int | None, str]]) -> None:
        """(order id, group no, outcome): each order's latest assignment."""
        staging = ((group, outcome, order_id) for order_id, group, outcome in rows)
        with staged(self.store, "order_assignments", ("group_no", "outcome"), staging) as source:   # set-based: store/base.py
            self.store.execute(
                "INSERT INTO order_assignments (order_id, run_id, group_no, outcome) SELECT id, ?, group_no, outcome"
                f" FROM {source} WHERE true ON CONFLICT (order_id) DO UPDATE SET run_id = excluded.run_id,"
                " group_no = excluded.group_no, outcome = excluded.outcome", (run_id,))

    def set_carriers(self, rows: Iterable[tuple[int, int]]) -> None:
        """(carrier id, order id)."""
        update_by_id(self.store, "orders", ("carrier_id",), rows)

    def set_pickup_batches(self, rows: Iterable[tuple[str | None, int]]) -> None:
        """(pickup batch label, order id) for parcels re-routed after waving."""
        self.store.executemany("UPDATE orders SET pickup_batch = ? WHERE id = ?", rows)

    # -- reading back ------------------------------------------------------------------------
    def of_order(self, order_id: int) -> dict | None:
        """The order's latest assignment with its run and group, or None."""
        row = self.store.one(
            "SELECT a.outcome, a.group_no, r.id AS run_id, r.at, r.kind, r.ship_day, r.summary, g.detail"
            " FROM order_assignments a JOIN assignment_runs r ON r.id = a.run_id"
            " LEFT JOIN assignment_groups g ON g.run_id = a.run_id AND g.group_no = a.group_no WHERE a.order_id = ?",
            (order_id,))
        return None if row is None else dict(row)

    def latest_run(self) -> dict | None:
        row = self.store.one("SELECT * FROM assignment_runs ORDER BY id DESC LIMIT 1")
        return None if row is None else dict(row)
