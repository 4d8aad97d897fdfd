"""Orders, their lines and their exceptions."""
from __future__ import annotations

from typing import Iterable, Sequence

from whs_app.model import NewOrder, Order, OrderLine, OrderState, PlatformStatus, Reason
from whs_app.store.base import Repository, placeholders

_ORDER_FIELDS = (
    "id", "shop_id", "order_no", "state", "platform_status", "paid_at", "buyer", "receiver_name",
    "receiver_phone", "province", "city", "district", "address", "buyer_message", "seller_memo",
    "refund_status", "requested_carrier", "weight_kg", "units", "carrier_id", "priority", "ship_day",
    "merge_leader_id", "wave_id", "pick_slot", "waybill_no", "packed_at", "packed_by", "packed_station", "shipped_at",
)
_SELECT = f"SELECT {', '.join(_ORDER_FIELDS)} FROM orders"


def order_from_row(row) -> Order:
    values = dict(zip(_ORDER_FIELDS, row))
    values["state"] = OrderState(values["state"])
    values["platform_status"] = PlatformStatus(values["platform_status"])
    return Order(**values)


class OrderRepo(Repository):
    def get(self, order_id: int, with_lines: bool = True) -> Order | None:
        row = self.store.one(f"{_SELECT} WHERE id = ?", (order_id,))
        if row is None:
            return None
        order = order_from_row(row)
        if with_lines:
            order.lines = self.lines([order_id])[order_id]
        return order

    def find(self, order_no: str) -> list[Order]:
        """Orders with this number in any shop (numbers are unique per shop only)."""
        return [order_from_row(row) for row in self.store.all(f"{_SELECT} WHERE order_no = ?", (order_no,))]

    def by_shop_and_number(self, shop_id: int, order_no: str) -> Order | None:
        row = self.store.one(f"{_SELECT} WHERE shop_id = ? AND order_no = ?", (shop_id, order_no))
        return None if row is None else order_from_row(row)

    def in_states(self, states: Iterable[OrderState]) -> list[Order]:
        states = list(states)
        rows = self.store.all(f"{_SELECT} WHERE state IN ({placeholders(len(states))}) ORDER BY id", states)
        return [order_from_row(row) for row in rows]

    def lines(self, order_ids: Iterable[int]) -> dict[int, list[OrderLine]]:
        ids = list(order_ids)
        found: dict[int, list[OrderLine]] = {order_id: [] for order_id in ids}
        for chunk_start in range(0, len(ids), 900):
            chunk = ids[chunk_start:chunk_start + 900]
            rows = self.store.all(
                "SELECT order_id, line_no, sku_code, quantity, sku_id, title FROM order_lines"
                f" WHERE order_id IN ({placeholders(len(chunk))}) ORDER BY order_id, line_no", chunk)
            for row in rows:
                found[row[0]].append(OrderLine(row[1], row[2], row[3], row[4], row[5]))
        return found

    def group(self, leader_id: int) -> list[Order]:
        """The order and every order merged into it, leader first."""
        rows = self.store.all(
            f"{_SELECT} WHERE id = ? OR merge_leader_id = ? ORDER BY id = ? DESC, id", (leader_id, leader_id, leader_id))
        return [order_from_row(row) for row in rows]

    def lock(self, order_ids: Iterable[int]) -> None:
        """Hold these orders' rows to the end of the transaction: a second station claiming one of them waits
        here and then reads what the first wrote (PostgreSQL; SQLite's writer already holds the database)."""
        if self.store.backend == "sqlite":
            return    # its writer already holds the whole file: the SELECT would be a read for nothing on the scan path
        ids = sorted(set(order_ids))
        self.store.all(f"SELECT id FROM orders WHERE id IN ({placeholders(len(ids))}) ORDER BY id FOR UPDATE", ids)

    def set_state(self, order_ids: Iterable[int], state: OrderState) -> None:
        self.store.executemany("UPDATE orders SET state = ? WHERE id = ?", ((state, i) for i in order_ids))

    def mark_packed(self, order_ids: Iterable[int], at: str, user: str, station: str) -> None:
        self.store.executemany(
            "UPDATE orders SET state = 'packed', packed_at = ?, packed_by = ?, packed_station = ? WHERE id = ?",
            ((at, user, station, i) for i in order_ids))

    def mark_shipped(self, order_ids: Iterable[int], at: str) -> None:
        self.store.executemany("UPDATE orders SET state = 'shipped', shipped_at = ? WHERE id = ?",
                               ((at, i) for i in order_ids))

    def wave_leaders_without_waybill(self, wave_id: int) -> list[Order]:
        rows = self.store.all(
            f"{_SELECT} WHERE wave_id = ? AND merge_leader_id IS NULL AND waybill_no IS NULL ORDER BY pick_slot, id",
            (wave_id,))
        return [order_from_row(row) for row in rows]

    def by_waybill(self, waybill_no: str) -> Order | None:
        row = self.store.one(f"{_SELECT} WHERE waybill_no = ?", (waybill_no,))
        return None if row is None else order_from_row(row)

    def by_slot(self, wave_id: int, slot: int) -> Order | None:
        row = self.store.one(f"{_SELECT} WHERE wave_id = ? AND pick_slot = ?", (wave_id, slot))
        return None if row is None else order_from_row(row)

    def set_waybill(self, order_id: int, waybill_no: str) -> None:
        self.store.execute("UPDATE orders SET waybill_no = ? WHERE id = ?", (waybill_no, order_id))

    def count(self) -> int:
        return self.store.scalar("SELECT COUNT(*) FROM orders")

    def count_by_state(self) -> dict[str, int]:
        return {row[0]: row[1] for row in self.store.all("SELECT state, COUNT(*) FROM orders GROUP BY state")}

    def count_by_carrier(self) -> dict[str, dict[str, int]]:
        rows = self.store.all(
            "SELECT COALESCE(c.code, '-'), o.state, COUNT(*) FROM orders o"
            " LEFT JOIN carriers c ON c.id = o.carrier_id GROUP BY 1, 2")
        result: dict[str, dict[str, int]] = {}
        for code, state, count in rows:
            result.setdefault(code, {})[state] = count
        return result


    def insert_many(self, orders: Sequence[tuple[int, str, str, NewOrder]], at: str,
                    import_id: int | None, weights: dict[int, float]) -> list[int]:
        """Insert (shop_id, state, content_hash, order) rows with their lines; returns the new ids.

        SKU ids must already be resolved on the lines (None for codes the catalogue lacks).
        """
        ids = []
        for shop_id, state, content_hash, order in orders:
            weight = sum(weights.get(line.sku_id, 0.0) * line.quantity for line in order.lines if line.sku_id)
            units = sum(line.quantity for line in order.lines)
            order_id = self.store.insert(_INSERT_ORDER, (
                shop_id, order.order_no, import_id, content_hash, state, order.platform_status,
                order.platform_status_text, order.buyer, order.receiver_name, order.receiver_phone,
                order.province, order.city, order.district, order.address, order.buyer_message,
                order.seller_memo, order.refund_status, order.requested_carrier, order.paid_at, at,
                round(weight, 3), units))
            ids.append(order_id)
            self.store.executemany(_INSERT_LINE, (
                (order_id, line.line_no, line.sku_code, line.sku_id, line.title, line.quantity)
                for line in order.lines))
        return ids


