"""The review and exceptions screen, driven through its widgets on the office worker: the queue by
reason, release with a waiver and the supervisor's PIN, cancel, hold, edit the address, merge,
scan to pick an order, and the all-orders table over 100,000 orders read a page at a time and
sorted by the store."""
import random
import time

import pytest
from PySide6.QtCore import QPoint, Qt

from whs_app.model import NewOrder, OrderState, PlatformStatus
from ui import pin_dialog
from ui.exceptions_screen import ALL, ExceptionsScreen
from ui.sql_table import PAGE_SIZE
from tests.review_fixtures import new_order, open_reasons, reviewed
from tests.ui_fixtures import Keyboard, make_app, office, qt_warnings, translators  # noqa: F401  (fixtures)


@pytest.fixture
def approvals(monkeypatch):
    """The supervisor's answers to the PIN dialog, in turn (a missing one: cancelled); asked reasons kept."""
    answers, asked = [], []

    def ask(parent, reason):
        asked.append(reason)
        return answers.pop(0) if answers else None

    monkeypatch.setattr(pin_dialog, "ask_supervisor_pin", ask)
    return answers, asked


@pytest.fixture
def show(qtbot, office):
    def make() -> ExceptionsScreen:
        screen = ExceptionsScreen(office)
        qtbot.addWidget(screen)
        screen.resize(1366, 680)
        screen.show()
        qtbot.waitExposed(screen)
        settle(qtbot, screen)
        return screen
    return make


def settle(qtbot, screen):
    qtbot.waitUntil(lambda: screen.worker.busy == 0, timeout=10_000)


def order_id(store, number):
    return store.orders.find(number)[0].id


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def pick(qtbot, screen, number):
    """Click the order's row in the table in front and wait for its details."""
    table = screen.queue_table if screen.views.currentIndex() == 0 else screen.orders_table
    model = table.sql_model()
    row = next(r for r in range(model.rowCount()) if model.values(r)["order_no"] == number)
    table.scrollTo(model.index(row, 0))
    rect = table.visualRect(model.index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: screen.panel.card is not None and screen.panel.card.order.order_no == number)


def decide(qtbot, screen, action):
    """Click the panel's button for the action; returns the dialog it opened."""
    click(qtbot, screen.panel.buttons[action])
    qtbot.waitUntil(lambda: screen.dialog is not None and screen.dialog.isVisible())
    return screen.dialog


def confirm(qtbot, screen, dialog):
    click(qtbot, dialog.ok_button())
    settle(qtbot, screen)


def queue_numbers(screen):
    model = screen.queue_model
    return [model.values(row)["order_no"] for row in range(model.rowCount())]


@pytest.fixture
def held(store, warehouse, clock, actor):
    """A: no street address; B: a message asking for an exchange; C: ready; D: ready, same buyer as B."""
    return reviewed(store, clock, actor, new_order("A", address=""),
                    new_order("B", buyer="tb_x", buyer_message="换货，换成L码"), new_order("C"),
                    new_order("D", buyer="tb_x", paid_at="2026-11-11 00:30:00"))


def test_the_queue_counts_each_reason_and_shows_one_reason_when_picked(qtbot, show, held):
    screen = show()
    assert queue_numbers(screen) == ["A", "B"]
    texts = [screen.reason_list.item(row).text() for row in range(screen.reason_list.count())]
    assert texts == ["All reasons  (2)", "Incomplete address  (1)", "Message needs a person  (1)"]
    assert screen.panel.card.order.order_no == "A"          # the first held order is shown at once
    assert "Incomplete address" in screen.panel.body.text() and screen.panel.buttons["release"].isEnabled()
    item = screen.reason_list.item(2)
    click_at = screen.reason_list.visualItemRect(item).center()
    qtbot.mouseClick(screen.reason_list.viewport(), Qt.MouseButton.LeftButton, pos=click_at)
    settle(qtbot, screen)
    assert queue_numbers(screen) == ["B"]


