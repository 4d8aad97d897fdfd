"""Invariant 8: text from orders reaches a printer as text, never as commands. And random text
never pushes an element off the page or over a barcode."""
from __future__ import annotations

import io

import pypdf
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import labels
from labels.documents import (HandoverManifest, PackingSlip, Party, PickList, PickRow, PickSlot,
                              SlipLine, WaybillLabel)
from labels.layout import Text, page_problems
from labels.sanitize import clean
from tests.labels_fixtures import (RECEIVER, decode, escpos_text_runs, need_cjk_font, once,
                                   parse_escpos, pdf_text, png_image, squash, tspl_commands,
                                   waybill, zpl_commands)

ESCPOS_ATTACK = "张三\x1b@\x1dV\x00\x1b!\x30\x1c.\x10\x04\x01\x1dv0大奖"
TSPL_ATTACK = '张三"\r\nPRINT 999\r\nTEXT 0,0,"TSS24.BF2",0,1,1,"x\\["]'
ZPL_ATTACK = "张三^XZ^XA^FO0,0^FDPWNED^FS~JA~HS_5E"


def _with_name(name: str) -> WaybillLabel:
    return waybill(receiver=Party(name, "13812345678", "广东省", "深圳市", "南山区", name))


def test_escpos_control_bytes_in_a_name_print_as_text():
    data = labels.render(_with_name(ESCPOS_ATTACK), "escpos")
    commands = [value for kind, value in parse_escpos(data) if kind == "cmd"]
    assert commands.count(b"\x1b@") == 1  # only our own init
    assert not any(c.startswith((b"\x1dV\x00", b"\x1b!", b"\x10")) for c in commands)
    assert "张三@V!0.v0大奖" in squash("".join(escpos_text_runs(data)))


def test_tspl_quotes_in_a_name_cannot_close_the_string():
    commands = tspl_commands(labels.render(_with_name(TSPL_ATTACK), "tspl"))
    assert [args for name, args in commands if name == "PRINT"] == [["1", "1"]]
    printed = squash("".join(once([args[-1] for name, args in commands if name == "TEXT"])))
    assert '张三"PRINT999TEXT0,0,"TSS24.BF2",0,1,1,"x＼["]' in printed


def test_zpl_carets_and_tildes_in_a_name_stay_field_data():
    data = labels.render(_with_name(ZPL_ATTACK), "zpl")
    commands = zpl_commands(data)  # fails on ~ or an unknown ^ command
    assert [name for name, _ in commands].count("XA") == 1
    printed = squash("".join(once([rest for name, rest in commands if name == "FD"])))
    assert "张三^XZ^XA^FO0,0^FDPWNED^FS~JA~HS_5E" in printed


def test_raster_and_pdf_take_the_same_names():
    need_cjk_font()
    pdf_attack = "张三) Tj ET endstream endobj (\\"
    for attack in (ESCPOS_ATTACK, TSPL_ATTACK, ZPL_ATTACK, pdf_attack):
        document = _with_name(attack)
        parse_escpos(labels.render(document, "escpos-raster"))
        pdf = labels.render(document, "pdf")
        assert len(pypdf.PdfReader(io.BytesIO(pdf)).pages) == 1
        assert squash(clean(attack))[:12] in squash(pdf_text(pdf))
        found = decode(png_image(labels.render(document, "png")))
        assert found["Code128"] == [document.waybill_no]


# ---- random text at every renderer ------------------------------------------------------------

NASTY = ["\x1b@", "\x1dV\x00", "\x1c&", "\x00", "\x7f", "\x85", "\x9b", '"', '\\["]', "\\",
         "^XZ", "~JA", "_5E", "\r\nPRINT 1\r\n", "\u202e", "\u200b", "\udc80", "\ufeff", "😀",
         "é", "e\u0301\u0301\u0301", "𠀀", "\u3000", "﷽", "Ⅻ", "ｗ", "\t"]
words = st.lists(st.one_of(st.text(max_size=30), st.sampled_from(NASTY)), max_size=6).map("".join)
any_text = st.one_of(words, st.text(min_size=150, max_size=400))
code = st.from_regex(r"[0-9A-Za-z._/-]{1,24}", fullmatch=True)


