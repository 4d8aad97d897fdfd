"""The embedded SQLite backend: one station, a demo, a drill (DESIGN.md). WAL, busy timeout, foreign keys."""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any, Iterable, Sequence

from whs_app.store import dialect
from whs_app.store.errors import IntegrityError, StoreError, not_a_whs_database

BUSY_TIMEOUT_MS = 5000
#: Page cache per connection (grows only as used): a day's orders stay in memory during bulk steps.
CACHE_KIB = 65536


class SqliteConnection(sqlite3.Connection):
    """sqlite3's connection, taking the store's SQL (row locks dropped) and raising the store's errors:
    IntegrityError, and StoreError when other stations held the file past the busy timeout."""

    def execute(self, sql: str, params: Sequence[Any] | dict = ()) -> sqlite3.Cursor:
        with _TRANSLATED:
            return super().execute(dialect.for_sqlite(sql), params)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> int:
        with _TRANSLATED:
            return super().executemany(dialect.for_sqlite(sql), rows).rowcount

    def tuples(self, sql: str, params: Sequence[Any]) -> list[tuple]:
        cursor = self.cursor()
        cursor.row_factory = None
        return cursor.execute(dialect.for_sqlite(sql), params).fetchall()


class _TranslatedErrors:
    """sqlite3's errors as the store's: a constraint as IntegrityError, a file busy past the timeout as StoreError."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind, exc, tb) -> bool:
        if isinstance(exc, sqlite3.IntegrityError):
            raise IntegrityError(str(exc)) from exc
        if isinstance(exc, sqlite3.OperationalError) and ("locked" in str(exc) or "busy" in str(exc)):
            raise _busy() from exc
        return False


_TRANSLATED = _TranslatedErrors()


def _busy() -> StoreError:
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
        raise not_a_whs_database(path, exc) from exc
    return conn
