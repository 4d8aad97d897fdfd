"""商品资料 SKU master data: upsert, barcodes, stock, and orders that were waiting for a SKU."""
import pytest

from tests.import_fixtures import (SKU_HEADER, dump, generic_row, refusal, run,  # noqa: F401 (run is a fixture)
                                   write_generic, write_skus)


def sku_state(store, code):
    sku = store.skus.by_code(code)
    on_hand, reserved = store.stock.levels([sku.id])[sku.id]
    return sku.name, sku.bin, sku.weight_kg, sku.hot, store.skus.barcodes(sku.id), on_hand, reserved


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_new_skus_with_several_barcodes_and_hot_flag(run, store, tmp_path, encoding):
    path = write_skus(tmp_path / "skus.csv", [
        ["HD-W-M", "连帽卫衣 白 M", "6900000000011|HDWM", "A-03-12", "0.55", "120", "是"],
        ["CB-1M", "数据线 1米", "6900000000028", "C-01-02", "0.08", "", "否"],
    ], encoding, header=SKU_HEADER + ["爆款"])
    result = run(path)
    assert (result.format, result.skus_new, result.skus_changed) == ("skus", 2, 0)
    assert sku_state(store, "HD-W-M") == ("连帽卫衣 白 M", "A-03-12", 0.55, True, ["6900000000011", "HDWM"], 120, 0)
    assert sku_state(store, "CB-1M")[3:] == (False, ["6900000000028"], 0, 0)
    assert store.skus.by_barcode("HDWM").code == "HD-W-M"


def test_reimport_updates_replaces_barcodes_sets_stock_and_keeps_what_is_blank(run, store, tmp_path, warehouse):
    store.stock.reserve({warehouse.sku_ids["TSHIRT-W-M"]: 7})
    path = write_skus(tmp_path / "skus.csv", [
        ["TSHIRT-W-M", "纯棉T恤 白色 M 新款", "6901234567999", "A-09-01", "0.3", "40"],
        ["DOWN-JKT-L", "羽绒服 L 爆款", "6901234567004", "B-01-03", "1.2", ""],
        ["JEANS-32", "牛仔裤 32码", "6901234567003", "A-02-05", "0.6", "50"],
    ])
    result = run(path)
    assert (result.skus_new, result.skus_changed, result.skus_unchanged) == (0, 1, 2)
    assert sku_state(store, "TSHIRT-W-M") == ("纯棉T恤 白色 M 新款", "A-09-01", 0.3, False, ["6901234567999"], 40, 7)
    assert store.skus.by_barcode("TSWM") is None
    assert sku_state(store, "DOWN-JKT-L")[3:] == (True, ["6901234567004"], 40, 0)   # hot and stock kept


def test_reimporting_the_same_master_data_writes_nothing(run, store, tmp_path, warehouse):
    path = write_skus(tmp_path / "skus.csv", [["JEANS-32", "牛仔裤 32码", "6901234567003", "A-02-05", "0.6", "50"]])
    before = dump(store)
    result = run(path)
    assert (result.written, result.skus_unchanged) == (False, 1)
    assert dump(store) == before


def test_stock_below_what_is_reserved_is_refused(run, store, tmp_path, warehouse):
    store.stock.reserve({warehouse.sku_ids["MUG-350"]: 3})
    before = dump(store)
    path = write_skus(tmp_path / "s.csv", [["MUG-350", "马克杯", "6901234567006", "C-01-01", "0.45", "2"]])
    [problem] = refusal(run, path)
    assert (problem.row, problem.column) == (2, "库存") and "below the 3 units reserved" in problem.reason
    assert dump(store) == before


