"""`whs review`, `whs exceptions …`, `whs waves …` and `whs pick` end to end, as a script would run them."""
import json

import pytest
from click.testing import CliRunner

from whs_app.cli import cli
from whs_app.clock import ManualClock
from whs_app.codes import slot_code
from whs_app.store import Store
from tests.factories import make_warehouse
from tests.review_fixtures import add_orders, configure, new_order


@pytest.fixture
def run(tmp_path, monkeypatch):
    monkeypatch.setattr("whs_app.cli.SystemClock", lambda: ManualClock("2026-11-11 08:00:00"))
    db = tmp_path / "whs.db"
    runner = CliRunner()

    def invoke(*args, code=0):
        result = runner.invoke(cli, ["--db", str(db), "--station", "OFFICE", "--user", "boss", *args])
        assert result.exit_code == code, result.output
        return result.output

    invoke("init")
    with Store.open(db) as store:
        clock = ManualClock("2026-11-11 08:00:00")
        make_warehouse(store, clock)
        add_orders(store, clock,
                   new_order("A1", [("TSHIRT-W-M", 1)], paid_at="2026-11-11 01:00:00"),
                   new_order("A2", [("MUG-350", 1), ("JEANS-32", 2)], paid_at="2026-11-11 02:00:00"),
                   new_order("A3", [("SOCKS-5P", 1)], buyer="tb_m", paid_at="2026-11-11 03:00:00"),
                   new_order("A4", [("SOCKS-5P", 2)], buyer="tb_m", paid_at="2026-11-11 04:00:00"),
                   new_order("X1", address=""),
                   new_order("X2", buyer_message="换货，换成L码"))
    return invoke


def test_review_prints_counts_and_json(run):
    text = run("review")
    assert "ready 4" in text and "exception 2" in text and "merged 1" in text and "地址不完整" in text
    assert json.loads(run("--json", "review"))["reviewed"] == 0


def test_review_json_object(run):
    data = json.loads(run("--json", "review"))
    assert (data["ready"], data["exception"], data["merged"]) == (4, 2, 1)
    assert data["exceptions_by_reason"] == {"address_incomplete": 1, "message_keyword": 1}


def test_exceptions_list_release_and_cancel(run):
    run("review")
    listed = json.loads(run("--json", "exceptions", "list", "--reason", "message_keyword"))
    assert [row["order_no"] for row in listed["exceptions"]] == ["X2"]
    assert "X1" in run("exceptions", "list")

    released = json.loads(run("--json", "exceptions", "release", "X2", "--waive", "message_keyword",
                              "--note", "客服已确认换L码", "--supervisor", "boss", "--pin", "2468"))
    assert released["state"] == "ready"
    assert "still" in run("exceptions", "release", "X1", "--supervisor", "boss", "--pin", "2468")
    run("exceptions", "release", "X1", "--waive", "address_incomplete", code=2)
    assert "cancelled" in run("exceptions", "cancel", "X1", "--supervisor", "boss", "--pin", "2468")
    assert "no order NOPE" in run("exceptions", "cancel", "NOPE", code=1)
    assert "cannot cancel" in run("exceptions", "cancel", "X1", "--supervisor", "boss", "--pin", "2468", code=1)
    assert "held" in run("exceptions", "hold", "A1", "--note", "买家来电暂缓")
    assert "manual_hold" in run("--json", "exceptions", "list", "--reason", "manual_hold")


def test_releasing_and_cancelling_are_a_supervisors_decision(run, tmp_path):
    """As on the screen: without a supervisor's login and PIN, or with a wrong PIN, nothing changes (the
    wrong PIN is audited); with them, the audit names the supervisor. Holding is anyone's."""
    run("review")
    for command in ("release", "cancel"):
        assert "give --supervisor and --pin" in run("exceptions", command, "X2", code=1)
        assert "--pin" in run("exceptions", command, "X2", "--supervisor", "boss", code=1)
        assert "wrong PIN" in run("exceptions", command, "X2", "--supervisor", "boss", "--pin", "1111", code=1)
        assert "not a supervisor" in run("exceptions", command, "X2", "--supervisor", "packer1", "--pin", "2468",
                                         code=1)
    with Store.open(tmp_path / "whs.db") as store:
        [x2] = store.orders.find("X2")
        assert x2.state == "exception"
        refusals = [e for e in store.audit.for_entity("user", "boss") if e["action"] == "user.approval_refused"]
        assert len(refusals) == 2 and all(e["station"] == "OFFICE" for e in refusals)
    run("exceptions", "release", "X2", "--waive", "message_keyword", "--supervisor", "boss", "--pin", "2468")
    assert "held" in run("exceptions", "hold", "X2", "--note", "买家来电暂缓")
    with Store.open(tmp_path / "whs.db") as store:
        [x2] = store.orders.find("X2")
        actions = {e["action"]: e["user_login"] for e in store.audit.for_entity("order", x2.id)}
    assert actions["order.ready"] == "boss" and actions["order.held"] == "boss"


