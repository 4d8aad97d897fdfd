"""One link per connection kind, each driving one of python-escpos's own printer classes.

A link opens and closes the escpos object, hands it bytes with `_raw`, and reads replies under
a timeout. The differences between kinds stay here so that `Transport` is the same for all.
"""
from __future__ import annotations

import socket

from devices.printers.connection import SerialConnection, TcpConnection


def escpos_printers():
    """python-escpos's printer classes, imported on first use: its capability table takes half a
    second to load, which a station's start should not wait for."""
    from escpos import printer
    return printer


#: Kernel send buffer for raw TCP printing. Small on purpose: what the kernel has accepted is
#: "handed over", so a stalled printer blocks the next write (and times out) after at most this
#: much instead of after megabytes of autotuned buffer.
TCP_SEND_BUFFER = 64 * 1024


class EscposLink:
    """Writes through an escpos printer object; no replies (file, and the base of the others)."""

    can_read = False

    def __init__(self, printer, target: str):
        self.printer = printer
        self.target = target

    def open(self) -> None:
        self.printer.open()

    def write(self, chunk: bytes) -> None:
        self.printer._raw(chunk)

    def finish(self) -> None:
        """End of one job."""

    def read(self, timeout: float) -> bytes:
        raise NotImplementedError

    def close(self) -> None:
        self.printer.close()


class TcpLink(EscposLink):
    can_read = True

    def __init__(self, connection: TcpConnection):
        printer = escpos_printers().Network(connection.host, connection.port, connection.timeout)
        super().__init__(printer, connection.uri)
        self.connection = connection

    def open(self) -> None:
        # escpos 3.1's Network.open drops its socket unclosed when the connection is refused;
        # connecting here and handing the socket over closes it on every failure.
        address = (self.connection.host, self.connection.port)
        sock = socket.create_connection(address, timeout=self.connection.timeout)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, TCP_SEND_BUFFER)
        # A status request right after a job's bytes would wait for the printer's delayed ACK
        # (Nagle), 10-40 ms per request; send small requests at once.
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.printer.device = sock

    def read(self, timeout: float) -> bytes:
        sock = self.printer.device
        sock.settimeout(max(timeout, 0.001))
        try:
            data = self.printer._read()
        except TimeoutError:
            return b""
        finally:
            sock.settimeout(self.connection.timeout)
        if not data:
            raise ConnectionAbortedError("the printer closed the connection")
        return data


class SerialLink(EscposLink):
    can_read = True

    def __init__(self, connection: SerialConnection):
        printer = escpos_printers().Serial(connection.device, connection.baud,
                                        timeout=connection.timeout)
        super().__init__(printer, connection.uri)
        self.connection = connection

    def open(self) -> None:
        self.printer.open()
        self.printer.device.write_timeout = self.connection.timeout

    def read(self, timeout: float) -> bytes:
        # not escpos's _read: pyserial's read(16) waits for all 16 bytes or the timeout
        port = self.printer.device
        port.timeout = timeout
        try:
            return port.read(max(1, port.in_waiting))
        finally:
            port.timeout = self.connection.timeout


class SpooledLink(EscposLink):
    """CUPS and Windows print queues: each job is one spool job, submitted when it is closed."""

    def __init__(self, printer, target: str):
        super().__init__(printer, target)
        self._job_open = False

    def open(self) -> None:
        self._start_job()

    def write(self, chunk: bytes) -> None:
        if not self._job_open:
            self._start_job()
        super().write(chunk)

    def finish(self) -> None:
        self._job_open = False
        self.printer.close()

    def close(self) -> None:
        if self._job_open:
            self.finish()

    def _start_job(self) -> None:
        self.printer.open(job_name="whs")
        self._job_open = True
