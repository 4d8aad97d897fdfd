"""Review (审单) and merge (合单): bulk reads of orders waiting for review, bulk writes of verdicts."""
from __future__ import annotations

import re
from collections import defaultdict
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


def _starts_with(column: str, chars: frozenset[str], glob: bool) -> tuple[str, list]:
    """SQL true when the column's first character is one of chars ("" among them: or it is empty).

    One GLOB character class (PostgreSQL: a regular expression's): cheaper than substr() IN (…), which a day
    of orders pays nine times per order. In a GLOB class `]` and then `-` are literal first, and `^` is literal
    anywhere but first."""
    members = sorted(chars - {""}, key=lambda c: (c != "]", c != "-", c == "^", c))
    if not members:
        test, params = "FALSE", []
    elif members == ["^"]:
        test, params = f"substr({column}, 1, 1) = ?", members
    elif glob:
        test, params = f"{column} GLOB ?", [f"[{_with_ranges(members)}]*"]
    else:   # a regular expression's class, where a backslash makes any member literal
        test, params = f"{column} ~ ?", ["^[" + "".join("\\" + c if c in "]-^\\" else c for c in members) + "]"]
    return (f"({test} OR {column} = '')" if "" in chars else test), params


def _with_ranges(members: list[str]) -> str:
    """The inside of the class: `]` and `-` first, `^` last, and in between each run of three or more
    consecutive characters as a range (tab to carriage return: three characters, not five). A first character
    not in the class is compared with all of it, and most are not in it: a shorter class is a cheaper screen."""
    runs: list[list[str]] = []
    for char in (c for c in members if c not in "]-^"):   # in code point order, as _starts_with sorted them
        if runs and ord(char) == ord(runs[-1][-1]) + 1:
            runs[-1].append(char)
        else:
            runs.append([char])
    inside = "".join(f"{run[0]}-{run[-1]}" if len(run) > 2 else "".join(run) for run in runs)
    return "".join(c for c in "]-" if c in members) + inside + ("^" if "^" in members else "")


def screen_sql(screen: "Screen", glob: bool = True) -> tuple[str, list]:
    """The store's part of the screen over an order's own fields as one SQL condition over orders `o`
    (true: a closer look); the part over its lines is `line_screen_sql`."""
    parts: list[str] = []
    params: list = []
    for field, chars in screen.starts.items():
        test, test_params = _starts_with(_column(field), chars, glob)
        parts.append(test)
        params += test_params
    for field, values in screen.allowed.items():
        parts.append(f"{_column(field)} NOT IN ({placeholders(len(values))})")
        params += sorted(values)
    return " OR ".join(parts), params


def line_screen_sql(screen: "Screen", glob: bool = True) -> tuple[str, list]:
    """The store's part of the screen over one order line `l`: an unknown SKU or a title worth a closer look."""
    test, params = _starts_with("l.title", screen.title_starts, glob)
    return f"l.sku_id IS NULL OR {test}", params


def _first_paid(row: tuple) -> tuple:
    """Sort key of outline rows (id, shop_id, paid_at, …): first paid first, unpaid last, then id."""
    return row[2] is None, row[2] or "", row[0]


def _review_order(row) -> Order:
    values = tuple(row)
    return Order(values[0], values[1], values[2], _STATES[values[3]], _PLATFORM[values[4]], *values[5:])


def _orders_in(state: OrderState, order_ids: Sequence[int] | None) -> Iterable[tuple[str, list]]:
    """(SQL condition over orders `o`, its params) for the orders in state: all of them, or order_ids a chunk
    at a time. With ids the ids find the rows: the unary + keeps SQLite off the state index, whose walk
    would pass every order in the state once per chunk."""
    if order_ids is None:
        yield "o.state = ?", [state]
        return
    for chunk in chunks(sorted(set(order_ids))):
        yield f"o.id IN ({placeholders(len(chunk))}) AND +o.state = ?", [*chunk, state]