@st.composite
def documents(draw):
    kind = draw(st.sampled_from(["waybill", "slip", "picklist", "manifest"]))
    t = lambda: draw(any_text)  # noqa: E731
    if kind == "waybill":
        party = lambda: Party(t(), t(), t(), t(), t(), t())  # noqa: E731
        return WaybillLabel(draw(code), draw(code), t(), t(), party(), party(),
                            tuple(t() for _ in range(draw(st.integers(0, 12)))), t(),
                            None, draw(st.booleans()))
    if kind == "slip":
        lines = tuple(SlipLine(t(), t(), draw(st.integers(1, 999)))
                      for _ in range(draw(st.integers(0, 6))))
        return PackingSlip(t(), draw(code), lines, t())
    if kind == "picklist":
        rows = tuple(PickRow(i, t(), t(), t(), draw(st.integers(1, 99)))
                     for i in range(draw(st.integers(0, 6))))
        return PickList(draw(code), t(), rows, (PickSlot(t(), t(), 1),))
    return HandoverManifest(t(), t(), draw(code), tuple(draw(st.lists(code, max_size=6))), t())


def _lines(laid_out) -> list[str]:
    return sorted(line for page in laid_out.pages for e in page.elements if isinstance(e, Text)
                  for line in e.lines)


def _check_escpos(laid_out) -> None:
    if laid_out.pages[0].width > 104:
        return
    data = labels.render_layout(laid_out, "escpos")
    commands = [value for kind, value in parse_escpos(data) if kind == "cmd"]
    assert commands.count(b"\x1b@") == 1 and commands.count(b"\x1dVB\x00") == 1
    assert sorted(escpos_text_runs(data)) == sorted(clean(line) for line in _lines(laid_out))


def _check_tspl(laid_out) -> None:
    if laid_out.pages[0].width > 104:
        return
    commands = tspl_commands(labels.render_layout(laid_out, "tspl"))
    assert [name for name, _ in commands].count("PRINT") == len(laid_out.pages)
    printed = {args[-1] for name, args in commands if name == "TEXT"}
    expected = {clean(line).replace("\\", "＼").encode("gbk", "replace").decode("gbk")
                for line in _lines(laid_out)}
    assert printed == expected


def _check_zpl(laid_out) -> None:
    if laid_out.pages[0].width > 104:
        return
    commands = zpl_commands(labels.render_layout(laid_out, "zpl"))
    assert [name for name, _ in commands].count("XZ") == len(laid_out.pages)
    fields = {rest for name, rest in commands if name == "FD"}
    assert {clean(line).replace("\\", "＼") for line in _lines(laid_out)} <= fields


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_random_text_stays_text_in_printer_languages(document):
    if getattr(document, "drill", False):
        need_cjk_font()  # the diagonal mark goes to printers as a bitmap drawn with it
    size = labels.sizes(document)[-1] if isinstance(document, PickList) else None
    laid_out = labels.layout(document, size)
    for page in laid_out.pages:
        assert page_problems(page) == []
    _check_escpos(laid_out)
    _check_tspl(laid_out)
    _check_zpl(laid_out)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_random_text_renders_to_pdf_png_and_raster(document):
    need_cjk_font()
    laid_out = labels.layout(document)
    for page in laid_out.pages:
        assert page_problems(page) == []
    pdf = pypdf.PdfReader(io.BytesIO(labels.render_layout(laid_out, "pdf")))
    assert len(pdf.pages) == len(laid_out.pages)
    assert png_image(labels.render_layout(laid_out, "png")).width == round(
        laid_out.pages[0].width * 8)
    if laid_out.pages[0].width <= 104:
        parse_escpos(labels.render_layout(laid_out, "escpos-raster"))


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(code, code, any_text, st.sampled_from(labels.sizes(waybill())))
def test_codes_read_back_whatever_the_names(waybill_no, order_no, name, size):
    need_cjk_font()
    document = waybill(waybill_no=waybill_no, order_no=order_no, drill=True,
                       receiver=Party(name, "13812345678", "", "", "", name),
                       sender=RECEIVER)
    found = decode(png_image(labels.render(document, "png", size)))
    assert found.get("Code128") == [waybill_no]
    assert found.get("QRCode") == [order_no]
