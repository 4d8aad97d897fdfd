"""Warehouse settings: typed, with defaults, stored in the settings table."""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from whs_app.store import Store

PACK_MODES = ("bench", "batch")


@dataclass(frozen=True)
class WarehouseSettings:
    #: bench: the label prints when verification completes; batch: waybills print with the
    #: pick list (先打单后验货) and the packer opens a parcel by scanning its waybill.
    pack_mode: str = "bench"
    #: When true an order must be on a wave whose pick is confirmed before it can be packed.
    pack_requires_pick: bool = False
    #: 合单: ready orders of one shop, buyer and address ship as one parcel.
    merge_orders: bool = True
    #: 截单: orders paid after this time wait for the next day's first wave.
    cutoff_time: str = "16:00"
    #: Share of a hot SKU's stock held back from review (reserve for exchanges and mistakes).
    hot_reserve_share: float = 0.10
    max_wave_size: int = 200
    fast_regions: tuple[str, ...] = ("北京", "上海", "广州", "深圳", "杭州")
    message_keywords: tuple[str, ...] = (
        "换货", "追单", "改地址", "地址有误", "地址错", "退款", "取消", "不要了", "别发", "缓发",
        "改规格", "换尺码", "换颜色", "改颜色", "改尺码",
    )
    #: Carrier code used when the order's shop has no default carrier.
    default_carrier: str | None = None
    #: At a station with a label printer, the packer scans each label just printed before the
    #: next order opens (a wrong label is refused either way).
    label_confirm_required: bool = True
    #: Releasing a wave queues its pick list (拣货单) on the releasing station's pick-list printer.
    pick_list_on_release: bool = False
    #: 预估单量: the orders expected on the peak day, the plan the monitoring board measures the
    #: hours against (shaped like the five Double 11 waves); 0: projected from the orders paid so far.
    planned_orders: int = 0

    @classmethod
    def load(cls, store: "Store") -> "WarehouseSettings":
        stored = store.settings.all()
        values = {}
        for f in fields(cls):
            if f.name in stored:
                value = stored[f.name]
                values[f.name] = tuple(value) if isinstance(value, list) else value
        return cls(**values)

    def save(self, store: "Store") -> None:
        for key, value in asdict(self).items():
            store.settings.set(key, list(value) if isinstance(value, tuple) else value)

    def with_value(self, key: str, text: str) -> "WarehouseSettings":
        """A copy with one setting parsed from text (the CLI's `settings set`), validated."""
        kinds = {f.name: f.type for f in fields(self)}
        if key not in kinds:
            raise ValueError(f"unknown setting {key!r}; known: {', '.join(sorted(kinds))}")
        current = getattr(self, key)
        value: Any
        if isinstance(current, bool):
            if text.lower() not in ("true", "false", "1", "0", "yes", "no", "是", "否"):
                raise ValueError(f"{key}: expected true or false, got {text!r}")
            value = text.lower() in ("true", "1", "yes", "是")
        elif isinstance(current, int):
            value = int(text)
        elif isinstance(current, float):
            value = float(text)
        elif isinstance(current, tuple):
            value = tuple(part.strip() for part in text.split(",") if part.strip())
        else:
            value = text or None
        updated = type(self)(**{**asdict(self), key: value})
        updated.validate()
        return updated

    def validate(self) -> None:
        if self.pack_mode not in PACK_MODES:
            raise ValueError(f"pack_mode must be one of {', '.join(PACK_MODES)}, not {self.pack_mode!r}")
        if not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", self.cutoff_time):
            raise ValueError(f"cutoff_time must be HH:MM, not {self.cutoff_time!r}")
        if not 0 <= self.hot_reserve_share < 1:
            raise ValueError("hot_reserve_share must be at least 0 and below 1")
        if self.max_wave_size < 1:
            raise ValueError("max_wave_size must be at least 1")
        if self.planned_orders < 0:
            raise ValueError("planned_orders must be 0 (no plan) or more")
