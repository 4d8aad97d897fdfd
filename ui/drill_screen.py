"""The Drill screen (发货演练) for supervisors: rehearse the peak day on a shadow database.

On the left, top to bottom, what a supervisor does: make a drill (its name, the surge — the normal
day × 3 × 0.8, or a number —, the seed), choose a drill, how it runs (a virtual crew of packers
and pickers, or people at the real stations; a day compressed into an hour or two, or as fast as
the machine goes), F9 start and F10 stop (one action: the run ends at its next look, within a
wall second, and the stations go back to live at once), a fault from the list onto a target,
the report (PDF and CSV into a chosen folder, which is then opened) and a comparison with a
second drill. On the right the live figures (ui/drill_figures.py) and, on the second tab, the
forecast of the real day and the comparison.

Threads: a drill run is long, so it runs on a QThread of its own (`DrillRunner`) that sends the
figures as the run measures them. The run belongs to the process, not to the screen: when the
stations follow a drill the app reopens on its database (ui/app.py), and the new screen — given the
drill's database, it finds the live one — takes the run over; `stop_runs` ends it when the process exits. Creating, injecting and stopping are quick writes to the drill
database made on the office worker (they are audited with its actor); reading a drill's figures,
its report and the list of drills opens the drill databases on Qt's pool. The live database is
only ever read (by `new_drill`, through a read-only connection).
"""
from __future__ import annotations

import atexit
import logging
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QThread, QUrl, Qt, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QFileDialog, QFormLayout, QFrame, QGroupBox, QHBoxLayout,
                               QLabel, QLineEdit, QPushButton, QRadioButton, QScrollArea, QSpinBox, QTabWidget,
                               QVBoxLayout, QWidget)
import shiboken6

from whs_app.drill import service
from whs_app.drill.faults import KNOBS, Fault, make_cue
from whs_app.drill.floor import Crew
from whs_app.drill.info import DrillError, peak_volume
from whs_app.drill.measure import Figures
from whs_app.drill.report import DrillResult, comparison, write_csv, write_pdf
from whs_app.drill.run import RunOptions, RunOutcome
from ui import style
from ui.drill_figures import LivePanel, ReportPanel, comparison_names, fault_names, stage_name
from ui.i18n import Retranslated, arg
from ui.office import Office
from ui.shortcuts import shortcut_actions
from ui.workers import StoreWorker, run_in_pool

log = logging.getLogger(__name__)

#: (speed: simulated seconds per wall second, None: as fast as it goes), in the speed list's order
SPEEDS = (None, 1440.0, 144.0, 24.0, 12.0, 1.0)
STATIONS_SPEED = 12.0               # people at real stations: a day in two hours unless chosen
MAX_ORDERS = 1_000_000
#: which targets each fault takes (from service.fault_targets), none: it hits the whole floor
FAULT_TARGETS = {Fault.PRINTER_PAPER_OUT: ("stations", "printers"), Fault.PRINTER_OFFLINE: ("stations", "printers"),
                 Fault.CARRIER_CAPACITY_CUT: ("carriers",), Fault.CARRIER_OUTAGE: ("carriers",),
                 Fault.SCANNER_GARBAGE: ("stations",), Fault.EXCEPTION_BURST: (), Fault.STATION_CRASH: ("stations",)}
SIZE_FORM = style.SIZE_SMALL + 1
# The knob box's value for "not given": the drill draws the knob itself (faults.KNOBS default None).
AUTO = -1
CONTROLS_W = 420
SIZE_BUTTON = style.SIZE_HEADER


@dataclass(frozen=True)
class Refused:
    """A step the drill refused: nothing changed, `reason` says why."""
    reason: str


@dataclass(frozen=True)
class DrillView:
    """A chosen drill as the screen shows it: its figures so far and what faults can hit."""
    entry: service.DrillEntry
    figures: Figures | None
    targets: dict[str, list[str]]


def _refusable(fn: Callable[..., Any], *args: Any) -> Any:
    try:
        return fn(*args)
    except DrillError as exc:
        return Refused(str(exc))


# -- jobs: on the office worker (writes, audited with its actor) or on the pool (reads) --------------------
def _create(office: Office, live_db: Path, name: str, orders: int | None, seed: int):
    return _refusable(lambda: service.new_drill(live_db, office.clock, office.actor, name, orders=orders,
                                                seed=seed)[0])


