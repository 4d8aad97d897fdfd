"""The printers of a scripted drill's virtual stations: a label printer and a slip printer each.

Two kinds, both working the real print queue (routing, failover, job states, audit):
- "emulated": a loopback printer emulator (devices/testing/emulator.py) per printer, configured in
  the drill database like any printer; the production print worker (printing.worker.WorkerSession)
  asks it for status, renders the job in TSPL or ESC/POS and sends it real bytes. As real as it
  gets without paper, and about 20 ms of machine time a job.
- "queue": no bytes: the printer takes its jobs through the queue's own steps (route_pending,
  fail_over, claim, sent) and reports its state as a worker would. For fast rehearsals and tests.
A label takes `Rates.printer.print_per_label` simulated seconds to come out either way. A fault
makes the printer out of paper or offline; the virtual supervisor fixes it after a few minutes,
and the printer has recovered when it prints again.
"""
from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import simpy

from devices.testing.emulator import PrinterEmulator
from whs_app.actor import Actor
from whs_app.clock import Clock, stamp
from whs_app.drill.faults import Fault, log_recovery
from whs_app.printing.alerts import AlertBook
from whs_app.printing.events import EventBus, JobHandedOver
from whs_app.printing.failover import fail_over, route_pending
from whs_app.printing.printers import Printer, add_printer, remove_printer
from whs_app.printing.queue import WORKER_USER, PrintQueue
from whs_app.printing.worker import PrinterGone, Step, Timing, WorkerContext, WorkerSession
from whs_app.simulation.rates import Rates
from whs_app.store import Store

KINDS = ("emulated", "queue")
SLIP_S = 2.0            # assumed: an 80 mm receipt slip
RETRY_S = 20.0          # a printer that cannot print is looked at again this often
IDLE_S = 600.0          # an idle printer looks for work this often even when nobody kicks it
EMULATOR_LIFETIME_S = 7 * 24 * 3600.0
SUPERVISOR = Actor("DRILL-OFFICE", "vsuper")
QUEUE_URI = "file:///dev/null"   # a "queue" printer's configured connection: never opened


class EmulatedDevice:
    """A TCP printer emulator, worked by the production print worker."""

    def __init__(self, language: str) -> None:
        self.emulator = PrinterEmulator(language, lifetime=EMULATOR_LIFETIME_S).start()
        self.session: WorkerSession | None = None

    @property
    def uri(self) -> str:
        return self.emulator.uri(timeout=1)

    def connect(self, context: WorkerContext, name: str) -> None:
        self.session = WorkerSession(context, name, poll_when_idle=False)

    def step(self) -> Step:
        return self.session.step()

    def fail(self, fault: Fault) -> None:
        if fault == Fault.PRINTER_PAPER_OUT:
            self.emulator.run_out_of_paper()
        else:
            self.emulator.go_offline()

    def fix(self, fault: Fault) -> None:
        if fault == Fault.PRINTER_PAPER_OUT:
            self.emulator.load_paper()
        else:
            self.emulator.go_online()

    def close(self) -> None:
        if self.session is not None:
            self.session.close()
        self.emulator.stop()


class QueueDevice:
    """A printer that takes its jobs through the print queue's steps and sends no bytes."""

    def __init__(self, language: str) -> None:
        self.uri = QUEUE_URI
        self.state = "ready"
        self.queue: PrintQueue | None = None
        self.name = ""

    def connect(self, context: WorkerContext, name: str) -> None:
        store = Store.open(context.db_path, create=False)
        self.name = name
        self.queue = PrintQueue(store, context.clock, Actor(store.printers.get(name)["station"], WORKER_USER),
                                context.events)

    def step(self) -> Step:
        queue, store = self.queue, self.queue.store
        printer = Printer.from_row(store.printers.get(self.name))
        route_pending(queue, printer.station)
        jobs = store.print_jobs.queued_on(self.name, limit=1)
        if not jobs:
            return Step.IDLE
        with store.transaction():
            store.printers.set_state(self.name, self.state, "", queue.now())
        if self.state != "ready":
            moved = fail_over(queue, printer, f"演练 drill: {self.name} {self.state}")
            return Step.PROGRESS if moved else Step.BLOCKED
        job = jobs[0]
        if queue.claim(job, self.name, 0) and queue.sent(job, 0):
            queue.events.publish(JobHandedOver(job["id"], self.name, 0))
        return Step.PROGRESS

    def fail(self, fault: Fault) -> None:
        self.state = "paper_out" if fault == Fault.PRINTER_PAPER_OUT else "offline"

    def fix(self, fault: Fault) -> None:
        self.state = "ready"

    def close(self) -> None:
        if self.queue is not None:
            self.queue.store.close()


