"""Which printer a station prints to and in what state, kept current from the print queue.

Two sources feed one picture (`PrinterBoard`, plain data):

- a snapshot from the database (`board_from_store`, run on a worker thread): the station's
  failover chain per kind of job (label, slip) with each printer's last state as its worker
  stored it. That is the only channel when the print workers run in another process
  (`whs jobs run`), so the screen refreshes it every few seconds;
- live events from the print queue's `EventBus` (whs_app/printing/events.py), when the print
  workers run in this process: `PrinterChanged` changes one printer's state at once and
  `JobMoved` with a `from_printer` says a job failed over. `PrinterEvents` turns each event,
  published on a printer's worker thread, into a Qt signal on the GUI thread.

The printer a job goes to is the first fit printer of its chain (whs_app/printing/failover.py),
so when the primary goes down the board shows the backup as the one in use without anyone doing
anything: the failover itself is the print queue's work.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, replace
from typing import Callable

from PySide6.QtCore import QObject, Signal

from whs_app.printing.events import EventBus, JobMoved, PrintEvent, PrinterChanged
from whs_app.printing.failover import known_fit
from whs_app.printing.printers import chain, list_printers
from whs_app.store import Store

KINDS = ("label", "slip")


@dataclass(frozen=True)
class PrinterView:
    name: str
    state: str | None      # ready, paper_near_end, paper_out, offline, error, unknown; None: not polled
    detail: str
    usable: bool


@dataclass(frozen=True)
class Failover:
    kind: str
    from_printer: str
    to_printer: str
    reason: str
    at: float               # time.monotonic()


@dataclass(frozen=True)
class PrinterBoard:
    station: str
    chains: dict[str, tuple[PrinterView, ...]]   # kind -> failover order
    failover: Failover | None = None             # the last job moved off a printer, if any

    def chain(self, kind: str) -> tuple[PrinterView, ...]:
        return self.chains.get(kind, ())

    def active(self, kind: str) -> PrinterView | None:
        """The printer jobs of `kind` go to now: the first usable of the chain."""
        return next((p for p in self.chain(kind) if p.usable), None)

    def primary(self, kind: str) -> PrinterView | None:
        found = self.chain(kind)
        return found[0] if found else None

    def on_backup(self, kind: str) -> bool:
        active, primary = self.active(kind), self.primary(kind)
        return active is not None and primary is not None and active.name != primary.name

    @property
    def configured(self) -> bool:
        return any(self.chains.values())

    def shared(self) -> bool:
        """One printer (chain) serves labels and slips alike: show it once."""
        return self.chain("label") == self.chain("slip")

    # -- live changes ----------------------------------------------------------------------
    def apply(self, event: PrintEvent) -> PrinterBoard:
        """The board after one print queue event (unrelated events leave it as it is)."""
        if isinstance(event, PrinterChanged):
            return self._with_printer(event.printer, event.state, event.detail, event.usable)
        if isinstance(event, JobMoved) and event.from_printer is not None:
            kind = next((k for k in KINDS if any(p.name == event.to_printer for p in self.chain(k))), None)
            if kind is not None:
                return replace(self, failover=Failover(kind, event.from_printer, event.to_printer,
                                                       event.reason or "", time.monotonic()))
        return self

    def _with_printer(self, name: str, state: str, detail: str, usable: bool) -> PrinterBoard:
        if not any(p.name == name for views in self.chains.values() for p in views):
            return self
        chains = {kind: tuple(PrinterView(p.name, state, detail, usable) if p.name == name else p for p in views)
                  for kind, views in self.chains.items()}
        return replace(self, chains=chains)

    def refreshed(self, snapshot: PrinterBoard) -> PrinterBoard:
        """A fresh snapshot from the database, keeping the failover note we heard live."""
        return replace(snapshot, failover=self.failover)


def empty_board(station: str) -> PrinterBoard:
    return PrinterBoard(station, {kind: () for kind in KINDS})


def board_from_store(store: Store, station: str) -> PrinterBoard:
    """The station's printers as their workers last stored them (a few rows; worker thread)."""
    printers = list_printers(store, station)
    chains = {}
    for kind in KINDS:
        chains[kind] = tuple(PrinterView(p.name, p.last_state, p.last_detail or "", known_fit(p))
                             for p in chain(printers, station, kind))
    return PrinterBoard(station, chains)


class PrinterEvents(QObject):
    """The print queue's events as a Qt signal: delivered on the GUI thread, in order.

    The bus calls subscribers on the printer worker threads; emitting a signal there queues the
    call to receivers living on the GUI thread, so the subscriber returns at once as the bus wants.
    """

    event = Signal(object)

    def __init__(self, bus: EventBus | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe: Callable[[], None] | None = None
        if bus is not None:
            self.attach(bus)

    def attach(self, bus: EventBus) -> None:
        self.detach()
        self._unsubscribe = bus.subscribe(self._publish)

    def detach(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    def _publish(self, event: PrintEvent) -> None:
        self.event.emit(event)
