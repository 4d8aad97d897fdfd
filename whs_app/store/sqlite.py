"""The embedded SQLite backend: one station, a demo, a drill (DESIGN.md). WAL, busy timeout, foreign keys."""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any, Iterable, Sequence

from whs_app.store import dialect
from whs_app.store.errors import IntegrityError, StoreError

BUSY_TIMEOUT_MS = 5000
#: Page cache per connection (grows only as used): a day's orders stay in memory during bulk steps.
CACHE_KIB = 65536


class SqliteConnection(sqlite3.Connection):
    """sqlite3's connection, taking the store's SQL (row locks dropped) and raising the store's errors:
    IntegrityError, and StoreError when other stations held the file past the busy timeout."""

    def execute(self, sql: str, params: Sequence[Any] | dict = ()) -> sqlite3.Cursor:
        try:
            return super().execute(dialect.for_sqlite(sql), params)
        except sqlite3.IntegrityError as exc:
            raise IntegrityError(str(exc)) from exc
        except sqlite3.OperationalError as exc:
            raise _busy(exc) or exc

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> int:
        try:
            return super().executemany(dialect.for_sqlite(sql), rows).rowcount
        except sqlite3.IntegrityError as exc:
            raise IntegrityError(str(exc)) from exc
        except sqlite3.OperationalError as exc:
            raise _busy(exc) or exc

    def tuples(self, sql: str, params: Sequence[Any]) -> list[tuple]:
        cursor = self.cursor()
        cursor.row_factory = None
        return cursor.execute(dialect.for_sqlite(sql), params).fetchall()


def _busy(exc: sqlite3.OperationalError) -> StoreError | None:
    if "locked" not in str(exc) and "busy" not in str(exc):
        return None
    return StoreError(f"数据库忙（其他工作台占用超过 {BUSY_TIMEOUT_MS // 1000} 秒），未保存 the database file was busy with other"
                      f" stations for over {BUSY_TIMEOUT_MS // 1000} s; nothing was saved. Many stations on one file:"
                      " use a PostgreSQL server (README)")


def connect(path: str, create: bool) -> SqliteConnection:
    if path != ":memory:":
        if not create and not Path(path).exists():
            raise StoreError(f"{path}: 数据库不存在 no such database; run `whs init` first")
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, factory=SqliteConnection)
    conn.row_factory = sqlite3.Row
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        # Sorters and staging tables (store/base.py `staged`, audit `record_each`) in memory, not a
        # temp file: they hold at most a day's ids, and bulk steps use them for every order.
        conn.execute("PRAGMA temp_store = MEMORY")
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(f"{path}: 不是 whs 数据库 not a usable whs database ({exc})") from exc
    return conn
