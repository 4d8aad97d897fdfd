"""The burn-down: orders not shipped yet over time, and when the rest will be done at the recent
rate, against the 72-hour limit (everything ships within 72 hours of payment, DESIGN.md).

The past is worked out backwards from the orders waiting now: an hour ago there were as many, less
the orders paid since, plus the orders shipped since. The forecast packs what is not packed yet
at the rate of the last hour; packed parcels leave with their carrier's next pickup. The limit is
the oldest waiting order's: it was paid first, so when it makes its 72 hours all the others do.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Sequence

LIMIT = timedelta(hours=72)
RATE_WINDOW = timedelta(hours=1)


@dataclass(frozen=True)
class BurnDown:
    points: tuple[tuple[datetime, int], ...]   # orders not shipped yet at each hour, the last one now
    remaining: int               # orders not shipped now
    to_pack: int                 # of those, not packed yet
    rate: float                  # orders packed per hour, over the last hour
    finish: datetime | None      # when all is packed at that rate (now when nothing is left); None: no rate
    limit: datetime | None       # the oldest waiting order's 72 hours end; None: nothing waits
    overdue: int = 0             # orders waiting longer than 72 hours already

    @property
    def beats_limit(self) -> bool | None:
        """Whether the forecast finish is within the limit; None when there is no forecast."""
        if self.overdue:
            return False
        if self.limit is None:
            return True
        if self.finish is None:
            return None
        return self.finish <= self.limit

    @property
    def margin(self) -> timedelta | None:
        """How long before the limit the forecast finishes (negative: after it)."""
        if self.limit is None or self.finish is None:
            return None
        return self.limit - self.finish


def burn_down(now: datetime, hours: Sequence[datetime], paid: Sequence[int], shipped: Sequence[int],
              remaining: int, to_pack: int, packed_recently: int, oldest_paid: datetime | None,
              overdue: int = 0) -> BurnDown:
    """`hours` are the starts of the hours from the window's start to now's; `paid` and `shipped`
    count the orders (that still ship) paid and shipped in each of them, up to now."""
    points, level = [(now, remaining)], remaining
    for start, came, went in zip(reversed(hours), reversed(paid), reversed(shipped)):
        level = level - came + went
        if start < now:
            points.append((start, max(level, 0)))
    rate = packed_recently / (RATE_WINDOW / timedelta(hours=1))
    if to_pack == 0:
        finish: datetime | None = now
    elif rate > 0:
        finish = now + timedelta(hours=to_pack / rate)
    else:
        finish = None
    limit = oldest_paid + LIMIT if oldest_paid is not None else None
    return BurnDown(tuple(reversed(points)), remaining, to_pack, rate, finish, limit, overdue)
