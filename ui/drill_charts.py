"""The Drill screen's live charts, in the monitoring board's look (ui/board_charts.py): orders per
hour of the drill day against the Double 11 plan, and the backlog of each stage.

Each is built once and fed the drill's `Figures` (whs_app/drill/measure.py) as they come from the
running drill; the series change their values, nothing is rebuilt.
"""
from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QCategoryAxis, QHorizontalStackedBarSeries, QValueAxis
from PySide6.QtCore import QPointF, Qt

from whs_app.drill.measure import Figures
from ui.board_charts import (EXCEPTION, PACKED, PAID, PLAN, WAITING, BoardChart, bar_set, fill_bars, line_series,
                             scale_to)
from ui.i18n import arg

DAY_H = 24


class DrillHourChart(BoardChart):
    """Arrived and packed per hour of the drill (bars) against the plan's five waves (a step line)."""

    def __init__(self, parent=None) -> None:
        super().__init__("drillHourChart", parent)
        self.figures: Figures | None = None
        self.arrived, self.packed = bar_set(PAID), bar_set(PACKED)
        self.bars = QBarSeries()
        self.bars.append([self.arrived, self.packed])
        self.bars.setBarWidth(0.85)
        self.plan = line_series(PLAN, 3)
        self.x = self.axis(QCategoryAxis(), Qt.AlignmentFlag.AlignBottom)
        self.x.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        self.x.setGridLineVisible(False)
        self.y = self.axis(QValueAxis(), Qt.AlignmentFlag.AlignLeft)
        self.y.setLabelFormat("%d")
        self.add(self.bars, self.x, self.y)
        self.add(self.plan, self.x, self.y)
        self._hours = 0
        self._set_hours(DAY_H)

    def _set_hours(self, hours: int) -> None:
        """Bar n stands at n; a label every 3 hours of the day (every 6 past the first day)."""
        if hours == self._hours:
            return
        self._hours = hours
        for label in self.x.categoriesLabels():
            self.x.remove(label)
        self.x.setRange(-0.5, hours - 0.5)
        step = 3 if hours <= DAY_H else 6
        for hour in range(0, hours, step):
            self.x.append(f"{hour}", hour)

    def show_figures(self, figures: Figures) -> None:
        self.figures = figures
        self.retranslate()

    def retranslate(self) -> None:
        self.arrived.setLabel(self.tr("Arrived"))
        self.packed.setLabel(self.tr("Packed"))
        f = self.figures
        if f is None:
            self.chart_.setTitle(self.tr("Orders per hour of the drill day"))
            self.plan.setName(self.tr("Plan"))
            return
        self.chart_.setTitle(arg(self.tr("Orders per hour: %1 arrived, %2 packed"), f"{f.arrived:,}",
                                 f"{f.packed:,}"))
        self.plan.setName(arg(self.tr("Plan: %1"), f"{f.info.orders:,}"))
        hours = max(DAY_H, len(f.arrived_per_hour), len(f.packed_per_hour))
        self._set_hours(hours)
        arrived, packed = _padded(f.arrived_per_hour, hours), _padded(f.packed_per_hour, hours)
        fill_bars(self.arrived, arrived)
        fill_bars(self.packed, packed)
        self.plan.replace([QPointF(hour + side, value) for hour, value in enumerate(f.plan_per_hour)
                           for side in (-0.5, 0.5)])
        scale_to(self.y, [*arrived, *packed, *f.plan_per_hour])


class BacklogChart(BoardChart):
    """Orders waiting at each stage, first stage on top, the number in each stage's name."""

    STAGES = ("review", "exceptions", "wave", "pick", "pack")

    def __init__(self, parent=None) -> None:
        super().__init__("drillBacklogChart", parent)
        self.figures: Figures | None = None
        self.waiting, self.exceptions = bar_set(WAITING), bar_set(EXCEPTION)
        self.bars = QHorizontalStackedBarSeries()
        self.bars.append([self.waiting, self.exceptions])
        self.bars.setBarWidth(0.7)
        self.y = self.axis(QBarCategoryAxis(), Qt.AlignmentFlag.AlignLeft)
        self.y.setGridLineVisible(False)
        self.y.setTruncateLabels(False)
        self.x = self.axis(QValueAxis(), Qt.AlignmentFlag.AlignBottom)
        self.x.setLabelFormat("%d")
        self.add(self.bars, self.x, self.y)
        self.chart_.legend().hide()

    def stage_names(self) -> dict[str, str]:
        return {"review": self.tr("To review"), "exceptions": self.tr("Exceptions"),
                "wave": self.tr("To wave"), "pick": self.tr("To pick"), "pack": self.tr("To pack")}

    def labels(self) -> list[str]:
        return self.y.categories()

    def show_figures(self, figures: Figures) -> None:
        self.figures = figures
        self.retranslate()

    def retranslate(self) -> None:
        f = self.figures
        backlog = f.backlog if f is not None else {stage: 0 for stage in self.STAGES}
        self.chart_.setTitle(arg(self.tr("Backlog per stage: %1"), f"{sum(backlog.values()):,}"))
        names = self.stage_names()
        stages = list(reversed(self.STAGES))          # the first stage on top
        labels = [f"{names[stage]}  {backlog.get(stage, 0):,}" for stage in stages]
        if labels != self.y.categories():
            self.y.clear()
            self.y.append(labels)
        fill_bars(self.waiting, [backlog.get(s, 0) if s != "exceptions" else 0 for s in stages])
        fill_bars(self.exceptions, [backlog.get(s, 0) if s == "exceptions" else 0 for s in stages])
        scale_to(self.x, list(backlog.values()), ticks=3)


def _padded(values: list[int], size: int) -> list[int]:
    return (list(values) + [0] * size)[:size]
