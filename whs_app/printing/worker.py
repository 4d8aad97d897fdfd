"""One worker per printer: it sends the printer's jobs in order, on its own thread and connection.

Each step of a worker:
1. routes the station's new jobs (failover.route_pending) and takes the oldest job queued on
   its printer;
2. asks the printer for its status (before every job, on this thread, never the caller's);
   a printer that cannot print hands its queued jobs to the next fit printer of their chain
   (failover.fail_over) — they have sent nothing, so this is safe;
3. renders the job in the printer's language (a render failure fails the job with its reason);
4. commits `sending` (before the first byte), hands the bytes to the transport, and
   5. asks for status again: a printer that answers has read every byte of the job before its
   answer, so the job is `sent`; a printer that broke the connection or stayed silent may not
   have it all: `unknown`. A printer that cannot answer over its connection is `sent` once the
   bytes are handed over.
A send that fails before any byte goes back to `queued` (and fails over on the next step); one
that fails after bytes may have gone is `unknown`, never re-sent on its own.

An idle worker polls its printer every `Timing.idle_poll` seconds (every `retry` while it cannot
print; never a file or spooler connection, which cannot answer), so its state, the alerts and the failover choices of other workers stay current, and a
printer that comes back drains its queue without a restart.
"""
from __future__ import annotations

import threading
import time
import traceback
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from devices.printers import (PrinterError, PrinterState, PrinterStatus, SerialConnection, TcpConnection,
                              Transport, UsbConnection, query_status)
from devices.printers.status import unknown as unknown_status
from devices.printers.status_query import unreachable
from whs_app.actor import Actor
from whs_app.clock import Clock
from whs_app.printing.alerts import AlertBook, GrowthRule, PrinterAlerts
from whs_app.printing.events import EventBus, JobHandedOver, PrinterChanged, WorkerFault
from whs_app.printing.failover import fail_over, route_pending, status_fit
from whs_app.printing.printers import Printer
from whs_app.printing.queue import WORKER_USER, PrintQueue
from whs_app.printing.render import RenderError, render_job
from whs_app.store import Store

#: connections that can carry status replies (file, CUPS and Windows spooler ones cannot)
ANSWERING = (TcpConnection, UsbConnection, SerialConnection)
NO_ACK = ("打印机在任务发出后没有应答，可能没收全：请核对后扫描确认或补打。 The printer did not "
          "answer after the job was handed over, so it may not have all of it: check the label, "
          "then scan it or reprint it.")


@dataclass(frozen=True)
class Timing:
    status_timeout: float = 0.5   # each status request
    idle_poll: float = 5.0        # poll an idle printer this often
    retry: float = 1.0            # look again at a printer that cannot print
    db_poll: float = 0.25         # look for jobs queued by other processes


class Step(Enum):
    IDLE = "idle"          # nothing queued on this printer
    BLOCKED = "blocked"    # jobs wait, the printer cannot print, and they have nowhere to go
    PROGRESS = "progress"  # a job changed


class PrinterGone(Exception):
    """The printer was removed from the configuration: its worker ends."""


@dataclass(frozen=True)
class WorkerContext:
    """What every worker of one service shares."""
    db_path: str | Path    # a SQLite file or a PostgreSQL URL (store/dialect.py db_location)
    clock: Clock
    events: EventBus
    alerts: AlertBook
    timing: Timing = Timing()
    growth: GrowthRule = GrowthRule()
    usb_backend: object = None


