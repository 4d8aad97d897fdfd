"""The demo warehouse: catalogue, carriers, people and a Double 11 day of orders (`whs init --demo`)."""
from __future__ import annotations

import random
from dataclasses import asdict, dataclass
from datetime import timedelta

import barcode

from whs_app.actor import Actor
from whs_app.carriers.demo_setup import demo_setup
from whs_app.carriers.setup import apply_setup, parse_setup
from whs_app.clock import Clock, stamp
from whs_app.settings import WarehouseSettings
from whs_app.store import Store
from whs_app.synthetic import OrderFactory

#: code, name, max weight kg, waybill prefix, number width
CARRIERS = (
    ("SF", "顺丰速运", 50.0, "SF", 13),
    ("ZTO", "中通快递", 40.0, "7", 13),
    ("YTO", "圆通速递", 40.0, "YT", 13),
    ("YD", "韵达快递", 40.0, "43", 12),
    ("JD", "京东快递", 30.0, "JDV", 12),
)
PICKUPS = (("午班 12:00", "12:00", 4000), ("晚班 18:00", "18:00", 8000), ("夜班 22:00", "22:00", 6000))
#: code, name, bound carrier (None: the assignment balances its parcels over every carrier)
SHOPS = (("tmall-flagship", "优选天猫旗舰店", None), ("taobao-outlet", "优选淘宝折扣店", None),
         ("jd-store", "优选京东自营店", "JD"))
SENDER = ("优选电商华东仓", "0571-88886666", "浙江省 杭州市 余杭区 仓前街道 良睦路 1号 3号仓")
CATEGORIES = (
    ("TS", "纯棉T恤", 0.25), ("HD", "连帽卫衣", 0.55), ("DJ", "羽绒服", 1.10), ("JN", "牛仔裤", 0.60),
    ("SK", "运动袜", 0.15), ("SH", "跑步鞋", 0.90), ("MG", "马克杯", 0.45), ("TW", "纯棉毛巾", 0.30),
    ("PB", "充电宝", 0.35), ("CB", "数据线", 0.08), ("TE", "茶叶礼盒", 0.80), ("NU", "坚果礼包", 1.50),
)
VARIANTS = ("白", "黑", "灰", "蓝", "红")
SIZES = ("S", "M", "L", "XL", "XXL")
AISLES = "ABCDEFGH"
PACKERS = ("张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄强")


@dataclass(frozen=True)
class DemoSummary:
    skus: int
    carriers: int
    stations: int
    orders: int

    def as_dict(self) -> dict:
        return asdict(self)

    def __str__(self) -> str:
        return f"{self.skus} SKUs, {self.carriers} carriers, {self.stations} stations, {self.orders} orders"


def build_demo(store: Store, clock: Clock, rng: random.Random, orders: int, actor: Actor) -> DemoSummary:
    sku_codes = seed_master_data(store, clock, rng)
    day = clock.now().replace(hour=0, minute=0, second=0) - timedelta(days=1)  # yesterday was the big day
    count = insert_orders(store, clock, actor, OrderFactory(rng, sku_codes, [s[0] for s in SHOPS], day,
                                                           carriers=[c[0] for c in CARRIERS]), orders)
    return DemoSummary(len(sku_codes), len(CARRIERS), len(store.people.stations()), count)


def seed_master_data(store: Store, clock: Clock, rng: random.Random, pool: int = 200_000) -> list[str]:
    """Catalogue, stock, carriers with pools and pickups, shops, stations, users and settings."""
    now = stamp(clock.now())
    with store.transaction():
        carrier_ids = {}
        for code, name, limit, prefix, width in CARRIERS:
            carrier_ids[code] = store.carriers.add(code, name, limit)
            first = 10 ** (width - 3)
            store.waybills.add_range(carrier_ids[code], prefix, first, first + pool - 1, width, now)
            store.waybills.add_range(carrier_ids[code], f"DRILL{code}", 1, pool, 8, now, drill=True)
        apply_setup(store, now, Actor("OFFICE", "demo"), parse_setup(demo_setup(CARRIERS, PICKUPS), "demo"), "demo")
        for code, name, carrier in SHOPS:
            store.shops.add(code, name, carrier_ids[carrier] if carrier else None, *SENDER)
        codes = _seed_catalogue(store, rng)
        for number in range(1, 9):
            store.people.add_station(f"P{number:02d}", f"打包台 {number}")
        store.people.add_station("OFFICE", "主管办公室")
        for number, name in enumerate(PACKERS, start=1):
            store.people.add_user(f"packer{number:02d}", name, "packer")
        store.people.add_user("super", "仓库主管", "supervisor", pin="1111")
        WarehouseSettings(default_carrier="ZTO").save(store)
    return codes


def _seed_catalogue(store: Store, rng: random.Random) -> list[str]:
    codes = []
    serial = 0
    for cat_index, (prefix, name, weight) in enumerate(CATEGORIES):
        for variant in VARIANTS:
            for size in SIZES:
                serial += 1
                code = f"{prefix}-{variant_code(variant)}-{size}"
                aisle = AISLES[cat_index % len(AISLES)]
                bin_ = f"{aisle}-{(serial % 20) + 1:02d}-{(serial // 20) % 5 + 1:02d}"
                ean = barcode.EAN13(f"690{cat_index:02d}{serial:07d}").get_fullcode()
                sku_id = store.skus.upsert(code, f"{name} {variant}色 {size}", bin_, weight,
                                           hot=serial % 25 == 1, barcodes=[ean])
                store.stock.set_on_hand(sku_id, rng.randint(200, 3000))
                codes.append(code)
    rng.shuffle(codes)
    return codes


def variant_code(variant: str) -> str:
    return "WBGUR"[VARIANTS.index(variant)]


def insert_orders(store: Store, clock: Clock, actor: Actor, factory: OrderFactory, count: int) -> int:
    from whs_app.importing.service import import_records

    result = import_records(store, clock, actor, factory.orders(count), source="demo")
    return result.orders_new
