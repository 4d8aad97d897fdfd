"""The print queue as the Printers screen sees it: jobs per printer and state, a printer's jobs."""
from __future__ import annotations

from collections import defaultdict
from typing import Sequence

from whs_app.store.base import Repository, placeholders


class PrinterQueueRepo(Repository):
    def counts(self, states: Sequence[str]) -> dict[str, dict[str, int]]:
        """printer -> state -> jobs, over the jobs in `states` that are on a printer."""
        rows = self.store.all(
            f"SELECT printer, state, COUNT(*) FROM print_jobs WHERE state IN ({placeholders(len(states))})"
            " AND printer IS NOT NULL GROUP BY printer, state", tuple(states))
        found: dict[str, dict[str, int]] = defaultdict(dict)
        for printer, state, count in rows:
            found[printer][state] = count
        return dict(found)

    def unrouted(self) -> dict[str, int]:
        """station -> queued jobs no printer took yet (the station has none that can print them)."""
        rows = self.store.all("SELECT station, COUNT(*) FROM print_jobs WHERE state = 'queued' AND printer IS NULL"
                              " GROUP BY station")
        return {station: count for station, count in rows}

    def jobs(self, printer: str, states: Sequence[str] | None = None, limit: int = 200) -> list[dict]:
        """A printer's jobs (in `states`), newest first."""
        where, params = "printer = ?", [printer]
        if states:
            where += f" AND state IN ({placeholders(len(states))})"
            params += list(states)
        rows = self.store.all(f"SELECT * FROM print_jobs WHERE {where} ORDER BY id DESC LIMIT ?", (*params, limit))
        return [dict(row) for row in rows]
