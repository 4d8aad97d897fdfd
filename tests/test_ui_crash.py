"""Crash handling: an uncaught exception on any thread is logged with context and shown on the GUI thread."""
from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtCore import QTimer, qWarning

from whs_app.packing import PackingSession
from ui.crash import CrashHandler, CrashNotifier, QtMessages
from ui.logs import BACKUPS, MAX_BYTES, remove_logging, setup_logging
from ui.outcomes import Outcome
from tests.pack_fixtures import ready_order
from tests.ui_fixtures import make_app, qapp_args, qt_warnings, scan_and_wait, translators  # noqa: F401


def dialog_shown(notifier: CrashNotifier) -> bool:
    return notifier.dialog is not None and notifier.dialog.isVisible()


def test_a_crash_on_the_worker_thread_is_shown_and_the_station_goes_on(qtbot, store, warehouse, make_app,
                                                                       monkeypatch, caplog):
    ready_order(store, warehouse, "T2001", {"JEANS-32": 1})
    real_scan = PackingSession.scan

    def scan(self, code):
        if code == "BOOM-42":
            raise RuntimeError("disk on fire")
        return real_scan(self, code)

    monkeypatch.setattr(PackingSession, "scan", scan)
    crash = CrashHandler()
    app = make_app(crash=crash)
    with caplog.at_level(logging.ERROR, logger="whs.crash"):
        answer = scan_and_wait(qtbot, app, "BOOM-42")
    assert answer.outcome == Outcome.ERROR and "disk on fire" in app.pack.outcome.reason.text()
    assert app.sounds.history[-1] == "alarm"
    qtbot.waitUntil(lambda: dialog_shown(app.notifier), timeout=3000)      # non-blocking: no exec()
    dialog = app.notifier.dialog
    assert "disk on fire" in dialog.summary.text() and "worker pack: scan" in dialog.where.text()
    [report] = crash.reports
    assert report.thread == "worker:pack" and "station: P01" in report.details and "user: packer1" in report.details
    assert "RuntimeError: disk on fire" in caplog.text and "Traceback" in caplog.text
    assert scan_and_wait(qtbot, app, "T2001").outcome == Outcome.OPENED      # the station keeps going


def test_an_uncaught_exception_on_a_python_thread_is_shown(qtbot, qapp):
    crash = CrashHandler()
    notifier = CrashNotifier(crash)
    crash.install()
    try:
        worker = threading.Thread(target=lambda: 1 / 0, name="scanner:COM5")
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: dialog_shown(notifier), timeout=3000)
    finally:
        crash.uninstall()
        notifier.close()
    [report] = crash.reports
    assert report.where == "thread scanner:COM5" and "ZeroDivisionError" in report.summary


def test_an_exception_in_a_slot_on_the_gui_thread_is_shown(qtbot, qapp):
    crash = CrashHandler()
    notifier = CrashNotifier(crash)
    crash.install()

    def broken_slot():
        raise ValueError("bad slot")

    try:
        QTimer.singleShot(0, broken_slot)
        qtbot.waitUntil(lambda: dialog_shown(notifier), timeout=3000)
    finally:
        crash.uninstall()
        notifier.close()
    assert "ValueError: bad slot" in crash.reports[0].summary


def test_reports_made_before_the_gui_exists_are_shown_when_it_does(qtbot, qapp):
    crash = CrashHandler()
    try:
        raise KeyError("early")
    except KeyError:
        crash.report_current("start-up")
    notifier = CrashNotifier(crash)
    try:
        qtbot.waitUntil(lambda: dialog_shown(notifier), timeout=3000)
        assert "early" in notifier.dialog.summary.text()
    finally:
        notifier.close()


def test_several_crashes_collect_in_one_dialog(qtbot, qapp):
    crash = CrashHandler()
    notifier = CrashNotifier(crash)
    try:
        for n in range(3):
            try:
                raise OSError(f"printer {n}")
            except OSError:
                crash.report_current("test")
        qtbot.waitUntil(lambda: notifier.dialog is not None and len(notifier.dialog.reports) == 3, timeout=3000)
        assert "and 2 more" in notifier.dialog.summary.text()
        notifier.dialog.toggle.click()
        assert notifier.dialog.details.isVisible() and "printer 0" in notifier.dialog.details.toPlainText()
    finally:
        notifier.close()


def test_qt_warnings_are_logged_and_heard(qapp, caplog):
    heard = []
    handler = QtMessages(on_warning=lambda kind, category, message: heard.append(message))
    handler.install()
    try:
        with caplog.at_level(logging.WARNING, logger="whs.qt"):
            qWarning("printer panel lost its model")
    finally:
        handler.uninstall()
    assert heard == ["printer panel lost its model"]
    assert "printer panel lost its model" in caplog.text


def test_the_log_rotates_in_its_folder(tmp_path):
    path = setup_logging(tmp_path / "logs")
    try:
        handler = next(h for h in logging.getLogger().handlers if getattr(h, "baseFilename", None) == str(path))
        assert (handler.maxBytes, handler.backupCount) == (MAX_BYTES, BACKUPS)
        logging.getLogger("whs.test").warning("一条日志 a line")
        handler.flush()
        assert "一条日志 a line" in path.read_text(encoding="utf-8")
        assert setup_logging(tmp_path / "logs") == path    # once only
        assert sum(1 for h in logging.getLogger().handlers if getattr(h, "baseFilename", None) == str(path)) == 1
    finally:
        remove_logging(path)


@pytest.mark.parametrize("kind", [KeyboardInterrupt])
def test_ctrl_c_is_not_a_crash(kind, monkeypatch):
    crash = CrashHandler()
    passed = []
    monkeypatch.setattr("sys.__excepthook__", lambda *args: passed.append(args[0]))
    crash._sys_hook(kind, kind(), None)
    assert passed == [kind] and crash.reports == []
