"""The packer's core loop (验货打包) as a state machine with no UI in it.

Scan an order number, a pick-list slot or a pre-printed waybill to open a parcel; scan every
unit; a wrong or extra unit is refused (invariant 4). When every unit is counted the parcel is
complete: it gets its waybill and label job, the order is packed and its stock leaves the books.
Each step is one transaction with its audit event, so a crash loses at most the scan in flight
and a restarted station resumes its open parcel.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum

from whs_app import codes
from whs_app.actor import Actor
from whs_app.clock import Clock, stamp
from whs_app.model import Order, OrderState, Sku
from whs_app.pack_checks import refusal
from whs_app.printing.confirm import BenchLabels, LabelCheck
from whs_app.settings import WarehouseSettings
from whs_app.shipping_labels import PoolEmpty, label_parcel
from whs_app.store import Store, StoreError


class Event(StrEnum):
    OPENED = "opened"
    RESUMED = "resumed"
    COUNTED = "counted"
    PARCEL_COMPLETE = "parcel_complete"  # one box of a multi-parcel order is sealed
    ORDER_PACKED = "order_packed"
    ABANDONED = "abandoned"
    LABEL_CONFIRMED = "label_confirmed"  # the label just printed was scanned back
    REFUSED = "refused"
    INFO = "info"


@dataclass(frozen=True)
class ScanResult:
    ok: bool
    event: Event
    message: str
    order_no: str | None = None
    waybill_no: str | None = None
    counted: int = 0
    total: int = 0

    def as_dict(self) -> dict:
        return {"ok": self.ok, "event": str(self.event), "message": self.message, "order_no": self.order_no,
                "waybill_no": self.waybill_no, "counted": self.counted, "total": self.total}


@dataclass(frozen=True)
class LineView:
    sku_code: str
    name: str
    bin: str
    counted: int
    needed: int


@dataclass
class OpenParcel:
    parcel_id: int
    seq: int
    group: list[Order]
    carrier_id: int
    needed: Counter          # units this parcel may still take, per SKU id (order total − sealed boxes)
    counted: Counter
    skus: dict[int, Sku]
    barcodes: dict[str, int]  # barcode -> SKU id, for the SKUs of this order only
    prior_state: str
    preprinted: str | None = None
    wanted_total: int = field(init=False)

    def __post_init__(self) -> None:
        self.wanted_total = sum(self.needed.values())

    @property
    def leader(self) -> Order:
        return self.group[0]

    @property
    def units_counted(self) -> int:
        return sum(self.counted.values())

    def remaining(self, sku_id: int) -> int:
        return self.needed[sku_id] - self.counted[sku_id]

    def is_full(self) -> bool:
        return all(self.remaining(sku_id) == 0 for sku_id in self.needed)


class PackingSession:
    """One station's packing state. Feed it scans; it answers every one."""

    def __init__(self, store: Store, clock: Clock, actor: Actor, settings: WarehouseSettings | None = None) -> None:
        self.store = store
        self.clock = clock
        self.actor = actor
        self.settings = settings or WarehouseSettings.load(store)
        self.current: OpenParcel | None = None
        self.labels = BenchLabels(store, clock, actor, self.settings.label_confirm_required)
        self._unsure = False
        self._resume()

    # -- what the screen shows -------------------------------------------------------------
    def lines(self) -> list[LineView]:
        parcel = self.current
        if parcel is None:
            return []
        return [LineView(parcel.skus[s].code, parcel.skus[s].name, parcel.skus[s].bin,
                         parcel.counted[s], parcel.needed[s]) for s in sorted(parcel.needed, key=lambda s: parcel.skus[s].bin)]

    # -- the loop --------------------------------------------------------------------------
    def scan(self, code: str) -> ScanResult:
        try:
            if self._unsure:
                self._reload()
            result = self._scan(code.strip())
        except StoreError as exc:
            return self._not_saved(exc)
        if result.event in (Event.PARCEL_COMPLETE, Event.ORDER_PACKED):
            try:
                self.labels.expect(result.waybill_no)
            except StoreError:
                self._unsure = True    # saved; the label to wait for is read again once the server answers
        return result

    def _not_saved(self, exc: StoreError) -> ScanResult:
        """The database refused or could not be reached: this scan was not written (its transaction rolled
        back whole), and the packer hears so. What this station holds in memory may now be ahead of the
        database, so the next scan first reloads the open parcel from it."""
        self._unsure = True
        return self._refused(f"未保存，请重扫 NOT SAVED, scan again: {exc}",
                             self.current.leader.order_no if self.current else None)

    def _reload(self) -> None:
        self.current = None
        self._resume()
        self.labels.reload()
        self._unsure = False

    def _scan(self, code: str) -> ScanResult:
        if not code:
            return self._refuse("空扫描 Empty scan")
        command = codes.command(code)
        if command is not None:
            return self._command(command)
        label = self.labels.scan(code)
        if label is not None:
            return self._label(label)
        if self.current is not None:
            return self._item(code)
        waiting = self.labels.blocking()
        if waiting:
            return self._refuse(waiting)
        result = self._open(code)
        if result.ok:
            self.labels.forget()
        return result

    def _label(self, check: LabelCheck) -> ScanResult:
        if not check.ok:
            return self._refuse(check.message)
        parcel = self.current
        return ScanResult(True, Event.LABEL_CONFIRMED, check.message, parcel and parcel.leader.order_no,
                          check.waybill, parcel.units_counted if parcel else 0, parcel.wanted_total if parcel else 0)

    # -- opening ---------------------------------------------------------------------------
    def _open(self, code: str) -> ScanResult:
        order, problem = self._find_order(code)
        if order is None:
            return self._refuse(problem)
        return self._open_parcel(order.merge_leader_id or order.id)

    def _find_order(self, code: str) -> tuple[Order | None, str]:
        slot = codes.parse_slot(code)
        if slot is not None:
            order = self.store.orders.by_slot(*slot)
            return order, f"拣货格 {code} 没有订单 pick slot {code} holds no order"
        order = self.store.orders.by_waybill(code)
        if order is not None:
            return order, ""
        parcel = self.store.parcels.by_waybill(code)
        if parcel is not None:
            return self.store.orders.get(parcel["order_id"], with_lines=False), ""
        found = self.store.orders.find(code)
        if len(found) == 1:
            return found[0], ""
        if len(found) > 1:
            return None, (f"多个店铺有订单号 {code}，请扫拣货格或面单 order number {code} exists in several shops;"
                          " scan the pick slot or waybill instead")
        sku = self.store.skus.by_barcode(code)
        if sku is not None:
            return None, f"请先扫订单 Scan an order first: {code} is an item ({sku.name})"
        return None, f"未知条码 Unknown code: {code}"

    def _open_parcel(self, leader_id: int) -> ScanResult:
        """Claim the order (its merge group) for this station: checked and taken in one transaction on the
        locked rows, so of two stations scanning it at once one opens it and the other is told who has it."""
        at = self._now()
        with self.store.transaction():
            self.store.orders.lock([leader_id])          # first the leader, so the group read is the locked one's
            group = self.store.orders.group(leader_id)
            self.store.orders.lock([o.id for o in group])
            leader = self.store.orders.get(leader_id, with_lines=False)
            reason = refusal(self.store, leader, self.settings, self.actor.station)
            if reason is None:
                wanted, prior = self._still_to_pack(group), leader.state
                parcel_id, seq = self._claim(leader, group, prior, at)
        if reason:
            return self._refuse(reason, leader.order_no)
        self.current = self._load(parcel_id, seq, group, wanted, Counter(), prior)
        return self._progress(Event.OPENED, self._opened_message())

    def _claim(self, leader: Order, group: list[Order], prior: str, at: str) -> tuple[int, int]:
        seq = self.store.parcels.next_seq(leader.id)
        parcel_id = self.store.parcels.open(leader.id, seq, self.actor.station, self.actor.user, at,
                                            leader.carrier_id, prior)
        self.store.orders.set_state([o.id for o in group], OrderState.PACKING)
        self.store.audit.record(at, self.actor, "parcel.open", "parcel", parcel_id,
                                {"order_no": leader.order_no, "seq": seq, "orders": [o.order_no for o in group]})
        return parcel_id, seq

    def _resume(self) -> None:
        row = self.store.parcels.open_at_station(self.actor.station)
        if row is None:
            return
        group = self.store.orders.group(row["order_id"])
        wanted = self._still_to_pack(group)
        counted = Counter(self.store.parcels.items(row["id"]))
        self.current = self._load(row["id"], row["seq"], group, wanted, counted, row["prior_state"])

    def _still_to_pack(self, group: list[Order]) -> Counter:
        """Units of the order group not yet sealed in a box, per SKU id."""
        lines = self.store.orders.lines([o.id for o in group])
        wanted = Counter()
        for order in group:
            for line in lines[order.id]:
                wanted[line.sku_id] += line.quantity
        return wanted - Counter(self.store.parcels.packed_items(group[0].id))

    def _load(self, parcel_id: int, seq: int, group: list[Order], wanted: Counter, counted: Counter,
              prior: str) -> OpenParcel:
        skus = self.store.skus.by_ids(wanted)
        barcodes = {barcode: sku_id for sku_id in skus for barcode in self.store.skus.barcodes(sku_id)}
        leader = group[0]
        preprinted = None
        if leader.waybill_no and self.store.parcels.by_waybill(leader.waybill_no) is None:
            preprinted = leader.waybill_no
        return OpenParcel(parcel_id, seq, group, leader.carrier_id, wanted, counted, skus, barcodes, prior, preprinted)

    def resumed(self) -> ScanResult | None:
        """What to tell the packer when the session started on a parcel left open (after a crash)."""
        if self.current is None:
            return None
        return self._progress(Event.RESUMED, f"继续打包 Resumed: {self._opened_message()}")

    def _opened_message(self) -> str:
        parcel = self.current
        merged = f" (合单 merged +{len(parcel.group) - 1})" if len(parcel.group) > 1 else ""
        box = f" 第{parcel.seq}箱 box {parcel.seq}" if parcel.seq > 1 else ""
        return f"订单 {parcel.leader.order_no}{merged}{box}: 共 {parcel.wanted_total} 件 units to scan"

    # -- counting --------------------------------------------------------------------------
    def _item(self, code: str) -> ScanResult:
        parcel = self.current
        sku_id = parcel.barcodes.get(code)
        if sku_id is None:
            return self._refuse(self._not_in_order(code), parcel.leader.order_no)
        sku = parcel.skus[sku_id]
        if parcel.remaining(sku_id) <= 0:
            return self._refuse(f"多扫! {sku.name} 已够 {parcel.needed[sku_id]} 件 One too many: {sku.code}"
                                f" already {parcel.counted[sku_id]}/{parcel.needed[sku_id]}", parcel.leader.order_no)
        at = self._now()
        try:
            with self.store.transaction():
                self.store.parcels.add_item(parcel.parcel_id, sku_id)
                self.store.audit.record(at, self.actor, "parcel.item", "parcel", parcel.parcel_id,
                                        {"sku": sku.code, "barcode": code, "count": parcel.counted[sku_id] + 1})
                parcel.counted[sku_id] += 1
                if parcel.is_full():
                    return self._seal(at, last=True)
        except PoolEmpty as exc:
            parcel.counted[sku_id] -= 1
            return self._refuse(f"{exc}; 最后一件未计数 the last unit was not counted: scan it again after loading",
                                parcel.leader.order_no)
        return self._progress(Event.COUNTED, f"{sku.name} {parcel.counted[sku_id]}/{parcel.needed[sku_id]}")

    def _not_in_order(self, code: str) -> str:
        order_no = self.current.leader.order_no
        sku = self.store.skus.by_barcode(code)
        if sku is not None:
            return f"错货! {sku.name} 不在订单 {order_no} 中 Wrong item: {sku.code} is not in order {order_no}"
        if self.store.orders.find(code) or self.store.orders.by_waybill(code) or codes.parse_slot(code):
            if code in (order_no, self.current.leader.waybill_no):
                return f"订单 {order_no} 已打开 order {order_no} is already open: scan its items"
            return (f"请先完成订单 {order_no} 或扫 {codes.Command.CANCEL} 取消"
                    f" Finish order {order_no} or scan {codes.Command.CANCEL} before opening another")
        return f"未知条码 Unknown code: {code}"

    def _seal(self, at: str, last: bool) -> ScanResult:
        """Close the open box: waybill + label job; when it is the last, the order is packed."""
        parcel = self.current
        waybill = label_parcel(self.store, at, self.actor, parcel.parcel_id, parcel.carrier_id, parcel.preprinted)
        self.store.stock.consume(parcel.counted)
        self.store.audit.record(at, self.actor, "parcel.complete", "parcel", parcel.parcel_id,
                                {"order_no": parcel.leader.order_no, "waybill": waybill, "seq": parcel.seq,
                                 "units": parcel.units_counted})
        if not last:
            return self._progress(Event.PARCEL_COMPLETE, f"第{parcel.seq}箱已封 box {parcel.seq} sealed: {waybill}",
                                  waybill)
        ids = [o.id for o in parcel.group]
        self.store.orders.mark_packed(ids, at, self.actor.user, self.actor.station)
        self.store.print_jobs.add("slip", self.actor.station, at, parcel_id=parcel.parcel_id)
        self.store.audit.record_many(at, self.actor, "order.packed", "order",
                                     ((o.id, {"order_no": o.order_no, "waybill": waybill}) for o in parcel.group))
        result = self._progress(Event.ORDER_PACKED, f"订单 {parcel.leader.order_no} 打包完成 packed: 面单 waybill {waybill}",
                                waybill)
        self.current = None
        return result

    # -- station commands ------------------------------------------------------------------
    def _command(self, command: codes.Command) -> ScanResult:
        if self.current is None:
            return self._refuse(f"没有打开的包裹 No parcel is open ({codes.COMMAND_LABELS[command]})")
        if command == codes.Command.CANCEL:
            return self._abandon()
        if command == codes.Command.SPLIT:
            return self._split()
        missing = self.current.wanted_total - self.current.units_counted
        return self._refuse(f"还差 {missing} 件 {missing} units still to scan", self.current.leader.order_no)

    def _abandon(self) -> ScanResult:
        parcel, at = self.current, self._now()
        with self.store.transaction():
            self.store.parcels.abandon(parcel.parcel_id, at)
            self.store.orders.set_state([o.id for o in parcel.group], OrderState(parcel.prior_state))
            self.store.audit.record(at, self.actor, "parcel.abandon", "parcel", parcel.parcel_id,
                                    {"order_no": parcel.leader.order_no, "units_returned": parcel.units_counted,
                                     "state_restored": parcel.prior_state})
        self.current = None
        return ScanResult(True, Event.ABANDONED, f"已取消，商品放回 Parcel cancelled: {parcel.units_counted} units"
                          f" go back; order {parcel.leader.order_no} is {parcel.prior_state} again", parcel.leader.order_no)

    def _split(self) -> ScanResult:
        parcel = self.current
        if parcel.units_counted == 0:
            return self._refuse("空箱不能封 An empty box cannot be sealed", parcel.leader.order_no)
        at = self._now()
        try:
            with self.store.transaction():
                result = self._seal(at, last=False)
                rest = parcel.needed - parcel.counted
                seq = parcel.seq + 1
                parcel_id = self.store.parcels.open(parcel.leader.id, seq, self.actor.station, self.actor.user, at,
                                                    parcel.carrier_id, OrderState.PACKING)
                self.store.audit.record(at, self.actor, "parcel.open", "parcel", parcel_id,
                                        {"order_no": parcel.leader.order_no, "seq": seq})
        except PoolEmpty as exc:
            return self._refuse(str(exc), parcel.leader.order_no)
        self.current = self._load(parcel_id, seq, parcel.group, rest, Counter(), OrderState.PACKING)
        return ScanResult(True, Event.PARCEL_COMPLETE, f"{result.message}; 第{seq}箱 box {seq}: {sum(rest.values())} units",
                          parcel.leader.order_no, result.waybill_no, 0, sum(rest.values()))

    # -- helpers ---------------------------------------------------------------------------
    def _progress(self, event: Event, message: str, waybill: str | None = None) -> ScanResult:
        parcel = self.current
        return ScanResult(True, event, message, parcel.leader.order_no, waybill, parcel.units_counted,
                          parcel.wanted_total)

    def _refuse(self, message: str, order_no: str | None = None) -> ScanResult:
        at = self._now()
        with self.store.transaction():
            self.store.audit.record(at, self.actor, "scan.refused", "station", self.actor.station,
                                    {"message": message, "order_no": order_no})
        return self._refused(message, order_no)

    def _refused(self, message: str, order_no: str | None) -> ScanResult:
        parcel = self.current
        return ScanResult(False, Event.REFUSED, message, order_no,
                          counted=parcel.units_counted if parcel else 0, total=parcel.wanted_total if parcel else 0)

    def _now(self) -> str:
        return stamp(self.clock.now())
