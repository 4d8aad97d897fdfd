"""Printers: connections, transports through python-escpos, status, USB discovery.

The print queue (whs_app) uses:

    config = PrinterConfig.parse("tcp://192.168.1.50:9100", "tspl", "100x150", "label")
    transport = Transport(config.connection)          # one per printer, on its worker thread
    transport.open()                                  # PrinterError(kind=offline, ...)
    status = query_status(transport, config.language) # PrinterStatus; UNKNOWN if silent
    transport.send(job_bytes)                         # PrinterError: .kind, .may_have_printed
    transport.close()
"""
from devices.printers.config import Language, PaperSize, PrinterConfig, Role, parse_paper
from devices.printers.connection import (Connection, CupsConnection, FileConnection,
                                         SerialConnection, TcpConnection, UsbConnection,
                                         Win32Connection, parse_connection)
from devices.printers.errors import ErrorKind, PrinterError
from devices.printers.status import PrinterState, PrinterStatus
from devices.printers.status_query import probe_printer, query_status
from devices.printers.transports import Transport
from devices.printers.usb_discovery import UsbEndpoint, UsbPrinterInfo, scan_usb

__all__ = [
    "Connection", "CupsConnection", "ErrorKind", "FileConnection", "Language", "PaperSize",
    "PrinterConfig", "PrinterError", "PrinterState", "PrinterStatus", "Role",
    "SerialConnection", "TcpConnection", "Transport", "UsbConnection", "UsbEndpoint",
    "UsbPrinterInfo", "Win32Connection", "parse_connection", "parse_paper", "probe_printer",
    "query_status", "scan_usb",
]
