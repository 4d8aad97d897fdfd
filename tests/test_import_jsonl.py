"""JSON lines: one order per line, receiver and lines nested."""
import pytest

from whs_app.model import OrderState
from tests.import_fixtures import jsonl_record, refusal, run, write_jsonl  # noqa: F401 (run is a fixture)

pytestmark = pytest.mark.usefixtures("warehouse")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_json_lines_import_with_nested_receiver_and_lines(run, store, tmp_path, encoding):
    path = write_jsonl(tmp_path / "o.jsonl", [
        jsonl_record("J1", lines=[{"sku_code": "JEANS-32", "quantity": 2}, {"sku_code": "MUG-350", "quantity": "1"}]),
        "",
        jsonl_record("J2", status="unpaid", paid_at=None, receiver={"name": "赵六"}),
        jsonl_record(20261111, lines=[{"sku_code": "MYSTERY", "quantity": 1}])], encoding)
    result = run(path)
    assert (result.orders_new, result.orders_not_shippable, result.unknown_sku_lines) == (3, 1, 1)
    order = store.orders.find("J1")[0]
    assert (order.receiver_name, order.province, order.district, order.units) == ("王五", "北京市", "朝阳区", 3)
    partial = store.orders.find("J2")[0]
    assert partial.state == OrderState.NOT_SHIPPABLE and partial.province == "" and partial.receiver_name == "赵六"
    assert store.orders.find("20261111")


def test_json_problems_name_the_line_and_the_key_path(run, store, tmp_path):
    path = write_jsonl(tmp_path / "o.jsonl", [
        jsonl_record("J1"),
        "{not json",
        "[1, 2]",
        jsonl_record("J3", lines=[{"sku_code": "JEANS-32", "quantity": 0}, "JEANS-32",
                                  {"sku_code": "=1+1", "quantity": 1}]),
        jsonl_record("J4", lines=[]),
        jsonl_record("J5", buyer={"nick": "x"}, status=None),
        jsonl_record("J1")])
    problems = [(p.row, p.column) for p in refusal(run, path)]
    assert problems == [(2, "-"), (3, "-"), (4, "lines[0].quantity"), (4, "lines[1]"), (4, "lines[2].sku_code"),
                        (5, "lines"), (6, "buyer"), (6, "status"), (7, "订单号 order number")]
    assert store.orders.count() == 0


def test_a_float_or_boolean_quantity_is_refused(run, tmp_path):
    path = write_jsonl(tmp_path / "o.jsonl", [jsonl_record("J1", lines=[{"sku_code": "A", "quantity": 1.5},
                                                                       {"sku_code": "B", "quantity": True}])])
    reasons = [p.reason for p in refusal(run, path)]
    assert "whole number" in reasons[0] and "must be text or a number" in reasons[1]
