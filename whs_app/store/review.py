"""Review (审单) and merge (合单): bulk reads of orders waiting for review, bulk writes of verdicts."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable, Iterable, NamedTuple, Sequence

from whs_app.model import Order, OrderLine, OrderState, PlatformStatus
from whs_app.store.base import Repository, placeholders, update_by_id
from whs_app.store.orders import _SELECT as ORDER_SELECT, order_from_row

if TYPE_CHECKING:
    from whs_app.review_rules import Screen

CHUNK = 900
#: What review reads of an order: the leading fields of Order, in its order (the rest keep defaults).
_REVIEW_SELECT = ("SELECT id, shop_id, order_no, state, platform_status, paid_at, buyer, receiver_name, receiver_phone,"
                  " province, city, district, address, buyer_message, seller_memo, refund_status FROM orders")
_STATES = {state.value: state for state in OrderState}
_PLATFORM = {status.value: status for status in PlatformStatus}
_LINES = ("SELECT l.order_id, l.line_no, l.sku_code, l.quantity, l.sku_id, l.title"
          " FROM order_lines l JOIN orders o ON o.id = l.order_id")


def chunks(ids: Sequence[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), CHUNK):
        yield list(ids[start:start + CHUNK])


class PendingOrder(NamedTuple):
    """What review needs of every order; `suspect`: the store's part of the screen wants it loaded whole."""
    id: int
    shop_id: int
    paid_at: str | None
    province: str
    city: str
    buyer_message: str
    seller_memo: str
    suspect: int


_COLUMN = re.compile(r"^[a-z_]+$")


def _column(name: str) -> str:
    if not _COLUMN.match(name):
        raise ValueError(f"not a column name: {name!r}")
    return f"o.{name}"


def screen_sql(screen: "Screen") -> tuple[str, list]:
    """The store's part of the screen as one SQL condition over orders `o` (true: a closer look)."""
    parts: list[str] = []
    params: list = []
    for field, chars in screen.starts.items():
        parts.append(f"substr({_column(field)}, 1, 1) IN ({placeholders(len(chars))})")
        params += sorted(chars)
    for field, values in screen.allowed.items():
        parts.append(f"{_column(field)} NOT IN ({placeholders(len(values))})")
        params += sorted(values)
    parts.append("EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = o.id AND (l.sku_id IS NULL"
                 f" OR substr(l.title, 1, 1) IN ({placeholders(len(screen.title_starts))})))")
    params += sorted(screen.title_starts)
    return " OR ".join(parts), params


def _review_order(row) -> Order:
    values = tuple(row)
    return Order(values[0], values[1], values[2], _STATES[values[3]], _PLATFORM[values[4]], *values[5:])


def _id_filters(order_ids: Sequence[int] | None) -> Iterable[tuple[str, list[int]]]:
    """("AND o.id IN (…)", ids) per chunk of order_ids, or one empty filter for all orders."""
    if order_ids is None:
        yield "", []
        return
    for chunk in chunks(sorted(set(order_ids))):
        yield f"AND o.id IN ({placeholders(len(chunk))})", chunk


