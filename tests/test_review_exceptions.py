"""The exception queue: release (with waivers), cancel and hold, each audited."""
import pytest

from whs_app.exceptions_queue import OrderActionRefused, cancel, find_order, hold, queue, release
from whs_app.model import OrderState, Reason
from whs_app.picking import confirm
from whs_app.waves import plan_waves
from tests.review_fixtures import add_orders, new_order, open_reasons, plan_and_release, reviewed, states, stock_of


def order(store, order_id):
    return store.orders.get(order_id)


def test_queue_lists_open_exceptions_by_reason(store, warehouse, clock, actor):
    reviewed(store, clock, actor, new_order("A", address=""), new_order("B", buyer_message="换货"),
             new_order("C", address="", buyer_message="追单"))
    assert [row["order_no"] for row in queue(store, Reason.ADDRESS_INCOMPLETE)] == ["A", "C"]
    assert queue(store, Reason.MESSAGE_KEYWORD)[0]["label"] == Reason.MESSAGE_KEYWORD.label
    assert len(queue(store)) == 4


def test_release_with_a_waived_soft_reason_makes_the_order_ready(store, warehouse, clock, supervisor, actor):
    [order_id] = reviewed(store, clock, actor, new_order("A", buyer_message="换货，换成L码"))
    result = release(store, clock, supervisor, order(store, order_id), [Reason.MESSAGE_KEYWORD], "客服已确认")
    assert result.ready == 1 and order(store, order_id).state == OrderState.READY
    row = store.one("SELECT resolution, resolved_by FROM order_exceptions WHERE order_id = ?", (order_id,))
    assert row["resolved_by"] == "boss" and "客服已确认" in row["resolution"] and "message_keyword" in row["resolution"]
    event = [e for e in store.audit.for_entity("order", order_id) if e["action"] == "order.released"][0]
    assert (event["station"], event["user_login"]) == ("OFFICE", "boss")
    assert stock_of(store, "TSHIRT-W-M") == (100, 1)


def test_release_without_waiving_raises_the_soft_reason_again(store, warehouse, clock, supervisor, actor):
    [order_id] = reviewed(store, clock, actor, new_order("A", buyer_message="换货"))
    release(store, clock, supervisor, order(store, order_id))
    assert order(store, order_id).state == OrderState.EXCEPTION
    assert open_reasons(store, order_id) == [Reason.MESSAGE_KEYWORD]


def test_refund_waived_when_the_person_says_it_was_declined(store, warehouse, clock, supervisor, actor):
    [order_id] = reviewed(store, clock, actor, new_order("A", refund_status="买家已申请退款"))
    release(store, clock, supervisor, order(store, order_id), ["refund_requested"], "退款已拒绝")
    assert order(store, order_id).state == OrderState.READY


def test_hard_reasons_cannot_be_waived_and_nothing_changes(store, warehouse, clock, supervisor, actor):
    [order_id] = reviewed(store, clock, actor, new_order("A", address=""))
    for reason in (Reason.ADDRESS_INCOMPLETE, "no_such_reason"):
        with pytest.raises(OrderActionRefused, match="waive|unknown reason"):
            release(store, clock, supervisor, order(store, order_id), [reason])
    assert open_reasons(store, order_id) == [Reason.ADDRESS_INCOMPLETE]


def test_release_checks_hard_reasons_again(store, warehouse, clock, supervisor, actor):
    [order_id] = reviewed(store, clock, actor, new_order("A", lines=[("MUG-350", 5)]))
    release(store, clock, supervisor, order(store, order_id))
    assert open_reasons(store, order_id) == [Reason.STOCK_SHORT]
    store.stock.set_on_hand(warehouse.sku_ids["MUG-350"], 10)
    release(store, clock, supervisor, order(store, order_id))
    assert order(store, order_id).state == OrderState.READY and open_reasons(store, order_id) == []


def test_only_exceptions_can_be_released(store, warehouse, clock, supervisor, actor):
    [order_id] = reviewed(store, clock, actor, new_order("A"))
    with pytest.raises(OrderActionRefused, match="cannot release"):
        release(store, clock, supervisor, order(store, order_id))


