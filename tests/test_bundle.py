"""The packaged app (build.spec): built on Linux with PyInstaller, then run from the bundle as a
warehouse PC would run it: `whs selftest` (database, labels, Qt and translations), `whs init
--demo`, and the windowed `whs-desk` opening the pack station on that demo database offscreen.

The build takes one to two minutes and is cached by a hash of the sources (tests/bundle_fixtures.py),
so a rerun without source changes only runs the bundle. `whs selftest` itself is tested from the
sources first, failures included."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from whs_app.cli import cli
from tests.bundle_fixtures import build_seconds, bundle, console, size_mb, windowed

CHECKS = ("runtime", "database", "formats", "label-png", "label-pdf", "gui")


def statuses(output: str) -> dict[str, str]:
    """check name -> ok / skip / FAIL, from selftest's lines."""
    return {parts[1]: parts[0] for parts in (line.split() for line in output.splitlines())
            if len(parts) > 1 and parts[0] in ("ok", "skip", "FAIL")}


# -- `whs selftest` from the sources -------------------------------------------------------------
def test_selftest_passes_on_a_temporary_database_and_leaves_no_whs_db(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.delenv("WHS_DB", raising=False)
    result = CliRunner().invoke(cli, ["selftest", "--no-gui"])
    assert result.exit_code == 0, result.output
    assert statuses(result.stdout) == {name: "ok" for name in CHECKS if name != "gui"}
    assert "barcode reads back SF7700000000011" in result.stdout
    assert result.stdout.splitlines()[-1] == "selftest: all checks passed"
    assert list(tmp_path.iterdir()) == []


def test_selftest_fails_with_exit_status_1_and_says_which_check(tmp_path):
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"this is not a database" * 100)
    result = CliRunner().invoke(cli, ["--db", str(broken), "selftest", "--no-gui"])
    assert result.exit_code == 1
    assert statuses(result.stdout)["database"] == "FAIL"
    assert "not a usable whs database" in result.stdout
    assert statuses(result.stdout)["label-png"] == "ok"           # the other checks still ran
    assert result.stdout.splitlines()[-1] == "selftest: FAILED database"
    assert "Traceback" in result.stderr                            # for support, on stderr
    assert broken.read_bytes() == b"this is not a database" * 100


# -- the bundle ------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def built() -> Path:
    pytest.importorskip("PyInstaller")
    return bundle()


def run(program: Path, *args: str, home: Path, timeout: float = 120) -> subprocess.CompletedProcess:
    """A program of the bundle, as a user runs it: no Python environment, its own data folder."""
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("PYTHON", "VIRTUAL_ENV", "QT_PLUGIN", "WHS_"))}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_DATA_HOME=str(home / "data"),
               XDG_RUNTIME_DIR=str(home))
    return subprocess.run([str(program), *args], capture_output=True, text=True, timeout=timeout, env=env,
                          cwd=home)


@pytest.mark.slow
def test_the_bundle_passes_its_selftest(built, tmp_path):
    result = run(console(built), "selftest", home=tmp_path)
    print(result.stdout, result.stderr, f"bundle: {size_mb(built):.0f} MB, built in {build_seconds(built):.0f} s")
    assert result.returncode == 0, result.stdout + result.stderr
    assert statuses(result.stdout) == {name: "ok" for name in CHECKS}
    assert "bundle " in result.stdout and "'Pack station' -> 打包台" in result.stdout
    assert "barcode reads back" in result.stdout


@pytest.mark.slow
def test_the_bundle_migrates_and_reads_a_postgresql_server(built, pg_template, tmp_path):
    url = pg_template.create_database("bundle")
    migrated = run(console(built), "--db", url, "db", "migrate", home=tmp_path)
    assert migrated.returncode == 0, migrated.stdout + migrated.stderr
    info = run(console(built), "--db", url, "db", "info", home=tmp_path)
    assert info.returncode == 0 and "postgresql" in info.stdout, info.stdout + info.stderr


@pytest.mark.slow
def test_the_bundle_leaves_out_what_the_app_does_not_use(built):
    internal = built / "_internal"
    qt = internal / "PySide6"
    assert not list(qt.glob("QtWebEngine*")) and not list(qt.glob("Qt3D*")) and not list(qt.glob("QtQuick*"))
    assert (qt / "QtCharts.abi3.so").exists() or (qt / "QtCharts.pyd").exists()
    translations = sorted(p.name for p in (qt / "Qt" / "translations").glob("qtbase_*.qm"))
    assert translations == ["qtbase_en.qm", "qtbase_zh_CN.qm"]
    assert sorted(p.name for p in (internal / "ui" / "i18n").glob("*.qm")) == ["whs_en.qm", "whs_zh_CN.qm"]
    assert not (internal / "tests").exists() and not (internal / "pytest").exists()
    assert not list(built.rglob("*.db"))              # nothing per warehouse inside


@pytest.mark.slow
def test_the_windowed_app_opens_the_pack_station_on_a_demo_database(built, tmp_path):
    db = tmp_path / "demo.db"
    made = run(console(built), "--db", str(db), "init", "--demo", "--orders", "300", home=tmp_path, timeout=300)
    assert made.returncode == 0, made.stdout + made.stderr

    started = run(windowed(built), "--db", str(db), "--station", "P01", "--user", "packer01", "--lang", "zh_CN",
                  "--exit-when-ready", home=tmp_path)

    assert started.returncode == 0, started.stdout + started.stderr
    assert started.stdout.startswith("ready: station P01")
