"""The station command sheet (read back by a barcode decoder and a PDF text extractor) and the sounds."""
from __future__ import annotations

import io
import wave

from PySide6.QtCore import Qt

from ui.command_sheet import render_sheet
from ui.feedback import LOOKS
from ui.outcomes import Outcome
from ui.sound import FOLDER, SOUNDS, make_sound_board, silent_board, sound_files, wav_bytes
from ui.station_commands import STATION_COMMANDS
from tests.labels_fixtures import decode, need_cjk_font, pdf_pages, pdf_text, squash
from tests.ui_fixtures import Keyboard, make_app, qapp_args, qt_warnings, translators  # noqa: F401


def test_the_sheet_holds_every_station_command_as_a_code128_barcode():
    need_cjk_font()
    data = render_sheet("P07")
    [page] = pdf_pages(data, dpi=150)
    found = decode(page)
    assert sorted(found.get("Code128", [])) == sorted(command.code for command in STATION_COMMANDS)
    assert {"CMD:COMPLETE", "CMD:SPLIT", "CMD:CANCEL", "CMD:REPRINT"} <= set(found["Code128"])
    text = squash(pdf_text(data))
    for command in STATION_COMMANDS:
        assert squash(command.zh) in text and squash(command.en) in text and command.key in text
    assert "P07" in text


def test_f9_saves_the_sheet_off_the_gui_thread_and_opens_it(qtbot, tmp_path, store, warehouse, make_app):
    need_cjk_font()
    opened = []
    app = make_app(open_file=opened.append)
    messages = []
    app.pack.status_message.connect(messages.append)
    Keyboard(app.window).press(Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=10_000)
    assert opened[0] == tmp_path / "station-commands-P01.pdf" and opened[0].read_bytes().startswith(b"%PDF")
    assert "Command sheet saved" in messages[-1]


def test_every_outcome_has_a_colour_and_a_sound_and_refusals_are_red_and_loud():
    assert set(LOOKS) == set(Outcome)
    for outcome, look in LOOKS.items():
        assert look.sound in SOUNDS
        if outcome.is_refusal:
            assert look.sound in ("error", "alarm") and look.background == LOOKS[Outcome.WRONG_ITEM].background
        if outcome.is_success:
            assert look.sound not in ("error", "alarm")


def test_the_shipped_sounds_are_the_ones_the_generator_makes():
    for name in SOUNDS:
        shipped = (FOLDER / f"{name}.wav").read_bytes()
        assert shipped == wav_bytes(name), f"ui/sounds/{name}.wav is stale: run python -m ui.sound"
        with wave.open(io.BytesIO(shipped)) as w:
            assert (w.getnchannels(), w.getsampwidth(), w.getframerate()) == (1, 2, 22050)
            assert 0.05 <= w.getnframes() / w.getframerate() <= 1.0


def test_missing_sound_files_are_made_in_the_fallback_folder(tmp_path):
    files = sound_files(tmp_path / "nowhere", tmp_path / "made")
    assert all(path.parent == tmp_path / "made" and path.exists() for path in files.values())


def test_without_audio_the_board_is_silent_says_why_and_still_records(qapp):
    board = make_sound_board()   # the tests run offscreen
    assert board.silent and "offscreen" in board.silent_reason
    board.play("error")
    assert board.history == ["error"]
    quiet = silent_board("no speaker")
    requested = []
    quiet.requested.connect(requested.append)
    quiet.play("alarm")
    assert requested == ["alarm"]
