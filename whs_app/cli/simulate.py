"""`whs simulate`: fast-forward a whole peak day (发货预测) from measured or assumed rates, with what-ifs."""
from __future__ import annotations

import json
import random
from dataclasses import replace
from pathlib import Path

import click

from whs_app.cli.context import EXIT_REFUSED_INPUT, CliContext, pass_cli
from whs_app.simulation import DayPlan, Rates, RatesError, WhatIf, simulate as run_simulation
from whs_app.simulation.text import stage_name
from whs_app.store import StoreError


@click.command("simulate")
@click.option("--volume", type=click.IntRange(min=0), help="Orders of the day (default 24000).")
@click.option("--normal-daily", type=click.IntRange(min=0),
              help="Or: a normal day's orders; the peak day is × 3 × 0.8.")
@click.option("--rates", "rates_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Rates JSON (any subset of the fields --show-rates prints); the rest are the defaults.")
@click.option("--from-drill", "drill_db", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Rates measured by a drill (its database); --rates and the defaults fill what it did not measure.")
@click.option("--packers", type=click.IntRange(min=1), help="Packers at work (打包员).")
@click.option("--pickers", type=click.IntRange(min=1), help="Pickers at work (拣货员).")
@click.option("--printers", type=click.IntRange(min=1), help="Label printers (打印机).")
@click.option("--work-hours", help="Hours of each day the floor works, START-END (default 8-24).")
@click.option("--limit-hours", type=click.FloatRange(min=0, min_open=True), default=72.0, show_default=True,
              help="Everything ships within this many hours of the day's start.")
@click.option("--add-packers", type=int, default=0, help="What if: this many packers more (negative: fewer).")
@click.option("--add-pickers", type=int, default=0, help="What if: this many pickers more (negative: fewer).")
@click.option("--add-printers", type=int, default=0, help="What if: this many printers more (-1: one printer fewer).")
@click.option("--cap", "caps", multiple=True, metavar="CODE=PARCELS",
              help="What if: carrier CODE takes at most PARCELS a day (爆仓); repeat.")
@click.option("--out", "outs", multiple=True, metavar="CODE",
              help="What if: carrier CODE is out for the day; its share goes to the others; repeat.")
@click.option("--seed", type=int, default=1, show_default=True, help="Random seed: the same seed, the same day.")
@click.option("--show-rates", is_flag=True, help="Print the rates used (as JSON a --rates file can hold) and stop.")
@pass_cli
def simulate(cli: CliContext, volume: int | None, normal_daily: int | None, rates_file: Path | None,
             drill_db: Path | None, packers: int | None, pickers: int | None, printers: int | None, work_hours: str | None,
             limit_hours: float, add_packers: int, add_pickers: int, add_printers: int, caps: tuple[str, ...],
             outs: tuple[str, ...], seed: int, show_rates: bool) -> None:
    """Forecast a peak day (发货预测): when the last parcel leaves against the 72-hour limit, the
    bottleneck, each stage's load and backlog, printers and carriers.

    With a what-if (--add-*, --cap, --out) the same day is also run without it, for comparison.
    """
    try:
        rates = _rates(rates_file, drill_db, packers, pickers, printers, work_hours)
        if show_rates:
            return cli.emit(json.dumps(rates.as_dict(), ensure_ascii=False, indent=1), rates.as_dict())
        plan = _plan(volume, normal_daily, limit_hours)
        what_if = WhatIf(add_packers, add_pickers, add_printers, tuple(_cap(text) for text in caps),
                         tuple(code.upper() for code in outs))
        result = run_simulation(plan, rates, random.Random(seed), what_if)
        baseline = run_simulation(plan, rates, random.Random(seed)) if what_if != WhatIf() else None
    except RatesError as exc:
        click.echo(f"无法模拟 cannot simulate: {exc}", err=True)
        raise SystemExit(EXIT_REFUSED_INPUT) from None
    text = result.as_text()
    if baseline is not None:
        text += "\n" + _comparison(baseline.finish_h, result.finish_h, baseline.bottleneck)
    cli.emit(text, {"seed": seed, "forecast": result.as_dict(),
                    "baseline": None if baseline is None else baseline.as_dict()})


def _rates(rates_file: Path | None, drill_db: Path | None, packers: int | None, pickers: int | None,
           printers: int | None, work_hours: str | None) -> Rates:
    data = {}
    if rates_file is not None:
        try:
            data = json.loads(rates_file.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise RatesError(f"{rates_file}: not a readable JSON file ({exc})") from exc
    rates = Rates.from_dict(data)
    if drill_db is not None:
        rates = _drill_rates(drill_db, rates)
    people = {name: value for name, value in (("packers", packers), ("pickers", pickers), ("printers", printers))
              if value is not None}
    if work_hours:
        people["work_hours"] = _hours(work_hours)
    rates = replace(rates, **people)
    rates.check()
    return rates


def _drill_rates(drill_db: Path, base: Rates) -> Rates:
    from whs_app.drill.info import DrillError
    from whs_app.drill.service import drill_rates
    try:
        return drill_rates(drill_db, base)
    except (DrillError, StoreError) as exc:
        raise RatesError(f"--from-drill {drill_db}: {exc}") from exc


def _hours(text: str) -> tuple[float, float]:
    try:
        start, end = (float(part) for part in text.split("-"))
    except ValueError:
        raise RatesError(f"--work-hours {text!r}: expected START-END in hours, e.g. 8-24") from None
    return start, end


def _plan(volume: int | None, normal_daily: int | None, limit_hours: float) -> DayPlan:
    if volume is not None and normal_daily is not None:
        raise RatesError("give --volume or --normal-daily, not both")
    if normal_daily is not None:
        return DayPlan.from_normal_volume(normal_daily, limit_h=limit_hours)
    return DayPlan(limit_h=limit_hours) if volume is None else DayPlan(volume=volume, limit_h=limit_hours)


def _cap(text: str) -> tuple[str, int]:
    code, _, parcels = text.partition("=")
    if not code or not parcels.isdigit():
        raise RatesError(f"--cap {text!r}: expected CODE=PARCELS, e.g. ZTO=3000")
    return code.strip().upper(), int(parcels)


def _comparison(before: float | None, after: float | None, bottleneck: str) -> str:
    def shown(hours: float | None) -> str:
        return "未发完 not finished" if hours is None else f"+{hours:.1f} h"
    return (f"对比 compared with no what-if: 最后交接 last parcel {shown(before)} → {shown(after)}; "
            f"原瓶颈 bottleneck was {stage_name(bottleneck)}")


COMMANDS = [simulate]
