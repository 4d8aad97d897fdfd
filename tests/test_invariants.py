"""One test per DESIGN.md invariant this part owns (1, 4, 6; 5 lives with the importer's tests)."""
from whs_app.actor import Actor
from whs_app.packing import PackingSession
from tests.pack_fixtures import ready_order

JEANS, TSHIRT, MUG = "6901234567003", "6901234567001", "6901234567006"


def test_invariant_1_a_shipped_order_is_refused_loudly_by_number_and_by_waybill(store, clock, warehouse, actor):
    order_id = ready_order(store, warehouse, "I1", {"JEANS-32": 1})
    waybill = [PackingSession(store, clock, actor).scan(c) for c in ("I1", JEANS)][-1].waybill_no
    with store.transaction():
        store.orders.mark_shipped([order_id], "2026-11-11 18:00:00")
    for code in ("I1", waybill):
        result = PackingSession(store, clock, Actor("P02", "packer2")).scan(code)
        assert not result.ok
        assert "DUPLICATE" in result.message and "shipped at 2026-11-11 18:00:00" in result.message
    assert len(store.parcels.for_order(order_id)) == 1


def test_invariant_1_two_stations_racing_for_one_order_pack_it_once(store, clock, warehouse):
    ready_order(store, warehouse, "I2", {"JEANS-32": 1})
    one, two = (PackingSession(store, clock, Actor(s, "u")) for s in ("P01", "P02"))
    assert one.scan("I2").ok
    assert not two.scan("I2").ok
    assert one.scan(JEANS).ok
    assert not two.scan("I2").ok and store.scalar("SELECT COUNT(*) FROM waybills") == 1


def test_invariant_4_wrong_and_extra_items_never_enter_the_parcel(store, clock, warehouse, actor):
    order_id = ready_order(store, warehouse, "I4", {"TSHIRT-W-M": 1, "JEANS-32": 1})
    session = PackingSession(store, clock, actor)
    results = [session.scan(c) for c in ("I4", MUG, TSHIRT, TSHIRT, MUG, JEANS)]
    assert [r.ok for r in results] == [True, False, True, False, False, True]
    [parcel] = store.parcels.for_order(order_id)
    assert store.parcels.items(parcel["id"]) == {warehouse.sku_ids["TSHIRT-W-M"]: 1, warehouse.sku_ids["JEANS-32"]: 1}
