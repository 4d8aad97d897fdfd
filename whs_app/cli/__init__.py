"""The `whs` command line: headless and scriptable; tests, drills and integrations use it too."""
from __future__ import annotations

import importlib
from pathlib import Path

import click

from whs_app.actor import Actor
from whs_app.clock import SystemClock
from whs_app.cli.context import CliContext
from whs_app.store import StoreError, default_db_path
from whs_app.store.dialect import db_location


#: Each command and the module of whs_app.cli that defines it, imported when the command runs: `whs pack`
#: starts without loading the drill's charts, the carriers' solver or the simulator.
COMMAND_MODULES = {
    "init": "setup", "settings": "setup", "import": "importing", "review": "review", "exceptions": "review",
    "waves": "waves", "pick": "waves", "pack": "packing", "status": "status", "label": "documents",
    "slip": "documents", "demo": "tour", "printers": "printing", "jobs": "printing", "carriers": "carriers",
    "assign": "carriers", "handover": "handover", "selftest": "selftest", "simulate": "simulate",
    "drill": "drill", "db": "db",
}


class _Group(click.Group):
    """Loads a command's module when the command is asked for; turns a StoreError anywhere below into a
    clean message and exit status 1."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMAND_MODULES)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        module = COMMAND_MODULES.get(name)
        if module is None:
            return None
        commands = importlib.import_module(f"whs_app.cli.{module}").COMMANDS
        return next(command for command in commands if command.name == name)

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


def main(argv: list[str] | None = None) -> None:
    cli.main(args=argv, prog_name="whs")
