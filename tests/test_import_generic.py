"""Generic order CSV through the import service: every deliberate case of the issue."""
import pytest

from whs_app.model import OrderState
from whs_app.review import review
from tests.import_fixtures import (GENERIC_HEADER, dump, generic_row, refusal, run,  # noqa: F401 (run is a fixture)
                                   write_csv, write_generic)

pytestmark = pytest.mark.usefixtures("warehouse")


def lines_of(store, order_no):
    return [tuple(r) for r in store.all(
        "SELECT l.line_no, l.sku_code, l.sku_id IS NOT NULL, l.quantity FROM order_lines l"
        " JOIN orders o ON o.id = l.order_id WHERE o.order_no = ? ORDER BY l.line_no", (order_no,))]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_generic_csv_in_each_encoding_imports_orders_with_their_lines(run, store, tmp_path, encoding):
    path = write_generic(tmp_path / "orders.csv", [
        generic_row("G1", "TSHIRT-W-M", "2", receiver_name="欧阳𠀀娜"),
        generic_row("G1", "JEANS-32", "1", receiver_name="欧阳𠀀娜"),
        generic_row("G2", "SOCKS-5P", "3")], encoding)
    result = run(path)
    assert (result.orders_new, result.orders_unchanged, result.unknown_sku_lines) == (2, 0, 0)
    order = store.orders.by_shop_and_number(store.shops.ids_by_code()["tmall-main"], "G1")
    assert order.receiver_name == "欧阳𠀀娜" and order.state == OrderState.NEW
    assert (order.province, order.city, order.district, order.address) == ("广东省", "深圳市", "南山区", "科技园路 1号")
    assert order.units == 3 and order.weight_kg == pytest.approx(2 * 0.25 + 0.60)
    assert lines_of(store, "G1") == [(1, "TSHIRT-W-M", 1, 2), (2, "JEANS-32", 1, 1)]


def test_unknown_sku_is_imported_with_no_sku_id_never_lost(run, store, tmp_path):
    result = run(write_generic(tmp_path / "o.csv", [generic_row("G1", "NEW-ITEM-9"), generic_row("G1", "JEANS-32")]))
    assert result.unknown_sku_lines == 1
    assert lines_of(store, "G1") == [(1, "NEW-ITEM-9", 0, 1), (2, "JEANS-32", 1, 1)]


@pytest.mark.parametrize("quantity, words", [("0", "above 0"), ("-2", "whole number"), ("1.5", "whole number"),
                                             ("两", "not a number"), ("", "missing")])
def test_bad_quantities_are_refused_naming_row_and_column(run, store, tmp_path, quantity, words):
    path = write_generic(tmp_path / "o.csv", [generic_row("G1"), generic_row("G2", quantity=quantity)])
    [problem] = refusal(run, path)
    assert (problem.file, problem.row, problem.column) == (str(path), 3, "数量") and words in problem.reason
    assert store.orders.count() == 0


def test_missing_order_number_or_status_is_refused(run, tmp_path):
    path = write_generic(tmp_path / "o.csv", [generic_row(""), generic_row("G2", status="")])
    problems = refusal(run, path)
    assert [(p.row, p.column) for p in problems] == [(2, "订单号"), (3, "订单状态")]
    assert "missing" in problems[1].reason


def test_unknown_status_is_refused_listing_the_known_ones(run, tmp_path):
    [problem] = refusal(run, write_generic(tmp_path / "o.csv", [generic_row(status="发货了吗")]))
    assert "unknown status" in problem.reason and "已付款" in problem.reason


def test_missing_address_parts_are_not_an_import_error(run, store, tmp_path):
    run(write_generic(tmp_path / "o.csv", [generic_row("G1", district="", address="")]))
    order = store.orders.find("G1")[0]
    assert (order.district, order.address, order.state) == ("", "", OrderState.NEW)


def test_rows_of_one_order_must_agree_on_order_fields(run, tmp_path):
    path = write_generic(tmp_path / "o.csv", [generic_row("G1"), generic_row("G2"),
                                              generic_row("G1", "JEANS-32", receiver_phone="13900009999")])
    [problem] = refusal(run, path)
    assert (problem.row, problem.column) == (4, "手机")
    assert "rows 2 and 4" in problem.reason and "13900009999" in problem.reason