def test_release_with_a_waiver_asks_for_the_pin_and_the_supervisor_is_audited(qtbot, show, held, store, approvals):
    answers, asked = approvals
    screen = show()
    pick(qtbot, screen, "B")
    dialog = decide(qtbot, screen, "release")
    dialog.waivers["message_keyword"].setChecked(True)
    dialog.note.setText("客服已确认换货")
    answers.append(("boss", "2468"))
    confirm(qtbot, screen, dialog)
    assert asked == ["Release order B"]
    assert screen.message.text() == "✓ Order B is ready to ship."
    released = store.orders.get(held[1], with_lines=False)
    assert released.state == OrderState.READY
    event = [e for e in store.audit.for_entity("order", held[1]) if e["action"] == "order.released"][0]
    assert (event["user_login"], event["station"]) == ("boss", "P01")
    assert queue_numbers(screen) == ["A"] and screen.panel.card.order.state == OrderState.READY


def test_a_wrong_or_missing_pin_changes_nothing(qtbot, show, held, store, approvals):
    answers, _ = approvals
    screen = show()
    pick(qtbot, screen, "B")
    answers.append(("boss", "0000"))
    dialog = decide(qtbot, screen, "release")
    dialog.waivers["message_keyword"].setChecked(True)
    confirm(qtbot, screen, dialog)
    assert "wrong PIN" in screen.message.text() and screen.message.text().startswith("✗")
    confirm(qtbot, screen, decide(qtbot, screen, "cancel"))   # no answer: the supervisor cancelled the PIN
    assert screen.message.text() == "✗ Not done: no supervisor approved it."
    assert open_reasons(store, held[1]) == ["message_keyword"]
    assert store.orders.get(held[1], with_lines=False).state == OrderState.EXCEPTION


def test_cancel_with_the_pin(qtbot, show, held, store, approvals):
    answers, asked = approvals
    screen = show()
    pick(qtbot, screen, "A")
    dialog = decide(qtbot, screen, "cancel")
    dialog.note.setText("买家不要了")
    answers.append(("boss", "2468"))
    confirm(qtbot, screen, dialog)
    assert asked == ["Cancel order A"] and "is cancelled" in screen.message.text()
    assert store.orders.get(held[0], with_lines=False).state == OrderState.CANCELLED
    assert queue_numbers(screen) == ["B"]
    assert not screen.panel.buttons["cancel"].isEnabled() and not screen.panel.buttons["release"].isEnabled()


def test_edit_the_address_and_the_order_is_reviewed_again(qtbot, show, held, store, approvals):
    screen = show()
    pick(qtbot, screen, "A")
    dialog = decide(qtbot, screen, "edit")
    assert dialog.fields["city"].text() == "南京市"
    dialog.fields["address"].setText("中山路 8 号")
    confirm(qtbot, screen, dialog)
    assert screen.message.text() == "✓ Order A is ready to ship."
    assert store.orders.get(held[0], with_lines=False).address == "中山路 8 号"
    assert "中山路 8 号" in screen.panel.body.text() and approvals[1] == []   # no PIN for an address


def test_merge_releases_a_queued_order_into_the_parcel_with_the_pin(qtbot, show, held, store, approvals):
    answers, asked = approvals
    screen = show()
    pick(qtbot, screen, "B")
    assert "Same buyer and address" in screen.panel.body.text() and "D (ready)" in screen.panel.body.text()
    dialog = decide(qtbot, screen, "merge")
    assert [dialog.orders.item(r).text().split()[0] for r in range(dialog.orders.count())] == ["D", "B"]
    dialog.orders.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.waivers["message_keyword"].setChecked(True)
    answers.append(("boss", "2468"))
    confirm(qtbot, screen, dialog)
    assert len(asked) == 1 and screen.message.text() == "✓ D, B now ship as one parcel under D."
    assert store.orders.get(held[1], with_lines=False).merge_leader_id == held[3]
    assert "Ships as one parcel with" in screen.panel.body.text()


def test_hold_a_ready_order_from_the_all_orders_view(qtbot, show, held, store, approvals):
    screen = show()
    screen.views.setCurrentIndex(ALL)
    settle(qtbot, screen)
    assert screen.count_label.text() == "Orders: 4"
    pick(qtbot, screen, "C")
    dialog = decide(qtbot, screen, "hold")
    dialog.note.setText("买家电话要求暂缓")
    confirm(qtbot, screen, dialog)
    assert "is held" in screen.message.text() and open_reasons(store, held[2]) == ["manual_hold"]
    assert screen.panel.card.order.state == OrderState.EXCEPTION and approvals[1] == []


