"""A small, fixed warehouse for tests: known SKUs, barcodes, bins, stock, carriers and people."""
from __future__ import annotations

from dataclasses import dataclass

from whs_app.clock import Clock, stamp
from whs_app.store import Store

#: code, name, bin, weight kg, stock, barcodes, hot
SKUS = [
    ("TSHIRT-W-M", "纯棉T恤 白色 M", "A-01-01", 0.25, 100, ["6901234567001", "TSWM"], False),
    ("TSHIRT-B-L", "纯棉T恤 黑色 L", "A-01-02", 0.25, 100, ["6901234567002"], False),
    ("JEANS-32", "牛仔裤 32码", "A-02-05", 0.60, 50, ["6901234567003"], False),
    ("DOWN-JKT-L", "羽绒服 L 爆款", "B-01-03", 1.20, 40, ["6901234567004"], True),
    ("SOCKS-5P", "袜子五双装", "B-03-01", 0.20, 500, ["6901234567005", "6901234567105"], False),
    ("MUG-350", "陶瓷马克杯 350ml", "C-01-01", 0.45, 3, ["6901234567006"], False),
    ("RICE-25KG", "东北大米 25kg", "C-05-02", 25.0, 20, ["6901234567007"], False),
    ("ANVIL-80KG", "铁砧 80kg", "C-09-09", 80.0, 5, ["6901234567008"], False),
]


@dataclass(frozen=True)
class TestWarehouse:
    shop_id: int
    carrier_ids: dict[str, int]
    sku_ids: dict[str, int]


def make_warehouse(store: Store, clock: Clock, pool_size: int = 1000) -> TestWarehouse:
    now = stamp(clock.now())
    with store.transaction():
        carriers = {}
        for code, name, limit, prefix in (("SF", "顺丰速运", 50.0, "SF"), ("ZTO", "中通快递", 40.0, "ZT"),
                                          ("YD", "韵达快递", 40.0, "YD")):
            carriers[code] = store.carriers.add(code, name, limit)
            store.waybills.add_range(carriers[code], prefix, 1, pool_size, 10, now)
            store.waybills.add_range(carriers[code], f"DR{prefix}", 1, pool_size, 10, now, drill=True)
            store.carriers.add_pickup_batch(carriers[code], "18:00", "18:00", 5000)
        shop_id = store.shops.add("tmall-main", "优选旗舰店", carriers["ZTO"], "优选旗舰店仓库",
                                  "0571-88886666", "浙江省 杭州市 余杭区 仓前街道 1号仓")
        skus = {}
        for code, name, bin_, weight, stock, barcodes, hot in SKUS:
            skus[code] = store.skus.upsert(code, name, bin_, weight, hot, barcodes)
            store.stock.set_on_hand(skus[code], stock)
        store.people.add_station("P01", "打包台 1")
        store.people.add_station("P02", "打包台 2")
        store.people.add_user("packer1", "张三", "packer")
        store.people.add_user("packer2", "李四", "packer")
        store.people.add_user("boss", "王主管", "supervisor", pin="2468")
    return TestWarehouse(shop_id, carriers, skus)
