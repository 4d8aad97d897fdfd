"""`python -m ui`: the real entry point starts on a database, logs to its folder, and says when it cannot."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from whs_app.store import Store
from ui.app import parse_args
from tests.factories import make_warehouse

ROOT = Path(__file__).resolve().parent.parent


def start(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WHS_LOG_DIR": str(tmp_path / "logs")}
    return subprocess.run([sys.executable, "-m", "ui", *args, "--exit-when-ready"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_the_app_starts_on_a_database_and_logs_in_its_folder(tmp_path, clock):
    with Store.open(tmp_path / "w.db") as store:
        make_warehouse(store, clock)
    done = start(tmp_path, "--db", str(tmp_path / "w.db"), "--station", "P01", "--user", "packer1", "--lang", "en")
    assert done.returncode == 0, done.stderr[-3000:]
    assert "ready: station P01" in done.stdout
    log = (tmp_path / "logs" / "whs.log").read_text(encoding="utf-8")
    assert "starting: db=" in log and "station=P01" in log


def test_without_a_database_it_says_so_and_exits_2(tmp_path):
    done = start(tmp_path, "--db", str(tmp_path / "missing.db"))
    assert done.returncode == 2 and "no database" in done.stderr


def test_arguments_and_their_defaults(monkeypatch):
    monkeypatch.setenv("WHS_STATION", "P07")
    monkeypatch.delenv("WHS_LANG", raising=False)
    options = parse_args(["--db", "x.db", "--user", "packer03"])
    assert (options.db, options.station, options.user, options.lang) == (Path("x.db"), "P07", "packer03", "zh_CN")
    assert parse_args(["--lang", "en"]).lang == "en"


@pytest.mark.sqlite_only   # the PC's file sits next to the database file
def test_the_station_and_language_chosen_on_the_settings_screen_apply_at_the_next_start(
        tmp_path, monkeypatch, store, warehouse, clock):
    from whs_app.actor import Actor
    from whs_app.clock import stamp
    from whs_app.station_setup import PcConfig, set_station_language

    monkeypatch.delenv("WHS_LANG", raising=False)
    monkeypatch.delenv("WHS_SERIAL_SCANNER", raising=False)
    db = Path(store.path)
    PcConfig(station="P02", serial_scanner="/dev/ttyACM0").save(PcConfig.path_for(db))
    with store.transaction():
        set_station_language(store, stamp(clock.now()), Actor("P02", "boss"), "P02", "en")
    options = parse_args(["--db", str(db), "--user", "packer2"])
    assert (options.station, options.lang, options.serial_scanner) == ("P02", "en", "/dev/ttyACM0")
    explicit = parse_args(["--db", str(db), "--station", "P01", "--lang", "zh_CN", "--serial-scanner", "COM5"])
    assert (explicit.station, explicit.lang, explicit.serial_scanner) == ("P01", "zh_CN", "COM5")
