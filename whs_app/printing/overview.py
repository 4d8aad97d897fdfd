"""Every printer at a glance, for the supervisors' Printers screen: per station its printers in
failover order (groups, primary then backups) with their state and their queue, a printer's
jobs, and the job a scanned waybill printed on.

Plain data built on a worker thread; the screen only shows it.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from whs_app.printing.failover import known_fit
from whs_app.printing.printers import Printer, list_printers
from whs_app.printing.queue import JobState
from whs_app.store import Store

WAITING = (JobState.QUEUED, JobState.SENDING)
#: jobs a person must look at: failed, or maybe printed (never re-sent on their own)
PROBLEMS = (JobState.FAILED, JobState.UNKNOWN)
#: what the screen lists for a printer, by view
VIEWS = {"waiting": WAITING, "problems": PROBLEMS, "all": None}


@dataclass(frozen=True)
class PrinterLine:
    printer: Printer
    fit: bool                                             # the failover would send jobs to it now
    queue: dict[str, int] = field(default_factory=dict)   # state -> jobs, live states only

    @property
    def name(self) -> str:
        return self.printer.name

    def count(self, states: tuple[str, ...]) -> int:
        return sum(self.queue.get(state, 0) for state in states)


@dataclass(frozen=True)
class StationPrinters:
    station: str
    name: str
    printers: tuple[PrinterLine, ...]
    unrouted: int = 0     # jobs waiting because no printer of the station can take them


def overview(store: Store) -> list[StationPrinters]:
    """Every station (with or without printers), its printers in failover order."""
    counts = store.printer_queues.counts([*WAITING, *PROBLEMS])
    unrouted = store.printer_queues.unrouted()
    lines: dict[str, list[PrinterLine]] = {}
    for printer in list_printers(store):
        lines.setdefault(printer.station, []).append(PrinterLine(printer, known_fit(printer),
                                                                 counts.get(printer.name, {})))
    names = {station["code"]: station["name"] for station in store.people.stations()}
    codes = sorted(set(names) | set(lines) | set(unrouted))
    return [StationPrinters(code, names.get(code, ""), tuple(lines.get(code, ())), unrouted.get(code, 0))
            for code in codes]


def printer_jobs(store: Store, printer: str, view: str = "waiting", limit: int = 200) -> list[dict]:
    """A printer's jobs in a view (waiting, problems, all), newest first."""
    if view not in VIEWS:
        raise ValueError(f"view {view!r}: choose one of {', '.join(VIEWS)}")
    return store.printer_queues.jobs(printer, VIEWS[view], limit)


def job_for_code(store: Store, code: str) -> dict | None:
    """The current label job of a scanned waybill (or a job number), if any."""
    code = code.strip()
    found = store.print_jobs.latest_label(code)
    if found is None and code.isdigit() and len(code) < 10:
        found = store.print_jobs.get(int(code))
    return found


def needs_supervisor(store: Store, job: dict) -> bool:
    """Whether reprinting this job needs a supervisor: its label was reprinted before."""
    return store.print_jobs.reprint_count(job["reprint_of"] or job["id"]) > 0
