"""The forecast as the terminal prints it: Chinese first, English beside it."""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from whs_app.simulation.result import SimResult, StageLoad

STAGE_NAMES = {"review": "审单 review", "exceptions": "异常 exceptions", "pick": "拣货 pick", "pack": "打包 pack",
               "print": "打印 print"}


def stage_name(stage: str) -> str:
    if stage.startswith("handover "):
        return f"交接 handover {stage.split(' ', 1)[1]}"
    return STAGE_NAMES.get(stage, stage)


def forecast_text(result: "SimResult") -> str:
    start = datetime.fromisoformat(result.start)
    lines = [f"发货预测 forecast: {result.volume} 单 orders, 自 from {start:%Y-%m-%d %H:%M}; "
             f"假设 what-if: {result.what_if}"]
    if result.finish_h is None:
        lines.append(f"未发完 NOT FINISHED: {result.unshipped} 单到期末仍未交接 orders still not handed over "
                     f"at the end of the run — 超过 {result.limit_h:g} 小时 beyond the {result.limit_h:g}-hour limit ✗")
    else:
        verdict = (f"{result.limit_h:g} 小时内 within the {result.limit_h:g}-hour limit ✓" if result.within_limit
                   else f"超过 {result.limit_h:g} 小时 beyond the {result.limit_h:g}-hour limit ✗")
        lines.append(f"最后一单交接 last parcel handed over: {_at(start, result.finish_h)} — {verdict}")
    lines.append(f"  最后付款 last paid {_at(start, result.last_arrival_h)} · "
                 f"最后打包 last packed {_at(start, result.last_packed_h)}")
    lines.append(f"已交接 shipped {result.shipped} · 取消 cancelled {result.cancelled} · "
                 f"未交接 not shipped {result.unshipped} · 超72小时 late {result.late}")
    if result.bottleneck:
        load = result.stage(result.bottleneck)
        lines.append(f"瓶颈 bottleneck: {stage_name(load.stage)} (利用率 utilisation {load.utilisation:.0%})")
    lines.append(f"每工作小时 per working hour: 需要 needed {result.needed_per_hour:g} 单 orders · "
                 f"实际打包 packed {result.packed_per_hour:g}")
    lines.append(f"{'环节 stage':<20}{'利用率 util':>12}{'积压峰值 peak backlog':>24}{'平均停留 mean time':>20}")
    lines += [_stage_row(load) for load in result.stages]
    lines.append("快递 carriers:")
    for carrier in result.carriers:
        last = "-" if carrier.last_pickup_h is None else f"+{carrier.last_pickup_h:.1f} h"
        lines.append(f"  {carrier.code:<5} 包裹 parcels {carrier.parcels:>6} · 已揽收 shipped {carrier.shipped:>6} · "
                     f"利用率 util {carrier.utilisation:>4.0%} · 末次揽收 last pickup {last}")
    p = result.printers
    lines.append(f"打印机 printers: {p.printers} 台 · 标签 labels {p.labels} · 换纸 roll changes {p.roll_changes} · "
                 f"故障 faults {p.faults} · 转打 failovers {p.failovers} · 停机 down {p.down_hours:g} h")
    return "\n".join(lines)


def _stage_row(load: "StageLoad") -> str:
    peak = f"{load.peak_backlog} (+{load.peak_at_h:.1f} h)" if load.peak_backlog else "0"
    return f"  {_pad(stage_name(load.stage), 18)}{load.utilisation:>12.0%}{peak:>24}{load.mean_hours:>18.2f} h"


def _pad(text: str, width: int) -> str:
    """Left-justify counting a CJK character as two columns, as a terminal shows it."""
    shown = sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)
    return text + " " * max(0, width - shown)


def _at(start: datetime, hours: float | None) -> str:
    if hours is None:
        return "-"
    return f"{start + timedelta(hours=hours):%m-%d %H:%M} (+{hours:.1f} h)"