def test_not_paid_orders_are_imported_as_not_shippable(run, store, tmp_path):
    result = run(write_generic(tmp_path / "o.csv", [
        generic_row("G1", status="未付款", paid_at=""), generic_row("G2", status="已关闭"),
        generic_row("G3", status="已发货"), generic_row("G4", status="待发货")]))
    states = {o.order_no: (o.state, o.platform_status) for o in store.orders.in_states(OrderState)}
    assert states == {"G1": ("not_shippable", "unpaid"), "G2": ("not_shippable", "closed"),
                      "G3": ("not_shippable", "shipped"), "G4": ("new", "paid")}
    assert result.orders_not_shippable == 3


def test_formula_in_an_identifier_is_refused_but_free_text_is_kept_verbatim(run, store, tmp_path):
    bad = write_generic(tmp_path / "bad.csv", [generic_row("=HYPERLINK(\"http://evil\",\"1\")"),
                                               generic_row("G2", "@SUM(A1)")])
    assert [(p.row, p.column) for p in refusal(run, bad)] == [(2, "订单号"), (3, "商家编码")]
    good = write_generic(tmp_path / "good.csv", [generic_row(
        "G1", receiver_name="=cmd|' /C calc'!A0", buyer_message="@SUM(1+1)", seller_memo="-2+3")])
    run(good)
    order = store.orders.find("G1")[0]
    assert (order.receiver_name, order.buyer_message, order.seller_memo) == ("=cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3")


def test_excel_wrapped_numbers_are_unwrapped(run, store, tmp_path):
    run(write_generic(tmp_path / "o.csv", [generic_row('="2611110001"', receiver_phone="'13812345678",
                                                       quantity='="2"')]))
    order = store.orders.find("2611110001")[0]
    assert order.receiver_phone == "13812345678" and order.units == 2


def test_a_file_without_shop_needs_the_shop_option(run, store, tmp_path):
    path = write_generic(tmp_path / "o.csv", [generic_row("G1", shop=""), generic_row("G2", shop="")])
    [problem] = refusal(run, path)
    assert "--shop" in problem.reason and problem.row == 2
    assert run(path, shop="jd-new").orders_new == 2
    assert {o.shop_id for o in store.orders.in_states(OrderState)} == {store.shops.ids_by_code()["jd-new"]}


def test_a_required_column_missing_from_the_header_is_named(run, tmp_path):
    header = [h for h in GENERIC_HEADER if h != "订单状态"]
    path = write_csv(tmp_path / "o.csv", [header, ["G1"] + [""] * (len(header) - 1)])
    [problem] = refusal(run, path)
    assert (problem.row, problem.column) == (1, "订单状态") and "required column" in problem.reason


def test_rows_longer_than_the_header_are_refused_and_blank_rows_skipped(run, store, tmp_path):
    full = list(generic_row("G1").values())
    path = write_csv(tmp_path / "o.csv", [GENERIC_HEADER, full, [""] * len(full), [], full + ["extra"]])
    [problem] = refusal(run, path)
    assert problem.row == 5 and "more cells" in problem.reason
    write_csv(path, [GENERIC_HEADER, full, [""] * len(full), []])
    assert run(path).orders_new == 1


def test_every_error_of_a_bad_file_is_reported_and_nothing_written(run, store, tmp_path):
    before = dump(store)
    rows = [generic_row(f"G{n}", quantity="0" if n % 2 else "1") for n in range(1, 301)]
    problems = refusal(run, write_generic(tmp_path / "o.csv", rows))
    assert len(problems) == 150 and [p.row for p in problems] == list(range(2, 302, 2))
    assert dump(store) == before


def test_blanks_around_a_phone_are_dropped_so_the_orders_still_merge(run, store, clock, actor, tmp_path):
    # Merge finds partners by equal stored phones (store.review.merge_candidates): they must be stored stripped.
    run(write_generic(tmp_path / "o.csv", [generic_row("G1", receiver_phone="13900001111"),
                                           generic_row("G2", receiver_phone="\t13900001111\u3000"),
                                           generic_row("G3", receiver_phone=" 13900001111 ")]))
    review(store, clock, actor)
    orders = [store.orders.by_shop_and_number(store.shops.ids_by_code()["tmall-main"], no) for no in ("G1", "G2", "G3")]
    assert {o.receiver_phone for o in orders} == {"13900001111"}
    assert [o.merge_leader_id for o in orders] == [None, orders[0].id, orders[0].id]
