"""Print jobs as rows: the queue the printing service works through (whs_app/printing).

Every change of state is one conditional UPDATE (`... WHERE state = <expected>`), so two
threads or processes can never both move the same job, and the caller learns whether it did.
"""
from __future__ import annotations

from whs_app.store.base import Repository, placeholders

#: Columns a state change may set besides state and updated_at.
_CHANGEABLE = ("printer", "error", "bytes_total", "bytes_sent", "sent_at", "confirmed_at")


class PrintJobRepo(Repository):
    def add(self, kind: str, station: str, at: str, parcel_id: int | None = None,
            wave_id: int | None = None, waybill_no: str | None = None, *, reprint_of: int | None = None,
            requested_by: str | None = None, drill: bool | None = None) -> int:
        """Queue a job; `drill` None: as this database is (every job of a drill database is a drill job)."""
        if drill is None:
            drill = self.store.settings.is_drill()
        return self.store.insert(
            "INSERT INTO print_jobs (kind, parcel_id, wave_id, waybill_no, station, state, created_at,"
            " updated_at, reprint_of, requested_by, drill) VALUES (?, ?, ?, ?, ?, 'queued', ?, ?, ?, ?, ?)",
            (kind, parcel_id, wave_id, waybill_no, station, at, at, reprint_of, requested_by, int(drill)))

    def get(self, job_id: int) -> dict | None:
        row = self.store.one("SELECT * FROM print_jobs WHERE id = ?", (job_id,))
        return None if row is None else dict(row)

    def for_parcel(self, parcel_id: int) -> list[dict]:
        rows = self.store.all("SELECT * FROM print_jobs WHERE parcel_id = ? ORDER BY id", (parcel_id,))
        return [dict(row) for row in rows]

    def count_by_state(self) -> dict[str, int]:
        return {row[0]: row[1] for row in self.store.all("SELECT state, COUNT(*) FROM print_jobs GROUP BY state")}

    def listing(self, state: str | None = None, station: str | None = None, limit: int = 200) -> list[dict]:
        wanted = {"state": state, "station": station}
        where = [f"{column} = ?" for column, value in wanted.items() if value is not None]
        sql = "SELECT * FROM print_jobs" + (" WHERE " + " AND ".join(where) if where else "")
        rows = self.store.all(sql + " ORDER BY id DESC LIMIT ?", [*filter(None, wanted.values()), limit])
        return [dict(row) for row in reversed(rows)]

    # -- the queue ---------------------------------------------------------------------------
    def unrouted(self, station: str) -> list[dict]:
        rows = self.store.all(
            "SELECT * FROM print_jobs WHERE state = 'queued' AND station = ? AND printer IS NULL ORDER BY id",
            (station,))
        return [dict(row) for row in rows]

    def queued_on(self, printer: str, limit: int | None = None) -> list[dict]:
        sql = "SELECT * FROM print_jobs WHERE printer = ? AND state = 'queued' ORDER BY id"
        rows = self.store.all(sql, (printer,)) if limit is None else self.store.all(sql + " LIMIT ?", (printer, limit))
        return [dict(row) for row in rows]

    def backlog(self, printer: str) -> int:
        return self.store.scalar("SELECT COUNT(*) FROM print_jobs WHERE printer = ? AND state = 'queued'",
                                 (printer,))

    def on_printer(self, printer: str, state: str) -> list[dict]:
        rows = self.store.all("SELECT * FROM print_jobs WHERE printer = ? AND state = ? ORDER BY id",
                              (printer, state))
        return [dict(row) for row in rows]

    def change(self, job_id: int, expected: tuple[str, ...], state: str, at: str, *,
               printer_is: str | None = None, attempt: bool = False, **values) -> bool:
        """Move a job to `state` if it is in one of `expected` (and on `printer_is`, if given).

        `values` may set the columns in _CHANGEABLE; `attempt` counts one more send. True when
        the job was changed, False when someone else got there first.
        """
        unknown = set(values) - set(_CHANGEABLE)
        if unknown:
            raise ValueError(f"print_jobs: cannot set {', '.join(sorted(unknown))}")
        columns = "".join(f", {column} = ?" for column in values)
        sql = (f"UPDATE print_jobs SET state = ?, updated_at = ?{columns}"
               f"{', attempts = attempts + 1' if attempt else ''}"
               f" WHERE id = ? AND state IN ({placeholders(len(expected))})")
        params = [state, at, *values.values(), job_id, *expected]
        if printer_is is not None:
            sql += " AND printer = ?"
            params.append(printer_is)
        return self.store.execute(sql, params).rowcount > 0

    def route(self, job_id: int, printer: str, at: str) -> bool:
        """Put an unrouted queued job on a printer; False if it was routed or taken meanwhile."""
        return self.store.execute(
            "UPDATE print_jobs SET printer = ?, error = NULL, updated_at = ?"
            " WHERE id = ? AND state = 'queued' AND printer IS NULL", (printer, at, job_id)).rowcount > 0

    def set_error(self, job_id: int, error: str | None, at: str) -> bool:
        """Say why a queued job waits; True when that is news."""
        return self.store.execute(
            "UPDATE print_jobs SET error = ?, updated_at = ? WHERE id = ? AND state = 'queued'"
            " AND COALESCE(error, '') != COALESCE(?, '')", (error, at, job_id, error)).rowcount > 0

    def unroute(self, printer: str, at: str) -> int:
        """Take the queued jobs off a printer (it is being removed); routing places them again."""
        return self.store.execute(
            "UPDATE print_jobs SET printer = NULL, updated_at = ? WHERE printer = ? AND state = 'queued'",
            (at, printer)).rowcount

    # -- labels, reprints and the pack bench -------------------------------------------------
    def latest_label(self, waybill_no: str) -> dict | None:
        """The current label job of a waybill: the newest one not replaced by a reprint."""
        row = self.store.one(
            "SELECT * FROM print_jobs WHERE waybill_no = ? AND kind = 'label' AND state != 'reprinted'"
            " ORDER BY id DESC LIMIT 1", (waybill_no,))
        return None if row is None else dict(row)

    def latest_of_wave(self, wave_id: int, kind: str, station: str) -> dict | None:
        """The current job of this kind for a wave at a station (a pick list): the newest not reprinted."""
        row = self.store.one(
            "SELECT * FROM print_jobs WHERE wave_id = ? AND kind = ? AND station = ? AND state != 'reprinted'"
            " ORDER BY id DESC LIMIT 1", (wave_id, kind, station))
        return None if row is None else dict(row)

    def reprint_count(self, original_id: int) -> int:
        return self.store.scalar("SELECT COUNT(*) FROM print_jobs WHERE reprint_of = ?", (original_id,))

    def bench_labels(self, station: str) -> list[dict]:
        """Label jobs of the boxes of the order sealed last at `station`, oldest first."""
        rows = self.store.all(
            "SELECT j.* FROM print_jobs j JOIN parcels p ON p.id = j.parcel_id"
            " WHERE j.kind = 'label' AND p.order_id = (SELECT order_id FROM parcels"
            "  WHERE station = ? AND state = 'complete' ORDER BY id DESC LIMIT 1) ORDER BY j.id",
            (station,))
        return [dict(row) for row in rows]
