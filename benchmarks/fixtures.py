"""Generated databases for the benchmarks, built once and cached under benchmarks/.cache/."""
from __future__ import annotations

import random
import shutil
from pathlib import Path
from typing import Callable

from whs_app.clock import ManualClock
from whs_app.store import Store

CACHE = Path(__file__).resolve().parent / ".cache"
DAY = "2026-11-11 00:00:00"


def cached_db(name: str, build: Callable[[Store, ManualClock, random.Random], None]) -> Path:
    """The path of a cached template DB, building it first when missing (atomically)."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"{name}.db"
    if not path.exists():
        partial = CACHE / f"{name}.partial.db"
        for leftover in CACHE.glob(f"{name}.partial.db*"):
            leftover.unlink()
        with Store.open(partial) as store:
            build(store, ManualClock(DAY), random.Random(20261111))
            store.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        partial.rename(path)
    return path


def fresh_copy(template: Path, workdir: Path) -> Path:
    """A throwaway copy of a template DB, so every timed run starts from the same state."""
    target = workdir / template.name
    shutil.copyfile(template, target)
    return target
