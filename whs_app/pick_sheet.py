"""The pick screen's work (拣货): a wave's pick list as the picker walks it, and what a scan does.

A scan is read against the open wave first: a bin on its list confirms that bin in full, a SKU
code or any barcode of a SKU on the list confirms that SKU in full. Otherwise a wave code (the
barcode at the top of the printed pick list) or a pick-slot code opens that wave. Confirmations
and short picks go through `whs_app/picking.py` and only on a wave released to the floor
(`whs_app/wave_release.py`). Every answer carries the wave's pick list as it is now, so the
screen shows progress from the store, never from its own counting; a refusal carries its reason.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Callable

from labels import PickList, PickRow, PickSlot
from whs_app.actor import Actor
from whs_app.clock import Clock
from whs_app.codes import parse_slot
from whs_app.findings import say
from whs_app.picking import Confirmation, confirm, confirm_all
from whs_app.store import Store
from whs_app.wave_release import on_floor, require_on_floor
from whs_app.waves import WaveError, find_wave

#: wave states a picker can still work on
OPEN_STATES = ("planned", "picking")


class PickOutcome(StrEnum):
    OPENED = "opened"          # a wave's pick list is open
    CONFIRMED = "confirmed"    # bins confirmed in full
    SHORT = "short"            # a bin confirmed short: orders left for exceptions
    REFUSED = "refused"        # nothing changed; `reason` says why


@dataclass(frozen=True)
class PickLine:
    seq: int
    bin: str
    sku: str
    name: str
    quantity: int
    picked: int | None         # None until confirmed
    confirmed_by: str | None

    @property
    def done(self) -> bool:
        return self.picked is not None

    @property
    def short(self) -> bool:
        return self.picked is not None and self.picked < self.quantity


@dataclass(frozen=True)
class PickSheet:
    code: str
    carrier: str
    pickup_batch: str | None
    kind: str
    status: str
    released: bool
    orders: int
    lines: tuple[PickLine, ...]

    @property
    def confirmed(self) -> int:
        return sum(line.done for line in self.lines)

    @property
    def units(self) -> int:
        return sum(line.quantity for line in self.lines)

    @property
    def units_picked(self) -> int:
        return sum(line.picked or 0 for line in self.lines)

    @property
    def next_line(self) -> PickLine | None:
        return next((line for line in self.lines if not line.done), None)

    @property
    def workable(self) -> bool:
        return self.released and self.status in OPEN_STATES


@dataclass(frozen=True)
class WaveChoice:
    """A wave in the picker's list."""
    code: str
    carrier: str
    pickup_batch: str | None
    kind: str
    status: str
    ship_day: str
    orders: int
    bins: int
    confirmed: int


@dataclass(frozen=True)
class PickAnswer:
    outcome: PickOutcome
    code: str                                   # what was scanned or keyed
    sheet: PickSheet | None
    confirmed: tuple[Confirmation, ...] = ()
    reason: str = ""

    @property
    def short_orders(self) -> list[str]:
        return [order for c in self.confirmed for order in c.short_orders]


def floor_waves(store: Store) -> list[WaveChoice]:
    """Waves released to the floor and not picked yet, being picked first, then by day and code."""
    waves = [w for status in ("picking", "planned") for w in store.waves.summaries(status) if on_floor(w)]
    waves.sort(key=lambda w: (w["status"] != "picking", w["ship_day"], w["code"]))
    return [WaveChoice(w["code"], w["carrier_code"], w["pickup_batch"], w["kind"], w["status"], w["ship_day"],
                       w["orders"], w["bins"], w["confirmed"]) for w in waves]


def open_wave(store: Store, ref: str) -> PickAnswer:
    """The wave's pick list, chosen from the list or refreshed."""
    try:
        return PickAnswer(PickOutcome.OPENED, ref, _sheet(store, find_wave(store, ref)))
    except WaveError as exc:
        return PickAnswer(PickOutcome.REFUSED, ref, None, reason=str(exc))


