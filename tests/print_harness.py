"""Reliability runs of the print queue: many jobs, three emulated printers, faults at random, kills.

Used by tests/test_print_reliability*.py (CI sizes) and benchmarks/print_reliability.py (full
sizes). What every printer received is cut into jobs at the status requests the worker sends
before and after each job, and each piece is matched to its job by the waybill (labels) or the
order number (slips) printed on it. Then, for every job:
- sent: exactly one complete copy reached a printer, and no other piece of it anywhere;
- unknown: at most one copy or piece, anywhere (it was never re-sent);
- failed: nothing printed, and a reason;
- nothing may be left queued or sending, and no job may be missing (no silent drops).
"""
from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
import threading
import time
from collections import Counter, defaultdict
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

from devices.testing import PrinterEmulator
from whs_app.actor import Actor
from whs_app.clock import ManualClock
from whs_app.model import NewOrder, OrderLine, PlatformStatus
from whs_app.packing import PackingSession
from whs_app.printing.printers import add_printer
from whs_app.printing.service import PrintService
from whs_app.printing.worker import Timing
from whs_app.review import review
from whs_app.settings import WarehouseSettings
from whs_app.store import Store
from tests.factories import make_warehouse

REPO = Path(__file__).resolve().parent.parent
TIMING = Timing(status_timeout=0.2, idle_poll=0.05, retry=0.05, db_poll=0.02)
URI_TIMEOUT = 0.3
ITEMS = [("SOCKS-5P", "6901234567005", 400), ("TSHIRT-W-M", "6901234567001", 50),
         ("TSHIRT-B-L", "6901234567002", 50)]
FRAMES = {"tspl": (b"SIZE ", b"PRINT 1,1\r\n"), "zpl": (b"^XA", b"^XZ\n"), "escpos": (b"\x1b@", b"\x1dVB\x00")}
STATUS_REQUEST = {"tspl": re.compile(rb"\x1b!\?"), "zpl": re.compile(rb"~HS"),
                  "escpos": re.compile(rb"\x10\x04[\x01-\x04]")}
CUT_REQUESTS = {"tspl": {b"\x1b", b"\x1b!"}, "zpl": {b"~", b"~H"}, "escpos": {b"\x10", b"\x10\x04"}}
WAYBILL = re.compile(rb"ZT\d{10}")
ORDER = re.compile(rb"R\d{6}")


# -- the warehouse ------------------------------------------------------------------------------
def build(path: Path, orders: int) -> list[tuple[str, str]]:
    """A warehouse with three printers' worth of config left to the caller, and `orders` ready
    one-unit orders (distinct buyers, so none merge); returns (order_no, item barcode) to scan."""
    clock = ManualClock("2026-11-11 08:00:00")
    with Store.open(path) as store:
        warehouse = make_warehouse(store, clock, pool_size=max(1000, orders))
        settings = WarehouseSettings.load(store).with_value("label_confirm_required", "false")
        with store.transaction():
            settings.save(store)
        scans = _orders(store, warehouse, orders)
        review(store, clock, Actor("OFFICE", "boss"))
    return scans


def _orders(store: Store, warehouse, count: int) -> list[tuple[str, str]]:
    ids = store.skus.ids_by_code()
    rows, scans = [], []
    plan = [item for code, barcode, n in ITEMS for item in [(code, barcode)] * n]
    for n in range(count):
        code, barcode = plan[n % len(plan)]
        order_no = f"R{n:06d}"
        order = NewOrder(shop_code="tmall-main", order_no=order_no, platform_status=PlatformStatus.PAID,
                         lines=[OrderLine(1, code, 1, ids[code])], paid_at="2026-11-11 00:10:00",
                         receiver_name=f"买家{n}", receiver_phone=f"139{n:08d}", province="浙江省",
                         city="杭州市", district="西湖区", address=f"文三路 {n} 号")
        rows.append((warehouse.shop_id, "new", order_no, order))
        scans.append((order_no, barcode))
    with store.transaction():
        store.orders.insert_many(rows, "2026-11-11 00:20:00", None, store.skus.weights())
    return scans


def configure(path: Path, emulators: list[PrinterEmulator]) -> None:
    """A, B, C: a primary and two backups at P01, each printing labels and slips."""
    with Store.open(path) as store:
        previous = None
        for name, emulator in zip("ABC", emulators):
            add_printer(store, "2026-11-11 08:00:00", Actor("OFFICE", "boss"), name,
                        emulator.uri(timeout=URI_TIMEOUT), emulator.language, "both", "P01", None, previous)
            previous = name


