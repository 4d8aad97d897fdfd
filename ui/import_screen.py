"""Import (订单导入), for supervisors: pick the shops' export files, see what they would do, then import.

Choosing files (Ctrl+O) previews them at once: the office worker reads and checks every row and
plans the import against the database exactly as the import does (whs_app/importing/preview.py),
writing nothing. The screen shows the counts (new, changed, changed after review, unchanged, not
shippable, unknown SKU codes), the first orders with what would happen to each, and every row
error as file, row, column and reason. Import (Ctrl+Enter) is possible only for a preview without
errors; it writes the previewed files all or nothing, planned again in the write transaction, and
says what it did. File reading and parsing never run on the GUI thread.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFileDialog, QFrame, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QTableView, QTabWidget, QVBoxLayout, QWidget)

from whs_app.importing import ImportPreview, ImportRefused, ImportResult, Problem, import_batch, preview_files
from whs_app.importing.preview import Outcome
from whs_app.importing.reading import Batch
from whs_app.importing.tables import names as format_names
from ui import style
from ui.i18n import Retranslated, arg
from ui.office import Office
from ui.scanner_filter import scan_field
from ui.shortcuts import shortcut_actions
from ui.workers import StoreWorker

#: Problem lists longer than this keep one line per row (sizing rows to wrapped text costs time).
WRAP_PROBLEMS = 500
FILE_TYPES = "*.csv *.txt *.jsonl *.json"


@dataclass(frozen=True)
class Refusal:
    """The files (or the database, for a write) refused the import: nothing was written."""
    problems: tuple[Problem, ...]


# -- jobs on the office worker ---------------------------------------------------------------------
def _preview(office: Office, paths: list[str], fmt: str | None, shop: str | None) -> ImportPreview | Refusal:
    try:
        return preview_files(office.store, paths, fmt, shop)
    except ImportRefused as refused:
        return Refusal(tuple(refused.problems))


def _import(office: Office, batch: Batch) -> ImportResult | Refusal:
    try:
        return import_batch(office.store, office.clock, office.actor, batch)
    except ImportRefused as refused:
        return Refusal(tuple(refused.problems))


# -- tables --------------------------------------------------------------------------------------------
class RowsModel(QAbstractTableModel):
    """Rows of texts under translated headings; `colours` paints a column's text by its value."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headings: list[str] = []
        self.rows: list[tuple[str, ...]] = []
        self.colours: dict[tuple[int, str], str] = {}     # (column, text) -> colour

    def set_rows(self, headings: list[str], rows: list[tuple[str, ...]],
                 colours: dict[tuple[int, str], str] | None = None) -> None:
        self.beginResetModel()
        self.headings, self.rows, self.colours = headings, rows, colours or {}
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headings)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        text = self.rows[index.row()][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return text
        if role == Qt.ItemDataRole.ForegroundRole and (index.column(), text) in self.colours:
            return QColor(self.colours[(index.column(), text)])
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headings[section]
        return None


def _table(parent: QWidget, name: str, stretch: int) -> tuple[QTableView, RowsModel]:
    table = QTableView(parent)
    table.setObjectName(name)
    model = RowsModel(table)
    table.setModel(model)
    table.setProperty("stretch", stretch)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setHighlightSections(False)
    table.setStyleSheet("QTableView::item { padding: 0px 8px; } QHeaderView::section { padding: 3px 8px; }")
    model.modelReset.connect(lambda: _size_columns(table))
    return table, model


def _size_columns(table: QTableView) -> None:
    header = table.horizontalHeader()
    for column in range(table.model().columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == table.property("stretch")
                                    else QHeaderView.ResizeMode.ResizeToContents)


class CountTile(QFrame):
    """One count, big, with what it counts under it."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.number = QLabel("–", self)
        self.number.setObjectName(f"{name}Number")
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 6, 14, 8)
        layout.setSpacing(0)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)

    def set_scale(self, scale: style.Scale) -> None:
        self.number.setFont(style.font(scale.px(style.SIZE_COUNT), bold=True, mono=True))
        self.caption.setFont(style.font(scale.px(style.SIZE_SMALL)))

    def show_count(self, value: int | None, colour: str = style.PAGE_FG) -> None:
        self.number.setText("–" if value is None else f"{value:,}")
        self.number.setStyleSheet(f"color: {colour if value else style.MUTED_FG};")


# -- the screen ----------------------------------------------------------------------------------------
TILES = ("new", "changed", "held", "unchanged", "not_shippable", "unknown_sku", "skus")


class ImportScreen(Retranslated, QWidget):
    status_message = Signal(str)
    previewed = Signal(object)     # ImportPreview or Refusal, after the screen shows it
    imported = Signal(object)      # ImportResult or Refusal, after the screen shows it

    def __init__(self, worker: StoreWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importScreen")
        self.worker = worker
        self.paths: list[str] = []
        self.preview: ImportPreview | None = None
        self.refusal: Refusal | None = None
        self.result: ImportResult | None = None
        self.busy: str | None = None          # "preview" or "import" while the worker has it
        self.folder = str(Path.home())
        self.scale = style.Scale()
        self._build()
        self.retranslate()

    # -- building --------------------------------------------------------------------------------
    def _build(self) -> None:
        self.choose_button = QPushButton(self)
        self.choose_button.setObjectName("chooseFiles")
        self.choose_button.clicked.connect(self.choose_files)
        self.format_label = QLabel(self)
        self.format_box = QComboBox(self)
        self.format_box.setObjectName("formatBox")
        self.format_label.setBuddy(self.format_box)
        self.shop_label = QLabel(self)
        self.shop_entry = scan_field(QLineEdit(self))
        self.shop_entry.setObjectName("shopEntry")
        self.shop_entry.setMinimumWidth(300)
        self.shop_label.setBuddy(self.shop_entry)
        self.again_button = QPushButton(self)
        self.again_button.setObjectName("previewAgain")
        self.again_button.clicked.connect(self.preview_again)
        controls = QHBoxLayout()
        controls.setSpacing(10)
        controls.addWidget(self.choose_button)
        controls.addSpacing(12)
        for widget in (self.format_label, self.format_box, self.shop_label, self.shop_entry, self.again_button):
            controls.addWidget(widget)
        controls.addStretch(1)

        self.files_label = QLabel(self)
        self.files_label.setObjectName("filesLabel")
        self.files_label.setWordWrap(True)
        self.verdict = QLabel(self)
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        self.verdict.setAutoFillBackground(True)
        self.verdict.setContentsMargins(16, 8, 16, 8)
        self.tiles = {name: CountTile(f"tile_{name}", self) for name in TILES}
        tiles = QHBoxLayout()
        tiles.setSpacing(8)
        for tile in self.tiles.values():
            tiles.addWidget(tile, 1)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("previewTabs")
        self.orders_table, self.orders_model = _table(self, "ordersTable", 8)
        self.skus_table, self.skus_model = _table(self, "skusTable", 4)
        self.problems_table, self.problems_model = _table(self, "problemsTable", 3)
        for table in (self.orders_table, self.skus_table, self.problems_table):
            self.tabs.addTab(table, "")

        self.import_button = QPushButton(self)
        self.import_button.setObjectName("importButton")
        self.import_button.clicked.connect(self.start_import)
        self.hint = QLabel(self)
        self.hint.setObjectName("importHint")
        self.hint.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(self.import_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(controls)
        layout.addWidget(self.files_label)
        layout.addWidget(self.verdict)
        layout.addLayout(tiles)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.addActions(shortcut_actions(self, [("Ctrl+O", self.choose_files), ("F5", self.preview_again),
                                                ("Ctrl+Return", self.start_import), ("Ctrl+Enter", self.start_import)]))
        self.set_scale(self.scale)

    def set_scale(self, scale: style.Scale) -> None:
        self.scale = scale
        control = style.font(scale.px(style.SIZE_SMALL + 1))
        for widget in (self.choose_button, self.format_label, self.format_box, self.shop_label, self.shop_entry,
                       self.again_button, self.files_label, self.hint, self.tabs):
            widget.setFont(control)
        for button in (self.choose_button, self.again_button):
            button.setMinimumHeight(scale.px(40))
        self.import_button.setFont(style.font(scale.px(style.SIZE_HEADER), bold=True))
        self.import_button.setMinimumHeight(scale.px(48))
        self.verdict.setFont(style.font(scale.px(style.SIZE_HEADER), bold=True))
        table_font = style.font(scale.px(style.SIZE_SMALL + 1))
        for table in (self.orders_table, self.skus_table, self.problems_table):
            table.setFont(table_font)
            table.horizontalHeader().setFont(style.font(scale.px(style.SIZE_SMALL)))
            table.verticalHeader().setDefaultSectionSize(round(scale.px(style.SIZE_SMALL + 1) * 1.8))
        for tile in self.tiles.values():
            tile.set_scale(scale)

    # -- text in the installed language ----------------------------------------------------------
    def title(self) -> str:
        return self.tr("Import")

    def retranslate(self) -> None:
        self.choose_button.setText(self.tr("Ctrl+O Choose files…"))
        self.format_label.setText(self.tr("Format:"))
        chosen = self.format_box.currentData()
        self.format_box.clear()
        self.format_box.addItem(self.tr("detect from the header"), None)
        for name in format_names():
            self.format_box.addItem(name, name)
        self.format_box.setCurrentIndex(max(0, self.format_box.findData(chosen)))
        self.shop_label.setText(self.tr("Shop:"))
        self.shop_entry.setPlaceholderText(self.tr("for files that name no shop"))
        self.again_button.setText(self.tr("F5 Preview again"))
        self.import_button.setText(self.tr("Ctrl+Enter Import"))
        captions = {"new": self.tr("new orders"), "changed": self.tr("changed, updated"),
                    "held": self.tr("changed after review → exceptions"), "unchanged": self.tr("unchanged"),
                    "not_shippable": self.tr("not shippable (unpaid, shipped, closed)"),
                    "unknown_sku": self.tr("lines with an unknown SKU code"),
                    "skus": self.tr("SKUs new or changed")}
        for name, tile in self.tiles.items():
            tile.caption.setText(captions[name])
        self._render()

    # -- choosing and previewing -------------------------------------------------------------------
    def choose_files(self) -> None:
        if self.busy:
            return
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Choose the export files to import"), self.folder,
            arg(self.tr("Exports (%1);;All files (*)"), FILE_TYPES))
        if paths:
            self.folder = str(Path(paths[0]).parent)
            self.preview_files(paths)

    def preview_again(self) -> None:
        if self.paths and not self.busy:
            self.preview_files(self.paths)

    def preview_files(self, paths: Sequence[str]) -> None:
        """Read, check and plan the files on the office worker; nothing is written."""
        self.paths = [str(p) for p in paths]
        self.preview = self.refusal = self.result = None
        self.busy = "preview"
        shop = self.shop_entry.text().strip() or None
        self.worker.submit("import preview", _preview, self.paths, self.format_box.currentData(), shop,
                           on_done=self._previewed, on_error=self._failed)
        self._render()

    def _previewed(self, answer: ImportPreview | Refusal) -> None:
        self.busy = None
        if isinstance(answer, Refusal):
            self.refusal = answer
        else:
            self.preview = answer
        self._render()
        self.previewed.emit(answer)

    # -- importing ----------------------------------------------------------------------------------
    def can_import(self) -> bool:
        return (not self.busy and self.preview is not None and self.result is None and self.refusal is None
                and self._changes(self.preview.result) > 0)

    def start_import(self) -> None:
        if not self.can_import():
            return
        self.busy = "import"
        self.worker.submit("import", _import, self.preview.batch, on_done=self._imported, on_error=self._failed)
        self._render()

    def _imported(self, answer: ImportResult | Refusal) -> None:
        self.busy = None
        if isinstance(answer, Refusal):     # the database changed since the preview (stock, barcodes)
            self.refusal = answer
        else:
            self.result = answer
            self.status_message.emit(self._imported_text(answer))
        self._render()
        self.imported.emit(answer)

    def _failed(self, exc: BaseException) -> None:
        self.busy = None
        self.refusal = Refusal((Problem("-", 0, "-", f"{type(exc).__name__}: {exc}"),))
        self._render()

    # -- what the screen shows ----------------------------------------------------------------------
    @staticmethod
    def _changes(result: ImportResult) -> int:
        return (result.orders_new + result.orders_changed + result.orders_changed_on_platform
                + result.skus_new + result.skus_changed)

    def _render(self) -> None:
        self.files_label.setText(arg(self.tr("Files: %1"), "  ·  ".join(Path(p).name for p in self.paths))
                                 if self.paths else self.tr("No files chosen yet."))
        self.again_button.setEnabled(bool(self.paths) and not self.busy)
        self.choose_button.setEnabled(not self.busy)
        self.import_button.setEnabled(self.can_import())
        shown = self.result or (self.preview.result if self.preview is not None else None)
        self._show_counts(shown if self.refusal is None else None)
        self._show_verdict()
        self._show_tables()

    def _show_verdict(self) -> None:
        colours, hint = (style.NEUTRAL_BG, style.NEUTRAL_FG), ""
        if self.busy == "preview":
            text = arg(self.tr("Reading and checking %1 file(s)…"), len(self.paths))
        elif self.busy == "import":
            text = self.tr("Importing…")
        elif self.refusal is not None:
            colours = (style.REFUSED_BG, style.REFUSED_FG)
            text = arg(self.tr("✗ Refused: %1 problem(s). Nothing was written."), len(self.refusal.problems))
            hint = self.tr("Fix the rows listed under Problems (or export again), then preview again (F5).")
        elif self.result is not None:
            colours = (style.OK_BG, style.OK_FG)
            text = self._imported_text(self.result)
            hint = self.tr("Done. Choose the next files with Ctrl+O.")
        elif self.preview is not None and self._changes(self.preview.result) == 0:
            text = self.tr("Nothing to import: everything in these files is already in the warehouse.")
        elif self.preview is not None:
            colours = (style.OPEN_BG, style.OPEN_FG)
            text = self.tr("Preview: nothing has been written yet. Check the counts and rows below.")
            hint = self.tr("Import writes all of it or nothing. Ctrl+Enter to import.")
        else:
            text = self.tr("Choose the shops' export files (Ctrl+O): order exports (Taobao/Tmall two-file export, "
                           "generic CSV, JSON lines) and SKU master data. You see what they would do before "
                           "anything is written.")
        self.verdict.setText(text)
        style.paint(self.verdict, *colours)
        self.hint.setText(hint)

    def _imported_text(self, result: ImportResult) -> str:
        if not result.written:
            return self.tr("Nothing was written: the warehouse already had all of it.")
        return arg(self.tr("✓ Imported (import %1): %2 new, %3 changed, %4 changed after review, %5 unchanged."),
                   result.import_id, result.orders_new, result.orders_changed, result.orders_changed_on_platform,
                   result.orders_unchanged)

    def _show_counts(self, result: ImportResult | None) -> None:
        if result is None:
            for tile in self.tiles.values():
                tile.show_count(None)
            return
        warn = "#E65100"
        self.tiles["new"].show_count(result.orders_new, style.OK_BG)
        self.tiles["changed"].show_count(result.orders_changed, style.OPEN_BG)
        self.tiles["held"].show_count(result.orders_changed_on_platform, warn)
        self.tiles["unchanged"].show_count(result.orders_unchanged)
        self.tiles["not_shippable"].show_count(result.orders_not_shippable, warn)
        self.tiles["unknown_sku"].show_count(result.unknown_sku_lines, warn)
        self.tiles["skus"].show_count(result.skus_new + result.skus_changed, style.OPEN_BG)

    def _show_tables(self) -> None:
        preview = self.preview if self.refusal is None else None
        orders = preview.orders if preview is not None else ()
        skus = preview.skus if preview is not None else ()
        problems = self.refusal.problems if self.refusal is not None else ()
        outcome = self._outcome_texts()
        self.orders_model.set_rows(
            [self.tr("Import does"), self.tr("Order"), self.tr("Status"), self.tr("Ships"), self.tr("Receiver"),
             self.tr("Province / city / district"), self.tr("Items"), self.tr("Shop"), self.tr("File:row")],
            [(outcome[r.outcome], r.order_no, r.status, self.tr("yes") if r.shippable else self.tr("no"), r.receiver,
              r.place, r.items, r.shop, f"{Path(r.file).name}:{r.row}") for r in orders],
            {(3, self.tr("no")): "#E65100", (0, outcome[Outcome.NEW]): style.OK_BG,
             (0, outcome[Outcome.CHANGED]): style.OPEN_BG, (0, outcome[Outcome.HELD]): style.REFUSED_BG})
        self.skus_model.set_rows(
            [self.tr("Import does"), self.tr("SKU code"), self.tr("Bin"), self.tr("Name"), self.tr("File:row")],
            [(outcome[r.outcome], r.code, r.bin, r.name, f"{Path(r.file).name}:{r.row}") for r in skus],
            {(0, outcome[Outcome.NEW]): style.OK_BG, (0, outcome[Outcome.CHANGED]): style.OPEN_BG})
        self.problems_model.set_rows(
            [self.tr("File"), self.tr("Row"), self.tr("Column"), self.tr("Reason")],
            [(Path(p.file).name, str(p.row) if p.row else self.tr("whole file"), p.column, p.reason)
             for p in problems])
        wrap = len(problems) <= WRAP_PROBLEMS
        self.problems_table.setWordWrap(wrap)
        self.problems_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents if wrap else QHeaderView.ResizeMode.Fixed)
        total = len(preview.batch.orders) if preview is not None else 0
        self.tabs.setTabText(0, arg(self.tr("Orders (first %1 of %2)"), len(orders), total) if total > len(orders)
                             else arg(self.tr("Orders (%1)"), total))
        self.tabs.setTabText(1, arg(self.tr("SKUs (%1)"), len(preview.batch.skus) if preview is not None else 0))
        self.tabs.setTabText(2, arg(self.tr("Problems (%1)"), len(problems)))
        self.tabs.setTabVisible(1, bool(skus))
        if problems:
            self.tabs.setCurrentIndex(2)
        elif orders or not skus:
            self.tabs.setCurrentIndex(0)
        else:
            self.tabs.setCurrentIndex(1)

    def _outcome_texts(self) -> dict[Outcome, str]:
        return {Outcome.NEW: self.tr("add"), Outcome.CHANGED: self.tr("update"),
                Outcome.HELD: self.tr("keep, to exceptions"), Outcome.UNCHANGED: self.tr("nothing")}

    # -- scans -----------------------------------------------------------------------------------------
    def handle_scan(self, code: str, source: str = "scanner", started: float | None = None) -> None:
        """Scans have no meaning here (the pack screen takes them)."""
