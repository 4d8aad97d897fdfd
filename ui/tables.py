"""The house look of a table the user reads but never edits (the pack station's lines, the pick list)."""
from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTableView


def read_only(table: QTableView) -> None:
    """No editing, no row numbers, no grid, one line a cell, a header that does not light up with
    the selection. Selection, focus and colours stay the caller's."""
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.horizontalHeader().setHighlightSections(False)


def cell_style(padding: int) -> str:
    """Style sheet rules: cells `padding` px from their sides under a light grey header with a rule."""
    return (f"QTableView::item {{ padding: 0px {padding}px; }}"
            f" QHeaderView::section {{ padding: 3px {padding}px; background: #ECEFF1; color: #37474F;"
            " border: none; border-bottom: 1px solid #B0BEC5; }")
