"""The fast-forward simulation (whs_app/simulation): determinism, what-ifs, queueing sanity, the CLI."""
from __future__ import annotations

import json
import math
import random
from dataclasses import replace

import pytest
from click.testing import CliRunner

from whs_app.cli import cli
from whs_app.simulation import (CarrierRates, DayPlan, PrinterRates, Rates, RatesError, ServiceTime, WhatIf,
                                simulate)

ZERO = ServiceTime(0.0, 0.0)
#: Pickups every hour with room for anything: handover never holds a parcel for long.
HOURLY = (CarrierRates("X", 1.0, tuple((float(hour), 10 ** 6) for hour in range(24))),)
#: A small day where packing is the bottleneck: 2,000 orders, 3 packers.
SMALL = DayPlan(volume=2000)
PACK_BOUND = replace(Rates(), packers=3, pickers=4, printers=4, exception_handlers=1)


def run(plan: DayPlan = SMALL, rates: Rates = PACK_BOUND, seed: int = 1, **what_if):
    return simulate(plan, rates, random.Random(seed), WhatIf(**what_if))


def test_the_same_seed_gives_the_same_day_and_another_seed_another():
    first, again, other = run(seed=5), run(seed=5), run(seed=6)
    assert first.as_dict() == again.as_dict()
    assert first.as_dict() != other.as_dict()


def test_every_order_is_shipped_or_cancelled_and_the_stages_add_up():
    result = run()
    assert result.shipped + result.cancelled == SMALL.volume and result.unshipped == 0
    assert 0 < result.cancelled < 0.05 * SMALL.volume          # refund requests among the exceptions
    assert sum(c.shipped for c in result.carriers) == result.shipped
    assert sum(result.hourly["arrived"]) == SMALL.volume
    assert result.last_arrival_h <= 24 <= result.last_packed_h <= result.finish_h
    assert result.printers.labels >= result.shipped


def test_packing_is_the_bottleneck_and_more_packers_never_finish_later():
    results = [run(packers=extra) for extra in (0, 1, 2, 4, 8)]
    assert results[0].bottleneck == "pack"
    assert results[0].stage("pack").utilisation > 0.7
    packed = [r.last_packed_h for r in results]
    finish = [r.finish_h for r in results]
    assert packed == sorted(packed, reverse=True) and packed[-1] < packed[0]
    assert finish == sorted(finish, reverse=True)         # the last pickup comes at a fixed hour


def test_a_capped_carrier_holds_its_parcels_back():
    rates = replace(Rates(), packers=10, pickers=10)
    free, capped = run(rates=rates), run(rates=rates, carrier_caps=(("ZTO", 150),))
    zto_free = next(c for c in free.carriers if c.code == "ZTO")
    zto_capped = next(c for c in capped.carriers if c.code == "ZTO")
    assert zto_capped.parcels == zto_free.parcels                  # the cap comes after the assignment
    assert zto_capped.last_pickup_h > zto_free.last_pickup_h + 24
    assert capped.finish_h > free.finish_h + 24
    assert capped.bottleneck == "handover ZTO"
    assert all(p.taken <= 150 for p in zto_capped.pickups)
    assert "ZTO" in capped.what_if


def test_a_carrier_out_for_the_day_ships_nothing_and_the_others_carry_its_share():
    result = run(rates=replace(Rates(), packers=10, pickers=10), carriers_out=("ZTO",))
    zto = next(c for c in result.carriers if c.code == "ZTO")
    assert zto.parcels == 0 and result.unshipped == 0


def test_one_printer_fewer_than_packers_makes_packers_wait_for_labels():
    rates = replace(PACK_BOUND, printers=3,
                    printer=PrinterRates(print_per_label=ServiceTime(90.0, 0.2), fault_mtbf_h=1e9,
                                         labels_per_roll=10 ** 9))
    enough, short = run(rates=rates), run(rates=rates, printers=-1)
    assert short.printers.printers == 2
    assert short.stage("print").mean_hours > enough.stage("print").mean_hours
    assert short.last_packed_h > enough.last_packed_h


def test_printer_faults_fail_over_and_every_label_still_prints():
    rates = replace(PACK_BOUND, printers=3, printer=PrinterRates(
        print_per_label=ServiceTime(20.0, 0.2), fault_mtbf_h=0.5, fault_repair=ServiceTime(600.0, 0.5)))
    result = run(rates=rates)
    assert result.printers.faults > 10 and result.printers.failovers > 0
    assert result.shipped + result.cancelled == SMALL.volume


def test_a_day_with_ample_capacity_finishes_shortly_after_the_last_order():
    rates = replace(Rates(), packers=60, pickers=60, printers=60, exception_share=0.0, work_hours=(0.0, 24.0),
                    sync_interval_s=300.0, wave_interval_s=600.0, carriers=HOURLY)
    result = run(plan=DayPlan(volume=3000), rates=rates)
    assert result.unshipped == 0 and result.within_limit
    assert result.finish_h - result.last_arrival_h < 1.5
    assert max(s.utilisation for s in result.stages if s.stage in ("pick", "pack")) < 0.3


