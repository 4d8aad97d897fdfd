"""`whs carriers …`, `whs assign` and `whs handover` from the command line; the carriers file."""
import json

import pytest
from click.testing import CliRunner

from whs_app.cli import cli
from whs_app.clock import ManualClock
from whs_app.store import Store
from tests.carrier_fixtures import pack, priced, released
from tests.factories import make_warehouse
from tests.labels_fixtures import pdf_text

GOOD_FILE = """
format = 1

[[carrier]]
code = "JT"
name = "极兔速递"
max_weight_kg = 30
daily_capacity = 5000
share_cap = 0.3
low_balance_alert = 100
excludes = ["西藏", "新疆 喀什"]
pickups = [{label = "晚班", at = "18:00", capacity = 3000}]
tariff = [{zone = "华东", provinces = ["浙江", "上海"], first = 2.8, added = 1.0},
          {zone = "全国", provinces = ["*"], first = 4.0, added = 2.0}]
days = [{day = "2026-11-11", daily_capacity = 2000}]

[[region_rule]]
area = "海南"
carrier = "JT"

[[shop]]
code = "tmall-main"
carrier = ""
"""


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "w.db"
    with Store.open(path) as store:
        clock = ManualClock("2026-11-11 08:00:00")
        warehouse = make_warehouse(store, clock)
        priced(store, warehouse)
        released(store, clock, 3)
    return path


def whs(db, *args, input=None):
    return CliRunner().invoke(cli, ["--db", str(db), "--user", "boss", "--station", "OFFICE", *args], input=input)


def test_assign_then_why_explains_the_choice(db):
    result = whs(db, "--json", "assign")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["assigned"] == {"ZTO": 3}
    why = whs(db, "carriers", "why", "O1")
    assert why.exit_code == 0 and "→ ZTO" in why.output and "SF" in why.output and "18.00" in why.output
    assert "no order NOPE" in whs(db, "carriers", "why", "NOPE").output


def test_list_shows_load_against_capacity_per_batch(db):
    assert whs(db, "waves", "plan").exit_code == 0
    data = json.loads(whs(db, "--json", "carriers", "list").output)
    zto = next(c for c in data["carriers"] if c["code"] == "ZTO")
    assert zto["waved"] == 3 and zto["capacity"] == 5000 and zto["batches"][0]["waved"] == 3
    assert "ZTO" in whs(db, "carriers", "list").output


def test_set_changes_terms_and_refuses_bad_values_changing_nothing(db):
    result = whs(db, "carriers", "set", "ZTO", "--daily-capacity", "1", "--exclude", "西藏", "--exclude", "新疆 喀什",
                 "--pickup", "午班@12:00=100", "--tariff", "华东=浙江,上海:3+1", "--tariff", "全国=*:4+2")
    assert result.exit_code == 0, result.output
    with Store.open(db) as store:
        row = next(r for r in store.carrier_setup.rows() if r["code"] == "ZTO")
        assert row["daily_capacity"] == 1 and len(store.carrier_setup.areas()) == 2
    bad = whs(db, "carriers", "set", "ZTO", "--share-cap", "1.5", "--daily-capacity", "lots", "--exclude", "火星")
    assert bad.exit_code == 2
    assert "share_cap" in bad.output and "daily_capacity" in bad.output and "火星" in bad.output
    with Store.open(db) as store:
        assert next(r for r in store.carrier_setup.rows() if r["code"] == "ZTO")["daily_capacity"] == 1
    assert whs(db, "carriers", "set", "ZTO", "--day", "2026-11-12", "--share-cap", "0.5").exit_code == 0
    assert whs(db, "carriers", "set", "NEW").exit_code == 2


def test_set_active_false_takes_the_carrier_out_and_reroutes(db):
    assert whs(db, "assign").exit_code == 0
    result = whs(db, "--json", "carriers", "set", "ZTO", "--active", "false", "--reason", "爆仓")
    assert result.exit_code == 0, result.output
    with Store.open(db) as store:
        assert {store.carriers.get(o.carrier_id).code for o in store.orders.in_states(["ready"])} == {"YD"}
    assert whs(db, "carriers", "set", "ZTO", "--active", "true").exit_code == 0


