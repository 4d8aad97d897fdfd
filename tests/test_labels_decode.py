"""Read the renders back with independent readers: zxing-cpp for codes, pdftotext for PDF text."""
from __future__ import annotations

import pytest
from PIL import Image

import labels
from tests.labels_fixtures import (RECEIVER, decode, manifest, need_cjk_font, parse_escpos,
                                   pdf_pages, pdf_text, picklist, png_image, slip, squash,
                                   waybill)

WAYBILL_SIZES = labels.sizes(waybill())
SLIP_SIZES = labels.sizes(slip())
WAYBILLS = {
    "letters+digits": waybill(),
    "digits": waybill(waybill_no="773123456789012", order_no="3711-20251111-0001"),
    "drill": waybill(drill=True, waybill_no="DRILL-SF0000000001"),
}


@pytest.fixture(autouse=True)
def _font():
    need_cjk_font()


def _assert_waybill_codes(image: Image.Image, document) -> None:
    found = decode(image)
    assert found.get("Code128") == [document.waybill_no]
    assert found.get("QRCode") == [document.order_no]


@pytest.mark.parametrize("size", WAYBILL_SIZES)
@pytest.mark.parametrize("name", WAYBILLS)
def test_waybill_png_codes_read_back(size, name):
    document = WAYBILLS[name]
    _assert_waybill_codes(png_image(labels.render(document, "png", size)), document)


@pytest.mark.parametrize("size", WAYBILL_SIZES)
def test_waybill_pdf_codes_read_back(size):
    document = WAYBILLS["drill" if size == "100x150" else "letters+digits"]
    [page] = pdf_pages(labels.render(document, "pdf", size))
    _assert_waybill_codes(page, document)


def _escpos_raster_image(data: bytes) -> Image.Image:
    """The bitmap an ESC/POS printer would print from GS v 0 bands."""
    rows, width = [], 0
    for kind, command in parse_escpos(data):
        if kind == "cmd" and command.startswith(b"\x1dv0"):
            width = int.from_bytes(command[4:6], "little")
            rows.append(command[8:])
    bits = b"".join(rows)
    image = Image.frombytes("1", (width * 8, len(bits) // width), bits)
    return image.point(lambda v: 255 - v)


@pytest.mark.parametrize("size", WAYBILL_SIZES)
def test_waybill_escpos_raster_reads_back(size):
    document = WAYBILLS["digits"]
    data = labels.render(document, "escpos-raster", size)
    image = _escpos_raster_image(data)
    assert image.size == (int(size.split("x")[0]) * 8, int(size.split("x")[1]) * 8)
    _assert_waybill_codes(image.convert("L"), document)


@pytest.mark.parametrize("size", SLIP_SIZES)
def test_slip_codes_read_back(size):
    document = slip()
    assert decode(png_image(labels.render(document, "png", size))).get("Code128") == [
        document.order_no]
    pages = pdf_pages(labels.render(document, "pdf", size))
    assert decode(pages[0]).get("Code128") == [document.order_no]


def test_picklist_and_manifest_codes_read_back():
    picks = picklist()
    [page] = pdf_pages(labels.render(picks, "pdf", "A4"))
    assert decode(page).get("Code128") == [picks.wave_code]
    sheet = manifest(count=12)
    [page] = pdf_pages(labels.render(sheet, "pdf"))
    assert sorted(decode(page)["Code128"]) == sorted([sheet.pickup_batch, *sheet.waybills])


@pytest.mark.parametrize("size", WAYBILL_SIZES)
def test_waybill_pdf_text_has_the_chinese_address_and_name(size):
    text = pdf_text(labels.render(waybill(), "pdf", size))
    assert "张三" in text and "138****5678" in text
    assert squash(RECEIVER.full_address) in squash(text)
    assert "13812345678" not in text


def test_other_pdfs_carry_their_text():
    assert "纯棉圆领T恤" in pdf_text(labels.render(slip(), "pdf", "A4"))
    assert "商品 3 号" in pdf_text(labels.render(picklist(), "pdf", "A4"))
    manifest_text = pdf_text(labels.render(manifest(count=3), "pdf"))
    assert "交接单" in manifest_text and "快递揽收员签字" in manifest_text


def test_drill_pdf_says_drill():
    text = pdf_text(labels.render(WAYBILLS["drill"], "pdf"))
    assert "演练 DRILL" in text  # the header tag
    assert text.count("演") == 2  # and the diagonal mark, which pdftotext reads a glyph at a time


def test_png_is_the_page_at_8_dots_per_mm():
    image = png_image(labels.render(waybill(), "png", "76x130"))
    assert image.size == (608, 1040) and image.mode == "1"
    assert round(image.info["dpi"][0]) == 203
