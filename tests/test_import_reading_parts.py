"""Address splitting, encodings, format tables and header detection."""
import pytest

from whs_app.importing.address import split_address
from whs_app.importing.decoding import UnreadableFile, decode, read_source
from whs_app.importing.detect import detect
from whs_app.importing.tables import all_tables, normalise, table
from whs_app.model import PlatformStatus
from tests.import_fixtures import GENERIC_HEADER, SKU_HEADER, TAOBAO_ITEM_HEADER, TAOBAO_ORDER_HEADER


@pytest.mark.parametrize("text, parts", [
    ("浙江省 杭州市 西湖区 文三路 100号(310000)", ("浙江省", "杭州市", "西湖区", "文三路 100号")),
    ("上海 上海市 浦东新区 世纪大道 8号（200120）", ("上海", "上海市", "浦东新区", "世纪大道 8号")),
    ("广东省\u3000深圳市 南山区 科技园路1号", ("广东省", "深圳市", "南山区", "科技园路1号")),
    ("浙江省 杭州市 文三路100号", ("浙江省", "杭州市", "", "文三路100号")),
    ("浙江省 杭州市 西湖区", ("浙江省", "杭州市", "西湖区", "")),
    ("", ("", "", "", "")),
])
def test_split_address(text, parts):
    assert split_address(text) == parts


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk"])
def test_decode_detects_utf8_with_or_without_bom_and_gb18030(encoding):
    text = "订单号,收货人\r\nA1,张三 𠀀" if encoding in ("utf-8", "utf-8-sig", "gb18030") else "订单号,收货人\r\nA1,张三"
    decoded, _ = decode(text.encode(encoding))
    assert decoded == text


@pytest.mark.parametrize("data, words", [(b"\xff\xfe\x00a", "UTF-16"), (b"abc\xff\xff", "neither UTF-8 nor GB18030")])
def test_undecodable_files_get_a_clear_reason(data, words):
    with pytest.raises(UnreadableFile, match=words):
        decode(data, "x.csv")


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(UnreadableFile, match="no such file"):
        read_source(tmp_path / "nope.csv")


def test_every_shipped_table_loads_and_is_consistent():
    loaded = {t.name: t for t in all_tables()}
    assert set(loaded) >= {"generic", "taobao", "jsonl", "skus"}
    for fmt in loaded.values():
        for part in fmt.parts.values():
            assert set(part.detect) <= set(part.columns), (fmt.name, part.name)
            assert set(part.required) <= set(part.columns), (fmt.name, part.name)
        if fmt.kind == "orders":
            assert set(fmt.statuses.values()) == set(PlatformStatus), fmt.name


def test_taobao_statuses_map_whatever_the_comma():
    taobao = table("taobao")
    assert taobao.status("买家已付款，等待卖家发货") == PlatformStatus.PAID
    assert taobao.status("买家已付款,等待卖家发货") == PlatformStatus.PAID
    assert taobao.status("等待买家付款") == PlatformStatus.UNPAID
    assert taobao.status("卖家已发货，等待买家确认") == PlatformStatus.SHIPPED
    assert taobao.status("交易成功") == PlatformStatus.SHIPPED
    assert taobao.status("交易关闭") == PlatformStatus.CLOSED
    assert taobao.status("发了") is None
    assert normalise(" Paid ") == "paid"


def _csv(header):
    return ",".join(header) + "\r\n"


@pytest.mark.parametrize("header, expected", [
    (GENERIC_HEADER, ("generic", "lines")),
    (TAOBAO_ORDER_HEADER, ("taobao", "orders")),
    (TAOBAO_ITEM_HEADER, ("taobao", "items")),
    (SKU_HEADER, ("skus", "skus")),
    (["order_no", "sku_code", "quantity", "status"], ("generic", "lines")),
])
def test_detect_by_header(header, expected):
    fmt, part = detect(_csv(header))
    assert (fmt.name, part.name) == expected


def test_detect_json_lines_by_first_record():
    fmt, part = detect('{"order_no": "1", "status": "paid", "lines": []}\n')
    assert fmt.name == "jsonl"


def test_unknown_header_and_empty_file_name_the_expected_columns():
    assert "订单号, 商家编码, 数量" in detect("a,b,c\r\n1,2,3\r\n")
    assert "商家编码, 商品名称, 库位" in detect("  \n")


def test_forced_format_only_accepts_its_own_header():
    assert isinstance(detect(_csv(GENERIC_HEADER), "generic"), tuple)
    reason = detect(_csv(GENERIC_HEADER), "skus")
    assert isinstance(reason, str) and "商家编码, 商品名称, 库位" in reason and "订单号" not in reason


PDD_TABLE = '''
title = "拼多多 订单导出 PDD export"
kind = "orders"
syntax = "csv"
address = "single"
[fields]
identifiers = ["order_no", "sku_code"]
numbers = ["quantity"]
[status]
paid = ["待发货"]
unpaid = ["待支付"]
shipped = ["已发货"]
closed = ["已取消"]
[parts.lines]
detect = ["order_no", "sku_code", "quantity"]
required = ["order_no", "status", "sku_code", "quantity"]
[parts.lines.columns]
order_no = ["订单号"]
status = ["订单状态"]
receiver_name = ["收货人"]
full_address = ["详细地址"]
sku_code = ["商家编码-规格维度"]
quantity = ["商品数量(件)"]
'''


def test_a_new_platform_is_a_table_not_code(store, clock, actor, warehouse, tmp_path, monkeypatch):
    from whs_app.importing import detect as detect_module, import_files
    from whs_app.importing.tables import load
    from tests.import_fixtures import write_csv

    monkeypatch.setattr(detect_module, "all_tables", lambda: (*all_tables(), load(PDD_TABLE, "pdd")))
    path = write_csv(tmp_path / "pdd.csv", [["订单号", "订单状态", "收货人", "详细地址", "商家编码-规格维度", "商品数量(件)"],
                                            ["P-1", "待发货", "钱七", "四川省 成都市 武侯区 天府大道 1号", "JEANS-32", "2"],
                                            ["P-2", "待支付", "孙八", "四川省 成都市 锦江区 春熙路 2号", "MUG-350", "1"]])
    result = import_files(store, clock, actor, [path], shop="pdd-shop")
    assert (result.format, result.orders_new, result.orders_not_shippable) == ("pdd", 2, 1)
    order = store.orders.find("P-1")[0]
    assert (order.receiver_name, order.district, order.address, order.units) == ("钱七", "武侯区", "天府大道 1号", 2)
