"""What the importer reads and writes in bulk: existing order hashes, new and re-imported orders,
SKU master data, and the `imports` log. Bulk on purpose: no per-row lookups on the import path."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence

from whs_app.actor import Actor
from whs_app.model import NewOrder, OrderState
from whs_app.store.base import Repository, placeholders, to_json

#: Order columns that hold what the platform said (what a re-import may change).
CONTENT_COLUMNS = ("platform_status", "platform_status_text", "buyer", "receiver_name", "receiver_phone",
                   "province", "city", "district", "address", "buyer_message", "seller_memo", "refund_status",
                   "requested_carrier", "paid_at")
_INSERT_ORDER = (
    f"INSERT INTO orders (id, shop_id, order_no, import_id, content_hash, state, {', '.join(CONTENT_COLUMNS)},"
    f" created_at, weight_kg, units) VALUES ({placeholders(len(CONTENT_COLUMNS) + 9)})")
_UPDATE_ORDER = (
    f"UPDATE orders SET import_id = ?, content_hash = ?, state = ?, {', '.join(c + ' = ?' for c in CONTENT_COLUMNS)},"
    " weight_kg = ?, units = ?, carrier_id = NULL, priority = 0, ship_day = NULL, merge_leader_id = NULL,"
    " waived_reasons = ''"
    " WHERE id = ?")
_INSERT_LINE = ("INSERT INTO order_lines (order_id, line_no, sku_code, sku_id, title, quantity)"
                " VALUES (?, ?, ?, ?, ?, ?)")


@dataclass(frozen=True)
class KnownOrder:
    id: int
    content_hash: str
    state: OrderState


@dataclass(frozen=True)
class KnownSku:
    id: int
    name: str
    bin: str
    weight_kg: float
    hot: bool
    barcodes: tuple[str, ...]
    on_hand: int
    reserved: int


def order_content(order: NewOrder) -> tuple:
    return (order.platform_status, order.platform_status_text, order.buyer, order.receiver_name,
            order.receiver_phone, order.province, order.city, order.district, order.address,
            order.buyer_message, order.seller_memo, order.refund_status, order.requested_carrier, order.paid_at)


def _line_rows(order_id: int, order: NewOrder, sku_ids: Mapping[str, int]) -> Iterable[tuple]:
    return ((order_id, line.line_no, line.sku_code, sku_ids.get(line.sku_code), line.title, line.quantity)
            for line in order.lines)


class ImportRepo(Repository):
    # -- shops and orders -------------------------------------------------------------------
    def shop_ids(self) -> dict[str, int]:
        """Shop code -> id, and shop name -> id where no code is spelled the same."""
        rows = self.store.all("SELECT id, code, name FROM shops")
        found = {row["name"]: row["id"] for row in rows}
        found.update({row["code"]: row["id"] for row in rows})
        return found

    def known_orders(self, shop_ids: Iterable[int]) -> dict[tuple[int, str], KnownOrder]:
        """(shop id, order number) -> what is stored, for every order of these shops."""
        ids = sorted(set(shop_ids))
        if not ids:
            return {}
        rows = self.store.all(f"SELECT shop_id, order_no, id, content_hash, state FROM orders"
                              f" WHERE shop_id IN ({placeholders(len(ids))})", ids)
        return {(r[0], r[1]): KnownOrder(r[2], r[3], OrderState(r[4])) for r in rows}

    def insert_orders(self, items: Sequence[tuple[int, OrderState, str, NewOrder, float, int]],
                      sku_ids: Mapping[str, int], at: str, import_id: int | None) -> list[int]:
        """(shop id, state, content hash, order, weight kg, units) rows and their lines; the new ids.

        Runs inside the caller's transaction, which holds the write lock, so ids are handed out here.
        """
        first = (self.store.scalar("SELECT MAX(id) FROM orders") or 0) + 1
        ids = list(range(first, first + len(items)))
        self.store.executemany(_INSERT_ORDER, (
            (order_id, shop_id, order.order_no, import_id, content_hash, state, *order_content(order), at,
             weight, units)
            for order_id, (shop_id, state, content_hash, order, weight, units) in zip(ids, items)))
        self.store.executemany(_INSERT_LINE, (
            row for order_id, item in zip(ids, items) for row in _line_rows(order_id, item[3], sku_ids)))
        return ids

    def update_orders(self, items: Sequence[tuple[int, OrderState, str, NewOrder, float, int]],
                      sku_ids: Mapping[str, int], import_id: int) -> None:
        """(order id, state, content hash, order, weight kg, units): new content and lines; what
        review and people decided about the old content (carrier, priority, ship day, merge, waived
        reasons) is cleared for review to decide again."""
        self.store.executemany(_UPDATE_ORDER, (
            (import_id, content_hash, state, *order_content(order), weight, units, order_id)
            for order_id, state, content_hash, order, weight, units in items))
        self.store.executemany("DELETE FROM order_lines WHERE order_id = ?", ((item[0],) for item in items))
        self.store.executemany(_INSERT_LINE, (
            row for item in items for row in _line_rows(item[0], item[3], sku_ids)))

    def set_content_hashes(self, items: Iterable[tuple[int, str]]) -> None:
        """(order id, hash): the platform's latest content, for orders whose data is left as it was."""
        self.store.executemany("UPDATE orders SET content_hash = ? WHERE id = ?",
                               ((content_hash, order_id) for order_id, content_hash in items))

    # -- SKU master data --------------------------------------------------------------------
    def known_skus(self) -> dict[str, KnownSku]:
        barcodes: dict[int, list[str]] = {}
        for sku_id, barcode in self.store.all("SELECT sku_id, barcode FROM sku_barcodes ORDER BY barcode"):
            barcodes.setdefault(sku_id, []).append(barcode)
        rows = self.store.all("SELECT s.id, s.code, s.name, s.bin, s.weight_kg, s.hot,"
                              " COALESCE(t.on_hand, 0), COALESCE(t.reserved, 0)"
                              " FROM skus s LEFT JOIN stock t ON t.sku_id = s.id")
        return {r[1]: KnownSku(r[0], r[2], r[3], r[4], bool(r[5]), tuple(barcodes.get(r[0], ())), r[6], r[7])
                for r in rows}

    def sku_ids_and_weights(self) -> dict[str, tuple[int, float]]:
        return {row[0]: (row[1], row[2]) for row in self.store.all("SELECT code, id, weight_kg FROM skus")}

    def upsert_skus(self, rows: Iterable[tuple[str, str, str, float, bool]]) -> None:
        """(code, name, bin, weight kg, hot) rows, inserted or updated by code."""
        self.store.executemany(
            "INSERT INTO skus (code, name, bin, weight_kg, hot) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (code) DO UPDATE SET name = excluded.name, bin = excluded.bin,"
            " weight_kg = excluded.weight_kg, hot = excluded.hot",
            ((code, name, bin_, weight, int(hot)) for code, name, bin_, weight, hot in rows))

    def replace_barcodes(self, barcodes: Mapping[str, Sequence[str]]) -> None:
        """SKU code -> its complete list of barcodes (barcodes may move between these SKUs)."""
        codes = list(barcodes)
        self.store.executemany("DELETE FROM sku_barcodes WHERE sku_id = (SELECT id FROM skus WHERE code = ?)",
                               ((code,) for code in codes))
        self.store.executemany(
            "INSERT INTO sku_barcodes (barcode, sku_id) SELECT ?, id FROM skus WHERE code = ?",
            ((barcode, code) for code in codes for barcode in barcodes[code]))

    def set_stock(self, on_hand: Mapping[str, int]) -> None:
        """SKU code -> units on the shelf (reserved units stay as they are)."""
        self.store.executemany(
            "INSERT INTO stock (sku_id, on_hand) SELECT id, ? FROM skus WHERE code = ?"
            " ON CONFLICT (sku_id) DO UPDATE SET on_hand = excluded.on_hand",
            ((units, code) for code, units in on_hand.items()))

    def resolve_unknown_lines(self) -> list[int]:
        """Lines whose SKU code now exists get its id; returns the orders touched."""
        order_ids = [row[0] for row in self.store.all(
            "SELECT DISTINCT l.order_id FROM order_lines l JOIN skus s ON s.code = l.sku_code"
            " WHERE l.sku_id IS NULL ORDER BY l.order_id")]
        self.store.execute("UPDATE order_lines SET sku_id = (SELECT id FROM skus WHERE code = order_lines.sku_code)"
                           " WHERE sku_id IS NULL AND sku_code IN (SELECT code FROM skus)")
        return order_ids

    def orders_holding(self, sku_codes: Iterable[str], states: Iterable[OrderState]) -> list[int]:
        """Orders in these states with a line of one of these SKUs."""
        codes, states = sorted(set(sku_codes)), list(states)
        if not codes:
            return []
        rows = self.store.all(
            f"SELECT DISTINCT o.id FROM orders o JOIN order_lines l ON l.order_id = o.id"
            f" WHERE l.sku_code IN ({placeholders(len(codes))}) AND o.state IN ({placeholders(len(states))})"
            " ORDER BY o.id", [*codes, *states])
        return [row[0] for row in rows]

    def refresh_weights(self, order_ids: Iterable[int]) -> None:
        """An order's weight is the sum of its known SKUs' weights times quantities."""
        self.store.executemany(
            "UPDATE orders SET weight_kg = (SELECT ROUND(CAST(COALESCE(SUM(s.weight_kg * l.quantity), 0) AS NUMERIC), 3)"
            " FROM order_lines l JOIN skus s ON s.id = l.sku_id WHERE l.order_id = orders.id) WHERE id = ?",
            ((order_id,) for order_id in order_ids))

    # -- the import log ---------------------------------------------------------------------
    def record(self, fmt: str, files: Sequence[str], sha256: str, at: str, actor: Actor,
               counts: Mapping[str, int]) -> int:
        """One `imports` row; the id the imported orders point to."""
        return self.store.insert(
            "INSERT INTO imports (format, files, sha256, imported_at, station, user_login, orders_new,"
            " orders_changed, orders_unchanged, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (fmt, to_json(list(files)), sha256, at, actor.station, actor.user, counts.get("orders_new", 0),
             counts.get("orders_changed", 0), counts.get("orders_unchanged", 0), to_json(dict(counts))))

    def get(self, import_id: int) -> dict | None:
        row = self.store.one("SELECT * FROM imports WHERE id = ?", (import_id,))
        return None if row is None else dict(row)
