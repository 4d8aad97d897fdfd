from hypothesis import given, settings, strategies as st
import pytest

from whs_app.importing import cells, looks_like_formula


@pytest.mark.parametrize("text", ["=1+1", "=HYPERLINK(\"http://x\")", "+1+2", "-2+3+cmd|' /C calc'!A0",
                                  "@SUM(A1:A9)", " =cmd", "\t=1", "\r\n@x", "+86 138", "--请尽快发货"])
def test_formula_looking_text(text):
    assert looks_like_formula(text)


@pytest.mark.parametrize("text", ["", "hello", "-3", "+86", "-0.5", "+.5", "1-2", "a=b", "-", " + ", "请尽快发货=谢谢",
                                  "13812345678"])
def test_text_that_is_not_formula_looking(text):
    assert not looks_like_formula(text)


@given(st.text())
def test_only_text_starting_with_a_formula_prefix_can_look_like_a_formula(text):
    if looks_like_formula(text):
        assert text.lstrip(" \t\r\n\u3000")[0] in "=+-@"


@pytest.mark.parametrize("raw, value", [('="2611110001"', "2611110001"), ("'13812345678", "13812345678"),
                                        ('  ="a""b" ', 'a"b'), (" plain ", "plain"), ("=SUM(A1)", "=SUM(A1)"),
                                        ("", "")])
def test_unwrap_takes_excel_text_wrappers_off(raw, value):
    assert cells.unwrap(raw) == value


def test_identifier_refuses_formulas_and_scientific_notation_but_accepts_wrapped_numbers():
    assert cells.identifier('="2611110001"') == ("2611110001", None)
    assert cells.identifier("-12") == ("-12", None)
    assert "formula" in cells.identifier("=cmd|'/C calc'!A0")[1]
    assert "formula" in cells.identifier("@evil")[1]
    assert "scientific" in cells.identifier("2.61111E+15")[1]


@pytest.mark.parametrize("raw", ["+86 138 1234 5678", "138****5678", "0571-88886666", "'13812345678",
                                 "+8613812345678", "0571-8888666转123"])
def test_phone_numbers_as_people_write_them_are_fine(raw):
    assert cells.phone(raw)[1] is None


@pytest.mark.parametrize("raw", ["=1+1", "+1+cmd", "-2+3", "@A1"])
def test_phone_that_looks_like_a_formula_is_refused(raw):
    assert "formula" in cells.phone(raw)[1]


@pytest.mark.parametrize("raw, number", [("1", 1), (" 12 ", 12), ('="3"', 3)])
def test_quantity_accepts_whole_numbers_above_zero(raw, number):
    assert cells.quantity(raw) == (number, None)


@pytest.mark.parametrize("raw, words", [("0", "above 0"), ("-1", "whole number"), ("1.5", "whole number"),
                                        ("2.0", "whole number"), ("abc", "not a number"), ("", "missing"),
                                        ("=1+1", "formula"), ("１", "not a number"), ("2e3", "not a number")])
def test_quantity_refuses_everything_else_with_a_reason(raw, words):
    number, problem = cells.quantity(raw)
    assert number == 0 and words in problem


def test_decimal_and_count():
    assert cells.decimal("0.25", "重量 ") == (0.25, None)
    assert "negative" in cells.decimal("-1", "重量 ")[1]
    assert "formula" in cells.decimal("=1/0", "重量 ")[1]
    assert "not a number" in cells.decimal("250g", "重量 ")[1]
    assert cells.count("", "库存") == (None, None)
    assert cells.count("30", "库存") == (30, None)
    assert "whole number" in cells.count("-3", "库存")[1]


@pytest.mark.parametrize("raw, value", [("2026-11-11 00:05:09", "2026-11-11 00:05:09"),
                                        ("2026/11/11 0:05", "2026-11-11 00:05:00"),
                                        ("2026-11-11T08:00:00", "2026-11-11 08:00:00"),
                                        ("2026-11-11", "2026-11-11 00:00:00"), ("", None)])
def test_timestamps_are_normalised(raw, value):
    assert cells.timestamp(raw) == (value, None)


@pytest.mark.parametrize("raw", ["2026-13-01 00:00:00", "2026-11-11 25:00:00", "yesterday", "11/11/2026"])
def test_bad_timestamps_are_refused(raw):
    assert cells.timestamp(raw)[1]
