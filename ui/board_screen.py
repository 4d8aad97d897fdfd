"""The monitoring board (监视盘): the floor at a glance for supervisors, readable on a wall screen.

Big numbers on top (shipped today, not shipped yet, when everything will be packed against the
72-hour limit, exceptions), then four charts (orders per hour against the plan's five waves, the
burn-down, orders waiting per stage, carrier load against capacity) and three tables (printers,
packers' parcels per hour, the exception queue by reason).

While the board is on screen a `ChangeWatch` asks the office worker every second whether any
station wrote something (the store's change marker: one seek) and only then reads a snapshot
(`whs_app.monitoring.board_snapshot`: the SQL runs there, never on the GUI thread), so another
station's pack shows within a second or two; every 30 seconds it reads one anyway, so the clocks and
rates move on an idle floor. A look still in flight makes the next tick wait. F5 refreshes at once.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from whs_app.monitoring import BoardSnapshot, board_snapshot
from whs_app.monitoring.snapshot import PackerLine, PrinterLine
from ui import style
from ui.board_charts import PANEL_BG, BoardChart, BurnChart, CarrierChart, HourChart, StageChart
from ui.board_tables import BoardTable, Cell
from ui.change_watch import FLOOR_MS, POLL_MS, ChangeWatch
from ui.i18n import Retranslated, arg
from ui.office import Office
from ui.printer_panel import state_text
from ui.shortcuts import shortcut_actions
from ui.workers import StoreWorker

translate = QCoreApplication.translate
BOARD_BG = "#102027"
MUTED = "#B0BEC5"
TONES = {"ok": (style.OK_BG, style.OK_FG), "bad": (style.REFUSED_BG, style.REFUSED_FG),
         "warn": (style.WARN_BG, style.WARN_FG), None: (PANEL_BG, "#FFFFFF")}
ALARM = "#FF5252"
#: A usable printer's state in a colour readable on the dark board (one that cannot print: ALARM).
PRINTER_COLOURS = {"ready": "#69F0AE", "paper_near_end": "#FFD54F"}
SIZE_VALUE = 46
SIZE_CAPTION = 18


def _snapshot(office: Office, previous: BoardSnapshot | None) -> BoardSnapshot:
    """The board's job on the office worker."""
    return board_snapshot(office.store, office.clock, previous)


