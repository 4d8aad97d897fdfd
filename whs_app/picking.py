"""Picking (拣货): the picker confirms each bin of a wave's pick list, in full or short.

Only a wave released to the floor (whs_app/wave_release.py) is picked, whoever confirms it: the
pick screen, `whs pick`, the demo tour or the drill. A short pick hands the units found to the
wave's orders in priority order; the orders left unfilled go to exceptions (SHORT_PICK), the
missing units are written off, and the rest of the wave goes on. When every bin is confirmed the
wave and its orders are PICKED.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

from whs_app.actor import Actor
from whs_app.clock import Clock, stamp
from whs_app.model import OrderState, Reason
from whs_app.pulling import pull_orders, settle_waves
from whs_app.findings import Finding, say
from whs_app.store import Store
from whs_app.wave_release import require_on_floor
from whs_app.waves import WaveError, find_wave


class PickRefused(WaveError):
    """The confirmation cannot be taken (already confirmed, wave done, quantity out of range).
    A wave not released yet is refused with WaveNotReleased (also a WaveError)."""


@dataclass
class Confirmation:
    wave: str
    bin: str
    sku: str
    expected: int
    picked: int
    short_orders: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return asdict(self)

    def as_text(self) -> str:
        text = f"{self.wave} {self.bin} {self.sku}: {self.picked}/{self.expected}"
        if self.short_orders:
            text += f"  缺货转异常 short, to exceptions: {' '.join(self.short_orders)}"
        return text


def confirm(store: Store, clock: Clock, actor: Actor, wave_ref: str | int, bin_or_sku: str,
            picked_qty: int | None = None) -> list[Confirmation]:
    """Confirm a bin (every SKU in it, in full) or one SKU; picked_qty None means the full quantity."""
    at = stamp(clock.now())
    with store.transaction():
        wave = _pickable(store, wave_ref)
        lines = _lines_for(store, wave, bin_or_sku)
        if picked_qty is not None and len(lines) > 1:
            raise PickRefused(say(f"库位 {bin_or_sku} 有 {len(lines)} 个商品，请按商家编码确认数量",
                                  f"bin {bin_or_sku} holds {len(lines)} SKUs: confirm a quantity per SKU code"))
        done = [_confirm_line(store, at, actor, wave, line, picked_qty) for line in lines]
        settle_waves(store, at, actor, [wave["id"]])
    return done


def confirm_all(store: Store, clock: Clock, actor: Actor, wave_ref: str | int) -> list[Confirmation]:
    """Confirm every bin not yet confirmed, in full."""
    at = stamp(clock.now())
    with store.transaction():
        wave = _pickable(store, wave_ref)
        lines = [line for line in store.waves.pick_lines(wave["id"]) if line["picked"] is None]
        done = [_confirm_line(store, at, actor, wave, line, None) for line in lines]
        settle_waves(store, at, actor, [wave["id"]])
    return done


def _pickable(store: Store, wave_ref: str | int) -> dict:
    wave = find_wave(store, wave_ref)
    if wave["status"] not in ("planned", "picking"):
        raise PickRefused(say(f"波次 {wave['code']} 状态为 {wave['status']}，不能再确认拣货",
                              f"wave {wave['code']} is {wave['status']}: nothing left to confirm"))
    require_on_floor(wave)
    return wave


def _lines_for(store: Store, wave: dict, bin_or_sku: str) -> list[dict]:
    wanted = bin_or_sku.strip().upper()
    lines = store.waves.pick_lines(wave["id"])
    found = [line for line in lines if line["bin"].upper() == wanted] or \
            [line for line in lines if line["sku_code"].upper() == wanted]
    if not found:
        raise WaveError(say(f"波次 {wave['code']} 的拣货单上没有库位或商品 {bin_or_sku}",
                            f"wave {wave['code']} has no bin or SKU {bin_or_sku} on its pick list"))
    waiting = [line for line in found if line["picked"] is None]
    if not waiting:
        first = found[0]
        raise PickRefused(say(f"{bin_or_sku} 已于 {first['confirmed_at']} 由 {first['confirmed_by']} 确认",
                              f"{bin_or_sku} was already confirmed at {first['confirmed_at']} by {first['confirmed_by']}"))
    return waiting


def _confirm_line(store: Store, at: str, actor: Actor, wave: dict, line: dict, picked: int | None) -> Confirmation:
    expected = line["quantity"]
    picked = expected if picked is None else picked
    if not 0 <= picked <= expected:
        raise PickRefused(say(f"{line['bin']} {line['sku_code']} 应拣 {expected} 件，不能确认 {picked} 件",
                              f"{line['bin']} {line['sku_code']}: expected {expected}, cannot confirm {picked}"))
    store.waves.confirm_lines([(picked, at, actor.user, line["id"])])
    if wave["status"] == "planned":
        store.waves.set_status(wave["id"], "picking")
        wave["status"] = "picking"
    result = Confirmation(wave["code"], line["bin"], line["sku_code"], expected, picked)
    if picked < expected:
        result.short_orders = _short_pick(store, at, actor, wave, line, picked)
    store.audit.record(at, actor, "pick.confirmed", "wave", wave["id"], result.as_dict())
    return result


def _short_pick(store: Store, at: str, actor: Actor, wave: dict, line: dict, found: int) -> list[str]:
    """Orders packed straight from the shelf already hold their units; the found ones go to the rest."""
    left, unfilled, still_needed = found, [], 0
    for order_id, quantity, state in store.waves.demand(wave["id"], line["sku_id"]):
        if state not in (OrderState.WAVED, OrderState.PICKED):
            continue
        still_needed += quantity
        if quantity <= left:
            left -= quantity
        else:
            unfilled.append(order_id)
    finding = Finding(Reason.SHORT_PICK, say(
        f"库位 {line['bin']} 商品 {line['sku_code']} 应拣 {line['quantity']} 件，实拣 {found} 件",
        f"bin {line['bin']} SKU {line['sku_code']}: expected {line['quantity']}, found {found}"))
    orders = pull_orders(store, at, actor, {order_id: [finding] for order_id in unfilled})
    if still_needed > found:
        store.stock.write_off(line["sku_id"], still_needed - found)
    return [order.order_no for order in orders]
