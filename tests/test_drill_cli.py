"""`whs drill` end to end, and the stations' pointer: a drill with people at real stations."""
from __future__ import annotations

import json

from click.testing import CliRunner

from whs_app.cli import cli
from whs_app.clock import ManualClock
from whs_app.drill import service
from whs_app.drill.pointer import pointer_path, read_pointer, station_database
from whs_app.drill.run import RunOptions
from whs_app.simulation.rates import Rates
from whs_app.store import Store
from tests.drill_fixtures import BOSS, digest, make_live


def whs(live, *args: str, code: int = 0) -> str:
    result = CliRunner().invoke(cli, ["--db", str(live), "--user", "super", *args])
    assert result.exit_code == code, (args, result.output, result.exception)
    return result.output


def test_drill_commands_from_new_to_compare_never_touch_the_live_database(tmp_path):
    live = make_live(tmp_path)
    before = digest(live)
    assert "40 orders" in whs(live, "drill", "new", "a", "--orders", "40", "--day", "2026-11-11")
    whs(live, "drill", "new", "b", "--orders", "40", "--day", "2026-11-11", "--description", "four packers")
    ended = json.loads(whs(live, "--json", "drill", "start", "a", "--packers", "2", "--printers", "emulated"))
    assert ended["reason"] == "done"
    status = json.loads(whs(live, "--json", "drill", "status", "a"))
    assert status["packed"] > 30 and len(status["packers"]) == 2
    assert all(p["drill_marked"] == p["jobs"] == p["printed"] for p in status["printers"])   # real bytes, marked
    report = json.loads(whs(live, "--json", "drill", "report", "a", "--rates", str(tmp_path / "rates.json")))
    assert (tmp_path / "drills" / "a-report.pdf").stat().st_size > 5000
    assert report["forecast"]["volume"] == 96
    assert Rates.from_dict(json.loads((tmp_path / "rates.json").read_text())).packers == 2
    whs(live, "drill", "start", "b", "--packers", "4", "--printers", "queue")
    compared = whs(live, "drill", "compare", "a", "b", "--csv", str(tmp_path / "ab.csv"),
                   "--pdf", str(tmp_path / "ab.pdf"))
    assert "four" not in compared and "packers" in compared
    rows = (tmp_path / "ab.csv").read_text(encoding="utf-8-sig").splitlines()
    assert rows[0] == "figure,a,b,change" and "packers,2,4,2" in rows
    assert digest(live) == before


def test_bad_drill_input_is_refused_with_exit_2_and_says_why(tmp_path):
    live = make_live(tmp_path)
    whs(live, "drill", "new", "a", "--orders", "5")
    assert "unknown fault" in whs(live, "drill", "inject", "printer-on-fire", "V01", "--drill", "a", code=2)
    assert "needs a target" in whs(live, "drill", "inject", "station-crash", "--drill", "a", code=2)
    assert "unknown knob" in whs(live, "drill", "inject", "exception-burst", "size=3", "--drill", "a", code=2)
    assert "no drill is active" in whs(live, "drill", "status", code=2)
    assert "no such drill" in whs(live, "drill", "report", "nope", code=2)
    assert "already exists" in whs(live, "drill", "new", "a", code=2)
    assert "requested" in whs(live, "drill", "inject", "exception-burst", "count=3", "--drill", "a")
    assert "discarded" in whs(live, "drill", "stop", "a", "--discard")
    assert not (tmp_path / "drills" / "a.db").exists()


def test_stations_follow_the_pointer_into_the_drill_and_one_stop_returns_them_to_live(tmp_path):
    live = make_live(tmp_path)
    before = digest(live)
    path, _ = service.new_drill(live, ManualClock("2026-11-02 09:00:00"), BOSS, "floor", orders=60)
    assert station_database(live) == live
    seen = []

    def progress(figures) -> None:
        seen.append((station_database(live), figures.arrived))
        if figures.arrived:
            service.stop_drill(live, path)          # one action, from anywhere: the drill ends

    outcome = service.start_drill(live, path, RunOptions(mode="stations", speed=20_000), on_progress=progress)
    assert seen[0][0] == path.resolve()
    assert outcome.reason == "stopped" and outcome.ended.hour < 3
    assert read_pointer(live) is None and not pointer_path(live).exists() and station_database(live) == live
    with Store.open(path) as drill:
        assert drill.orders.count() > 0 and drill.scalar("SELECT COUNT(*) FROM parcels") == 0   # people pack here
        assert [e["name"] for e in drill.drill.events("phase")][:1] == ["started"]
    assert digest(live) == before
