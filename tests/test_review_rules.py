"""Each review rule on its own: the reason code and the words a person reads."""
import pytest

from whs_app.model import OrderState, Reason
from whs_app.review import review
from tests.review_fixtures import add_orders, configure, new_order, open_reasons, states


def details(store, order_id):
    return {row["reason"]: row["detail"] for row in store.exceptions.open_for(order_id)}


def test_a_clean_order_becomes_ready_with_its_shops_carrier(store, warehouse, clock, actor):
    [order_id] = add_orders(store, clock, new_order("A1"))
    result = review(store, clock, actor)
    order = store.orders.get(order_id)
    assert (order.state, order.carrier_id) == (OrderState.READY, warehouse.carrier_ids["ZTO"])
    assert (result.ready, result.exception) == (1, 0)
    assert store.exceptions.open_for(order_id) == []


@pytest.mark.parametrize("blank, words", [
    (dict(receiver_name=""), ("收件人", "receiver name")),
    (dict(receiver_phone=" "), ("电话", "phone")),
    (dict(province=""), ("省", "province")),
    (dict(city=""), ("市", "city")),
    (dict(district="", address=""), ("区县、详细地址", "district, detail address")),
])
def test_incomplete_address_names_every_missing_part(store, warehouse, clock, actor, blank, words):
    [order_id] = add_orders(store, clock, new_order("A1", **blank))
    review(store, clock, actor)
    detail = details(store, order_id)[Reason.ADDRESS_INCOMPLETE]
    assert words[0] in detail and words[1] in detail


def test_refund_requested_quotes_the_platform_status(store, warehouse, clock, actor):
    ids = add_orders(store, clock, new_order("R1", refund_status="买家已申请退款"),
                     new_order("R2", refund_status="没有申请退款"), new_order("R3", refund_status="退款关闭"))
    review(store, clock, actor)
    assert "买家已申请退款" in details(store, ids[0])[Reason.REFUND_REQUESTED]
    assert states(store, ids[1:]) == [OrderState.READY, OrderState.READY]


def test_message_keyword_names_the_field_and_the_word(store, warehouse, clock, actor):
    ids = add_orders(store, clock, new_order("M1", buyer_message="换货，换成L码"),
                     new_order("M2", seller_memo="客服: 追单 再加一件"), new_order("M3", buyer_message="请尽快发货"))
    review(store, clock, actor)
    first, second = details(store, ids[0])[Reason.MESSAGE_KEYWORD], details(store, ids[1])[Reason.MESSAGE_KEYWORD]
    assert "买家留言" in first and "换货" in first and "buyer message" in first
    assert "卖家备注" in second and "追单" in second and "seller memo" in second
    assert states(store, ids[2:]) == [OrderState.READY]


def test_keywords_come_from_the_settings(store, warehouse, clock, actor):
    configure(store, message_keywords=("加急",))
    ids = add_orders(store, clock, new_order("K1", buyer_message="加急！"), new_order("K2", buyer_message="换货"))
    review(store, clock, actor)
    assert open_reasons(store, ids[0]) == [Reason.MESSAGE_KEYWORD]
    assert states(store, ids) == [OrderState.EXCEPTION, OrderState.READY]


def test_formula_like_text_is_suspicious_but_a_plus86_phone_is_not(store, warehouse, clock, actor):
    ids = add_orders(store, clock, new_order("F1", address='=HYPERLINK("http://x","点我")'),
                     new_order("F2", receiver_phone="+86 138 0013 8000"),
                     new_order("F3", receiver_phone="=1+1"), new_order("F4", buyer_message="@SUM(A1:A9)"),
                     new_order("F5", seller_memo="\u3000 =cmd|' /C calc'!A0"), new_order("F6", buyer_message="-谢谢 2 件"))
    review(store, clock, actor)
    assert "seller memo" in details(store, ids[4])[Reason.SUSPICIOUS_TEXT]
    assert "buyer message" in details(store, ids[5])[Reason.SUSPICIOUS_TEXT]
    assert "详细地址" in details(store, ids[0])[Reason.SUSPICIOUS_TEXT]
    assert states(store, ids[1:2]) == [OrderState.READY]
    assert "phone" in details(store, ids[2])[Reason.SUSPICIOUS_TEXT]
    assert "buyer message" in details(store, ids[3])[Reason.SUSPICIOUS_TEXT]


