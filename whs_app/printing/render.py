"""A job's bytes for the printer it is about to go to: made in that printer's language and paper.

Rendering happens on the worker before the job is claimed, so a job that cannot be rendered
never reaches `sending`: it fails with the reason (RenderError), visible in `whs jobs list`.
A pick-list job names its wave: the list is laid out as the wave stands when the job prints.
"""
from __future__ import annotations

import dataclasses
from datetime import datetime

import labels
from labels import PackingSlip, SlipLine
from whs_app.documents import order_packing_slip, order_waybill_label
from whs_app.model import Order
from whs_app.pick_sheet import pick_list_document
from whs_app.printing.paper import paper_size
from whs_app.printing.printers import Printer
from whs_app.store import Store


class RenderError(Exception):
    """The job's document cannot be made or rendered for this printer."""


def render_job(store: Store, job: dict, printer: Printer, printed_at: datetime) -> bytes:
    try:
        document = job_document(store, job, printed_at)
        return labels.render(document, printer.language, document_size(document, printer))
    except RenderError:
        raise
    except Exception as exc:   # a job that cannot be made fails visibly; the worker goes on
        raise RenderError(f"无法生成打印内容 / cannot render job {job['id']} ({job['kind']}) for "
                          f"{printer.name}: {type(exc).__name__}: {exc}") from exc


def job_document(store: Store, job: dict, printed_at: datetime):
    if job["kind"] == "pick_list":
        return _pick_list(store, job, printed_at)
    if job["kind"] not in ("label", "slip"):
        raise RenderError(f"打印队列还不能打印 {job['kind']} / the print queue cannot print "
                          f"{job['kind']} jobs yet")
    order, box = _order_and_box(store, job)
    if job["kind"] == "slip":
        return order_packing_slip(store, order, printed_at)
    document = order_waybill_label(store, order, box, printed_at)
    if document.waybill_no != job["waybill_no"]:   # invariant 2: never a label with another number
        raise RenderError(f"面单号不符 / label for box {box} of {order.order_no} reads "
                          f"{document.waybill_no}, the job is for {job['waybill_no']}")
    return dataclasses.replace(document, drill=True) if job["drill"] else document


def _pick_list(store: Store, job: dict, printed_at: datetime):
    wave = store.waves.get(job["wave_id"]) if job["wave_id"] is not None else None
    if wave is None:
        raise RenderError(f"拣货单任务 {job['id']} 没有波次 / pick-list job {job['id']} names no wave")
    return pick_list_document(store, wave["code"], printed_at)


def _order_and_box(store: Store, job: dict) -> tuple[Order, int]:
    if job["parcel_id"] is not None:
        parcel = store.parcels.get(job["parcel_id"])
        order = store.orders.get(parcel["order_id"], with_lines=False)
        boxes = [p["id"] for p in store.parcels.for_order(order.id) if p["state"] == "complete"]
        if parcel["id"] not in boxes:
            raise RenderError(f"包裹 {parcel['id']} 未封箱 / parcel {parcel['id']} is not sealed")
        return order, boxes.index(parcel["id"]) + 1
    order = store.orders.by_waybill(job["waybill_no"] or "")
    if order is None:
        raise RenderError(f"找不到面单 {job['waybill_no']} 的订单 / no order has waybill {job['waybill_no']}")
    return order, 1


def document_size(document, printer: Printer) -> str:
    """The document's size that the printer's paper takes (paper.py), else the document's default."""
    return paper_size(labels.sizes(document), printer.config.paper) or labels.default_size(document)


def test_page(printer: Printer, printed_at: datetime) -> PackingSlip:
    """What `whs printers test` prints: plainly not a waybill, naming the printer and its setup."""
    lines = (SlipLine("PRINTER", printer.name, 1), SlipLine("LANG", printer.language, 1),
             SlipLine("PAPER", str(printer.config.paper), 1), SlipLine("ROLE", printer.config.role.value, 1))
    return PackingSlip(shop="打印测试 TEST PRINT", order_no=f"TEST-{printer.name}", lines=lines,
                       message=f"这不是面单 Not a waybill. {printer.station} {printer.uri}",
                       printed_at=printed_at)


def render_test_page(printer: Printer, printed_at: datetime) -> bytes:
    page = test_page(printer, printed_at)
    return labels.render(page, printer.language, document_size(page, printer))