def test_a_scanned_order_number_picks_that_order(qtbot, show, held, store):
    screen = show()
    with qtbot.waitSignal(screen.status_message, timeout=5000) as said:
        screen.handle_scan("B\r", "scanner")
    assert said.args == ["Order B picked"] and screen.panel.card.order.order_no == "B"
    assert screen.queue_table.selectionModel().currentIndex().row() == 1
    screen.handle_scan("NOPE", "scanner")
    settle(qtbot, screen)
    assert "no order NOPE" in screen.message.text() and screen.panel.card.order.order_no == "B"


def test_a_scan_through_the_app_reaches_the_screen_in_front(qtbot, make_app, store, warehouse, clock, actor):
    reviewed(store, clock, actor, new_order("2611110000000001", address=""), new_order("2611110000000777", address=""))
    app = make_app()
    screen = ExceptionsScreen(app.office)
    app.window.add_screen(screen)
    app.window.tabs.setCurrentIndex(app.window.stack.indexOf(screen))
    settle(qtbot, screen)
    with qtbot.waitSignal(screen.status_message, timeout=5000):
        Keyboard(app.window).scan("2611110000000777")
    assert screen.panel.title.text() == "2611110000000777"
    assert screen.queue_table.selectionModel().currentIndex().row() == 1


def test_filters_on_the_all_orders_view(qtbot, show, held, store):
    screen = show()
    screen.views.setCurrentIndex(ALL)
    settle(qtbot, screen)
    screen.state_filter.setCurrentIndex(screen.state_filter.findData("ready"))
    screen.state_filter.activated.emit(screen.state_filter.currentIndex())
    settle(qtbot, screen)
    assert screen.count_label.text() == "Orders: 2"
    screen.number_filter.setFocus()
    qtbot.keyClicks(screen.number_filter, "D")
    qtbot.waitUntil(lambda: screen.orders_model.query.where.number == "D")
    settle(qtbot, screen)
    assert screen.orders_model.rowCount() == 1 and screen.count_label.text() == "Orders: 1"


# -- 100,000 orders ------------------------------------------------------------------------------------------------
@pytest.fixture
def many(store, warehouse, clock):
    """100,000 ready orders with numbers and payment times in random order (inserted as an import would)."""
    rng = random.Random(11)
    numbers = rng.sample(range(10 ** 15, 10 ** 16), 100_000)
    rows = [(warehouse.shop_id, OrderState.READY, f"h{n}", NewOrder(
        "tmall-main", str(n), PlatformStatus.PAID, paid_at=f"2026-11-11 {rng.randrange(24):02d}:{rng.randrange(60):02d}:00",
        receiver_name="王小明")) for n in numbers]
    with store.transaction():
        store.orders.insert_many(rows, "2026-11-11 08:00:00", None, {})
    return sorted(str(n) for n in numbers)


def test_a_hundred_thousand_orders_come_a_page_at_a_time_and_sort_in_sql(qtbot, show, many, store):
    screen = show()
    screen.views.setCurrentIndex(ALL)
    settle(qtbot, screen)
    model, table = screen.orders_model, screen.orders_table
    assert model.count == 100_000 and model.rowCount() == PAGE_SIZE and screen.count_label.text() == "Orders: 100,000"
    table.scrollToBottom()      # the view asks for the next page as the last row comes into sight
    qtbot.waitUntil(lambda: model.rowCount() == 2 * PAGE_SIZE, timeout=5000)
    settle(qtbot, screen)
    assert model.rowCount() == 2 * PAGE_SIZE
    header = table.horizontalHeader()
    started = time.perf_counter()
    click_header(qtbot, header, 0)
    qtbot.waitUntil(lambda: model.rowCount() == PAGE_SIZE and not model.loading, timeout=5000)
    elapsed = time.perf_counter() - started
    assert [model.values(r)["order_no"] for r in range(PAGE_SIZE)] == many[:PAGE_SIZE]
    assert model.query.sort == "order_no" and header.sortIndicatorSection() == 0 and elapsed < 2.0
    click_header(qtbot, header, 0)
    qtbot.waitUntil(lambda: not model.loading and model.rowCount() > 0 and model.values(0)["order_no"] == many[-1],
                    timeout=5000)
    assert model.rowCount() == PAGE_SIZE and model.query.descending
    click_header(qtbot, header, 4)     # Receiver: the store cannot sort by it, so the click changes nothing
    settle(qtbot, screen)
    assert model.query.sort == "order_no" and header.sortIndicatorSection() == 0


def click_header(qtbot, header, section):
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(header.sectionPosition(section) + 12, 10))
