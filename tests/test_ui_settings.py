"""The Settings screen: this PC's station and language, the station's printers, the scanner test
box with a real scanner filter, users and roles behind the supervisor's PIN."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from whs_app.clock import stamp
from whs_app.printing.printers import add_printer
from whs_app.station_setup import PC_FILE, station_language
from ui.pin_dialog import PinDialog
from ui.scanner_filter import ScannerFilter
from ui.settings_screen import SettingsScreen
from tests.print_fixtures import ADMIN
from tests.ui_fixtures import shown_settings, Keyboard, focus, office, qt_warnings  # noqa: F401


@pytest.fixture
def screen(qtbot, store, clock, warehouse, office):
    at = stamp(clock.now())
    add_printer(store, at, ADMIN, "LBL-A", "tcp://192.0.2.1:9100", "tspl", "label", "P01")
    return shown_settings(qtbot, office, Path(store.path))


def reload(qtbot, screen: SettingsScreen) -> None:
    with qtbot.waitSignal(screen.loaded, timeout=5000):
        pass


def approve(qtbot, pin: str = "2468", login: str = "boss") -> PinDialog:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), PinDialog), timeout=5000)
    dialog: PinDialog = QApplication.activeModalWidget()
    dialog.login.setCurrentIndex(dialog.login.findData(login))
    qtbot.keyClicks(dialog.pin, pin)
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    return dialog


def test_the_language_switches_now_and_is_kept_for_the_station(qtbot, screen, store):
    assert screen.language_box.currentData() == "en"
    focus(qtbot, screen.language_box)
    with qtbot.waitSignal(screen.language_changed, timeout=2000) as switched:
        qtbot.keyClick(screen.language_box, Qt.Key.Key_Up)      # 中文 is first
    assert switched.args == ["zh_CN"]
    qtbot.waitUntil(lambda: station_language(store, "P01") == "zh_CN", timeout=5000)
    assert store.audit.for_entity("station", "P01")[-1]["action"] == "station.language"


def test_this_pc_becomes_another_station_in_the_file_next_to_the_database(qtbot, screen, store):
    screen.station_box.setCurrentIndex(screen.station_box.findData("P02"))
    with qtbot.waitSignal(screen.loaded, timeout=5000):
        qtbot.mouseClick(screen.station_button, Qt.MouseButton.LeftButton)
    saved = json.loads((Path(store.path).parent / PC_FILE).read_text(encoding="utf-8"))
    assert saved["station"] == "P02"
    assert "P02 from the next start" in screen.message.text()
    assert store.audit.for_entity("station", "P02")[-1]["action"] == "pc.station"


def test_add_edit_and_take_out_a_printer(qtbot, screen, store):
    screen.tabs.setCurrentWidget(screen.printer_tab)
    qtbot.mouseClick(screen.new_printer_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(screen.printer_name, "LBL-B")
    qtbot.keyClicks(screen.printer_connection, "tcp://192.0.2.9:9100")
    screen.printer_backup.setCurrentIndex(screen.printer_backup.findData("LBL-A"))
    with qtbot.waitSignals([screen.printers_changed, screen.loaded], timeout=5000):
        qtbot.mouseClick(screen.add_printer_button, Qt.MouseButton.LeftButton)
    added = store.printers.get("LBL-B")
    assert added["group_name"] == "LBL-A" and added["position"] == 1 and added["station"] == "P01"
    assert screen.printer_table.rowCount() == 2

    screen.printer_table.selectRow(1)
    assert screen.printer_name.text() == "LBL-B" and screen.printer_name.isReadOnly()
    screen.printer_connection.clear()
    qtbot.keyClicks(screen.printer_connection, "nonsense://x")
    qtbot.mouseClick(screen.save_printer_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "nonsense" in screen.message.text(), timeout=5000)
    assert store.printers.get("LBL-B")["connection"] == "tcp://192.0.2.9:9100"      # nothing changed

    screen.printer_connection.clear()
    qtbot.keyClicks(screen.printer_connection, "tcp://192.0.2.10:9100")
    with qtbot.waitSignal(screen.loaded, timeout=5000):
        qtbot.mouseClick(screen.save_printer_button, Qt.MouseButton.LeftButton)
    assert store.printers.get("LBL-B")["connection"] == "tcp://192.0.2.10:9100"
    assert store.audit.for_entity("printer", "LBL-B")[-1]["action"] == "printer.edit"

    screen.printer_table.selectRow(1)
    assert screen.enable_button.text() == "Take out of the group"
    with qtbot.waitSignal(screen.loaded, timeout=5000):
        qtbot.mouseClick(screen.enable_button, Qt.MouseButton.LeftButton)
    assert store.printers.get("LBL-B")["enabled"] == 0


def test_the_scan_test_box_tells_a_scanner_from_typing(qtbot, screen):
    scanner = ScannerFilter()
    scanner.scanned.connect(screen.handle_scan)
    scanner.install(QApplication.instance())
    try:
        screen.tabs.setCurrentWidget(screen.scanner_tab)
        focus(qtbot, screen.test_box)
        keys = Keyboard(screen)
        with qtbot.waitSignal(screen.scan_checked, timeout=5000) as scanned:
            keys.scan("SF1234567890")
        check = scanned.args[0]
        assert (check.code, check.source, check.hints) == ("SF1234567890", "scanner", ())
        assert screen.test_box.text() == "SF1234567890"
        assert screen.result_source.text().startswith("a scanner")
        assert screen.result_timing.text().startswith("13 keys, 3 ms apart")
        assert "Nothing mangled" in screen.hints.text()

        screen.test_box.clear()
        with qtbot.waitSignal(screen.scan_checked, timeout=10_000) as typed:
            keys.type("sf12", enter=True)
        check = typed.args[0]
        assert (check.code, check.source) == ("sf12", "typed")
        assert screen.result_source.text().startswith("typing")
        assert "Caps Lock" in screen.hints.text()
    finally:
        scanner.remove()


def test_add_a_user_and_reset_a_pin_with_the_supervisor_pin(qtbot, screen, store):
    screen.tabs.setCurrentWidget(screen.user_tab)
    qtbot.keyClicks(screen.user_login, "packer3")
    screen.user_name.setText("王五")
    qtbot.mouseClick(screen.add_user_button, Qt.MouseButton.LeftButton)
    dialog = approve(qtbot, pin="1111")
    qtbot.waitUntil(dialog.problem.isVisible, timeout=5000)
    assert store.people.user("packer3") is None
    with qtbot.waitSignal(screen.loaded, timeout=5000):
        qtbot.keyClicks(dialog.pin, "2468")
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert store.people.user("packer3")["role"] == "packer"
    assert "packer3" in [screen.user_table.item(row, 0).text() for row in range(screen.user_table.rowCount())]

    screen.user_table.selectRow(1)      # packer1
    assert screen.user_login.text() == "packer1"
    qtbot.keyClicks(screen.user_pin, "8642")
    qtbot.mouseClick(screen.pin_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(screen.loaded, timeout=5000):
        approve(qtbot)
    assert store.people.check_pin("packer1", "8642")

    screen.user_role.setCurrentIndex(screen.user_role.findData("supervisor"))
    qtbot.mouseClick(screen.role_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(screen.loaded, timeout=5000):
        approve(qtbot)
    assert store.people.user("packer1")["role"] == "supervisor"
    assert [e["action"] for e in store.audit.for_entity("user", "packer1")] == ["user.pin_set", "user.role_changed"]


def test_a_refused_user_change_says_why_and_changes_nothing(qtbot, screen, store):
    screen.tabs.setCurrentWidget(screen.user_tab)
    qtbot.keyClicks(screen.user_login, "packer1")       # exists already
    screen.user_name.setText("again")
    qtbot.mouseClick(screen.add_user_button, Qt.MouseButton.LeftButton)
    approve(qtbot)
    qtbot.waitUntil(lambda: "exists already" in screen.message.text(), timeout=5000)
    assert store.people.user("packer1")["name"] == "张三"
