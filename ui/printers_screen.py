"""The Printers screen (打印机) for supervisors: every station's printers and their queues.

Top: every station with its printers in failover order (a group's primary, then its backups),
each with its state and its queue (waiting, printing, problems: failed or maybe printed). Under
it, the selected printer's station as the pack station's header shows it (`PrinterPanel`, and
the amber notice when it prints on a backup), then the selected printer's jobs. F4 prints a test
page on the selected printer, F10 reprints the selected job (a label reprinted before needs a
supervisor's PIN), F5 refreshes. Scanning a waybill finds its label job.

Live: the print queue's events (`PrinterEvents`) change a printer's state at once and refresh
the rest soon after. Print workers and stations in other processes or on other PCs are seen through
a `ChangeWatch`: while the screen is in front it asks every second whether anything changed (the
store's change marker) and reads the queue again when it did, at least every 30 seconds. All reads
and changes go through the office worker; a test page goes to the printer from the thread pool.
"""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import replace
from typing import Iterator

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QAbstractScrollArea, QComboBox, QHBoxLayout, QLabel, QPushButton,
                               QSizePolicy, QSplitter, QTableWidget, QTableWidgetItem, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from whs_app.clock import stamp
from whs_app.printing.events import PrinterChanged, PrintEvent
from whs_app.printing.overview import (PROBLEMS, VIEWS, WAITING, PrinterLine, StationPrinters, job_for_code,
                                       needs_supervisor, overview, printer_jobs)
from whs_app.printing.printers import Printer, get_printer
from whs_app.printing.queue import PrintQueue
from whs_app.printing.reprint import reprint
from whs_app.printing.test_print import record_test_page, send_test_page
from ui import style
from ui.change_watch import FLOOR_MS, POLL_MS, ChangeWatch
from ui.i18n import Retranslated, arg
from ui.office import Office
from ui.pin_dialog import approve_with_pin
from ui.printer_feed import PrinterBoard, PrinterEvents, board_from_store
from ui.printer_panel import FailoverNotice, PrinterPanel, state_text
from ui.shortcuts import shortcut_actions
from ui.workers import StoreWorker, run_in_pool

EVENT_SETTLE_MS = 300
translate = QCoreApplication.translate
P_NAME, P_PLACE, P_ROLE, P_STATE, P_WAITING, P_PRINTING, P_PROBLEMS, P_CONNECTION = range(8)
J_ID, J_KIND, J_WAYBILL, J_STATE, J_UPDATED, J_TRIES, J_NOTE = range(7)


# -- jobs on the office worker -------------------------------------------------------------------
def _overview(office: Office) -> tuple[list[StationPrinters], dict[str, PrinterBoard]]:
    stations = overview(office.store)
    return stations, {s.station: board_from_store(office.store, s.station) for s in stations}


def _jobs(office: Office, printer: str, view: str) -> list[dict]:
    return printer_jobs(office.store, printer, view)


def _find(office: Office, code: str) -> dict | None:
    return job_for_code(office.store, code)


def _needs_supervisor(office: Office, job_id: int) -> bool:
    job = office.store.print_jobs.get(job_id)
    return job is not None and needs_supervisor(office.store, job)


def _reprint(office: Office, job_id: int, supervisor: str | None, pin: str | None) -> int:
    queue = PrintQueue(office.store, office.clock, office.actor, office.events)
    return reprint(queue, job_id, supervisor, pin, reason="printers screen")


def _test_target(office: Office, name: str):
    return get_printer(office.store, name), office.clock.now()


def _record_test(office: Office, name: str, nbytes: int) -> None:
    record_test_page(office.store, stamp(office.clock.now()), office.actor, name, nbytes)


@contextmanager
def _scroll_kept(view: QAbstractScrollArea) -> Iterator[None]:
    """Refilled whenever another station changes something: the list must not move under the reader's eyes."""
    bar = view.verticalScrollBar()
    value = bar.value()
    yield
    bar.setValue(value)


# -- words ------------------------------------------------------------------------------------------
def role_text(role: str) -> str:
    return {"label": translate("PrintersScreen", "labels"), "slip": translate("PrintersScreen", "slips"),
            "both": translate("PrintersScreen", "labels and slips")}.get(role, role)


def place_text(printer: Printer) -> str:
    """Where a printer is in its failover group."""
    if printer.position == 0:
        return translate("PrintersScreen", "primary")
    return arg(translate("PrintersScreen", "backup %1 of %2"), printer.position, printer.group)


