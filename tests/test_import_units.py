"""Pure pieces of the importer: content hash, change descriptions, the re-import plan, problems."""
from dataclasses import fields, replace

import pytest

from whs_app.importing.changes import changed_fields, describe, is_cancellation
from whs_app.importing.hashing import content_hash
from whs_app.importing.order_writer import plan_orders
from whs_app.importing.problems import ImportRefused, Problem, Problems
from whs_app.model import NewOrder, Order, OrderLine, OrderState, PlatformStatus
from whs_app.store.imports import KnownOrder


def new_order(**changes) -> NewOrder:
    base = NewOrder("tmall-main", "A1", PlatformStatus.PAID, "已付款", "2026-11-11 00:00:01", "buyer", "张三",
                    "13800000000", "浙江省", "杭州市", "西湖区", "文三路 1号", "", "", "", "",
                    [OrderLine(1, "JEANS-32", 1, None, "牛仔裤")])
    return replace(base, **changes)


def stored(**changes) -> Order:
    order = Order(1, 1, "A1", OrderState.READY, PlatformStatus.PAID, "2026-11-11 00:00:01", "buyer", "张三",
                  "13800000000", "浙江省", "杭州市", "西湖区", "文三路 1号",
                  lines=[OrderLine(1, "JEANS-32", 1, 3, "牛仔裤")])
    return replace(order, **changes)


def test_content_hash_sees_every_imported_field_and_line_but_not_the_shop():
    base = new_order()
    assert content_hash(base) == content_hash(new_order()) == content_hash(new_order(shop_code="other"))
    for spec in fields(NewOrder):
        if spec.name in ("shop_code", "lines"):
            continue
        value = getattr(base, spec.name)
        changed = replace(base, **{spec.name: PlatformStatus.CLOSED if spec.name == "platform_status" else f"{value}x"})
        assert content_hash(changed) != content_hash(base), spec.name
    for line in (OrderLine(1, "JEANS-32", 2, None, "牛仔裤"), OrderLine(1, "JEANS-33", 1, None, "牛仔裤"),
                 OrderLine(1, "JEANS-32", 1, None, "牛仔裤 新")):
        assert content_hash(new_order(lines=[line])) != content_hash(base)


def test_changes_are_described_and_a_cancel_after_review_is_called_so():
    after = new_order(platform_status=PlatformStatus.CLOSED, address="文三路 2号",
                      lines=[OrderLine(1, "JEANS-32", 2)])
    changes = changed_fields(stored(), after)
    assert changes == {"platform_status": ("paid", "closed"), "address": ("文三路 1号", "文三路 2号"),
                       "lines": ("JEANS-32×1", "JEANS-32×2")}
    assert is_cancellation(stored(), after) and describe(stored(), after, changes).startswith("买家悔单")
    refund = new_order(refund_status="退款中")
    assert is_cancellation(stored(), refund)
    assert not is_cancellation(stored(refund_status="退款中"), refund)
    assert describe(stored(), new_order(seller_memo="加急"), changed_fields(stored(), new_order(seller_memo="加急"))) \
        == "卖家备注 seller memo: - → 加急"


def test_the_plan_sorts_orders_by_what_is_stored():
    same, edited, held = new_order(order_no="S"), new_order(order_no="E"), new_order(order_no="H")
    known = {(1, "S"): KnownOrder(10, content_hash(same), OrderState.PACKED),
             (1, "E"): KnownOrder(11, "old", OrderState.EXCEPTION),
             (1, "H"): KnownOrder(12, "old", OrderState.WAVED)}
    plan = plan_orders(known, [(1, same), (1, edited), (1, held), (2, same)])
    assert plan.unchanged == 1
    assert [o.order_no for _, o, _ in plan.new] == ["S"] and plan.new[0][0] == 2
    assert [(k.id, o.order_no) for k, o, _ in plan.edit] == [(11, "E")]
    assert [(k.id, o.order_no) for k, o, _ in plan.held] == [(12, "H")]


def test_problems_are_told_in_file_order_then_row_order():
    problems = Problems(["b.csv", "a.csv"])
    problems.add("a.csv", 3, "x", "r")
    problems.add("b.csv", 9, "x", "r")
    problems.add("b.csv", 2, "x", "r")
    problems.add("c.csv", 0, "-", "unreadable")
    with pytest.raises(ImportRefused) as caught:
        problems.raise_if_any()
    assert [(p.file, p.row) for p in caught.value.problems] == [("b.csv", 2), ("b.csv", 9), ("a.csv", 3), ("c.csv", 0)]
    assert str(Problem("a.csv", 3, "数量", "bad")) == "a.csv:3: 数量: bad"
    assert str(Problem("c.csv", 0, "-", "unreadable")) == "c.csv: unreadable"
    Problems().raise_if_any()
