"""The simulation against a scripted drill: the simulate_vs_drill_finish_error path, and rates from a drill DB."""
from __future__ import annotations

import json
import math
import random

from click.testing import CliRunner

from benchmarks.drill_check import DrillCheck, drill_vs_simulation
from whs_app.cli import cli
from whs_app.clock import ManualClock
from whs_app.demo import seed_master_data
from whs_app.drill import service
from whs_app.drill.floor import Crew
from whs_app.drill.run import RunOptions
from whs_app.store import Store
from tests.drill_fixtures import BOSS


def test_a_scripted_drill_and_its_forecast_are_compared_on_the_same_finish():
    check = drill_vs_simulation(orders=40, crew=Crew(packers=1, pickers=1, exception_handlers=1))
    assert 0 < check.drill_finish_h < 72 and 0 < check.forecast_finish_h < 240
    assert math.isfinite(check.error) and check.error < 1.0
    assert DrillCheck(10.0, 12.0).error == 0.2


def test_whs_simulate_takes_the_rates_a_drill_measured(tmp_path):
    live = tmp_path / "whs.db"
    with Store.open(live) as store:
        seed_master_data(store, ManualClock("2026-11-01 09:00:00"), random.Random(3), pool=500)
    path, _ = service.new_drill(live, ManualClock("2026-11-02 09:00:00"), BOSS, "t", orders=30, seed=7)
    service.start_drill(live, path, RunOptions(crew=Crew(packers=2, pickers=1), printers="queue"))
    result = CliRunner().invoke(cli, ["--json", "simulate", "--volume", "500", "--from-drill", str(path),
                                      "--show-rates"])
    assert result.exit_code == 0, result.output
    rates = json.loads(result.output)
    assert rates["packers"] == 2 and rates["pickers"] == 1
    assert rates["pack_per_order"] != {"mean_s": 95.0, "cv": 0.3}      # measured, not the default
    refused = CliRunner().invoke(cli, ["simulate", "--from-drill", str(live)])
    assert refused.exit_code == 2 and "not a drill database" in refused.output
