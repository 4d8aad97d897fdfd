"""The pack station screen (打包台): where packers live, driven by the scanner alone.

Scan an order, pick slot or waybill to open a parcel; scan every item. The screen answers each
scan in colour, sound and big words: green and a beep for a counted unit, red with a buzz and the
reason for a refusal (it stays red until the next scan), a chime and the waybill number when the
order is packed. The open parcel's lines are big image-free text: item, SKU, bin, and counted /
wanted ticking up. Station commands come as barcodes (the printable sheet: F9) or F-keys.

The screen only shows: every scan goes to the station's worker thread (`PackDesk` on a
`StoreWorker`) and its answer comes back by signal, so the GUI thread never waits on the
database. Printer state comes from `printer_feed`: events live from this PC's print workers, and
the database every second (print workers elsewhere, a supervisor taking a printer out), read only
while the worker has no scan to answer; the header changes only when what is stored did.
"""
from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QSize, QStandardPaths, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QColor, QDesktopServices, QFontMetrics, QKeySequence, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (QAbstractItemView, QFileDialog, QFrame, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QSizePolicy, QStackedWidget, QTableView, QVBoxLayout,
                               QWidget)

from whs_app.codes import Command
from ui import feedback, style
from ui.i18n import Retranslated, arg
from ui.lines_model import BIN, COUNT, ITEM, SKU, LinesModel
from ui.outcomes import Outcome
from ui.pack_desk import DeskStart, PackAnswer, PackDesk
from ui.printer_feed import PrinterBoard, PrinterEvents
from ui.printer_panel import FailoverNotice
from ui.scanner_filter import scan_field
from ui.shortcuts import shortcut_actions
from ui.sound import SoundBoard
from ui.station_commands import REPRINT
from ui.tables import cell_style, read_only
from ui.workers import StoreWorker, run_in_pool

log = logging.getLogger(__name__)

PRINTER_POLL_MS = 1000
#: After a failed read (the server away: a try may wait for a connect timeout), so scans do not queue behind tries.
PRINTER_RETRY_MS = 15_000


class OutcomePanel(QFrame):
    """The big words: headline, the reason under it, the waybill on completion, the next step."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outcomePanel")
        self.headline = QLabel(self)
        self.headline.setObjectName("headline")
        self.reason = QLabel(self)
        self.reason.setObjectName("reason")
        self.waybill = QLabel(self)
        self.waybill.setObjectName("waybill")
        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        for label in (self.headline, self.reason, self.hint):
            label.setWordWrap(True)
        self.waybill.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 14, 28, 10)
        layout.setSpacing(6)
        for label in (self.headline, self.reason, self.waybill, self.hint):
            layout.addWidget(label)
        self.set_scale(style.Scale())

    def set_scale(self, scale: style.Scale) -> None:
        self.headline.setFont(style.font(scale.px(style.SIZE_HEADLINE), bold=True))
        self.reason.setFont(style.font(scale.px(style.SIZE_REASON)))
        self.waybill.setFont(style.font(scale.px(style.SIZE_WAYBILL), bold=True, mono=True))
        self.hint.setFont(style.font(scale.px(style.SIZE_ORDER)))

    def show_texts(self, headline: str, reason: str = "", waybill: str = "", hint: str = "") -> None:
        self.headline.setText(headline)
        for label, text in ((self.reason, reason), (self.waybill, waybill), (self.hint, hint)):
            label.setText(text)
            if label.isHidden() == bool(text):   # showing or hiding relayouts the screen: only on change
                label.setVisible(bool(text))


class ProgressStrip(QWidget):
    """Counted / wanted as a white strip. Painted on the next repaint like everything else
    (QProgressBar.setValue repaints at once, which costs a scan milliseconds)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value, self.maximum = 0, 1
        self.setFixedHeight(12)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_progress(self, value: int, maximum: int) -> None:
        value, maximum = max(0, min(value, maximum)), max(maximum, 1)
        if (value, maximum) != (self.value, self.maximum):
            self.value, self.maximum = value, maximum
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        track = self.rect().adjusted(28, 0, -28, 0)
        painter.fillRect(track, QColor(255, 255, 255, 60))
        track.setWidth(round(track.width() * self.value / self.maximum))
        painter.fillRect(track, QColor("#FFFFFF"))


