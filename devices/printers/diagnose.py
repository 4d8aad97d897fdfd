"""Turn what escpos, pyusb, pyserial and sockets raise into a PrinterError with a clear message."""
from __future__ import annotations

import errno
import socket

import serial
import usb.core
from escpos.exceptions import DeviceNotFoundError

from devices.printers.errors import PrinterError, printer_error

GONE = {errno.ENODEV, errno.ENOENT, errno.ENXIO}
UNREACHABLE = {errno.EHOSTUNREACH, errno.ENETUNREACH, errno.EHOSTDOWN, errno.ENETDOWN}
DENIED = {errno.EACCES, errno.EPERM}


def diagnose(exc: BaseException, *, phase: str, target: str, timeout: float = 0,
             vid: int | None = None, bytes_sent: int = 0,
             may_have_printed: bool = False) -> PrinterError:
    """The PrinterError for `exc`, raised while `phase` ("open", "send" or "query") ran."""
    if isinstance(exc, PrinterError):
        return exc
    root = root_cause(exc)
    detail = str(root) or type(root).__name__
    vid_text = f"{vid:04x}" if vid is not None else "????"
    return printer_error(_reason(root, phase), target=target, detail=detail, timeout=f"{timeout:g}",
                         vid=vid_text, bytes_sent=bytes_sent, may_have_printed=may_have_printed)


def root_cause(exc: BaseException) -> BaseException:
    """escpos wraps open failures in DeviceNotFoundError; the cause says more."""
    while isinstance(exc, DeviceNotFoundError) and exc.__context__ is not None:
        exc = exc.__context__
    return exc


def _reason(exc: BaseException, phase: str) -> str:
    for kinds, decide in _RULES:
        if isinstance(exc, kinds):
            reason = decide(exc, phase)
            if reason:
                return reason
    return "io_error"


def _timeout(exc, phase):
    return "connect_timeout" if phase == "open" else "write_timeout"


def _usb(exc: usb.core.USBError, phase: str) -> str | None:
    if exc.errno == errno.EBUSY:
        return "usb_busy"
    if exc.errno in DENIED:
        return "usb_permission"
    if exc.errno in GONE:
        return "usb_not_found" if phase == "open" else "device_gone"
    return None


def _os(exc: OSError, phase: str) -> str | None:
    if exc.errno == errno.EBUSY:
        return "port_busy"
    if exc.errno in DENIED:
        return "permission"
    if exc.errno in GONE or exc.errno == errno.EIO:
        return "not_found" if phase == "open" else "device_gone"
    if exc.errno in UNREACHABLE:
        return "unreachable"
    return "connection_lost" if phase == "send" else None


def _dropped(exc, phase):
    return "connection_lost" if phase == "send" else "closed_by_printer"


def _runtime(exc: RuntimeError, phase: str) -> str | None:
    text = str(exc).lower()
    if "pycups" in text:
        return "no_pycups"
    return "no_pywin32" if "win32" in text else None


_RULES = (
    (usb.core.NoBackendError, lambda exc, phase: "no_usb_backend"),
    (NotImplementedError, lambda exc, phase: "wrong_driver"),   # libusb: NOT_SUPPORTED
    ((usb.core.USBTimeoutError, TimeoutError, serial.SerialTimeoutException), _timeout),
    (usb.core.USBError, _usb),
    (ConnectionRefusedError, lambda exc, phase: "refused"),
    (socket.gaierror, lambda exc, phase: "host_unknown"),
    ((ConnectionResetError, BrokenPipeError, ConnectionAbortedError), _dropped),
    (OSError, _os),
    (AssertionError, lambda exc, phase: "usb_not_found"),       # escpos Usb.open: no such device
    (DeviceNotFoundError, lambda exc, phase: "not_found"),
    (RuntimeError, _runtime),
)
