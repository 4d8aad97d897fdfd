"""Keyboard-wedge scanners: tell a scan from typing by key timing. Pure: no Qt, no clock.

Most USB scanners pretend to be a keyboard and "type" the code, then Enter (or Tab). A scanner
types a whole code in one burst, typically under 30-50 ms between keys; people leave more than
80 ms. So the classifier holds printable keys while they come fast, and:

- a burst of at least `min_length` characters ended by a terminator within the gap is a scan:
  its keys and the terminator are consumed and the code is emitted;
- anything else was typing: the held keys are handed back (`release`) for the GUI to deliver,
  in order, followed by the current key when it is not `consumed`.

Call `poll(now_ms)` from a timer at `deadline_ms` so the last key a person typed is not held
until their next one (the GUI holds a key at most `max_gap_ms`).

The Chinese input method (IME) problem
--------------------------------------
A wedge scanner's keystrokes go through the active input method like any keyboard's. With a
Chinese IME (微软拼音, 搜狗, ...) in Chinese mode the letters of "SF1234567890" become pinyin
composition: the IME swallows them, shows candidates, and Enter may commit the raw letters, a
Chinese word, or nothing; in full-width (全角) mode digits and letters arrive as "ＳＦ１２３".
Hence, in the GUI (ui/, the only Qt code):

- turn the IME off for scan fields: `widget.setAttribute(Qt.WA_InputMethodEnabled, False)` and
  `setInputMethodHints(Qt.ImhLatinOnly | Qt.ImhNoPredictiveText)`;
- catch scans in one application-wide event filter (`QApplication.installEventFilter`) that
  feeds every KeyPress to a WedgeClassifier, eats consumed keys and re-posts released ones, so a
  scan works wherever the focus is and never lands half in a text box;
- set the scanner to the US keyboard layout (its manual's "keyboard language" barcode): with
  another layout it types the wrong characters for symbols such as '-' or '/';
- Caps Lock inverts the case of the letters the scanner types ("sf123" for "SF123"); set the
  scanner's "ignore Caps Lock" option, or let `fold_case` fold codes that are case-blind;
- full-width characters that still get through are mapped back to ASCII here (to_halfwidth).
"""
from __future__ import annotations

from dataclasses import dataclass

from devices.scanners.normalise import to_halfwidth

ENTER, TAB = "Enter", "Tab"
KEY_NAMES = {"\r": ENTER, "\n": ENTER, "\t": TAB, "Return": ENTER}
#: Keys a scanner may press around the characters (Shift for capitals); they change nothing.
MODIFIERS = frozenset({"Shift", "Control", "Alt", "AltGr", "Meta", "CapsLock"})


@dataclass(frozen=True)
class WedgeConfig:
    max_gap_ms: float = 50.0
    min_length: int = 4
    prefix: str = ""          # configured in the scanner; removed from the scan
    suffix: str = ""          # ditto, before the terminator
    terminators: frozenset[str] = frozenset({ENTER, TAB})   # empty: a scan ends by the gap
    fold_case: str | None = None   # "upper" or "lower" for case-blind codes (Caps Lock)


@dataclass(frozen=True)
class KeyEvent:
    key: str       # one character, or a key name: "Enter", "Tab", "Backspace", "Shift"...
    t_ms: float


@dataclass(frozen=True)
class WedgeOutput:
    consumed: bool                          # do not deliver the key just fed
    scans: tuple[str, ...] = ()             # complete scans, prefix and suffix removed
    release: tuple[KeyEvent, ...] = ()      # held keys that were typing: deliver them first


class WedgeClassifier:
    def __init__(self, config: WedgeConfig = WedgeConfig()):
        self.config = config
        self._held: list[KeyEvent] = []

    @property
    def deadline_ms(self) -> float | None:
        """When to call poll(): the moment the held burst goes stale."""
        return self._held[-1].t_ms + self.config.max_gap_ms if self._held else None

    def feed(self, key: str, t_ms: float) -> WedgeOutput:
        key = KEY_NAMES.get(key, to_halfwidth(key))
        if key in MODIFIERS:
            return WedgeOutput(consumed=False)
        ended = self.poll(t_ms)
        if key in self.config.terminators:
            out = self._terminate()
        elif len(key) == 1:
            out = self._hold(KeyEvent(key, t_ms))
        else:
            out = WedgeOutput(False, release=self._release())
        return _join(ended, out)

    def poll(self, now_ms: float) -> WedgeOutput:
        """End a burst that has been quiet longer than the gap."""
        if self.deadline_ms is None or now_ms <= self.deadline_ms:
            return WedgeOutput(consumed=False)
        if not self.config.terminators and self._scan_text() is not None:
            return self._emit(consumed=False)
        return WedgeOutput(False, release=self._release())

    def reset(self) -> tuple[KeyEvent, ...]:
        """Give back whatever is held (e.g. when the window loses focus)."""
        return self._release()

    def _hold(self, event: KeyEvent) -> WedgeOutput:
        released = ()
        if not self._could_start(self._text() + event.key):
            released = self._release()
            if not self._could_start(event.key):
                return WedgeOutput(False, release=released)
        self._held.append(event)
        if not self.config.terminators and self.config.suffix and self._scan_text() is not None:
            return _join(WedgeOutput(True, release=released), self._emit(consumed=True))
        return WedgeOutput(True, release=released)

    def _terminate(self) -> WedgeOutput:
        if self._scan_text() is not None:
            return self._emit(consumed=True)
        return WedgeOutput(False, release=self._release())

    def _emit(self, *, consumed: bool) -> WedgeOutput:
        text = self._scan_text()
        self._held.clear()
        if self.config.fold_case == "upper":
            text = text.upper()
        elif self.config.fold_case == "lower":
            text = text.lower()
        return WedgeOutput(consumed, scans=(text,))

    def _scan_text(self) -> str | None:
        """The code, if what is held is a complete scan."""
        text, prefix, suffix = self._text(), self.config.prefix, self.config.suffix
        if not (text.startswith(prefix) and text.endswith(suffix)):
            return None
        body = text[len(prefix):len(text) - len(suffix)]
        return body if len(body) >= max(self.config.min_length, 1) else None

    def _could_start(self, text: str) -> bool:
        prefix = self.config.prefix
        return text.startswith(prefix) or prefix.startswith(text)

    def _text(self) -> str:
        return "".join(e.key for e in self._held)

    def _release(self) -> tuple[KeyEvent, ...]:
        held, self._held = tuple(self._held), []
        return held


def _join(first: WedgeOutput, second: WedgeOutput) -> WedgeOutput:
    return WedgeOutput(second.consumed, first.scans + second.scans,
                       first.release + second.release)
