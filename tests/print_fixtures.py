"""Helpers for the print queue tests: emulated printers configured at a station, packed orders.

Import the fixtures a module uses: `from tests.print_fixtures import emulators, ...`.
"""
from __future__ import annotations

import time
from typing import Callable

import pytest

from devices.testing import PrinterEmulator
from whs_app.actor import Actor
from whs_app.clock import stamp
from whs_app.packing import PackingSession
from whs_app.printing.alerts import GrowthRule
from whs_app.printing.printers import add_printer
from whs_app.printing.queue import PrintQueue
from whs_app.printing.service import PrintService
from whs_app.printing.worker import Timing
from whs_app.settings import WarehouseSettings
from tests.pack_fixtures import ready_order

#: fast enough for tests, slow enough not to spin
FAST = Timing(status_timeout=0.2, idle_poll=0.05, retry=0.05, db_poll=0.02)
ADMIN = Actor("OFFICE", "boss")
SOCKS, TSHIRT, JEANS = "6901234567005", "6901234567001", "6901234567003"


@pytest.fixture
def emulators():
    """Three emulated printers on loopback: TSPL, ZPL and ESC/POS."""
    with PrinterEmulator("tspl", lifetime=60) as a, PrinterEmulator("zpl", lifetime=60) as b, \
            PrinterEmulator("escpos", lifetime=60) as c:
        yield a, b, c


def configure(store, clock, name: str, emulator: PrinterEmulator, *, station: str = "P01",
              role: str = "both", backup_of: str | None = None, timeout: float = 0.5, **options):
    paper = "80" if role == "slip" else "100x150"
    return add_printer(store, stamp(clock.now()), ADMIN, name, emulator.uri(timeout=timeout),
                       emulator.language, role, station, paper, backup_of, **options)


def group_of_three(store, clock, emulators, **options):
    """A (primary), B and C (backups) at P01, each printing labels and slips."""
    a, b, c = emulators
    configure(store, clock, "A", a, **options)
    configure(store, clock, "B", b, backup_of="A", **options)
    configure(store, clock, "C", c, backup_of="B", **options)


def pack(store, clock, warehouse, order_no: str, sku: str = "SOCKS-5P", barcode: str = SOCKS,
         station: str = "P01", session: PackingSession | None = None) -> str:
    """Pack a one-unit order at `station`; returns its waybill (a label and a slip job queued)."""
    ready_order(store, warehouse, order_no, {sku: 1})
    session = session or PackingSession(store, clock, Actor(station, "packer1"))
    opened, packed = session.scan(order_no), session.scan(barcode)
    assert opened.ok and packed.ok, (opened.message, packed.message)
    return packed.waybill_no


def confirmation_required(store, required: bool) -> None:
    """The warehouse setting label_confirm_required (True by default)."""
    settings = WarehouseSettings.load(store).with_value("label_confirm_required", str(required))
    with store.transaction():
        settings.save(store)


def label_job(store, waybill: str) -> dict:
    return store.print_jobs.latest_label(waybill)


def service(store, clock, **options) -> PrintService:
    return PrintService(store.path, clock, timing=options.pop("timing", FAST),
                        growth=options.pop("growth", GrowthRule()), **options)


def queue(store, clock, actor: Actor = Actor("P01", "packer1")) -> PrintQueue:
    return PrintQueue(store, clock, actor)


def wait_until(predicate: Callable[[], object], timeout: float = 10.0, every: float = 0.01):
    """Poll until `predicate()` is truthy; its value, or AssertionError on timeout."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {predicate}")
        time.sleep(every)


def states(store) -> dict[str, int]:
    return store.print_jobs.count_by_state()


def settled(store) -> bool:
    """Nothing left queued or being sent."""
    counts = states(store)
    return not counts.get("queued") and not counts.get("sending")
