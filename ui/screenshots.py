"""Screenshots of the pack station in Chinese and English: `python -m ui.screenshots [--out DIR]`.

Builds a small demo warehouse (or uses --db, which it copies first), starts the real app on it
offscreen (or on the display given by --platform, e.g. xcb under xvfb-run), drives the pack
screen with scanner keystrokes through the application-wide filter, and saves each state as a
PNG (QWidget.grab): idle, a parcel open, a wrong item, packed, the label confirmed, a duplicate
order, the printer failing over to its backup, a cancelled parcel, and the crash dialog, at
1366x768 and 1920x1080. Look at every one before calling a
screen done.
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

SIZES = {"": (1366, 768), "-1080p": (1920, 1080)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.screenshots", description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("ui-screenshots"), help="folder for the PNGs")
    parser.add_argument("--db", type=Path, help="a demo database to copy (default: build a small one)")
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                        help="Qt platform plugin (offscreen, or xcb under xvfb-run)")
    parser.add_argument("--lang", action="append", choices=("zh_CN", "en"), help="languages (default: both)")
    args = parser.parse_args(argv)
    os.environ["QT_QPA_PLATFORM"] = args.platform

    from PySide6.QtWidgets import QApplication

    import logging

    args.out.mkdir(parents=True, exist_ok=True)
    logging.basicConfig(level=logging.CRITICAL)   # the staged crash report goes to the dialog only
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as work:
        written = []
        for lang in args.lang or ["zh_CN", "en"]:
            for suffix, size in SIZES.items():
                db = Path(work) / f"demo-{lang}{suffix}.db"
                prepare(db, args.db)
                written += shoot(app, db, args.out, lang, suffix, size)
                written += shoot_screens(app, db, args.out, lang, suffix, size)
    for path in written:
        print(path)
    return 0


def prepare(db: Path, source: Path | None) -> None:
    """A demo warehouse with reviewed orders and two label printers at P01."""
    from whs_app.actor import Actor
    from whs_app.clock import ManualClock
    from whs_app.demo import build_demo
    from whs_app.printing.printers import add_printer
    from whs_app.review import review
    from whs_app.store import Store

    clock = ManualClock("2026-11-12 09:00:00")
    office = Actor("OFFICE", "super")
    if source is not None:
        shutil.copyfile(source, db)
    with Store.open(db) as store:
        if source is None:
            build_demo(store, clock, random.Random(11), orders=300, actor=office)
            review(store, clock, office)
        if not store.printers.all("P01"):
            add_printer(store, "2026-11-12 08:00:00", office, "LBL-P01", "tcp://192.0.2.10:9100", "tspl", "label",
                        "P01")
            add_printer(store, "2026-11-12 08:00:00", office, "LBL-P01B", "tcp://192.0.2.11:9100", "tspl", "label",
                        "P01", backup_of="LBL-P01")
            add_printer(store, "2026-11-12 08:00:00", office, "SLIP-P01", "tcp://192.0.2.12:9100", "escpos", "slip",
                        "P01")
        with store.transaction():
            for name in ("LBL-P01", "LBL-P01B", "SLIP-P01"):
                store.printers.set_state(name, "ready", "", "2026-11-12 08:59:00")


def _pick_orders(db: Path) -> tuple[str, list[str], str, str]:
    """An order of two or more units, its item barcodes, a barcode not in it, and a second order."""
    from whs_app.model import OrderState
    from whs_app.store import Store

    with Store.open(db) as store:
        ready = [o for o in store.orders.in_states([OrderState.READY]) if o.merge_leader_id is None]
        barcode = {sku.id: store.skus.barcodes(sku.id)[0] for sku in store.skus.all()}
        for order in ready:
            lines = [line for member in store.orders.group(order.id)
                     for line in store.orders.lines([member.id])[member.id]]
            units = [barcode[line.sku_id] for line in lines for _ in range(line.quantity)]
            if 2 <= len(units) <= 4 and len({line.sku_id for line in lines}) >= 2:
                wrong = next(code for sku_id, code in barcode.items() if code not in units)
                second = next(o.order_no for o in ready if o.id != order.id)
                return order.order_no, units, wrong, second
    raise RuntimeError("the demo database has no ready order of 2-4 units")


def printed(db: Path, waybill: str) -> None:
    """What the label printer's worker does when the label has printed (no printer here)."""
    from whs_app.actor import Actor
    from whs_app.clock import ManualClock
    from whs_app.printing.queue import PrintQueue
    from whs_app.store import Store

    with Store.open(db) as store:
        queue = PrintQueue(store, ManualClock("2026-11-12 09:31:00"), Actor("P01", "print-worker"))
        job = store.print_jobs.latest_label(waybill)
        job["printer"] = "LBL-P01"
        with store.transaction():
            store.print_jobs.route(job["id"], "LBL-P01", queue.now())
        if queue.claim(job, "LBL-P01", 1000):
            queue.sent(job, 1000)


