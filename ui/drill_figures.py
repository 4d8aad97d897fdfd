"""What the Drill screen shows of a drill, in the monitoring board's dark look (ui/board_screen.py).

LivePanel: the drill clock, packed against arrived, orders in the last hour against the plan, the
bottleneck; orders per hour and the backlog per stage as charts; per-packer rate and error rate,
the fault log with each fault's recovery, printer and carrier load. Fed `Figures` as the running
drill sends them (a few a second at most).

ReportPanel: the forecast of the real day from the drill's measured rates (finish against the
72-hour limit, people, printers and consumables), the headline figures, where the report was
written, and two drills side by side.
"""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from whs_app.drill.measure import Figures
from whs_app.drill.report import DrillResult
from ui import style
from ui.board_screen import BOARD_BG, Tile
from ui.board_tables import BoardTable, Cell
from ui.drill_charts import BacklogChart, DrillHourChart
from ui.i18n import arg

translate = QCoreApplication.translate
ALARM, GOOD, MUTED = "#FF5252", "#69F0AE", "#B0BEC5"


def fault_names() -> dict[str, str]:
    """Fault codes (whs_app/drill/faults.py) in the installed language."""
    return {
        "printer_paper_out": translate("DrillScreen", "Paper out"),
        "printer_offline": translate("DrillScreen", "Printer offline"),
        "carrier_capacity_cut": translate("DrillScreen", "Carrier cap cut"),
        "carrier_outage": translate("DrillScreen", "Carrier outage"),
        "scanner_garbage": translate("DrillScreen", "Scanner garbage"),
        "exception_burst": translate("DrillScreen", "Exception burst"),
        "station_crash": translate("DrillScreen", "Station crash"),
    }


def comparison_names() -> dict[str, str]:
    """The figures two drills are compared on (whs_app/drill/report.py COMPARED) in the installed language."""
    return {
        "orders packed": translate("DrillScreen", "Orders packed"),
        "finish (h from 00:00)": translate("DrillScreen", "Finish (h from 00:00)"),
        "bottleneck": translate("DrillScreen", "Bottleneck"),
        "pack capacity orders/h": translate("DrillScreen", "Packing capacity, orders/h"),
        "pick capacity orders/h": translate("DrillScreen", "Picking capacity, orders/h"),
        "packers": translate("DrillScreen", "Packers"),
        "pickers": translate("DrillScreen", "Pickers"),
        "mean packer rate orders/h": translate("DrillScreen", "Orders/h a packer"),
        "packer error rate": translate("DrillScreen", "Packer error rate"),
        "faults": translate("DrillScreen", "Faults"),
        "mean recovery min": translate("DrillScreen", "Mean recovery, min"),
        "forecast finish h": translate("DrillScreen", "Forecast finish, h"),
        "forecast within 72 h": translate("DrillScreen", "Forecast within 72 h"),
        "forecast packers (72 h)": translate("DrillScreen", "Forecast packers (72 h)"),
        "forecast pickers (72 h)": translate("DrillScreen", "Forecast pickers (72 h)"),
        "forecast printers": translate("DrillScreen", "Forecast printers"),
        "forecast label rolls": translate("DrillScreen", "Forecast label rolls"),
        "forecast ribbons": translate("DrillScreen", "Forecast ribbons"),
    }


def stage_name(stage: str | None) -> str:
    names = {"review": translate("DrillScreen", "Review"), "wave": translate("DrillScreen", "Waves"),
             "pick": translate("DrillScreen", "Picking"), "pack": translate("DrillScreen", "Packing")}
    return "—" if stage is None else names.get(stage, stage)


def day_time(hours: float | None) -> str:
    """Hours from 00:00 of the drill day as "Day 2 10:30" (Day 1 is the drill day)."""
    if hours is None:
        return "—"
    minutes = round(hours * 60)
    day, minute = divmod(minutes, 24 * 60)
    return arg(translate("DrillScreen", "Day %1 %2"), day + 1, f"{minute // 60:02d}:{minute % 60:02d}")


