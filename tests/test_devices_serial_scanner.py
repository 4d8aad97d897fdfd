"""The serial scanner thread over pyserial loop:// ports, including unplug and replug."""
from __future__ import annotations

import queue
import threading

import pytest
import serial

from devices.scanners import SerialScanner, parse_scan
from devices.testing import LoopPorts
from tests.devices_fixtures import loop_ports  # noqa: F401


class Recorder:
    def __init__(self):
        self.scans: queue.Queue[str] = queue.Queue()
        self.states: list[tuple[str, str]] = []
        self.changed = threading.Condition()

    def on_scan(self, text: str) -> None:
        self.scans.put(text)

    def on_state(self, state: str, detail: str) -> None:
        with self.changed:
            self.states.append((state, detail))
            self.changed.notify_all()

    def next_scans(self, count: int) -> list[str]:
        return [self.scans.get(timeout=5) for _ in range(count)]

    def wait_state(self, state: str, count: int = 1) -> None:
        with self.changed:
            assert self.changed.wait_for(
                lambda: [s for s, _ in self.states].count(state) >= count, timeout=5)


@pytest.fixture
def recorder():
    return Recorder()


def start_scanner(ports, recorder, **kwargs) -> SerialScanner:
    return SerialScanner("loop://", recorder.on_scan, on_state=recorder.on_state,
                         open_port=ports, backoff=(0.01, 0.05), **kwargs).start()


def test_lines_become_scans(loop_ports, recorder):
    with start_scanner(loop_ports, recorder):
        loop_ports.scan(b"6901234567892\r\nSF1234567890\r")
        loop_ports.scan(b"\n\r\nW000012S007\n")
        assert recorder.next_scans(3) == ["6901234567892", "SF1234567890", "W000012S007"]


def test_a_code_split_across_reads_is_one_scan(loop_ports, recorder):
    with start_scanner(loop_ports, recorder):
        loop_ports.scan(b"]C10106901")
        loop_ports.scan(b"234567892\r\n")
        text = recorder.next_scans(1)[0]
    assert parse_scan(text).gtin == "6901234567892"


def test_fullwidth_and_blank_lines_are_cleaned(loop_ports, recorder):
    with start_scanner(loop_ports, recorder):
        loop_ports.scan("  ＳＦ１２３  \r\n \r\n".encode())
        assert recorder.next_scans(1) == ["SF123"]
        assert recorder.scans.empty()


def test_unplug_and_replug_reconnects(recorder):
    ports = LoopPorts(failed_opens=1)          # not plugged in at start
    with start_scanner(ports, recorder) as scanner:
        ports.scan(b"BEFORE-1\r\n")
        assert recorder.next_scans(1) == ["BEFORE-1"]
        assert scanner.connected
        ports.unplug(failed_opens=3)           # gone; three tries fail while it is out
        recorder.wait_state("connected", count=2)
        ports.scan(b"AFTER-1\r\n")
        assert recorder.next_scans(1) == ["AFTER-1"]
    states = [s for s, _ in recorder.states]
    assert states == ["disconnected", "connected", "disconnected", "connected"]
    assert "disconnected" in recorder.states[2][1] and ports.opened == 2


def test_a_failing_handler_does_not_stop_the_scanner(loop_ports, caplog):
    seen = queue.Queue()

    def handler(text):
        if text == "BAD":
            raise ValueError("handler bug")
        seen.put(text)

    with SerialScanner("loop://", handler, open_port=loop_ports).start():
        loop_ports.scan(b"BAD\r\nGOOD\r\n")
        assert seen.get(timeout=5) == "GOOD"
    assert "scan handler failed" in caplog.text


def test_stop_ends_the_thread_even_while_reconnecting(recorder):
    def never_there():
        raise serial.SerialException("could not open port COM9")

    scanner = SerialScanner("COM9", recorder.on_scan, on_state=recorder.on_state,
                            open_port=never_there, backoff=(0.05, 0.1)).start()
    recorder.wait_state("disconnected")
    thread = scanner._thread
    scanner.stop()
    assert not thread.is_alive() and recorder.states == [("disconnected",
                                                          "could not open port COM9")]


def test_backoff_grows_but_stays_bounded(recorder):
    attempts = []

    def counting():
        attempts.append(threading.get_ident())
        raise serial.SerialException("no port")

    scanner = SerialScanner("COM9", recorder.on_scan, open_port=counting,
                            backoff=(0.01, 0.04)).start()
    threading.Event().wait(0.5)
    scanner.stop()
    # 0.01 + 0.02 + 0.04 + 0.04 ... : about a dozen tries in half a second, not hundreds
    assert 6 <= len(attempts) <= 20


def test_default_port_opening_goes_through_pyserial(recorder):
    scanner = SerialScanner("loop://", recorder.on_scan)
    port = scanner.open_port()
    try:
        assert isinstance(port, serial.SerialBase) and port.timeout == 0.1
    finally:
        port.close()
