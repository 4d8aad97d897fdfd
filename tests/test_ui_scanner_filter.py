"""The application-wide scanner filter: scans caught wherever the focus is, typing handed back intact."""
from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from devices.scanners import WedgeConfig
from devices.testing import LoopPorts
from ui.scanner_filter import ScannerFilter, scan_field
from ui.serial_bridge import SerialScannerBridge
from tests.ui_fixtures import Keyboard, focus, qapp_args, qt_warnings  # noqa: F401


@pytest.fixture
def desk(qtbot, qapp):
    """A window with two fields and the filter installed on the application."""
    window = QWidget()
    layout = QVBoxLayout(window)
    first, second = scan_field(QLineEdit()), QLineEdit()
    layout.addWidget(first)
    layout.addWidget(second)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    focus(qtbot, first)
    scanner = ScannerFilter(WedgeConfig())
    scans: list[tuple[str, str]] = []
    scanner.scanned.connect(lambda code, source, t: scans.append((code, source)))
    scanner.install(qapp)
    yield window, first, second, scanner, scans
    scanner.remove()


def send(window: QWidget, text: str, stamp: int, key: int | None = None) -> None:
    """A key press and release reaching the window with a given event timestamp (ms)."""
    key = key if key is not None else (ord(text.upper()) if text else 0)
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)
        event.setTimestamp(stamp)
        QCoreApplication.sendEvent(window.windowHandle(), event)


def test_a_scanner_burst_is_one_scan_and_types_nothing(qtbot, desk):
    window, first, second, scanner, scans = desk
    Keyboard(window).scan("SF1234567890")
    qtbot.waitUntil(lambda: scans == [("SF1234567890", "scanner")], timeout=2000)
    qtbot.wait(80)
    assert first.text() == "" and second.text() == ""


def test_typing_at_human_speed_reaches_the_field_in_order(qtbot, desk):
    window, first, second, scanner, scans = desk
    Keyboard(window).type("B-12/x")
    qtbot.waitUntil(lambda: first.text() == "B-12/x", timeout=3000)
    assert scans == []


def test_a_fast_typist_is_still_typing_and_enter_is_delivered_after_the_text(qtbot, desk):
    window, first, second, scanner, scans = desk
    entered = []
    first.returnPressed.connect(lambda: entered.append(first.text()))
    Keyboard(window).type("A1234", gap_ms=90, enter=True)
    qtbot.waitUntil(lambda: entered == ["A1234"], timeout=3000)
    assert scans == []


def test_typing_then_a_scan_keeps_both_apart(qtbot, desk):
    window, first, second, scanner, scans = desk
    Keyboard(window).type("ab")
    qtbot.wait(300)                      # the packer picks up the scanner
    Keyboard(window).scan("6901234567001")
    Keyboard(window).type("c")
    qtbot.waitUntil(lambda: first.text() == "abc", timeout=3000)
    assert scans == [("6901234567001", "scanner")]


def test_a_scan_is_caught_in_a_field_with_the_focus_elsewhere(qtbot, desk):
    window, first, second, scanner, scans = desk
    focus(qtbot, second)
    Keyboard(window).scan("T1001")
    qtbot.waitUntil(lambda: scans == [("T1001", "scanner")], timeout=2000)
    assert second.text() == ""


def test_timing_comes_from_the_events_so_a_busy_gui_cannot_turn_typing_into_a_scan(qtbot, desk):
    window, first, second, scanner, scans = desk
    # five keys typed 150 ms apart, processed all at once after a stall of the GUI thread
    for n, char in enumerate("T1001"):
        send(window, char, 10_000 + 150 * n)
    send(window, "\r", 10_000 + 150 * 5, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: first.text() == "T1001", timeout=2000)
    assert scans == []


def test_a_burst_processed_late_is_still_a_scan(qtbot, desk):
    window, first, second, scanner, scans = desk
    for n, char in enumerate("SF0042"):
        send(window, char, 50_000 + 2 * n)
        time.sleep(0.03)   # the GUI thread was busy between the keys: their own times say burst
    send(window, "\r", 50_000 + 12, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: scans == [("SF0042", "scanner")], timeout=2000)
    assert first.text() == ""


def test_full_width_characters_from_an_ime_come_out_half_width(qtbot, desk):
    window, first, second, scanner, scans = desk
    for n, char in enumerate("ＳＦ１２３４"):
        send(window, char, 70_000 + 3 * n, key=ord("SF1234"[n]))
    send(window, "\r", 70_000 + 20, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: scans == [("SF1234", "scanner")], timeout=2000)


def test_short_bursts_and_shortcuts_are_typing(qtbot, desk):
    window, first, second, scanner, scans = desk
    Keyboard(window).scan("AB")                     # too short for a scan: typed, Enter delivered
    qtbot.waitUntil(lambda: first.text() == "AB", timeout=2000)
    first.selectAll()
    Keyboard(window).press("a", Qt.KeyboardModifier.ControlModifier)
    assert scans == []


def test_the_filter_removed_lets_every_key_through_untouched(qtbot, desk):
    window, first, second, scanner, scans = desk
    scanner.remove()
    Keyboard(window).scan("T1001")
    assert first.text() == "T1001" and scans == []


def test_a_serial_scanner_feeds_the_same_path(qtbot, qapp):
    ports = LoopPorts()
    bridge = SerialScannerBridge("loop://", open_port=ports, backoff=(0.01, 0.05))
    seen, states = [], []
    bridge.scanned.connect(lambda code, source, t: seen.append((code, source, QApplication.instance().thread())))
    bridge.state_changed.connect(lambda state, detail: states.append(state))
    bridge.start()
    try:
        qtbot.waitUntil(lambda: states == ["connected"], timeout=3000)
        ports.scan(b"SF1234567890\r\n")
        qtbot.waitUntil(lambda: len(seen) == 1, timeout=3000)
        assert seen[0][:2] == ("SF1234567890", "serial")
        ports.unplug()
        qtbot.waitUntil(lambda: "disconnected" in states, timeout=3000)
    finally:
        bridge.stop()
