"""Idempotent re-import by shop + order number, and what a platform change does to each state."""
import json

import pytest

from whs_app.model import OrderState, Reason
from tests.import_fixtures import (TbItem, TbOrder, dump, generic_row, run,  # noqa: F401 (run is a fixture)
                                   write_generic, write_taobao)

pytestmark = pytest.mark.usefixtures("warehouse")


def order(store, number):
    return store.orders.get(store.orders.find(number)[0].id)


def take_on(store, number, state):
    """Put an order where review and the floor would have: state set, stock reserved."""
    found = order(store, number)
    store.orders.set_state([found.id], state)
    store.stock.reserve({line.sku_id: line.quantity for line in found.lines})
    return found


def test_same_file_twice_changes_nothing_and_says_so(run, store, tmp_path, clock):
    orders, items = write_taobao(tmp_path, [TbOrder("1"), TbOrder("2", status="等待买家付款", paid_at="")])
    assert run(orders, items).orders_new == 2
    before = dump(store)
    clock.advance(hours=1)
    again = run(orders, items)
    assert (again.written, again.orders_new, again.orders_unchanged, again.import_id) == (False, 0, 2, None)
    assert dump(store) == before


def test_changed_new_order_is_updated_in_place_with_new_lines(run, store, tmp_path, actor):
    path = tmp_path / "o.csv"
    run(write_generic(path, [generic_row("G1", "TSHIRT-W-M", "1"), generic_row("G2")]))
    original = order(store, "G1")
    result = run(write_generic(path, [generic_row("G1", "JEANS-32", "2", address="科技园路 2号"), generic_row("G2")]))
    assert (result.orders_new, result.orders_changed, result.orders_unchanged) == (0, 1, 1)
    updated = order(store, "G1")
    assert updated.id == original.id and updated.state == OrderState.NEW and updated.address == "科技园路 2号"
    assert [(l.sku_code, l.quantity) for l in updated.lines] == [("JEANS-32", 2)]
    assert updated.weight_kg == pytest.approx(1.2) and updated.units == 2
    [event] = store.audit.for_entity("order", original.id)
    detail = json.loads(event["detail"])
    assert (event["action"], event["station"], event["user_login"]) == (
        "import.order_changed", actor.station, actor.user)
    assert detail["changes"]["lines"] == ["TSHIRT-W-M×1", "JEANS-32×2"] and detail["import_id"] == result.import_id


def test_unpaid_order_that_gets_paid_becomes_new_and_a_paid_one_closed_becomes_not_shippable(run, store, tmp_path):
    path = tmp_path / "o.csv"
    run(write_generic(path, [generic_row("G1", status="未付款", paid_at=""), generic_row("G2")]))
    assert order(store, "G1").state == OrderState.NOT_SHIPPABLE
    run(write_generic(path, [generic_row("G1"), generic_row("G2", status="已关闭")]))
    assert (order(store, "G1").state, order(store, "G2").state) == (OrderState.NEW, OrderState.NOT_SHIPPABLE)


def test_changed_exception_order_goes_back_to_new_and_its_exceptions_are_resolved(run, store, tmp_path, clock):
    path = tmp_path / "o.csv"
    run(write_generic(path, [generic_row("G1", district="")]))
    held = order(store, "G1")
    store.orders.set_state([held.id], OrderState.EXCEPTION)
    store.exceptions.raise_many("2026-11-11 08:00:00", [(held.id, Reason.ADDRESS_INCOMPLETE, "区 missing")])
    store.review.add_waived(held.id, [Reason.MESSAGE_KEYWORD])       # a person's decision on the old content
    run(write_generic(path, [generic_row("G1")]))
    assert order(store, "G1").state == OrderState.NEW and order(store, "G1").district == "南山区"
    assert store.exceptions.open_for(held.id) == []
    assert store.scalar("SELECT waived_reasons FROM orders WHERE id = ?", (held.id,)) == ""


