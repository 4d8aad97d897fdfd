"""Transport and status through python-escpos's Network class against the TCP printer emulator."""
from __future__ import annotations

import os
import time

import pytest

from devices.printers import (ErrorKind, PrinterError, PrinterState, Transport, probe_printer,
                              query_status)
from devices.testing import PrinterEmulator
from tests.devices_fixtures import emulator, language_emulator, tcp_transport  # noqa: F401

BIG_JOB = 2_000_000   # more than the loopback buffers hold, so a stalled printer blocks it


def test_bytes_arrive_exactly(emulator, tcp_transport):
    job = os.urandom(50_000) + b"\x1b@\x1d\x56\x00"
    tcp_transport.send(job)
    assert tcp_transport.bytes_sent == len(job) and tcp_transport.send_started
    assert emulator.wait_for(len(job))
    assert emulator.received == job


def test_jobs_on_one_connection_arrive_in_order(emulator, tcp_transport):
    jobs = [f"job {n}\n".encode() * 700 for n in range(5)]
    for job in jobs:
        tcp_transport.send(job)
    assert emulator.wait_for(sum(map(len, jobs)))
    assert emulator.connections == [b"".join(jobs)]


def test_each_connection_is_recorded_apart(emulator):
    for label in (b"first", b"second"):
        with Transport(emulator.uri()) as transport:
            transport.send(label)
    assert emulator.wait_for(11)
    assert emulator.connections == [b"first", b"second"]


@pytest.mark.parametrize("fault, state, detail", [
    ({}, PrinterState.READY, None),
    ({"paper": "out"}, PrinterState.PAPER_OUT, "paper_out"),
    ({"head_open": True}, PrinterState.ERROR, "head_open"),
    ({"paper": "out", "head_open": True}, PrinterState.PAPER_OUT, "head_open"),
])
def test_status_in_each_language(language_emulator, fault, state, detail):
    language_emulator.set_condition(**fault)
    with Transport(language_emulator.uri()) as transport:
        status = query_status(transport, language_emulator.language, timeout=1)
    assert status.state is state
    assert detail is None or detail in status.details
    assert status.raw


def test_escpos_paper_near_end_still_prints(emulator, tcp_transport):
    emulator.paper_near_end()
    status = query_status(tcp_transport, "escpos", timeout=1)
    assert status.state is PrinterState.PAPER_NEAR_END and status.can_print
    assert status.problem(tcp_transport.target) is None


@pytest.mark.parametrize("language, fault, detail", [
    ("tspl", "paper_jam", "paper_jam"), ("tspl", "ribbon_out", "ribbon_out"),
    ("zpl", "ribbon_out", "ribbon_out"), ("escpos", "paper_jam", "mechanical_error"),
])
def test_printer_faults_are_errors(language, fault, detail):
    with PrinterEmulator(language, lifetime=10) as printer:
        printer.set_condition(**{fault: True})
        with Transport(printer.uri()) as transport:
            status = query_status(transport, language, timeout=1)
    assert status.state is PrinterState.ERROR and detail in status.details
    assert status.problem(printer.uri()).kind is ErrorKind.PRINTER_FAULT


@pytest.mark.parametrize("language", ["tspl", "zpl"])
def test_paused_label_printer_is_offline(language):
    with PrinterEmulator(language, lifetime=10) as printer:
        printer.set_condition(paused=True)
        status = probe_printer(printer.uri(), language)
    assert status.state is PrinterState.OFFLINE and "paused" in status.details


def test_status_follows_the_printer_between_jobs(emulator, tcp_transport):
    assert query_status(tcp_transport, "escpos", 1).state is PrinterState.READY
    emulator.run_out_of_paper()
    status = query_status(tcp_transport, "escpos", 1)
    assert status.state is PrinterState.PAPER_OUT and not status.can_print
    assert status.problem(tcp_transport.target).kind is ErrorKind.PAPER_OUT
    emulator.load_paper()
    assert query_status(tcp_transport, "escpos", 1).can_print


def test_status_requests_are_not_printed(emulator, tcp_transport):
    tcp_transport.send(b"label one")
    query_status(tcp_transport, "escpos", 1)
    tcp_transport.send(b"label two")
    assert emulator.wait_for(len(b"label onelabel two") + 6)
    assert emulator.printed == b"label onelabel two"


def test_a_silent_printer_is_unknown_not_ready(emulator, tcp_transport):
    emulator.set_condition(silent=True)
    started = time.monotonic()
    status = query_status(tcp_transport, "escpos", timeout=0.2)
    assert status.state is PrinterState.UNKNOWN and status.details == ("no_answer",)
    assert not status.can_print and status.problem("x") is None
    assert time.monotonic() - started < 2


