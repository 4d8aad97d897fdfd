"""Keyboard shortcuts that work anywhere inside a screen or panel."""
from __future__ import annotations

from typing import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

Key = str | Qt.Key | QKeySequence


def shortcut_actions(owner: QWidget, keys: Iterable[tuple[Key, Callable[[], object]]]) -> list[QAction]:
    """One action per (key, slot), triggered by the key while the focus is in `owner` or its
    children; add them to `owner` (`owner.addActions(...)`)."""
    actions = []
    for key, slot in keys:
        action = QAction(owner)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        actions.append(action)
    return actions
