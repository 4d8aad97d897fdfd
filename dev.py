#!/usr/bin/env python3
"""Set up and run whs from a fresh checkout with nothing but Python 3.11+.

    python3 dev.py demo   # install into .venv, build the demo warehouse, open the pack station on it
    python3 dev.py test   # install into .venv with the test tools, run the whole test suite (then the store
                          # tests once more on a throwaway PostgreSQL server)

Extra arguments after `test` go to pytest; after `demo`, to the app.
"""
from __future__ import annotations

import glob
import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
#: Debian packages the tests use (PDF text and pictures, a CJK font); installed when missing.
DEBIAN_TEST_PACKAGES = {"pdftotext": "poppler-utils", "pdftoppm": "poppler-utils"}
DEBIAN_TEST_FILES = {"/usr/share/fonts/truetype/wqy/wqy-microhei.ttc": "fonts-wqy-microhei",
                     # a throwaway PostgreSQL server for the shared-database tests (tests/pg_cluster.py)
                     "/usr/lib/postgresql/*/bin/postgres": "postgresql"}


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_venv(extra: str | None) -> Path:
    if sys.version_info < (3, 11):
        sys.exit(f"whs needs Python 3.11 or newer; this is {sys.version.split()[0]}")
    python = venv_python()
    if not python.exists():
        print(f"creating {VENV} ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    spec = f".[{extra}]" if extra else "."
    stamp = VENV / f".installed-{extra or 'app'}"
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not stamp.exists() or stamp.read_text() != digest:
        print(f"installing whs {spec} into {VENV} ...", flush=True)
        run([python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-e", spec])
        stamp.write_text(digest)
    return python


def ensure_debian_packages() -> None:
    missing = {pkg for tool, pkg in DEBIAN_TEST_PACKAGES.items() if shutil.which(tool) is None}
    missing |= {pkg for path, pkg in DEBIAN_TEST_FILES.items() if not glob.glob(path)}
    if not missing:
        return
    if shutil.which("apt-get") is None or os.geteuid() != 0:
        print(f"note: install {' '.join(sorted(missing))} for the label and PostgreSQL tests (they skip without them)")
        return
    print(f"installing Debian packages {' '.join(sorted(missing))} ...", flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    run(["apt-get", "update", "-qq"], env=env)
    run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", *sorted(missing)], env=env)


def run(cmd: list, **kwargs) -> None:
    result = subprocess.run([str(c) for c in cmd], cwd=ROOT, **kwargs)
    if result.returncode:
        sys.exit(result.returncode)


def demo(args: list[str]) -> None:
    python = ensure_venv(None)
    db = Path(os.environ.get("WHS_DEMO_DB", ROOT / "demo-warehouse.db"))
    if not db.exists():
        run([python, "-m", "whs_app", "--db", db, "init", "--demo"])
    # A short headless shift first: review, waves and a pick, so the pack station has work.
    run([python, "-m", "whs_app", "--db", db, "--station", "P01", "--user", "packer01", "demo"])
    # The supervisor's view: the pack station first, then every other screen (a packer sees pack and pick).
    gui = [python, "-m", "ui", "--db", db, "--station", "P01", "--user", "super", *args]
    if has_display():
        run(gui)
    else:
        print("\nno display here: the tour above ran headless. On a desktop the pack station opens with\n  "
              + " ".join(str(part) for part in gui))


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    return not sys.platform.startswith("linux") or bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def test(args: list[str]) -> None:
    python = ensure_venv("test")
    if sys.platform.startswith("linux"):
        ensure_debian_packages()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    run([python, "-m", "pytest", *args], env=env)
    if args:
        return
    # The same store tests again on PostgreSQL (a throwaway server; the GUI tests ran above).
    if glob.glob("/usr/lib/postgresql/*/bin/postgres") or shutil.which("pg_ctl"):
        run([python, "-m", "pytest", "--backend", "postgresql", "-q"], env=env)
    else:
        print("note: no PostgreSQL server here: the store tests ran on SQLite only (install postgresql)")


def main() -> None:
    commands = {"demo": demo, "test": test}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        sys.exit(__doc__)
    commands[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    main()
