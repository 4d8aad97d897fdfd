"""gui_orders_table_sort_100k_ms: a header click on the all-orders table over 100,000 orders, until the
first page in the new order is on screen (goal ≤ 100 ms, the slowest of the clicks).

The review and exceptions screen of the app (ui/exceptions_screen.py) on the office worker, offscreen,
over a reviewed 100,000-order day (built once and cached). Each click sorts by another column or
direction — order number, shop, state, payment time — with a state filter on for half of them; the
clock runs from the click to the end of the repaint that shows the first page. Also reports the
median click and the slowest next page while scrolling (fetchMore to the rows on screen).
"""
from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.figures import Benchmark, Figure, at_most, report
from benchmarks.fixtures import cached_db, fresh_copy, import_day, schema_tag
from whs_app.actor import Actor
from whs_app.clock import ManualClock
from whs_app.model import OrderState
from whs_app.review import review
from whs_app.store import Store

ORDERS = 100_000
SORTED_COLUMNS = (0, 3, 1, 2)      # order no., shop, state, paid (ORDER_COLUMNS of the screen)
SCROLLS = 20
SIZE = (1366, 680)


def build(store: Store, clock: ManualClock, rng: random.Random) -> None:
    import_day(ORDERS)(store, clock, rng)
    review(store, clock, Actor("OFFICE", "bench"))


def measure() -> tuple[list[float], list[float]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from ui.crash import CrashHandler
    from ui.exceptions_screen import ALL, ExceptionsScreen
    from ui.office import office_worker

    template = cached_db(f"orders_100k_{schema_tag()}", build)
    app = QApplication.instance() or QApplication(["bench_orders_table"])
    with tempfile.TemporaryDirectory() as workdir:
        worker = office_worker(fresh_copy(template, Path(workdir)), ManualClock("2026-11-12 09:00:00"),
                               Actor("OFFICE", "bench"), CrashHandler())
        screen = ExceptionsScreen(worker)
        screen.resize(*SIZE)
        screen.show()
        screen.views.setCurrentIndex(ALL)
        model, table = screen.orders_model, screen.orders_table
        header = table.horizontalHeader()

        def wait(condition, what: str) -> None:
            deadline = time.monotonic() + 30
            while not condition():
                if time.monotonic() > deadline:
                    raise RuntimeError(f"benchmark: no {what} within 30 s")
                app.processEvents()

        def shown(action) -> float:
            """ms from the action to the repaint that shows its rows."""
            loads = []
            model.loaded.connect(loads.append)
            try:
                started = time.perf_counter()
                action()
                wait(lambda: loads and not model.loading, "rows")
                table.viewport().repaint()
                return (time.perf_counter() - started) * 1000
            finally:
                model.loaded.disconnect(loads.append)

        wait(lambda: model.count == ORDERS and model.rowCount() and not model.loading, "first page")
        clicks, pages = [], []
        try:
            for filtered in (False, True):
                if filtered:
                    ready = screen.state_filter.findData(str(OrderState.READY))
                    screen.state_filter.setCurrentIndex(ready)
                    shown(lambda: screen.state_filter.activated.emit(ready))
                for column in SORTED_COLUMNS:
                    for _ in range(2):   # ascending, then descending
                        point = QPoint(header.sectionPosition(column) + 12, header.height() // 2)
                        clicks.append(shown(lambda: QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                                                                     pos=point)))
            for _ in range(SCROLLS):
                pages.append(shown(table.scrollToBottom))
        finally:
            screen.close()
            worker.close()
            app.processEvents()
    return clicks, pages


def run() -> list[Figure]:
    clicks, pages = measure()
    return [at_most("gui_orders_table_sort_100k_ms", max(clicks), "ms", 100.0),
            report("gui_orders_table_sort_100k_median_ms", statistics.median(clicks), "ms"),
            report("gui_orders_table_page_100k_max_ms", max(pages), "ms")]


BENCHMARKS = [Benchmark(names=("gui_orders_table_sort_100k_ms", "gui_orders_table_sort_100k_median_ms",
                               "gui_orders_table_page_100k_max_ms"), run=run)]
