"""The open parcel's lines as a Qt model: item name, SKU code, bin, counted / needed.

Built for reading from a metre away: big text, no pictures, a finished line goes green with a
tick, the line the last scan counted lights up. An update for the same parcel changes only the
cells that changed (a scan repaints one row, not the table).
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from whs_app.packing import LineView
from ui import style

Index = QModelIndex | QPersistentModelIndex
ITEM, SKU, BIN, COUNT = range(4)
DISPLAY, FONT, BACKGROUND, FOREGROUND, ALIGN, ACCESSIBLE = (
    int(role.value) for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.BackgroundRole,
                                 Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.TextAlignmentRole,
                                 Qt.ItemDataRole.AccessibleTextRole))
_CENTRE = int(Qt.AlignmentFlag.AlignCenter.value)
_LEFT = int((Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft).value)


class LinesModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._lines: tuple[LineView, ...] = ()
        self._ticked: str | None = None
        self._scale = style.Scale()
        self._fonts = self._make_fonts()
        self._brushes = {"done": QBrush(QColor(style.LINE_DONE_BG)), "ticked": QBrush(QColor(style.LINE_TICKED_BG)),
                         "done_fg": QBrush(QColor(style.LINE_DONE_FG)), "muted": QBrush(QColor(style.MUTED_FG))}

    # -- feeding -------------------------------------------------------------------------------
    def set_lines(self, lines: tuple[LineView, ...], ticked: str | None = None) -> None:
        same_rows = [line.sku_code for line in lines] == [line.sku_code for line in self._lines]
        if not same_rows:
            self.beginResetModel()
            self._lines, self._ticked = tuple(lines), ticked
            self.endResetModel()
            return
        changed = {row for row, (old, new) in enumerate(zip(self._lines, lines)) if old != new}
        changed |= {row for row, line in enumerate(lines) if line.sku_code in (ticked, self._ticked)}
        self._lines, self._ticked = tuple(lines), ticked
        for row in sorted(changed):
            self.dataChanged.emit(self.index(row, 0), self.index(row, COUNT))

    def set_scale(self, scale: style.Scale) -> None:
        self._scale = scale
        self._fonts = self._make_fonts()
        if self._lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._lines) - 1, COUNT))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COUNT)

    def font(self, column: int) -> QFont:
        return self._fonts[column]

    def lines(self) -> tuple[LineView, ...]:
        return self._lines

    def row_of(self, sku_code: str | None) -> int | None:
        return next((row for row, line in enumerate(self._lines) if line.sku_code == sku_code), None)

    def _make_fonts(self) -> dict[int, QFont]:
        px = self._scale.px
        return {ITEM: style.font(px(style.SIZE_LINE), bold=True), SKU: style.font(px(style.SIZE_SMALL + 3), mono=True),
                BIN: style.font(px(style.SIZE_LINE), bold=True, mono=True),
                COUNT: style.font(px(style.SIZE_COUNT), bold=True, mono=True), -1: style.font(px(style.SIZE_SMALL))}

    # -- the model -----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = DISPLAY):
        if not index.isValid():
            return None
        role = int(role.value) if hasattr(role, "value") else int(role)
        line, column = self._lines[index.row()], index.column()
        done = line.counted >= line.needed
        if role == DISPLAY:
            if column == ITEM:
                return line.name
            if column == SKU:
                return line.sku_code
            if column == BIN:
                return line.bin
            return f"{'✓ ' if done else ''}{line.counted} / {line.needed}"
        if role == FONT:
            return self._fonts[column]
        if role == BACKGROUND:
            if line.sku_code == self._ticked:
                return self._brushes["ticked"]
            return self._brushes["done"] if done else None
        if role == FOREGROUND:
            if done:
                return self._brushes["done_fg"]
            return self._brushes["muted"] if column == SKU else None
        if role == ALIGN:
            return _CENTRE if column == COUNT else _LEFT
        if role == ACCESSIBLE:
            return f"{line.name} {line.sku_code} {line.bin} {line.counted}/{line.needed}"
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Item"), self.tr("SKU"), self.tr("Bin"), self.tr("Scanned / wanted"))[section]
        if role == Qt.ItemDataRole.FontRole:
            return self._fonts[-1]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter if section == COUNT else
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None