class WorkerSession:
    """What one worker thread holds: its own Store connection, its queue and its transport."""

    def __init__(self, ctx: WorkerContext, name: str, *, poll_when_idle: bool = True) -> None:
        self.ctx = ctx
        self.name = name
        self.poll_when_idle = poll_when_idle
        self.store = Store.open(ctx.db_path, create=False)
        self.printer = self._reload()
        self.queue = PrintQueue(self.store, ctx.clock, Actor(self.printer.station, WORKER_USER), ctx.events)
        self.transport = Transport(self.printer.config.connection, usb_backend=ctx.usb_backend)
        self.alerts = PrinterAlerts(ctx.alerts, name, ctx.growth)
        self.fit = True
        self.handed_on = False   # this step put jobs on other printers: their workers should look
        self._next_poll = 0.0
        self._seen: tuple | None = None   # the state and details last stored

    def close(self) -> None:
        self.transport.close()
        self.store.close()

    def recover(self) -> list[int]:
        return self.queue.recover(self.name)

    # -- one step ------------------------------------------------------------------------------
    def step(self) -> Step:
        self.printer = self._reload()
        self.handed_on = route_pending(self.queue, self.printer.station) > 0
        jobs = self.store.print_jobs.queued_on(self.name, limit=1)
        self.alerts.backlog(self.store.print_jobs.backlog(self.name))
        if not jobs:
            self._idle()
            return Step.IDLE
        status = self.check()
        if not self.fit:
            return self._fail_over(status)
        return self._print(jobs[0])

    def check(self) -> PrinterStatus:
        """Open (if need be) and ask; record what was seen. Closed again if it cannot print."""
        kept = self.transport.is_open
        status = self._open_and_ask()
        if kept and status.error is not None:   # a connection kept from the last job went stale
            status = self._open_and_ask()
        self._record(status)
        if not self.fit:
            self.transport.close()
        return status

    def _open_and_ask(self) -> PrinterStatus:
        try:
            self.transport.open()
        except PrinterError as exc:
            return unreachable(exc)
        if self.printer.silent_ok:
            return unknown_status("not_asked")
        return query_status(self.transport, self.printer.language, self.ctx.timing.status_timeout)

    def _fail_over(self, status: PrinterStatus) -> Step:
        problem = status.problem(self.printer.uri)
        reason = problem.message_zh + " " + problem.message_en if problem else \
            f"打印机 {self.name} 状态不明 / printer {self.name} does not answer: {status.describe()}"
        self.handed_on = fail_over(self.queue, self.printer, reason) > 0
        return Step.PROGRESS if self.handed_on else Step.BLOCKED

    def _print(self, job: dict) -> Step:
        try:
            payload = render_job(self.store, job, self.printer, self.ctx.clock.now())
        except RenderError as exc:
            self.queue.failed(job, str(exc))
            return Step.PROGRESS
        if not self.queue.claim(job, self.name, len(payload)):
            return Step.PROGRESS            # moved or taken meanwhile: look again
        try:
            self.transport.send(payload)
        except PrinterError as exc:
            self._send_failed(job, exc)
            return Step.PROGRESS
        self.ctx.events.publish(JobHandedOver(job["id"], self.name, len(payload)))
        self._acknowledge(job, len(payload))
        return Step.PROGRESS

    def _send_failed(self, job: dict, exc: PrinterError) -> None:
        reason = f"{exc.message_zh} {exc.message_en}"
        if exc.safe_to_fail_over:
            self.queue.requeue(job, reason)
        else:
            self.queue.unknown(job, reason, exc.bytes_sent)

    def _acknowledge(self, job: dict, nbytes: int) -> None:
        """The status asked after a job tells whether the printer read all of it."""
        if not self.transport.can_query or self.printer.silent_ok:
            self.queue.sent(job, nbytes)
            return
        status = query_status(self.transport, self.printer.language, self.ctx.timing.status_timeout)
        if status.state is PrinterState.UNKNOWN or status.error is not None:
            self.transport.close()   # the next job must not run on into what is left of this one
            self.queue.unknown(job, f"{NO_ACK} ({status.describe()})", nbytes)
        else:
            self.queue.sent(job, nbytes, None if status.state is PrinterState.READY
                            else f"打印后 after printing: {status.describe()}")
        self._record(status)

    # -- status, idle polls ----------------------------------------------------------------------
    def _record(self, status: PrinterStatus) -> None:
        self.fit = status_fit(status, self.printer.silent_ok)
        seen = (status.state.value, ",".join(status.details))
        if seen != self._seen:   # written on change only: the queue's writers need the lock more
            with self.store.transaction():
                changed = self.store.printers.set_state(self.name, *seen, self.queue.now())
            self._seen = seen
            if changed:
                self.ctx.events.publish(PrinterChanged(self.name, seen[0], status.describe(), self.fit))
        self.alerts.status(status, self.fit)

    def _idle(self) -> None:
        self.transport.close()   # do not hold a printer others may share while there is nothing to do
        if not self.poll_when_idle or time.monotonic() < self._next_poll or not self._answers():
            return
        self.check()
        self.transport.close()
        timing = self.ctx.timing
        self._next_poll = time.monotonic() + (timing.idle_poll if self.fit else timing.retry)

    def _answers(self) -> bool:
        """Whether polling can tell anything: opening a file truncates it, a spooler starts a job."""
        return isinstance(self.printer.config.connection, ANSWERING) and not self.printer.silent_ok

    def _reload(self) -> Printer:
        row = self.store.printers.get(self.name)
        if row is None or not row["enabled"]:
            raise PrinterGone(self.name)
        return Printer.from_row(row)


class PrinterWorker:
    """The thread that runs a WorkerSession until stopped (or, `once`, until it has nothing to do)."""

    def __init__(self, ctx: WorkerContext, name: str, *, once: bool = False,
                 on_moved=lambda: None) -> None:
        self.ctx = ctx
        self.name = name
        self.once = once
        self.on_moved = on_moved       # another printer may have work now: wake it
        self.progress = 0
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"printer:{name}", daemon=True)

    def start(self) -> PrinterWorker:
        self._thread.start()
        return self

    def wake(self) -> None:
        self._wake.set()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()

    def join(self, timeout: float | None = None) -> None:
        self._thread.join(timeout)

    @property
    def alive(self) -> bool:
        return self._thread.is_alive()

    def _run(self) -> None:
        try:
            session = WorkerSession(self.ctx, self.name, poll_when_idle=not self.once)
        except PrinterGone:
            return
        try:
            session.recover()
            self._loop(session)
        except PrinterGone:
            pass
        finally:
            session.close()

    def _loop(self, session: WorkerSession) -> None:
        timing = self.ctx.timing
        while not self._stop.is_set():
            outcome = self._safe_step(session)
            if session.handed_on:
                self.on_moved()
            if outcome is Step.PROGRESS:
                self.progress += 1
                continue
            if self.once:
                return
            self._wake.wait(timing.db_poll if outcome is Step.IDLE else timing.retry)
            self._wake.clear()

    def _safe_step(self, session: WorkerSession) -> Step:
        try:
            return session.step()
        except PrinterGone:
            raise
        except Exception as exc:   # a bug or a database error: put jobs right, say so, go on
            session.transport.close()
            self.ctx.events.publish(WorkerFault(self.name, f"{type(exc).__name__}: {exc}\n"
                                                           f"{traceback.format_exc(limit=4)}"))
            try:
                session.recover()
            except Exception:
                pass
            return Step.BLOCKED

