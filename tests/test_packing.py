import pytest

from whs_app.actor import Actor
from whs_app.codes import Command
from whs_app.model import OrderState
from whs_app.packing import Event, PackingSession
from tests.pack_fixtures import ready_order

TSHIRT, TSHIRT_ALT, JEANS, SOCKS, MUG = "6901234567001", "TSWM", "6901234567003", "6901234567005", "6901234567006"


@pytest.fixture
def session(store, clock, warehouse, actor):
    return PackingSession(store, clock, actor)


def scan_all(session, *codes):
    return [session.scan(code) for code in codes]


def test_open_count_and_pack_with_any_of_a_skus_barcodes(store, warehouse, session):
    order_id = ready_order(store, warehouse, "T1001", {"TSHIRT-W-M": 2, "JEANS-32": 1})
    opened, first, second, last = scan_all(session, "T1001", TSHIRT, TSHIRT_ALT, JEANS)
    assert opened.event == Event.OPENED and opened.total == 3
    assert (first.counted, second.counted) == (1, 2)
    assert last.event == Event.ORDER_PACKED and last.waybill_no.startswith("ZT")
    order = store.orders.get(order_id)
    assert order.state == OrderState.PACKED and order.packed_by == "packer1" and order.packed_station == "P01"
    [parcel] = store.parcels.for_order(order_id)
    assert parcel["state"] == "complete" and parcel["waybill_no"] == last.waybill_no
    assert [job["kind"] for job in store.print_jobs.for_parcel(parcel["id"])] == ["label", "slip"]
    assert session.current is None


def test_packing_moves_reserved_stock_off_the_shelf(store, warehouse, session):
    ready_order(store, warehouse, "T1002", {"JEANS-32": 1})
    jeans = warehouse.sku_ids["JEANS-32"]
    assert store.stock.levels([jeans])[jeans] == (50, 1)
    scan_all(session, "T1002", JEANS)
    assert store.stock.levels([jeans])[jeans] == (49, 0)


def test_wrong_item_is_refused_naming_it_and_nothing_is_counted(store, warehouse, session):
    ready_order(store, warehouse, "T1003", {"TSHIRT-W-M": 1})
    session.scan("T1003")
    result = session.scan(MUG)
    assert not result.ok and result.event == Event.REFUSED
    assert "陶瓷马克杯" in result.message and "Wrong item" in result.message
    assert session.current.units_counted == 0


def test_one_too_many_is_refused(store, warehouse, session):
    ready_order(store, warehouse, "T1004", {"TSHIRT-W-M": 2, "SOCKS-5P": 1})
    scan_all(session, "T1004", TSHIRT, TSHIRT)
    result = session.scan(TSHIRT)
    assert not result.ok and "One too many" in result.message and "2/2" in result.message


def test_unknown_code_and_item_before_order_are_refused(store, warehouse, session):
    assert "Unknown code" in session.scan("NOPE-123").message
    assert "Scan an order first" in session.scan(TSHIRT).message


def test_second_scan_of_a_packed_order_is_refused_naming_when_and_by_whom(store, clock, warehouse, session):
    ready_order(store, warehouse, "T1005", {"JEANS-32": 1})
    scan_all(session, "T1005", JEANS)
    clock.advance(minutes=5)
    other = PackingSession(store, clock, Actor("P02", "packer2"))
    result = other.scan("T1005")
    assert not result.ok
    assert "packer1" in result.message and "P01" in result.message and "2026-11-11 08:00:00" in result.message


def test_abandon_puts_everything_back_exactly(store, warehouse, session):
    order_id = ready_order(store, warehouse, "T1006", {"TSHIRT-W-M": 2, "JEANS-32": 1})
    before = _snapshot(store)
    result = scan_all(session, "T1006", TSHIRT, JEANS, Command.CANCEL)[-1]
    assert result.event == Event.ABANDONED
    assert store.orders.get(order_id).state == OrderState.READY
    assert _snapshot(store) == before


def test_an_order_open_at_another_station_is_refused(store, clock, warehouse, session):
    ready_order(store, warehouse, "T1007", {"JEANS-32": 1})
    session.scan("T1007")
    result = PackingSession(store, clock, Actor("P02", "packer2")).scan("T1007")
    assert not result.ok and "P01" in result.message and "being packed" in result.message


def test_a_restarted_station_resumes_its_open_parcel(store, clock, warehouse, actor, session):
    ready_order(store, warehouse, "T1008", {"TSHIRT-W-M": 2})
    scan_all(session, "T1008", TSHIRT)
    restarted = PackingSession(store, clock, actor)
    assert restarted.resumed().event == Event.RESUMED
    assert restarted.scan(TSHIRT).event == Event.ORDER_PACKED


