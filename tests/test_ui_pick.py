"""The pick screen: a wave opened by its pick-list barcode, bins confirmed by scans, a short pick, refusals in red."""
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from whs_app.actor import Actor
from whs_app.model import OrderState, Reason
from whs_app.printing.printers import add_printer
from whs_app.wave_release import release_waves
from whs_app.waves import plan_waves
from ui import style
from ui.pick_screen import PickScreen
from ui.scanner_filter import ScannerFilter
from ui.sound import silent_board
from tests.review_fixtures import new_order, open_reasons, reviewed, states
from tests.ui_fixtures import Keyboard, office, pixel, qapp_args, qt_warnings  # noqa: F401

BOSS = Actor("OFFICE", "boss")


def one_wave(store, clock, *orders, release=True):
    ids = reviewed(store, clock, BOSS, *orders)
    [wave] = plan_waves(store, clock, BOSS).waves
    if release:
        release_waves(store, clock, BOSS, [wave.code])
    return wave, ids


@pytest.fixture
def screen(qtbot, office, tmp_path):
    widget = PickScreen(office, silent_board("tests"), folder=tmp_path, open_file=lambda path: None)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: not office.busy, timeout=5000)
    return widget


def scan(qtbot, screen, code):
    with qtbot.waitSignal(screen.answered, timeout=5000) as blocker:
        screen.handle_scan(code, "scanner")
    return blocker.args[0]


def banner_colour(screen):
    return pixel(screen.banner, 4, 4)


TWO = (new_order("A", [("TSHIRT-W-M", 1), ("MUG-350", 1)]), new_order("B", [("SOCKS-5P", 2), ("MUG-350", 1)]))


def test_a_scanner_opens_the_wave_and_confirms_its_bins_in_walking_order(qtbot, qapp, store, clock, warehouse,
                                                                         screen):
    wave, ids = one_wave(store, clock, *TWO)
    scanner = ScannerFilter()
    scanner.scanned.connect(screen.handle_scan)
    scanner.install(qapp)
    try:
        screen.activateWindow()
        for code in (wave.code, "A-01-01", "6901234567005"):     # the pick list, a bin, a barcode of SOCKS-5P
            with qtbot.waitSignal(screen.answered, timeout=5000):
                Keyboard(screen).scan(code)
    finally:
        scanner.remove()
    assert [screen.model.index(r, 1).data() for r in range(3)] == ["A-01-01", "B-03-01", "C-01-01"]
    assert screen.progress.text().startswith("2 / 3 bins") and "3 / 5 units" in screen.progress.text()
    assert screen.banner.headline.text().startswith("✓ Picked: B-03-01 SOCKS-5P 2/2")
    assert "Next: C-01-01" in screen.banner.hint.text() and banner_colour(screen) == style.OK_BG.lower()
    assert screen.selected_line().bin == "C-01-01"
    assert screen.model.index(0, 5).data() == "✓ 1"
    assert screen.sounds.history[-1] == "count"
    done = scan(qtbot, screen, "c-01-01")
    assert done.sheet.status == "picked" and "Wave " + wave.code + " picked" in screen.banner.headline.text()
    assert states(store, ids) == [OrderState.PICKED] * 2 and screen.sounds.history[-1] == "packed"


def test_a_refusal_turns_the_banner_red_with_the_reason_and_changes_nothing(qtbot, store, clock, warehouse, screen):
    wave, _ = one_wave(store, clock, *TWO)
    scan(qtbot, screen, wave.code)
    scan(qtbot, screen, "A-01-01")
    again = scan(qtbot, screen, "A-01-01")
    assert banner_colour(screen) == style.REFUSED_BG.lower() and screen.sounds.history[-1] == "error"
    assert "already confirmed at 2026-11-11 08:00:00 by boss" in screen.banner.reason.text()
    assert again.sheet.confirmed == 1 and screen.progress.text().startswith("1 / 3 bins")
    scan(qtbot, screen, "6901234567004")          # on no pick list of this wave
    assert "is not on wave" in screen.banner.reason.text()


