"""A whole scripted drill on a shadow database: isolation, drill pools and marks, faults, figures, report."""
from __future__ import annotations

import csv
import io
import math

import pytest

import labels
from whs_app.clock import ManualClock, parse_time
from whs_app.drill import service
from whs_app.drill.faults import Fault, make_cue, parse_script
from whs_app.drill.floor import Crew
from whs_app.drill.forecast import _finish_h
from whs_app.drill.report import rows, write_csv, write_pdf
from whs_app.drill.run import RunOptions
from whs_app.printing.render import job_document
from whs_app.store import Store
from whs_app.store.drill import LiveSource
from tests.drill_fixtures import BOSS, LIVE_ORDERS, digest, make_live, pdf_text

SCRIPT = """
# every fault once, on the drill's day
09:40 printer_paper_out V01 fix=6
10:00 printer_offline V02-LBL fix=4
11:00 station_crash V03 restart=90
12:00 scanner_garbage V02 minutes=5
13:00 exception_burst count=6
16:30 carrier_capacity_cut ZTO
18:00 carrier_outage YTO minutes=60
"""


@pytest.fixture(scope="module")
def drill(tmp_path_factory):
    """One whole drill: new, a fault requested from 'another process', a scripted run with the
    script's faults, status, report, stop. The live database is hashed before and after."""
    folder = tmp_path_factory.mktemp("drill")
    live = make_live(folder)
    before = digest(live)
    clock = ManualClock("2026-11-02 09:00:00")
    path, info = service.new_drill(live, clock, BOSS, "rehearsal", "before the big day", orders=160, seed=7)
    service.request_fault(path, BOSS, make_cue("exception-burst", knobs={"count": "3"}))
    cues = parse_script(SCRIPT, parse_time(f"{info.day} 00:00:00"))
    outcome = service.start_drill(live, path, RunOptions(crew=Crew(packers=3, pickers=2, error_rate=0.1),
                                                         printers="queue", cues=tuple(cues)))
    result = service.drill_result(path)
    pdf = write_pdf(folder / "report.pdf", result)
    csv_file = write_csv(folder / "report.csv", result)
    service.stop_drill(live, path)
    return {"live": live, "before": before, "after": digest(live), "path": path, "info": info, "outcome": outcome,
            "result": result, "pdf": pdf, "csv": csv_file, "folder": folder}


def test_a_whole_drill_leaves_the_live_database_byte_for_byte_untouched(drill):
    assert drill["before"] == drill["after"]
    with LiveSource(drill["live"]) as live:
        assert live.daily_orders() == [LIVE_ORDERS]


def test_the_drill_database_is_master_data_and_drill_pools_only(tmp_path):
    live = make_live(tmp_path)
    path, _ = service.new_drill(live, ManualClock("2026-11-02 09:00:00"), BOSS, "fresh", orders=10)
    with Store.open(live) as real, Store.open(path) as shadow:
        assert shadow.orders.count() == 0 and real.orders.count() == LIVE_ORDERS
        assert shadow.scalar("SELECT COUNT(*) FROM parcels") == 0
        assert [row["action"] for row in shadow.all("SELECT action FROM audit_events")] == ["drill.new"]
        assert len(shadow.skus.all()) == len(real.skus.all()) == 300
        assert shadow.scalar("SELECT COUNT(*) FROM waybill_ranges WHERE is_drill = 0") == 0
        assert shadow.scalar("SELECT COUNT(*) FROM waybill_ranges") == 5
        assert shadow.scalar("SELECT SUM(reserved) FROM stock") == 0 < real.scalar("SELECT SUM(reserved) FROM stock")
        assert [s["code"] for s in shadow.people.stations()] == [s["code"] for s in real.people.stations()]
        assert shadow.people.check_pin("super", "1111")
        assert shadow.settings.is_drill() and not real.settings.is_drill()
        assert shadow.settings.get("drill")["description"] == ""


