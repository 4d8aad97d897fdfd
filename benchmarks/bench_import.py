"""import_vs_sqlite_utils_ratio: `whs import` of 100,000 generic-CSV order lines with full
validation, against `sqlite-utils insert --csv` loading the same file unvalidated (goal ≤ 1.5).

Both run as CLI subprocesses in the same benchmark run, each on a fresh database, median of 3.
The whs database already holds the SKU master data (商品资料), as it would on a real day. The CSV
is generated once, deterministically, and cached under benchmarks/.cache/.
"""
from __future__ import annotations

import csv
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

from benchmarks.figures import Benchmark, Figure, at_most, report
from whs_app.synthetic import OrderFactory

LINES = 100_000
RUNS = 3
CACHE = Path(__file__).resolve().parent / ".cache"
BIN = Path(sys.executable).parent
GENERIC_HEADER = ["订单号", "店铺", "订单状态", "付款时间", "买家", "收货人", "手机", "省", "市", "区", "详细地址",
                  "买家留言", "卖家备注", "退款状态", "指定快递", "商家编码", "商品名称", "数量"]
SKU_COUNT = 300


def sku_codes() -> list[str]:
    return [f"SKU-{number:04d}" for number in range(1, SKU_COUNT + 1)]


def write_skus(path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["商家编码", "商品名称", "条码", "库位", "重量", "库存"])
        for number, code in enumerate(sku_codes(), start=1):
            writer.writerow([code, f"商品 {code}", f"69{number:011d}", f"{'ABCDEFGH'[number % 8]}-{number % 20 + 1:02d}-"
                             f"{number % 5 + 1:02d}", f"{0.1 + number % 17 * 0.1:.2f}", "100000"])


def write_lines(path: Path) -> None:
    """A Double 11 day in the generic CSV: one row per order line, about 62,000 orders."""
    factory = OrderFactory(random.Random(11), sku_codes(), ["tmall-flagship", "taobao-outlet"], datetime(2026, 11, 11),
                           carriers=["SF", "ZTO"])
    written = 0
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(GENERIC_HEADER)
        for order in factory.orders(LINES):
            status = "已付款" if order.paid_at else "未付款"
            head = [order.order_no, order.shop_code, status, order.paid_at or "", order.buyer, order.receiver_name,
                    order.receiver_phone, order.province, order.city, order.district, order.address,
                    order.buyer_message, order.seller_memo, order.refund_status, order.requested_carrier]
            for line in order.lines[:LINES - written]:
                writer.writerow(head + [line.sku_code, f"商品 {line.sku_code}", line.quantity])
                written += 1
            if written >= LINES:
                return


def cached(name: str, make) -> Path:
    path = CACHE / name
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial")
        make(partial)
        partial.replace(path)
    return path


def timed(command: list[str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({done.returncode}): {done.stderr or done.stdout}")
    return elapsed


def whs_template(workdir: Path, skus: Path) -> Path:
    """A database holding the SKU master data, made once per benchmark run."""
    template = workdir / "template.db"
    for args in (["init"], ["import", str(skus)]):
        subprocess.run([str(BIN / "whs"), "--db", str(template), *args], check=True, capture_output=True)
    return template


def run() -> list[Figure]:
    lines = cached(f"import_{LINES}_lines.csv", write_lines)
    skus = cached("import_skus.csv", write_skus)
    with tempfile.TemporaryDirectory() as folder:
        workdir = Path(folder)
        template = whs_template(workdir, skus)
        whs_s, sqlite_utils_s = [], []
        for attempt in range(RUNS):
            fresh = workdir / f"fresh_{attempt}.db"
            sqlite_utils_s.append(timed([str(BIN / "sqlite-utils"), "insert", str(fresh), "lines", str(lines),
                                         "--csv"]))
            copy = workdir / f"fresh_copy_{attempt}.db"
            shutil.copyfile(template, copy)
            whs_s.append(timed([str(BIN / "whs"), "--db", str(copy), "import", str(lines)]))
    whs_median, sqlite_utils_median = statistics.median(whs_s), statistics.median(sqlite_utils_s)
    return [at_most("import_vs_sqlite_utils_ratio", whs_median / sqlite_utils_median, "x", 1.5),
            report("import_100k_lines_s", whs_median, "s"),
            report("sqlite_utils_insert_100k_lines_s", sqlite_utils_median, "s")]


BENCHMARKS = [Benchmark(names=("import_vs_sqlite_utils_ratio", "import_100k_lines_s",
                               "sqlite_utils_insert_100k_lines_s"), run=run)]
