"""Waves and carriers (波次 / 快递), for supervisors at a desk.

Waves: plan waves from the ready orders (Ctrl+P: carriers are assigned first, then the waves are
cut per carrier pickup batch), see every wave with its state and picking progress, and release
the chosen ones to the floor (Ctrl+R): pickers work only on released waves.

Carriers: each carrier's load against its capacity and what the last assignment run gave it,
its pickup batches (time, capacity, how full) and its waybill ranges (drill ranges marked);
why an order got its carrier. Changing a pickup batch or loading a waybill range needs a
supervisor's PIN, checked on the office worker together with the change (`whs_app/carriers/edits.py`).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QItemSelectionModel, QRegularExpression, Qt, QTime, Signal
from PySide6.QtGui import QAction, QColor, QRegularExpressionValidator
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QSpinBox, QTableWidget,
                               QTableWidgetItem, QTabWidget, QTextBrowser, QTimeEdit, QVBoxLayout, QWidget)

from whs_app.carriers.edits import CarrierEditRefused, add_waybill_range, set_pickup
from whs_app.carriers.explain import Explanation, explain
from whs_app.carriers.monitor import CarrierLoad, carrier_board
from whs_app.exceptions_queue import OrderActionRefused
from whs_app.wave_release import release_waves
from whs_app.waves import WaveError, WavePlan, plan_waves
from ui import pin_dialog, style
from ui.i18n import Retranslated, arg
from ui.message_line import MessageLine
from ui.office import Office
from ui.pick_screen import kind_text, status_text
from ui.scanner_filter import scan_field
from ui.shortcuts import shortcut_actions
from ui.workers import StoreWorker

OPEN_WAVES = "open"
FILTERS = (OPEN_WAVES, "", "planned", "picking", "picked", "closed")
MAX_CAPACITY = 10_000_000


@dataclass(frozen=True)
class Refused:
    """A step the core refused: nothing changed, `reason` says why."""
    reason: str


@dataclass(frozen=True)
class CarrierView:
    board: list[CarrierLoad]
    ranges: dict[str, list[dict]]      # carrier code -> its ranges, real and drill ('drill': bool)
    last_run: dict | None


# -- jobs on the office worker ---------------------------------------------------------------------
def _refusable(fn: Callable[..., Any], *args: Any) -> Any:
    try:
        return fn(*args)
    except (WaveError, CarrierEditRefused, OrderActionRefused) as exc:
        return Refused(str(exc))


def _waves(office: Office, status: str) -> list[dict]:
    if status == OPEN_WAVES:
        return [w for w in office.store.waves.summaries() if w["status"] in ("planned", "picking")]
    return office.store.waves.summaries(status or None)


def _plan(office: Office) -> WavePlan:
    return plan_waves(office.store, office.clock, office.actor)


def _release(office: Office, codes: list[str]) -> list[str] | Refused:
    return _refusable(release_waves, office.store, office.clock, office.actor, codes)


def _carriers(office: Office) -> CarrierView:
    store = office.store
    board = carrier_board(store, office.clock.now().date().isoformat())
    ranges = {}
    for carrier in store.carriers.all():
        ranges[carrier.code] = [{**row, "drill": drill} for drill in (False, True)
                                for row in store.carrier_setup.ranges(carrier.id, drill)]
    return CarrierView(board, ranges, store.assignments.latest_run())


def _set_pickup(office: Office, code: str, label: str, at: str, capacity: int, login: str, pin: str):
    return _refusable(set_pickup, office.store, office.clock, office.actor, code, label, at, capacity, login, pin)


def _add_range(office: Office, code: str, prefix: str, first: str, last: str, login: str, pin: str):
    return _refusable(add_waybill_range, office.store, office.clock, office.actor, code, prefix, first, last,
                      login, pin)


def _why(office: Office, order_no: str) -> Explanation | Refused:
    return _refusable(explain, office.store, office.clock, order_no)


# -- small widgets -----------------------------------------------------------------------------------
def make_table(parent: QWidget, stretch: int, multi: bool = False) -> QTableWidget:
    """A read-only table whose column `stretch` takes the room the others leave."""
    table = QTableWidget(parent)
    table.setProperty("stretch", stretch)
    table.setFont(style.font(style.SIZE_SMALL + 1))
    table.setStyleSheet("QTableView::item { padding: 0px 8px; } QHeaderView::section { padding: 2px 8px; }")
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                           else QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.horizontalHeader().setHighlightSections(False)
    table.horizontalHeader().setStretchLastSection(False)
    return table


def fill(table: QTableWidget, headers: list[str], rows: list[list[str]], numeric: set[int] = frozenset(),
         colours: dict[tuple[int, int], str] | None = None) -> None:
    """Replace the table's content, keeping the selected rows by their first cell."""
    chosen = {table.item(i.row(), 0).text() for i in table.selectionModel().selectedRows() if table.item(i.row(), 0)}
    table.setSortingEnabled(False)
    table.clearContents()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if c in numeric:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if colours and (r, c) in colours:
                item.setForeground(QColor(colours[(r, c)]))
            table.setItem(r, c, item)
    keep = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for r, row in enumerate(rows):
        if row and row[0] in chosen:
            table.selectionModel().select(table.model().index(r, 0), keep)
    header = table.horizontalHeader()
    for column in range(len(headers)):
        mode = QHeaderView.ResizeMode.Stretch if column == table.property("stretch") else \
            QHeaderView.ResizeMode.ResizeToContents
        header.setSectionResizeMode(column, mode)