class Tile(QFrame):
    """One big number with what it is above and what it means below, on a colour when it warns."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAutoFillBackground(True)
        self.caption, self.value, self.note = QLabel(self), QLabel(self), QLabel(self)
        for label, suffix in ((self.caption, "Caption"), (self.value, "Value"), (self.note, "Note")):
            label.setObjectName(name + suffix)
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(0)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.tone: str | None = "unset"
        self.set_tone(None)

    def set_scale(self, scale: style.Scale) -> None:
        self.caption.setFont(style.font(scale.px(SIZE_CAPTION)))
        self.value.setFont(style.font(scale.px(SIZE_VALUE), bold=True))
        self.note.setFont(style.font(scale.px(SIZE_CAPTION - 2)))
        self.setFixedHeight(scale.px(SIZE_CAPTION) * 2 + round(scale.px(SIZE_VALUE) * 1.35) + 22)

    def set_tone(self, tone: str | None) -> None:
        if tone != self.tone:
            self.tone = tone
            style.paint(self, *TONES[tone])

    def show_texts(self, caption: str, value: str, note: str = "", tone: str | None = None) -> None:
        self.caption.setText(caption)
        self.value.setText(value)
        self.note.setText(note)
        self.set_tone(tone)


class BoardScreen(Retranslated, QWidget):
    status_message = Signal(str)
    updated = Signal(object)      # the BoardSnapshot just shown

    def __init__(self, office: StoreWorker, parent: QWidget | None = None, poll_ms: int = POLL_MS,
                 floor_ms: int = FLOOR_MS) -> None:
        super().__init__(parent)
        self.setObjectName("boardScreen")
        self.office = office
        self.snapshot: BoardSnapshot | None = None
        self.problem: str | None = None
        self.scale = style.Scale()
        self.setAutoFillBackground(True)
        style.paint(self, BOARD_BG, "#FFFFFF")
        self._build()
        self.watch = ChangeWatch(office, "board snapshot", _snapshot, self.show_snapshot, self._failed,
                                 args=lambda: (self.snapshot,), poll_ms=poll_ms, floor_ms=floor_ms, parent=self)
        self.addActions(shortcut_actions(self, [(Qt.Key.Key_F5, self.refresh)]))
        self.set_scale(self.scale)
        self.retranslate()

    # -- building --------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(10)
        layout.addLayout(self._build_tiles())
        body = QHBoxLayout()
        body.setSpacing(10)
        body.addLayout(self._build_charts(), 7)
        body.addLayout(self._build_tables(), 3)
        layout.addLayout(body, 1)

    def _build_tiles(self) -> QHBoxLayout:
        self.shipped, self.backlog = Tile("shippedTile", self), Tile("backlogTile", self)
        self.forecast, self.exceptions = Tile("forecastTile", self), Tile("exceptionsTile", self)
        self.tiles = (self.shipped, self.backlog, self.forecast, self.exceptions)
        self.stamp = QLabel(self)
        self.stamp.setObjectName("boardStamp")
        self.stamp.setWordWrap(True)
        self.stamp.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.refresh_button = QPushButton(self)
        self.refresh_button.setObjectName("boardRefresh")
        self.refresh_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.refresh_button.clicked.connect(self.refresh)
        self.refresh_button.setStyleSheet(
            f"QPushButton {{ background: {PANEL_BG}; color: #FFFFFF; border: 1px solid #546E7A; padding: 4px 12px; }}"
            " QPushButton:focus { border: 2px solid #FFD54F; }")
        corner = QVBoxLayout()
        corner.setSpacing(6)
        corner.addWidget(self.stamp, 1)
        corner.addWidget(self.refresh_button)
        row = QHBoxLayout()
        row.setSpacing(10)
        for tile in self.tiles:
            row.addWidget(tile, 1)
        row.addLayout(corner)
        return row

    def _build_charts(self) -> QGridLayout:
        self.hour_chart, self.burn_chart = HourChart(self), BurnChart(self)
        self.stage_chart, self.carrier_chart = StageChart(self), CarrierChart(self)
        self.charts: tuple[BoardChart, ...] = (self.hour_chart, self.burn_chart, self.stage_chart, self.carrier_chart)
        grid = QGridLayout()
        grid.setSpacing(10)
        for index, chart in enumerate(self.charts):
            grid.addWidget(chart, index // 2, index % 2)
        return grid

    def _build_tables(self) -> QVBoxLayout:
        self.printer_title, self.packer_title, self.reason_title = QLabel(self), QLabel(self), QLabel(self)
        self.printers = BoardTable("printerTable", self)
        self.packers = BoardTable("packerTable", self)
        self.reasons = BoardTable("reasonTable", self)
        self.tables = (self.printers, self.packers, self.reasons)
        side = QVBoxLayout()
        side.setSpacing(4)
        for title, table, stretch in ((self.printer_title, self.printers, 3), (self.packer_title, self.packers, 4),
                                      (self.reason_title, self.reasons, 2)):
            side.addWidget(title)
            side.addWidget(table, stretch)
        return side

    def set_scale(self, scale: style.Scale) -> None:
        self.scale = scale
        for tile in self.tiles:
            tile.set_scale(scale)
        for chart in self.charts:
            chart.set_scale(scale)
        for table in self.tables:
            table.set_scale(scale)
        for title in (self.printer_title, self.packer_title, self.reason_title):
            title.setFont(style.font(scale.px(style.SIZE_SMALL + 1), bold=True))
        self.stamp.setFont(style.font(scale.px(style.SIZE_SMALL - 2)))
        self.refresh_button.setFont(style.font(scale.px(style.SIZE_SMALL - 1)))

    # -- the screen protocol ---------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Monitoring board")

    def handle_scan(self, code: str, source: str = "scanner", started: float | None = None) -> None:
        """A scan means nothing on the board (it only shows)."""

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.watch.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.watch.stop()      # off screen: leave the office worker to the other screens
        super().hideEvent(event)

    # -- refreshing ------------------------------------------------------------------------------
    @property
    def in_flight(self) -> bool:
        return self.watch.busy

    def refresh(self) -> None:
        """A snapshot now (right after the one on its way, if there is one)."""
        self.watch.read_now()

    def show_snapshot(self, snapshot: BoardSnapshot) -> None:
        self.snapshot, self.problem = snapshot, None
        for chart in self.charts:
            chart.show_snapshot(snapshot)
        self._render()
        self.updated.emit(snapshot)

    def _failed(self, exc: BaseException) -> None:
        self.problem = str(exc)
        self.status_message.emit(arg(self.tr("The board cannot read the database: %1"), exc))
        self._render_stamp()

    # -- text in the installed language ----------------------------------------------------------
    def retranslate(self) -> None:
        self.refresh_button.setText(self.tr("F5 Refresh"))
        self.printer_title.setText(self.tr("Printers"))
        self.packer_title.setText(self.tr("Packers: parcels"))
        self.reason_title.setText(self.tr("Exceptions by reason"))
        self.printers.set_headers([self.tr("Printer"), self.tr("State"), self.tr("Queue")])
        self.packers.set_headers([self.tr("Packer"), self.tr("Last hour"), self.tr("Today"), self.tr("Per hour")])
        self.reasons.set_headers([self.tr("Reason"), self.tr("Orders")])
        for chart in self.charts:
            chart.retranslate()
        self._render()

    def _render(self) -> None:
        snap = self.snapshot
        if snap is None:
            waiting = "…"
            self.shipped.show_texts(self.tr("Shipped today"), waiting)
            self.backlog.show_texts(self.tr("Not shipped yet"), waiting)
            self.forecast.show_texts(self.tr("All packed by"), waiting)
            self.exceptions.show_texts(self.tr("Exceptions"), waiting)
        else:
            self.shipped.show_texts(self.tr("Shipped today"), f"{snap.shipped_today:,}",
                                    arg(self.tr("Packed today: %1"), f"{snap.packed_today:,}"))
            self.backlog.show_texts(self.tr("Not shipped yet"), f"{snap.backlog:,}",
                                    arg(self.tr("To pack: %1"), f"{snap.burn.to_pack:,}"))
            self._render_forecast(snap)
            self._render_exceptions(snap)
            self.printers.set_rows([self._printer_row(p) for p in _problems_first(snap.printers)])
            self.packers.set_rows([self._packer_row(p) for p in snap.packers])
            self.reasons.set_rows([(Cell(reason_text(code)), Cell(f"{count:,}")) for code, count in snap.exceptions])
        self._render_stamp()

    def _render_forecast(self, snap: BoardSnapshot) -> None:
        burn = snap.burn
        rate = arg(self.tr("%1 orders/h in the last hour"), f"{burn.rate:,.0f}")
        if burn.overdue:
            note = arg(self.tr("Over the 72 h limit already: %1"), f"{burn.overdue:,}")
        elif burn.finish is None:
            note = self.tr("No packing in the last hour: no forecast")
        elif burn.limit is None or burn.to_pack == 0:
            note = self.tr("Nothing left to pack")
        elif burn.beats_limit:
            note = arg(self.tr("%1 · %2 inside the 72 h limit"), rate, _duration(burn.margin))
        else:
            note = arg(self.tr("%1 · misses the 72 h limit by %2"), rate, _duration(-burn.margin))
        value = "—" if burn.finish is None else _when(burn.finish, snap.at)
        tone = {True: "ok", False: "bad", None: "warn"}[burn.beats_limit]
        self.forecast.show_texts(self.tr("All packed by"), value, note, tone)

    def _render_exceptions(self, snap: BoardSnapshot) -> None:
        count = snap.stage("exception")
        note = self.tr("None waiting")
        if snap.exceptions:
            code, orders = snap.exceptions[0]
            note = arg(self.tr("Most: %1 (%2)"), reason_text(code), f"{orders:,}")
        self.exceptions.show_texts(self.tr("Exceptions"), f"{count:,}", note, "warn" if count else None)

    def _printer_row(self, printer: PrinterLine) -> tuple[Cell, ...]:
        if not printer.enabled:
            state, colour = self.tr("disabled"), MUTED
        else:
            state = state_text(printer.state)
            colour = PRINTER_COLOURS.get(printer.state, MUTED) if printer.usable else ALARM
        queue = f"{printer.queued:,}" + (f"  ⚠{printer.attention}" if printer.attention else "")
        return Cell(_at_station(printer.name, printer.station)), Cell(state, colour), Cell(queue)

    def _packer_row(self, packer: PackerLine) -> tuple[Cell, ...]:
        return (Cell(_at_station(packer.name or packer.login, packer.station)), Cell(f"{packer.last_hour:,}"),
                Cell(f"{packer.today:,}"), Cell(f"{packer.per_hour:,.0f}"))

    def _render_stamp(self) -> None:
        if self.problem is not None:
            stale = self.tr("Not updated")
            self.stamp.setText(f"<span style='color:{ALARM}'>⚠ {stale}</span>")
        elif self.snapshot is None:
            self.stamp.setText(self.tr("Reading the database…"))
        else:
            self.stamp.setText(arg(self.tr("Updated %1"), self.snapshot.at.strftime("%H:%M:%S")))

    # -- what tests and the shell read -------------------------------------------------------------
    def tile_texts(self) -> dict[str, str]:
        return {tile.objectName(): tile.value.text() for tile in self.tiles}


def _problems_first(printers: tuple[PrinterLine, ...]) -> list[PrinterLine]:
    return sorted(printers, key=lambda p: (p.usable and p.enabled, p.station, p.name))


def _at_station(name: str, station: str) -> str:
    """A name with its station, unless the name says it already (LBL-P01)."""
    return name if not station or station in name else f"{name} · {station}"


def _when(at: datetime, now: datetime) -> str:
    return at.strftime("%H:%M") if at.date() == now.date() else at.strftime("%m-%d %H:%M")


def _duration(span: timedelta) -> str:
    minutes = round(span / timedelta(minutes=1))
    if minutes < 60:
        return arg(translate("BoardScreen", "%1 min"), minutes)
    return arg(translate("BoardScreen", "%1 h"), round(minutes / 60))


def reason_text(code: str) -> str:
    """An exception reason code in the installed language."""
    texts = {
        "address_incomplete": translate("BoardScreen", "Incomplete address"),
        "refund_requested": translate("BoardScreen", "Refund requested"),
        "message_keyword": translate("BoardScreen", "Message needs a person"),
        "overweight": translate("BoardScreen", "Over every carrier's weight limit"),
        "stock_short": translate("BoardScreen", "Stock short"),
        "unknown_sku": translate("BoardScreen", "Unknown SKU"),
        "no_carrier": translate("BoardScreen", "No usable carrier"),
        "suspicious_text": translate("BoardScreen", "Formula-like text"),
        "short_pick": translate("BoardScreen", "Short pick"),
        "changed_on_platform": translate("BoardScreen", "Changed on the platform"),
        "manual_hold": translate("BoardScreen", "Held by a person"),
    }
    return texts.get(code, code)
