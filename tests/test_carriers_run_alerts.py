"""The released batch's run works out its pool alerts from what it decided (no second read of the store),
and wave planning waves the parcels the run placed from the rows the run read: both must equal what
the store shows afterwards."""
from whs_app.carriers.config import Fleet
from whs_app.carriers.pools import low_pool_alerts, pool_states
from whs_app.model import OrderState
from whs_app.waves import plan_waves
from tests.carrier_fixtures import OFFICE, assign, priced, released, set_terms
from tests.review_fixtures import new_order, reviewed

DAY = "2026-11-11"


def ems_with_a_small_pool(store, numbers: int, alert_at: int) -> None:
    ems = store.carriers.add("EMS", "中国邮政", 30)
    store.waybills.add_range(ems, "E", 1, numbers, 6, "2026-11-11 00:00:00")
    set_terms(store, EMS={"tariff": "全国=*:1+1", "low_balance_alert": alert_at})


def test_the_alert_counts_the_parcels_the_run_just_placed(store, warehouse, clock):
    priced(store, warehouse)
    ems_with_a_small_pool(store, numbers=6, alert_at=4)
    fleet = Fleet.load(store, DAY)
    released(store, clock, 3)
    assert low_pool_alerts(store, fleet, DAY) == []            # 6 numbers free before the run
    result = assign(store, clock)
    assert result.alerts and "EMS" in result.alerts[0]          # 3 placed with EMS: 3 free, at most 4
    assert result.alerts == low_pool_alerts(store, fleet, DAY)


def test_alerts_after_a_run_equal_the_stores_with_waves_groups_and_later_orders(store, warehouse, clock, actor):
    priced(store, warehouse)
    ems_with_a_small_pool(store, numbers=12, alert_at=8)
    released(store, clock, 2, prefix="W")
    plan_waves(store, clock, actor)                              # on a wave: they will draw a number
    reviewed(store, clock, OFFICE, new_order("M1", buyer="tb_m"), new_order("M2", buyer="tb_m"),   # one parcel
             new_order("LATE", paid_at="2026-11-11 23:00:00"))   # ships tomorrow: not released today
    released(store, clock, 3, prefix="N")
    result = assign(store, clock)
    fleet = Fleet.load(store, DAY)
    assert result.alerts == low_pool_alerts(store, fleet, DAY)
    [ems] = [state for state in pool_states(store, fleet, DAY) if state.code == "EMS"]
    assert (ems.pending, ems.low) == (6, True)                  # 2 waved + 4 parcels placed (M1 and M2 in one)


def test_planning_waves_what_the_run_placed_with_riders_due_later(store, warehouse, clock, actor):
    priced(store, warehouse)
    ids = reviewed(store, clock, OFFICE, new_order("A", buyer="tb_x"),
                   new_order("B", buyer="tb_x", paid_at="2026-11-11 23:00:00"),   # A's follower, due tomorrow
                   new_order("O1", paid_at="2026-11-11 02:00:00"), new_order("O2", paid_at="2026-11-11 03:00:00"),
                   new_order("LATE", paid_at="2026-11-11 22:00:00"))             # ships tomorrow
    plan = plan_waves(store, clock, actor)
    orders = {store.orders.get(i).order_no: store.orders.get(i) for i in ids}
    assert {no for no, order in orders.items() if order.state == OrderState.WAVED} == {"A", "B", "O1", "O2"}
    assert (orders["B"].wave_id, orders["B"].pick_slot) == (orders["A"].wave_id, None)
    assert [(w.parcels, w.orders) for w in plan.waves] == [(2, 2), (1, 2)]      # singles, then A+B (multi)
    assert [orders[no].pick_slot for no in ("O1", "O2")] == [1, 2]               # in paid order
