"""The drill banner hook (issue 7 builds drill mode itself).

A drill runs on its own database; that database says so in the settings table under the key
`drill` (true, or a description of the drill). Every screen shows a banner while it is set, so
nobody mistakes a rehearsal for the real day. This module only reads the flag and draws the
banner; creating and ending drills is the drill service's work.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from whs_app.store import Store
from ui import style

DRILL_SETTING = "drill"


def is_drill(store: Store) -> bool:
    """Whether this database is a drill database (read on a worker thread)."""
    return drill_flag(store.settings.get(DRILL_SETTING))


def drill_flag(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() not in ("", "0", "false", "no", "否")
    return bool(value)


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
