"""A raw TCP (port 9100 style) printer on 127.0.0.1, for tests, drills and benchmarks.

It records what each connection sends, answers ESC/POS DLE EOT n, TSPL <ESC>!? and ZPL ~HS
from its current condition, and fails on cue:

    with PrinterEmulator("tspl") as printer:          # ephemeral port on loopback only
        transport = Transport(printer.uri(timeout=1))
        printer.run_out_of_paper()                    # status says so
        printer.go_offline()                          # connections are refused
        printer.go_online()
        printer.hang_after(1000)                      # stops reading after 1000 bytes
        printer.throttle(20_000)                      # reads at most 20 kB/s
        printer.drop_after(500)                       # connections are reset 500 bytes on
        printer.stall_connections()                   # connecting times out (backlog full)
        printer.printed                               # bytes received minus status requests

One thread serves every connection; it stops on `stop()`, on leaving the `with`, or by itself
after `lifetime` seconds, whichever comes first.
"""
from __future__ import annotations

import queue
import select
import socket
import struct
import threading
import time
from dataclasses import dataclass, field

from devices.testing.printer_state import PrinterCondition, StatusResponder

HOST = "127.0.0.1"
TICK = 0.005


@dataclass
class _Client:
    sock: socket.socket
    responder: StatusResponder
    data: bytearray = field(default_factory=bytearray)
    budget: float = 0.0
    last: float = field(default_factory=time.monotonic)
    drop_at: int | None = None


