"""Counts for the monitoring board (监视盘): per hour, per order state, per packer, per printer.

The board asks every few seconds, so each count seeks an index (sql/005_monitoring.sql) and walks
only the rows of the hours it asks about: what it costs follows what the day holds, not how many
orders the database has kept. Per-hour counts are one range count per hour (cheaper than a
GROUP BY over a day of rows, which sorts them), and the packers are found by a loose index scan.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterable, Iterator, Sequence

from whs_app.store.base import Repository, placeholders

#: (start, end) of a span of time as stored text: start <= t < end.
Span = tuple[str, str]

_OPEN_JOB_STATES = ("queued", "sending", "unknown", "failed")

#: The newest audit event (the end of the primary key: one seek). On PostgreSQL also the running
#: transactions (change_marker says why).
_NEWEST_EVENT = {
    "sqlite": "SELECT MAX(id) FROM audit_events",
    "postgresql": "SELECT (SELECT MAX(id) FROM audit_events), CAST(pg_current_snapshot() AS TEXT)",
}

_PACKERS = """
WITH RECURSIVE packers(login) AS (
    SELECT MIN(user_login) FROM parcels WHERE state = 'complete'
    UNION ALL
    SELECT (SELECT MIN(p.user_login) FROM parcels p WHERE p.state = 'complete' AND p.user_login > packers.login)
    FROM packers WHERE packers.login IS NOT NULL
), counted AS MATERIALIZED (
    SELECT login,
        (SELECT COUNT(*) FROM parcels p WHERE p.state = 'complete' AND p.user_login = packers.login
            AND p.closed_at >= :day AND p.closed_at < :end) AS today,
        (SELECT COUNT(*) FROM parcels p WHERE p.state = 'complete' AND p.user_login = packers.login
            AND p.closed_at >= :recent AND p.closed_at < :end) AS recent,
        (SELECT MIN(p.closed_at) FROM parcels p WHERE p.state = 'complete' AND p.user_login = packers.login
            AND p.closed_at >= :day AND p.closed_at < :end) AS first_at,
        (SELECT MAX(p.closed_at) FROM parcels p WHERE p.state = 'complete' AND p.user_login = packers.login
            AND p.closed_at >= :day AND p.closed_at < :end) AS last_at
    FROM packers WHERE login IS NOT NULL
)
SELECT c.login, COALESCE(u.name, '') AS name, c.today, c.recent, c.first_at, c.last_at,
    (SELECT p.station FROM parcels p WHERE p.state = 'complete' AND p.user_login = c.login
        AND p.closed_at = c.last_at ORDER BY p.id DESC LIMIT 1) AS station
FROM counted c LEFT JOIN users u ON u.login = c.login
WHERE c.today > 0
ORDER BY c.recent DESC, c.today DESC, c.login
"""


class MonitoringRepo(Repository):
    @contextmanager
    def reading(self) -> Iterator[None]:
        """Every count inside sees one state of the database (a read transaction: in WAL mode the
        stations go on writing meanwhile). Inside a transaction already, it joins that one."""
        if self.store.in_transaction:
            yield
            return
        self.store.execute("BEGIN")
        try:
            yield
        finally:
            self.store.execute("COMMIT")

    # -- what changed ----------------------------------------------------------------------
    def change_marker(self) -> tuple:
        """A value that moves whenever any station writes something the screens show; equal markers:
        nothing to read again. Every state change is audited (the newest audit event); a printer's
        state is not, its worker stores it on change only (the printers' few rows: one per printer,
        whatever the orders). On PostgreSQL identities are handed out before commit, so a station can
        commit an event below one already seen: the running transactions (the server's snapshot)
        change too when it commits. Read it before what it guards, so a change between the two shows
        as a marker that moved."""
        newest = self.store.tuples(_NEWEST_EVENT[self.store.backend])[0]
        printers = self.store.tuples("SELECT id, last_state, last_detail FROM printers ORDER BY id")
        return (*newest, tuple(printers))

    # -- orders per hour -------------------------------------------------------------------
    def paid_per_span(self, spans: Sequence[Span], states: Iterable[str]) -> list[int]:
        """Orders in `states` paid in each span. The states lead the (state, paid_at) index, so
        listing them all counts every order paid in the span."""
        states = list(states)
        sql = (f"SELECT COUNT(*) FROM orders WHERE state IN ({placeholders(len(states))})"
               " AND paid_at >= ? AND paid_at < ?")
        return [self.store.scalar(sql, (*states, start, end)) for start, end in spans]

    def packed_per_span(self, spans: Sequence[Span]) -> list[int]:
        """Orders packed in each span."""
        return [self.store.scalar("SELECT COUNT(*) FROM orders WHERE packed_at >= ? AND packed_at < ?", span)
                for span in spans]

    def shipped_per_span(self, spans: Sequence[Span]) -> list[int]:
        """Orders handed over to their carrier in each span."""
        return [self.store.scalar("SELECT COUNT(*) FROM orders WHERE shipped_at >= ? AND shipped_at < ?", span)
                for span in spans]

    # -- orders waiting --------------------------------------------------------------------
    def count_in_states(self, states: Iterable[str]) -> dict[str, int]:
        states = list(states)
        rows = self.store.all(f"SELECT state, COUNT(*) FROM orders WHERE state IN ({placeholders(len(states))})"
                              " GROUP BY state", states)
        return {row[0]: row[1] for row in rows}

    def oldest_paid(self, states: Iterable[str]) -> str | None:
        """When the longest-waiting order in `states` was paid (one index seek per state)."""
        found = [self.store.scalar("SELECT MIN(paid_at) FROM orders WHERE state = ?", (state,)) for state in states]
        return min(filter(None, found), default=None)

    def paid_before(self, states: Iterable[str], at: str) -> int:
        """Orders in `states` paid before `at` (those over a time limit)."""
        states = list(states)
        return self.store.scalar(f"SELECT COUNT(*) FROM orders WHERE state IN ({placeholders(len(states))})"
                                 " AND paid_at < ?", (*states, at))

    # -- people and printers ---------------------------------------------------------------
    def packers(self, day: str, recent: str, end: str) -> list[dict]:
        """Per user who sealed parcels from `day` to `end`: login, name, today (parcels), recent (since
        `recent`), first_at and last_at (their first and last parcel today) and the station of the last."""
        rows = self.store.all(_PACKERS, {"day": day, "recent": recent, "end": end})
        return [dict(row) for row in rows]

    def open_jobs_by_printer(self) -> dict[str | None, dict[str, int]]:
        """Print jobs not printed yet (queued, sending) or needing a person (unknown, failed), per
        printer name (None: not routed to a printer) and state."""
        rows = self.store.all(
            f"SELECT printer, state, COUNT(*) FROM print_jobs WHERE state IN ({placeholders(len(_OPEN_JOB_STATES))})"
            " GROUP BY printer, state", _OPEN_JOB_STATES)
        found: dict[str | None, dict[str, int]] = {}
        for printer, state, count in rows:
            found.setdefault(printer, {})[state] = count
        return found
