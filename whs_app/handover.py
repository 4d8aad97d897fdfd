"""Handover (交接) at loading: every parcel scanned onto its carrier's pickup batch, then the truck leaves.

A scan is refused, with the reason, when the waybill is unknown or not packed yet, when the parcel
belongs to another carrier or pickup batch, when it was scanned already, and — loudly, naming when
— when its order has shipped (invariant 1). Parcels packed for the batch but not scanned are listed
as missing; closing refuses while any are missing unless told to leave them. Closing marks the
orders whose every parcel is scanned SHIPPED, once, and renders the manifest (交接单) PDF.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path

import labels
from whs_app.actor import Actor
from whs_app.clock import Clock, stamp
from whs_app.model import OrderState
from whs_app.store import Store
from whs_app.store.errors import IntegrityError


class HandoverError(ValueError):
    """No such carrier or pickup batch, or nothing to close."""


@dataclass(frozen=True)
class HandoverScan:
    ok: bool
    waybill_no: str
    message: str
    order_no: str | None = None

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass
class CloseResult:
    closed: bool
    parcels: int = 0
    shipped_orders: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)          # waybills packed for the batch, not scanned
    manifest: str | None = None

    def as_dict(self) -> dict:
        return asdict(self)


class HandoverSession:
    """Loading one carrier's pickup batch. Feed it scans; it answers every one."""

    def __init__(self, store: Store, clock: Clock, actor: Actor, carrier_code: str, batch: str | None) -> None:
        self.store, self.clock, self.actor = store, clock, actor
        carrier = store.carriers.by_code(carrier_code)
        if carrier is None:
            raise HandoverError(f"没有快递 {carrier_code} / no carrier {carrier_code}")
        self.pickup_times = {b["label"]: b["pickup_at"] for b in store.carriers.pickup_batches(carrier.id)}
        known = list(self.pickup_times)
        if known and batch not in known:
            raise HandoverError(f"{carrier_code} 没有揽收批次 {batch!r} / no pickup batch {batch!r};"
                                f" its batches: {', '.join(known)}")
        if not known and batch:
            raise HandoverError(f"{carrier_code} 没有设揽收批次 / has no pickup batches: leave --batch out")
        self.carrier, self.batch = carrier, batch or ""

    @property
    def title(self) -> str:
        return f"{self.carrier.code} {self.batch or '-'}"

    def scan(self, code: str) -> HandoverScan:
        code = code.strip()
        parcel = self.store.handovers.parcel(code) if code else None
        problem = self._refusal(code, parcel)
        if problem:
            return self._refuse(code, problem, parcel["order_no"] if parcel else None)
        at = stamp(self.clock.now())
        try:
            with self.store.transaction():
                found = self.store.handovers.open_for(self.carrier.id, self.batch)
                handover_id = found["id"] if found else self.store.handovers.open(self.carrier.id, self.batch, at)
                self.store.handovers.add_scan(handover_id, parcel, at, self.actor.station, self.actor.user)
                self.store.audit.record(at, self.actor, "handover.scan", "parcel", parcel["id"], {
                    "waybill": code, "order_no": parcel["order_no"], "carrier": self.carrier.code,
                    "batch": self.batch, "handover": handover_id})
        except IntegrityError:
            return self._refuse(code, f"重复扫描 Scanned twice: {code} was just scanned at another station",
                                parcel["order_no"])
        return HandoverScan(True, code, f"交接 {self.title}: {code} (订单 order {parcel['order_no']})",
                            parcel["order_no"])

    def _refusal(self, code: str, parcel: dict | None) -> str | None:
        if not code:
            return "空扫描 Empty scan"
        if parcel is None:
            if self.store.orders.by_waybill(code) is not None:
                return f"{code} 还没打包 not packed yet: pack it before loading"
            return f"未知面单 Unknown waybill {code}: not a packed parcel"
        if parcel["order_state"] == OrderState.SHIPPED:
            return (f"‼ 已发货 ALREADY SHIPPED: 订单 {parcel['order_no']} 于 {parcel['shipped_at']} 已交接发出，"
                    f"不能再发 / order {parcel['order_no']} was handed over at {parcel['shipped_at']}; it ships once")
        earlier = self.store.handovers.scan_of(parcel["id"])
        if earlier is not None:
            return (f"重复扫描 Scanned twice: {code} 已于 {earlier['scanned_at']} 扫入 {earlier['carrier_code']}"
                    f" {earlier['pickup_batch'] or '-'} / already scanned at {earlier['scanned_at']}")
        if parcel["carrier_id"] != self.carrier.id:
            return (f"错快递 Wrong carrier: {code} 属于 {parcel['carrier_code']}，不是 {self.carrier.code}"
                    f" / belongs to {parcel['carrier_code']}, not {self.carrier.code}")
        if parcel["pickup_batch"] not in ("", self.batch):
            return (f"错批次 Wrong batch: {code} 属于揽收批次 {parcel['pickup_batch']}，不是 {self.batch}"
                    f" / belongs to pickup batch {parcel['pickup_batch']}, not {self.batch}")
        if parcel["order_state"] != OrderState.PACKED:
            return f"订单 {parcel['order_no']} 未打包完成 order not fully packed ({parcel['order_state']})"
        return None

    def _refuse(self, code: str, message: str, order_no: str | None) -> HandoverScan:
        at = stamp(self.clock.now())
        with self.store.transaction():
            self.store.audit.record(at, self.actor, "handover.refused", "station", self.actor.station, {
                "waybill": code, "message": message, "carrier": self.carrier.code, "batch": self.batch})
        return HandoverScan(False, code, message, order_no)

    def missing(self) -> list[dict]:
        """Parcels packed for this carrier and batch (or for no batch) that are not scanned yet."""
        return self.store.handovers.missing(self.carrier.id, self.batch)

    def close(self, out: str | Path, allow_missing: bool = False, warehouse: str = "") -> CloseResult:
        """Render the manifest, then mark shipped the orders whose parcels are all scanned (audited)."""
        handover = self.store.handovers.open_for(self.carrier.id, self.batch)
        if handover is None:
            raise HandoverError(f"{self.title}: 没有扫描过的包裹 nothing scanned: no open handover to close")
        missing = [row["waybill_no"] for row in self.missing()]
        if missing and not allow_missing:
            return CloseResult(False, missing=missing)
        scans = self.store.handovers.scans(handover["id"])
        now = self.clock.now()
        manifest = labels.HandoverManifest(self.carrier.code, self.carrier.name, self._batch_code(now, handover["id"]),
                                           tuple(s["waybill_no"] for s in scans), f"{warehouse} {self.batch}".strip(), now,
                                           drill=self.store.settings.is_drill())
        path = labels.render_to_file(manifest, "pdf", out)
        return self._ship(handover["id"], scans, missing, stamp(now), path)

    def _batch_code(self, now, handover_id: int) -> str:
        """The batch as the manifest's barcode carries it (ASCII): ZTO-20261111-1800-H12."""
        at = self.pickup_times.get(self.batch, "").replace(":", "") or "ALL"
        return f"{self.carrier.code}-{now:%Y%m%d}-{at}-H{handover_id}"

    def _ship(self, handover_id: int, scans: list[dict], missing: list[str], at: str, path: Path) -> CloseResult:
        with self.store.transaction():
            shipped = self.store.handovers.shippable_orders(sorted({s["order_id"] for s in scans}))
            self.store.orders.mark_shipped([order_id for order_id, _ in shipped], at)
            self.store.handovers.close(handover_id, at, self.actor.user)
            self.store.audit.record_many(at, self.actor, "order.shipped", "order", (
                (order_id, {"from": OrderState.PACKED, "to": OrderState.SHIPPED, "order_no": order_no,
                            "handover": handover_id}) for order_id, order_no in shipped))
            self.store.audit.record(at, self.actor, "handover.closed", "handover", handover_id, {
                "carrier": self.carrier.code, "batch": self.batch, "parcels": len(scans), "missing": missing,
                "manifest": str(path)})
        return CloseResult(True, len(scans), [no for _, no in shipped], missing, str(path))
