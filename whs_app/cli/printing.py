"""`whs printers …` and `whs jobs …`: printers, failover groups and the print queue (打印).

Exit statuses: 0 done; 1 a printer or device error; 2 bad input (a bad URI, an unknown printer
or job); 3 refused (a wrong label, a reprint not allowed); 4 a printer cannot print
(`printers status`, `printers test`) or jobs are left waiting (`jobs run --once`).
"""
from __future__ import annotations

import signal
import threading
from contextlib import contextmanager

import click

from devices.printers import PrinterError, Transport, probe_printer, query_status, scan_usb
from whs_app.actor import Actor
from whs_app.cli.context import EXIT_REFUSED_SCAN, CliContext, pass_cli
from whs_app.printing import events as ev
from whs_app.printing.confirm import confirm_at_station
from whs_app.printing.failover import status_fit
from whs_app.printing.printers import (Printer, PrinterSetupError, add_printer, get_printer, list_printers,
                                       remove_printer, set_enabled)
from whs_app.printing.queue import JobState, PrintQueue
from whs_app.printing.render import render_test_page
from whs_app.printing.reprint import ReprintRefused, reprint
from whs_app.printing.service import PrintService
from whs_app.printing.worker import Timing

EXIT_CANNOT_PRINT = 4
RELOAD_SECONDS = 5.0


@contextmanager
def _setup_errors():
    try:
        yield
    except PrinterSetupError as exc:
        raise click.UsageError(str(exc)) from exc


# -- printers ------------------------------------------------------------------------------------
@click.group()
def printers() -> None:
    """Printers and their failover groups (打印机)."""


@printers.command("add")
@click.argument("name")
@click.option("--connection", required=True, help="usb://VID:PID, tcp://HOST:9100, serial:///dev/ttyUSB0?baud=9600, "
                                                  "cups://QUEUE, win32://NAME or file:///PATH")
@click.option("--language", required=True, type=click.Choice(["escpos", "tspl", "zpl"]))
@click.option("--role", required=True, type=click.Choice(["label", "slip", "both"]))
@click.option("--station", required=True, help="Pack station code, e.g. P01.")
@click.option("--paper", help="100x150 (mm label, default for label printers) or 80 (roll width, default for slips).")
@click.option("--backup-of", help="Join this printer's group as its next backup.")
@click.option("--silent-ok", is_flag=True, help="It never answers status requests: print to it without asking.")
@pass_cli
def add(cli: CliContext, name: str, connection: str, language: str, role: str, station: str, paper: str | None,
        backup_of: str | None, silent_ok: bool) -> None:
    """Configure a printer (添加打印机)."""
    with _setup_errors():
        printer = add_printer(cli.store(), cli.now(), cli.actor, name, connection, language, role, station,
                              paper, backup_of, silent_ok)
    place = "主打印机 primary" if printer.position == 0 else f"备用 backup {printer.position} of {printer.group}"
    cli.emit(f"已添加 added {printer.name}: {printer.uri} {printer.language} {printer.config.paper} "
             f"{printer.config.role} @ {printer.station} ({place})", printer.as_dict())


@printers.command("list")
@click.option("--station", help="Only this station's printers.")
@pass_cli
def list_(cli: CliContext, station: str | None) -> None:
    """Printers in failover order, with what their worker last saw."""
    found = list_printers(cli.store(), station)
    lines = [f"{p.station:<6} {p.group:<12} {p.position} {p.name:<12} {p.config.role.value:<5} {p.language:<6} "
             f"{str(p.config.paper):<8} {p.uri}  {p.last_state or '-'}" for p in found]
    cli.emit("\n".join(lines) or "没有打印机 no printers; add one with `whs printers add`",
             {"printers": [p.as_dict() for p in found]})


@printers.command("remove")
@click.argument("name")
@pass_cli
def remove(cli: CliContext, name: str) -> None:
    """Remove a printer; its queued jobs go to the rest of its group."""
    with _setup_errors():
        moved = remove_printer(cli.store(), cli.now(), cli.actor, name)
    cli.emit(f"已删除 removed {name}; {moved} queued jobs re-routed", {"removed": name, "rerouted": moved})


@printers.command("disable")
@click.argument("name")
@pass_cli
def disable(cli: CliContext, name: str) -> None:
    """Take a printer out of service; its queued jobs go to the rest of its group."""
    _switch(cli, name, False)


@printers.command("enable")
@click.argument("name")
@pass_cli
def enable(cli: CliContext, name: str) -> None:
    """Put a disabled printer back in its group."""
    _switch(cli, name, True)


def _switch(cli: CliContext, name: str, enabled: bool) -> None:
    with _setup_errors():
        moved = set_enabled(cli.store(), cli.now(), cli.actor, name, enabled)
    word = "已启用 enabled" if enabled else "已停用 disabled"
    cli.emit(f"{word} {name}; {moved} queued jobs re-routed",
             {"printer": name, "enabled": enabled, "rerouted": moved})


