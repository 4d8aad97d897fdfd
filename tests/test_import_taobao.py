"""The Taobao/Tmall seller-center export: two GBK files joined by 订单编号."""
import pytest

from whs_app.model import OrderState, PlatformStatus
from tests.import_fixtures import TbItem, TbOrder, dump, refusal, run, write_taobao  # noqa: F401 (fixture)

pytestmark = pytest.mark.usefixtures("warehouse")


def test_gbk_two_file_export_is_joined_and_cleaned(run, store, tmp_path, warehouse):
    orders, items = write_taobao(tmp_path, [
        TbOrder("2611110000000001", items=[TbItem("TSHIRT-W-M", "2", "纯棉T恤 白色"), TbItem("JEANS-32")],
                message="请尽快发货", memo="VIP 客户"),
        TbOrder("2611110000000002", status="等待买家付款", paid_at="", address="上海 上海市 浦东新区 世纪大道 8号(200120)"),
        TbOrder("2611110000000003", status="交易关闭")])
    assert orders.read_bytes().decode("gbk")          # really GBK, not UTF-8
    result = run(items, orders)                       # any order of the two files
    assert (result.format, result.orders_new, result.orders_not_shippable) == ("taobao", 3, 2)
    order = store.orders.by_shop_and_number(warehouse.shop_id, "2611110000000001")
    assert order.state == OrderState.NEW and order.platform_status == PlatformStatus.PAID
    assert (order.province, order.city, order.district, order.address) == ("浙江省", "杭州市", "西湖区", "文三路 100号")
    assert order.receiver_phone == "13812345678" and order.paid_at == "2026-11-11 00:01:02"
    assert (order.buyer_message, order.seller_memo, order.buyer) == ("请尽快发货", "VIP 客户", "tb_buyer01")
    assert [(l.sku_code, l.quantity, l.title) for l in store.orders.lines([order.id])[order.id]] == [
        ("TSHIRT-W-M", 2, "纯棉T恤 白色"), ("JEANS-32", 1, "商品")]
    unpaid = store.orders.find("2611110000000002")[0]
    assert unpaid.state == OrderState.NOT_SHIPPABLE and unpaid.paid_at is None and unpaid.city == "上海市"
    assert store.orders.find("2611110000000003")[0].platform_status == PlatformStatus.CLOSED


def test_shop_name_in_the_export_finds_the_shop_by_name(run, store, tmp_path, warehouse):
    run(*write_taobao(tmp_path, [TbOrder("1"), TbOrder("2", shop="新开的店")]))
    assert store.orders.find("1")[0].shop_id == warehouse.shop_id
    assert store.orders.find("2")[0].shop_id == store.shops.ids_by_code()["新开的店"]


def test_refund_on_one_item_marks_the_order_for_review(run, store, tmp_path):
    run(*write_taobao(tmp_path, [TbOrder("1", items=[
        TbItem("TSHIRT-W-M"), TbItem("JEANS-32", refund="买家已经申请退款，等待卖家同意"),
        TbItem("SOCKS-5P", status="交易关闭", refund="退款成功")])]))
    order = store.orders.find("1")[0]
    assert order.state == OrderState.NEW
    assert order.refund_status == "JEANS-32: 买家已经申请退款，等待卖家同意; SOCKS-5P: 退款成功，子订单交易关闭"


def test_excel_scientific_notation_order_number_is_refused(run, tmp_path):
    problems = refusal(run, *write_taobao(tmp_path, [TbOrder("2.61111E+15", wrap=False)]))
    assert problems[0].column == "订单编号" and "scientific" in problems[0].reason


def test_duplicate_order_numbers_in_the_order_report_name_both_rows(run, tmp_path):
    orders, items = write_taobao(tmp_path, [TbOrder("1"), TbOrder("2"), TbOrder("1")])
    problems = refusal(run, orders, items)
    assert [(p.file, p.row) for p in problems] == [(str(orders), 4)]
    assert f"{orders} row 2" in problems[0].reason


def test_items_without_an_order_and_orders_without_items_are_refused(run, tmp_path):
    orders, items = write_taobao(tmp_path, [TbOrder("1"), TbOrder("2", items=[])],
                                 extra_items=[['="9"', "t", "1.00", "1", "", "", "", "", "交易成功", "JEANS-32", ""]])
    problems = refusal(run, orders, items)
    assert [(p.file, p.row) for p in problems] == [(str(orders), 3), (str(items), 3)]
    assert "no items" in problems[0].reason and "not in the order report" in problems[1].reason


def test_bad_item_quantity_and_missing_sku_code_are_refused(run, tmp_path):
    orders, items = write_taobao(tmp_path, [TbOrder("1", items=[TbItem("TSHIRT-W-M", "0"), TbItem("", "1")])])
    problems = refusal(run, orders, items)
    assert [(p.row, p.column) for p in problems] == [(2, "购买数量"), (3, "商家编码")]


def test_one_file_of_the_two_is_refused_naming_the_other(run, store, tmp_path):
    orders, items = write_taobao(tmp_path, [TbOrder("1")])
    before = dump(store)
    [problem] = refusal(run, orders)
    assert "宝贝报表" in problem.reason
    [problem] = refusal(run, items)
    assert "订单报表" in problem.reason
    assert dump(store) == before


def test_unknown_taobao_status_is_refused(run, tmp_path):
    [problem] = refusal(run, *write_taobao(tmp_path, [TbOrder("1", status="神秘状态")]))
    assert (problem.row, problem.column) == (2, "订单状态") and "交易成功" in problem.reason
