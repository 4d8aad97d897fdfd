"""Carrier settings from the supervisors' screen: pickup batches and waybill ranges, with a supervisor's PIN."""
import json

import pytest

from whs_app.carriers.edits import CarrierEditRefused, add_waybill_range, set_pickup


def pickups(store, code):
    carrier = store.carriers.by_code(code)
    return [row[1:] for row in store.carrier_setup.pickups() if row[0] == carrier.id]


def test_a_pickup_batch_gets_a_new_time_and_capacity_and_the_others_stay(store, warehouse, clock, actor):
    set_pickup(store, clock, actor, "SF", "早班", "10:30", 800, "boss", "2468")
    change = set_pickup(store, clock, actor, "sf", "18:00", "19:15", 1200, "boss", "2468")
    assert change == {"before": {"label": "18:00", "at": "18:00", "capacity": 5000},
                      "after": {"label": "18:00", "at": "19:15", "capacity": 1200}}
    assert pickups(store, "SF") == [("早班", "10:30", 800), ("18:00", "19:15", 1200)]
    assert pickups(store, "ZTO") == [("18:00", "18:00", 5000)]
    event = store.audit.for_entity("carrier", warehouse.carrier_ids["SF"])[-1]
    detail = json.loads(event["detail"])
    assert (event["action"], event["user_login"], detail["supervisor"], detail["to"]["capacity"]) == (
        "carrier.change_approved", "packer1", "boss", 1200)


def test_a_wrong_pin_or_bad_values_change_nothing(store, warehouse, clock, actor):
    with pytest.raises(CarrierEditRefused, match="wrong PIN for supervisor boss"):
        set_pickup(store, clock, actor, "SF", "18:00", "19:00", 10, "boss", "0000")
    with pytest.raises(CarrierEditRefused, match="packer2 is not a supervisor"):
        set_pickup(store, clock, actor, "SF", "18:00", "19:00", 10, "packer2", "2468")
    refused = store.audit.for_entity("carrier", "SF")
    assert [e["action"] for e in refused] == ["carrier.approval_refused"] * 2
    with pytest.raises(CarrierEditRefused, match="expected HH:MM"):
        set_pickup(store, clock, actor, "SF", "18:00", "25:00", 10, "boss", "2468")
    with pytest.raises(CarrierEditRefused, match="at least 1"):
        set_pickup(store, clock, actor, "SF", "18:00", "19:00", 0, "boss", "2468")
    with pytest.raises(CarrierEditRefused, match="no carrier XX"):
        set_pickup(store, clock, actor, "XX", "18:00", "19:00", 10, "boss", "2468")
    assert pickups(store, "SF") == [("18:00", "18:00", 5000)]


def test_a_waybill_range_is_loaded_with_approval_and_overlaps_are_refused(store, warehouse, clock, actor):
    before = store.waybills.balance(warehouse.carrier_ids["SF"])
    add_waybill_range(store, clock, actor, "SF", "SF", "0000002000", "0000002999", "boss", "2468")
    assert store.waybills.balance(warehouse.carrier_ids["SF"]) == before + 1000
    latest = store.carrier_setup.ranges(warehouse.carrier_ids["SF"])[-1]
    assert (latest["prefix"], latest["next_number"], latest["last_number"], latest["width"]) == ("SF", 2000, 2999, 10)
    actions = [e["action"] for e in store.audit.for_entity("carrier", warehouse.carrier_ids["SF"])]
    assert actions[-2:] == ["waybill.range_loaded", "carrier.change_approved"]
    with pytest.raises(CarrierEditRefused, match="overlaps the unused range"):
        add_waybill_range(store, clock, actor, "SF", "SF", "0000002500", "0000003500", "boss", "2468")
    with pytest.raises(CarrierEditRefused, match="the numbers are digits"):
        add_waybill_range(store, clock, actor, "SF", "SF", "12a", "99", "boss", "2468")
    with pytest.raises(CarrierEditRefused, match="wrong PIN"):
        add_waybill_range(store, clock, actor, "SF", "SF", "0000005000", "0000005999", "boss", "1")
    assert store.waybills.balance(warehouse.carrier_ids["SF"]) == before + 1000