def test_a_short_pick_from_the_keyboard_sends_the_order_to_exceptions_and_the_wave_goes_on(qtbot, store, clock,
                                                                                             warehouse, screen):
    wave, ids = one_wave(store, clock, new_order("A", [("MUG-350", 1), ("TSHIRT-W-M", 1)], paid_at="2026-11-11 01:00:00"),
                         new_order("B", [("MUG-350", 1), ("SOCKS-5P", 1)], paid_at="2026-11-11 02:00:00"))
    scan(qtbot, screen, wave.code)
    keys = Keyboard(screen)
    screen.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.table, timeout=2000)
    keys.press(Qt.Key.Key_Down)
    keys.press(Qt.Key.Key_Down)
    assert screen.selected_line().sku == "MUG-350"
    keys.press(Qt.Key.Key_F6)
    assert screen.short_panel.isVisible() and "C-01-01" in screen.short_panel.prompt.text()
    assert QApplication.focusWidget() is screen.short_panel.found
    keys.type("1", gap_ms=150)
    with qtbot.waitSignal(screen.answered, timeout=5000) as blocker:
        keys.press(Qt.Key.Key_Return)
    answer = blocker.args[0]
    assert answer.short_orders == ["B"] and not screen.short_panel.isVisible()
    assert states(store, ids) == [OrderState.WAVED, OrderState.EXCEPTION]
    assert open_reasons(store, ids[1]) == [Reason.SHORT_PICK]
    assert "To the exception queue: B" in screen.banner.reason.text()
    assert banner_colour(screen) == style.CANCEL_BG.lower()
    assert screen.model.index(screen.model.row_of("MUG-350"), 5).data() == "⚠ 1"
    keys.press(Qt.Key.Key_F7)                                     # asks first …
    assert "Confirm all 1 lines left?" in screen.banner.headline.text()
    with qtbot.waitSignal(screen.answered, timeout=5000):
        keys.press(Qt.Key.Key_F7)                                 # … then confirms
    assert store.waves.get(wave.code)["status"] == "picked"
    assert states(store, ids) == [OrderState.PICKED, OrderState.EXCEPTION]


def test_an_unreleased_wave_is_shown_but_not_picked(qtbot, store, clock, warehouse, screen):
    wave, _ = one_wave(store, clock, *TWO, release=False)
    scan(qtbot, screen, wave.code)
    assert "is not released yet" in screen.banner.headline.text() and banner_colour(screen) == style.WARN_BG.lower()
    assert screen.waves.count() == 1 and screen.waves.currentData() == wave.code      # not on the floor list
    scan(qtbot, screen, "A-01-01")
    assert "not released yet" in screen.banner.reason.text()
    assert store.waves.pick_lines(wave.id)[0]["picked"] is None


def test_the_wave_list_opens_a_wave_and_the_pick_list_is_saved_as_a_pdf(qtbot, store, clock, warehouse, screen,
                                                                         tmp_path):
    wave, _ = one_wave(store, clock, *TWO)
    screen.refresh()
    qtbot.waitUntil(lambda: screen.waves.findData(wave.code) >= 0, timeout=5000)
    Keyboard(screen).press(Qt.Key.Key_F3)
    assert QApplication.focusWidget() is screen.waves
    with qtbot.waitSignal(screen.answered, timeout=5000):
        screen.waves.activated.emit(screen.waves.findData(wave.code))
    assert screen.sheet.code == wave.code and screen.model.rowCount() == 3
    messages = []
    screen.status_message.connect(messages.append)
    Keyboard(screen).press(Qt.Key.Key_F9, Qt.KeyboardModifier.ShiftModifier)
    target = tmp_path / f"pick-list-{wave.code}.pdf"
    qtbot.waitUntil(lambda: any("Pick list saved" in m for m in messages), timeout=10_000)
    assert Path(target).read_bytes().startswith(b"%PDF")


def test_f9_prints_the_pick_list_through_the_queue_at_this_station(qtbot, store, clock, warehouse, screen, tmp_path):
    wave, _ = one_wave(store, clock, *TWO)
    scan(qtbot, screen, wave.code)
    messages = []
    screen.status_message.connect(messages.append)
    keys = Keyboard(screen)
    keys.press(Qt.Key.Key_F9)                                     # no printer here prints pick lists
    qtbot.waitUntil(lambda: bool(messages), timeout=5000)
    assert "✗ Pick list not printed" in messages[-1] and "station P01 has no enabled printer" in messages[-1]
    assert screen.sounds.history[-1] == "error" and store.print_jobs.listing() == []
    add_printer(store, "2026-11-11 08:00:00", BOSS, "S1", f"file://{tmp_path}/s1.prn", "escpos", "slip", "P01", "80")
    keys.press(Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: len(messages) == 2, timeout=5000)
    [job] = store.print_jobs.listing()
    assert messages[-1] == f"Pick list queued for printing: job {job['id']}"
    assert (job["kind"], job["wave_id"], job["station"]) == ("pick_list", wave.id, "P01")
    assert screen.buttons["print"].text() == "F9 Print pick list" and screen.buttons["save"].text() == "Shift+F9 Save PDF"
    keys.press(Qt.Key.Key_F9)                                     # again, while the first still waits
    qtbot.waitUntil(lambda: len(messages) == 3, timeout=5000)
    assert "still queued and will print" in messages[-1] and len(store.print_jobs.listing()) == 1
