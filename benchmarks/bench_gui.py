"""gui_scan_to_repaint_p99_ms: from a scan's Enter key to the end of the repaint showing its answer.

The pack station screen of the real app (ui.app.App: scanner filter, store worker thread, screen)
on the million-order database of bench_packing, offscreen. Each scan is typed as a wedge scanner
types it (a key every 3 ms, then Enter) into the window through the application-wide filter; the
clock starts when the filter takes the Enter key and stops when the window has finished the
repaint that shows the answer (the UpdateRequest after the answer, processed inside a filter).
Every tenth order also gets a wrong item, so the full-screen red repaint is measured too.
"""
from __future__ import annotations

import os
import random
import tempfile
import time
from pathlib import Path

from benchmarks.bench_packing import build
from benchmarks.figures import Benchmark, Figure, latency_figures
from benchmarks.fixtures import cached_db, fresh_copy
from whs_app.actor import Actor
from whs_app.clock import ManualClock
from whs_app.model import OrderState
from whs_app.review import review
from whs_app.store import Store

ORDERS = 200
KEY_GAP_MS = 3
SIZE = (1366, 768)


def _scripts(store: Store, rng: random.Random) -> list[list[tuple[str, bool]]]:
    """Per order, the scans a packer makes: (code, should be accepted)."""
    barcodes = {sku.id: store.skus.barcodes(sku.id)[0] for sku in store.skus.all()}
    scripts = []
    for order in store.orders.in_states([OrderState.READY]):
        if order.merge_leader_id is not None:
            continue
        units = [barcodes[line.sku_id] for member in store.orders.group(order.id)
                 for line in store.orders.lines([member.id])[member.id] for _ in range(line.quantity)]
        scans = [(order.order_no, True)] + [(code, True) for code in units]
        if len(scripts) % 10 == 9:
            wrong = next(code for code in rng.sample(sorted(barcodes.values()), 20) if code not in units)
            scans.insert(2, (wrong, False))
        scripts.append(scans)
        if len(scripts) == ORDERS:
            break
    return scripts


def measure() -> list[float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from ui.app import App, Options
    from ui.crash import CrashHandler
    from ui.sound import silent_board

    template = cached_db("pack_1m", build)
    app = QApplication.instance() or QApplication(["bench_gui"])
    with tempfile.TemporaryDirectory() as workdir:
        db = fresh_copy(template, Path(workdir))
        clock = ManualClock("2026-11-11 10:00:00")
        with Store.open(db) as store:
            review(store, clock, Actor("OFFICE", "super"))
            scripts = _scripts(store, random.Random(11))
        wired = App(Options(db, "P01", "packer01", "zh_CN"), CrashHandler(), clock=clock,
                    sounds=silent_board("benchmark"), print_service=None)
        window = wired.window
        window.resize(*SIZE)
        window.show()
        window.activateWindow()
        latencies: list[float] = []
        state: dict = {"answer": None, "answers": 0}

        class PaintProbe(QObject):
            """Runs the window's repaint inside the filter, then stops the clock of the answer shown."""

            def eventFilter(self, watched, event) -> bool:
                if event.type() != QEvent.Type.UpdateRequest or state["answer"] is None:
                    return False
                watched.event(event)
                latencies.append((time.perf_counter() - state["answer"].started) * 1000)
                state["answer"] = None
                return True

        def answered(answer) -> None:
            state["answer"], state["answers"] = answer, state["answers"] + 1

        probe = PaintProbe()
        window.installEventFilter(probe)
        window.windowHandle().installEventFilter(probe)
        wired.pack.answered.connect(answered)
        deadline = time.monotonic() + 30
        while wired.pack.start_info is None and time.monotonic() < deadline:
            app.processEvents()
        target = window.windowHandle()
        try:
            for scans in scripts:
                for code, accepted in scans:
                    before, painted = state["answers"], len(latencies)
                    for char in code:
                        QTest.qWait(KEY_GAP_MS)
                        QTest.keyClick(target, ord(char))
                    QTest.qWait(KEY_GAP_MS)
                    QTest.keyClick(target, Qt.Key.Key_Return)
                    limit = time.monotonic() + 5
                    while len(latencies) == painted and time.monotonic() < limit:
                        app.processEvents()
                    if state["answers"] != before + 1 or len(latencies) != painted + 1:
                        raise RuntimeError(f"no answer painted for scan {code!r}")
                    if wired.pack.answer.ok != accepted:
                        raise RuntimeError(f"benchmark scan {code!r}: {wired.pack.answer.message}")
        finally:
            wired.close()
            app.processEvents()
    return sorted(latencies)


def run() -> list[Figure]:
    return latency_figures("gui_scan_to_repaint", measure(), p99_goal_ms=30.0)


BENCHMARKS = [Benchmark(names=("gui_scan_to_repaint_p99_ms", "gui_scan_to_repaint_median_ms", "gui_scan_to_repaint_measured"),
                        run=run)]
