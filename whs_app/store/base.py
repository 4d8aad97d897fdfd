from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from whs_app.store.database import Store


class Repository:
    def __init__(self, store: "Store") -> None:
        self.store = store


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def placeholders(count: int) -> str:
    return ",".join("?" * count)
