"""Translations: nothing on a screen is left untranslated in zh_CN; Qt's own strings load too."""
from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QLabel, QLineEdit, QWidget

from ui.i18n import FOLDER, LANGUAGES, Retranslated, arg, ensure_qm, qm_path, ts_path
from ui.outcomes import Outcome
from tests.pack_fixtures import ready_order
from tests.ui_fixtures import make_app, qapp_args, qt_warnings, scan_and_wait, translators  # noqa: F401

UI = FOLDER.parent
CJK = re.compile(r"[\u4e00-\u9fff]")
ENGLISH_WORD = re.compile(r"\b[a-z]{3,}\b")


def ts_messages(lang: str) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts_path(lang)).getroot()
    return {(context.findtext("name"), message.findtext("source")): message
            for context in root.iter("context") for message in context.iter("message")}


def tr_calls() -> set[tuple[str, str]]:
    """(context, source) of every self.tr("...") and translate("Context", "...") in ui/."""
    found = set()
    for path in UI.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in [node for node in ast.walk(tree) if isinstance(node, ast.ClassDef)] + [tree]:
            context = cls.name if isinstance(cls, ast.ClassDef) else None
            for node in ast.walk(cls):
                if not isinstance(node, ast.Call):
                    continue
                name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
                args = [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
                if name == "tr" and context and args:
                    found.add((context, args[0]))
                elif name == "translate" and len(args) >= 2:
                    found.add((args[0], args[1]))
    return found


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_string_in_the_code_is_in_the_ts_and_translated(lang):
    messages = ts_messages(lang)
    missing = tr_calls() - set(messages)
    assert not missing, f"run `python -m ui.i18n.build update` and translate: {sorted(missing)}"
    unfinished = [key for key, message in messages.items()
                  if message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
                  or not (message.findtext("translation") or "").strip()]
    assert not unfinished, f"untranslated in whs_{lang}.ts: {unfinished}"


def test_the_chinese_translations_are_chinese_and_keep_their_placeholders():
    for (context, source), message in ts_messages("zh_CN").items():
        translation = message.findtext("translation")
        assert CJK.search(translation) or source in ("PDF (*.pdf)",), (context, source)
        assert sorted(re.findall(r"%\d", source)) == sorted(re.findall(r"%\d", translation)), (context, source)


def test_the_qm_files_are_built_from_the_ts(tmp_path):
    for lang in LANGUAGES:
        qm = ensure_qm(lang)
        assert qm == qm_path(lang) and qm.stat().st_mtime >= ts_path(lang).stat().st_mtime


def test_arg_fills_placeholders_once():
    assert arg("%1 / %2 件", 3, 5) == "3 / 5 件"
    assert arg("%1 at %2", "%2", "noon") == "%2 at noon"


def visible_texts(window) -> list[str]:
    texts = [window.windowTitle()]
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        if widget.isVisibleTo(window) and widget.text():
            texts.append(re.sub(r"<[^>]+>", "", widget.text()))
    texts += [field.placeholderText() for field in window.findChildren(QLineEdit) if field.placeholderText()]
    return texts


def test_nothing_on_the_pack_screen_is_left_in_english_in_zh_cn(qtbot, store, warehouse, make_app):
    ready_order(store, warehouse, "T4001", {"TSHIRT-W-M": 2})
    app = make_app(lang="zh_CN")
    seen = visible_texts(app.window)
    scan_and_wait(qtbot, app, "T4001")
    seen += visible_texts(app.window)
    assert scan_and_wait(qtbot, app, "6901234567006").outcome == Outcome.WRONG_ITEM
    seen += visible_texts(app.window)
    model = app.pack.model
    seen += [model.headerData(column, Qt.Orientation.Horizontal) for column in range(model.columnCount())]
    english = [text for text in seen if ENGLISH_WORD.search(text) and not CJK.search(text)]
    assert not english, f"untranslated in zh_CN: {english}"
    assert "错货" in app.pack.outcome.headline.text() and "打包台" in app.window.header.station.text()


def test_qt_own_strings_are_chinese_too(make_app):
    make_app(lang="zh_CN")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"


def test_every_screen_says_its_texts_again_when_the_language_changes(qtbot, store, warehouse, make_app, translators):
    app = make_app(lang="zh_CN", user="boss")
    assert app.window.windowTitle() != "whs — warehouse shipping"
    widgets = [app.window, *app.window.findChildren(QWidget)]
    screens = [widget for widget in widgets if isinstance(widget, Retranslated)]
    assert {type(screen).__name__ for screen in screens} >= {
        "MainWindow", "PackStationScreen", "PickScreen", "BoardScreen", "ExceptionsScreen", "WavesScreen",
        "PrintersScreen", "ImportScreen", "SettingsScreen", "DrillScreen"}
    said: list[str] = []
    for screen in screens:
        again = screen.retranslate
        screen.retranslate = lambda again=again, name=type(screen).__name__: (said.append(name), again())
    translators.install("en")
    qtbot.waitUntil(lambda: len(said) >= len(screens))
    assert sorted(said) == sorted(type(screen).__name__ for screen in screens)
    assert app.window.windowTitle() == "whs — warehouse shipping"
