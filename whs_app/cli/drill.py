"""`whs drill`: the pre-event shipping rehearsal (发货演练) from the command line.

    whs --db whs.db drill new rehearsal-1 --orders 3000
    whs --db whs.db drill start rehearsal-1 --scripted --packers 6 --faults faults.txt
    whs --db whs.db drill start rehearsal-1 --stations --speed 12      # people at real stations
    whs --db whs.db drill inject printer-paper-out V01 fix=5           # live, into the running drill
    whs --db whs.db drill status
    whs --db whs.db drill stop [--discard]
    whs --db whs.db drill report rehearsal-1 --pdf r.pdf --csv r.csv --rates rates.json
    whs --db whs.db drill compare rehearsal-1 rehearsal-2

`--db` is the live database: it is only ever read. Refused input exits 2 and changes nothing.
"""
from __future__ import annotations

import json
from pathlib import Path

import click

from whs_app.cli.context import CliContext, pass_cli, refusing
from whs_app.clock import parse_time
from whs_app.drill.faults import make_cue, parse_script
from whs_app.drill.floor import Crew
from whs_app.drill.info import DrillError
from whs_app.drill.measure import Figures
from whs_app.drill.printers import KINDS as PRINTER_KINDS
from whs_app.drill.report import (comparison, comparison_text, write_comparison_csv, write_comparison_pdf, write_csv,
                                  write_pdf)
from whs_app.drill.run import RunOptions
from whs_app.drill import service


@click.group(cls=refusing(DrillError))
def drill() -> None:
    """Shipping rehearsal on a shadow database (发货演练); --db is the live database, only read."""


@drill.command("new")
@click.argument("name")
@click.option("--orders", type=click.IntRange(1, 1_000_000), help="Surge volume (default: normal daily × 3 × 0.8).")
@click.option("--day", type=click.DateTime(["%Y-%m-%d"]), help="The simulated day (default today).")
@click.option("--description", default="", help="What this drill rehearses (shown on the banner).")
@click.option("--seed", type=int, default=11, show_default=True, help="Random seed of the surge and the crew.")
@pass_cli
def new(cli: CliContext, name: str, orders: int | None, day, description: str, seed: int) -> None:
    """Make a drill database from the live master data (never live orders)."""
    path, info = service.new_drill(cli.db_path, cli.clock, cli.actor, name, description, orders,
                                   day.date() if day else None, seed)
    cli.emit(f"演练已建好 drill ready: {path} ({info.orders} orders on {info.day})", {"db": str(path), **info.as_dict()})


@drill.command("start")
@click.argument("name", required=False)
@click.option("--scripted/--stations", default=True, help="Virtual packers (default) or people at real stations.")
@click.option("--speed", type=click.FloatRange(min=0.001), help="Simulated seconds per wall second (12: a day in "
              "two hours). Scripted default: as fast as it goes; stations default 12.")
@click.option("--packers", type=click.IntRange(1, 200), default=4, show_default=True)
@click.option("--pickers", type=click.IntRange(1, 200), default=2, show_default=True)
@click.option("--error-rate", type=click.FloatRange(0, 1), default=0.02, show_default=True,
              help="Share of orders where a virtual packer scans a wrong item first.")
@click.option("--printers", type=click.Choice(PRINTER_KINDS), default="emulated", show_default=True,
              help="Virtual benches' printers: emulated (real bytes over TCP) or queue (fast).")
@click.option("--faults", "faults_file", type=click.Path(exists=True, dir_okay=False), help="A fault script.")
@click.option("--limit-h", type=click.FloatRange(min=1), default=72.0, show_default=True)
@pass_cli
def start(cli: CliContext, name: str | None, scripted: bool, speed: float | None, packers: int, pickers: int,
          error_rate: float, printers: str, faults_file: str | None, limit_h: float) -> None:
    """Run the drill: the surge arrives on the drill clock; blocks until the day is worked or stopped."""
    path = service.drill_path(cli.db_path, name)
    info = service.drill_info(path)
    cues = ()
    if faults_file:
        text = Path(faults_file).read_text(encoding="utf-8")
        cues = tuple(parse_script(text, parse_time(f"{info.day} 00:00:00"), faults_file))
    mode = "scripted" if scripted else "stations"
    options = RunOptions(mode, Crew(packers, pickers, error_rate=error_rate), speed or (None if scripted else 12.0),
                         printers, cues, limit_h, progress_every_s=3600.0)

    def progress(figures: Figures) -> None:
        click.echo(f"  {figures.now}  到达 arrived {figures.arrived:>6}  打包 packed {figures.packed:>6}"
                   f"  {figures.orders_per_hour:>5.0f}/h  backlog {sum(figures.backlog.values())}")

    outcome = service.start_drill(cli.db_path, path, options, on_progress=None if cli.as_json else progress)
    cli.emit(f"演练结束 drill ended ({outcome.reason}) at {outcome.ended:%Y-%m-%d %H:%M}: {outcome.orders} orders,"
             f" {outcome.wall_s:.1f} s", outcome.as_dict())


@drill.command("inject")
@click.argument("fault")
@click.argument("words", nargs=-1)
@click.option("--drill", "name", help="Drill name (default: the active drill).")
@pass_cli
def inject(cli: CliContext, fault: str, words: tuple[str, ...], name: str | None) -> None:
    """Inject a fault into the running drill: FAULT [TARGET] [knob=value …] (see `whs drill faults`)."""
    target = next((w for w in words if "=" not in w), "")
    stray = [w for w in words if "=" not in w][1:]
    if stray:
        raise DrillError(f"多余的词 stray words: {' '.join(stray)}")
    cue = make_cue(fault, target, dict(w.split("=", 1) for w in words if "=" in w))
    event_id = service.request_fault(service.drill_path(cli.db_path, name), cli.actor, cue)
    cli.emit(f"已请求 requested: {cue.describe()} (event {event_id})", {"event": event_id, "fault": cue.fault.value,
                                                                       "target": cue.target, "knobs": cue.knobs})


