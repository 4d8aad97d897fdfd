"""The exception queue's corrections: edit an address (then review again), merge orders by hand, and
the supervisor's approval that release and cancel need — each audited, a refusal changing nothing."""
import pytest

from whs_app.actor import Actor
from whs_app.exceptions_queue import (OrderActionRefused, approver, edit_address, merge, merge_partners)
from whs_app.model import OrderState, Reason
from whs_app.review import review
from whs_app.waves import plan_waves
from tests.review_fixtures import add_orders, configure, new_order, open_reasons, reviewed, states, stock_of

NEW_ADDRESS = dict(receiver_name="李雷", receiver_phone="13911112222", province="浙江省", city="杭州市",
                   district="西湖区", address="文三路 90 号")


def order(store, order_id):
    return store.orders.get(order_id)


def actions(store, order_id):
    return [event["action"] for event in store.audit.for_entity("order", order_id)]


def snapshot(store):
    """Everything a refused action must leave as it was."""
    return (store.all("SELECT * FROM orders ORDER BY id"), store.all("SELECT * FROM order_exceptions ORDER BY id"),
            store.all("SELECT * FROM stock ORDER BY sku_id"), store.audit.count())


# -- edit the address ---------------------------------------------------------------------------------------------
def test_a_completed_address_releases_the_order_and_says_what_changed(store, warehouse, clock, actor, supervisor):
    [order_id] = reviewed(store, clock, actor, new_order("A", [("JEANS-32", 2)], address=""))
    result = edit_address(store, clock, supervisor, order(store, order_id), {"address": "  中山路  8 号 "}, "客服电话确认")
    edited = order(store, order_id)
    assert result.ready == 1 and edited.state == OrderState.READY and edited.address == "中山路 8 号"
    assert open_reasons(store, order_id) == [] and stock_of(store, "JEANS-32") == (50, 2)
    resolution = store.one("SELECT resolution, resolved_by FROM order_exceptions WHERE order_id = ?", (order_id,))
    assert "address edited" in resolution["resolution"] and resolution["resolved_by"] == "boss"
    event = [e for e in store.audit.for_entity("order", order_id) if e["action"] == "order.address_edited"][0]
    assert '"before":{' in event["detail"] and "中山路 8 号" in event["detail"] and event["user_login"] == "boss"
    assert actions(store, order_id)[-3:] == ["order.address_edited", "order.back_to_review", "order.ready"]


def test_a_ready_order_gives_back_its_stock_and_leaves_its_merge_group(store, warehouse, clock, actor, supervisor):
    ids = reviewed(store, clock, actor, new_order("A", [("MUG-350", 1)], buyer="tb_x"),
                   new_order("B", [("MUG-350", 2)], buyer="tb_x", paid_at="2026-11-11 02:00:00"))
    assert order(store, ids[1]).merge_leader_id == ids[0]
    edit_address(store, clock, supervisor, order(store, ids[1]), NEW_ADDRESS)
    moved = order(store, ids[1])
    assert moved.state == OrderState.READY and moved.merge_leader_id is None and moved.city == "杭州市"
    assert stock_of(store, "MUG-350") == (3, 3)   # given back and reserved again, not twice


def test_review_still_raises_what_the_address_does_not_fix(store, warehouse, clock, actor, supervisor):
    [order_id] = reviewed(store, clock, actor, new_order("A", address="", buyer_message="换货，换成L码"))
    edit_address(store, clock, supervisor, order(store, order_id), {"address": "中山路 8 号"})
    assert order(store, order_id).state == OrderState.EXCEPTION
    assert open_reasons(store, order_id) == [Reason.MESSAGE_KEYWORD]


@pytest.mark.parametrize("change, words", [
    ({"province": "  "}, "missing province"),
    ({"address": NEW_ADDRESS["address"], "shop_id": 3}, "shop_id: not part of an address"),
    ({"city": "南京市"}, "unchanged"),
])
def test_a_bad_address_is_refused_and_changes_nothing(store, warehouse, clock, actor, supervisor, change, words):
    [order_id] = reviewed(store, clock, actor, new_order("A", address=""))
    if "city" in change:
        edit_address(store, clock, supervisor, order(store, order_id), {"address": "中山路 8 号"})
        change = {**change, "address": "中山路 8 号"}
    before = snapshot(store)
    with pytest.raises(OrderActionRefused, match=words):
        edit_address(store, clock, supervisor, order(store, order_id), change)
    assert snapshot(store) == before


