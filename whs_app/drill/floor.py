"""The scripted floor: a virtual crew working a drill through the real services on a SimPy clock.

The office imports the surge as it arrives (the real import path), reviews it, plans and
releases waves (every `Rates.wave_interval_s` in working hours); pickers confirm pick lines;
packers open parcels with the pick slot, scan every unit with the item's barcode, and scan the
label back once their printer has printed it; an exception desk releases or cancels held orders.
Every step is a real service call on the drill database, stamped with the simulated time
(`SimClock`), so an unattended rehearsal leaves real parcels, print jobs and audit events behind.
People work within `Rates.work_hours`; their speeds are `Rates` service times with spread, drawn
from the injected `random.Random`.

Printers are emulated (emulated.py): the real print worker sends real bytes to them.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Callable, Iterator

import simpy

from whs_app.actor import Actor
from whs_app.codes import slot_code
from whs_app.drill.faults import Cue, log_fault, log_recovery
from whs_app.drill.surge import Arrival
from whs_app.exceptions_queue import OrderActionRefused, cancel, queue as exception_queue, release
from whs_app.importing.service import import_records
from whs_app.model import OrderState, Reason
from whs_app.packing import Event, PackingSession, ScanResult
from whs_app.picking import confirm
from whs_app.printing.queue import JobState
from whs_app.review import review
from whs_app.review_rules import WAIVABLE
from whs_app.simulation.rates import Rates
from whs_app.store import Store
from whs_app.wave_release import on_floor, release_waves
from whs_app.waves import WaveError, plan_waves

OFFICE = Actor("DRILL-OFFICE", "vsuper")
LABEL_POLL_S = 5.0             # a packer looks at the printer this often while waiting for the label
IDLE_LOOK_S = 900.0            # an idle picker or desk looks for work this often (pickers: or when waves go out)
PRINTED_STATES = (JobState.SENT, JobState.UNKNOWN, JobState.CONFIRMED)


class SimClock:
    """The services' clock during a scripted run: the drill day's start plus SimPy's seconds."""

    def __init__(self, env: simpy.Environment, start: datetime) -> None:
        self.env, self.start = env, start

    def now(self) -> datetime:
        return (self.start + timedelta(seconds=self.env.now)).replace(microsecond=0)

    def seconds(self, moment: datetime) -> float:
        return (moment - self.start).total_seconds()


@dataclass(frozen=True)
class Crew:
    """Who works a scripted drill, and how fast (Rates' service times)."""
    packers: int = 4
    pickers: int = 2
    exception_handlers: int = 1
    #: share of orders where the packer first scans a wrong item (refused: invariant 4)
    error_rate: float = 0.02
    rates: Rates = field(default_factory=Rates)

    def check(self) -> None:
        if self.packers < 1 or self.pickers < 1 or self.exception_handlers < 1:
            raise ValueError("a scripted drill needs at least one packer, one picker and one exception handler")
        if not 0 <= self.error_rate <= 1:
            raise ValueError(f"error_rate is a share between 0 and 1, not {self.error_rate}")
        self.rates.check()


def bench(number: int) -> str:
    """The station code of a scripted drill's virtual bench `number` (1, 2, …): V01, V02, …"""
    return f"V{number:02d}"


class Packer:
    """One virtual packer at her own station, with the faults that can hit her bench."""

    def __init__(self, floor: "Floor", number: int) -> None:
        self.floor = floor
        self.actor = Actor(bench(number), f"vpack{number:02d}")
        self.session = PackingSession(floor.store, floor.clock, self.actor)
        self.garbage_until = -1.0
        self.garbage_fault: int | None = None     # recovered at the first good scan after the garbage
        self.crash_cue: Cue | None = None         # crash at the next scan inside a parcel
        self.resumed_fault: int | None = None     # recovered at the first good scan after the restart

    @property
    def station(self) -> str:
        return self.actor.station

    def scan(self, code: str) -> Iterator:
        """Scan one code as a person would (a garbage-sending scanner first sends its noise)."""
        floor = self.floor
        while floor.env.now < self.garbage_until:
            self.session.scan(floor.garbage(floor.rng))
            yield floor.env.timeout(2.0)
        result = self.session.scan(code)
        if result.ok:
            self.recovered()
        return result

    def recovered(self) -> None:
        """The station works again: log the recovery of what hit it (once the scanner noise is over)."""
        floor = self.floor
        for name in ("garbage_fault", "resumed_fault"):
            fault_id = getattr(self, name)
            if fault_id is not None and (name != "garbage_fault" or floor.env.now >= self.garbage_until):
                log_recovery(floor.store, floor.clock.now(), self.actor, fault_id, {"station": self.station})
                setattr(self, name, None)

    def crash(self) -> Iterator:
        """The station's program dies mid-parcel: the session is gone until it restarts and resumes."""
        floor, cue = self.floor, self.crash_cue
        self.crash_cue = None
        order_no = self.session.current.leader.order_no
        fault_id = log_fault(floor.store, floor.clock.now(), self.actor, cue, {"order_no": order_no})
        self.session = None
        yield floor.env.timeout(cue.knob("restart") or floor.rng.uniform(60.0, 180.0))
        self.session = PackingSession(floor.store, floor.clock, self.actor)
        self.session.resumed()
        self.resumed_fault = fault_id


