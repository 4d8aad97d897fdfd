"""The review screen: the store's bulk test plus the keyword test must flag every order a rule would
(review loads only flagged orders whole, so a miss here would let a bad order through)."""
from hypothesis import HealthCheck, given, settings, strategies as st

from whs_app.clock import ManualClock
from whs_app.model import OrderLine
from whs_app.review_rules import order_findings, screen
from whs_app.store import Store
from tests.factories import make_warehouse
from tests.review_fixtures import add_orders, new_order

KEYWORDS = ("换货", "追单", "改地址")
PIECES = ["", " ", "\u3000", "\xa0", "\u2003", "\t", "=", "+", "-", "@", "'", "a", "中", "1", "换货", "追", "单", "SUM("]
TEXT_FIELDS = ("buyer", "receiver_name", "receiver_phone", "province", "city", "district", "address",
               "buyer_message", "seller_memo", "refund_status", "title")
text = st.lists(st.sampled_from(PIECES), max_size=3).map("".join)
#: A clean order with one field changed (so that no other field's trouble hides a miss of the screen).
change = st.one_of(st.tuples(st.sampled_from(TEXT_FIELDS), text),
                   st.tuples(st.just("refund_status"), st.sampled_from(["无", "NONE", "没有申请退款 ", "退款中"])),
                   st.tuples(st.just("sku"), st.sampled_from(["MUG-350", "NOPE"])))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(changes=st.lists(change, min_size=1, max_size=10))
def test_the_screen_flags_every_order_a_rule_flags(changes):
    clock = ManualClock("2026-11-11 08:00:00")
    with Store.open(":memory:") as store:
        make_warehouse(store, clock)
        records = []
        for number, (field, value) in enumerate(changes):
            record = new_order(f"S{number}", **({} if field in ("title", "sku") else {field: value}))
            record.lines = [OrderLine(1, value if field == "sku" else "TSHIRT-W-M", 1, None,
                                      value if field == "title" else "纯棉T恤")]
            records.append(record)
        add_orders(store, clock, *records)
        look = screen(KEYWORDS)
        flagged = {o.id for o in store.review.outlines(look)
                   if o.suspect or look.mentioned(o.buyer_message, o.seller_memo)}
        caught = 0
        for order in store.review.pending():
            if order_findings(order, KEYWORDS):
                assert order.id in flagged, order
                caught += 1
        assert len(flagged) >= caught


def test_a_clean_order_is_not_flagged(store, warehouse, clock):
    [order_id] = add_orders(store, clock, new_order("C1", buyer_message="请尽快发货"))
    [outline] = store.review.outlines(screen(KEYWORDS))
    assert outline.id == order_id and not outline.suspect and not screen(KEYWORDS).mentioned(outline.buyer_message)
