"""Which drill the stations are in: a small JSON file beside the live database.

Stations open the live database, say `whs.db`. While a drill is on, `whs.db.drill.json` beside it
names the drill database they open instead (`station_database`). The live database never learns
of the drill (DESIGN invariant 7), and removing the file — `whs drill stop` — returns every
station to live mode the next time it looks.

The pointer also carries the drill's clock: the simulated day runs `speed` times faster than the
wall clock from the moment the drill started (`CompressedClock`), so the stations' timestamps and
the surge's arrivals keep one time.
"""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from whs_app.clock import Clock, SystemClock, parse_time, stamp
from whs_app.drill.info import DrillError

POINTER_SUFFIX = ".drill.json"


class CompressedClock:
    """Drill time: `sim_start` at `wall_start`, then `speed` simulated seconds per wall second."""

    def __init__(self, sim_start: datetime, wall_start: datetime, speed: float, wall: Clock | None = None) -> None:
        if speed <= 0:
            raise ValueError(f"speed must be above 0, not {speed}")
        self.sim_start, self.wall_start, self.speed = sim_start, wall_start, speed
        self.wall = wall or SystemClock()

    def now(self) -> datetime:
        return (self.sim_start + (self.wall.now() - self.wall_start) * self.speed).replace(microsecond=0)


@dataclass(frozen=True)
class ActiveDrill:
    """What the pointer file says: the drill database and the drill's clock."""
    drill_db: str
    name: str
    mode: str                 # "scripted" (virtual floor) or "stations" (people at real stations)
    sim_start: str
    wall_start: str
    speed: float

    def clock(self, wall: Clock | None = None) -> CompressedClock:
        return CompressedClock(parse_time(self.sim_start), parse_time(self.wall_start), self.speed, wall)

    def as_dict(self) -> dict:
        return asdict(self)


def pointer_path(live_db: str | Path) -> Path:
    live_db = Path(live_db)
    return live_db.with_name(live_db.name + POINTER_SUFFIX)


def read_pointer(live_db: str | Path) -> ActiveDrill | None:
    """The active drill of this live database, or None (no pointer, or one that names no database)."""
    path = pointer_path(live_db)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        active = ActiveDrill(**data)
    except FileNotFoundError:
        return None
    except (ValueError, TypeError) as exc:
        raise DrillError(f"{path}: 演练指针文件损坏 the drill pointer file is damaged ({exc}); "
                         f"`whs drill stop` removes it") from exc
    return active if Path(active.drill_db).is_file() else None


def write_pointer(live_db: str | Path, active: ActiveDrill) -> Path:
    """Point the stations at the drill (written whole, then renamed: a station never reads half of it)."""
    path = pointer_path(live_db)
    partial = path.with_name(path.name + ".tmp")
    partial.write_text(json.dumps(active.as_dict(), ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(partial, path)
    return path


def clear_pointer(live_db: str | Path) -> bool:
    """End the drill for the stations; True when there was one."""
    try:
        pointer_path(live_db).unlink()
    except FileNotFoundError:
        return False
    return True


def station_database(live_db: str | Path) -> Path:
    """The database a station should open now: the active drill's, else the live one."""
    active = read_pointer(live_db)
    return Path(active.drill_db) if active else Path(live_db)


def new_active(drill_db: str | Path, name: str, mode: str, sim_start: datetime, speed: float,
               wall: Clock | None = None) -> ActiveDrill:
    return ActiveDrill(str(Path(drill_db).resolve()), name, mode, stamp(sim_start),
                       stamp((wall or SystemClock()).now()), speed)
