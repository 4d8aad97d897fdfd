"""Property tests: malformed rows never change the database; accepted files produce exactly the
rows that were written. And invariant 5 itself."""
from itertools import count

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from whs_app.importing import ImportRefused, import_files
from whs_app.model import PlatformStatus
from tests.import_fixtures import dump, generic_row, jsonl_record, write_generic, write_jsonl, write_skus

# One store per test, shared by its examples: a refused import must leave it unchanged anyway,
# and accepted examples each use a shop of their own.
def shared_store(examples: int):
    return settings(max_examples=examples, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

KNOWN_SKUS = ["TSHIRT-W-M", "JEANS-32", "SOCKS-5P", "MUG-350"]
STATUSES = {"已付款": PlatformStatus.PAID, "待发货": PlatformStatus.PAID, "未付款": PlatformStatus.UNPAID,
            "已发货": PlatformStatus.SHIPPED, "已关闭": PlatformStatus.CLOSED}
words = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Z"), blacklist_characters="\ufeff"), min_size=1,
                max_size=8)
free_text = st.builds(lambda parts, sep: sep.join(parts), st.lists(words, max_size=3), st.sampled_from([" ", "\n"]))
identifier = st.from_regex(r"[A-Z0-9][A-Z0-9\-]{0,11}", fullmatch=True)
shops = count(1)


@pytest.fixture
def prepared(store, clock, actor, warehouse, tmp_path):
    """A warehouse that already holds imported orders."""
    import_files(store, clock, actor, [write_generic(tmp_path / "earlier.csv", [
        generic_row("E1"), generic_row("E1", "JEANS-32", "2"), generic_row("E2", status="未付款", paid_at="")])])
    return store


CORRUPTIONS = {
    "quantity": ["0", "-1", "1.5", "abc", "", "=1+1", "1e3", "１"],
    "order_no": ["", "=cmd|' /C calc'!A0", "@SUM(A1)", "+1+1", "2.61111E+15"],
    "status": ["", "??", "发货"],
    "paid_at": ["2026-13-01 00:00:00", "tomorrow", "2026-11-11 24:00:00"],
    "sku_code": ["", "=A1", "-1-1"],
    "receiver_phone": ["=1+1", "@A1", "-2+3"],
}


@st.composite
def malformed_rows(draw):
    rows = [generic_row(f"P{draw(st.integers(1, 4))}", draw(st.sampled_from(KNOWN_SKUS)),
                        str(draw(st.integers(1, 5)))) for _ in range(draw(st.integers(1, 8)))]
    for _ in range(draw(st.integers(1, 3))):
        index = draw(st.integers(0, len(rows) - 1))
        if draw(st.booleans()):
            field = draw(st.sampled_from(sorted(CORRUPTIONS)))
            rows[index] = {**rows[index], field: draw(st.sampled_from(CORRUPTIONS[field]))}
        else:   # a second row of the same order that disagrees on an order-level field
            rows.append({**rows[index], "receiver_name": rows[index]["receiver_name"] + "改"})
    return rows


@shared_store(100)
@given(rows=malformed_rows(), encoding=st.sampled_from(["utf-8", "utf-8-sig", "gb18030"]))
def test_malformed_rows_are_refused_and_change_nothing(prepared, clock, actor, tmp_path, rows, encoding):
    path = write_generic(tmp_path / "bad.csv", rows, encoding)
    before = dump(prepared)
    with pytest.raises(ImportRefused) as caught:
        import_files(prepared, clock, actor, [path])
    assert caught.value.problems and all(p.file == str(path) and p.row >= 2 for p in caught.value.problems)
    assert dump(prepared) == before


@st.composite
def valid_orders(draw):
    numbers = draw(st.lists(st.from_regex(r"[0-9]{6,19}", fullmatch=True), min_size=1, max_size=6, unique=True))
    return [{"order_no": number, "status": draw(st.sampled_from(sorted(STATUSES))),
             "paid_at": f"2026-11-11 {draw(st.integers(0, 23)):02d}:{draw(st.integers(0, 59)):02d}:00",
             "receiver_phone": draw(st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True)),
             **{field: draw(free_text) for field in ("buyer", "receiver_name", "province", "city", "district",
                                                     "address", "buyer_message", "seller_memo")},
             "lines": [(draw(st.one_of(st.sampled_from(KNOWN_SKUS), identifier)), draw(st.integers(1, 999)),
                        draw(free_text)) for _ in range(draw(st.integers(1, 4)))]}
            for number in numbers]


