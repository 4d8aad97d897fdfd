"""A known warehouse day for the monitoring board's tests (core and screen)."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from whs_app.actor import Actor
from whs_app.handover import HandoverSession
from whs_app.packing import PackingSession
from whs_app.printing.printers import add_printer
from whs_app.store import Store
from tests.review_fixtures import add_orders, new_order, reviewed

OFFICE = Actor("OFFICE", "boss")
NOW = datetime(2026, 11, 11, 10, 30)


def at(text: str) -> datetime:
    return datetime.strptime(f"2026-11-11 {text}", "%Y-%m-%d %H:%M")


def pack(store: Store, clock, order_no: str, actor: Actor) -> str:
    """Pack the order with real scans at the actor's station; returns its waybill."""
    session = PackingSession(store, clock, actor)
    [order] = store.orders.find(order_no)
    results = [session.scan(order_no)]
    for line in store.orders.lines([order.id])[order.id]:
        results += [session.scan(store.skus.barcodes(line.sku_id)[0]) for _ in range(line.quantity)]
    assert all(r.ok for r in results), [r.message for r in results if not r.ok]
    return results[-1].waybill_no


def known_day(store: Store, clock, folder: Path) -> None:
    """10:30 on the day: seven orders paid (three in hour 0, one in hour 1, three in hour 9); N1
    waits for review, X1 (no address) is an exception; packer1 packed A1 at 10:05 at P01 (shipped at
    10:25), packer2 packed A2 at 10:20 at P02; A3, A4, A5 are ready. The label printer LBL-P01 is
    out of paper with one job queued."""
    clock.set(at("10:00"))
    reviewed(store, clock, OFFICE, *(new_order(no, paid_at=f"2026-11-11 {paid}:00") for no, paid in
                                     (("A1", "00:10"), ("A2", "00:40"), ("A3", "01:20"), ("A4", "09:15"),
                                      ("A5", "09:50"))),
             new_order("X1", paid_at="2026-11-11 00:20:00", address=""))
    add_orders(store, clock, new_order("N1", paid_at="2026-11-11 09:30:00"))
    clock.set(at("10:05"))
    first = pack(store, clock, "A1", Actor("P01", "packer1"))
    clock.set(at("10:20"))
    pack(store, clock, "A2", Actor("P02", "packer2"))
    clock.set(at("10:25"))
    handover = HandoverSession(store, clock, OFFICE, "ZTO", "18:00")
    assert handover.scan(first).ok
    assert handover.close(folder / "manifest.pdf", allow_missing=True).closed
    add_printer(store, "2026-11-11 07:00:00", OFFICE, "LBL-P01", "tcp://127.0.0.1:9100", "tspl", "label", "P01")
    with store.transaction():
        store.printers.set_state("LBL-P01", "paper_out", "", "2026-11-11 10:29:00")
        job = store.print_jobs.listing(station="P01")[0]
        store.print_jobs.route(job["id"], "LBL-P01", "2026-11-11 10:29:00")
    clock.set(NOW)