def _erlang_c_response(arrival_rate: float, service_s: float, servers: int) -> float:
    """Mean time in an M/M/c system (waiting plus service)."""
    load = arrival_rate * service_s
    below = sum(load ** k / math.factorial(k) for k in range(servers))
    top = load ** servers / math.factorial(servers) / (1 - load / servers)
    waits = top / (below + top)
    return waits / (servers / service_s - arrival_rate) + service_s


def test_packing_alone_behaves_like_an_m_m_c_queue():
    """Poisson arrivals (uniform over the day), exponential packing, c packers, everything else
    instant: the mean time at the pack stage matches Erlang C (Little's law: W = L / λ)."""
    volume, packers, busy = 6000, 3, 0.7
    arrival_rate = volume / 86_400
    service_s = busy * packers / arrival_rate
    rates = replace(Rates(), sync_interval_s=0.1, wave_interval_s=0.1, review_per_order=ZERO, exception_share=0.0,
                    cutoff_h=24.0, max_wave_orders=1, pick_per_list=ZERO, pick_per_line=ZERO, pick_per_extra_unit=ZERO,
                    pack_per_order=ServiceTime(service_s, 1.0), pack_per_extra_unit=ZERO, label_confirm=ZERO,
                    packers=packers, pickers=8, printers=packers, work_hours=(0.0, 24.0), carriers=HOURLY,
                    printer=PrinterRates(print_per_label=ZERO, fault_mtbf_h=1e9, labels_per_roll=10 ** 9))
    plan = DayPlan(volume=volume, waves=((0.0, 24.0, 1.0),))
    measured = [run(plan, rates, seed).stage("pack").mean_hours * 3600 for seed in range(3)]
    expected = _erlang_c_response(arrival_rate, service_s, packers)
    assert sum(measured) / len(measured) == pytest.approx(expected, rel=0.08)


def test_rates_from_a_partial_dict_keep_the_other_defaults_and_refuse_unknown_fields():
    rates = Rates.from_dict({"packers": 30, "pack_per_order": {"mean_s": 100},
                             "carriers": [{"code": "SF", "share": 1, "pickups": [[18, 5000]]}]})
    assert rates.packers == 30 and rates.pack_per_order == ServiceTime(100, Rates().pack_per_order.cv)
    assert rates.carriers == (CarrierRates("SF", 1.0, ((18.0, 5000),)),) and rates.pickers == Rates().pickers
    assert Rates.from_dict(json.loads(json.dumps(Rates().as_dict()))) == Rates()
    with pytest.raises(RatesError, match="packrs"):
        Rates.from_dict({"packrs": 3})
    with pytest.raises(RatesError, match="packers"):
        Rates.from_dict({"packers": 0})
    with pytest.raises(RatesError, match="XX"):
        WhatIf(carrier_caps=(("XX", 10),)).apply(Rates())


def test_cli_forecasts_a_day_in_chinese_and_english():
    result = CliRunner().invoke(cli, ["simulate", "--volume", "1500", "--packers", "3", "--pickers", "6"])
    assert result.exit_code == 0, result.output
    assert "最后一单交接 last parcel handed over" in result.output
    assert "瓶颈 bottleneck: 打包 pack" in result.output
    assert "打印机 printers" in result.output and "ZTO" in result.output


def test_cli_json_with_a_what_if_and_a_rates_file(tmp_path):
    rates_file = tmp_path / "rates.json"
    shown = CliRunner().invoke(cli, ["--json", "simulate", "--show-rates", "--packers", "4"])
    assert shown.exit_code == 0, shown.output
    rates_file.write_text(shown.output, encoding="utf-8")
    args = ["--json", "simulate", "--volume", "1500", "--rates", str(rates_file), "--cap", "ZTO=100", "--seed", "3"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data) == {"seed", "forecast", "baseline"} and data["seed"] == 3
    forecast, baseline = data["forecast"], data["baseline"]
    assert forecast["volume"] == 1500 and "ZTO" in forecast["what_if"]
    assert forecast["finish_h"] > baseline["finish_h"]
    assert {"finish_h", "within_limit", "bottleneck", "stages", "backlog", "hourly", "carriers", "printers"} <= set(forecast)
    again = CliRunner().invoke(cli, args)
    assert again.output == result.output


def test_cli_refuses_bad_rates_clearly(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"packers": 2, "speed": 9}', encoding="utf-8")
    result = CliRunner().invoke(cli, ["simulate", "--rates", str(bad)])
    assert result.exit_code == 2
    assert "speed" in result.output and "cannot simulate" in result.output
    capped = CliRunner().invoke(cli, ["simulate", "--cap", "ZTO"])
    assert capped.exit_code == 2 and "CODE=PARCELS" in capped.output
