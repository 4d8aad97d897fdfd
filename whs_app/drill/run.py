"""Running a drill: the surge on a compressed clock, the crew, the faults on cue, and the stop.

    run = DrillRun(store, RunOptions(crew=Crew(packers=6), speed=None, cues=cues))
    outcome = run.run()          # blocks until the day is worked, the 72-hour limit, or a stop

Two modes:
- scripted: the virtual crew (floor.py) and emulated printers (emulated.py) work the day through
  the real services, as fast as the machine goes (`speed` None) or `speed` simulated seconds per
  wall second;
- stations: only the virtual office runs (orders arrive, are reviewed, waves are planned and
  released) on the drill clock; people pack at real stations that opened the drill database.

Faults come from `options.cues` (a script), from `inject()` (this process, any thread) and from
requests in the drill database (`whs drill inject` in another process). Stopping: `stop()` from
another thread, `should_stop` answering True, or the drill database's `drill_stop` setting
(`whs drill stop` in another process).
"""
from __future__ import annotations

import queue
import random
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime
from typing import Callable, Iterator

import simpy
import simpy.rt

from whs_app.carriers.reroute import CarrierError, bring_back, take_out
from whs_app.clock import parse_time, stamp
from whs_app.drill.printers import KINDS as PRINTER_KINDS, PrinterRoom
from whs_app.drill.faults import Cue, Fault, log_fault, log_phase, log_recovery, take_requests
from whs_app.drill.floor import OFFICE, Crew, Floor, bench
from whs_app.drill.info import DrillError, DrillInfo, load_info
from whs_app.drill.surge import burst, surge
from whs_app.importing.service import import_records
from whs_app.model import OrderState
from whs_app.review import review
from whs_app.store import Store

CLOCK_KEY = "drill_clock"          # settings: where the running drill's clock is (for other processes)
STOP_KEY = "drill_stop"            # settings: set by `whs drill stop`; the run ends at its next look
WATCH_S = 60.0                     # faults, requests and stops are looked at every simulated minute…
WATCH_WALL_S = 1.0                 # …and at least every wall second in a paced run (a stop ends it at once)
DONE_EVERY_S = 300.0
CLOCK_EVERY_S = 600.0              # unpaced runs write their clock this often (paced ones every look)
ACTIVE_STATES = (OrderState.NEW, OrderState.EXCEPTION, OrderState.READY, OrderState.WAVED, OrderState.PICKED,
                 OrderState.PACKING)


@dataclass(frozen=True)
class RunOptions:
    mode: str = "scripted"                 # or "stations"
    crew: Crew = field(default_factory=Crew)
    speed: float | None = None             # simulated seconds per wall second; None: as fast as it goes
    printers: str = "emulated"             # scripted: "emulated" (real bytes) or "queue" (fast), printers.py
    cues: tuple[Cue, ...] = ()
    limit_h: float = 72.0                  # whatever is left then, the run ends (everything ships in 72 h)
    progress_every_s: float = 900.0        # on_progress is called this often (simulated seconds)

    def check(self) -> None:
        if self.mode not in ("scripted", "stations"):
            raise DrillError(f"mode must be scripted or stations, not {self.mode!r}")
        if self.speed is not None and self.speed <= 0:
            raise DrillError(f"speed must be above 0, not {self.speed}")
        if self.printers not in PRINTER_KINDS:
            raise DrillError(f"printers must be {' or '.join(PRINTER_KINDS)}, not {self.printers!r}")
        if self.mode == "stations" and self.speed is None:
            raise DrillError("a drill with people at real stations needs a speed (e.g. 12: a day in two hours)")
        try:
            self.crew.check()
        except ValueError as exc:
            raise DrillError(str(exc)) from exc


@dataclass(frozen=True)
class RunOutcome:
    reason: str           # done, limit, stopped
    started: datetime     # simulated
    ended: datetime       # simulated
    wall_s: float
    orders: int

    def as_dict(self) -> dict:
        return {"reason": self.reason, "started": stamp(self.started), "ended": stamp(self.ended),
                "wall_s": round(self.wall_s, 2), "orders": self.orders}


