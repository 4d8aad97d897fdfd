"""The layout model and the public entry point: sizes, formats, wrapping, masking, page rules."""
from __future__ import annotations

import pytest

import labels
from labels.documents import Party
from labels.fonts import FontNotFoundError
from labels.layout import Barcode, Box, Font, Text, Watermark, cells, page_problems
from labels.typeset import fit_text, wrap
from labels.waybill import mask_phone
from tests.labels_fixtures import RECEIVER, manifest, picklist, slip, waybill

DOCUMENTS = [waybill(), waybill(drill=True), slip(), picklist(), manifest(count=70)]


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda d: type(d).__name__)
def test_every_size_lays_out_within_the_rules(document):
    for size in labels.sizes(document):
        laid_out = labels.layout(document, size)
        assert laid_out.size == size and laid_out.pages
        for page in laid_out.pages:
            assert page_problems(page) == []


def test_default_sizes():
    assert labels.layout(waybill()).size == "100x150"
    assert labels.layout(slip()).size == "80mm"
    assert labels.layout(picklist()).size == "A4"
    assert labels.default_size(manifest()) == "A4"


@pytest.mark.parametrize("size, width, height", [("100x150", 100, 150), ("76x130", 76, 130),
                                                 ("100x180", 100, 180)])
def test_waybill_sizes(size, width, height):
    [page] = labels.layout(waybill(), size).pages
    assert (page.width, page.height) == (width, height)


def test_unknown_format_and_size_say_what_is_known():
    with pytest.raises(ValueError, match=r"unknown format 'bmp'; choose one of escpos, "
                                         r"escpos-raster, tspl, zpl, pdf, png"):
        labels.render(waybill(), "bmp")
    with pytest.raises(ValueError, match=r"unknown size '90x90' for a waybill label; choose one "
                                         r"of 100x150, 76x130, 100x180"):
        labels.render(waybill(), "tspl", "90x90")
    with pytest.raises(ValueError, match="unknown size 'A3' for a packing slip"):
        labels.layout(slip(), "A3")
    with pytest.raises(TypeError, match="cannot lay out a str"):
        labels.render("order 1", "pdf")


def test_paper_sizes_refuse_label_printer_languages():
    with pytest.raises(ValueError, match="at most 104 mm wide.*render it as pdf or png"):
        labels.render(picklist(), "tspl", "A4")


def test_barcode_data_is_checked():
    with pytest.raises(ValueError, match="waybill number 'SF 12' cannot be printed as a Code 128"):
        labels.render(waybill(waybill_no="SF 12"), "escpos")
    with pytest.raises(ValueError, match="order number"):
        labels.layout(slip(order_no="订单1"))


def test_render_to_file(tmp_path):
    target = labels.render_to_file(waybill(), "tspl", tmp_path / "label.tspl")
    assert target.read_bytes() == labels.render(waybill(), "tspl")


@pytest.mark.parametrize("phone, masked", [
    ("13812345678", "138****5678"), ("138 1234 5678", "138****5678"),
    ("+8613812345678", "+86****5678"), ("0571-88886666", "057****6666"), ("12345", "****45"),
    ("", "****"),
])
def test_phone_masking(phone, masked):
    assert mask_phone(phone) == masked


def test_the_full_phone_never_prints():
    for fmt in ("escpos", "tspl", "zpl"):
        assert b"13812345678" not in labels.render(waybill(), fmt)


def test_wrap_breaks_cjk_anywhere_and_ascii_at_spaces():
    assert wrap("广东省深圳市南山区", 4) == ["广东省深", "圳市南山", "区"]
    assert wrap("Room 1201 Tower B", 3) == ["Room", "1201", "Tower", "B"]
    assert wrap("ABCDEFGHIJKL", 3) == ["ABCDEF", "GHIJKL"]
    assert all(cells(line) <= 4 for line in wrap("数字技术园 B1 栋 1201 室 " * 5, 4))