@printers.command("status")
@click.argument("name", required=False)
@click.option("--station", help="Only this station's printers.")
@pass_cli
def status(cli: CliContext, name: str | None, station: str | None) -> None:
    """Ask printers how they are now (exit 4 when one cannot print)."""
    with _setup_errors():
        chosen = [get_printer(cli.store(), name)] if name else list_printers(cli.store(), station)
    rows = []
    for printer in chosen:
        seen = probe_printer(printer.config.connection, printer.language, timeout=Timing.status_timeout)
        rows.append({"name": printer.name, "state": seen.state.value, "detail": seen.describe(),
                     "fit": status_fit(seen, printer.silent_ok)})
    cli.emit("\n".join(f"{'✓' if r['fit'] else '✗'} {r['name']:<12} {r['state']:<15} {r['detail']}" for r in rows)
             or "没有打印机 no printers", {"printers": rows})
    if not all(r["fit"] for r in rows):
        raise SystemExit(EXIT_CANNOT_PRINT)


@printers.command("test")
@click.argument("name")
@pass_cli
def test(cli: CliContext, name: str) -> None:
    """Print a test page (clearly not a waybill) on a printer now."""
    store = cli.store()
    with _setup_errors():
        printer = get_printer(store, name)
    data = render_test_page(printer, cli.clock.now())
    try:
        _send_test(printer, data)
    except PrinterError as exc:
        raise click.ClickException(f"{exc.message_zh}\n{exc.message_en}") from exc
    with store.transaction():
        store.audit.record(cli.now(), cli.actor, "printer.test", "printer", name, {"bytes": len(data)})
    cli.emit(f"测试页已发送 test page sent to {name} ({len(data)} bytes)", {"printer": name, "bytes": len(data)})


def _send_test(printer: Printer, data: bytes) -> None:
    with Transport(printer.config.connection) as transport:
        seen = query_status(transport, printer.language, Timing.status_timeout)
        if not status_fit(seen, printer.silent_ok):
            click.echo(f"✗ {printer.name}: {seen.describe()}", err=True)
            raise SystemExit(EXIT_CANNOT_PRINT)
        transport.send(data)


@printers.command("scan-usb")
@pass_cli
def scan_usb_(cli: CliContext) -> None:
    """List the USB printers attached to this PC (ids, names, endpoints, language)."""
    try:
        found = scan_usb()
    except PrinterError as exc:
        raise click.ClickException(f"{exc.message_zh}\n{exc.message_en}") from exc
    rows = [{"connection": info.connection.uri, "manufacturer": info.manufacturer, "product": info.product,
             "serial": info.serial, "port": info.port, "device_id": info.device_id,
             "endpoints": [str(e) for e in info.endpoints]} for info in found]
    lines = [f"{r['connection']}  {r['manufacturer'] or '?'} {r['product'] or '?'}  serial={r['serial'] or '-'} "
             f"port={r['port'] or '-'}  {r['device_id'] or ''}" for r in rows]
    cli.emit("\n".join(lines) or "没有找到 USB 打印机 no USB printer found", {"printers": rows})


# -- jobs ----------------------------------------------------------------------------------------
@click.group()
def jobs() -> None:
    """The print queue (打印队列): list, reprint, confirm, run."""


@jobs.command("list")
@click.option("--state", type=click.Choice([s.value for s in JobState]))
@click.option("--station")
@click.option("--limit", type=click.IntRange(1, 100_000), default=200, show_default=True)
@pass_cli
def list_jobs(cli: CliContext, state: str | None, station: str | None, limit: int) -> None:
    """Print jobs, newest last, with why they wait, failed or are unknown."""
    rows = cli.store().print_jobs.listing(state, station, limit)
    lines = [f"{j['id']:>6} {j['kind']:<5} {j['state']:<9} {j['printer'] or '-':<12} {j['waybill_no'] or '-':<16} "
             f"{j['station']:<6} x{j['attempts']}" + (f" ← {j['reprint_of']}" if j["reprint_of"] else "")
             + (f"  {j['error']}" if j["error"] else "") for j in rows]
    cli.emit("\n".join(lines) or "没有打印任务 no print jobs", {"jobs": rows})


