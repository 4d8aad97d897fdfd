"""The monitoring board's tables: printers, packers, the exception queue by reason.

A few rows each, replaced whole every few seconds (`BoardTable.set_rows`): big type, no grid, the
first column left and the numbers right, a cell's colour where it carries meaning (a printer that
cannot print is red).
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ui import style

Index = QModelIndex | QPersistentModelIndex
ROW_BG, ROW_ALT_BG, HEADER_BG, TEXT, MUTED = "#1C2B33", "#22343D", "#102027", "#FFFFFF", "#B0BEC5"
_RIGHT = int((Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight).value)
_LEFT = int((Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft).value)


@dataclass(frozen=True)
class Cell:
    text: str
    colour: str | None = None      # text colour; None: the table's


class RowsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.headers: list[str] = []
        self.rows: list[tuple[Cell, ...]] = []
        self.font = style.font(style.SIZE_SMALL)
        self.header_font = style.font(style.SIZE_SMALL)
        self._brushes: dict[str, QBrush] = {}

    def set_rows(self, rows: list[tuple[Cell, ...]]) -> None:
        if len(rows) != len(self.rows):
            self.beginResetModel()
            self.rows = rows
            self.endResetModel()
        elif rows != self.rows:
            self.rows = rows
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(self.headers) - 1))

    def set_headers(self, headers: list[str]) -> None:
        self.beginResetModel()
        self.headers = headers
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        cell = self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text
        if role == Qt.ItemDataRole.ForegroundRole and cell.colour:
            return self._brush(cell.colour)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT if index.column() == 0 else _RIGHT
        if role == Qt.ItemDataRole.FontRole:
            return self.font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or section >= len(self.headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT if section == 0 else _RIGHT
        if role == Qt.ItemDataRole.FontRole:      # the style sheet would give the header the default font
            return self.header_font
        return None

    def _brush(self, colour: str) -> QBrush:
        if colour not in self._brushes:
            self._brushes[colour] = QBrush(QColor(colour))
        return self._brushes[colour]


class BoardTable(QTableView):
    """A read-only table in the board's colours; Tab reaches it, arrows scroll it."""

    def __init__(self, name: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.rows = RowsModel(self)
        self.setModel(self.rows)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verticalHeader().hide()
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.setFrameShape(QTableView.Shape.NoFrame)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.setStyleSheet(
            f"QTableView {{ background: {ROW_BG}; alternate-background-color: {ROW_ALT_BG}; color: {TEXT}; }}"
            f" QTableView::item {{ padding: 0px 8px; }}"
            f" QHeaderView::section {{ background: {HEADER_BG}; color: {MUTED}; border: none; padding: 2px 8px; }}")
        self.set_scale(style.Scale())

    def set_scale(self, scale: style.Scale) -> None:
        self.rows.font = style.font(scale.px(style.SIZE_SMALL + 1))
        self.rows.header_font = style.font(scale.px(style.SIZE_SMALL - 1))
        self.verticalHeader().setDefaultSectionSize(round(scale.px(style.SIZE_SMALL + 1) * 1.6))
        self.rows.layoutChanged.emit()
        self.rows.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(self.rows.columnCount() - 1, 0))

    def set_headers(self, headers: list[str]) -> None:
        self.rows.set_headers(headers)
        self._stretch()

    def set_rows(self, rows: list[tuple[Cell, ...]]) -> None:
        self.rows.set_rows(rows)

    def _stretch(self) -> None:
        """The first column takes the width the numbers leave."""
        header = self.horizontalHeader()
        if self.rows.columnCount():
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def texts(self) -> list[list[str]]:
        return [[cell.text for cell in row] for row in self.rows.rows]

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), 120)
