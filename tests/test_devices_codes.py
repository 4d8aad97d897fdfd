"""AIM symbology identifiers and GS1 element strings in what scanners send."""
from __future__ import annotations

import pytest

from devices.scanners import parse_scan, split_symbology

GS = "\x1d"


@pytest.mark.parametrize("raw, aim, name, gs1, data", [
    ("]C0SF1234567890", "]C0", "Code 128", False, "SF1234567890"),
    ("]C1" "00376130321109103420", "]C1", "GS1-128", True, "00376130321109103420"),
    ("]E06901234567892", "]E0", "EAN-13", True, "6901234567892"),
    ("]E496385074", "]E4", "EAN-8", True, "96385074"),
    ("]A0ORD-0001", "]A0", "Code 39", False, "ORD-0001"),
    ("]Q1https://example.invalid/o/1", "]Q1", "QR Code", False, "https://example.invalid/o/1"),
    ("]Q3" "0106901234567892", "]Q3", "GS1 QR Code", True, "0106901234567892"),
    ("]d1W000012S007", "]d1", "Data Matrix", False, "W000012S007"),
    ("]d2" "0106901234567892", "]d2", "GS1 DataMatrix", True, "0106901234567892"),
    ("]e0" "0106901234567892", "]e0", "GS1 DataBar", True, "0106901234567892"),
])
def test_aim_identifiers(raw, aim, name, gs1, data):
    symbology, text = split_symbology(raw)
    assert (symbology.aim, symbology.name, symbology.gs1, text) == (aim, name, gs1, data)


@pytest.mark.parametrize("raw", ["SF1234567890", "]", "]C", "] C1x"])
def test_no_aim_identifier(raw):
    assert split_symbology(raw) == (None, raw)


def test_gs1_128_with_expiry_batch_and_serial():
    # GS1 General Specifications' example: GTIN, expiry 2019-05-08, batch, serial
    code = parse_scan("]C1" "0109501101020917" "17190508" "10ABCD1234" + GS + "2112345\r\n")
    assert code.symbology.name == "GS1-128"
    assert code.gs1 == {"01": "09501101020917", "17": "190508", "10": "ABCD1234",
                        "21": "12345"}
    assert code.gtin == "9501101020917" and code.problem is None


def test_sscc_pallet_label():
    code = parse_scan("]C1" "00376130321109103420")
    assert code.gs1 == {"00": "376130321109103420"} and code.gtin is None


def test_carton_gtin_and_item_ean_give_one_lookup_key():
    carton = parse_scan("]C1" "0106901234567892" "3710")
    item = parse_scan("]E06901234567892")
    bare = parse_scan("6901234567892")
    assert carton.sku_key == item.sku_key == bare.sku_key == "6901234567892"


def test_upc_a_read_as_ean_13_keeps_twelve_digits():
    assert parse_scan("]E00036000291452").gtin == parse_scan("036000291452").gtin \
        == "036000291452"


def test_gs1_human_readable_form():
    code = parse_scan("(01)06901234567892(10)LOT7(21)SN001")
    assert code.gs1 == {"01": "06901234567892", "10": "LOT7", "21": "SN001"}
    assert code.symbology is None and code.gtin == "6901234567892"


def test_wedge_scanner_separator_stand_in():
    # a keyboard-wedge scanner cannot type GS; it is set to send "|" instead
    code = parse_scan("]C1" "0106901234567892" "10LOT7|21SN001", separators=("|", GS))
    assert code.gs1 == {"01": "06901234567892", "10": "LOT7", "21": "SN001"}


def test_bad_gs1_says_why_and_keeps_the_text():
    code = parse_scan("]C1" "019501101020917X")
    assert code.gs1 is None and code.gtin is None and "(01)" in code.problem
    assert code.text == "019501101020917X"


def test_bad_check_digit_is_not_a_gtin():
    code = parse_scan("]E06901234567890")
    assert code.gtin is None and "check digit" in code.problem
    assert parse_scan("6901234567890").gtin is None


@pytest.mark.parametrize("raw", ["SF1234567890123", "JDVA01234567890", "ORD-20261111-0001",
                                 "W000012S007", "CMD:COMPLETE", "773012345678901"])
def test_app_and_carrier_codes_pass_through_as_text(raw):
    code = parse_scan(raw + "\r\n")
    assert (code.text, code.symbology, code.gs1, code.gtin) == (raw, None, None, None)
    assert code.sku_key == raw and code.raw == raw + "\r\n"


def test_fullwidth_scan_through_an_ime_is_read_as_ascii():
    code = parse_scan("]Ｅ０６９０１２３４５６７８９２")
    assert code.symbology.name == "EAN-13" and code.gtin == "6901234567892"
