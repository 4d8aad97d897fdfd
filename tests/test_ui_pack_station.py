"""The pack station screen driven like a packer drives it: scanner keystrokes at real speed."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from whs_app.actor import Actor
from whs_app.model import OrderState
from whs_app.packing import PackingSession
from ui import style
from ui.outcomes import Outcome
from tests.pack_fixtures import ready_order
from tests.ui_fixtures import (Keyboard, focus, make_app, pixel, qapp_args, qt_warnings, scan_and_wait,  # noqa: F401
                               translators)

TSHIRT, JEANS, MUG, SOCKS = "6901234567001", "6901234567003", "6901234567006", "6901234567005"


def screen_colour(app) -> str:
    return app.pack.background.name()


def test_a_whole_order_packed_with_scanner_keystrokes(qtbot, store, warehouse, make_app):
    order_id = ready_order(store, warehouse, "T1001", {"TSHIRT-W-M": 2, "JEANS-32": 1})
    app = make_app()
    opened = scan_and_wait(qtbot, app, "T1001")
    assert opened.outcome == Outcome.OPENED and opened.total == 3
    assert [(line.sku_code, line.counted, line.needed) for line in app.pack.model.lines()] == [
        ("TSHIRT-W-M", 0, 2), ("JEANS-32", 0, 1)]
    first = scan_and_wait(qtbot, app, TSHIRT)
    assert first.outcome == Outcome.COUNTED and first.ticked == "TSHIRT-W-M"
    assert app.pack.model.data(app.pack.model.index(0, 3)) == "1 / 2"
    assert app.pack.progress_label.text() == "1 / 3 units"
    scan_and_wait(qtbot, app, TSHIRT)
    packed = scan_and_wait(qtbot, app, JEANS)
    assert packed.outcome == Outcome.PACKED and packed.waybill_no
    assert packed.waybill_no in app.pack.outcome.waybill.text()
    assert "Packed" in app.pack.outcome.headline.text()
    assert screen_colour(app) == style.OK_BG.lower()
    assert app.sounds.history == ["open", "count", "count", "packed"]
    order = store.orders.get(order_id, with_lines=False)
    assert (order.state, order.packed_by, order.packed_station) == (OrderState.PACKED, "packer1", "P01")


def test_a_wrong_item_turns_the_screen_red_with_the_reason_and_an_error_sound(qtbot, store, warehouse, make_app):
    ready_order(store, warehouse, "T1002", {"TSHIRT-W-M": 1})
    app = make_app()
    scan_and_wait(qtbot, app, "T1002")
    wrong = scan_and_wait(qtbot, app, MUG)
    assert wrong.outcome == Outcome.WRONG_ITEM and not wrong.ok
    assert "Wrong item" in app.pack.outcome.headline.text()
    assert "陶瓷马克杯" in app.pack.outcome.reason.text() and app.pack.outcome.reason.isVisible()
    assert app.sounds.history[-1] == "error"
    assert screen_colour(app) == style.REFUSED_BG.lower()
    margin = app.pack.mapTo(app.window, app.pack.rect().topLeft())
    assert pixel(app.window, margin.x() + 6, margin.y() + app.pack.failover.height() + 6) == style.REFUSED_BG.lower()
    assert app.pack.model.lines()[0].counted == 0   # nothing was counted
    right = scan_and_wait(qtbot, app, TSHIRT)
    assert right.outcome == Outcome.PACKED and screen_colour(app) == style.OK_BG.lower()


def test_a_second_scan_of_a_packed_order_is_refused_loudly_naming_who_and_when(qtbot, store, clock, warehouse,
                                                                                 make_app):
    ready_order(store, warehouse, "T1003", {"JEANS-32": 1})
    elsewhere = PackingSession(store, clock, Actor("P02", "packer2"))
    assert elsewhere.scan("T1003").ok and elsewhere.scan(JEANS).ok
    app = make_app()
    duplicate = scan_and_wait(qtbot, app, "T1003")
    assert duplicate.outcome == Outcome.DUPLICATE
    reason = app.pack.outcome.reason.text()
    assert "packer2" in reason and "P02" in reason and "2026-11-11 08:00:00" in reason
    assert "DUPLICATE" in app.pack.outcome.headline.text()
    assert app.sounds.history[-1] == "alarm"
    assert screen_colour(app) == style.REFUSED_BG.lower()


def test_human_typing_is_never_a_scan_and_reaches_the_field_intact(qtbot, store, warehouse, make_app):
    ready_order(store, warehouse, "T1004", {"JEANS-32": 1})
    app = make_app()
    scans, answers = [], []
    app.scanner.scanned.connect(lambda *args: scans.append(args))
    app.pack.answered.connect(answers.append)
    focus(qtbot, app.pack)
    Keyboard(app.window).type("T1004", enter=True)     # typed at the screen: nothing happens
    qtbot.wait(200)
    assert scans == [] and answers == []
    assert store.orders.find("T1004")[0].state == OrderState.READY
    focus(qtbot, app.pack.code_entry)
    Keyboard(app.window).type("T1004")                 # typed into the field: it lands there, in order
    qtbot.waitUntil(lambda: app.pack.code_entry.text() == "T1004", timeout=2000)
    assert scans == [] and answers == []
    with qtbot.waitSignal(app.pack.answered, timeout=5000) as typed:
        Keyboard(app.window).press(Qt.Key.Key_Return)
    assert typed.args[0].source == "typed" and typed.args[0].outcome == Outcome.OPENED
    assert scans == []


def test_a_scan_is_caught_whatever_has_the_focus_and_never_lands_in_a_field(qtbot, store, warehouse, make_app):
    ready_order(store, warehouse, "T1005", {"JEANS-32": 1})
    app = make_app()
    focus(qtbot, app.pack.code_entry)
    answer = scan_and_wait(qtbot, app, "T1005")
    assert answer.outcome == Outcome.OPENED and answer.source == "scanner"
    assert app.pack.code_entry.text() == ""


def test_scan_fields_have_the_input_method_switched_off(make_app):
    """The pack screen's fields take scans; other screens' fields (an address) need the IME."""
    app = make_app()
    fields = app.pack.findChildren(QLineEdit)
    assert fields
    for field in fields:
        assert not field.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled), field.objectName()
        assert field.inputMethodHints() & Qt.InputMethodHint.ImhLatinOnly
        assert field.inputMethodHints() & Qt.InputMethodHint.ImhNoPredictiveText


def test_station_commands_by_key_split_and_cancel(qtbot, store, warehouse, make_app):
    order_id = ready_order(store, warehouse, "T1006", {"TSHIRT-W-M": 2, "JEANS-32": 1})
    app = make_app()
    scan_and_wait(qtbot, app, "T1006")
    scan_and_wait(qtbot, app, TSHIRT)
    with qtbot.waitSignal(app.pack.answered, timeout=5000) as split:
        Keyboard(app.window).press(Qt.Key.Key_F7)
    sealed = split.args[0]
    assert sealed.outcome == Outcome.BOX_SEALED and sealed.waybill_no
    assert sealed.waybill_no in app.pack.outcome.waybill.text() and "Box 1 sealed" in app.pack.outcome.headline.text()
    assert [(line.sku_code, line.needed) for line in app.pack.model.lines()] == [("TSHIRT-W-M", 1), ("JEANS-32", 1)]
    assert "box 2" in app.pack.order_label.text()
    with qtbot.waitSignal(app.pack.answered, timeout=5000) as cancel:
        Keyboard(app.window).press(Qt.Key.Key_F6)
    assert cancel.args[0].outcome == Outcome.CANCELLED
    assert screen_colour(app) == style.CANCEL_BG.lower() and app.sounds.history[-1] == "cancel"
    assert store.orders.get(order_id, with_lines=False).state == OrderState.PACKING   # box 1 stays sealed


def test_the_command_scanned_from_the_sheet_completes_nothing_early(qtbot, store, warehouse, make_app):
    ready_order(store, warehouse, "T1007", {"TSHIRT-W-M": 2})
    app = make_app()
    scan_and_wait(qtbot, app, "T1007")
    early = scan_and_wait(qtbot, app, "CMD:COMPLETE")
    assert early.outcome == Outcome.REFUSED and "2 units still to scan" in early.message


def test_a_restarted_station_resumes_its_open_parcel(qtbot, store, warehouse, make_app):
    ready_order(store, warehouse, "T1008", {"TSHIRT-W-M": 2})
    first = make_app()
    scan_and_wait(qtbot, first, "T1008")
    scan_and_wait(qtbot, first, TSHIRT)
    first.close()
    again = make_app()
    resumed = again.pack.answer
    assert resumed is not None and resumed.outcome == Outcome.RESUMED
    assert [(line.counted, line.needed) for line in again.pack.model.lines()] == [(1, 2)]
    assert scan_and_wait(qtbot, again, TSHIRT).outcome == Outcome.PACKED


def test_no_printer_configured_is_said_in_the_header(store, warehouse, make_app):
    app = make_app()
    assert any("No printer configured" in text for text in app.window.header.printers.texts())
    assert not app.pack.failover.isVisible()


def test_a_drill_database_shows_the_drill_banner(store, warehouse, make_app):
    with store.transaction():
        store.settings.set("drill", {"name": "双十一演练"})
    app = make_app()
    assert app.window.drill.isVisible() and "DRILL" in app.window.drill.text()


def test_a_live_database_shows_no_drill_banner(store, warehouse, make_app):
    app = make_app()
    assert not app.window.drill.isVisible()


def test_a_missing_database_says_so_in_red(qtbot, tmp_path, make_app, store):
    store.close()
    (tmp_path / "whs.db").unlink()
    for leftover in tmp_path.glob("whs.db-*"):
        leftover.unlink()
    app = make_app()
    assert app.pack.problem and "whs init" in app.pack.problem
    assert screen_colour(app) == style.REFUSED_BG.lower()
    assert app.sounds.history == ["alarm"]
    assert app.notifier.dialog is None      # a missing database is not a crash


def test_every_action_is_reachable_by_keyboard(make_app):
    app = make_app()
    keys = {action.shortcut().toString() for action in app.pack.actions()}
    assert {"F2", "F6", "F7", "F8", "F9", "F10"} <= keys
    for button in app.pack.command_buttons.values():
        assert button.text().split()[0] in keys      # each button names its key
    app.pack.focus_code_entry()
    assert QApplication.focusWidget() is app.pack.code_entry or not app.window.isActiveWindow()
