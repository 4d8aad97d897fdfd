"""Changing a configured printer: its address (connection URI), language, paper, role.

The printer keeps its name, station and place in its failover group. A change must leave the
group able to stand in for each other (every member shares a role with the others), and the
printer's queued jobs go back to routing, which places each on a printer that serves it.
"""
from __future__ import annotations

from devices.printers import PrinterConfig, Role
from whs_app.actor import Actor
from whs_app.printing.printers import Printer, PrinterSetupError, get_printer, list_printers
from whs_app.store import Store


def edit_printer(store: Store, at: str, actor: Actor, name: str, *, connection: str, language: str, role: str,
                 paper: str, silent_ok: bool = False) -> Printer:
    """Change a printer's setup (audited with what it was); returns it as it is now."""
    before = get_printer(store, name)
    try:
        config = PrinterConfig.parse(connection, language, paper, role)
    except ValueError as exc:
        raise PrinterSetupError(str(exc)) from None
    _check_group(store, before, config.role)
    if store.print_jobs.on_printer(name, "sending"):
        raise PrinterSetupError(f"打印机 {name} 正在打印 / printer {name} is sending a job right now; "
                                "try again in a moment")
    values = {"connection": config.connection.uri, "language": config.language.value, "paper": str(config.paper),
              "role": config.role.value, "silent_ok": int(silent_ok)}
    was = {"connection": before.uri, "language": before.language, "paper": str(before.config.paper),
           "role": before.config.role.value, "silent_ok": int(before.silent_ok)}
    changed = {key: value for key, value in values.items() if was[key] != value}
    if not changed:
        return before
    with store.transaction():
        moved = store.print_jobs.unroute(name, at)
        store.printers.update(name, **values)
        store.audit.record(at, actor, "printer.edit", "printer", name,
                           {"changed": changed, "was": {key: was[key] for key in changed}, "jobs_rerouted": moved})
    return get_printer(store, name)


def _check_group(store: Store, printer: Printer, role: Role) -> None:
    others = [p for p in list_printers(store, printer.station) if p.group == printer.group and p.name != printer.name]
    for other in others:
        if not any(other.config.role.serves(r) and role.serves(r) for r in (Role.LABEL, Role.SLIP)):
            raise PrinterSetupError(
                f"{printer.name} 改为 {role} 后不能与同组的 {other.name} ({other.config.role}) 互为备份 / as a {role} "
                f"printer {printer.name} could not stand in for {other.name} ({other.config.role}) of its group")