class PrinterEmulator:
    def __init__(self, language: str = "escpos", *, lifetime: float = 60.0,
                 recv_buffer: int = 16 * 1024):
        self.language = language
        self.condition = PrinterCondition()
        self.lifetime = lifetime
        self.port = 0
        self._recv_buffer = recv_buffer
        self._listener: socket.socket | None = None
        self._clients: list[_Client] = []   # open connections
        self._history: list[_Client] = []   # every connection, in the order accepted
        self._hang_after: int | None = None
        self._rate: float | None = None
        self._drop_next: int | None = None
        self._fillers: list[socket.socket] = []
        self._calls: queue.Queue = queue.Queue()
        self._changed = threading.Condition()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.accepted = 0

    # -- life -------------------------------------------------------------------------
    def start(self) -> PrinterEmulator:
        self._listen()
        self._thread = threading.Thread(target=self._serve, name=f"emulator:{self.port}",
                                        daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> PrinterEmulator:
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.stop()

    def uri(self, timeout: float = 2.0) -> str:
        return f"tcp://{HOST}:{self.port}?timeout={timeout:g}"

    # -- what it received -------------------------------------------------------------
    @property
    def connections(self) -> list[bytes]:
        """Bytes received, one entry per connection, oldest first."""
        with self._changed:
            return [bytes(c.data) for c in self._history]

    @property
    def received(self) -> bytes:
        return b"".join(self.connections)

    @property
    def printed(self) -> bytes:
        """What was received, less the status requests."""
        strip = StatusResponder(self.language).strip
        return b"".join(strip(data) for data in self.connections)

    def wait_for(self, nbytes: int, timeout: float = 5.0) -> bool:
        """Wait until `nbytes` in all have been received; False on timeout."""
        with self._changed:
            return self._changed.wait_for(lambda: self._total() >= nbytes, timeout)

    # -- condition (read by the server thread on every status request) ----------------
    def run_out_of_paper(self) -> None:
        self.condition.paper = "out"

    def paper_near_end(self) -> None:
        self.condition.paper = "near_end"

    def load_paper(self) -> None:
        self.condition.paper = "ok"

    def set_condition(self, **changes) -> None:
        """E.g. set_condition(head_open=True) or set_condition(silent=True)."""
        for name, value in changes.items():
            if not hasattr(self.condition, name):
                raise AttributeError(f"PrinterCondition has no {name!r}")
            setattr(self.condition, name, value)

    # -- faults (applied by the server thread before these return) -------------------
    def go_offline(self) -> None:
        """Close every connection and refuse new ones."""
        self._call(self._offline)

    def go_online(self) -> None:
        self._call(self._listen)

    def hang_after(self, nbytes: int) -> None:
        """Stop reading from a connection once it has delivered `nbytes`."""
        self._call(lambda: setattr(self, "_hang_after", nbytes))

    def stall_connections(self) -> None:
        """Stop accepting and fill the accept queue: new connections time out connecting."""
        self._call(self._stall)

    def resume(self) -> None:
        """Undo hang_after, throttle and stall_connections."""
        self._call(self._resume)

    def throttle(self, bytes_per_second: float | None) -> None:
        """Read at most this fast (None: as fast as it comes)."""
        self._call(lambda: self._set_rate(bytes_per_second))

    def drop_after(self, nbytes: int) -> None:
        """Reset the open connections and the next one accepted after `nbytes` more bytes."""
        self._call(lambda: self._arm_drop(nbytes))

    # -- the server thread -------------------------------------------------------------
    def _call(self, fn, timeout: float = 5.0) -> None:
        if self._thread is None and not self._stop.is_set():
            fn()   # not started yet: set up before serving
            return
        if self._thread is None or not self._thread.is_alive():
            raise RuntimeError(f"printer emulator on port {self.port} has stopped "
                               f"(stop() or its {self.lifetime:g} s lifetime)")
        done = threading.Event()
        self._calls.put((fn, done))
        if not done.wait(timeout):
            raise TimeoutError("printer emulator did not respond")

    def _serve(self) -> None:
        deadline = time.monotonic() + self.lifetime
        try:
            while not self._stop.is_set() and time.monotonic() < deadline:
                self._run_calls()
                self._poll()
        finally:
            self._offline()

    def _run_calls(self) -> None:
        while not self._calls.empty():
            fn, done = self._calls.get_nowait()
            fn()
            done.set()

    def _poll(self) -> None:
        readable = [c.sock for c in self._clients if self._allowance(c) > 0]
        if self._listener is not None and not self._fillers:
            readable.append(self._listener)
        if not readable:
            time.sleep(TICK)
            return
        ready, _, _ = select.select(readable, [], [], TICK)
        for sock in ready:
            if sock is self._listener:
                self._accept()
            else:
                self._read(next(c for c in self._clients if c.sock is sock))

    def _allowance(self, client: _Client) -> int:
        limits = [64 * 1024]
        if self._hang_after is not None:
            limits.append(self._hang_after - len(client.data))
        if client.drop_at is not None:
            limits.append(client.drop_at - len(client.data))
        if self._rate is not None:
            now = time.monotonic()
            burst = max(self._rate * 0.05, 1)   # at most 50 ms worth at once
            client.budget = min(client.budget + (now - client.last) * self._rate, burst)
            client.last = now
            limits.append(int(client.budget))
        return max(0, min(limits))

    def _accept(self) -> None:
        sock, _ = self._listener.accept()
        sock.settimeout(1.0)
        client = _Client(sock, StatusResponder(self.language), drop_at=self._drop_next)
        self._drop_next = None
        with self._changed:
            self._clients.append(client)
            self._history.append(client)
        self.accepted += 1
        if client.drop_at == 0:
            self._drop(client)

    def _read(self, client: _Client) -> None:
        try:
            data = client.sock.recv(self._allowance(client))
        except OSError:
            data = b""
        if not data:
            self._close(client)
            return
        client.budget -= len(data)
        with self._changed:
            client.data += data
            self._changed.notify_all()
        reply = client.responder.feed(data, self.condition)
        try:
            client.sock.sendall(reply)
        except OSError:
            self._close(client)
            return
        if client.drop_at is not None and len(client.data) >= client.drop_at:
            self._drop(client)

    def _set_rate(self, bytes_per_second: float | None) -> None:
        self._rate = bytes_per_second
        for client in self._clients:
            client.budget, client.last = 0.0, time.monotonic()

    def _stall(self) -> None:
        self._listener.listen(0)   # Linux queues backlog + 1: one filler makes it full
        self._fillers.append(socket.create_connection((HOST, self.port)))

    def _resume(self) -> None:
        self._hang_after = self._rate = None
        if self._fillers and self._listener is not None:
            self._listener.accept()[0].close()   # the filler: first and only in the queue
            self._listener.listen(8)
        self._close_fillers()

    def _close_fillers(self) -> None:
        for filler in self._fillers:
            filler.close()
        self._fillers.clear()

    def _arm_drop(self, nbytes: int) -> None:
        for client in list(self._clients):
            client.drop_at = len(client.data) + nbytes
            if nbytes == 0:
                self._drop(client)
        self._drop_next = nbytes

    def _drop(self, client: _Client) -> None:
        # linger 0: close with a reset, as a printer that reboots or crashes does
        client.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self._close(client)

    def _close(self, client: _Client) -> None:
        client.sock.close()
        with self._changed:
            self._clients.remove(client)
            self._changed.notify_all()

    def _listen(self) -> None:
        if self._listener is not None:
            return
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, self._recv_buffer)
        sock.bind((HOST, self.port))
        sock.listen(8)
        self.port = sock.getsockname()[1]
        self._listener = sock

    def _offline(self) -> None:
        self._close_fillers()
        for client in list(self._clients):
            self._drop(client)
        if self._listener is not None:
            self._listener.close()
            self._listener = None

    def _total(self) -> int:
        return sum(len(c.data) for c in self._history)
