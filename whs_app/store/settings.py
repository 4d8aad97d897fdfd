from __future__ import annotations

import json
from typing import Any

from whs_app.store.base import Repository, to_json

#: A drill database says so under this key: true, or a description of the drill (issue 7).
DRILL_KEY = "drill"


def drill_flag(value: Any) -> bool:
    """Whether a stored `drill` value marks a drill ("", "0", "false", "no", 否 do not)."""
    if isinstance(value, str):
        return value.strip().lower() not in ("", "0", "false", "no", "否")
    return bool(value)


class SettingsRepo(Repository):
    """Warehouse settings as JSON values under a key."""

    def get(self, key: str, default: Any = None) -> Any:
        row = self.store.one("SELECT value FROM settings WHERE key = ?", (key,))
        return default if row is None else json.loads(row[0])

    def all(self) -> dict[str, Any]:
        return {row[0]: json.loads(row[1]) for row in self.store.all("SELECT key, value FROM settings")}

    def set(self, key: str, value: Any) -> None:
        self.store.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, to_json(value)),
        )

    def is_drill(self) -> bool:
        """Whether this is a drill database: it draws drill waybill numbers and marks what it prints."""
        return drill_flag(self.get(DRILL_KEY))
