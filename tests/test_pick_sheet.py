"""The pick screen's work: scans read against the open wave's list, waves opened by their codes, refusals kept."""
import labels
from labels.layout import Text
from whs_app.codes import slot_code
from whs_app.model import OrderState, Reason
from whs_app.pick_sheet import (PickOutcome, confirm_line, confirm_rest, floor_waves, open_wave, pick_list_document,
                                report_short, scan)
from whs_app.wave_release import release_waves
from whs_app.waves import plan_waves
from tests.labels_fixtures import pdf_text, squash
from tests.review_fixtures import new_order, open_reasons, reviewed, states


def released_wave(store, clock, actor, *orders, release=True):
    ids = reviewed(store, clock, actor, *orders)
    [wave] = plan_waves(store, clock, actor).waves
    if release:
        release_waves(store, clock, actor, [wave.code])
    return wave, ids


TWO = (new_order("A", [("TSHIRT-W-M", 1), ("MUG-350", 1)]), new_order("B", [("SOCKS-5P", 2), ("MUG-350", 1)]))


def test_the_wave_code_opens_its_pick_list_in_walking_order(store, warehouse, clock, actor):
    wave, _ = released_wave(store, clock, actor, *TWO)
    answer = scan(store, clock, actor, None, wave.code.lower())
    assert answer.outcome == PickOutcome.OPENED and answer.sheet.code == wave.code
    sheet = answer.sheet
    assert [(l.bin, l.sku, l.quantity, l.done) for l in sheet.lines] == [
        ("A-01-01", "TSHIRT-W-M", 1, False), ("B-03-01", "SOCKS-5P", 2, False), ("C-01-01", "MUG-350", 2, False)]
    assert (sheet.carrier, sheet.orders, sheet.units, sheet.confirmed, sheet.workable) == ("ZTO", 2, 5, 0, True)
    assert sheet.next_line.bin == "A-01-01"
    by_slot = scan(store, clock, actor, None, slot_code(wave.id, 1))
    assert by_slot.outcome == PickOutcome.OPENED and by_slot.sheet.code == wave.code


def test_a_bin_a_sku_code_or_any_barcode_of_the_sku_confirms_its_line(store, warehouse, clock, actor):
    wave, ids = released_wave(store, clock, actor, *TWO)
    first = scan(store, clock, actor, wave.code, "b-03-01")
    assert first.outcome == PickOutcome.CONFIRMED and first.sheet.status == "picking"
    assert [(c.bin, c.picked) for c in first.confirmed] == [("B-03-01", 2)]
    by_barcode = scan(store, clock, actor, wave.code, "TSWM")             # a second barcode of TSHIRT-W-M
    assert [c.sku for c in by_barcode.confirmed] == ["TSHIRT-W-M"]
    done = scan(store, clock, actor, wave.code, "MUG-350")
    assert done.sheet.status == "picked" and done.sheet.confirmed == 3 and done.sheet.next_line is None
    assert states(store, ids) == [OrderState.PICKED] * 2
    assert store.waves.pick_lines(wave.id)[0]["confirmed_by"] == "packer1"


def test_refusals_change_nothing_and_say_why(store, warehouse, clock, actor):
    wave, _ = released_wave(store, clock, actor, *TWO)
    scan(store, clock, actor, wave.code, "A-01-01")
    again = scan(store, clock, actor, wave.code, "6901234567001")
    assert again.outcome == PickOutcome.REFUSED and "already confirmed at 2026-11-11 08:00:00 by packer1" in again.reason
    assert again.sheet.confirmed == 1
    stranger = scan(store, clock, actor, wave.code, "6901234567004")     # DOWN-JKT-L: not on this wave
    assert stranger.outcome == PickOutcome.REFUSED and "is not on wave" in stranger.reason
    nothing_open = scan(store, clock, actor, None, "A-01-01")
    assert nothing_open.sheet is None and "scan the barcode at the top of the pick list" in nothing_open.reason
    assert scan(store, clock, actor, None, "1").outcome == PickOutcome.REFUSED     # a number is never a wave id
    assert open_wave(store, "W404").reason.endswith("no wave W404")
    assert confirm_line(store, clock, actor, "W404", "MUG-350").outcome == PickOutcome.REFUSED


