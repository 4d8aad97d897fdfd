"""The `whs` command line: headless and scriptable; tests, drills and integrations use it too."""
from __future__ import annotations

from pathlib import Path

import click

from whs_app.actor import Actor
from whs_app.clock import SystemClock
from whs_app.cli.context import CliContext
from whs_app.store import StoreError, default_db_path
from whs_app.store.dialect import db_location


class _Group(click.Group):
    """Turns a StoreError anywhere below into a clean message and exit status 1."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except StoreError as exc:
            raise click.ClickException(str(exc)) from exc


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", "db_path", type=click.UNPROCESSED, callback=lambda ctx, param, value: value and db_location(value),
              envvar="WHS_DB", help="Database file (default: the user's data folder), or a PostgreSQL server shared"
              " by the stations: postgresql://user:password@host:5432/whs.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.option("--station", envvar="WHS_STATION", help="Station code recorded in the audit log.")
@click.option("--user", envvar="WHS_USER", help="User login recorded in the audit log.")
@click.version_option(package_name="whs")
@click.pass_context
def cli(ctx: click.Context, db_path: str | Path | None, as_json: bool, station: str | None, user: str | None) -> None:
    """whs — 仓库大促发货 warehouse operations for peak days."""
    ctx.obj = CliContext(db_path or default_db_path(), as_json, Actor.from_environment(station, user),
                         SystemClock())
    ctx.call_on_close(ctx.obj.close)


def _register() -> None:
    from whs_app.cli import (carriers, db, documents, drill, handover, importing, packing, printing, review,
                             selftest, setup, simulate, status, tour, waves)

    for module in (setup, importing, review, waves, packing, status, documents, tour, printing, carriers, handover,
                   selftest, simulate, drill, db):
        for command in module.COMMANDS:
            cli.add_command(command)


_register()


def main(argv: list[str] | None = None) -> None:
    cli.main(args=argv, prog_name="whs")
