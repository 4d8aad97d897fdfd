"""The Settings screen (设置): this PC and its language, the station's printers, scanners, users.

Four tabs (Ctrl+Tab / Ctrl+PgDn to move between them):
- This PC: which station this PC is (kept next to the database in `whs-pc.json`, used at the
  next start) and the station's language, switched live (`language_changed`, which the app wires
  to its translators) and kept per station in the warehouse settings; the database it opens (a
  PostgreSQL server the stations share, or a file): tested on the office worker as a station would
  open it, saved in the user's data folder's `whs-pc.json` for the next start;
- Printers: the station's printers in failover order; add one, change its address, language,
  role or paper, take it out of its group or put it back (whs_app/printing);
- Scanners: "scan here to test" shows what the scanner filter made of a scan (the code, scanner
  or typing, the time between keys) and says when an input method or keyboard layout mangled
  it; the serial scanner's port;
- Users: packers and supervisors; add one, set or reset a PIN, change a role. Each change needs a
  supervisor's PIN (the PIN dialog), which the core checks again with the change.

All reads and writes go through the office worker; nothing here touches the database or a file
on the GUI thread.
"""
from __future__ import annotations

import time
from collections import deque
from dataclasses import replace
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox, QFormLayout, QGridLayout,
                               QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableWidget,
                               QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from devices.scanners import WedgeConfig
from whs_app.clock import stamp
from whs_app.printing.printer_edits import edit_printer
from whs_app.printing.printers import DEFAULT_PAPER, Printer, add_printer, list_printers, set_enabled
from whs_app.scan_check import ScanCheck, check_scan
from whs_app.station_setup import (PcConfig, SetupRefused, checked_location, choose_database, choose_station,
                                   set_station_language, station_language)
from whs_app.store.admin import Schema, check_for_station
from whs_app.store.dialect import is_postgres_url, masked
from whs_app.users import ROLES, Users
from ui import style
from ui.i18n import Retranslated, arg
from ui.office import Office
from ui.pin_dialog import approve_with_pin
from ui.printer_panel import state_text
from ui.printers_screen import place_text, role_text
from ui.scanner_filter import scan_field
from ui.workers import StoreWorker

LANGUAGE_NAMES = {"zh_CN": "中文（简体）", "en": "English"}
PRINTER_LANGUAGES = ("tspl", "zpl", "escpos")
PRINTER_ROLES = ("label", "slip", "both")


# -- jobs on the office worker -------------------------------------------------------------------
def _load(office: Office, station: str, pc_file: Path) -> dict:
    store = office.store
    return {"stations": store.people.stations(), "language": station_language(store, station),
            "printers": list_printers(store, station), "users": store.people.users(),
            "pc": PcConfig.load(pc_file), "home": PcConfig.load(PcConfig.in_data_folder())}


def _choose_station(office: Office, station: str, pc_file: Path) -> PcConfig:
    config = choose_station(office.store, stamp(office.clock.now()), office.actor, station, PcConfig.load(pc_file))
    config.save(pc_file)
    return config


def _save_serial(office: Office, port: str, pc_file: Path) -> PcConfig:
    config = replace(PcConfig.load(pc_file), serial_scanner=port or None)
    config.save(pc_file)
    return config


def _test_database(office: Office, text: str) -> Schema | SetupRefused:
    """Open the database as a station would (without changing it): its schema, or why not."""
    try:
        location = checked_location(text)
    except SetupRefused as exc:
        return exc
    return check_for_station(location)


def _save_database(office: Office, text: str, pc_file: Path) -> PcConfig | SetupRefused:
    home_file = PcConfig.in_data_folder()
    try:
        config = choose_database(office.store, stamp(office.clock.now()), office.actor, text,
                                 PcConfig.load(home_file), PcConfig.load(pc_file))
    except SetupRefused as exc:
        return exc
    home_file.parent.mkdir(parents=True, exist_ok=True)
    config.save(home_file)
    return config


def _set_language(office: Office, station: str, language: str) -> None:
    set_station_language(office.store, stamp(office.clock.now()), office.actor, station, language)


def _save_printer(office: Office, new: bool, values: dict) -> Printer:
    at, store = stamp(office.clock.now()), office.store
    if new:
        return add_printer(store, at, office.actor, **values)
    values = {key: value for key, value in values.items() if key not in ("station", "backup_of")}
    return edit_printer(store, at, office.actor, values.pop("name"), **values)


def _set_enabled(office: Office, name: str, enabled: bool) -> int:
    return set_enabled(office.store, stamp(office.clock.now()), office.actor, name, enabled)


def _users(office: Office) -> Users:
    return Users(office.store, office.clock, office.actor)


