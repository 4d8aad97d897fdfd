"""Carrier assignment for the released batch: each rule (coverage, weight, pool, capacity, caps, merchant rules)."""
from whs_app.carriers.explain import explain
from whs_app.model import OrderState, Reason
from whs_app.waves import plan_waves
from tests.carrier_fixtures import OFFICE, assign, carrier_of, carriers_of, priced, released, set_terms
from tests.review_fixtures import new_order, open_reasons, reviewed


def test_the_cheapest_carrier_takes_the_batch_when_nothing_binds(store, warehouse, clock):
    priced(store, warehouse)
    ids = released(store, clock, 4)
    result = assign(store, clock)
    assert carriers_of(store, ids) == ["ZTO"] * 4
    assert result.assigned == {"ZTO": 4} and result.cost == 16.0


def test_an_excluded_area_goes_to_the_next_cheapest(store, warehouse, clock):
    priced(store, warehouse)
    set_terms(store, ZTO={"excludes": "江苏 南京"})
    [nanjing, hangzhou] = released(store, clock, 1) + released(store, clock, 1, "H", province="浙江省", city="杭州市",
                                                               district="西湖区")
    assign(store, clock)
    assert (carrier_of(store, nanjing), carrier_of(store, hangzhou)) == ("YD", "ZTO")
    zto = next(c for c in explain(store, clock, "O0").candidates if c.code == "ZTO")
    assert "excluded area 江苏 南京" in zto.excluded


def test_a_province_outside_the_covered_list_is_not_reached(store, warehouse, clock):
    priced(store, warehouse)
    set_terms(store, ZTO={"covers": "浙江;上海"}, YD={"covers": "*"})
    [order] = released(store, clock, 1)
    assign(store, clock)
    assert carrier_of(store, order) == "YD"


def test_a_parcel_over_a_carriers_weight_limit_goes_elsewhere(store, warehouse, clock):
    priced(store, warehouse)
    set_terms(store, ZTO={"max_weight_kg": 20})
    [heavy, light] = reviewed(store, clock, OFFICE, new_order("HEAVY", [("RICE-25KG", 1)]), new_order("LIGHT"))
    assign(store, clock)
    assert (carrier_of(store, heavy), carrier_of(store, light)) == ("YD", "ZTO")
    assert "20 kg" in next(c for c in explain(store, clock, "HEAVY").candidates if c.code == "ZTO").excluded


def test_the_waybill_balance_is_a_hard_limit_and_a_low_pool_raises_an_alert(store, warehouse, clock):
    priced(store, warehouse)
    ems = store.carriers.add("EMS", "中国邮政", 30)
    store.waybills.add_range(ems, "E", 1, 3, 6, "2026-11-11 00:00:00")
    set_terms(store, EMS={"tariff": "全国=*:1+1", "low_balance_alert": 2})
    ids = released(store, clock, 5)
    result = assign(store, clock)
    assert carriers_of(store, ids) == ["EMS"] * 3 + ["ZTO"] * 2     # the first paid get the cheapest
    assert result.limits["EMS"]["binding"].endswith("waybill pool")
    assert any("EMS" in alert and "0" in alert for alert in result.alerts)


def test_an_empty_pool_of_the_only_usable_carrier_is_an_exception(store, warehouse, clock):
    priced(store, warehouse, bound=True)
    store.execute("UPDATE waybill_ranges SET next_number = last_number + 1 WHERE carrier_id = ?",
                  (warehouse.carrier_ids["ZTO"],))
    [order] = released(store, clock, 1)
    result = assign(store, clock)
    assert result.exceptions == {"no_carrier": 1}
    assert store.orders.get(order).state == OrderState.EXCEPTION
    assert "pool" in store.exceptions.open_for(order)[0]["detail"]


