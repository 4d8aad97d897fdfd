"""A background WAL checkpointer, so no foreground commit (a pack scan) pays for a checkpoint.

SQLite's automatic checkpoint runs inside whichever commit pushes the WAL past its limit, and
that commit then waits for the pages to be copied and synced: a scan that normally takes a
fraction of a millisecond takes tens. Stations turn the automatic checkpoint off on their
connections and let this thread do it on its own connection instead.
"""
from __future__ import annotations

import sqlite3
import threading


class Checkpointer:
    def __init__(self, path: str, interval_s: float = 1.0) -> None:
        self._path = path
        self._interval = interval_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="whs-wal-checkpoint", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        conn = sqlite3.connect(self._path, isolation_level=None, timeout=5, check_same_thread=False)
        try:
            while not self._stop.wait(self._interval):
                conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
        finally:
            conn.close()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()
