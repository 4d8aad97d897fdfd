"""Alerts for the floor: a printer down, its paper near the end, its queue growing faster than it drains.

An alert is raised once when its condition starts and cleared once when it ends; both go out on
the event bus as `Alert` events, and `AlertBook.active()` lists those standing.

The queue rule (per printer, `GrowthRule`): over the last `window` seconds the printer's backlog
(jobs queued on it) grew by at least `min_growth` jobs and now stands at `min_backlog` or more —
jobs arrive faster than it prints them. It clears when the backlog is back to at most what it was
a window ago (it drains at least as fast as jobs arrive) or falls below `min_backlog`.
"""
from __future__ import annotations

import threading
import time
from collections import deque
from dataclasses import dataclass
from typing import Callable

from devices.printers import PrinterState, PrinterStatus
from whs_app.printing.events import Alert, EventBus

PRINTER_DOWN, PAPER_LOW, QUEUE_GROWING = "printer_down", "paper_low", "queue_growing"


@dataclass(frozen=True)
class GrowthRule:
    window: float = 60.0
    min_growth: int = 10
    min_backlog: int = 20


class QueueGrowth:
    """The growth rule for one printer, fed the backlog whenever the worker looks at it."""

    def __init__(self, rule: GrowthRule = GrowthRule(), now: Callable[[], float] = time.monotonic):
        self.rule = rule
        self._now = now
        self._samples: deque[tuple[float, int]] = deque()
        self.active = False

    def observe(self, backlog: int) -> bool:
        """Whether the alert stands after this observation."""
        now = self._now()
        self._samples.append((now, backlog))
        horizon = now - self.rule.window
        while len(self._samples) >= 2 and self._samples[1][0] <= horizon:
            self._samples.popleft()   # keep one sample at least a window old: the baseline
        since, before = self._samples[0]
        if self.active:
            self.active = backlog >= self.rule.min_backlog and backlog > before
        else:
            self.active = (since <= horizon and backlog >= self.rule.min_backlog
                           and backlog - before >= self.rule.min_growth)
        return self.active


class AlertBook:
    """The standing alerts; publishes each raise and each clear once."""

    def __init__(self, events: EventBus) -> None:
        self.events = events
        self._active: dict[tuple[str, str], Alert] = {}
        self._lock = threading.Lock()

    def set(self, kind: str, printer: str, active: bool, message: str) -> None:
        key = (kind, printer)
        with self._lock:
            if active == (key in self._active):
                return
            alert = Alert(kind, printer, message, active)
            if active:
                self._active[key] = alert
            else:
                del self._active[key]
        self.events.publish(alert)

    def active(self) -> list[Alert]:
        with self._lock:
            return list(self._active.values())


class PrinterAlerts:
    """The alerts of one printer, from what its worker sees."""

    def __init__(self, book: AlertBook, printer: str, rule: GrowthRule = GrowthRule(),
                 now: Callable[[], float] = time.monotonic) -> None:
        self.book = book
        self.printer = printer
        self.growth = QueueGrowth(rule, now)

    def status(self, status: PrinterStatus, fit: bool) -> None:
        self.book.set(PRINTER_DOWN, self.printer, not fit,
                      f"打印机 {self.printer} 不能打印 / printer {self.printer} cannot print: "
                      f"{status.describe()}")
        self.book.set(PAPER_LOW, self.printer, status.state is PrinterState.PAPER_NEAR_END,
                      f"打印机 {self.printer} 纸快用完了 / printer {self.printer}: paper near end, load a new roll")

    def backlog(self, waiting: int) -> None:
        self.book.set(QUEUE_GROWING, self.printer, self.growth.observe(waiting),
                      f"打印机 {self.printer} 排队 {waiting} 张且在增加 / printer {self.printer}: {waiting} "
                      f"jobs queued and the queue grows faster than it prints")
