"""Releasing waves to the floor (下发): planning makes waves, a supervisor sends them to the pickers.

Planning can run several times a day; what it makes waits as `planned` until a supervisor
releases it (the Waves screen, `whs waves release`), in the order the floor should work (the
earliest pickup batch first, say). Only a released wave is picked, wherever the pick is confirmed
(`whs_app/picking.py` refuses the others). Releasing is all-or-nothing: one wave that cannot be
released (unknown, already released, already being picked, closed) releases none and says why.

With the warehouse setting `pick_list_on_release` each released wave's pick list (拣货单) is
queued, in the same transaction, on the pick-list printer of the station that releases it
(`whs_app/printing/pick_lists.py`); a station with no printer that prints pick lists then refuses
the release, naming the setting, rather than release waves whose paper never comes out.
"""
from __future__ import annotations

from typing import Iterable

from whs_app.actor import Actor
from whs_app.clock import Clock, stamp
from whs_app.findings import say
from whs_app.printing.pick_lists import add_pick_list_job, no_printer_reason, pick_list_printers
from whs_app.settings import WarehouseSettings
from whs_app.store import Store
from whs_app.waves import WaveError, find_wave


class WaveNotReleased(WaveError):
    """The wave is planned but not on the floor yet."""


class ReleaseRefused(WaveError):
    """The waves were not released; the message names the wave and why."""


def on_floor(wave: dict) -> bool:
    """May pickers work on this wave? (released, or picking started before releases existed)"""
    return wave["released_at"] is not None or wave["status"] != "planned"


def require_on_floor(wave: dict) -> None:
    if not on_floor(wave):
        raise WaveNotReleased(say(f"波次未下发：波次 {wave['code']} 还没有下发，请主管在波次页面或用"
                                  " `whs waves release` 下发",
                                  f"wave {wave['code']} is not released yet — a supervisor releases it on the "
                                  "Waves screen or with `whs waves release`"))


def release_waves(store: Store, clock: Clock, actor: Actor, refs: Iterable[str | int]) -> list[str]:
    """Release the waves (codes or ids) to the floor, audited; returns their codes in the order given."""
    at = stamp(clock.now())
    with store.transaction():
        waves = [_releasable(store, ref) for ref in dict.fromkeys(refs)]
        if not waves:
            raise ReleaseRefused(say("没有选择波次", "no wave chosen to release"))
        printing = WarehouseSettings.load(store).pick_list_on_release
        if printing:
            _check_pick_list_printer(store, actor.station)
        store.wave_floor.release((at, actor.user, wave["id"]) for wave in waves)
        for wave in waves:
            job = add_pick_list_job(store, at, actor, wave, actor.station) if printing else None
            store.audit.record(at, actor, "wave.released", "wave", wave["id"], {
                "code": wave["code"], "carrier": wave["carrier_code"], "pickup_batch": wave["pickup_batch"],
                "orders": wave["orders"], "bins": wave["bins"], "pick_list_job": job})
    return [wave["code"] for wave in waves]


def planned_codes(store: Store) -> list[str]:
    """Waves planned and not released yet, in the order they were planned (`whs waves release --all`)."""
    return [wave["code"] for wave in store.waves.summaries("planned") if wave["released_at"] is None]


def _check_pick_list_printer(store: Store, station: str) -> None:
    if not pick_list_printers(store, station):
        raise ReleaseRefused(say("设置 pick_list_on_release：下发时打印拣货单，请换有打印机的工作站下发或关闭该设置",
                                 "the setting pick_list_on_release prints each released wave's pick list: release "
                                 "from a station with such a printer or turn the setting off") + "; "
                             + no_printer_reason(station))


def _releasable(store: Store, ref: str | int) -> dict:
    wave = find_wave(store, ref)
    code = wave["code"]
    if wave["status"] != "planned":
        raise ReleaseRefused(say(f"波次 {code} 状态为 {wave['status']}，不能下发",
                                 f"wave {code} is {wave['status']}: only a planned wave is released"))
    if wave["released_at"] is not None:
        raise ReleaseRefused(say(f"波次 {code} 已于 {wave['released_at']} 由 {wave['released_by']} 下发",
                                 f"wave {code} was already released at {wave['released_at']} by "
                                 f"{wave['released_by']}"))
    return wave
