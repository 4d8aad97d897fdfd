"""Picking: confirm per bin; a short pick sends the unfilled orders to exceptions, the rest goes on."""
import pytest

from whs_app.model import OrderState, Reason
from whs_app.picking import PickRefused, confirm, confirm_all
from whs_app.waves import WaveError
from tests.review_fixtures import new_order, open_reasons, plan_and_release, reviewed, states, stock_of


def one_wave(store, clock, actor, *orders):
    ids = reviewed(store, clock, actor, *orders)
    [wave] = plan_and_release(store, clock, actor).waves
    return wave, ids


def test_confirming_every_bin_picks_the_wave_and_its_orders(store, warehouse, clock, actor):
    wave, ids = one_wave(store, clock, actor, new_order("A", [("TSHIRT-W-M", 1), ("MUG-350", 1)]),
                         new_order("B", [("SOCKS-5P", 2), ("MUG-350", 1)]))
    confirm(store, clock, actor, wave.code, "B-03-01")
    assert store.waves.get(wave.code)["status"] == "picking"
    assert states(store, ids) == [OrderState.WAVED] * 2
    done = confirm(store, clock, actor, wave.code, "a-01-01") + confirm(store, clock, actor, wave.code, "C-01-01")
    assert [(c.bin, c.expected, c.picked) for c in done] == [("A-01-01", 1, 1), ("C-01-01", 2, 2)]
    assert store.waves.get(wave.code)["status"] == "picked"
    assert states(store, ids) == [OrderState.PICKED] * 2
    event = store.audit.for_entity("order", ids[0])[-1]
    assert (event["action"], event["station"], event["user_login"]) == ("order.picked", "P01", "packer1")


def test_a_bin_confirmed_twice_is_refused_naming_when_and_by_whom(store, warehouse, clock, actor):
    wave, _ = one_wave(store, clock, actor, new_order("A", [("TSHIRT-W-M", 1), ("MUG-350", 1)]))
    confirm(store, clock, actor, wave.code, "A-01-01")
    with pytest.raises(PickRefused, match="already confirmed at 2026-11-11 08:00:00 by packer1"):
        confirm(store, clock, actor, wave.code, "A-01-01", 1)
    with pytest.raises(PickRefused, match="already confirmed"):
        confirm(store, clock, actor, wave.code, "TSHIRT-W-M")


def test_unknown_wave_bin_or_quantity_out_of_range_is_refused(store, warehouse, clock, actor):
    wave, _ = one_wave(store, clock, actor, new_order("A", [("TSHIRT-W-M", 2)]))
    with pytest.raises(WaveError, match="no wave W99"):
        confirm(store, clock, actor, "W99", "A-01-01")
    with pytest.raises(WaveError, match="no bin or SKU Z-09-09"):
        confirm(store, clock, actor, wave.code, "Z-09-09")
    with pytest.raises(PickRefused, match="expected 2, cannot confirm 3"):
        confirm(store, clock, actor, wave.code, "A-01-01", 3)
    assert store.waves.pick_lines(wave.id)[0]["picked"] is None


def test_short_pick_fills_orders_in_priority_order_and_the_rest_goes_on(store, warehouse, clock, actor):
    wave, ids = one_wave(store, clock, actor,
                         new_order("A", [("TSHIRT-W-M", 2), ("SOCKS-5P", 1)], paid_at="2026-11-11 01:00:00"),
                         new_order("B", [("TSHIRT-W-M", 2), ("SOCKS-5P", 4)], paid_at="2026-11-11 02:00:00"),
                         new_order("C", [("TSHIRT-W-M", 1), ("SOCKS-5P", 1)], paid_at="2026-11-11 03:00:00"))
    [result] = confirm(store, clock, actor, wave.code, "A-01-01", 3)
    assert result.short_orders == ["B"]
    assert states(store, ids) == [OrderState.WAVED, OrderState.EXCEPTION, OrderState.WAVED]
    assert open_reasons(store, ids[1]) == [Reason.SHORT_PICK]
    detail = store.exceptions.open_for(ids[1])[0]["detail"]
    assert all(part in detail for part in ("A-01-01", "TSHIRT-W-M", "expected 5", "found 3"))
    assert stock_of(store, "TSHIRT-W-M") == (98, 3)      # 2 written off; A and C still hold 3
    assert stock_of(store, "SOCKS-5P") == (500, 2)       # B's socks given back ...
    socks = [l for l in store.waves.pick_lines(wave.id) if l["sku_code"] == "SOCKS-5P"][0]
    assert socks["quantity"] == 2                        # ... and off the pick list
    assert store.orders.get(ids[1]).wave_id is None
    confirm_all(store, clock, actor, wave.code)
    assert states(store, ids) == [OrderState.PICKED, OrderState.EXCEPTION, OrderState.PICKED]


