"""Browsing orders page by page for the supervisors' tables: whitelisted sorts and filters, keyset pages.

A page continues after the last row of the page before (keyset: `(sort column, id) > (?, ?)` read
off an index), so the 500th page of 100,000 orders costs what the first does, and a row that
changes while someone scrolls is neither shown twice nor skipped. Only the sorts in SORTS and the
filters of OrderFilter exist; text a user typed reaches SQL as a bound parameter only.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Collection, NamedTuple

from whs_app.store.base import Repository, placeholders

if TYPE_CHECKING:
    from whs_app.model import Order

#: What a browse row holds, in order (the table models address cells by these names).
FIELDS = ("id", "order_no", "shop", "state", "paid_at", "buyer", "receiver_name", "province", "city", "carrier",
          "wave", "units", "weight_kg", "merge_leader_id", "reasons")
_SELECT = (
    "SELECT o.id, o.order_no, s.code, o.state, o.paid_at, o.buyer, o.receiver_name, o.province, o.city, c.code,"
    " w.code, o.units, o.weight_kg, o.merge_leader_id,"
    " (SELECT group_concat(e.reason) FROM order_exceptions e WHERE e.order_id = o.id AND e.resolved_at IS NULL)")
_FROM = (" FROM orders o JOIN shops s ON s.id = o.shop_id LEFT JOIN carriers c ON c.id = o.carrier_id"
         " LEFT JOIN waves w ON w.id = o.wave_id")


@dataclass(frozen=True)
class Sort:
    """An order of rows that an index reads: its columns, together unique, and the position of the
    one that may be NULL (if any)."""
    columns: tuple[str, ...]
    nullable: int | None = None


#: The sorts a table offers, each read off an index (tests/test_store_browse.py checks the plans).
SORTS = {
    "id": Sort(("o.id",)),
    "order_no": Sort(("o.order_no", "o.id")),
    "shop": Sort(("o.shop_id", "o.order_no")),
    "state": Sort(("o.state", "o.paid_at", "o.id"), nullable=1),
    "paid_at": Sort(("o.paid_at", "o.id"), nullable=0),
}

#: Filter columns with an index of their own, which the planner would rather read than the sort's,
#: and the same value as an expression no index answers (which keeps the planner off it).
_UNINDEXED = {"o.state": "o.state || ''", "o.shop_id": "o.shop_id + 0", "o.id": "o.id + 0"}


@dataclass(frozen=True)
class OrderFilter:
    state: str | None = None
    shop_id: int | None = None
    number: str = ""             # the order number starts with this
    reason: str | None = None    # an open exception with this reason

    def sql(self, unindexed: Collection[str] = ()) -> tuple[list[str], list]:
        """(conditions over orders o, their parameters). The planner keeps off the indexes of the
        `unindexed` columns: it then reads the sort's index and tests them on each row."""
        def column(name: str) -> str:
            return _UNINDEXED[name] if name in unindexed else name

        parts: list[str] = []
        params: list = []
        if self.state:
            parts.append(f"{column('o.state')} = ?")
            params.append(self.state)
        if self.shop_id is not None:
            parts.append(f"{column('o.shop_id')} = ?")
            params.append(self.shop_id)
        number = self.number.strip()
        if number:   # a range on the number's index (LIKE would read every row)
            parts.append("o.order_no >= ? AND o.order_no < ?")
            params += [number, number + "\U0010ffff"]
        if self.reason:
            parts.append(f"{column('o.id')} IN (SELECT e.order_id FROM order_exceptions e"
                         " WHERE e.resolved_at IS NULL AND e.reason = ?)")
            params.append(self.reason)
        return parts, params


@dataclass(frozen=True)
class OrderQuery:
    """What a table shows: which orders, in which order. `by_sort` is the store's choice of plan
    (BrowseRepo.prepare): read the sort's index when the filter keeps many rows, since then a page
    is found after a short walk, rather than sort every matching row again for each page."""
    where: OrderFilter = OrderFilter()
    sort: str = "id"
    descending: bool = False
    by_sort: bool = False


class Page(NamedTuple):
    rows: list[tuple]            # values of FIELDS
    after: tuple | None          # where the next page starts (None: this was the last)


