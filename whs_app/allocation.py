"""Stock for review (库存分配): no overselling, hot items' reserve held back, first paid first served."""
from __future__ import annotations

import math
from typing import Iterable, Mapping

from whs_app.model import OrderLine, Reason
from whs_app.findings import Finding, say


def needs(lines: Iterable[OrderLine]) -> dict[int, int]:
    """Units per known SKU of an order's lines."""
    total: dict[int, int] = {}
    for line in lines:
        if line.sku_id is not None:
            total[line.sku_id] = total.get(line.sku_id, 0) + line.quantity
    return total


def held_back(on_hand: int, share: float) -> int:
    """Units of a hot SKU kept out of review (the small epsilon keeps 0.29 × 100 at 29)."""
    return math.floor(on_hand * share + 1e-9)


class StockLedger:
    """What review may still promise: on hand − reserved − held back (hot SKUs), never below zero."""

    def __init__(self, levels: Mapping[int, tuple[int, int]], hot: set[int], share: float) -> None:
        self.held = {sku: held_back(levels[sku][0], share) for sku in hot if sku in levels}
        self.available = {sku: max(0, on_hand - reserved - self.held.get(sku, 0))
                          for sku, (on_hand, reserved) in levels.items()}
        self._start = dict(self.available)

    def shortages(self, wanted: Mapping[int, int]) -> list[tuple[int, int, int]]:
        """(sku id, wanted, available) for each SKU the stock cannot cover."""
        available = self.available
        for sku, qty in wanted.items():   # a plain loop first: most orders are covered, and it is cheaper
            if qty > available.get(sku, 0):
                return [(sku, qty, available.get(sku, 0)) for sku, qty in wanted.items() if qty > available.get(sku, 0)]
        return []

    def take(self, wanted: Mapping[int, int]) -> None:
        """Promise the units (call only after shortages() found none)."""
        available = self.available
        for sku, qty in wanted.items():
            available[sku] -= qty

    @property
    def taken(self) -> dict[int, int]:
        """Units promised so far per SKU: what to add to stock.reserved."""
        return {sku: start - self.available[sku] for sku, start in self._start.items() if start != self.available[sku]}

    def short_finding(self, short: list[tuple[int, int, int]], codes: Mapping[int, str]) -> Finding:
        zh, en = [], []
        for sku, wanted, available in short:
            reserve = self.held.get(sku, 0)
            zh.append(f"{codes[sku]} 需 {wanted} 件，可用 {available} 件，缺 {wanted - available} 件"
                      + (f"（爆款留存 {reserve} 件）" if reserve else ""))
            en.append(f"{codes[sku]} needs {wanted}, {available} available, {wanted - available} short"
                      + (f" ({reserve} held back as hot-item reserve)" if reserve else ""))
        return Finding(Reason.STOCK_SHORT, say("库存不足: " + "；".join(zh), "stock short: " + "; ".join(en)))
