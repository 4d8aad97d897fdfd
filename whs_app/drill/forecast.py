"""The real day forecast from a drill's measured rates: finish time against the 72-hour limit,
people, printers and consumables.

- Volume: the live database's normal daily orders × 3 × 0.8 (DESIGN.md), or the drill's own, or
  a number given.
- People: orders ÷ per-person daily rate, where the daily rate is the measured hourly rate times
  the floor's working hours (Rates.work_hours: 16 h gives DESIGN.md's 400–550 orders a day at
  25–35 an hour).
- Finish: with the drill's crew, the day's orders at the slowest staffed stage's capacity, worked
  in the working hours of each day from midnight of the day.
- Printers: one label printer per packer, or enough to print every label within two days (the
  merchants' playbook: 常规控制在两天内全部打单完毕), whichever is more; then consumables, all with
  the 10–20% spare DESIGN.md keeps (MARGIN).
"""
from __future__ import annotations

import math
from dataclasses import asdict, dataclass

from whs_app.drill.info import peak_volume
from whs_app.drill.measure import Figures
from whs_app.simulation.rates import Rates

LIMIT_H = 72.0
MARGIN = 0.15                 # 10–20% spare printers and consumables (DESIGN.md)
PRINT_WITHIN_DAYS = 2         # merchants' playbook: every label printed within two days
LABEL_PITCH_M = 0.153         # assumed: a 150 mm label and its 3 mm gap on the roll / ribbon
RIBBON_M = 300.0              # assumed: a 110 mm × 300 m thermal-transfer ribbon


@dataclass(frozen=True)
class Forecast:
    volume: int
    work_hours_per_day: float
    packer_rate_h: float
    picker_rate_h: float
    packer_daily: float
    picker_daily: float
    packers_one_day: int          # to pack the whole day's orders in one working day
    pickers_one_day: int
    packers_72h: int              # to pack them within the 72-hour limit
    pickers_72h: int
    crew_packers: int
    crew_pickers: int
    capacity_h: float             # orders an hour the drill's crew does at its slowest stage
    finish_h: float | None        # hours from midnight of the day until the last order is packed
    within_limit: bool
    labels: int
    printers: int
    label_rolls: int
    ribbons: int
    margin: float

    def as_dict(self) -> dict:
        return asdict(self)

    def as_text(self) -> str:
        finish = "∞" if self.finish_h is None else f"{self.finish_h:.1f} h"
        verdict = "✓ 72 小时内 within 72 h" if self.within_limit else "✗ 超过 72 小时 OVER the 72-hour limit"
        return "\n".join([
            f"预测 forecast for {self.volume} orders (打包 packers {self.crew_packers}, 拣货 pickers {self.crew_pickers}):",
            f"  完成 finish {finish} after 00:00 of the day — {verdict}",
            f"  打包员 packers: {self.packer_rate_h:.1f}/h × {self.work_hours_per_day:g} h = {self.packer_daily:.0f}"
            f" a day → {self.packers_one_day} for one day, {self.packers_72h} within 72 h",
            f"  拣货员 pickers: {self.picker_rate_h:.1f}/h → {self.pickers_one_day} for one day,"
            f" {self.pickers_72h} within 72 h",
            f"  打印机 printers {self.printers}, 面单 labels {self.labels}, 面单卷 label rolls {self.label_rolls},"
            f" 碳带 ribbons {self.ribbons} (含 {self.margin:.0%} 备用 spare)",
        ])


def forecast(figures: Figures, rates: Rates, volume: int | None = None, margin: float = MARGIN) -> Forecast:
    info = figures.info
    volume = volume or (peak_volume(info.normal_daily) if info.normal_daily else info.orders)
    start, end = rates.work_hours
    hours = end - start
    packers = max(len(figures.packers), 1)
    pick = next((s for s in figures.stages if s.name == "pick"), None)
    pickers = max(len(figures.pickers), 1)
    packer_rate = figures.pack_capacity_h / packers if figures.packers else 0.0
    picker_rate = (pick.capacity_h / pickers) if pick and pick.capacity_h else 0.0
    capacity = min(rate for rate in (figures.pack_capacity_h, pick.capacity_h if pick else None) if rate) \
        if packer_rate or picker_rate else 0.0
    finish = _finish_h(volume / capacity, start, end) if capacity else None
    labels = math.ceil(volume * figures.parcels_per_order)
    label_rate = 3600 / max(rates.printer.print_per_label.mean_s, 0.1)
    printers = max(math.ceil(volume / max(packer_rate * hours * 3, 1)) if packer_rate else 1,
                   math.ceil(labels / (label_rate * hours * PRINT_WITHIN_DAYS)))
    spare = 1 + margin
    return Forecast(
        volume, hours, round(packer_rate, 1), round(picker_rate, 1), round(packer_rate * hours, 1),
        round(picker_rate * hours, 1), _people(volume, packer_rate * hours), _people(volume, picker_rate * hours),
        _people(volume, packer_rate * hours * 3), _people(volume, picker_rate * hours * 3), packers, pickers,
        round(capacity, 1), None if finish is None else round(finish, 1), finish is not None and finish <= LIMIT_H,
        labels, math.ceil(printers * spare), math.ceil(labels * spare / rates.printer.labels_per_roll),
        math.ceil(labels * spare * LABEL_PITCH_M / RIBBON_M), margin)


def _people(volume: int, daily: float) -> int:
    return math.ceil(volume / daily) if daily else 0


def _finish_h(work_hours: float, start: float, end: float) -> float:
    """Calendar hours from midnight to get `work_hours` of work done in [start, end) each day."""
    per_day = end - start
    days = math.floor(work_hours / per_day - 1e-9) if work_hours > 0 else 0
    return days * 24 + start + (work_hours - days * per_day)
