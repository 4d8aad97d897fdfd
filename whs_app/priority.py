"""Who ships first (优先级) and on which day (截单 cut-off)."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Iterable

_EPOCH = datetime(2000, 1, 1)
_SECOND = timedelta(seconds=1)
#: Orders outside the fast-delivery regions come after every fast one.
SLOW_REGION = 10 ** 10
#: Orders without a paid time (should not happen for shippable orders) come last in their class.
UNPAID = SLOW_REGION - 1


def is_fast(province: str, city: str, regions: Iterable[str]) -> bool:
    """True when the province or city is one of the fast regions (北京 matches 北京市)."""
    return any(region and (province.startswith(region) or city.startswith(region)) for region in regions)


def priority(fast: bool, paid_at: str | None) -> int:
    """Lower ships first: fast-delivery regions first, then paid time (seconds since 2000)."""
    seconds = UNPAID if not paid_at else (datetime.fromisoformat(paid_at) - _EPOCH) // _SECOND
    return (0 if fast else SLOW_REGION) + seconds


class ShipDays:
    """The day an order ships: paid after the cut-off → the next day; never before today."""

    def __init__(self, cutoff: str, today: str) -> None:
        self.cutoff = f"{cutoff}:00"
        self.today = today
        self._next: dict[str, str] = {}

    def __call__(self, paid_at: str | None) -> str:
        if not paid_at:
            return self.today
        day = paid_at[:10]
        if paid_at[11:19] > self.cutoff:
            day = self._next.get(day) or self._next.setdefault(day, _day_after(day))
        return max(day, self.today)


def _day_after(day: str) -> str:
    return (date.fromisoformat(day) + timedelta(days=1)).isoformat()
