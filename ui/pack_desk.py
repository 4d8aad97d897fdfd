"""The pack station's work, run on its worker thread: plain Python, it touches no widget.

`PackDesk` owns the station's `PackingSession` and the Store connection it was opened on. Both
belong to the one thread that made them (SQLite wants a connection per thread; the session's
open parcel is in-memory state): every call comes through the station's `StoreWorker`, so the
session has exactly one writer and scans are answered in the order they were made.

Each answer carries everything the screen shows, so the GUI thread never asks the database:
the lines of the open parcel, which line just ticked, the outcome kind, the waybill, and the
labels the bench waits for (the print queue's label confirmation, whs_app/printing/confirm.py).

The desk also answers the print queue's station commands: CMD:REPRINT reprints the label of the
parcel on the bench through the print queue's audited `reprint` (a second reprint of a label
needs a supervisor, and is refused here saying so).
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field, replace

from whs_app.actor import Actor
from whs_app.clock import Clock
from whs_app.packing import Event, LineView, PackingSession, ScanResult
from whs_app.printing.events import EventBus
from whs_app.printing.queue import JobState, PrintQueue
from whs_app.printing.reprint import ReprintRefused, reprint
from whs_app.store import Store
from ui.outcomes import Outcome, classify
from ui.printer_feed import PrinterBoard, board_from_store
from ui.station_commands import CHANGE_PRINTER, PRINT_COMMANDS, REPRINT


@dataclass(frozen=True)
class PackAnswer:
    code: str
    source: str                       # "scanner", "serial", "typed", "key" or "resume"
    outcome: Outcome
    ok: bool
    message: str                      # the core's words (bilingual)
    order_no: str | None
    waybill_no: str | None
    counted: int
    total: int
    lines: tuple[LineView, ...]       # the open parcel's lines after this scan (empty when none)
    ticked: str | None = None         # SKU code of the line this scan counted
    parcel_open: bool = False
    box: int = 1                      # which box of the order is open (or was sealed)
    packed_here: int = 0              # orders packed at this desk since the app started
    labels_wanted: tuple[str, ...] = ()   # waybills whose printed label the bench waits to scan
    started: float = 0.0              # time.perf_counter() when the scan's last key arrived
    worker_ms: float = 0.0            # time spent on the worker thread

    @classmethod
    def failure(cls, code: str, source: str, message: str, started: float = 0.0) -> PackAnswer:
        """The answer the screen shows when the app itself failed on a scan."""
        return cls(code, source, Outcome.ERROR, False, message, None, None, 0, 0, (), started=started)


@dataclass(frozen=True)
class DeskStart:
    station: str
    station_name: str | None          # None: the station is not in the database
    user: str
    user_name: str | None             # None: the user is not in the database
    drill: bool
    printers: PrinterBoard
    resumed: PackAnswer | None        # the parcel left open at this station, if any
    labels_wanted: tuple[str, ...] = ()   # labels printed before a restart, still to be scanned
    role: str | None = None           # the user's role (packer / supervisor); None: unknown user


@dataclass
class PackDesk:
    store: Store
    clock: Clock
    actor: Actor
    events: EventBus | None = None    # where the reprints it queues are told
    session: PackingSession = field(init=False)
    packed_here: int = 0
    _lines: tuple[LineView, ...] = ()
    _box: int = 1
    _owner: int = field(default_factory=threading.get_ident)

    def __post_init__(self) -> None:
        self.session = PackingSession(self.store, self.clock, self.actor)
        self._lines = tuple(self.session.lines())

    def start(self) -> DeskStart:
        self._check_thread()
        station = self.store.people.station(self.actor.station)
        user = self.store.people.user(self.actor.user)
        resumed = self.session.resumed()
        answer = self._answer("", "resume", resumed, 0.0, 0.0) if resumed else None
        return DeskStart(self.actor.station, station["name"] if station else None, self.actor.user,
                         user["name"] if user else None, self.store.settings.is_drill(), self.printers(), answer,
                         tuple(self.session.labels.pending), user["role"] if user else None)

    def scan(self, code: str, source: str, started: float = 0.0) -> PackAnswer:
        self._check_thread()
        began = time.perf_counter()
        command = code.strip().upper()
        outcome = None
        try:
            if command == REPRINT:
                result, outcome = self._reprint()
            elif command in PRINT_COMMANDS:
                result = self._not_yet(command)
            else:
                result = self.session.scan(code)
        except Exception:
            # The failed step rolled back; start again from what the database says (the open
            # parcel resumes) so the next scan meets a session that matches the store.
            self.session = PackingSession(self.store, self.clock, self.actor)
            self._lines = tuple(self.session.lines())
            raise
        if result.event == Event.ORDER_PACKED:
            self.packed_here += 1
        return self._answer(code, source, result, started, (time.perf_counter() - began) * 1000, outcome)

    def printers(self) -> PrinterBoard:
        self._check_thread()
        return board_from_store(self.store, self.actor.station)

    # -- the print queue's station commands ------------------------------------------------------
    def _reprint(self) -> tuple[ScanResult, Outcome | None]:
        """Reprint the label the bench waits for, else the last one sealed at this station."""
        jobs = [job for job in self.store.print_jobs.bench_labels(self.actor.station)
                if job["state"] != JobState.REPRINTED]
        if not jobs:
            return self._refusal("这个打包台还没有可补打的面单 / no label to reprint at this station yet"), None
        wanted = self.session.labels.pending
        job = next((j for j in reversed(jobs) if j["waybill_no"] in wanted), jobs[-1])
        queue = PrintQueue(self.store, self.clock, self.actor, self.events)
        try:
            new_id = reprint(queue, job["id"], reason="CMD:REPRINT at the pack bench")
        except ReprintRefused as exc:
            return self._refusal(str(exc)), None
        waybill = job["waybill_no"]
        parcel = self.session.current
        return ScanResult(True, Event.INFO, f"补打面单 {waybill} 已发往打印机 / reprint of label {waybill} queued "
                          f"(job {new_id})", parcel.leader.order_no if parcel else None, waybill,
                          parcel.units_counted if parcel else 0, parcel.wanted_total if parcel else 0), Outcome.REPRINT

    def _not_yet(self, command: str) -> ScanResult:
        if command == CHANGE_PRINTER:
            return self._refusal("换打印机：打印机不能打印时会自动切换到备用打印机；要停用仍显示就绪的打印机，请找主管 / "
                                 "Change printer: the station switches to the backup on its own when a printer "
                                 "cannot print; to take a printer that still says ready out of use, ask a supervisor")
        return self._refusal(f"{command} 暂不可用 / {command} is not available here")

    def _refusal(self, message: str) -> ScanResult:
        parcel = self.session.current
        return ScanResult(False, Event.REFUSED, message, parcel.leader.order_no if parcel else None,
                          counted=parcel.units_counted if parcel else 0, total=parcel.wanted_total if parcel else 0)

    # -- answers ---------------------------------------------------------------------------------
    def _answer(self, code: str, source: str, result: ScanResult, started: float, worker_ms: float,
                outcome: Outcome | None = None) -> PackAnswer:
        before, parcel = self._lines, self.session.current
        lines = tuple(self.session.lines())
        ticked = None
        if result.event == Event.COUNTED:
            counted = {line.sku_code: line.counted for line in before}
            ticked = next((line.sku_code for line in lines if line.counted > counted.get(line.sku_code, 0)), None)
        elif result.event == Event.ORDER_PACKED:
            # the session has closed the parcel: show its lines full, the last unit ticked
            ticked = next((line.sku_code for line in before if line.counted < line.needed), None)
            lines = tuple(replace(line, counted=line.needed) for line in before)
        self._lines = tuple(self.session.lines())
        if parcel is not None:
            self._box = parcel.seq
        box = self._box - 1 if result.event == Event.PARCEL_COMPLETE else self._box
        return PackAnswer(code, source, outcome or classify(result), result.ok, result.message, result.order_no,
                          result.waybill_no, result.counted, result.total, lines, ticked, parcel is not None,
                          box, self.packed_here, tuple(self.session.labels.pending), started, worker_ms)

    def _check_thread(self) -> None:
        if threading.get_ident() != self._owner:
            raise RuntimeError("PackDesk is owned by its worker thread; call it through the worker")