def test_pickup_batch_capacity_counts_what_is_already_waved(store, warehouse, clock, actor):
    priced(store, warehouse)
    set_terms(store, ZTO={"pickups": "午班@12:00=2;晚班@18:00=1"})
    first = released(store, clock, 2, "A")
    plan_waves(store, clock, actor)
    later = released(store, clock, 3, "B")
    assign(store, clock)
    assert carriers_of(store, first) == ["ZTO", "ZTO"]
    assert carriers_of(store, later) == ["ZTO", "YD", "YD"]


def test_a_share_cap_spreads_the_day(store, warehouse, clock):
    priced(store, warehouse)
    set_terms(store, ZTO={"share_cap": 0.4})
    ids = released(store, clock, 10)
    result = assign(store, clock)
    assert sorted(carriers_of(store, ids)).count("ZTO") == 4
    assert result.assigned == {"YD": 6, "ZTO": 4}
    assert "share cap" in explain(store, clock, "O9").as_text()


def test_utilization_cap_and_daily_capacity_and_a_days_own_caps(store, warehouse, clock):
    priced(store, warehouse)
    set_terms(store, ZTO={"daily_capacity": 10, "utilization_cap": 0.3},
              YD={"daily_capacity": 3, "days": [{"day": "2026-11-11", "daily_capacity": 2}]})
    ids = released(store, clock, 8)
    result = assign(store, clock)
    assert carriers_of(store, ids) == ["ZTO"] * 3 + ["YD"] * 2 + ["SF"] * 3
    assert result.limits["ZTO"]["binding"].endswith("utilization cap")
    assert result.limits["YD"]["binding"].endswith("daily capacity")


def test_parcels_with_no_room_anywhere_wait_ready_and_are_not_waved(store, warehouse, clock, actor):
    priced(store, warehouse)
    for code in ("SF", "ZTO", "YD"):
        set_terms(store, **{code: {"daily_capacity": 1}})
    ids = released(store, clock, 5)
    plan = plan_waves(store, clock, actor)
    assert sum(w.parcels for w in plan.waves) == 3 and plan.assignment["waiting"] == 2
    assert [store.orders.get(i).state for i in ids[3:]] == [OrderState.READY] * 2   # the last paid wait


def test_the_whole_batch_is_solved_at_once_not_first_come_first_served(store, warehouse, clock):
    # ZTO has room for one parcel. Greedy in paid order would give it to the first (Jiangsu: YD is only 1
    # dearer there); the batch optimum gives it to the Xinjiang parcel, where YD is 10 dearer.
    set_terms(store, SF={"tariff": "全国=*:50+5"}, ZTO={"tariff": "全国=*:4+2", "daily_capacity": 1},
              YD={"tariff": "全国=*:5+2;远=新疆:14+8"})
    store.shops.set_default_carrier(warehouse.shop_id, None)
    [near, far] = reviewed(store, clock, OFFICE, new_order("NEAR", paid_at="2026-11-11 01:00:00"),
                           new_order("FAR", paid_at="2026-11-11 02:00:00", province="新疆维吾尔自治区",
                                     city="乌鲁木齐市", district="天山区"))
    result = assign(store, clock)
    assert (carrier_of(store, near), carrier_of(store, far)) == ("YD", "ZTO")
    assert result.cost == 9.0


def test_merchant_rules_win_over_cost(store, warehouse, clock):
    priced(store, warehouse)
    store.shops.add("sf-shop", "顺丰专送店", warehouse.carrier_ids["SF"])
    store.execute("INSERT INTO carrier_region_rules (province, city, district, carrier_id) VALUES ('广东', '', '', ?)",
                  (warehouse.carrier_ids["YD"],))
    ids = reviewed(store, clock, OFFICE,
                   new_order("SHOP", shop="sf-shop"),
                   new_order("BUYER", requested_carrier="顺丰"),
                   new_order("BOTH", shop="sf-shop", requested_carrier="ZTO"),
                   new_order("REGION", province="广东省", city="深圳市", district="南山区", requested_carrier="SF"),
                   new_order("FREE"))
    assign(store, clock)
    assert carriers_of(store, ids) == ["SF", "SF", "ZTO", "YD", "ZTO"]
    assert "buyer asked for SF" in explain(store, clock, "BUYER").rule
    assert "广东" in explain(store, clock, "REGION").rule


