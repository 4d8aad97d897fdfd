"""The drill banner, and the watch that moves a station into a drill and back.

A drill runs on its own database (whs_app/drill/); while one is on, a pointer file beside the
live database names it (whs_app/drill/pointer.py). `DrillWatch` notices when the pointer starts
naming another database, so the app reopens the station on it: a drill started, or ended by
`whs drill stop`, reaches every station within seconds. A drill database says so in its settings
(`store.settings.is_drill()`); every screen shows the banner while it does.
"""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from whs_app.drill.info import DrillError
from whs_app.drill.pointer import station_database
from ui import style

log = logging.getLogger(__name__)
WATCH_MS = 2000


class DrillBanner(QLabel):
    """A loud band across the top of the window while the database is a drill."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drillBanner")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAutoFillBackground(True)
        style.paint(self, style.DRILL_BG, style.DRILL_FG)
        self.setFont(style.font(style.SIZE_BANNER, bold=True))
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.setText(self.tr("DRILL — this is a rehearsal database; nothing packed here ships"))

    def set_drill(self, drill: bool) -> None:
        self.setVisible(drill)


class DrillWatch(QObject):
    """Says `changed` once when the database this station should use is no longer the open one."""

    changed = Signal()

    def __init__(self, live_db: Path, opened_db: Path, interval_ms: int = WATCH_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.live_db, self.opened_db = Path(live_db), Path(opened_db)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(interval_ms)

    def check(self) -> None:
        try:
            wanted = station_database(self.live_db)
        except DrillError as exc:      # a damaged pointer: stay where we are, the log says why
            log.warning("drill pointer: %s", exc)
            return
        if Path(wanted).resolve() != self.opened_db.resolve():
            self.stop()
            self.changed.emit()

    def stop(self) -> None:
        self._timer.stop()
