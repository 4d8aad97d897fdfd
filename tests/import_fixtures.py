"""Files written the way real exports are: Taobao's GBK two-file export, generic CSV, JSON lines,
商品资料 CSV; and a full dump of the database to prove a refused import changed nothing."""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from whs_app.importing import ImportRefused, Problem, import_files
from whs_app.store import Store

# -- Taobao / Tmall seller-center export --------------------------------------------------------
#: The order report's header as the seller center writes it (note the padded names).
TAOBAO_ORDER_HEADER = [
    "订单编号", "买家会员名", "买家支付宝账号", "买家应付货款", "买家应付邮费", "买家支付积分", "总金额", "返点积分",
    "买家实际支付金额", "买家实际支付积分", "订单状态", "买家留言", "收货人姓名", "收货地址 ", "运送方式", "联系电话 ",
    "联系手机", "订单创建时间", "订单付款时间 ", "宝贝标题 ", "宝贝种类 ", "物流单号 ", "物流公司", "订单备注",
    "宝贝总数量", "店铺Id", "店铺名称", "订单关闭原因", "卖家服务费", "买家服务费", "发票抬头", "是否手机订单",
    "分阶段订单信息", "特权订金订单id", "是否上传合同照片", "是否上传小票", "是否代付", "定金排名", "修改后的sku",
    "修改后的收货地址", "异常信息", "天猫卡券抵扣", "集分宝抵扣", "是否是O2O交易", "退款金额",
]
TAOBAO_ITEM_HEADER = ["订单编号", "标题", "价格", "购买数量", "外部系统编号", "商品属性", "套餐信息", "备注", "订单状态",
                      "商家编码", "退款状态"]
PAID = "买家已付款，等待卖家发货"


@dataclass
class TbItem:
    sku: str
    quantity: str = "1"
    title: str = "商品"
    refund: str = "没有申请退款"
    status: str = ""          # blank: the order's status


@dataclass
class TbOrder:
    no: str
    status: str = PAID
    buyer: str = "tb_buyer01"
    name: str = "张三"
    address: str = "浙江省 杭州市 西湖区 文三路 100号(310000)"
    mobile: str = "'13812345678"
    paid_at: str = "2026-11-11 00:01:02"
    message: str = ""
    memo: str = ""
    shop: str = "优选旗舰店"
    items: list[TbItem] = field(default_factory=lambda: [TbItem("TSHIRT-W-M")])
    wrap: bool = True         # Excel's ="..." around the order number


def taobao_order_row(order: TbOrder) -> list[str]:
    number = f'="{order.no}"' if order.wrap else order.no
    values = {"订单编号": number, "买家会员名": order.buyer, "买家支付宝账号": "buyer@example.com",
              "买家应付货款": "99.00", "买家应付邮费": "0.00", "总金额": "99.00", "买家实际支付金额": "99.00",
              "订单状态": order.status, "买家留言": order.message, "收货人姓名": order.name, "收货地址 ": order.address,
              "运送方式": "快递", "联系手机": order.mobile, "订单创建时间": "2026-11-11 00:00:30",
              "订单付款时间 ": order.paid_at, "宝贝标题 ": order.items[0].title if order.items else "",
              "宝贝种类 ": str(len(order.items)), "订单备注": order.memo, "宝贝总数量": "1", "店铺名称": order.shop,
              "订单关闭原因": "订单未关闭", "是否手机订单": "手机订单", "退款金额": "0.00"}
    return [values.get(name, "") for name in TAOBAO_ORDER_HEADER]


def taobao_item_rows(order: TbOrder) -> list[list[str]]:
    number = f'="{order.no}"' if order.wrap else order.no
    return [[number, item.title, "99.00", item.quantity, "", "颜色分类:白色;尺码:M", "", "", item.status or order.status,
             item.sku, item.refund] for item in order.items]


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8") -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def write_taobao(folder: Path, orders: list[TbOrder], encoding: str = "gbk",
                 extra_items: list[list[str]] = ()) -> tuple[Path, Path]:
    """ExportOrderList*.csv and ExportOrderDetailList*.csv, as the seller center names them."""
    order_rows = [TAOBAO_ORDER_HEADER] + [taobao_order_row(o) for o in orders]
    item_rows = [TAOBAO_ITEM_HEADER] + [row for o in orders for row in taobao_item_rows(o)] + list(extra_items)
    return (write_csv(folder / "ExportOrderList202611110800.csv", order_rows, encoding),
            write_csv(folder / "ExportOrderDetailList202611110800.csv", item_rows, encoding))


