"""The content hash of an order as the platform gave it: same hash, same order, nothing to do."""
from __future__ import annotations

from hashlib import blake2b

from whs_app.model import NewOrder

_SEP = "\x1f"


def content_hash(order: NewOrder) -> str:
    """Over every imported field and line (not the shop: the hash is compared within a shop)."""
    parts = [order.order_no, order.platform_status, order.platform_status_text, order.paid_at or "",
             order.buyer, order.receiver_name, order.receiver_phone, order.province, order.city,
             order.district, order.address, order.buyer_message, order.seller_memo, order.refund_status,
             order.requested_carrier]
    for line in order.lines:
        parts += (line.sku_code, str(line.quantity), line.title)
    return blake2b(_SEP.join(parts).encode(), digest_size=16).hexdigest()