def _add_user(office: Office, login: str, name: str, role: str, pin: str, supervisor: str, supervisor_pin: str):
    return _users(office).add(login, name, role, pin or None, supervisor, supervisor_pin)


def _set_pin(office: Office, login: str, pin: str, supervisor: str, supervisor_pin: str) -> None:
    _users(office).set_pin(login, pin, supervisor, supervisor_pin)


def _set_role(office: Office, login: str, role: str, supervisor: str, supervisor_pin: str) -> None:
    _users(office).set_role(login, role, supervisor, supervisor_pin)


class KeyProbe(QObject):
    """Remembers the key presses that reach the app's windows, with their timestamps, without
    taking any: installed after the scanner filter it sees every key first."""

    def __init__(self, parent: QObject | None = None, keep: int = 128) -> None:
        super().__init__(parent)
        self.keys: deque[tuple[str, float]] = deque(maxlen=keep)
        self.installed = False

    def install(self) -> None:
        if not self.installed:
            QApplication.instance().installEventFilter(self)
            self.installed = True

    def remove(self) -> None:
        if self.installed:
            QApplication.instance().removeEventFilter(self)
            self.installed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and watched.isWindowType():
            key: QKeyEvent = event
            stamp_ms = key.timestamp() or time.perf_counter() * 1000
            enter = key.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)
            if enter or key.text():
                self.keys.append(("\n" if enter else key.text(), float(stamp_ms)))
        return False

    def last_entry(self) -> tuple[str, tuple[float, ...]]:
        """The keys of the last code (up to and with its Enter): their text and the gaps between them."""
        keys = list(self.keys)
        end = max((i for i, (text, _) in enumerate(keys) if text == "\n"), default=len(keys) - 1)
        start = max((i + 1 for i, (text, _) in enumerate(keys[:end]) if text == "\n"), default=0)
        entry = keys[start:end + 1]
        gaps = tuple(b[1] - a[1] for a, b in zip(entry, entry[1:]))
        return "".join(text for text, _ in entry if text != "\n"), gaps


def _table(parent: QWidget, name: str, columns: int) -> QTableWidget:
    table = QTableWidget(0, columns, parent)
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]], keys: list[str]) -> None:
    selected = _selected_key(table)
    table.setRowCount(len(rows))
    for row, (texts, key) in enumerate(zip(rows, keys)):
        for column, text in enumerate(texts):
            cell = QTableWidgetItem(text)
            cell.setData(Qt.ItemDataRole.UserRole, key)
            table.setItem(row, column, cell)
        if key == selected:
            table.selectRow(row)
    table.resizeColumnsToContents()


def _selected_key(table: QTableWidget) -> str | None:
    rows = table.selectionModel().selectedRows()
    return table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole) if rows else None


def _combo(parent: QWidget, name: str, values: tuple[str, ...]) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    for value in values:
        combo.addItem(value, value)
    return combo


