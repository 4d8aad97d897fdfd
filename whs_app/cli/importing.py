"""`whs import FILE...`: order exports and SKU master data, all or nothing (订单导入)."""
from __future__ import annotations

import click

from whs_app.cli.context import EXIT_REFUSED_INPUT, CliContext, pass_cli
from whs_app.importing import ImportRefused, ImportResult, import_files
from whs_app.importing.tables import names

#: How many problems the text output lists before it only counts the rest.
SHOWN_PROBLEMS = 100


@click.command("import")
@click.argument("files", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(names()), help="Force the format instead of detecting it.")
@click.option("--shop", help="Shop code for files that name no shop (a new code creates the shop).")
@pass_cli
def import_command(cli: CliContext, files: tuple[str, ...], fmt: str | None, shop: str | None) -> None:
    """Import orders or SKU master data (订单导入/商品资料).

    FILE may be a generic order CSV, a Taobao/Tmall export (订单报表 and 宝贝报表 together),
    JSON lines, or 商品资料 (SKU) CSV; the format is detected from the header. A bad file
    changes nothing: every problem is listed as FILE:ROW: COLUMN: reason and the exit status is 2.
    """
    store = cli.store()
    try:
        result = import_files(store, cli.clock, cli.actor, files, fmt=fmt, shop=shop)
    except ImportRefused as refused:
        _refused(cli, refused, ImportResult(None, fmt or "-", files))
        raise SystemExit(EXIT_REFUSED_INPUT) from None
    cli.emit(_summary(result), _as_json(result, True, []))


def _as_json(result: ImportResult, ok: bool, errors: list[dict]) -> dict:
    """One stable object for scripts: ok, what was written, every count, and the errors."""
    return {"ok": ok, "written": result.written, "import_id": result.import_id, "format": result.format,
            "files": list(result.files), **result.counts(), "errors": errors}


def _refused(cli: CliContext, refused: ImportRefused, nothing: ImportResult) -> None:
    problems = refused.problems
    if cli.as_json:
        cli.emit("", _as_json(nothing, False, [p.as_dict() for p in problems]))
        return
    for problem in problems[:SHOWN_PROBLEMS]:
        click.echo(str(problem), err=True)
    if len(problems) > SHOWN_PROBLEMS:
        click.echo(f"… 还有 {len(problems) - SHOWN_PROBLEMS} 个问题 and {len(problems) - SHOWN_PROBLEMS} more", err=True)
    click.echo(f"导入被拒绝，数据库未改动 import refused, nothing was written: {len(problems)} problem(s)", err=True)


def _summary(result: ImportResult) -> str:
    lines = [f"{'导入完成 imported' if result.written else '没有变化 nothing to write'} ({result.format}):"
             f" {', '.join(result.files)}"]
    if result.skus_new or result.skus_changed or result.skus_unchanged:
        lines.append(f"  商品 SKUs: {result.skus_new} new, {result.skus_changed} changed,"
                     f" {result.skus_unchanged} unchanged"
                     f"; {result.orders_sku_resolved} orders found their SKUs")
    lines.append(f"  订单 orders: {result.orders_new} new, {result.orders_changed} changed,"
                 f" {result.orders_unchanged} unchanged")
    if result.orders_changed_on_platform:
        lines.append(f"  平台变更 changed on the platform after review: {result.orders_changed_on_platform}"
                     " (see the exception queue)")
    lines.append(f"  不可发货 not shippable: {result.orders_not_shippable};"
                 f" 未知商家编码 unknown SKU lines: {result.unknown_sku_lines}")
    return "\n".join(lines)


COMMANDS = [import_command]
