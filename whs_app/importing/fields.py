"""Canonical fields: how each one's cells are checked, and how checked values become a NewOrder."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterable, NamedTuple, Sequence

from whs_app.importing import cells
from whs_app.importing.cells import BLANKS
from whs_app.importing.address import split_address
from whs_app.importing.problems import Problems
from whs_app.importing.tables import FormatTable, normalise
from whs_app.model import NewOrder, OrderLine

#: raw cell text -> (value, problem or None)
Check = Callable[[str], tuple[Any, "str | None"]]

#: Fields that belong to the order (the rest belong to one line of it).
LINE_FIELDS = frozenset({"sku_code", "sku_code_alt", "title", "quantity", "line_status", "line_refund"})
_KIND_CHECKS: dict[str, Check] = {
    "identifiers": cells.identifier, "phones": cells.phone, "numbers": cells.quantity, "times": cells.timestamp,
}


class FieldSpec(NamedTuple):
    field: str
    position: int          # index of the field's raw text in a row's cells
    column: str            # the name people see in an error
    check: Check | None    # None: free text, kept verbatim (trimmed); review flags formula-looking text
    required: bool


def status_check(table: FormatTable) -> Check:
    def check(raw: str) -> tuple[str, str | None]:
        value = raw.strip(BLANKS)
        if table.status(value) is None:
            if not value:
                return value, "订单状态为空 status is missing"
            return value, f"订单状态无法识别 unknown status '{value}'; known: {table.status_texts()}"
        return value, None
    return check


def refund_check(table: FormatTable) -> Check:
    def check(raw: str) -> tuple[str, None]:
        value = raw.strip(BLANKS)
        return ("" if not value or normalise(value) in table.no_refund else value), None
    return check


def check_for(table: FormatTable, field: str) -> Check | None:
    if field == "status":
        return status_check(table)
    if field in ("refund_status", "line_refund"):
        return refund_check(table)
    return _KIND_CHECKS.get(table.kind_of(field))


def specs(table: FormatTable, required: Iterable[str], fields: Iterable[tuple[str, int, str]]) -> list[FieldSpec]:
    """FieldSpecs for (field, position, column name) triples."""
    needed = set(required)
    return [FieldSpec(field, position, column, check_for(table, field), field in needed)
            for field, position, column in fields]


def check_cells(field_specs: list[FieldSpec], cells: Sequence[str | None], file: str, row: int,
                problems: Problems, prefix: str = "") -> dict[str, Any]:
    """Every field's checked value; problems for bad or missing required values. A cell of None
    has been reported already (a JSON value of the wrong type). Lean: it runs on every row."""
    values: dict[str, Any] = {}
    for field, position, column, check, required in field_specs:
        raw = cells[position]
        if raw is None:
            values[field] = None
            continue
        if check is None:
            value, problem = raw.strip(BLANKS), None
        else:
            value, problem = check(raw)
        if problem:
            problems.add(file, row, prefix + column, problem)
        elif required and (value is None or value == ""):
            problems.add(file, row, prefix + column, "必填项为空 required value is missing")
        values[field] = value
    return values


def build_order(table: FormatTable, values: dict[str, Any], default_shop: str) -> NewOrder:
    """A NewOrder from checked order-level values (lines are added by the reader)."""
    get = values.get
    status_text = get("status") or ""
    if table.address == "single":
        province, city, district, address = split_address(get("full_address") or "")
    else:
        province, city, district, address = (get("province") or "", get("city") or "",
                                             get("district") or "", get("address") or "")
    return NewOrder(
        shop_code=get("shop") or default_shop, order_no=get("order_no") or "",
        platform_status=table.status(status_text), platform_status_text=status_text,
        paid_at=get("paid_at"), buyer=get("buyer") or "", receiver_name=get("receiver_name") or "",
        receiver_phone=get("receiver_phone") or get("receiver_phone_alt") or "",
        province=province, city=city, district=district, address=address,
        buyer_message=get("buyer_message") or "", seller_memo=get("seller_memo") or "",
        refund_status=get("refund_status") or "", requested_carrier=get("carrier") or "")


def build_line(values: dict[str, Any], line_no: int) -> OrderLine:
    return OrderLine(line_no=line_no, sku_code=values.get("sku_code") or values.get("sku_code_alt") or "",
                     quantity=values.get("quantity") or 0, title=values.get("title") or "")


@dataclass
class ParsedOrder:
    """An order read from a file, with where it came from (for errors naming rows)."""
    order: NewOrder
    file: str
    row: int
    raw: Any = None        # the order-level cells as read, to compare repeated rows of one order
