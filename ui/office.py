"""The supervisors' side of the app: one worker thread and the context its screens work with.

The pack screen has its own worker (the packing session has one writer). Every other screen
(pick, review and exceptions, waves and carriers, printers, monitoring, settings, import, drill)
shares the office worker: its jobs get an `Office` built on that thread, so screens call the
core's services with `office.store`, `office.clock` and `office.actor` and never touch the
database on the GUI thread.

A screen is a QWidget with `title()`, `handle_scan(code, source, started)` and, when it wants
its data fresh whenever it comes to the front, `refresh()`. `ScreenSpec` says who sees it.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from whs_app.actor import Actor
from whs_app.clock import Clock
from whs_app.printing.events import EventBus
from whs_app.store import Store
from ui.crash import CrashHandler
from ui.workers import StoreWorker

PACKER, SUPERVISOR = "packer", "supervisor"


@dataclass
class Office:
    """Built on the office worker's thread; what the supervisor screens' jobs receive."""
    store: Store
    clock: Clock
    actor: Actor
    events: EventBus | None = None    # the print queue's events, for jobs that queue prints


def office_worker(db: Path, clock: Clock, actor: Actor, crash: CrashHandler | None = None,
                  events: EventBus | None = None) -> StoreWorker:
    return StoreWorker("office", lambda: Store.open(db, create=False),
                       lambda store: Office(store, clock, actor, events), crash)


@dataclass(frozen=True)
class ScreenSpec:
    """A screen of the app and the roles that see it (a packer's station shows only theirs)."""
    name: str
    roles: frozenset[str]
    make: Callable[..., object]       # make(app) -> the screen widget
