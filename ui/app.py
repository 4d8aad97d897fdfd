"""The entry point, and the one place that wires the desktop app together.

    python -m ui [--db PATH] [--station P01] [--user packer01] [--lang zh_CN|en] [--serial-scanner PORT]

Order of things at start: logging and the crash handler first (so anything after is caught and
logged), Qt's message handler, the QApplication, translations, then `App` wires the store
worker, the scanner filter, serial scanners, print events, sounds and the screens. Everything
below receives what it uses; nothing else reaches for globals.
"""
from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from devices.scanners import WedgeConfig
from whs_app.actor import Actor
from whs_app.clock import Clock, SystemClock
from whs_app.printing.events import EventBus
from whs_app.printing.service import PrintService
from whs_app.drill.info import DrillError
from whs_app.drill.pointer import read_pointer
from whs_app.station_setup import PcConfig, station_language
from whs_app.store import Store, StoreError, default_db_path
from whs_app.store.dialect import db_location, is_postgres_url, masked
from ui.crash import CrashHandler, CrashNotifier, QtMessages
from ui.drill import DrillWatch
from ui.shared_warning import warn_if_shared
from ui.i18n import DEFAULT_LANGUAGE, LANGUAGES, Translators, arg
from ui.logs import data_dir, setup_logging
from ui.main_window import MainWindow
from ui.outcomes import Outcome
from ui.office import office_worker
from ui.pack_desk import DeskStart, PackAnswer, PackDesk
from ui.pack_station import PackStationScreen
from ui.printer_feed import PrinterEvents
from ui.scanner_filter import ScannerFilter
from ui.screens import screens_for
from ui.serial_bridge import SerialScannerBridge
from ui.sound import SoundBoard, make_sound_board
from ui.workers import StoreWorker, run_in_pool

log = logging.getLogger("whs.ui")
STARTED = time.perf_counter()
SWITCH_DATABASE = 75    # app.exit code: reopen the station on the database the drill pointer names


@dataclass(frozen=True)
class Options:
    db: Path | str                    # a SQLite file, or a PostgreSQL server's URL
    station: str
    user: str
    lang: str = DEFAULT_LANGUAGE
    serial_scanner: str | None = None
    exit_when_ready: bool = False
    live_db: Path | None = None       # set while a drill runs: the live database beside which drills live


def parse_args(argv: list[str] | None = None) -> Options:
    parser = argparse.ArgumentParser(prog="python -m ui", description="whs — the warehouse desktop app (打包台)")
    parser.add_argument("--db", type=db_location, default=os.environ.get("WHS_DB"),
                        help="database file, or a PostgreSQL server: postgresql://user:password@host:5432/whs "
                             "(default: the one chosen on the Settings screen, else whs.db in the user's data folder)")
    parser.add_argument("--station", default=None, help="station code, e.g. P01 (default: $WHS_STATION or host name)")
    parser.add_argument("--user", default=None, help="user login, e.g. packer01 (default: $WHS_USER or login name)")
    parser.add_argument("--lang", choices=LANGUAGES, default=os.environ.get("WHS_LANG"),
                        help="language of the screens (default: the station's, set on the Settings screen; zh_CN)")
    parser.add_argument("--serial-scanner", default=os.environ.get("WHS_SERIAL_SCANNER"),
                        help="a serial / USB-COM scanner's port, e.g. COM5 or /dev/ttyACM0")
    parser.add_argument("--exit-when-ready", action="store_true",
                        help="quit as soon as the pack screen has opened the database (start-up checks)")
    args = parser.parse_args(argv)
    chosen = PcConfig.load(PcConfig.in_data_folder()).database      # chosen on the Settings screen
    db = args.db or (db_location(chosen) if chosen else default_db_path())
    pc = PcConfig.load(PcConfig.path_for(db))      # what the Settings screen chose for this PC
    actor = Actor.from_environment(args.station or pc.station, args.user)
    lang = args.lang or _station_language(db, actor.station) or DEFAULT_LANGUAGE
    return Options(db, actor.station, actor.user, lang, args.serial_scanner or pc.serial_scanner, args.exit_when_ready)


def _station_language(db: Path | str, station: str) -> str | None:
    """The language chosen for this station on the Settings screen, if the database says one."""
    if not is_postgres_url(db) and not Path(db).exists():
        return None
    try:
        with Store.open(db, create=False) as store:
            lang = station_language(store, station)
    except StoreError:
        return None
    return lang if lang in LANGUAGES else None


