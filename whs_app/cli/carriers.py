"""`whs carriers …` (快递: terms, pools, load, why) and `whs assign` (快递分配 for the released batch)."""
from __future__ import annotations

import re

import click

from whs_app.carriers.carrier_file import export_file, import_file
from whs_app.carriers.explain import explain
from whs_app.carriers.fields import DAY_FIELDS, FIELDS, SetupError, carrier_spec, day
from whs_app.carriers.monitor import board_text, carrier_board
from whs_app.carriers.pools import PoolError, load_range
from whs_app.carriers.released import assign_released
from whs_app.carriers.reroute import CarrierError, bring_back, take_out
from whs_app.carriers.setup import Setup, apply_setup
from whs_app.cli.context import EXIT_REFUSED_INPUT, CliContext, pass_cli
from whs_app.exceptions_queue import OrderActionRefused

#: `set` options: option name -> field (list fields take the option several times).
SET_OPTIONS = [name for name in FIELDS if name != "days"]
LIST_OPTIONS = {"covers": "cover", "excludes": "exclude", "pickups": "pickup", "tariff": "tariff"}
_RANGE = re.compile(r"^(?P<prefix>.*?)(?P<first>\d+)-(?P<last>\d+)$")


@click.group()
def carriers() -> None:
    """Carriers (快递): terms, coverage, tariffs, caps, waybill pools, and why an order got its carrier."""


@carriers.command("list")
@click.option("--day", help="Ship day YYYY-MM-DD (default today).")
@pass_cli
def list_carriers(cli: CliContext, day: str | None) -> None:
    """Every carrier's load on the day against its capacity, per pickup batch, and its waybill pool."""
    board = carrier_board(cli.store(), day or cli.clock.now().date().isoformat())
    cli.emit(board_text(board), {"carriers": [row.as_dict() for row in board]})


def _set_options(command):
    for name in reversed(SET_OPTIONS):
        if name in LIST_OPTIONS:
            command = click.option(f"--{LIST_OPTIONS[name]}", name, multiple=True, help=_LIST_HELP[name])(command)
        else:
            command = click.option(f"--{name.replace('_', '-')}", name, help=_HELP[name])(command)
    return command


_HELP = {"name": "Carrier name, e.g. 顺丰速运.", "active": "true or false (false takes it out: see above).",
         "max_weight_kg": "Weight limit of one parcel.", "first_weight_kg": "First weight of the tariff (default 1).",
         "daily_capacity": "Parcels a day (\"none\": no limit).",
         "share_cap": "At most this share of the day's parcels, 0 < x ≤ 1 (\"none\": no cap).",
         "utilization_cap": "Plan at most this share of its capacity, 0 < x ≤ 1.",
         "low_balance_alert": "Alert when free waybill numbers fall to this (0: never)."}
_LIST_HELP = {"covers": "An area it delivers to (广东 / 新疆 乌鲁木齐 / *); repeat; replaces the list.",
              "excludes": "An area it does not deliver to; repeat; replaces the list (\"none\": no exclusions).",
              "pickups": "A pickup batch LABEL@HH:MM=CAPACITY; repeat; replaces the batches.",
              "tariff": "A zone ZONE=PROVINCE,…:FIRST+ADDED (* for every other province); repeat; replaces the tariff."}


@carriers.command("set")
@click.argument("code")
@_set_options
@click.option("--day", "on_day", help="Apply --daily-capacity/--share-cap/--utilization-cap to this day only.")
@click.option("--reason", default="", help="Why, when taking a carrier out with --active false.")
@pass_cli
def set_carrier(cli: CliContext, code: str, on_day: str | None, reason: str, **options) -> None:
    """Change a carrier's terms (a new CODE is added: give --name and --max-weight-kg).

    --active false takes the carrier out and re-routes its unprinted parcels (like `whs carriers out`).
    """
    given = {name: value for name, value in options.items() if value not in (None, ())}
    for name in LIST_OPTIONS:
        if name in given:
            given[name] = "" if given[name] in (("none",), ("",)) else ";".join(given[name])
    if on_day:
        return _set_day(cli, code.upper(), on_day, given)
    problems: list[str] = []
    spec = carrier_spec({"code": code.upper(), **given}, "whs carriers set", False, problems)
    if problems:
        _refuse(problems)
    store = cli.store()
    active = spec.values.pop("active", None)
    changed = apply_setup(store, cli.now(), cli.actor, Setup([spec]), f"set {spec.code}") if spec.values else []
    carrier = store.carriers.by_code(spec.code)
    if carrier is None:
        _refuse([f"没有快递 {spec.code} / no carrier {spec.code}: give --name and --max-weight-kg to add it"])
    if active is False and carrier.active:
        result = take_out(store, cli.clock, cli.actor, spec.code, reason or "set inactive")
        changed.append(f"{spec.code} 停用 out; {result.as_text()}")
    elif active and not carrier.active:
        bring_back(store, cli.clock, cli.actor, spec.code)
        changed.append(f"{spec.code} 恢复 back in service")
    cli.emit("\n".join(changed) or "没有改动 nothing to change", {"changed": changed})


