"""Drill mode as calls: what the `whs drill` commands and the Drill screen do.

    info = new_drill(live, clock, actor, "rehearsal-1", orders=3000)       # the shadow database
    outcome = start_drill(live, drill_db, RunOptions(mode="scripted"))     # blocks; or DrillRun in a thread
    request_fault(drill_db, actor, make_cue("printer_paper_out", "V01"))    # live, from anywhere
    figures = live_figures(drill_db)                                        # while it runs, or after
    stop_drill(live, drill_db)                                              # stations back to live at once
    result = drill_result(drill_db); write_pdf(...); write_csv(...)         # report.py
    comparison_text(drill_result(a), drill_result(b))
    live_database(db); list_drills(live); normal_daily(live); fault_targets(drill_db, packers)  # a screen's

Every call opens and closes its own connection to the drill database: the GUI calls them on its
worker thread, the CLI from its process. None of them writes to the live database (invariant 7):
the live database is only read, read-only, by `new_drill`.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Callable

from whs_app.actor import Actor
from whs_app.clock import Clock, parse_time
from whs_app.drill.faults import Cue, log_phase, request
from whs_app.drill.forecast import forecast
from whs_app.drill.info import DrillError, DrillInfo, load_info
from whs_app.store.dialect import is_postgres_url
from whs_app.drill.floor import bench
from whs_app.drill.measure import Figures, measure
from whs_app.drill.pointer import clear_pointer, new_active, read_pointer, write_pointer
from whs_app.drill.rates import measured_rates
from whs_app.drill.report import DrillResult
from whs_app.drill.run import STOP_KEY, DrillRun, RunOptions, RunOutcome, sim_now
from whs_app.drill.shadow import (DRILLS_FOLDER, create_drill, default_drill_path, discard,
                                  normal_daily_orders)
from whs_app.simulation.rates import Rates
from whs_app.store import Store, StoreError
from whs_app.store.drill import LiveSource
from whs_app.store.settings import DRILL_KEY, drill_flag

OFFICE = Actor("DRILL-OFFICE", "drill")


def drill_path(live_db: str | Path, ref: str | None) -> Path:
    """A drill database by name (drills/NAME.db beside the live one) or path; None: the active drill."""
    if ref is None:
        active = read_pointer(live_db)
        if active is None:
            raise DrillError("没有进行中的演练 no drill is active; name one (whs drill status NAME)")
        return Path(active.drill_db)
    path = Path(ref) if ref.endswith(".db") else default_drill_path(live_db, ref)
    if not path.is_file():
        raise DrillError(f"{path}: 没有这个演练 no such drill; `whs drill new {ref}` makes it")
    return path


def new_drill(live_db: str | Path, clock: Clock, actor: Actor, name: str, description: str = "",
              orders: int | None = None, day: date | None = None, seed: int = 11,
              path: str | Path | None = None) -> tuple[Path, DrillInfo]:
    """Make a drill database from the live one's master data (the live one is only read)."""
    if is_postgres_url(live_db):
        raise DrillError("演练从 SQLite 仓库文件建立；PostgreSQL 上的仓库暂不能直接建演练 a drill is made from a SQLite"
                         " warehouse file; making one straight from a PostgreSQL server is not supported yet")
    target = Path(path) if path else default_drill_path(live_db, name)
    target.parent.mkdir(parents=True, exist_ok=True)
    return target, create_drill(live_db, target, clock, actor, name, description, orders, day, seed)


def start_drill(live_db: str | Path, drill_db: str | Path, options: RunOptions, *,
                on_progress: Callable[[Figures], None] | None = None,
                should_stop: Callable[[], bool] | None = None) -> RunOutcome:
    """Run the drill to its end (blocking). With people at stations the pointer sends the stations
    to the drill database first; a scripted run leaves the stations alone. `should_stop` answering
    True ends the run at its next look, like `stop_drill` (the caller's own stop, no database write)."""
    with Store.open(drill_db, create=False) as store:
        info = load_info(store)
        run = DrillRun(store, options, on_progress=(lambda now: on_progress(measure(store, now)))
                       if on_progress else None, should_stop=should_stop)
        if options.mode == "stations":
            write_pointer(live_db, new_active(drill_db, info.name, options.mode,
                                              parse_time(f"{info.day} 00:00:00"), options.speed))
        return run.run()


def request_fault(drill_db: str | Path, actor: Actor, cue: Cue) -> int:
    """Ask the running drill to inject a fault at its next look (within a simulated minute)."""
    with Store.open(drill_db, create=False) as store:
        info = load_info(store)
        return request(store, sim_now(store) or parse_time(f"{info.day} 00:00:00"), actor, cue)


