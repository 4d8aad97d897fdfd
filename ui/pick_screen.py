"""The pick screen (拣货): a wave's pick list in walking order, confirmed bin by bin with the scanner.

Choose a wave from the list (F3) or scan the barcode at the top of its printed pick list (or any
of its slot codes). Then walk: scan the bin's code or the item's barcode when its quantity is in
the cart, and the line turns green. Found fewer? Select the line, F6, type how many were found,
Enter: the orders left short go to the exception queue and the wave goes on. F8 confirms the
selected line from the keyboard, F7 twice every line left. Every answer comes from the core
(`whs_app/pick_sheet.py` on the office worker) with the wave's list as it is in the store: green
for picked, amber for short, red with the reason for a refusal, and a sound for each.

F9 prints the wave's pick list through the print queue on this station's pick-list printer
(`whs_app/printing/pick_lists.py`: a slip printer, 80 mm; again: an audited reprint); Shift+F9
saves it as an A4 PDF to print from the office.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFileDialog, QFrame, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QProgressBar, QPushButton, QSpinBox, QTableView, QVBoxLayout,
                               QWidget)

import labels
from whs_app import pick_sheet
from whs_app.pick_sheet import PickAnswer, PickLine, PickOutcome, PickSheet, WaveChoice
from whs_app.printing.pick_lists import PickListRefused, print_pick_list
from whs_app.printing.queue import PrintQueue
from whs_app.printing.reprint import ReprintRefused
from whs_app.waves import WaveError
from ui import style
from ui.i18n import Retranslated, arg
from ui.office import Office
from ui.pick_lines_model import BIN, ITEM, PICKED, QTY, SEQ, SKU, PickLinesModel
from ui.scanner_filter import scan_field
from ui.shortcuts import shortcut_actions
from ui.sound import SoundBoard
from ui.tables import cell_style, read_only
from ui.workers import StoreWorker, run_in_pool

SOUNDS = {PickOutcome.OPENED: "open", PickOutcome.CONFIRMED: "count", PickOutcome.SHORT: "cancel",
          PickOutcome.REFUSED: "error"}
translate = QCoreApplication.translate


# -- jobs on the office worker (plain Python: the context is an Office) ------------------------------
def _scan(office: Office, wave: str | None, code: str) -> PickAnswer:
    return pick_sheet.scan(office.store, office.clock, office.actor, wave, code)


def _confirm_line(office: Office, wave: str, sku: str) -> PickAnswer:
    return pick_sheet.confirm_line(office.store, office.clock, office.actor, wave, sku)


def _short(office: Office, wave: str, sku: str, found: int) -> PickAnswer:
    return pick_sheet.report_short(office.store, office.clock, office.actor, wave, sku, found)


def _confirm_rest(office: Office, wave: str) -> PickAnswer:
    return pick_sheet.confirm_rest(office.store, office.clock, office.actor, wave)


def _open(office: Office, wave: str) -> PickAnswer:
    return pick_sheet.open_wave(office.store, wave)


def _floor(office: Office) -> list[WaveChoice]:
    return pick_sheet.floor_waves(office.store)


def _document(office: Office, wave: str):
    return pick_sheet.pick_list_document(office.store, wave, office.clock.now())


def _print_list(office: Office, wave: str) -> tuple[bool, str]:
    """(True, job id) when the pick list is queued at this station, else (False, why not)."""
    try:
        return True, str(print_pick_list(PrintQueue(office.store, office.clock, office.actor, office.events), wave))
    except (PickListRefused, ReprintRefused, WaveError) as exc:
        return False, str(exc)


class Banner(QFrame):
    """The answer in big words on its colour: headline, reason, what to do next."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pickBanner")
        self.setAutoFillBackground(True)
        self.headline, self.reason, self.hint = QLabel(self), QLabel(self), QLabel(self)
        self.headline.setObjectName("pickHeadline")
        self.reason.setObjectName("pickReason")
        self.hint.setObjectName("pickHint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 10, 24, 10)
        layout.setSpacing(4)
        for label in (self.headline, self.reason, self.hint):
            label.setWordWrap(True)
            layout.addWidget(label)
        self.colour = ""
        self.set_scale(style.Scale())

    def set_scale(self, scale: style.Scale) -> None:
        self.headline.setFont(style.font(scale.px(style.SIZE_HEADLINE - 14), bold=True))
        self.reason.setFont(style.font(scale.px(style.SIZE_REASON - 6)))
        self.hint.setFont(style.font(scale.px(style.SIZE_ORDER - 2)))

    def show_texts(self, colours: tuple[str, str], headline: str, reason: str = "", hint: str = "") -> None:
        self.colour = colours[0]
        style.paint(self, *colours)
        self.headline.setText(headline)
        for label, text in ((self.reason, reason), (self.hint, hint)):
            label.setText(text)
            label.setVisible(bool(text))


class ShortPanel(QFrame):
    """How many were found at the selected line: digits, Enter reports, Escape goes back."""

    reported = Signal(str, int)      # SKU code, units found
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortPanel")
        self.setAutoFillBackground(True)
        style.paint(self, style.WARN_BG, style.WARN_FG)
        self.line: PickLine | None = None
        self.prompt = QLabel(self)
        self.prompt.setWordWrap(True)
        self.found = scan_field(QSpinBox(self))
        self.found.setObjectName("shortFound")
        self.found.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        self.found.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.ok, self.cancel = QPushButton(self), QPushButton(self)
        self.ok.setObjectName("shortOk")
        self.ok.clicked.connect(self._report)
        self.cancel.clicked.connect(self.close_panel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 8, 24, 8)
        layout.setSpacing(12)
        layout.addWidget(self.prompt, 1)
        layout.addWidget(self.found)
        layout.addWidget(self.ok)
        layout.addWidget(self.cancel)
        self.addActions(shortcut_actions(self, ((Qt.Key.Key_Return, self._report), (Qt.Key.Key_Enter, self._report),
                                                (Qt.Key.Key_Escape, self.close_panel))))
        self.hide()

    def set_scale(self, scale: style.Scale) -> None:
        self.prompt.setFont(style.font(scale.px(style.SIZE_ORDER), bold=True))
        self.found.setFont(style.font(scale.px(style.SIZE_COUNT), bold=True, mono=True))
        self.found.setMinimumWidth(scale.px(140))
        for button in (self.ok, self.cancel):
            button.setFont(style.font(scale.px(style.SIZE_SMALL + 1)))
            button.setMinimumHeight(scale.px(40))

    def retranslate(self) -> None:
        self.ok.setText(self.tr("Enter Report short"))
        self.cancel.setText(self.tr("Esc Back"))
        if self.line is not None:
            self.prompt.setText(arg(self.tr("How many did you find at %1 (%2, wanted %3)?"), self.line.bin,
                                    self.line.sku, self.line.quantity))

    def open_for(self, line: PickLine) -> None:
        self.line = line
        self.found.setRange(0, line.quantity - 1)
        self.found.setValue(0)
        self.retranslate()
        self.show()
        self.found.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.found.selectAll()

    def _report(self) -> None:
        if self.line is not None and self.isVisible():
            self.found.interpretText()
            self.reported.emit(self.line.sku, self.found.value())
            self.close_panel()

    def close_panel(self) -> None:
        was_open = self.isVisible()
        self.line = None
        self.hide()
        if was_open:
            self.closed.emit()


class PickScreen(Retranslated, QWidget):
    """Pickers with a scanner and supervisors: `handle_scan` takes scans from anywhere in the app."""

    status_message = Signal(str)
    answered = Signal(object)        # PickAnswer, after the screen shows it

    def __init__(self, worker: StoreWorker, sounds: SoundBoard | None = None, parent: QWidget | None = None,
                 folder: Path | None = None, open_file: Callable[[Path], None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pickScreen")
        self.worker = worker
        self.sounds = sounds
        self.folder = folder
        self.open_file = open_file or (lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
        self.sheet: PickSheet | None = None
        self.answer: PickAnswer | None = None
        self.problem = ""                 # a job that failed outright
        self.choices: list[WaveChoice] = []
        self.confirming_all = False       # F7 once asks, F7 again does it
        self.scale = style.Scale()
        self._build()
        self.addActions(self._make_actions())
        self.retranslate()
        self.refresh()                    # queued behind the worker's opening if it is not open yet

    # -- building --------------------------------------------------------------------------------
    def _build(self) -> None:
        self.banner = Banner(self)
        self.wave_label = QLabel(self)
        self.waves = QComboBox(self)
        self.waves.setObjectName("waveChooser")
        self.waves.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.waves.activated.connect(self._chosen)
        self.wave_label.setBuddy(self.waves)
        self.info = QLabel(self)
        self.info.setObjectName("waveInfo")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("pickProgress")
        self.progress.setTextVisible(True)
        self.progress.setStyleSheet(f"QProgressBar {{ border: 1px solid #90A4AE; background: white; text-align: center; }}"
                                    f" QProgressBar::chunk {{ background: {style.LINE_DONE_BG}; }}")
        self.progress.setMinimumWidth(260)
        top = QHBoxLayout()
        top.setContentsMargins(16, 0, 16, 0)
        top.setSpacing(12)
        top.addWidget(self.wave_label)
        top.addWidget(self.waves)
        top.addWidget(self.info, 1)
        top.addWidget(self.progress)

        self.model = PickLinesModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("pickLines")
        self.table.setModel(self.model)
        read_only(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setStyleSheet(f"QTableView {{ outline: 0; }} {cell_style(10)}"
                                 " QTableView::item:selected { background: #BBDEFB; color: #0D47A1; }")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ITEM, QHeaderView.ResizeMode.Stretch)
        for column in (SEQ, BIN, SKU, QTY, PICKED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        self.short_panel = ShortPanel(self)
        self.short_panel.reported.connect(self.report_short)
        self.short_panel.closed.connect(lambda: self.table.setFocus(Qt.FocusReason.OtherFocusReason))

        self.code_label = QLabel(self)
        self.code_entry = scan_field(QLineEdit(self))
        self.code_entry.setObjectName("pickCodeEntry")
        self.code_entry.setClearButtonEnabled(True)
        self.code_entry.returnPressed.connect(self._typed)
        self.code_label.setBuddy(self.code_entry)
        self.buttons: dict[str, QPushButton] = {}
        keys = QHBoxLayout()
        keys.setContentsMargins(16, 4, 16, 10)
        keys.setSpacing(10)
        keys.addWidget(self.code_label)
        keys.addWidget(self.code_entry, 1)
        for name, slot in (("confirm", self.confirm_selected), ("short", self.open_short),
                           ("all", self.confirm_all), ("print", self.print_pick_list), ("save", self.save_pick_list),
                           ("refresh", self.refresh)):
            button = QPushButton(self)
            button.setObjectName(f"pick_{name}")
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(slot)
            self.buttons[name] = button
            keys.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        table_box = QVBoxLayout()
        table_box.setContentsMargins(16, 0, 16, 0)
        table_box.addWidget(self.table)
        layout.addLayout(table_box, 1)
        layout.addWidget(self.short_panel)
        layout.addLayout(keys)
        self.set_scale(self.scale)

    def _make_actions(self) -> list[QAction]:
        return shortcut_actions(self, (("F2", self.focus_code_entry), ("F3", self.focus_waves), ("F5", self.refresh),
                                       ("F6", self.open_short), ("F7", self.confirm_all),
                                       ("F8", self.confirm_selected), ("F9", self.print_pick_list),
                                       ("Shift+F9", self.save_pick_list)))

    def set_scale(self, scale: style.Scale) -> None:
        self.scale = scale
        self.banner.set_scale(scale)
        self.short_panel.set_scale(scale)
        self.model.set_scale(scale)
        self.table.verticalHeader().setDefaultSectionSize(round(scale.px(style.SIZE_LINE) * 1.6))
        self.table.horizontalHeader().setFont(style.font(scale.px(style.SIZE_SMALL)))
        for widget in (self.wave_label, self.info):
            widget.setFont(style.font(scale.px(style.SIZE_HEADER)))
        self.waves.setFont(style.font(scale.px(style.SIZE_HEADER), bold=True))
        self.progress.setFont(style.font(scale.px(style.SIZE_HEADER), bold=True))
        self.progress.setMinimumHeight(scale.px(34))
        small = style.font(scale.px(style.SIZE_SMALL + 1))
        self.code_label.setFont(small)
        self.code_entry.setFont(style.font(scale.px(style.SIZE_HEADER), mono=True))
        for button in self.buttons.values():
            button.setFont(small)
            button.setMinimumHeight(scale.px(40))

    # -- text in the installed language ------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Pick")

    def retranslate(self) -> None:
        self.wave_label.setText(self.tr("F3 Wave:"))
        self.code_label.setText(self.tr("F2 Type a code:"))
        self.code_entry.setPlaceholderText(self.tr("scan anywhere, or type a bin, barcode or wave + Enter"))
        texts = {"confirm": self.tr("F8 Confirm line"), "short": self.tr("F6 Short…"),
                 "all": self.tr("F7 Confirm all"), "print": self.tr("F9 Print pick list"),
                 "save": self.tr("Shift+F9 Save PDF"),
                 "refresh": self.tr("F5 Refresh")}
        for name, button in self.buttons.items():
            button.setText(texts[name])
        self.short_panel.retranslate()
        self._fill_choices()
        self._render()

    # -- the worker --------------------------------------------------------------------------------
    def refresh(self) -> None:
        """The waves on the floor and the open wave's list, fresh from the store."""
        self.worker.submit("pick: waves", _floor, on_done=self._got_choices, on_error=self._failed)
        if self.sheet is not None:
            self.worker.submit("pick: reload", _open, self.sheet.code, on_done=self._reloaded, on_error=self._failed)

    def handle_scan(self, code: str, source: str = "scanner", started: float | None = None) -> None:
        code = code.strip()
        if not code:
            return
        self.short_panel.close_panel()
        self.confirming_all = False
        wave = self.sheet.code if self.sheet is not None else None
        self.worker.submit("pick: scan", _scan, wave, code, on_done=self.show_answer, on_error=self._failed)

    def confirm_selected(self) -> None:
        line = self.selected_line()
        if self.sheet is None or line is None:
            return
        self.confirming_all = False
        self.worker.submit("pick: confirm", _confirm_line, self.sheet.code, line.sku, on_done=self.show_answer,
                           on_error=self._failed)

    def report_short(self, sku: str, found: int) -> None:
        if self.sheet is not None:
            self.worker.submit("pick: short", _short, self.sheet.code, sku, found, on_done=self.show_answer,
                               on_error=self._failed)

    def confirm_all(self) -> None:
        sheet = self.sheet
        if sheet is None or not sheet.workable or sheet.next_line is None:
            return
        if not self.confirming_all:
            self.confirming_all = True
            left = len(sheet.lines) - sheet.confirmed
            self.banner.show_texts((style.WARN_BG, style.WARN_FG), arg(self.tr("Confirm all %1 lines left?"), left),
                                   self.tr("Only when every one of them is in the cart, in full."),
                                   self.tr("Press F7 again to confirm them all; scan or press any other key to go on."))
            return
        self.confirming_all = False
        self.worker.submit("pick: confirm all", _confirm_rest, sheet.code, on_done=self.show_answer,
                           on_error=self._failed)

    def open_wave(self, code: str) -> None:
        self.confirming_all = False
        self.worker.submit("pick: open", _open, code, on_done=self.show_answer, on_error=self._failed)

    # -- answers -----------------------------------------------------------------------------------
    def show_answer(self, answer: PickAnswer) -> None:
        self.answer, self.problem = answer, ""
        if answer.sheet is not None:
            self._set_sheet(answer.sheet)
        if self.sounds is not None:
            finished = answer.outcome == PickOutcome.CONFIRMED and answer.sheet and answer.sheet.next_line is None
            self.sounds.play("packed" if finished else SOUNDS[answer.outcome])
        self._render()
        if answer.outcome != PickOutcome.REFUSED:
            self.worker.submit("pick: waves", _floor, on_done=self._got_choices, on_error=self._failed)
        self.answered.emit(answer)

    def _reloaded(self, answer: PickAnswer) -> None:
        if answer.sheet is not None and self.sheet is not None and answer.sheet.code == self.sheet.code:
            self._set_sheet(answer.sheet)
            self._render()

    def _failed(self, exc: BaseException) -> None:
        self.problem = f"{type(exc).__name__}: {exc}"
        if self.sounds is not None:
            self.sounds.play("error")
        self._render()

    def _got_choices(self, choices: list[WaveChoice]) -> None:
        self.choices = choices
        self._fill_choices()

    def _set_sheet(self, sheet: PickSheet) -> None:
        """Show the wave's lines; the selection stays on a line still to pick, else moves to the next one."""
        selected = self.selected_line() if self.sheet is not None and self.sheet.code == sheet.code else None
        self.sheet = sheet
        self.model.set_lines(sheet.lines)
        row = self.model.row_of(selected.sku) if selected is not None else None
        if row is None or sheet.lines[row].done:
            row = self.model.row_of(sheet.next_line.sku if sheet.next_line else None)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtCenter)
        else:
            self.table.clearSelection()
        self._fill_choices()

    def selected_line(self) -> PickLine | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.line(rows[0].row()) if rows else None

    # -- what the screen says ----------------------------------------------------------------------
    def _render(self) -> None:
        self._render_banner()
        self._render_wave()

    def _render_banner(self) -> None:
        answer, sheet = self.answer, self.sheet
        if self.problem:
            self.banner.show_texts((style.REFUSED_BG, style.REFUSED_FG), self.tr("✗ Something went wrong"),
                                   self.problem, self.tr("Try again; if it happens again, call a supervisor."))
        elif answer is None or (sheet is None and answer.outcome != PickOutcome.REFUSED):
            self.banner.show_texts((style.NEUTRAL_BG, style.NEUTRAL_FG), self.tr("Scan a pick list to start"),
                                   self.tr("Scan the barcode at the top of the printed pick list, or choose a wave "
                                           "with F3."))
        elif answer.outcome == PickOutcome.REFUSED:
            self.banner.show_texts((style.REFUSED_BG, style.REFUSED_FG), arg(self.tr("✗ Not taken: %1"), answer.code),
                                   answer.reason, self._next_hint())
        elif answer.outcome == PickOutcome.OPENED:
            self._render_opened(sheet)
        elif sheet.status == "closed":
            self.banner.show_texts((style.CANCEL_BG, style.CANCEL_FG), arg(self.tr("Wave %1 closed"), sheet.code),
                                   self._confirmed_text(answer),
                                   self.tr("Nothing of it goes to packing: its orders are in the exception queue. "
                                           "Put the items back."))
        elif sheet.next_line is None:
            self.banner.show_texts((style.OK_BG, style.OK_FG), arg(self.tr("✓ Wave %1 picked"), sheet.code),
                                   self._confirmed_text(answer), self.tr("Take the cart to packing. Scan the next "
                                                                         "pick list."))
        elif answer.outcome == PickOutcome.SHORT:
            self.banner.show_texts((style.CANCEL_BG, style.CANCEL_FG), self._confirmed_text(answer),
                                   arg(self.tr("To the exception queue: %1"), ", ".join(answer.short_orders) or "-"),
                                   self._next_hint())
        else:
            self.banner.show_texts((style.OK_BG, style.OK_FG), self._confirmed_text(answer), "", self._next_hint())

    def _render_opened(self, sheet: PickSheet) -> None:
        if not sheet.released:
            self.banner.show_texts((style.WARN_BG, style.WARN_FG), arg(self.tr("Wave %1 is not released yet"), sheet.code),
                                   self.tr("A supervisor releases it on the Waves screen; until then nothing on it "
                                           "can be confirmed."))
        elif not sheet.workable or sheet.next_line is None:
            self.banner.show_texts((style.OK_BG, style.OK_FG), arg(self.tr("Wave %1: nothing left to pick"), sheet.code))
        else:
            self.banner.show_texts((style.OPEN_BG, style.OPEN_FG), arg(self.tr("Wave %1"), sheet.code),
                                   self.tr("Pick each line, then scan its bin or the item's barcode."),
                                   self._next_hint())

    def _confirmed_text(self, answer: PickAnswer) -> str:
        parts = [f"{c.bin} {c.sku} {c.picked}/{c.expected}" for c in answer.confirmed]
        if len(parts) > 3:
            parts = parts[:2] + [arg(self.tr("and %1 more"), len(parts) - 2)]
        if answer.outcome == PickOutcome.SHORT:
            return "⚠ " + arg(self.tr("Short: %1"), ", ".join(parts))
        return "✓ " + arg(self.tr("Picked: %1"), ", ".join(parts))

    def _next_hint(self) -> str:
        line = self.sheet.next_line if self.sheet is not None else None
        if line is None:
            return ""
        return arg(self.tr("Next: %1  ·  %2  ×%3"), line.bin, line.name, line.quantity)

    def _render_wave(self) -> None:
        sheet = self.sheet
        if sheet is None:
            self.info.setText("")
            self.progress.setRange(0, 1)
            self.progress.setValue(0)
            self.progress.setFormat(self.tr("no wave open"))
            return
        status = status_text(sheet.status)
        self.info.setText(" · ".join(part for part in (
            sheet.carrier, sheet.pickup_batch or "", kind_text(sheet.kind), arg(self.tr("%1 orders"), sheet.orders),
            status if sheet.released else self.tr("not released")) if part))
        self.progress.setRange(0, max(len(sheet.lines), 1))
        self.progress.setValue(sheet.confirmed)
        self.progress.setFormat(arg(self.tr("%1 / %2 bins · %3 / %4 units"), sheet.confirmed, len(sheet.lines),
                                    sheet.units_picked, sheet.units))

    def _fill_choices(self) -> None:
        """The chooser: waves on the floor, and the open wave even when it is done."""
        current = self.sheet.code if self.sheet is not None else None
        entries = [(c.code, self._choice_text(c)) for c in self.choices]
        if current is not None and current not in [code for code, _ in entries]:
            entries.insert(0, (current, f"{current}  ({status_text(self.sheet.status)})"))
        self.waves.blockSignals(True)
        self.waves.clear()
        if current is None:
            self.waves.addItem(self.tr("— choose a wave —"), None)
        for code, text in entries:
            self.waves.addItem(text, code)
        self.waves.setCurrentIndex(max(self.waves.findData(current), 0))
        self.waves.blockSignals(False)

    def _choice_text(self, choice: WaveChoice) -> str:
        batch = f" {choice.pickup_batch}" if choice.pickup_batch else ""
        return f"{choice.code}  {choice.carrier}{batch}  {kind_text(choice.kind)}  {choice.confirmed}/{choice.bins}"

    # -- keys and inputs ---------------------------------------------------------------------------
    def _chosen(self, index: int) -> None:
        code = self.waves.itemData(index)
        if code:
            self.open_wave(code)

    def open_short(self) -> None:
        line = self.selected_line()
        if self.sheet is None or line is None or line.done or not self.sheet.workable:
            return
        self.confirming_all = False
        self.short_panel.open_for(line)

    def _typed(self) -> None:
        code = self.code_entry.text().strip()
        self.code_entry.clear()
        if code:
            self.handle_scan(code, "typed")

    def focus_code_entry(self) -> None:
        self.code_entry.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.code_entry.selectAll()

    def focus_waves(self) -> None:
        self.waves.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- the printable pick list -------------------------------------------------------------------
    def print_pick_list(self) -> None:
        if self.sheet is not None:
            self.worker.submit("pick: print list", _print_list, self.sheet.code, on_done=self._printed,
                               on_error=self._failed)

    def _printed(self, result: tuple[bool, str]) -> None:
        queued, text = result
        if self.sounds is not None:
            self.sounds.play("count" if queued else "error")
        self.status_message.emit(arg(self.tr("Pick list queued for printing: job %1"), text) if queued
                                 else arg(self.tr("✗ Pick list not printed: %1"), text))

    def save_pick_list(self) -> None:
        if self.sheet is None:
            return
        folder = self.folder or Path(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
        path = folder / f"pick-list-{self.sheet.code}.pdf"
        if self.folder is None:
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the pick list"), str(path),
                                                    self.tr("PDF (*.pdf)"))
            if not chosen:
                return
            path = Path(chosen)
        self.status_message.emit(self.tr("Making the pick list…"))
        self.worker.submit("pick: pick list", _document, self.sheet.code,
                           on_done=lambda document: self._render_pick_list(document, path), on_error=self._failed)

    def _render_pick_list(self, document, path: Path) -> None:
        def done(written: Path) -> None:
            self.status_message.emit(arg(self.tr("Pick list saved: %1"), written))
            self.open_file(written)

        def failed(exc: BaseException) -> None:
            self.status_message.emit(arg(self.tr("Cannot make the pick list: %1"), exc))

        run_in_pool("pick list", lambda: labels.render_to_file(document, "pdf", path, "A4"), done, failed)


def status_text(status: str) -> str:
    return {"planned": translate("PickScreen", "planned"), "picking": translate("PickScreen", "picking"),
            "picked": translate("PickScreen", "picked"), "closed": translate("PickScreen", "closed")}.get(status, status)


def kind_text(kind: str) -> str:
    return {"single": translate("PickScreen", "single-unit"), "multi": translate("PickScreen", "multi-unit")}.get(
        kind, kind)
