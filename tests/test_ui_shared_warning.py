"""At start, a station whose SQLite file is on a network share says "use PostgreSQL": in the status
bar and in a message box that does not stop the station."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from whs_app.actor import Actor
from whs_app.clock import stamp
from ui.main_window import MainWindow
from ui.shared_warning import warn_if_shared
from tests.ui_fixtures import office, qt_warnings  # noqa: F401


def shown_warning() -> QMessageBox | None:
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.objectName() == "sharedDatabaseWarning" and w.isVisible()), None)


def test_a_file_on_a_share_written_by_other_stations_is_warned_once_at_start(qtbot, store, clock, office,
                                                                             monkeypatch):
    monkeypatch.setattr("whs_app.store.sharing.network_share", lambda path, mounts=None: "//nas/wh (cifs at /mnt/wh)")
    with store.transaction():
        store.audit.record(stamp(clock.now()), Actor("P07", "packer7"), "test.event", "test", 1)
    window = MainWindow(clock)
    qtbot.addWidget(window)
    window.show()
    warn_if_shared(window, office)

    qtbot.waitUntil(lambda: shown_warning() is not None, timeout=5000)
    box = shown_warning()
    assert "DANGER: other stations (P07)" in box.text() and "//nas/wh" in box.text()
    assert window.statusBar().currentMessage().startswith("⚠ 危险：其他工作台 P07")
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shown_warning() is None, timeout=2000)
    assert "PostgreSQL" in window.statusBar().currentMessage()         # the status bar keeps saying it


def test_a_local_file_says_nothing(qtbot, store, clock, office):
    window = MainWindow(clock)
    qtbot.addWidget(window)
    window.show()
    warn_if_shared(window, office)
    qtbot.waitUntil(lambda: office.busy == 0, timeout=5000)
    assert shown_warning() is None and window.statusBar().currentMessage() == ""