class BrowseRepo(Repository):
    def count_orders(self, where: OrderFilter) -> int:
        parts, params = where.sql()
        return self.store.scalar("SELECT COUNT(*) FROM orders o" + _where(parts), params)

    def prepare(self, query: OrderQuery, limit: int = 200, matching: int | None = None) -> tuple[OrderQuery, int]:
        """The query with its plan chosen, and how many orders it matches (counted unless `matching`
        is known: a new sort of the same rows).

        Walking the sort's index reads about limit × all / matching rows per page; sorting the
        matching rows reads all of them: the walk wins once matching² > limit × all.
        """
        if query.sort not in SORTS:
            raise ValueError(f"no sort {query.sort!r}; offered: {', '.join(SORTS)}")
        if matching is None:
            matching = self.count_orders(query.where)
        wide = query.where != OrderFilter() and matching * matching > limit * self.store.orders.count()
        return replace(query, by_sort=wide), matching

    def order_page(self, query: OrderQuery, after: tuple | None = None, limit: int = 200) -> Page:
        """Up to `limit` rows after the key `after` (from the page before; None: the first page)."""
        order = SORTS[query.sort]   # a KeyError for a sort not offered: never SQL from the caller
        descending = query.descending
        unindexed = set(_UNINDEXED) - {order.columns[0]} if query.by_sort else set()
        parts, params = query.where.sql(unindexed)
        direction = " DESC" if descending else ""
        if self.store.backend != "sqlite":   # NULL sorts first as in SQLite, which the keys after a page assume
            direction += " NULLS LAST" if descending else " NULLS FIRST"
        order_by = " ORDER BY " + ", ".join(column + direction for column in order.columns)
        rows: list[tuple] = []
        for segment, segment_params in _segments(order, descending, after):
            sql = f"{_SELECT}, {', '.join(order.columns)}{_FROM}{_where(parts + segment)}{order_by} LIMIT ?"
            rows += self.tuples(sql, [*params, *segment_params, limit - len(rows)])
            if len(rows) == limit:
                break
        width = len(FIELDS)
        last = rows[-1][width:] if len(rows) == limit else None
        return Page([row[:width] for row in rows], last)

    def shops(self) -> list[tuple[int, str, str]]:
        """(id, code, name) of every shop, by code."""
        return [tuple(row) for row in self.store.all("SELECT id, code, name FROM shops ORDER BY code")]

    def order_card(self, order_id: int) -> dict | None:
        """What the details panel shows beside the order itself: shop, carrier and wave by name."""
        row = self.store.one(
            "SELECT s.code AS shop_code, s.name AS shop_name, c.code AS carrier_code,"
            " w.code AS wave_code FROM orders o JOIN shops s ON s.id = o.shop_id"
            " LEFT JOIN carriers c ON c.id = o.carrier_id LEFT JOIN waves w ON w.id = o.wave_id WHERE o.id = ?",
            (order_id,))
        return None if row is None else dict(row)

    def same_receiver(self, order: "Order", states: list[str], limit: int = 50) -> list[int]:
        """Ids of up to `limit` orders of the order's shop, buyer, receiver and phone in these states and
        on no wave, first paid first (the address is compared by the caller). Phones are stored trimmed
        (import, address edits), so the lookup reads the receiver index."""
        rows = self.store.all(
            f"SELECT id FROM orders WHERE shop_id = ? AND receiver_phone = ? AND state IN ({placeholders(len(states))})"
            " AND wave_id IS NULL AND TRIM(buyer) = ? AND TRIM(receiver_name) = ? ORDER BY paid_at, id LIMIT ?",
            [order.shop_id, order.receiver_phone.strip(), *states, order.buyer.strip(), order.receiver_name.strip(),
             limit])
        return [row[0] for row in rows]


def _where(parts: list[str]) -> str:
    return " WHERE " + " AND ".join(f"({part})" for part in parts) if parts else ""


def _segments(order: Sort, descending: bool, after: tuple | None) -> list[tuple[list[str], list]]:
    """The conditions that read, in order, the rows that follow the key `after`.

    One row-value comparison does it, `(a, b) > (?, ?)`, unless a column may be NULL: a comparison
    with NULL matches nothing, and SQLite sorts NULL first (ascending). Then the rows after the key
    come in parts: those sharing the columns before the nullable one, up to the NULLs or from them,
    and then those whose leading columns come later.
    """
    op = "<" if descending else ">"
    if after is None:
        return [([], [])]
    if order.nullable is None:
        return [_past(order.columns, op, after)]
    k = order.nullable
    lead, column, rest = order.columns[:k], order.columns[k], order.columns[k + 1:]
    same = [f"{name} = ?" for name in lead], list(after[:k])
    if after[k] is None:   # within the NULLs
        parts = [_join(same, ([f"{column} IS NULL"], []), _past(rest, op, after[k + 1:]))]
        if not descending:
            parts.append(_join(same, ([f"{column} IS NOT NULL"], [])))
    else:
        parts = [_join(same, _past(order.columns[k:], op, after[k:]))]
        if descending:
            parts.append(_join(same, ([f"{column} IS NULL"], [])))
    if lead:
        parts.append(_past(lead, op, after[:k]))
    return parts


def _past(columns: tuple[str, ...], op: str, values: tuple) -> tuple[list[str], list]:
    return [f"({', '.join(columns)}) {op} ({placeholders(len(columns))})"], list(values)


def _join(*conditions: tuple[list[str], list]) -> tuple[list[str], list]:
    return [part for parts, _ in conditions for part in parts], [value for _, params in conditions for value in params]
