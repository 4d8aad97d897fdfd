"""`whs status`: counts per state, per carrier, exceptions by reason."""
from __future__ import annotations

import click

from whs_app.cli.context import CliContext, pass_cli
from whs_app.status import warehouse_status


@click.command()
@pass_cli
def status(cli: CliContext) -> None:
    """Where every order stands (状态)."""
    report = warehouse_status(cli.store())
    cli.emit(report.as_text(), report.as_dict())


COMMANDS = [status]
