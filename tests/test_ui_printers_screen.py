"""The Printers screen: every station's printers in failover order with state and queue, live
events, what other stations and their print workers do (within two seconds), jobs per printer, test
print on an emulated printer, reprints (a second one with a supervisor's PIN)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from whs_app.actor import Actor
from whs_app.clock import stamp
from whs_app.printing.events import EventBus, PrinterChanged
from whs_app.printing.printers import add_printer
from whs_app.printing.queue import WORKER_USER, PrintQueue
from whs_app.store import Store
from ui.pin_dialog import PinDialog
from ui.printer_feed import PrinterEvents
from ui.printers_screen import J_ID, J_STATE, P_NAME, P_PLACE, P_PROBLEMS, P_STATE, P_WAITING, PrintersScreen
from tests.print_fixtures import ADMIN, confirmation_required, configure, emulators, pack  # noqa: F401
from tests.ui_fixtures import office, qt_warnings  # noqa: F401


def setup_printers(store, clock, warehouse, orders: int = 3) -> list[str]:
    """LBL-A (primary) and LBL-B (its backup) print labels at P01, SLIP-A slips; LBL-C at P02.
    `orders` packed at P01: their labels on LBL-A, the first one failed, the others queued."""
    at = stamp(clock.now())
    add_printer(store, at, ADMIN, "LBL-A", "tcp://192.0.2.1:9100", "tspl", "label", "P01")
    add_printer(store, at, ADMIN, "LBL-B", "tcp://192.0.2.2:9100", "tspl", "label", "P01", backup_of="LBL-A")
    add_printer(store, at, ADMIN, "SLIP-A", "tcp://192.0.2.3:9100", "escpos", "slip", "P01", paper="80")
    add_printer(store, at, ADMIN, "LBL-C", "tcp://192.0.2.4:9100", "zpl", "label", "P02")
    for name in ("LBL-A", "LBL-B", "SLIP-A"):
        store.printers.set_state(name, "ready", "", at)
    confirmation_required(store, False)
    waybills = [pack(store, clock, warehouse, f"R{n:06d}") for n in range(orders)]
    for n, waybill in enumerate(waybills):
        job = store.print_jobs.latest_label(waybill)
        store.print_jobs.route(job["id"], "LBL-A", at)
        if n == 0:
            store.print_jobs.change(job["id"], ("queued",), "failed", at, error="缺纸 / paper out")
    return waybills


def make_screen(qtbot, office, events=None) -> PrintersScreen:
    screen = PrintersScreen(office, events)
    qtbot.addWidget(screen)
    screen.resize(1366, 700)
    with qtbot.waitSignal(screen.jobs_shown, timeout=10_000):
        screen.show()
    return screen


def printer_row(screen: PrintersScreen, name: str) -> list[str]:
    for index in range(screen.tree.topLevelItemCount()):
        top = screen.tree.topLevelItem(index)
        for child in range(top.childCount()):
            item = top.child(child)
            if item.text(P_NAME) == name:
                return [item.text(column) for column in range(screen.tree.columnCount())]
    raise AssertionError(f"{name} not shown")


def stations(screen: PrintersScreen) -> list[str]:
    return [screen.tree.topLevelItem(i).text(0) for i in range(screen.tree.topLevelItemCount())]


def job_rows(screen: PrintersScreen) -> list[tuple[str, str]]:
    return [(screen.table.item(row, J_ID).text(), screen.table.item(row, J_STATE).text())
            for row in range(screen.table.rowCount())]


def test_every_station_with_its_printers_in_failover_order_state_and_queue(qtbot, store, clock, warehouse, office):
    setup_printers(store, clock, warehouse)
    screen = make_screen(qtbot, office)
    assert stations(screen)[0].startswith("P01") and stations(screen)[1].startswith("P02")
    a, b = printer_row(screen, "LBL-A"), printer_row(screen, "LBL-B")
    assert (a[P_PLACE], a[P_STATE], a[P_WAITING], a[P_PROBLEMS]) == ("primary", "● ready", "2", "1")
    assert b[P_PLACE] == "backup 1 of LBL-A" and b[P_WAITING] == "0"
    assert printer_row(screen, "LBL-C")[P_STATE] == "● not checked yet"
    assert "3 jobs wait for a printer" in stations(screen)[0]      # the slips: no worker routed them yet
    assert screen.printer == "LBL-A" and screen.jobs_label.text() == "Jobs on LBL-A"
    assert [state for _, state in job_rows(screen)] == ["waiting", "waiting"]
    assert any("LBL-A" in text for text in screen.panel.texts()) and screen.notice.isHidden()


def test_the_problems_view_and_another_printer_by_keyboard(qtbot, store, clock, warehouse, office):
    setup_printers(store, clock, warehouse)
    screen = make_screen(qtbot, office)
    with qtbot.waitSignal(screen.jobs_shown, timeout=5000):
        screen.view.setCurrentIndex(1)          # problems
    assert [state for _, state in job_rows(screen)] == ["failed"]
    screen.tree.setFocus()
    with qtbot.waitSignal(screen.jobs_shown, timeout=5000):
        qtbot.keyClick(screen.tree, Qt.Key.Key_Down)
    assert screen.printer == "LBL-B" and job_rows(screen) == []


def test_printer_events_change_the_state_at_once_and_the_station_shows_the_backup(qtbot, store, clock, warehouse,
                                                                                  office):
    setup_printers(store, clock, warehouse)
    bus = EventBus()
    events = PrinterEvents(bus)
    try:
        screen = make_screen(qtbot, office, events)
        store.printers.set_state("LBL-A", "paper_out", "paper_out", stamp(clock.now()))   # as its worker does
        bus.publish(PrinterChanged("LBL-A", "paper_out", "paper_out", False))
        qtbot.waitUntil(lambda: printer_row(screen, "LBL-A")[P_STATE].startswith("● paper out"), timeout=3000)
        assert screen.notice.isVisible()
        assert "labels now print on the backup LBL-B" in screen.notice.text()
        with qtbot.waitSignal(screen.refreshed, timeout=5000):     # the refresh after it agrees
            pass
        assert printer_row(screen, "LBL-A")[P_STATE].startswith("● paper out")
    finally:
        events.detach()


def test_another_station_and_its_print_worker_show_within_two_seconds(qtbot, store, clock, warehouse, office):
    """No event reaches this PC: a print worker at P01 (its own process, its own connection) sends a job
    and finds its printer offline; the screen reads it by itself."""
    waybills = setup_printers(store, clock, warehouse)
    screen = make_screen(qtbot, office)
    assert printer_row(screen, "LBL-A")[P_WAITING] == "2"
    at = stamp(clock.now())
    with Store.open(store.path, create=False) as station:
        queue = PrintQueue(station, clock, Actor("P01", WORKER_USER))
        job = station.print_jobs.latest_label(waybills[1])
        assert queue.claim(job, "LBL-A", 100) and queue.sent(job, 100)
        with station.transaction():
            station.printers.set_state("LBL-A", "offline", "", at)
    qtbot.waitUntil(lambda: printer_row(screen, "LBL-A")[P_STATE].startswith("● offline"), timeout=2000)
    assert printer_row(screen, "LBL-A")[P_WAITING] == "1"
    qtbot.waitUntil(lambda: job_rows(screen) == [(str(store.print_jobs.latest_label(waybills[2])["id"]),
                                                  "waiting")], timeout=2000)
    assert "labels now print on the backup LBL-B" in screen.notice.text()


def test_a_refresh_leaves_the_list_where_the_supervisor_scrolled_it(qtbot, store, clock, warehouse, office):
    at = stamp(clock.now())
    for n in range(3, 31):
        store.people.add_station(f"P{n:02d}", f"打包台 {n}")
        add_printer(store, at, ADMIN, f"LBL-P{n:02d}", f"tcp://192.0.2.{n}:9100", "tspl", "label", f"P{n:02d}")
    screen = make_screen(qtbot, office)
    bar = screen.tree.verticalScrollBar()
    bar.setValue(bar.maximum())
    bottom = bar.value()
    with qtbot.waitSignal(screen.refreshed, timeout=3000):
        with store.transaction():
            store.printers.set_state("LBL-P03", "offline", "", at)
    assert printer_row(screen, "LBL-P03")[P_STATE].startswith("● offline") and screen.printer == "LBL-P03"
    assert bottom > 0 and bar.value() == bottom


def select_job(qtbot, screen: PrintersScreen, job_id: int) -> None:
    for row in range(screen.table.rowCount()):
        if screen.table.item(row, J_ID).text() == str(job_id):
            screen.table.selectRow(row)
            return
    raise AssertionError(f"job {job_id} not listed: {job_rows(screen)}")


def test_reprint_a_failed_label_then_a_second_time_with_the_supervisor_pin(qtbot, store, clock, warehouse, office):
    waybills = setup_printers(store, clock, warehouse)
    failed = store.print_jobs.latest_label(waybills[0])
    screen = make_screen(qtbot, office)
    with qtbot.waitSignal(screen.jobs_shown, timeout=5000):
        screen.view.setCurrentIndex(1)
    select_job(qtbot, screen, failed["id"])
    screen.table.setFocus()
    with qtbot.waitSignal(screen.refreshed, timeout=5000):
        qtbot.keyClick(screen.table, Qt.Key.Key_F10)
    first = store.print_jobs.latest_label(waybills[0])
    assert first["reprint_of"] == failed["id"] and first["state"] == "queued"
    assert f"replaces job {failed['id']}" in screen.message.text()

    # the reprint failed too: another one needs a supervisor
    store.print_jobs.route(first["id"], "LBL-A", stamp(clock.now()))
    store.print_jobs.change(first["id"], ("queued",), "failed", stamp(clock.now()), error="offline")
    screen.refresh()
    qtbot.waitUntil(lambda: (str(first["id"]), "failed") in job_rows(screen), timeout=5000)
    select_job(qtbot, screen, first["id"])
    qtbot.keyClick(screen.table, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), PinDialog), timeout=5000)
    dialog: PinDialog = QApplication.activeModalWidget()
    assert "needs a supervisor" in dialog.reason.text()
    dialog.login.setCurrentIndex(dialog.login.findData("boss"))
    qtbot.keyClicks(dialog.pin, "1111")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.problem.isVisible, timeout=5000)
    assert store.print_jobs.latest_label(waybills[0])["id"] == first["id"]     # nothing reprinted
    qtbot.keyClicks(dialog.pin, "2468")
    with qtbot.waitSignal(screen.refreshed, timeout=5000):
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    second = store.print_jobs.latest_label(waybills[0])
    assert second["reprint_of"] == failed["id"] and second["id"] != first["id"]
    audit = store.audit.for_entity("print_job", second["id"])
    assert audit[0]["action"] == "print_job.reprint" and '"supervisor":"boss"' in audit[0]["detail"]


def test_a_scanned_waybill_shows_its_label_job(qtbot, store, clock, warehouse, office):
    waybills = setup_printers(store, clock, warehouse)
    screen = make_screen(qtbot, office)
    with qtbot.waitSignal(screen.jobs_shown, timeout=5000):
        screen.handle_scan(waybills[0], "scanner")
    job = store.print_jobs.latest_label(waybills[0])
    assert screen.selected_job_id() == job["id"] and screen.view.currentData() == "all"
    assert f"job {job['id']}, failed" in screen.message.text()
    screen.handle_scan("ZT404", "scanner")
    qtbot.waitUntil(lambda: "No print job for ZT404" in screen.message.text(), timeout=5000)


def test_test_print_reaches_the_printer_and_is_audited(qtbot, store, clock, warehouse, office, emulators):
    tspl, _, _ = emulators
    configure(store, clock, "EMU", tspl, role="label")
    screen = make_screen(qtbot, office)
    assert screen.printer == "EMU"
    qtbot.keyClick(screen.tree, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: "Test page sent to EMU" in screen.message.text(), timeout=10_000)
    assert tspl.wait_for(1) and b"TEST-EMU" in tspl.printed
    qtbot.waitUntil(lambda: store.audit.count("printer.test") == 1, timeout=5000)

    tspl.run_out_of_paper()
    qtbot.keyClick(screen.tree, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: "Test page not printed on EMU" in screen.message.text(), timeout=10_000)
    assert store.audit.count("printer.test") == 1
