"""Opening the database: WAL, busy timeout, foreign keys, migrations; transactions."""
from __future__ import annotations

import functools
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

import platformdirs

from whs_app.store import migrations
from whs_app.store.activity import ActivityRepo
from whs_app.store.audit import AuditRepo
from whs_app.store.assignments import AssignmentRepo
from whs_app.store.carrier_setup import CarrierSetupRepo
from whs_app.store.carriers import CarrierRepo, WaybillRepo
from whs_app.store.browse import BrowseRepo
from whs_app.store.catalog import SkuRepo, StockRepo
from whs_app.store.corrections import CorrectionRepo
from whs_app.store.checkpoint import Checkpointer
from whs_app.store.drill import DrillRepo
from whs_app.store.handovers import HandoverRepo
from whs_app.store.imports import ImportRepo
from whs_app.store.monitoring import MonitoringRepo
from whs_app.store.orders import ExceptionRepo, OrderRepo
from whs_app.store.parcels import ParcelRepo
from whs_app.store.people import PeopleRepo, ShopRepo
from whs_app.store.print_jobs import PrintJobRepo
from whs_app.store.printers import PrinterRepo
from whs_app.store.printer_queues import PrinterQueueRepo
from whs_app.store.review import ReviewRepo
from whs_app.store.settings import SettingsRepo
from whs_app.store.waves import WaveRepo
from whs_app.store.wave_floor import WaveFloorRepo
from whs_app.store import dialect, sqlite
from whs_app.store.errors import StoreUnavailable, not_a_whs_database


def default_db_path() -> Path:
    return Path(platformdirs.user_data_dir("whs", appauthor=False)) / "whs.db"


def connect(location: str | Path, create: bool) -> tuple[Any, str, str]:
    """(connection, location, backend) for a SQLite file or a `postgresql://…` URL; the schema untouched."""
    location = str(location)
    if dialect.is_postgres_url(location):
        from whs_app.store import postgres     # psycopg only where a station uses a server
        return postgres.PgConnection(location), location, "postgresql"
    return sqlite.connect(location, create), location, "sqlite"


class Store:
    """One connection (one per thread) and the repositories built on it. The services above do not
    know which backend it is: SQLite for one station, PostgreSQL for a warehouse of them."""

    def __init__(self, conn, path: str, backend: str = "sqlite", checkpointer: Checkpointer | None = None) -> None:
        self.conn = conn
        self.path = path
        #: "sqlite" or "postgresql": for the few statements that differ in more than spelling (store/dialect.py).
        self.backend = backend
        self._checkpointer = checkpointer
        self._depth = 0
        self.settings = SettingsRepo(self)
        self.audit = AuditRepo(self)
        self.skus = SkuRepo(self)
        self.stock = StockRepo(self)
        self.shops = ShopRepo(self)
        self.people = PeopleRepo(self)
        self.carriers = CarrierRepo(self)
        self.waybills = WaybillRepo(self)
        self.orders = OrderRepo(self)
        self.exceptions = ExceptionRepo(self)
        self.print_jobs = PrintJobRepo(self)
        self.printers = PrinterRepo(self)
        self.printer_queues = PrinterQueueRepo(self)
        self.imports = ImportRepo(self)
        self.parcels = ParcelRepo(self)
        self.review = ReviewRepo(self)
        self.waves = WaveRepo(self)
        self.carrier_setup = CarrierSetupRepo(self)
        self.assignments = AssignmentRepo(self)
        self.handovers = HandoverRepo(self)
        self.monitoring = MonitoringRepo(self)
        self.browse = BrowseRepo(self)
        self.corrections = CorrectionRepo(self)
        self.drill = DrillRepo(self)
        self.wave_floor = WaveFloorRepo(self)
        self.activity = ActivityRepo(self)

    @functools.cached_property
    def db(self):
        """sqlite-utils' view of this connection (schema introspection for tools), made on first use:
        importing sqlite-utils costs a third of a second a station's start should not pay."""
        import sqlite_utils
        return sqlite_utils.Database(self.conn)

    @classmethod
    def open(cls, location: str | Path, *, create: bool = True, background_checkpoint: bool = False) -> "Store":
        """Open (and upgrade) the database: a SQLite file, or a PostgreSQL server given as a
        `postgresql://…` URL (several stations, one warehouse). A long-running SQLite station passes
        background_checkpoint so that WAL checkpoints run on their own thread, never inside a scan's commit."""
        conn, location, backend = connect(location, create)
        try:
            if create or backend == "sqlite":
                migrations.upgrade(conn, dialect.masked(location), backend)
            else:
                migrations.check_current(conn, dialect.masked(location), backend)
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise not_a_whs_database(location, exc) from exc
        except BaseException:
            conn.close()
            raise
        checkpointer = None
        if background_checkpoint and backend == "sqlite" and location != ":memory:":
            conn.execute("PRAGMA wal_autocheckpoint = 0")
            checkpointer = Checkpointer(location)
        return cls(conn, location, backend, checkpointer)

    def close(self) -> None:
        if self._checkpointer is not None:
            self._checkpointer.stop()
            self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All-or-nothing. Nested calls join the outermost transaction."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self.conn.execute("BEGIN IMMEDIATE" if self.backend == "sqlite" else "BEGIN")
        self._depth = 1
        try:
            yield
        except BaseException:
            self._rollback()
            raise
        else:
            self.conn.execute("COMMIT")
        finally:
            self._depth = 0

    def _rollback(self) -> None:
        try:
            self.conn.execute("ROLLBACK")
        except StoreUnavailable:
            pass    # the server is gone, and with it the transaction

    @property
    def in_transaction(self) -> bool:
        return bool(self._depth) or self.conn.in_transaction

    def execute(self, sql: str, params: Sequence[Any] | dict = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> int:
        """Runs sql for each row; returns how many rows the statements changed."""
        return self.conn.executemany(sql, rows)

    def tuples(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        """Rows as plain tuples: cheaper than named rows for a day of orders."""
        return self.conn.tuples(sql, params)

    def one(self, sql: str, params: Sequence[Any] | dict = ()) -> sqlite3.Row | None:
        return self.conn.execute(sql, params).fetchone()

    def all(self, sql: str, params: Sequence[Any] | dict = ()) -> list[sqlite3.Row]:
        return self.conn.execute(sql, params).fetchall()

    def scalar(self, sql: str, params: Sequence[Any] | dict = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def insert(self, sql: str, params: Sequence[Any] | dict = ()) -> int:
        """An INSERT into a table with an `id`; returns the new row's id."""
        if self.backend == "sqlite":
            return self.conn.execute(sql, params).lastrowid
        return self.conn.execute(f"{sql} RETURNING id", params).fetchone()[0]

    def table_names(self) -> list[str]:
        if self.backend == "sqlite":
            sql = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        else:
            sql = "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1"
        return [row[0] for row in self.all(sql)]

    def integrity_check(self) -> str:
        if self.backend == "sqlite":
            return self.scalar("PRAGMA integrity_check")
        return "ok"    # PostgreSQL checks its pages itself (and `amcheck` on the server is the DBA's tool)
