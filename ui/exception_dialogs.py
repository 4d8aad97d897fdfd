"""The dialogs of the review and exceptions screen: what a supervisor decides for an order.

Each only gathers the decision (reasons to waive, the new address, the orders to merge, a note);
the screen sends it to the office worker, where the core checks it again and refuses with a reason.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QVBoxLayout, QWidget)

from whs_app.model import Order, OrderState
from whs_app.review_rules import WAIVABLE
from whs_app.store.corrections import ADDRESS_FIELDS
from ui import style
from ui.board_screen import reason_text
from ui.i18n import Retranslated, arg

translate = QCoreApplication.translate


class DecisionDialog(Retranslated, QDialog):
    """A heading that says what is decided, the dialog's own fields, a note, OK / Cancel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(True)
        self.heading = QLabel(self)
        self.heading.setObjectName("decisionHeading")
        self.heading.setWordWrap(True)
        self.heading.setFont(style.font(style.SIZE_HEADER, bold=True))
        self.form = QFormLayout()
        self.note = QLineEdit(self)
        self.note.setObjectName("decisionNote")
        self.note_label = QLabel(self)
        self.note_label.setBuddy(self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(24, 20, 24, 16)
        self.layout_.setSpacing(12)
        self.layout_.addWidget(self.heading)
        self.layout_.addLayout(self.form)
        self.setFont(style.font(style.SIZE_SMALL + 1))
        self.setMinimumWidth(560)

    def finish_layout(self) -> None:
        """The note last, then the buttons (after the dialog's own fields)."""
        self.form.addRow(self.note_label, self.note)
        self.layout_.addWidget(self.buttons)
        self.retranslate()

    def ok_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def retranslate(self) -> None:
        # translate() with this class named: self.tr() in a subclass's object would look in its context
        self.note_label.setText(translate("DecisionDialog", "&Note"))
        self.note.setPlaceholderText(translate("DecisionDialog", "why, for the audit log (e.g. what the buyer said)"))


class ReleaseDialog(DecisionDialog):
    """Release (放行): tick the reasons a person has settled; the rest are checked again by review."""

    def __init__(self, order: Order, reasons: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("releaseDialog")
        self.order = order
        self.waivers: dict[str, QCheckBox] = {}
        for code in dict.fromkeys(reasons):
            box = QCheckBox(reason_text(code), self)
            box.setObjectName(f"waive_{code}")
            box.setEnabled(code in WAIVABLE)
            self.waivers[code] = box
            self.form.addRow(box)
        self.finish_layout()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Release order"))
        self.heading.setText(arg(self.tr("Release order %1 back to review. Tick the reasons you have settled: "
                                         "they are waived. Review checks the others again (stock, address, "
                                         "carrier) and keeps the order here if they still hold."),
                                 self.order.order_no))
        for code, box in self.waivers.items():
            if code not in WAIVABLE:
                box.setText(arg(self.tr("%1 (checked again, cannot be waived)"), reason_text(code)))
        self.ok_button().setText(self.tr("Release…"))

    def values(self) -> tuple[list[str], str]:
        return [code for code, box in self.waivers.items() if box.isChecked()], self.note.text().strip()


class AddressDialog(DecisionDialog):
    """Edit the address (改地址): every part, then the order is reviewed again."""

    def __init__(self, order: Order, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addressDialog")
        self.order = order
        self.labels: dict[str, QLabel] = {}
        self.fields: dict[str, QLineEdit] = {}
        for name in ADDRESS_FIELDS:
            field = QLineEdit(getattr(order, name), self)
            field.setObjectName(f"address_{name}")
            label = QLabel(self)
            label.setBuddy(field)
            self.fields[name], self.labels[name] = field, label
            self.form.addRow(label, field)
        phone = self.fields["receiver_phone"]
        phone.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9+\- ]{0,20}"), phone))
        phone.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.finish_layout()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Edit address"))
        self.heading.setText(arg(self.tr("New address for order %1. It is reviewed again when you save: "
                                         "a ready order gives back its stock and is checked like a new one."),
                                 self.order.order_no))
        names = {"receiver_name": self.tr("&Receiver"), "receiver_phone": self.tr("&Phone"),
                 "province": self.tr("Pro&vince"), "city": self.tr("&City"), "district": self.tr("&District"),
                 "address": self.tr("&Street address")}
        for name, label in self.labels.items():
            label.setText(names[name])
        self.ok_button().setText(self.tr("Save and review"))

    def values(self) -> tuple[dict[str, str], str]:
        return {name: field.text() for name, field in self.fields.items()}, self.note.text().strip()


class NoteDialog(DecisionDialog):
    """Hold (挂起) or cancel (取消): what happens, and a note."""

    def __init__(self, heading: str, ok_text: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._heading, self._ok_text = heading, ok_text
        self.finish_layout()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self._ok_text.rstrip("…"))
        self.heading.setText(self._heading)
        self.ok_button().setText(self._ok_text)

    def values(self) -> str:
        return self.note.text().strip()


class MergeDialog(DecisionDialog):
    """Merge (合单) by hand: tick the orders of the same buyer and address that ship together.
    Orders from the queue are released into the parcel (the reasons ticked below are waived)."""

    def __init__(self, order: Order, partners: list[Order], reasons: dict[int, list[str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.order, self.partners, self.reasons = order, partners, reasons
        self.orders = QListWidget(self)
        self.orders.setObjectName("mergeOrders")
        for partner in partners:
            item = QListWidgetItem(self.orders)
            flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable
            if partner.id == order.id:
                flags &= ~Qt.ItemFlag.ItemIsEnabled
            item.setFlags(flags)
            item.setCheckState(Qt.CheckState.Checked if partner.id == order.id else Qt.CheckState.Unchecked)
        self.orders.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.orders.setWordWrap(True)
        self.setMinimumWidth(720)
        self.orders_label = QLabel(self)
        self.orders_label.setBuddy(self.orders)
        self.form.addRow(self.orders_label)
        self.form.addRow(self.orders)
        waivable = sorted({code for codes in reasons.values() for code in codes if code in WAIVABLE})
        self.waivers = {code: QCheckBox(reason_text(code), self) for code in waivable}
        self.waivers_label = QLabel(self)
        if self.waivers:
            self.form.addRow(self.waivers_label)
        for code, box in self.waivers.items():
            box.setObjectName(f"waive_{code}")
            self.form.addRow(box)
        self.finish_layout()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Merge orders"))
        self.heading.setText(arg(self.tr("Ship orders of the same buyer and address as one parcel with %1. "
                                         "The first paid leads it; orders from the exception queue are "
                                         "released into it (tick the reasons you have settled)."),
                                 self.order.order_no))
        self.orders_label.setText(self.tr("&Orders in the parcel"))
        self.waivers_label.setText(self.tr("Reasons you have settled (waived for the orders from the queue):"))
        for row, partner in enumerate(self.partners):
            reasons = ", ".join(reason_text(code) for code in self.reasons.get(partner.id, []))
            state = arg(self.tr("in the queue: %1"), reasons) if partner.state == OrderState.EXCEPTION \
                else self.tr("ready")
            paid = (partner.paid_at or "")[5:16]
            self.orders.item(row).setText(f"{partner.order_no}   {paid}   {state}")
        rows = sum(self.orders.sizeHintForRow(row) for row in range(self.orders.count()))
        self.orders.setFixedHeight(min(rows, 8 * self.orders.sizeHintForRow(0)) + 2 * self.orders.frameWidth() + 4)
        self.ok_button().setText(self.tr("Merge"))

    def chosen_orders(self) -> list[Order]:
        """The ticked orders (row by row, as the partners were listed)."""
        return [partner for row, partner in enumerate(self.partners)
                if self.orders.item(row).checkState() == Qt.CheckState.Checked]

    def values(self) -> tuple[list[str], str]:
        """What the merge takes besides its orders: the reasons waived and the note."""
        return [code for code, box in self.waivers.items() if box.isChecked()], self.note.text().strip()
