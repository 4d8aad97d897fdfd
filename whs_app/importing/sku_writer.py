"""Writing SKU master data: upsert what changed, replace barcodes, set stock, then let orders that
were waiting for these SKU codes find them (and weigh them)."""
from __future__ import annotations

from dataclasses import dataclass, field

from whs_app.importing.problems import Problems
from whs_app.importing.skus import SkuRow
from whs_app.model import OrderState
from whs_app.store import Store
from whs_app.store.imports import KnownSku

#: Orders not yet reviewed: their weight follows the catalogue.
_UNREVIEWED = (OrderState.NEW, OrderState.NOT_SHIPPABLE, OrderState.EXCEPTION)


@dataclass
class SkuPlan:
    new: list[SkuRow] = field(default_factory=list)
    changed: list[tuple[SkuRow, KnownSku]] = field(default_factory=list)
    unchanged: int = 0

    @property
    def empty(self) -> bool:
        return not (self.new or self.changed)


def _wanted(row: SkuRow, known: KnownSku | None) -> tuple:
    """(name, bin, weight, hot, barcodes, on_hand) after this row; blanks keep what is stored."""
    keep_hot, keep_barcodes, keep_stock = (known.hot, known.barcodes, known.on_hand) if known else (False, (), 0)
    return (row.name, row.bin, row.weight_kg, keep_hot if row.hot is None else row.hot,
            tuple(sorted(row.barcodes)) if row.barcodes else keep_barcodes,
            keep_stock if row.on_hand is None else row.on_hand)


def plan_skus(store: Store, rows: list[SkuRow], problems: Problems) -> SkuPlan:
    """Compare with the catalogue; stock below what is reserved and stolen barcodes are problems."""
    if not rows:
        return SkuPlan()
    known = store.imports.known_skus()
    owners = {barcode: code for code, sku in known.items() for barcode in sku.barcodes}
    in_file = {row.code: row for row in rows}
    plan = SkuPlan()
    for row in rows:
        stored = known.get(row.code)
        wanted = _wanted(row, stored)
        _check_barcodes(row, owners, in_file, problems)
        if stored and wanted[5] < stored.reserved:
            problems.add(row.file, row.row, "库存", f"库存 {wanted[5]} 少于已预留的 {stored.reserved} 件"
                         f" stock {wanted[5]} is below the {stored.reserved} units reserved for reviewed orders")
        if stored is None:
            plan.new.append(row)
        elif wanted != (stored.name, stored.bin, stored.weight_kg, stored.hot, stored.barcodes, stored.on_hand):
            plan.changed.append((row, stored))
        else:
            plan.unchanged += 1
    return plan


def _check_barcodes(row: SkuRow, owners: dict[str, str], in_file: dict[str, SkuRow], problems: Problems) -> None:
    for barcode in row.barcodes:
        owner = owners.get(barcode)
        moving = owner in in_file and barcode not in in_file[owner].barcodes and in_file[owner].barcodes
        if owner and owner != row.code and not moving:
            problems.add(row.file, row.row, "条码", f"条码 {barcode} 已属于 {owner} barcode already belongs to SKU {owner}")


def write_skus(store: Store, plan: SkuPlan) -> dict[str, int]:
    """Apply the plan; returns counts of lines resolved and orders re-weighed."""
    rows = plan.new + [row for row, _ in plan.changed]
    wanted = {row.code: _wanted(row, stored) for row, stored in
              [(row, None) for row in plan.new] + plan.changed}
    store.imports.upsert_skus((code, w[0], w[1], w[2], w[3]) for code, w in wanted.items())
    store.imports.replace_barcodes({row.code: wanted[row.code][4] for row in rows})
    store.imports.set_stock({code: w[5] for code, w in wanted.items()})
    resolved = store.imports.resolve_unknown_lines()
    heavier = [row.code for row, stored in plan.changed if row.weight_kg != stored.weight_kg]
    reweigh = sorted(set(resolved) | set(store.imports.orders_holding(heavier, _UNREVIEWED)))
    store.imports.refresh_weights(reweigh)
    return {"orders_sku_resolved": len(resolved), "orders_reweighed": len(reweigh)}
