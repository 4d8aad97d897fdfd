"""The day's plan: orders per hour shaped like the five Double 11 sales waves (DESIGN.md).

The total is the warehouse's own forecast (setting `planned_orders`, 预估单量). Without one the
board projects it from the orders paid so far: if the waves behind us brought 45% of the day
and 4,500 orders came, the day will bring about 10,000.
"""
from __future__ import annotations

from dataclasses import dataclass

from whs_app.synthetic import DOUBLE_11_WAVES

Waves = tuple[tuple[float, float, float], ...]   # (start hour, length in hours, share of the day)


def share_by(hours: float, waves: Waves = DOUBLE_11_WAVES) -> float:
    """The share of the day's orders paid in the first `hours` after midnight."""
    return sum(share * min(max((hours - start) / length, 0.0), 1.0) for start, length, share in waves)


def hour_shares(waves: Waves = DOUBLE_11_WAVES) -> tuple[float, ...]:
    """The share of the day's orders paid in each of its 24 hours."""
    return tuple(share_by(hour + 1, waves) - share_by(hour, waves) for hour in range(24))


@dataclass(frozen=True)
class DayPlan:
    total: int            # orders the day should bring
    projected: bool       # True: no forecast set, projected from the orders paid so far

    def per_hour(self) -> tuple[float, ...]:
        return tuple(self.total * share for share in hour_shares())


def day_plan(planned_orders: int, paid_so_far: int, hours_elapsed: float) -> DayPlan:
    """The forecast when there is one, else the day projected from what the hours gone brought."""
    if planned_orders > 0:
        return DayPlan(planned_orders, projected=False)
    expected = share_by(hours_elapsed)
    return DayPlan(round(paid_so_far / expected) if expected > 0 else 0, projected=True)
