"""Configured printers and their failover groups, as rows."""
from __future__ import annotations

from whs_app.store.base import Repository

_COLUMNS = ("name", "connection", "language", "paper", "role", "station", "group_name", "position",
            "silent_ok", "created_at")


class PrinterRepo(Repository):
    def add(self, **values) -> int:
        """Insert a printer; `values` are exactly the columns in _COLUMNS."""
        row = tuple(values[column] for column in _COLUMNS)
        return self.store.insert(
            f"INSERT INTO printers ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))})",
            row)

    def get(self, name: str) -> dict | None:
        row = self.store.one("SELECT * FROM printers WHERE name = ?", (name,))
        return None if row is None else dict(row)

    def all(self, station: str | None = None) -> list[dict]:
        """Printers in failover order: per station, groups by age, members by position."""
        sql = ("SELECT p.* FROM printers p JOIN (SELECT station AS g_station, group_name AS g_name,"
               " MIN(id) AS g_first FROM printers GROUP BY station, group_name) g"
               " ON g.g_station = p.station AND g.g_name = p.group_name")
        order = " ORDER BY p.station, g.g_first, p.position"
        rows = self.store.all(sql + order) if station is None else \
            self.store.all(sql + " WHERE p.station = ?" + order, (station,))
        return [dict(row) for row in rows]

    def next_position(self, station: str, group_name: str) -> int:
        return self.store.scalar(
            "SELECT COALESCE(MAX(position), -1) + 1 FROM printers WHERE station = ? AND group_name = ?",
            (station, group_name))

    def remove(self, name: str) -> None:
        self.store.execute("DELETE FROM printers WHERE name = ?", (name,))

    def update(self, name: str, **values) -> None:
        """Change a printer's setup; `values` are among connection, language, paper, role, silent_ok."""
        unknown = set(values) - {"connection", "language", "paper", "role", "silent_ok"}
        if unknown:
            raise ValueError(f"printers: cannot set {', '.join(sorted(unknown))}")
        sets = ", ".join(f"{column} = ?" for column in values)
        self.store.execute(f"UPDATE printers SET {sets} WHERE name = ?", (*values.values(), name))

    def set_enabled(self, name: str, enabled: bool) -> None:
        self.store.execute("UPDATE printers SET enabled = ? WHERE name = ?", (int(enabled), name))

    def set_state(self, name: str, state: str, detail: str, at: str) -> bool:
        """Record what the printer's worker saw; True when that is a change."""
        cursor = self.store.execute(
            "UPDATE printers SET last_state = ?, last_detail = ?, last_seen_at = ?"
            " WHERE name = ? AND (last_state IS NULL OR last_state != ? OR last_detail != ?)",
            (state, detail, at, name, state, detail))
        return cursor.rowcount > 0
