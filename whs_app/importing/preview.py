"""导入预览 What an import would do, before anything is written.

    preview = preview_files(store, ["orders.csv", "items.csv"], fmt=None, shop=None)

reads and checks the files exactly as `import_files` does (`read_batch`) and plans them against
the database (`plan_batch`, the same plan the import writes), then stops: the database is not
touched. It raises ImportRefused with every problem, or returns the counts the import would
report and the first rows with what would happen to each. `import_batch(store, clock, actor,
preview.batch)` then writes what was previewed (planned again inside the write transaction, so
a change made in between is taken into account, never overwritten).
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Sequence

from whs_app.importing.order_writer import OrderPlan, initial_state
from whs_app.importing.reading import Batch, read_batch
from whs_app.importing.service import ImportPlan, ImportResult, plan_batch
from whs_app.model import OrderState
from whs_app.store import Store

#: How many orders (and SKUs) the preview lists; the counts cover every row.
FIRST_ROWS = 200


class Outcome(StrEnum):
    NEW = "new"
    CHANGED = "changed"          # replaced in place: not yet taken on by the warehouse
    HELD = "held"                # changed on the platform after review: goes to the exception queue
    UNCHANGED = "unchanged"


@dataclass(frozen=True)
class OrderRow:
    file: str
    row: int
    order_no: str
    shop: str
    status: str                  # the platform's status text as exported
    shippable: bool
    receiver: str
    place: str                   # province city district
    items: str                   # "SKU×2, SKU×1"
    outcome: Outcome


@dataclass(frozen=True)
class SkuRow:
    file: str
    row: int
    code: str
    name: str
    bin: str
    outcome: Outcome


@dataclass(frozen=True)
class ImportPreview:
    batch: Batch                 # what `import_batch` writes
    result: ImportResult         # the counts the import would report (import_id None)
    orders: tuple[OrderRow, ...]
    skus: tuple[SkuRow, ...]


def preview_files(store: Store, paths: Sequence[str | Path], fmt: str | None = None, shop: str | None = None,
                  first: int = FIRST_ROWS) -> ImportPreview:
    """The import of these files as it would go, without writing (ImportRefused as the import)."""
    plan = plan_batch(store, read_batch([str(p) for p in paths], fmt, shop or ""))
    return ImportPreview(plan.batch, plan.result, _order_rows(plan, first), _sku_rows(plan, first))


def _order_outcomes(plan: OrderPlan) -> dict[int, Outcome]:
    """id(order) -> outcome, for the orders the plan writes (the rest are unchanged)."""
    outcomes = {id(order): Outcome.NEW for _, order, _ in plan.new}
    outcomes.update((id(order), Outcome.CHANGED) for _, order, _ in plan.edit)
    outcomes.update((id(order), Outcome.HELD) for _, order, _ in plan.held)
    return outcomes


def _order_rows(plan: ImportPlan, first: int) -> tuple[OrderRow, ...]:
    outcomes = _order_outcomes(plan.orders)
    rows = []
    for parsed in plan.batch.orders[:first]:
        order = parsed.order
        rows.append(OrderRow(
            parsed.file, parsed.row, order.order_no, order.shop_code,
            order.platform_status_text or order.platform_status.value,
            initial_state(order) == OrderState.NEW, order.receiver_name,
            " ".join(part for part in (order.province, order.city, order.district) if part),
            ", ".join(f"{line.sku_code}×{line.quantity}" for line in order.lines),
            outcomes.get(id(order), Outcome.UNCHANGED)))
    return tuple(rows)


def _sku_rows(plan: ImportPlan, first: int) -> tuple[SkuRow, ...]:
    outcomes = {id(row): Outcome.NEW for row in plan.skus.new}
    outcomes.update((id(row), Outcome.CHANGED) for row, _ in plan.skus.changed)
    return tuple(SkuRow(row.file, row.row, row.code, row.name, row.bin, outcomes.get(id(row), Outcome.UNCHANGED))
                 for row in plan.batch.skus[:first])
