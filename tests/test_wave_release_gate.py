"""Release is a real step: no pick is confirmed on a wave a supervisor has not released, from any door."""
import json

import pytest
from click.testing import CliRunner

from whs_app.cli import cli
from whs_app.clock import ManualClock
from whs_app.model import OrderState
from whs_app.picking import confirm, confirm_all
from whs_app.store import Store
from whs_app.wave_release import WaveNotReleased, release_waves
from whs_app.waves import plan_waves
from tests.factories import make_warehouse
from tests.review_fixtures import add_orders, new_order, reviewed, states, stock_of

TWO = (new_order("A", [("TSHIRT-W-M", 1), ("MUG-350", 1)]), new_order("B", [("SOCKS-5P", 2), ("MUG-350", 1)]))


def test_a_pick_is_refused_until_the_wave_is_released_then_taken(store, warehouse, clock, actor, supervisor):
    ids = reviewed(store, clock, actor, *TWO)
    [wave] = plan_waves(store, clock, supervisor).waves
    for attempt in (lambda: confirm(store, clock, actor, wave.code, "A-01-01"),
                    lambda: confirm(store, clock, actor, wave.code, "C-01-01", 1),
                    lambda: confirm_all(store, clock, actor, wave.id)):
        with pytest.raises(WaveNotReleased) as refused:
            attempt()
        assert str(refused.value).startswith("波次未下发")
        assert (f"wave {wave.code} is not released yet — a supervisor releases it on the Waves screen or with "
                "`whs waves release`") in str(refused.value)
    assert [line["picked"] for line in store.waves.pick_lines(wave.id)] == [None, None, None]
    assert store.waves.get(wave.code)["status"] == "planned" and states(store, ids) == [OrderState.WAVED] * 2
    assert store.audit.count("pick.confirmed") == 0 and stock_of(store, "MUG-350") == (3, 2)

    release_waves(store, clock, supervisor, [wave.code])
    assert [c.bin for c in confirm(store, clock, actor, wave.code, "A-01-01")] == ["A-01-01"]
    assert len(confirm_all(store, clock, actor, wave.code)) == 2
    assert store.waves.get(wave.code)["status"] == "picked" and states(store, ids) == [OrderState.PICKED] * 2


@pytest.fixture
def whs(tmp_path, monkeypatch):
    monkeypatch.setattr("whs_app.cli.SystemClock", lambda: ManualClock("2026-11-11 09:30:00"))
    db = tmp_path / "whs.db"
    runner = CliRunner()

    def invoke(*args, code=0, station="OFFICE", user="boss"):
        result = runner.invoke(cli, ["--db", str(db), "--station", station, "--user", user, *args])
        assert result.exit_code == code, result.output
        return result.output

    invoke("init")
    with Store.open(db) as store:
        clock = ManualClock("2026-11-11 08:00:00")
        make_warehouse(store, clock)
        add_orders(store, clock, *TWO, new_order("C", [("JEANS-32", 1)]))
    invoke("review")
    invoke("waves", "plan")
    invoke.db = db
    return invoke


def test_whs_waves_release_sends_waves_to_the_floor_audited_all_or_nothing(whs):
    waves = json.loads(whs("--json", "waves", "list"))["waves"]
    single, multi = (next(w["code"] for w in waves if w["kind"] == kind) for kind in ("single", "multi"))
    assert "not released yet" in whs("pick", multi, "--all", code=1, station="P01", user="packer1")
    assert "give the waves to release, or --all" in whs("waves", "release", code=2)
    assert "or --all" in whs("waves", "release", multi, "--all", code=2)
    assert "no wave W404" in whs("waves", "release", multi, "W404", code=1)

    assert json.loads(whs("--json", "waves", "release", multi)) == {"released": [multi], "pick_list_jobs": {}}
    assert f"wave {multi} was already released at 2026-11-11 09:30:00 by boss" in whs(
        "waves", "release", single, multi, code=1)                    # all or nothing: single stays planned
    with Store.open(whs.db) as store:
        assert store.waves.get(single)["released_at"] is None
        [event] = [e for e in store.audit.for_entity("wave", store.waves.get(multi)["id"])
                   if e["action"] == "wave.released"]
        assert (event["at"], event["station"], event["user_login"]) == ("2026-11-11 09:30:00", "OFFICE", "boss")
        assert json.loads(event["detail"])["code"] == multi

    assert "status: picked" in whs("pick", multi, "--all", station="P01", user="packer1")
    assert f"released {single}" in whs("waves", "release", "--all")
    assert "no planned wave waits for release" in whs("waves", "release", "--all")
    assert "status: picked" in whs("pick", single, "--all", station="P01", user="packer1")
