from __future__ import annotations

import itertools

import pytest

from whs_app.actor import Actor
from whs_app.clock import ManualClock
from whs_app.store import Store
from tests.factories import make_warehouse


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock("2026-11-11 08:00:00")


def pytest_addoption(parser):
    parser.addoption("--backend", choices=("sqlite", "postgresql"), default="sqlite",
                     help="the store behind the `store` fixture; postgresql runs only the tests that use it, "
                          "on a throwaway server (tests/pg_cluster.py)")


def pytest_collection_modifyitems(config, items):
    """On PostgreSQL: the tests that work through the `store` fixture, without a GUI."""
    if config.getoption("--backend") != "postgresql":
        return
    keep = [item for item in items if "store" in item.fixturenames and not {"qtbot", "qapp"} & set(item.fixturenames)
            and item.get_closest_marker("sqlite_only") is None]
    config.hook.pytest_deselected(items=[item for item in items if item not in keep])
    items[:] = keep


@pytest.fixture(scope="session")
def pg_template():
    """A throwaway server with one migrated database that each test copies (CREATE DATABASE … TEMPLATE)."""
    from tests.pg_cluster import PgCluster, server_bin
    if server_bin() is None:
        pytest.skip("no PostgreSQL server binaries here (Debian: apt-get install postgresql)")
    cluster = PgCluster()
    try:
        cluster.start()
        Store.open(cluster.create_database("whs_template")).close()
        yield cluster
    finally:
        cluster.remove()


_databases = itertools.count(1)


@pytest.fixture
def store(request, tmp_path):
    if request.config.getoption("--backend") == "postgresql":
        cluster = request.getfixturevalue("pg_template")
        name = f"t{next(_databases)}"
        db = Store.open(cluster.create_database(name, template="whs_template"))
        yield db
        db.close()
        cluster.drop_database(name)
        return
    db = Store.open(tmp_path / "whs.db")
    yield db
    db.close()


@pytest.fixture
def warehouse(store, clock):
    return make_warehouse(store, clock)


@pytest.fixture
def actor() -> Actor:
    return Actor(station="P01", user="packer1")


@pytest.fixture
def supervisor() -> Actor:
    return Actor(station="OFFICE", user="boss")
