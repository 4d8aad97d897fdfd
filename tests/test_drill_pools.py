"""Drill pools and drill marks on the packing path: a drill database draws drill numbers only and
marks what it prints; a live database never draws a drill number (invariant 2)."""
from __future__ import annotations

import labels
import pytest

from whs_app.actor import Actor
from whs_app.drill.info import DrillError, load_info
from whs_app.packing import Event, PackingSession
from whs_app.printing.render import job_document
from whs_app.status import warehouse_status
from tests.drill_fixtures import pdf_text
from tests.pack_fixtures import ready_order

SOCKS = "6901234567005"


def _pack(store, clock, warehouse, order_no: str) -> str:
    ready_order(store, warehouse, order_no, {"SOCKS-5P": 1})
    session = PackingSession(store, clock, Actor("P01", "packer1"))
    assert session.scan(order_no).ok
    result = session.scan(SOCKS)
    assert result.event == Event.ORDER_PACKED, result
    return result.waybill_no


def test_a_live_database_draws_only_real_numbers_and_prints_no_drill_mark(store, clock, warehouse):
    waybill = _pack(store, clock, warehouse, "L-1")
    assert waybill.startswith("ZT") and not waybill.startswith("DR")
    jobs = store.print_jobs.listing()
    assert [job["drill"] for job in jobs] == [0, 0]
    assert store.waybills.balance(warehouse.carrier_ids["ZTO"]) == 999
    assert store.waybills.balance(warehouse.carrier_ids["ZTO"], drill=True) == 1000
    for job in jobs:
        assert "DRILL" not in pdf_text(labels.render(job_document(store, job, clock.now()), "pdf"))


def test_a_drill_database_draws_drill_numbers_and_marks_label_and_slip(store, clock, warehouse):
    store.settings.set("drill", {"name": "演练一"})
    waybill = _pack(store, clock, warehouse, "D-1")
    assert waybill.startswith("DRZT")
    assert store.waybills.balance(warehouse.carrier_ids["ZTO"]) == 999        # this database's pools: drill ones
    assert store.waybills.balance(warehouse.carrier_ids["ZTO"], drill=False) == 1000
    assert warehouse_status(store).waybill_balance["ZTO"] == 999
    jobs = store.print_jobs.listing()
    assert {job["kind"] for job in jobs} == {"label", "slip"} and all(job["drill"] for job in jobs)
    for job in jobs:
        document = job_document(store, job, clock.now())
        assert document.drill
        text = pdf_text(labels.render(document, "pdf"))
        assert "演练" in text and "DRILL" in text


def test_a_drill_without_drill_pools_refuses_to_pack_rather_than_use_a_real_number(store, clock, warehouse):
    store.execute("DELETE FROM waybill_ranges WHERE is_drill = 1")
    store.settings.set("drill", True)
    ready_order(store, warehouse, "D-2", {"SOCKS-5P": 1})
    result = PackingSession(store, clock, Actor("P01", "packer1")).scan("D-2")
    assert not result.ok and "面单号已用完" in result.message
    assert store.scalar("SELECT COUNT(*) FROM waybills") == 0


@pytest.mark.parametrize("value", ["", "false", "否", 0, None])
def test_a_database_without_a_drill_setting_is_not_a_drill(store, value):
    if value is not None:
        store.settings.set("drill", value)
    assert not store.settings.is_drill()
    with pytest.raises(DrillError, match="not a drill database"):
        load_info(store)
