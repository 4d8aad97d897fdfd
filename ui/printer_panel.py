"""Which printer the station prints to, in what state, and the failover notice.

`PrinterPanel` sits in the header: per kind of job (label; slip when another printer prints
slips) the printer in use with a coloured dot and its state in words. `FailoverNotice` is the
amber strip that says the station switched to a backup printer on its own, and that the packer
need not do anything.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ui import style
from ui.i18n import arg
from ui.printer_feed import PrinterBoard, PrinterView

translate = QCoreApplication.translate


def state_text(state: str | None) -> str:
    return {
        "ready": translate("PrinterPanel", "ready"),
        "paper_near_end": translate("PrinterPanel", "paper low"),
        "paper_out": translate("PrinterPanel", "paper out"),
        "offline": translate("PrinterPanel", "offline"),
        "error": translate("PrinterPanel", "fault"),
        "unknown": translate("PrinterPanel", "no status"),
        None: translate("PrinterPanel", "not checked yet"),
    }.get(state, state or "")


def kind_text(kind: str) -> str:
    return {"label": translate("PrinterPanel", "Label printer"), "slip": translate("PrinterPanel", "Slip printer"), "both": translate("PrinterPanel", "Printer")}[kind]


class PrinterPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printerPanel")
        self.board: PrinterBoard | None = None
        self._labels: list[QLabel] = [QLabel(self), QLabel(self)]
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(24)
        for label in self._labels:
            label.setTextFormat(Qt.TextFormat.RichText)
            layout.addWidget(label)
        self.set_scale(style.Scale())

    def set_scale(self, scale: style.Scale) -> None:
        for label in self._labels:
            label.setFont(style.font(scale.px(style.SIZE_HEADER)))

    def set_board(self, board: PrinterBoard) -> None:
        self.board = board
        self.retranslate()

    def texts(self) -> list[str]:
        return [label.text() for label in self._labels if label.isVisible()]

    def retranslate(self) -> None:
        board = self.board
        if board is None:
            self._show([translate("PrinterPanel", "Printers: checking…")])
        elif not board.configured:
            none = translate("PrinterPanel", "No printer configured")
            self._show([f"<span style='color:{style.WARN_BG}'>⚠ {none}</span>"])
        elif board.shared():
            self._show([self._kind_html(board, "label", translate("PrinterPanel", "Printer"))])
        else:
            self._show([self._kind_html(board, "label", kind_text("label")),
                        self._kind_html(board, "slip", kind_text("slip"))])

    def _show(self, texts: list[str]) -> None:
        for index, label in enumerate(self._labels):
            label.setVisible(index < len(texts))
            if index < len(texts):
                label.setText(texts[index])

    def _kind_html(self, board: PrinterBoard, kind: str, title: str) -> str:
        active = board.active(kind)
        if not board.chain(kind):
            none = translate("PrinterPanel", "none")
            return f"{title}: <span style='color:{style.WARN_BG}'>{none}</span>"
        if active is None:
            primary = board.primary(kind)
            cannot = translate("PrinterPanel", "cannot print")
            return (f"{title}: <b>{primary.name}</b> {_dot(primary)} "
                    f"<span style='color:{style.STATE_COLOURS['error']}'><b>{cannot}</b></span>"
                    f" ({state_text(primary.state)})")
        backup = ""
        if board.on_backup(kind):
            word = translate("PrinterPanel", "backup")
            backup = f" <span style='color:{style.WARN_BG}'><b>{word}</b></span>"
        return f"{title}: <b>{active.name}</b>{backup} {_dot(active)} {state_text(active.state)}"


def _dot(printer: PrinterView) -> str:
    colour = style.STATE_COLOURS.get(printer.state, style.STATE_COLOURS[None])
    if printer.state is None and printer.usable:
        colour = style.STATE_COLOURS[None]
    return f"<span style='color:{colour}'>●</span>"


class FailoverNotice(QLabel):
    """Amber strip, shown while a kind of job goes to a backup printer or none can print."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("failoverNotice")
        self.setWordWrap(True)
        self.setAutoFillBackground(True)
        self.setContentsMargins(16, 6, 16, 6)
        self.board: PrinterBoard | None = None
        self.hide()

    def set_scale(self, scale: style.Scale) -> None:
        self.setFont(style.font(scale.px(style.SIZE_HEADER), bold=True))

    def set_board(self, board: PrinterBoard) -> None:
        self.board = board
        self.retranslate()

    def retranslate(self) -> None:
        text, alarm = self.notice(self.board)
        self.setVisible(bool(text))
        if text:
            self.setText(text)
            if alarm:
                style.paint(self, style.REFUSED_BG, style.REFUSED_FG)
            else:
                style.paint(self, style.WARN_BG, style.WARN_FG)

    @staticmethod
    def notice(board: PrinterBoard | None) -> tuple[str, bool]:
        """(text, alarm): what to say about the label printers, if anything."""
        if board is None or not board.chain("label"):
            return "", False
        active, primary = board.active("label"), board.primary("label")
        if active is None:
            return arg(translate("PrinterPanel", "No label printer can print now (%1: %2). Labels wait in the queue and print when "
                          "a printer is back; call a supervisor."), primary.name, state_text(primary.state)), True
        if board.on_backup("label"):
            return arg(translate("PrinterPanel", "Printer %1 is %2: labels now print on the backup %3 automatically. "
                          "Nothing to do; keep packing."), primary.name, state_text(primary.state), active.name), False
        return "", False
