"""The discrete-event model of the floor (SimPy): sync and review → exceptions → pick → pack and
print → carrier pickup.

One process per person, printer fault and pickup timetable, never one per order: an order is an
index into flat lists, and each stage stamps the time it leaves it (nan: not yet). That keeps a
24,000-order day at a few events per order while every queue stays first come, first served.

- Review runs at each sync (every `sync_interval_s`, any hour) on every order paid since.
- An exception goes to a specialist; a cancel (悔单) ends there, a fixed one waits for the buyer
  and goes back to the line.
- Waves, as whs_app/waves.py plans them, every `wave_interval_s` during work hours: orders due
  today (paid after the cut-off: tomorrow), up to each carrier's room today, per carrier and kind
  (single- or multi-unit), at most `max_wave_orders`; the pick list sums the lines per SKU.
- Pickers share the oldest wave's lines; its orders go to the pack benches when it is all picked.
  A packer packs one order, waits for a printer (any working one: the print queue fails over),
  prints, sticks and scans the label back. Service times are drawn ahead per order (orders.py);
  the model draws only pick lines and printer faults.
- Printers run out of paper every `labels_per_roll` labels (the packer changes the roll) and stop
  at random (mean `fault_mtbf_h`); a label printing when its printer stopped is reprinted on another
  printer after `failover_s`.
- Each carrier's pickups take the parcels packed by then, up to the batch's capacity and what is
  left of its daily capacity; the rest wait for the next pickup.
"""
from __future__ import annotations

import heapq
import math
import random
from itertools import chain
from collections import Counter, deque
from dataclasses import dataclass, field

import simpy

from whs_app.simulation.orders import CANCELLED, NORMAL, DayOrders
from whs_app.simulation.rates import Rates

DAY_S = 86_400.0
NAN = math.nan


@dataclass(frozen=True)
class WorkHours:
    """The hours of each day the floor works, in seconds of the day."""
    start_s: float
    end_s: float

    @classmethod
    def of(cls, rates: Rates) -> "WorkHours":
        return cls(rates.work_hours[0] * 3600.0, rates.work_hours[1] * 3600.0)

    def wait(self, t: float) -> float:
        """Seconds from t until the floor is open (0 when it is)."""
        of_day = t % DAY_S
        if of_day < self.start_s:
            return self.start_s - of_day
        if of_day >= self.end_s:
            return DAY_S - of_day + self.start_s
        return 0.0

    def open_seconds(self, t0: float, t1: float) -> float:
        """Working seconds between t0 and t1."""
        total, day = 0.0, math.floor(t0 / DAY_S) * DAY_S
        while day < t1:
            total += max(0.0, min(t1, day + self.end_s) - max(t0, day + self.start_s))
            day += DAY_S
        return total


class WorkQueue:
    """A FIFO its workers take from without an event while it has work (the fast path), and wait
    on an event only when it is empty. A put wakes one waiting worker per item, longest waiting
    first; a woken worker that finds the work gone (a busy one came back first) waits again."""

    def __init__(self, env: simpy.Environment) -> None:
        self.env = env
        self.items: deque = deque()
        self._waiting: deque[simpy.Event] = deque()

    def put_many(self, items, wake: int | None = None) -> None:
        """Add work; wake one waiting worker per item, or `wake` of them (a wave has many lines)."""
        before = len(self.items)
        self.items.extend(items)
        for _ in range(min(len(self.items) - before if wake is None else wake, len(self._waiting))):
            self._waiting.popleft().succeed()

    def wait(self) -> simpy.Event:
        event = self.env.event()
        self._waiting.append(event)
        return event


@dataclass
class Stamps:
    """When each order left each stage (seconds after the day's start; nan: not yet or never)."""
    reviewed: list[float]
    released: list[float]       # ready for a wave: at review, or when its exception was fixed
    waved: list[float]
    picked: list[float]
    pack_start: list[float]
    packed: list[float]
    shipped: list[float]
    cancelled: list[float]

    @classmethod
    def empty(cls, count: int) -> "Stamps":
        return cls(*([NAN] * count for _ in range(8)))


@dataclass
class Busy:
    """Seconds each resource spent working."""
    review: float = 0.0
    exceptions: float = 0.0
    pick: float = 0.0
    pack: float = 0.0
    print: float = 0.0


@dataclass
class Wave:
    orders: list[int]
    lines: list[int]            # units of each pick line
    next_line: int = 0          # the next line nobody has taken
    done_lines: int = 0


@dataclass
class Pickup:
    carrier: int
    at: float
    offered: int
    taken: int
    left: int


