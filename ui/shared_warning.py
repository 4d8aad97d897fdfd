"""At start, once: a SQLite database on a network share gets a "use PostgreSQL" warning in the
status bar and a message box (whs_app/store/sharing.py says when and why). Checked on the office
worker, like every other look at the database; the station works on while the box is open."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox

from whs_app.store.sharing import shared_sqlite_warning
from ui.office import Office
from ui.workers import StoreWorker


def warn_if_shared(window: QMainWindow, office: StoreWorker) -> None:
    office.submit("shared database", _warning, on_done=lambda text: _show(window, text) if text else None)


def _warning(office: Office | None) -> str | None:
    if office is None:      # the database did not open: the pack screen says why
        return None
    return shared_sqlite_warning(office.store, office.store.path, office.clock.now(), station=office.actor.station)


def _show(window: QMainWindow, text: str) -> None:
    window.statusBar().showMessage(f"⚠ {text}")        # until the next message: it stays true all day
    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("SharedDatabase", "Several stations need PostgreSQL"), text,
                      QMessageBox.StandardButton.Ok, window)
    box.setObjectName("sharedDatabaseWarning")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
