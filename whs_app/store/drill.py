"""Drill mode's rows: the shadow copy of a live database's master data, the drill's event log,
and the reads its measurements are made of (whs_app/drill).

The live database is only ever read, through a connection SQLite itself opens read-only
(`LiveSource`), so no code path here can write to it (DESIGN invariant 7).
"""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import quote

from whs_app.store.base import Repository, to_json
from whs_app.store.errors import StoreError

#: Master data a drill starts from, parents before children. Orders, parcels, waves, print jobs,
#: imports, handovers, assignments and the audit log are never copied; nor is a table this list
#: does not name (a table added later is live data until someone decides otherwise).
MASTER_TABLES = ("settings", "carriers", "pickup_batches", "waybill_ranges", "carrier_day_caps", "carrier_areas",
                 "carrier_tariffs", "carrier_region_rules", "shops", "skus", "sku_barcodes", "stock", "stations",
                 "users", "printers")
#: Only the carriers' drill pools: a drill can never draw a real waybill number (invariant 2).
_ROWS_WANTED = {"waybill_ranges": "is_drill = 1"}
#: Live values that mean nothing in a drill: stock held for live orders, what a live printer last said.
_RESET = {"stock": {"reserved": 0}, "printers": {"last_state": None, "last_detail": None, "last_seen_at": None}}
_STAGES = {"order.ready": "reviewed", "order.exception": "reviewed", "order.waved": "waved",
           "order.picked": "picked", "order.packed": "packed"}


