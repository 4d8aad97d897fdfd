"""Fixtures for the GUI tests (pytest-qt): the wired app on a small warehouse, keys with real timing,
and any Qt warning failing the test.

Import what a module uses: `from tests.ui_fixtures import qt_warnings, make_app, ...`
(`qt_warnings` is autouse: importing it is enough).

Keys are sent the way a keyboard sends them: as window-system events to the window
(QTest.keyClick on the QWindow), with real time between them, so the application-wide scanner
filter sees the same events and timestamps a wedge scanner or a person would give it.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QtMsgType
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from ui.app import App, Options
from ui.crash import CrashHandler, QtMessages
from ui.i18n import Translators
from ui.sound import silent_board

#: Qt warnings that are the test platform's, not ours (offscreen cannot size native windows).
BENIGN = {("offscreen", "This plugin does not support propagateSizeHints()"),
          ("offscreen", "This plugin does not support raise()")}
SCANNER_GAP_MS = 3       # a wedge scanner types a key every few milliseconds
HUMAN_GAP_MS = 130       # a fast typist leaves more than 100 ms between keys


@pytest.fixture(scope="session")
def qapp_args():
    return ["whs-ui-tests"]


@pytest.fixture(autouse=True)
def qt_warnings(qapp):
    """Fail the test on any Qt warning (or worse), through the app's own Qt message handler."""
    seen: list[tuple[QtMsgType, str, str]] = []
    handler = QtMessages(on_warning=lambda kind, category, message: seen.append((kind, category, message)))
    handler.install()
    yield seen
    handler.uninstall()
    platform = QGuiApplication.platformName()
    bad = [(kind, category, message) for kind, category, message in seen if (platform, message) not in BENIGN]
    if bad:
        pytest.fail("Qt warnings: " + "; ".join(f"[{category}] {message}" for _, category, message in bad))


@pytest.fixture
def translators(qapp):
    found = Translators()
    yield found
    found.remove()


@pytest.fixture
def make_app(qtbot, qapp, store, clock, tmp_path, translators):
    """make_app(lang="en", **App options) -> the wired app on the test store's database, shown at
    1366x768 and started (its desk has answered); closed after the test."""
    apps: list[App] = []

    def make(*, lang: str = "en", station: str = "P01", user: str = "packer1", size=(1366, 768),
             crash: CrashHandler | None = None, **options) -> App:
        translators.install(lang)
        options.setdefault("sounds", silent_board("tests"))
        options.setdefault("print_service", None)
        options.setdefault("sheet_folder", tmp_path)
        options.setdefault("open_file", lambda path: None)
        options.setdefault("translators", translators)
        app = App(Options(Path(store.path), station, user, lang), crash or CrashHandler(tmp_path / "crash.log"),
                  clock=clock, **options)
        apps.append(app)
        app.window.resize(*size)
        app.window.show()
        qtbot.waitExposed(app.window)
        app.window.activateWindow()
        qtbot.waitUntil(lambda: app.pack.start_info is not None or app.pack.problem is not None, timeout=10_000)
        return app

    yield make
    for app in apps:
        app.close()


class _StampProbe(QObject):
    """Remembers the timestamp of the first key press it sees."""

    def __init__(self) -> None:
        super().__init__()
        self.stamp: int | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and self.stamp is None:
            self.stamp = event.timestamp()
        return False


class Keyboard:
    """Keys into a window as the window system delivers them, with real time between them."""

    def __init__(self, widget: QWidget) -> None:
        self.widget = widget

    @property
    def window(self):
        return self.widget.window().windowHandle()

    def press(self, key: str | Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        QTest.keyClick(self.window, ord(key) if isinstance(key, str) else key, modifier)

    def scan(self, code: str, gap_ms: int = SCANNER_GAP_MS, end: Qt.Key = Qt.Key.Key_Return) -> None:
        """A wedge scanner: the code at a key every few ms, then Enter.

        The keys carry the scanner's own timing in their timestamps, as the window system's queue
        does; they are handed over back to back, so a loaded test machine cannot stretch the gaps
        (a `qWait` between keys can overshoot by tens of ms under load and split the scan).
        """
        QTest.qWait(gap_ms)
        first = self._stamped_press(code[0])
        for n, key in enumerate([*code[1:], end], start=1):
            self._send(key, first + n * gap_ms)

    def _stamped_press(self, key: str) -> int:
        """Press a key the ordinary way and return the timestamp the window system gave it."""
        probe = _StampProbe()   # application-wide, installed last: it sees the key before the scanner filter
        QApplication.instance().installEventFilter(probe)
        try:
            self.press(key)
        finally:
            QApplication.instance().removeEventFilter(probe)
        return probe.stamp

    def _send(self, key: str | Qt.Key, stamp_ms: int) -> None:
        code, text = (Qt.Key.Key_Return, "\r") if key == Qt.Key.Key_Return else (
            (Qt.Key.Key_Tab, "\t") if key == Qt.Key.Key_Tab else (ord(key.upper()), key))
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier, text)
            event.setTimestamp(stamp_ms)
            QApplication.sendEvent(self.window, event)

    def type(self, text: str, gap_ms: int = HUMAN_GAP_MS, enter: bool = False) -> None:
        """A person typing."""
        for char in text:
            QTest.qWait(gap_ms)
            self.press(char)
        if enter:
            QTest.qWait(gap_ms)
            self.press(Qt.Key.Key_Return)


def scan_and_wait(qtbot, app: App, code: str, **keys) -> object:
    """Scan `code` with the keyboard and return the pack screen's answer to it."""
    with qtbot.waitSignal(app.pack.answered, timeout=5000) as blocker:
        Keyboard(app.window).scan(code, **keys)
    return blocker.args[0]


def pixel(widget: QWidget, x: int, y: int) -> str:
    """The colour the widget shows at (x, y), as #rrggbb (what a packer sees)."""
    return widget.grab().toImage().pixelColor(x, y).name()


def focus(qtbot, widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=2000)


@pytest.fixture
def office(qtbot, store, clock, tmp_path):
    """The office worker (ui/office.py) on the test store's database, as the supervisor boss (PIN 2468) at P01."""
    from whs_app.actor import Actor
    from ui.office import office_worker

    worker = office_worker(Path(store.path), clock, Actor("P01", "boss"), CrashHandler(tmp_path / "crash.log"))
    with qtbot.waitSignal(worker.opened, timeout=10_000):
        pass
    yield worker
    worker.close()


def shown_settings(qtbot, office, db, station: str = "P01", language: str = "en"):
    """The Settings screen on db, shown at 1366x700 once its first load arrived."""
    from ui.settings_screen import SettingsScreen
    widget = SettingsScreen(office, db, station, language)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.show()
    qtbot.waitExposed(widget)
    return widget
