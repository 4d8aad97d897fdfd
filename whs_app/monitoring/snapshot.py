"""One picture of the warehouse for the monitoring board (监视盘), read in one go.

`board_snapshot(store, clock)` is what the board's worker job runs every few seconds: today's
orders per hour against the plan, the orders waiting per stage, the burn-down against the 72-hour
limit, each carrier's load against its capacity, the printers, the exception queue by reason and
each packer's parcels per hour. Plain frozen data, no Qt; the counts come from the store's
monitoring repository, all inside one read so that they agree with each other.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from whs_app.carriers.monitor import CarrierLoad, carrier_board
from whs_app.clock import Clock, stamp
from whs_app.model import OrderState
from whs_app.monitoring.burndown import LIMIT, RATE_WINDOW, BurnDown, burn_down
from whs_app.monitoring.plan import DayPlan, day_plan
from whs_app.printing.failover import known_fit
from whs_app.printing.printers import Printer
from whs_app.settings import WarehouseSettings
from whs_app.store import Store

HOUR = timedelta(hours=1)
#: How often the carrier board is read again: loads change when waves are planned, not with each
#: parcel, and reading them costs more than the rest of the board (carriers/monitor.py).
CARRIERS_EVERY = timedelta(seconds=60)
#: Stages of the flow an order waits in (not shipped yet), in flow order, with their order states.
STAGES: tuple[tuple[str, frozenset[OrderState]], ...] = (
    ("review", frozenset({OrderState.NEW})),
    ("exception", frozenset({OrderState.EXCEPTION})),
    ("ready", frozenset({OrderState.READY})),
    ("picking", frozenset({OrderState.WAVED, OrderState.PICKED})),
    ("packing", frozenset({OrderState.PACKING})),
    ("packed", frozenset({OrderState.PACKED})),
)
SHIPPED = "shipped"
WAITING = frozenset().union(*(states for _, states in STAGES))
#: Paid orders that will not ship: the burn-down does not wait for them.
NOT_SHIPPING = (OrderState.CANCELLED, OrderState.NOT_SHIPPABLE)


@dataclass(frozen=True)
class Stage:
    code: str          # a STAGES code, or "shipped" (today)
    orders: int


@dataclass(frozen=True)
class Hour:
    hour: int          # 0..23 of today
    paid: int          # orders paid in it (0 for hours to come)
    packed: int        # orders packed in it
    plan: float        # orders the plan expects in it


@dataclass(frozen=True)
class PrinterLine:
    name: str
    station: str
    role: str                 # label, slip, both
    state: str | None         # as its worker last saw it; None: never checked
    detail: str
    seen_at: str | None
    enabled: bool
    usable: bool              # jobs may go to it (see printing/failover.py)
    queued: int               # jobs waiting for it
    attention: int            # jobs whose outcome is unknown or that failed: a person decides


@dataclass(frozen=True)
class PackerLine:
    login: str
    name: str
    station: str
    last_hour: int            # parcels sealed in the last hour: the rate now
    today: int                # parcels sealed today
    per_hour: float           # today's parcels per hour between their first and last parcel (at least an hour)


@dataclass(frozen=True)
class BoardSnapshot:
    at: datetime
    hours: tuple[Hour, ...]                  # today's 24 hours
    plan: DayPlan
    stages: tuple[Stage, ...]                # STAGES, then shipped today
    burn: BurnDown
    carriers: tuple[CarrierLoad, ...]
    printers: tuple[PrinterLine, ...]
    unrouted_jobs: int                       # print jobs no printer has taken (no fit printer at a station)
    exceptions: tuple[tuple[str, int], ...]  # open exceptions: (reason code, orders), most first
    packers: tuple[PackerLine, ...]          # busiest in the last hour first
    carriers_at: datetime | None = None      # when the carrier board was read

    def stage(self, code: str) -> int:
        return next((s.orders for s in self.stages if s.code == code), 0)

    @property
    def backlog(self) -> int:
        """Orders not shipped yet (every stage but shipped)."""
        return self.burn.remaining

    @property
    def shipped_today(self) -> int:
        return self.stage(SHIPPED)

    @property
    def paid_today(self) -> int:
        return sum(h.paid for h in self.hours)

    @property
    def packed_today(self) -> int:
        return sum(h.packed for h in self.hours)


def board_snapshot(store: Store, clock: Clock, previous: BoardSnapshot | None = None) -> BoardSnapshot:
    """The board now; the carrier board comes from `previous` while it is younger than CARRIERS_EVERY."""
    now = clock.now()
    day = now.replace(hour=0, minute=0, second=0, microsecond=0)
    board = store.monitoring
    with board.reading():
        waiting = board.count_in_states(WAITING)
        oldest = board.oldest_paid(WAITING)
        starts = _hour_starts(_window_start(now, day, oldest), now)
        spans = _spans(starts, now)
        paid = board.paid_per_span(spans, OrderState)
        not_shipping = board.paid_per_span(spans, NOT_SHIPPING)
        shipped = board.shipped_per_span(spans)
        today = starts.index(day)
        packed = board.packed_per_span(spans[today:])
        recent = board.packed_per_span([(stamp(now - RATE_WINDOW), stamp(now + timedelta(seconds=1)))])[0]
        overdue = board.paid_before(WAITING, stamp(now - LIMIT))
        carriers, carriers_at = _carriers(store, now, previous)
        printers, unrouted = _printers(store)
        exceptions = tuple(sorted(store.exceptions.open_counts_by_reason().items(), key=lambda kv: (-kv[1], kv[0])))
        packers = _packers(store, day, now)
        planned = WarehouseSettings.load(store).planned_orders
    stages = tuple(Stage(code, sum(waiting.get(s, 0) for s in states)) for code, states in STAGES)
    stages += (Stage(SHIPPED, sum(shipped[today:])),)
    plan = day_plan(planned, sum(paid[today:]), (now - day) / HOUR)
    burn = burn_down(now, starts, [p - n for p, n in zip(paid, not_shipping)], shipped, sum(waiting.values()),
                     sum(waiting.values()) - waiting.get(OrderState.PACKED, 0), recent,
                     datetime.fromisoformat(oldest) if oldest else None, overdue)
    return BoardSnapshot(now, _hours(paid[today:], packed, plan), plan, stages, burn, carriers, printers, unrouted,
                         exceptions, packers, carriers_at)


def _carriers(store: Store, now: datetime, previous: BoardSnapshot | None) -> tuple[tuple[CarrierLoad, ...], datetime]:
    if (previous is not None and previous.carriers_at is not None and previous.carriers_at.date() == now.date()
            and timedelta(0) <= now - previous.carriers_at < CARRIERS_EVERY):
        return previous.carriers, previous.carriers_at
    return tuple(carrier_board(store, now.date().isoformat())), now


def _window_start(now: datetime, day: datetime, oldest: str | None) -> datetime:
    """The burn-down starts at midnight, or earlier at the oldest waiting order, at most 72 hours back."""
    start = min(day, datetime.fromisoformat(oldest)) if oldest else day
    return max(start, now - LIMIT).replace(minute=0, second=0, microsecond=0)


def _hour_starts(start: datetime, now: datetime) -> list[datetime]:
    starts = [start]
    while starts[-1] + HOUR <= now:
        starts.append(starts[-1] + HOUR)
    return starts


def _spans(starts: list[datetime], now: datetime) -> list[tuple[str, str]]:
    """Each hour as stored text, the last one up to now (the second now included)."""
    ends = starts[1:] + [now + timedelta(seconds=1)]
    return [(stamp(start), stamp(end)) for start, end in zip(starts, ends)]


def _hours(paid: list[int], packed: list[int], plan: DayPlan) -> tuple[Hour, ...]:
    per_hour = plan.per_hour()
    return tuple(Hour(hour, paid[hour] if hour < len(paid) else 0, packed[hour] if hour < len(packed) else 0,
                      per_hour[hour]) for hour in range(24))


def _printers(store: Store) -> tuple[tuple[PrinterLine, ...], int]:
    jobs = store.monitoring.open_jobs_by_printer()
    lines = []
    for row in store.printers.all():
        printer = Printer.from_row(row)
        counts = jobs.get(printer.name, {})
        lines.append(PrinterLine(
            printer.name, printer.station, printer.config.role.value, printer.last_state, printer.last_detail or "",
            row["last_seen_at"], printer.enabled, printer.enabled and known_fit(printer),
            counts.get("queued", 0) + counts.get("sending", 0), counts.get("unknown", 0) + counts.get("failed", 0)))
    return tuple(lines), sum(jobs.get(None, {}).values())


def _packers(store: Store, day: datetime, now: datetime) -> tuple[PackerLine, ...]:
    rows = store.monitoring.packers(stamp(day), stamp(now - HOUR), stamp(now + timedelta(seconds=1)))
    lines = []
    for row in rows:
        hours = max((datetime.fromisoformat(row["last_at"]) - datetime.fromisoformat(row["first_at"])) / HOUR, 1.0)
        lines.append(PackerLine(row["login"], row["name"], row["station"] or "", row["recent"], row["today"],
                                row["today"] / hours))
    return tuple(lines)