def test_cancel_gives_back_the_reservation_and_leaves_the_wave(store, warehouse, clock, supervisor, actor):
    ids = reviewed(store, clock, actor, new_order("A", [("JEANS-32", 2)]), new_order("B", [("JEANS-32", 3)]))
    plan_waves(store, clock, actor)
    cancel(store, clock, supervisor, order(store, ids[0]), "买家取消")
    cancelled = order(store, ids[0])
    assert (cancelled.state, cancelled.wave_id, cancelled.pick_slot) == (OrderState.CANCELLED, None, None)
    assert stock_of(store, "JEANS-32") == (50, 3)
    wave_id = order(store, ids[1]).wave_id
    assert [(l["sku_code"], l["quantity"]) for l in store.waves.pick_lines(wave_id)] == [("JEANS-32", 3)]
    assert store.audit.for_entity("order", ids[0])[-1]["action"] == "order.cancelled"


def test_cancel_resolves_open_exceptions_and_holds_no_stock(store, warehouse, clock, supervisor, actor):
    [order_id] = reviewed(store, clock, actor, new_order("A", address=""))
    cancel(store, clock, supervisor, order(store, order_id))
    assert order(store, order_id).state == OrderState.CANCELLED and open_reasons(store, order_id) == []
    assert stock_of(store, "TSHIRT-W-M") == (100, 0)


def test_cancelling_a_merge_leader_frees_its_followers(store, warehouse, clock, supervisor, actor):
    ids = reviewed(store, clock, actor, new_order("A", buyer="tb_x"), new_order("B", buyer="tb_x"))
    cancel(store, clock, supervisor, order(store, ids[0]))
    assert order(store, ids[1]).merge_leader_id is None and order(store, ids[1]).state == OrderState.READY


def test_packed_orders_cannot_be_cancelled_and_the_refusal_says_by_whom(store, warehouse, clock, supervisor, actor):
    [order_id] = reviewed(store, clock, actor, new_order("A"))
    store.orders.mark_packed([order_id], "2026-11-11 09:00:00", "packer1", "P01")
    with pytest.raises(OrderActionRefused, match="packer1"):
        cancel(store, clock, supervisor, order(store, order_id))


def test_hold_a_ready_order_releases_its_stock(store, warehouse, clock, supervisor, actor):
    [order_id] = reviewed(store, clock, actor, new_order("A", [("SOCKS-5P", 4)]))
    hold(store, clock, supervisor, order(store, order_id), "买家电话要求暂缓")
    assert open_reasons(store, order_id) == [Reason.MANUAL_HOLD]
    assert "暂缓" in store.exceptions.open_for(order_id)[0]["detail"]
    assert stock_of(store, "SOCKS-5P") == (500, 0)
    assert store.audit.for_entity("order", order_id)[-1]["action"] == "order.held"


def test_hold_a_waved_order_takes_it_off_the_unconfirmed_pick_lines_only(store, warehouse, clock, supervisor, actor):
    ids = reviewed(store, clock, actor, new_order("A", [("TSHIRT-W-M", 1), ("SOCKS-5P", 2)]),
                   new_order("B", [("TSHIRT-W-M", 1), ("SOCKS-5P", 1)]))
    [wave] = plan_and_release(store, clock, actor).waves
    confirm(store, clock, actor, wave.code, "A-01-01")
    hold(store, clock, supervisor, order(store, ids[0]))
    lines = {l["sku_code"]: (l["quantity"], l["picked"]) for l in store.waves.pick_lines(wave.id)}
    assert lines == {"TSHIRT-W-M": (2, 2), "SOCKS-5P": (1, None)}
    assert order(store, ids[0]).wave_id is None and states(store, ids) == [OrderState.EXCEPTION, OrderState.WAVED]


def test_only_reviewed_orders_can_be_held(store, warehouse, clock, supervisor):
    [order_id] = add_orders(store, clock, new_order("A"))
    with pytest.raises(OrderActionRefused, match="cannot hold"):
        hold(store, clock, supervisor, order(store, order_id))


def test_find_order_by_number_and_shop(store, warehouse, clock):
    add_orders(store, clock, new_order("SAME"), new_order("SAME", shop="other-shop"), new_order("ONLY"))
    assert find_order(store, "ONLY").order_no == "ONLY"
    with pytest.raises(OrderActionRefused, match="other-shop"):
        find_order(store, "SAME")
    assert find_order(store, "SAME", "other-shop").shop_id != warehouse.shop_id
    with pytest.raises(OrderActionRefused, match="no order"):
        find_order(store, "NONE")
