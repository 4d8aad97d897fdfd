"""Random scan sequences thrown at the packing state machine: the invariants must hold after each."""
from collections import Counter

from hypothesis import HealthCheck, given, settings, strategies as st

from whs_app.actor import Actor
from whs_app.clock import ManualClock
from whs_app.codes import Command
from whs_app.packing import PackingSession
from whs_app.store import Store
from tests.factories import SKUS, make_warehouse
from tests.pack_fixtures import ready_order

ORDERS = {"P1": {"TSHIRT-W-M": 2, "JEANS-32": 1}, "P2": {"SOCKS-5P": 1}, "P3": {"JEANS-32": 2, "MUG-350": 1}}
BARCODES = [code for sku in SKUS for code in sku[5]]
RESTART = "<restart>"
STATIONS = ("P01", "P02")

BARCODE_OF = {sku[0]: sku[5][0] for sku in SKUS}
token = st.tuples(st.sampled_from(STATIONS),
                  st.sampled_from(list(ORDERS) + BARCODES + [c.value for c in Command] + [RESTART, "junk", ""]))


@st.composite
def whole_order(draw):
    """A packer doing it right: the order, then its units in any order (so orders do get packed)."""
    station = draw(st.sampled_from(STATIONS))
    order_no = draw(st.sampled_from(list(ORDERS)))
    units = [BARCODE_OF[code] for code, qty in ORDERS[order_no].items() for _ in range(qty)]
    return [(station, order_no)] + [(station, code) for code in draw(st.permutations(units))]


scans = st.lists(st.one_of(token.map(lambda t: [t]), whole_order()), max_size=15).map(
    lambda chunks: [scan for chunk in chunks for scan in chunk])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scans)
def test_random_scans_never_break_the_packing_invariants(sequence):
    clock = ManualClock("2026-11-11 09:00:00")
    with Store.open(":memory:") as store:
        warehouse = make_warehouse(store, clock)
        for order_no, items in ORDERS.items():  # distinct buyers: no merging here
            ready_order(store, warehouse, order_no, items, receiver_name=f"买家{order_no}")
        on_hand_before = {sku: level[0] for sku, level in store.stock.levels().items()}
        sessions = {s: PackingSession(store, clock, Actor(s, f"user-{s}")) for s in STATIONS}
        for station, code in sequence:
            clock.advance(seconds=1)
            if code == RESTART:
                sessions[station] = PackingSession(store, clock, Actor(station, f"user-{station}"))
            else:
                sessions[station].scan(code)
            check_invariants(store, warehouse, on_hand_before)


def check_invariants(store, warehouse, on_hand_before):
    ids = store.skus.ids_by_code()
    consumed = Counter()
    for order_no, items in ORDERS.items():
        [order] = store.orders.find(order_no)
        wanted = Counter({ids[code]: qty for code, qty in items.items()})
        sealed = Counter()
        open_parcels = 0
        for parcel in store.parcels.for_order(order.id):
            items_in = Counter(store.parcels.items(parcel["id"]))
            assert not items_in - wanted, "a parcel holds an item the order does not have (invariant 4)"
            if parcel["state"] == "complete":
                assert parcel["waybill_no"], "a sealed parcel without a waybill"
                sealed += items_in
            open_parcels += parcel["state"] == "open"
        assert open_parcels <= 1
        assert not sealed - wanted, "more units sealed than ordered (invariant 4)"
        consumed += sealed
        if order.state == "packed":
            assert sealed == wanted, "a packed order's parcels do not hold exactly its items"
            packs = [e for e in store.audit.for_entity("order", order.id) if e["action"] == "order.packed"]
            assert len(packs) == 1, "an order packed more than once (invariant 1)"
        else:
            assert order.state in ("ready", "packing")
    for sku, (on_hand, reserved) in store.stock.levels().items():
        assert on_hand == on_hand_before[sku] - consumed[sku]
        assert reserved >= 0
    assert store.scalar("SELECT COUNT(*) FROM waybills") == store.scalar(
        "SELECT COUNT(*) FROM parcels WHERE state = 'complete'")
