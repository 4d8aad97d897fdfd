"""Many stations on one PostgreSQL server (issue 8): claims are atomic, a lost server is survived.

Each test here owns a throwaway server (tests/pg_cluster.py) because some stop it. The full-size stress
run (20 stations, 20,000 orders) is benchmarks/bench_stations.py; these are the same harness, smaller.
"""
from __future__ import annotations

import threading

import pytest

from benchmarks.stations import build_day, run_load
from tests.pg_cluster import PgCluster, server_bin
from whs_app.actor import Actor
from whs_app.clock import ManualClock
from whs_app.model import OrderState
from whs_app.packing import Event, PackingSession
from whs_app.store import Store

pytestmark = pytest.mark.skipif(server_bin() is None, reason="no PostgreSQL server binaries (apt-get install postgresql)")


@pytest.fixture
def cluster():
    server = PgCluster(durable=True)
    try:
        server.start()
        yield server
    finally:
        server.remove()


@pytest.fixture
def url(cluster) -> str:
    return cluster.create_database("warehouse")


def ready_day(url: str, orders: int = 60) -> list[str]:
    """The numbers of the day's ready parcels (merge groups by their leader)."""
    with Store.open(url) as store:
        build_day(store, orders)
        return [o.order_no for o in store.orders.in_states([OrderState.READY]) if o.merge_leader_id is None]


def test_six_stations_through_a_server_crash_pack_every_order_once(cluster, url):
    with Store.open(url) as store:
        build_day(store, 600)
    crashes = []

    def crash_once(share_packed: float) -> None:
        if not crashes and share_packed >= 0.3:
            cluster.stop("immediate")
            cluster.start()
            crashes.append(share_packed)

    result = run_load(url, 6, during=crash_once)

    assert crashes and result.not_saved > 0          # the stations felt it ...
    assert (result.double_packs, result.reused_waybills, result.lost_jobs, result.lost_packs) == (0, 0, 0, 0)
    assert result.left_unpacked == 0 and result.errors == []   # ... and finished the pool


def test_several_processes_on_one_sqlite_file_pack_every_order_once(tmp_path):
    path = str(tmp_path / "day.db")
    with Store.open(path) as store:
        build_day(store, 300)
    result = run_load(path, 4)
    assert (result.double_packs, result.reused_waybills, result.lost_jobs, result.left_unpacked) == (0, 0, 0, 0)


def test_two_stations_scanning_the_same_orders_at_once_never_both_open_one(url):
    clock = ManualClock("2026-11-11 08:00:00")
    numbers = ready_day(url)
    assert len(numbers) > 40
    opened: dict[str, list[str]] = {}
    start = threading.Barrier(2)

    def station(name: str) -> None:
        with Store.open(url, create=False) as store:
            session = PackingSession(store, clock, Actor(name, f"packer-{name}"))
            start.wait()
            for number in numbers:
                result = session.scan(number)
                if result.ok:
                    opened.setdefault(number, []).append(name)
                    session.current = None    # the box stays open on the bench; the packer takes the next order
                else:
                    assert "正在" in result.message or "being packed" in result.message, result.message

    threads = [threading.Thread(target=station, args=(name,)) for name in ("P01", "P02")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(opened) == sorted(numbers) and all(len(names) == 1 for names in opened.values())


def test_stations_drawing_waybills_at_once_never_share_a_number(url):
    ready_day(url, 250)    # pools of twice the orders: 500 numbers per carrier
    drawn: list[str] = []
    start = threading.Barrier(4)

    def station() -> None:
        with Store.open(url, create=False) as store:
            carrier = store.carriers.all()[0].id
            start.wait()
            for _ in range(100):
                with store.transaction():
                    drawn.append(store.waybills.draw(carrier, "2026-11-11 08:00:00", None))

    threads = [threading.Thread(target=station) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert None not in drawn and len(drawn) == len(set(drawn)) == 400


def test_a_station_that_loses_the_server_says_so_and_resumes_its_parcel(cluster, url):
    clock = ManualClock("2026-11-11 08:00:00")
    ready_day(url)
    store = Store.open(url, create=False)
    try:
        session = PackingSession(store, clock, Actor("P01", "packer1"))
        order = max((o for o in store.orders.in_states([OrderState.READY]) if o.merge_leader_id is None),
                    key=lambda o: o.units)
        assert session.scan(order.order_no).ok and session.current.wanted_total >= 2
        code = next(iter(session.current.barcodes))
        cluster.stop("immediate")

        lost = session.scan(code)
        assert not lost.ok and "NOT SAVED" in lost.message and "未保存" in lost.message

        cluster.start()
        counted = session.scan(code)
        assert counted.ok and counted.event == Event.COUNTED and counted.counted == 1   # the lost scan, again
        while session.current is not None:
            parcel = session.current
            unit = next(c for c, sku in parcel.barcodes.items() if parcel.remaining(sku) > 0)
            result = session.scan(unit)
            assert result.ok, result.message
        assert store.orders.get(order.id).state == OrderState.PACKED
        assert store.scalar("SELECT COUNT(*) FROM parcels WHERE order_id = ? AND state = 'complete'", (order.id,)) == 1
    finally:
        store.close()
