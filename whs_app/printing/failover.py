"""Which printer a queued job goes to: routing new jobs, and failing over from a printer that is down.

Only queued jobs move, and a queued job has sent nothing anywhere (a job leaves `queued` in the
same transaction that commits it to one printer, before its first byte), so moving one can never
print a label twice.

When is a printer fit to print?
- ready or paper near end: yes.
- paper out, head open, a fault, offline, or cannot be reached: no.
- unknown because the connection cannot carry status (a file, a spooler, a USB printer without
  an IN endpoint): yes. The open itself is the only check there is; if it fails, nothing was sent
  and the job fails over.
- unknown because a printer that can answer stayed silent or answered nonsense: no. A silent
  printer may be hung half-way through the last label; sending into it would make the next job's
  outcome unknown too. A printer that never answers status over a connection that could carry it
  (some cheap network printers) is configured with `silent_ok` and then counts as fit.
- never polled yet (its worker has not looked): fit as a failover target; its worker polls
  before sending and passes the job on if it is not.
"""
from __future__ import annotations

from devices.printers import PrinterState, PrinterStatus
from whs_app.printing.printers import Printer, chain, list_printers
from whs_app.printing.queue import PrintQueue

USABLE = {PrinterState.READY, PrinterState.PAPER_NEAR_END}
NO_STATUS_OVER_LINK = "not_supported"


def fit_to_print(state: str | None, details: tuple[str, ...], silent_ok: bool) -> bool:
    if state in USABLE:
        return True
    if state == PrinterState.UNKNOWN:
        return silent_ok or NO_STATUS_OVER_LINK in details
    return False


def status_fit(status: PrinterStatus, silent_ok: bool) -> bool:
    return fit_to_print(status.state, status.details, silent_ok)


def known_fit(printer: Printer) -> bool:
    """From what the printer's worker last stored; never polled counts as fit (see above)."""
    if printer.last_state is None:
        return True
    details = tuple(filter(None, (printer.last_detail or "").split(",")))
    return fit_to_print(printer.last_state, details, printer.silent_ok)


def first_fit(candidates: list[Printer]) -> Printer | None:
    return next((p for p in candidates if known_fit(p)), None)


def no_printer_reason(station: str, kind: str) -> str:
    return (f"打包台 {station} 没有可打印 {kind} 的打印机 / no enabled printer at station {station} "
            f"prints {kind} jobs: add one with `whs printers add`")


def route_pending(queue: PrintQueue, station: str) -> int:
    """Put the station's new jobs on the first fit printer of their chain (else its first)."""
    pending = queue.store.print_jobs.unrouted(station)
    if not pending:
        return 0
    printers = list_printers(queue.store, station)
    routed = 0
    for job in pending:
        candidates = chain(printers, station, job["kind"])
        if not candidates:
            queue.note_waiting(job, no_printer_reason(station, job["kind"]))
            continue
        target = first_fit(candidates) or candidates[0]
        routed += queue.route(job, target.name)
    return routed


def fail_over(queue: PrintQueue, printer: Printer, reason: str) -> int:
    """Move the jobs queued on a printer that cannot print to the next fit printer of their chain.

    Jobs with nowhere to go stay, saying why: they print when a printer of the chain comes back.
    """
    printers = list_printers(queue.store, printer.station)
    moved = 0
    for job in queue.store.print_jobs.queued_on(printer.name):
        others = [p for p in chain(printers, job["station"], job["kind"]) if p.name != printer.name]
        target = first_fit(others)
        if target is None:
            queue.note_waiting(job, reason)
        else:
            moved += queue.move(job, target.name, reason)
    return moved
