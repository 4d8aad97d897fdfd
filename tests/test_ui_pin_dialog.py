"""The supervisor PIN dialog: modal, keyboard-only, digits hidden and IME-free; the checked
variant keeps asking on a wrong PIN and audits the refusal."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

from tests.ui_fixtures import office, qt_warnings  # noqa: F401  (fixtures)
from ui.pin_dialog import PinDialog, approve_with_pin, ask_supervisor_pin

SUPERVISORS = [("boss", "王主管"), ("lead", "赵组长")]


def answer_dialog(qtbot, act) -> list[BaseException]:
    """Run act(dialog) once the modal dialog is up (ask_supervisor_pin blocks in its own loop);
    a failing act closes the dialog and is kept in the list returned, for the test to raise."""
    errors: list[BaseException] = []

    def later() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PinDialog):
            QTimer.singleShot(10, later)
            return
        try:
            act(dialog)
        except BaseException as exc:
            errors.append(exc)
            dialog.reject()
    QTimer.singleShot(0, later)
    return errors


def ask(qtbot, act, *args, **kwargs):
    errors = answer_dialog(qtbot, act)
    answer = ask_supervisor_pin(None, *args, **kwargs)
    if errors:
        raise errors[0]
    return answer


def test_the_dialog_says_why_and_returns_login_and_pin(qtbot):
    seen = {}

    def act(dialog: PinDialog) -> None:
        seen["reason"] = dialog.reason.text()
        seen["focus"] = dialog.focusWidget()
        qtbot.keyClicks(dialog.pin, "2468")
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)

    assert ask(qtbot, act, "Reprint the label a second time", SUPERVISORS, login="boss") == ("boss", "2468")
    assert seen["reason"] == "Reprint the label a second time"
    assert seen["focus"].objectName() == "pinEntry"    # the login was known: the cursor waits in the PIN


def test_escape_cancels(qtbot):
    assert ask(qtbot, lambda dialog: qtbot.keyClick(dialog.pin, Qt.Key.Key_Escape), "Edit users", SUPERVISORS) is None


def test_a_login_can_be_chosen_or_typed_by_keyboard(qtbot):
    def act(dialog: PinDialog) -> None:
        assert dialog.focusWidget() in (dialog.login, dialog.login.lineEdit())    # no login given: start there
        dialog.login.lineEdit().clear()
        qtbot.keyClicks(dialog.login.lineEdit(), "night_boss")
        qtbot.keyClick(dialog.login, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.pin, "1111")
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Enter)

    assert ask(qtbot, act, "Edit users") == ("night_boss", "1111")

    dialog = PinDialog("x", SUPERVISORS)
    qtbot.addWidget(dialog)
    dialog.login.setCurrentIndex(1)
    assert dialog.login_text() == "lead"


def test_the_pin_field_hides_digits_takes_only_digits_and_has_no_input_method(qtbot):
    dialog = PinDialog("Edit users", SUPERVISORS, login="boss")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.pin, "12a3 -5")
    assert dialog.pin.text() == "1235"
    assert ok.isEnabled()
    assert dialog.pin.echoMode() == QLineEdit.EchoMode.Password
    assert not dialog.pin.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
    assert not dialog.login.lineEdit().testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)


def test_approve_with_pin_keeps_asking_until_the_pin_is_right(qtbot, warehouse, office, store):
    approved: list[tuple[str, str]] = []
    approve_with_pin(None, office, "Reprint the label a second time", lambda *got: approved.append(got),
                     login="boss")
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), PinDialog), timeout=5000)
    dialog: PinDialog = QApplication.activeModalWidget()
    assert [dialog.login.itemData(i) for i in range(dialog.login.count())] == ["boss"]   # supervisors only

    qtbot.keyClicks(dialog.pin, "1357")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.problem.isVisible(), timeout=5000)
    assert "Wrong PIN" in dialog.problem.text()
    assert dialog.pin.text() == "" and dialog.isVisible() and not approved
    assert store.audit.count("user.approval_refused") == 1

    qtbot.keyClicks(dialog.pin, "2468")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: approved == [("boss", "2468")], timeout=5000)
    assert QApplication.activeModalWidget() is None


def test_a_packer_is_not_a_supervisor_even_with_a_pin(qtbot, warehouse, office, store):
    store.people.set_pin("packer1", "1234")
    approved = []
    approve_with_pin(None, office, "Edit users", lambda *got: approved.append(got), login="packer1")
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), PinDialog), timeout=5000)
    dialog: PinDialog = QApplication.activeModalWidget()
    qtbot.keyClicks(dialog.pin, "1234")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.problem.isVisible(), timeout=5000)
    cancelled = []
    dialog.rejected.connect(lambda: cancelled.append(True))
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Escape)
    assert cancelled and not approved
