"""A read-only table over a big SQL table: rows come a page at a time from a store worker.

`SqlTableModel` holds only the rows fetched so far. When the view nears the last of them Qt asks
`canFetchMore`/`fetchMore`, and the model asks the worker for the next page (after the last
row's key, store/browse.py) and inserts the rows when they come; the GUI thread never runs SQL.
A header click or a new filter is a new query: the worker counts the matching rows and reads the
first page in that order, sorted by SQL, never in Python. Answers to a query since replaced are
dropped. `SqlTableView` is the view that goes with it: one row per order, sortable headers only
where the store can sort.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from whs_app.store.browse import FIELDS, OrderQuery, Page
from ui.workers import StoreWorker

Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200
_DISPLAY, _ALIGN, _TOOLTIP = (int(role.value) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ToolTipRole))
_LEFT = int((Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft).value)
_RIGHT = int((Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight).value)


@dataclass(frozen=True)
class Column:
    field: str                                  # a name in the source's fields
    title: Callable[[], str]                    # the header, translated when asked
    sort: str | None = None                     # the store's sort for this column, if it has one
    text: Callable[[Any], str] = lambda value: "" if value is None else str(value)
    numeric: bool = False                       # right-aligned
    chars: int = 8                              # the width it starts with, in digits of the table's font


@dataclass(frozen=True)
class Source:
    """What a model reads, as jobs for the worker: fn(context, ...) on the worker's thread."""
    fields: tuple[str, ...]
    prepare: Callable[[Any, Any, int, int | None], tuple[Any, int]]   # (context, query, limit, count if known)
                                                                       # -> (query, count)
    page: Callable[[Any, Any, tuple | None, int], Page]         # (context, query, after, limit) -> page


def _prepare_orders(context: Any, query: OrderQuery, limit: int, count: int | None) -> tuple[OrderQuery, int]:
    return context.store.browse.prepare(query, limit, count)


def _order_page(context: Any, query: OrderQuery, after: tuple | None, limit: int) -> Page:
    return context.store.browse.order_page(query, after, limit)


ORDERS = Source(FIELDS, _prepare_orders, _order_page)


class SqlTableModel(QAbstractTableModel):
    counted = Signal(int)       # how many rows the query matches (after each new query)
    loaded = Signal(int)        # how many rows are here now (after each page)
    failed = Signal(str)

    def __init__(self, worker: StoreWorker, columns: list[Column], query: Any = OrderQuery(),
                 source: Source = ORDERS, page_size: int = PAGE_SIZE, parent: Any = None) -> None:
        super().__init__(parent)
        self.worker, self.columns, self.source, self.page_size = worker, columns, source, page_size
        self._slots = [source.fields.index(column.field) for column in columns]
        self._id_slot = source.fields.index("id")
        self.query = query
        self.count: int | None = None
        self._rows: list[tuple] = []
        self._after: tuple | None = None
        self._more = False
        self._loading = False
        self._generation = 0

    # -- queries -------------------------------------------------------------------------------------
    def set_query(self, query: Any, count: int | None = None) -> None:
        """Show what `query` matches, from its first page (the rows shown so far go). `count`: how
        many rows it matches, when known (the same rows in another order)."""
        self._generation += 1
        generation = self._generation
        self.beginResetModel()
        self.query, self.count, self._rows, self._after, self._more, self._loading = query, None, [], None, False, True
        self.endResetModel()
        self.worker.submit("table: count", self.source.prepare, query, self.page_size, count,
                           on_done=lambda answer: self._prepared(generation, answer),
                           on_error=lambda exc: self._failed(generation, exc))

    def reload(self) -> None:
        """The same query again, from the top (after the data changed)."""
        self.set_query(self.query)

    def sortable(self, column: int) -> bool:
        return 0 <= column < len(self.columns) and self.columns[column].sort is not None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A header click: the store sorts (a column it cannot sort by is ignored)."""
        if self.sortable(column):
            self.set_query(replace(self.query, sort=self.columns[column].sort,
                                   descending=order == Qt.SortOrder.DescendingOrder), self.count)

    def sort_column(self) -> int | None:
        """The column the query sorts by, if one shows it."""
        return next((n for n, column in enumerate(self.columns) if column.sort == self.query.sort), None)

    @property
    def loading(self) -> bool:
        return self._loading

    # -- pages ---------------------------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self._fetch()

    def _fetch(self) -> None:
        self._loading = True
        generation = self._generation
        self.worker.submit("table: page", self.source.page, self.query, self._after, self.page_size,
                           on_done=lambda page: self._paged(generation, page),
                           on_error=lambda exc: self._failed(generation, exc))

    def _prepared(self, generation: int, answer: tuple[Any, int]) -> None:
        if generation != self._generation:
            return
        self.query, self.count = answer
        self.counted.emit(self.count)
        self._fetch()

    def _paged(self, generation: int, page: Page) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._after, self._more = page.after, page.after is not None
        if page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
        self.loaded.emit(len(self._rows))

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._loading = False
            self.failed.emit(str(exc))

    # -- rows ----------------------------------------------------------------------------------------
    def row_id(self, row: int) -> int:
        return self._rows[row][self._id_slot]

    def row_of(self, row_id: int) -> int | None:
        """The row showing this id, among those loaded."""
        return next((n for n, values in enumerate(self._rows) if values[self._id_slot] == row_id), None)

    def values(self, row: int) -> dict[str, Any]:
        return dict(zip(self.source.fields, self._rows[row]))

    # -- the model -----------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        role = int(role.value) if hasattr(role, "value") else int(role)
        column = self.columns[index.column()]
        if role in (_DISPLAY, _TOOLTIP):
            return column.text(self._rows[index.row()][self._slots[index.column()]])
        if role == _ALIGN:
            return _RIGHT if column.numeric else _LEFT
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        role = int(role.value) if hasattr(role, "value") else int(role)
        if role == _DISPLAY:
            return self.columns[section].title()
        if role == _ALIGN:
            return _RIGHT if self.columns[section].numeric else _LEFT
        return None

    def retranslate(self) -> None:
        """Headers and cells again in the language now installed."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1))


class SqlTableView(QTableView):
    """Rows of one fixed height (Qt lays out 100,000 of them without measuring each), one selected
    row at a time, and a header whose clicks sort through the model — only where it can."""

    def __init__(self, model: SqlTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        self._show_sort()
        header.sortIndicatorChanged.connect(self._sort_clicked)

    def set_row_height(self, pixels: int) -> None:
        self.verticalHeader().setDefaultSectionSize(pixels)

    def set_text_font(self, font: QFont) -> None:
        """The cells' font; column widths follow it (measured from a digit, never per row: 100,000
        rows would take seconds)."""
        self.setFont(font)
        digit = self.fontMetrics().horizontalAdvance("0")
        for n, column in enumerate(self.sql_model().columns):
            self.setColumnWidth(n, column.chars * digit + 16)

    def sql_model(self) -> SqlTableModel:
        return self.model()

    def _sort_clicked(self, column: int, order: Qt.SortOrder) -> None:
        model = self.sql_model()
        if model.sortable(column):
            model.sort(column, order)
        else:
            self._show_sort()

    def _show_sort(self) -> None:
        """The indicator on the column the query sorts by (or none)."""
        model, header = self.sql_model(), self.horizontalHeader()
        column = model.sort_column()
        order = Qt.SortOrder.DescendingOrder if model.query.descending else Qt.SortOrder.AscendingOrder
        header.blockSignals(True)
        header.setSortIndicator(-1 if column is None else column, order)
        header.blockSignals(False)
        header.viewport().update()
