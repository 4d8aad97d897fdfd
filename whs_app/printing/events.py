"""What the print queue tells the rest of the app: plain events and a plain observer list.

Events are published on whichever thread made the change (mostly a printer's worker thread).
A subscriber must return quickly and must not block: the GUI turns each event into a queued
Qt signal, the CLI prints a line. A subscriber that raises is reported on stderr and kept; it
never stops a worker.

    bus = EventBus()
    unsubscribe = bus.subscribe(lambda event: print(event))
"""
from __future__ import annotations

import sys
import threading
import time
import traceback
from dataclasses import asdict, dataclass, field
from typing import Callable


@dataclass(frozen=True)
class PrintEvent:
    #: time.perf_counter() when the event was made (for latency figures, not for the log)
    t: float = field(default_factory=time.perf_counter, kw_only=True, compare=False)

    @property
    def name(self) -> str:
        return _NAMES[type(self)]

    def as_dict(self) -> dict:
        data = asdict(self)
        data.pop("t")
        return {"event": self.name, **data}


@dataclass(frozen=True)
class JobChanged(PrintEvent):
    """A job entered `state` (queued, sending, sent, confirmed, unknown, failed, reprinted)."""
    job_id: int
    state: str
    printer: str | None
    reason: str | None = None


@dataclass(frozen=True)
class JobMoved(PrintEvent):
    """A queued job moved to another printer: routed first time (from_printer None) or failed over."""
    job_id: int
    from_printer: str | None
    to_printer: str
    reason: str | None = None


@dataclass(frozen=True)
class JobHandedOver(PrintEvent):
    """Every byte of the job was handed to the transport (it is not yet acknowledged)."""
    job_id: int
    printer: str
    nbytes: int


@dataclass(frozen=True)
class PrinterChanged(PrintEvent):
    """A printer's state as its worker saw it changed (ready, paper_out, offline, unknown...)."""
    printer: str
    state: str
    detail: str
    usable: bool


@dataclass(frozen=True)
class Alert(PrintEvent):
    """An alert was raised (active True) or cleared (active False)."""
    kind: str        # printer_down, paper_low, queue_growing
    printer: str
    message: str
    active: bool = True


@dataclass(frozen=True)
class WorkerFault(PrintEvent):
    """A worker met an unexpected error; it keeps going after putting its jobs right."""
    printer: str
    message: str


_NAMES = {JobChanged: "job_changed", JobMoved: "job_moved", JobHandedOver: "job_handed_over",
          PrinterChanged: "printer_changed", Alert: "alert", WorkerFault: "worker_fault"}

Subscriber = Callable[[PrintEvent], None]


class EventBus:
    def __init__(self) -> None:
        self._subscribers: list[Subscriber] = []
        self._lock = threading.Lock()

    def subscribe(self, subscriber: Subscriber) -> Callable[[], None]:
        """Call `subscriber(event)` for every event; returns a function that unsubscribes."""
        with self._lock:
            self._subscribers.append(subscriber)

        def unsubscribe() -> None:
            with self._lock:
                if subscriber in self._subscribers:
                    self._subscribers.remove(subscriber)
        return unsubscribe

    def publish(self, event: PrintEvent) -> None:
        with self._lock:
            subscribers = list(self._subscribers)
        for subscriber in subscribers:
            try:
                subscriber(event)
            except Exception:   # a broken screen must not stop a printer
                print(f"whs: print event subscriber failed on {event.name}:\n{traceback.format_exc()}",
                      file=sys.stderr)
