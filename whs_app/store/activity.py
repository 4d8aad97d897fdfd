"""Who is writing to this database now: the stations behind the newest audit events (`whs db info`,
the warning about one SQLite file shared by several stations)."""
from __future__ import annotations

from datetime import datetime, timedelta

from whs_app.clock import stamp
from whs_app.store.base import Repository

#: A station that wrote within the last quarter hour counts as writing now.
RECENT = timedelta(minutes=15)
#: How many of the newest events the first look covers; each further look covers eight times more.
_FIRST_SPAN = 4096


class ActivityRepo(Repository):
    def recent_stations(self, now: datetime) -> dict[str, str]:
        """{station: its latest event} for the stations that wrote within RECENT before now."""
        return self.stations_since(stamp(now - RECENT))

    def stations_since(self, since: str) -> dict[str, str]:
        """{station: its latest event} for the stations with an audit event at or after `since`.

        The log has no index on its time, and a day's log is millions of events (a file on a share
        is read across the network). Events are numbered in the order they are written, so this
        reads back from the newest by id until the event just before the window is older than
        `since`: a quarter hour of events, not the day's."""
        top = self.store.scalar("SELECT MAX(id) FROM audit_events")
        if top is None:
            return {}
        low, span = top, _FIRST_SPAN
        while low > 0:
            low = max(top - span, 0)
            before = self.store.scalar("SELECT at FROM audit_events WHERE id <= ? ORDER BY id DESC LIMIT 1", (low,))
            if before is None or before < since:
                break
            span *= 8
        rows = self.store.all("SELECT station, MAX(at) FROM audit_events WHERE id > ? AND at >= ?"
                              " GROUP BY station ORDER BY station", (low, since))
        return {row[0]: row[1] for row in rows}
