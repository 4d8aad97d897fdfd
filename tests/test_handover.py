"""Handover (交接): scans per carrier and pickup batch, refusals, missing parcels, closing ships once."""
import pytest

from whs_app.handover import HandoverError, HandoverSession
from whs_app.model import OrderState
from whs_app.waves import plan_waves
from tests.carrier_fixtures import OFFICE, pack, priced, released, set_terms
from tests.labels_fixtures import pdf_text, squash


@pytest.fixture
def loaded(store, warehouse, clock, actor):
    """Three ZTO parcels packed: two in the 12:00 batch, one in 18:00; one YD parcel packed."""
    priced(store, warehouse)
    set_terms(store, ZTO={"pickups": "午班@12:00=2;18:00@18:00=5"})
    ids = released(store, clock, 3) + released(store, clock, 1, "Y", requested_carrier="YD")
    plan_waves(store, clock, actor)
    batch = {i: store.one("SELECT w.pickup_batch FROM orders o JOIN waves w ON w.id = o.wave_id WHERE o.id = ?",
                          (i,))[0] for i in ids}
    ids = sorted(ids[:3], key=lambda i: batch[i] != "午班") + ids[3:]
    assert [batch[i] for i in ids] == ["午班", "午班", "18:00", "18:00"]
    waybills = [pack(store, clock, order_id) for order_id in ids]
    return ids, waybills


def session(store, clock, carrier="ZTO", batch="午班"):
    return HandoverSession(store, clock, OFFICE, carrier, batch)


def test_parcels_of_the_batch_are_accepted_and_others_refused_with_the_reason(store, clock, loaded):
    ids, (a, b, c, yd) = loaded
    noon = session(store, clock)
    assert noon.scan(a).ok and noon.scan(b).ok
    wrong_batch = noon.scan(c)
    assert not wrong_batch.ok and "Wrong batch" in wrong_batch.message and "18:00" in wrong_batch.message
    wrong_carrier = noon.scan(yd)
    assert not wrong_carrier.ok and "belongs to YD, not ZTO" in wrong_carrier.message
    unknown = noon.scan("NOPE123")
    assert not unknown.ok and "Unknown waybill" in unknown.message
    assert store.audit.count("handover.refused") == 3 and store.audit.count("handover.scan") == 2


def test_a_parcel_scanned_twice_is_refused(store, clock, loaded):
    _, (a, *_rest) = loaded
    noon = session(store, clock)
    assert noon.scan(a).ok
    again = session(store, clock).scan(a)
    assert not again.ok and "Scanned twice" in again.message and "already scanned at 2026-11-11 08:00:00" in again.message


def test_packed_parcels_not_scanned_are_missing_and_block_the_close(store, clock, loaded, tmp_path):
    ids, (a, b, c, yd) = loaded
    noon = session(store, clock)
    noon.scan(a)
    assert [row["waybill_no"] for row in noon.missing()] == [b]
    refused = noon.close(tmp_path / "m.pdf")
    assert not refused.closed and refused.missing == [b] and not (tmp_path / "m.pdf").exists()
    assert store.orders.get(ids[0]).state == OrderState.PACKED


def test_closing_ships_the_scanned_orders_once_and_writes_the_manifest(store, clock, loaded, tmp_path):
    ids, (a, b, c, yd) = loaded
    noon = session(store, clock)
    noon.scan(a)
    noon.scan(b)
    result = noon.close(tmp_path / "manifest.pdf", warehouse="杭州一号仓")
    assert result.closed and result.parcels == 2
    assert result.shipped_orders == sorted(store.orders.get(i).order_no for i in ids[:2])
    assert [store.orders.get(i).state for i in ids] == [OrderState.SHIPPED] * 2 + [OrderState.PACKED] * 2
    text = squash(pdf_text((tmp_path / "manifest.pdf").read_bytes()))
    assert a in text and b in text and c not in text and "ZTO" in text and "午班" in text
    shipped = [e for e in store.audit.for_entity("order", ids[0]) if e["action"] == "order.shipped"]
    assert len(shipped) == 1

    again = session(store, clock).scan(a)       # invariant 1: a shipped parcel is refused, loudly, saying when
    assert not again.ok and "ALREADY SHIPPED" in again.message and store.orders.get(ids[0]).shipped_at in again.message
    with pytest.raises(HandoverError):
        session(store, clock).close(tmp_path / "again.pdf")
    assert len([e for e in store.audit.for_entity("order", ids[0]) if e["action"] == "order.shipped"]) == 1


def test_closing_with_missing_parcels_allowed_leaves_them_for_the_next_truck(store, clock, loaded, tmp_path):
    ids, (a, b, c, yd) = loaded
    noon = session(store, clock)
    noon.scan(a)
    result = noon.close(tmp_path / "m.pdf", allow_missing=True)
    assert result.closed and result.missing == [b]
    assert store.orders.get(ids[1]).state == OrderState.PACKED
    assert session(store, clock).scan(b).ok      # a new handover of the batch opens for the next truck


def test_a_waybill_printed_but_not_packed_is_refused(store, warehouse, clock, actor):
    from tests.review_fixtures import configure

    priced(store, warehouse)
    configure(store, pack_mode="batch")
    [order] = released(store, clock, 1)
    plan_waves(store, clock, actor)
    refused = session(store, clock, "ZTO", "18:00").scan(store.orders.get(order).waybill_no)
    assert not refused.ok and "not packed yet" in refused.message


def test_unknown_carrier_or_batch_is_an_error(store, warehouse, clock):
    with pytest.raises(HandoverError, match="no carrier"):
        session(store, clock, "NOPE", "18:00")
    with pytest.raises(HandoverError, match="no pickup batch"):
        session(store, clock, "ZTO", "03:00")


def test_a_drill_manifest_says_it_is_never_for_a_courier(store, clock, loaded, tmp_path):
    _, (a, b, *_rest) = loaded
    store.settings.set("drill", {"name": "rehearsal"})          # this database is a drill's
    noon = session(store, clock)
    noon.scan(a)
    noon.scan(b)
    assert noon.close(tmp_path / "manifest.pdf").closed
    text = squash(pdf_text((tmp_path / "manifest.pdf").read_bytes()))
    assert text.startswith("演练DRILL非真实交接，不交给快递") and text.count("演练DRILL") == 2 and a in text
