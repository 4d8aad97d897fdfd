"""`whs label` and `whs slip`: render an order's waybill label or packing slip to a file."""
from __future__ import annotations

from pathlib import Path

import click

import labels
from whs_app.cli.context import CliContext, pass_cli
from whs_app.documents import DocumentError, packing_slip, waybill_label

_FORMAT = click.Choice(labels.FORMATS)


def _write(cli: CliContext, document, fmt: str, size: str | None, out: Path) -> None:
    try:
        path = labels.render_to_file(document, fmt, out, size)
    except (ValueError, labels.FontNotFoundError) as exc:
        raise click.ClickException(str(exc)) from exc
    cli.emit(f"已生成 written: {path} ({path.stat().st_size} bytes)", {"file": str(path), "bytes": path.stat().st_size})


@click.command()
@click.argument("order_no")
@click.option("--format", "fmt", type=_FORMAT, default="pdf", show_default=True)
@click.option("--size", help="100x150 (default), 76x130 or 100x180.")
@click.option("--box", type=click.IntRange(1), default=1, show_default=True, help="Which box of a multi-parcel order.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), required=True)
@pass_cli
def label(cli: CliContext, order_no: str, fmt: str, size: str | None, box: int, out: Path) -> None:
    """Render an order's waybill label (电子面单)."""
    try:
        document = waybill_label(cli.store(), order_no, box, cli.clock.now())
    except DocumentError as exc:
        raise click.ClickException(str(exc)) from exc
    _write(cli, document, fmt, size, out)


@click.command()
@click.argument("order_no")
@click.option("--format", "fmt", type=_FORMAT, default="pdf", show_default=True)
@click.option("--size", help="80mm (default), 58mm, A5 or A4.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), required=True)
@pass_cli
def slip(cli: CliContext, order_no: str, fmt: str, size: str | None, out: Path) -> None:
    """Render an order's packing slip (销货清单)."""
    try:
        document = packing_slip(cli.store(), order_no, cli.clock.now())
    except DocumentError as exc:
        raise click.ClickException(str(exc)) from exc
    _write(cli, document, fmt, size, out)


COMMANDS = [label, slip]
