from __future__ import annotations

import json
from typing import Any, Iterable

from whs_app.actor import Actor
from whs_app.store.base import Repository, to_json

_INSERT = ("INSERT INTO audit_events (at, station, user_login, action, entity, entity_id, detail)"
           " VALUES (?, ?, ?, ?, ?, ?, ?)")
#: json_each yields the array in order (tests/test_store_bulk.py holds it to that): an ORDER BY key would
#: only add a sort of every key, a quarter of the statement's cost.
_INSERT_EACH = ("INSERT INTO audit_events (at, station, user_login, action, entity, detail, entity_id)"
                " SELECT ?, ?, ?, ?, ?, ?, value FROM json_each(?)")


class AuditRepo(Repository):
    """Append-only log of every state change (invariant 6)."""

    def record(self, at: str, actor: Actor, action: str, entity: str, entity_id: object,
               detail: dict[str, Any] | None = None) -> None:
        self.store.execute(_INSERT, (at, actor.station, actor.user, action, entity, str(entity_id),
                                     to_json(detail or {})))

    def record_many(self, at: str, actor: Actor, action: str, entity: str,
                    items: Iterable[tuple[object, dict[str, Any]]]) -> None:
        self.store.executemany(_INSERT, ((at, actor.station, actor.user, action, entity, str(key),
                                          to_json(detail)) for key, detail in items))

    def record_each(self, at: str, actor: Actor, action: str, entity: str, keys: Iterable[object],
                    detail: dict[str, Any]) -> None:
        """One event per key, all with the same detail (encoded once: bulk state changes stay cheap)."""
        # Set-based: the keys go as one JSON array (ids follow its order, as row by row).
        self.store.execute(_INSERT_EACH, (at, actor.station, actor.user, action, entity, to_json(detail),
                                          json.dumps([str(key) for key in keys])))

    def for_entity(self, entity: str, entity_id: object) -> list[dict[str, Any]]:
        rows = self.store.all(
            "SELECT * FROM audit_events WHERE entity = ? AND entity_id = ? ORDER BY id",
            (entity, str(entity_id)),
        )
        return [dict(row) for row in rows]

    def count(self, action: str | None = None) -> int:
        if action is None:
            return self.store.scalar("SELECT COUNT(*) FROM audit_events")
        return self.store.scalar("SELECT COUNT(*) FROM audit_events WHERE action = ?", (action,))
