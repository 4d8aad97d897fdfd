"""`whs label` and `whs slip` on a packed order, read back with independent readers."""
import pytest
from click.testing import CliRunner

from whs_app.cli import cli
from whs_app.clock import ManualClock
from whs_app.packing import PackingSession
from whs_app.actor import Actor
from whs_app.store import Store
from tests.factories import make_warehouse
from tests.labels_fixtures import decode, need_cjk_font, pdf_text, png_image, squash
from tests.pack_fixtures import ready_order


@pytest.fixture
def packed(tmp_path):
    path = tmp_path / "w.db"
    clock = ManualClock("2026-11-11 09:00:00")
    with Store.open(path) as store:
        warehouse = make_warehouse(store, clock)
        ready_order(store, warehouse, "D3001", {"TSHIRT-W-M": 1, "JEANS-32": 2})
        session = PackingSession(store, clock, Actor("P01", "packer1"))
        results = [session.scan(code) for code in ("D3001", "6901234567003", "CMD:SPLIT", "6901234567001",
                                                   "6901234567003")]
    return path, [r.waybill_no for r in results if r.waybill_no]


def whs(db, *args):
    return CliRunner().invoke(cli, ["--db", str(db), *args])


def test_label_png_carries_the_waybill_of_each_box(packed, tmp_path):
    need_cjk_font()
    db, waybills = packed
    for box, waybill in enumerate(waybills, start=1):
        out = tmp_path / f"box{box}.png"
        result = whs(db, "label", "D3001", "--format", "png", "--box", str(box), "--out", str(out))
        assert result.exit_code == 0, result.output
        assert waybill in decode(png_image(out.read_bytes()))["Code128"]


def test_label_pdf_shows_the_receiver_address_and_masks_the_phone(packed, tmp_path):
    need_cjk_font()
    db, _ = packed
    out = tmp_path / "label.pdf"
    assert whs(db, "label", "D3001", "--format", "pdf", "--size", "76x130", "--out", str(out)).exit_code == 0
    text = squash(pdf_text(out.read_bytes()))
    assert "浙江省杭州市西湖区文三路100号" in text
    assert "138****5678" in text and "13812345678" not in text


def test_slip_lists_every_line_of_the_order(packed, tmp_path):
    need_cjk_font()
    db, _ = packed
    out = tmp_path / "slip.pdf"
    assert whs(db, "slip", "D3001", "--format", "pdf", "--size", "A5", "--out", str(out)).exit_code == 0
    text = squash(pdf_text(out.read_bytes()))
    assert "纯棉T恤白色M" in text and "牛仔裤32码" in text and "优选旗舰店" in text


def test_native_printer_formats_need_no_font_and_carry_the_waybill(packed, tmp_path):
    db, waybills = packed
    for fmt in ("tspl", "zpl", "escpos"):
        out = tmp_path / f"label.{fmt}"
        assert whs(db, "label", "D3001", "--format", fmt, "--out", str(out)).exit_code == 0
        assert waybills[0].encode() in out.read_bytes()


def test_a_box_without_a_waybill_and_an_unknown_order_are_clear_errors(packed, tmp_path):
    db, _ = packed
    result = whs(db, "label", "D3001", "--box", "3", "--out", str(tmp_path / "x.png"))
    assert result.exit_code == 1 and "no waybill for box 3" in result.output
    result = whs(db, "slip", "NOPE", "--out", str(tmp_path / "x.pdf"))
    assert result.exit_code == 1 and "no order NOPE" in result.output
    assert not (tmp_path / "x.png").exists() and not (tmp_path / "x.pdf").exists()