def percent(value: float | None) -> str:
    return "-" if value is None else f"{value:.0%}"


def load_colour(value: float | None) -> str | None:
    if value is None:
        return None
    return style.REFUSED_BG if value >= 1 else ("#E65100" if value >= 0.9 else None)


def form_dialog_layout(dialog: QDialog, rows: list[tuple[str, QWidget]]) -> None:
    """Lay `dialog` out as its labelled fields above OK and Cancel, fields and buttons in large type."""
    form = QFormLayout()
    for label, field in rows:
        form.addRow(label, field)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(buttons)
    for widget in (*(field for _label, field in rows), buttons):
        widget.setFont(style.font(style.SIZE_HEADER))


class PickupDialog(QDialog):
    """A pickup batch's time and capacity (and its label, when it is new)."""

    def __init__(self, carrier: str, batch: dict | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pickupDialog")
        self.setWindowTitle(arg(self.tr("Pickup batch of %1"), carrier))
        self.label = scan_field(QLineEdit(self))
        self.label.setObjectName("pickupLabel")
        self.time = QTimeEdit(self)
        self.time.setObjectName("pickupTime")
        self.time.setDisplayFormat("HH:mm")
        self.capacity = QSpinBox(self)
        self.capacity.setObjectName("pickupCapacity")
        self.capacity.setRange(1, MAX_CAPACITY)
        if batch is not None:
            self.label.setText(batch["label"])
            self.label.setReadOnly(True)      # waves and parcels name their batch by its label
            self.time.setTime(QTime.fromString(batch["pickup_at"], "HH:mm"))
            self.capacity.setValue(batch["capacity"])
        else:
            self.time.setTime(QTime(18, 0))
            self.capacity.setValue(1000)
        form_dialog_layout(self, [(self.tr("Label"), self.label), (self.tr("Pickup time"), self.time),
                                  (self.tr("Capacity (parcels)"), self.capacity)])
        (self.time if batch is not None else self.label).setFocus()

    def values(self) -> tuple[str, str, int]:
        return self.label.text().strip(), self.time.time().toString("HH:mm"), self.capacity.value()


class RangeDialog(QDialog):
    """A waybill number range from the carrier's branch: prefix, first and last number."""

    def __init__(self, carrier: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rangeDialog")
        self.setWindowTitle(arg(self.tr("New waybill range for %1"), carrier))
        self.prefix, self.first, self.last = (scan_field(QLineEdit(self)) for _ in range(3))
        self.prefix.setObjectName("rangePrefix")
        self.first.setObjectName("rangeFirst")
        self.last.setObjectName("rangeLast")
        digits = QRegularExpressionValidator(QRegularExpression(r"\d{1,30}"), self)
        for field in (self.first, self.last):
            field.setValidator(digits)
        form_dialog_layout(self, [(self.tr("Prefix"), self.prefix), (self.tr("First number"), self.first),
                                  (self.tr("Last number (its digits set the width)"), self.last)])
        self.prefix.setText(carrier)
        self.first.setFocus()

    def values(self) -> tuple[str, str, str]:
        return self.prefix.text().strip(), self.first.text().strip(), self.last.text().strip()


class WavesScreen(Retranslated, QWidget):
    status_message = Signal(str)
    changed = Signal()               # after a plan, release or carrier change has been shown

    def __init__(self, worker: StoreWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wavesScreen")
        self.worker = worker
        self.wave_rows: list[dict] = []
        self.carrier_view: CarrierView | None = None
        self.plan_result: WavePlan | None = None
        self.explanation: Explanation | None = None
        self.dialog: QDialog | None = None
        self._build()
        self.addActions(self._make_actions())
        self.retranslate()
        self.refresh()

    # -- building --------------------------------------------------------------------------------
    def _build(self) -> None:
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("wavesTabs")
        self.tabs.addTab(self._build_waves(), "")
        self.tabs.addTab(self._build_carriers(), "")
        self.message = MessageLine("wavesMessage", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        self.setFont(style.font(style.SIZE_SMALL + 1))

    def _build_waves(self) -> QWidget:
        page = QWidget(self)
        self.plan_button, self.release_button, self.refresh_button = QPushButton(page), QPushButton(page), QPushButton(page)
        self.plan_button.setObjectName("planWaves")
        self.release_button.setObjectName("releaseWaves")
        self.plan_button.clicked.connect(self.plan)
        self.release_button.clicked.connect(self.release_selected)
        self.refresh_button.clicked.connect(self.refresh)
        self.filter_label = QLabel(page)
        self.filter = QComboBox(page)
        self.filter.setObjectName("waveFilter")
        self.filter.currentIndexChanged.connect(lambda _index: self.refresh_waves())
        self.filter_label.setBuddy(self.filter)
        bar = QHBoxLayout()
        for widget in (self.plan_button, self.release_button, self.refresh_button):
            widget.setMinimumHeight(36)
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.filter_label)
        bar.addWidget(self.filter)
        self.plan_summary = QLabel(page)
        self.plan_summary.setObjectName("planSummary")
        self.plan_summary.setWordWrap(True)
        self.plan_summary.setTextFormat(Qt.TextFormat.RichText)
        self.wave_table = make_table(page, 5, multi=True)
        self.wave_table.setObjectName("waveTable")
        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        layout.addWidget(self.plan_summary)
        layout.addWidget(self.wave_table, 1)
        return page

    def _build_carriers(self) -> QWidget:
        page = QWidget(self)
        self.run_label = QLabel(page)
        self.run_label.setObjectName("lastRun")
        self.run_label.setWordWrap(True)
        self.board_table = make_table(page, 7)
        self.board_table.setObjectName("carrierBoard")
        self.board_table.itemSelectionChanged.connect(self._show_carrier)
        self.batches_box, self.ranges_box, self.why_box = QGroupBox(page), QGroupBox(page), QGroupBox(page)
        self.batch_table = make_table(self.batches_box, 3)
        self.batch_table.setObjectName("batchTable")
        self.edit_batch, self.add_batch = QPushButton(self.batches_box), QPushButton(self.batches_box)
        self.edit_batch.setObjectName("editBatch")
        self.add_batch.setObjectName("addBatch")
        self.edit_batch.clicked.connect(self.edit_selected_batch)
        self.add_batch.clicked.connect(lambda: self.open_pickup_dialog(None))
        self.range_table = make_table(self.ranges_box, 0)
        self.range_table.setObjectName("rangeTable")
        self.add_range = QPushButton(self.ranges_box)
        self.add_range.setObjectName("addRange")
        self.add_range.clicked.connect(self.open_range_dialog)
        self.why_entry = scan_field(QLineEdit(self.why_box))
        self.why_entry.setObjectName("whyOrder")
        self.why_entry.returnPressed.connect(self.ask_why)
        self.why_button = QPushButton(self.why_box)
        self.why_button.clicked.connect(self.ask_why)
        self.why_text = QTextBrowser(self.why_box)
        self.why_text.setObjectName("whyText")
        self._box(self.batches_box, self.batch_table, [self.edit_batch, self.add_batch])
        self._box(self.ranges_box, self.range_table, [self.add_range])
        why_row = QHBoxLayout()
        why_row.addWidget(self.why_entry, 1)
        why_row.addWidget(self.why_button)
        why = QVBoxLayout(self.why_box)
        why.addLayout(why_row)
        why.addWidget(self.why_text, 1)
        lower = QHBoxLayout()
        lower.addWidget(self.batches_box, 4)
        lower.addWidget(self.ranges_box, 6)
        lower.addWidget(self.why_box, 3)
        layout = QVBoxLayout(page)
        layout.addWidget(self.run_label)
        layout.addWidget(self.board_table, 1)
        layout.addLayout(lower, 1)
        return page

    @staticmethod
    def _box(box: QGroupBox, table: QTableWidget, buttons: list[QPushButton]) -> None:
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(table, 1)
        layout.addLayout(row)

    def _make_actions(self) -> list[QAction]:
        return shortcut_actions(self, (("Ctrl+P", self.plan), ("Ctrl+R", self.release_selected), ("F5", self.refresh),
                                       ("Ctrl+W", self.focus_why)))

    # -- text in the installed language ------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Waves and carriers")

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Waves"))
        self.tabs.setTabText(1, self.tr("Carriers"))
        self.plan_button.setText(self.tr("Plan waves (Ctrl+P)"))
        self.release_button.setText(self.tr("Release selected (Ctrl+R)"))
        self.refresh_button.setText(self.tr("Refresh (F5)"))
        self.filter_label.setText(self.tr("&Show:"))
        index = max(self.filter.currentIndex(), 0)
        self.filter.blockSignals(True)
        self.filter.clear()
        for value in FILTERS:
            self.filter.addItem(self._filter_text(value), value)
        self.filter.setCurrentIndex(index)
        self.filter.blockSignals(False)
        self.batches_box.setTitle(self.tr("Pickup batches"))
        self.ranges_box.setTitle(self.tr("Waybill ranges"))
        self.why_box.setTitle(self.tr("Why this carrier? (Ctrl+W)"))
        self.edit_batch.setText(self.tr("Edit batch…"))
        self.add_batch.setText(self.tr("Add batch…"))
        self.add_range.setText(self.tr("Add range…"))
        self.why_entry.setPlaceholderText(self.tr("order number + Enter"))
        self.why_button.setText(self.tr("Why?"))
        self._show_waves()
        self._show_plan()
        self._show_carriers()
        self._show_why()

    def _filter_text(self, value: str) -> str:
        return {OPEN_WAVES: self.tr("waves still to pick"), "": self.tr("all waves")}.get(value) or status_text(value)

    # -- the worker --------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.refresh_waves()
        self.worker.submit("waves: carriers", _carriers, on_done=self._got_carriers, on_error=self._failed)

    def refresh_waves(self) -> None:
        status = self.filter.currentData() if self.filter.count() else OPEN_WAVES
        self.worker.submit("waves: list", _waves, status if status is not None else OPEN_WAVES,
                           on_done=self._got_waves, on_error=self._failed)

    def handle_scan(self, code: str, source: str = "scanner", started: float | None = None) -> None:
        """A scanned order number asks why it has its carrier."""
        self.tabs.setCurrentIndex(1)
        self.why_entry.setText(code.strip())
        self.ask_why()

    def plan(self) -> None:
        self.plan_button.setEnabled(False)
        self.status_message.emit(self.tr("Planning waves…"))
        self.worker.submit("waves: plan", _plan, on_done=self._planned, on_error=self._failed)

    def release_selected(self) -> None:
        codes = [self.wave_table.item(index.row(), 0).text()
                 for index in sorted(self.wave_table.selectionModel().selectedRows(), key=lambda i: i.row())]
        if not codes:
            self.say(self.tr("Select the waves to release first."), refused=True)
            return
        self.worker.submit("waves: release", _release, codes, on_done=self._released, on_error=self._failed)

    def ask_why(self) -> None:
        order_no = self.why_entry.text().strip()
        if order_no:
            self.worker.submit("carriers: why", _why, order_no, on_done=self._got_why, on_error=self._failed)

    def focus_why(self) -> None:
        self.tabs.setCurrentIndex(1)
        self.why_entry.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.why_entry.selectAll()

    # -- answers -----------------------------------------------------------------------------------
    def _planned(self, plan: WavePlan) -> None:
        self.plan_button.setEnabled(True)
        self.plan_result = plan
        self._show_plan()
        self.say(arg(self.tr("%1 waves planned. Select the ones to send to the floor and release them."),
                     len(plan.waves)))
        self.refresh()
        self.changed.emit()

    def _released(self, result: list[str] | Refused) -> None:
        if isinstance(result, Refused):
            self.say(result.reason, refused=True)
            return
        self.say(arg(self.tr("Released to the floor: %1"), ", ".join(result)))
        self.refresh_waves()
        self.changed.emit()

    def _got_waves(self, rows: list[dict]) -> None:
        self.wave_rows = rows
        self._show_waves()

    def _got_carriers(self, view: CarrierView) -> None:
        self.carrier_view = view
        self._show_carriers()

    def _got_why(self, found: Explanation | Refused) -> None:
        if isinstance(found, Refused):
            self.explanation = None
            self.why_text.setPlainText(found.reason)
            return
        self.explanation = found
        self._show_why()

    def _failed(self, exc: BaseException) -> None:
        self.plan_button.setEnabled(True)
        self.say(arg(self.tr("Something went wrong: %1"), f"{type(exc).__name__}: {exc}"), refused=True)

    def say(self, text: str, refused: bool = False) -> None:
        """A line above the tabs: red for a refusal, green for a step done."""
        self.message.say(text, refused)
        self.status_message.emit(text)

    # -- showing -----------------------------------------------------------------------------------
    def _show_waves(self) -> None:
        headers = [self.tr("Wave"), self.tr("Carrier"), self.tr("Pickup"), self.tr("Kind"), self.tr("State"),
                   self.tr("Released"), self.tr("Orders"), self.tr("Parcels"), self.tr("Units"), self.tr("Bins picked")]
        rows, colours = [], {}
        for r, w in enumerate(self.wave_rows):
            released = (f"{w['released_at'][5:16]} {w['released_by'] or ''}".strip() if w["released_at"]
                        else self.tr("not released"))
            if not w["released_at"]:
                colours[(r, 5)] = "#E65100"
            rows.append([w["code"], w["carrier_code"], w["pickup_batch"] or "-", kind_text(w["kind"]),
                         status_text(w["status"]), released, str(w["orders"]), str(w["parcels"]), str(w["units"]),
                         f"{w['confirmed']} / {w['bins']}"])
        fill(self.wave_table, headers, rows, {6, 7, 8, 9}, colours)

    def _show_plan(self) -> None:
        plan = self.plan_result
        if plan is None:
            self.plan_summary.setText(self.tr("Plan waves makes waves from the orders ready to ship today, per "
                                              "carrier and pickup batch. New waves wait here until you release "
                                              "them."))
            return
        assigned = plan.assignment.get("assigned", {}) if plan.assignment else {}
        parts = [arg(self.tr("<b>%1 waves</b>, %2 orders"), len(plan.waves), sum(w.orders for w in plan.waves))]
        if assigned:
            parts.append(arg(self.tr("carriers assigned: %1"), ", ".join(f"{c} {n}" for c, n in assigned.items())))
        if plan.waiting:
            parts.append(arg(self.tr("over pickup capacity, waiting: %1"),
                             ", ".join(f"{c} {n}" for c, n in sorted(plan.waiting.items()))))
        exceptions = sum((plan.assignment or {}).get("exceptions", {}).values())
        if exceptions:
            parts.append(arg(self.tr("to exceptions: %1"), exceptions))
        alerts = (plan.assignment or {}).get("alerts", [])
        text = " · ".join(parts) + "".join(f"<br><span style='color:{style.REFUSED_BG}'>⚠ {a}</span>" for a in alerts)
        self.plan_summary.setText(text)

    def _show_carriers(self) -> None:
        view = self.carrier_view
        if view is None:
            return
        self.run_label.setText(self._run_text(view.last_run))
        taken = {code: info.get("taken", 0) for code, info in
                 (_run_summary(view.last_run).get("limits") or {}).items()}
        headers = [self.tr("Carrier"), self.tr("Name"), self.tr("State"), self.tr("Waved"), self.tr("Assigned"),
                   self.tr("Capacity"), self.tr("Load"), self.tr("Room (binding cap)"), self.tr("Waybills free"),
                   self.tr("Last run")]
        rows, colours = [], {}
        for r, c in enumerate(view.board):
            state = self.tr("in service") if c.active else arg(self.tr("out: %1"), c.out_reason or "-")
            pool = f"{c.pool.free}" + ("  ⚠ " + self.tr("low") if c.pool.low else "")
            room = "∞" if c.room is None else f"{c.room} ({c.binding})"
            capacity = "∞" if c.capacity is None else str(c.capacity)
            rows.append([c.code, c.name, state, str(c.waved), str(c.assigned), capacity, percent(c.utilization), room,
                         pool, str(taken.get(c.code, "-"))])
            for column, colour in ((6, load_colour(c.utilization)), (8, style.REFUSED_BG if c.pool.low else None),
                                   (2, None if c.active else style.REFUSED_BG)):
                if colour:
                    colours[(r, column)] = colour
        fill(self.board_table, headers, rows, {3, 4, 5, 6, 8, 9}, colours)
        if not self.board_table.selectionModel().selectedRows() and rows:
            self.board_table.selectRow(0)
        self._show_carrier()

    def _run_text(self, run: dict | None) -> str:
        if run is None:
            return self.tr("No carrier assignment has run yet: planning waves runs one.")
        summary = _run_summary(run)
        exceptions = sum(summary.get("exceptions", {}).values())
        return arg(self.tr("Last assignment run #%1 (%2, %3): %4 parcels, %5 waiting for room, %6 to exceptions."),
                   run["id"], {"assign": self.tr("batch assignment"), "reroute": self.tr("carrier out: re-routed")}.get(
                       run["kind"], run["kind"]), run["at"][5:16], summary.get("parcels", 0), summary.get("waiting", 0),
                   exceptions)

    def selected_carrier(self) -> CarrierLoad | None:
        view = self.carrier_view
        rows = self.board_table.selectionModel().selectedRows()
        if view is None or not rows:
            return None
        code = self.board_table.item(rows[0].row(), 0).text()
        return next((c for c in view.board if c.code == code), None)

    def _show_carrier(self) -> None:
        carrier = self.selected_carrier()
        batches = carrier.batches if carrier else []
        fill(self.batch_table, [self.tr("Batch"), self.tr("Time"), self.tr("Capacity"), self.tr("Waved"),
                                self.tr("Load")],
             [[b.label, b.pickup_at, str(b.capacity), str(b.waved), percent(b.utilization)] for b in batches],
             {2, 3, 4}, {(r, 4): load_colour(b.utilization) for r, b in enumerate(batches) if load_colour(b.utilization)})
        ranges = self.carrier_view.ranges.get(carrier.code, []) if carrier and self.carrier_view else []
        fill(self.range_table, [self.tr("Range"), self.tr("Left"), self.tr("Loaded"), self.tr("Kind")],
             [[f"{r['prefix']}{r['next_number']:0{r['width']}d} … {r['prefix']}{r['last_number']:0{r['width']}d}",
               str(max(0, r["last_number"] - r["next_number"] + 1)), r["loaded_at"][5:16],
               self.tr("drill") if r["drill"] else self.tr("real")] for r in ranges],
             {1}, {(i, 3): "#E65100" for i, r in enumerate(ranges) if r["drill"]})
        for button in (self.edit_batch, self.add_batch, self.add_range):
            button.setEnabled(carrier is not None)

    def _show_why(self) -> None:
        found = self.explanation
        if found is None:
            return
        merged = arg(self.tr(" (merged with %1)"), found.leader_no) if found.leader_no != found.order_no else ""
        heading = arg(self.tr("Order %1%2 → %3"), found.order_no, merged, found.carrier or "-")
        html = [f"<h3>{heading}"
                f" <small>[{found.state}]</small></h3>",
                arg(self.tr("To %1, %2 kg"), found.destination, f"{found.weight_kg:g}") + "<br>",
                arg(self.tr("Rule: %1"), found.rule or self.tr("none — the lowest cost within every cap")) + "<br>"]
        if found.rule_problem:
            html.append(f"<span style='color:{style.REFUSED_BG}'>✗ {found.rule_problem}</span><br>")
        html.append("<table cellpadding='3'>")
        for c in sorted(found.candidates, key=lambda c: (c.excluded != "", c.cost or 0, c.code)):
            mark = "→" if c.code == found.carrier else ""
            what = (f"<span style='color:{style.REFUSED_BG}'>✗ {c.excluded}</span>" if c.excluded
                    else f"{c.price} <i>{c.run_limit}</i>")
            html.append(f"<tr><td><b>{mark}</b></td><td><b>{c.code}</b></td><td>{what}</td></tr>")
        html.append("</table>")
        if found.run is None:
            html.append(self.tr("Not assigned yet: planning waves assigns carriers."))
        self.why_text.setHtml("".join(html))

    # -- carrier settings (supervisor PIN) ---------------------------------------------------------
    def edit_selected_batch(self) -> None:
        carrier, rows = self.selected_carrier(), self.batch_table.selectionModel().selectedRows()
        if carrier is None or not rows:
            self.say(self.tr("Select a pickup batch to edit."), refused=True)
            return
        batch = carrier.batches[rows[0].row()]
        self.open_pickup_dialog({"label": batch.label, "pickup_at": batch.pickup_at, "capacity": batch.capacity})

    def open_pickup_dialog(self, batch: dict | None) -> None:
        carrier = self.selected_carrier()
        if carrier is None:
            return
        dialog = PickupDialog(carrier.code, batch, self)
        dialog.accepted.connect(lambda: self._pickup_given(carrier.code, *dialog.values()))
        self._open(dialog)

    def _pickup_given(self, code: str, label: str, at: str, capacity: int) -> None:
        approval = pin_dialog.ask_supervisor_pin(self, arg(self.tr("Set %1's pickup batch %2 to %3, %4 parcels"),
                                                           code, label, at, capacity))
        if approval is not None:
            self.worker.submit("carriers: pickup", _set_pickup, code, label, at, capacity, *approval,
                               on_done=self._carrier_changed, on_error=self._failed)

    def open_range_dialog(self) -> None:
        carrier = self.selected_carrier()
        if carrier is None:
            return
        dialog = RangeDialog(carrier.code, self)
        dialog.accepted.connect(lambda: self._range_given(carrier.code, *dialog.values()))
        self._open(dialog)

    def _range_given(self, code: str, prefix: str, first: str, last: str) -> None:
        approval = pin_dialog.ask_supervisor_pin(self, arg(self.tr("Load waybill numbers %1%2 to %1%3 for %4"),
                                                           prefix, first, last, code))
        if approval is not None:
            self.worker.submit("carriers: range", _add_range, code, prefix, first, last, *approval,
                               on_done=self._carrier_changed, on_error=self._failed)

    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.finished.connect(lambda _code: setattr(self, "dialog", None))
        dialog.open()

    def _carrier_changed(self, result: Any) -> None:
        if isinstance(result, Refused):
            self.say(result.reason, refused=True)
            return
        self.say(self.tr("Carrier settings saved."))
        self.refresh()
        self.changed.emit()


def _run_summary(run: dict | None) -> dict:
    return json.loads(run["summary"]) if run and run.get("summary") else {}
