"""Closing the loop: the packer scans the label just printed, and only the right label counts.

`confirm_label` confirms the current label job of a waybill (sending, sent or unknown: a label in
the packer's hand has printed). `BenchLabels` is what a pack station waits for: the labels of the
order it sealed last. Scanning one of them confirms it; scanning another sealed parcel's waybill
is refused naming both; with the warehouse setting `label_confirm_required` the next order does
not open until they are all confirmed.

The wait applies only at a station with a printer for labels: without one, the queue cannot
print (its jobs wait, visibly, for a printer) and there is no label to scan.
"""
from __future__ import annotations

from dataclasses import dataclass

from whs_app.actor import Actor
from whs_app.clock import Clock
from whs_app.printing.events import EventBus
from whs_app.printing.printers import chain, list_printers
from whs_app.printing.queue import CONFIRMABLE, JobState, PrintQueue
from whs_app.store import Store


@dataclass(frozen=True)
class LabelCheck:
    ok: bool
    message: str
    waybill: str
    job_id: int | None = None


def confirm_label(queue: PrintQueue, waybill: str) -> LabelCheck:
    """Confirm the current label job of `waybill`, or say why not."""
    job = queue.store.print_jobs.latest_label(waybill)
    if job is None:
        return LabelCheck(False, f"面单 {waybill} 没有打印任务 / no label job for waybill {waybill}", waybill)
    if job["state"] == JobState.CONFIRMED:
        return LabelCheck(True, f"面单 {waybill} 已确认过 / label {waybill} was already confirmed", waybill, job["id"])
    if job["state"] in CONFIRMABLE and queue.confirm(job):
        return LabelCheck(True, f"面单 {waybill} 已确认 / label {waybill} confirmed", waybill, job["id"])
    return LabelCheck(False, _not_printed(queue.store.print_jobs.get(job["id"])), waybill, job["id"])


def _not_printed(job: dict) -> str:
    waybill, state = job["waybill_no"], job["state"]
    if state == JobState.FAILED:
        return (f"面单 {waybill} 打印失败，请补打 / label {waybill} failed to print ({job['error']}); "
                f"reprint it: whs jobs reprint {job['id']}")
    where = f" on {job['printer']}" if job["printer"] else ""
    why = f" ({job['error']})" if job["error"] else ""
    return (f"面单 {waybill} 还没打印 / label {waybill} has not printed yet: job {job['id']} is "
            f"{state}{where}{why}")


class BenchLabels:
    """The labels a pack station waits for (see the module docstring)."""

    def __init__(self, store: Store, clock: Clock, actor: Actor, required: bool,
                 events: EventBus | None = None) -> None:
        self.store = store
        self.station = actor.station
        self.required = required
        self.queue = PrintQueue(store, clock, actor, events)
        self.pending: dict[str, int] = {}   # waybill -> parcel id
        self.reload()

    def reload(self) -> None:
        """The labels waiting, as the database has them (after a step whose answer was lost)."""
        self.pending.clear()
        if self._prints_labels():
            self._load()

    def expect(self, waybill: str | None) -> None:
        """A box was sealed: wait for its label, if one was queued for it and can print here."""
        job = self.store.print_jobs.latest_label(waybill) if waybill else None
        if job and job["parcel_id"] and job["state"] != JobState.CONFIRMED and self._prints_labels():
            self.pending[waybill] = job["parcel_id"]

    def scan(self, code: str) -> LabelCheck | None:
        """The answer to a label scan, or None when `code` is not a sealed parcel's waybill."""
        if not self.pending:
            return None
        if code in self.pending:
            check = confirm_label(self.queue, code)
            if check.ok:
                del self.pending[code]
            return check
        other = self.store.parcels.by_waybill(code)
        if other is None or other["state"] != "complete":
            return None
        return LabelCheck(False, self._mismatch(code, other), code)

    def blocking(self) -> str | None:
        """Why the next order may not open yet, or None."""
        if not (self.required and self.pending):
            return None
        waybills = ", ".join(self.pending)
        return (f"请先扫描刚打印的面单 {waybills} / scan the label just printed ({waybills}) before "
                f"opening the next order")

    def forget(self) -> None:
        """The next order opened without them (not required): they stay unconfirmed in the queue."""
        self.pending.clear()

    def _mismatch(self, code: str, other: dict) -> str:
        waybill, parcel_id = next(iter(self.pending.items()))
        bench = self._order_no(parcel_id)
        theirs = self._order_no(other["id"])
        return (f"面单不符! {code} 是订单 {theirs} 的面单，台上是订单 {bench}（面单 {waybill}） / Wrong label: "
                f"{code} belongs to order {theirs}; the parcel on the bench is order {bench}, waybill {waybill}")

    def _order_no(self, parcel_id: int) -> str:
        parcel = self.store.parcels.get(parcel_id)
        return self.store.orders.get(parcel["order_id"], with_lines=False).order_no

    def _prints_labels(self) -> bool:
        return bool(chain(list_printers(self.store, self.station), self.station, "label"))

    def _load(self) -> None:
        """After a restart: the unconfirmed labels of the order sealed last at this station."""
        latest = {job["waybill_no"]: job for job in self.store.print_jobs.bench_labels(self.station)
                  if job["state"] != JobState.REPRINTED}
        self.pending = {waybill: job["parcel_id"] for waybill, job in latest.items()
                        if job["state"] != JobState.CONFIRMED}


def confirm_at_station(store: Store, clock: Clock, actor: Actor, waybill: str,
                       events: EventBus | None = None) -> LabelCheck:
    """`whs jobs confirm`: a label scanned at `actor.station`, judged as the pack bench would."""
    bench = BenchLabels(store, clock, actor, required=True, events=events)
    check = bench.scan(waybill)
    if check is not None:
        return check
    job = store.print_jobs.latest_label(waybill)
    if job is not None and job["station"] != actor.station:
        return LabelCheck(False, f"面单 {waybill} 属于打包台 {job['station']} / label {waybill} was printed for "
                                 f"station {job['station']}, not {actor.station}", waybill, job["id"])
    return confirm_label(bench.queue, waybill)
