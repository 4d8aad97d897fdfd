"""A virtual pyusb backend: fake USB printers that pyusb and escpos.printer.Usb really drive.

    printer = FakeUsbPrinter(vid=0x0416, pid=0x5011, in_ep=0x81, out_ep=0x03)
    backend = VirtualUsbBackend(printer)
    Transport("usb://0x0416:0x5011", usb_backend=backend).open()   # pyusb -> this backend
    printer.received                                                # bytes at the OUT endpoint

Failure modes on the FakeUsbPrinter: `busy` (claiming the interface fails with "Resource
busy", as when the usblp kernel driver holds it), `write_timeout` (every bulk write times out),
`stall_after` (writes time out once that many bytes have arrived), `unplugged` (no such
device), `access_denied`. Status requests written to OUT are answered on IN from `condition`,
in the printer's `language`, exactly like the TCP emulator.
"""
from __future__ import annotations

import array
import errno
import time
from dataclasses import dataclass, field
from types import SimpleNamespace

import usb.backend
import usb.core

from devices.testing.printer_state import PrinterCondition, StatusResponder

LIBUSB_ERRORS = {   # errno -> (libusb error code, libusb's message)
    errno.EACCES: (-3, "Access denied (insufficient permissions)"),
    errno.ENODEV: (-4, "No such device (it may have been disconnected)"),
    errno.EBUSY: (-6, "Resource busy"),
    errno.ETIMEDOUT: (-7, "Operation timed out"),
}


@dataclass(eq=False)
class FakeUsbPrinter:
    vid: int = 0x0416
    pid: int = 0x5011
    manufacturer: str | None = "Xprinter"
    product: str | None = "XP-420B"
    serial: str | None = None
    in_ep: int | None = 0x81      # None: a one-way printer without an IN endpoint
    out_ep: int = 0x03
    interface_class: int = 7      # 7 printer; 0xFF vendor specific
    language: str = "escpos"
    device_id: str = "MFG:Xprinter;CMD:ESC/POS;MDL:XP-420B;"
    bus: int = 1
    address: int = 4
    port_numbers: tuple[int, ...] = (2,)
    condition: PrinterCondition = field(default_factory=PrinterCondition)
    busy: bool = False
    write_timeout: bool = False
    stall_after: int | None = None
    unplugged: bool = False
    access_denied: bool = False
    received: bytearray = field(default_factory=bytearray)

    def __post_init__(self):
        self._responder = StatusResponder(self.language)
        self._replies = bytearray()
        self.claimed: set[int] = set()

    @property
    def printed(self) -> bytes:
        return self._responder.strip(bytes(self.received))

    def accept(self, data: bytes) -> int:
        """Bulk OUT; like libusb, a transfer that stalls part-way delivers part and times out."""
        if self.write_timeout:
            raise _usb_error(errno.ETIMEDOUT)
        room = len(data) if self.stall_after is None else self.stall_after - len(self.received)
        if room < len(data):
            self.received += data[:max(0, room)]
            raise _usb_error(errno.ETIMEDOUT)
        self.received += data
        self._replies += self._responder.feed(data, self.condition)
        return len(data)

    def take_reply(self, size: int) -> bytes:
        reply = bytes(self._replies[:size])
        del self._replies[:size]
        return reply

    def endpoints(self) -> list[int]:
        return [ep for ep in (self.out_ep, self.in_ep) if ep is not None]


