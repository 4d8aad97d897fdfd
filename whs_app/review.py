"""Automatic review (审单) of NEW orders: READY with carrier, stock and priority, or EXCEPTION with reasons.

One run is one transaction: all orders are loaded at once (in outline, and whole only where a rule
may object), decided in Python (first paid, first served for stock), and written back in bulk.
A failing order never blocks the others.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from functools import lru_cache, partial
from operator import itemgetter, mul
from typing import NamedTuple, Sequence

from whs_app.actor import Actor
from whs_app.allocation import StockLedger
from whs_app.bulk import collector_paused
from whs_app.carrier_choice import CarrierBook, choose_carrier
from whs_app.clock import Clock, stamp
from whs_app.findings import Finding
from whs_app.merging import merge_ready
from whs_app.model import Order, OrderState, Reason
from whs_app.priority import ShipDays, is_fast, priority
from whs_app.review_rules import Screen, order_findings, screen
from whs_app.settings import WarehouseSettings
from whs_app.store import Store
from whs_app.store.review import PendingOrder


_READY, _EXCEPTION = OrderState.READY.value, OrderState.EXCEPTION.value   # plain str: enum lookups are slow in bulk


class Verdict(NamedTuple):
    """The first six fields are what store.review.mark_reviewed writes."""
    state: str
    carrier_id: int | None
    priority: int
    ship_day: str
    weight_kg: float
    order_id: int
    findings: list[Finding]


_ROW = itemgetter(0, 1, 2, 3, 4, 5)


@dataclass
class ReviewResult:
    reviewed: int = 0
    ready: int = 0
    exception: int = 0
    exceptions_by_reason: dict[str, int] = field(default_factory=dict)
    merged: int = 0
    skus_resolved: int = 0

    def as_dict(self) -> dict:
        return asdict(self)

    def as_text(self) -> str:
        lines = [f"审单 reviewed {self.reviewed}: 可发 ready {self.ready}, 异常 exception {self.exception},"
                 f" 合单 merged {self.merged}"]
        lines += [f"  {Reason(code).label}: {count}" for code, count in sorted(self.exceptions_by_reason.items())]
        if self.skus_resolved:
            lines.append(f"  补全商家编码 SKU codes now known: {self.skus_resolved} lines")
        return "\n".join(lines)


class Reviewer:
    """Everything a run decides with: settings, catalogue, stock, carriers, waivers."""

    def __init__(self, store: Store, settings: WarehouseSettings, today: str, flagged: Sequence[int]) -> None:
        """flagged: the orders the rules will look at (the only ones a waiver can matter for)."""
        self.keywords = settings.message_keywords
        self.weights = store.skus.weights()
        self.codes = {sku_id: code for code, sku_id in store.skus.ids_by_code().items()}
        self.ledger = StockLedger(store.stock.levels(), store.review.hot_sku_ids(), settings.hot_reserve_share)
        self.carriers = CarrierBook.load(store, settings)
        self.waived = store.review.waived(order_ids=flagged)
        self.ship_days = ShipDays(settings.cutoff_time, today)
        self.is_fast = lru_cache(maxsize=None)(partial(is_fast, regions=settings.fast_regions))
        # A day has few distinct answers per shop, destination and weight (carrier, fast region) and few
        # distinct shortages: each is worked out once.
        self._places: dict[tuple, tuple[int | None, Finding | None, bool]] = {}
        self._short: dict[tuple, Finding] = {}

    def decide(self, outline: PendingOrder, wanted: dict[int, int], whole: Order | None) -> Verdict:
        """wanted: units per known SKU; whole: the order with its lines when the screen flagged it."""
        findings = [] if whole is None else self.rule_findings(whole)
        weight = round(sum(map(mul, map(self.weights.__getitem__, wanted), wanted.values())), 3)
        key = (outline.shop_id, outline.province, outline.city, weight)
        place = self._places.get(key)
        if place is None:
            place = self._places[key] = (*choose_carrier(self.carriers, outline, weight),
                                         self.is_fast(outline.province, outline.city))
        carrier_id, carrier_problem, fast = place
        if carrier_problem:
            findings.append(carrier_problem)
        ledger = self.ledger
        short = ledger.shortages(wanted)
        if short:
            findings.append(self.short_finding(short))
        elif not findings:
            ledger.take(wanted)
        return Verdict(_EXCEPTION if findings else _READY, carrier_id, priority(fast, outline.paid_at),
                       self.ship_days(outline.paid_at), weight, outline.id, findings)

    def short_finding(self, short: list[tuple[int, int, int]]) -> Finding:
        key = tuple(short)
        finding = self._short.get(key)
        if finding is None:
            finding = self._short[key] = self.ledger.short_finding(short, self.codes)
        return finding

    def rule_findings(self, order: Order) -> list[Finding]:
        findings = order_findings(order, self.keywords)
        waived = self.waived.get(order.id)
        return [f for f in findings if f.reason not in waived] if waived else findings


def review(store: Store, clock: Clock, actor: Actor, order_ids: Sequence[int] | None = None) -> ReviewResult:
    """Review every NEW order (or those of order_ids), then merge ready orders when configured."""
    now = clock.now()
    at = stamp(now)
    settings = WarehouseSettings.load(store)
    with store.transaction(), collector_paused():
        resolved = store.review.resolve_skus()
        outlines, wanted, whole = _load(store, screen(settings.message_keywords), order_ids)
        reviewer = Reviewer(store, settings, now.date().isoformat(), list(whole))
        verdicts = [reviewer.decide(o, wanted.get(o.id, {}), whole.get(o.id)) for o in outlines]
        _write(store, at, actor, verdicts, reviewer.ledger.taken)
        merged = merge_ready(store, at, actor) if settings.merge_orders else 0
    return _summary(verdicts, merged, resolved)


def _load(store: Store, look: Screen, order_ids: Sequence[int] | None
          ) -> tuple[list[PendingOrder], dict[int, dict[int, int]], dict[int, Order]]:
    """Every order in outline (first paid first) with its units per SKU, and whole the few the screen flags.

    The screen is a superset of the rules (tests/test_review_screen.py), so reading the other orders
    in outline only loses nothing a rule would catch.
    """
    outlines, wanted = store.review.outlines_with_units(look, order_ids)
    suspects = [o.id for o in outlines if o.suspect or
                ((o.buyer_message or o.seller_memo) and look.mentioned(o.buyer_message, o.seller_memo))]
    return outlines, wanted, {order.id: order for order in store.review.pending(suspects)}


def _write(store: Store, at: str, actor: Actor, verdicts: list[Verdict], reserved: dict[int, int]) -> None:
    # In id order: rows near each other on disk are written together (random order thrashes the cache).
    store.review.mark_reviewed(sorted(map(_ROW, verdicts), key=itemgetter(5)))
    store.stock.reserve(reserved)
    failed = [v for v in verdicts if v.findings]
    store.exceptions.raise_many(at, ((v.order_id, f.reason, f.detail) for v in failed for f in v.findings))
    # One event per order; orders with the same outcome share one detail (a day has few distinct ones).
    outcomes: dict[tuple, list[int]] = defaultdict(list)
    for v in verdicts:
        key = (OrderState.EXCEPTION, tuple(f.reason for f in v.findings)) if v.findings else \
            (OrderState.READY, v.carrier_id, v.ship_day)
        outcomes[key].append(v.order_id)
    for key, ids in outcomes.items():
        detail = {"from": OrderState.NEW, "to": key[0]}
        detail.update({"reasons": list(key[1])} if key[0] == OrderState.EXCEPTION else
                      {"carrier_id": key[1], "ship_day": key[2]})
        store.audit.record_each(at, actor, f"order.{key[0]}", "order", ids, detail)


def _summary(verdicts: list[Verdict], merged: int, resolved: int) -> ReviewResult:
    reasons = Counter(f.reason.value for v in verdicts for f in v.findings)
    failed = sum(1 for v in verdicts if v.findings)
    return ReviewResult(len(verdicts), len(verdicts) - failed, failed, dict(reasons), merged, resolved)
