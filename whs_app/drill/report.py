"""The drill report: a PDF (reportlab, with charts) and a CSV, and two drills side by side.

The CSV is long-form — section, item, metric, value, unit — one figure a row, so two drills'
CSVs line up and any spreadsheet can pivot them. The PDF shows the same figures for people:
throughput against the plan, per packer and per stage, the bottleneck, error rates, fault
recovery times and the forecast of the real day.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from labels.fonts import reportlab_font
from whs_app.drill.forecast import Forecast
from whs_app.drill.measure import Figures

Row = tuple[str, str, str, object, str]
HEADER = ("section", "item", "metric", "value", "unit")
SERIES = (colors.HexColor("#9e9e9e"), colors.HexColor("#1e88e5"), colors.HexColor("#e53935"))


@dataclass(frozen=True)
class DrillResult:
    """What a report is made of: the figures and the forecast of one drill."""
    figures: Figures
    forecast: Forecast

    @property
    def name(self) -> str:
        return self.figures.info.name


def rows(result: DrillResult) -> list[Row]:
    f, fc = result.figures, result.forecast
    out: list[Row] = [
        ("summary", "drill", "name", f.info.name, ""), ("summary", "drill", "day", f.info.day, ""),
        ("summary", "orders", "planned", f.info.orders, "orders"),
        ("summary", "orders", "arrived", f.arrived, "orders"),
        ("summary", "orders", "packed", f.packed, "orders"), ("summary", "orders", "cancelled", f.cancelled, "orders"),
        ("summary", "orders", "exceptions", f.exceptions_raised, "orders"),
        ("summary", "throughput", "last_hour", f.orders_per_hour, "orders/h"),
        ("summary", "finish", "finished_at", f.finished_at or "", ""),
        ("summary", "bottleneck", "stage", f.bottleneck or "", ""),
    ]
    out += [("stage", s.name, metric, value, unit) for s in f.stages for metric, value, unit in (
        ("done", s.done, "orders"), ("backlog", s.backlog, "orders"), ("mean_wait", s.mean_wait_min, "min"),
        ("capacity", s.capacity_h, "orders/h"))]
    out += [("packer", p.login, metric, value, unit) for p in f.packers for metric, value, unit in (
        ("station", p.station, ""), ("orders", p.orders, "orders"), ("rate", p.rate_h, "orders/h"),
        ("busy", p.busy_h, "h"), ("wrong_scans", p.wrong_scans, "scans"), ("bad_scans", p.bad_scans, "scans"),
        ("error_rate", p.error_rate, "share"))]
    out += [("picker", p.login, metric, value, unit) for p in f.pickers for metric, value, unit in (
        ("lines", p.lines, "lines"), ("rate", p.lines_h, "lines/h"), ("busy", p.busy_h, "h"))]
    out += [("fault", f"{x.id} {x.fault} {x.target}".strip(), metric, value, unit) for x in f.faults
            for metric, value, unit in (("at", x.at, ""), ("recovered_at", x.recovered_at or "", ""),
                                        ("recovery", x.recovery_min, "min"))]
    out += [("printer", p["printer"], metric, p[metric], "jobs") for p in f.printers
            for metric in ("jobs", "printed", "waiting", "failed", "drill_marked")]
    out += [("carrier", c["carrier"], metric, c[metric], unit) for c in f.carriers
            for metric, unit in (("parcels", "parcels"), ("daily_capacity", "parcels"), ("load", "share"))]
    out += [("forecast", "day", key, value, _FORECAST_UNITS.get(key, "")) for key, value in fc.as_dict().items()]
    return out


_FORECAST_UNITS = {"volume": "orders", "work_hours_per_day": "h", "packer_rate_h": "orders/h",
                   "picker_rate_h": "orders/h", "packer_daily": "orders/day", "picker_daily": "orders/day",
                   "capacity_h": "orders/h", "finish_h": "h", "margin": "share"}


def csv_text(table: list[tuple], header: tuple[str, ...] = HEADER) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(["" if value is None else value for value in row] for row in table)
    return buffer.getvalue()


def write_csv(path: str | Path, result: DrillResult) -> Path:
    path = Path(path)
    path.write_text(csv_text(rows(result)), encoding="utf-8-sig")   # BOM: Excel reads it as UTF-8
    return path


# -- the PDF ----------------------------------------------------------------------------------
class _Styles:
    def __init__(self) -> None:
        font = reportlab_font()
        self.font = font
        self.title = ParagraphStyle("title", fontName=font, fontSize=18, leading=24, spaceAfter=6)
        self.heading = ParagraphStyle("heading", fontName=font, fontSize=13, leading=18, spaceBefore=8, spaceAfter=4)
        self.body = ParagraphStyle("body", fontName=font, fontSize=9.5, leading=13)

    def table(self, data: list[list], widths: list[float] | None = None) -> Table:
        table = Table([[("" if v is None else str(v)) for v in row] for row in data], colWidths=widths, repeatRows=1)
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), self.font, 8.5), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
            ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#bbbbbb")), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        return table


def write_pdf(path: str | Path, result: DrillResult) -> Path:
    styles = _Styles()
    f, fc = result.figures, result.forecast
    story = [Paragraph(f"发货演练报告 Drill report: {f.info.name}", styles.title),
             Paragraph(f"演练 DRILL — {f.info.description or ''} day {f.info.day}, clock {f.now}; "
                       f"{f.packed}/{f.arrived} orders packed; bottleneck 瓶颈: <b>{f.bottleneck or '-'}</b>",
                       styles.body),
             Paragraph("每小时订单 Orders per hour: plan, arrived, packed", styles.heading),
             _hourly_chart(f, styles.font),
             Paragraph("环节 Stages", styles.heading),
             styles.table([["stage", "done", "backlog", "mean wait min", "capacity orders/h"]] +
                          [[s.name, s.done, s.backlog, s.mean_wait_min, s.capacity_h] for s in f.stages]),
             _bar_chart("环节产能 Stage capacity, orders/h", [(s.name, s.capacity_h) for s in f.stages if s.capacity_h],
                        styles.font),
             Paragraph("打包员 Packers", styles.heading),
             styles.table([["packer", "station", "orders", "orders/h", "busy h", "wrong scans", "error rate",
                            "bad scans"]] + [[p.login, p.station, p.orders, p.rate_h, p.busy_h, p.wrong_scans,
                                              f"{p.error_rate:.1%}", p.bad_scans] for p in f.packers]),
             _bar_chart("打包速度 Packer rate, orders/h", [(p.login, p.rate_h) for p in f.packers], styles.font),
             Paragraph("拣货员 Pickers", styles.heading),
             styles.table([["picker", "lines", "lines/h", "busy h"]] +
                          [[p.login, p.lines, p.lines_h, p.busy_h] for p in f.pickers]),
             Paragraph("故障与恢复 Faults and recovery", styles.heading),
             styles.table([["fault", "target", "at", "recovered", "recovery min"]] +
                          [[x.label, x.target, x.at, x.recovered_at or "未恢复 not yet", x.recovery_min]
                           for x in f.faults] or [["-", "", "", "", ""]]),
             Paragraph("打印机与快递负荷 Printer and carrier load", styles.heading),
             styles.table([["printer", "jobs", "printed", "waiting", "failed", "drill marked"]] +
                          [[p["printer"], p["jobs"], p["printed"], p["waiting"], p["failed"], p["drill_marked"]]
                           for p in f.printers]),
             Spacer(1, 3 * mm),
             styles.table([["carrier", "parcels", "daily capacity", "load"]] +
                          [[c["carrier"], c["parcels"], c["daily_capacity"], c["load"]] for c in f.carriers]),
             Paragraph("真实大促预测 Forecast of the real day", styles.heading)]
    story += [Paragraph(line, styles.body) for line in fc.as_text().splitlines()]
    document = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                                 topMargin=15 * mm, bottomMargin=15 * mm, title=f"Drill report {f.info.name}")
    document.build(story)
    return Path(path)


def _hourly_chart(f: Figures, font: str) -> Drawing:
    hours = max(24, len(f.packed_per_hour))
    plan = (f.plan_per_hour * (hours // 24 + 1))[:hours] if hours > 24 else f.plan_per_hour
    plan = [value if index < 24 else 0 for index, value in enumerate(plan)]
    data = [plan, _pad(f.arrived_per_hour, hours), _pad(f.packed_per_hour, hours)]
    drawing = Drawing(180 * mm, 62 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 12 * mm, 10 * mm, 160 * mm, 46 * mm
    chart.data = data
    chart.categoryAxis.categoryNames = [str(h % 24) if h % 3 == 0 else "" for h in range(hours)]
    chart.categoryAxis.labels.fontName = chart.valueAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = chart.valueAxis.labels.fontSize = 6
    chart.valueAxis.valueMin = 0
    for index, colour in enumerate(SERIES):
        chart.bars[index].fillColor = colour
        chart.bars[index].strokeColor = None
    legend = Legend()
    legend.x, legend.y, legend.fontName, legend.fontSize = 130 * mm, 60 * mm, font, 7
    legend.alignment = "right"
    legend.colorNamePairs = list(zip(SERIES, ("计划 plan", "到达 arrived", "打包 packed")))
    drawing.add(chart)
    drawing.add(legend)
    return drawing


def _bar_chart(title: str, bars: list[tuple[str, float]], font: str) -> Drawing:
    height = max(25, 8 * len(bars) + 15)
    drawing = Drawing(180 * mm, height * mm)
    drawing.add(String(0, (height - 5) * mm, title, fontName=font, fontSize=9))
    if not bars:
        return drawing
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 25 * mm, 3 * mm, 140 * mm, (height - 12) * mm
    chart.data = [[value for _, value in bars]]
    chart.categoryAxis.categoryNames = [name for name, _ in bars]
    chart.categoryAxis.labels.fontName = chart.valueAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = SERIES[1]
    chart.barLabelFormat = "%.1f"
    chart.barLabels.fontName, chart.barLabels.fontSize = font, 7
    drawing.add(chart)
    return drawing


def _pad(values: list, size: int) -> list:
    return (list(values) + [0] * size)[:size]


# -- two drills side by side --------------------------------------------------------------------
COMPARED = (("orders packed", lambda r: r.figures.packed), ("finish (h from 00:00)", lambda r: r.figures.finish_h),
            ("bottleneck", lambda r: r.figures.bottleneck),
            ("pack capacity orders/h", lambda r: round(r.figures.pack_capacity_h, 1)),
            ("pick capacity orders/h", lambda r: _stage(r, "pick")),
            ("packers", lambda r: len(r.figures.packers)), ("pickers", lambda r: len(r.figures.pickers)),
            ("mean packer rate orders/h", lambda r: r.forecast.packer_rate_h),
            ("packer error rate", lambda r: _error_rate(r)),
            ("faults", lambda r: len(r.figures.faults)),
            ("mean recovery min", lambda r: _mean_recovery(r)),
            ("forecast finish h", lambda r: r.forecast.finish_h),
            ("forecast within 72 h", lambda r: r.forecast.within_limit),
            ("forecast packers (72 h)", lambda r: r.forecast.packers_72h),
            ("forecast pickers (72 h)", lambda r: r.forecast.pickers_72h),
            ("forecast printers", lambda r: r.forecast.printers),
            ("forecast label rolls", lambda r: r.forecast.label_rolls),
            ("forecast ribbons", lambda r: r.forecast.ribbons))


def _stage(result: DrillResult, name: str):
    return next((s.capacity_h for s in result.figures.stages if s.name == name), None)


def _error_rate(result: DrillResult) -> float:
    orders = sum(p.orders for p in result.figures.packers)
    return round(sum(p.wrong_scans for p in result.figures.packers) / orders, 4) if orders else 0.0


def _mean_recovery(result: DrillResult) -> float | None:
    times = [x.recovery_min for x in result.figures.faults if x.recovery_min is not None]
    return round(sum(times) / len(times), 1) if times else None


def comparison(a: DrillResult, b: DrillResult) -> list[tuple]:
    """(figure, a, b, change b − a where both are numbers)."""
    table = []
    for name, read in COMPARED:
        left, right = read(a), read(b)
        numeric = all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (left, right))
        table.append((name, left, right, round(right - left, 2) if numeric else ""))
    return table


def comparison_text(a: DrillResult, b: DrillResult) -> str:
    table = comparison(a, b)
    width = max(len(name) for name, *_ in table)
    lines = [f"{'':<{width}}  {a.name:>14}  {b.name:>14}  {'change':>8}"]
    lines += [f"{name:<{width}}  {_show(x):>14}  {_show(y):>14}  {_show(d):>8}" for name, x, y, d in table]
    return "\n".join(lines)


def _show(value) -> str:
    return "-" if value is None or value == "" else str(value)


def write_comparison_csv(path: str | Path, a: DrillResult, b: DrillResult) -> Path:
    path = Path(path)
    path.write_text(csv_text(comparison(a, b), ("figure", a.name, b.name, "change")), encoding="utf-8-sig")
    return path


def write_comparison_pdf(path: str | Path, a: DrillResult, b: DrillResult) -> Path:
    styles = _Styles()
    table = comparison(a, b)
    story = [Paragraph(f"演练对比 Drills compared: {a.name} / {b.name}", styles.title),
             styles.table([["figure", a.name, b.name, "change"]] + [list(row) for row in table]),
             Spacer(1, 4 * mm),
             _grouped_chart(a, b, styles.font)]
    SimpleDocTemplate(str(path), pagesize=A4, title=f"Drills {a.name} vs {b.name}").build(story)
    return Path(path)


def _grouped_chart(a: DrillResult, b: DrillResult, font: str) -> Drawing:
    names = ["pack", "pick"]
    data = [[_stage(r, name) or 0 for name in names] for r in (a, b)]
    drawing = Drawing(170 * mm, 60 * mm)
    drawing.add(String(0, 55 * mm, "环节产能 Stage capacity orders/h", fontName=font, fontSize=9))
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 15 * mm, 8 * mm, 120 * mm, 42 * mm
    chart.data = data
    chart.categoryAxis.categoryNames = names
    chart.categoryAxis.labels.fontName = chart.valueAxis.labels.fontName = font
    chart.valueAxis.valueMin = 0
    for index in range(2):
        chart.bars[index].fillColor = SERIES[index + 1]
    legend = Legend()
    legend.x, legend.y, legend.fontName, legend.fontSize = 140 * mm, 45 * mm, font, 8
    legend.colorNamePairs = [(SERIES[1], a.name), (SERIES[2], b.name)]
    drawing.add(chart)
    drawing.add(legend)
    return drawing