def _inject(office: Office, drill_db: Path, fault: str, target: str, knobs: dict[str, str]):
    return _refusable(lambda: service.request_fault(drill_db, office.actor, make_cue(fault, target, knobs)))


def _stop(office: Office, live_db: Path, drill_db: Path):
    return _refusable(service.stop_drill, live_db, drill_db, office.actor)


@dataclass(frozen=True)
class Drills:
    live_db: Path
    normal: int | None          # the live database's normal daily orders (None: no history)
    entries: list[service.DrillEntry]


def _drills(db: Path) -> Drills:
    live = service.live_database(db)
    normal = _refusable(service.normal_daily, live)
    return Drills(live, None if isinstance(normal, Refused) else normal, service.list_drills(live))


def _view(entry: service.DrillEntry, packers: int | None) -> DrillView:
    figures = service.live_figures(entry.path) if entry.orders else None
    return DrillView(entry, figures, service.fault_targets(entry.path, packers))


def _write_report(drill_db: Path, folder: Path) -> tuple[DrillResult, list[Path]]:
    result = service.drill_result(drill_db)
    stem = f"drill-{result.name}"
    return result, [write_pdf(folder / f"{stem}.pdf", result), write_csv(folder / f"{stem}.csv", result)]


def _compare(first: Path, second: Path) -> tuple[str, str, list[tuple]]:
    a, b = service.drill_result(first), service.drill_result(second)
    return a.name, b.name, comparison(a, b)


def ask_folder(parent: QWidget, title: str) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(parent, title, str(Path.home()))
    return Path(chosen) if chosen else None


