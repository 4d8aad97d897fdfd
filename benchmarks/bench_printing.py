"""Print queue speed (issue 4), against the TCP printer emulator with the production timings.

- scan_to_last_byte_p99_ms: from the last item scan of an order (PackingSession.scan, which seals
  the parcel and queues its label) to the label's last byte handed to the transport (the
  worker's JobHandedOver event), native TSPL path. One order at a time, the queue idle before
  each, as at a pack bench.
- failover_s: from a printer going down (offline, out of paper, head open, hung and silent,
  not accepting connections) to the next job starting on its backup (the backup's `sending`),
  with an order packed every 100 ms. The worst case is the figure; each case is reported.
  Printers are configured with `?timeout=1` (a LAN printer connects in milliseconds; the
  default 5 s connect timeout would make the "not accepting connections" case take 5 s).
"""
from __future__ import annotations

import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.figures import Benchmark, Figure, at_most, latency_figures, report  # noqa: E402
from devices.testing import PrinterEmulator  # noqa: E402
from whs_app.actor import Actor  # noqa: E402
from whs_app.clock import ManualClock  # noqa: E402
from whs_app.packing import PackingSession  # noqa: E402
from whs_app.printing.events import JobChanged, JobHandedOver  # noqa: E402
from whs_app.printing.printers import add_printer  # noqa: E402
from whs_app.printing.service import PrintService  # noqa: E402
from whs_app.store import Store  # noqa: E402
from tests.print_harness import build  # noqa: E402

ORDERS = 300
ADMIN = Actor("OFFICE", "boss")
FAULTS = {
    "offline": lambda e: e.go_offline(),
    "paper_out": lambda e: e.run_out_of_paper(),
    "head_open": lambda e: e.set_condition(head_open=True),
    "hung": lambda e: e.hang_after(0),
    "stalled": lambda e: e.stall_connections(),   # accepts nobody: connecting times out
}
REPEATS = 3


class Watch:
    """Event times by (kind of event, job or printer), for the benchmark's waits."""

    def __init__(self) -> None:
        self.handed: dict[int, float] = {}
        self.sending: list[tuple[str, float]] = []
        self._changed = threading.Condition()

    def __call__(self, event) -> None:
        with self._changed:
            if isinstance(event, JobHandedOver):
                self.handed[event.job_id] = event.t
            elif isinstance(event, JobChanged) and event.state == "sending":
                self.sending.append((event.printer, event.t))
            self._changed.notify_all()

    def wait(self, predicate, timeout: float = 30.0):
        with self._changed:
            if not self._changed.wait_for(predicate, timeout):
                raise RuntimeError("benchmark: the print queue did not get there in time")
            return predicate()


def _setup(workdir: Path, printers: list[tuple[str, PrinterEmulator]]) -> tuple[Path, list[tuple[str, str]]]:
    path = workdir / "whs.db"
    scans = build(path, ORDERS)
    with Store.open(path) as store:
        backup_of = None
        for name, emulator in printers:
            add_printer(store, "2026-11-11 08:00:00", ADMIN, name, emulator.uri(timeout=1), emulator.language,
                        "both", "P01", None, backup_of)
            backup_of = name
    return path, scans


def scan_to_last_byte() -> list[float]:
    latencies = []
    with tempfile.TemporaryDirectory() as tmp, PrinterEmulator("tspl", lifetime=600) as printer:
        path, scans = _setup(Path(tmp), [("A", printer)])
        clock = ManualClock("2026-11-11 09:00:00")
        watch = Watch()
        with Store.open(path) as store, PrintService(path, clock) as service:
            service.events.subscribe(watch)
            session = PackingSession(store, clock, Actor("P01", "packer1"))
            for order_no, barcode in scans:
                session.scan(order_no)
                started = time.perf_counter()
                waybill = session.scan(barcode).waybill_no
                service.wake("P01")
                job = store.print_jobs.latest_label(waybill)["id"]
                watch.wait(lambda: job in watch.handed and job + 1 in watch.handed)   # label, then slip
                latencies.append((watch.handed[job] - started) * 1000)
    return sorted(latencies)


def failover(fault: str) -> float:
    with tempfile.TemporaryDirectory() as tmp, PrinterEmulator("tspl", lifetime=120) as primary, \
            PrinterEmulator("zpl", lifetime=120) as backup:
        path, scans = _setup(Path(tmp), [("A", primary), ("B", backup)])
        clock = ManualClock("2026-11-11 09:00:00")
        watch = Watch()
        with PrintService(path, clock) as service:
            service.events.subscribe(watch)
            stop = threading.Event()
            feeder = threading.Thread(target=_feed, args=(path, clock, scans, service, stop))
            feeder.start()
            try:
                watch.wait(lambda: any(p == "A" for p, _ in watch.sending))   # the stream prints on A
                time.sleep(0.3)
                down = time.perf_counter()
                FAULTS[fault](primary)
                moved = watch.wait(lambda: next((t for p, t in watch.sending if p == "B" and t > down), None))
            finally:
                stop.set()
                feeder.join()
    return moved - down


def _feed(path, clock, scans, service, stop: threading.Event) -> None:
    """An order packed every 100 ms on this thread's own connection, as a pack bench would."""
    with Store.open(path) as store:
        session = PackingSession(store, clock, Actor("P01", "packer1"))
        for order_no, barcode in scans:
            if stop.is_set():
                return
            session.scan(order_no)
            session.scan(barcode)
            service.wake("P01")
            time.sleep(0.1)


def run() -> list[Figure]:
    figures = latency_figures("scan_to_last_byte", scan_to_last_byte(), p99_goal_ms=50.0)
    worst = {fault: max(failover(fault) for _ in range(REPEATS)) for fault in FAULTS}
    figures.append(at_most("failover_s", max(worst.values()), "s", 2.0))
    figures += [report(f"failover_s_{fault}", seconds, "s") for fault, seconds in worst.items()]
    return figures


BENCHMARKS = [Benchmark(names=("scan_to_last_byte_p99_ms", "scan_to_last_byte_median_ms",
                               "scan_to_last_byte_measured", "failover_s",
                               *(f"failover_s_{fault}" for fault in FAULTS)), run=run)]
