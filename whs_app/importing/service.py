"""The import service: read and check every file, then write all of it in one transaction or
nothing at all (invariant 5).

    result = import_files(store, clock, actor, ["orders.csv", "items.csv"], fmt=None, shop=None)

raises ImportRefused (with every problem) or returns an ImportResult with the counts. The same in
steps, as the import screen does it: `read_batch` (files), `plan_batch` (against the database,
reads only: the preview), `import_batch` (plans again inside the write transaction and writes).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Iterable, Sequence

from whs_app.actor import Actor
from whs_app.clock import Clock, stamp
from whs_app.importing import order_writer, sku_writer
from whs_app.importing.fields import ParsedOrder
from whs_app.importing.problems import Problems
from whs_app.importing.reading import Batch, duplicate, read_batch
from whs_app.model import NewOrder, OrderState
from whs_app.store import Store


@dataclass(frozen=True)
class ImportResult:
    import_id: int | None          # None when nothing needed writing
    format: str
    files: tuple[str, ...]
    orders_new: int = 0
    orders_changed: int = 0        # updated in place (not yet taken on by the warehouse)
    orders_changed_on_platform: int = 0   # further along: data kept, sent to the exception queue
    orders_unchanged: int = 0
    orders_not_shippable: int = 0  # of the new and changed ones
    unknown_sku_lines: int = 0     # lines whose SKU code the catalogue lacks (review flags them)
    skus_new: int = 0
    skus_changed: int = 0
    skus_unchanged: int = 0
    orders_sku_resolved: int = 0   # orders whose unknown SKU codes the catalogue now knows
    orders_reweighed: int = 0

    @property
    def written(self) -> bool:
        return self.import_id is not None

    def counts(self) -> dict[str, int]:
        return {k: v for k, v in asdict(self).items() if isinstance(v, int) and k != "import_id"}


def import_files(store: Store, clock: Clock, actor: Actor, paths: Sequence[str | Path], fmt: str | None = None,
                 shop: str | None = None) -> ImportResult:
    """Import order exports and/or SKU master data; SKU files are applied first."""
    batch = read_batch([str(p) for p in paths], fmt, shop or "")
    return import_batch(store, clock, actor, batch)


def import_records(store: Store, clock: Clock, actor: Actor, records: Iterable[NewOrder],
                   source: str = "records") -> ImportResult:
    """Orders made by code (demo, drills, integrations) take the same path as a file."""
    parsed = [ParsedOrder(order, source, number) for number, order in enumerate(records, start=1)]
    problems = Problems()
    for item in parsed:
        if not item.order.shop_code or not item.order.order_no or not item.order.lines:
            problems.add(source, item.row, "-", "缺少店铺、订单号或明细 shop, order number or lines missing")
    problems.raise_if_any()
    return import_batch(store, clock, actor, Batch(source, (source,), "-", parsed, []))


@dataclass
class ImportPlan:
    """What importing a batch would write, worked out against the database without writing."""
    batch: Batch
    skus: sku_writer.SkuPlan
    orders: order_writer.OrderPlan
    result: ImportResult     # the counts; orders_sku_resolved and orders_reweighed are known only by writing

    @property
    def empty(self) -> bool:
        return self.skus.empty and self.orders.empty


def plan_batch(store: Store, batch: Batch) -> ImportPlan:
    """Compare a read batch with the database and run the checks that need it (stock below what is
    reserved, barcodes owned by another SKU, one order in two spellings of its shop). Reads only:
    ImportRefused, or the plan that `import_batch` writes (the preview shows it)."""
    problems = Problems()
    sku_plan = sku_writer.plan_skus(store, batch.skus, problems)
    shop_keys = _shop_keys(store, batch.orders, problems)
    problems.raise_if_any()
    known = store.imports.known_orders(key for key in shop_keys if isinstance(key, int))
    order_plan = order_writer.plan_orders(known, zip(shop_keys, (p.order for p in batch.orders)))
    catalogue = set(store.imports.sku_ids_and_weights()) | {row.code for row in sku_plan.new}
    return ImportPlan(batch, sku_plan, order_plan, _result(batch, sku_plan, order_plan, catalogue))


def import_batch(store: Store, clock: Clock, actor: Actor, batch: Batch) -> ImportResult:
    """Plan and write a read batch in one transaction: all of it, or nothing (ImportRefused)."""
    at = stamp(clock.now())
    with store.transaction():
        plan = plan_batch(store, batch)
        if plan.empty:
            return plan.result
        sku_counts = sku_writer.write_skus(store, plan.skus) if not plan.skus.empty else {}
        skus = store.imports.sku_ids_and_weights()
        _create_shops(store, plan.orders)
        result = replace(plan.result, **sku_counts)
        import_id = store.imports.record(batch.format, batch.files, batch.sha256, at, actor, result.counts())
        order_writer.write_new(store, plan.orders, skus, at, import_id)
        order_writer.write_edits(store, plan.orders, skus, at, actor, import_id)
        order_writer.write_held(store, plan.orders, at, actor, import_id)
        store.audit.record(at, actor, "import", "import", import_id,
                           {"format": batch.format, "files": list(batch.files), **result.counts()})
    return replace(result, import_id=import_id)


def _shop_keys(store: Store, orders: list[ParsedOrder], problems: Problems) -> list[int | str]:
    """Each order's shop: its id, or its code when the shop is first seen (created on writing).
    Two orders with one number in shops spelled differently (code and name) are problems naming
    both rows."""
    known = store.imports.shop_ids()
    keys, seen = [], {}
    for parsed in orders:
        key = known.get(parsed.order.shop_code, parsed.order.shop_code)
        first = seen.setdefault((key, parsed.order.order_no), parsed)
        if first is not parsed:
            problems.add(parsed.file, parsed.row, "订单号 order number", duplicate(parsed, first))
        keys.append(key)
    return keys


def _create_shops(store: Store, plan: order_writer.OrderPlan) -> None:
    """Shops first seen are created, named after their code; their orders (all new) take the ids."""
    ids: dict[str, int] = {}
    for index, (key, order, digest) in enumerate(plan.new):
        if isinstance(key, str):
            if key not in ids:
                ids[key] = store.shops.ensure(key)
            plan.new[index] = (ids[key], order, digest)


def _result(batch: Batch, sku_plan: sku_writer.SkuPlan, plan: order_writer.OrderPlan,
            catalogue: set[str]) -> ImportResult:
    written = [order for _, order, _ in plan.new] + [order for _, order, _ in plan.edit]
    return ImportResult(
        import_id=None, format=batch.format, files=batch.files,
        orders_new=len(plan.new), orders_changed=len(plan.edit), orders_changed_on_platform=len(plan.held),
        orders_unchanged=plan.unchanged,
        orders_not_shippable=sum(order_writer.initial_state(o) == OrderState.NOT_SHIPPABLE for o in written),
        unknown_sku_lines=sum(line.sku_code not in catalogue for o in written for line in o.lines),
        skus_new=len(sku_plan.new), skus_changed=len(sku_plan.changed), skus_unchanged=sku_plan.unchanged)
