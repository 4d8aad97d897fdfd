"""`whs import` end to end, on files written like real exports."""
import json

import pytest
from click.testing import CliRunner

from whs_app.cli import cli
from whs_app.store import Store
from tests.import_fixtures import (SKU_HEADER, TbItem, TbOrder, dump, generic_row, jsonl_record, write_generic,
                                   write_jsonl, write_skus, write_taobao)


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "whs.db"
    result = CliRunner().invoke(cli, ["--db", str(path), "init"])
    assert result.exit_code == 0, result.output
    return path


def whs(db, *args):
    return CliRunner().invoke(cli, ["--db", str(db), "--station", "OFFICE", "--user", "boss", *map(str, args)])


def db_dump(db):
    with Store.open(db, create=False) as store:
        return dump(store)


def test_taobao_gbk_export_then_the_same_again(db, tmp_path):
    skus = write_skus(tmp_path / "商品资料.csv", [["TSHIRT-W-M", "纯棉T恤", "6901234567001", "A-01-01", "0.25", "100"]],
                      "gb18030")
    assert whs(db, "import", skus).exit_code == 0
    files = write_taobao(tmp_path, [TbOrder("2611110000000001", items=[TbItem("TSHIRT-W-M", "2")]),
                                    TbOrder("2611110000000002", status="等待买家付款", paid_at="",
                                            items=[TbItem("NEW-SKU")])])
    result = whs(db, "import", *files)
    assert result.exit_code == 0, result.output
    assert "2 new, 0 changed, 0 unchanged" in result.output
    assert "not shippable: 1" in result.output and "unknown SKU lines: 1" in result.output
    again = whs(db, "import", *files)
    assert again.exit_code == 0 and "nothing to write" in again.output and "2 unchanged" in again.output


def test_generic_csv_with_shop_option_and_json_output(db, tmp_path):
    path = write_generic(tmp_path / "orders.csv", [generic_row("G1", shop=""), generic_row("G1", "JEANS-32", shop="")],
                         "utf-8-sig")
    result = whs(db, "--json", "import", path, "--shop", "tmall-main")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["ok"] is True and data["orders_new"] == 1 and data["errors"] == []
    assert data["unknown_sku_lines"] == 2 and data["format"] == "generic"


def test_refused_file_prints_every_problem_and_exits_2_leaving_the_db_alone(db, tmp_path):
    path = write_generic(tmp_path / "orders.csv", [generic_row("G1", quantity="0"), generic_row("G2", status="??")])
    before = db_dump(db)
    result = whs(db, "import", path)
    assert result.exit_code == 2
    assert f"{path}:2: 数量: " in result.stderr and f"{path}:3: 订单状态: " in result.stderr
    assert "nothing was written: 2 problem(s)" in result.stderr
    assert db_dump(db) == before


def test_refused_file_as_json_lists_errors(db, tmp_path):
    path = write_jsonl(tmp_path / "o.jsonl", [jsonl_record("J1", lines=[{"sku_code": "A", "quantity": -1}])])
    result = whs(db, "--json", "import", path)
    assert result.exit_code == 2
    data = json.loads(result.output)
    assert (data["ok"], data["written"], data["orders_new"]) == (False, False, 0)
    assert data["errors"] == [{"file": str(path), "row": 1, "column": "lines[0].quantity",
                               "reason": "数量必须是大于 0 的整数 quantity must be a whole number above 0: '-1'"}]


def test_only_the_first_hundred_problems_are_printed_then_a_count(db, tmp_path):
    path = write_generic(tmp_path / "o.csv", [generic_row(f"G{n}", quantity="0") for n in range(150)])
    result = whs(db, "import", path)
    assert result.exit_code == 2
    assert result.stderr.count(f"{path}:") == 100 and "and 50 more" in result.stderr


def test_missing_file_is_a_clear_error_with_exit_2(db, tmp_path):
    result = whs(db, "import", tmp_path / "nope.csv")
    assert result.exit_code == 2 and "no such file" in result.stderr


def test_forced_format_refuses_a_file_of_another_format(db, tmp_path):
    path = write_generic(tmp_path / "o.csv", [generic_row("G1")])
    result = whs(db, "import", "--format", "skus", path)
    assert result.exit_code == 2 and "unknown header" in result.stderr and "商家编码, 商品名称, 库位" in result.stderr
    assert whs(db, "import", "--format", "generic", path).exit_code == 0


def test_import_is_audited_with_station_and_user(db, tmp_path):
    assert whs(db, "import", write_generic(tmp_path / "o.csv", [generic_row("G1")])).exit_code == 0
    with Store.open(db, create=False) as store:
        [event] = store.audit.for_entity("import", 1)
    assert (event["station"], event["user_login"]) == ("OFFICE", "boss")


def test_sku_file_with_hot_column_through_the_cli(db, tmp_path):
    path = write_skus(tmp_path / "s.csv", [["A-1", "甲", "1|2", "A-01-01", "0.1", "5", "是"]],
                      header=SKU_HEADER + ["爆款"])
    result = whs(db, "--json", "import", path)
    assert json.loads(result.output)["skus_new"] == 1
