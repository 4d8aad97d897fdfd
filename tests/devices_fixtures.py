"""Fixtures for the devices tests: emulated printers and a virtual USB bus.

Import the ones a test module uses: `from tests.devices_fixtures import emulator, ...`.
"""
from __future__ import annotations

import sys

import pytest
import usb.backend.libusb0
import usb.backend.libusb1
import usb.backend.openusb

from devices.printers import Transport
from devices.testing import FakeUsbPrinter, LoopPorts, PrinterEmulator, VirtualUsbBackend

LANGUAGES = ["escpos", "tspl", "zpl"]


@pytest.fixture
def emulator():
    with PrinterEmulator("escpos", lifetime=30) as printer:
        yield printer


@pytest.fixture(params=LANGUAGES)
def language_emulator(request):
    with PrinterEmulator(request.param, lifetime=30) as printer:
        yield printer


@pytest.fixture
def tcp_transport(emulator):
    transport = Transport(emulator.uri(timeout=1))
    transport.open()
    yield transport
    transport.close()


@pytest.fixture
def fake_printer():
    return FakeUsbPrinter(vid=0x0416, pid=0x5011, in_ep=0x81, out_ep=0x03, serial="XP001")


@pytest.fixture
def usb_bus(fake_printer):
    return VirtualUsbBackend(fake_printer)


@pytest.fixture
def no_libusb(monkeypatch):
    """A machine without libusb: pyusb finds no backend (as on Windows without the DLL)."""
    for module in (usb.backend.libusb1, usb.backend.openusb, usb.backend.libusb0):
        monkeypatch.setattr(module, "get_backend", lambda *args, **kwargs: None)
    monkeypatch.setitem(sys.modules, "libusb_package", None)


@pytest.fixture
def loop_ports():
    return LoopPorts()
