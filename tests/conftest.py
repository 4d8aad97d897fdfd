from __future__ import annotations

import pytest

from whs_app.actor import Actor
from whs_app.clock import ManualClock
from whs_app.store import Store
from tests.factories import make_warehouse


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock("2026-11-11 08:00:00")


@pytest.fixture
def store(tmp_path):
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