def test_an_unreleased_wave_opens_but_is_not_picked(store, warehouse, clock, actor):
    wave, _ = released_wave(store, clock, actor, *TWO, release=False)
    opened = scan(store, clock, actor, None, wave.code)
    assert opened.outcome == PickOutcome.OPENED and not opened.sheet.workable
    refused = scan(store, clock, actor, wave.code, "A-01-01")
    assert refused.outcome == PickOutcome.REFUSED and "not released yet" in refused.reason
    assert store.waves.pick_lines(wave.id)[0]["picked"] is None
    assert floor_waves(store) == []


def test_a_short_pick_sends_the_unfilled_orders_to_exceptions_and_the_wave_goes_on(store, warehouse, clock, actor):
    wave, ids = released_wave(store, clock, actor,
                              new_order("A", [("MUG-350", 1), ("TSHIRT-W-M", 1)], paid_at="2026-11-11 01:00:00"),
                              new_order("B", [("MUG-350", 1), ("SOCKS-5P", 1)], paid_at="2026-11-11 02:00:00"))
    answer = report_short(store, clock, actor, wave.code, "MUG-350", 1)
    assert answer.outcome == PickOutcome.SHORT and answer.short_orders == ["B"]
    assert states(store, ids) == [OrderState.WAVED, OrderState.EXCEPTION]
    assert open_reasons(store, ids[1]) == [Reason.SHORT_PICK]
    mug = next(line for line in answer.sheet.lines if line.sku == "MUG-350")
    assert (mug.picked, mug.quantity, mug.short) == (1, 2, True)
    assert answer.sheet.orders == 1                      # B's socks left the list with B
    assert [line.sku for line in answer.sheet.lines if not line.done] == ["TSHIRT-W-M"]
    too_many = report_short(store, clock, actor, wave.code, "MUG-350", 5)
    assert too_many.outcome == PickOutcome.REFUSED


def test_confirm_rest_and_the_floor_list(store, warehouse, clock, actor):
    wave, ids = released_wave(store, clock, actor, *TWO)
    [choice] = floor_waves(store)
    assert (choice.code, choice.status, choice.bins, choice.confirmed) == (wave.code, "planned", 3, 0)
    confirm_line(store, clock, actor, wave.code, "SOCKS-5P")
    assert floor_waves(store)[0].status == "picking"
    rest = confirm_rest(store, clock, actor, wave.code)
    assert rest.outcome == PickOutcome.CONFIRMED and len(rest.confirmed) == 2 and rest.sheet.status == "picked"
    assert floor_waves(store) == []


def test_the_pick_list_document_renders_with_its_wave_barcode(store, warehouse, clock, actor):
    wave, _ = released_wave(store, clock, actor, *TWO)
    document = pick_list_document(store, wave.code, clock.now())
    assert document.wave_code == wave.code and [r.bin for r in document.rows] == ["A-01-01", "B-03-01", "C-01-01"]
    assert [(s.slot, s.order_no) for s in document.slots] == [("1", "A"), ("2", "B")]
    assert labels.render(document, "pdf", "A4").startswith(b"%PDF")


def test_a_drill_pick_list_says_so_first_and_last_and_a_live_one_does_not(store, warehouse, clock, actor):
    wave, _ = released_wave(store, clock, actor, *TWO)
    live = pick_list_document(store, wave.code, clock.now())
    assert not live.drill and "演练" not in pdf_text(labels.render(live, "pdf", "A4"))
    store.settings.set("drill", {"name": "rehearsal"})          # this database is a drill's
    drill = pick_list_document(store, wave.code, clock.now())
    assert drill.drill
    text = squash(pdf_text(labels.render(drill, "pdf", "A4")))
    assert text.startswith("演练DRILL非真实订单") and text.count("演练DRILL") == 2
    for size in ("A4", "80mm"):                                # top and bottom of the roll too
        lines = [line for page in labels.layout(drill, size).pages for e in page.elements
                 if isinstance(e, Text) for line in e.lines]
        assert lines[0].startswith("演练 DRILL") and any(line.startswith("演练 DRILL") for line in lines[-4:]), size
