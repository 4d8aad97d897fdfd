"""The database as whoever sets up the stations sees it (`whs db`, the Settings screen's connection
test): where it is (the password masked), which schema it holds against this app's, and upgrading it.

A station opening a shared server does not upgrade it; `whs db migrate` does, once. To say what a
database holds before deciding anything, this opens it as it is: neither upgraded nor checked.
"""
from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from whs_app.store import migrations
from whs_app.store.database import Store, connect
from whs_app.store.dialect import masked
from whs_app.store.errors import not_a_whs_database


@contextmanager
def as_it_is(location: str | Path) -> Iterator[Store]:
    """The database at location, opened without upgrading or checking its schema (an existing SQLite
    file only: this never makes one)."""
    location = str(location)
    store = Store(*connect(location, create=False))
    try:
        yield store
    except sqlite3.DatabaseError as exc:
        raise not_a_whs_database(masked(location), exc) from exc
    finally:
        store.close()


@dataclass(frozen=True)
class Schema:
    backend: str        # "sqlite" or "postgresql"
    location: str       # masked
    version: int        # what the database holds (0: empty)
    latest: int         # what this app needs

    @property
    def state(self) -> str:
        """"current", "older" (run `whs db migrate`), "newer" (upgrade whs) or "empty" (never migrated)."""
        if self.version == self.latest:
            return "current"
        if self.version > self.latest:
            return "newer"
        return "empty" if self.version == 0 else "older"


def schema_of(store: Store) -> Schema:
    return Schema(store.backend, masked(store.path), migrations.current_version(store.conn, store.backend),
                  migrations.latest_version())


def migrate(location: str | Path) -> tuple[Schema, Schema]:
    """Upgrade the database to this app's schema (stations starting at the same time are safe: the
    upgrade holds a lock on PostgreSQL). Refuses a schema newer than this app's. (before, after)."""
    with as_it_is(location) as store:
        before = schema_of(store)
        migrations.upgrade(store.conn, before.location, store.backend)
        return before, schema_of(store)


def check_for_station(location: str | Path) -> Schema:
    """What a station opening location would find, without changing anything: its schema, or the
    StoreError the station would meet (server unreachable, not a whs database, the schema too old
    for a shared server — with the `whs db migrate` hint — or newer than this app)."""
    with as_it_is(location) as store:
        schema = schema_of(store)
        if store.backend == "postgresql" or schema.state == "newer":   # a station upgrades its own SQLite file
            migrations.check_current(store.conn, schema.location, store.backend)
        return schema