def test_import_export_round_trip(db, tmp_path):
    source = tmp_path / "carriers.toml"
    source.write_text(GOOD_FILE, encoding="utf-8")
    result = whs(db, "carriers", "import", str(source))
    assert result.exit_code == 0, result.output
    exported = tmp_path / "out.toml"
    assert whs(db, "carriers", "export", str(exported)).exit_code == 0
    text = exported.read_text(encoding="utf-8")
    assert "极兔速递" in text and "新疆 喀什" in text and "2026-11-11" in text and "海南" in text
    before = _setup(db)
    assert whs(db, "carriers", "import", str(exported)).exit_code == 0
    assert _setup(db) == before


def _setup(db):
    with Store.open(db) as store:
        from whs_app.carriers.setup import export_setup
        return export_setup(store)


@pytest.mark.parametrize("change, named", [
    ('max_weight_kg = 30', "carrier[1] (JT).max_weight_kg"),
    ('share_cap = 0.3', "carrier[1] (JT).share_cap"),
    ('tariff = [', "carrier[1] (JT).tariff"),
    ('area = "海南"', "region_rule[1]"),
])
def test_a_bad_file_names_file_entry_and_field_and_changes_nothing(db, tmp_path, change, named):
    broken = {"max_weight_kg = 30": "max_weight_kg = -1", "share_cap = 0.3": 'share_cap = "most"',
              "tariff = [": 'tariff = [{zone = "x", provinces = ["火星"], first = 1, added = 1}, ',
              'area = "海南"': 'area = ""'}[change]
    source = tmp_path / "bad.toml"
    source.write_text(GOOD_FILE.replace(change, broken, 1), encoding="utf-8")
    before = _setup(db)
    result = whs(db, "carriers", "import", str(source))
    assert result.exit_code == 2, result.output
    assert f"bad.toml: {named}" in result.output and "nothing was changed" in result.output
    assert _setup(db) == before


def test_a_file_that_is_not_toml_is_refused(db, tmp_path):
    source = tmp_path / "bad.toml"
    source.write_text("[[carrier]\ncode = ", encoding="utf-8")
    result = whs(db, "carriers", "import", str(source))
    assert result.exit_code == 2 and "bad.toml" in result.output and "TOML" in result.output


def test_pool_loads_a_range_and_refuses_an_overlap(db):
    result = whs(db, "carriers", "pool", "ZTO", "--add", "ZT5000-5999", "--width", "10")
    assert result.exit_code == 0 and "ZT0000005000" in result.output
    overlap = whs(db, "carriers", "pool", "ZTO", "--add", "ZT5500-6500", "--width", "10")
    assert overlap.exit_code == 1 and "overlaps" in overlap.output
    drawn = whs(db, "carriers", "pool", "ZTO", "--add", "ZT1-1", "--width", "10")
    assert drawn.exit_code == 1


def test_handover_cli_scans_lists_missing_and_closes(db, tmp_path):
    assert whs(db, "waves", "plan").exit_code == 0
    with Store.open(db) as store:
        clock = ManualClock("2026-11-11 09:00:00")
        waybills = [pack(store, clock, o.id) for o in store.orders.in_states(["waved"])]
    ok = whs(db, "handover", "--carrier", "ZTO", "--batch", "18:00", "--scan", waybills[0])
    assert ok.exit_code == 0 and "✓" in ok.output
    refused = whs(db, "handover", "--carrier", "ZTO", "--batch", "18:00", "--stdin", input=f"{waybills[0]}\n{waybills[1]}\n")
    assert refused.exit_code == 3 and "Scanned twice" in refused.output
    missing = whs(db, "--json", "handover", "missing", "--carrier", "ZTO", "--batch", "18:00")
    assert [row["waybill_no"] for row in json.loads(missing.output)["missing"]] == [waybills[2]]
    out = tmp_path / "manifest.pdf"
    blocked = whs(db, "handover", "close", "--carrier", "ZTO", "--batch", "18:00", "--out", str(out))
    assert blocked.exit_code == 3 and waybills[2] in blocked.output and not out.exists()
    assert whs(db, "handover", "--carrier", "ZTO", "--batch", "18:00", "--scan", waybills[2]).exit_code == 0
    closed = whs(db, "--json", "handover", "close", "--carrier", "ZTO", "--batch", "18:00", "--out", str(out))
    assert closed.exit_code == 0 and len(json.loads(closed.output)["shipped_orders"]) == 3
    assert all(w in pdf_text(out.read_bytes()) for w in waybills)
    again = whs(db, "handover", "--carrier", "ZTO", "--batch", "18:00", "--scan", waybills[0])
    assert again.exit_code == 3 and "ALREADY SHIPPED" in again.output
    assert whs(db, "handover", "--carrier", "ZTO", "--batch", "nope", "--scan", "x").exit_code == 1
