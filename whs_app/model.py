"""Domain objects the services speak in. Plain dataclasses, no SQL, no Qt."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class OrderState(StrEnum):
    NOT_SHIPPABLE = "not_shippable"  # the platform says unpaid, closed or already shipped
    NEW = "new"                      # imported, waiting for review
    EXCEPTION = "exception"          # held in the exception queue with a reason
    READY = "ready"                  # reviewed, stock reserved, carrier chosen
    WAVED = "waved"                  # on a wave's pick list
    PICKED = "picked"                # its wave's bins are confirmed
    PACKING = "packing"              # a parcel is open at a station
    PACKED = "packed"                # every unit is in a parcel with a label job
    SHIPPED = "shipped"              # handed over to the carrier
    CANCELLED = "cancelled"


#: States from which an order may be packed (before the pick requirement setting is applied).
PACKABLE_STATES = frozenset({OrderState.READY, OrderState.WAVED, OrderState.PICKED})
#: States in which stock is reserved for the order.
RESERVING_STATES = frozenset({OrderState.READY, OrderState.WAVED, OrderState.PICKED, OrderState.PACKING})


class PlatformStatus(StrEnum):
    PAID = "paid"          # paid, waiting for the seller to ship: the only shippable status
    UNPAID = "unpaid"
    SHIPPED = "shipped"
    CLOSED = "closed"


class Reason(StrEnum):
    """Why an order is in the exception queue. The text is what people read."""
    ADDRESS_INCOMPLETE = "address_incomplete"
    REFUND_REQUESTED = "refund_requested"
    MESSAGE_KEYWORD = "message_keyword"
    OVERWEIGHT = "overweight"
    STOCK_SHORT = "stock_short"
    UNKNOWN_SKU = "unknown_sku"
    NO_CARRIER = "no_carrier"
    SUSPICIOUS_TEXT = "suspicious_text"
    SHORT_PICK = "short_pick"
    CHANGED_ON_PLATFORM = "changed_on_platform"
    MANUAL_HOLD = "manual_hold"

    @property
    def label(self) -> str:
        return REASON_LABELS[self]


REASON_LABELS = {
    Reason.ADDRESS_INCOMPLETE: "地址不完整 Incomplete address",
    Reason.REFUND_REQUESTED: "买家申请退款 Refund requested",
    Reason.MESSAGE_KEYWORD: "留言/备注需处理 Message needs a person",
    Reason.OVERWEIGHT: "超重 Over every carrier's weight limit",
    Reason.STOCK_SHORT: "库存不足 Stock short",
    Reason.UNKNOWN_SKU: "未知商家编码 Unknown SKU",
    Reason.NO_CARRIER: "无可用快递 No usable carrier",
    Reason.SUSPICIOUS_TEXT: "疑似公式注入 Formula-like text",
    Reason.SHORT_PICK: "拣货缺货 Short pick",
    Reason.CHANGED_ON_PLATFORM: "平台订单已变更 Changed on the platform",
    Reason.MANUAL_HOLD: "人工挂起 Held by a person",
}


@dataclass(frozen=True)
class Sku:
    id: int
    code: str
    name: str
    bin: str
    weight_kg: float
    hot: bool = False


@dataclass(frozen=True)
class Carrier:
    id: int
    code: str
    name: str
    max_weight_kg: float
    active: bool = True


@dataclass(frozen=True)
class OrderLine:
    line_no: int
    sku_code: str
    quantity: int
    sku_id: int | None = None
    title: str = ""


@dataclass
class Order:
    id: int
    shop_id: int
    order_no: str
    state: OrderState
    platform_status: PlatformStatus
    paid_at: str | None
    buyer: str = ""
    receiver_name: str = ""
    receiver_phone: str = ""
    province: str = ""
    city: str = ""
    district: str = ""
    address: str = ""
    buyer_message: str = ""
    seller_memo: str = ""
    refund_status: str = ""
    requested_carrier: str = ""
    weight_kg: float = 0.0
    units: int = 0
    carrier_id: int | None = None
    priority: int = 0
    ship_day: str | None = None
    merge_leader_id: int | None = None
    wave_id: int | None = None
    pick_slot: int | None = None
    waybill_no: str | None = None
    packed_at: str | None = None
    packed_by: str | None = None
    packed_station: str | None = None
    shipped_at: str | None = None
    lines: list[OrderLine] = field(default_factory=list)

    @property
    def full_address(self) -> str:
        return " ".join(p for p in (self.province, self.city, self.district, self.address) if p)


@dataclass
class NewOrder:
    """An order as read from a platform export, before it has an id."""
    shop_code: str
    order_no: str
    platform_status: PlatformStatus
    platform_status_text: str = ""
    paid_at: str | None = None
    buyer: str = ""
    receiver_name: str = ""
    receiver_phone: str = ""
    province: str = ""
    city: str = ""
    district: str = ""
    address: str = ""
    buyer_message: str = ""
    seller_memo: str = ""
    refund_status: str = ""
    requested_carrier: str = ""
    lines: list[OrderLine] = field(default_factory=list)
