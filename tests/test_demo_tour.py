"""`whs demo`: the headless tour releases its wave to the floor before it picks, as a supervisor would."""
import json

from click.testing import CliRunner

from whs_app.cli import cli
from whs_app.clock import ManualClock
from whs_app.store import Store


def test_the_tour_releases_the_wave_then_picks_and_packs_it(tmp_path, monkeypatch):
    monkeypatch.setattr("whs_app.cli.SystemClock", lambda: ManualClock("2026-11-12 09:00:00"))
    db, runner = tmp_path / "demo.db", CliRunner()

    def whs(*args):
        result = runner.invoke(cli, ["--db", str(db), "--station", "P01", "--user", "packer01", *args])
        assert result.exit_code == 0, result.output
        return result.output

    whs("init", "--demo", "--orders", "200")
    tour = whs("demo", "--parcels", "2")
    release, pick = tour.index("== 下发 Release W20261112-001 =="), tour.index("== 拣货 Pick W20261112-001 ==")
    assert release < pick and "确认库位 bins confirmed" in tour and "✓" in tour
    with Store.open(db) as store:
        wave = store.waves.get("W20261112-001")
        assert (wave["released_by"], wave["status"]) == ("super", "picked")
        [event] = [e for e in store.audit.for_entity("wave", wave["id"]) if e["action"] == "wave.released"]
        assert (event["station"], event["user_login"]) == ("OFFICE", "super")
        assert json.loads(event["detail"])["code"] == wave["code"]
    assert "Release W20261112-001" not in whs("demo", "--parcels", "1")     # on the floor already: never again
