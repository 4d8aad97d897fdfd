"""`whs init` and `whs settings`."""
from __future__ import annotations

import random

import click

from whs_app.cli.context import CliContext, pass_cli
from whs_app.settings import WarehouseSettings
from whs_app.store import StoreError


@click.command()
@click.option("--demo", is_flag=True, help="Fill the new database with a demo warehouse and a Double 11 day.")
@click.option("--orders", type=click.IntRange(0, 200_000), default=3000, show_default=True,
              help="With --demo: how many orders.")
@click.option("--seed", type=int, default=11, show_default=True, help="With --demo: random seed.")
@pass_cli
def init(cli: CliContext, demo: bool, orders: int, seed: int) -> None:
    """Create a database (建库)."""
    store = cli.store(create=True)
    existed = bool(store.settings.all())   # set up before (a file, or a server's database), not just migrated
    if demo:
        from whs_app.demo import build_demo

        if existed and store.orders.count():
            raise StoreError(f"{cli.db_path}: 已有数据 already holds orders; pick a new --db for the demo")
        summary = build_demo(store, cli.clock, random.Random(seed), orders=orders, actor=cli.actor)
        cli.emit(f"演示仓库已建好 demo warehouse ready: {cli.db_path} ({summary})",
                 {"db": str(cli.db_path), **summary.as_dict()})
    else:
        if not existed:
            WarehouseSettings().save(store)
        cli.emit(f"数据库就绪 database ready: {cli.db_path}", {"db": str(cli.db_path)})


@click.group()
def settings() -> None:
    """Warehouse settings (仓库设置)."""


@settings.command("show")
@pass_cli
def settings_show(cli: CliContext) -> None:
    values = WarehouseSettings.load(cli.store())
    data = {k: (list(v) if isinstance(v, tuple) else v) for k, v in vars(values).items()}
    cli.emit("\n".join(f"{k} = {v}" for k, v in data.items()), data)


@settings.command("set")
@click.argument("key")
@click.argument("value")
@pass_cli
def settings_set(cli: CliContext, key: str, value: str) -> None:
    store = cli.store()
    try:
        updated = WarehouseSettings.load(store).with_value(key, value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc
    with store.transaction():
        updated.save(store)
        store.audit.record(cli.now(), cli.actor, "settings.set", "settings", key, {"value": value})
    cli.emit(f"{key} = {getattr(updated, key)}")


COMMANDS = [init, settings]
