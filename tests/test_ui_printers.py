"""Which printer the pack station prints to, its state, and failover to the backup without the packer."""
from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from whs_app.printing.events import EventBus, JobMoved, PrinterChanged
from whs_app.printing.printers import add_printer
from whs_app.store.errors import StoreUnavailable
from ui.outcomes import Outcome
from ui.pack_desk import PackDesk
from ui.printer_feed import PrinterBoard, PrinterEvents, PrinterView, board_from_store
from tests.pack_fixtures import ready_order
from tests.print_fixtures import ADMIN, configure, emulators, service, wait_until  # noqa: F401
from tests.ui_fixtures import make_app, qapp_args, qt_warnings, scan_and_wait, translators  # noqa: F401

JEANS, SOCKS = "6901234567003", "6901234567005"


def board(*views: PrinterView) -> PrinterBoard:
    return PrinterBoard("P01", {"label": views, "slip": views})


def test_the_board_follows_printer_events():
    start = board(PrinterView("A", "ready", "", True), PrinterView("B", None, "", True))
    assert start.active("label").name == "A" and not start.on_backup("label")
    down = start.apply(PrinterChanged("A", "paper_out", "缺纸 paper out", False))
    assert down.active("label").name == "B" and down.on_backup("label")
    moved = down.apply(JobMoved(7, "A", "B", "缺纸 paper out"))
    assert (moved.failover.from_printer, moved.failover.to_printer, moved.failover.kind) == ("A", "B", "label")
    assert moved.apply(PrinterChanged("Z", "offline", "", False)) == moved      # not this station's
    back = moved.apply(PrinterChanged("A", "ready", "", True))
    assert back.active("label").name == "A" and not back.on_backup("label")
    both_down = down.apply(PrinterChanged("B", "offline", "", False))
    assert both_down.active("label") is None


def test_events_published_on_a_worker_thread_arrive_on_the_gui_thread(qtbot, qapp):
    bus = EventBus()
    events = PrinterEvents(bus)
    heard = []
    events.event.connect(lambda event: heard.append((event, QThread.currentThread() is qapp.thread())))
    try:
        worker = threading.Thread(target=lambda: bus.publish(PrinterChanged("A", "offline", "", False)))
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: len(heard) == 1, timeout=2000)
        assert heard[0][1] is True and heard[0][0].printer == "A"
    finally:
        events.detach()
    bus.publish(PrinterChanged("A", "ready", "", True))
    qtbot.wait(50)
    assert len(heard) == 1     # detached: heard no more


def with_backup_printer(qtbot, store, make_app):
    """P01's label printer LBL-A with LBL-B as its backup, and the app (no print service) showing LBL-A."""
    add_printer(store, "2026-11-11 07:00:00", ADMIN, "LBL-A", "tcp://192.0.2.1:9100", "tspl", "label", "P01")
    add_printer(store, "2026-11-11 07:00:00", ADMIN, "LBL-B", "tcp://192.0.2.2:9100", "tspl", "label", "P01",
                backup_of="LBL-A")
    app = make_app(print_service=None)
    texts = app.window.header.printers.texts
    qtbot.waitUntil(lambda: any("LBL-A" in t for t in texts()), timeout=3000)
    return app, texts


def test_the_station_shows_its_printer_and_switches_to_the_backup_by_itself(qtbot, store, clock, warehouse,
                                                                              make_app):
    """The adapter with a fake event source: the print queue's events published on the app's bus."""
    app, texts = with_backup_printer(qtbot, store, make_app)
    assert not app.pack.failover.isVisible()
    app.print_bus.publish(PrinterChanged("LBL-A", "paper_out", "缺纸 paper out", False))
    qtbot.waitUntil(lambda: app.pack.failover.isVisible(), timeout=3000)
    assert "LBL-B" in app.pack.failover.text() and "Nothing to do" in app.pack.failover.text()
    assert any("LBL-B" in t and "backup" in t for t in texts())
    app.print_bus.publish(PrinterChanged("LBL-B", "offline", "离线 offline", False))
    qtbot.waitUntil(lambda: "No label printer can print" in app.pack.failover.text(), timeout=3000)
    app.print_bus.publish(PrinterChanged("LBL-A", "ready", "", True))
    qtbot.waitUntil(lambda: not app.pack.failover.isVisible(), timeout=3000)
    assert any("LBL-A" in t and "ready" in t for t in texts())


def test_a_printer_that_a_worker_elsewhere_finds_down_shows_in_the_header_within_two_seconds(
        qtbot, store, warehouse, make_app):
    """The print workers run on another PC (`whs jobs run`): no event, only what they store."""
    app, texts = with_backup_printer(qtbot, store, make_app)
    with store.transaction():
        store.printers.set_state("LBL-A", "paper_out", "paper_out", "2026-11-11 08:00:00")
    qtbot.waitUntil(lambda: app.pack.failover.isVisible(), timeout=2000)
    assert "LBL-B" in app.pack.failover.text() and any("LBL-B" in t and "backup" in t for t in texts())
    with store.transaction():
        store.printers.set_state("LBL-A", "ready", "", "2026-11-11 08:00:30")
    qtbot.waitUntil(lambda: not app.pack.failover.isVisible(), timeout=2000)
    assert any("LBL-A" in t and "ready" in t for t in texts())


