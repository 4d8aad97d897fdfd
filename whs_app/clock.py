"""Injected time. Services never call datetime.now(); the drill runs faster than the wall clock.

All timestamps are naive local warehouse time, stored as 'YYYY-MM-DD HH:MM:SS' text.
"""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import Protocol

TIME_FORMAT = "%Y-%m-%d %H:%M:%S"


class Clock(Protocol):
    def now(self) -> datetime: ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now().replace(microsecond=0)


class ManualClock:
    """A clock that moves only when told to (tests, simulations)."""

    def __init__(self, start: datetime | str = "2026-11-11 00:00:00") -> None:
        self._now = parse_time(start) if isinstance(start, str) else start

    def now(self) -> datetime:
        return self._now

    def advance(self, **delta: float) -> datetime:
        self._now += timedelta(**delta)
        return self._now

    def set(self, when: datetime | str) -> None:
        self._now = parse_time(when) if isinstance(when, str) else when


def stamp(when: datetime) -> str:
    return when.strftime(TIME_FORMAT)


def parse_time(text: str) -> datetime:
    return datetime.strptime(text, TIME_FORMAT)