@drill.command("faults")
@pass_cli
def faults(cli: CliContext) -> None:
    """The faults a drill can be given, their targets and knobs."""
    from whs_app.drill import faults as catalogue

    cli.emit("\n\n".join(catalogue.__doc__.split("\n\n")[1:3]), {"faults": [f.value for f in catalogue.Fault]})


@drill.command("status")
@click.argument("name", required=False)
@pass_cli
def status(cli: CliContext, name: str | None) -> None:
    """Live figures: orders/hour against plan, backlog per stage, packers, faults, printers and carriers."""
    figures = service.live_figures(service.drill_path(cli.db_path, name))
    cli.emit(_status_text(figures), figures.as_dict())


def _status_text(f: Figures) -> str:
    hour = min(int(f.hours), 23)
    lines = [f"演练 drill {f.info.name} — {f.now}: 到达 arrived {f.arrived}/{f.info.orders}, 打包 packed {f.packed}",
             f"  每小时 orders/hour {f.orders_per_hour:.0f} (计划 plan this hour {f.plan_per_hour[hour]:.0f}),"
             f" 瓶颈 bottleneck {f.bottleneck or '-'}",
             "  积压 backlog: " + ", ".join(f"{k} {v}" for k, v in f.backlog.items())]
    lines += [f"  {p.login:<10} {p.station:<6} {p.orders:>5} 单  {p.rate_h:>5.1f}/h  错 errors {p.error_rate:.1%}"
              for p in f.packers]
    lines += [f"  故障 {x.label} {x.target} @ {x.at}: " + (f"恢复 recovered in {x.recovery_min} min"
                                                          if x.recovery_min is not None else "未恢复 not yet")
              for x in f.faults]
    lines += [f"  打印 {p['printer']}: {p['printed']}/{p['jobs']} printed, {p['waiting']} waiting" for p in f.printers]
    lines += [f"  快递 {c['carrier']}: {c['parcels']} parcels" + (f" / cap {c['daily_capacity']}"
                                                                  if c["daily_capacity"] else "") for c in f.carriers]
    return "\n".join(lines)


@drill.command("stop")
@click.argument("name", required=False)
@click.option("--discard", is_flag=True, help="Throw the drill database away instead of keeping it as a record.")
@pass_cli
def stop(cli: CliContext, name: str | None, discard: bool) -> None:
    """End the drill at once: the stations return to live mode."""
    path = service.drill_path(cli.db_path, name)
    was_active = service.stop_drill(cli.db_path, path, cli.actor, keep=not discard)
    what = "已删除 discarded" if discard else f"已保留 kept as a record: {path}"
    cli.emit(f"演练已结束 drill stopped{'; stations back to live' if was_active else ''}; {what}",
             {"db": str(path), "stations_released": was_active, "kept": not discard})


@drill.command("report")
@click.argument("name", required=False)
@click.option("--pdf", "pdf", type=click.Path(dir_okay=False), help="PDF report (default: beside the drill).")
@click.option("--csv", "csv_path", type=click.Path(dir_okay=False), help="CSV figures (default: beside the drill).")
@click.option("--rates", "rates_path", type=click.Path(dir_okay=False), help="Also write the measured rates (JSON) "
              "for `whs simulate`.")
@click.option("--volume", type=click.IntRange(1),
              help="Orders of the real day to forecast (default: normal × 3 × 0.8).")
@pass_cli
def report(cli: CliContext, name: str | None, pdf: str | None, csv_path: str | None, rates_path: str | None,
           volume: int | None) -> None:
    """The drill report: PDF with charts and CSV, and the forecast of the real day."""
    path = service.drill_path(cli.db_path, name)
    result = service.drill_result(path, volume)
    pdf_file = write_pdf(pdf or path.with_name(f"{path.stem}-report.pdf"), result)
    csv_file = write_csv(csv_path or path.with_name(f"{path.stem}-report.csv"), result)
    if rates_path:
        rates = service.drill_rates(path)
        Path(rates_path).write_text(json.dumps(rates.as_dict(), ensure_ascii=False, indent=1), encoding="utf-8")
    f = result.figures
    text = "\n".join([f"报告 report: {pdf_file}, {csv_file}" + (f", rates {rates_path}" if rates_path else ""),
                      f"  打包 packed {f.packed}/{f.arrived}, 瓶颈 bottleneck {f.bottleneck or '-'}",
                      result.forecast.as_text()])
    cli.emit(text, {"pdf": str(pdf_file), "csv": str(csv_file), "rates": rates_path,
                    "figures": f.as_dict(), "forecast": result.forecast.as_dict()})


@drill.command("compare")
@click.argument("first")
@click.argument("second")
@click.option("--pdf", "pdf", type=click.Path(dir_okay=False))
@click.option("--csv", "csv_path", type=click.Path(dir_okay=False))
@pass_cli
def compare(cli: CliContext, first: str, second: str, pdf: str | None, csv_path: str | None) -> None:
    """Two drills side by side (before and after a change in staffing or layout)."""
    a = service.drill_result(service.drill_path(cli.db_path, first))
    b = service.drill_result(service.drill_path(cli.db_path, second))
    if pdf:
        write_comparison_pdf(pdf, a, b)
    if csv_path:
        write_comparison_csv(csv_path, a, b)
    cli.emit(comparison_text(a, b), {"drills": [a.name, b.name],
                                     "figures": [{"figure": n, "a": x, "b": y, "change": d}
                                                 for n, x, y, d in comparison(a, b)]})


COMMANDS = [drill]