def pack(store: Store, session: PackingSession, scans: list[tuple[str, str]]) -> None:
    for order_no, barcode in scans:
        for code in (order_no, barcode):
            result = session.scan(code)
            if not result.ok:
                raise RuntimeError(f"scan {code} refused: {result.message}")


# -- faults ---------------------------------------------------------------------------------------
FAULTS = ("offline", "paper_out", "head_open", "hang", "drop", "slow")


class Chaos:
    """Faults at random instants on random printers, each undone after a short while."""

    def __init__(self, emulators: list[PrinterEmulator], rng: random.Random, *, threads: int = 2,
                 gap: tuple[float, float] = (0.01, 0.15), length: tuple[float, float] = (0.05, 0.4),
                 base_rate: float | None = None) -> None:
        self.emulators = emulators
        self.base_rate = base_rate     # bytes/s every printer reads at when no fault is on
        self.rng = rng
        self.gap, self.length = gap, length
        self.injected: Counter = Counter()
        self._busy: set[int] = set()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._threads = [threading.Thread(target=self._run, name=f"chaos-{n}", daemon=True) for n in range(threads)]

    def start(self) -> Chaos:
        for emulator in self.emulators:
            heal(emulator, self.base_rate)
        for thread in self._threads:
            thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(10)
        for emulator in self.emulators:
            heal(emulator)

    def _run(self) -> None:
        while not self._stop.wait(self._draw(self.gap)):
            index = self._take()
            if index is None:
                continue
            try:
                self._inject(self.emulators[index])
            finally:
                with self._lock:
                    self._busy.discard(index)

    def _take(self) -> int | None:
        with self._lock:
            free = [i for i in range(len(self.emulators)) if i not in self._busy]
            if not free:
                return None
            index = self.rng.choice(free)
            self._busy.add(index)
            return index

    def _inject(self, emulator: PrinterEmulator) -> None:
        with self._lock:
            fault = self.rng.choice(FAULTS)
            nbytes = self.rng.randint(0, 3000)
            rate = self.rng.choice([3_000, 20_000, 200_000])
            length = self.rng.uniform(*self.length)
        self.injected[fault] += 1
        {"offline": emulator.go_offline, "paper_out": emulator.run_out_of_paper,
         "head_open": lambda: emulator.set_condition(head_open=True),
         "hang": lambda: emulator.hang_after(nbytes), "drop": lambda: emulator.drop_after(nbytes),
         "slow": lambda: emulator.throttle(rate)}[fault]()
        self._stop.wait(length)
        heal(emulator, self.base_rate)

    def _draw(self, bounds: tuple[float, float]) -> float:
        with self._lock:
            return self.rng.uniform(*bounds)


def heal(emulator: PrinterEmulator, rate: float | None = None) -> None:
    emulator.go_online()
    emulator.resume()
    emulator.throttle(rate)
    emulator.load_paper()
    emulator.set_condition(head_open=False)


# -- checking ---------------------------------------------------------------------------------------
@dataclass
class Verdict:
    jobs: int = 0
    states: Counter = field(default_factory=Counter)
    printed_once: int = 0            # sent jobs found complete exactly once
    unknown_printed: int = 0         # unknown jobs that did reach a printer whole
    unknown_partial: int = 0         # unknown jobs with part of them on a printer
    failovers: int = 0               # job moves off a printer that could not print
    printed_on: Counter = field(default_factory=Counter)   # sent jobs per printer
    recovered: int = 0               # found `sending` at a worker's start (killed mid-job): unknown
    duplicates: list[int] = field(default_factory=list)    # jobs found more than once
    lost: list[int] = field(default_factory=list)          # sent but not found whole exactly once
    silent: list[int] = field(default_factory=list)        # left queued/sending, or failed/unknown with no reason
    strays: int = 0                  # pieces that match no job
    notes: list[str] = field(default_factory=list)         # what the strays were
    integrity: str = "ok"

    @property
    def ok(self) -> bool:
        return not (self.duplicates or self.lost or self.silent or self.strays) and self.integrity == "ok"

    def summary(self) -> dict:
        return {"jobs": self.jobs, "states": dict(self.states), "printed_once": self.printed_once,
                "unknown_printed_whole": self.unknown_printed, "unknown_partial": self.unknown_partial,
                "failovers": self.failovers, "printed_on": dict(self.printed_on),
                "recovered_after_kill": self.recovered, "duplicates": len(self.duplicates), "lost": len(self.lost),
                "silent_drops": len(self.silent), "strays": self.strays, "integrity": self.integrity,
                "notes": self.notes[:5]}