def test_nothing_found_with_a_single_order_closes_the_wave(store, warehouse, clock, actor):
    wave, ids = one_wave(store, clock, actor, new_order("A", [("MUG-350", 2)]))
    confirm(store, clock, actor, wave.code, "C-01-01", 0)
    assert store.waves.get(wave.code)["status"] == "closed"
    assert states(store, ids) == [OrderState.EXCEPTION]
    assert stock_of(store, "MUG-350") == (1, 0)


def test_short_pick_of_a_merge_leader_gives_its_followers_their_own_slots(store, warehouse, clock, actor):
    wave, ids = one_wave(store, clock, actor, new_order("A", [("MUG-350", 1)], buyer="tb_x"),
                         new_order("B", [("JEANS-32", 1)], buyer="tb_x", paid_at="2026-11-11 04:00:00"))
    confirm(store, clock, actor, wave.code, "C-01-01", 0)
    follower = store.orders.get(ids[1])
    assert (follower.merge_leader_id, follower.wave_id, follower.pick_slot) == (None, wave.id, 2)
    assert store.orders.by_slot(wave.id, 2).order_no == "B"
    confirm(store, clock, actor, wave.code, "A-02-05")
    assert states(store, ids) == [OrderState.EXCEPTION, OrderState.PICKED]


def test_a_bin_with_several_skus_takes_a_quantity_per_sku_code(store, warehouse, clock, actor):
    twin = store.skus.upsert("TSHIRT-R-S", "纯棉T恤 红色 S", "A-01-01", 0.25, False, ["690555"])
    store.stock.set_on_hand(twin, 10)
    wave, ids = one_wave(store, clock, actor, new_order("A", [("TSHIRT-W-M", 1), ("TSHIRT-R-S", 2)]))
    with pytest.raises(PickRefused, match="holds 2 SKUs"):
        confirm(store, clock, actor, wave.code, "A-01-01", 1)
    confirm(store, clock, actor, wave.code, "TSHIRT-R-S", 2)
    [rest] = confirm(store, clock, actor, wave.code, "A-01-01")
    assert rest.sku == "TSHIRT-W-M"
    assert store.waves.get(wave.code)["status"] == "picked"


def test_a_picked_wave_takes_no_more_confirmations(store, warehouse, clock, actor):
    wave, _ = one_wave(store, clock, actor, new_order("A"))
    confirm_all(store, clock, actor, wave.code)
    with pytest.raises(PickRefused, match="is picked"):
        confirm_all(store, clock, actor, wave.code)


def test_an_order_packed_straight_from_the_shelf_keeps_its_units(store, warehouse, clock, actor):
    wave, ids = one_wave(store, clock, actor, new_order("P", [("JEANS-32", 2)], paid_at="2026-11-11 01:00:00"),
                         new_order("W", [("JEANS-32", 2)], paid_at="2026-11-11 02:00:00"))
    store.orders.mark_packed([ids[0]], "2026-11-11 08:30:00", "packer1", "P01")   # packed without a pick
    store.stock.consume({warehouse.sku_ids["JEANS-32"]: 2})
    [result] = confirm(store, clock, actor, wave.code, "A-02-05", 2)           # 4 expected, 2 left: enough
    assert result.short_orders == [] and states(store, ids) == [OrderState.PACKED, OrderState.PICKED]
    assert stock_of(store, "JEANS-32") == (48, 2)