def test_fit_text_shrinks_then_cuts_with_an_ellipsis():
    fonts = (Font(6, 6), Font(3, 3))
    short = fit_text("张三", Box(0, 0, 30, 6), fonts)
    assert short.font.height == 6 and short.lines == ("张三",)
    longer = fit_text("张" * 8, Box(0, 0, 30, 6), fonts)
    assert longer.font.height == 3 and longer.lines == ("张" * 8,)
    cut = fit_text("张" * 40, Box(0, 0, 30, 6), fonts)
    assert len(cut.lines) == 1 and cut.lines[0].endswith("…") and cells(cut.lines[0]) <= 10


def test_long_receiver_shrinks_but_stays_in_its_band():
    long_address = Party("欧阳" * 20, "13812345678", "新疆维吾尔自治区", "伊犁哈萨克自治州",
                         "霍尔果斯市", "口岸大道" * 30)
    for size in labels.sizes(waybill()):
        [page] = labels.layout(waybill(receiver=long_address), size).pages
        assert page_problems(page) == []
        texts = [e for e in page.elements if isinstance(e, Text)]
        [who] = [t.lines[0] for t in texts if t.lines and t.lines[0].startswith("欧阳")]
        assert who.endswith("… 138****5678")


def test_big_type_for_the_packer():
    [page] = labels.layout(waybill()).pages
    texts = {t.lines[0]: t for t in page.elements if isinstance(t, Text) and t.lines}
    assert texts["张三 138****5678"].font.height >= 6
    assert texts["755-W01-02"].font.height >= 9
    [code] = [e for e in page.elements if isinstance(e, Barcode)]
    assert code.box.h >= 18 and code.module >= 0.375


def test_drill_label_carries_the_mark_and_plain_one_does_not():
    [drill] = labels.layout(waybill(drill=True, waybill_no="DRILL-0001")).pages
    marks = [e for e in drill.elements if isinstance(e, Watermark)]
    assert len(marks) == 1 and marks[0].text == "演练 DRILL" and 20 < marks[0].angle < 45
    assert any(isinstance(e, Text) and "演练 DRILL" in e.lines for e in drill.elements)
    [plain] = labels.layout(waybill()).pages
    assert not any(isinstance(e, Watermark) for e in plain.elements)
    lines = [line for e in plain.elements if isinstance(e, Text) for line in e.lines]
    assert all("演练" not in line for line in lines)


def test_long_manifest_runs_onto_more_pages_with_signatures_last():
    laid_out = labels.layout(manifest(count=90))
    assert len(laid_out.pages) >= 3
    last = laid_out.pages[-1].elements
    captions = {line for e in last if isinstance(e, Text) for line in e.lines}
    assert {"仓库交接人签字", "快递揽收员签字", "交接时间"} <= captions
    codes = [e.data for page in laid_out.pages for e in page.elements if isinstance(e, Barcode)]
    assert codes[1:] == list(manifest(count=90).waybills)


def test_page_problems_sees_overlap_and_overflow():
    from labels.layout import Page
    code = Barcode(Box(0, 10, 50, 10), "123", 0.25)
    page = Page(50, 30, (code, Text(Box(0, 15, 50, 3), ("x",), Font(3, 3)),
                         Text(Box(40, 25, 20, 3), ("y",), Font(3, 3)),
                         Text(Box(0, 0, 5, 3), ("toolongline",), Font(3, 3))))
    problems = page_problems(page)
    assert any("covers" in p for p in problems)
    assert any("off the page" in p for p in problems)
    assert any("leaves" in p for p in problems)


def test_font_missing_names_the_package(monkeypatch):
    from labels import fonts
    monkeypatch.setattr(fonts, "CANDIDATES", ())
    monkeypatch.setattr(fonts, "_shipped", lambda: [])
    monkeypatch.setattr(fonts, "_from_fontconfig", lambda: [])
    monkeypatch.delenv("WHS_CJK_FONT", raising=False)
    with pytest.raises(FontNotFoundError, match="apt-get install fonts-wqy-microhei"):
        fonts.find_cjk_font()


def test_font_from_the_environment(monkeypatch, tmp_path):
    from labels import fonts
    font = tmp_path / "mine.ttc"
    font.write_bytes(b"")
    monkeypatch.setenv("WHS_CJK_FONT", f"{font}:1")
    assert fonts.find_cjk_font() == (str(font), 1)


def test_receiver_fields_joined_into_the_address():
    assert RECEIVER.full_address.startswith("广东省 深圳市 南山区 科技园")
