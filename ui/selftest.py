"""The GUI's part of `whs selftest` (whs_app/cli/selftest.py): Qt starts offscreen, a widget paints,
our zh_CN translation and Qt's own qtbase_zh_CN load and translate, QtMultimedia loads and the
sound files are there. Raises on the first thing missing; returns one line saying what it saw."""
from __future__ import annotations

import os
from pathlib import Path


def check(lang: str = "zh_CN") -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")   # headless: no window, no display needed
    from PySide6 import QtMultimedia  # noqa: F401 (the sounds need it; a bundle without it is silent)
    from PySide6.QtCore import QCoreApplication, qVersion
    from PySide6.QtWidgets import QApplication, QLabel

    from ui.i18n import Translators
    from ui.sound import FOLDER, SOUNDS

    app = QApplication.instance() or QApplication(["whs-selftest"])
    missing_sounds = [name for name in SOUNDS if not (FOLDER / f"{name}.wav").is_file()]
    if missing_sounds:
        raise RuntimeError(f"sound files missing in {FOLDER}: {', '.join(missing_sounds)}")
    translators = Translators()
    try:
        loaded = {Path(path).stem for path in translators.install(lang)}
        missing = {f"whs_{lang}", f"qtbase_{lang}"} - loaded
        if missing:
            raise RuntimeError(f"translations not found: {', '.join(sorted(missing))}")
        title = QCoreApplication.translate("PackStationScreen", "Pack station")
        if title == "Pack station":
            raise RuntimeError(f"'Pack station' is not translated to {lang}")
        label = QLabel(title)
        label.resize(240, 60)
        if label.grab().isNull():
            raise RuntimeError("a widget does not paint")
        label.deleteLater()
    finally:
        translators.remove()
    return (f"Qt {qVersion()} ({app.platformName()}), translations {', '.join(sorted(loaded))}:"
            f" 'Pack station' -> {title}, {len(SOUNDS)} sounds")