def shoot(qapp, db: Path, out: Path, lang: str, suffix: str, size: tuple[int, int]) -> list[Path]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from whs_app.clock import ManualClock
    from whs_app.printing.events import PrinterChanged
    from ui.app import App, Options
    from ui.crash import CrashHandler
    from ui.i18n import Translators
    from ui.sound import silent_board

    order_no, units, wrong, second = _pick_orders(db)
    translators = Translators()
    translators.install(lang)
    crash = CrashHandler()
    wired = App(Options(db, "P01", "packer01", lang), crash, clock=ManualClock("2026-11-12 09:30:00"),
                sounds=silent_board("screenshots"), print_service=None, open_file=lambda path: None)
    window = wired.window
    window.resize(*size)
    window.show()
    window.activateWindow()
    written: list[Path] = []
    answers = []
    wired.pack.answered.connect(answers.append)

    def scan(code: str) -> None:
        count = len(answers)
        for char in code:
            QTest.qWait(3)
            QTest.keyClick(window.windowHandle(), ord(char))
        QTest.qWait(3)
        QTest.keyClick(window.windowHandle(), Qt.Key.Key_Return)
        settle(qapp, lambda: len(answers) > count)

    def save(name: str, widget=None) -> None:
        settle(qapp)
        path = out / f"pack-{lang}{suffix}-{name}.png"
        (widget or window).grab().save(str(path))
        written.append(path)

    settle(qapp, lambda: wired.pack.start_info is not None)
    save("1-idle")
    scan(order_no)
    scan(units[0])
    save("2-open")
    scan(wrong)
    save("3-wrong-item")
    for code in units[1:]:
        scan(code)
    save("4-packed")
    waybill = wired.pack.answer.waybill_no or ""
    printed(db, waybill)
    scan(waybill)
    save("5-label-confirmed")
    scan(order_no)
    save("6-duplicate")
    wired.print_bus.publish(PrinterChanged("LBL-P01", "paper_out", "缺纸 paper out", False))
    settle(qapp, lambda: wired.pack.failover.isVisible())
    scan(second)
    save("7-printer-failover")
    scan("CMD:CANCEL")
    save("8-cancelled")
    with_crash = RuntimeError("demo: the scanner driver sent garbage")
    try:
        raise with_crash
    except RuntimeError:
        crash.report_current("screenshot")
    settle(qapp, lambda: wired.notifier.dialog is not None and wired.notifier.dialog.isVisible())
    save("9-crash-dialog", wired.notifier.dialog)
    wired.close()
    translators.remove()
    return written


def settle(qapp, condition=lambda: True, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        qapp.processEvents()
        if condition():
            break
        time.sleep(0.005)
    for _ in range(5):
        qapp.processEvents()


def shoot_screens(qapp, db: Path, out: Path, lang: str, suffix: str, size: tuple[int, int]) -> list[Path]:
    """Every screen after the pack screen, as the supervisor sees it once its data has arrived."""
    from whs_app.clock import ManualClock
    from ui.app import App, Options
    from ui.crash import CrashHandler
    from ui.i18n import Translators
    from ui.sound import silent_board

    translators = Translators()
    translators.install(lang)
    wired = App(Options(db, "P01", "super", lang), CrashHandler(), clock=ManualClock("2026-11-12 09:30:00"),
                sounds=silent_board("screenshots"), print_service=None, open_file=lambda path: None)
    wired.window.resize(*size)
    wired.window.show()
    settle(qapp, lambda: bool(wired.screens))
    written = []
    for index, (name, screen) in enumerate(wired.screens.items(), start=1):
        wired.window.tabs.setCurrentIndex(index)
        settle(qapp, lambda: wired.office.busy == 0)
        settle(qapp, lambda: False, timeout=0.3)   # charts and lazy rows paint after the data
        path = out / f"screen-{name}-{lang}{suffix}.png"
        wired.window.grab().save(str(path))
        written.append(path)
    wired.close()
    translators.remove()
    return written


if __name__ == "__main__":
    sys.exit(main())
