"""`whs handover`: scan parcels onto a carrier's pickup batch at loading, list the missing, close (交接)."""
from __future__ import annotations

import sys

import click

from whs_app.cli.context import EXIT_REFUSED_SCAN, CliContext, pass_cli
from whs_app.handover import HandoverError, HandoverSession


def _batch_options(command):
    command = click.option("--batch", help="Pickup batch label (leave out for a carrier without batches).")(command)
    return click.option("--carrier", required=True, help="Carrier code, e.g. ZTO.")(command)


def _session(cli: CliContext, carrier: str, batch: str | None) -> HandoverSession:
    try:
        return HandoverSession(cli.store(), cli.clock, cli.actor, carrier.upper(), batch)
    except HandoverError as exc:
        raise click.ClickException(str(exc)) from exc


@click.group(invoke_without_command=True)
@click.option("--carrier", help="Carrier code, e.g. ZTO.")
@click.option("--batch", help="Pickup batch label (leave out for a carrier without batches).")
@click.option("--scan", "scans", multiple=True, help="A scanned waybill; repeat in scan order.")
@click.option("--stdin", "from_stdin", is_flag=True, help="Also read scans from standard input, one per line.")
@click.pass_context
def handover(ctx: click.Context, carrier: str | None, batch: str | None, scans: tuple[str, ...],
             from_stdin: bool) -> None:
    """Hand parcels over at loading (交接): scan each onto its carrier's pickup batch.

    Exits 0 when every scan was accepted, 3 when one was refused.
    """
    if ctx.invoked_subcommand is not None:
        return
    cli: CliContext = ctx.find_object(CliContext)
    if not carrier:
        raise click.UsageError("give --carrier (and --batch) with --scan or --stdin")
    session = _session(cli, carrier, batch)
    codes = list(scans) + ([line.strip() for line in sys.stdin if line.strip()] if from_stdin else [])
    refused = 0
    for code in codes:
        result = session.scan(code)
        cli.emit(f"{'✓' if result.ok else '✗ 拒绝 REFUSED'} {result.message}", result.as_dict())
        refused += not result.ok
    if refused:
        raise SystemExit(EXIT_REFUSED_SCAN)


@handover.command("missing")
@_batch_options
@pass_cli
def missing(cli: CliContext, carrier: str, batch: str | None) -> None:
    """Parcels packed for the batch but not scanned yet (漏扫): check before the truck leaves."""
    session = _session(cli, carrier, batch)
    rows = session.missing()
    text = [f"  {row['waybill_no']}  订单 {row['order_no']}  [{row['pickup_batch'] or '-'}]" for row in rows]
    text.insert(0, f"{session.title}: 未扫 missing {len(rows)}")
    cli.emit("\n".join(text), {"carrier": session.carrier.code, "batch": session.batch, "missing": rows})


@handover.command("close")
@_batch_options
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False), help="Manifest PDF to write (交接单).")
@click.option("--allow-missing", is_flag=True, help="Close although packed parcels were not scanned (they wait).")
@click.option("--warehouse", default="", help="Warehouse name printed on the manifest.")
@pass_cli
def close(cli: CliContext, carrier: str, batch: str | None, out: str, allow_missing: bool, warehouse: str) -> None:
    """Close the batch's handover: ship the scanned orders and write the manifest PDF.

    Refused (exit 3) while packed parcels of the batch are missing, unless --allow-missing.
    """
    session = _session(cli, carrier, batch)
    try:
        result = session.close(out, allow_missing, warehouse)
    except HandoverError as exc:
        raise click.ClickException(str(exc)) from exc
    if not result.closed:
        cli.emit(f"✗ 拒绝 REFUSED: {len(result.missing)} 个包裹未扫 parcels not scanned: " + " ".join(result.missing)
                 + "\n  扫描它们，或用 --allow-missing 关闭 scan them, or close with --allow-missing", result.as_dict())
        raise SystemExit(EXIT_REFUSED_SCAN)
    cli.emit(f"{session.title} 交接完成 closed: 包裹 {result.parcels}, 发货订单 shipped {len(result.shipped_orders)},"
             f" 交接单 manifest {result.manifest}" + (f"\n  未扫 left behind: {' '.join(result.missing)}"
                                                       if result.missing else ""), result.as_dict())


COMMANDS = [handover]
