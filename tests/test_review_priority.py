"""Priority (fast-delivery regions first, then paid time) and the cut-off (截单)."""
import pytest

from whs_app.priority import ShipDays, is_fast, priority
from whs_app.review import review
from tests.review_fixtures import add_orders, configure, new_order

FAST = ("北京", "上海", "广州", "深圳", "杭州")


@pytest.mark.parametrize("province, city, fast", [
    ("北京市", "北京市", True), ("广东省", "深圳市", True), ("浙江省", "杭州市", True),
    ("浙江省", "宁波市", False), ("湖北省", "武汉市", False), ("", "", False),
])
def test_fast_regions_match_province_or_city(province, city, fast):
    assert is_fast(province, city, FAST) is fast


def test_fast_region_beats_an_earlier_paid_order_elsewhere():
    slow_early = priority(False, "2026-11-11 00:00:01")
    fast_late = priority(True, "2026-11-11 23:59:59")
    slow_late = priority(False, "2026-11-11 00:00:02")
    assert fast_late < slow_early < slow_late < priority(False, None)


@pytest.mark.parametrize("paid_at, ship_day", [
    ("2026-11-11 15:59:59", "2026-11-11"),
    ("2026-11-11 16:00:00", "2026-11-11"),
    ("2026-11-11 16:00:01", "2026-11-12"),
    ("2026-11-11 23:30:00", "2026-11-12"),
    ("2026-11-10 20:00:00", "2026-11-11"),    # paid after yesterday's cut-off: today
    ("2026-11-09 10:00:00", "2026-11-11"),    # paid before today: ships today, never in the past
    ("2026-12-31 17:00:00", "2027-01-01"),
    (None, "2026-11-11"),
])
def test_cut_off_decides_the_ship_day(paid_at, ship_day):
    assert ShipDays("16:00", "2026-11-11")(paid_at) == ship_day


def test_review_stores_priority_and_ship_day(store, warehouse, clock, actor):
    configure(store, cutoff_time="12:00")
    ids = add_orders(store, clock,
                     new_order("SLOW", paid_at="2026-11-11 01:00:00", city="宁波市"),
                     new_order("FAST", paid_at="2026-11-11 13:00:00", province="北京市", city="北京市"))
    review(store, clock, actor)
    slow, fast = (store.orders.get(i) for i in ids)
    assert fast.priority < slow.priority
    assert (slow.ship_day, fast.ship_day) == ("2026-11-11", "2026-11-12")
