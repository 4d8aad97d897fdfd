"""`whs selftest`: prove an installation works, headless, one line per check.

Support runs it on a warehouse PC (the console twin `whs.exe` of the packaged app) and CI runs it
from the freshly built bundle: the database opens and is migrated, the import tables and the
SQL ship with it, a waybill label renders to PNG and PDF (and its barcode reads back when a
decoder is there), and, when the GUI is installed, Qt starts offscreen with both translations.
Exit status 0 when every check passed, 1 otherwise. Without --db it works on a new database in
a temporary folder, so it never creates or changes a warehouse's data.
"""
from __future__ import annotations

import importlib
import importlib.util
import io
import platform
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable

import click

import labels
from whs_app.cli.context import CliContext, pass_cli
from whs_app.importing.tables import all_tables
from whs_app.store import Store, migrations

#: The label the check renders (fixed data: it needs no order in the database).
SAMPLE_LABEL = labels.WaybillLabel(
    waybill_no="SF7700000000011", order_no="2611110000000001", carrier_code="SF", carrier_name="顺丰速运",
    sender=labels.Party("优选旗舰店仓库", "0571-88886666", "浙江省", "杭州市", "余杭区", "仓前街道 1号仓"),
    receiver=labels.Party("李四", "13900001111", "广东省", "深圳市", "南山区", "科技园路 1号"),
    items=("纯棉T恤 白 M ×2",), sort_code="755-W01-02", printed_at=datetime(2026, 11, 11, 8, 0))


class Skipped(Exception):
    """A check that does not apply here (say why); not a failure."""


@dataclass
class Outcome:
    name: str
    status: str        # ok, skip, FAIL
    detail: str
    seconds: float

    def line(self) -> str:
        return f"{self.status:<4} {self.name:<10} {self.detail} ({self.seconds * 1000:.0f} ms)"


def run_check(name: str, check: Callable[[], str]) -> Outcome:
    started = time.perf_counter()
    try:
        status, detail = "ok", check()
    except Skipped as exc:
        status, detail = "skip", str(exc)
    except Exception as exc:    # a failed check is reported, and the others still run
        status, detail = "FAIL", f"{type(exc).__name__}: {exc}"
        traceback.print_exc(file=sys.stderr)
    return Outcome(name, status, detail, time.perf_counter() - started)


def check_runtime() -> str:
    frozen = "bundle " + str(Path(sys.executable).parent) if getattr(sys, "frozen", False) else "source"
    return f"Python {platform.python_version()} on {platform.system()} {platform.machine()}, {frozen}"


def check_database(path: Path) -> str:
    with Store.open(path, create=False) as store:
        version = migrations.current_version(store.conn, store.backend)
        if version != migrations.latest_version():
            raise RuntimeError(f"schema {version}, this app needs {migrations.latest_version()}")
        orders = store.orders.count()
    return f"{path}: schema version {version}, {orders} orders"


def check_formats() -> str:
    tables = all_tables()
    if not tables:
        raise RuntimeError("no import format tables shipped")
    return "import formats: " + ", ".join(table.name for table in tables)


def check_label_png() -> str:
    data = labels.render(SAMPLE_LABEL, "png")
    if not data.startswith(b"\x89PNG"):
        raise RuntimeError("the PNG renderer gave no PNG")
    return f"waybill label PNG, {len(data)} bytes; {_decoded(data)}"


def _decoded(png: bytes) -> str:
    """What a barcode reader finds on the label, when one is installed (zxing-cpp)."""
    if importlib.util.find_spec("zxingcpp") is None:
        return "no barcode decoder installed (zxing-cpp): not read back"
    import zxingcpp
    from PIL import Image

    found = {result.text for result in zxingcpp.read_barcodes(Image.open(io.BytesIO(png)))}
    if SAMPLE_LABEL.waybill_no not in found:
        raise RuntimeError(f"the waybill barcode does not read back (found {sorted(found)})")
    return f"barcode reads back {SAMPLE_LABEL.waybill_no}"


def check_label_pdf() -> str:
    data = labels.render(SAMPLE_LABEL, "pdf")
    if not data.startswith(b"%PDF"):
        raise RuntimeError("the PDF renderer gave no PDF")
    return f"waybill label PDF, {len(data)} bytes"


def check_gui() -> str:
    """Qt offscreen and the translations, through the GUI's own check (ui/selftest.py)."""
    if importlib.util.find_spec("ui") is None:
        raise Skipped("the GUI is not installed")
    return importlib.import_module("ui.selftest").check()


@click.command()
@click.option("--gui/--no-gui", default=True, show_default=True, help="Also start Qt offscreen (when installed).")
@pass_cli
def selftest(cli: CliContext, gui: bool) -> None:
    """Check that this installation works (自检): database, labels, GUI. Exit status 1 on a failure."""
    group = click.get_current_context().find_root()
    given = group.get_parameter_source("db_path") not in (click.core.ParameterSource.DEFAULT, None)
    with tempfile.TemporaryDirectory(prefix="whs-selftest-") as folder:
        path = cli.db_path if given else Path(folder) / "selftest.db"
        if not given:
            Store.open(path).close()
        checks = [("runtime", check_runtime), ("database", lambda: check_database(path)),
                  ("formats", check_formats), ("label-png", check_label_png), ("label-pdf", check_label_pdf)]
        if gui:
            checks.append(("gui", check_gui))
        outcomes = []
        for name, check in checks:
            outcomes.append(run_check(name, check))
            click.echo(outcomes[-1].line())
    failed = [outcome.name for outcome in outcomes if outcome.status == "FAIL"]
    click.echo(f"selftest: {'FAILED ' + ', '.join(failed) if failed else 'all checks passed'}")
    if failed:
        raise SystemExit(1)


COMMANDS = [selftest]
