"""The monitoring board's charts (QtCharts), drawn for a wall screen: light type on a dark panel,
thick lines, few ticks, and the numbers that matter in the labels themselves.

Each chart is built once and fed a `BoardSnapshot` every few seconds (`show_snapshot`): the series change
their values, nothing is rebuilt. Text is set in `retranslate` (the shown snapshot is kept so that
a language change redraws it) and type grows with the window (`set_scale`).
"""
from __future__ import annotations

import math
from datetime import datetime, timedelta

from PySide6.QtCharts import (QAbstractSeries, QBarCategoryAxis, QBarSeries, QBarSet, QCategoryAxis, QChart,
                              QChartView, QDateTimeAxis, QHorizontalStackedBarSeries, QLineSeries, QValueAxis)
from PySide6.QtCore import QDateTime, QMargins, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen

from whs_app.carriers.monitor import CarrierLoad
from whs_app.monitoring import BoardSnapshot
from ui import style
from ui.i18n import arg

PANEL_BG = "#1C2B33"
GRID = "#37474F"
TEXT = "#FFFFFF"
MUTED = "#B0BEC5"
PAID = "#4FC3F7"          # orders coming in
PACKED = "#69F0AE"        # orders going out
PLAN = "#FFD54F"          # the plan, the forecast
WAITING = "#4FC3F7"
EXCEPTION = "#FF5252"
LIMIT = "#FF5252"
CAPACITY = "#78909C"
SIZE_TITLE = 19
SIZE_AXIS = 15


def nice_scale(largest: float, ticks: int = 4) -> tuple[float, int]:
    """An axis top just above `largest` on a round step (1, 2 or 5 times a power of ten), with the
    tick count of that step: at most `ticks` intervals, never an empty scale."""
    raw = max(largest, 1.0) / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    step = max(next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw), 1)   # counts: whole steps
    intervals = max(math.ceil(largest / step), 1)
    return step * intervals, intervals + 1


def scale_to(axis: QValueAxis, values, ticks: int = 4) -> None:
    """A value axis from 0 to a round top above all of `values`."""
    top, count = nice_scale(max([10, *values]) * 1.05, ticks)      # an empty chart: 0 to 10
    axis.setRange(0, top)
    axis.setTickCount(count)


class BoardChart(QChartView):
    """A chart on the board's dark panel with the board's type."""

    def __init__(self, name: str, parent=None) -> None:
        self.chart_ = QChart()
        super().__init__(self.chart_, parent)
        self.setObjectName(name)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setBackgroundBrush(QBrush(QColor(PANEL_BG)))
        chart = self.chart_
        chart.setBackgroundBrush(QBrush(QColor(PANEL_BG)))
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setTitleBrush(QBrush(QColor(TEXT)))
        chart.legend().setLabelColor(QColor(TEXT))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        self.snapshot: BoardSnapshot | None = None
        self.scale = style.Scale()

    def add(self, series: QAbstractSeries, *axes) -> None:
        self.chart_.addSeries(series)
        for axis in axes:
            series.attachAxis(axis)

    def axis(self, axis, alignment: Qt.AlignmentFlag):
        axis.setLabelsColor(QColor(MUTED))
        axis.setGridLineColor(QColor(GRID))
        axis.setLinePenColor(QColor(GRID))
        axis.setTitleBrush(QBrush(QColor(MUTED)))
        if type(axis) is QValueAxis:   # every value axis here counts (a category axis is one too, by class)
            scale_to(axis, [])
        self.chart_.addAxis(axis, alignment)
        return axis

    def set_scale(self, scale: style.Scale) -> None:
        self.scale = scale
        self.chart_.setTitleFont(style.font(scale.px(SIZE_TITLE), bold=True))
        self.chart_.legend().setFont(style.font(scale.px(SIZE_AXIS)))
        for axis in self.chart_.axes():
            axis.setLabelsFont(style.font(scale.px(SIZE_AXIS)))
            axis.setTitleFont(style.font(scale.px(SIZE_AXIS)))

    def show_snapshot(self, snapshot: BoardSnapshot) -> None:
        self.snapshot = snapshot
        self.retranslate()

    def retranslate(self) -> None:
        raise NotImplementedError


def bar_set(colour: str) -> QBarSet:
    """An unnamed bar set in `colour`, its value labels in the board's text colour."""
    bars = QBarSet("")
    bars.setColor(QColor(colour))
    bars.setBorderColor(QColor(colour))
    bars.setLabelColor(QColor(TEXT))
    return bars


def line_series(colour: str, width: float, dashed: bool = False) -> QLineSeries:
    """An empty line series drawn `width` px wide in `colour`."""
    series = QLineSeries()
    pen = QPen(QColor(colour), width)
    if dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    series.setPen(pen)
    return series


def fill_bars(bars: QBarSet, values: list[float]) -> None:
    """Set a bar set's values, changing only those that changed."""
    if bars.count() != len(values):
        bars.remove(0, bars.count())
        bars.append(values)
        return
    for index, value in enumerate(values):
        if bars.at(index) != value:
            bars.replace(index, value)