def test_a_barcode_of_another_sku_is_refused_unless_that_sku_gives_it_up_in_the_same_file(run, store, tmp_path,
                                                                                           warehouse):
    steal = write_skus(tmp_path / "a.csv", [["NEW-1", "新品", "6901234567003", "A-01-09", "0.1", "1"]])
    [problem] = refusal(run, steal)
    assert "belongs to SKU JEANS-32" in problem.reason
    move = write_skus(tmp_path / "b.csv", [["NEW-1", "新品", "6901234567003", "A-01-09", "0.1", "1"],
                                           ["JEANS-32", "牛仔裤 32码", "6901234567333", "A-02-05", "0.6", "50"]])
    run(move)
    assert store.skus.by_barcode("6901234567003").code == "NEW-1"
    assert store.skus.barcodes(warehouse.sku_ids["JEANS-32"]) == ["6901234567333"]


def test_bad_rows_are_each_reported(run, store, tmp_path, warehouse):
    path = write_skus(tmp_path / "s.csv", [
        ["A-1", "甲", "111|222", "A-01-01", "0.1", "5"],
        ["A-1", "甲again", "333", "A-01-01", "0.1", "5"],
        ["B-1", "乙", "222", "A-01-02", "0.1", "5"],
        ["=cmd|'/C calc'!A0", "", "", "A 01 01", "heavy", "-1"],
        ["C-1", "丙", "444", "A-01-03", "-0.5", "1.5"],
    ], header=SKU_HEADER + ["爆款"])
    problems = [(p.row, p.column) for p in refusal(run, path)]
    assert problems == [(3, "商家编码"), (4, "条码"), (5, "商家编码"), (5, "商品名称"), (5, "库位"), (5, "重量"),
                        (5, "库存"), (6, "重量"), (6, "库存")]


def test_hot_flag_must_be_yes_or_no(run, tmp_path):
    path = write_skus(tmp_path / "s.csv", [["A-1", "甲", "", "A-01-01", "0.1", "5", "也许"]], header=SKU_HEADER + ["爆款"])
    [problem] = refusal(run, path)
    assert problem.column == "爆款" and "是" in problem.reason


def test_sku_import_resolves_waiting_order_lines_and_their_weight(run, store, tmp_path, warehouse):
    run(write_generic(tmp_path / "o.csv", [generic_row("G1", "KETTLE-2L", "2"), generic_row("G1", "JEANS-32", "1")]))
    order = store.orders.find("G1")[0]
    assert order.weight_kg == pytest.approx(0.6)
    result = run(write_skus(tmp_path / "s.csv", [["KETTLE-2L", "电水壶 2L", "6909999999999", "D-01-01", "1.25", "10"]]))
    assert result.orders_sku_resolved == 1
    order = store.orders.get(order.id)
    assert order.weight_kg == pytest.approx(0.6 + 2 * 1.25)
    assert all(line.sku_id for line in order.lines)


def test_skus_and_orders_in_one_import_apply_skus_first(run, store, tmp_path, warehouse):
    skus = write_skus(tmp_path / "s.csv", [["KETTLE-2L", "电水壶 2L", "6909999999999", "D-01-01", "1.25", "10"]])
    orders = write_generic(tmp_path / "o.csv", [generic_row("G1", "KETTLE-2L", "2")])
    result = run(orders, skus)
    assert (result.format, result.unknown_sku_lines, result.orders_new, result.skus_new) == ("generic+skus", 0, 1, 1)
    assert store.orders.find("G1")[0].weight_kg == pytest.approx(2.5)


def test_a_changed_weight_reweighs_orders_not_yet_reviewed(run, store, tmp_path, warehouse):
    run(write_generic(tmp_path / "o.csv", [generic_row("G1", "JEANS-32", "2"), generic_row("G2", "JEANS-32", "1")]))
    store.orders.set_state([store.orders.find("G2")[0].id], "ready")
    run(write_skus(tmp_path / "s.csv", [["JEANS-32", "牛仔裤 32码", "6901234567003", "A-02-05", "0.7", "50"]]))
    assert store.orders.find("G1")[0].weight_kg == pytest.approx(1.4)
    assert store.orders.find("G2")[0].weight_kg == pytest.approx(0.6)
