"""Which database a PC opens when no --db / WHS_DB says: the `database` of the PC file in the user's
data folder, chosen (and audited) through `choose_database`."""
from __future__ import annotations

import json
import re

import pytest

from whs_app.station_setup import PcConfig, SetupRefused, checked_location, choose_database, choose_station
from whs_app.store.dialect import masked
from tests.print_fixtures import ADMIN

AT = "2026-11-11 08:00:00"
URL = "postgresql://whs:s3cret@10.0.0.5:5432/whs"


def test_the_choice_keeps_the_station_the_pc_is_and_is_audited_without_the_password(store, warehouse, tmp_path):
    home = PcConfig(station="P01", database="/old/whs.db")
    config = choose_database(store, AT, ADMIN, f"  {URL} ", home, current=PcConfig("P02", "COM5"))
    assert config == PcConfig("P02", "COM5", URL)
    event = store.audit.for_entity("station", ADMIN.station)[-1]
    assert event["action"] == "pc.database"
    assert json.loads(event["detail"]) == {"from": "/old/whs.db", "to": "postgresql://whs:***@10.0.0.5:5432/whs"}

    path = tmp_path / "whs-pc.json"
    config.save(path)
    assert PcConfig.load(path) == config
    assert choose_station(store, AT, ADMIN, "P01", config).database == URL      # another station keeps it


def test_what_is_not_a_database_is_refused(tmp_path):
    (tmp_path / "w.db").write_bytes(b"")
    assert checked_location(str(tmp_path / "w.db")) == str(tmp_path / "w.db")
    for text, why in ((URL + "?nonsense=1", "not a usable PostgreSQL URL: postgresql://whs:***@"),
                      ("sqlite:///w.db", "give a PostgreSQL URL"),
                      ("w.db", "give the database file's full path"),
                      (str(tmp_path / "none.db"), "no database file at"),
                      (str(tmp_path), "no database file at")):
        with pytest.raises(SetupRefused, match=re.escape(why)) as refused:
            checked_location(text)
        assert "s3cret" not in str(refused.value)


@pytest.mark.parametrize("location, shown", [
    (URL, "postgresql://whs:***@10.0.0.5:5432/whs"),
    ("postgresql://whs@10.0.0.5/whs", "postgresql://whs@10.0.0.5/whs"),
    ("postgres://u:p@ss@h1:5432,h2:5433/whs?password=x&sslmode=require",
     "postgres://u:***@h1:5432,h2:5433/whs?password=***&sslmode=require"),
    ("/data/whs.db", "/data/whs.db"),
])
def test_locations_are_shown_with_the_password_masked(location, shown):
    assert masked(location) == shown
