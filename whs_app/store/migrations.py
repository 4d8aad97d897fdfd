"""Versioned schema migrations: `sql/NNN_name.sql`, applied in order, each in its own transaction."""
from __future__ import annotations

import re
import sqlite3
from importlib import resources

from whs_app.store.errors import StoreError

_NAME = re.compile(r"^(\d{3})_[a-z0-9_]+\.sql$")


def available() -> list[tuple[int, str]]:
    """(version, sql) for every migration shipped with this version of the app, in order."""
    found = []
    for entry in resources.files("whs_app.store").joinpath("sql").iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.read_text(encoding="utf-8")))
    return sorted(found)


def latest_version() -> int:
    return available()[-1][0]


def current_version(conn: sqlite3.Connection) -> int:
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
    ).fetchone()
    if not has_table:
        return 0
    row = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
    return row[0] or 0


def upgrade(conn: sqlite3.Connection, path: str) -> int:
    """Bring the database to the latest version; refuse one made by a newer app."""
    version = current_version(conn)
    newest = latest_version()
    if version > newest:
        raise StoreError(
            f"{path}: 数据库版本 {version} 比本程序支持的 {newest} 新，请升级 whs。"
            f" The database is schema version {version}, newer than this app supports ({newest});"
            " upgrade whs before opening it."
        )
    for number, sql in available():
        if number <= version:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(sql):
                conn.execute(statement)
            if number == 1:
                conn.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
            conn.execute("INSERT INTO schema_version (version) VALUES (?)", (number,))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return newest


def _statements(sql: str) -> list[str]:
    """Split a migration into statements (our migrations hold no ';' inside literals)."""
    without_comments = re.sub(r"--[^\n]*", "", sql)
    return [s.strip() for s in without_comments.split(";") if s.strip()]