def short_time(hours: float) -> str:
    """"18:00" on the drill day, "D2 09:30" after it."""
    minutes = round(hours * 60)
    day, minute = divmod(minutes, 24 * 60)
    clock = f"{minute // 60:02d}:{minute % 60:02d}"
    return clock if day == 0 else arg(translate("DrillScreen", "D%1 %2"), day + 1, clock)


def _hours(figures: Figures, at: str) -> float:
    return (datetime.fromisoformat(at) - datetime.fromisoformat(f"{figures.info.day} 00:00:00")).total_seconds() / 3600


def _titled(parent: QWidget, name: str, table: BoardTable, stretch: int = 1) -> tuple[QLabel, QVBoxLayout]:
    title = QLabel(parent)
    title.setObjectName(name)
    column = QVBoxLayout()
    column.setSpacing(4)
    column.addWidget(title)
    column.addWidget(table, stretch)
    return title, column


class _Panel(QWidget):
    """A dark panel of tiles, charts and tables that grow with the window."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAutoFillBackground(True)
        style.paint(self, BOARD_BG, "#FFFFFF")
        self.tiles: tuple[Tile, ...] = ()
        self.tables: tuple[BoardTable, ...] = ()
        self.titles: tuple[QLabel, ...] = ()
        self.charts: tuple = ()

    def set_scale(self, scale: style.Scale) -> None:
        for tile in self.tiles:
            tile.set_scale(scale)
        for chart in self.charts:
            chart.set_scale(scale)
        for table in self.tables:
            table.set_scale(scale)
        for title in self.titles:
            title.setFont(style.font(scale.px(style.SIZE_SMALL + 1), bold=True))

    def tile_texts(self) -> dict[str, str]:
        return {tile.objectName(): tile.value.text() for tile in self.tiles}


class LivePanel(_Panel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("drillLive", parent)
        self.figures: Figures | None = None
        self.state = ""
        self.clock_tile, self.packed_tile = Tile("drillClockTile", self), Tile("drillPackedTile", self)
        self.rate_tile, self.bottleneck_tile = Tile("drillRateTile", self), Tile("drillBottleneckTile", self)
        self.tiles = (self.clock_tile, self.packed_tile, self.rate_tile, self.bottleneck_tile)
        self.hour_chart, self.backlog_chart = DrillHourChart(self), BacklogChart(self)
        self.charts = (self.hour_chart, self.backlog_chart)
        self.packers, self.faults = BoardTable("drillPackers", self), BoardTable("drillFaults", self)
        self.load = BoardTable("drillLoad", self)
        self.tables = (self.packers, self.faults, self.load)
        packers_title, packers = _titled(self, "drillPackersTitle", self.packers)
        faults_title, faults = _titled(self, "drillFaultsTitle", self.faults)
        load_title, load = _titled(self, "drillLoadTitle", self.load)
        self.titles = (packers_title, faults_title, load_title)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        tiles = QHBoxLayout()
        tiles.setSpacing(8)
        for tile in self.tiles:
            tiles.addWidget(tile, 1)
        layout.addLayout(tiles)
        charts = QHBoxLayout()
        charts.setSpacing(8)
        charts.addWidget(self.hour_chart, 3)
        charts.addWidget(self.backlog_chart, 2)
        layout.addLayout(charts, 5)
        tables = QHBoxLayout()
        tables.setSpacing(8)
        for column, stretch in ((packers, 5), (faults, 5), (load, 4)):
            tables.addLayout(column, stretch)
        layout.addLayout(tables, 4)

    def show_figures(self, figures: Figures | None, state: str) -> None:
        """The figures (None: the drill has none yet) and what the drill is doing, in words."""
        self.figures, self.state = figures, state
        for chart in self.charts:
            if figures is not None:
                chart.show_figures(figures)
        self.retranslate()

    def retranslate(self) -> None:
        for title, text in zip(self.titles, (self.tr("Packers"), self.tr("Faults and recovery"),
                                             self.tr("Printer and carrier load"))):
            title.setText(text)
        self.packers.set_headers([self.tr("Packer"), self.tr("Orders"), self.tr("/h"), self.tr("Errors")])
        self.faults.set_headers([self.tr("Fault"), self.tr("At"), self.tr("Recovery")])
        self.load.set_headers([self.tr("Printer"), self.tr("Printed"), self.tr("Queue")])
        for chart in self.charts:
            chart.retranslate()
        self._render()

    def _render(self) -> None:
        f = self.figures
        if f is None:
            waiting = "…" if self.state else "—"
            self.clock_tile.show_texts(self.tr("Drill clock"), waiting, self.state)
            self.packed_tile.show_texts(self.tr("Packed"), waiting)
            self.rate_tile.show_texts(self.tr("Orders in the last hour"), waiting)
            self.bottleneck_tile.show_texts(self.tr("Bottleneck"), waiting)
            for table in self.tables:
                table.set_rows([])
            return
        day, clock = divmod(round(f.hours * 60), 24 * 60)
        self.clock_tile.show_texts(self.tr("Drill clock"), f"{clock // 60:02d}:{clock % 60:02d}",
                                   arg(self.tr("Day %1 · %2"), day + 1, self.state))
        self.packed_tile.show_texts(
            self.tr("Packed"), f"{f.packed:,} / {f.arrived:,}",
            arg(self.tr("Planned %1 · cancelled %2"), f"{f.info.orders:,}", f"{f.cancelled:,}"),
            "ok" if f.finished_at else None)
        plan = f.plan_per_hour[int(f.hours)] if f.hours < len(f.plan_per_hour) else 0.0
        self.rate_tile.show_texts(self.tr("Orders in the last hour"), f"{f.orders_per_hour:,.0f}",
                                  arg(self.tr("Plan this hour: %1 arriving"), f"{plan:,.0f}"))
        capacity = {s.name: f"{s.capacity_h:,.0f}/h" for s in f.stages if s.capacity_h}
        others = [f"{stage_name(name)} {rate}" for name, rate in capacity.items() if name != f.bottleneck]
        self.bottleneck_tile.show_texts(self.tr("Bottleneck"), stage_name(f.bottleneck),
                                        " · ".join([capacity.get(f.bottleneck, ""), *others]).strip(" ·"),
                                        "warn" if f.bottleneck else None)
        self.packers.set_rows([self._packer_row(p) for p in f.packers])
        self.faults.set_rows([self._fault_row(x) for x in reversed(f.faults)])      # the newest on top
        # One table: the printers, then the carriers under a heading row of their own.
        self.load.set_rows([(Cell(p["printer"]), Cell(f"{p['printed']:,}"),
                             Cell(f"{p['waiting']:,}", ALARM if p["waiting"] > 5 or p["failed"] else None))
                            for p in f.printers] +
                           [(Cell(self.tr("Carrier"), MUTED), Cell(self.tr("Parcels"), MUTED),
                             Cell(self.tr("Load"), MUTED))] +
                           [(Cell(c["carrier"]), Cell(f"{c['parcels']:,}"), self._load_cell(c)) for c in f.carriers])

    def _packer_row(self, packer) -> tuple[Cell, ...]:
        errors = f"{packer.error_rate:.1%}" + (f" ⚠{packer.bad_scans}" if packer.bad_scans else "")
        return (Cell(packer.login), Cell(f"{packer.orders:,}"), Cell(f"{packer.rate_h:.1f}"),
                Cell(errors, ALARM if packer.error_rate >= 0.05 else None))

    def _fault_row(self, fault) -> tuple[Cell, ...]:
        name = fault_names().get(fault.fault, fault.fault)
        what = f"{name} {fault.target}".strip()
        at = short_time(_hours(self.figures, fault.at))
        if fault.recovery_min is None:
            return Cell(what, ALARM), Cell(at), Cell(self.tr("not yet"), ALARM)
        return Cell(what), Cell(at), Cell(arg(self.tr("%1 min"), f"{fault.recovery_min:g}"), GOOD)

    def _load_cell(self, carrier: dict) -> Cell:
        load = carrier["load"]
        if load is None:
            return Cell(self.tr("no cap"), MUTED)
        return Cell(f"{load:.0%}", ALARM if load >= 1 else None)

    def fault_texts(self) -> list[list[str]]:
        return self.faults.texts()


class ReportPanel(_Panel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("drillReport", parent)
        self.result: DrillResult | None = None
        self.written: list[str] = []
        self.compared: tuple[str, str, list[tuple]] | None = None
        self.finish_tile, self.people_tile = Tile("forecastFinishTile", self), Tile("forecastPeopleTile", self)
        self.printers_tile, self.measured_tile = Tile("forecastPrintersTile", self), Tile("drillMeasuredTile", self)
        self.tiles = (self.finish_tile, self.people_tile, self.printers_tile, self.measured_tile)
        self.summary = QLabel(self)
        self.summary.setObjectName("drillReportSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.comparison = BoardTable("drillComparison", self)
        self.tables = (self.comparison,)
        comparison_title, comparison = _titled(self, "drillComparisonTitle", self.comparison)
        self.titles = (comparison_title,)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        tiles = QGridLayout()
        tiles.setSpacing(8)
        for index, tile in enumerate(self.tiles):
            tiles.addWidget(tile, index // 2, index % 2)
        layout.addLayout(tiles)
        layout.addWidget(self.summary)
        layout.addLayout(comparison, 1)

    def set_scale(self, scale: style.Scale) -> None:
        super().set_scale(scale)
        self.summary.setFont(style.font(scale.px(style.SIZE_SMALL)))

    def show_result(self, result: DrillResult | None, written: list[str] | None = None) -> None:
        self.result = result
        self.written = written or []
        self.retranslate()

    def show_comparison(self, first: str, second: str, rows: list[tuple]) -> None:
        self.compared = (first, second, rows)
        self.retranslate()

    def retranslate(self) -> None:
        self.titles[0].setText(self.tr("Two drills side by side"))
        if self.compared is None:
            self.comparison.set_headers([self.tr("Figure"), "A", "B", self.tr("Change")])
            self.comparison.set_rows([])
        else:
            first, second, rows = self.compared
            self.comparison.set_headers([self.tr("Figure"), first, second, self.tr("Change")])
            self.comparison.set_rows([tuple(Cell(_show(value)) for value in row) for row in rows])
        self._render()

    def _render(self) -> None:
        result = self.result
        if result is None:
            for tile, caption in zip(self.tiles, (self.tr("Real day finishes"), self.tr("Packers · pickers for 72 h"),
                                                  self.tr("Printers and consumables"),
                                                  self.tr("Measured: orders/h a packer"))):
                tile.show_texts(caption, "—")
            self.summary.setText(self.tr("Run a drill, then write its report: the forecast of the real day "
                                         "is made from the rates the drill measured."))
            return
        f, fc = result.figures, result.forecast
        limit = self.tr("within the 72 h limit") if fc.within_limit else self.tr("OVER the 72 h limit")
        self.finish_tile.show_texts(self.tr("Real day finishes"), day_time(fc.finish_h),
                                    arg(self.tr("%1 orders · %2"), f"{fc.volume:,}", limit),
                                    "ok" if fc.within_limit else "bad")
        self.people_tile.show_texts(
            self.tr("Packers · pickers for 72 h"), f"{fc.packers_72h} · {fc.pickers_72h}",
            arg(self.tr("All in one day: %1 · %2"), fc.packers_one_day, fc.pickers_one_day))
        self.printers_tile.show_texts(
            self.tr("Printers and consumables"), arg(self.tr("%1 printers"), fc.printers),
            arg(self.tr("%1 label rolls · %2 ribbons (%3 spare)"), fc.label_rolls, fc.ribbons, f"{fc.margin:.0%}"))
        errors = sum(p.wrong_scans for p in f.packers) / max(sum(p.orders for p in f.packers), 1)
        self.measured_tile.show_texts(
            self.tr("Measured: orders/h a packer"), f"{fc.packer_rate_h:.1f}",
            arg(self.tr("Bottleneck: %1 · errors %2 · picker %3 orders/h"), stage_name(f.bottleneck),
                f"{errors:.1%}", f"{fc.picker_rate_h:.1f}"), "warn" if f.bottleneck else None)
        lines = [arg(self.tr("Drill %1: %2 of %3 orders packed."), f.info.name, f"{f.packed:,}", f"{f.arrived:,}")]
        if self.written:
            lines.append(arg(self.tr("Report written: %1"), " · ".join(self.written)))
        self.summary.setText("\n".join(lines))


def _show(value) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, float):
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    return f"{value:,}" if isinstance(value, int) else str(value)