def test_unknown_sku_names_the_code_and_resolves_once_the_catalogue_has_it(store, warehouse, clock, actor):
    [order_id] = add_orders(store, clock, new_order("U1", lines=[("TSHIRT-W-M", 1), ("HAT-NEW", 2)]))
    review(store, clock, actor)
    assert "HAT-NEW (#2)" in details(store, order_id)[Reason.UNKNOWN_SKU]

    with store.transaction():
        hat = store.skus.upsert("HAT-NEW", "新款帽子", "A-05-01", 0.3, False, ["690999"])
        store.stock.set_on_hand(hat, 10)
        store.exceptions.resolve_open(order_id, "x", "test", "t")
        store.orders.set_state([order_id], OrderState.NEW)
    result = review(store, clock, actor)
    order = store.orders.get(order_id)
    assert result.skus_resolved == 1 and order.state == OrderState.READY
    assert [line.sku_id for line in order.lines][1] == hat
    assert order.weight_kg == pytest.approx(0.25 + 0.6)
    assert store.stock.levels([hat])[hat] == (10, 2)


def test_heavier_than_every_active_carrier_is_overweight_once(store, warehouse, clock, actor):
    [order_id] = add_orders(store, clock, new_order("W1", lines=[("ANVIL-80KG", 1)]))
    review(store, clock, actor)
    assert open_reasons(store, order_id) == [Reason.OVERWEIGHT]
    assert "80 kg" in details(store, order_id)[Reason.OVERWEIGHT] and "every" in details(store, order_id)[Reason.OVERWEIGHT]


def test_heavier_than_the_chosen_carrier_names_that_carrier(store, warehouse, clock, actor):
    [order_id] = add_orders(store, clock, new_order("W2", lines=[("RICE-25KG", 2)]))
    review(store, clock, actor)
    assert "ZTO" in details(store, order_id)[Reason.OVERWEIGHT] and "40 kg" in details(store, order_id)[Reason.OVERWEIGHT]


def test_inactive_default_carrier_is_no_carrier(store, warehouse, clock, actor):
    store.carriers.set_active(warehouse.carrier_ids["ZTO"], False)
    [order_id] = add_orders(store, clock, new_order("C1"))
    review(store, clock, actor)
    assert "ZTO" in details(store, order_id)[Reason.NO_CARRIER] and "inactive" in details(store, order_id)[Reason.NO_CARRIER]


def test_shop_without_default_takes_the_warehouse_default_or_any_carrier_that_can(store, warehouse, clock, actor):
    # Changed with carrier load balancing (issue 5): an unbound shop's order is no longer an exception;
    # review notes a provisional carrier and the assignment at wave release decides.
    first = add_orders(store, clock, new_order("S1", shop="jd-new"))
    review(store, clock, actor)
    order = store.orders.get(first[0])
    assert order.state == "ready" and order.carrier_id in warehouse.carrier_ids.values()

    configure(store, default_carrier="YD")
    second = add_orders(store, clock, new_order("S2", shop="jd-new"))
    review(store, clock, actor)
    assert store.orders.get(second[0]).carrier_id == warehouse.carrier_ids["YD"]


def test_a_failing_order_gets_all_its_reasons_one_row_each(store, warehouse, clock, actor):
    [order_id] = add_orders(store, clock, new_order(
        "X1", lines=[("MUG-350", 9), ("NOPE", 1)], address="", refund_status="退款中", buyer_message="改地址"))
    result = review(store, clock, actor)
    assert open_reasons(store, order_id) == sorted([Reason.ADDRESS_INCOMPLETE, Reason.REFUND_REQUESTED,
                                                    Reason.MESSAGE_KEYWORD, Reason.UNKNOWN_SKU, Reason.STOCK_SHORT])
    assert result.exceptions_by_reason[Reason.STOCK_SHORT] == 1


def test_exceptions_never_block_the_others(store, warehouse, clock, actor):
    bad = [new_order(f"B{i}", address="") for i in range(5)]
    good = [new_order(f"G{i}", paid_at=f"2026-11-11 0{i}:30:00") for i in range(5)]
    ids = add_orders(store, clock, *bad, *good)
    result = review(store, clock, actor)
    assert (result.ready, result.exception) == (5, 5)
    assert states(store, ids[5:]) == [OrderState.READY] * 5
