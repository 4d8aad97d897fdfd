"""The figure record every benchmark prints, and the registry the runner reads."""
from __future__ import annotations

import json
from fnmatch import fnmatch
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator


@dataclass(frozen=True)
class Figure:
    name: str
    value: float
    unit: str
    goal: str
    ok: bool

    def to_json(self) -> str:
        return json.dumps(
            {"name": self.name, "value": round(self.value, 4), "unit": self.unit,
             "goal": self.goal, "ok": bool(self.ok)},
            ensure_ascii=False,
        )


def at_most(name: str, value: float, unit: str, limit: float) -> Figure:
    return Figure(name, value, unit, f"<= {limit:g} {unit}".strip(), value <= limit)


def at_least(name: str, value: float, unit: str, limit: float) -> Figure:
    return Figure(name, value, unit, f">= {limit:g} {unit}".strip(), value >= limit)


def report(name: str, value: float, unit: str) -> Figure:
    """A figure measured for information, with no goal of its own."""
    return Figure(name, value, unit, "report", True)


def latency_figures(prefix: str, latencies_ms: list[float], p99_goal_ms: float) -> list[Figure]:
    """`<prefix>_p99_ms` against its goal, the median as a report, and how many were measured."""
    ordered = sorted(latencies_ms)
    p99 = ordered[max(int(len(ordered) * 0.99) - 1, 0)]
    return [at_most(f"{prefix}_p99_ms", p99, "ms", p99_goal_ms),
            report(f"{prefix}_median_ms", ordered[len(ordered) // 2], "ms"),
            report(f"{prefix}_measured", len(ordered), "samples")]


@dataclass(frozen=True)
class Benchmark:
    """One measurement run that yields one or more named figures."""
    names: tuple[str, ...]
    run: Callable[[], Iterable[Figure]]


def matches(figure_name: str, wanted: set[str]) -> bool:
    """True when no name was asked for, or the figure is one of them (globs allowed)."""
    return not wanted or any(fnmatch(figure_name, pattern) for pattern in wanted)


def select(benchmarks: Iterable[Benchmark], wanted: set[str]) -> Iterator[Benchmark]:
    """Benchmarks that make at least one wanted figure (their names may be globs themselves)."""
    for bench in benchmarks:
        if not wanted or any(fnmatch(declared, pattern) or fnmatch(pattern, declared)
                             for declared in bench.names for pattern in wanted):
            yield bench