class SettingsScreen(Retranslated, QWidget):
    status_message = Signal(str)
    language_changed = Signal(str)     # the app installs the translators for it
    printers_changed = Signal()        # the app reloads its print service (workers per printer)
    loaded = Signal()                  # the settings are on screen
    scan_checked = Signal(object)      # ScanCheck of a test scan

    def __init__(self, worker: StoreWorker, db: Path, station: str, language: str,
                 wedge: WedgeConfig = WedgeConfig(), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsScreen")
        self.worker = worker
        self.db = db
        self.pc_file = PcConfig.path_for(db)
        self.station = station
        self.language = language
        self.wedge = wedge
        self.data: dict = {}
        self.check: ScanCheck | None = None
        self.probe = KeyProbe(self)
        self.scale = style.Scale()
        self._build()
        self.retranslate()

    # -- building --------------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = QLabel(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("settingsTabs")
        self.pc_tab, self.printer_tab, self.scanner_tab, self.user_tab = (QWidget(self) for _ in range(4))
        for tab in (self.pc_tab, self.printer_tab, self.scanner_tab, self.user_tab):
            self.tabs.addTab(tab, "")
        self._build_pc()
        self._build_printers()
        self._build_scanners()
        self._build_users()
        self.tabs.currentChanged.connect(self._tab_changed)
        self.message = QLabel(self)
        self.message.setObjectName("settingsMessage")
        self.message.setWordWrap(True)
        self.message.setAutoFillBackground(True)
        self.message.setContentsMargins(14, 6, 14, 6)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        self.set_scale(self.scale)

    def _build_pc(self) -> None:
        self.station_box = QComboBox(self.pc_tab)
        self.station_box.setObjectName("stationChoice")
        self.station_button = QPushButton(self.pc_tab)
        self.station_button.setObjectName("useStation")
        self.station_button.clicked.connect(self.choose_station)
        self.station_note = QLabel(self.pc_tab)
        self.station_note.setWordWrap(True)
        self.language_box = QComboBox(self.pc_tab)
        self.language_box.setObjectName("languageChoice")
        for code, name in LANGUAGE_NAMES.items():
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(self.language_box.findData(self.language))
        self.language_box.activated.connect(lambda _: self.set_language(self.language_box.currentData()))
        self.language_note = QLabel(self.pc_tab)
        self.language_note.setWordWrap(True)
        self.station_label, self.language_label = QLabel(self.pc_tab), QLabel(self.pc_tab)
        self.station_label.setBuddy(self.station_box)
        self.language_label.setBuddy(self.language_box)
        grid = QGridLayout(self.pc_tab)
        grid.setContentsMargins(18, 18, 18, 18)
        grid.setVerticalSpacing(10)
        grid.addWidget(self.station_label, 0, 0)
        grid.addWidget(self.station_box, 0, 1)
        grid.addWidget(self.station_button, 0, 2)
        grid.addWidget(self.station_note, 1, 1, 1, 3)
        grid.addWidget(self.language_label, 2, 0)
        grid.addWidget(self.language_box, 2, 1)
        grid.addWidget(self.language_note, 3, 1, 1, 3)
        self._build_database(grid, 4)
        grid.setColumnStretch(3, 1)
        grid.setRowStretch(8, 1)

    def _build_database(self, grid: QGridLayout, row: int) -> None:
        self.database_label = QLabel(self.pc_tab)
        self.database_now = QLabel(self.pc_tab)
        self.database_now.setObjectName("databaseNow")
        self.database_now.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.database_edit = QLineEdit(self.pc_tab)
        self.database_edit.setObjectName("databaseLocation")
        self.database_edit.setPlaceholderText("postgresql://whs:password@192.168.1.10:5432/whs  ·  D:\\whs\\whs.db")
        self.database_label.setBuddy(self.database_edit)
        self.database_test_button, self.database_save_button = QPushButton(self.pc_tab), QPushButton(self.pc_tab)
        self.database_test_button.setObjectName("testDatabase")
        self.database_save_button.setObjectName("saveDatabase")
        self.database_edit.textChanged.connect(self._update_database_buttons)
        self.database_edit.returnPressed.connect(self.test_database)
        self.database_test_button.clicked.connect(self.test_database)
        self.database_save_button.clicked.connect(self.save_database)
        self.database_note = QLabel(self.pc_tab)
        self.database_note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.database_test_button)
        buttons.addWidget(self.database_save_button)
        buttons.addStretch(1)
        grid.addWidget(self.database_label, row, 0)
        grid.addWidget(self.database_now, row, 1, 1, 3)
        grid.addWidget(self.database_edit, row + 1, 1, 1, 3)
        grid.addLayout(buttons, row + 2, 1, 1, 3)
        grid.addWidget(self.database_note, row + 3, 1, 1, 3)
        self._update_database_buttons()

    def _build_printers(self) -> None:
        self.printer_heading = QLabel(self.printer_tab)
        self.printer_table = _table(self.printer_tab, "stationPrinters", 7)
        self.printer_table.itemSelectionChanged.connect(self._printer_selected)
        self.printer_form = QGroupBox(self.printer_tab)
        self.printer_name = scan_field(QLineEdit(self.printer_form))
        self.printer_name.setObjectName("printerName")
        self.printer_connection = scan_field(QLineEdit(self.printer_form))
        self.printer_connection.setObjectName("printerConnection")
        self.printer_connection.setPlaceholderText("tcp://192.168.1.50:9100 · usb://0x2d37:0x1234 · serial://COM3 · "
                                                   "win32://Printer name")
        self.printer_language = _combo(self.printer_form, "printerLanguage", PRINTER_LANGUAGES)
        self.printer_role = _combo(self.printer_form, "printerRole", PRINTER_ROLES)
        self.printer_role.activated.connect(self._role_chosen)
        self.printer_paper = scan_field(QLineEdit(self.printer_form))
        self.printer_paper.setObjectName("printerPaper")
        self.printer_backup = QComboBox(self.printer_form)
        self.printer_backup.setObjectName("printerBackupOf")
        self.printer_silent = QCheckBox(self.printer_form)
        self.printer_labels = [QLabel(self.printer_form) for _ in range(6)]
        form = QFormLayout(self.printer_form)
        for label, field in zip(self.printer_labels, (self.printer_name, self.printer_connection, self.printer_language,
                                                      self.printer_role, self.printer_paper, self.printer_backup)):
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow("", self.printer_silent)
        self.new_printer_button, self.add_printer_button, self.save_printer_button, self.enable_button = (
            QPushButton(self.printer_form) for _ in range(4))
        self.add_printer_button.setObjectName("addPrinter")
        self.save_printer_button.setObjectName("savePrinter")
        self.enable_button.setObjectName("enablePrinter")
        self.new_printer_button.clicked.connect(self.new_printer)
        self.add_printer_button.clicked.connect(lambda: self.save_printer(new=True))
        self.save_printer_button.clicked.connect(lambda: self.save_printer(new=False))
        self.enable_button.clicked.connect(self.toggle_printer)
        buttons = QHBoxLayout()
        for button in (self.new_printer_button, self.add_printer_button, self.save_printer_button, self.enable_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        form.addRow(buttons)
        layout = QVBoxLayout(self.printer_tab)
        layout.addWidget(self.printer_heading)
        layout.addWidget(self.printer_table, 1)
        layout.addWidget(self.printer_form)
        self.new_printer()

    def _build_scanners(self) -> None:
        self.test_label = QLabel(self.scanner_tab)
        self.test_box = scan_field(QLineEdit(self.scanner_tab))
        self.test_box.setObjectName("scanTestBox")
        self.test_box.returnPressed.connect(self._typed_test)
        self.test_label.setBuddy(self.test_box)
        self.result_labels = [QLabel(self.scanner_tab) for _ in range(3)]
        self.result_code, self.result_source, self.result_timing = (QLabel(self.scanner_tab) for _ in range(3))
        self.result_code.setObjectName("scanCode")
        self.result_source.setObjectName("scanSource")
        self.result_timing.setObjectName("scanTiming")
        self.result_code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hints = QLabel(self.scanner_tab)
        self.hints.setObjectName("scanHints")
        self.hints.setWordWrap(True)
        self.serial_label = QLabel(self.scanner_tab)
        self.serial_port = scan_field(QLineEdit(self.scanner_tab))
        self.serial_port.setObjectName("serialPort")
        self.serial_port.setPlaceholderText("COM5 · /dev/ttyACM0")
        self.serial_label.setBuddy(self.serial_port)
        self.serial_button = QPushButton(self.scanner_tab)
        self.serial_button.setObjectName("saveSerial")
        self.serial_button.clicked.connect(self.save_serial)
        self.serial_note = QLabel(self.scanner_tab)
        self.serial_note.setWordWrap(True)
        grid = QGridLayout(self.scanner_tab)
        grid.setContentsMargins(18, 18, 18, 18)
        grid.setVerticalSpacing(10)
        grid.addWidget(self.test_label, 0, 0)
        grid.addWidget(self.test_box, 0, 1, 1, 2)
        for row, (label, value) in enumerate(zip(self.result_labels, (self.result_code, self.result_source,
                                                                       self.result_timing)), start=1):
            grid.addWidget(label, row, 0)
            grid.addWidget(value, row, 1, 1, 2)
        grid.addWidget(self.hints, 4, 1, 1, 2)
        grid.addWidget(self.serial_label, 5, 0)
        grid.addWidget(self.serial_port, 5, 1)
        grid.addWidget(self.serial_button, 5, 2)
        grid.addWidget(self.serial_note, 6, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(7, 1)

    def _build_users(self) -> None:
        self.user_table = _table(self.user_tab, "users", 4)
        self.user_table.itemSelectionChanged.connect(self._user_selected)
        self.user_form = QGroupBox(self.user_tab)
        self.user_login = scan_field(QLineEdit(self.user_form))
        self.user_login.setObjectName("userLogin")
        self.user_name = QLineEdit(self.user_form)          # names are Chinese: the input method stays on
        self.user_name.setObjectName("userName")
        self.user_role = QComboBox(self.user_form)
        self.user_role.setObjectName("userRole")
        for role in ROLES:
            self.user_role.addItem("", role)
        self.user_pin = scan_field(QLineEdit(self.user_form))
        self.user_pin.setObjectName("userPin")
        self.user_pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.user_labels = [QLabel(self.user_form) for _ in range(4)]
        form = QFormLayout(self.user_form)
        for label, field in zip(self.user_labels, (self.user_login, self.user_name, self.user_role, self.user_pin)):
            label.setBuddy(field)
            form.addRow(label, field)
        self.add_user_button, self.pin_button, self.role_button = (QPushButton(self.user_form) for _ in range(3))
        self.add_user_button.setObjectName("addUser")
        self.pin_button.setObjectName("setPin")
        self.role_button.setObjectName("setRole")
        self.add_user_button.clicked.connect(self.add_user)
        self.pin_button.clicked.connect(self.set_pin)
        self.role_button.clicked.connect(self.set_role)
        buttons = QHBoxLayout()
        for button in (self.add_user_button, self.pin_button, self.role_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        form.addRow(buttons)
        self.user_note = QLabel(self.user_form)
        self.user_note.setWordWrap(True)
        form.addRow(self.user_note)
        layout = QVBoxLayout(self.user_tab)
        layout.addWidget(self.user_table, 1)
        layout.addWidget(self.user_form)

    def set_scale(self, scale: style.Scale) -> None:
        self.scale = scale
        self.heading.setFont(style.font(scale.px(style.SIZE_ORDER), bold=True))
        body = style.font(scale.px(style.SIZE_SMALL + 1))
        for widget in self.findChildren(QWidget):
            if widget not in (self.heading, self.message):
                widget.setFont(body)
        for value in (self.result_code, self.result_source):
            value.setFont(style.font(scale.px(style.SIZE_HEADER), bold=True, mono=value is self.result_code))
        self.test_box.setFont(style.font(scale.px(style.SIZE_HEADER + 4), mono=True))
        self.hints.setFont(style.font(scale.px(style.SIZE_HEADER), bold=True))
        self.message.setFont(style.font(scale.px(style.SIZE_HEADER), bold=True))

    # -- screen protocol -------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Settings")

    def retranslate(self) -> None:
        self.heading.setText(arg(self.tr("Settings of this PC (station %1)"), self.station))
        for index, text in enumerate((self.tr("This PC"), self.tr("Printers"), self.tr("Scanners"), self.tr("Users and roles"))):
            self.tabs.setTabText(index, text)
        self.station_label.setText(self.tr("This PC is &station"))
        self.station_button.setText(self.tr("Use this station"))
        self.station_note.setText(
            self.tr("Kept on this PC in the user's data folder; used from the next start.") if is_postgres_url(self.db)
            else self.tr("Kept on this PC next to the database; used from the next start."))
        self.language_label.setText(self.tr("&Language"))
        self.language_note.setText(arg(self.tr("Changes the screens now, and every later start at station %1."),
                                       self.station))
        self.database_label.setText(self.tr("&Database"))
        self.database_test_button.setText(self.tr("&Test connection"))
        self.database_save_button.setText(self.tr("Sa&ve for the next start"))
        self.database_note.setText(self.tr("A PostgreSQL server shared by the stations, or a database file's full "
                                           "path. Kept on this PC in the user's data folder; used from the next "
                                           "start unless the app is started with --db or WHS_DB."))
        self._show_database()
        self.printer_heading.setText(arg(self.tr("Printers of station %1, in failover order"), self.station))
        self.printer_table.setHorizontalHeaderLabels([self.tr("Printer"), self.tr("Failover"), self.tr("Prints"), self.tr("Language"),
                                                      self.tr("Paper"), self.tr("State"), self.tr("Connection")])
        self.printer_form.setTitle(self.tr("Printer"))
        for label, text in zip(self.printer_labels, (self.tr("&Name"), self.tr("&Address"), self.tr("Lan&guage"), self.tr("&Prints"),
                                                     self.tr("Pape&r"), self.tr("&Backup of"))):
            label.setText(text)
        for index, role in enumerate(PRINTER_ROLES):
            self.printer_role.setItemText(index, role_text(role))
        self.printer_silent.setText(self.tr("Never answers status: print to it anyway"))
        self.new_printer_button.setText(self.tr("New printer"))
        self.add_printer_button.setText(self.tr("Add printer"))
        self.save_printer_button.setText(self.tr("Save changes"))
        self._fill_backups()
        self._update_printer_buttons()
        self.test_label.setText(self.tr("Scan &here to test"))
        self.test_box.setPlaceholderText(self.tr("scan any barcode, or type a code and Enter"))
        for label, text in zip(self.result_labels, (self.tr("Code"), self.tr("Came as"), self.tr("Key timing"))):
            label.setText(text)
        self.serial_label.setText(self.tr("Serial scanner &port"))
        self.serial_button.setText(self.tr("Save port"))
        self.serial_note.setText(self.tr("For scanners on a COM port (RS-232 or USB-COM mode); used from the next start. "
                                    "Empty: keyboard-wedge scanners only."))
        self.user_table.setHorizontalHeaderLabels([self.tr("Login"), self.tr("Name"), self.tr("Role"), self.tr("PIN")])
        self.user_form.setTitle(self.tr("User"))
        for label, text in zip(self.user_labels, (self.tr("L&ogin"), self.tr("N&ame"), self.tr("Ro&le"), self.tr("P&IN"))):
            label.setText(text)
        for index, text in enumerate((self.tr("packer"), self.tr("supervisor"))):
            self.user_role.setItemText(index, text)
        self.user_pin.setPlaceholderText(self.tr("4 to 12 digits"))
        self.add_user_button.setText(self.tr("Add user"))
        self.pin_button.setText(self.tr("Set PIN"))
        self.role_button.setText(self.tr("Change role"))
        self.user_note.setText(self.tr("Every change here needs a supervisor's PIN."))
        self._fill()
        if self.check is not None:
            self._show_check(self.check)

    def handle_scan(self, code: str, source: str, started: float | None = None) -> None:
        """On the Scanners tab a scan is a test scan; elsewhere scans have nothing to do here."""
        if self.tabs.currentWidget() is self.scanner_tab:
            self.test_box.setText(code)
            self._test(code, source)

    def refresh(self) -> None:
        self.worker.submit("settings", _load, self.station, self.pc_file, on_done=self._loaded, on_error=self._failed)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._tab_changed(self.tabs.currentIndex())
        self.refresh()

    def hideEvent(self, event) -> None:
        self.probe.remove()
        super().hideEvent(event)

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.scanner_tab and self.isVisible():
            self.probe.install()
            self.test_box.setFocus()
        else:
            self.probe.remove()

    # -- data ------------------------------------------------------------------------------------
    def _loaded(self, data: dict) -> None:
        self.data = data
        self._fill()
        self.loaded.emit()

    def _fill(self) -> None:
        if not self.data:
            return
        data = self.data
        self.station_box.clear()
        for station in data["stations"]:
            self.station_box.addItem(f"{station['code']}  {station['name']}", station["code"])
        chosen = data["pc"].station or self.station
        self.station_box.setCurrentIndex(max(0, self.station_box.findData(chosen)))
        self.serial_port.setText(data["pc"].serial_scanner or "")
        self._show_database()
        self._fill_printers(data["printers"])
        _fill(self.user_table, [[u["login"], u["name"], self._role_text(u["role"]),
                                 self.tr("set") if u["has_pin"] else self.tr("none")] for u in data["users"]],
              [u["login"] for u in data["users"]])

    def _role_text(self, role: str) -> str:
        return self.tr("supervisor") if role == "supervisor" else self.tr("packer")

    def _fill_printers(self, printers: list[Printer]) -> None:
        rows = [[p.name, place_text(p), role_text(p.config.role.value), p.language, str(p.config.paper),
                 state_text(p.last_state) if p.enabled else self.tr("taken out of the group"), p.uri]
                for p in printers]
        _fill(self.printer_table, rows, [p.name for p in printers])
        self._fill_backups()
        self._update_printer_buttons()

    def _failed(self, exc: BaseException) -> None:
        self.say(str(exc), style.REFUSED_BG, style.REFUSED_FG)

    def say(self, text: str, background: str = style.OK_BG, foreground: str = style.OK_FG) -> None:
        style.paint(self.message, background, foreground)
        self.message.setText(text)
        self.message.show()
        self.status_message.emit(text)

    def _after(self, text: str, then: Callable[[], None] | None = None) -> Callable[[object], None]:
        """on_done for a change: say it, tell `then`, read the settings again."""
        def done(_result: object) -> None:
            self.say(text)
            if then is not None:
                then()
            self.refresh()
        return done

    # -- this PC ---------------------------------------------------------------------------------
    def choose_station(self) -> None:
        station = self.station_box.currentData()
        if station:
            self.worker.submit("choose station", _choose_station, station, self.pc_file,
                               on_done=self._after(arg(self.tr("This PC is station %1 from the next start."),
                                                       station)), on_error=self._failed)

    def set_language(self, language: str) -> None:
        """Switch the screens now (the app installs the translators) and keep it for this station."""
        if language == self.language:
            return
        self.language = language
        self.language_changed.emit(language)
        self.worker.submit("station language", _set_language, self.station, language, on_error=self._failed)

    def _show_database(self) -> None:
        now = arg(self.tr("Now: %1"), masked(self.db))
        chosen = self.data["home"].database if self.data else ""
        if chosen and chosen != str(self.db):
            now += "\n" + arg(self.tr("From the next start: %1"), masked(chosen))
        self.database_now.setText(now)

    def _update_database_buttons(self) -> None:
        typed = bool(self.database_edit.text().strip())
        self.database_test_button.setEnabled(typed)
        self.database_save_button.setEnabled(typed)

    def test_database(self) -> None:
        text = self.database_edit.text().strip()
        if not text:
            return
        self.say(arg(self.tr("Connecting to %1…"), masked(text)), style.HEADER_BG, style.HEADER_FG)
        self.worker.submit("test database", _test_database, text, on_done=self._tested, on_error=self._failed)

    def _tested(self, result: Schema | SetupRefused) -> None:
        if isinstance(result, SetupRefused):
            self._failed(result)
        elif result.version < result.latest:        # a SQLite file: the station upgrades it itself
            self.say(arg(self.tr("Connected: schema %1; this app upgrades it to %2 when it opens it."),
                         result.version, result.latest))
        else:
            self.say(arg(self.tr("Connected: schema %1."), result.version))

    def save_database(self) -> None:
        text = self.database_edit.text().strip()
        if text:
            self.worker.submit("save database", _save_database, text, self.pc_file, on_done=self._database_saved,
                               on_error=self._failed)

    def _database_saved(self, result: PcConfig | SetupRefused) -> None:
        if isinstance(result, SetupRefused):
            self._failed(result)
            return
        self.database_edit.clear()          # the password does not stay on the screen
        self._after(arg(self.tr("This PC opens %1 from the next start."), masked(result.database)))(result)

    # -- printers --------------------------------------------------------------------------------
    def _printer(self, name: str | None) -> Printer | None:
        return next((p for p in self.data.get("printers", []) if p.name == name), None)

    def _printer_selected(self) -> None:
        printer = self._printer(_selected_key(self.printer_table))
        if printer is None:
            return
        self.printer_name.setText(printer.name)
        self.printer_name.setReadOnly(True)
        self.printer_connection.setText(printer.uri)
        self.printer_language.setCurrentIndex(self.printer_language.findData(printer.language))
        self.printer_role.setCurrentIndex(self.printer_role.findData(printer.config.role.value))
        self.printer_paper.setText(str(printer.config.paper))
        self.printer_silent.setChecked(printer.silent_ok)
        self._fill_backups()
        self._update_printer_buttons()

    def new_printer(self) -> None:
        self.printer_table.clearSelection()
        self.printer_name.setReadOnly(False)
        for field in (self.printer_name, self.printer_connection):
            field.clear()
        self.printer_role.setCurrentIndex(0)
        self.printer_paper.setText(DEFAULT_PAPER[self.printer_role.currentData()])
        self.printer_silent.setChecked(False)
        self._fill_backups()
        self._update_printer_buttons()
        self.printer_name.setFocus()

    def _role_chosen(self, _index: int) -> None:
        if self.printer_paper.text() in DEFAULT_PAPER.values():
            self.printer_paper.setText(DEFAULT_PAPER[self.printer_role.currentData()])

    def _fill_backups(self) -> None:
        editing = self._printer(_selected_key(self.printer_table))
        self.printer_backup.clear()
        self.printer_backup.addItem(self.tr("— none: a group of its own"), None)
        for printer in self.data.get("printers", []):
            self.printer_backup.addItem(printer.name, printer.name)
        if editing is not None and editing.position > 0:
            index = self.data["printers"].index(editing)
            self.printer_backup.setCurrentIndex(self.printer_backup.findData(self.data["printers"][index - 1].name))
        self.printer_backup.setEnabled(editing is None)     # the group is chosen when a printer is added

    def _update_printer_buttons(self) -> None:
        editing = self._printer(_selected_key(self.printer_table))
        self.add_printer_button.setVisible(editing is None)
        self.save_printer_button.setVisible(editing is not None)
        self.enable_button.setVisible(editing is not None)
        if editing is not None:
            self.enable_button.setText(self.tr("Take out of the group") if editing.enabled else self.tr("Put back"))

    def save_printer(self, new: bool) -> None:
        values = {"name": self.printer_name.text().strip(), "connection": self.printer_connection.text().strip(),
                  "language": self.printer_language.currentData(), "role": self.printer_role.currentData(),
                  "paper": self.printer_paper.text().strip(), "silent_ok": self.printer_silent.isChecked(),
                  "station": self.station, "backup_of": self.printer_backup.currentData()}
        done = self.tr("Printer %1 added.") if new else self.tr("Printer %1 saved.")
        self.worker.submit("save printer", _save_printer, new, values,
                           on_done=self._after(arg(done, values["name"]), self.printers_changed.emit),
                           on_error=self._failed)

    def toggle_printer(self) -> None:
        printer = self._printer(_selected_key(self.printer_table))
        if printer is None:
            return
        done = self.tr("Printer %1 is back in its group.") if not printer.enabled else \
            self.tr("Printer %1 is out of its group: its jobs go to the others.")
        self.worker.submit("enable printer", _set_enabled, printer.name, not printer.enabled,
                           on_done=self._after(arg(done, printer.name), self.printers_changed.emit),
                           on_error=self._failed)

    # -- scanners --------------------------------------------------------------------------------
    def _typed_test(self) -> None:
        code = self.test_box.text().strip()
        if code:
            self._test(code, "typed")

    def _test(self, code: str, source: str) -> None:
        raw, gaps = self.probe.last_entry() if source != "serial" else ("", ())
        self.check = check_scan(code, source, raw, gaps, self.wedge.max_gap_ms)
        self._show_check(self.check)
        self.test_box.selectAll()
        self.scan_checked.emit(self.check)

    def _show_check(self, check: ScanCheck) -> None:
        length = arg(self.tr("%1 characters"), len(check.code))
        self.result_code.setText(f"{check.code}   ({length})")
        source = {"scanner": self.tr("a scanner (keyboard wedge): keys faster than %1 ms apart"),
                  "serial": self.tr("the serial scanner"),
                  "typed": self.tr("typing: keys slower than %1 ms apart, or typed into the box")}[check.source]
        self.result_source.setText(arg(source, round(self.wedge.max_gap_ms)))
        colour = style.OK_BG if check.source != "typed" else style.WARN_BG
        self.result_source.setStyleSheet(f"color: {colour}")
        if check.gaps_ms:
            self.result_timing.setText(arg(self.tr("%1 keys, %2 ms apart in the middle, %3 ms at the longest"),
                                           len(check.gaps_ms) + 1, round(check.median_gap_ms),
                                           round(check.max_gap)))
        else:
            self.result_timing.setText(self.tr("no key timing (the code did not come from the keyboard)"))
        texts = [self._hint_text(hint) for hint in check.hints]
        self.hints.setText("\n".join("⚠ " + text for text in texts) if texts else self.tr("✓ Nothing mangled the code."))
        self.hints.setStyleSheet(f"color: {style.REFUSED_BG if texts else style.OK_BG}")

    def _hint_text(self, hint: str) -> str:
        return {
            "ime_chinese": self.tr("A Chinese input method turned keys into characters: switch it to English (Shift) "
                                   "or off for the scanner."),
            "fullwidth": self.tr("Full-width characters (全角): the input method is in full-width mode; switch it "
                                 "to half-width (Shift+Space)."),
            "layout": self.tr("Characters of another keyboard layout: set the scanner to the US keyboard layout "
                              "(its manual's keyboard language barcode)."),
            "caps_lock": self.tr("The letters came in lower case: Caps Lock may be on, or the scanner inverts case. "
                                 "Turn Caps Lock off or set the scanner to ignore it."),
            "slow_burst": self.tr("Most keys came fast but some gaps were too long, so it counted as typing: set "
                                  "the scanner to send faster, or the PC is very busy."),
        }.get(hint, hint)

    def save_serial(self) -> None:
        port = self.serial_port.text().strip()
        done = arg(self.tr("Serial scanner port %1 saved; used from the next start."), port) if port else \
            self.tr("No serial scanner from the next start.")
        self.worker.submit("serial port", _save_serial, port, self.pc_file, on_done=self._after(done),
                           on_error=self._failed)

    # -- users -----------------------------------------------------------------------------------
    def _user_selected(self) -> None:
        login = _selected_key(self.user_table)
        user = next((u for u in self.data.get("users", []) if u["login"] == login), None)
        if user is not None:
            self.user_login.setText(user["login"])
            self.user_name.setText(user["name"])
            self.user_role.setCurrentIndex(self.user_role.findData(user["role"]))
            self.user_pin.clear()

    def _approved(self, reason: str, change: Callable[[str, str], None]) -> None:
        approve_with_pin(self, self.worker, reason, change)

    def add_user(self) -> None:
        login, name, role, pin = (self.user_login.text().strip(), self.user_name.text().strip(),
                                  self.user_role.currentData(), self.user_pin.text())
        reason = arg(self.tr("Add %1 (%2) as %3."), login, name, self._role_text(role))
        self._approved(reason, lambda supervisor, supervisor_pin: self.worker.submit(
            "add user", _add_user, login, name, role, pin, supervisor, supervisor_pin,
            on_done=self._after(arg(self.tr("User %1 added."), login)), on_error=self._failed))

    def set_pin(self) -> None:
        login, pin = self.user_login.text().strip(), self.user_pin.text()
        reason = arg(self.tr("Set a new PIN for %1."), login)
        self._approved(reason, lambda supervisor, supervisor_pin: self.worker.submit(
            "set PIN", _set_pin, login, pin, supervisor, supervisor_pin,
            on_done=self._after(arg(self.tr("New PIN for %1 set."), login)), on_error=self._failed))

    def set_role(self) -> None:
        login, role = self.user_login.text().strip(), self.user_role.currentData()
        reason = arg(self.tr("Make %1 a %2."), login, self._role_text(role))
        self._approved(reason, lambda supervisor, supervisor_pin: self.worker.submit(
            "set role", _set_role, login, role, supervisor, supervisor_pin,
            on_done=self._after(arg(self.tr("%1 is now a %2."), login, self._role_text(role))),
            on_error=self._failed))