def test_offline_printer_refuses_and_nothing_is_sent(emulator):
    emulator.go_offline()
    transport = Transport(emulator.uri())
    with pytest.raises(PrinterError) as caught:
        transport.open()
    error = caught.value
    assert error.kind is ErrorKind.OFFLINE and error.reason == "refused"
    assert error.safe_to_fail_over and error.bytes_sent == 0
    assert "拒绝连接" in str(error) and "refused the connection" in str(error)
    assert str(error).index("拒绝连接") < str(error).index("refused")
    assert not transport.is_open


def test_offline_printer_probes_as_offline_and_comes_back(emulator):
    emulator.go_offline()
    status = probe_printer(emulator.uri(), "escpos")
    assert status.state is PrinterState.OFFLINE
    assert status.problem("x").kind is ErrorKind.OFFLINE
    emulator.go_online()
    assert probe_printer(emulator.uri(), "escpos").state is PrinterState.READY


def test_connect_timeout_is_before_send(emulator):
    emulator.stall_connections()
    transport = Transport(emulator.uri(timeout=0.2))
    with pytest.raises(PrinterError) as caught:
        transport.open()
    error = caught.value
    assert error.kind is ErrorKind.TIMEOUT_BEFORE_SEND and error.safe_to_fail_over
    assert "0.2 s" in error.message_en and "Nothing of this job was sent" in error.message_en
    emulator.resume()
    with Transport(emulator.uri()) as transport:
        transport.send(b"after")
    assert emulator.wait_for(5) and emulator.connections == [b"after"]


def test_printer_that_hangs_mid_job_times_out_with_bytes_sent(emulator):
    transport = Transport(emulator.uri(timeout=0.3))
    transport.open()
    emulator.hang_after(1000)
    with pytest.raises(PrinterError) as caught:
        transport.send(os.urandom(BIG_JOB))
    error = caught.value
    assert error.kind is ErrorKind.TIMEOUT_DURING_SEND
    assert error.may_have_printed and not error.safe_to_fail_over
    assert 0 < error.bytes_sent < BIG_JOB and error.bytes_sent == transport.bytes_sent
    assert "不会自动重发" in str(error) and "will not be re-sent automatically" in str(error)
    assert not transport.is_open   # a half-sent job must not run on into the next one
    assert emulator.received[:1000] and len(emulator.received) == 1000


def test_hung_printer_does_not_answer_status(emulator, tcp_transport):
    emulator.hang_after(0)
    assert query_status(tcp_transport, "escpos", 0.2).state is PrinterState.UNKNOWN


def test_dropped_connection_mid_job_is_connection_lost(emulator, tcp_transport):
    emulator.drop_after(5000)
    with pytest.raises(PrinterError) as caught:
        tcp_transport.send(os.urandom(BIG_JOB))
    assert caught.value.kind is ErrorKind.CONNECTION_LOST
    assert caught.value.may_have_printed and caught.value.bytes_sent >= 5000
    assert len(emulator.received) == 5000


def test_printer_that_closed_the_connection_reads_as_offline(emulator, tcp_transport):
    emulator.drop_after(0)
    status = query_status(tcp_transport, "escpos", 0.5)
    assert status.state is PrinterState.OFFLINE and status.error is not None
    assert not tcp_transport.is_open


def test_slow_printer_still_gets_every_byte(emulator, tcp_transport):
    emulator.throttle(400_000)
    job = os.urandom(300_000)
    started = time.monotonic()
    tcp_transport.send(job)
    assert emulator.wait_for(len(job), timeout=5)
    assert emulator.received == job
    assert time.monotonic() - started > 0.3


def test_too_slow_printer_times_out_during_send(emulator):
    emulator.throttle(2_000)    # a 4 KiB chunk would take 2 s; the timeout is 0.2 s
    with Transport(emulator.uri(timeout=0.2)) as transport:
        with pytest.raises(PrinterError) as caught:
            transport.send(os.urandom(BIG_JOB))
    assert caught.value.kind is ErrorKind.TIMEOUT_DURING_SEND and caught.value.bytes_sent > 0


def test_send_on_a_closed_transport_is_a_programming_error(emulator):
    with pytest.raises(RuntimeError, match="open"):
        Transport(emulator.uri()).send(b"x")


def test_emulator_stops_by_itself_after_its_lifetime():
    printer = PrinterEmulator(lifetime=0.2).start()
    uri = printer.uri()
    time.sleep(0.5)
    with pytest.raises(PrinterError) as caught:
        Transport(uri).open()
    assert caught.value.kind is ErrorKind.OFFLINE
    with pytest.raises(RuntimeError, match="stopped"):
        printer.go_offline()
    printer.stop()


def test_emulator_listens_on_loopback_only(emulator):
    assert emulator.uri().startswith("tcp://127.0.0.1:")
    assert emulator._listener.getsockname()[0] == "127.0.0.1"
