"""The command table of `whs`: every command is listed, and a command loads only what it needs."""
import importlib
import json
import pkgutil
import subprocess
import sys

import whs_app.cli
from whs_app.cli import COMMAND_MODULES
from whs_app.clock import ManualClock
from whs_app.store import Store
from tests.factories import make_warehouse


def _modules_with_commands() -> dict[str, set[str]]:
    found = {}
    for info in pkgutil.iter_modules(whs_app.cli.__path__):
        module = importlib.import_module(f"whs_app.cli.{info.name}")
        if hasattr(module, "COMMANDS"):
            found[info.name] = {command.name for command in module.COMMANDS}
    return found


def test_the_table_names_every_command_of_every_module_and_no_other():
    listed: dict[str, set[str]] = {}
    for name, module in COMMAND_MODULES.items():
        listed.setdefault(module, set()).add(name)
    assert listed == _modules_with_commands()


def test_packing_from_the_command_line_loads_neither_the_drill_nor_the_solver_nor_the_charts(tmp_path):
    with Store.open(tmp_path / "w.db") as store:
        make_warehouse(store, ManualClock())
    probe = ("import json, sys\n"
             "from whs_app.cli import main\n"
             "try:\n"
             f"    main(['--db', {str(tmp_path / 'w.db')!r}, 'pack', '--station', 'P01', '--scan', 'NOPE'])\n"
             "except SystemExit:\n"
             "    pass\n"
             "print(json.dumps(sorted(sys.modules)))\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    loaded = set(json.loads(done.stdout.splitlines()[-1]))
    assert "whs_app.cli.packing" in loaded and "REFUSED" in done.stdout
    assert not {"whs_app.cli.drill", "whs_app.drill.report", "scipy", "reportlab.graphics.charts"} & loaded