class DrillRun:
    """One run of a drill database (see the module docstring). Not reusable: one run() each."""

    def __init__(self, store: Store, options: RunOptions = RunOptions(), *,
                 on_progress: Callable[[datetime], None] | None = None,
                 should_stop: Callable[[], bool] | None = None) -> None:
        options.check()
        self.store, self.options = store, options
        self.info: DrillInfo = load_info(store)
        if store.settings.get(STOP_KEY):
            raise DrillError(f"演练 {self.info.name} 已结束 this drill was stopped; make a new one to run again")
        if store.orders.count():
            raise DrillError(f"演练 {self.info.name} 已经跑过 this drill has already run ({store.orders.count()} orders); "
                             "make a new one with `whs drill new` to run again")
        self.on_progress = on_progress or (lambda now: None)
        self.should_stop = should_stop or (lambda: False)
        self.rng = random.Random(self.info.seed)
        self.day = parse_time(f"{self.info.day} 00:00:00")
        self.env = simpy.rt.RealtimeEnvironment(factor=1 / options.speed, strict=False) if options.speed \
            else simpy.Environment()
        self.watch_s = min(WATCH_S, options.speed * WATCH_WALL_S) if options.speed else WATCH_S
        self.floor = Floor(self.env, store, self.day, surge(store, self.info), options.crew, self.rng,
                           kick=lambda station: None)
        self.clock = self.floor.clock
        self.printers: PrinterRoom | None = None
        self.checks: dict[int, Callable[[], dict | None]] = {}   # fault id -> "recovered?" (detail or None)
        self.bursts = 0
        self._injected: queue.Queue[Cue] = queue.Queue()
        self._stop = threading.Event()
        self._finished = self.env.event()

    # -- from other threads ---------------------------------------------------------------------
    def inject(self, cue: Cue) -> None:
        """Inject a fault now (thread-safe): applied within a simulated minute."""
        self._injected.put(cue)

    def stop(self) -> None:
        self._stop.set()

    # -- the run --------------------------------------------------------------------------------
    def run(self) -> RunOutcome:
        wall = time.monotonic()
        scripted = self.options.mode == "scripted"
        if scripted:
            self._hire()
        log_phase(self.store, self.clock.now(), OFFICE, "started", {
            "mode": self.options.mode, "speed": self.options.speed, "orders": len(self.floor.arrivals),
            "packers": self.options.crew.packers if scripted else None,
            "pickers": self.options.crew.pickers if scripted else None})
        try:
            if scripted:
                self.printers.start()
            self.floor.start(office_only=not scripted)
            for cue in self.options.cues:
                self.env.process(self._on_cue(cue))
            self.env.process(self._watch())
            reason = self.env.run(until=self._finished)
        finally:
            if self.printers is not None:
                self.printers.close()
        ended = self.clock.now()
        outcome = RunOutcome(reason, self.day, ended, time.monotonic() - wall, self.store.orders.count())
        log_phase(self.store, ended, OFFICE, "ended", outcome.as_dict())
        self.on_progress(ended)
        return outcome

    def _hire(self) -> None:
        """The virtual stations, their people and their emulated printers, in the drill database."""
        crew = self.options.crew
        stations = [bench(n) for n in range(1, crew.packers + 1)]
        with self.store.transaction():
            for station in stations:
                if self.store.people.station(station) is None:
                    self.store.people.add_station(station, f"演练虚拟打包台 drill bench {station}")
            for login in [f"vpack{n:02d}" for n in range(1, crew.packers + 1)] + \
                    [f"vpick{n:02d}" for n in range(1, crew.pickers + 1)]:
                if self.store.people.user(login) is None:
                    self.store.people.add_user(login, f"演练 {login}", "packer")
            self.store.audit.record(stamp(self.clock.now()), OFFICE, "drill.crew", "drill", self.info.name,
                                    {"stations": stations, "pickers": crew.pickers,
                                     "exception_handlers": crew.exception_handlers})
        self.printers = PrinterRoom(self.env, self.store, self.clock, crew.rates, self.rng, self.options.printers)
        self.printers.setup(stations)
        self.floor.kick = self.printers.kick

    def _on_cue(self, cue: Cue) -> Iterator:
        yield self.env.timeout(max(0.0, self.clock.seconds(cue.at)))
        self.apply(cue)

    def _watch(self) -> Iterator:
        next_progress, next_done, next_clock = 0.0, DONE_EVERY_S, 0.0
        limit = self.options.limit_h * 3600
        while True:
            for cue in take_requests(self.store) + self._drain():
                self.apply(cue)
            self._check_recoveries()
            now = self.env.now
            if self.options.speed or now >= next_clock:
                self.store.settings.set(CLOCK_KEY, {"sim": stamp(self.clock.now()), "wall": time.time(),
                                                    "speed": self.options.speed})
                next_clock = now + CLOCK_EVERY_S
            if now >= next_progress:
                self.on_progress(self.clock.now())
                next_progress = now + self.options.progress_every_s
            if self._stop.is_set() or self.should_stop() or self.store.settings.get(STOP_KEY):
                return self._finished.succeed("stopped")
            if now >= limit:
                return self._finished.succeed("limit")
            if now >= next_done:
                next_done = now + DONE_EVERY_S
                if self._day_done():
                    return self._finished.succeed("done")
            yield self.env.timeout(self.watch_s)

    def _drain(self) -> list[Cue]:
        cues = []
        while not self._injected.empty():
            cues.append(self._injected.get_nowait())
        return cues

    def _day_done(self) -> bool:
        if not self.floor.arrivals_done or self.checks:
            return False
        counts = self.store.orders.count_by_state()
        return not any(counts.get(state) for state in ACTIVE_STATES)

    def _check_recoveries(self) -> None:
        for fault_id, check in list(self.checks.items()):
            detail = check()
            if detail is not None:
                log_recovery(self.store, self.clock.now(), OFFICE, fault_id, detail)
                del self.checks[fault_id]

    # -- faults ---------------------------------------------------------------------------------
    def apply(self, cue: Cue) -> int | None:
        """Make the fault happen now; the fault's id in drill_events (None: logged when it strikes)."""
        appliers = {
            Fault.PRINTER_PAPER_OUT: self._printer_fault, Fault.PRINTER_OFFLINE: self._printer_fault,
            Fault.CARRIER_CAPACITY_CUT: self._capacity_cut, Fault.CARRIER_OUTAGE: self._outage,
            Fault.SCANNER_GARBAGE: self._garbage, Fault.EXCEPTION_BURST: self._burst,
            Fault.STATION_CRASH: self._crash,
        }
        try:
            return appliers[cue.fault](cue)
        except (LookupError, CarrierError, DrillError) as exc:
            log_phase(self.store, self.clock.now(), OFFICE, "fault_refused", {"fault": cue.fault.value,
                                                                             "target": cue.target, "why": str(exc)})
            return None

    def _now(self) -> datetime:
        return self.clock.now()

    def _printer_fault(self, cue: Cue) -> int:
        if self.printers is None:           # people's printers: the supervisor pulls the paper for real
            return self._logged_physical(cue, lambda at: self.store.drill.first_print_after(cue.target, at))
        printer = self.printers.find(cue.target)
        fault_id = log_fault(self.store, self._now(), OFFICE, cue, {"printer": printer.name})
        fix = cue.knob("fix")
        self.printers.break_down(printer, cue.fault, fault_id, 60 * (fix if fix is not None else
                                                                   self.rng.uniform(3.0, 8.0)))
        return fault_id

    def _logged_physical(self, cue: Cue, first_after: Callable[[str], str | None]) -> int:
        """A fault people cause at a real station: logged; recovered when the data shows work again."""
        fault_id = log_fault(self.store, self._now(), OFFICE, cue)
        at = stamp(self._now())
        self.checks[fault_id] = lambda: (lambda seen: {"seen_at": seen} if seen else None)(first_after(at))
        return fault_id

    def _carrier(self, code: str):
        carrier = self.store.carriers.by_code(code)
        if carrier is None:
            raise DrillError(f"没有快递 {code} / no carrier {code}")
        return carrier

    def _capacity_cut(self, cue: Cue) -> int:
        carrier = self._carrier(cue.target)
        day = self._now().date().isoformat()
        waved = sum(n for (carrier_id, _), n in self.store.waves.parcels_waved(day).items() if carrier_id == carrier.id)
        cap = int(cue.knob("cap") if cue.knob("cap") is not None else waved)   # default: no more today
        fault_id = log_fault(self.store, self._now(), OFFICE, cue, {"daily_capacity": cap, "day": day})
        with self.store.transaction():
            self.store.carrier_setup.set_day_caps(carrier.id, day, {"daily_capacity": cap})
            self.store.audit.record(stamp(self._now()), OFFICE, "carrier.day_caps", "carrier", carrier.id,
                                    {"code": carrier.code, "day": day, "daily_capacity": cap, "drill": True})
        cut_at = self.env.now

        def replanned() -> dict | None:
            plan = self.floor.last_plan
            if plan is None or plan[0] <= cut_at or plan[1].get(carrier.code):
                return None
            return {"replanned": True}
        self.checks[fault_id] = replanned
        return fault_id

    def _outage(self, cue: Cue) -> int:
        carrier = self._carrier(cue.target)
        fault_id = log_fault(self.store, self._now(), OFFICE, cue)
        result = take_out(self.store, self.clock, OFFICE, carrier.code, "演练 drill: 快递停运 carrier outage")
        self.env.process(self._bring_back(carrier.code, 60 * cue.knob("minutes")))
        moved = {"rerouted": result.parcels, "waiting": result.waiting}
        self.checks[fault_id] = lambda: None if self.store.assignments.unprinted(carrier.id) else moved
        return fault_id

    def _bring_back(self, code: str, after_s: float) -> Iterator:
        yield self.env.timeout(after_s)
        bring_back(self.store, self.clock, OFFICE, code)
        log_phase(self.store, self._now(), OFFICE, "carrier_back", {"carrier": code})

    def _packer(self, station: str):
        packer = next((p for p in self.floor.packers if p.station == station), None)
        if packer is None:
            known = ", ".join(p.station for p in self.floor.packers)
            raise LookupError(f"没有虚拟打包台 {station} / no virtual station {station!r} (known: {known})")
        return packer

    def _garbage(self, cue: Cue) -> int:
        if not self.floor.packers:
            return self._logged_physical(cue, lambda at: self.store.drill.first_scan_after(cue.target, at))
        packer = self._packer(cue.target)
        fault_id = log_fault(self.store, self._now(), packer.actor, cue)
        packer.garbage_until = self.env.now + 60 * cue.knob("minutes")
        packer.garbage_fault = fault_id
        self.env.process(self._scanner_replaced(packer))
        return fault_id

    def _scanner_replaced(self, packer) -> Iterator:
        """The noise stops; a packer not scanning just then is back at once, else at her next good scan."""
        yield self.env.timeout(packer.garbage_until - self.env.now)
        if packer.session is not None and packer.session.current is None:
            packer.recovered()

    def _crash(self, cue: Cue) -> int | None:
        if not self.floor.packers:
            return self._logged_physical(cue, lambda at: self.store.drill.first_scan_after(cue.target, at))
        self._packer(cue.target).crash_cue = cue     # it strikes mid-parcel, and is logged then
        return None

    def _burst(self, cue: Cue) -> int:
        count = int(cue.knob("count"))
        orders = burst(self.store, self.rng, self._now(), count, self.bursts)
        self.bursts += count
        fault_id = log_fault(self.store, self._now(), OFFICE, cue, {"orders": [o.order_no for o in orders]})
        import_records(self.store, self.clock, OFFICE, orders, source="drill-burst")
        review(self.store, self.clock, OFFICE)
        numbers = [o.order_no for o in orders]

        def resolved() -> dict | None:
            states = [order.state for no in numbers for order in self.store.orders.find(no)]
            held = sum(state in (OrderState.EXCEPTION, OrderState.NEW) for state in states)
            return None if held else {"orders": len(numbers)}
        self.checks[fault_id] = resolved
        return fault_id


def sim_now(store: Store) -> datetime | None:
    """Where the running (or last) drill's clock is, as its run last wrote it."""
    value = store.settings.get(CLOCK_KEY)
    return parse_time(value["sim"]) if value else None

