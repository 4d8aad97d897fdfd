"""Stock at review: reserved, never oversold, hot items' reserve held back, first paid first served."""
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from whs_app.actor import Actor
from whs_app.allocation import held_back
from whs_app.clock import ManualClock
from whs_app.model import OrderState, Reason
from whs_app.review import review
from whs_app.store import Store
from tests.factories import SKUS, make_warehouse
from tests.review_fixtures import add_orders, configure, new_order, open_reasons, states, stock_of


def test_review_reserves_stock_for_ready_orders_only(store, warehouse, clock, actor):
    add_orders(store, clock, new_order("A", lines=[("JEANS-32", 2), ("SOCKS-5P", 3)]),
               new_order("B", lines=[("JEANS-32", 4)], address=""))
    review(store, clock, actor)
    assert stock_of(store, "JEANS-32") == (50, 2)
    assert stock_of(store, "SOCKS-5P") == (500, 3)


def test_first_paid_first_served_whatever_the_import_order(store, warehouse, clock, actor):
    ids = add_orders(store, clock, new_order("LATE", lines=[("MUG-350", 2)], paid_at="2026-11-11 03:00:00"),
                     new_order("EARLY", lines=[("MUG-350", 2)], paid_at="2026-11-11 00:05:00"),
                     new_order("SMALL", lines=[("MUG-350", 1)], paid_at="2026-11-11 04:00:00"))
    review(store, clock, actor)
    assert states(store, ids) == [OrderState.EXCEPTION, OrderState.READY, OrderState.READY]
    detail = store.exceptions.open_for(ids[0])[0]["detail"]
    assert "MUG-350" in detail and "需 2 件" in detail and "可用 1 件" in detail and "1 short" in detail


def test_hot_sku_keeps_its_reserve_share_back(store, warehouse, clock, actor):
    configure(store, hot_reserve_share=0.25)   # DOWN-JKT-L is hot with 40 on hand: 10 held back
    ids = add_orders(store, clock, new_order("H1", lines=[("DOWN-JKT-L", 30)]),
                     new_order("H2", lines=[("DOWN-JKT-L", 1)], paid_at="2026-11-11 02:00:00"))
    review(store, clock, actor)
    assert states(store, ids) == [OrderState.READY, OrderState.EXCEPTION]
    assert "10 held back" in store.exceptions.open_for(ids[1])[0]["detail"]
    assert stock_of(store, "DOWN-JKT-L") == (40, 30)


def test_hold_back_is_not_applied_to_ordinary_skus(store, warehouse, clock, actor):
    configure(store, hot_reserve_share=0.5)
    [order_id] = add_orders(store, clock, new_order("N1", lines=[("MUG-350", 3)]))
    review(store, clock, actor)
    assert states(store, [order_id]) == [OrderState.READY]


def test_hold_back_rounds_down_without_float_surprises():
    assert held_back(100, 0.29) == 29
    assert held_back(9, 0.10) == 0
    assert held_back(40, 0.10) == 4


def test_stock_already_reserved_by_earlier_runs_counts(store, warehouse, clock, actor):
    first = add_orders(store, clock, new_order("A", lines=[("MUG-350", 2)]))
    review(store, clock, actor)
    second = add_orders(store, clock, new_order("B", lines=[("MUG-350", 2)], paid_at="2026-11-10 23:00:00"))
    review(store, clock, actor)
    assert states(store, first + second) == [OrderState.READY, OrderState.EXCEPTION]
    assert open_reasons(store, second[0]) == [Reason.STOCK_SHORT]


def test_a_failed_run_changes_nothing(store, warehouse, clock, actor, monkeypatch):
    ids = add_orders(store, clock, new_order("A"), new_order("B", address=""))
    monkeypatch.setattr(store.audit, "record_many", _explode)
    with pytest.raises(RuntimeError):
        review(store, clock, actor)
    assert states(store, ids) == [OrderState.NEW, OrderState.NEW]
    assert stock_of(store, "TSHIRT-W-M") == (100, 0)
    assert store.exceptions.open_queue() == []


def _explode(*args, **kwargs):
    raise RuntimeError("disk full")


CODES = [row[0] for row in SKUS if row[0] not in ("RICE-25KG", "ANVIL-80KG")]
order_lines = st.lists(st.tuples(st.sampled_from(CODES), st.integers(1, 6)), min_size=1, max_size=3,
                       unique_by=lambda line: line[0])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(stock=st.lists(st.integers(0, 12), min_size=len(CODES), max_size=len(CODES)),
       orders=st.lists(st.tuples(order_lines, st.integers(0, 86_399), st.booleans()), min_size=1, max_size=25),
       share=st.sampled_from([0.0, 0.1, 0.34]))
def test_review_never_oversells(stock, orders, share):
    clock = ManualClock("2026-11-11 08:00:00")
    with Store.open(":memory:") as store:
        warehouse = make_warehouse(store, clock)
        with store.transaction():
            for code, on_hand in zip(CODES, stock):
                store.stock.set_on_hand(warehouse.sku_ids[code], on_hand)
        configure(store, hot_reserve_share=share, merge_orders=False)
        add_orders(store, clock, *(new_order(f"P{i}", lines, paid_at=f"2026-11-10 {s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}",
                                             address="" if broken else "文三路 1 号")
                                   for i, (lines, s, broken) in enumerate(orders)))
        review(store, clock, Actor("T", "t"))
        hot = store.review.hot_sku_ids()
        ready = store.orders.in_states([OrderState.READY])
        promised: dict[int, int] = {}
        for lines in store.orders.lines([o.id for o in ready]).values():
            for line in lines:
                promised[line.sku_id] = promised.get(line.sku_id, 0) + line.quantity
        for sku_id, (on_hand, reserved) in store.stock.levels().items():
            limit = on_hand - (held_back(on_hand, share) if sku_id in hot else 0)
            assert reserved <= limit
            assert reserved == promised.get(sku_id, 0)
        assert all(o.state != OrderState.NEW for o in store.orders.in_states(list(OrderState)))
