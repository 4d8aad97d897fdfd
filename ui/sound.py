"""Sounds for scan outcomes: packers hear more than they read.

Every outcome has its own sound (feedback.py picks it): a short high beep for a counted unit, a
rising chime for a packed order, a low buzz for a refusal, a two-tone alarm for a duplicate.
The WAV files are small (16-bit mono, 22.05 kHz, under a second) and made by `write_sounds()`
with the standard `wave` module; they ship in ui/sounds/ and `python -m ui.sound` remakes them.

Playing goes through QSoundEffect, loaded once at start so a scan never waits for a file.
Where there is no audio (offscreen tests, a PC without a sound device or without QtMultimedia's
system libraries) the board is silent but still records what it was asked to play, and says why
it is silent (the status bar shows it).
"""
from __future__ import annotations

import io
import logging
import math
import struct
import sys
import wave
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QGuiApplication

log = logging.getLogger(__name__)

FOLDER = Path(__file__).with_name("sounds")
RATE = 22050

#: name -> (notes as (frequency Hz, milliseconds), waveform, volume 0..1)
SOUNDS: dict[str, tuple[tuple[tuple[float, int], ...], str, float]] = {
    "count": (((1800, 70),), "sine", 0.7),
    "open": (((1200, 60), (0, 20), (1600, 70)), "sine", 0.7),
    "box": (((1000, 80), (0, 30), (1300, 80), (0, 30), (1000, 80)), "sine", 0.8),
    "packed": (((1047, 90), (1319, 90), (1568, 160)), "sine", 0.8),
    "label": (((1568, 60), (0, 30), (1568, 60)), "sine", 0.7),
    "cancel": (((900, 110), (600, 160)), "sine", 0.8),
    "info": (((700, 60),), "sine", 0.5),
    "error": (((180, 550),), "buzz", 1.0),
    "alarm": (((880, 150), (440, 150), (880, 150), (440, 150), (880, 150), (440, 250)), "buzz", 1.0),
}


def wav_bytes(name: str) -> bytes:
    notes, shape, volume = SOUNDS[name]
    frames = bytearray()
    for frequency, ms in notes:
        count = RATE * ms // 1000
        fade = min(count // 2, RATE * 5 // 1000)   # 5 ms in and out: no clicks
        for i in range(count):
            if frequency == 0:
                value = 0.0
            else:
                phase = 2 * math.pi * frequency * i / RATE
                value = math.sin(phase)
                if shape == "buzz":   # odd harmonics: a harsh, unmistakable buzz
                    value = (value + math.sin(3 * phase) / 3 + math.sin(5 * phase) / 5) / 1.53
            envelope = min(1.0, i / fade, (count - 1 - i) / fade) if fade else 1.0
            frames += struct.pack("<h", round(value * envelope * volume * 30000))
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(bytes(frames))
    return out.getvalue()


def write_sounds(folder: Path = FOLDER) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name in SOUNDS:
        path = folder / f"{name}.wav"
        path.write_bytes(wav_bytes(name))
        written.append(path)
    return written


def sound_files(folder: Path = FOLDER, fallback: Path | None = None) -> dict[str, Path]:
    """The WAV file of every sound: the shipped ones, made into `fallback` when missing."""
    files = {name: folder / f"{name}.wav" for name in SOUNDS}
    if all(path.exists() for path in files.values()) or fallback is None:
        return files
    write_sounds(fallback)
    return {name: fallback / f"{name}.wav" for name in SOUNDS}


class SoundBoard(QObject):
    """Plays a named sound; `requested` hears every request, played or silent."""

    requested = Signal(str)

    def __init__(self, effects: dict | None = None, silent_reason: str | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._effects = effects or {}
        self.silent_reason = silent_reason if not self._effects else None
        self.history: list[str] = []

    @property
    def silent(self) -> bool:
        return not self._effects

    def play(self, name: str) -> None:
        if name not in SOUNDS:
            raise KeyError(f"no sound named {name!r}")
        self.history.append(name)
        del self.history[:-50]
        effect = self._effects.get(name)
        if effect is not None:
            for other in self._effects.values():   # a new outcome cuts the last one short
                if other is not effect and other.isPlaying():
                    other.stop()
            effect.play()
        self.requested.emit(name)


def silent_board(reason: str, parent: QObject | None = None) -> SoundBoard:
    return SoundBoard(None, reason, parent)


def make_sound_board(fallback_folder: Path | None = None, parent: QObject | None = None) -> SoundBoard:
    """QSoundEffect per sound, loaded now; a silent board (saying why) where audio cannot work."""
    platform = QGuiApplication.platformName()
    if platform in ("offscreen", "minimal"):
        return silent_board(f"no audio on the {platform} platform", parent)
    try:
        from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
    except ImportError as exc:   # e.g. libpulse missing on a Linux desk
        log.warning("sound off: QtMultimedia cannot load (%s)", exc)
        return silent_board(f"QtMultimedia cannot load: {exc}", parent)
    if not QMediaDevices.audioOutputs():
        log.warning("sound off: no audio output device")
        return silent_board("no audio output device", parent)
    board = SoundBoard(parent=parent)
    effects = {}
    for name, path in sound_files(FOLDER, fallback_folder).items():
        effect = QSoundEffect(board)
        effect.setSource(QUrl.fromLocalFile(str(path)))
        effect.setVolume(1.0)
        effects[name] = effect
    board._effects = effects
    board.silent_reason = None
    return board


if __name__ == "__main__":
    for written in write_sounds(Path(sys.argv[1]) if len(sys.argv) > 1 else FOLDER):
        print(written, written.stat().st_size, "bytes")