class ReviewRepo(Repository):
    def resolve_skus(self) -> int:
        """Lines of orders waiting for review whose SKU code has since joined the catalogue."""
        return self.store.execute(
            "UPDATE order_lines SET sku_id = (SELECT s.id FROM skus s WHERE s.code = order_lines.sku_code)"
            " WHERE sku_id IS NULL AND sku_code IN (SELECT code FROM skus)"
            " AND order_id IN (SELECT id FROM orders WHERE state = ?)", (OrderState.NEW,)).rowcount

    def outlines(self, screen: "Screen", order_ids: Sequence[int] | None = None) -> list[PendingOrder]:
        """Every NEW order (or those of order_ids) in outline, first paid first, with the screen's verdict."""
        test, test_params = screen_sql(screen)
        sql = (f"SELECT o.id, o.shop_id, o.paid_at, o.province, o.city, o.buyer_message, o.seller_memo, ({test})"
               " FROM orders o WHERE o.state = ? {ids} ORDER BY o.paid_at IS NULL, o.paid_at, o.id")
        rows = []
        for where, ids in _id_filters(order_ids):
            rows += self._tuples(sql.format(ids=where), [*test_params, OrderState.NEW, *ids])
        if order_ids is not None:
            rows.sort(key=lambda r: (r[2] is None, r[2] or "", r[0]))
        return list(map(PendingOrder._make, rows))

    def pending_units(self, order_ids: Sequence[int] | None = None) -> list[tuple[int, int, int]]:
        """(order id, sku id, quantity) of the known-SKU lines of NEW orders (all, or those of order_ids)."""
        rows = []
        for where, ids in _id_filters(order_ids):
            rows += self._tuples(
                "SELECT l.order_id, l.sku_id, l.quantity FROM order_lines l JOIN orders o ON o.id = l.order_id"
                f" WHERE o.state = ? AND l.sku_id IS NOT NULL {where}", [OrderState.NEW, *ids])
        return rows

    def _tuples(self, sql: str, params: list) -> list[tuple]:
        """Rows as plain tuples: cheaper than sqlite3.Row for a day of orders."""
        cursor = self.store.conn.cursor()
        cursor.row_factory = None
        return cursor.execute(sql, params).fetchall()

    def pending(self, order_ids: Sequence[int] | None = None) -> list[Order]:
        """Orders in state NEW (all, or those of order_ids) with their lines, in id order."""
        found: list[Order] = []
        for where, ids in _id_filters(order_ids):
            found += self._with_lines(_REVIEW_SELECT, _review_order, f" WHERE o.state = ? {where}",
                                      [OrderState.NEW, *ids])
        return found

    def with_lines(self, order_ids: Sequence[int]) -> list[Order]:
        """Orders in any state, with their lines, in id order."""
        found: list[Order] = []
        for chunk in chunks(sorted(set(order_ids))):
            found += self._with_lines(ORDER_SELECT, order_from_row, f" WHERE o.id IN ({placeholders(len(chunk))})",
                                      chunk)
        return found

    def _with_lines(self, select: str, make: Callable[..., Order], where: str, params: list) -> list[Order]:
        orders = {row[0]: make(row) for row in self.store.all(f"{select} o{where} ORDER BY o.id", params)}
        for row in self.store.all(f"{_LINES}{where} ORDER BY l.order_id, l.line_no", params):
            orders[row[0]].lines.append(OrderLine(row[1], row[2], row[3], row[4], row[5]))
        return list(orders.values())

    def waived(self, state: OrderState = OrderState.NEW) -> dict[int, frozenset[str]]:
        rows = self.store.all("SELECT id, waived_reasons FROM orders WHERE state = ? AND waived_reasons != ''",
                              (state,))
        return {row[0]: frozenset(row[1].split(",")) for row in rows}

    def add_waived(self, order_id: int, reasons: Iterable[str]) -> None:
        current = self.store.scalar("SELECT waived_reasons FROM orders WHERE id = ?", (order_id,)) or ""
        merged = sorted(set(filter(None, current.split(","))) | set(reasons))
        self.store.execute("UPDATE orders SET waived_reasons = ? WHERE id = ?", (",".join(merged), order_id))

    def mark_reviewed(self, rows: Iterable[tuple[str, int | None, int, str | None, float, int]]) -> None:
        """(state, carrier_id, priority, ship_day, weight_kg, order_id) for each reviewed order."""
        update_by_id(self.store, "orders", ("state", "carrier_id", "priority", "ship_day", "weight_kg"), rows)

    def merge_candidates(self) -> list[dict]:
        """READY orders not on a wave, with what decides whether they share a parcel."""
        # Only orders that share shop and phone with another (or already in a group) can merge:
        # finding those in SQL keeps a day of 24,000 distinct buyers out of Python.
        rows = self.store.all(
            "SELECT id, shop_id, buyer, receiver_name, receiver_phone, province, city, district, address,"
            " carrier_id, paid_at, weight_kg, merge_leader_id FROM orders"
            " WHERE state = ? AND wave_id IS NULL AND (merge_leader_id IS NOT NULL OR (shop_id, TRIM(receiver_phone))"
            " IN (SELECT shop_id, TRIM(receiver_phone) FROM orders WHERE state = ? AND wave_id IS NULL"
            " GROUP BY 1, 2 HAVING COUNT(*) > 1)) ORDER BY paid_at, id", (OrderState.READY, OrderState.READY))
        return [dict(row) for row in rows]

    def set_merge_leaders(self, rows: Iterable[tuple[int | None, int]]) -> None:
        """(leader id or None, order id) pairs."""
        self.store.executemany("UPDATE orders SET merge_leader_id = ? WHERE id = ?", rows)

    def followers(self, leader_id: int) -> list[Order]:
        return [order for order in self.store.orders.group(leader_id) if order.id != leader_id]

    def hot_sku_ids(self) -> set[int]:
        return {row[0] for row in self.store.all("SELECT id FROM skus WHERE hot = 1")}