def test_waved_orders_and_printed_labels_keep_their_address(store, warehouse, clock, actor, supervisor):
    ids = reviewed(store, clock, actor, new_order("A"), new_order("B", address=""))
    plan_waves(store, clock, actor)
    store.orders.set_waybill(ids[1], "ZT0000000042")   # a label pre-printed before it was held
    before = snapshot(store)
    with pytest.raises(OrderActionRefused, match="is waved: cannot edit the address"):
        edit_address(store, clock, supervisor, order(store, ids[0]), NEW_ADDRESS)
    with pytest.raises(OrderActionRefused, match="ZT0000000042 is already printed"):
        edit_address(store, clock, supervisor, order(store, ids[1]), NEW_ADDRESS)
    assert snapshot(store) == before


# -- merge by hand --------------------------------------------------------------------------------------------
def test_ready_orders_merge_under_the_first_paid_on_its_carrier(store, warehouse, clock, actor, supervisor):
    configure(store, merge_orders=False)
    ids = reviewed(store, clock, actor, new_order("B", buyer="tb_x", paid_at="2026-11-11 02:00:00"),
                   new_order("A", buyer="tb_x"), new_order("C", buyer="tb_x", paid_at="2026-11-11 03:00:00"))
    store.assignments.set_carriers([(warehouse.carrier_ids["SF"], ids[2])])
    result = merge(store, clock, supervisor, [order(store, ids[0]), order(store, ids[2])], note="买家要求一起发")
    assert (result.leader, result.orders, result.released) == ("B", ["B", "C"], [])
    merged = order(store, ids[2])
    assert merged.merge_leader_id == ids[0] and merged.carrier_id == order(store, ids[0]).carrier_id
    event = store.audit.for_entity("order", ids[2])[-1]
    assert event["action"] == "order.merged" and '"by_hand":true' in event["detail"] and event["user_login"] == "boss"
    result = merge(store, clock, supervisor, [order(store, ids[2]), order(store, ids[1])])
    assert (result.leader, result.orders) == ("A", ["A", "B", "C"])   # a whole group joins, the first paid leads
    assert [o.order_no for o in store.orders.group(ids[1])] == ["A", "B", "C"]


def test_an_order_in_the_queue_is_released_into_the_parcel(store, warehouse, clock, actor, supervisor):
    ids = reviewed(store, clock, actor, new_order("A", buyer="tb_x"),
                   new_order("B", [("SOCKS-5P", 2)], buyer="tb_x", buyer_message="追单，再加一件，和上一单一起发"))
    assert states(store, ids) == [OrderState.READY, OrderState.EXCEPTION]
    result = merge(store, clock, supervisor, [order(store, ids[1]), order(store, ids[0])], [Reason.MESSAGE_KEYWORD])
    assert (result.leader, result.released) == ("A", ["B"])
    assert states(store, ids) == [OrderState.READY, OrderState.READY] and order(store, ids[1]).merge_leader_id == ids[0]
    assert open_reasons(store, ids[1]) == [] and stock_of(store, "SOCKS-5P") == (500, 2)
    assert "merged" in store.one("SELECT resolution FROM order_exceptions WHERE order_id = ?", (ids[1],))[0]


def test_a_merge_that_review_refuses_is_not_made_at_all(store, warehouse, clock, actor, supervisor):
    ids = reviewed(store, clock, actor, new_order("A", buyer="tb_x"),
                   new_order("B", [("MUG-350", 9)], buyer="tb_x", buyer_message="追单"))
    before = snapshot(store)
    with pytest.raises(OrderActionRefused, match="B: .*Stock short"):
        merge(store, clock, supervisor, [order(store, i) for i in ids], [Reason.MESSAGE_KEYWORD])
    assert snapshot(store) == before