class VirtualUsbBackend(usb.backend.IBackend):
    def __init__(self, *printers: FakeUsbPrinter):
        self.printers = list(printers)

    def enumerate_devices(self):
        return [p for p in self.printers if not p.unplugged]

    def get_device_descriptor(self, dev):
        return SimpleNamespace(
            bLength=18, bDescriptorType=1, bcdUSB=0x0200, bDeviceClass=0, bDeviceSubClass=0,
            bDeviceProtocol=0, bMaxPacketSize0=64, idVendor=dev.vid, idProduct=dev.pid,
            bcdDevice=0x0100, iManufacturer=1 if dev.manufacturer else 0,
            iProduct=2 if dev.product else 0, iSerialNumber=3 if dev.serial else 0,
            bNumConfigurations=1, address=dev.address, bus=dev.bus,
            port_number=dev.port_numbers[-1], port_numbers=dev.port_numbers, speed=2)

    def get_configuration_descriptor(self, dev, config):
        if config:
            raise IndexError("one configuration")
        return SimpleNamespace(
            bLength=9, bDescriptorType=2, wTotalLength=32, bNumInterfaces=1,
            bConfigurationValue=1, iConfiguration=0, bmAttributes=0xC0, bMaxPower=50,
            extra_descriptors=[])

    def get_interface_descriptor(self, dev, intf, alt, config):
        if intf or alt:
            raise IndexError("one interface with one alternate setting")
        return SimpleNamespace(
            bLength=9, bDescriptorType=4, bInterfaceNumber=0, bAlternateSetting=0,
            bNumEndpoints=len(dev.endpoints()), bInterfaceClass=dev.interface_class,
            bInterfaceSubClass=1, bInterfaceProtocol=2, iInterface=0, extra_descriptors=[])

    def get_endpoint_descriptor(self, dev, ep, intf, alt, config):
        return SimpleNamespace(
            bLength=7, bDescriptorType=5, bEndpointAddress=dev.endpoints()[ep],
            bmAttributes=0x02, wMaxPacketSize=64, bInterval=0, bRefresh=0, bSynchAddress=0,
            extra_descriptors=[])

    def open_device(self, dev):
        _check_present(dev)
        if dev.access_denied:
            raise _usb_error(errno.EACCES)
        return dev

    def close_device(self, dev_handle):
        dev_handle.claimed.clear()

    def set_configuration(self, dev_handle, config_value):
        if dev_handle.busy:
            raise _usb_error(errno.EBUSY)

    def get_configuration(self, dev_handle):
        return 1

    def set_interface_altsetting(self, dev_handle, intf, altsetting):
        pass

    def claim_interface(self, dev_handle, intf):
        _check_present(dev_handle)
        if dev_handle.busy:
            raise _usb_error(errno.EBUSY)
        dev_handle.claimed.add(intf)

    def release_interface(self, dev_handle, intf):
        dev_handle.claimed.discard(intf)

    def bulk_write(self, dev_handle, ep, intf, data, timeout):
        _check_present(dev_handle)
        return dev_handle.accept(bytes(data))

    def bulk_read(self, dev_handle, ep, intf, buff, timeout):
        _check_present(dev_handle)
        reply = dev_handle.take_reply(len(buff))
        if not reply:
            time.sleep(min(timeout, 5000) / 1000)   # a real read waits out its timeout
            raise _usb_error(errno.ETIMEDOUT)
        buff[:len(reply)] = array.array("B", reply)
        return len(reply)

    def ctrl_transfer(self, dev_handle, bmRequestType, bRequest, wValue, wIndex, data, timeout):
        _check_present(dev_handle)
        if bmRequestType & 0x80 == 0:
            return len(data)
        reply = _control_reply(dev_handle, bmRequestType, bRequest, wValue)
        reply = reply[:len(data)]
        data[:len(reply)] = array.array("B", reply)
        return len(reply)

    def clear_halt(self, dev_handle, ep):
        pass

    def reset_device(self, dev_handle):
        _check_present(dev_handle)


def _control_reply(dev: FakeUsbPrinter, request_type: int, request: int, value: int) -> bytes:
    if request_type == 0xA1 and request == 0:            # printer class GET_DEVICE_ID
        text = dev.device_id.encode("ascii")
        return (len(text) + 2).to_bytes(2, "big") + text
    if request == 6 and value >> 8 == 3:                 # GET_DESCRIPTOR, string
        index = value & 0xFF
        if index == 0:
            return bytes([4, 3, 0x09, 0x04])             # language ids: en-US
        text = {1: dev.manufacturer, 2: dev.product, 3: dev.serial}.get(index) or ""
        encoded = text.encode("utf-16-le")
        return bytes([len(encoded) + 2, 3]) + encoded
    raise _usb_error(errno.EPIPE, code=-9, message="Pipe error")


def _check_present(dev: FakeUsbPrinter) -> None:
    if dev.unplugged:
        raise _usb_error(errno.ENODEV)


def _usb_error(number: int, *, code: int | None = None, message: str | None = None):
    known_code, known_message = LIBUSB_ERRORS.get(number, (code, message))
    kind = usb.core.USBTimeoutError if number == errno.ETIMEDOUT else usb.core.USBError
    return kind(message or known_message, code or known_code, number)