def test_a_rule_whose_carrier_cannot_take_the_parcel_sends_it_to_exceptions_naming_the_rule(store, warehouse, clock):
    priced(store, warehouse)
    set_terms(store, SF={"excludes": "江苏 南京 鼓楼区"})
    [asked, unknown] = reviewed(store, clock, OFFICE, new_order("ASK", requested_carrier="SF"),
                                new_order("ODD", requested_carrier="飞鸽快递"))
    result = assign(store, clock)
    assert result.exceptions == {"no_carrier": 2}
    assert "buyer asked for SF" in store.exceptions.open_for(asked)[0]["detail"]
    assert "飞鸽快递" in store.exceptions.open_for(unknown)[0]["detail"]


def test_an_order_no_carrier_can_take_goes_to_exceptions_with_the_reason(store, warehouse, clock, actor):
    priced(store, warehouse)
    for code in ("SF", "ZTO", "YD"):   # district-level exclusions: review cannot see them, the assignment can
        set_terms(store, **{code: {"excludes": "江苏 南京 鼓楼区"}})
    [order] = released(store, clock, 1)
    assert store.orders.get(order).state == OrderState.READY
    plan = plan_waves(store, clock, actor)
    assert plan.waves == [] and open_reasons(store, order) == [Reason.NO_CARRIER]
    detail = store.exceptions.open_for(order)[0]["detail"]
    assert "no carrier can take it" in detail and "鼓楼区" in detail


def test_review_sends_an_order_outside_every_carriers_reach_to_exceptions(store, warehouse, clock):
    priced(store, warehouse)
    set_terms(store, SF={"excludes": "西藏"}, ZTO={"excludes": "西藏"}, YD={"covers": "浙江"})
    [order] = reviewed(store, clock, OFFICE, new_order("LHASA", province="西藏自治区", city="拉萨市", district="城关区"))
    assert open_reasons(store, order) == [Reason.NO_CARRIER]
    assert "西藏" in store.exceptions.open_for(order)[0]["detail"]


def test_the_explanation_lists_candidates_costs_and_the_binding_cap(store, warehouse, clock):
    priced(store, warehouse)
    set_terms(store, ZTO={"daily_capacity": 1}, YD={"excludes": "江苏"})
    released(store, clock, 2)
    assign(store, clock)
    found = explain(store, clock, "O1")
    assert found.carrier == "SF" and found.run["outcome"] == "assigned"
    by_code = {c.code: c for c in found.candidates}
    assert by_code["ZTO"].cost == 4.0 and "full" in by_code["ZTO"].run_limit and "daily capacity" in by_code["ZTO"].run_limit
    assert "excluded area 江苏" in by_code["YD"].excluded and by_code["SF"].cost == 18.0
    text = found.as_text()
    assert "→ SF" in text and "daily capacity" in text and "18.00" in text


def test_an_order_not_assigned_yet_still_explains_its_candidates(store, warehouse, clock):
    priced(store, warehouse)
    released(store, clock, 1)
    found = explain(store, clock, "O0")
    assert found.run is None and "not assigned yet" in found.as_text()
    assert {c.code for c in found.candidates} == {"SF", "ZTO", "YD"}


def test_every_carrier_change_is_audited(store, warehouse, clock):
    priced(store, warehouse)
    set_terms(store, ZTO={"daily_capacity": 1})
    ids = released(store, clock, 2)
    result = assign(store, clock)
    moved = [e for e in store.audit.for_entity("order", ids[1]) if e["action"] == "order.carrier"]
    assert moved and moved[0]["user_login"] == OFFICE.user
    assert store.audit.count("carriers.assign") == 1 and result.run_id