def job_state_text(state: str) -> str:
    return {"queued": translate("PrintersScreen", "waiting"), "sending": translate("PrintersScreen", "printing"),
            "sent": translate("PrintersScreen", "sent"), "confirmed": translate("PrintersScreen", "confirmed"),
            "unknown": translate("PrintersScreen", "maybe printed"), "failed": translate("PrintersScreen", "failed"),
            "reprinted": translate("PrintersScreen", "replaced by a reprint")}.get(state, state)


def kind_text(kind: str) -> str:
    return {"label": translate("PrintersScreen", "label"), "slip": translate("PrintersScreen", "slip"),
            "pick_list": translate("PrintersScreen", "pick list"),
            "manifest": translate("PrintersScreen", "manifest")}.get(kind, kind)


class PrintersScreen(Retranslated, QWidget):
    status_message = Signal(str)
    refreshed = Signal()          # the overview is on screen (tests, the monitoring of it)
    jobs_shown = Signal()

    def __init__(self, worker: StoreWorker, printer_events: PrinterEvents | None = None,
                 parent: QWidget | None = None, poll_ms: int = POLL_MS, floor_ms: int = FLOOR_MS) -> None:
        super().__init__(parent)
        self.setObjectName("printersScreen")
        self.worker = worker
        self.stations: list[StationPrinters] = []
        self.boards: dict[str, PrinterBoard] = {}
        self.jobs: list[dict] = []
        self.printer: str | None = None       # the selected printer
        self.wanted_job: int | None = None    # select this job once the jobs are shown
        self._jobs_ticket = 0
        self.scale = style.Scale()
        self._build()
        self.addActions(self._make_actions())
        self.watch = ChangeWatch(worker, "printers overview", _overview, self._overview_done, self._failed,
                                 poll_ms=poll_ms, floor_ms=floor_ms, parent=self)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(EVENT_SETTLE_MS)
        self._settle.timeout.connect(self.refresh)
        if printer_events is not None:
            printer_events.event.connect(self._printer_event)
        self.retranslate()

    # -- building --------------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = QLabel(self)
        self.heading.setObjectName("printersHeading")
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("printerTree")
        self.tree.setColumnCount(8)
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setStretchLastSection(True)
        self.tree.currentItemChanged.connect(self._printer_chosen)

        self.station_label = QLabel(self)
        self.station_label.setObjectName("stationOfPrinter")
        self.panel = PrinterPanel(self)
        self.notice = FailoverNotice(self)
        station_row = QHBoxLayout()
        station_row.setSpacing(18)
        station_row.addWidget(self.station_label)
        station_row.addWidget(self.panel, 1)

        self.jobs_label = QLabel(self)
        self.jobs_label.setObjectName("jobsHeading")
        self.view_label = QLabel(self)
        self.view = QComboBox(self)
        self.view.setObjectName("jobView")
        for view in VIEWS:
            self.view.addItem("", view)
        self.view_label.setBuddy(self.view)
        self.view.currentIndexChanged.connect(lambda _: self.show_jobs())
        jobs_row = QHBoxLayout()
        jobs_row.addWidget(self.jobs_label, 1)
        jobs_row.addWidget(self.view_label)
        jobs_row.addWidget(self.view)

        self.table = QTableWidget(0, 7, self)
        self.table.setObjectName("jobTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.message = QLabel(self)
        self.message.setObjectName("printersMessage")
        self.message.setWordWrap(True)
        self.message.setAutoFillBackground(True)
        self.message.setContentsMargins(14, 6, 14, 6)
        self.message.hide()
        self.refresh_button, self.test_button, self.reprint_button = QPushButton(self), QPushButton(self), \
            QPushButton(self)
        self.refresh_button.setObjectName("refreshPrinters")
        self.test_button.setObjectName("testPrint")
        self.reprint_button.setObjectName("reprintJob")
        self.refresh_button.clicked.connect(self.refresh)
        self.test_button.clicked.connect(self.test_print)
        self.reprint_button.clicked.connect(self.reprint_selected)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.refresh_button, self.test_button, self.reprint_button):
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            buttons.addWidget(button)

        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(station_row)
        lower_layout.addWidget(self.notice)
        lower_layout.addLayout(jobs_row)
        lower_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(lower)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([300, 400])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setTabOrder(self.tree, self.view)
        self.setTabOrder(self.view, self.table)
        self.set_scale(self.scale)
        self._update_buttons()

    def _make_actions(self) -> list[QAction]:
        return shortcut_actions(self, (("F5", self.refresh), ("F4", self.test_print), ("F10", self.reprint_selected)))

    def set_scale(self, scale: style.Scale) -> None:
        self.scale = scale
        self.heading.setFont(style.font(scale.px(style.SIZE_ORDER), bold=True))
        body = style.font(scale.px(style.SIZE_SMALL + 1))
        for widget in (self.tree, self.table, self.view, self.view_label, self.refresh_button, self.test_button,
                       self.reprint_button):
            widget.setFont(body)
        for header in (self.tree.header(), self.table.horizontalHeader()):
            header.setFont(style.font(scale.px(style.SIZE_SMALL), bold=True))
        self.station_label.setFont(style.font(scale.px(style.SIZE_HEADER), bold=True))
        self.jobs_label.setFont(style.font(scale.px(style.SIZE_HEADER), bold=True))
        self.panel.set_scale(scale)
        self.notice.set_scale(scale)
        self.message.setFont(style.font(scale.px(style.SIZE_HEADER), bold=True))
        for button in (self.refresh_button, self.test_button, self.reprint_button):
            button.setMinimumHeight(scale.px(40))

    # -- screen protocol -------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Printers")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Printers at every station: state, failover order and queue"))
        self.tree.setHeaderLabels([self.tr("Printer"), self.tr("Failover"), self.tr("Prints"), self.tr("State"),
                                   self.tr("Waiting"), self.tr("Printing"), self.tr("Problems"),
                                   self.tr("Connection")])
        self.table.setHorizontalHeaderLabels([self.tr("Job"), self.tr("Kind"), self.tr("Waybill"), self.tr("State"),
                                              self.tr("Changed"), self.tr("Tries"), self.tr("Note")])
        self.view_label.setText(self.tr("&Show"))
        for index, text in enumerate((self.tr("waiting and printing"), self.tr("problems"), self.tr("all jobs"))):
            self.view.setItemText(index, text)
        self.refresh_button.setText(self.tr("Refresh (F5)"))
        self.test_button.setText(self.tr("Test print (F4)"))
        self.reprint_button.setText(self.tr("Reprint job (F10)"))
        self.panel.retranslate()
        self.notice.retranslate()
        self._fill_tree()
        self._fill_jobs()

    def handle_scan(self, code: str, source: str, started: float | None = None) -> None:
        """A scanned waybill (or a typed job number): show its label job, ready to reprint."""
        self.worker.submit("find print job", _find, code, on_done=lambda job: self._found(code, job),
                           on_error=self._failed)

    def refresh(self) -> None:
        """Read every station's printers and queues now (right after a read on its way, if any)."""
        self.watch.read_now()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.watch.start()

    def hideEvent(self, event) -> None:
        self.watch.stop()
        super().hideEvent(event)

    # -- the overview ----------------------------------------------------------------------------
    def _overview_done(self, result: tuple[list[StationPrinters], dict[str, PrinterBoard]]) -> None:
        self.stations, boards = result
        self.boards = {station: self.boards[station].refreshed(board) if station in self.boards else board
                       for station, board in boards.items()}
        if self._line(self.printer) is None:     # none chosen yet, or it was removed: the first
            self.printer = next((line.name for s in self.stations for line in s.printers), None)
        self._fill_tree()
        self.show_jobs()
        self.refreshed.emit()

    def _fill_tree(self) -> None:
        current = self.printer
        with _scroll_kept(self.tree):
            self.tree.blockSignals(True)
            self.tree.clear()
            for station in self.stations:
                top = QTreeWidgetItem(self.tree, [self._station_text(station)])
                top.setFirstColumnSpanned(True)
                top.setFlags(Qt.ItemFlag.ItemIsEnabled)
                top.setFont(0, style.font(self.scale.px(style.SIZE_SMALL + 1), bold=True))
                for line in station.printers:
                    self._add_printer_item(top, line)
            self.tree.expandAll()
            for column in range(P_CONNECTION):
                self.tree.resizeColumnToContents(column)
            self.tree.blockSignals(False)
            if current is not None:
                self._select_printer(current)

    def _add_printer_item(self, station: QTreeWidgetItem, line: PrinterLine) -> None:
        item = QTreeWidgetItem(station, self._printer_texts(line))
        item.setData(0, Qt.ItemDataRole.UserRole, line.name)
        colour = style.STATE_COLOURS.get(line.printer.last_state, style.STATE_COLOURS[None])
        item.setForeground(P_STATE, QBrush(QColor(colour)))
        if line.count(PROBLEMS):
            item.setForeground(P_PROBLEMS, QBrush(QColor(style.REFUSED_BG)))
        for column in (P_WAITING, P_PRINTING, P_PROBLEMS):
            item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def _station_text(self, station: StationPrinters) -> str:
        text = f"{station.station}  {station.name}".strip()
        if not station.printers:
            text += "  —  " + self.tr("no printer configured")
        if station.unrouted:
            text += "  —  " + arg(self.tr("%1 jobs wait for a printer that can print them"), station.unrouted)
        return text

    def _printer_texts(self, line: PrinterLine) -> list[str]:
        printer = line.printer
        if not printer.enabled:
            state = self.tr("taken out of the group")
        else:
            state = "● " + state_text(printer.last_state)
            if printer.last_state is not None and not line.fit:
                state += "  " + self.tr("(takes no jobs now)")
        return [printer.name, place_text(printer), role_text(printer.config.role.value), state,
                str(line.count((WAITING[0],))), str(line.count((WAITING[1],))), str(line.count(PROBLEMS)),
                f"{printer.uri}  ({printer.language}, {printer.config.paper})"]

    def _select_printer(self, name: str) -> None:
        for index in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(index)
            for child in range(top.childCount()):
                item = top.child(child)
                if item.data(0, Qt.ItemDataRole.UserRole) == name:
                    self.tree.setCurrentItem(item)
                    return

    def _printer_chosen(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        name = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        if name is None or name == self.printer:
            return
        self.printer = name
        self.show_jobs()

    def _line(self, name: str | None) -> PrinterLine | None:
        return next((line for s in self.stations for line in s.printers if line.name == name), None)

    # -- the selected printer's station and jobs -------------------------------------------------
    def show_jobs(self) -> None:
        line = self._line(self.printer)
        if line is None:
            self.jobs, self.wanted_job = [], None
            self._fill_jobs()
            return
        board = self.boards.get(line.printer.station)
        self.station_label.setText(arg(self.tr("Station %1:"), line.printer.station))
        if board is not None:
            self.panel.set_board(board)
            self.notice.set_board(board)
        ticket = self.worker.submit("printer jobs", _jobs, line.name, self.view.currentData(),
                                    on_done=lambda jobs: self._jobs_done(ticket, jobs), on_error=self._failed)
        self._jobs_ticket = ticket

    def _jobs_done(self, ticket: int, jobs: list[dict]) -> None:
        if ticket != self._jobs_ticket:     # the printer or the view changed since: a newer answer comes
            return
        self.jobs = jobs
        self._fill_jobs()
        self.jobs_shown.emit()

    def _fill_jobs(self) -> None:
        line = self._line(self.printer)
        if line is None:
            self.jobs_label.setText(self.tr("No printer selected"))
        else:
            heading = self.tr("Jobs on %1") if self.jobs else self.tr("Jobs on %1: none to show here")
            self.jobs_label.setText(arg(heading, line.name))
        selected = self.wanted_job if self.wanted_job is not None else self.selected_job_id()
        with _scroll_kept(self.table):
            self.table.setRowCount(len(self.jobs))
            for row, job in enumerate(self.jobs):
                texts = [str(job["id"]), kind_text(job["kind"]), job["waybill_no"] or "",
                         job_state_text(job["state"]), job["updated_at"][5:], str(job["attempts"]),
                         job["error"] or self._reprint_note(job)]
                for column, text in enumerate(texts):
                    cell = QTableWidgetItem(text)
                    cell.setData(Qt.ItemDataRole.UserRole, job["id"])
                    if job["state"] in PROBLEMS:
                        cell.setForeground(QBrush(QColor(style.REFUSED_BG)))
                    self.table.setItem(row, column, cell)
                if job["id"] == selected:
                    self.table.selectRow(row)
        if self.wanted_job is not None and self.selected_job_id() == self.wanted_job:   # asked for: show it
            self.table.scrollTo(self.table.selectionModel().selectedRows()[0])
        self.wanted_job = None
        self.table.resizeColumnsToContents()
        self._update_buttons()

    def _reprint_note(self, job: dict) -> str:
        if job["reprint_of"]:
            return arg(self.tr("reprint of job %1, asked by %2"), job["reprint_of"], job["requested_by"] or "")
        return ""

    def selected_job_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.table.item(rows[0].row(), J_ID).data(Qt.ItemDataRole.UserRole) if rows else None

    def _update_buttons(self) -> None:
        self.test_button.setEnabled(self.printer is not None)
        self.reprint_button.setEnabled(self.selected_job_id() is not None)

    # -- live ------------------------------------------------------------------------------------
    def _printer_event(self, event: PrintEvent) -> None:
        if isinstance(event, PrinterChanged):
            self._apply_printer_change(event)
        if self.isVisible():
            self._settle.start()

    def _apply_printer_change(self, event: PrinterChanged) -> None:
        stations = []
        for station in self.stations:
            lines = tuple(replace(line, printer=replace(line.printer, last_state=event.state, last_detail=event.detail),
                                  fit=event.usable) if line.name == event.printer else line for line in station.printers)
            stations.append(replace(station, printers=lines))
        self.stations = stations
        self.boards = {code: board.apply(event) for code, board in self.boards.items()}
        self._fill_tree()
        line = self._line(self.printer)
        if line is not None and line.printer.station in self.boards:
            self.panel.set_board(self.boards[line.printer.station])
            self.notice.set_board(self.boards[line.printer.station])

    # -- test print ------------------------------------------------------------------------------
    def test_print(self) -> None:
        name = self.printer
        if name is None:
            return
        self.say(arg(self.tr("Sending a test page to %1…"), name), style.OPEN_BG, style.OPEN_FG)
        self.worker.submit("test print target", _test_target, name,
                           on_done=lambda target: self._send_test(name, *target), on_error=self._failed)

    def _send_test(self, name: str, printer, now) -> None:
        run_in_pool("test print", lambda: send_test_page(printer, now),
                    on_done=lambda nbytes: self._test_sent(name, nbytes),
                    on_error=lambda exc: self.say(arg(self.tr("Test page not printed on %1: %2"), name, exc),
                                                  style.REFUSED_BG, style.REFUSED_FG))

    def _test_sent(self, name: str, nbytes: int) -> None:
        self.worker.submit("record test print", _record_test, name, nbytes, on_error=self._failed)
        self.say(arg(self.tr("Test page sent to %1 (%2 bytes). It says TEST PRINT: it is not a waybill."), name,
                     nbytes), style.OK_BG, style.OK_FG)

    # -- reprint ---------------------------------------------------------------------------------
    def reprint_selected(self) -> None:
        job_id = self.selected_job_id()
        if job_id is None:
            self.say(self.tr("Select a job to reprint (or scan its waybill)."), style.WARN_BG, style.WARN_FG)
            return
        self.worker.submit("reprint needs supervisor", _needs_supervisor, job_id,
                           on_done=lambda needs: self._reprint(job_id, needs), on_error=self._failed)

    def _reprint(self, job_id: int, needs_supervisor: bool) -> None:
        if not needs_supervisor:
            self._send_reprint(job_id, None, None)
            return
        reason = arg(self.tr("The label of job %1 was reprinted before. Another reprint needs a supervisor's "
                             "PIN."), job_id)
        approve_with_pin(self, self.worker, reason, lambda login, pin: self._send_reprint(job_id, login, pin))

    def _send_reprint(self, job_id: int, supervisor: str | None, pin: str | None) -> None:
        self.worker.submit("reprint", _reprint, job_id, supervisor, pin,
                           on_done=lambda new_id: self._reprinted(job_id, new_id), on_error=self._failed)

    def _reprinted(self, job_id: int, new_id: int) -> None:
        self.say(arg(self.tr("Reprint queued: job %1 replaces job %2."), new_id, job_id), style.OK_BG, style.OK_FG)
        self.wanted_job = new_id
        self.refresh()

    # -- scans and messages ----------------------------------------------------------------------
    def _found(self, code: str, job: dict | None) -> None:
        if job is None:
            self.say(arg(self.tr("No print job for %1."), code), style.REFUSED_BG, style.REFUSED_FG)
            return
        self.wanted_job = job["id"]
        self.view.setCurrentIndex(list(VIEWS).index("all"))
        if job["printer"] and job["printer"] != self.printer:
            self._select_printer(job["printer"])
        else:
            self.show_jobs()
        self.say(arg(self.tr("%1: job %2, %3. F10 reprints it."), code, job["id"], job_state_text(job["state"])),
                 style.OPEN_BG, style.OPEN_FG)
        self.table.setFocus()

    def _failed(self, exc: BaseException) -> None:
        self.say(str(exc), style.REFUSED_BG, style.REFUSED_FG)

    def say(self, text: str, background: str, foreground: str) -> None:
        style.paint(self.message, background, foreground)
        self.message.setText(text)
        self.message.show()
        self.status_message.emit(text)