@dataclass
class PrinterLog:
    labels: int = 0
    roll_changes: int = 0
    faults: int = 0
    failovers: int = 0
    down_s: float = 0.0
    waiting: int = 0            # packers waiting for a printer now
    peak_waiting: int = 0
    peak_waiting_at: float = 0.0
    waits: int = 0
    wait_s: float = 0.0


@dataclass
class Floor:
    rates: Rates
    orders: DayOrders
    rng: random.Random
    horizon_s: float
    env: simpy.Environment = field(default_factory=simpy.Environment)

    def __post_init__(self) -> None:
        env, rates, count = self.env, self.rates, len(self.orders)
        self.hours = WorkHours.of(rates)
        self.stamps = Stamps.empty(count)
        self.busy = Busy()
        self.pickups: list[Pickup] = []
        self.printer_log = PrinterLog()
        self.exception_q = WorkQueue(env)
        self.pick_q = WorkQueue(env)
        self.pack_q = WorkQueue(env)
        self.ready: list[int] = []                         # reviewed, waiting for a wave
        self.ship_day = [0] * count                        # day index each order ships on (the cut-off)
        self.waved_on: dict[tuple[int, int], int] = {}     # (carrier, day) -> orders waved
        self.fixed: list[tuple[float, int]] = []           # heap of (back on the line at, order)
        self.open_exceptions = 0                           # with a specialist or waiting for one
        self.reviewed_all = False
        self.planner_asleep: simpy.Event | None = None
        self.at_handover: list[deque[int]] = [deque() for _ in rates.carriers]
        self.printer_pool = simpy.Store(env)
        self.printer_pool.items.extend(range(rates.printers))
        self.printer_down = [False] * rates.printers
        self.printer_parked = [False] * rates.printers
        self.printer_faults = [0] * rates.printers
        self.printer_labels = [0] * rates.printers
        self.finished = 0
        self.all_done = env.event()
        if count == 0:
            self.all_done.succeed()

    def run(self) -> None:
        env, rates = self.env, self.rates
        env.process(self.sync())
        env.process(self.wave_planner())
        for _ in range(rates.exception_handlers):
            env.process(self.specialist())
        for _ in range(rates.pickers):
            env.process(self.picker())
        for _ in range(rates.packers):
            env.process(self.packer())
        for printer in range(rates.printers):
            env.process(self.printer_faults_of(printer))
        env.process(self.carrier_pickups())
        env.run(until=env.any_of([self.all_done, env.timeout(self.horizon_s)]))

    # -- review and waves ------------------------------------------------------------------------

    def sync(self):
        """Every sync the orders paid since come in and are reviewed (the review engine runs at
        any hour); an exception goes to the specialists, the rest wait for a wave."""
        env, rates, orders = self.env, self.rates, self.orders
        seen = 0
        while True:
            tick = env.now
            new = range(seen, orders.arrived_by(tick))
            seen = new.stop
            if new:
                took = rates.review_per_order.draw_total(self.rng, len(new)) / rates.reviewers
                self.busy.review += took * rates.reviewers
                if took:
                    yield env.timeout(took)
                self._review(new)
            if seen == len(orders):
                self.reviewed_all = True
                return self._wake_planner()
            # A sync that finds no new order changes nothing: go straight to the one that will.
            due = orders.arrival[seen]
            interval = rates.sync_interval_s
            yield env.timeout(max(0.0, tick + max(1, math.ceil((due - tick) / interval)) * interval - env.now))

    def _review(self, new: range) -> None:
        now, stamps, fate, arrival = self.env.now, self.stamps, self.orders.fate, self.orders.arrival
        cutoff_s = self.rates.cutoff_h * 3600.0
        exceptions = []
        for order in new:
            stamps.reviewed[order] = now
            paid_day, paid_at = divmod(arrival[order], DAY_S)
            self.ship_day[order] = int(paid_day) + (paid_at > cutoff_s)
            if fate[order] == NORMAL:
                stamps.released[order] = now
                self.ready.append(order)
            else:
                exceptions.append(order)
        if exceptions:
            self.open_exceptions += len(exceptions)
            self.exception_q.put_many(exceptions)
        self._wake_planner()

    def _wake_planner(self) -> None:
        if self.planner_asleep is not None and not self.planner_asleep.triggered:
            self.planner_asleep.succeed()

    def wave_planner(self):
        """Plans and releases waves every wave_interval_s during work hours; with nothing to wave
        it sleeps until review or a specialist brings orders, then plans at its next interval."""
        env, interval = self.env, self.rates.wave_interval_s
        last = 0.0
        while True:
            gap = self.hours.wait(env.now)
            if gap:
                yield env.timeout(gap)
            last = env.now
            self._plan_waves()
            yield env.timeout(interval)
            while not self.ready and not self.fixed:
                if self.reviewed_all and not self.open_exceptions:
                    return
                self.planner_asleep = env.event()
                yield self.planner_asleep
                self.planner_asleep = None
                yield env.timeout((last - env.now) % interval)

    def _plan_waves(self) -> None:
        """As whs_app/waves.py: orders due today (the cut-off), oldest first, up to each carrier's
        room today, in waves per carrier and kind of at most max_wave_orders."""
        now, fixed, ready = self.env.now, self.fixed, self.ready
        while fixed and fixed[0][0] <= now:
            ready.append(heapq.heappop(fixed)[1])
        if not ready:
            return
        today = int(now // DAY_S)
        carrier_of, units, ship_day, waved = self.orders.carrier, self.orders.units, self.ship_day, self.stamps.waved
        room = [self._room(index, today) for index in range(len(self.rates.carriers))]
        groups: dict[tuple[int, bool], list[int]] = {}
        keep = []
        for order in sorted(ready):
            carrier = carrier_of[order]
            if ship_day[order] > today or room[carrier] <= 0:
                keep.append(order)
                continue
            room[carrier] -= 1
            self.waved_on[(carrier, today)] = self.waved_on.get((carrier, today), 0) + 1
            waved[order] = now
            groups.setdefault((carrier, units[order] > 1), []).append(order)
        self.ready = keep
        size = self.rates.max_wave_orders
        waves = [self._wave(members[i:i + size]) for _, members in sorted(groups.items())
                 for i in range(0, len(members), size)]
        self.pick_q.put_many(waves, wake=sum(len(wave.lines) for wave in waves))

    def _room(self, carrier: int, day: int) -> int:
        rates = self.rates.carriers[carrier]
        capacity = sum(batch for _, batch in rates.pickups)
        if rates.daily_capacity is not None:
            capacity = min(capacity, rates.daily_capacity)
        return capacity - self.waved_on.get((carrier, day), 0)

    def _wave(self, members: list[int]) -> "Wave":
        """A wave and its pick list: one line per SKU, its units summed over the wave's orders."""
        skus, lines, units = self.orders.skus, self.orders.lines, self.orders.units
        per_sku = Counter(chain.from_iterable(skus[order] for order in members))
        for order in members:
            if units[order] > lines[order]:
                per_sku[skus[order][0]] += units[order] - lines[order]
        return Wave(members, list(per_sku.values()))

    # -- people -----------------------------------------------------------------------------------

    def specialist(self):
        env, queue, stamps, orders = self.env, self.exception_q, self.stamps, self.orders
        while True:
            if not queue.items:
                yield queue.wait()
                continue
            gap = self.hours.wait(env.now)
            if gap:
                yield env.timeout(gap)
                continue
            order = queue.items.popleft()
            self.busy.exceptions += orders.resolve_s[order]
            yield env.timeout(orders.resolve_s[order])
            self.open_exceptions -= 1
            if orders.fate[order] == CANCELLED:
                stamps.cancelled[order] = env.now
                self._finish(1)
            else:
                stamps.released[order] = back = env.now + orders.buyer_wait_s[order]
                heapq.heappush(self.fixed, (back, order))
                self._wake_planner()

    def picker(self):
        """Takes the next line of the oldest wave with lines left (pickers share a wave); whoever
        picks a wave's last line sends its orders to the pack benches."""
        env, rates, queue, rng, picked = self.env, self.rates, self.pick_q, self.rng, self.stamps.picked
        current = None
        while True:
            while queue.items and queue.items[0].next_line == len(queue.items[0].lines):
                queue.items.popleft()
            if not queue.items:
                yield queue.wait()
                continue
            gap = self.hours.wait(env.now)
            if gap:
                yield env.timeout(gap)
                continue
            wave = queue.items[0]
            line = wave.next_line
            wave.next_line += 1
            took = rates.pick_per_line.draw(rng) + rates.pick_per_extra_unit.draw_total(rng, wave.lines[line] - 1)
            if wave is not current:
                current = wave
                took += rates.pick_per_list.draw(rng)
            self.busy.pick += took
            if took:
                yield env.timeout(took)
            wave.done_lines += 1
            if wave.done_lines == len(wave.lines):
                for order in wave.orders:
                    picked[order] = env.now
                self.pack_q.put_many(wave.orders)

    def packer(self):
        """Packs, prints, and sticks and scans the label back while opening the next order: the
        scan-back is carried into the next step instead of an event of its own."""
        env, queue, stamps = self.env, self.pack_q, self.stamps
        pack_s, confirm_s, carrier = self.orders.pack_s, self.orders.confirm_s, self.orders.carrier
        carry = 0.0
        while True:
            if carry and (not queue.items or self.hours.wait(env.now)):
                yield env.timeout(carry)
                carry = 0.0
                continue
            if not queue.items:
                yield queue.wait()
                continue
            gap = self.hours.wait(env.now)
            if gap:
                yield env.timeout(gap)
                continue
            order = queue.items.popleft()
            stamps.pack_start[order] = started = env.now + carry
            yield env.timeout(carry + pack_s[order])
            yield from self.print_label(order)
            carry = confirm_s[order]
            stamps.packed[order] = env.now + carry
            self.busy.pack += env.now + carry - started
            self.at_handover[carrier[order]].append(order)

    # -- printers ---------------------------------------------------------------------------------

    def print_label(self, order: int):
        """Take any working printer (the first free one, or wait for one), print, changing the roll
        when it runs out; when the printer stopped meanwhile, reprint on another after the failover."""
        env, printer_rates, log, pool = self.env, self.rates.printer, self.printer_log, self.printer_pool
        took = self.orders.print_s[order]
        while True:
            if pool.items and not pool.get_queue:
                printer = pool.items.pop(0)
            else:
                printer = yield from self._wait_for_printer()
            faults_before = self.printer_faults[printer]
            self.printer_labels[printer] += 1
            log.labels += 1
            if self.printer_labels[printer] % printer_rates.labels_per_roll == 0:
                took += printer_rates.roll_change.draw(self.rng)
                log.roll_changes += 1
            if took:
                yield env.timeout(took)
            self.busy.print += took
            if self.printer_down[printer]:
                self.printer_parked[printer] = True
            elif pool.get_queue:
                pool.put(printer)
            else:
                pool.items.append(printer)
            if self.printer_faults[printer] == faults_before:
                return
            log.failovers += 1
            yield env.timeout(printer_rates.failover_s)
            took = printer_rates.print_per_label.draw(self.rng)

    def _wait_for_printer(self):
        log, since = self.printer_log, self.env.now
        log.waiting += 1
        log.peak_waiting = max(log.peak_waiting, log.waiting)
        if log.waiting == log.peak_waiting:
            log.peak_waiting_at = since
        printer = yield self.printer_pool.get()
        log.waiting -= 1
        log.waits += 1
        log.wait_s += self.env.now - since
        return printer

    def printer_faults_of(self, printer: int):
        """Stops at random; an idle printer leaves the pool at once, a busy one when its label ends."""
        env, printer_rates, rng, pool = self.env, self.rates.printer, self.rng, self.printer_pool
        while True:
            yield env.timeout(rng.expovariate(1.0 / (printer_rates.fault_mtbf_h * 3600.0)))
            self.printer_faults[printer] += 1
            self.printer_log.faults += 1
            self.printer_down[printer] = True
            if printer in pool.items:
                pool.items.remove(printer)
                self.printer_parked[printer] = True
            repair = printer_rates.fault_repair.draw(rng)
            self.printer_log.down_s += repair
            yield env.timeout(repair)
            self.printer_down[printer] = False
            if self.printer_parked[printer]:
                self.printer_parked[printer] = False
                pool.put(printer)

    # -- handover ---------------------------------------------------------------------------------

    def carrier_pickups(self):
        env = self.env
        for at, carrier, capacity in self._timetable():
            yield env.timeout(at - env.now)
            self._pick_up(carrier, capacity)

    def _timetable(self) -> list[tuple[float, int, int]]:
        days = int(self.horizon_s // DAY_S) + 1
        return sorted((day * DAY_S + hour * 3600.0, index, capacity)
                      for day in range(days)
                      for index, carrier in enumerate(self.rates.carriers)
                      for hour, capacity in carrier.pickups)

    def _pick_up(self, carrier: int, capacity: int) -> None:
        now, waiting, shipped = self.env.now, self.at_handover[carrier], self.stamps.shipped
        daily = self.rates.carriers[carrier].daily_capacity
        if daily is not None:
            today = now // DAY_S
            taken_today = sum(p.taken for p in self.pickups if p.carrier == carrier and p.at // DAY_S == today)
            capacity = max(0, min(capacity, daily - taken_today))
        taken = 0
        packed = self.stamps.packed
        while waiting and taken < capacity and packed[waiting[0]] <= now:
            shipped[waiting.popleft()] = now
            taken += 1
        self.pickups.append(Pickup(carrier, now, capacity, taken, len(waiting)))
        self._finish(taken)

    def _finish(self, count: int) -> None:
        self.finished += count
        if count and self.finished >= len(self.orders) and not self.all_done.triggered:
            self.all_done.succeed()