class LinesTable(QTableView):
    """As tall as its lines (the screen's colour shows below them); it scrolls only when they do
    not fit the screen."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        rows = self.model().rowCount() if self.model() is not None else 0
        header = self.horizontalHeader()
        height = (max(header.height(), header.sizeHint().height()) + 2 * self.frameWidth()
                  + rows * self.verticalHeader().defaultSectionSize() + 2)
        return QSize(hint.width(), height)

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), 0)


class PackStationScreen(Retranslated, QWidget):
    """The pack station. `handle_scan` takes scans from the scanner filter, serial scanners and
    the typed-code field alike."""

    status_message = Signal(str)
    desk_started = Signal(object)     # DeskStart, for the shell's header
    answered = Signal(object)         # PackAnswer, after the screen shows it
    printer_board_changed = Signal(object)   # PrinterBoard, for the header's printer panel

    def __init__(self, worker: StoreWorker, sounds: SoundBoard, printer_events: PrinterEvents | None = None,
                 parent: QWidget | None = None, sheet_folder: Path | None = None,
                 open_file: Callable[[Path], None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packStation")
        self.worker = worker
        self.sounds = sounds
        self.sheet_folder = sheet_folder
        self.open_file = open_file or (lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
        self.station = ""
        self.answer: PackAnswer | None = None
        self.board: PrinterBoard | None = None
        self._stored_board: PrinterBoard | None = None   # the printers as the database last said
        self.start_info: DeskStart | None = None
        self.problem: str | None = None     # the desk could not start (e.g. the database is missing)
        self.look = feedback.IDLE
        self.scale = style.Scale()
        self.background = QColor(feedback.IDLE.background)
        self._foreground = QColor(feedback.IDLE.foreground)
        self._set_text_colour(self._foreground)
        self._build()
        self._actions = self._make_actions()
        self.addActions(self._actions)
        self.worker.opened.connect(self._desk_opened)
        self.worker.failed.connect(self._worker_failed)
        if printer_events is not None:
            printer_events.event.connect(self._printer_event)
        self._printer_timer = QTimer(self)
        self._printer_timer.setInterval(PRINTER_POLL_MS)
        self._printer_timer.timeout.connect(self.refresh_printers)
        self.retranslate()

    # -- building --------------------------------------------------------------------------------
    def _build(self) -> None:
        self.failover = FailoverNotice(self)
        self.outcome = OutcomePanel(self)
        self.order_label = QLabel(self)
        self.order_label.setObjectName("orderLabel")
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("progressLabel")
        self.progress_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.progress = ProgressStrip(self)
        self.progress.setObjectName("progress")
        self.order_row = QWidget(self)
        order_row = QHBoxLayout(self.order_row)
        order_row.setContentsMargins(28, 0, 28, 0)
        order_row.addWidget(self.order_label, 1)
        order_row.addWidget(self.progress_label)

        self.model = LinesModel(self)
        self.table = LinesTable(self)
        self.table.setObjectName("lines")
        self.table.setModel(self.model)
        read_only(self.table)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ITEM, QHeaderView.ResizeMode.Stretch)
        for column in (SKU, BIN, COUNT):   # sized when the lines change, not on every repaint
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        self.model.modelReset.connect(self._size_columns)
        self.table.setStyleSheet(cell_style(14))
        table_palette = self.table.palette()
        table_palette.setColor(QPalette.ColorRole.Base, QColor("#FFFFFF"))
        table_palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#F3F6F8"))
        table_palette.setColor(QPalette.ColorRole.Text, QColor(style.PAGE_FG))
        self.table.setPalette(table_palette)

        self.idle = QLabel(self)
        self.idle.setObjectName("idleHint")
        self.idle.setWordWrap(True)
        self.idle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.lines_page = QWidget(self)
        lines_layout = QVBoxLayout(self.lines_page)
        lines_layout.setContentsMargins(16, 0, 16, 0)
        lines_layout.addWidget(self.table)
        lines_layout.addStretch(1)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.idle)
        self.pages.addWidget(self.lines_page)

        self.code_label = QLabel(self)
        self.code_entry = scan_field(QLineEdit(self))
        self.code_entry.setObjectName("codeEntry")
        self.code_entry.setClearButtonEnabled(True)
        self.code_entry.setMinimumWidth(260)
        self.code_entry.returnPressed.connect(self._typed)
        self.code_label.setBuddy(self.code_entry)
        self.command_buttons: dict[str, QPushButton] = {}
        keys = QHBoxLayout()
        keys.setContentsMargins(16, 8, 16, 10)
        keys.setSpacing(10)
        keys.addWidget(self.code_label)
        keys.addWidget(self.code_entry, 1)
        for code in (Command.COMPLETE, Command.SPLIT, Command.CANCEL, REPRINT, "sheet"):
            button = QPushButton(self)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            if code == "sheet":
                button.clicked.connect(self.print_command_sheet)
            else:
                button.clicked.connect(lambda checked=False, c=str(code): self.send_command(c))
            self.command_buttons[str(code)] = button
            keys.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.failover)
        layout.addWidget(self.outcome)
        layout.addWidget(self.order_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.pages, 1)
        layout.addLayout(keys)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.set_scale(self.scale)

    def _make_actions(self) -> list[QAction]:
        escape = QAction(self.code_entry)
        escape.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        escape.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        escape.triggered.connect(self._leave_entry)
        self.code_entry.addAction(escape)
        return shortcut_actions(self, [
            ("F2", self.focus_code_entry), ("F8", lambda: self.send_command(Command.COMPLETE)),
            ("F7", lambda: self.send_command(Command.SPLIT)), ("F6", lambda: self.send_command(Command.CANCEL)),
            ("F10", lambda: self.send_command(REPRINT)), ("F9", self.print_command_sheet)])

    def set_scale(self, scale: style.Scale) -> None:
        self.scale = scale
        self.outcome.set_scale(scale)
        self.failover.set_scale(scale)
        self.order_label.setFont(style.font(scale.px(style.SIZE_ORDER), bold=True))
        self.progress_label.setFont(style.font(scale.px(style.SIZE_COUNT), bold=True, mono=True))
        self.idle.setFont(style.font(scale.px(style.SIZE_REASON)))
        self.model.set_scale(scale)
        self.table.verticalHeader().setDefaultSectionSize(round(scale.px(style.SIZE_COUNT) * 1.75))
        self.table.horizontalHeader().setFont(style.font(scale.px(style.SIZE_SMALL)))
        self._size_columns()
        self.table.updateGeometry()
        small = style.font(scale.px(style.SIZE_SMALL + 1))
        self.code_label.setFont(small)
        self.code_entry.setFont(style.font(scale.px(style.SIZE_HEADER), mono=True))
        for button in self.command_buttons.values():
            button.setFont(small)
            button.setMinimumHeight(scale.px(40))

    # -- colour --------------------------------------------------------------------------------------
    def colour(self, background: str, foreground: str) -> None:
        """Turn the screen a colour. Only the background changes per scan (painted here): the
        words are white on every outcome colour, so no palette ripples through the widgets."""
        if QColor(foreground) != self._foreground:
            self._foreground = QColor(foreground)
            self._set_text_colour(self._foreground)
        if QColor(background) != self.background:
            self.background = QColor(background)
            self.update()

    def _set_text_colour(self, colour: QColor) -> None:
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        self.setPalette(palette)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.background)

    # -- text in the installed language ------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Pack station")

    def retranslate(self) -> None:
        self.code_label.setText(self.tr("F2 Type a code:"))
        self.code_entry.setPlaceholderText(self.tr("scan anywhere, or type here + Enter"))
        texts = {Command.COMPLETE.value: self.tr("F8 Complete"), Command.SPLIT.value: self.tr("F7 Next box"),
                 Command.CANCEL.value: self.tr("F6 Cancel parcel"), REPRINT: self.tr("F10 Reprint label"),
                 "sheet": self.tr("F9 Command sheet")}
        for code, button in self.command_buttons.items():
            button.setText(texts[code])
        self.failover.retranslate()
        self._render()

    # -- scans in ----------------------------------------------------------------------------------
    def handle_scan(self, code: str, source: str = "scanner", started: float | None = None) -> None:
        """Send a scan to the desk; the answer comes back to `show_answer` on this thread."""
        code = code.strip()
        if not code:
            return
        started = time.perf_counter() if started is None else started
        self.worker.submit("scan", PackDesk.scan, code, source, started, on_done=self.show_answer,
                           on_error=lambda exc, c=code, s=source, t=started: self._scan_failed(c, s, t, exc))

    def send_command(self, code: str) -> None:
        self.handle_scan(str(code), "key")

    def _typed(self) -> None:
        code = self.code_entry.text().strip()
        self.code_entry.clear()
        if code:
            self.handle_scan(code, "typed")

    def focus_code_entry(self) -> None:
        self.code_entry.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.code_entry.selectAll()

    def _leave_entry(self) -> None:
        self.code_entry.clear()
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- answers out -------------------------------------------------------------------------------
    def show_answer(self, answer: PackAnswer) -> None:
        self.answer = answer
        self.look = feedback.LOOKS[answer.outcome]
        self.sounds.play(self.look.sound)
        self._render()
        self.answered.emit(answer)

    def _scan_failed(self, code: str, source: str, started: float, exc: BaseException) -> None:
        self.show_answer(PackAnswer.failure(code, source, f"{type(exc).__name__}: {exc}", started))

    def _render(self) -> None:
        """Show `self.answer` (or the idle / starting state) in the installed language."""
        answer = self.answer
        if answer is None:
            self._render_idle()
            return
        look = feedback.LOOKS[answer.outcome]
        self.colour(look.background, look.foreground)
        reason, waybill, hint = answer.message, "", ""
        wanted = ", ".join(answer.labels_wanted)
        if answer.outcome == Outcome.ERROR:
            reason = f"{feedback.error_reason()}\n{answer.message}"
        elif answer.outcome in (Outcome.PACKED, Outcome.BOX_SEALED):
            waybill, reason = arg(self.tr("Waybill %1"), answer.waybill_no or ""), ""
            if answer.labels_wanted:
                hint = self.tr("Stick the label on, then scan it to confirm (F10 reprints it).")
            elif self.board is not None and not self.board.chain("label"):
                hint = self.tr("No label printer is set up here: the label waits in the print queue.")
            elif answer.outcome == Outcome.PACKED:
                hint = self.tr("Stick the label on the parcel, then scan the next order.")
            else:
                hint = self.tr("Stick this label on the full box; scan the rest into the next box.")
        elif answer.outcome == Outcome.LABEL_OK:
            hint = (arg(self.tr("Now scan the next label: %1"), wanted) if answer.labels_wanted
                    else self.tr("Scan the next order."))
        elif answer.outcome == Outcome.REPRINT:
            hint = self.tr("Scan the new label when it comes out.")
        elif answer.outcome == Outcome.LABEL_FIRST:
            hint = arg(self.tr("Scan the label just printed (%1), or press F10 to reprint it."), wanted)
        elif answer.outcome == Outcome.WRONG_LABEL:
            hint = arg(self.tr("Put that label aside; scan this parcel's label: %1"), wanted)
        elif answer.outcome == Outcome.CANCELLED:
            hint = self.tr("Put the items back, then scan the next order.")
        elif answer.outcome == Outcome.DUPLICATE:
            hint = self.tr("Put this parcel aside and call a supervisor.")
        elif answer.outcome in (Outcome.WRONG_ITEM, Outcome.TOO_MANY):
            hint = self.tr("Take that item out of the box, then scan the right one.")
        headline = feedback.headline(answer.outcome, answer.box, bool(answer.labels_wanted))
        self.outcome.show_texts(headline, reason, waybill, hint)
        self._render_parcel(answer)

    def _size_columns(self) -> None:
        """SKU and bin as wide as their widest text, the count as wide as "✓ 88 / 88"."""
        for column in (SKU, BIN):
            self.table.resizeColumnToContents(column)
        metrics = QFontMetrics(self.model.font(COUNT))
        self.table.setColumnWidth(COUNT, max(metrics.horizontalAdvance("✓ 888 / 888") + 32,
                                             self.table.horizontalHeader().sectionSizeHint(COUNT)))

    def _render_idle(self) -> None:
        self.colour(feedback.IDLE.background, feedback.IDLE.foreground)
        if self.problem is not None:
            self.colour(style.REFUSED_BG, style.REFUSED_FG)
            self.outcome.show_texts(self.tr("✗ The station cannot start"), self.problem,
                                    hint=self.tr("Check the database path, then restart the app."))
        elif self.start_info is None:
            self.outcome.show_texts(self.tr("Opening the database…"))
        elif self.start_info.labels_wanted:   # restarted while the bench waited for a label scan
            wanted = ", ".join(self.start_info.labels_wanted)
            self.outcome.show_texts(feedback.idle_headline(), hint=arg(
                self.tr("Scan the label just printed (%1), or press F10 to reprint it."), wanted))
        else:
            self.outcome.show_texts(feedback.idle_headline())
        self._render_parcel(None)

    def _render_parcel(self, answer: PackAnswer | None) -> None:
        lines = answer.lines if answer is not None else ()
        rows = self.model.rowCount()
        self.model.set_lines(lines, answer.ticked if answer is not None else None)
        if lines:
            if len(lines) != rows:
                self.table.updateGeometry()
            self.pages.setCurrentWidget(self.lines_page)
            row = self.model.row_of(answer.ticked)
            if row is not None:
                self.table.scrollTo(self.model.index(row, 0))
        else:
            self.pages.setCurrentWidget(self.idle)
            packed = answer.packed_here if answer is not None else 0
            self.idle.setText(arg(self.tr("Scan the order's barcode (or its pick slot or waybill) to open a parcel, "
                                          "then scan every item.\n\nPacked at this station since the app "
                                          "started: %1"), packed))
        showing_order = answer is not None and answer.order_no and (answer.parcel_open or answer.outcome in (
            Outcome.PACKED, Outcome.BOX_SEALED))
        if showing_order:
            text = arg(self.tr("Order %1"), answer.order_no)
            box = answer.box + 1 if answer.outcome == Outcome.BOX_SEALED else answer.box   # the box being filled
            if box > 1:
                text += "  ·  " + arg(self.tr("box %1"), box)
            self.order_label.setText(text)
            total = max(answer.total, 1)
            counted = answer.total if answer.outcome == Outcome.PACKED else answer.counted
            self.progress_label.setText(arg(self.tr("%1 / %2 units"), counted, answer.total))
            self.progress.set_progress(counted, total)
        else:
            self.order_label.setText("")
            self.progress_label.setText("")
            self.progress.set_progress(0, 1)
        self.progress.setVisible(bool(showing_order))
        self.order_row.setVisible(bool(showing_order))

    # -- the desk ----------------------------------------------------------------------------------
    def _desk_opened(self, desk: PackDesk) -> None:
        self.worker.submit("start", PackDesk.start, on_done=self.start)

    def start(self, info: DeskStart) -> None:
        self.start_info = info
        self.station = info.station
        self._stored_board = info.printers
        self.set_board(info.printers)
        self.desk_started.emit(info)
        if info.resumed is not None:
            self.show_answer(info.resumed)
        else:
            self._render()
        self._printer_timer.start()

    def _worker_failed(self, job: str, exc: BaseException) -> None:
        if job in ("__open__", "start"):
            self.problem = str(exc)
            self.answer = None
            self.sounds.play("alarm")
            self._render()

    # -- printers ----------------------------------------------------------------------------------
    def refresh_printers(self) -> None:
        if self.worker.busy or self.worker.closing:   # scans first (and the last look): the next tick will do
            return
        self.worker.submit("printers", PackDesk.printers, on_done=self._printer_snapshot,
                           on_error=lambda exc: self._printer_timer.setInterval(PRINTER_RETRY_MS))

    def _printer_snapshot(self, board: PrinterBoard) -> None:
        """News only when the stored printers changed: what events told since stays otherwise."""
        if self._printer_timer.interval() != PRINTER_POLL_MS:   # read again after a failure
            self._printer_timer.setInterval(PRINTER_POLL_MS)
        if board == self._stored_board:
            return
        self._stored_board = board
        self.set_board(self.board.refreshed(board) if self.board is not None else board)

    def _printer_event(self, event) -> None:
        if self.board is not None:
            self.set_board(self.board.apply(event))

    def set_board(self, board: PrinterBoard) -> None:
        changed = board != self.board
        self.board = board
        if changed:
            self.failover.set_board(board)
            self.printer_board_changed.emit(board)


    # -- the command sheet -------------------------------------------------------------------------
    def print_command_sheet(self) -> None:
        folder = self.sheet_folder or Path(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
        suggested = folder / f"station-commands-{self.station or 'station'}.pdf"
        if self.sheet_folder is None:
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the station command sheet"), str(suggested),
                                                    self.tr("PDF (*.pdf)"))
            if not chosen:
                return
            suggested = Path(chosen)
        self.save_command_sheet(suggested)

    def save_command_sheet(self, path: Path, on_done: Callable[[Path], None] | None = None) -> None:
        station = self.station or "station"
        self.status_message.emit(self.tr("Making the command sheet…"))

        def done(written: Path) -> None:
            self.status_message.emit(arg(self.tr("Command sheet saved: %1 — print it and keep it at the bench."),
                                         written))
            self.open_file(written)
            if on_done is not None:
                on_done(written)

        def failed(exc: BaseException) -> None:
            self.status_message.emit(arg(self.tr("Cannot make the command sheet: %1"), exc))

        from ui.command_sheet import write_sheet   # reportlab's barcodes load slowly: not at start

        run_in_pool("command sheet", lambda: write_sheet(station, path), done, failed)
