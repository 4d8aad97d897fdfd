"""`whs waves …` and `whs pick` (波次, 拣货)."""
from __future__ import annotations

import click

from whs_app.cli.context import CliContext, pass_cli
from whs_app.codes import slot_code
from whs_app.picking import confirm, confirm_all
from whs_app.waves import WaveError, find_wave, plan_waves

STATUSES = click.Choice(["planned", "picking", "picked", "closed"])


@click.group()
def waves() -> None:
    """Waves and their pick lists (波次)."""


@waves.command("plan")
@pass_cli
def plan(cli: CliContext) -> None:
    """Plan waves from ready orders due today (排波次)."""
    result = plan_waves(cli.store(), cli.clock, cli.actor)
    cli.emit(result.as_text(), result.as_dict())


@waves.command("list")
@click.option("--status", type=STATUSES, help="Only waves in this status.")
@click.option("--day", help="Only waves shipping this day (YYYY-MM-DD).")
@pass_cli
def list_waves(cli: CliContext, status: str | None, day: str | None) -> None:
    """Waves with their progress."""
    rows = cli.store().waves.summaries(status, day)
    text = [f"{w['code']}  {w['carrier_code']:<5} {w['pickup_batch'] or '-':<12} {w['kind']:<6} {w['status']:<8}"
            f" 包 {w['parcels']:>4} 件 {w['units']:>5} 库位 {w['confirmed']}/{w['bins']}" for w in rows]
    cli.emit("\n".join(text) or "没有波次 no waves", {"waves": rows})


@waves.command("show")
@click.argument("wave")
@pass_cli
def show(cli: CliContext, wave: str) -> None:
    """A wave's pick list in walking order and its slots with their slot codes."""
    store = cli.store()
    found = _wave(store, wave)
    lines = store.waves.pick_lines(found["id"])
    slots = [{**slot, "slot_code": slot_code(found["id"], slot["pick_slot"])} for slot in store.waves.slots(found["id"])]
    text = [f"{found['code']}  {found['carrier_code']} {found['pickup_batch'] or '-'} {found['kind']} {found['status']}",
            "拣货单 pick list:"]
    text += [f"  {line['seq']:>3}. {line['bin']:<10} {line['sku_code']:<14} {line['sku_name']}  x{line['quantity']}"
             + ("" if line["picked"] is None else f"  已拣 picked {line['picked']}") for line in lines]
    text.append("分拣格 slots:")
    text += [f"  {slot['pick_slot']:>3} {slot['slot_code']}  {slot['order_no']}  件 {slot['units']}"
             + (f"  合单 + {slot['followers']}" if slot["followers"] else "") for slot in slots]
    cli.emit("\n".join(text), {"wave": found, "pick_list": lines, "slots": slots})


@click.command()
@click.argument("wave")
@click.option("--confirm", "confirms", multiple=True, metavar="BIN[=QTY]",
              help="Confirm a bin (or SKU code) in full, or with the quantity found.")
@click.option("--all", "everything", is_flag=True, help="Confirm every remaining bin in full.")
@pass_cli
def pick(cli: CliContext, wave: str, confirms: tuple[str, ...], everything: bool) -> None:
    """Confirm picked bins of a wave (拣货确认); a short quantity sends the unfilled orders to exceptions."""
    if not confirms and not everything:
        raise click.UsageError("give --confirm BIN[=QTY] or --all")
    store = cli.store()
    done = []
    with store.transaction():
        try:
            for item in confirms:
                target, qty = _parse_confirm(item)
                done += confirm(store, cli.clock, cli.actor, wave, target, qty)
            if everything:
                done += confirm_all(store, cli.clock, cli.actor, wave)
        except WaveError as exc:
            raise click.ClickException(str(exc)) from exc
    status = find_wave(store, wave)["status"]
    text = [item.as_text() for item in done] + [f"波次状态 wave status: {status}"]
    cli.emit("\n".join(text), {"confirmed": [item.as_dict() for item in done], "status": status})


def _parse_confirm(item: str) -> tuple[str, int | None]:
    target, sep, qty = item.partition("=")
    if not target.strip():
        raise click.BadParameter(f"{item!r}: expected BIN or BIN=QTY", param_hint="--confirm")
    if not sep:
        return target.strip(), None
    if not qty.strip().isdigit():
        raise click.BadParameter(f"{item!r}: quantity must be a whole number", param_hint="--confirm")
    return target.strip(), int(qty)


def _wave(store, ref: str) -> dict:
    try:
        return find_wave(store, ref)
    except WaveError as exc:
        raise click.ClickException(str(exc)) from exc


COMMANDS = [waves, pick]
