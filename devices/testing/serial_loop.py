"""pyserial loop:// ports that can be unplugged and refuse to open, for serial scanner tests.

    ports = LoopPorts()
    scanner = SerialScanner("loop://", on_scan=..., open_port=ports)
    ports.scan(b"6901234567892\\r\\n")          # the scanner "sends" a code
    ports.unplug(failed_opens=2)               # reads fail; the next two opens fail too
"""
from __future__ import annotations

import threading

import serial
from serial.urlhandler.protocol_loop import Serial as LoopSerial

#: What pyserial says on Linux when a USB-serial device disappears under a read.
UNPLUGGED = ("device reports readiness to read but returned no data "
             "(device disconnected or multiple access on port?)")


class UnpluggableLoop(LoopSerial):
    unplugged = False

    def read(self, size: int = 1) -> bytes:
        if self.unplugged:
            raise serial.SerialException(UNPLUGGED)
        return super().read(size)


class LoopPorts:
    """A port factory for SerialScanner(open_port=...)."""

    def __init__(self, *, failed_opens: int = 0, read_timeout: float = 0.02):
        self.failed_opens = failed_opens
        self.read_timeout = read_timeout
        self.opened = 0
        self.current: UnpluggableLoop | None = None
        self.ready = threading.Event()   # set while a port is open

    def __call__(self) -> UnpluggableLoop:
        if self.failed_opens > 0:
            self.failed_opens -= 1
            raise serial.SerialException(2, "could not open port: [Errno 2] No such file or "
                                            "directory")
        self.current = UnpluggableLoop("loop://", timeout=self.read_timeout)
        self.opened += 1
        self.ready.set()
        return self.current

    def scan(self, data: bytes) -> None:
        if not self.ready.wait(5):
            raise TimeoutError("no loop:// port was opened")
        self.current.write(data)

    def unplug(self, *, failed_opens: int = 0) -> None:
        self.ready.clear()
        self.failed_opens = failed_opens
        self.current.unplugged = True
