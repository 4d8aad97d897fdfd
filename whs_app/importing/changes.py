"""What the platform changed on an order the warehouse already holds, in words people read."""
from __future__ import annotations

from whs_app.model import NewOrder, Order, PlatformStatus

#: field -> label, for the fields a re-import compares
LABELS = {
    "platform_status": "订单状态 status", "refund_status": "退款 refund", "paid_at": "付款时间 paid at",
    "receiver_name": "收货人 receiver", "receiver_phone": "手机 phone", "province": "省 province",
    "city": "市 city", "district": "区 district", "address": "地址 address",
    "buyer_message": "买家留言 buyer message", "seller_memo": "卖家备注 seller memo",
    "requested_carrier": "指定快递 carrier", "lines": "商品 items",
}


def _lines_text(lines) -> str:
    return ", ".join(f"{line.sku_code}×{line.quantity}" for line in lines)


def changed_fields(before: Order, after: NewOrder) -> dict[str, tuple[str, str]]:
    """field -> (stored value, platform value) for every field that differs."""
    found = {}
    for field in LABELS:
        if field == "lines":
            old, new = _lines_text(before.lines), _lines_text(after.lines)
        else:
            old, new = str(getattr(before, field) or ""), str(getattr(after, field) or "")
        if old != new:
            found[field] = (old, new)
    return found


def is_cancellation(before: Order, after: NewOrder) -> bool:
    """悔单: the buyer closed the order or asked for a refund after the warehouse took it on."""
    return (after.platform_status == PlatformStatus.CLOSED != before.platform_status
            or bool(after.refund_status) and not before.refund_status)


def describe(before: Order, after: NewOrder, changes: dict[str, tuple[str, str]]) -> str:
    text = "; ".join(f"{LABELS[field]}: {old or '-'} → {new or '-'}" for field, (old, new) in changes.items())
    if is_cancellation(before, after):
        return f"买家悔单/退款 buyer cancelled or asked for a refund after review: {text}"
    return text or "平台内容已变更 platform content changed"
