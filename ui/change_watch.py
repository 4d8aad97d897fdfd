"""What the other stations did, on screen within a second or two, without reading everything every second.

A screen that shows the whole floor (the monitoring board, the printers screen) keeps a `ChangeWatch`.
Every second while it runs, one small job on the screen's worker reads the store's change marker
(`store.monitoring.change_marker()`: the newest audit event and the printers' states, one index seek
and a few rows); only when the marker moved since the last read, or when the last read is older than
the floor, the same job reads the screen's data again and hands it to the screen. So an idle floor
costs a seek a second, and the clocks and rates on it still move at the floor's pace. A job still
running (a slow database) makes the next tick wait: the worker never piles up polls. A database that
cannot be read (the server is away: each try may wait for a connect timeout) is asked again only every
`RETRY_MS`, so the screen's other jobs do not queue behind the tries.
"""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QObject, QTimer

from ui.workers import StoreWorker

POLL_MS = 1000
FLOOR_MS = 30_000
RETRY_MS = 10_000


def _look(context: Any, known: tuple | None, force: bool, read: Callable[..., Any], args: tuple) -> tuple:
    """On the worker: (marker, read, data). The marker is read first: a change landing between the
    two is in the data, and moves the marker the next look compares."""
    marker = context.store.monitoring.change_marker()
    if marker == known and not force:
        return marker, False, None
    return marker, True, read(context, *args)


class ChangeWatch(QObject):
    """`read(context, *args())` on `worker` whenever the floor changed, at least every `floor_ms` and
    when asked (`read_now`); its answer goes to `on_read`, a failure to `on_error` (both on the GUI thread)."""

    def __init__(self, worker: StoreWorker, name: str, read: Callable[..., Any], on_read: Callable[[Any], None],
                 on_error: Callable[[BaseException], None], *, args: Callable[[], tuple] = tuple,
                 poll_ms: int = POLL_MS, floor_ms: int = FLOOR_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.name = name
        self.read, self.args = read, args
        self.on_read, self.on_error = on_read, on_error
        self.poll_ms = poll_ms
        self.marker: tuple | None = None     # as of the last read: None, nothing read yet
        self.busy = False                    # a look is on the worker
        self._wanted = False                 # read at the next look, whatever the marker says
        self._ticks = QTimer(self)
        self._ticks.setInterval(poll_ms)
        self._ticks.timeout.connect(self.look)
        self._floor = QTimer(self)
        self._floor.setSingleShot(True)
        self._floor.setInterval(floor_ms)
        self._floor.timeout.connect(self.read_now)

    @property
    def running(self) -> bool:
        return self._ticks.isActive()

    def start(self) -> None:
        self._ticks.start()
        self.read_now()

    def stop(self) -> None:
        """Off screen: leave the worker to the other screens."""
        self._ticks.stop()
        self._floor.stop()

    def read_now(self) -> None:
        """Read at once (F5, back on screen, the floor); while a look runs, right after it."""
        self._wanted = True
        self.look()

    def look(self) -> None:
        if self.busy or self.worker.closing:
            return
        self.busy = True
        force, self._wanted = self._wanted, False
        self.worker.submit(self.name, _look, self.marker, force, self.read, self.args(),
                           on_done=self._looked, on_error=self._failed)

    def _looked(self, answer: tuple) -> None:
        self.busy = False
        if self._ticks.interval() != self.poll_ms:    # it answers again
            self._ticks.setInterval(self.poll_ms)
        marker, read, data = answer
        if read:
            self.marker = marker
            if self.running:
                self._floor.start()
            self.on_read(data)
        if self._wanted:
            self.look()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self._wanted = True       # whatever the marker says then: the screen shows a failure until it reads
        self._ticks.setInterval(RETRY_MS)
        self.on_error(exc)