class ReviewRepo(Repository):
    def resolve_skus(self) -> int:
        """Lines of orders waiting for review whose SKU code has since joined the catalogue."""
        # `+order_id`: walk the few lines of the unknown-SKU index, not every line of the day's NEW orders.
        return self.store.execute(
            "UPDATE order_lines SET sku_id = (SELECT s.id FROM skus s WHERE s.code = order_lines.sku_code)"
            " WHERE sku_id IS NULL AND sku_code IN (SELECT code FROM skus)"
            " AND +order_id IN (SELECT id FROM orders WHERE state = ?)", (OrderState.NEW,)).rowcount

    def outlines(self, screen: "Screen", order_ids: Sequence[int] | None = None) -> list[PendingOrder]:
        """Every NEW order (or those of order_ids) in outline, first paid first, with the screen's verdict."""
        return self.outlines_with_units(screen, order_ids)[0]

    def outlines_with_units(self, screen: "Screen", order_ids: Sequence[int] | None = None
                            ) -> tuple[list[PendingOrder], dict[int, dict[int, int]]]:
        """outlines() and, per order, its units per known SKU: one read of the orders and one of their lines
        (which also gives the lines' part of the screen)."""
        glob = self.store.backend == "sqlite"
        test, test_params = screen_sql(screen, glob)
        line_test, line_params = line_screen_sql(screen, glob)
        rows: list[tuple] = []
        wanted: dict[int, dict[int, int]] = defaultdict(dict)
        flagged: set[int] = set()
        for where, params in _orders_in(OrderState.NEW, order_ids):
            rows += self.tuples(   # payment order is the state index's own: SQLite need not sort
                "SELECT o.id, o.shop_id, o.paid_at, o.province, o.city, o.buyer_message, o.seller_memo,"
                f" ({test}) FROM orders o WHERE {where} ORDER BY o.paid_at, o.id", [*test_params, *params])
            for order_id, sku_id, quantity, odd in self.tuples(
                    f"SELECT l.order_id, l.sku_id, l.quantity, ({line_test}) FROM order_lines l"
                    f" JOIN orders o ON o.id = l.order_id WHERE {where}", [*line_params, *params]):
                if odd:
                    flagged.add(order_id)
                if sku_id is not None:
                    units = wanted[order_id]
                    units[sku_id] = units.get(sku_id, 0) + quantity
        rows.sort(key=_first_paid)   # unpaid last; nearly sorted already, so nearly free
        outlines = list(map(PendingOrder._make, rows))
        if flagged:
            outlines = [o._replace(suspect=1) if o.id in flagged else o for o in outlines]
        return outlines, wanted

    def pending(self, order_ids: Sequence[int] | None = None) -> list[Order]:
        """Orders in state NEW (all, or those of order_ids) with their lines, in id order."""
        found: list[Order] = []
        for where, params in _orders_in(OrderState.NEW, order_ids):
            found += self._with_lines(_REVIEW_SELECT, _review_order, f" WHERE {where}", params)
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

    def waived(self, state: OrderState = OrderState.NEW, order_ids: Sequence[int] | None = None
               ) -> dict[int, frozenset[str]]:
        """order id -> reasons a person waived, of the orders in state (all, or those of order_ids)."""
        rows = []
        for where, params in _orders_in(state, order_ids):
            rows += self.store.all(f"SELECT o.id, o.waived_reasons FROM orders o WHERE {where} AND o.waived_reasons != ''",
                                   params)
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
        # finding those in SQL keeps a day of 24,000 distinct buyers out of Python. Each order probes the
        # (shop, phone) index for a partner, cheaper than grouping every READY order (phones are stored
        # stripped: the importer and the address correction both strip them).
        rows = self.store.all(
            "SELECT id, shop_id, buyer, receiver_name, receiver_phone, province, city, district, address,"
            " carrier_id, paid_at, weight_kg, merge_leader_id FROM orders o WHERE state = ? AND wave_id IS NULL"
            " AND (merge_leader_id IS NOT NULL OR EXISTS (SELECT 1 FROM orders p WHERE p.shop_id = o.shop_id"
            " AND p.receiver_phone = o.receiver_phone AND p.id != o.id AND p.state = ? AND p.wave_id IS NULL))"
            " ORDER BY paid_at, id", (OrderState.READY, OrderState.READY))
        return [dict(row) for row in rows]

    def set_merge_leaders(self, rows: Iterable[tuple[int | None, int]]) -> None:
        """(leader id or None, order id) pairs."""
        self.store.executemany("UPDATE orders SET merge_leader_id = ? WHERE id = ?", rows)

    def followers(self, leader_id: int) -> list[Order]:
        return [order for order in self.store.orders.group(leader_id) if order.id != leader_id]

    def hot_sku_ids(self) -> set[int]:
        return {row[0] for row in self.store.all("SELECT id FROM skus WHERE hot = 1")}