def test_printers_that_cannot_be_read_are_asked_again_only_every_few_seconds(qtbot, store, warehouse, make_app,
                                                                            monkeypatch):
    """The server is away: each try may wait for a connect timeout, and scans must not queue behind tries."""
    app = make_app(print_service=None)
    tries = []

    def away(desk):
        tries.append(desk)
        raise StoreUnavailable("数据库服务器连不上 / the database server cannot be reached")

    monkeypatch.setattr(PackDesk, "printers", away)
    qtbot.waitUntil(lambda: len(tries) == 1, timeout=2500)
    qtbot.wait(2500)
    assert len(tries) == 1
    assert scan_and_wait(qtbot, app, "NOSUCHCODE").outcome != Outcome.ERROR     # the desk answers as ever


def test_the_snapshot_reads_the_failover_chain_from_the_store(store, warehouse):
    add_printer(store, "2026-11-11 07:00:00", ADMIN, "A", "tcp://192.0.2.1:9100", "tspl", "both", "P01")
    add_printer(store, "2026-11-11 07:00:00", ADMIN, "S", "tcp://192.0.2.3:9100", "escpos", "slip", "P01")
    add_printer(store, "2026-11-11 07:00:00", ADMIN, "X", "tcp://192.0.2.4:9100", "tspl", "label", "P02")
    with store.transaction():
        store.printers.set_state("A", "paper_out", "paper_out", "2026-11-11 07:01:00")
    snapshot = board_from_store(store, "P01")
    assert [p.name for p in snapshot.chain("label")] == ["A"]
    assert [p.name for p in snapshot.chain("slip")] == ["A", "S"]
    assert snapshot.active("label") is None and snapshot.active("slip").name == "S"


def test_packing_on_real_printers_fails_over_and_confirms_the_label(qtbot, store, clock, warehouse, make_app,
                                                                    emulators):
    """The print queue's own service and emulated printers: the primary runs out of paper, the
    station shows the backup in use, the packer packs on and scans the label the backup printed."""
    primary, backup, _ = emulators
    configure(store, clock, "A", primary, role="label")
    configure(store, clock, "B", backup, role="label", backup_of="A")
    ready_order(store, warehouse, "T3001", {"JEANS-32": 1})
    ready_order(store, warehouse, "T3002", {"SOCKS-5P": 1}, receiver_name="李雷")   # not merged with T3001
    app = make_app(print_service=service(store, clock, stations=["P01"]))
    texts = app.window.header.printers.texts
    qtbot.waitUntil(lambda: any("A" in t and "ready" in t for t in texts()), timeout=10_000)
    primary.run_out_of_paper()
    qtbot.waitUntil(lambda: app.pack.failover.isVisible(), timeout=10_000)
    assert "B" in app.pack.failover.text()
    scan_and_wait(qtbot, app, "T3001")
    packed = scan_and_wait(qtbot, app, JEANS)
    assert packed.outcome == Outcome.PACKED and packed.labels_wanted == (packed.waybill_no,)
    assert "scan the label" in app.pack.outcome.headline.text()
    wait_until(lambda: packed.waybill_no.encode() in backup.printed, timeout=10)
    assert packed.waybill_no.encode() not in primary.printed
    first = scan_and_wait(qtbot, app, "T3002")
    assert first.outcome == Outcome.LABEL_FIRST and packed.waybill_no in app.pack.outcome.hint.text()
    confirmed = scan_and_wait(qtbot, app, packed.waybill_no)
    assert confirmed.outcome == Outcome.LABEL_OK and app.sounds.history[-1] == "label"
    assert store.print_jobs.latest_label(packed.waybill_no)["state"] == "confirmed"
    assert scan_and_wait(qtbot, app, "T3002").outcome == Outcome.OPENED


def test_reprint_from_the_bench_once_then_a_supervisor_is_needed(qtbot, store, clock, warehouse, make_app,
                                                                 emulators):
    printer = emulators[0]
    configure(store, clock, "A", printer, role="label")
    ready_order(store, warehouse, "T3003", {"JEANS-32": 1})
    app = make_app(print_service=service(store, clock, stations=["P01"]))
    scan_and_wait(qtbot, app, "T3003")
    packed = scan_and_wait(qtbot, app, JEANS)
    wait_until(lambda: store.print_jobs.latest_label(packed.waybill_no)["state"] == "sent", timeout=10)
    again = scan_and_wait(qtbot, app, "CMD:REPRINT")
    assert again.outcome == Outcome.REPRINT and packed.waybill_no in again.message
    wait_until(lambda: store.print_jobs.latest_label(packed.waybill_no)["state"] == "sent", timeout=10)
    assert printer.printed.count(packed.waybill_no.encode()) >= 2
    third = scan_and_wait(qtbot, app, "CMD:REPRINT")
    assert third.outcome == Outcome.REFUSED and "supervisor" in third.message
    assert scan_and_wait(qtbot, app, packed.waybill_no).outcome == Outcome.LABEL_OK


def test_change_printer_says_failover_is_automatic(qtbot, store, warehouse, make_app):
    app = make_app()
    answer = scan_and_wait(qtbot, app, "CMD:PRINTER")
    assert answer.outcome == Outcome.REFUSED and "on its own" in answer.message


def test_a_restarted_station_asks_for_the_label_it_was_waiting_for(qtbot, store, clock, warehouse, make_app):
    add_printer(store, "2026-11-11 07:00:00", ADMIN, "LBL-A", "tcp://192.0.2.1:9100", "tspl", "label", "P01")
    ready_order(store, warehouse, "T3004", {"JEANS-32": 1})
    first = make_app()
    scan_and_wait(qtbot, first, "T3004")
    packed = scan_and_wait(qtbot, first, JEANS)
    first.close()
    again = make_app()
    assert again.pack.start_info.labels_wanted == (packed.waybill_no,)
    assert packed.waybill_no in again.pack.outcome.hint.text() and again.pack.outcome.hint.isVisibleTo(again.window)
