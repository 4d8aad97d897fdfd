"""Releasing waves to the floor: planned waves wait for a supervisor; releasing is all-or-nothing, audited."""
import json

import pytest

from whs_app.picking import confirm
from whs_app.store import Store, migrations
from whs_app.wave_release import ReleaseRefused, WaveNotReleased, on_floor, release_waves, require_on_floor
from whs_app.waves import WaveError, plan_waves
from tests.factories import make_warehouse
from tests.review_fixtures import new_order, reviewed


def two_waves(store, clock, actor):
    reviewed(store, clock, actor, new_order("A", [("TSHIRT-W-M", 1)]), new_order("B", [("SOCKS-5P", 2)]))
    return plan_waves(store, clock, actor).waves   # a single-unit wave and a multi-unit wave


def test_a_planned_wave_waits_until_a_supervisor_releases_it(store, warehouse, clock, actor, supervisor):
    single, multi = two_waves(store, clock, actor)
    wave = store.waves.get(single.code)
    assert wave["released_at"] is None and not on_floor(wave)
    with pytest.raises(WaveNotReleased, match=f"wave {single.code} is not released yet"):
        require_on_floor(wave)
    clock.advance(minutes=5)
    assert release_waves(store, clock, supervisor, [single.code]) == [single.code]
    wave = store.waves.get(single.code)
    assert (wave["released_at"], wave["released_by"], wave["status"]) == ("2026-11-11 08:05:00", "boss", "planned")
    assert on_floor(wave) and not on_floor(store.waves.get(multi.code))
    event = store.audit.for_entity("wave", single.id)[-1]
    assert (event["action"], event["station"], event["user_login"]) == ("wave.released", "OFFICE", "boss")
    detail = json.loads(event["detail"])
    assert detail["code"] == single.code and detail["bins"] == 1


def test_one_wave_that_cannot_be_released_releases_none(store, warehouse, clock, actor, supervisor):
    single, multi = two_waves(store, clock, actor)
    release_waves(store, clock, supervisor, [single.code])
    with pytest.raises(ReleaseRefused, match=f"wave {single.code} was already released at .* by boss"):
        release_waves(store, clock, supervisor, [multi.code, single.code])
    assert store.waves.get(multi.code)["released_at"] is None
    with pytest.raises(WaveError, match="no wave W404"):
        release_waves(store, clock, supervisor, [multi.code, "W404"])
    with pytest.raises(ReleaseRefused, match="no wave chosen"):
        release_waves(store, clock, supervisor, [])
    assert store.waves.get(multi.code)["released_at"] is None
    assert store.audit.count("wave.released") == 1


def test_a_wave_being_picked_or_done_is_not_released(store, warehouse, clock, actor, supervisor):
    single, _ = two_waves(store, clock, actor)
    release_waves(store, clock, supervisor, [single.code])
    confirm(store, clock, actor, single.code, "A-01-01")
    assert store.waves.get(single.code)["status"] == "picked" and on_floor(store.waves.get(single.code))
    with pytest.raises(ReleaseRefused, match="is picked: only a planned wave is released"):
        release_waves(store, clock, supervisor, [single.id])


def test_waves_planned_before_the_release_step_count_as_released(tmp_path, monkeypatch, clock, actor):
    """An upgraded database: its waves were pickable as soon as they were planned, and stay so."""
    path = tmp_path / "v3.db"
    every = migrations.available()
    monkeypatch.setattr(migrations, "available", lambda: [m for m in every if m[0] < 4])
    with Store.open(path) as store:
        make_warehouse(store, clock)
        [wave] = two_waves(store, clock, actor)[:1]
    monkeypatch.setattr(migrations, "available", lambda: every)
    with Store.open(path) as store:
        upgraded = store.waves.get(wave.code)
        assert (upgraded["released_at"], upgraded["released_by"]) == ("2026-11-11 08:00:00", "upgrade")
        assert on_floor(upgraded)
