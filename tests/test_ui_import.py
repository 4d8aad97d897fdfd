"""The import screen (订单导入): files chosen in the dialog are previewed off the GUI thread, row errors
are listed before anything is written, and Import writes what was previewed, all or nothing."""
from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

import ui.import_screen
from ui.import_screen import ImportScreen, Refusal
from tests.import_fixtures import TbItem, TbOrder, dump, generic_row, write_generic, write_taobao
from tests.ui_fixtures import focus, office, qt_warnings, translators  # noqa: F401 (fixtures)

pytestmark = pytest.mark.usefixtures("warehouse")


@pytest.fixture
def screen(qtbot, office, translators):  # noqa: F811 (fixtures imported above)
    translators.install("en")
    widget = ImportScreen(office)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def dialog(monkeypatch):
    """The file dialog answers with the files a test puts in `chosen` (none: the user cancelled)."""
    chosen: list[str] = []
    asked: list[str] = []

    def pick(parent, caption, folder, filters):
        asked.append(filters)
        return list(chosen), filters.split(";;")[0]

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(pick))
    return chosen, asked


def choose(qtbot, screen, dialog, *paths) -> object:
    dialog[0][:] = [str(p) for p in paths]
    with qtbot.waitSignal(screen.previewed, timeout=10_000) as blocker:
        qtbot.mouseClick(screen.choose_button, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def cells(model, column: int) -> list[str]:
    return [model.rows[row][column] for row in range(model.rowCount())]


def test_choosing_files_previews_them_and_writes_nothing_until_import(qtbot, screen, dialog, store, tmp_path):
    orders, items = write_taobao(tmp_path, [TbOrder("2611110001"), TbOrder("2611110002", status="等待买家付款", paid_at=""),
                                            TbOrder("2611110003", items=[TbItem("NO-SUCH-SKU")])])
    before = dump(store)

    choose(qtbot, screen, dialog, orders, items)

    assert dump(store) == before
    assert "nothing has been written" in screen.verdict.text()
    assert screen.tiles["new"].number.text() == "3"
    assert screen.tiles["not_shippable"].number.text() == "1"
    assert screen.tiles["unknown_sku"].number.text() == "1"
    assert cells(screen.orders_model, 1) == ["2611110001", "2611110002", "2611110003"]
    assert cells(screen.orders_model, 0) == ["add"] * 3
    assert cells(screen.orders_model, 3) == ["yes", "no", "yes"]
    assert screen.tabs.tabText(0) == "Orders (3)" and screen.tabs.tabText(2) == "Problems (0)"
    assert screen.files_label.text() == f"Files: {orders.name}  ·  {items.name}"
    assert screen.import_button.isEnabled()

    with qtbot.waitSignal(screen.imported, timeout=10_000) as blocker:
        qtbot.mouseClick(screen.import_button, Qt.MouseButton.LeftButton)

    result = blocker.args[0]
    assert (result.orders_new, result.orders_not_shippable) == (3, 1)
    assert [o.order_no for o in store.orders.find("2611110001") + store.orders.find("2611110003")] == [
        "2611110001", "2611110003"]
    assert store.imports.get(result.import_id)["user_login"] == "boss"
    assert screen.verdict.text().startswith("✓ Imported")
    assert not screen.import_button.isEnabled()          # one import per preview


def test_row_errors_are_listed_with_file_row_column_and_reason_and_import_stays_off(qtbot, screen, dialog, store,
                                                                                     tmp_path):
    bad = write_generic(tmp_path / "orders.csv", [generic_row("G1", quantity="0"), generic_row("G2"),
                                                   generic_row("G3", status="???")])
    before = dump(store)

    answer = choose(qtbot, screen, dialog, bad)

    assert isinstance(answer, Refusal)
    assert dump(store) == before
    model = screen.problems_model
    assert [row[:3] for row in model.rows] == [("orders.csv", "2", "数量"), ("orders.csv", "4", "订单状态")]
    assert "quantity must be above 0" in model.rows[0][3]
    assert screen.tabs.currentIndex() == 2 and screen.tabs.tabText(2) == "Problems (2)"
    assert screen.verdict.text() == "✗ Refused: 2 problem(s). Nothing was written."
    assert screen.tiles["new"].number.text() == "–"
    assert not screen.import_button.isEnabled()
    qtbot.keyClick(screen, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert screen.busy is None and dump(store) == before


def test_files_are_read_on_the_office_worker_not_the_gui_thread(qtbot, screen, dialog, tmp_path, monkeypatch):
    threads = []
    real = ui.import_screen.preview_files

    def spy(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(ui.import_screen, "preview_files", spy)
    choose(qtbot, screen, dialog, write_generic(tmp_path / "o.csv", [generic_row("G1")]))
    assert threads and threads[0] is not threading.main_thread()


def test_a_cancelled_dialog_changes_nothing_and_f5_previews_again(qtbot, screen, dialog, store, tmp_path):
    path = write_generic(tmp_path / "o.csv", [generic_row("G1")])
    choose(qtbot, screen, dialog, path)
    dialog[0].clear()
    qtbot.mouseClick(screen.choose_button, Qt.MouseButton.LeftButton)      # cancelled
    assert screen.paths == [str(path)] and screen.busy is None
    assert "*.csv" in dialog[1][0]

    write_generic(path, [generic_row("G1"), generic_row("G2")])
    focus(qtbot, screen.orders_table)
    with qtbot.waitSignal(screen.previewed, timeout=10_000):
        qtbot.keyClick(screen.orders_table, Qt.Key.Key_F5)
    assert cells(screen.orders_model, 1) == ["G1", "G2"]


def test_a_reimport_shows_what_happens_to_each_order(qtbot, screen, dialog, store, tmp_path):
    path = write_generic(tmp_path / "o.csv", [generic_row("G1"), generic_row("G2")])
    choose(qtbot, screen, dialog, path)
    with qtbot.waitSignal(screen.imported, timeout=10_000):
        qtbot.mouseClick(screen.import_button, Qt.MouseButton.LeftButton)

    write_generic(path, [generic_row("G1"), generic_row("G2", address="科技园路 9号"), generic_row("G3")])
    choose(qtbot, screen, dialog, path)

    assert cells(screen.orders_model, 0) == ["nothing", "update", "add"]
    assert [screen.tiles[name].number.text() for name in ("new", "changed", "unchanged")] == ["1", "1", "1"]
    focus(qtbot, screen.orders_table)
    with qtbot.waitSignal(screen.imported, timeout=10_000) as blocker:
        qtbot.keyClick(screen.orders_table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert (blocker.args[0].orders_new, blocker.args[0].orders_changed) == (1, 1)
