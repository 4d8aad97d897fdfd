"""File, serial, CUPS and Windows transports, and how low-level errors read to a person."""
from __future__ import annotations

import errno
import importlib.util
import os
import select
import sys
import threading

import pytest
import serial

from devices.printers import ErrorKind, PrinterError, PrinterState, Transport, query_status
from devices.printers.diagnose import diagnose
from devices.printers.links import SpooledLink
from devices.testing.printer_state import PrinterCondition, StatusResponder


def test_file_transport_writes_the_bytes(tmp_path):
    path = tmp_path / "labels.prn"
    with Transport(f"file://{path}") as transport:
        transport.send(b"^XA^FDone^FS^XZ")
        transport.send(b"^XA^FDtwo^FS^XZ")
        assert query_status(transport, "zpl").state is PrinterState.UNKNOWN
    assert path.read_bytes() == b"^XA^FDone^FS^XZ^XA^FDtwo^FS^XZ"


def test_file_in_a_missing_folder_is_not_found(tmp_path):
    with pytest.raises(PrinterError) as caught:
        Transport(f"file://{tmp_path}/no/such/dir/x.prn").open()
    assert caught.value.kind is ErrorKind.OFFLINE and caught.value.reason == "not_found"


def answer_on_pty(controller: int, stop: threading.Event, received: bytearray) -> None:
    """The printer end of the pty: records what arrives, answers DLE EOT n as out of paper."""
    responder = StatusResponder("escpos")
    while not stop.is_set():
        if select.select([controller], [], [], 0.01)[0]:
            data = os.read(controller, 4096)
            received += data
            os.write(controller, responder.feed(data, PrinterCondition(paper="out")))


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_serial_printer_through_a_pty():
    controller, device = os.openpty()
    stop, received = threading.Event(), bytearray()
    printer = threading.Thread(target=answer_on_pty, args=(controller, stop, received))
    printer.start()
    try:
        with Transport(f"serial://{os.ttyname(device)}?baud=115200&timeout=1") as transport:
            transport.send(b"\x1b@serial label")
            status = query_status(transport, "escpos", timeout=1)
    finally:
        stop.set()
        printer.join()
        os.close(controller)
        os.close(device)
    assert status.state is PrinterState.PAPER_OUT
    assert bytes(received).startswith(b"\x1b@serial label\x10\x04\x01")


def test_missing_serial_port_is_offline():
    with pytest.raises(PrinterError) as caught:
        Transport("serial:///dev/ttyNOPE9?baud=9600").open()
    assert caught.value.kind is ErrorKind.OFFLINE and "ttyNOPE9" in caught.value.message_en


@pytest.mark.skipif(importlib.util.find_spec("cups") is not None, reason="pycups is installed")
def test_cups_without_pycups_says_what_to_install():
    with pytest.raises(PrinterError) as caught:
        Transport("cups://Xprinter").open()
    assert caught.value.kind is ErrorKind.NO_BACKEND
    assert "pip install pycups" in caught.value.message_en
    assert "pycups" in caught.value.message_zh


@pytest.mark.skipif(sys.platform == "win32", reason="pywin32 may be there on Windows")
def test_win32_without_pywin32_says_what_to_install():
    with pytest.raises(PrinterError) as caught:
        Transport("win32://XP-420B").open()
    assert caught.value.kind is ErrorKind.NO_BACKEND and "pywin32" in caught.value.message_en


class FakeSpooler:
    """Stands in for escpos CupsPrinter/Win32Raw: a job is submitted when it is closed."""

    def __init__(self):
        self.jobs: list[bytes] = []
        self.current: bytearray | None = None

    def open(self, job_name: str = "python-escpos") -> None:
        self.current = bytearray()

    def _raw(self, data: bytes) -> None:
        self.current += data

    def close(self) -> None:
        if self.current is not None:
            self.jobs.append(bytes(self.current))
            self.current = None


def test_spooled_link_makes_one_spool_job_per_send():
    spooler = FakeSpooler()
    link = SpooledLink(spooler, "cups://Xprinter")
    link.open()
    for job in (b"first", b"second" * 2000):
        for start in range(0, len(job), 4096):
            link.write(job[start:start + 4096])
        link.finish()
    link.close()
    assert spooler.jobs == [b"first", b"second" * 2000]


@pytest.mark.parametrize("exc, phase, kind, reason", [
    (serial.SerialException(errno.EBUSY, "could not open port /dev/ttyUSB0: [Errno 16] busy"),
     "open", ErrorKind.BUSY, "port_busy"),
    (serial.SerialException(errno.EACCES, "could not open port /dev/ttyUSB0: [Errno 13]"),
     "open", ErrorKind.PERMISSION_DENIED, "permission"),
    (serial.SerialTimeoutException("Write timeout"), "send", ErrorKind.TIMEOUT_DURING_SEND,
     "write_timeout"),
    (OSError(errno.EHOSTUNREACH, "No route to host"), "open", ErrorKind.OFFLINE, "unreachable"),
    (BrokenPipeError(errno.EPIPE, "Broken pipe"), "send", ErrorKind.CONNECTION_LOST,
     "connection_lost"),
    (NotImplementedError("Operation not supported or unimplemented on this platform"), "open",
     ErrorKind.WRONG_DRIVER, "wrong_driver"),
    (RuntimeError("something else"), "open", ErrorKind.IO_ERROR, "io_error"),
])
def test_low_level_errors_map_to_kinds(exc, phase, kind, reason):
    error = diagnose(exc, phase=phase, target="x://printer", timeout=2)
    assert (error.kind, error.reason) == (kind, reason)
    assert error.message_zh and error.message_en and str(error).startswith(error.message_zh)


def test_wrong_windows_driver_points_to_zadig():
    error = diagnose(NotImplementedError("not supported"), phase="open", target="usb://x")
    assert "Zadig" in error.message_en and "WinUSB" in error.message_zh
    assert "win32://" in error.message_en
