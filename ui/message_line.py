"""The line above a supervisor screen's tables that says what just happened."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from ui import style


class MessageLine(QLabel):
    """Red with ✗ for a refusal, green with ✓ for a decision carried out; hidden until the first."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWordWrap(True)
        self.setAutoFillBackground(True)
        self.setContentsMargins(16, 6, 16, 6)
        self.hide()

    def say(self, text: str, refused: bool = False) -> None:
        self.setText(("✗ " if refused else "✓ ") + text)
        colours = (style.REFUSED_BG, style.REFUSED_FG) if refused else (style.OK_BG, style.OK_FG)
        style.paint(self, *colours)
        self.setFont(style.font(style.SIZE_HEADER, bold=True))
        self.show()
