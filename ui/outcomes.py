"""What a scan's answer means to the person at the bench, in a few kinds (no Qt here).

The packing core answers every scan with a ScanResult (ok, event, bilingual message). The screen
needs one more thing: which of a handful of outcomes it was, because each has its own colour and
sound. Refusals carry no code of their own yet, so the kinds of refusal a packer must tell apart
by ear (a wrong item, one too many, a duplicate shipment) are recognised by the markers the core
puts at the front of its messages (whs_app/packing.py, whs_app/pack_checks.py,
whs_app/printing/confirm.py). A refusal code on ScanResult would make this exact.
"""
from __future__ import annotations

from enum import StrEnum

from whs_app.packing import Event, ScanResult


class Outcome(StrEnum):
    OPENED = "opened"            # a parcel was opened
    RESUMED = "resumed"          # the station started on a parcel left open
    COUNTED = "counted"          # one unit counted
    BOX_SEALED = "box_sealed"    # one box of a multi-box order sealed, the next is open
    PACKED = "packed"            # the order is complete: waybill and label job made
    CANCELLED = "cancelled"      # the open parcel was put back
    LABEL_OK = "label_ok"        # the printed label was scanned back and matches
    REPRINT = "reprint"          # a reprint of the bench's label was queued
    WRONG_ITEM = "wrong_item"    # an item that is not in the order
    TOO_MANY = "too_many"        # one unit more than the order wants
    DUPLICATE = "duplicate"      # the order was packed or shipped already
    WRONG_LABEL = "wrong_label"  # a label scanned back belongs to another parcel
    LABEL_FIRST = "label_first"  # the next order waits until the label just printed is scanned
    REFUSED = "refused"          # any other refusal (unknown code, order not ready, ...)
    INFO = "info"                # said something, changed nothing
    ERROR = "error"              # the app failed on this scan (it was not recorded)

    @property
    def is_refusal(self) -> bool:
        return self in REFUSALS

    @property
    def is_success(self) -> bool:
        return self in SUCCESSES


REFUSALS = frozenset({Outcome.WRONG_ITEM, Outcome.TOO_MANY, Outcome.DUPLICATE, Outcome.WRONG_LABEL,
                      Outcome.LABEL_FIRST, Outcome.REFUSED, Outcome.ERROR})
SUCCESSES = frozenset({Outcome.OPENED, Outcome.RESUMED, Outcome.COUNTED, Outcome.BOX_SEALED,
                       Outcome.PACKED, Outcome.LABEL_OK, Outcome.REPRINT})

_BY_EVENT = {
    Event.OPENED: Outcome.OPENED,
    Event.RESUMED: Outcome.RESUMED,
    Event.COUNTED: Outcome.COUNTED,
    Event.PARCEL_COMPLETE: Outcome.BOX_SEALED,
    Event.ORDER_PACKED: Outcome.PACKED,
    Event.ABANDONED: Outcome.CANCELLED,
    Event.LABEL_CONFIRMED: Outcome.LABEL_OK,
    Event.INFO: Outcome.INFO,
}

#: message starts (Chinese first, as the core writes them) -> refusal kind
_REFUSAL_MARKERS = (
    (("重复发货", "重复打包", "DUPLICATE"), Outcome.DUPLICATE),
    (("错货",), Outcome.WRONG_ITEM),
    (("多扫",), Outcome.TOO_MANY),
    (("面单不符",), Outcome.WRONG_LABEL),
    (("请先扫描刚打印的面单",), Outcome.LABEL_FIRST),
)


def classify(result: ScanResult) -> Outcome:
    if not result.ok:
        head = result.message[:40]
        for markers, outcome in _REFUSAL_MARKERS:
            if any(marker in head for marker in markers):
                return outcome
        return Outcome.REFUSED
    by_event = _BY_EVENT.get(result.event)
    if by_event is not None:
        return by_event
    return Outcome.INFO
