"""USB printers through escpos.printer.Usb (pyusb underneath).

On top of what escpos does when it opens a device, this picks the endpoints when the
connection does not name them, checks that named ones exist (listing those found when they do
not), and claims the interface at once so that "Resource busy" shows up before any byte of a
job is written.
"""
from __future__ import annotations

import usb.core
import usb.util

from devices.printers.connection import UsbConnection
from devices.printers.errors import printer_error
from devices.printers.links import EscposLink, escpos_printers
from devices.printers.usb_discovery import (UsbEndpoint, find_usb_backend, list_endpoints,
                                            usb_port_path)

READ_SIZE = 512   # a whole number of packets of any full- or high-speed bulk endpoint


class UsbLink(EscposLink):
    def __init__(self, connection: UsbConnection, backend=None):
        printer = escpos_printers().Usb(connection.vid, connection.pid,
                                     usb_args=_match_args(connection),
                                     timeout=int(connection.timeout * 1000))
        super().__init__(printer, connection.uri)
        self.connection = connection
        self._backend = backend
        self.can_read = False

    def open(self) -> None:
        backend = self._backend or find_usb_backend()
        if backend is None:
            raise printer_error("no_usb_backend", target=self.target)
        self.printer.usb_args["backend"] = backend
        self.printer.open()
        device = self.printer.device
        out_ep, in_ep = self._pick_endpoints(list_endpoints(device))
        self.printer.out_ep = out_ep.address
        self.printer.in_ep = in_ep.address if in_ep else None
        self.can_read = in_ep is not None
        interface = self.connection.interface
        _claim(device, out_ep.interface if interface is None else interface)

    def read(self, timeout: float) -> bytes:
        # Not escpos's _read: its 16-byte buffer overflows (LIBUSB_ERROR_OVERFLOW) when a
        # printer answers with a full 64-byte packet, as ZPL's ~HS does.
        try:
            reply = self.printer.device.read(self.printer.in_ep, READ_SIZE,
                                             max(1, round(timeout * 1000)))
        except usb.core.USBTimeoutError:
            return b""
        return bytes(reply)

    def close(self) -> None:
        self.can_read = False
        super().close()

    def _pick_endpoints(self, found: list[UsbEndpoint]) -> tuple[UsbEndpoint, UsbEndpoint | None]:
        out_ep = self._named_or_first(found, self.connection.out_ep, want_in=False)
        if out_ep is None:
            raise self._bad_endpoint(found, "OUT (bulk)")
        in_ep = self._named_or_first(found, self.connection.in_ep, want_in=True,
                                     interface=out_ep.interface)
        return out_ep, in_ep

    def _named_or_first(self, found: list[UsbEndpoint], wanted: int | None, *, want_in: bool,
                        interface: int | None = None) -> UsbEndpoint | None:
        if wanted is not None:
            for endpoint in found:
                if endpoint.address == wanted:
                    return endpoint
            raise self._bad_endpoint(found, f"0x{wanted:02x}")
        bulk = [e for e in found if e.is_in == want_in and e.transfer == "bulk"]
        same = [e for e in bulk if interface in (None, e.interface)]
        return (same or bulk or [None])[0]

    def _bad_endpoint(self, found: list[UsbEndpoint], wanted: str):
        example = UsbConnection(self.connection.vid, self.connection.pid,
                                _address(found, True, 0x81), _address(found, False, 0x01)).uri
        listed = "; ".join(str(e) for e in found) or "none / 无"
        return printer_error("bad_endpoint", target=self.target, wanted=wanted,
                             example=example, endpoints=listed)


def _match_args(connection: UsbConnection) -> dict:
    if connection.serial is None and connection.port is None:
        return {}

    def match(device) -> bool:
        if connection.port is not None and usb_port_path(device) != connection.port:
            return False
        return connection.serial is None or _serial(device) == connection.serial
    return {"custom_match": match}


def _serial(device) -> str | None:
    try:
        return usb.util.get_string(device, device.iSerialNumber)
    except (usb.core.USBError, ValueError):
        return None


def _claim(device, interface: int) -> None:
    try:
        if device.is_kernel_driver_active(interface):
            device.detach_kernel_driver(interface)
    except NotImplementedError:
        pass   # Windows and macOS have no kernel driver to detach here
    usb.util.claim_interface(device, interface)


def _address(found: list[UsbEndpoint], want_in: bool, default: int) -> int:
    return next((e.address for e in found if e.is_in == want_in), default)
