"""One order in detail, beside the review and exceptions tables: why it is held, where it goes,
what is in it, what the buyer and seller wrote, what it could merge with; and the buttons for
what a supervisor can do with it in its state.
"""
from __future__ import annotations

import html
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QFrame, QGridLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget)

from whs_app.exceptions_queue import ADDRESS_EDITABLE, CANCELLABLE, HOLDABLE, MERGEABLE
from whs_app.model import Order, OrderState
from ui import style
from ui.board_screen import reason_text
from ui.i18n import arg

translate = QCoreApplication.translate
ACTIONS = ("release", "edit", "merge", "hold", "cancel")


def state_text(state: str) -> str:
    """An order state in the installed language."""
    return {
        "not_shippable": translate("OrderPanel", "not shippable"), "new": translate("OrderPanel", "to review"),
        "exception": translate("OrderPanel", "exception"), "ready": translate("OrderPanel", "ready"),
        "waved": translate("OrderPanel", "on a wave"), "picked": translate("OrderPanel", "picked"),
        "packing": translate("OrderPanel", "packing"), "packed": translate("OrderPanel", "packed"),
        "shipped": translate("OrderPanel", "shipped"), "cancelled": translate("OrderPanel", "cancelled"),
    }.get(state, state)


STATE_COLOURS = {"exception": style.REFUSED_BG, "cancelled": style.CANCEL_BG, "ready": style.OK_BG,
                 "shipped": style.MUTED_FG, "packed": style.MUTED_FG}


@dataclass
class OrderCard:
    """An order as the panel shows it, read on the office worker."""
    order: Order                                   # with its lines
    shop: str
    carrier: str
    wave: str
    reasons: list[dict]                            # open exceptions: reason, detail, raised_at
    partners: list[Order] = field(default_factory=list)   # merge by hand: the same parcel, itself included
    partner_reasons: dict[int, list[str]] = field(default_factory=dict)
    group: list[str] = field(default_factory=list)        # its merge group now, leader first

    def can(self, action: str) -> bool:
        """Whether the action is offered for the order in its state (the core decides for good)."""
        order = self.order
        return {"release": order.state == OrderState.EXCEPTION,
                "edit": order.state in ADDRESS_EDITABLE and not order.waybill_no,
                "merge": order.state in MERGEABLE and len(self.partners) > 1,
                "hold": order.state in HOLDABLE,
                "cancel": order.state in CANCELLABLE}[action]


class OrderPanel(QFrame):
    action = Signal(str)            # one of ACTIONS, clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("orderPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.card: OrderCard | None = None
        self.title = QLabel(self)
        self.title.setObjectName("orderTitle")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state = QLabel(self)
        self.state.setObjectName("orderState")
        self.state.setAutoFillBackground(True)
        self.state.setContentsMargins(10, 2, 10, 2)
        self.body = QLabel(self)
        self.body.setObjectName("orderBody")
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.body)
        self.buttons = {name: QPushButton(self) for name in ACTIONS}
        grid = QGridLayout()
        grid.setSpacing(8)
        for n, (name, button) in enumerate(self.buttons.items()):
            button.setObjectName(f"{name}Button")
            button.setMinimumHeight(40)
            button.clicked.connect(lambda _checked=False, name=name: self.action.emit(name))
            grid.addWidget(button, n // 3, n % 3)
        heading = QGridLayout()
        heading.addWidget(self.title, 0, 0)
        heading.addWidget(self.state, 0, 1, Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        layout.addLayout(heading)
        layout.addWidget(scroll, 1)
        layout.addLayout(grid)
        self.set_scale(style.Scale())
        self.retranslate()

    def set_scale(self, scale: style.Scale) -> None:
        self.title.setFont(style.font(scale.px(style.SIZE_ORDER), bold=True, mono=True))
        self.state.setFont(style.font(scale.px(style.SIZE_HEADER), bold=True))
        self.body.setFont(style.font(scale.px(style.SIZE_SMALL + 1)))
        for button in self.buttons.values():
            button.setFont(style.font(scale.px(style.SIZE_SMALL + 1), bold=True))

    def show_card(self, card: OrderCard | None) -> None:
        self.card = card
        self.retranslate()

    def retranslate(self) -> None:
        texts = {"release": self.tr("&Release…"), "edit": self.tr("&Edit address…"), "merge": self.tr("&Merge…"),
                 "hold": self.tr("&Hold…"), "cancel": self.tr("Cancel &order…")}
        for name, button in self.buttons.items():
            button.setText(texts[name])
            button.setEnabled(self.card is not None and self.card.can(name))
        card = self.card
        if card is None:
            self.title.setText(self.tr("No order selected"))
            self.state.hide()
            self.body.setText(self.tr("Pick an order in the list, or scan its number."))
            return
        self.title.setText(card.order.order_no)
        self.state.setText(state_text(card.order.state))
        style.paint(self.state, STATE_COLOURS.get(card.order.state, style.NEUTRAL_BG), style.NEUTRAL_FG)
        self.state.show()
        self.body.setText(self._body(card))

    def _body(self, card: OrderCard) -> str:
        order = card.order
        paid, held, receiver, buyer = self.tr("paid"), self.tr("Why it is held"), self.tr("Receiver"), self.tr("Buyer")
        parts = [f"<p>{_e(card.shop)} · {paid} {_e(order.paid_at or '—')}"
                 + (f" · {_e(card.carrier)}" if card.carrier else "") + (f" · {_e(card.wave)}" if card.wave else "")
                 + "</p>"]
        if card.reasons:
            items = "".join(f"<li><b>{_e(reason_text(r['reason']))}</b>: {_e(r['detail'])}</li>" for r in card.reasons)
            parts.append(f"<p style='color:{style.REFUSED_BG}'><b>{held}</b></p><ul>{items}</ul>")
        parts.append(f"<p><b>{receiver}</b>: {_e(order.receiver_name)} {_e(order.receiver_phone)}<br>"
                     f"{_e(order.full_address) or '—'}<br>{buyer}: {_e(order.buyer)}</p>")
        for title, text in ((self.tr("Buyer message"), order.buyer_message), (self.tr("Seller memo"), order.seller_memo)):
            if text:
                parts.append(f"<p><b>{title}</b>: {_e(text)}</p>")
        lines = "".join(f"<tr><td>{_e(line.sku_code)}</td><td>{_e(line.title)}</td><td align='right'>×{line.quantity}</td></tr>"
                        for line in order.lines)
        items_title = arg(self.tr("Items (%1 in all)"), sum(line.quantity for line in order.lines))
        parts.append(f"<p><b>{items_title}</b></p>"
                     f"<table cellspacing='0' cellpadding='3'>{lines}</table>")
        if len(card.group) > 1:
            together = self.tr("Ships as one parcel with")
            parts.append(f"<p><b>{together}</b>: {_e(', '.join(card.group))}</p>")
        others = [p for p in card.partners if p.id != order.id]
        if others:
            names = ", ".join(f"{p.order_no} ({state_text(p.state)})" for p in others)
            same = self.tr("Same buyer and address")
            parts.append(f"<p><b>{same}</b>: {_e(names)}</p>")
        return "".join(parts)


def _e(text: object) -> str:
    """Order text is data: shown as typed, never as markup."""
    return html.escape(str(text))
