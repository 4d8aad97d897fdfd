"""A wave's pick list as a Qt model: walking order, bin, SKU, item, quantity, picked.

Read from a metre away on a cart: the bin and the quantity big and bold, a confirmed line green
with a tick, a short one amber with what was found.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from whs_app.pick_sheet import PickLine
from ui import style

Index = QModelIndex | QPersistentModelIndex
SEQ, BIN, SKU, ITEM, QTY, PICKED = range(6)
COLUMNS = 6
SHORT_BG = "#FFE082"
_RIGHT = int((Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight).value)
_LEFT = int((Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft).value)
_CENTRE = int(Qt.AlignmentFlag.AlignCenter.value)


class PickLinesModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._lines: tuple[PickLine, ...] = ()
        self._scale = style.Scale()
        self._fonts = self._make_fonts()
        self._brushes = {"done": QBrush(QColor(style.LINE_DONE_BG)), "short": QBrush(QColor(SHORT_BG)),
                         "done_fg": QBrush(QColor(style.LINE_DONE_FG)), "muted": QBrush(QColor(style.MUTED_FG))}

    def set_lines(self, lines: tuple[PickLine, ...]) -> None:
        if [line.sku for line in lines] == [line.sku for line in self._lines]:
            changed = [row for row, (old, new) in enumerate(zip(self._lines, lines)) if old != new]
            self._lines = tuple(lines)
            for row in changed:
                self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMNS - 1))
            return
        self.beginResetModel()
        self._lines = tuple(lines)
        self.endResetModel()

    def lines(self) -> tuple[PickLine, ...]:
        return self._lines

    def line(self, row: int) -> PickLine | None:
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def row_of(self, sku: str | None) -> int | None:
        return next((row for row, line in enumerate(self._lines) if line.sku == sku), None)

    def set_scale(self, scale: style.Scale) -> None:
        self._scale = scale
        self._fonts = self._make_fonts()
        if self._lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._lines) - 1, COLUMNS - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)

    def font(self, column: int) -> QFont:
        return self._fonts[column]

    def _make_fonts(self) -> dict[int, QFont]:
        px = self._scale.px
        big = style.font(px(style.SIZE_LINE), bold=True, mono=True)
        return {SEQ: style.font(px(style.SIZE_SMALL + 3)), BIN: big, SKU: style.font(px(style.SIZE_SMALL + 3), mono=True),
                ITEM: style.font(px(style.SIZE_LINE - 6), bold=True), QTY: big, PICKED: big,
                -1: style.font(px(style.SIZE_SMALL))}

    # -- the model -----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        line, column = self._lines[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, column)
        if role == Qt.ItemDataRole.FontRole:
            return self._fonts[column]
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._brushes["short"] if line.short else (self._brushes["done"] if line.done else None)
        if role == Qt.ItemDataRole.ForegroundRole:
            if line.done and not line.short:
                return self._brushes["done_fg"]
            return self._brushes["muted"] if column in (SEQ, SKU) else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column in (QTY, PICKED) else (_CENTRE if column == SEQ else _LEFT)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{line.bin} {line.sku} {line.name} ×{line.quantity} {self._text(line, PICKED)}"
        return None

    @staticmethod
    def _text(line: PickLine, column: int) -> str:
        if column == SEQ:
            return str(line.seq)
        if column == BIN:
            return line.bin
        if column == SKU:
            return line.sku
        if column == ITEM:
            return line.name
        if column == QTY:
            return f"×{line.quantity}"
        if not line.done:
            return ""
        return f"✓ {line.picked}" if not line.short else f"⚠ {line.picked}"

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("#"), self.tr("Bin"), self.tr("SKU"), self.tr("Item"), self.tr("Quantity"),
                    self.tr("Picked"))[section]
        if role == Qt.ItemDataRole.FontRole:
            return self._fonts[-1]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if section in (QTY, PICKED) else (_CENTRE if section == SEQ else _LEFT)
        return None