def test_split_into_two_boxes_each_with_its_own_waybill(store, warehouse, session):
    order_id = ready_order(store, warehouse, "T1009", {"TSHIRT-W-M": 1, "JEANS-32": 2})
    results = scan_all(session, "T1009", JEANS, Command.SPLIT, JEANS, TSHIRT)
    assert results[2].event == Event.PARCEL_COMPLETE and results[2].total == 2
    assert results[-1].event == Event.ORDER_PACKED
    parcels = store.parcels.for_order(order_id)
    assert [p["seq"] for p in parcels] == [1, 2]
    assert len({p["waybill_no"] for p in parcels}) == 2
    assert [store.parcels.items(p["id"]) for p in parcels] == [
        {warehouse.sku_ids["JEANS-32"]: 1},
        {warehouse.sku_ids["JEANS-32"]: 1, warehouse.sku_ids["TSHIRT-W-M"]: 1}]


def test_complete_command_with_units_missing_says_how_many(store, warehouse, session):
    ready_order(store, warehouse, "T1010", {"TSHIRT-W-M": 3})
    scan_all(session, "T1010", TSHIRT)
    result = session.scan(Command.COMPLETE)
    assert not result.ok and "2 units still to scan" in result.message


def test_opening_another_order_mid_parcel_is_refused(store, warehouse, session):
    ready_order(store, warehouse, "T1011", {"TSHIRT-W-M": 1, "JEANS-32": 1})
    ready_order(store, warehouse, "T1012", {"JEANS-32": 1}, receiver_name="另一位")
    scan_all(session, "T1011", TSHIRT)
    result = session.scan("T1012")
    assert not result.ok and "Finish order T1011" in result.message


def test_empty_pool_refuses_opening_with_that_reason(store, clock, warehouse, session):
    ready_order(store, warehouse, "T1013", {"JEANS-32": 1}, carrier="SF")
    with store.transaction():
        for _ in range(1000):
            store.waybills.draw(warehouse.carrier_ids["SF"], "2026-11-11 00:00:00", None)
    result = session.scan("T1013")
    assert not result.ok and "pool is empty" in result.message


def test_refused_scans_are_audited_with_station_and_user(store, warehouse, session):
    session.scan("NOPE")
    [event] = store.audit.for_entity("station", "P01")
    assert event["action"] == "scan.refused" and event["user_login"] == "packer1"


def _snapshot(store):
    tables = ("orders", "order_lines", "stock", "parcel_items", "waybills", "print_jobs", "waybill_ranges")
    return {t: [tuple(r) for r in store.all(f"SELECT * FROM {t} ORDER BY 1")] for t in tables}


def test_merged_orders_are_packed_as_one_parcel_by_scanning_either(store, warehouse, session):
    first = ready_order(store, warehouse, "T1020", {"TSHIRT-W-M": 1})
    second = ready_order(store, warehouse, "T1021", {"JEANS-32": 1})
    assert store.orders.get(second).merge_leader_id == first
    opened = session.scan("T1021")
    assert opened.order_no == "T1020" and opened.total == 2 and "merged +1" in opened.message
    assert session.scan(JEANS).ok and session.scan(TSHIRT).event == Event.ORDER_PACKED
    assert {store.orders.get(i).state for i in (first, second)} == {OrderState.PACKED}
    assert len(store.parcels.for_order(first)) == 1 and store.parcels.for_order(second) == []


def _settings(store, **values):
    from whs_app.settings import WarehouseSettings

    updated = WarehouseSettings.load(store)
    for key, value in values.items():
        updated = updated.with_value(key, value)
    with store.transaction():
        updated.save(store)


def test_batch_mode_opens_by_the_preprinted_waybill_and_prints_no_second_label(store, clock, warehouse, actor,
                                                                              supervisor):
    from whs_app.waves import plan_waves

    _settings(store, pack_mode="batch")
    order_id = ready_order(store, warehouse, "T1030", {"JEANS-32": 1})
    clock.set("2026-11-11 17:00:00")
    plan = plan_waves(store, clock, supervisor)
    assert plan.labels_queued == 1
    waybill = store.orders.get(order_id).waybill_no
    session = PackingSession(store, clock, actor)
    assert session.scan(waybill).order_no == "T1030"
    packed = session.scan(JEANS)
    assert packed.event == Event.ORDER_PACKED and packed.waybill_no == waybill
    [parcel] = store.parcels.for_order(order_id)
    assert [job["kind"] for job in store.print_jobs.for_parcel(parcel["id"])] == ["slip"]
    assert store.scalar("SELECT COUNT(*) FROM waybills") == 1


def test_when_the_warehouse_packs_only_picked_waves_an_unpicked_order_is_refused(store, clock, warehouse, actor,
                                                                                  supervisor):
    from whs_app.picking import confirm_all
    from tests.review_fixtures import plan_and_release

    _settings(store, pack_requires_pick="true")
    ready_order(store, warehouse, "T1031", {"JEANS-32": 1})
    session = PackingSession(store, clock, actor)
    refused = session.scan("T1031")
    assert not refused.ok and "not been picked" in refused.message
    clock.set("2026-11-11 17:00:00")
    [wave] = plan_and_release(store, clock, supervisor).waves
    assert not session.scan("T1031").ok
    confirm_all(store, clock, supervisor, wave.id)
    assert session.scan("T1031").event == Event.OPENED