@dataclass
class BenchPrinter:
    name: str
    station: str
    role: str
    device: EmulatedDevice | QueueDevice
    wake: simpy.Event | None = None
    fault_id: int | None = None
    fixed: bool = False


@dataclass
class PrinterRoom:
    """Every printer of a scripted run, and the processes that work their queues."""
    env: simpy.Environment
    store: Store
    clock: Clock
    rates: Rates
    rng: random.Random
    kind: str = "emulated"
    printers: list[BenchPrinter] = field(default_factory=list)
    events: EventBus = field(default_factory=EventBus)
    handed: Counter = field(default_factory=Counter)

    def setup(self, stations: list[str]) -> None:
        """A label and a slip printer per station, (re)configured in the drill database."""
        at = stamp(self.clock.now())
        make = EmulatedDevice if self.kind == "emulated" else QueueDevice
        for station in stations:
            for suffix, language, role in (("LBL", "tspl", "label"), ("SLP", "escpos", "slip")):
                name = f"{station}-{suffix}"
                device = make(language)
                if self.store.printers.get(name) is not None:
                    remove_printer(self.store, at, SUPERVISOR, name)
                add_printer(self.store, at, SUPERVISOR, name, device.uri, language, role, station,
                            silent_ok=self.kind == "queue")
                self.printers.append(BenchPrinter(name, station, role, device))
        self.events.subscribe(self._heard)
        context = WorkerContext(Path(self.store.path), self.clock, self.events, AlertBook(self.events),
                                Timing(status_timeout=0.5))
        for printer in self.printers:
            printer.device.connect(context, printer.name)

    def start(self) -> None:
        for printer in self.printers:
            self.env.process(self._work(printer))

    def close(self) -> None:
        for printer in self.printers:
            printer.device.close()

    def kick(self, station: str) -> None:
        """New jobs at the station: its idle printers look now."""
        for printer in self.printers:
            if printer.station == station and printer.wake is not None and not printer.wake.triggered:
                printer.wake.succeed()

    def find(self, target: str) -> BenchPrinter:
        """A printer by name, or a station's label printer."""
        for printer in self.printers:
            if printer.name == target or (printer.station == target and printer.role == "label"):
                return printer
        known = ", ".join(p.name for p in self.printers)
        raise LookupError(f"没有打印机 {target} / no drill printer or station {target!r} (known: {known})")

    def break_down(self, printer: BenchPrinter, fault: Fault, fault_id: int, fix_s: float) -> None:
        """Out of paper or offline now; fixed by the supervisor after fix_s simulated seconds."""
        printer.device.fail(fault)
        printer.fault_id, printer.fixed = fault_id, False
        self.env.process(self._fix_later(printer, fault, fix_s))

    def _fix_later(self, printer: BenchPrinter, fault: Fault, fix_s: float) -> Iterator:
        yield self.env.timeout(fix_s)
        printer.device.fix(fault)
        printer.fixed = True
        if not self.store.print_jobs.backlog(printer.name):
            self._recovered(printer)
        self.kick(printer.station)

    def _recovered(self, printer: BenchPrinter) -> None:
        if printer.fault_id is not None:
            log_recovery(self.store, self.clock.now(), SUPERVISOR, printer.fault_id, {"printer": printer.name})
            printer.fault_id = None

    def _heard(self, event) -> None:
        if isinstance(event, JobHandedOver):
            self.handed[event.printer] += 1

    def _work(self, printer: BenchPrinter) -> Iterator:
        label_time = self.rates.printer.print_per_label
        while True:
            before = self.handed[printer.name]
            try:
                outcome = printer.device.step()
            except PrinterGone:
                return
            if self.handed[printer.name] > before:
                yield self.env.timeout(label_time.draw(self.rng) if printer.role == "label" else SLIP_S)
                if printer.fixed:
                    self._recovered(printer)
            elif outcome is Step.PROGRESS:
                yield self.env.timeout(0.5)
            elif outcome is Step.BLOCKED:
                yield self.env.timeout(RETRY_S)
            else:
                printer.wake = self.env.event()
                yield printer.wake | self.env.timeout(IDLE_S)