def test_merging_ready_orders_is_anyones_decision(run, tmp_path):
    with Store.open(tmp_path / "whs.db") as store:
        configure(store, merge_orders=False)
    run("review")
    merged = json.loads(run("--json", "exceptions", "merge", "A3", "A4", "--note", "同一买家"))
    assert merged["orders"] == ["A3", "A4"] and merged["released"] == []


def test_waves_plan_list_show_and_pick(run):
    run("review")
    plan = run("waves", "plan")
    assert "W20261111-001  ZTO   18:00" in plan and "single" in plan and "multi" in plan
    waves = json.loads(run("--json", "waves", "list"))["waves"]
    multi = next(w for w in waves if w["kind"] == "multi")
    assert (multi["parcels"], multi["orders"], multi["units"]) == (2, 3, 6)

    shown = json.loads(run("--json", "waves", "show", multi["code"]))
    assert [line["bin"] for line in shown["pick_list"]] == ["A-02-05", "B-03-01", "C-01-01"]
    assert shown["slots"][0]["slot_code"] == slot_code(multi["id"], 1)
    assert slot_code(multi["id"], 2) in run("waves", "show", multi["code"])

    assert "is not released yet" in run("pick", multi["code"], "--confirm", "B-03-01", code=1)
    assert f"released {multi['code']}" in run("waves", "release", multi["code"])
    assert "status: picking" in run("pick", multi["code"], "--confirm", "B-03-01")
    assert "already confirmed" in run("pick", multi["code"], "--confirm", "B-03-01", code=1)
    picked = json.loads(run("--json", "pick", multi["code"], "--confirm", "A-02-05=1"))
    assert picked["confirmed"][0]["short_orders"] == ["A2"]
    assert picked["status"] == "picked"          # A2's mug left the list: nothing else to pick
    assert "is picked" in run("pick", multi["code"], "--all", code=1)


def test_pick_errors_are_clean_and_change_nothing(run):
    run("review")
    run("waves", "plan")
    run("waves", "release", "--all")
    assert "no wave W404" in run("pick", "W404", "--all", code=1)
    out = run("pick", "W20261111-002", "--confirm", "A-02-05", "--confirm", "Q-00-00", code=1)
    assert "no bin or SKU Q-00-00" in out
    shown = json.loads(run("--json", "waves", "show", "W20261111-002"))
    assert all(line["picked"] is None for line in shown["pick_list"])
    assert "whole number" in run("pick", "W20261111-002", "--confirm", "A-02-05=two", code=2)
    assert "--confirm" in run("pick", "W20261111-002", code=2)
    assert "no wave" in run("waves", "show", "nope", code=1)


def test_exceptions_edit_address_reviews_the_order_again(run):
    run("review")
    edited = json.loads(run("--json", "exceptions", "edit-address", "X1", "--address", "文一西路 969 号",
                            "--note", "买家电话确认"))
    assert (edited["state"], edited["reasons"]) == ("ready", [])
    assert "unchanged" in run("exceptions", "edit-address", "X1", "--address", "文一西路 969 号", code=1)
    assert "at least one" in run("exceptions", "edit-address", "X1", code=2)
    assert "province" in run("exceptions", "edit-address", "A1", "--province", " ", code=1)


def test_exceptions_merge_by_hand_releases_the_queued_order(run, tmp_path):
    with Store.open(tmp_path / "whs.db") as store:
        add_orders(store, ManualClock("2026-11-11 08:00:00"),
                   new_order("M1", buyer="tb_X2", paid_at="2026-11-11 00:30:00"))
    run("review")
    assert "supervisor's decision" in run("exceptions", "merge", "M1", "X2", code=1)
    merged = json.loads(run("--json", "exceptions", "merge", "M1", "X2", "--waive", "message_keyword",
                            "--note", "客服已确认", "--supervisor", "boss", "--pin", "2468"))
    assert merged == {"leader": "M1", "orders": ["M1", "X2"], "released": ["X2"]}
    assert "buyer" in run("exceptions", "merge", "A1", "A2", code=1)
    assert "no order NOPE" in run("exceptions", "merge", "A1", "NOPE", code=1)
