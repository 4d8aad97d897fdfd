"""Serial and USB-COM (virtual COM port) scanners through pyserial: one line is one scan.

The scanner thread opens the port, reads until CR or LF, and hands each code to `on_scan`
(on that thread: a GUI forwards it with a Qt signal). When the scanner is unplugged it closes
the port and tries again with a bounded backoff, so plugging it back in just works.

    scanner = SerialScanner("/dev/ttyACM0", on_scan=print)   # or "COM5", or "loop://"
    scanner.start()
    ...
    scanner.stop()
"""
from __future__ import annotations

import logging
import re
import threading
from typing import Callable

import serial

from devices.scanners.normalise import to_halfwidth

log = logging.getLogger(__name__)
LINE_END = re.compile(rb"[\r\n]")


class SerialScanner:
    def __init__(self, port: str, on_scan: Callable[[str], None], *, baudrate: int = 9600,
                 on_state: Callable[[str, str], None] | None = None,
                 open_port: Callable[[], serial.SerialBase] | None = None,
                 backoff: tuple[float, float] = (0.2, 5.0), read_timeout: float = 0.1,
                 encoding: str = "utf-8"):
        """`on_state(state, detail)` hears "connected" and "disconnected"; `open_port`
        replaces opening `port` with pyserial (tests pass a loop:// factory)."""
        self.port = port
        self.on_scan = on_scan
        self.on_state = on_state or (lambda state, detail: None)
        self.open_port = open_port or (lambda: serial.serial_for_url(
            port, baudrate=baudrate, timeout=read_timeout))
        self.backoff = backoff
        self.encoding = encoding
        self.state: str | None = None   # "connected" or "disconnected" once known
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def connected(self) -> bool:
        return self.state == "connected"

    def start(self) -> SerialScanner:
        if self._thread is None:
            self._stop.clear()
            self._thread = threading.Thread(target=self._run, name=f"scanner:{self.port}",
                                            daemon=True)
            self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def __enter__(self) -> SerialScanner:
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.stop()

    def _run(self) -> None:
        delay = self.backoff[0]
        while not self._stop.is_set():
            port = self._connect()
            if port is None:
                self._stop.wait(delay)
                delay = min(delay * 2, self.backoff[1])
                continue
            delay = self.backoff[0]
            try:
                self._read_lines(port)
            finally:
                _close(port)

    def _connect(self) -> serial.SerialBase | None:
        try:
            port = self.open_port()
        except (serial.SerialException, OSError, ValueError) as exc:
            self._set_state("disconnected", str(exc))
            return None
        self._set_state("connected", self.port)
        return port

    def _read_lines(self, port: serial.SerialBase) -> None:
        pending = b""
        while not self._stop.is_set():
            try:
                pending += port.read(max(1, port.in_waiting))
            except (serial.SerialException, OSError) as exc:
                self._set_state("disconnected", str(exc))
                return   # a half-read line is not a scan: it is dropped
            *lines, pending = LINE_END.split(pending)
            for line in lines:
                self._deliver(line)

    def _deliver(self, line: bytes) -> None:
        text = to_halfwidth(line.decode(self.encoding, "replace")).strip()
        if not text:
            return
        try:
            self.on_scan(text)
        except Exception:   # a failing handler must not stop the scanner
            log.exception("scan handler failed for %r", text)

    def _set_state(self, state: str, detail: str) -> None:
        if state != self.state:
            self.state = state
            self.on_state(state, detail)


def _close(port: serial.SerialBase) -> None:
    try:
        port.close()
    except (serial.SerialException, OSError):
        pass
