"""`whs demo`: a narrated packing shift on the demo warehouse, run headless by the real services.

Each run reviews what is new, plans waves when none is open, releases the wave to the floor as a
supervisor would (下发: only a released wave is picked), confirms its pick and packs a few of its
parcels at station P01 with the scans a packer would make, a wrong item and a duplicate scan
included, so the refusals show too.
"""
from __future__ import annotations

import click

from whs_app.actor import Actor
from whs_app.cli.context import CliContext, pass_cli
from whs_app.codes import slot_code
from whs_app.model import OrderState
from whs_app.packing import PackingSession, ScanResult
from whs_app.picking import confirm_all
from whs_app.review import review
from whs_app.status import warehouse_status
from whs_app.wave_release import on_floor, release_waves
from whs_app.waves import WaveError, plan_waves


@click.command("demo")
@click.option("--parcels", type=click.IntRange(1, 100), default=4, show_default=True,
              help="How many parcels to pack in this run.")
@pass_cli
def demo(cli: CliContext, parcels: int) -> None:
    """A headless tour of a packing shift on this database (演示)."""
    store, clock = cli.store(), cli.clock
    office = Actor("OFFICE", "super")
    _step("审单 Review")
    click.echo(review(store, clock, office).as_text())
    wave = _open_wave(store)
    if wave is None:
        _step("排波次 Plan waves")
        click.echo(plan_waves(store, clock, office).as_text())
        wave = _open_wave(store)
    if wave is None:
        click.echo("没有可拣货的波次 nothing left to pick today")
        return
    if not on_floor(wave):
        _step(f"下发 Release {wave['code']}")
        try:
            click.echo(f"已下发 released {', '.join(release_waves(store, clock, office, [wave['id']]))}")
        except WaveError as exc:     # e.g. pick_list_on_release with no printer at OFFICE
            raise click.ClickException(str(exc)) from exc
    _step(f"拣货 Pick {wave['code']}")
    if wave["status"] != "picked":
        confirmed = confirm_all(store, clock, office, wave["id"])
        click.echo(f"确认库位 bins confirmed: {len(confirmed)}")
    _step(f"打包 Pack at P01 ({cli.actor.user})")
    _pack(store, cli, wave["id"], parcels)
    _step("状态 Status")
    click.echo(warehouse_status(store).as_text())


def _open_wave(store) -> dict | None:
    for wave in store.waves.summaries():
        if any(s["state"] in (OrderState.WAVED, OrderState.PICKED) for s in store.waves.slots(wave["id"])):
            return wave
    return None


def _pack(store, cli: CliContext, wave_id: int, parcels: int) -> None:
    session = PackingSession(store, cli.clock, Actor("P01", cli.actor.user))
    barcodes = {sku.id: store.skus.barcodes(sku.id)[0] for sku in store.skus.all()}
    todo = [s for s in store.waves.slots(wave_id) if s["state"] in (OrderState.WAVED, OrderState.PICKED)]
    packed = None
    for number, slot in enumerate(todo[:parcels]):
        scans = [slot_code(wave_id, slot["pick_slot"])]
        units = [barcodes[line.sku_id] for order in store.orders.group(slot["id"])
                 for line in store.orders.lines([order.id])[order.id] for _ in range(line.quantity)]
        if number == 1:
            scans.append(next(code for sku_id, code in barcodes.items() if code not in units))  # a wrong item
        for code in scans + units:
            _show(code, session.scan(code))
        packed = slot["order_no"]
    if packed:
        _show(packed, session.scan(packed))  # the same order again: refused as a duplicate


def _show(code: str, result: ScanResult) -> None:
    colour = "green" if result.ok else "red"
    progress = f" [{result.counted}/{result.total}]" if result.total else ""
    click.echo(f"  扫描 scan {code:<20} " + click.style(f"{'✓' if result.ok else '✗'} {result.message}{progress}",
                                                     fg=colour))


def _step(title: str) -> None:
    click.echo(click.style(f"\n== {title} ==", bold=True))


COMMANDS = [demo]
