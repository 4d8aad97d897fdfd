"""Translations with Qt Linguist: English source strings in `tr()`, Chinese (zh_CN) first.

    ui/i18n/whs_zh_CN.ts, whs_en.ts   the sources (edit with pyside6-linguist)
    ui/i18n/whs_zh_CN.qm, whs_en.qm   built by `python -m ui.i18n.build` (pyside6-lrelease)

At start the app builds a .qm that is missing or older than its .ts (when lrelease is there: a
packaged app ships the .qm files), then loads it together with Qt's own `qtbase_<lang>.qm` so
Qt's standard buttons and dialogs speak the same language.
"""
from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

FOLDER = Path(__file__).resolve().parent
LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"
_PLACEHOLDER = re.compile(r"%(\d)")


def arg(text: str, *values: object) -> str:
    """Fill Qt-style %1..%9 placeholders in a translated string (all at once, so a value that
    itself contains "%2" stays as it is)."""
    return _PLACEHOLDER.sub(lambda m: str(values[int(m.group(1)) - 1]) if 0 < int(m.group(1)) <= len(values)
                            else m.group(0), text)


class Retranslated:
    """For a widget whose texts come from its retranslate(): it runs again when the language changes.
    List it before the Qt class: `class PickScreen(Retranslated, QWidget)`."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def ts_path(lang: str) -> Path:
    return FOLDER / f"whs_{lang}.ts"


def qm_path(lang: str) -> Path:
    return FOLDER / f"whs_{lang}.qm"


def system_language() -> str:
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def ensure_qm(lang: str) -> Path | None:
    """The .qm for `lang`, built first when missing or older than its .ts (None if impossible)."""
    ts, qm = ts_path(lang), qm_path(lang)
    stale = ts.exists() and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime)
    if stale:
        from ui.i18n.build import LreleaseMissing, release

        try:
            release([lang])
        except (LreleaseMissing, OSError, RuntimeError) as exc:
            log.warning("cannot build %s: %s", qm.name, exc)
    return qm if qm.exists() else None


class Translators:
    """The app's and Qt's translators for one language, installed on the application."""

    def __init__(self) -> None:
        self.language = "en"
        self._installed: list[QTranslator] = []

    def install(self, lang: str) -> list[str]:
        """Load `lang` (replacing what was installed); returns the files loaded."""
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r}; choose one of {', '.join(LANGUAGES)}")
        self.remove()
        app = QCoreApplication.instance()
        loaded = []
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates = [(f"qtbase_{lang}", qt_folder)] if lang != "en" else []
        ours = ensure_qm(lang)
        if ours is not None:
            candidates.append((ours.stem, str(ours.parent)))
        for name, folder in candidates:
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                self._installed.append(translator)
                loaded.append(str(Path(folder) / f"{name}.qm"))
            else:
                log.warning("translation %s not found in %s", name, folder)
        self.language = lang
        return loaded

    def remove(self) -> None:
        app = QCoreApplication.instance()
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        self.language = "en"
