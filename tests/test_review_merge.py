"""Merge (合单): one parcel for ready orders of one shop, buyer, receiver, address and carrier."""
from whs_app.clock import stamp
from whs_app.merging import merge_key, unmerge
from whs_app.review import review
from whs_app.waves import plan_waves
from tests.review_fixtures import add_orders, configure, new_order, reviewed


def leaders(store, ids):
    return [store.orders.get(i, with_lines=False).merge_leader_id for i in ids]


def test_same_buyer_and_address_merge_under_the_earliest_paid(store, warehouse, clock, actor):
    ids = reviewed(store, clock, actor,
                   new_order("B", buyer="tb_x", paid_at="2026-11-11 02:00:00"),
                   new_order("A", buyer="tb_x", paid_at="2026-11-11 01:00:00"),
                   new_order("C", buyer="tb_x", paid_at="2026-11-11 03:00:00"))
    assert leaders(store, ids) == [ids[1], None, ids[1]]
    assert [o.order_no for o in store.orders.group(ids[1])] == ["A", "B", "C"]
    merged = [e for e in store.audit.for_entity("order", ids[0]) if e["action"] == "order.merged"]
    assert merged and merged[0]["user_login"] == actor.user


def test_any_difference_keeps_orders_apart(store, warehouse, clock, actor):
    ids = reviewed(store, clock, actor,
                   new_order("A", buyer="tb_x"),
                   new_order("B", buyer="tb_y"),
                   new_order("C", buyer="tb_x", receiver_phone="13900000000"),
                   new_order("D", buyer="tb_x", address="文三路 2 号"),
                   new_order("E", buyer="tb_x", receiver_name="李四"),
                   new_order("F", buyer="tb_x", shop="other-shop"))
    assert leaders(store, ids) == [None] * 6


def test_the_carrier_is_part_of_the_key():
    row = dict(shop_id=1, buyer="b", receiver_name="n", receiver_phone="p", province="浙江省", city="杭州市",
               district="西湖区", address="文三路  1号", carrier_id=1)
    assert merge_key(row) == merge_key({**row, "address": "文三路 1号"})
    assert merge_key(row) != merge_key({**row, "carrier_id": 2})


def test_a_group_never_outweighs_its_carrier(store, warehouse, clock, actor):
    ids = reviewed(store, clock, actor, *(new_order(f"R{i}", [("RICE-25KG", 1)], buyer="tb_x",
                                                    paid_at=f"2026-11-11 0{i}:00:00") for i in range(1, 4)))
    assert leaders(store, ids) == [None, None, None]   # 25 + 25 kg is over ZTO's 40 kg


def test_light_orders_join_a_group_until_the_limit(store, warehouse, clock, actor):
    ids = reviewed(store, clock, actor,
                   new_order("R1", [("RICE-25KG", 1)], buyer="tb_x", paid_at="2026-11-11 01:00:00"),
                   new_order("R2", [("RICE-25KG", 1)], buyer="tb_x", paid_at="2026-11-11 02:00:00"),
                   new_order("T3", [("TSHIRT-W-M", 1)], buyer="tb_x", paid_at="2026-11-11 03:00:00"))
    assert leaders(store, ids) == [None, None, ids[0]]


def test_merge_can_be_switched_off(store, warehouse, clock, actor):
    configure(store, merge_orders=False)
    ids = reviewed(store, clock, actor, new_order("A", buyer="tb_x"), new_order("B", buyer="tb_x"))
    assert leaders(store, ids) == [None, None]


def test_a_later_order_joins_an_unwaved_group_but_not_a_waved_one(store, warehouse, clock, actor):
    first = reviewed(store, clock, actor, new_order("A", buyer="tb_x"))
    second = reviewed(store, clock, actor, new_order("B", buyer="tb_x", paid_at="2026-11-11 05:00:00"))
    assert leaders(store, second) == first
    plan_waves(store, clock, actor)
    third = reviewed(store, clock, actor, new_order("C", buyer="tb_x", paid_at="2026-11-11 06:00:00"))
    assert leaders(store, third) == [None]


def test_an_earlier_paid_newcomer_takes_the_lead(store, warehouse, clock, actor):
    first = reviewed(store, clock, actor, new_order("A", buyer="tb_x", paid_at="2026-11-11 05:00:00"))
    second = reviewed(store, clock, actor, new_order("B", buyer="tb_x", paid_at="2026-11-11 01:00:00"))
    assert leaders(store, first + second) == [second[0], None]


def test_unmerge_sets_every_follower_free_and_says_so(store, warehouse, clock, actor):
    ids = reviewed(store, clock, actor, new_order("A", buyer="tb_x"), new_order("B", buyer="tb_x"),
                   new_order("C", buyer="tb_x"))
    with store.transaction():
        freed = unmerge(store, stamp(clock.now()), actor, ids[0])
    assert sorted(o.id for o in freed) == ids[1:]
    assert leaders(store, ids) == [None, None, None]
    assert [e["action"] for e in store.audit.for_entity("order", ids[2])][-1] == "order.unmerged"
