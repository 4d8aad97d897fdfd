"""Waves and carriers: plan and release waves; pickup batches and waybill ranges with a supervisor's PIN; why."""
import pytest
from PySide6.QtCore import QItemSelectionModel, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox

from whs_app.actor import Actor
from ui import pin_dialog
from ui.waves_screen import WavesScreen
from tests.review_fixtures import new_order, reviewed
from tests.ui_fixtures import Keyboard, office, qapp_args, qt_warnings  # noqa: F401

BOSS = Actor("OFFICE", "boss")


@pytest.fixture
def screen(qtbot, office):
    widget = WavesScreen(office)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: not office.busy, timeout=5000)
    return widget


@pytest.fixture
def approvals(monkeypatch):
    """The supervisor's PIN dialog answers with what the test puts in the list (one answer per ask)."""
    answers, reasons = [], []

    def ask(parent, reason):
        reasons.append(reason)
        return answers.pop(0)

    monkeypatch.setattr(pin_dialog, "ask_supervisor_pin", ask)
    return answers, reasons


def wave_codes(screen):
    return [screen.wave_table.item(r, 0).text() for r in range(screen.wave_table.rowCount())]


def cell(table, row, column):
    return table.item(row, column).text()


def select_rows(table, rows):
    table.clearSelection()
    for row in rows:
        table.selectionModel().select(table.model().index(row, 0),
                                      QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)


def test_plan_then_release_the_chosen_waves(qtbot, store, clock, warehouse, office, screen):
    reviewed(store, clock, BOSS, new_order("A", [("TSHIRT-W-M", 1)]), new_order("B", [("SOCKS-5P", 2)]))
    Keyboard(screen).press("P", Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(wave_codes(screen)) == 2, timeout=10_000)
    assert "2 waves planned" in screen.message.text() and "carriers assigned: ZTO 2" in screen.plan_summary.text()
    assert [cell(screen.wave_table, r, 5) for r in range(2)] == ["not released"] * 2
    single, multi = wave_codes(screen)
    select_rows(screen.wave_table, [1])
    Keyboard(screen).press("R", Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Released to the floor" in screen.message.text(), timeout=5000)
    assert screen.message.text().endswith(multi)
    qtbot.waitUntil(lambda: cell(screen.wave_table, 1, 5) != "not released", timeout=5000)
    assert cell(screen.wave_table, 1, 5) == "11-11 08:00 boss" and cell(screen.wave_table, 0, 5) == "not released"
    assert store.waves.get(multi)["released_by"] == "boss" and store.waves.get(single)["released_at"] is None
    select_rows(screen.wave_table, [0, 1])
    screen.release_button.click()                             # the second one is released already: none is
    qtbot.waitUntil(lambda: screen.message.text().startswith("✗"), timeout=5000)
    assert f"wave {multi} was already released" in screen.message.text()
    assert store.waves.get(single)["released_at"] is None


def select_carrier(qtbot, screen, code):
    screen.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: screen.board_table.rowCount() == 3, timeout=5000)
    row = next(r for r in range(3) if cell(screen.board_table, r, 0) == code)
    screen.board_table.selectRow(row)
    assert screen.selected_carrier().code == code


def test_a_pickup_batch_is_changed_only_with_a_supervisors_pin(qtbot, store, warehouse, screen, approvals):
    answers, reasons = approvals
    select_carrier(qtbot, screen, "SF")
    assert [cell(screen.batch_table, 0, c) for c in range(3)] == ["18:00", "18:00", "5000"]
    screen.batch_table.selectRow(0)
    screen.edit_batch.click()
    dialog = screen.dialog
    assert dialog.label.isReadOnly() and dialog.capacity.value() == 5000
    dialog.time.setTime(QTime(19, 30))
    dialog.capacity.selectAll()
    qtbot.keyClicks(dialog.capacity, "1200")
    answers.append(("boss", "1111"))                              # a wrong PIN first
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: "wrong PIN for supervisor boss" in screen.message.text(), timeout=5000)
    assert "SF's pickup batch 18:00 to 19:30, 1200 parcels" in reasons[-1]
    assert store.carriers.pickup_batches(warehouse.carrier_ids["SF"])[0]["capacity"] == 5000
    screen.edit_batch.click()
    screen.dialog.time.setTime(QTime(19, 30))
    screen.dialog.capacity.setValue(1200)
    answers.append(("boss", "2468"))
    screen.dialog.accept()
    qtbot.waitUntil(lambda: "Carrier settings saved" in screen.message.text(), timeout=5000)
    qtbot.waitUntil(lambda: cell(screen.batch_table, 0, 2) == "1200", timeout=5000)
    assert cell(screen.batch_table, 0, 1) == "19:30"
    [batch] = store.carriers.pickup_batches(warehouse.carrier_ids["SF"])
    assert (batch["pickup_at"], batch["capacity"]) == ("19:30", 1200)
    screen.add_batch.click()
    screen.dialog.label.setText("早班")
    screen.dialog.time.setTime(QTime(10, 0))
    screen.dialog.reject()                                         # cancelled: nothing asked, nothing changed
    assert len(reasons) == 2 and len(store.carriers.pickup_batches(warehouse.carrier_ids["SF"])) == 1


def test_a_waybill_range_is_loaded_and_drill_ranges_are_marked(qtbot, store, warehouse, screen, approvals):
    answers, _ = approvals
    select_carrier(qtbot, screen, "ZTO")
    assert [cell(screen.range_table, r, 3) for r in range(2)] == ["real", "drill"]
    screen.add_range.click()
    dialog = screen.dialog
    assert dialog.prefix.text() == "ZTO"
    dialog.prefix.setText("ZT")
    qtbot.keyClicks(dialog.first, "0000005000")
    qtbot.keyClicks(dialog.last, "0000005999")
    answers.append(("boss", "2468"))
    dialog.accept()
    qtbot.waitUntil(lambda: screen.range_table.rowCount() == 3, timeout=5000)
    assert cell(screen.range_table, 1, 0) == "ZT0000005000 … ZT0000005999" and cell(screen.range_table, 1, 1) == "1000"
    assert store.waybills.balance(warehouse.carrier_ids["ZTO"]) == 2000


def test_why_an_order_has_its_carrier(qtbot, store, clock, warehouse, screen):
    reviewed(store, clock, BOSS, new_order("A", [("TSHIRT-W-M", 1)]))
    screen.plan()
    qtbot.waitUntil(lambda: "waves planned" in screen.message.text(), timeout=10_000)
    screen.handle_scan("A", "scanner")                             # a scanned order number asks why
    qtbot.waitUntil(lambda: "Order A" in screen.why_text.toPlainText(), timeout=5000)
    text = screen.why_text.toPlainText()
    assert "→ ZTO" in text and "SF" in text and "YD" in text
    screen.why_entry.setText("NOPE")
    screen.ask_why()
    qtbot.waitUntil(lambda: "NOPE" in screen.why_text.toPlainText(), timeout=5000)
