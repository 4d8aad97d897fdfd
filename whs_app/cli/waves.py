"""`whs waves …` and `whs pick` (波次, 拣货): plan, release (下发) to the floor, print pick lists, pick.

A wave is picked only once a supervisor has released it (`whs waves release`, the Waves screen).
"""
from __future__ import annotations

import click

from whs_app.cli.context import EXIT_REFUSED_SCAN, CliContext, pass_cli
from whs_app.codes import slot_code
from whs_app.picking import confirm, confirm_all
from whs_app.printing.pick_lists import PickListRefused, print_pick_list
from whs_app.printing.queue import PrintQueue
from whs_app.printing.reprint import ReprintRefused
from whs_app.settings import WarehouseSettings
from whs_app.wave_release import planned_codes, release_waves
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


@waves.command("release")
@click.argument("codes", nargs=-1, metavar="WAVE...")
@click.option("--all", "everything", is_flag=True, help="Release every planned wave not released yet.")
@pass_cli
def release(cli: CliContext, codes: tuple[str, ...], everything: bool) -> None:
    """Release waves to the floor (下发), in the order given: only released waves are picked.

    All or nothing: a wave that cannot be released releases none. With the setting
    pick_list_on_release each wave's pick list is queued on this station's pick-list printer.
    """
    if bool(codes) == everything:
        raise click.UsageError("give the waves to release, or --all")
    store = cli.store()
    wanted = planned_codes(store) if everything else list(codes)
    if not wanted:
        cli.emit("没有待下发的波次 no planned wave waits for release", {"released": []})
        return
    try:
        released = release_waves(store, cli.clock, cli.actor, wanted)
    except WaveError as exc:
        raise click.ClickException(str(exc)) from exc
    jobs = {code: store.print_jobs.latest_of_wave(find_wave(store, code)["id"], "pick_list", cli.actor.station)["id"]
            for code in released} if WarehouseSettings.load(store).pick_list_on_release else {}
    text = [f"已下发 released {code}" + (f"  拣货单打印任务 pick list job {jobs[code]}" if code in jobs else "")
            for code in released]
    cli.emit("\n".join(text), {"released": released, "pick_list_jobs": jobs})


@waves.command("print")
@click.argument("wave")
@click.option("--station", "at_station", help="Print at this station (default: --station, the acting one).")
@click.option("--supervisor", help="Supervisor login, for a second reprint of the list at this station.")
@click.option("--pin", help="The supervisor's PIN.")
@pass_cli
def print_list(cli: CliContext, wave: str, at_station: str | None, supervisor: str | None, pin: str | None) -> None:
    """Print a wave's pick list (拣货单) through the print queue; again: a reprint (audited).

    It prints on the station's slip chain (role slip or both, paper 80 mm or wider); `whs jobs run`
    sends it. Exit status 3 when refused (no such printer, the last copy still waiting to print).
    """
    store = cli.store()
    queue = PrintQueue(store, cli.clock, cli.actor)
    try:
        job_id = print_pick_list(queue, wave, at_station, supervisor, pin)
    except WaveError as exc:
        raise click.ClickException(str(exc)) from exc
    except (PickListRefused, ReprintRefused) as exc:
        cli.emit(f"✗ 拒绝 REFUSED {exc}", {"ok": False, "message": str(exc)})
        raise SystemExit(EXIT_REFUSED_SCAN) from exc
    job = store.print_jobs.get(job_id)
    again = f" (补打 reprint of job {job['reprint_of']})" if job["reprint_of"] else ""
    cli.emit(f"拣货单已排队 pick list queued: job {job_id} at {job['station']}{again}",
             {"ok": True, "job": job_id, "station": job["station"], "reprint_of": job["reprint_of"]})


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
