"""The PostgreSQL backend: one psycopg 3 connection that looks to the store like its SQLite one.

Several pack stations share one server (DESIGN.md: many stations, one warehouse). Each station keeps
one connection per thread; a lost connection becomes a clear `StoreUnavailable` for the step that
could not be written (nothing half-written: the server rolls the open transaction back), and the next
step connects again.
"""
from __future__ import annotations

import functools
from typing import Any, Iterable, Sequence

import psycopg
from psycopg.adapt import Loader

from whs_app.store import dialect
from whs_app.store.errors import IntegrityError, StoreError, StoreUnavailable

#: How long a station waits for the server before it tells the packer (seconds): connect, and a
#: silent network (TCP keepalive probes, then the kernel's user timeout).
CONNECT_TIMEOUT_S = 3
_KEEPALIVE = {"keepalives": 1, "keepalives_idle": 5, "keepalives_interval": 2, "keepalives_count": 2,
              "tcp_user_timeout": 8000}
#: A row lock held longer than this by another station is reported, not waited out (as SQLite's busy timeout).
LOCK_TIMEOUT_MS = 5000


class _NumberLoader(Loader):
    """numeric as SQLite gives it: SUM of integers an int, AVG or a decimal product a float."""

    def load(self, data: Any) -> int | float:
        text = bytes(data)
        return float(text) if b"." in text or b"e" in text.lower() else int(text)


@functools.lru_cache(maxsize=256)
def _row_class(names: tuple[str, ...]) -> type:
    index = {name: i for i, name in enumerate(names)}

    class Row(tuple):
        """A result row read by position or by column name, as sqlite3.Row is."""
        __slots__ = ()

        def __getitem__(self, key):
            return tuple.__getitem__(self, index[key] if isinstance(key, str) else key)

        def keys(self) -> list[str]:
            return list(names)

    return Row


def _named_rows(cursor: psycopg.Cursor):
    if cursor.description is None:
        return tuple
    return _row_class(tuple(column.name for column in cursor.description))


def _plain_rows(cursor: psycopg.Cursor):
    return tuple


class PgConnection:
    """What the store needs of a connection: execute, executemany, tuples, a transaction's state."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.raw: psycopg.Connection | None = None
        self._in_transaction = False    # BEGIN sent: never reconnect (autocommit) until ROLLBACK/COMMIT
        self._connect()

    def _connect(self) -> None:
        try:
            raw = psycopg.connect(self.url, autocommit=True,
                                  connect_timeout=CONNECT_TIMEOUT_S, options=f"-c lock_timeout={LOCK_TIMEOUT_MS}",
                                  application_name="whs", **_KEEPALIVE)
        except psycopg.OperationalError as exc:
            raise StoreUnavailable(_unreachable(self.url, exc)) from exc
        raw.adapters.register_loader("numeric", _NumberLoader)
        self.raw = raw

    @property
    def in_transaction(self) -> bool:
        return self._in_transaction

    def execute(self, sql: str, params: Sequence[Any] | dict = (), *, rows=_named_rows) -> psycopg.Cursor:
        if sql in ("BEGIN", "COMMIT", "ROLLBACK"):
            return self._transaction_step(sql)
        cursor = self._cursor(rows)
        named = isinstance(params, dict)
        with _translated_errors(self):
            cursor.execute(dialect.for_postgres(sql, named), params if named else tuple(params))
        return cursor

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> int:
        cursor = self._cursor(_plain_rows)
        with _translated_errors(self):
            cursor.executemany(dialect.for_postgres(sql), [tuple(row) for row in rows])
        return max(cursor.rowcount, 0)

    def tuples(self, sql: str, params: Sequence[Any]) -> list[tuple]:
        return self.execute(sql, params, rows=_plain_rows).fetchall()

    def close(self) -> None:
        if self.raw is not None:
            self.raw.close()

    def _transaction_step(self, sql: str) -> psycopg.Cursor | None:
        if sql == "ROLLBACK" and self._lost():
            self._in_transaction = False    # the server dropped the transaction with the connection
            return None
        cursor = self._cursor(_plain_rows)
        try:
            with _translated_errors(self):
                cursor.execute(sql)
        finally:
            self._in_transaction = sql == "BEGIN" and not self._lost()
        return cursor

    def _lost(self) -> bool:
        return self.raw is None or self.raw.closed or self.raw.broken

    def _cursor(self, rows) -> psycopg.Cursor:
        if self._lost():
            if self._in_transaction:    # statements after a lost BEGIN must not run on their own
                raise StoreUnavailable(_lost_message(self.url))
            self._connect()
        return self.raw.cursor(row_factory=rows)


class _translated_errors:
    """psycopg's errors as the store's: a constraint as IntegrityError, a lost server as StoreUnavailable."""

    def __init__(self, conn: PgConnection) -> None:
        self.conn = conn

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind, exc, tb) -> bool:
        if exc is None:
            return False
        if isinstance(exc, psycopg.errors.IntegrityError):
            raise IntegrityError(str(exc).strip()) from exc
        if isinstance(exc, psycopg.errors.LockNotAvailable):
            raise StoreError(f"数据正被其他工作台占用，请稍后重试 the row is held by another station; try again ({exc})") from exc
        if isinstance(exc, psycopg.errors.DeadlockDetected | psycopg.errors.SerializationFailure):
            raise StoreError(f"与其他工作台同时修改，未保存，请重扫 another station changed the same rows at the same"
                             f" moment; nothing was saved: scan again ({exc})") from exc
        if isinstance(exc, (psycopg.OperationalError, psycopg.InterfaceError)) and self.conn._lost():
            raise StoreUnavailable(_lost_message(self.conn.url)) from exc
        return False


def _unreachable(url: str, exc: Exception) -> str:
    return (f"连不上数据库服务器 {_where(url)}，本次操作未保存 cannot reach the database server {_where(url)}; "
            f"nothing of this step was saved ({str(exc).strip().splitlines()[0] if str(exc).strip() else exc})")


def _lost_message(url: str) -> str:
    return (f"与数据库服务器 {_where(url)} 的连接中断，本次操作未保存 lost the connection to {_where(url)}; "
            "nothing of this step was saved")


def _where(url: str) -> str:
    info = psycopg.conninfo.conninfo_to_dict(url)
    return f"{info.get('host', 'localhost')}:{info.get('port', 5432)}/{info.get('dbname', '')}"