@pytest.mark.parametrize("state", [OrderState.READY, OrderState.WAVED, OrderState.PICKED])
def test_platform_cancel_after_review_stops_the_order_and_gives_its_stock_back(run, store, tmp_path, warehouse, state):
    orders, items = write_taobao(tmp_path, [TbOrder("1", items=[TbItem("MUG-350", "2")])])
    run(orders, items)
    taken = take_on(store, "1", state)
    mug = warehouse.sku_ids["MUG-350"]
    assert store.stock.levels([mug])[mug] == (3, 2)
    orders, items = write_taobao(tmp_path, [TbOrder("1", status="交易关闭", items=[TbItem("MUG-350", "2")])])
    result = run(orders, items)
    assert (result.orders_changed, result.orders_changed_on_platform) == (0, 1)
    stopped = order(store, "1")
    assert stopped.state == OrderState.EXCEPTION and stopped.platform_status == "paid"   # data left as it was
    assert store.stock.levels([mug])[mug] == (3, 0)
    [exception] = store.exceptions.open_for(taken.id)
    assert exception["reason"] == Reason.CHANGED_ON_PLATFORM
    assert "悔单" in exception["detail"] and "paid → closed" in exception["detail"]
    events = {event["action"]: json.loads(event["detail"]) for event in store.audit.for_entity("order", taken.id)}
    assert events["order.exception"]["to"] == "exception" and events["order.exception"]["from"] == state
    assert events["import.changed_on_platform"]["changes"]["platform_status"] == ["paid", "closed"]
    before = dump(store)
    assert run(orders, items).orders_unchanged == 1        # the same change is not raised twice
    assert dump(store) == before


@pytest.mark.parametrize("state", [OrderState.PACKING, OrderState.PACKED, OrderState.SHIPPED])
def test_change_to_an_order_being_packed_or_gone_is_raised_but_the_order_stays(run, store, tmp_path, warehouse, state):
    path = tmp_path / "o.csv"
    run(write_generic(path, [generic_row("G1", "JEANS-32")]))
    taken = take_on(store, "G1", state)
    run(write_generic(path, [generic_row("G1", "JEANS-32", address="改到 公司 3号楼")]))
    kept = order(store, "G1")
    assert kept.state == state and kept.address == "科技园路 1号"
    [exception] = store.exceptions.open_for(taken.id)
    assert "地址 address: 科技园路 1号 → 改到 公司 3号楼" in exception["detail"] and "悔单" not in exception["detail"]
    jeans = warehouse.sku_ids["JEANS-32"]
    assert store.stock.levels([jeans])[jeans] == (50, 1)


def test_a_cancelled_order_stays_cancelled_and_raises_nothing(run, store, tmp_path):
    path = tmp_path / "o.csv"
    run(write_generic(path, [generic_row("G1")]))
    store.orders.set_state([order(store, "G1").id], OrderState.CANCELLED)
    result = run(write_generic(path, [generic_row("G1", buyer_message="再加一件")]))
    assert result.orders_changed_on_platform == 1
    assert order(store, "G1").state == OrderState.CANCELLED and order(store, "G1").buyer_message == ""
    assert store.exceptions.open_for(order(store, "G1").id) == []


def test_one_audit_event_and_one_imports_row_per_import(run, store, tmp_path, actor, clock):
    path = write_generic(tmp_path / "o.csv", [generic_row("G1"), generic_row("G2", "NOPE")])
    result = run(path)
    [event] = store.audit.for_entity("import", result.import_id)
    detail = json.loads(event["detail"])
    assert (event["action"], event["at"], event["station"], event["user_login"]) == (
        "import", "2026-11-11 08:00:00", actor.station, actor.user)
    assert detail["files"] == [str(path)] and detail["orders_new"] == 2 and detail["unknown_sku_lines"] == 1
    row = store.imports.get(result.import_id)
    assert (row["format"], row["orders_new"], row["orders_changed"], row["orders_unchanged"]) == ("generic", 2, 0, 0)
    assert json.loads(row["files"]) == [str(path)] and len(row["sha256"]) == 64
    assert {o.id for o in store.orders.in_states(OrderState)} == {
        r[0] for r in store.all("SELECT id FROM orders WHERE import_id = ?", (result.import_id,))}
    assert store.audit.count() == 1
