"""Find USB printers: which are attached, their ids, names and endpoints (pyusb)."""
from __future__ import annotations

from dataclasses import dataclass

import usb.backend.libusb1
import usb.core
import usb.util

from devices.printers.connection import UsbConnection
from devices.printers.errors import printer_error

PRINTER_CLASS = 7
#: Vendors of receipt and label printers common in Chinese warehouses; some of their printers
#: report a vendor-specific USB class instead of the printer class.
KNOWN_PRINTER_VENDORS = {
    0x0416: "Winbond (Xprinter and many OEM printers)",
    0x0483: "STMicroelectronics (OEM printers)",
    0x04B8: "Epson",
    0x0FE6: "ICS (OEM printers)",
    0x1FC9: "NXP (OEM printers)",
    0x28E9: "GD32 (Gprinter)",
    0x0A5F: "Zebra",
    0x1203: "TSC",
    0x1504: "HPRT",
}


@dataclass(frozen=True)
class UsbEndpoint:
    interface: int
    address: int
    transfer: str          # "bulk", "interrupt", "isochronous" or "control"

    @property
    def is_in(self) -> bool:
        return bool(self.address & 0x80)

    def __str__(self) -> str:
        direction = "IN" if self.is_in else "OUT"
        return f"0x{self.address:02x} ({self.transfer} {direction}, interface {self.interface})"


@dataclass(frozen=True)
class UsbPrinterInfo:
    vid: int
    pid: int
    manufacturer: str | None
    product: str | None
    serial: str | None
    port: str | None            # USB port path, e.g. "1-2.3"
    endpoints: tuple[UsbEndpoint, ...]
    printer_class: bool         # the device or one of its interfaces is USB class 7
    device_id: str | None       # IEEE 1284 device id, e.g. "MFG:Xprinter;CMD:ESC/POS;MDL:XP-420B;"

    @property
    def connection(self) -> UsbConnection:
        """A connection for this device with its bulk endpoints spelled out."""
        out_ep = _first(self.endpoints, want_in=False)
        in_ep = _first(self.endpoints, want_in=True)
        interface = out_ep.interface if out_ep else None
        return UsbConnection(self.vid, self.pid, in_ep.address if in_ep else None,
                             out_ep.address if out_ep else None, interface)


def find_usb_backend():
    """The libusb-1.0 backend: the system's, else the DLL shipped in the libusb-package wheel."""
    backend = usb.backend.libusb1.get_backend()
    if backend is None:
        try:
            import libusb_package
        except ImportError:
            return None
        backend = libusb_package.get_libusb1_backend()
    return backend


def scan_usb(backend=None) -> list[UsbPrinterInfo]:
    """Attached devices that are printers by class or by a known printer vendor id."""
    backend = backend or find_usb_backend()
    if backend is None:
        raise printer_error("no_usb_backend", target="usb://")
    found = []
    for device in usb.core.find(find_all=True, backend=backend):
        is_class = _has_printer_class(device)
        if is_class or device.idVendor in KNOWN_PRINTER_VENDORS:
            found.append(describe_usb_device(device, is_class))
            usb.util.dispose_resources(device)
    return found


def describe_usb_device(device, printer_class: bool) -> UsbPrinterInfo:
    return UsbPrinterInfo(
        vid=device.idVendor, pid=device.idProduct,
        manufacturer=_string(device, device.iManufacturer),
        product=_string(device, device.iProduct),
        serial=_string(device, device.iSerialNumber),
        port=usb_port_path(device),
        endpoints=tuple(list_endpoints(device)),
        printer_class=printer_class,
        device_id=_ieee1284_id(device),
    )


def list_endpoints(device) -> list[UsbEndpoint]:
    """Every endpoint of the device's first (or active) configuration."""
    return [UsbEndpoint(intf.bInterfaceNumber, ep.bEndpointAddress,
                        _TRANSFER[usb.util.endpoint_type(ep.bmAttributes)])
            for intf in _configuration(device) for ep in intf]


def usb_port_path(device) -> str | None:
    numbers = getattr(device, "port_numbers", None)
    if device.bus is None or not numbers:
        return None
    return f"{device.bus}-{'.'.join(str(n) for n in numbers)}"


def _configuration(device):
    try:
        return device.get_active_configuration()
    except usb.core.USBError:
        return device[0]   # not configured yet: the first configuration is what will be used


def _has_printer_class(device) -> bool:
    if device.bDeviceClass == PRINTER_CLASS:
        return True
    try:
        return any(intf.bInterfaceClass == PRINTER_CLASS for intf in _configuration(device))
    except (usb.core.USBError, NotImplementedError):
        return False


def _string(device, index: int) -> str | None:
    if not index:
        return None
    try:
        return usb.util.get_string(device, index) or None
    except (usb.core.USBError, ValueError, NotImplementedError):
        return None   # no permission to open the device, or it has no string descriptors


def _ieee1284_id(device) -> str | None:
    """The printer class GET_DEVICE_ID request; it names the command set (CMD:)."""
    try:
        intf = next(i for i in _configuration(device) if i.bInterfaceClass == PRINTER_CLASS)
        request_type = usb.util.build_request_type(
            usb.util.CTRL_IN, usb.util.CTRL_TYPE_CLASS, usb.util.CTRL_RECIPIENT_INTERFACE)
        data = device.ctrl_transfer(request_type, 0, 0, intf.bInterfaceNumber << 8, 1023)
    except (StopIteration, usb.core.USBError, NotImplementedError, ValueError):
        return None
    length = int.from_bytes(bytes(data[:2]), "big")
    return bytes(data[2:length]).decode("ascii", "replace") or None


def _first(endpoints, *, want_in: bool) -> UsbEndpoint | None:
    return next((e for e in endpoints if e.is_in == want_in and e.transfer == "bulk"), None)


_TRANSFER = {
    usb.util.ENDPOINT_TYPE_CTRL: "control", usb.util.ENDPOINT_TYPE_ISO: "isochronous",
    usb.util.ENDPOINT_TYPE_BULK: "bulk", usb.util.ENDPOINT_TYPE_INTR: "interrupt",
}