def open_folder(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class DrillRunner(QThread):
    """One drill run on a thread of its own; the figures come back as signals on the GUI thread.

    A run belongs to the process, not to the screen that started it: when people work a drill at
    the stations, the app reopens on the drill's database (ui/app.py follows the drill pointer),
    and the new Drill screen takes the run over (`active_run`)."""

    progress = Signal(object)     # Figures, as the run measures them
    ended = Signal(object)        # RunOutcome, or Refused when the drill would not run

    def __init__(self, live_db: Path, drill_db: Path, options: RunOptions) -> None:
        super().__init__()
        self.setObjectName("drill run")
        self.live_db, self.drill_db, self.options = live_db, drill_db, options
        self.done = False             # the run is over (its thread is ending)
        self._stop = threading.Event()

    def run(self) -> None:
        threading.current_thread().name = "drill run"
        try:
            outcome: RunOutcome | Refused = service.start_drill(self.live_db, self.drill_db, self.options,
                                                                on_progress=self.progress.emit,
                                                                should_stop=self._stop.is_set)
        except DrillError as exc:
            outcome = Refused(str(exc))
        except Exception as exc:       # logged with its context; the screen says it, the app goes on
            log.exception("drill run of %s failed", self.drill_db)
            outcome = Refused(f"{type(exc).__name__}: {exc}")
        self.done = True
        self.ended.emit(outcome)

    def stop(self) -> None:
        """End the run at its next look (no database write: for closing the app)."""
        self._stop.set()


_runs: list[DrillRunner] = []      # this process's drill runs whose threads have not finished


def active_run() -> DrillRunner | None:
    """The drill this process is running, if any (one at a time)."""
    _runs[:] = [runner for runner in _runs if not runner.isFinished()]
    return next((runner for runner in _runs if not runner.done), None)


def start_run(live_db: Path, drill_db: Path, options: RunOptions) -> DrillRunner:
    runner = DrillRunner(live_db, drill_db, options)
    _runs.append(runner)
    runner.start()
    return runner


@atexit.register
def stop_runs(timeout_ms: int = 10_000) -> bool:
    """Stop the runs still going and wait for their threads (the app is closing); True when all ended."""
    for runner in _runs:
        runner.stop()
    return all(runner.wait(timeout_ms) for runner in _runs)


class DrillScreen(Retranslated, QWidget):
    status_message = Signal(str)
    run_ended = Signal(object)         # the RunOutcome or Refused of a run started here
    report_written = Signal(object)    # the paths of the report just written

    def __init__(self, office_worker: StoreWorker, live_db: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drillScreen")
        self.office = office_worker
        self.given_db = Path(live_db)
        self.live_db = self.given_db            # until refresh() finds it is a drill's (the app follows the pointer)
        self.choose_folder: Callable[[QWidget, str], Path | None] = ask_folder
        self.open_folder: Callable[[Path], None] = open_folder
        self.drills: list[service.DrillEntry] = []
        self.view: DrillView | None = None
        self.normal: int | None = None
        self._select_after_refresh: Path | None = None     # a drill just made: chosen once the list is back
        self._view_asked = 0                                # the latest look at the chosen drill asked for
        self.scale = style.Scale()
        self._build()
        self.addActions(self._make_actions())
        self.set_scale(self.scale)
        self.retranslate()
        if active_run() is not None:
            self._follow(active_run())
        self.refresh()

    # -- building --------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        side = QVBoxLayout()
        side.setSpacing(6)
        side.addWidget(self._build_new())
        side.addWidget(self._build_run())
        side.addWidget(self._build_faults())
        side.addWidget(self._build_report())
        side.addStretch(1)
        self.controls = QWidget(self)
        self.controls.setObjectName("drillControls")
        self.controls.setLayout(side)
        scroll = QScrollArea(self)           # a short window scrolls the controls, never clips them
        scroll.setObjectName("drillControlsScroll")
        scroll.setWidget(self.controls)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFixedWidth(CONTROLS_W)
        layout.addWidget(scroll)
        self.live = LivePanel(self)
        self.report = ReportPanel(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("drillTabs")
        self.tabs.addTab(self.live, "")
        self.tabs.addTab(self.report, "")
        self.message_label = QLabel(self)          # what the last step did, or why it was refused
        self.message_label.setObjectName("drillMessage")
        self.message_label.setWordWrap(True)
        right = QVBoxLayout()
        right.setSpacing(4)
        right.addWidget(self.tabs, 1)
        right.addWidget(self.message_label)
        layout.addLayout(right, 1)

    def _build_new(self) -> QGroupBox:
        box = QGroupBox(self)
        box.setObjectName("drillNewBox")
        self.name = QLineEdit(box)
        self.name.setObjectName("drillName")
        self.name.setMaxLength(60)
        self.name.returnPressed.connect(self.create)
        self.peak = QRadioButton(box)
        self.peak.setObjectName("drillPeakVolume")
        self.given = QRadioButton(box)
        self.given.setObjectName("drillGivenVolume")
        self.orders = QSpinBox(box)
        self.orders.setObjectName("drillOrders")
        self.orders.setRange(1, MAX_ORDERS)
        self.orders.setValue(3000)
        self.orders.setGroupSeparatorShown(True)
        self.volume = QButtonGroup(box)
        for button in (self.peak, self.given):
            self.volume.addButton(button)
        self.peak.setChecked(True)
        self.volume.buttonToggled.connect(lambda *_: self._update())
        self.seed = QSpinBox(box)
        self.seed.setObjectName("drillSeed")
        self.seed.setRange(0, 999_999)
        self.seed.setValue(11)
        self.create_button = QPushButton(box)
        self.create_button.setObjectName("drillCreate")
        self.create_button.clicked.connect(self.create)
        self.name_label, self.seed_label = QLabel(box), QLabel(box)
        self.name_label.setBuddy(self.name)
        self.seed_label.setBuddy(self.seed)
        name = QHBoxLayout()
        name.addWidget(self.name_label)
        name.addWidget(self.name, 1)
        name.addWidget(self.create_button)
        given = QHBoxLayout()
        given.addWidget(self.given)
        given.addWidget(self.orders, 1)
        given.addWidget(self.seed_label)
        given.addWidget(self.seed)
        form = QVBoxLayout(box)
        form.setSpacing(4)
        form.addLayout(name)
        form.addWidget(self.peak)
        form.addLayout(given)
        return box

    def _build_run(self) -> QGroupBox:
        box = QGroupBox(self)
        box.setObjectName("drillRunBox")
        self.chooser = QComboBox(box)
        self.chooser.setObjectName("drillChooser")
        self.chooser.currentIndexChanged.connect(self._chosen)
        self.scripted = QRadioButton(box)
        self.scripted.setObjectName("drillScripted")
        self.stations = QRadioButton(box)
        self.stations.setObjectName("drillStations")
        self.mode = QButtonGroup(box)
        self.mode.addButton(self.scripted)
        self.mode.addButton(self.stations)
        self.scripted.setChecked(True)
        self.mode.buttonToggled.connect(lambda *_: self._mode_changed())
        self.packers, self.pickers = QSpinBox(box), QSpinBox(box)
        self.packers.setObjectName("drillPackers")
        self.pickers.setObjectName("drillPickers")
        for spin, value in ((self.packers, 4), (self.pickers, 2)):
            spin.setRange(1, 200)
            spin.setValue(value)
        self.packers.valueChanged.connect(lambda *_: self._load_view())
        self.speed = QComboBox(box)
        self.speed.setObjectName("drillSpeed")
        self.start_button, self.stop_button = QPushButton(box), QPushButton(box)
        self.start_button.setObjectName("drillStart")
        self.stop_button.setObjectName("drillStop")
        self.start_button.clicked.connect(self.start)
        self.stop_button.clicked.connect(self.stop)
        self.stop_button.setStyleSheet(f"QPushButton:enabled {{ background: {style.REFUSED_BG}; color: #FFFFFF; }}")
        form = QFormLayout(box)
        form.setVerticalSpacing(4)
        self.chooser_label, self.crew_label, self.speed_label = QLabel(box), QLabel(box), QLabel(box)
        self.chooser_label.setBuddy(self.chooser)
        self.speed_label.setBuddy(self.speed)
        form.addRow(self.chooser_label, self.chooser)
        mode = QHBoxLayout()
        mode.addWidget(self.scripted)
        mode.addWidget(self.stations)
        form.addRow(mode)
        crew = QHBoxLayout()
        self.packers_label, self.pickers_label = QLabel(box), QLabel(box)
        for label, spin in ((self.packers_label, self.packers), (self.pickers_label, self.pickers)):
            label.setBuddy(spin)
            crew.addWidget(label)
            crew.addWidget(spin, 1)
        form.addRow(crew)
        form.addRow(self.speed_label, self.speed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.stop_button)
        form.addRow(buttons)
        return box

    def _build_faults(self) -> QGroupBox:
        box = QGroupBox(self)
        box.setObjectName("drillFaultBox")
        self.fault = QComboBox(box)
        self.fault.setObjectName("drillFault")
        self.fault.currentIndexChanged.connect(lambda *_: self._fault_chosen())
        self.target = QComboBox(box)
        self.target.setObjectName("drillTarget")
        self.target.setEditable(True)
        self.knob = QSpinBox(box)               # each fault takes one knob (faults.KNOBS)
        self.knob.setObjectName("drillKnob")
        self.knob.setRange(AUTO, 1_000_000)
        self.knob_name: str | None = None
        self.knob_label = QLabel(box)
        self.knob_label.setBuddy(self.knob)
        self.inject_button = QPushButton(box)
        self.inject_button.setObjectName("drillInject")
        self.inject_button.clicked.connect(self.inject)
        layout = QVBoxLayout(box)
        layout.setSpacing(4)
        layout.addWidget(self.fault)
        knob = QHBoxLayout()
        knob.addWidget(self.knob_label)
        knob.addWidget(self.knob, 1)
        layout.addLayout(knob)
        row = QHBoxLayout()
        row.addWidget(self.target, 1)
        row.addWidget(self.inject_button, 1)
        layout.addLayout(row)
        return box

    def _build_report(self) -> QGroupBox:
        box = QGroupBox(self)
        box.setObjectName("drillReportBox")
        self.report_button = QPushButton(box)
        self.report_button.setObjectName("drillWriteReport")
        self.report_button.clicked.connect(self.write_report)
        self.other = QComboBox(box)
        self.other.setObjectName("drillCompareWith")
        self.compare_button = QPushButton(box)
        self.compare_button.setObjectName("drillCompare")
        self.compare_button.clicked.connect(self.compare)
        layout = QVBoxLayout(box)
        layout.setSpacing(4)
        layout.addWidget(self.report_button)
        row = QHBoxLayout()
        row.addWidget(self.other, 1)
        row.addWidget(self.compare_button)
        layout.addLayout(row)
        return box

    def _make_actions(self) -> list[QAction]:
        return shortcut_actions(self, ((Qt.Key.Key_F9, self.start), (Qt.Key.Key_F10, self.stop),
                                       (Qt.Key.Key_F5, self.refresh), ("Ctrl+I", self.inject),
                                       ("Ctrl+R", self.write_report)))

    def set_scale(self, scale: style.Scale) -> None:
        self.scale = scale
        form = style.font(scale.px(SIZE_FORM))
        for widget in self.controls.findChildren(QWidget):
            widget.setFont(form)        # then the buttons and the message their own
        for button in (self.create_button, self.start_button, self.stop_button, self.inject_button,
                       self.report_button, self.compare_button):
            button.setFont(style.font(scale.px(SIZE_BUTTON), bold=True))
            button.setMinimumHeight(round(scale.px(SIZE_BUTTON) * 1.7))
        self.message_label.setFont(style.font(scale.px(SIZE_FORM), bold=True))
        self.tabs.tabBar().setFont(style.font(scale.px(SIZE_FORM), bold=True))
        self.live.set_scale(scale)
        self.report.set_scale(scale)

    # -- the screen protocol ---------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Drill")

    def handle_scan(self, code: str, source: str = "scanner", started: float | None = None) -> None:
        """Scans belong to the stations working the drill, not to this screen."""

    def refresh(self) -> None:
        """The live database (this app may have a drill's open), its normal day and its drills, off the GUI thread."""
        given = self.given_db
        self._read("drill list", lambda: _drills(given), self._show_drills)

    def _read(self, name: str, fn: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        """fn() on Qt's pool (it opens the drill databases itself); its answer only while the screen lives."""
        def alive(callback: Callable[[Any], None]) -> Callable[[Any], None]:
            return lambda value: callback(value) if shiboken6.isValid(self) else None
        run_in_pool(name, fn, on_done=alive(on_done), on_error=alive(self._failed))

    # -- making a drill ----------------------------------------------------------------------------
    def create(self) -> None:
        name = self.name.text().strip()
        if not name:
            self._say(self.tr("Give the drill a name first."), error=True)
            self.name.setFocus()
            return
        orders = self.orders.value() if self.given.isChecked() else None
        self.create_button.setEnabled(False)
        self._say(arg(self.tr("Making drill %1 from the live master data…"), name))
        self.office.submit("drill new", _create, self.live_db, name, orders, self.seed.value(),
                           on_done=self._created, on_error=self._failed)

    def _created(self, result: Path | Refused) -> None:
        self.create_button.setEnabled(True)
        if isinstance(result, Refused):
            self._say(result.reason, error=True)
            return
        self.name.clear()
        self._say(arg(self.tr("Drill %1 is ready: choose how it runs, then F9 Start."), result.stem))
        self._select_after_refresh = result
        self.refresh()

    # -- choosing a drill --------------------------------------------------------------------------
    def _show_drills(self, found: Drills) -> None:
        self.live_db, self.normal, drills = found.live_db, found.normal, found.entries
        if self.normal is None:
            self.given.setChecked(True)
        chosen = self._select_after_refresh or (self.view.entry.path if self.view else None)
        self._select_after_refresh = None
        self.drills = drills
        for combo in (self.chooser, self.other):
            combo.blockSignals(True)
            combo.clear()
            for entry in drills:
                combo.addItem(self._entry_text(entry), str(entry.path))
            combo.blockSignals(False)
        paths = [entry.path for entry in drills]
        index = paths.index(chosen) if chosen in paths else (0 if drills else -1)
        self.chooser.setCurrentIndex(index)
        self.other.setCurrentIndex(1 if len(drills) > 1 and index == 0 else 0 if drills else -1)
        self._chosen()

    def _entry_text(self, entry: service.DrillEntry) -> str:
        states = {"ready": self.tr("ready"), "running": self.tr("running"), "ended": self.tr("ended"),
                  "stopped": self.tr("stopped")}
        return arg(self.tr("%1 · %2 orders · %3"), entry.info.name, f"{entry.info.orders:,}",
                   states.get(entry.state, entry.state))

    def current(self) -> service.DrillEntry | None:
        index = self.chooser.currentIndex()
        return self.drills[index] if 0 <= index < len(self.drills) else None

    def _chosen(self) -> None:
        entry = self.current()
        if entry is None:
            self.view = None
            self.live.show_figures(None, "")
            self._update()
            return
        if self.other.currentIndex() == self.chooser.currentIndex() and len(self.drills) > 1:
            self.other.setCurrentIndex(1 if self.chooser.currentIndex() == 0 else 0)
        same = self.view is not None and self.view.entry.path == entry.path
        self.view = DrillView(entry, self.view.figures if same else None, self.view.targets if same else {})
        if not same:
            self._show_figures(None)                # not another drill's figures while this one's load
        self._update()
        self._load_view()

    def _load_view(self) -> None:
        entry = self.current()
        if entry is None:
            return
        packers = self.packers.value() if self.scripted.isChecked() else None
        self._view_asked += 1
        asked = self._view_asked
        self._read("drill figures", lambda: _view(entry, packers), lambda view: self._show_view(view, asked))

    def _show_view(self, view: DrillView, asked: int) -> None:
        if asked != self._view_asked:
            return                                  # a later look was asked for (another drill, another crew)
        if self._running_here(view.entry.path):
            view = DrillView(view.entry, self.view.figures if self.view else None, view.targets)
        self.view = view
        self._show_figures(view.figures)
        self._fill_targets()
        self._update()

    def _running_here(self, path: Path | None = None) -> bool:
        runner = active_run()
        return runner is not None and (path is None or runner.drill_db == path)

    # -- running -----------------------------------------------------------------------------------
    def run_options(self) -> RunOptions:
        scripted = self.scripted.isChecked()
        speed = self.speed.currentData()
        speed = float(speed) if speed else None
        if not scripted and speed is None:
            speed = STATIONS_SPEED
        return RunOptions("scripted" if scripted else "stations",
                          Crew(packers=self.packers.value(), pickers=self.pickers.value()), speed,
                          progress_every_s=max(60.0, speed) if speed else 1800.0)

    def start(self) -> None:
        entry = self.current()
        if entry is None or active_run() is not None or not self.start_button.isEnabled():
            return
        options = self.run_options()
        self._follow(start_run(self.live_db, entry.path, options))
        self.tabs.setCurrentWidget(self.live)
        self._say(arg(self.tr("Drill %1 is running."), entry.info.name) if options.mode == "scripted" else
                  arg(self.tr("Drill %1 is running: the stations are in the drill now."), entry.info.name))
        self._update()

    def _follow(self, runner: DrillRunner) -> None:
        runner.progress.connect(self._progress)
        runner.ended.connect(self._ended)

    def _progress(self, figures: Figures) -> None:
        if self.view is not None and self._running_here(self.view.entry.path):
            self.view = DrillView(self.view.entry, figures, self.view.targets)
            self._show_figures(figures)

    def _ended(self, outcome: RunOutcome | Refused) -> None:
        if isinstance(outcome, Refused):
            self._say(outcome.reason, error=True)
        else:
            reasons = {"done": self.tr("every order is packed"), "limit": self.tr("the 72-hour limit was reached"),
                       "stopped": self.tr("it was stopped")}
            self._say(arg(self.tr("The drill ended: %1 (%2 orders, %3 s). Write its report with Ctrl+R."),
                          reasons.get(outcome.reason, outcome.reason), f"{outcome.orders:,}",
                          f"{outcome.wall_s:.0f}"))
        self.run_ended.emit(outcome)
        self.refresh()

    def stop(self) -> None:
        entry = self.current()
        runner = active_run()
        target = runner.drill_db if runner is not None else \
            entry.path if entry is not None and (entry.state == "running" or entry.stations_in) else None
        if target is None:
            return
        if runner is not None:
            runner.stop()                           # this process's run: ends at its next look, no waiting
        self.stop_button.setEnabled(False)
        self._say(self.tr("Stopping the drill: the stations are back in live mode."))
        self.office.submit("drill stop", _stop, self.live_db, target, on_done=self._stopped, on_error=self._failed)

    def _stopped(self, result: bool | Refused) -> None:
        if isinstance(result, Refused):
            self._say(result.reason, error=True)
        if active_run() is None:
            self.refresh()
        self._update()

    # -- faults --------------------------------------------------------------------------------------
    def _fault_chosen(self) -> None:
        self._fill_knob()
        self._fill_targets()

    def _fill_knob(self, keep: bool = False) -> None:
        """The chosen fault's knob at its default (keep: at its value, when the fault is the same), or
        自动 Auto where the drill draws the knob when not given."""
        fault = self.fault.currentData()
        name, default = next(iter(KNOBS[Fault(fault)].items()), (None, None)) if fault else (None, None)
        value = self.knob.value() if keep and name == self.knob_name else AUTO if default is None else round(default)
        self.knob_name = name
        self.knob.setMinimum(AUTO if default is None else 0)
        self.knob.setSpecialValueText(self.tr("Auto") if default is None else "")
        self.knob.setValue(value)
        self.knob.setEnabled(name is not None)
        self.knob_label.setText(self._knob_text(name))

    def _knob_text(self, name: str | None) -> str:
        texts = {"fix": self.tr("Fixed after (min)"), "cap": self.tr("Parcels today at most"),
                 "minutes": self.tr("Lasts (min)"), "count": self.tr("Exception orders"),
                 "restart": self.tr("Back after (s)")}
        return texts.get(name, "")

    def _fill_targets(self) -> None:
        fault = self.fault.currentData()
        kinds = FAULT_TARGETS.get(Fault(fault), ()) if fault else ()
        targets = self.view.targets if self.view else {}
        typed = self.target.currentText()
        self.target.clear()
        for kind in kinds:
            self.target.addItems(targets.get(kind, []))
        if typed and self.target.findText(typed) >= 0:
            self.target.setCurrentText(typed)
        self.target.setEnabled(bool(kinds))
        self._update()

    def inject(self) -> None:
        entry = self.current()
        if entry is None or not self.inject_button.isEnabled():
            return
        fault = self.fault.currentData()
        target = self.target.currentText().strip() if self.target.isEnabled() else ""
        knobs = {self.knob_name: str(self.knob.value())} if self.knob_name and self.knob.value() != AUTO else {}
        self.office.submit("drill fault", _inject, entry.path, fault, target, knobs, on_done=self._injected,
                           on_error=self._failed)

    def _injected(self, result: int | Refused) -> None:
        if isinstance(result, Refused):
            self._say(result.reason, error=True)
            return
        fault = fault_names().get(self.fault.currentData(), self.fault.currentData())
        self._say(arg(self.tr("Fault requested: %1. The drill applies it within a minute of drill time and logs "
                              "it with its time."), fault))

    # -- report and comparison -------------------------------------------------------------------------
    def write_report(self) -> None:
        entry = self.current()
        if entry is None or not self.report_button.isEnabled():
            return
        folder = self.choose_folder(self, self.tr("Folder for the drill report"))
        if folder is None:
            return
        self.report_button.setEnabled(False)
        self._say(self.tr("Writing the report…"))
        self._read("drill report", lambda: _refusable(_write_report, entry.path, folder),
                   lambda result: self._written(result, folder))

    def _written(self, written, folder: Path) -> None:
        self._update()
        if isinstance(written, Refused):
            self._say(written.reason, error=True)
            return
        result, paths = written
        self.report.show_result(result, [path.name for path in paths])
        self.tabs.setCurrentWidget(self.report)
        self._say(arg(self.tr("Report written to %1."), str(folder)))
        self.open_folder(folder)
        self.report_written.emit(paths)

    def compare(self) -> None:
        entry, index = self.current(), self.other.currentIndex()
        if entry is None or not 0 <= index < len(self.drills) or not self.compare_button.isEnabled():
            return
        other = self.drills[index]
        self._read("drill compare", lambda: _refusable(_compare, entry.path, other.path), self._compared)

    def _compared(self, compared) -> None:
        if isinstance(compared, Refused):
            self._say(compared.reason, error=True)
            return
        first, second, rows = compared
        names = comparison_names()
        rows = [(row[0], stage_name(row[1]), stage_name(row[2]), row[3]) if row[0] == "bottleneck" else row
                for row in rows]
        self.report.show_comparison(first, second, [(names.get(row[0], row[0]), *row[1:]) for row in rows])
        self.tabs.setCurrentWidget(self.report)

    # -- showing -------------------------------------------------------------------------------------
    def _show_figures(self, figures: Figures | None) -> None:
        self.live.show_figures(figures, self._state_text())

    def _state_text(self) -> str:
        if self.view is not None and self._running_here(self.view.entry.path):
            speed = active_run().options.speed
            return self.tr("running as fast as it goes") if speed is None else \
                arg(self.tr("running at %1×"), f"{speed:g}")
        entry = self.current()
        if entry is None:
            return ""
        return {"ready": self.tr("not started"), "running": self.tr("running elsewhere"), "ended": self.tr("ended"),
                "stopped": self.tr("stopped")}.get(entry.state, entry.state)

    def _update(self) -> None:
        """Which actions make sense now."""
        entry = self.current()
        running_here = self._running_here(entry.path if entry else None) and entry is not None
        running = running_here or (entry is not None and entry.state == "running")
        self.peak.setEnabled(self.normal is not None)
        self.orders.setEnabled(self.given.isChecked())
        self.peak.setText(arg(self.tr("Normal day × 3 × 0.8 = %1 orders"), f"{peak_volume(self.normal):,}")
                          if self.normal else self.tr("Normal day × 3 × 0.8 (no order history)"))
        idle = active_run() is None
        self.start_button.setEnabled(entry is not None and entry.state == "ready" and idle)
        self.stop_button.setEnabled(running or entry is not None and entry.stations_in)
        self.inject_button.setEnabled(running and (not self.target.isEnabled() or self.target.count() > 0
                                                   or bool(self.target.currentText().strip())))
        self.report_button.setEnabled(entry is not None and entry.orders > 0 or running_here)
        self.compare_button.setEnabled(entry is not None and len(self.drills) > 1 and
                                       self.other.currentIndex() != self.chooser.currentIndex())
        for widget in (self.scripted, self.stations, self.speed):
            widget.setEnabled(idle)
        for widget in (self.packers, self.pickers):
            widget.setEnabled(idle and self.scripted.isChecked())

    def _mode_changed(self) -> None:
        if self.stations.isChecked() and self.speed.currentData() is None:
            self.speed.setCurrentIndex(SPEEDS.index(STATIONS_SPEED))
        self._load_view()
        self._update()

    def _say(self, text: str, error: bool = False) -> None:
        colour = style.REFUSED_BG if error else style.MUTED_FG
        self.message_label.setStyleSheet(f"color: {colour};")
        self.message_label.setText(text)
        self.status_message.emit(text)

    def _failed(self, exc: BaseException) -> None:
        self.create_button.setEnabled(True)
        self._say(arg(self.tr("The drill step failed: %1"), exc), error=True)
        self._update()

    # -- text in the installed language --------------------------------------------------------------
    def retranslate(self) -> None:
        self.findChild(QGroupBox, "drillNewBox").setTitle(self.tr("New drill"))
        self.findChild(QGroupBox, "drillRunBox").setTitle(self.tr("Run"))
        self.findChild(QGroupBox, "drillFaultBox").setTitle(self.tr("Inject a fault"))
        self.findChild(QGroupBox, "drillReportBox").setTitle(self.tr("Report"))
        self.name_label.setText(self.tr("&Name"))
        self.name.setPlaceholderText(self.tr("e.g. rehearsal-1"))
        self.given.setText(self.tr("Orders:"))
        self.seed_label.setText(self.tr("Seed"))
        self.create_button.setText(self.tr("Create"))
        self.chooser_label.setText(self.tr("&Drill"))
        self.scripted.setText(self.tr("Virtual crew"))
        self.stations.setText(self.tr("People at real stations"))
        self.packers_label.setText(self.tr("Packers"))
        self.pickers_label.setText(self.tr("Pickers"))
        self.speed_label.setText(self.tr("&Speed"))
        self._fill_combo(self.speed, [(self._speed_text(speed), speed) for speed in SPEEDS])
        self._fill_combo(self.fault, [(name, code) for code, name in fault_names().items()])
        self._fill_knob(keep=True)
        self.start_button.setText(self.tr("F9 Start"))
        self.stop_button.setText(self.tr("F10 Stop"))
        self.inject_button.setText(self.tr("Ctrl+I Inject"))
        self.report_button.setText(self.tr("Ctrl+R Write report…"))
        self.compare_button.setText(self.tr("Compare"))
        self.tabs.setTabText(0, self.tr("Live figures"))
        self.tabs.setTabText(1, self.tr("Forecast and comparison"))
        for combo in (self.chooser, self.other):
            for index, entry in enumerate(self.drills):
                combo.setItemText(index, self._entry_text(entry))
        self._update()

    def _speed_text(self, speed: float | None) -> str:
        texts = {None: self.tr("As fast as it goes"), 1440.0: self.tr("A day in 1 minute (1440×)"),
                 144.0: self.tr("A day in 10 minutes (144×)"), 24.0: self.tr("A day in 1 hour (24×)"),
                 12.0: self.tr("A day in 2 hours (12×)"), 1.0: self.tr("Real time (1×)")}
        return texts[speed]

    @staticmethod
    def _fill_combo(combo: QComboBox, items: list[tuple[str, Any]]) -> None:
        """(Re)label a combo's items, keeping the choice."""
        chosen = combo.currentIndex()
        combo.blockSignals(True)
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(chosen, 0))
        combo.blockSignals(False)
