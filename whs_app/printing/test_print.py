"""A test page, printed on purpose to see that a printer works (`whs printers test`, the Printers
screen). It goes straight to the printer, not through the queue: it is plainly not a waybill,
and nothing waits for it.

`send_test_page` talks to the printer (call it off the GUI thread, away from the database);
`record_test_page` audits that it was sent.
"""
from __future__ import annotations

from datetime import datetime

from devices.printers import PrinterError, Transport, query_status
from devices.printers.errors import ErrorKind
from whs_app.actor import Actor
from whs_app.printing.failover import status_fit
from whs_app.printing.printers import Printer
from whs_app.printing.render import render_test_page
from whs_app.printing.worker import Timing
from whs_app.store import Store


class PrinterNotFit(PrinterError):
    """The printer answered, and not as ready: nothing was sent."""


def send_test_page(printer: Printer, printed_at: datetime) -> int:
    """Render and send the test page; the bytes sent. Raises PrinterError (nothing printed when the
    printer was not fit: `PrinterNotFit`)."""
    data = render_test_page(printer, printed_at)
    with Transport(printer.config.connection) as transport:
        seen = query_status(transport, printer.language, Timing.status_timeout)
        if not status_fit(seen, printer.silent_ok):
            described = seen.describe()
            raise PrinterNotFit(ErrorKind.IO_ERROR, f"打印机 {printer.name} 不能打印：{described}",
                                f"printer {printer.name} cannot print: {described}")
        transport.send(data)
    return len(data)


def record_test_page(store: Store, at: str, actor: Actor, name: str, nbytes: int) -> None:
    with store.transaction():
        store.audit.record(at, actor, "printer.test", "printer", name, {"bytes": nbytes})
