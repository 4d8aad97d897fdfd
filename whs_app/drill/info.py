"""What a drill database says about itself: its name, its day and its surge, under the `drill` setting."""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields

from whs_app.store import Store
from whs_app.store.settings import DRILL_KEY, drill_flag

#: Peak-day volume from a normal day's (DESIGN.md): normal daily orders × 3 × 0.8.
PEAK_FACTOR = 3 * 0.8


class DrillError(Exception):
    """A drill step that cannot be done; the message says what and why (nothing was changed)."""


@dataclass(frozen=True)
class DrillInfo:
    name: str
    description: str
    live_db: str
    created_at: str           # wall time the drill database was made
    day: str                  # the simulated day, YYYY-MM-DD: the surge arrives over it
    orders: int               # the surge's volume
    normal_daily: int | None  # the live database's normal daily orders, when it had any
    seed: int

    def as_dict(self) -> dict:
        return asdict(self)


def peak_volume(normal_daily: int) -> int:
    return round(normal_daily * PEAK_FACTOR)


def load_info(store: Store) -> DrillInfo:
    """The drill this database holds; DrillError when it is not a drill database."""
    value = store.settings.get(DRILL_KEY)
    if not drill_flag(value):
        raise DrillError(f"{store.path}: 不是演练数据库 not a drill database (it has no `drill` setting); "
                         "make one with `whs drill new`")
    if not isinstance(value, dict):
        raise DrillError(f"{store.path}: 演练数据库没有演练说明 marked as a drill but not made by `whs drill new`")
    known = {f.name for f in fields(DrillInfo)}
    return DrillInfo(**{k: v for k, v in value.items() if k in known})


def save_info(store: Store, info: DrillInfo) -> None:
    store.settings.set(DRILL_KEY, info.as_dict())
