"""The surge: the warehouse's own SKU mix, real demand's provinces, trouble, the Double 11 curve."""
from __future__ import annotations

import random
from collections import Counter

import pytest

from whs_app.clock import ManualClock, parse_time
from whs_app.drill import service
from whs_app.drill.faults import parse_script
from whs_app.drill.info import DrillError, load_info, peak_volume
from whs_app.drill.surge import burst, sku_mix, surge
from whs_app.store import Store
from whs_app.synthetic import TROUBLE_KINDS
from tests.drill_fixtures import BOSS, LIVE_ORDERS, make_live

CURVE = ((0.0, 1.5, 0.25), (9.0, 11.0, 0.20), (15.0, 17.0, 0.20), (20.0, 22.0, 0.20), (23.0, 24.0, 0.15))


@pytest.fixture(scope="module")
def shadow(tmp_path_factory):
    live = make_live(tmp_path_factory.mktemp("surge"))
    path, _ = service.new_drill(live, ManualClock("2026-11-02 09:00:00"), BOSS, "surge", orders=4000, seed=3)
    store = Store.open(path)
    yield live, store
    store.close()


def test_the_surge_arrives_on_the_double_11_curve(shadow):
    _, store = shadow
    info = load_info(store)
    arrivals = surge(store, info)
    day = parse_time(f"{info.day} 00:00:00")
    hours = [(a.at - day).total_seconds() / 3600 for a in arrivals]
    assert len(arrivals) == 4000 and hours == sorted(hours) and 0 <= min(hours) and max(hours) < 24
    for start, end, share in CURVE:
        inside = sum(start <= h < end for h in hours) / len(hours)
        assert abs(inside - share) < 0.025, (start, inside)


def test_the_surge_is_made_of_the_warehouse_s_own_skus_provinces_and_trouble(shadow):
    _, store = shadow
    orders = [a.order for a in surge(store, load_info(store))]
    known = set(store.skus.ids_by_code())
    mix = sku_mix(store)
    assert {line.sku_code for o in orders for line in o.lines} <= known
    popular = Counter(line.sku_code for o in orders for line in o.lines)
    assert popular[mix[0]] > popular[mix[-1]] and store.skus.by_code(mix[0]).hot
    assert 0.30 < sum(len(o.lines) > 1 for o in orders) / len(orders) < 0.40
    provinces = Counter(o.province for o in orders)
    assert provinces.most_common(1)[0][0] == "广东省" and len(provinces) > 25
    assert sum(bool(o.refund_status) for o in orders) > 40
    assert sum(any(k in o.buyer_message for k in ("换货", "改地址", "地址有误", "追单", "缓发")) for o in orders) > 40
    assert surge(store, load_info(store))[5].order.order_no == orders[5].order_no   # the seed replays the day


def test_a_burst_is_exception_orders_of_each_kind(shadow):
    _, store = shadow
    orders = burst(store, random.Random(1), parse_time("2026-11-02 14:00:00"), 6, 0)
    assert len({o.order_no for o in orders}) == 6
    assert sum(o.refund_status == TROUBLE_KINDS["refund"] for o in orders) == 2
    assert sum("换货" in o.buyer_message for o in orders) == 2
    assert sum("改地址" in o.buyer_message for o in orders) == 2
    assert all(o.paid_at == "2026-11-02 14:00:00" for o in orders)


def test_without_a_number_the_volume_is_the_normal_day_times_3_times_0_8(shadow, tmp_path):
    live, _ = shadow
    path, info = service.new_drill(live, ManualClock("2026-11-02 09:00:00"), BOSS, "peak", path=tmp_path / "p.db")
    assert info.normal_daily == LIVE_ORDERS and info.orders == peak_volume(LIVE_ORDERS) == 96


def test_a_drill_is_refused_where_it_cannot_be_made(shadow, tmp_path):
    live, store = shadow
    clock = ManualClock("2026-11-02 09:00:00")
    with pytest.raises(DrillError, match="already exists"):
        service.new_drill(live, clock, BOSS, "again", path=store.path)
    with pytest.raises(DrillError, match="itself a drill"):
        service.new_drill(store.path, clock, BOSS, "of-a-drill", path=tmp_path / "x.db")
    assert not (tmp_path / "x.db").exists()
    with pytest.raises(DrillError, match="no such database"):
        service.new_drill(tmp_path / "x.db", clock, BOSS, "nowhere")
    Store.open(tmp_path / "empty.db").close()
    with pytest.raises(DrillError, match="no orders"):
        service.new_drill(tmp_path / "empty.db", clock, BOSS, "nothing")
    assert not (tmp_path / "drills" / "nothing.db").exists()


def test_a_fault_script_names_every_bad_line():
    day = parse_time("2026-11-11 00:00:00")
    cues = parse_script("d2 08:30 printer-paper-out V01 fix=3  # next morning\n10:00 exception_burst count=5", day)
    assert [(c.at.isoformat(" "), c.fault.value, c.target, c.knobs) for c in cues] == [
        ("2026-11-11 10:00:00", "exception_burst", "", {"count": 5.0}),
        ("2026-11-12 08:30:00", "printer_paper_out", "V01", {"fix": 3.0})]
    with pytest.raises(DrillError) as refused:
        parse_script("09:00 printer_on_fire V01\n10:00 station_crash\nnoon carrier_outage SF\n11:00 scanner_garbage"
                     " V01 minutes=lots", day, "f.txt")
    assert [line.split(":")[1] for line in str(refused.value).splitlines()] == ["1", "2", "3", "4"]
