"""Transport: open a printer, hand it a job's bytes, ask it for status, close it.

Blocking, with timeouts, and owned by one thread at a time (the print queue runs one worker
per printer). Every failure is a PrinterError. After a failed `send`, `bytes_sent` and
`send_started` (also carried by the error as `bytes_sent` / `may_have_printed`) tell "nothing
was handed over, safe to use another printer" from "bytes may have reached the printer, never
re-send on its own".

    with Transport(parse_connection("tcp://192.168.1.50:9100")) as printer:
        printer.send(label_bytes)
"""
from __future__ import annotations

import time
from typing import Callable

from devices.printers.connection import (Connection, CupsConnection, FileConnection,
                                         SerialConnection, TcpConnection, UsbConnection,
                                         Win32Connection, parse_connection)
from devices.printers.diagnose import diagnose
from devices.printers.links import EscposLink, SerialLink, SpooledLink, TcpLink, escpos_printers
from devices.printers.usb_link import UsbLink

CHUNK_SIZE = 4096   # bytes_sent advances chunk by chunk; a write timeout applies to each chunk


def one_byte(reply: bytes) -> bool:
    return len(reply) >= 1


class Transport:
    def __init__(self, connection: Connection | str, *, usb_backend=None,
                 chunk_size: int = CHUNK_SIZE):
        self.connection = parse_connection(connection) if isinstance(connection, str) \
            else connection
        self.target = self.connection.uri
        self.bytes_sent = 0          # of the last send(): bytes handed over to the device
        self.send_started = False    # the last send() began writing (bytes may have gone)
        self._usb_backend = usb_backend
        self._chunk_size = chunk_size
        self._link: EscposLink | None = None

    @property
    def is_open(self) -> bool:
        return self._link is not None

    @property
    def can_query(self) -> bool:
        """Whether this printer can answer status requests over this connection."""
        return self._link is not None and self._link.can_read

    def open(self) -> None:
        if self._link is not None:
            return
        try:
            link = make_link(self.connection, usb_backend=self._usb_backend)
        except Exception as exc:
            raise self._error(exc, "open") from exc
        self._link = link
        try:
            link.open()
        except Exception as exc:
            self.close()
            raise self._error(exc, "open") from exc

    def send(self, data: bytes) -> None:
        """Hand `data` to the printer; returns once every byte is handed over.

        On failure the transport is closed (a half-sent job must not run on into the next
        one); open it again to go on.
        """
        link = self._require_open()
        self.bytes_sent, self.send_started = 0, False
        try:
            for start in range(0, len(data), self._chunk_size):
                chunk = data[start:start + self._chunk_size]
                self.send_started = True
                link.write(chunk)
                self.bytes_sent += len(chunk)
            link.finish()
        except Exception as exc:
            self.close()
            raise self._error(exc, "send", may_have_printed=self.send_started) from exc

    def query(self, request: bytes, timeout: float,
              complete: Callable[[bytes], bool] = one_byte) -> bytes | None:
        """Send a status request and collect the reply until `complete(reply)` or `timeout`.

        None when the printer did not answer at all (or cannot answer over this connection);
        a partial reply when it stopped half-way. A broken connection closes the transport and
        raises PrinterError.
        """
        link = self._require_open()
        if not link.can_read:
            return None
        try:
            self._drain(link)
            link.write(request)
            return self._collect(link, timeout, complete) or None
        except Exception as exc:
            self.close()
            raise self._error(exc, "query") from exc

    def close(self) -> None:
        link, self._link = self._link, None
        if link is not None:
            try:
                link.close()
            except Exception:   # closing a broken link fails too; it is gone either way
                pass

    def __enter__(self) -> Transport:
        self.open()
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Transport {self.target} {'open' if self.is_open else 'closed'}>"

    def _require_open(self) -> EscposLink:
        if self._link is None:
            raise RuntimeError(f"{self.target}: open() the transport first")
        return self._link

    def _drain(self, link: EscposLink) -> None:
        """Drop a late reply to an earlier request so it is not taken for this one's."""
        for _ in range(16):
            if not link.read(0.001):
                return

    @staticmethod
    def _collect(link: EscposLink, timeout: float, complete) -> bytes:
        reply = b""
        deadline = time.monotonic() + timeout
        while not complete(reply):
            left = deadline - time.monotonic()
            if left <= 0:
                break
            reply += link.read(left)
        return reply

    def _error(self, exc: Exception, phase: str, *, may_have_printed: bool = False):
        vid = getattr(self.connection, "vid", None)
        timeout = getattr(self.connection, "timeout", 0)
        return diagnose(exc, phase=phase, target=self.target, timeout=timeout, vid=vid,
                        bytes_sent=self.bytes_sent if phase == "send" else 0,
                        may_have_printed=may_have_printed)


def make_link(connection: Connection, *, usb_backend=None) -> EscposLink:
    """The link for a parsed connection; `usb_backend` overrides pyusb's own choice."""
    match connection:
        case TcpConnection():
            return TcpLink(connection)
        case UsbConnection():
            return UsbLink(connection, usb_backend)
        case SerialConnection():
            return SerialLink(connection)
        case FileConnection():
            return EscposLink(escpos_printers().File(connection.path), connection.uri)
        case CupsConnection():
            return SpooledLink(escpos_printers().CupsPrinter(connection.name), connection.uri)
        case Win32Connection():
            return SpooledLink(escpos_printers().Win32Raw(connection.name), connection.uri)
    raise TypeError(f"not a printer connection: {connection!r}")
