"""Synthetic orders shaped like a Double 11 day, for the demo, drills and benchmarks.

Randomness comes from the caller's `random.Random`, so a seed reproduces a day exactly.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import accumulate
from typing import Iterator, Sequence

from whs_app.clock import stamp
from whs_app.geography import PROVINCES
from whs_app.model import NewOrder, OrderLine, PlatformStatus

#: The five sales waves of the day (DESIGN.md): (start hour, length in hours, share of orders).
DOUBLE_11_WAVES = ((0.0, 1.5, 0.25), (9.0, 2.0, 0.20), (15.0, 2.0, 0.20), (20.0, 2.0, 0.20), (23.0, 1.0, 0.15))

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鑫宇浩然子轩梓涵一诺欣怡"
STREETS = ("文三路", "人民路", "解放路", "中山路", "建设路", "长江路", "科技园路", "学院路", "和平大街", "新华路")
MESSAGES_PLAIN = ("请尽快发货", "谢谢", "包装好一点", "送人的，不要放发票", "周末也可以收货")
MESSAGES_ATTENTION = ("换货，换成L码", "追单，再加一件", "改地址到公司", "地址有误，请联系我", "缓发，月底再发")
#: Kinds of exception order a burst is made of (OrderFactory.trouble_order): what buyers do on the day.
TROUBLE_KINDS = {
    "refund": "买家已申请退款",                 # refund_status
    "address_change": "改地址到公司，新地址见聊天记录",  # buyer message
    "exchange": "换货，换成L码",                # buyer message (换货 keyword)
}


@dataclass(frozen=True)
class DayShape:
    """Shares of trouble in a synthetic day, as fractions of all orders."""
    multi_item: float = 0.35
    refund_requested: float = 0.02
    attention_message: float = 0.02
    incomplete_address: float = 0.01
    unpaid: float = 0.02
    requested_carrier: float = 0.01


def paid_time(rng: random.Random, day: datetime) -> datetime:
    start, length, _ = rng.choices(DOUBLE_11_WAVES, weights=[w[2] for w in DOUBLE_11_WAVES])[0]
    return day + timedelta(hours=start + rng.random() * length)


class OrderFactory:
    def __init__(self, rng: random.Random, sku_codes: Sequence[str], shops: Sequence[str],
                 day: datetime, shape: DayShape = DayShape(), carriers: Sequence[str] = ()) -> None:
        self.rng = rng
        self.skus = list(sku_codes)
        # Zipf-like popularity: a few hot items carry much of the day.
        self.sku_weights = list(accumulate(1.0 / (rank + 1) ** 0.9 for rank in range(len(self.skus))))
        self.shops = list(shops)
        self.day = day
        self.shape = shape
        self.carriers = list(carriers)
        self.provinces = list(PROVINCES)
        self.province_weights = list(accumulate(PROVINCES[p][0] for p in self.provinces))

    def orders(self, count: int, first_number: int = 1) -> Iterator[NewOrder]:
        for index in range(count):
            yield self.order(f"{self.day:%y%m%d}{first_number + index:010d}")

    def order(self, order_no: str) -> NewOrder:
        rng, shape = self.rng, self.shape
        province = rng.choices(self.provinces, cum_weights=self.province_weights)[0]
        city, districts = rng.choice(list(PROVINCES[province][1].items()))
        name = rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.choice((1, 2))))
        roll = rng.random()
        message = ""
        if roll < shape.attention_message:
            message = rng.choice(MESSAGES_ATTENTION)
        elif roll < shape.attention_message + 0.05:
            message = rng.choice(MESSAGES_PLAIN)
        address = f"{rng.choice(STREETS)}{rng.randint(1, 999)}号{rng.randint(1, 30)}栋{rng.randint(101, 2505)}室"
        if rng.random() < shape.incomplete_address:
            address = ""
        unpaid = rng.random() < shape.unpaid
        return NewOrder(
            shop_code=rng.choice(self.shops),
            order_no=order_no,
            platform_status=PlatformStatus.UNPAID if unpaid else PlatformStatus.PAID,
            paid_at=None if unpaid else stamp(paid_time(rng, self.day)),
            buyer=f"tb_{rng.getrandbits(40):010x}",
            receiver_name=name,
            receiver_phone=f"1{rng.choice('3456789')}{rng.randint(0, 999_999_999):09d}",
            province=province, city=city, district=rng.choice(districts), address=address,
            buyer_message=message,
            refund_status="买家已申请退款" if rng.random() < shape.refund_requested else "",
            requested_carrier=rng.choice(self.carriers) if self.carriers and rng.random() < shape.requested_carrier else "",
            lines=self.lines(),
        )

    def trouble_order(self, order_no: str, kind: str, paid_at: datetime) -> NewOrder:
        """A paid order that review must send to the exception queue: a TROUBLE_KINDS kind."""
        if kind not in TROUBLE_KINDS:
            raise ValueError(f"unknown kind of exception order {kind!r}; known: {', '.join(TROUBLE_KINDS)}")
        order = self.order(order_no)
        order.platform_status, order.paid_at = PlatformStatus.PAID, stamp(paid_at)
        order.refund_status = TROUBLE_KINDS[kind] if kind == "refund" else ""
        order.buyer_message = "" if kind == "refund" else TROUBLE_KINDS[kind]
        return order

    def lines(self) -> list[OrderLine]:
        rng = self.rng
        count = 1
        if rng.random() < self.shape.multi_item:
            count = min(rng.choices((2, 3, 4, 5), weights=(57, 29, 9, 5))[0], len(self.skus))
        codes: list[str] = []
        while len(codes) < count:
            code = rng.choices(self.skus, cum_weights=self.sku_weights)[0]
            if code not in codes:
                codes.append(code)
        return [OrderLine(line_no=i + 1, sku_code=code,
                          quantity=1 if rng.random() < 0.85 else rng.randint(2, 3))
                for i, code in enumerate(codes)]