def _write(fmt, folder, shop, orders, encoding):
    if fmt == "generic":
        return write_generic(folder / "ok.csv", [
            generic_row(o["order_no"], code, str(qty), shop=shop, title=title,
                        **{k: v for k, v in o.items() if k not in ("order_no", "lines")})
            for o in orders for code, qty, title in o["lines"]], encoding)
    return write_jsonl(folder / "ok.jsonl", [jsonl_record(
        o["order_no"], shop=shop, status=o["status"], paid_at=o["paid_at"], buyer=o["buyer"],
        buyer_message=o["buyer_message"], seller_memo=o["seller_memo"],
        receiver={"name": o["receiver_name"], "phone": o["receiver_phone"], "province": o["province"],
                  "city": o["city"], "district": o["district"], "address": o["address"]},
        lines=[{"sku_code": c, "quantity": q, "title": t} for c, q, t in o["lines"]]) for o in orders], encoding)


@shared_store(50)
@given(orders=valid_orders(), fmt=st.sampled_from(["generic", "jsonl"]),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "gb18030"]))
def test_accepted_files_produce_exactly_the_rows_written(store, clock, actor, warehouse, tmp_path, orders, fmt,
                                                         encoding):
    shop = f"shop-{next(shops)}"
    result = import_files(store, clock, actor, [_write(fmt, tmp_path, shop, orders, encoding)])
    assert result.orders_new == len(orders)
    shop_id = store.shops.ids_by_code()[shop]
    stored = {row["order_no"]: row for row in store.all("SELECT * FROM orders WHERE shop_id = ?", (shop_id,))}
    assert set(stored) == {o["order_no"] for o in orders}
    for expected in orders:
        row = stored[expected["order_no"]]
        for field in ("paid_at", "receiver_phone", "buyer", "receiver_name", "province", "city", "district",
                      "address", "buyer_message", "seller_memo"):
            assert row[field] == expected[field], field
        assert (row["platform_status"], row["state"] == "new") == (
            STATUSES[expected["status"]], STATUSES[expected["status"]] == PlatformStatus.PAID)
        lines = store.all("SELECT sku_code, quantity, title, sku_id FROM order_lines WHERE order_id = ?"
                          " ORDER BY line_no", (row["id"],))
        assert [(l[0], l[1], l[2]) for l in lines] == expected["lines"]
        assert [l[3] is not None for l in lines] == [code in KNOWN_SKUS for code, _, _ in expected["lines"]]


def test_invariant_5_a_bad_file_among_good_ones_changes_nothing_and_says_which_rows_and_why(
        prepared, clock, actor, tmp_path, warehouse):
    store = prepared
    store.stock.reserve({warehouse.sku_ids["MUG-350"]: 1})
    skus = write_skus(tmp_path / "skus.csv", [["NEW-SKU", "新品", "6909999000001", "D-01-01", "0.5", "10"],
                                             ["MUG-350", "马克杯 改名", "6901234567006", "C-01-02", "0.45", "9"]])
    changed = write_generic(tmp_path / "changed.csv", [generic_row("E1", "NEW-SKU"), generic_row("N1")])
    bad = write_jsonl(tmp_path / "bad.jsonl", [jsonl_record("J1"), jsonl_record("J2", status="lost"),
                                               jsonl_record("J3", lines=[{"sku_code": "X", "quantity": 0}])])
    before = dump(store)
    with pytest.raises(ImportRefused) as caught:
        import_files(store, clock, actor, [skus, changed, bad])
    assert [(p.file, p.row, p.column) for p in caught.value.problems] == [
        (str(bad), 2, "status"), (str(bad), 3, "lines[0].quantity")]
    assert "unknown status 'lost'" in caught.value.problems[0].reason
    assert dump(store) == before
    # a problem found only against the database (stock below reserved) refuses everything as well
    low = write_skus(tmp_path / "low.csv", [["NEW-SKU", "新品", "6909999000001", "D-01-01", "0.5", "10"],
                                           ["MUG-350", "马克杯", "6901234567006", "C-01-01", "0.45", "0"]])
    with pytest.raises(ImportRefused) as caught:
        import_files(store, clock, actor, [low, changed])
    assert [(p.file, p.row, p.column) for p in caught.value.problems] == [(str(low), 3, "库存")]
    assert dump(store) == before
