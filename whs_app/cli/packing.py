"""`whs pack`: feed scans exactly as a scanner would, one event per scan."""
from __future__ import annotations

import sys

import click

from whs_app.actor import Actor
from whs_app.cli.context import EXIT_REFUSED_SCAN, CliContext, pass_cli
from whs_app.packing import PackingSession, ScanResult


@click.command()
@click.option("--station", "station", required=True, help="Pack station code, e.g. P01.")
@click.option("--scan", "scans", multiple=True, help="A scanned code; repeat in scan order.")
@click.option("--stdin", "from_stdin", is_flag=True, help="Also read scans from standard input, one per line.")
@pass_cli
def pack(cli: CliContext, station: str, scans: tuple[str, ...], from_stdin: bool) -> None:
    """Pack at a station (验货打包): open with an order, slot or waybill; scan every item.

    Exits 0 when every scan was accepted, 3 when one was refused.
    """
    store = cli.store()
    if store.people.station(station) is None:
        raise click.BadParameter(f"未知打包台 unknown station {station!r}", param_hint="--station")
    session = PackingSession(store, cli.clock, Actor(station, cli.actor.user))
    resumed = session.resumed()
    if resumed:
        _show(cli, resumed)
    codes = list(scans) + ([line.strip() for line in sys.stdin if line.strip()] if from_stdin else [])
    refused = 0
    for code in codes:
        result = session.scan(code)
        _show(cli, result)
        refused += not result.ok
    if refused:
        raise SystemExit(EXIT_REFUSED_SCAN)


def _show(cli: CliContext, result: ScanResult) -> None:
    mark = "✓" if result.ok else "✗ 拒绝 REFUSED"
    progress = f" [{result.counted}/{result.total}]" if result.total else ""
    cli.emit(f"{mark} {result.message}{progress}", result.as_dict())


COMMANDS = [pack]
