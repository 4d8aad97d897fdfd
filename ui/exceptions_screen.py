"""Review and exceptions (审单 / 异常), for supervisors at a desk.

The exception queue by reason (how many orders each reason holds; pick one to see only those),
and every order in the warehouse in one table that scrolls through 100,000 rows: filter by state,
shop or the start of the number, sort by a header click (the store sorts, a page at a time,
ui/sql_table.py). The order picked — or scanned — shows in detail on the right, with what can be
done with it: release it (waiving the reasons a person settled), correct its address (it is
reviewed again), merge it with orders of the same buyer and address (合单), hold it, cancel it.
Releasing and cancelling are a supervisor's decisions: they ask for the PIN, which the office
worker checks together with the change (whs_app/exceptions_queue.py).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QComboBox, QDialog, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QTabWidget, QVBoxLayout, QWidget)

from whs_app.exceptions_queue import (MERGEABLE, OrderActionRefused, approver, cancel, edit_address, find_order, hold,
                                      merge, merge_partners, needs_supervisor, release)
from whs_app.model import Order, OrderState, Reason
from whs_app.store.browse import OrderFilter, OrderQuery
from ui import pin_dialog, style
from ui.board_screen import reason_text
from ui.exception_dialogs import AddressDialog, MergeDialog, NoteDialog, ReleaseDialog
from ui.i18n import Retranslated, arg
from ui.message_line import MessageLine
from ui.office import Office
from ui.order_panel import OrderCard, OrderPanel, state_text
from ui.scanner_filter import scan_field
from ui.sql_table import Column, SqlTableModel, SqlTableView
from ui.workers import StoreWorker

translate = QCoreApplication.translate
QUEUE, ALL = 0, 1
FILTER_DELAY_MS = 300


@dataclass(frozen=True)
class Refused:
    """The core said no: nothing changed, `reason` says why."""
    reason: str


# -- jobs on the office worker ----------------------------------------------------------------------
def _counts(office: Office) -> tuple[int, dict[str, int]]:
    """Orders in the queue, and per reason."""
    store = office.store
    return store.browse.count_orders(OrderFilter(state=OrderState.EXCEPTION)), store.exceptions.open_counts_by_reason()


def _shops(office: Office) -> list[tuple[int, str, str]]:
    return office.store.browse.shops()


def _card(office: Office, order_id: int) -> OrderCard | Refused:
    store = office.store
    order = store.orders.get(order_id)
    if order is None:
        return Refused(translate("ExceptionsScreen", "That order is gone."))
    info = store.browse.order_card(order_id)
    partners = merge_partners(store, order) if order.state in MERGEABLE else []
    reasons = {p.id: [row["reason"] for row in store.exceptions.open_for(p.id)]
               for p in partners if p.state == OrderState.EXCEPTION}
    group = [o.order_no for o in store.orders.group(order.merge_leader_id or order.id)]
    return OrderCard(order, f"{info['shop_code']} {info['shop_name']}", info["carrier_code"] or "",
                     info["wave_code"] or "", store.exceptions.open_for(order_id), partners, reasons, group)


def _find(office: Office, code: str) -> OrderCard | Refused:
    try:
        return _card(office, find_order(office.store, code).id)
    except OrderActionRefused as exc:
        return Refused(str(exc))


_DECISIONS = {"release": release, "edit": edit_address, "hold": hold, "cancel": cancel, "merge": merge}


def _decide(office: Office, action: str, order_ids: list[int], approval: tuple[str, str] | None,
            *args: Any) -> tuple[str, Any] | Refused:
    """(action, the core's answer), or Refused. With an approval, the approving supervisor acts."""
    store, clock = office.store, office.clock
    try:
        actor = approver(store, clock, office.actor, *approval) if approval else office.actor
        orders = [store.orders.get(order_id) for order_id in order_ids]
        if None in orders:
            return Refused(translate("ExceptionsScreen", "That order is gone."))
        target = orders if action == "merge" else orders[0]
        return action, _DECISIONS[action](store, clock, actor, target, *args)
    except OrderActionRefused as exc:
        return Refused(str(exc))


# -- what the tables show -------------------------------------------------------------------------------
def _paid(value: str | None) -> str:
    return value[5:16] if value else "—"


def _reasons(value: str | None) -> str:
    return ", ".join(reason_text(code) for code in sorted(set(value.split(",")))) if value else ""


ORDER_NO = Column("order_no", lambda: translate("ExceptionsScreen", "Order no."), "order_no", chars=17)
PAID = Column("paid_at", lambda: translate("ExceptionsScreen", "Paid"), "paid_at", text=_paid, chars=10)
SHOP = Column("shop", lambda: translate("ExceptionsScreen", "Shop"), "shop", chars=14)
RECEIVER = Column("receiver_name", lambda: translate("ExceptionsScreen", "Receiver"), chars=6)
QUEUE_COLUMNS = [ORDER_NO, PAID, SHOP, RECEIVER,
                 Column("reasons", lambda: translate("ExceptionsScreen", "Why it is held"), text=_reasons, chars=14)]
ORDER_COLUMNS = [
    ORDER_NO,
    Column("state", lambda: translate("ExceptionsScreen", "State"), "state", text=state_text, chars=8),
    PAID, SHOP, RECEIVER,
    Column("city", lambda: translate("ExceptionsScreen", "City"), chars=6),
    Column("carrier", lambda: translate("ExceptionsScreen", "Carrier"), chars=5),
    Column("wave", lambda: translate("ExceptionsScreen", "Wave"), chars=11),
    Column("units", lambda: translate("ExceptionsScreen", "Units"), numeric=True, chars=4),
    Column("weight_kg", lambda: translate("ExceptionsScreen", "kg"), text=lambda kg: f"{kg:.2f}", numeric=True, chars=5),
]
QUEUE_QUERY = OrderQuery(OrderFilter(state=OrderState.EXCEPTION), "paid_at")
ALL_QUERY = OrderQuery(OrderFilter(), "paid_at", descending=True)


class ExceptionsScreen(Retranslated, QWidget):
    status_message = Signal(str)
    changed = Signal()              # after a decision has been made and shown

    def __init__(self, worker: StoreWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exceptionsScreen")
        self.worker = worker
        self.dialog: QDialog | None = None
        self.selected_id: int | None = None
        self.counts: tuple[int, dict[str, int]] = (0, {})
        self._stale = {QUEUE: True, ALL: True}
        self._build()
        self.addActions(self._make_actions())
        self.set_scale(style.Scale())
        self.retranslate()
        self.worker.submit("exceptions: shops", _shops, on_done=self._got_shops, on_error=self._failed)
        self.refresh()

    # -- building --------------------------------------------------------------------------------
    def _build(self) -> None:
        self.message = MessageLine("exceptionsMessage", self)
        self.views = QTabWidget(self)
        self.views.setObjectName("exceptionViews")
        self.views.addTab(self._build_queue(), "")
        self.views.addTab(self._build_orders(), "")
        self.views.currentChanged.connect(lambda _index: self._show_view())
        self.panel = OrderPanel(self)
        self.panel.action.connect(self.start)
        self.panel.setMinimumWidth(400)
        self.panel.setMaximumWidth(470)
        body = QHBoxLayout()
        body.setSpacing(8)
        body.addWidget(self.views, 1)
        body.addWidget(self.panel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.message)
        layout.addLayout(body, 1)

    def _build_queue(self) -> QWidget:
        page = QWidget(self)
        self.reason_list = QListWidget(page)
        self.reason_list.setObjectName("reasonList")
        self.reason_list.setFixedWidth(230)
        self.reason_list.setWordWrap(True)
        self.reason_list.currentItemChanged.connect(lambda _item, _old: self._reason_chosen())
        self.queue_model = SqlTableModel(self.worker, QUEUE_COLUMNS, QUEUE_QUERY, parent=self)
        self.queue_table = self._table(self.queue_model, page, "queueTable")
        layout = QHBoxLayout(page)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.reason_list)
        layout.addWidget(self.queue_table, 1)
        return page

    def _build_orders(self) -> QWidget:
        page = QWidget(self)
        self.state_filter, self.shop_filter = QComboBox(page), QComboBox(page)
        self.state_filter.setObjectName("stateFilter")
        self.shop_filter.setObjectName("shopFilter")
        self.number_filter = scan_field(QLineEdit(page))
        self.number_filter.setObjectName("numberFilter")
        self.number_filter.setClearButtonEnabled(True)
        self.number_filter.setMinimumWidth(180)
        self.shop_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.shop_filter.setMinimumContentsLength(10)
        self.state_label, self.shop_label, self.number_label = QLabel(page), QLabel(page), QLabel(page)
        for label, field in ((self.state_label, self.state_filter), (self.shop_label, self.shop_filter),
                             (self.number_label, self.number_filter)):
            label.setBuddy(field)
        self.count_label = QLabel(page)
        self.count_label.setObjectName("orderCount")
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(FILTER_DELAY_MS)
        self._typing.timeout.connect(self._filter_orders)
        self.number_filter.textEdited.connect(lambda _text: self._typing.start())
        self.state_filter.activated.connect(lambda _index: self._filter_orders())
        self.shop_filter.activated.connect(lambda _index: self._filter_orders())
        self.orders_model = SqlTableModel(self.worker, ORDER_COLUMNS, ALL_QUERY, parent=self)
        self.orders_table = self._table(self.orders_model, page, "ordersTable")
        bar = QHBoxLayout()
        for widget in (self.state_label, self.state_filter, self.shop_label, self.shop_filter, self.number_label,
                       self.number_filter):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.orders_table, 1)
        return page

    def _table(self, model: SqlTableModel, parent: QWidget, name: str) -> SqlTableView:
        table = SqlTableView(model, parent)
        table.setObjectName(name)
        table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._row_chosen(model, current))
        model.counted.connect(lambda _count: self._show_count())
        model.loaded.connect(lambda _rows: self._reselect(table))
        model.failed.connect(lambda text: self.say(arg(self.tr("Could not read the orders: %1"), text), True))
        return table

    def _make_actions(self) -> list[QAction]:
        self.refresh_action = QAction(self)
        self.refresh_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh_action.triggered.connect(self.reload)
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence("Ctrl+F"))
        self.find_action.triggered.connect(self.focus_number)
        return [self.refresh_action, self.find_action]

    def set_scale(self, scale: style.Scale) -> None:
        small = style.font(scale.px(style.SIZE_SMALL + 1))
        self.setFont(small)
        for table in (self.queue_table, self.orders_table):
            table.set_text_font(small)
            table.horizontalHeader().setFont(style.font(scale.px(style.SIZE_SMALL), bold=True))
            table.set_row_height(scale.px(32))
        self.reason_list.setFont(style.font(scale.px(style.SIZE_SMALL + 1)))
        self.panel.set_scale(scale)

    # -- language ----------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Review and exceptions")

    def retranslate(self) -> None:
        self.views.setTabText(QUEUE, self.tr("Exception queue"))
        self.views.setTabText(ALL, self.tr("All orders"))
        self.state_label.setText(self.tr("&State"))
        self.shop_label.setText(self.tr("Sho&p"))
        self.number_label.setText(self.tr("&Number starts"))
        self.number_filter.setPlaceholderText(self.tr("order number or scan"))
        self.refresh_action.setText(self.tr("Reload"))
        self.find_action.setText(self.tr("Find an order"))
        self._fill_states()
        if self.shop_filter.count():
            self.shop_filter.setItemText(0, self.tr("all shops"))
        self._show_reasons()
        self._show_count()
        for model in (self.queue_model, self.orders_model):
            model.retranslate()
        self.panel.retranslate()

    def _fill_states(self) -> None:
        current = self.state_filter.currentData()
        self.state_filter.clear()
        self.state_filter.addItem(self.tr("all states"), None)
        for state in OrderState:
            self.state_filter.addItem(state_text(state), str(state))
        self.state_filter.setCurrentIndex(max(self.state_filter.findData(current), 0))

    # -- the worker ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Coming to the front: the counts and the table in front read again."""
        self.worker.submit("exceptions: counts", _counts, on_done=self._got_counts, on_error=self._failed)
        self._stale = {QUEUE: True, ALL: True}
        self._show_view()

    def reload(self) -> None:
        self.refresh()
        if self.selected_id is not None:
            self.select(self.selected_id)

    def _show_view(self) -> None:
        """The table in front is read (again) when it is stale; the other waits until it is shown."""
        view = self.views.currentIndex()
        if self._stale.get(view):
            self._stale[view] = False
            (self.queue_model if view == QUEUE else self.orders_model).reload()

    def select(self, order_id: int) -> None:
        self.selected_id = order_id
        self.worker.submit("exceptions: order", _card, order_id, on_done=self._got_card, on_error=self._failed)

    def handle_scan(self, code: str, source: str = "scanner", started: float | None = None) -> None:
        """A scanned order number picks that order."""
        code = code.strip()
        if code:
            self.worker.submit("exceptions: find", _find, code, on_done=self._found, on_error=self._failed)

    def focus_number(self) -> None:
        self.views.setCurrentIndex(ALL)
        self.number_filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.number_filter.selectAll()

    # -- choosing --------------------------------------------------------------------------------
    def _row_chosen(self, model: SqlTableModel, current: QModelIndex) -> None:
        if current.isValid() and model.row_id(current.row()) != self.selected_id:
            self.select(model.row_id(current.row()))

    def _reselect(self, table: SqlTableView) -> None:
        """After a reload the order picked before stays picked (when its page is here); with none
        picked yet, the first row of the table in front is."""
        model = table.sql_model()
        if self.selected_id is None:
            row = 0 if model.rowCount() and table.isVisible() else None
        else:
            row = model.row_of(self.selected_id)
        selection = table.selectionModel()
        if row is not None and selection.currentIndex().row() != row:
            selection.setCurrentIndex(model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                      | QItemSelectionModel.SelectionFlag.Rows)
            table.scrollTo(model.index(row, 0))

    def _reason_chosen(self) -> None:
        item = self.reason_list.currentItem()
        reason = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if reason != self.queue_model.query.where.reason:
            where = OrderFilter(state=OrderState.EXCEPTION, reason=reason)
            self.queue_model.set_query(OrderQuery(where, self.queue_model.query.sort, self.queue_model.query.descending))

    def _filter_orders(self) -> None:
        self._typing.stop()
        where = OrderFilter(state=self.state_filter.currentData(), shop_id=self.shop_filter.currentData(),
                            number=self.number_filter.text())
        query = self.orders_model.query
        if where != query.where:
            self.orders_model.set_query(OrderQuery(where, query.sort, query.descending))

    # -- answers -----------------------------------------------------------------------------------
    def _got_counts(self, counts: tuple[int, dict[str, int]]) -> None:
        self.counts = counts
        self._show_reasons()

    def _got_shops(self, shops: list[tuple[int, str, str]]) -> None:
        self.shop_filter.clear()
        self.shop_filter.addItem(self.tr("all shops"), None)
        for shop_id, code, name in shops:
            self.shop_filter.addItem(f"{code} {name}" if name != code else code, shop_id)

    def _got_card(self, card: OrderCard | Refused) -> None:
        if isinstance(card, Refused):
            self.say(card.reason, refused=True)
            return
        if card.order.id == self.selected_id:
            self.panel.show_card(card)

    def _found(self, card: OrderCard | Refused) -> None:
        if isinstance(card, Refused):
            self.say(card.reason, refused=True)
            return
        self.selected_id = card.order.id
        self.panel.show_card(card)
        self._reselect(self.queue_table if self.views.currentIndex() == QUEUE else self.orders_table)
        self.status_message.emit(arg(self.tr("Order %1 picked"), card.order.order_no))

    def _failed(self, exc: BaseException) -> None:
        self.say(arg(self.tr("Something went wrong: %1"), f"{type(exc).__name__}: {exc}"), refused=True)

    def say(self, text: str, refused: bool = False) -> None:
        """A line above the tables: red for a refusal, green for a decision carried out."""
        self.message.say(text, refused)
        self.status_message.emit(text)

    # -- showing -----------------------------------------------------------------------------------
    def _show_reasons(self) -> None:
        total, per_reason = self.counts
        chosen = self.queue_model.query.where.reason
        self.reason_list.blockSignals(True)
        self.reason_list.clear()
        entries = [(None, self.tr("All reasons"), total)] + [
            (str(reason), reason_text(reason), per_reason[reason]) for reason in Reason if per_reason.get(reason)]
        for code, text, count in entries:
            item = QListWidgetItem(f"{text}  ({count:,})", self.reason_list)
            item.setData(Qt.ItemDataRole.UserRole, code)
            if code == chosen:
                self.reason_list.setCurrentItem(item)
        self.reason_list.blockSignals(False)

    def _show_count(self) -> None:
        model = self.orders_model
        if model.count is None:
            self.count_label.setText(self.tr("counting…"))
        else:
            self.count_label.setText(arg(self.tr("Orders: %1"), f"{model.count:,}"))

    # -- decisions ---------------------------------------------------------------------------------
    def start(self, action: str) -> None:
        """A button of the panel: the dialog that gathers the decision."""
        card = self.panel.card
        if card is None or not card.can(action):
            return
        order = card.order
        if action == "release":
            dialog = ReleaseDialog(order, [row["reason"] for row in card.reasons], self)
            dialog.accepted.connect(lambda: self._decide_as("release", [order], arg(
                self.tr("Release order %1"), order.order_no), *dialog.values()))
        elif action == "edit":
            dialog = AddressDialog(order, self)
            dialog.accepted.connect(lambda: self._decide_as("edit", [order], "", *dialog.values()))
        elif action == "merge":
            dialog = MergeDialog(order, card.partners, card.partner_reasons, self)
            dialog.accepted.connect(lambda: self._decide_as("merge", dialog.chosen_orders(), arg(
                self.tr("Merge orders from the exception queue into %1's parcel"), order.order_no), *dialog.values()))
        elif action == "hold":
            dialog = NoteDialog(arg(self.tr("Hold order %1: it leaves its wave and gives back its stock, and waits "
                                            "in the exception queue until someone releases it."), order.order_no),
                                self.tr("Hold"), "holdDialog", self)
            dialog.accepted.connect(lambda: self._decide_as("hold", [order], "", dialog.values()))
        else:
            dialog = NoteDialog(arg(self.tr("Cancel order %1: it will not ship. Its stock goes back and it leaves "
                                            "its wave and merge group."), order.order_no),
                                self.tr("Cancel order…"), "cancelDialog", self)
            dialog.accepted.connect(lambda: self._decide_as("cancel", [order], arg(
                self.tr("Cancel order %1"), order.order_no), dialog.values()))
        self._open(dialog)

    def _decide_as(self, action: str, orders: list[Order], reason: str, *args: Any) -> None:
        """The decision to the worker; a supervisor's (exceptions_queue.needs_supervisor) takes their login and
        PIN first, the dialog saying `reason` (checked on the worker with the change)."""
        approval = None
        if needs_supervisor(action, orders):
            approval = pin_dialog.ask_supervisor_pin(self, reason)
            if approval is None:
                self.say(self.tr("Not done: no supervisor approved it."), refused=True)
                return
        self._submit(action, [order.id for order in orders], approval, *args)

    def _submit(self, action: str, order_ids: list[int], approval: tuple[str, str] | None, *args: Any) -> None:
        self.worker.submit(f"exceptions: {action}", _decide, action, order_ids, approval, *args,
                           on_done=self._decided, on_error=self._failed)

    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.finished.connect(lambda _code: setattr(self, "dialog", None))
        dialog.open()

    def _decided(self, answer: tuple[str, Any] | Refused) -> None:
        if isinstance(answer, Refused):
            self.say(answer.reason, refused=True)
            return
        action, result = answer
        self.say(self._outcome(action, result))
        self.refresh()
        if self.selected_id is not None:
            self.select(self.selected_id)
        self.changed.emit()

    def _outcome(self, action: str, result: Any) -> str:
        order_no = self.panel.card.order.order_no if self.panel.card else ""
        if action == "merge":
            return arg(self.tr("%1 now ship as one parcel under %2."), ", ".join(result.orders), result.leader)
        if action == "hold":
            return arg(self.tr("Order %1 is held in the exception queue."), order_no)
        if action == "cancel":
            return arg(self.tr("Order %1 is cancelled; its stock is back."), order_no)
        if result.ready:
            return arg(self.tr("Order %1 is ready to ship."), order_no)
        reasons = ", ".join(reason_text(code) for code in result.exceptions_by_reason)
        return arg(self.tr("Order %1 was reviewed again and is still held: %2"), order_no, reasons)
