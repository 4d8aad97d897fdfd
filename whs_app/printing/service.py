"""The print service: one PrinterWorker thread per configured printer, and how the app talks to them.

    service = PrintService("whs.db", clock, stations=["P01"])
    service.events.subscribe(on_event)     # job, printer and alert events (from worker threads)
    service.start()                         # a worker per enabled printer of those stations
    ...                                     # the packing session queues jobs in the store
    service.wake("P01")                     # new jobs at P01: look now, not at the next DB poll
    service.reload()                        # printers were added or removed
    service.stop()                          # stops and joins every worker

`run_once()` drains instead: workers run until nothing they can do is left (`whs jobs run --once`).
Workers open their own Store connection; the caller's thread never talks to a printer.
"""
from __future__ import annotations

import threading
from pathlib import Path

from whs_app.clock import Clock
from whs_app.printing.alerts import AlertBook, GrowthRule
from whs_app.printing.events import EventBus
from whs_app.printing.worker import PrinterWorker, Timing, WorkerContext
from whs_app.store import Store
from whs_app.store.dialect import db_location

JOIN_SECONDS = 30.0


class PrintService:
    def __init__(self, db_path: str | Path, clock: Clock, *, events: EventBus | None = None,
                 stations: list[str] | None = None, timing: Timing = Timing(),
                 growth: GrowthRule = GrowthRule(), usb_backend=None) -> None:
        self.events = events or EventBus()
        self.alerts = AlertBook(self.events)
        self.stations = set(stations) if stations else None
        self.ctx = WorkerContext(db_location(db_path), clock, self.events, self.alerts, timing, growth, usb_backend)
        self._workers: dict[str, tuple[str, PrinterWorker]] = {}
        self._lock = threading.Lock()

    # -- running ---------------------------------------------------------------------------------
    def start(self) -> PrintService:
        self.reload()
        return self

    def reload(self) -> None:
        """Start workers for new printers; forget those whose printer is gone (they end themselves)."""
        wanted = self._printers()
        with self._lock:
            gone = [self._workers.pop(name)[1] for name, (_, worker) in list(self._workers.items())
                    if name not in wanted or not worker.alive]
            for name, station in wanted.items():
                if name not in self._workers:
                    worker = PrinterWorker(self.ctx, name, on_moved=self.wake)
                    self._workers[name] = (station, worker.start())
        for worker in gone:   # outside the lock: a stopping worker may be calling wake()
            worker.stop()
            worker.join(JOIN_SECONDS)

    def wake(self, station: str | None = None) -> None:
        with self._lock:
            workers = [w for s, w in self._workers.values() if station is None or s == station]
        for worker in workers:
            worker.wake()

    def stop(self) -> None:
        with self._lock:
            workers = [w for _, w in self._workers.values()]
            self._workers.clear()
        for worker in workers:
            worker.stop()
        for worker in workers:
            worker.join(JOIN_SECONDS)

    def __enter__(self) -> PrintService:
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.stop()

    @property
    def printer_names(self) -> list[str]:
        with self._lock:
            return list(self._workers)

    # -- draining --------------------------------------------------------------------------------
    def run_once(self) -> int:
        """Drain: rounds of one short-lived worker per printer until a round changes nothing.

        Jobs that cannot print anywhere stay queued with their reason. Returns the job changes made.
        """
        total = 0
        while True:
            workers = [PrinterWorker(self.ctx, name, once=True) for name in self._printers()]
            for worker in workers:
                worker.start()
            for worker in workers:
                worker.join()
            progress = sum(worker.progress for worker in workers)
            total += progress
            if not progress:
                return total

    def _printers(self) -> dict[str, str]:
        """name -> station of the enabled printers this service serves."""
        with Store.open(self.ctx.db_path, create=False) as store:
            rows = store.printers.all()
        return {row["name"]: row["station"] for row in rows
                if row["enabled"] and (self.stations is None or row["station"] in self.stations)}
