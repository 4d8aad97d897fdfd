"""The PyInstaller bundle (build.spec) for tests and benchmarks: built once per state of the sources.

`bundle()` returns the one-folder bundle (`whs/` with `whs` and `whs-desk`), building it only when
no bundle exists for this exact set of sources: the key is a hash of build.spec, pyproject.toml,
the entry scripts, every file of the packages that goes into the bundle, and the PyInstaller and
PySide6 versions. Bundles live in build/bundle/<key>/ (WHS_BUNDLE_DIR moves them); older keys
are removed when a new one is built, so one bundle (~360 MB) stays on disk.
"""
from __future__ import annotations

import hashlib
import importlib.metadata
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("ui", "whs_app", "labels", "devices")
SOURCE_SUFFIXES = {".py", ".sql", ".toml", ".ts", ".wav", ".ttf", ".ttc", ".otf", ".json"}
EXE = ".exe" if os.name == "nt" else ""
BUILD_TIMEOUT_S = 900


def cache_folder() -> Path:
    return Path(os.environ.get("WHS_BUNDLE_DIR") or ROOT / "build" / "bundle")


def source_key() -> str:
    digest = hashlib.sha256()
    files = [ROOT / "build.spec", ROOT / "pyproject.toml", *sorted((ROOT / "freeze").glob("*.py"))]
    for package in PACKAGES:
        files += sorted(p for p in (ROOT / package).rglob("*")
                        if p.suffix in SOURCE_SUFFIXES and "__pycache__" not in p.parts)
    for path in files:
        digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes() + b"\0")
    for tool in ("pyinstaller", "PySide6"):
        digest.update(f"{tool}={importlib.metadata.version(tool)}".encode())
    return digest.hexdigest()[:16]


def bundle(log=print) -> Path:
    """The built bundle's folder (…/whs), building it first when the sources changed."""
    folder = cache_folder() / source_key()
    done = folder / "dist" / "whs"
    if (folder / "built").exists():
        return done
    if cache_folder().exists():
        for old in cache_folder().iterdir():
            shutil.rmtree(old, ignore_errors=True)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "PyInstaller", str(ROOT / "build.spec"), "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(folder / "dist"), "--workpath", str(folder / "work")],
                   cwd=ROOT, check=True, timeout=BUILD_TIMEOUT_S)
    seconds = time.perf_counter() - started
    shutil.rmtree(folder / "work", ignore_errors=True)
    (folder / "built").write_text(f"{seconds:.1f}\n")
    log(f"bundle built in {seconds:.0f} s: {done}")
    return done


def build_seconds(done: Path) -> float:
    """How long the cached bundle took to build."""
    return float((done.parent.parent / "built").read_text())


def console(done: Path) -> Path:
    return done / f"whs{EXE}"


def windowed(done: Path) -> Path:
    return done / f"whs-desk{EXE}"


def size_mb(done: Path) -> float:
    return sum(p.stat().st_size for p in done.rglob("*") if p.is_file() and not p.is_symlink()) / 2**20
