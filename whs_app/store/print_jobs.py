"""Print jobs as rows. The printing issue decides how they reach printers; here they are queued."""
from __future__ import annotations

from whs_app.store.base import Repository


class PrintJobRepo(Repository):
    def add(self, kind: str, station: str, at: str, parcel_id: int | None = None,
            wave_id: int | None = None, waybill_no: str | None = None) -> int:
        return self.store.insert(
            "INSERT INTO print_jobs (kind, parcel_id, wave_id, waybill_no, station, state, created_at,"
            " updated_at) VALUES (?, ?, ?, ?, ?, 'queued', ?, ?)",
            (kind, parcel_id, wave_id, waybill_no, station, at, at))

    def for_parcel(self, parcel_id: int) -> list[dict]:
        rows = self.store.all("SELECT * FROM print_jobs WHERE parcel_id = ? ORDER BY id", (parcel_id,))
        return [dict(row) for row in rows]

    def count_by_state(self) -> dict[str, int]:
        return {row[0]: row[1] for row in self.store.all("SELECT state, COUNT(*) FROM print_jobs GROUP BY state")}
