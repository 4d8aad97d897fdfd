"""Scans caught wherever the focus is: an application-wide event filter over the wedge classifier.

A keyboard-wedge scanner types its code like a keyboard, then Enter. `ScannerFilter` sits on the
QApplication and feeds every key press to devices/scanners' `WedgeClassifier`, which tells a
scanner's burst from a person's typing by the time between keys (see docs/scanners.md):

- keys of a scan are eaten: the code is emitted as `scanned(code, "scanner", t)` and no text box
  ever receives half of it, whichever widget has the focus;
- keys that turn out to be typing are handed back: re-posted to the focused widget in the order
  they were typed (with the key that showed they were typing after them), so typing works as
  usual, only up to `max_gap_ms` later.

Timing comes from each event's own timestamp (when the key happened, not when the busy GUI
thread got to it), so a repaint that delays key processing cannot make a person's typing look
like a burst. The filter looks at a key once, when it reaches the window (`QWindow`); the keys it
re-posts go straight to a widget and pass untouched.

A Chinese input method in Chinese mode turns a scanner's letters into pinyin composition before
any key event exists, so every field that takes scans has its input method switched off
(`scan_field`), and the screens packers use have no field with it on.
"""
from __future__ import annotations

import logging
import time
from collections import Counter
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QWidget

from devices.scanners import WedgeClassifier, WedgeConfig, WedgeOutput
from devices.scanners.wedge import ENTER, TAB

log = logging.getLogger(__name__)

_COMMAND_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                      | Qt.KeyboardModifier.MetaModifier)
_MODIFIER_KEYS = {Qt.Key.Key_Shift: "Shift", Qt.Key.Key_Control: "Control", Qt.Key.Key_Alt: "Alt",
                  Qt.Key.Key_AltGr: "AltGr", Qt.Key.Key_Meta: "Meta", Qt.Key.Key_CapsLock: "CapsLock"}
_TERMINATOR_KEYS = {Qt.Key.Key_Return: ENTER, Qt.Key.Key_Enter: ENTER, Qt.Key.Key_Tab: TAB}


def scan_field(widget: QWidget) -> QWidget:
    """Switch the input method off for a widget that takes scans (and codes typed by hand)."""
    widget.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
    widget.setInputMethodHints(Qt.InputMethodHint.ImhLatinOnly | Qt.InputMethodHint.ImhNoPredictiveText
                               | Qt.InputMethodHint.ImhPreferLatin | Qt.InputMethodHint.ImhNoAutoUppercase)
    return widget


@dataclass(frozen=True)
class _Key:
    """What is needed to deliver a held key again."""
    key: int
    modifiers: Qt.KeyboardModifier
    text: str


class ScannerFilter(QObject):
    """Install with `install(app)`; connect `scanned(code, source, t)` (t: time.perf_counter() of
    the key that ended the scan)."""

    scanned = Signal(str, str, float)

    def __init__(self, config: WedgeConfig = WedgeConfig(), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.config = config
        self.classifier = WedgeClassifier(config)
        self._held: list[_Key] = []
        self._eat_release: Counter[int] = Counter()
        self._last_ts: float | None = None     # event clock (ms) of the last key
        self._last_seen = 0.0                  # perf_counter() when it was processed
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._poll)
        self._app: QCoreApplication | None = None

    # -- installing ------------------------------------------------------------------------------
    def install(self, app: QGuiApplication) -> None:
        self._app = app
        app.installEventFilter(self)
        app.applicationStateChanged.connect(self._state_changed)

    def remove(self) -> None:
        if self._app is not None:
            self._app.removeEventFilter(self)
            self._app.applicationStateChanged.disconnect(self._state_changed)
            self._app = None
        self._timer.stop()
        self._deliver(self._take(len(self._held)))

    # -- the filter ------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease) or not watched.isWindowType():
            return False
        if kind == QEvent.Type.KeyRelease:
            if self._eat_release[event.key()] > 0:
                self._eat_release[event.key()] -= 1
                return True
            return False
        return self._press(event)

    def _press(self, event: QKeyEvent) -> bool:
        now = time.perf_counter()
        name = self._name(event)
        out = self.classifier.feed(name, self._event_ms(event, now))
        released = self._take(len(out.release))
        if out.scans:
            self._held.clear()   # their keys were the scan
        if out.consumed:
            self._eat_release[event.key()] += 1
            if len(name) == 1:
                self._held.append(_Key(event.key(), event.modifiers(), event.text()))
        self._deliver(released)
        self._emit(out, now)
        self._schedule()
        if out.consumed:
            return True
        if released:   # the typed keys went back in the queue: this one must follow them
            self._deliver([_Key(event.key(), event.modifiers(), event.text())])
            self._eat_release[event.key()] += 1
            return True
        return False

    def _poll(self) -> None:
        now = time.perf_counter()
        out = self.classifier.poll(self._clock_ms(now))
        released = self._take(len(out.release))
        if out.scans:
            self._held.clear()
        self._deliver(released)
        self._emit(out, now)
        self._schedule()

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state != Qt.ApplicationState.ApplicationActive:   # give typing back before focus leaves
            self._timer.stop()
            self.classifier.reset()
            self._deliver(self._take(len(self._held)))

    # -- helpers ---------------------------------------------------------------------------------
    @staticmethod
    def _name(event: QKeyEvent) -> str:
        """The key as the classifier knows it: one character, Enter/Tab, a modifier, or a name."""
        key = event.key()
        if key in _MODIFIER_KEYS:
            return _MODIFIER_KEYS[key]
        if event.modifiers() & _COMMAND_MODIFIERS or event.isAutoRepeat():
            return f"Key_{key}+{int(event.modifiers().value)}"   # shortcuts and held keys: typing
        if key in _TERMINATOR_KEYS:
            return _TERMINATOR_KEYS[key]
        text = event.text()
        if len(text) == 1 and text.isprintable():
            return text
        return f"Key_{key}"

    def _event_ms(self, event: QKeyEvent, now: float) -> float:
        stamp = event.timestamp()
        if stamp <= 0 or (self._last_ts is not None and stamp < self._last_ts - 60_000):
            stamp = self._clock_ms(now)   # no timestamp, or the event clock wrapped: use ours
        elif self._last_ts is not None and stamp < self._last_ts:
            stamp = self._last_ts
        self._last_ts, self._last_seen = float(stamp), now
        return float(stamp)

    def _clock_ms(self, now: float) -> float:
        """Now, on the event clock: the last key's timestamp plus the time since it came."""
        if self._last_ts is None:
            return now * 1000
        return self._last_ts + (now - self._last_seen) * 1000

    def _take(self, count: int) -> list[_Key]:
        if count > len(self._held):
            log.warning("scanner filter: classifier released %d keys, %d held", count, len(self._held))
        taken, self._held = self._held[:count], self._held[count:]
        return taken

    def _deliver(self, keys: list[_Key]) -> None:
        """Re-post typed keys, in order, to whatever has the focus now."""
        if not keys:
            return
        target = QGuiApplication.focusObject()
        if target is None:
            log.debug("scanner filter: %d typed keys dropped, nothing has the focus", len(keys))
            return
        for held in keys:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QCoreApplication.postEvent(target, QKeyEvent(kind, held.key, held.modifiers, held.text))

    def _emit(self, out: WedgeOutput, now: float) -> None:
        for code in out.scans:
            self.scanned.emit(code, "scanner", now)

    def _schedule(self) -> None:
        deadline = self.classifier.deadline_ms
        if deadline is None:
            self._timer.stop()
            return
        wait = deadline - self._clock_ms(time.perf_counter())
        self._timer.start(max(1, int(wait) + 2))
