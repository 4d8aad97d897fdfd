"""A drill database: a shadow copy of the live database's master data, made by one action.

SKUs, bins, stock, carriers with their settings and pickup batches, the carriers' drill waybill
pools (never their real ones), shops, stations, users, printers and settings are copied; live
orders, parcels, waves, print jobs and the audit log never are. The live database is read through
a connection SQLite opens read-only (store.drill.LiveSource): nothing here can write to it.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from whs_app.actor import Actor
from whs_app.clock import Clock, stamp
from whs_app.drill.info import DrillError, DrillInfo, peak_volume, save_info
from whs_app.store import Store, StoreError
from whs_app.store.drill import LiveSource
from whs_app.store.settings import DRILL_KEY, drill_flag

DRILLS_FOLDER = "drills"


def default_drill_path(live_db: str | Path, name: str) -> Path:
    """Where `whs drill new NAME` puts the drill: drills/NAME.db beside the live database."""
    if not name or any(ch in name for ch in '/\\:*?"<>|') or name.startswith("."):
        raise DrillError(f"演练名称 {name!r} 不能做文件名 a drill name must be usable as a file name")
    return Path(live_db).parent / DRILLS_FOLDER / f"{name}.db"


def create_drill(live_db: str | Path, drill_db: str | Path, clock: Clock, actor: Actor, name: str,
                 description: str = "", orders: int | None = None, day: date | None = None,
                 seed: int = 11) -> DrillInfo:
    """Make the drill database; `orders` None: the live database's normal daily volume × 3 × 0.8."""
    drill_db = Path(drill_db)
    if drill_db.exists():
        raise DrillError(f"{drill_db}: 已存在 already exists; pick another drill name or remove it")
    if orders is not None and orders < 1:
        raise DrillError(f"订单数 orders must be at least 1, not {orders}")
    try:
        with LiveSource(live_db) as live:
            if drill_flag(live.setting(DRILL_KEY)):
                raise DrillError(f"{live_db}: 本身是演练数据库 is itself a drill database; start from the live one")
            normal = normal_daily_orders(live)
            if orders is None and normal is None:
                raise DrillError(f"{live_db}: 没有历史订单 no orders to take the normal daily volume from; "
                                 "give the number of orders (--orders)")
            return _build(live, drill_db, clock, actor, DrillInfo(
                name, description, str(Path(live_db).resolve()), stamp(clock.now()),
                (day or clock.now().date()).isoformat(), orders or peak_volume(normal), normal, seed))
    except StoreError as exc:
        raise DrillError(str(exc)) from exc


def _build(live: LiveSource, drill_db: Path, clock: Clock, actor: Actor, info: DrillInfo) -> DrillInfo:
    store = Store.open(drill_db)
    try:
        copied = store.drill.copy_master(live)
        with store.transaction():
            save_info(store, info)
            store.audit.record(stamp(clock.now()), actor, "drill.new", "drill", info.name,
                               {"live_db": info.live_db, "copied": copied, "orders": info.orders})
    except BaseException:
        store.close()
        _remove(drill_db)
        raise
    store.close()
    return info


def normal_daily_orders(live: LiveSource) -> int | None:
    days = live.daily_orders()
    return round(sum(days) / len(days)) if days else None


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def discard(drill_db: str | Path) -> None:
    """Throw a drill database away (it holds nothing live; a kept one is the drill's record)."""
    _remove(Path(drill_db))