_INSERT_ORDER = (
    "INSERT INTO orders (shop_id, order_no, import_id, content_hash, state, platform_status,"
    " platform_status_text, buyer, receiver_name, receiver_phone, province, city, district, address,"
    " buyer_message, seller_memo, refund_status, requested_carrier, paid_at, created_at, weight_kg, units)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
_INSERT_LINE = ("INSERT INTO order_lines (order_id, line_no, sku_code, sku_id, title, quantity)"
                " VALUES (?, ?, ?, ?, ?, ?)")


class ExceptionRepo(Repository):
    """The exception queue (异常单): an order leaves the line with readable reasons."""

    def raise_many(self, at: str, items: Iterable[tuple[int, Reason, str]]) -> None:
        self.store.executemany(
            "INSERT INTO order_exceptions (order_id, reason, detail, raised_at) VALUES (?, ?, ?, ?)",
            ((order_id, reason, detail, at) for order_id, reason, detail in items))

    def open_for(self, order_id: int) -> list[dict]:
        rows = self.store.all(
            "SELECT id, reason, detail, raised_at FROM order_exceptions"
            " WHERE order_id = ? AND resolved_at IS NULL ORDER BY id", (order_id,))
        return [dict(row) for row in rows]

    def resolve_open(self, order_id: int, at: str, resolution: str, user: str) -> int:
        return self.store.execute(
            "UPDATE order_exceptions SET resolved_at = ?, resolution = ?, resolved_by = ?"
            " WHERE order_id = ? AND resolved_at IS NULL", (at, resolution, user, order_id)).rowcount

    def open_counts_by_reason(self) -> dict[str, int]:
        rows = self.store.all(
            "SELECT reason, COUNT(DISTINCT order_id) FROM order_exceptions WHERE resolved_at IS NULL GROUP BY reason")
        return {row[0]: row[1] for row in rows}

    def open_queue(self, reason: str | None = None, limit: int = 200) -> list[dict]:
        sql = ("SELECT e.id, e.order_id, o.order_no, e.reason, e.detail, e.raised_at FROM order_exceptions e"
               " JOIN orders o ON o.id = e.order_id WHERE e.resolved_at IS NULL")
        params: list = []
        if reason:
            sql += " AND e.reason = ?"
            params.append(reason)
        sql += " ORDER BY e.id LIMIT ?"
        params.append(limit)
        return [dict(row) for row in self.store.all(sql, params)]