class Floor:
    """What the virtual crew share: the store, the clock, the arrivals, the queues between them."""

    def __init__(self, env: simpy.Environment, store: Store, start: datetime, arrivals: list[Arrival],
                 crew: Crew, rng: random.Random, kick: Callable[[str], None]) -> None:
        self.env, self.store, self.crew, self.rng = env, store, crew, rng
        self.rates = crew.rates
        self.clock = SimClock(env, start)
        self.arrivals = arrivals
        self.imported = 0
        self.kick = kick                      # a station's printers have work: wake them
        self.pack_queue = simpy.Store(env)    # (wave id, pick slot) of picked orders
        self.claimed_lines: set[int] = set()
        self.claimed_exceptions: set[int] = set()
        self.barcodes = {sku.code: store.skus.barcodes(sku.id)[0] for sku in store.skus.all()
                         if store.skus.barcodes(sku.id)}
        self.packers: list[Packer] = []
        self.last_plan: tuple[float, dict] | None = None    # (time, carriers waiting for room)
        self.released = env.event()           # waves went to the floor: idle pickers look now

    def start(self, office_only: bool = False) -> None:
        """Set the crew to work; office_only: people at real stations do the rest."""
        env = self.env
        env.process(self._office())
        if office_only:
            return
        self.packers = [Packer(self, number) for number in range(1, self.crew.packers + 1)]
        for packer in self.packers:
            env.process(self._packer(packer))
        for number in range(1, self.crew.pickers + 1):
            env.process(self._picker(Actor("DRILL-PICK", f"vpick{number:02d}")))
        for number in range(1, self.crew.exception_handlers + 1):
            env.process(self._desk(Actor("DRILL-DESK", f"vdesk{number:02d}")))

    # -- time ---------------------------------------------------------------------------------
    def on_shift(self) -> Iterator:
        """Wait for the floor's working hours (Rates.work_hours) if it is closed now."""
        start, end = self.rates.work_hours
        now = self.clock.now()
        hour = now.hour + now.minute / 60 + now.second / 3600
        if start <= hour < end:
            return
        opens = now.replace(hour=0, minute=0, second=0) + timedelta(hours=start)
        if hour >= end:
            opens += timedelta(days=1)
        yield self.env.timeout((opens - now).total_seconds())

    def wait(self, seconds: float) -> simpy.Timeout:
        return self.env.timeout(max(0.0, seconds))

    @property
    def arrivals_done(self) -> bool:
        return self.imported >= len(self.arrivals)

    # -- the office ---------------------------------------------------------------------------
    def _office(self) -> Iterator:
        next_plan = 0.0
        while True:
            if self.import_due():
                review(self.store, self.clock, OFFICE)
            start, end = self.rates.work_hours
            hour = self.clock.now().hour + self.clock.now().minute / 60
            if start <= hour < end and self.env.now >= next_plan and \
                    self.store.orders.count_by_state().get(OrderState.READY):
                self.plan_and_release()
                next_plan = self.env.now + self.rates.wave_interval_s
            yield self.wait(self.rates.sync_interval_s)

    def import_due(self) -> int:
        """Orders paid by now come in through the real import path (the shops' order sync)."""
        now = self.clock.now()
        due = []
        while self.imported + len(due) < len(self.arrivals) and self.arrivals[self.imported + len(due)].at <= now:
            due.append(self.arrivals[self.imported + len(due)].order)
        if due:
            import_records(self.store, self.clock, OFFICE, due, source="drill-surge")
            self.imported += len(due)
        return len(due)

    def plan_and_release(self) -> None:
        plan = plan_waves(self.store, self.clock, OFFICE)
        self.last_plan = (self.env.now, dict(plan.waiting))
        if plan.waves:
            release_waves(self.store, self.clock, OFFICE, [wave.id for wave in plan.waves])
            self.released.succeed()
            self.released = self.env.event()

    # -- pickers ------------------------------------------------------------------------------
    def _picker(self, actor: Actor) -> Iterator:
        rates, rng = self.rates, self.rng
        current_wave = None
        while True:
            yield from self.on_shift()
            line = self._next_pick_line()
            if line is None:
                yield self.released | self.wait(IDLE_LOOK_S)
                continue
            if line["wave_id"] != current_wave:
                current_wave = line["wave_id"]
                yield self.wait(rates.pick_per_list.draw(rng))   # fetch the list and a cart
            extra = sum(rates.pick_per_extra_unit.draw(rng) for _ in range(line["quantity"] - 1))
            yield self.wait(rates.pick_per_line.draw(rng) + extra)
            try:
                confirm(self.store, self.clock, actor, line["wave_id"], line["sku_code"])
            except WaveError:
                continue   # the wave changed meanwhile (orders pulled): the next line
            wave = self.store.waves.get(line["wave_id"])
            if wave["status"] == "picked":
                for slot in self.store.waves.slots(wave["id"]):
                    if slot["state"] == OrderState.PICKED:
                        self.pack_queue.put((wave["id"], slot["pick_slot"]))

    def _next_pick_line(self) -> dict | None:
        """The next unclaimed line of the oldest wave on the floor: pickers share a wave's lines."""
        waves = self.store.waves.summaries("picking") + self.store.waves.summaries("planned")
        for wave in sorted(waves, key=lambda wave: wave["id"]):
            if not on_floor(wave):
                continue
            for line in self.store.waves.pick_lines(wave["id"]):
                if line["picked"] is None and line["id"] not in self.claimed_lines:
                    self.claimed_lines.add(line["id"])
                    return {**line, "wave_id": wave["id"]}
        return None

    # -- packers ------------------------------------------------------------------------------
    def _packer(self, packer: Packer) -> Iterator:
        while True:
            yield from self.on_shift()
            wave_id, slot = yield self.pack_queue.get()
            yield from self.on_shift()
            yield from self._pack(packer, slot_code(wave_id, slot))

    def _pack(self, packer: Packer, slot: str) -> Iterator:
        rates, rng = self.rates, self.rng
        opened = yield from packer.scan(slot)
        if not opened.ok:
            return                                # pulled from its wave meanwhile: the next one
        units = opened.total
        work = rates.pack_per_order.draw(rng) + sum(rates.pack_per_extra_unit.draw(rng) for _ in range(units - 1))
        per_scan = work / max(units, 1)
        wrong_at = rng.randrange(units) if rng.random() < self.crew.error_rate else -1
        waybill = None
        for number in range(units + 5):          # +5: room for the scans a crash costs
            yield self.wait(per_scan)
            if packer.crash_cue is not None and packer.session.current is not None:
                yield from packer.crash()
            current = packer.session.current
            if current is None:
                break
            if number == wrong_at:
                yield from packer.scan(self._wrong_item(packer))
                yield self.wait(3.0)
            line = next(line for line in packer.session.lines() if line.counted < line.needed)
            result: ScanResult = yield from packer.scan(self.barcodes[line.sku_code])
            if result.event == Event.ORDER_PACKED:
                waybill = result.waybill_no
                break
        if waybill:
            yield from self._confirm_label(packer, waybill)

    def _wrong_item(self, packer: Packer) -> str:
        inside = {line.sku_code for line in packer.session.lines()}
        others = [code for code in self.barcodes if code not in inside]
        return self.barcodes[self.rng.choice(others)] if others else "6900000000000"

    def _confirm_label(self, packer: Packer, waybill: str) -> Iterator:
        """Wait for the printer to print the label, stick it on and scan it back."""
        self.kick(packer.station)
        if not packer.session.labels.pending:
            return                                # no label printer at this bench: nothing to confirm
        while True:
            job = self.store.print_jobs.latest_label(waybill)
            if job is None or job["state"] in PRINTED_STATES or job["state"] == JobState.FAILED:
                break
            yield self.wait(LABEL_POLL_S)
        yield self.wait(self.rates.label_confirm.draw(self.rng))
        yield from packer.scan(waybill)

    # -- the exception desk -------------------------------------------------------------------
    def _desk(self, actor: Actor) -> Iterator:
        while True:
            yield from self.on_shift()
            row = next((row for row in exception_queue(self.store, limit=50)
                        if row["order_id"] not in self.claimed_exceptions), None)
            if row is None:
                yield self.wait(IDLE_LOOK_S)
                continue
            self.claimed_exceptions.add(row["order_id"])
            yield self.wait(self.rates.exception_resolve.draw(self.rng))
            self.resolve(actor, row["order_id"])
            self.claimed_exceptions.discard(row["order_id"])

    def resolve(self, actor: Actor, order_id: int) -> None:
        """A refund request or a problem no one can waive is cancelled (悔单); the rest ship after a look."""
        order = self.store.orders.get(order_id, with_lines=False)
        if order is None or order.state != OrderState.EXCEPTION:
            return
        reasons = {row["reason"] for row in self.store.exceptions.open_for(order_id)}
        try:
            if Reason.REFUND_REQUESTED in reasons or not reasons <= WAIVABLE:
                cancel(self.store, self.clock, actor, order, "drill: 买家沟通后取消 cancelled after talking to the buyer")
            else:
                release(self.store, self.clock, actor, order, sorted(reasons), "drill: 已核实 checked with the buyer")
        except OrderActionRefused:
            pass                                  # changed meanwhile: it is back in the queue or gone

    # -- scanner noise ------------------------------------------------------------------------
    @staticmethod
    def garbage(rng: random.Random) -> str:
        """What a failing scanner sends: half a barcode, shifted characters, line noise."""
        return rng.choice(("69012", "¿¿¿", "~!@#$", "6901234567", "\x1b[A", "ÿÿÿÿ")) + str(rng.randrange(1000))