def live_figures(drill_db: str | Path) -> Figures:
    """The drill's figures as of its clock now (the running run's, or where the last run ended)."""
    with Store.open(drill_db, create=False) as store:
        info = load_info(store)
        return measure(store, sim_now(store) or parse_time(f"{info.day} 00:00:00"))


def stop_drill(live_db: str | Path, drill_db: str | Path, actor: Actor = OFFICE, keep: bool = True) -> bool:
    """End the drill at once: the stations go back to live mode, a running drill stops at its next
    look; the drill database is kept as the drill's record, or thrown away. True when it was active."""
    active = read_pointer(live_db)
    was_active = active is not None and Path(active.drill_db).resolve() == Path(drill_db).resolve()
    if was_active:
        clear_pointer(live_db)
    with Store.open(drill_db, create=False) as store:
        info = load_info(store)
        now = sim_now(store) or parse_time(f"{info.day} 00:00:00")
        with store.transaction():
            store.settings.set(STOP_KEY, True)
        log_phase(store, now, actor, "stop", {"kept": keep, "stations_released": was_active})
    if not keep:
        discard(drill_db)
    return was_active


def drill_result(drill_db: str | Path, volume: int | None = None, rates: Rates | None = None) -> DrillResult:
    """The figures and the forecast of the real day (volume None: the drill's own estimate)."""
    with Store.open(drill_db, create=False) as store:
        info = load_info(store)
        figures = measure(store, sim_now(store) or parse_time(f"{info.day} 00:00:00"))
        return DrillResult(figures, forecast(figures, rates or Rates(), volume))


def drill_rates(drill_db: str | Path, base: Rates | None = None) -> Rates:
    """The drill's measured rates, as the simulation (`whs simulate`) takes them."""
    with Store.open(drill_db, create=False) as store:
        info = load_info(store)
        figures = measure(store, sim_now(store) or parse_time(f"{info.day} 00:00:00"))
        return measured_rates(store, figures, base or Rates())


def drill_info(drill_db: str | Path) -> DrillInfo:
    with Store.open(drill_db, create=False) as store:
        return load_info(store)


@dataclass(frozen=True)
class DrillEntry:
    """A drill beside the live database, for a list to choose from."""
    path: Path
    info: DrillInfo
    state: str            # ready (never run), running (started, not ended), ended, stopped
    orders: int           # orders in its database so far
    stations_in: bool     # the drill pointer sends the stations to it (until `stop_drill`)


def live_database(db: str | Path) -> Path:
    """The live database of `db`: itself, or the one a drill database was made from (a station
    following the drill pointer has the drill's database open)."""
    with Store.open(db, create=False) as store:
        value = store.settings.get(DRILL_KEY)
        if drill_flag(value):
            return Path(load_info(store).live_db)
    return Path(db)


def list_drills(live_db: str | Path) -> list[DrillEntry]:
    """The drills in drills/ beside the live database, newest first (a file that is not a drill is skipped)."""
    active = read_pointer(live_db)
    entries = []
    for path in (Path(live_db).parent / DRILLS_FOLDER).glob("*.db"):
        try:
            with Store.open(path, create=False) as store:
                info = load_info(store)
                phases = [event["name"] for event in store.drill.events("phase")]
                state = "stopped" if store.settings.get(STOP_KEY) else "ended" if "ended" in phases else \
                    "running" if "started" in phases else "ready"
                stations_in = active is not None and Path(active.drill_db).resolve() == path.resolve()
                entries.append(DrillEntry(path, info, state, store.orders.count(), stations_in))
        except (DrillError, StoreError):
            continue
    return sorted(entries, key=lambda entry: (entry.info.created_at, entry.info.name), reverse=True)


def normal_daily(live_db: str | Path) -> int | None:
    """The live database's normal daily orders (what `new_drill` scales by 3 × 0.8), None: no history."""
    try:
        with LiveSource(live_db) as live:
            return normal_daily_orders(live)
    except StoreError as exc:
        raise DrillError(str(exc)) from exc


def fault_targets(drill_db: str | Path, packers: int | None = None) -> dict[str, list[str]]:
    """What faults can hit: stations and printers (a scripted run's virtual benches for `packers`,
    whose printers are named by their bench; else the drill database's), and carriers."""
    with Store.open(drill_db, create=False) as store:
        if packers:
            stations, printers = [bench(number) for number in range(1, packers + 1)], []
        else:
            stations = [row["code"] for row in store.people.stations()]
            printers = [row["name"] for row in store.printers.all()]
        return {"stations": stations, "printers": printers,
                "carriers": [carrier.code for carrier in store.carriers.all() if carrier.active]}