@pytest.mark.parametrize("second, words", [
    (new_order("B", buyer="tb_x", receiver_name="李四"), "differ in receiver"),
    (new_order("B", buyer="tb_x", address="文三路 2 号"), "differ in address"),
    (new_order("B", buyer="tb_y"), "differ in buyer"),
    (new_order("B", [("RICE-25KG", 1)], buyer="tb_x"), "over ZTO's limit of 40 kg"),
    (new_order("B", buyer="tb_x", address=""), "cannot be waived"),
])
def test_orders_that_cannot_share_a_parcel_are_refused(store, warehouse, clock, actor, supervisor, second, words):
    configure(store, merge_orders=False, default_carrier="ZTO")
    ids = reviewed(store, clock, actor, new_order("A", [("RICE-25KG", 1)], buyer="tb_x"), second)
    waive = [Reason.ADDRESS_INCOMPLETE] if "waived" in words else []
    before = snapshot(store)
    with pytest.raises(OrderActionRefused, match=words):
        merge(store, clock, supervisor, [order(store, i) for i in ids], waive)
    assert snapshot(store) == before


def test_one_order_a_merged_group_or_a_waved_order_cannot_be_merged(store, warehouse, clock, actor, supervisor):
    ids = reviewed(store, clock, actor, new_order("A", buyer="tb_x"), new_order("B", buyer="tb_x"), new_order("L"))
    with pytest.raises(OrderActionRefused, match="at least two"):
        merge(store, clock, supervisor, [order(store, ids[2]), order(store, ids[2])])
    with pytest.raises(OrderActionRefused, match="already ship as one parcel"):
        merge(store, clock, supervisor, [order(store, ids[0]), order(store, ids[1])])
    plan_waves(store, clock, actor)
    [late] = reviewed(store, clock, actor, new_order("C", buyer="tb_x", paid_at="2026-11-11 05:00:00"))
    with pytest.raises(OrderActionRefused, match="is waved: cannot merge"):
        merge(store, clock, supervisor, [order(store, ids[0]), order(store, late)])


def test_a_merge_by_hand_survives_the_next_review(store, warehouse, clock, actor, supervisor):
    ids = reviewed(store, clock, actor, new_order("A", buyer="tb_x"), new_order("B", buyer="tb_x"))
    store.review.set_merge_leaders([(None, ids[1])])
    store.assignments.set_carriers([(warehouse.carrier_ids["YD"], ids[1])])
    merge(store, clock, supervisor, [order(store, i) for i in ids])
    add_orders(store, clock, new_order("Z"))
    review(store, clock, actor)
    assert order(store, ids[1]).merge_leader_id == ids[0]


def test_merge_partners_are_the_same_parcel_in_the_queue_or_ready(store, warehouse, clock, actor):
    ids = reviewed(store, clock, actor, new_order("A", buyer="tb_x"), new_order("B", buyer="tb_x", buyer_message="追单"),
                   new_order("C", buyer="tb_x", receiver_name="李四"), new_order("D", buyer="tb_x", shop="other-shop"))
    [waved] = reviewed(store, clock, actor, new_order("E", buyer="tb_x", paid_at="2026-11-11 00:30:00"))
    plan_waves(store, clock, actor)
    [late] = reviewed(store, clock, actor, new_order("F", buyer="tb_x", paid_at="2026-11-11 04:00:00"))
    assert order(store, waved).state == OrderState.WAVED
    assert [o.order_no for o in merge_partners(store, order(store, ids[1]))] == ["B", "F"]


# -- the supervisor's approval ------------------------------------------------------------------------------------
def test_the_approver_is_the_supervisor_whose_pin_was_given(store, warehouse, clock, actor):
    assert approver(store, clock, actor, "boss", "2468") == Actor("P01", "boss")
    for login, pin in (("boss", "0000"), ("packer1", "2468"), ("nobody", "1")):
        with pytest.raises(OrderActionRefused, match="not a supervisor, or a wrong PIN"):
            approver(store, clock, actor, login, pin)
    refusals = store.all("SELECT user_login, station FROM audit_events WHERE action LIKE '%refused%'")
    assert len(refusals) == 3 and {tuple(r) for r in refusals} == {("packer1", "P01")}
