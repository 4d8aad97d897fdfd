"""Build the translations: `python -m ui.i18n.build [update] [LANG ...]`.

- no argument (or `release`): compile each whs_<lang>.ts into whs_<lang>.qm with pyside6-lrelease;
- `update`: refresh the .ts sources from every tr() in ui/ with pyside6-lupdate (new strings come
  in marked unfinished for a translator; strings gone from the code are dropped).

The test suite fails while a zh_CN string is unfinished or a tr() string is missing from the .ts.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import PySide6

from ui.i18n import FOLDER, LANGUAGES, qm_path, ts_path

UI = FOLDER.parent


class LreleaseMissing(RuntimeError):
    pass


def _tool(name: str) -> list[str]:
    """pyside6-<name> next to this Python (a venv), on PATH, or Qt's binary inside PySide6."""
    script = Path(sys.executable).with_name(f"pyside6-{name}" + (".exe" if os.name == "nt" else ""))
    if script.exists():
        return [str(script)]
    found = shutil.which(f"pyside6-{name}")
    if found:
        return [found]
    binary = Path(PySide6.__file__).with_name(name + (".exe" if os.name == "nt" else ""))
    if binary.exists():
        return [str(binary)]
    raise LreleaseMissing(f"pyside6-{name} not found (install PySide6 in this environment)")


def sources() -> list[Path]:
    return sorted(p for p in UI.rglob("*.py") if "i18n" not in p.parts)


def update(languages: list[str]) -> None:
    files = [str(p.relative_to(UI)) for p in sources()]
    for lang in languages:
        subprocess.run([*_tool("lupdate"), *files, "-ts", str(ts_path(lang)), "-no-obsolete",
                        "-locations", "none", "-source-language", "en", "-target-language", lang],
                       cwd=UI, check=True)


def release(languages: list[str]) -> list[Path]:
    built = []
    for lang in languages:
        result = subprocess.run([*_tool("lrelease"), "-silent", str(ts_path(lang)), "-qm", str(qm_path(lang))],
                                capture_output=True, text=True)
        if result.returncode:
            raise RuntimeError(f"lrelease {ts_path(lang).name} failed: {result.stderr or result.stdout}")
        built.append(qm_path(lang))
    return built


def main(argv: list[str]) -> int:
    action = "release"
    if argv and argv[0] in ("update", "release"):
        action, argv = argv[0], argv[1:]
    languages = argv or list(LANGUAGES)
    if action == "update":
        update(languages)
    for path in release(languages):
        print(f"built {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
