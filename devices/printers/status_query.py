"""Ask a printer how it is: blocking, bounded by timeouts, for a worker thread (never the GUI's)."""
from __future__ import annotations

from devices.printers import escpos_status, tspl_status, zpl_status
from devices.printers.connection import Connection
from devices.printers.errors import PrinterError
from devices.printers.status import PrinterState, PrinterStatus, unknown
from devices.printers.transports import Transport

_READERS = {"escpos": escpos_status.read_status, "tspl": tspl_status.read_status,
            "zpl": zpl_status.read_status}


def query_status(transport: Transport, language: str, timeout: float = 1.0) -> PrinterStatus:
    """Status through an open transport. A broken connection is OFFLINE, silence UNKNOWN.

    Each request waits at most `timeout` seconds (ESC/POS may ask up to four questions).
    """
    read = _READERS[language]
    if not transport.can_query:
        return unknown("not_supported")
    try:
        return read(transport, timeout)
    except PrinterError as exc:
        return unreachable(exc)


def probe_printer(connection: Connection | str, language: str, *, timeout: float = 1.0,
                  usb_backend=None) -> PrinterStatus:
    """Open, ask, close: for `whs printers status` and for polling an idle printer.

    A printer that cannot be opened is OFFLINE with the reason in `status.error`.
    """
    transport = Transport(connection, usb_backend=usb_backend)
    try:
        transport.open()
    except PrinterError as exc:
        return unreachable(exc)
    try:
        return query_status(transport, language, timeout)
    finally:
        transport.close()


def unreachable(exc: PrinterError) -> PrinterStatus:
    return PrinterStatus(PrinterState.OFFLINE, ("unreachable",), error=exc)
