"""Crash handling: an uncaught exception anywhere is logged with its context and shown on the GUI thread.

Installed first thing (like qutebrowser's early crash handler), before Qt exists:

- `sys.excepthook` (the GUI thread, and slots PySide calls from the event loop),
- `threading.excepthook` (Python threads: serial scanners, print workers),
- exceptions a `StoreWorker` catches on its thread (they are reported with the job's name),
- Qt's own messages through `qInstallMessageHandler`: debug and info go to the log, warnings
  and errors too, a fatal message is logged before Qt aborts.

Each report is written to the rotating log with the thread, where it happened and the app's
context (station, user, database, screen). Once a `CrashNotifier` is attached (when the
QApplication exists) the report is also shown in a non-modal dialog on the GUI thread: the
station keeps scanning behind it. Reports made before that are shown when it attaches.
"""
from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Callable

from PySide6 import __version__ as PYSIDE_VERSION
from PySide6.QtCore import QMessageLogContext, QObject, Qt, QtMsgType, Signal, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout,
                               QWidget)

from ui import style
from ui.i18n import arg

log = logging.getLogger("whs.crash")
qt_log = logging.getLogger("whs.qt")


@dataclass(frozen=True)
class CrashReport:
    when: str
    thread: str
    where: str       # which hook or worker caught it
    summary: str     # "ValueError: bad code"
    details: str     # traceback and context, as written to the log


class CrashHandler:
    """Logs uncaught exceptions with context; hands each report to the notifier (any thread)."""

    def __init__(self, log_file: Path | None = None) -> None:
        self.log_file = log_file
        self.context: dict[str, object] = {}
        self.reports: list[CrashReport] = []
        self._notify: Callable[[CrashReport], None] | None = None
        self._lock = threading.Lock()
        self._saved: tuple | None = None

    # -- hooks -------------------------------------------------------------------------------
    def install(self) -> None:
        if self._saved is None:
            self._saved = (sys.excepthook, threading.excepthook)
            sys.excepthook = self._sys_hook
            threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        if self._saved is not None:
            sys.excepthook, threading.excepthook = self._saved
            self._saved = None

    def _sys_hook(self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        self.report(kind, exc, tb, "uncaught exception")

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        name = args.thread.name if args.thread is not None else "?"
        self.report(args.exc_type, args.exc_value, args.exc_traceback, f"thread {name}")

    # -- reports -----------------------------------------------------------------------------
    def report(self, kind: type[BaseException], exc: BaseException | None, tb: TracebackType | None,
               where: str) -> CrashReport:
        thread = threading.current_thread().name
        summary = "".join(traceback.format_exception_only(kind, exc)).strip()
        context = "\n".join(f"  {key}: {value}" for key, value in sorted(self.context.items()))
        details = (f"{where} on thread {thread}\n{summary}\n\n"
                   f"{''.join(traceback.format_exception(kind, exc, tb))}\n"
                   f"context:\n{context}\n  python: {platform.python_version()} PySide6: {PYSIDE_VERSION}"
                   f" {platform.platform()}")
        report = CrashReport(datetime.now().strftime("%Y-%m-%d %H:%M:%S"), thread, where, summary, details)
        log.error("crash: %s", details)
        with self._lock:
            self.reports.append(report)
            notify = self._notify
        if notify is not None:
            notify(report)
        return report

    def report_current(self, where: str) -> CrashReport:
        """Report the exception being handled (call inside `except`)."""
        kind, exc, tb = sys.exc_info()
        return self.report(kind, exc, tb, where)

    def attach(self, notify: Callable[[CrashReport], None]) -> None:
        """Show reports from now on (and those made before) through `notify` (thread-safe)."""
        with self._lock:
            self._notify = notify
            earlier = list(self.reports)
        for report in earlier:
            notify(report)

    def detach(self) -> None:
        with self._lock:
            self._notify = None


# -- Qt's messages --------------------------------------------------------------------------------
_LEVELS = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
           QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
           QtMsgType.QtFatalMsg: logging.CRITICAL}


class QtMessages:
    """A Qt message handler that logs every message; `on_warning` hears warnings and worse."""

    def __init__(self, on_warning: Callable[[QtMsgType, str, str], None] | None = None) -> None:
        self.on_warning = on_warning
        self._previous = None

    def __call__(self, kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        category = context.category or "default"
        where = f" ({context.file}:{context.line})" if context.file else ""
        qt_log.log(_LEVELS.get(kind, logging.WARNING), "[%s] %s%s", category, message, where)
        if kind != QtMsgType.QtDebugMsg and kind != QtMsgType.QtInfoMsg and self.on_warning is not None:
            self.on_warning(kind, category, message)

    def install(self) -> None:
        self._previous = qInstallMessageHandler(self)

    def uninstall(self) -> None:
        qInstallMessageHandler(self._previous)
        self._previous = None


# -- the dialog ------------------------------------------------------------------------------------
class CrashNotifier(QObject):
    """Lives on the GUI thread; `deliver` may be called from any thread."""

    reported = Signal(object)

    def __init__(self, handler: CrashHandler, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.handler = handler
        self.dialog: CrashDialog | None = None
        self.reported.connect(self._show, Qt.ConnectionType.QueuedConnection)
        handler.attach(self.deliver)

    def deliver(self, report: CrashReport) -> None:
        self.reported.emit(report)

    def _show(self, report: CrashReport) -> None:
        if QGuiApplication.instance() is None:
            return
        if self.dialog is None:
            self.dialog = CrashDialog(self.handler.log_file)
        self.dialog.add(report)
        self.dialog.show()
        self.dialog.raise_()

    def close(self) -> None:
        self.handler.detach()
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None


class CrashDialog(QDialog):
    """Non-modal: the station keeps scanning behind it. Several errors collect in one dialog."""

    def __init__(self, log_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setModal(False)
        self.log_file = log_file
        self.reports: list[CrashReport] = []
        self.headline = QLabel()
        self.headline.setFont(style.font(style.SIZE_ORDER, bold=True))
        self.headline.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setFont(style.font(style.SIZE_HEADER))
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setFont(style.font(style.SIZE_SMALL))
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setFont(style.font(13, mono=True))
        self.details.hide()
        self.toggle = QPushButton()
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self._toggle_details)
        self.copy = QPushButton()
        self.copy.clicked.connect(self._copy)
        buttons = QDialogButtonBox()
        buttons.addButton(self.toggle, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        for widget in (self.headline, self.summary, self.where, self.details, buttons):
            layout.addWidget(widget)
        self.resize(720, 260)
        self.retranslate()

    def add(self, report: CrashReport) -> None:
        self.reports.append(report)
        self.details.setPlainText("\n\n".join(r.details for r in self.reports))
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("whs — error"))
        self.headline.setText(self.tr("Something went wrong. The station keeps running; if the screen "
                                      "looks wrong, restart the app."))
        self.toggle.setText(self.tr("Hide details") if self.toggle.isChecked() else self.tr("Show details"))
        self.copy.setText(self.tr("Copy details"))
        self.close_button.setText(self.tr("Close"))
        if self.reports:
            last = self.reports[-1]
            count = len(self.reports)
            self.summary.setText(last.summary if count == 1 else arg(self.tr("%1 (and %2 more)"), last.summary,
                                                                     count - 1))
            log_text = str(self.log_file) if self.log_file else self.tr("standard error")
            self.where.setText(arg(self.tr("%1 at %2. Written to the log: %3"), last.where, last.when, log_text))

    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.retranslate()
        self.resize(self.width(), 560 if shown else 260)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())