def test_the_scripted_day_is_worked_through_the_real_services(drill):
    figures = drill["result"].figures
    assert drill["outcome"].reason == "done"
    assert figures.arrived == 160 + 6 + 3
    assert figures.packed >= 0.85 * 160 and figures.finished_at is not None
    assert {p.login for p in figures.packers} == {"vpack01", "vpack02", "vpack03"}
    assert all(22 <= p.rate_h <= 45 for p in figures.packers), figures.packers
    assert sum(p.wrong_scans for p in figures.packers) > 0
    assert figures.bottleneck in ("pick", "pack")
    with Store.open(drill["path"]) as store:
        assert store.scalar("SELECT COUNT(*) FROM orders WHERE state = 'packed'") == figures.packed
        assert store.scalar("SELECT COUNT(*) FROM waybills w JOIN waybill_ranges r ON r.id = w.range_id"
                            " WHERE r.is_drill = 0") == 0
        assert store.scalar("SELECT COUNT(*) FROM print_jobs WHERE drill = 0") == 0
        assert store.scalar("SELECT COUNT(*) FROM print_jobs WHERE kind = 'label' AND state = 'confirmed'") \
            == figures.packed


def test_every_fault_is_logged_with_its_time_and_its_recovery(drill):
    faults = drill["result"].figures.faults
    assert {f.fault for f in faults} == {fault.value for fault in Fault}
    assert all(f.recovered_at is not None and f.recovery_min >= 0 for f in faults), faults
    paper = next(f for f in faults if f.fault == "printer_paper_out")
    assert paper.at == f"{drill['info'].day} 09:40:00" and 6 <= paper.recovery_min < 10
    requested = [f for f in faults if f.fault == "exception_burst"]
    assert len(requested) == 2 and requested[0].at.endswith("00:00:00")   # the request, taken at the start
    with Store.open(drill["path"]) as store:
        crash = next(e for e in store.drill.events("fault") if e["name"] == "station_crash")
        order = store.orders.find(crash["detail"]["order_no"])[0]
        assert order.state == "packed"
        assert [p["state"] for p in store.parcels.for_order(order.id)] == ["complete"]   # resumed, not redone
        assert store.carriers.by_code("YTO").active


def test_drill_labels_and_slips_carry_the_drill_mark_and_live_ones_do_not(drill, tmp_path):
    with Store.open(drill["path"]) as store:
        jobs = {job["kind"]: job for job in store.print_jobs.listing(limit=10)}
        for kind in ("label", "slip"):
            text = pdf_text(labels.render(job_document(store, jobs[kind], parse_time("2026-11-02 10:00:00")), "pdf"))
            assert "演练" in text and "DRILL" in text, kind


def test_the_report_pdf_and_csv_hold_the_figures_and_the_forecast(drill):
    result = drill["result"]
    text = pdf_text(drill["pdf"].read_bytes())
    for words in ("Drill report: rehearsal", "vpack01", "Printer out of paper", "Forecast of the real day",
                  "bottleneck", "label rolls"):
        assert words in text, words
    table = list(csv.DictReader(io.StringIO(drill["csv"].read_text(encoding="utf-8-sig"))))
    assert {(r["section"], r["metric"]) for r in table} >= {("packer", "rate"), ("packer", "error_rate"),
                                                             ("stage", "capacity"), ("fault", "recovery"),
                                                             ("summary", "stage"), ("forecast", "packers_72h")}
    assert len(table) == len(rows(result))


def test_the_forecast_sizes_people_and_consumables_from_the_measured_rates(drill):
    figures, forecast = drill["result"].figures, drill["result"].forecast
    assert forecast.volume == round(LIVE_ORDERS * 3 * 0.8)
    daily = forecast.packer_rate_h * 16
    assert forecast.packers_one_day == math.ceil(forecast.volume / daily)
    assert forecast.packers_72h == math.ceil(forecast.volume / (daily * 3))
    assert forecast.label_rolls == math.ceil(forecast.labels * 1.15 / 500)
    assert forecast.printers >= 1 and forecast.within_limit and forecast.finish_h < 72
    assert figures.parcels_per_order == 1.0
    assert _finish_h(20, 8, 24) == 24 + 8 + 4 and _finish_h(10, 8, 24) == 18


def test_the_measured_rates_are_the_simulation_s_rates(drill):
    rates = service.drill_rates(drill["path"])
    rates.check()
    assert 70 <= rates.pack_per_order.mean_s <= 120      # the crew packs at Rates' default 95 s an order
    assert (rates.packers, rates.pickers) == (3, 2)
    assert 0 < rates.exception_share < 0.3
    assert abs(sum(c.share for c in rates.carriers) - 1) < 0.01