# -- generic CSV -----------------------------------------------------------------------------
GENERIC_HEADER = ["订单号", "店铺", "订单状态", "付款时间", "买家", "收货人", "手机", "省", "市", "区", "详细地址",
                  "买家留言", "卖家备注", "退款状态", "指定快递", "商家编码", "商品名称", "数量"]
GENERIC_KEYS = ["order_no", "shop", "status", "paid_at", "buyer", "receiver_name", "receiver_phone", "province",
                "city", "district", "address", "buyer_message", "seller_memo", "refund_status", "carrier",
                "sku_code", "title", "quantity"]


def generic_row(order_no: str = "G1001", sku_code: str = "TSHIRT-W-M", quantity: str = "1", **fields: str) -> dict:
    row = {"order_no": order_no, "shop": "tmall-main", "status": "已付款", "paid_at": "2026-11-11 00:00:05",
           "buyer": "buyer1", "receiver_name": "李四", "receiver_phone": "13900001111", "province": "广东省",
           "city": "深圳市", "district": "南山区", "address": "科技园路 1号", "buyer_message": "", "seller_memo": "",
           "refund_status": "", "carrier": "", "sku_code": sku_code, "title": "纯棉T恤", "quantity": quantity}
    row.update(fields)
    return row


def write_generic(path: Path, rows: list[dict], encoding: str = "utf-8") -> Path:
    return write_csv(path, [GENERIC_HEADER] + [[row[key] for key in GENERIC_KEYS] for row in rows], encoding)


# -- JSON lines ------------------------------------------------------------------------------
def jsonl_record(order_no: str = "J1001", **fields) -> dict:
    record = {"order_no": order_no, "shop": "tmall-main", "status": "paid", "paid_at": "2026-11-11 00:02:00",
              "buyer": "jbuyer", "receiver": {"name": "王五", "phone": "13700002222", "province": "北京市",
                                               "city": "北京市", "district": "朝阳区", "address": "建国路 88号"},
              "buyer_message": "", "seller_memo": "", "refund_status": "", "carrier": "",
              "lines": [{"sku_code": "JEANS-32", "title": "牛仔裤", "quantity": 1}]}
    record.update(fields)
    return record


def write_jsonl(path: Path, records: list, encoding: str = "utf-8") -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records]
    path.write_bytes(("\n".join(lines) + "\n").encode(encoding))
    return path


# -- 商品资料 SKU master data ------------------------------------------------------------------
SKU_HEADER = ["商家编码", "商品名称", "条码", "库位", "重量", "库存"]


def write_skus(path: Path, rows: list[list[str]], encoding: str = "utf-8", header: list[str] = SKU_HEADER) -> Path:
    return write_csv(path, [header] + rows, encoding)


# -- the whole database ------------------------------------------------------------------------
def dump(store: Store) -> dict[str, list[tuple]]:
    """Every row of every table, for before/after comparisons."""
    return {name: sorted((tuple(row) for row in store.all(f'SELECT * FROM "{name}"')), key=repr)
            for name in store.table_names()}


# -- running the importer in tests -----------------------------------------------------------
@pytest.fixture
def run(store, clock, actor):
    """import_files on this test's store: run(path, ..., fmt=None, shop=None)."""
    def run(*paths, **options):
        return import_files(store, clock, actor, list(paths), **options)
    return run


def refusal(run, *paths, **options) -> list[Problem]:
    """The problems of an import that must be refused."""
    with pytest.raises(ImportRefused) as caught:
        run(*paths, **options)
    return caught.value.problems
