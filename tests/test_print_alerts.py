"""Alerts: printer down, paper near end, and a queue growing faster than it drains."""
from __future__ import annotations

import time

from devices.printers import PrinterState, PrinterStatus
from whs_app.printing.alerts import (PAPER_LOW, PRINTER_DOWN, QUEUE_GROWING, AlertBook, GrowthRule,
                                     PrinterAlerts, QueueGrowth)
from whs_app.printing.events import Alert, EventBus
from tests.print_fixtures import (confirmation_required, configure, emulators, pack, service,  # noqa: F401
                                  settled, wait_until)

RULE = GrowthRule(window=60, min_growth=10, min_backlog=20)


class FakeTime:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def feed(rule: QueueGrowth, clock: FakeTime, samples: list[tuple[float, int]]) -> list[bool]:
    out = []
    for after, backlog in samples:
        clock.now += after
        out.append(rule.observe(backlog))
    return out


def test_a_queue_growing_by_ten_in_a_minute_above_twenty_raises_the_alert():
    clock = FakeTime()
    rule = QueueGrowth(RULE, clock)
    assert feed(rule, clock, [(0, 12), (30, 18), (30, 22)]) == [False, False, True]


def test_a_big_but_steady_queue_is_not_an_alert():
    clock = FakeTime()
    rule = QueueGrowth(RULE, clock)
    assert not any(feed(rule, clock, [(0, 50), (20, 52), (20, 49), (20, 55), (20, 51)]))


def test_fast_growth_of_a_small_queue_is_not_an_alert():
    clock = FakeTime()
    assert not any(feed(QueueGrowth(RULE, clock), clock, [(0, 0), (30, 8), (30, 19)]))


def test_no_verdict_before_a_whole_window_was_seen():
    clock = FakeTime()
    assert feed(QueueGrowth(RULE, clock), clock, [(0, 0), (10, 30), (10, 40)]) == [False, False, False]


def test_the_alert_clears_once_the_queue_drains_as_fast_as_it_grows():
    clock = FakeTime()
    rule = QueueGrowth(RULE, clock)
    assert feed(rule, clock, [(0, 10), (60, 30), (10, 31), (30, 30), (30, 29)]) == [False, True, True, True, False]


def test_the_book_publishes_each_raise_and_clear_once():
    bus, seen = EventBus(), []
    bus.subscribe(seen.append)
    book = AlertBook(bus)
    for active in (True, True, False, False, True):
        book.set(PRINTER_DOWN, "A", active, "A is down")
    assert [a.active for a in seen] == [True, False, True]
    assert [a.kind for a in book.active()] == [PRINTER_DOWN]


def test_printer_alerts_from_status():
    bus, seen = EventBus(), []
    bus.subscribe(seen.append)
    alerts = PrinterAlerts(AlertBook(bus), "A")
    alerts.status(PrinterStatus(PrinterState.PAPER_NEAR_END, ("paper_near_end",)), fit=True)
    alerts.status(PrinterStatus(PrinterState.PAPER_OUT, ("paper_out",)), fit=False)
    alerts.status(PrinterStatus(PrinterState.READY), fit=True)
    assert [(a.kind, a.active) for a in seen] == [(PAPER_LOW, True), (PRINTER_DOWN, True), (PAPER_LOW, False),
                                                 (PRINTER_DOWN, False)]
    assert "缺纸" in seen[1].message and "paper out" in seen[1].message


def test_a_subscriber_that_raises_does_not_stop_the_others(capsys):
    bus, seen = EventBus(), []
    bus.subscribe(lambda event: 1 / 0)
    unsubscribe = bus.subscribe(seen.append)
    bus.publish(Alert(PRINTER_DOWN, "A", "x"))
    unsubscribe()
    bus.publish(Alert(PRINTER_DOWN, "A", "y"))
    assert len(seen) == 1 and "ZeroDivisionError" in capsys.readouterr().err


def test_the_running_service_raises_and_clears_alerts(store, clock, warehouse, emulators):
    confirmation_required(store, False)
    escpos = emulators[2]
    configure(store, clock, "C", escpos)
    growth = GrowthRule(window=0.2, min_growth=2, min_backlog=2)
    escpos.paper_near_end()
    escpos.go_offline()
    svc, seen = service(store, clock, growth=growth), []
    svc.events.subscribe(lambda e: seen.append((e.kind, e.active)) if isinstance(e, Alert) else None)
    with svc:
        wait_until(lambda: (PRINTER_DOWN, True) in seen)       # its idle poll saw it
        time.sleep(growth.window)                               # a window of an empty queue
        for n in range(3):
            pack(store, clock, warehouse, f"T{n}")
        svc.wake()
        wait_until(lambda: (QUEUE_GROWING, True) in seen)
        escpos.go_online()
        wait_until(lambda: settled(store))
        wait_until(lambda: (PRINTER_DOWN, False) in seen and (QUEUE_GROWING, False) in seen)
        assert (PAPER_LOW, True) in seen
        assert {a.kind for a in svc.alerts.active()} == {PAPER_LOW}