def pieces(emulator: PrinterEmulator) -> list[tuple[bytes, bool]]:
    """(bytes, complete) for every job-sized piece the printer received.

    A connection cut in the middle of a status request leaves its first bytes at the end: they
    are not a job's."""
    start, end = FRAMES[emulator.language]
    cut_requests = CUT_REQUESTS[emulator.language]
    found = []
    for data in emulator.connections:
        for piece in STATUS_REQUEST[emulator.language].split(data):
            if piece and piece not in cut_requests:
                found.append((piece, piece.startswith(start) and piece.endswith(end)))
    return found


def verify(path: Path, emulators: list[PrinterEmulator], expected_jobs: int) -> Verdict:
    with Store.open(path) as store:
        jobs = {j["id"]: j for j in store.print_jobs.listing(limit=10 * expected_jobs + 100)}
        keys = _job_keys(store, list(jobs.values()))
        claims = _claims(store)
        verdict = Verdict(jobs=len(jobs), states=Counter(j["state"] for j in jobs.values()),
                          failovers=store.audit.count("print_job.failover"), integrity=store.integrity_check())
    copies: dict[int, list[bool]] = defaultdict(list)
    for name, emulator in zip("ABC", emulators):
        received = pieces(emulator)
        found = [(_match(piece, keys), complete) for piece, complete in received]
        for index in _align(found, claims[name], jobs, copies):
            verdict.strays += 1
            job_id, (piece, complete) = found[index][0], received[index]
            verdict.notes.append(f"{name} piece {index}/{len(found)} job {job_id} "
                                 f"{jobs[job_id]['state'] if job_id else '-'} complete={complete} "
                                 f"{piece[:40]!r}...{piece[-20:]!r}")
    for job in jobs.values():
        _judge(verdict, job, copies.get(job["id"], []))
    if len(jobs) != expected_jobs:
        verdict.silent.append(-abs(len(jobs) - expected_jobs))
    return verdict


def _claims(store: Store) -> dict[str, list[int]]:
    """Per printer, the jobs it committed to send, in order (the `sending` audit events)."""
    claims = defaultdict(list)
    for row in store.all("SELECT entity_id, detail FROM audit_events WHERE action = 'print_job.sending' ORDER BY id"):
        claims[json.loads(row["detail"])["printer"]].append(int(row["entity_id"]))
    return claims


def _align(found: list[tuple[int | None, bool]], claims: list[int], jobs: dict[int, dict],
           copies: dict[int, list[bool]]) -> list[int]:
    """Give each piece a printer received to one send the worker committed to, in order.

    A piece naming its job takes that job's next claim; a piece cut off before its waybill or
    order number takes the next claim of a job left `unknown` with no piece yet. A claim sends at
    most once, so each claim takes at most one piece. Returns the pieces no claim can explain.
    """
    strays, at = [], 0
    for index, (job_id, complete) in enumerate(found):
        if job_id is None:
            match = next((k for k in range(at, len(claims)) if jobs[claims[k]]["state"] == "unknown"
                          and not copies.get(claims[k])), None)
        else:
            match = next((k for k in range(at, len(claims)) if claims[k] == job_id), None)
        if match is None:
            strays.append(index)
            continue
        copies[claims[match]].append(complete)
        at = match + 1
    return strays


def _job_keys(store: Store, jobs: list[dict]) -> dict[bytes, int]:
    keys = {}
    for job in jobs:
        if job["kind"] == "label":
            keys[job["waybill_no"].encode()] = job["id"]
        else:
            parcel = store.parcels.get(job["parcel_id"])
            keys[store.orders.get(parcel["order_id"], with_lines=False).order_no.encode()] = job["id"]
    return keys


def _match(piece: bytes, keys: dict[bytes, int]) -> int | None:
    for pattern in (WAYBILL, ORDER):
        for found in pattern.findall(piece):
            if found in keys:
                return keys[found]
    return None