@jobs.command("reprint")
@click.argument("job_id", metavar="JOB", type=int)
@click.option("--supervisor", help="Supervisor login (needed from the second reprint of a label on).")
@click.option("--pin", help="The supervisor's PIN.")
@click.option("--reason", default="", help="Why (kept in the audit log).")
@pass_cli
def reprint_(cli: CliContext, job_id: int, supervisor: str | None, pin: str | None, reason: str) -> None:
    """Reprint a job on purpose (audited)."""
    store = cli.store()
    if store.print_jobs.get(job_id) is None:
        raise click.UsageError(f"没有打印任务 {job_id} / no print job {job_id}")
    try:
        new_id = reprint(PrintQueue(store, cli.clock, cli.actor), job_id, supervisor, pin, reason)
    except ReprintRefused as exc:
        cli.emit(f"✗ 拒绝 REFUSED {exc}", {"ok": False, "message": str(exc)})
        raise SystemExit(EXIT_REFUSED_SCAN) from exc
    cli.emit(f"已补打 reprint queued: job {new_id} (of {job_id})", {"ok": True, "job": new_id, "of": job_id})


@jobs.command("confirm")
@click.argument("waybill")
@click.option("--station", required=True, help="The pack station where the label was scanned.")
@pass_cli
def confirm(cli: CliContext, waybill: str, station: str) -> None:
    """Confirm a printed label by its waybill, as the pack bench does (exit 3 when refused)."""
    store = cli.store()
    if store.people.station(station) is None:
        raise click.BadParameter(f"未知打包台 unknown station {station!r}", param_hint="--station")
    check = confirm_at_station(store, cli.clock, Actor(station, cli.actor.user), waybill.strip())
    cli.emit(f"{'✓' if check.ok else '✗ 拒绝 REFUSED'} {check.message}",
             {"ok": check.ok, "message": check.message, "waybill": check.waybill, "job": check.job_id})
    if not check.ok:
        raise SystemExit(EXIT_REFUSED_SCAN)


@jobs.command("run")
@click.option("--once", is_flag=True, help="Drain the queue and exit (exit 4 when jobs are left waiting).")
@click.option("--station", "stations", multiple=True, help="Only these stations' printers (repeat).")
@click.option("--retry", type=click.FloatRange(0.01, 60), default=Timing.retry, show_default=True,
              help="Seconds between looks at a printer that cannot print.")
@click.option("--idle-poll", type=click.FloatRange(0.01, 600), default=Timing.idle_poll, show_default=True,
              help="Seconds between status polls of an idle printer.")
@pass_cli
def run(cli: CliContext, once: bool, stations: tuple[str, ...], retry: float, idle_poll: float) -> None:
    """A headless print worker: one thread per printer sends the queue (Ctrl-C stops it)."""
    store = cli.store()
    service = PrintService(cli.db_path, cli.clock, stations=list(stations) or None,
                           timing=Timing(retry=retry, idle_poll=idle_poll))
    lock = threading.Lock()

    def show(event: ev.PrintEvent) -> None:
        with lock:
            cli.emit(_event_text(event), event.as_dict())
    service.events.subscribe(show)
    if once:
        service.run_once()
        _left_waiting(cli, store, stations)
        return
    _serve(service)


def _serve(service: PrintService) -> None:
    stop = threading.Event()
    previous = signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        service.start()
        while not stop.wait(RELOAD_SECONDS):
            service.reload()
    except KeyboardInterrupt:
        pass
    finally:
        service.stop()
        signal.signal(signal.SIGTERM, previous)


def _left_waiting(cli: CliContext, store, stations: tuple[str, ...]) -> None:
    waiting = [j for j in store.print_jobs.listing(JobState.QUEUED, None, 100_000)
               if not stations or j["station"] in stations]
    counts = store.print_jobs.count_by_state()
    cli.emit(f"队列 queue: {', '.join(f'{s} {n}' for s, n in sorted(counts.items())) or 'empty'}",
             {"summary": counts, "waiting": len(waiting)})
    if waiting:
        raise SystemExit(EXIT_CANNOT_PRINT)


def _event_text(event: ev.PrintEvent) -> str:
    match event:
        case ev.JobChanged(job_id=job, state=state, printer=printer, reason=reason):
            return f"job {job} {state}" + (f" on {printer}" if printer else "") + (f": {reason}" if reason else "")
        case ev.JobMoved(job_id=job, from_printer=None, to_printer=to):
            return f"job {job} → {to}"
        case ev.JobMoved(job_id=job, from_printer=source, to_printer=to, reason=reason):
            return f"job {job} {source} → {to}: {reason}"
        case ev.JobHandedOver(job_id=job, printer=printer, nbytes=nbytes):
            return f"job {job} handed over to {printer} ({nbytes} bytes)"
        case ev.PrinterChanged(printer=printer, state=state, detail=detail):
            return f"printer {printer}: {state} ({detail})"
        case ev.Alert(message=message, active=active):
            return f"{'⚠ ALERT' if active else '✓ cleared'} {message}"
        case ev.WorkerFault(printer=printer, message=message):
            return f"✗ worker {printer}: {message}"
    return repr(event)


COMMANDS = [printers, jobs]
