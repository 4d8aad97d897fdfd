"""Test doubles that stand in for hardware at the lowest layer, so the real code above runs:

- PrinterEmulator: a raw TCP printer on 127.0.0.1 that answers status and fails on cue;
- VirtualUsbBackend + FakeUsbPrinter: a pyusb backend, so escpos.printer.Usb itself runs;
- LoopPorts: a pyserial loop:// port factory that can be unplugged and replugged.
"""
from devices.testing.emulator import PrinterEmulator
from devices.testing.printer_state import PrinterCondition
from devices.testing.serial_loop import LoopPorts
from devices.testing.virtual_usb import FakeUsbPrinter, VirtualUsbBackend

__all__ = ["FakeUsbPrinter", "LoopPorts", "PrinterCondition", "PrinterEmulator",
           "VirtualUsbBackend"]
