"""Opening the database: WAL, busy timeout, foreign keys, migrations; transactions."""
from __future__ import annotations

import functools
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

import platformdirs

from whs_app.store import migrations
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
from whs_app.store.errors import StoreError

BUSY_TIMEOUT_MS = 5000
#: Page cache per connection (grows only as used): a day's orders stay in memory during bulk steps.
CACHE_KIB = 65536


def default_db_path() -> Path:
    return Path(platformdirs.user_data_dir("whs", appauthor=False)) / "whs.db"


class Store:
    """One connection (one per thread, as SQLite wants) and the repositories built on it."""

    def __init__(self, conn: sqlite3.Connection, path: str, checkpointer: Checkpointer | None = None) -> None:
        self.conn = conn
        self.path = path
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

    @functools.cached_property
    def db(self):
        """sqlite-utils' view of this connection (schema introspection for tools), made on first use:
        importing sqlite-utils costs a third of a second a station's start should not pay."""
        import sqlite_utils
        return sqlite_utils.Database(self.conn)

    @classmethod
    def open(cls, path: str | Path, *, create: bool = True, background_checkpoint: bool = False) -> "Store":
        """Open (and upgrade) the database. A long-running station passes background_checkpoint
        so that WAL checkpoints run on their own thread, never inside a scan's commit."""
        path = str(path)
        if path != ":memory:":
            if not create and not Path(path).exists():
                raise StoreError(f"{path}: 数据库不存在 no such database; run `whs init` first")
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
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
            migrations.upgrade(conn, path)
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise StoreError(f"{path}: 不是 whs 数据库 not a usable whs database ({exc})") from exc
        except BaseException:
            conn.close()
            raise
        checkpointer = None
        if background_checkpoint and path != ":memory:":
            conn.execute("PRAGMA wal_autocheckpoint = 0")
            checkpointer = Checkpointer(path)
        return cls(conn, path, checkpointer)

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
        self.conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")
        finally:
            self._depth = 0

    def execute(self, sql: str, params: Sequence[Any] | dict = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        self.conn.executemany(sql, rows)

    def one(self, sql: str, params: Sequence[Any] | dict = ()) -> sqlite3.Row | None:
        return self.conn.execute(sql, params).fetchone()

    def all(self, sql: str, params: Sequence[Any] | dict = ()) -> list[sqlite3.Row]:
        return self.conn.execute(sql, params).fetchall()

    def scalar(self, sql: str, params: Sequence[Any] | dict = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def insert(self, sql: str, params: Sequence[Any] | dict = ()) -> int:
        return self.conn.execute(sql, params).lastrowid

    def integrity_check(self) -> str:
        return self.scalar("PRAGMA integrity_check")
