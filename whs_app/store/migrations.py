"""Versioned schema migrations: `sql/NNN_name.sql`, applied in order, each in its own transaction.

The same files build both backends: written for SQLite, each statement is turned into PostgreSQL DDL
(store/dialect.py) on a server. On PostgreSQL an upgrade holds an advisory lock, so stations starting
together do not run the same migration twice.
"""
from __future__ import annotations

import functools
import re
from importlib import resources

from whs_app.store import dialect
from whs_app.store.errors import StoreError

#: pg_advisory_xact_lock key of schema upgrades ("whs" + 1).
_UPGRADE_LOCK = 0x77687301

_NAME = re.compile(r"^(\d{3})_[a-z0-9_]+\.sql$")


def available() -> list[tuple[int, str]]:
    """(version, sql) for every migration shipped with this version of the app, in order."""
    return list(_shipped())


@functools.cache
def _shipped() -> tuple[tuple[int, str], ...]:
    """The migration files, read once a process: every Store.open asks for them several times."""
    found = []
    for entry in resources.files("whs_app.store").joinpath("sql").iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.read_text(encoding="utf-8")))
    return tuple(sorted(found))


def latest_version() -> int:
    return available()[-1][0]


def current_version(conn, backend: str = "sqlite") -> int:
    if backend == "sqlite":
        has_table = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'").fetchone()
    else:
        has_table = conn.execute("SELECT to_regclass('schema_version')").fetchone()[0]
    if not has_table:
        return 0
    row = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
    return row[0] or 0


def upgrade(conn, path: str, backend: str = "sqlite") -> int:
    """Bring the database to the latest version; refuse one made by a newer app."""
    version = _refuse_newer(current_version(conn, backend), path)
    for number, sql in available():
        if number <= version:
            continue
        conn.execute("BEGIN IMMEDIATE" if backend == "sqlite" else "BEGIN")
        try:
            if backend != "sqlite":
                conn.execute("SELECT pg_advisory_xact_lock(?)", (_UPGRADE_LOCK,))
            if number > current_version(conn, backend):
                _apply(conn, number, sql, backend)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return latest_version()


def check_current(conn, path: str, backend: str) -> None:
    """A station opening a shared server does not upgrade it (`whs db migrate` does): it refuses a
    schema that is older or newer than its own."""
    version = _refuse_newer(current_version(conn, backend), path)
    if version < latest_version():
        raise StoreError(
            f"{path}: 数据库版本 {version} 低于本程序的 {latest_version()}，请先运行 `whs db migrate`。"
            f" The database is schema version {version}, older than this app's {latest_version()};"
            " run `whs db migrate` once before the stations connect.")


def _refuse_newer(version: int, path: str) -> int:
    newest = latest_version()
    if version > newest:
        raise StoreError(
            f"{path}: 数据库版本 {version} 比本程序支持的 {newest} 新，请升级 whs。"
            f" The database is schema version {version}, newer than this app supports ({newest});"
            " upgrade whs before opening it."
        )
    return version


def _apply(conn, number: int, sql: str, backend: str) -> None:
    for statement in _statements(sql):
        conn.execute(statement if backend == "sqlite" else dialect.ddl_for_postgres(statement))
    if number == 1:
        conn.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    conn.execute("INSERT INTO schema_version (version) VALUES (?)", (number,))


def _statements(sql: str) -> list[str]:
    """Split a migration into statements (our migrations hold no ';' inside literals)."""
    without_comments = re.sub(r"--[^\n]*", "", sql)
    return [s.strip() for s in without_comments.split(";") if s.strip()]
