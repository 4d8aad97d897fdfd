"""The plain data each printed document is made from. Nothing here knows about orders or stores."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Party:
    """A sender or a receiver as printed on a waybill."""
    name: str
    phone: str
    province: str
    city: str
    district: str
    address: str  # street, building, room

    @property
    def full_address(self) -> str:
        return " ".join(part for part in (self.province, self.city, self.district, self.address)
                        if part)


@dataclass(frozen=True)
class WaybillLabel:
    """电子面单: one parcel's label. A drill label carries a drill waybill number and mark."""
    waybill_no: str
    order_no: str
    carrier_code: str
    carrier_name: str
    sender: Party
    receiver: Party
    items: tuple[str, ...] = ()  # summary lines, e.g. "纯棉T恤 白 XL ×2"
    sort_code: str = ""  # 大头笔 / 三段码, printed large
    printed_at: datetime | None = None
    drill: bool = False


@dataclass(frozen=True)
class SlipLine:
    sku: str
    name: str
    qty: int


@dataclass(frozen=True)
class PackingSlip:
    """销货清单 put in the parcel. A drill slip says so at its top and bottom."""
    shop: str
    order_no: str
    lines: tuple[SlipLine, ...]
    message: str = ""
    printed_at: datetime | None = None
    drill: bool = False


@dataclass(frozen=True)
class PickRow:
    seq: int  # walking order
    bin: str
    sku: str
    name: str
    qty: int


@dataclass(frozen=True)
class PickSlot:
    """Where one order of the wave is sorted to after picking."""
    slot: str
    order_no: str
    units: int


@dataclass(frozen=True)
class PickList:
    """拣货单 of one wave. A drill's says so at its top and bottom: nobody picks real stock by it."""
    wave_code: str
    carrier: str
    rows: tuple[PickRow, ...]
    slots: tuple[PickSlot, ...] = ()
    printed_at: datetime | None = None
    drill: bool = False


@dataclass(frozen=True)
class HandoverManifest:
    """交接单 signed when a carrier collects a pickup batch. A drill's says so at its top and bottom: it is
    never handed to a real courier."""
    carrier_code: str
    carrier_name: str
    pickup_batch: str
    waybills: tuple[str, ...]
    warehouse: str = ""
    printed_at: datetime | None = None
    drill: bool = False


Document = WaybillLabel | PackingSlip | PickList | HandoverManifest


def stamp(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M") if moment else ""
