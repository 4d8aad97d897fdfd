"""What every command gets: where the DB is, who is acting, the clock, and how to print."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click

from whs_app.actor import Actor
from whs_app.clock import Clock, stamp
from whs_app.store import Store
from whs_app.store.sharing import shared_sqlite_warning

#: Exit statuses the CLI promises to scripts.
EXIT_REFUSED_INPUT = 2
EXIT_REFUSED_SCAN = 3


def refusing(*errors: type[Exception]) -> type[click.Group]:
    """A command group whose commands' errors of these kinds end as their message on stderr and exit
    status 2 (refused, nothing changed), never a traceback."""

    class Refusing(click.Group):
        def invoke(self, ctx: click.Context):
            try:
                return super().invoke(ctx)
            except errors as exc:
                click.echo(f"✗ {exc}", err=True)
                raise SystemExit(EXIT_REFUSED_INPUT) from exc

    return Refusing


@dataclass
class CliContext:
    db_path: Path
    as_json: bool
    actor: Actor
    clock: Clock
    _store: Store | None = field(default=None, repr=False)

    def store(self, create: bool = False) -> Store:
        if self._store is None:
            self._store = Store.open(self.db_path, create=create)
            warning = shared_sqlite_warning(self._store, self.db_path, self.clock.now(), station=self.actor.station)
            if warning:
                click.echo(f"⚠ {warning}", err=True)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    def now(self) -> str:
        return stamp(self.clock.now())

    def emit(self, text: str, data: Any = None) -> None:
        """One result: readable text, or with --json the data (or the text) as one JSON line."""
        if self.as_json:
            payload = data if data is not None else {"message": text}
            click.echo(json.dumps(payload, ensure_ascii=False, default=str))
        else:
            click.echo(text)


pass_cli = click.make_pass_decorator(CliContext)
