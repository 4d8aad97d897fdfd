import json

import pytest
from click.testing import CliRunner

from whs_app.cli import cli
from whs_app.clock import ManualClock
from whs_app.store import Store
from tests.factories import make_warehouse
from tests.pack_fixtures import ready_order


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "w.db"
    with Store.open(path) as store:
        warehouse = make_warehouse(store, ManualClock())
        ready_order(store, warehouse, "C2001", {"TSHIRT-W-M": 1, "JEANS-32": 1})
    return path


def whs(db, *args, input=None):
    return CliRunner().invoke(cli, ["--db", str(db), "--user", "packer1", *args], input=input)


def test_pack_prints_one_json_event_per_scan_and_exits_0(db):
    result = whs(db, "--json", "pack", "--station", "P01", "--scan", "C2001", "--scan", "6901234567001",
                 "--scan", "6901234567003")
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in result.output.splitlines()]
    assert [e["ok"] for e in events] == [True, True, True]
    assert events[-1]["event"] == "order_packed" and events[-1]["waybill_no"]
    assert all("message" in e for e in events)


def test_a_refused_scan_exits_3_and_says_why(db):
    result = whs(db, "pack", "--station", "P01", "--scan", "C2001", "--scan", "6901234567006")
    assert result.exit_code == 3
    assert "REFUSED" in result.output and "Wrong item" in result.output


def test_scans_from_separate_invocations_continue_the_same_parcel(db):
    assert whs(db, "pack", "--station", "P01", "--scan", "C2001").exit_code == 0
    result = whs(db, "pack", "--station", "P01", "--stdin", input="6901234567001\n6901234567003\n")
    assert result.exit_code == 0, result.output
    assert "Resumed" in result.output and "packed" in result.output


def test_unknown_station_is_a_clear_error(db):
    result = whs(db, "pack", "--station", "P99", "--scan", "C2001")
    assert result.exit_code == 2 and "unknown station" in result.output


def test_status_json_is_a_stable_object(db):
    whs(db, "pack", "--station", "P01", "--scan", "C2001", "--scan", "6901234567001", "--scan", "6901234567003")
    data = json.loads(whs(db, "--json", "status").output)
    assert data["orders_total"] == 1
    assert data["orders_by_state"] == {"packed": 1}
    assert data["orders_by_carrier"] == {"ZTO": {"packed": 1}}
    assert data["print_jobs_by_state"] == {"queued": 2}


def test_commands_on_a_missing_database_say_run_init(tmp_path):
    result = whs(tmp_path / "none.db", "status")
    assert result.exit_code == 1 and "whs init" in result.output


def test_settings_set_validates_and_audits(db):
    assert whs(db, "settings", "set", "cutoff_time", "25:00").exit_code == 2
    assert whs(db, "settings", "set", "pack_mode", "batch").exit_code == 0
    with Store.open(db) as store:
        assert store.settings.get("pack_mode") == "batch"
        assert store.audit.for_entity("settings", "pack_mode")[0]["user_login"] == "packer1"