class HourChart(BoardChart):
    """Today's orders per hour: paid (bars) and packed (bars) against the plan's five waves (line)."""

    def __init__(self, parent=None) -> None:
        super().__init__("hourChart", parent)
        self.paid, self.packed = bar_set(PAID), bar_set(PACKED)
        self.bars = QBarSeries()
        self.bars.append([self.paid, self.packed])
        self.bars.setBarWidth(0.85)
        self.plan = line_series(PLAN, 3)
        self.x = self.axis(QCategoryAxis(), Qt.AlignmentFlag.AlignBottom)   # bar n stands at n
        self.x.setRange(-0.5, 23.5)
        self.x.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        for hour in range(0, 24, 3):
            self.x.append(f"{hour}", hour)
        self.x.setGridLineVisible(False)
        self.y = self.axis(QValueAxis(), Qt.AlignmentFlag.AlignLeft)
        self.y.setLabelFormat("%d")
        self.add(self.bars, self.x, self.y)
        self.add(self.plan, self.x, self.y)

    def retranslate(self) -> None:
        self.paid.setLabel(self.tr("Paid"))
        self.packed.setLabel(self.tr("Packed"))
        snap = self.snapshot
        if snap is None:
            self.chart_.setTitle(self.tr("Orders per hour today"))
            return
        plan = arg(self.tr("Plan (projected): %1"), f"{snap.plan.total:,}") if snap.plan.projected else \
            arg(self.tr("Plan: %1"), f"{snap.plan.total:,}")
        self.plan.setName(plan)
        self.chart_.setTitle(arg(self.tr("Orders per hour today: %1 paid, %2 packed"),
                                 f"{snap.paid_today:,}", f"{snap.packed_today:,}"))
        fill_bars(self.paid, [h.paid for h in snap.hours])
        fill_bars(self.packed, [h.packed for h in snap.hours])
        # The plan as steps: flat across each hour, as the bars stand.
        self.plan.replace([QPointF(h.hour + side, h.plan) for h in snap.hours for side in (-0.5, 0.5)])
        scale_to(self.y, [v for h in snap.hours for v in (h.paid, h.packed, h.plan)])


class StageChart(BoardChart):
    """Orders waiting per stage of the flow, top to bottom, the number in each stage's name."""

    def __init__(self, parent=None) -> None:
        super().__init__("stageChart", parent)
        # One set per colour, stacked: each stage shows one bar in its own colour.
        self.waiting, self.exceptions, self.shipped = bar_set(WAITING), bar_set(EXCEPTION), bar_set(PACKED)
        self.bars = QHorizontalStackedBarSeries()
        self.bars.append([self.waiting, self.exceptions, self.shipped])
        self.bars.setBarWidth(0.7)
        self.y = self.axis(QBarCategoryAxis(), Qt.AlignmentFlag.AlignLeft)
        self.y.setGridLineVisible(False)
        self.y.setTruncateLabels(False)      # the stage's name and count are the point: the bars give way
        self.x = self.axis(QValueAxis(), Qt.AlignmentFlag.AlignBottom)
        self.x.setLabelFormat("%d")
        self.add(self.bars, self.x, self.y)
        self.chart_.legend().hide()

    def stage_names(self) -> dict[str, str]:
        return {"review": self.tr("To review"), "exception": self.tr("Exceptions"), "ready": self.tr("Ready"),
                "picking": self.tr("In wave / picking"), "packing": self.tr("Packing"),
                "packed": self.tr("Awaiting handover"), "shipped": self.tr("Shipped today")}

    def labels(self) -> list[str]:
        return self.y.categories()

    def retranslate(self) -> None:
        snap = self.snapshot
        if snap is None:
            self.chart_.setTitle(self.tr("Orders waiting per stage"))
            return
        self.chart_.setTitle(arg(self.tr("Orders waiting per stage: %1"), f"{snap.backlog:,}"))
        names = self.stage_names()
        stages = list(reversed(snap.stages))    # the first stage on top
        labels = [f"{names[s.code]}  {s.orders:,}" for s in stages]
        if labels != self.y.categories():
            self.y.clear()
            self.y.append(labels)
        fill_bars(self.waiting, [s.orders if s.code not in ("exception", "shipped") else 0 for s in stages])
        fill_bars(self.exceptions, [s.orders if s.code == "exception" else 0 for s in stages])
        fill_bars(self.shipped, [s.orders if s.code == "shipped" else 0 for s in stages])
        scale_to(self.x, [s.orders for s in stages], ticks=3)


