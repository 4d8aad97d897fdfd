"""Waves on the floor: the supervisor's release (下发) that hands a planned wave to the pickers."""
from __future__ import annotations

from typing import Iterable

from whs_app.store.base import Repository


class WaveFloorRepo(Repository):
    def release(self, rows: Iterable[tuple[str, str, int]]) -> int:
        """(at, user, wave id) of planned waves not released yet; returns how many were released."""
        return self.store.executemany(
            "UPDATE waves SET released_at = ?, released_by = ? WHERE id = ? AND released_at IS NULL"
            " AND status = 'planned'", rows)
