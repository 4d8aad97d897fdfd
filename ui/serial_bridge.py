"""Serial and USB-COM scanners into the same path as keyboard-wedge scans.

devices/scanners' `SerialScanner` reads lines on its own thread (reconnecting when the scanner is
unplugged) and calls back on that thread; this bridge turns each callback into a Qt signal, so
the scan reaches the screen on the GUI thread exactly like a wedge scan: `scanned(code,
"serial", t)`. `state_changed(state, detail)` says "connected" or "disconnected" for the status bar.
"""
from __future__ import annotations

import time
from typing import Callable

import serial
from PySide6.QtCore import QObject, Signal

from devices.scanners import SerialScanner


class SerialScannerBridge(QObject):
    scanned = Signal(str, str, float)
    state_changed = Signal(str, str)

    def __init__(self, port: str, *, baudrate: int = 9600,
                 open_port: Callable[[], serial.SerialBase] | None = None,
                 backoff: tuple[float, float] = (0.2, 5.0), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.port = port
        self.state: str | None = None
        self.state_changed.connect(self._remember)
        self.scanner = SerialScanner(port, self._on_scan, baudrate=baudrate, on_state=self._on_state,
                                     open_port=open_port, backoff=backoff)

    def start(self) -> SerialScannerBridge:
        self.scanner.start()
        return self

    def stop(self) -> None:
        self.scanner.stop()

    # called on the scanner's thread: emitting queues the call to receivers on the GUI thread
    def _on_scan(self, text: str) -> None:
        self.scanned.emit(text, "serial", time.perf_counter())

    def _on_state(self, state: str, detail: str) -> None:
        self.state_changed.emit(state, detail)

    def _remember(self, state: str, detail: str) -> None:
        self.state = state