class LiveSource:
    """A read-only look at the live database (SQLite refuses every write on this connection)."""

    def __init__(self, path: str | Path) -> None:
        path = Path(path)
        if not path.is_file():
            raise StoreError(f"{path}: 数据库不存在 no such database")
        self.path = path
        self.conn = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True)
        self.conn.row_factory = sqlite3.Row

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "LiveSource":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def columns(self, table: str) -> list[str]:
        return [row[1] for row in self.conn.execute(f"PRAGMA table_info({table})")]

    def rows(self, table: str, columns: list[str]) -> list[tuple]:
        where = _ROWS_WANTED.get(table)
        sql = f"SELECT {', '.join(columns)} FROM {table}" + (f" WHERE {where}" if where else "")
        return [tuple(row) for row in self.conn.execute(sql)]

    def setting(self, key: str) -> Any:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return None if row is None else json.loads(row[0])

    def daily_orders(self, days: int = 30) -> list[int]:
        """Orders created per day over the most recent `days` days that had any."""
        if "orders" not in self._tables():
            return []
        rows = self.conn.execute("SELECT substr(created_at, 1, 10) AS day, COUNT(*) FROM orders GROUP BY day"
                                 " ORDER BY day DESC LIMIT ?", (days,))
        return [row[1] for row in rows]

    def _tables(self) -> set[str]:
        return {row[0] for row in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


class DrillRepo(Repository):
    """The drill's own rows in a drill database (drill_events) and what its report reads."""

    # -- the shadow copy -----------------------------------------------------------------------
    def copy_master(self, source: LiveSource) -> dict[str, int]:
        """Copy the master tables (the columns both databases have) into this empty database."""
        copied = {}
        with self.store.transaction():
            for table in MASTER_TABLES:
                here = [row[1] for row in self.store.all(f"PRAGMA table_info({table})")]
                columns = [c for c in source.columns(table) if c in here]
                if not columns:
                    continue
                reset = _RESET.get(table, {})
                rows = [tuple(reset.get(c, v) if c in reset else v for c, v in zip(columns, row, strict=True))
                        for row in source.rows(table, columns)]
                self.store.execute(f"DELETE FROM {table}")
                self.store.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
                                       f"({', '.join('?' * len(columns))})", rows)
                copied[table] = len(rows)
        return copied

    # -- the event log ---------------------------------------------------------------------------
    def add_event(self, at: str, kind: str, name: str, target: str, station: str, user: str,
                  detail: dict[str, Any] | None = None, state: str = "done", fault_id: int | None = None) -> int:
        return self.store.insert(
            "INSERT INTO drill_events (at, kind, name, target, state, fault_id, station, user_login, detail)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (at, kind, name, target, state, fault_id, station, user, to_json(detail or {})))

    def events(self, kind: str | None = None, state: str | None = None) -> list[dict]:
        wanted = {"kind": kind, "state": state}
        where = [f"{column} = ?" for column, value in wanted.items() if value is not None]
        sql = "SELECT * FROM drill_events" + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY id"
        return [_event(row) for row in self.store.all(sql, [v for v in wanted.values() if v is not None])]

    def set_event_state(self, event_id: int, state: str, expected: str) -> bool:
        return self.store.execute("UPDATE drill_events SET state = ? WHERE id = ? AND state = ?",
                                  (state, event_id, expected)).rowcount > 0

    # -- what the measurements read ------------------------------------------------------------
    def orders(self) -> list[dict]:
        """Every order with the times it passed each stage (None: not yet) and who packed it."""
        rows = self.store.all(
            "SELECT o.id, o.order_no, o.state, o.paid_at, o.created_at, o.units, o.packed_at, o.packed_by,"
            " o.packed_station, o.merge_leader_id, c.code AS carrier FROM orders o"
            " LEFT JOIN carriers c ON c.id = o.carrier_id ORDER BY o.id")
        orders = {row["id"]: {**dict(row), "reviewed": None, "waved": None, "picked": None} for row in rows}
        for order_id, action, at in self.store.all(
                "SELECT CAST(entity_id AS INTEGER), action, MIN(at) FROM audit_events WHERE entity = 'order'"
                f" AND action IN ({', '.join('?' * len(_STAGES))}) GROUP BY entity_id, action", tuple(_STAGES)):
            stage = _STAGES[action]
            order = orders.get(order_id)
            if order is not None and stage != "packed":
                current = order[stage]
                order[stage] = at if current is None else min(current, at)
        return list(orders.values())

    def parcels(self) -> list[dict]:
        """Completed parcels: who packed them, when, how many units, and when their label was confirmed."""
        rows = self.store.all(
            "SELECT p.id, p.station, p.user_login, p.opened_at, p.closed_at, p.waybill_no,"
            " (SELECT SUM(quantity) FROM parcel_items i WHERE i.parcel_id = p.id) AS units,"
            " (SELECT MIN(confirmed_at) FROM print_jobs j WHERE j.parcel_id = p.id AND j.kind = 'label')"
            "   AS confirmed_at, c.code AS carrier"
            " FROM parcels p LEFT JOIN carriers c ON c.id = p.carrier_id WHERE p.state = 'complete' ORDER BY p.id")
        return [dict(row) for row in rows]

    def refusals(self) -> list[dict]:
        rows = self.store.all("SELECT at, station, user_login, detail FROM audit_events"
                              " WHERE action = 'scan.refused' ORDER BY id")
        return [{**dict(row), "detail": json.loads(row["detail"])} for row in rows]

    def pick_confirmations(self) -> list[dict]:
        rows = self.store.all("SELECT l.confirmed_at, l.confirmed_by, l.quantity, l.picked, l.wave_id"
                              " FROM pick_lines l WHERE l.confirmed_at IS NOT NULL ORDER BY l.confirmed_at, l.id")
        return [dict(row) for row in rows]

    def print_jobs(self) -> list[dict]:
        rows = self.store.all("SELECT id, kind, station, printer, state, created_at, sent_at, confirmed_at, drill,"
                              " bytes_total FROM print_jobs ORDER BY id")
        return [dict(row) for row in rows]

    def exceptions(self) -> list[dict]:
        rows = self.store.all("SELECT order_id, reason, raised_at, resolved_at, resolution, resolved_by"
                              " FROM order_exceptions ORDER BY id")
        return [dict(row) for row in rows]

    def first_print_after(self, target: str, at: str) -> str | None:
        """When a printer (by name, or any printer of a station) next printed a job after `at`."""
        return self.store.scalar("SELECT MIN(sent_at) FROM print_jobs WHERE sent_at > ? AND (printer = ? OR"
                                 " printer IN (SELECT name FROM printers WHERE station = ?))", (at, target, target))

    def first_scan_after(self, station: str, at: str) -> str | None:
        """When the station next had a scan accepted into a parcel after `at`."""
        return self.store.scalar("SELECT MIN(at) FROM audit_events WHERE action IN ('parcel.item', 'parcel.open')"
                                 " AND station = ? AND at > ?", (station, at))

    def carrier_caps(self, day: str) -> dict[str, int | None]:
        """Each carrier's daily capacity on `day` (a day cap overriding its own), None: no limit."""
        rows = self.store.all(
            "SELECT c.code, COALESCE(d.daily_capacity, c.daily_capacity) FROM carriers c"
            " LEFT JOIN carrier_day_caps d ON d.carrier_id = c.id AND d.day = ? ORDER BY c.code", (day,))
        return {row[0]: row[1] for row in rows}


def _event(row: sqlite3.Row) -> dict:
    return {**dict(row), "detail": json.loads(row["detail"])}

