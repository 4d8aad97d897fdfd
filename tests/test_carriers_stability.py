"""Stability: a printed waybill fixes the carrier for good; an outage re-routes only unprinted parcels."""
import pytest

from whs_app.carriers.explain import explain
from whs_app.carriers.reroute import CarrierError, bring_back, take_out
from whs_app.handover import HandoverSession
from whs_app.model import OrderState, Reason
from whs_app.waves import plan_waves
from tests.carrier_fixtures import OFFICE, assign, carrier_of, carriers_of, pack, priced, released, set_terms
from tests.review_fixtures import configure, open_reasons


def test_a_preprinted_waybill_keeps_its_carrier_even_when_another_is_now_cheaper(store, warehouse, clock, actor):
    priced(store, warehouse)
    configure(store, pack_mode="batch")
    [order] = released(store, clock, 1)
    [wave] = plan_waves(store, clock, actor).waves
    waybill = store.orders.get(order).waybill_no
    assert carrier_of(store, order) == "ZTO" and waybill
    # The order leaves its wave and comes back READY with its label printed; ZTO is now the dearest.
    store.execute("UPDATE orders SET wave_id = NULL, pick_slot = NULL, state = 'ready' WHERE id = ?", (order,))
    set_terms(store, ZTO={"tariff": "全国=*:99+9"})
    result = assign(store, clock)
    assert carrier_of(store, order) == "ZTO" and result.fixed == 1 and result.assigned == {"ZTO": 1}
    assert store.orders.get(order).waybill_no == waybill
    assert "waybill is printed" in explain(store, clock, "O0").rule


def test_an_outage_reroutes_only_the_unprinted_parcels(store, warehouse, clock, actor):
    priced(store, warehouse)
    ids = released(store, clock, 4)
    plan_waves(store, clock, actor)
    assert carriers_of(store, ids) == ["ZTO"] * 4
    printed = [pack(store, clock, ids[0])]
    store.execute("UPDATE orders SET state = 'picked' WHERE id = ?", (ids[1],))
    ready_later = released(store, clock, 1, "LATE")
    assign(store, clock)
    assert carrier_of(store, ready_later[0]) == "ZTO"

    result = take_out(store, clock, OFFICE, "ZTO", "网点爆仓 site overloaded")
    assert carriers_of(store, ids) == ["ZTO", "YD", "YD", "YD"]
    assert carrier_of(store, ready_later[0]) == "YD"
    assert result.assigned == {"YD": 4} and store.orders.get(ids[0]).state == OrderState.PACKED
    assert store.parcels.by_waybill(printed[0])["carrier_id"] == warehouse.carrier_ids["ZTO"]
    moved = store.orders.get(ids[1])
    assert (moved.state, moved.wave_id is not None) == (OrderState.PICKED, True)   # still on its wave
    assert store.one("SELECT pickup_batch FROM orders WHERE id = ?", (ids[1],))[0] == "18:00"
    assert not store.carriers.by_code("ZTO").active
    assert any(e["action"] == "carrier.out" for e in store.audit.for_entity("carrier", warehouse.carrier_ids["ZTO"]))


def test_a_rerouted_parcel_is_packed_and_handed_over_with_its_new_carrier(store, warehouse, clock, actor):
    priced(store, warehouse)
    [order] = released(store, clock, 1)
    plan_waves(store, clock, actor)
    take_out(store, clock, OFFICE, "ZTO", "停运 outage")
    waybill = pack(store, clock, order)
    assert waybill.startswith("YD")
    assert HandoverSession(store, clock, OFFICE, "YD", "18:00").scan(waybill).ok
    refused = HandoverSession(store, clock, OFFICE, "ZTO", "18:00").scan(waybill)
    assert not refused.ok


def test_outage_parcels_bound_to_the_carrier_or_without_room_leave_for_exceptions(store, warehouse, clock, actor):
    priced(store, warehouse, bound=True)          # the shop is bound to ZTO
    ids = released(store, clock, 2)
    plan_waves(store, clock, actor)
    result = take_out(store, clock, OFFICE, "ZTO", "停运 outage")
    assert result.exceptions == {"no_carrier": 2}
    for order_id in ids:
        order = store.orders.get(order_id)
        assert (order.state, order.wave_id) == (OrderState.EXCEPTION, None)
        assert open_reasons(store, order_id) == [Reason.NO_CARRIER]
        assert "inactive: 停运 outage" in store.exceptions.open_for(order_id)[0]["detail"]


def test_waved_parcels_that_fit_nowhere_else_leave_their_wave(store, warehouse, clock, actor):
    priced(store, warehouse)
    set_terms(store, SF={"daily_capacity": 0}, YD={"daily_capacity": 1})
    ids = released(store, clock, 3)
    set_terms(store, SF={"daily_capacity": 5}, YD={"daily_capacity": 5}, ZTO={"share_cap": 1.0})
    plan_waves(store, clock, actor)
    set_terms(store, SF={"daily_capacity": 0}, YD={"daily_capacity": 1})
    take_out(store, clock, OFFICE, "ZTO", "爆仓")
    states = [store.orders.get(i).state for i in ids]
    assert carriers_of(store, ids)[0] == "YD" and states == [OrderState.WAVED, OrderState.EXCEPTION, OrderState.EXCEPTION]
    assert "every other carrier is full" in store.exceptions.open_for(ids[2])[0]["detail"]


def test_a_carrier_comes_back_and_unknown_carriers_are_refused(store, warehouse, clock):
    take_out(store, clock, OFFICE, "YD", "台风 typhoon")
    assert store.carriers.by_code("YD").active is False
    bring_back(store, clock, OFFICE, "YD")
    assert store.carriers.by_code("YD").active is True
    with pytest.raises(CarrierError):
        take_out(store, clock, OFFICE, "NOPE", "x")


def test_a_rerouted_parcel_leaving_its_wave_drops_the_batch_it_moved_to(store, warehouse, clock, actor):
    from whs_app.exceptions_queue import hold

    priced(store, warehouse)
    [order] = released(store, clock, 1)
    plan_waves(store, clock, actor)
    take_out(store, clock, OFFICE, "ZTO", "停运 outage")
    assert store.one("SELECT pickup_batch FROM orders WHERE id = ?", (order,))[0] == "18:00"
    hold(store, clock, OFFICE, store.orders.get(order), "买家来电")
    assert store.one("SELECT pickup_batch, wave_id FROM orders WHERE id = ?", (order,))[:] == (None, None)
