"""Browsing orders in pages (store.browse): every sort pages through every row exactly once, in order,
NULL payment times included; filters; and the plans read an index instead of sorting the table."""
import random

import pytest

from whs_app.model import OrderState
from whs_app.store.browse import FIELDS, SORTS, OrderFilter, OrderQuery
from tests.review_fixtures import add_orders, new_order

STATES = [OrderState.NEW, OrderState.READY, OrderState.EXCEPTION, OrderState.SHIPPED]


@pytest.fixture
def orders(store, warehouse, clock):
    """150 orders in two shops and four states; payment times repeat, some are missing."""
    rng = random.Random(7)
    made = [new_order(f"N{rng.randint(0, 60):03d}-{i}", paid_at=rng.choice([None, "2026-11-11 01:00:00",
                                                                             f"2026-11-11 0{rng.randint(2, 9)}:00:00"]),
                      shop=rng.choice(["tmall-main", "jd-shop"])) for i in range(150)]
    ids = add_orders(store, clock, *made)
    for order_id in ids:
        store.orders.set_state([order_id], rng.choice(STATES))
    return {order_id: store.orders.get(order_id, with_lines=False) for order_id in ids}


def expected(orders, sort, descending, keep=lambda o: True):
    keys = {"id": lambda o: (o.id,), "order_no": lambda o: (o.order_no, o.id),
            "shop": lambda o: (o.shop_id, o.order_no),
            "state": lambda o: (o.state, o.paid_at is not None, o.paid_at or "", o.id),
            "paid_at": lambda o: (o.paid_at is not None, o.paid_at or "", o.id)}
    found = sorted((o for o in orders.values() if keep(o)), key=keys[sort])
    return [o.id for o in (found[::-1] if descending else found)]


def read_all(store, query, limit):
    query, count = store.browse.prepare(query, limit)
    page = store.browse.order_page(query, None, limit)
    ids = [row[0] for row in page.rows]
    while page.after is not None:
        page = store.browse.order_page(query, page.after, limit)
        assert len(page.rows) <= limit
        ids += [row[0] for row in page.rows]
    return ids, count


@pytest.mark.parametrize("sort", list(SORTS))
@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("limit", [1, 7, 500])
def test_every_sort_pages_through_every_order_once_in_order(store, orders, sort, descending, limit):
    ids, count = read_all(store, OrderQuery(OrderFilter(), sort, descending), limit)
    assert ids == expected(orders, sort, descending) and count == len(orders)


@pytest.mark.parametrize("by_sort", [False, True])
def test_filters_whichever_index_the_plan_reads(store, orders, by_sort, monkeypatch):
    shop = store.shops.ids_by_code()["jd-shop"]
    where = OrderFilter(state=OrderState.READY, shop_id=shop, number="N0")
    monkeypatch.setattr(store.orders, "count", lambda: 0 if by_sort else 10 ** 9)   # the plan's choice
    ids, count = read_all(store, OrderQuery(where, "paid_at", True), 3)
    keep = lambda o: o.state == OrderState.READY and o.shop_id == shop and o.order_no.startswith("N0")
    assert ids == expected(orders, "paid_at", True, keep) and count == len(ids) > 3


def test_the_reason_filter_reads_open_exceptions_only(store, orders, clock):
    first, second = list(orders)[:2]
    store.exceptions.raise_many("2026-11-11 08:00:00", [(first, "address_incomplete", "x"), (second, "stock_short", "y"),
                                                        (second, "address_incomplete", "z")])
    store.exceptions.resolve_open(second, "2026-11-11 09:00:00", "released", "boss")
    ids, count = read_all(store, OrderQuery(OrderFilter(reason="address_incomplete")), 5)
    assert ids == [first] and count == 1
    page = store.browse.order_page(OrderQuery(OrderFilter(reason="address_incomplete")))
    assert dict(zip(FIELDS, page.rows[0]))["reasons"] == "address_incomplete"


def test_user_text_is_a_parameter_never_sql(store, orders):
    ids, count = read_all(store, OrderQuery(OrderFilter(number="N0' OR 1=1 --")), 10)
    assert ids == [] and count == 0
    with pytest.raises(ValueError, match="no sort"):
        store.browse.prepare(OrderQuery(sort="buyer; DROP TABLE orders"))


def plan(store, query, after=None):
    """The steps of the plans of the statements that read one page."""
    details, read = [], store.browse.tuples

    def explained(sql, params):
        details.extend(row[3] for row in store.all("EXPLAIN QUERY PLAN " + sql, params))
        return read(sql, params)

    store.browse.tuples = explained
    try:
        store.browse.order_page(query, after, 5)
    finally:
        del store.browse.tuples
    return details


@pytest.mark.sqlite_only   # reads SQLite's query plan
@pytest.mark.parametrize("sort", list(SORTS))
def test_pages_are_read_off_an_index_not_sorted(store, orders, sort):
    for query in (OrderQuery(OrderFilter(), sort), OrderQuery(OrderFilter(), sort, True),
                  OrderQuery(OrderFilter(state="exception", reason="stock_short"), sort, by_sort=True)):
        page = store.browse.order_page(query, None, 5)
        for after in (None, page.after):
            assert not [step for step in plan(store, query, after) if "TEMP B-TREE" in step], (query, after)


@pytest.mark.sqlite_only   # reads SQLite's query plan
def test_the_queue_by_payment_time_reads_its_state_off_an_index(store, orders):
    details = plan(store, OrderQuery(OrderFilter(state="exception"), "paid_at"))
    assert any("INDEX orders_state_paid" in step for step in details)
    assert not [step for step in details if "TEMP B-TREE" in step or step.startswith("SCAN o")]


@pytest.mark.sqlite_only   # reads SQLite's query plan
def test_the_orders_an_order_could_merge_with_are_found_by_the_receiver_index(store, warehouse, clock):
    ids = add_orders(store, clock, new_order("B", buyer="tb_x", paid_at="2026-11-11 02:00:00"),
                     new_order("A", buyer="tb_x"), new_order("C", buyer="tb_y"), new_order("D", buyer="tb_x"),
                     new_order("E", buyer="tb_x", receiver_phone="13900000000"))
    store.orders.set_state([ids[3]], OrderState.SHIPPED)
    read, plans = store.all, []

    def explained(sql, params=()):
        plans.extend(row[3] for row in read("EXPLAIN QUERY PLAN " + sql, params))
        return read(sql, params)

    store.all = explained
    try:
        found = store.browse.same_receiver(store.orders.get(ids[0]), [OrderState.NEW, OrderState.READY])
    finally:
        del store.all
    assert found == [ids[1], ids[0]] and any("INDEX orders_receiver" in step for step in plans)