def _judge(verdict: Verdict, job: dict, copies: list[bool]) -> None:
    state = job["state"]
    if len(copies) > 1:
        verdict.duplicates.append(job["id"])
    if state == "sent":
        verdict.printed_on[job["printer"]] += 1
        if copies == [True]:
            verdict.printed_once += 1
        else:
            verdict.lost.append(job["id"])
    elif state == "unknown" and job["error"]:
        verdict.unknown_printed += copies == [True]
        verdict.recovered += "stopped while sending" in job["error"]
        verdict.unknown_partial += copies == [False]
    elif not (state == "failed" and job["error"] and not copies):
        verdict.silent.append(job["id"])


# -- the runs ---------------------------------------------------------------------------------------
@dataclass
class Run:
    verdict: Verdict
    seconds: float
    faults: Counter
    kills: int = 0


def emulators_for(stack: ExitStack, lifetime: float) -> list[PrinterEmulator]:
    return [stack.enter_context(PrinterEmulator(language, lifetime=lifetime)) for language in ("tspl", "zpl", "escpos")]


def settle(path: Path, deadline: float) -> bool:
    while time.monotonic() < deadline:
        with Store.open(path) as store:
            counts = store.print_jobs.count_by_state()
        if not counts.get("queued") and not counts.get("sending"):
            return True
        time.sleep(0.05)
    return False


def in_process_run(workdir: Path, jobs: int, seed: int, limit: float = 120.0, pace: float = 0.2) -> Run:
    """(a) jobs/2 orders packed, five every `pace` seconds, while the service prints and faults fly."""
    path = workdir / "whs.db"
    scans = build(path, jobs // 2)
    rng = random.Random(seed)
    started = time.monotonic()
    with ExitStack() as stack:
        emulators = emulators_for(stack, limit + 30)
        configure(path, emulators)
        clock = ManualClock("2026-11-11 09:00:00")
        service = stack.enter_context(PrintService(path, clock, timing=TIMING))
        chaos = Chaos(emulators, rng).start()
        with Store.open(path) as store:
            session = PackingSession(store, clock, Actor("P01", "packer1"))
            for start in range(0, len(scans), 5):
                pack(store, session, scans[start:start + 5])
                service.wake("P01")
                time.sleep(pace)
        settle(path, time.monotonic() + limit / 2)
        chaos.stop()
        settle(path, started + limit)
        service.stop()
        verdict = verify(path, emulators, jobs)
    return Run(verdict, time.monotonic() - started, chaos.injected)


def worker_command(path: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "whs_app", "--db", str(path), "jobs", "run", "--station", "P01",
            "--retry", "0.05", "--idle-poll", "0.05", *extra]


def _env() -> dict:
    return {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}


def kill_run(workdir: Path, jobs: int, kills: int, seed: int, limit: float = 600.0) -> Run:
    """(b) `whs jobs run` as a subprocess, killed -9 at `kills` random instants while orders are
    packed and faults fly; restarted each time; then drained with `--once`.

    The printers read at 30 kB/s (a label takes 50-100 ms), so a kill finds the worker starting,
    idle, polling or half-way through a job, at random."""
    path = workdir / "whs.db"
    scans = build(path, jobs // 2)
    rng = random.Random(seed)
    started = time.monotonic()
    batch = max(1, -(-len(scans) // kills))
    with ExitStack() as stack:
        emulators = emulators_for(stack, limit + 30)
        configure(path, emulators)
        chaos = Chaos(emulators, random.Random(seed + 1), base_rate=30_000).start()
        with Store.open(path) as store:
            session = PackingSession(store, ManualClock("2026-11-11 09:00:00"), Actor("P01", "packer1"))
            for n in range(kills):
                pack(store, session, scans[n * batch:(n + 1) * batch])
                worker = subprocess.Popen(worker_command(path), cwd=REPO, env=_env(),
                                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                time.sleep(rng.uniform(0.1, 1.4))
                worker.kill()
                worker.wait()
        chaos.stop()
        for _ in range(3):   # drain; a round may end with a printer just healing
            subprocess.run(worker_command(path, "--once"), cwd=REPO, env=_env(), stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, timeout=max(60.0, limit / 4))
            if settle(path, time.monotonic() + 0.1):
                break
        verdict = verify(path, emulators, jobs)
    return Run(verdict, time.monotonic() - started, chaos.injected, kills)