class App:
    """The wired app: one station's worker, screens, scanners and sounds around one window."""

    def __init__(self, options: Options, crash: CrashHandler, *, clock: Clock | None = None,
                 sounds: SoundBoard | None = None, print_service: PrintService | None | bool = True,
                 wedge: WedgeConfig = WedgeConfig(), install_filter: bool = True,
                 open_serial: Callable | None = None, sheet_folder: Path | None = None,
                 open_file: Callable[[Path], None] | None = None, translators: Translators | None = None) -> None:
        self.options = options
        self.translators = translators
        self.crash = crash
        self.clock = clock or SystemClock()
        self.actor = Actor(options.station, options.user)
        crash.context.update(db=masked(options.db), station=options.station, user=options.user, lang=options.lang)
        self.notifier = CrashNotifier(crash)
        self.sounds = sounds if sounds is not None else make_sound_board(data_dir() / "sounds")
        # The print queue (whs_app/printing): one worker thread per printer of this station, started
        # off the GUI thread; its events reach the screens through PrinterEvents. True: make one;
        # a PrintService: use that one (tests); None/False: no printing from this app.
        if print_service is True:
            print_service = PrintService(options.db, self.clock, stations=[options.station])
        self.print_service: PrintService | None = print_service or None
        self.print_bus = self.print_service.events if self.print_service is not None else EventBus()
        self.printer_events = PrinterEvents(self.print_bus)

        db, clock_, actor, bus = options.db, self.clock, self.actor, self.print_bus
        self.worker = StoreWorker("pack", lambda: Store.open(db, create=False, background_checkpoint=True),
                                  lambda store: PackDesk(store, clock_, actor, bus), crash)
        self.window = MainWindow(self.clock)
        self.pack = PackStationScreen(self.worker, self.sounds, self.printer_events, sheet_folder=sheet_folder,
                                      open_file=open_file)
        self.window.add_screen(self.pack)
        self.pack.desk_started.connect(self.window.set_start)
        self.pack.desk_started.connect(self._start_printing)
        self.pack.desk_started.connect(self._add_screens)
        self.screens: dict[str, QWidget] = {}
        self.office = office_worker(options.db, self.clock, self.actor, crash, self.print_bus)
        warn_if_shared(self.window, self.office)
        self.pack.answered.connect(self._wake_printers)
        self.pack.printer_board_changed.connect(self.window.header.printers.set_board)
        self.window.set_sound_off(self.sounds.silent_reason if self.sounds.silent else None)

        self.scanner = ScannerFilter(wedge)
        self.scanner.scanned.connect(self.window.route_scan)
        if install_filter:
            self.scanner.install(QApplication.instance())
        self.serial: SerialScannerBridge | None = None
        if options.serial_scanner:
            self.serial = SerialScannerBridge(options.serial_scanner, open_port=open_serial)
            self.serial.scanned.connect(self.window.route_scan)
            self.serial.state_changed.connect(self.window.serial_state)
            self.serial.start()
        self._closed = False

    def _start_printing(self, _info) -> None:
        """Once the database opened: start the printer workers (they open their own connections)."""
        if self.print_service is not None and not self._closed:
            run_in_pool("print service", self.print_service.start, crash=self.crash)

    def _add_screens(self, info: DeskStart) -> None:
        """The other screens this user's role sees (a packer's station: theirs only), once."""
        if self.window.stack.count() > 1:
            return
        for spec in screens_for(info.role):
            self.screens[spec.name] = spec.make(self)
            self.window.add_screen(self.screens[spec.name])

    def switch_language(self, lang: str) -> None:
        """The Settings screen chose another language: every widget retranslates now."""
        if self.translators is not None:
            self.translators.install(lang)

    def _wake_printers(self, answer: PackAnswer) -> None:
        """New label or slip jobs: their printer's worker looks now rather than at its next poll."""
        if self.print_service is not None and answer.outcome in (Outcome.PACKED, Outcome.BOX_SEALED, Outcome.REPRINT):
            self.print_service.wake(self.options.station)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self.print_service is not None:
            QThreadPool.globalInstance().waitForDone(10_000)   # a start still running in the pool
            self.print_service.stop()
        if self.serial is not None:
            self.serial.stop()
        self.scanner.remove()
        self.printer_events.detach()
        self.worker.close()
        self.office.close()
        self.notifier.close()
        self.window.close()
        self.window.deleteLater()


def main(argv: list[str] | None = None) -> int:
    options = parse_args(argv)
    log_file = setup_logging()
    crash = CrashHandler(log_file)
    crash.install()
    qt_messages = QtMessages()
    qt_messages.install()
    log.info("starting: db=%s station=%s user=%s lang=%s", masked(options.db), options.station, options.user,
             options.lang)
    QCoreApplication.setApplicationName("whs")
    app = QApplication(sys.argv[:1])
    translators = Translators()
    translators.install(options.lang)
    code = SWITCH_DATABASE
    while code == SWITCH_DATABASE:     # a drill started or ended: the station reopens on the other database
        code = _run_station(app, options, crash, translators)
    crash.uninstall()
    qt_messages.uninstall()
    return code


def _refuse(text: str) -> int:
    QMessageBox.critical(None, QCoreApplication.translate("App", "whs"), text)
    return 2


def _run_station(app: QApplication, options: Options, crash: CrashHandler, translators: Translators) -> int:
    """Run the station on the database it should use now (the live one, or the active drill's)."""
    if not is_postgres_url(options.db) and not Path(options.db).exists():
        print(f"whs: no database at {options.db}", file=sys.stderr)
        if options.exit_when_ready:
            return 2
        return _refuse(arg(QCoreApplication.translate(
            "App", "There is no database at %1.\n\nMake the demo warehouse with `python3 dev.py demo` "
                   "(or `whs --db PATH init --demo`), then start again with --db PATH."), options.db))
    try:
        active = None if is_postgres_url(options.db) else read_pointer(options.db)   # drills run on SQLite
        opened = replace(options, db=Path(active.drill_db), live_db=options.db) if active else options
        wired = App(opened, crash, clock=active.clock() if active else None, translators=translators)
    except (StoreError, DrillError) as exc:
        return _refuse(str(exc))
    watch = None if is_postgres_url(options.db) else DrillWatch(options.db, opened.db)
    if watch is not None:
        watch.changed.connect(lambda: app.exit(SWITCH_DATABASE))
    if options.exit_when_ready:
        def ready(info) -> None:
            print(f"ready: station {info.station}, {time.perf_counter() - STARTED:.2f} s after import", flush=True)
            QTimer.singleShot(0, app.quit)
        wired.pack.desk_started.connect(ready)
    wired.window.showMaximized()
    code = app.exec()
    if watch is not None:
        watch.stop()
    wired.close()
    return code