def scan(store: Store, clock: Clock, actor: Actor, wave_code: str | None, code: str) -> PickAnswer:
    """A scan (or a code typed): confirm a bin or SKU of the open wave in full, or open a wave."""
    code = code.strip()
    wave = store.waves.get(wave_code) if wave_code else None
    target = _target(store, wave, code) if wave is not None else None
    if target is not None:
        return _act(store, wave, code, lambda w: confirm(store, clock, actor, w["code"], target))
    other = wave_for_code(store, code)
    if other is not None:
        return PickAnswer(PickOutcome.OPENED, code, _sheet(store, other))
    if wave is None:
        reason = say(f"{code} 不是波次码：请扫拣货单顶部的条码",
                     f"{code} is not a wave: scan the barcode at the top of the pick list")
    else:
        reason = say(f"{code} 不在波次 {wave['code']} 的拣货单上（不是库位、商家编码或商品条码）",
                     f"{code} is not on wave {wave['code']}'s pick list (no bin, SKU or barcode of it)")
    return PickAnswer(PickOutcome.REFUSED, code, _sheet(store, wave) if wave else None, reason=reason)


def confirm_line(store: Store, clock: Clock, actor: Actor, wave_code: str, sku: str) -> PickAnswer:
    """Confirm one line (by SKU code) in full, from the keyboard."""
    return _act(store, wave_code, sku, lambda wave: confirm(store, clock, actor, wave["code"], sku))


def report_short(store: Store, clock: Clock, actor: Actor, wave_code: str, sku: str, found: int) -> PickAnswer:
    """The picker found only `found` units of the line: the orders left unfilled go to exceptions."""
    return _act(store, wave_code, sku, lambda wave: confirm(store, clock, actor, wave["code"], sku, found))


def confirm_rest(store: Store, clock: Clock, actor: Actor, wave_code: str) -> PickAnswer:
    """Confirm every line not confirmed yet, in full."""
    return _act(store, wave_code, wave_code, lambda wave: confirm_all(store, clock, actor, wave["code"]))


def wave_for_code(store: Store, code: str) -> dict | None:
    """The wave a wave code or a pick-slot code names (never a bare number: that is a barcode)."""
    slot = parse_slot(code)
    if slot is not None:
        return store.waves.get(slot[0])
    return None if code.isdigit() or not code else store.waves.get(code)


def pick_list_document(store: Store, wave_code: str, printed_at: datetime) -> PickList:
    """The printable pick list (拣货单) of a wave: bins in walking order, then its sorting slots."""
    wave = find_wave(store, wave_code)
    rows = tuple(PickRow(line["seq"], line["bin"], line["sku_code"], line["sku_name"], line["quantity"])
                 for line in store.waves.pick_lines(wave["id"]))
    slots = tuple(PickSlot(str(slot["pick_slot"]), slot["order_no"], slot["units"])
                  for slot in store.waves.slots(wave["id"]))
    return PickList(wave["code"], wave["carrier_code"], rows, slots, printed_at, drill=store.settings.is_drill())


def _act(store: Store, wave_ref: str | dict, code: str,
         do: Callable[[dict], list[Confirmation]]) -> PickAnswer:
    """Run a confirmation on a wave on the floor; a refusal (PickRefused, WaveNotReleased, no such
    wave) changes nothing and comes back with its reason."""
    wave = None
    try:
        wave = wave_ref if isinstance(wave_ref, dict) else find_wave(store, wave_ref)
        require_on_floor(wave)
        done = tuple(do(wave))
    except WaveError as exc:
        sheet = _sheet(store, store.waves.get(wave["id"])) if wave is not None else None
        return PickAnswer(PickOutcome.REFUSED, code, sheet, reason=str(exc))
    outcome = PickOutcome.SHORT if any(c.picked < c.expected for c in done) else PickOutcome.CONFIRMED
    return PickAnswer(outcome, code, _sheet(store, store.waves.get(wave["id"])), done)


def _target(store: Store, wave: dict, code: str) -> str | None:
    """The bin or SKU code of the wave's pick list that `code` names, if any."""
    wanted = code.upper()
    lines = store.waves.pick_lines(wave["id"])
    for line in lines:
        if wanted in (line["bin"].upper(), line["sku_code"].upper()):
            return line["bin"] if wanted == line["bin"].upper() else line["sku_code"]
    sku = store.skus.by_barcode(code) if code else None
    if sku is not None and any(line["sku_id"] == sku.id for line in lines):
        return sku.code
    return None


def _sheet(store: Store, wave: dict) -> PickSheet:
    lines = tuple(PickLine(line["seq"], line["bin"], line["sku_code"], line["sku_name"], line["quantity"],
                           line["picked"], line["confirmed_by"]) for line in store.waves.pick_lines(wave["id"]))
    return PickSheet(wave["code"], wave["carrier_code"], wave["pickup_batch"], wave["kind"], wave["status"],
                     on_floor(wave), wave["orders"], lines)