class BurnChart(BoardChart):
    """Orders not shipped yet over time, the forecast at the last hour's rate (dashed) and the
    72-hour limit of the oldest waiting order (red upright)."""

    def __init__(self, parent=None) -> None:
        super().__init__("burnChart", parent)
        self.actual = line_series(PAID, 3)
        self.forecast = line_series(PLAN, 3, dashed=True)
        self.limit = line_series(LIMIT, 3)
        self.x = self.axis(QDateTimeAxis(), Qt.AlignmentFlag.AlignBottom)
        self.y = self.axis(QValueAxis(), Qt.AlignmentFlag.AlignLeft)
        self.y.setLabelFormat("%d")
        for series in (self.actual, self.forecast, self.limit):
            self.add(series, self.x, self.y)

    def span(self) -> tuple[datetime, datetime, timedelta]:
        """From the first point to the limit or the forecast finish (at most a day past the limit),
        widened to whole ticks: days on a span of days, else every three or six hours."""
        burn = self.snapshot.burn
        start = burn.points[0][0]
        end = max([self.snapshot.at + timedelta(hours=1)] + [t for t in (burn.limit, burn.finish) if t is not None])
        if burn.limit is not None:
            end = min(end, burn.limit + timedelta(hours=24))
        step = next(s for s in (timedelta(hours=3), timedelta(hours=6), timedelta(days=1), timedelta(days=2))
                    if (end - start) / s <= 6)
        midnight = start.replace(hour=0, minute=0, second=0, microsecond=0)
        start = midnight + step * math.floor((start - midnight) / step)
        end = start + step * math.ceil((end - start) / step)
        return start, end, step

    def retranslate(self) -> None:
        self.actual.setName(self.tr("Not shipped"))
        self.forecast.setName(self.tr("Forecast"))
        snap = self.snapshot
        if snap is None:
            self.chart_.setTitle(self.tr("Burn-down"))
            self.limit.setName(self.tr("72 h limit"))
            return
        burn = snap.burn
        self.chart_.setTitle(arg(self.tr("Burn-down: %1 orders not shipped"), f"{burn.remaining:,}"))
        top, ticks = nice_scale(max([10] + [n for _, n in burn.points]) * 1.05)
        self.actual.replace([QPointF(_ms(at), n) for at, n in burn.points])
        self.forecast.replace([QPointF(_ms(snap.at), burn.remaining), QPointF(_ms(burn.finish), 0)]
                              if burn.finish is not None and burn.remaining else [])
        if burn.limit is not None:
            self.limit.setName(arg(self.tr("72 h limit %1"), burn.limit.strftime("%m-%d %H:%M")))
            self.limit.replace([QPointF(_ms(burn.limit), 0), QPointF(_ms(burn.limit), top)])
        else:
            self.limit.setName(self.tr("72 h limit"))
            self.limit.clear()
        start, end, step = self.span()
        self.x.setRange(QDateTime(start), QDateTime(end))
        self.x.setTickCount(round((end - start) / step) + 1)
        self.x.setFormat("MM-dd" if step >= timedelta(days=1) else "HH:mm")
        self.y.setRange(0, top)
        self.y.setTickCount(ticks)


def _ms(at: datetime) -> float:
    return float(QDateTime(at).toMSecsSinceEpoch())


class CarrierChart(BoardChart):
    """Each carrier's parcels today (on waves and assigned) against its capacity, with the share used."""

    def __init__(self, parent=None) -> None:
        super().__init__("carrierChart", parent)
        self.load, self.capacity = bar_set(PAID), bar_set(CAPACITY)
        self.bars = QBarSeries()
        self.bars.append([self.load, self.capacity])
        self.bars.setLabelsVisible(True)
        self.bars.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        self.bars.setLabelsFormat("@value")
        self.x = self.axis(QBarCategoryAxis(), Qt.AlignmentFlag.AlignBottom)
        self.x.setGridLineVisible(False)
        self.x.setTruncateLabels(False)
        self.y = self.axis(QValueAxis(), Qt.AlignmentFlag.AlignLeft)
        self.y.setLabelFormat("%d")
        self.add(self.bars, self.x, self.y)

    def set_scale(self, scale: style.Scale) -> None:
        super().set_scale(scale)
        for bars in (self.load, self.capacity):
            bars.setLabelFont(style.font(scale.px(SIZE_AXIS)))

    def label(self, carrier: CarrierLoad) -> str:
        if not carrier.active:
            return arg(self.tr("%1 (out)"), carrier.code)
        used = carrier.utilization
        return carrier.code if used is None else f"{carrier.code} {used:.0%}"

    def retranslate(self) -> None:
        self.load.setLabel(self.tr("Parcels today"))
        self.capacity.setLabel(self.tr("Capacity"))
        snap = self.snapshot
        self.chart_.setTitle(self.tr("Carrier load against capacity"))
        if snap is None:
            return
        carriers = snap.carriers
        labels = [self.label(c) for c in carriers] or [self.tr("no carriers")]
        if labels != self.x.categories():
            self.x.clear()
            self.x.append(labels)
        fill_bars(self.load, [c.waved + c.assigned for c in carriers])
        fill_bars(self.capacity, [c.capacity or 0 for c in carriers])
        scale_to(self.y, [v * 1.1 for c in carriers for v in (c.waved + c.assigned, c.capacity or 0)], ticks=3)
