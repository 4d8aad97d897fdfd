"""`whs db`: the database itself — upgrade it, and see what it is.

    whs --db postgresql://whs:PASSWORD@192.168.1.10:5432/whs db migrate   # once, before the stations connect
    whs --db postgresql://whs:PASSWORD@192.168.1.10:5432/whs db info      # backend, schema, who writes to it

Stations opening a PostgreSQL server do not upgrade it (twenty stations starting at once must not
race to change the schema): after installing a new whs, run `whs db migrate` once. An unreachable
server, a file that is not a whs database or a schema newer than this app: the message on stderr,
exit status 2, nothing changed.
"""
from __future__ import annotations

import click

from whs_app.cli.context import CliContext, pass_cli, refusing
from whs_app.store import StoreError
from whs_app.store.activity import RECENT
from whs_app.store.admin import Schema, as_it_is, migrate as migrate_database, schema_of
from whs_app.store.sharing import network_share

_STATE_TEXT = {"current": "up to date 已是最新",
               "older": "older: run `whs db migrate` 版本较旧，请运行 whs db migrate",
               "empty": "empty: run `whs db migrate` 空库，请运行 whs db migrate",
               "newer": "newer than this app: upgrade whs 比本程序新，请升级 whs"}


@click.group(cls=refusing(StoreError))
def db() -> None:
    """The database itself: upgrade its schema, see what it is (数据库)."""


@db.command()
@pass_cli
def migrate(cli: CliContext) -> None:
    """Upgrade the database (a SQLite file or a PostgreSQL server) to this app's schema."""
    before, after = migrate_database(cli.db_path)
    done = "已是最新 already up to date" if before.version == after.version else "已升级 upgraded"
    cli.emit(f"{after.location}: schema {before.version} → {after.version} ({done})",
             {"backend": after.backend, "location": after.location, "before": before.version,
              "after": after.version, "latest": after.latest})


@db.command()
@pass_cli
def info(cli: CliContext) -> None:
    """Backend, location, schema version and the stations writing to it now."""
    with as_it_is(cli.db_path) as store:
        schema = schema_of(store)
        writing = sorted(store.activity.recent_stations(cli.clock.now())) if schema.version else []
    share = network_share(cli.db_path) if schema.backend == "sqlite" else None
    cli.emit(_info_text(schema, writing, share),
             {"backend": schema.backend, "location": schema.location, "schema_version": schema.version,
              "app_schema_version": schema.latest, "state": schema.state, "stations_writing": len(writing),
              "stations": writing, "network_share": share})


def _info_text(schema: Schema, writing: list[str], share: str | None) -> str:
    minutes = int(RECENT.total_seconds() // 60)
    lines = [f"backend     {schema.backend}",
             f"location    {schema.location}" + (f"   (network share 网络共享: {share})" if share else ""),
             f"schema      {schema.version} (this app 本程序: {schema.latest}) — {_STATE_TEXT[schema.state]}",
             f"writing     {len(writing)} station(s) in the last {minutes} min 最近 {minutes} 分钟写入的工作台"
             + (f": {', '.join(writing)}" if writing else "")]
    return "\n".join(lines)


COMMANDS = [db]
