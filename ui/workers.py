"""Work off the GUI thread: a thread that owns a Store connection, and a pool for rendering.

`StoreWorker` is a QThread with its own `Store` (SQLite wants one connection per thread) and one
context object built on that thread from it, e.g. the pack station's `PackDesk`. Jobs run one at
a time in the order they were submitted, so whatever the context owns (the packing session) has
exactly one writer. The GUI thread submits a job and returns at once; the answer comes back as a
call on the GUI thread through a queued signal, like Anki runs its collection work off the
main thread.

A job that raises is reported to the crash handler with its name (a StoreError, such as a
missing database, is only logged: the screen says it); its `on_error` (on the GUI thread)
decides what the screen shows. `run_in_pool` is for work that owns nothing (rendering a
PDF, writing a file): QThreadPool, same answer by signal.
"""
from __future__ import annotations

import itertools
import logging
import threading
from dataclasses import dataclass, field
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThread, QThreadPool, Signal, Slot

from whs_app.store import Store, StoreError
from ui.crash import CrashHandler

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]


@dataclass
class Job:
    ticket: int
    name: str
    fn: Callable[..., Any]              # fn(context, *args) on the worker thread
    args: tuple
    on_done: Callback | None = None     # on the GUI thread, with fn's result
    on_error: Callback | None = None    # on the GUI thread, with the exception
    result: Any = None
    error: BaseException | None = field(default=None, repr=False)


class _Runner(QObject):
    """Lives on the worker thread; runs jobs in order."""

    finished = Signal(object)

    def __init__(self, name: str, open_store: Callable[[], Store], make_context: Callable[[Store], Any],
                 crash: CrashHandler | None) -> None:
        super().__init__()
        self.name = name
        self.open_store = open_store
        self.make_context = make_context
        self.crash = crash
        self.store: Store | None = None
        self.context: Any = None

    @Slot(object)
    def run(self, job: Job) -> None:
        try:
            if job.name == "__open__":
                threading.current_thread().name = f"worker:{self.name}"   # for logs and crash reports
                self.store = self.open_store()
                self.context = self.make_context(self.store)
                job.result = self.context
            elif job.name == "__close__":
                self._close()
            else:
                job.result = job.fn(self.context, *job.args)
        except StoreError as exc:   # no database, not a whs database: said on screen, not a crash
            job.error = exc
            log.warning("worker %s: %s: %s", self.name, job.name, exc)
        except Exception as exc:
            job.error = exc
            if self.crash is not None:
                self.crash.report_current(f"worker {self.name}: {job.name}")
            else:
                log.exception("worker %s: %s failed", self.name, job.name)
        finally:
            job.fn = job.args = None   # drop references held for the worker
            self.finished.emit(job)
            if job.name == "__close__":
                QThread.currentThread().quit()

    def _close(self) -> None:
        store, self.store, self.context = self.store, None, None
        if store is not None:
            store.close()


class StoreWorker(QObject):
    """The GUI side of a worker thread: submit jobs, get answers as calls on the GUI thread."""

    _submit = Signal(object)
    opened = Signal(object)      # the context, once built on the worker thread
    failed = Signal(str, object)  # job name, exception (after its on_error ran)

    def __init__(self, name: str, open_store: Callable[[], Store], make_context: Callable[[Store], Any],
                 crash: CrashHandler | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._tickets = itertools.count(1)
        self._pending: dict[int, Job] = {}
        self._thread = QThread()
        self._thread.setObjectName(f"worker:{name}")
        self._runner = _Runner(name, open_store, make_context, crash)
        self._runner.moveToThread(self._thread)
        self._submit.connect(self._runner.run)
        self._runner.finished.connect(self._finished)
        self._closing = False
        self._thread.start()
        self._post("__open__", None, (), self._on_open, None)

    @property
    def busy(self) -> int:
        """Jobs submitted and not answered yet."""
        return len(self._pending)

    @property
    def closing(self) -> bool:
        """close() was called: no more jobs (a screen's timer may still tick until the window goes)."""
        return self._closing

    def submit(self, name: str, fn: Callable[..., Any], *args: Any, on_done: Callback | None = None,
               on_error: Callback | None = None) -> int:
        """Run fn(context, *args) on the worker thread after the jobs before it."""
        if self._closing:
            raise RuntimeError(f"worker {self.name} is closing")
        return self._post(name, fn, args, on_done, on_error)

    def _post(self, name: str, fn: Callable | None, args: tuple, on_done: Callback | None,
              on_error: Callback | None) -> int:
        job = Job(next(self._tickets), name, fn, args, on_done, on_error)
        self._pending[job.ticket] = job
        self._submit.emit(job)
        return job.ticket

    def _on_open(self, context: Any) -> None:
        self.opened.emit(context)

    @Slot(object)
    def _finished(self, job: Job) -> None:
        self._pending.pop(job.ticket, None)
        if job.error is not None:
            if job.on_error is not None:
                job.on_error(job.error)
            self.failed.emit(job.name, job.error)
        elif job.on_done is not None:
            job.on_done(job.result)

    def close(self, timeout_ms: int = 10_000) -> bool:
        """Finish the jobs already submitted, close the Store, stop the thread. True if it stopped."""
        if self._closing:
            return self._thread.wait(timeout_ms)
        self._closing = True
        self._post("__close__", None, (), None, None)
        stopped = self._thread.wait(timeout_ms)
        if not stopped:
            log.error("worker %s did not stop within %d ms", self.name, timeout_ms)
        return stopped


class _TaskRelay(QObject):
    """Made on the GUI thread; its signals, emitted on a pool thread, are queued back to it."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, on_done: Callback | None, on_error: Callback | None) -> None:
        super().__init__()
        self.on_done, self.on_error = on_done, on_error
        self.done.connect(self._done)
        self.failed.connect(self._failed)

    @Slot(object)
    def _done(self, result: Any) -> None:
        _forget(self)
        if self.on_done is not None:
            self.on_done(result)

    @Slot(object)
    def _failed(self, exc: Any) -> None:
        _forget(self)
        if self.on_error is not None:
            self.on_error(exc)


class _Task(QRunnable):
    def __init__(self, name: str, fn: Callable[[], Any], relay: _TaskRelay, crash: CrashHandler | None) -> None:
        super().__init__()
        self.name, self.fn, self.relay, self.crash = name, fn, relay, crash

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:
            if self.crash is not None:
                self.crash.report_current(f"task {self.name}")
            else:
                log.exception("task %s failed", self.name)
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


_live: set[_TaskRelay] = set()
_live_lock = threading.Lock()


def _forget(relay: _TaskRelay) -> None:
    with _live_lock:
        _live.discard(relay)


def run_in_pool(name: str, fn: Callable[[], Any], on_done: Callback | None = None,
                on_error: Callback | None = None, crash: CrashHandler | None = None) -> None:
    """Run fn() on Qt's thread pool; on_done(result) / on_error(exc) are called on the GUI thread."""
    relay = _TaskRelay(on_done, on_error)
    with _live_lock:
        _live.add(relay)   # kept alive until it has answered
    QThreadPool.globalInstance().start(_Task(name, fn, relay, crash))
