"""The import preview (导入预览): the same reading, checks and plan as the import, and not one byte written."""
from pathlib import Path

import pytest

from whs_app.importing import ImportRefused, import_batch, preview_files
from whs_app.importing.preview import Outcome
from whs_app.model import OrderState
from tests.import_fixtures import (TbItem, TbOrder, dump, generic_row, refusal, run,  # noqa: F401 (run is a fixture)
                                   write_generic, write_skus, write_taobao)

pytestmark = pytest.mark.usefixtures("warehouse")


def db_bytes(store) -> dict[str, bytes]:
    """The database file and its WAL, byte for byte (after the WAL was folded into the file)."""
    path = Path(store.path)
    return {p.name: p.read_bytes() for p in (path, path.with_name(path.name + "-wal")) if p.exists()}


def checkpointed(store) -> dict[str, bytes]:
    """SQLite's file, byte for byte; on PostgreSQL (no file here) the dump alone speaks."""
    if store.backend != "sqlite":
        return {}
    store.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return db_bytes(store)


def change_count(store) -> int | None:
    return store.conn.total_changes if store.backend == "sqlite" else None


def assert_untouched(store, before_bytes, before_dump, before_changes) -> None:
    assert change_count(store) == before_changes
    assert (db_bytes(store) if store.backend == "sqlite" else {}) == before_bytes
    assert dump(store) == before_dump


def test_preview_counts_what_the_import_then_writes_and_writes_nothing(store, clock, actor, tmp_path):
    path = write_generic(tmp_path / "orders.csv", [
        generic_row("G1"), generic_row("G1", "JEANS-32", "2"), generic_row("G2", status="未付款", paid_at=""),
        generic_row("G3", "NO-SUCH-SKU"), generic_row("G4", shop="jd-new-shop")])
    before_bytes, before_dump, changes = checkpointed(store), dump(store), change_count(store)

    preview = preview_files(store, [path])

    assert_untouched(store, before_bytes, before_dump, changes)
    assert store.imports.shop_ids().get("jd-new-shop") is None       # a new shop is created only by the import
    counts = preview.result
    assert (counts.orders_new, counts.orders_changed, counts.orders_unchanged) == (4, 0, 0)
    assert (counts.orders_not_shippable, counts.unknown_sku_lines, counts.import_id) == (1, 1, None)
    first = preview.orders[0]
    assert (first.file, first.row, first.order_no, first.shop, first.items) == (
        str(path), 2, "G1", "tmall-main", "TSHIRT-W-M×1, JEANS-32×2")
    assert (first.receiver, first.place, first.shippable, first.outcome) == ("李四", "广东省 深圳市 南山区", True, Outcome.NEW)
    assert [row.shippable for row in preview.orders] == [True, False, True, True]

    written = import_batch(store, clock, actor, preview.batch)
    assert written.written
    assert written.counts() == counts.counts()
    assert store.orders.find("G4")[0].shop_id == store.imports.shop_ids()["jd-new-shop"]


def test_preview_of_a_reimport_says_what_happens_to_each_order(store, clock, actor, run, tmp_path):
    orders, items = write_taobao(tmp_path, [TbOrder("1"), TbOrder("2"), TbOrder("3")])
    run(orders, items)
    store.orders.set_state([store.orders.find("3")[0].id], OrderState.PACKING)
    orders, items = write_taobao(tmp_path, [TbOrder("1"), TbOrder("2", memo="加急"),
                                            TbOrder("3", items=[TbItem("TSHIRT-W-M", refund="退款中")])])
    before_bytes, before_dump, changes = checkpointed(store), dump(store), change_count(store)

    preview = preview_files(store, [orders, items])

    assert_untouched(store, before_bytes, before_dump, changes)
    assert [(row.order_no, row.outcome) for row in preview.orders] == [
        ("1", Outcome.UNCHANGED), ("2", Outcome.CHANGED), ("3", Outcome.HELD)]
    assert (preview.result.orders_changed, preview.result.orders_changed_on_platform,
            preview.result.orders_unchanged) == (1, 1, 1)


def test_preview_of_skus_and_orders_together_sees_the_new_skus(store, clock, actor, tmp_path):
    skus = write_skus(tmp_path / "skus.csv", [["NEW-SKU", "新品", "6900000099991", "B-01-01", "0.3", "50"],
                                              ["TSHIRT-W-M", "纯棉T恤 白 M", "", "A-01-01", "0.2", ""]])
    orders = write_generic(tmp_path / "orders.csv", [generic_row("G1", "NEW-SKU"), generic_row("G2", "GONE-SKU")])
    before_dump, changes = dump(store), change_count(store)

    preview = preview_files(store, [orders, skus])

    assert (dump(store), change_count(store)) == (before_dump, changes)
    assert (preview.result.skus_new, preview.result.unknown_sku_lines) == (1, 1)
    assert [(row.code, row.outcome) for row in preview.skus][0] == ("NEW-SKU", Outcome.NEW)
    written = import_batch(store, clock, actor, preview.batch)
    assert (written.skus_new, written.unknown_sku_lines, written.orders_new) == (1, 1, 2)


def test_preview_refuses_what_the_import_refuses_with_the_same_problems(store, run, tmp_path):
    path = write_generic(tmp_path / "bad.csv", [generic_row("G1", quantity="0"), generic_row("G2", quantity="1.5"),
                                                generic_row("G1", receiver_name="王五")])
    before_bytes, before_dump = checkpointed(store), dump(store)

    with pytest.raises(ImportRefused) as caught:
        preview_files(store, [path])

    assert db_bytes(store) == before_bytes and dump(store) == before_dump
    problems = caught.value.problems
    assert [(p.file, p.row) for p in problems] == [(str(path), 2), (str(path), 3), (str(path), 4)]
    assert problems == refusal(run, path)


def test_checks_that_need_the_database_refuse_the_preview_too(store, run, tmp_path):
    run(write_generic(tmp_path / "o.csv", [generic_row("G1", "TSHIRT-W-M", "5")]))
    order = store.orders.find("G1")[0]
    store.orders.set_state([order.id], OrderState.READY)
    store.stock.reserve({store.skus.by_code("TSHIRT-W-M").id: 5})
    skus = write_skus(tmp_path / "skus.csv", [["TSHIRT-W-M", "纯棉T恤 白 M", "", "A-01-01", "0.2", "1"]])
    before = dump(store)

    with pytest.raises(ImportRefused) as caught:
        preview_files(store, [skus])

    assert dump(store) == before
    assert "reserved" in caught.value.problems[0].reason
    assert caught.value.problems == refusal(run, skus)
