"""Which station a PC is (a file next to the database) and each station's language (the store)."""
from __future__ import annotations


import pytest

from whs_app.scan_check import check_scan
from whs_app.station_setup import PC_FILE, PcConfig, SetupRefused, choose_station, set_station_language, \
    station_language
from tests.print_fixtures import ADMIN

AT = "2026-11-11 08:00:00"


def test_the_pc_file_lives_next_to_the_database_and_survives_nonsense(tmp_path):
    path = PcConfig.path_for(tmp_path / "data" / "whs.db")
    assert path == (tmp_path / "data" / PC_FILE).resolve()
    path.parent.mkdir()
    assert PcConfig.load(path) == PcConfig()
    PcConfig("P03", "COM5").save(path)
    assert PcConfig.load(path) == PcConfig("P03", "COM5")
    path.write_text("{not json", encoding="utf-8")
    assert PcConfig.load(path) == PcConfig()


def test_choose_a_station(store, warehouse, tmp_path):
    config = choose_station(store, AT, ADMIN, "P02", PcConfig(None, "COM5"))
    assert config == PcConfig("P02", "COM5")
    assert store.audit.for_entity("station", "P02")[0]["action"] == "pc.station"
    with pytest.raises(SetupRefused, match="no station P99 .known: P01, P02"):
        choose_station(store, AT, ADMIN, "P99", config)


def test_each_station_keeps_its_language(store, warehouse):
    assert station_language(store, "P01") is None
    set_station_language(store, AT, ADMIN, "P01", "en")
    set_station_language(store, AT, ADMIN, "P01", "en")       # no change, no event
    assert (station_language(store, "P01"), station_language(store, "P02")) == ("en", None)
    assert [e["action"] for e in store.audit.for_entity("station", "P01")] == ["station.language"]
    with pytest.raises(SetupRefused, match="choose one of zh_CN, en"):
        set_station_language(store, AT, ADMIN, "P01", "fr")
    with pytest.raises(SetupRefused, match="no station P99"):
        set_station_language(store, AT, ADMIN, "P99", "en")


@pytest.mark.parametrize("code, raw, hint", [
    ("SF123", "ＳＦ１２３", "fullwidth"),
    ("顺丰123", "顺丰123", "ime_chinese"),
    ("&é\"'(", "&é\"'(", "layout"),
    ("sf123", "sf123", "caps_lock"),
])
def test_scan_hints(code, raw, hint):
    assert hint in check_scan(code, "scanner", raw, (3.0,) * len(code), 50).hints


def test_a_scan_with_a_few_slow_gaps_counted_as_typing_says_so():
    assert check_scan("SF123", "typed", "SF123", (3, 3, 80, 3), 50).hints == ("slow_burst",)
    assert check_scan("SF123", "typed", "SF123", (130, 140, 150, 120), 50).hints == ()
    clean = check_scan("SF123", "scanner", "SF123", (3, 4, 3, 5), 50)
    assert clean.hints == () and clean.median_gap_ms == 3.5 and clean.max_gap == 5