def _set_day(cli: CliContext, code: str, on_day: str, given: dict) -> None:
    unknown = set(given) - set(DAY_FIELDS)
    problems = [f"--day: 只能配 --daily-capacity/--share-cap/--utilization-cap, not --{n.replace('_', '-')}"
                for n in sorted(unknown)]
    values = {}
    try:
        on_day = day(on_day)
        values = {name: DAY_FIELDS[name](value) for name, value in given.items() if name in DAY_FIELDS}
    except ValueError as exc:
        problems.append(f"--day: {exc}")
    store = cli.store()
    carrier = store.carriers.by_code(code)
    if carrier is None:
        problems.append(f"没有快递 {code} / no carrier {code}")
    if problems:
        _refuse(problems)
    with store.transaction():
        store.carrier_setup.set_day_caps(carrier.id, on_day, values)
        store.audit.record(cli.now(), cli.actor, "carrier.day_caps", "carrier", carrier.id,
                           {"code": code, "day": on_day, **values})
    cli.emit(f"{code} {on_day}: " + ", ".join(f"{k} = {v}" for k, v in values.items()), {"code": code, "day": on_day, **values})


def _refuse(problems: list[str]) -> None:
    for problem in problems:
        click.echo(problem, err=True)
    click.echo("没有改动 nothing was changed", err=True)
    raise SystemExit(EXIT_REFUSED_INPUT)


@carriers.command("import")
@click.argument("file", type=click.Path(dir_okay=False))
@pass_cli
def import_carriers(cli: CliContext, file: str) -> None:
    """Set carriers up from a TOML carriers file (all or nothing; format: `whs carriers export`)."""
    try:
        changed = import_file(cli.store(), cli.now(), cli.actor, file)
    except SetupError as exc:
        _refuse(exc.problems)
    cli.emit("\n".join(changed), {"changed": changed})


@carriers.command("export")
@click.argument("file", type=click.Path(dir_okay=False))
@pass_cli
def export_carriers(cli: CliContext, file: str) -> None:
    """Write every carrier's setup, the region rules and shop bindings to a TOML carriers file."""
    path = export_file(cli.store(), file)
    cli.emit(f"已导出 exported: {path}", {"file": str(path)})


@carriers.command("why")
@click.argument("order_no")
@click.option("--shop", help="Shop code, when the number exists in several shops.")
@pass_cli
def why(cli: CliContext, order_no: str, shop: str | None) -> None:
    """Why the order ships with its carrier: candidates, exclusions, costs, the binding caps."""
    try:
        found = explain(cli.store(), cli.clock, order_no, shop)
    except OrderActionRefused as exc:
        raise click.ClickException(str(exc)) from exc
    cli.emit(found.as_text(), found.as_dict())


@carriers.command("pool")
@click.argument("code")
@click.option("--add", "added", metavar="PREFIXFIRST-LAST", help="Load a range from the branch, e.g. SF1000000-1999999.")
@click.option("--width", type=click.IntRange(1, 30), help="Digits of the number part (default: digits of LAST).")
@pass_cli
def pool(cli: CliContext, code: str, added: str | None, width: int | None) -> None:
    """A carrier's waybill ranges and balance (电子面单); --add loads a new range."""
    store = cli.store()
    if added:
        match = _RANGE.match(added.strip())
        if not match:
            raise click.BadParameter(f"{added!r}: expected PREFIXFIRST-LAST such as SF1000-1999", param_hint="--add")
        first, last = int(match["first"]), int(match["last"])
        try:
            load_range(store, cli.now(), cli.actor, code.upper(), match["prefix"], first, last,
                       width or len(match["last"]))
        except PoolError as exc:
            raise click.ClickException(str(exc)) from exc
    carrier = store.carriers.by_code(code.upper())
    if carrier is None:
        raise click.ClickException(f"没有快递 {code} / no carrier {code}")
    ranges = store.carrier_setup.ranges(carrier.id)
    text = [f"{r['prefix']}{r['next_number']:0{r['width']}d} … {r['prefix']}{r['last_number']:0{r['width']}d}"
            f"  余 {max(0, r['last_number'] - r['next_number'] + 1)}" for r in ranges]
    text.append(f"{carrier.code} 余量 balance {store.waybills.balance(carrier.id)}")
    cli.emit("\n".join(text), {"code": carrier.code, "balance": store.waybills.balance(carrier.id), "ranges": ranges})


@carriers.command("out")
@click.argument("code")
@click.option("--reason", required=True, help="Why (停运, 爆仓 …): shown with every re-routed parcel.")
@pass_cli
def out(cli: CliContext, code: str, reason: str) -> None:
    """Take a carrier out (outage, overloaded site): only its unprinted parcels are re-routed."""
    try:
        result = take_out(cli.store(), cli.clock, cli.actor, code.upper(), reason)
    except CarrierError as exc:
        raise click.ClickException(str(exc)) from exc
    cli.emit(f"{code.upper()} 停用 out: {reason}\n{result.as_text()}", result.as_dict())


@click.command("assign")
@pass_cli
def assign(cli: CliContext) -> None:
    """Assign carriers to the released batch at once (快递分配): lowest cost within every cap.

    Wave planning runs this itself; run it alone to see the spread first.
    """
    result = assign_released(cli.store(), cli.clock, cli.actor)
    cli.emit(result.as_text(), result.as_dict())


COMMANDS = [carriers, assign]
