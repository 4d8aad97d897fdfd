"""The supervisor's PIN: a modal dialog that says why it asks, then login and PIN.

Supervisor actions (a second reprint, editing users, releasing an exception…) need a supervisor
to approve them on the spot. Two ways in:

- `ask_supervisor_pin(parent, reason)` blocks in the dialog's own event loop and returns
  (login, pin) or None; the caller checks the PIN on its worker (`store.people.check_pin`) and
  says "wrong PIN" itself.
- `approve_with_pin(parent, worker, reason, on_approved)` does all of it without blocking: it
  lists the supervisors, checks each try on the worker and keeps the dialog open saying
  "Wrong PIN" until the PIN is right (then `on_approved(login, pin)`) or the user cancels.

The PIN field echoes dots, takes digits only and has the input method off (a Chinese IME must
not compose the digits); Enter is OK and Escape cancels.
"""
from __future__ import annotations

from typing import Any, Callable, Sequence

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout,
                               QWidget)

from whs_app.users import Users
from ui import style
from ui.i18n import Retranslated
from ui.scanner_filter import scan_field

MAX_PIN_DIGITS = 12
#: (login, name) of a supervisor, for the login box
Supervisor = tuple[str, str]


class PinDialog(Retranslated, QDialog):
    """Reason, supervisor, PIN, OK/Cancel. With `checked=True`, OK emits `submitted(login, pin)`
    and the dialog stays open until someone calls `accept()` (or `refuse()` on a wrong PIN)."""

    submitted = Signal(str, str)

    def __init__(self, reason: str, supervisors: Sequence[Supervisor] = (), login: str = "",
                 parent: QWidget | None = None, checked: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("pinDialog")
        self.setModal(True)
        self.checked = checked
        self.reason = QLabel(reason, self)
        self.reason.setObjectName("pinReason")
        self.reason.setWordWrap(True)
        self.login = QComboBox(self)
        self.login.setObjectName("pinLogin")
        self.login.setEditable(True)
        self.login.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        scan_field(self.login.lineEdit())
        for user, name in supervisors:
            self.login.addItem(f"{user}  {name}" if name else user, user)
        self._select(login)
        self.pin = scan_field(QLineEdit(self))
        self.pin.setObjectName("pinEntry")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(MAX_PIN_DIGITS)
        self.pin.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d*"), self.pin))
        self.pin.setInputMethodHints(self.pin.inputMethodHints() | Qt.InputMethodHint.ImhDigitsOnly
                                     | Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhHiddenText)
        self.problem = QLabel(self)
        self.problem.setObjectName("pinProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        self.pin.textChanged.connect(self._update_ok)
        self.login.currentTextChanged.connect(self._update_ok)

        self.form = QFormLayout()
        self.login_label, self.pin_label = QLabel(self), QLabel(self)
        self.login_label.setBuddy(self.login)
        self.pin_label.setBuddy(self.pin)
        self.form.addRow(self.login_label, self.login)
        self.form.addRow(self.pin_label, self.pin)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(14)
        layout.addWidget(self.reason)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._style()
        self.retranslate()
        self._update_ok()
        (self.pin if self.login_text() else self.login).setFocus()

    def _style(self) -> None:
        self.reason.setFont(style.font(style.SIZE_HEADER, bold=True))
        for widget in (self.login, self.pin, self.login_label, self.pin_label, self.buttons):
            widget.setFont(style.font(style.SIZE_HEADER))
        self.problem.setFont(style.font(style.SIZE_HEADER, bold=True))
        self.problem.setStyleSheet(f"color: {style.REFUSED_BG}")
        self.pin.setMinimumWidth(260)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Supervisor approval"))
        self.login_label.setText(self.tr("&Supervisor"))
        self.pin_label.setText(self.tr("&PIN"))
        self.pin.setPlaceholderText(self.tr("digits"))

    # -- values ----------------------------------------------------------------------------------
    def login_text(self) -> str:
        """The login chosen or typed (the list shows "login  name"; typing a login works too)."""
        index = self.login.findText(self.login.currentText())
        if index >= 0 and self.login.itemData(index):
            return self.login.itemData(index)
        return self.login.currentText().strip()

    def credentials(self) -> tuple[str, str]:
        return self.login_text(), self.pin.text()

    def _select(self, login: str) -> None:
        index = self.login.findData(login)
        if index >= 0:
            self.login.setCurrentIndex(index)
        else:
            self.login.setEditText(login)

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.login_text() and self.pin.text()))

    # -- answers ---------------------------------------------------------------------------------
    def _ok(self) -> None:
        if not (self.login_text() and self.pin.text()):
            return
        if not self.checked:
            self.accept()
            return
        self.set_busy(True)
        self.submitted.emit(*self.credentials())

    def set_busy(self, busy: bool) -> None:
        """While the worker checks: no second OK."""
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)
        self.pin.setReadOnly(busy)

    def refuse(self, text: str | None = None) -> None:
        """The PIN was wrong: say so, empty the PIN and put the cursor back in it."""
        self.set_busy(False)
        self.problem.setText(text or self.tr("Wrong PIN, or not a supervisor. Try again."))
        self.problem.show()
        self.pin.clear()
        self.pin.setFocus()


def ask_supervisor_pin(parent: QWidget | None, reason: str, supervisors: Sequence[Supervisor] = (),
                       login: str = "") -> tuple[str, str] | None:
    """Ask for a supervisor's login and PIN (modal); (login, pin), or None when cancelled.
    The caller checks the PIN (on its worker) and says when it is wrong."""
    dialog = PinDialog(reason, supervisors, login, parent)
    try:
        return dialog.credentials() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def supervisor_check(context: Any, login: str, pin: str) -> bool:
    """On the worker: is this a supervisor's login with this PIN? (a refusal is audited)"""
    return Users(context.store, context.clock, context.actor).approve(login, pin)


def approve_with_pin(parent: QWidget | None, worker: Any, reason: str, on_approved: Callable[[str, str], None],
                     on_cancelled: Callable[[], None] | None = None, login: str = "") -> None:
    """Ask for a supervisor's PIN and check it on `worker` (a StoreWorker whose context has
    store, clock and actor), without blocking: the dialog stays open, saying so, while the PIN is
    wrong; once it is right `on_approved(login, pin)` runs on the GUI thread (pass both to the
    core service, which checks them again in its own transaction)."""
    worker.submit("supervisors", lambda context: context.store.people.supervisors(),
                  on_done=lambda found: _open_checked(parent, worker, reason, found, login, on_approved,
                                                      on_cancelled))


def _open_checked(parent: QWidget | None, worker: Any, reason: str, supervisors: list[dict], login: str,
                  on_approved: Callable[[str, str], None], on_cancelled: Callable[[], None] | None) -> PinDialog:
    dialog = PinDialog(reason, [(user["login"], user["name"]) for user in supervisors], login, parent, checked=True)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    closed = []
    dialog.finished.connect(lambda result: closed.append(result))

    def answered(login: str, pin: str, good: bool | Exception) -> None:
        if closed:          # cancelled while the worker checked
            return
        if good is True:
            dialog.accept()
            on_approved(login, pin)
        else:
            dialog.refuse(str(good) if isinstance(good, Exception) else None)

    def check(login: str, pin: str) -> None:
        worker.submit("check supervisor PIN", supervisor_check, login, pin,
                      on_done=lambda good: answered(login, pin, good),
                      on_error=lambda exc: answered(login, pin, exc))

    dialog.submitted.connect(check)
    if on_cancelled is not None:
        dialog.rejected.connect(on_cancelled)
    dialog.open()
    return dialog
