"""Printer connection URIs: how a printer is reached.

    usb://0x0416:0x5011[?in_ep=0x81&out_ep=0x03&interface=0&serial=SN&port=1-2.3&timeout=5]
    tcp://HOST[:9100][?timeout=5]
    serial:///dev/ttyUSB0?baud=9600        serial://COM3?baud=9600
    cups://QUEUE                           win32://NAME
    file:///PATH

USB ids are hexadecimal, as `lsusb` and Windows Device Manager show them. Timeouts are in
seconds. A bad URI raises ValueError saying what is wrong.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar
from urllib.parse import parse_qsl, quote, unquote, urlsplit

DEFAULT_TIMEOUT = 5.0
DEFAULT_TCP_PORT = 9100


@dataclass(frozen=True)
class UsbConnection:
    vid: int
    pid: int
    in_ep: int | None = None       # None: take the printer interface's bulk IN endpoint
    out_ep: int | None = None      # None: take its bulk OUT endpoint
    interface: int | None = None
    serial: str | None = None      # tells two printers of the same model apart
    port: str | None = None        # or the USB port path, e.g. "1-2.3"
    timeout: float = DEFAULT_TIMEOUT

    @property
    def uri(self) -> str:
        params = {
            "in_ep": _hex(self.in_ep, 2), "out_ep": _hex(self.out_ep, 2),
            "interface": self.interface, "serial": self.serial, "port": self.port,
            "timeout": _timeout_text(self.timeout),
        }
        return f"usb://{_hex(self.vid, 4)}:{_hex(self.pid, 4)}{_query(params)}"


@dataclass(frozen=True)
class TcpConnection:
    host: str
    port: int = DEFAULT_TCP_PORT
    timeout: float = DEFAULT_TIMEOUT

    @property
    def uri(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"tcp://{host}:{self.port}{_query({'timeout': _timeout_text(self.timeout)})}"


@dataclass(frozen=True)
class SerialConnection:
    device: str
    baud: int = 9600
    timeout: float = DEFAULT_TIMEOUT

    @property
    def uri(self) -> str:
        params = {"baud": self.baud, "timeout": _timeout_text(self.timeout)}
        return f"serial://{self.device}{_query(params)}"


@dataclass(frozen=True)
class _QueueConnection:
    """A printer behind the operating system's spooler, known by its queue name."""
    name: str
    scheme: ClassVar[str]

    @property
    def uri(self) -> str:
        return f"{self.scheme}://{quote(self.name, safe='')}"


class CupsConnection(_QueueConnection):
    scheme = "cups"


class Win32Connection(_QueueConnection):
    scheme = "win32"


@dataclass(frozen=True)
class FileConnection:
    path: str

    @property
    def uri(self) -> str:
        return f"file://{'' if self.path.startswith('/') else '/'}{self.path}"


Connection = (UsbConnection | TcpConnection | SerialConnection | CupsConnection
              | Win32Connection | FileConnection)


def parse_connection(uri: str) -> Connection:
    """Parse a printer connection URI; ValueError names what is wrong."""
    scheme, sep, rest = uri.strip().partition("://")
    parser = _PARSERS.get(scheme.lower())
    if not sep or parser is None:
        raise ValueError(
            f"printer connection {uri!r}: expected one of "
            f"{', '.join(s + '://' for s in _PARSERS)} at the start")
    try:
        return parser(rest)
    except ValueError as exc:
        raise ValueError(f"printer connection {uri!r}: {exc}") from None


def _parse_usb(rest: str) -> UsbConnection:
    ids, params = _split_query(rest, {"in_ep", "out_ep", "interface", "serial", "port", "timeout"})
    match = re.fullmatch(r"(?:0x)?([0-9a-fA-F]{1,4}):(?:0x)?([0-9a-fA-F]{1,4})", ids)
    if not match:
        raise ValueError(f"USB ids {ids!r} should be VID:PID in hex, e.g. 0x0416:0x5011")
    in_ep = _endpoint(params, "in_ep", want_in=True)
    out_ep = _endpoint(params, "out_ep", want_in=False)
    interface = _int(params, "interface", 0, 255)
    return UsbConnection(int(match[1], 16), int(match[2], 16), in_ep, out_ep, interface,
                         params.get("serial"), params.get("port"), _timeout(params))


def _parse_tcp(rest: str) -> TcpConnection:
    parts = urlsplit("//" + rest)
    params = _check_params(parts.query, {"timeout"})
    if parts.path not in ("", "/"):
        raise ValueError(f"unexpected path {parts.path!r} after the host")
    if not parts.hostname:
        raise ValueError("no host: write tcp://HOST:9100")
    try:
        port = parts.port
    except ValueError:
        raise ValueError(f"port in {parts.netloc!r} must be a number from 1 to 65535") from None
    if port == 0:
        raise ValueError("port 0 is not a printer port (raw printing is usually 9100)")
    return TcpConnection(parts.hostname, port or DEFAULT_TCP_PORT, _timeout(params))


def _parse_serial(rest: str) -> SerialConnection:
    device, params = _split_query(rest, {"baud", "timeout"})
    device = unquote(device)
    if not device or device == "/":
        raise ValueError("no serial device: write serial:///dev/ttyUSB0 or serial://COM3")
    baud = _int(params, "baud", 50, 4_000_000)
    return SerialConnection(device, baud or 9600, _timeout(params))


def _parse_file(rest: str) -> FileConnection:
    path, _ = _split_query(rest, set())
    path = unquote(path)
    if re.match(r"/[A-Za-z]:[/\\]", path):   # file:///C:/out.prn
        path = path[1:]
    if not path.startswith("/") and not re.match(r"[A-Za-z]:", path):
        raise ValueError("file path must be absolute: file:///PATH")
    return FileConnection(path)


_PARSERS = {"usb": _parse_usb, "tcp": _parse_tcp, "serial": _parse_serial,
            "cups": lambda rest: CupsConnection(_name(rest, "CUPS queue")),
            "win32": lambda rest: Win32Connection(_name(rest, "Windows printer name")),
            "file": _parse_file}


def _split_query(rest: str, allowed: set[str]) -> tuple[str, dict[str, str]]:
    head, _, query = rest.partition("?")
    return head, _check_params(query, allowed)


def _check_params(query: str, allowed: set[str]) -> dict[str, str]:
    pairs = parse_qsl(query, keep_blank_values=True)
    params = dict(pairs)
    unknown = sorted(set(params) - allowed)
    if unknown:
        known = ", ".join(sorted(allowed)) or "none"
        raise ValueError(f"unknown option {', '.join(unknown)} (allowed: {known})")
    if len(params) != len(pairs):
        raise ValueError("an option is given twice")
    return params


def _name(rest: str, what: str) -> str:
    name, _ = _split_query(rest, set())
    name = unquote(name).strip()
    if not name:
        raise ValueError(f"no {what} after the scheme")
    return name


def _int(params: dict[str, str], key: str, low: int, high: int) -> int | None:
    text = params.get(key)
    if text is None:
        return None
    try:
        value = int(text, 0)
    except ValueError:
        raise ValueError(f"{key}={text!r} is not a number") from None
    if not low <= value <= high:
        raise ValueError(f"{key}={text} is out of range {low}..{high}")
    return value


def _endpoint(params: dict[str, str], key: str, *, want_in: bool) -> int | None:
    value = _int(params, key, 1, 0xFF)
    if value is None:
        return None
    if bool(value & 0x80) != want_in:
        hint = "IN endpoints have bit 7 set, e.g. 0x81" if want_in else \
            "OUT endpoints have bit 7 clear, e.g. 0x01 or 0x03"
        raise ValueError(f"{key}={params[key]} points the wrong way: {hint}")
    if value & 0x70:
        raise ValueError(f"{key}={params[key]} is not an endpoint address (0x01..0x0f, 0x81..0x8f)")
    return value


def _timeout(params: dict[str, str]) -> float:
    text = params.get("timeout")
    if text is None:
        return DEFAULT_TIMEOUT
    try:
        value = float(text)
    except ValueError:
        raise ValueError(f"timeout={text!r} is not a number of seconds") from None
    if not 0 < value <= 600:
        raise ValueError(f"timeout={text} must be more than 0 and at most 600 seconds")
    return value


def _hex(value: int | None, digits: int) -> str | None:
    return None if value is None else f"0x{value:0{digits}x}"


def _timeout_text(value: float) -> str | None:
    return None if value == DEFAULT_TIMEOUT else f"{value:g}"


def _query(params: dict[str, object]) -> str:
    kept = [f"{k}={quote(str(v), safe='')}" for k, v in params.items() if v is not None]
    return "?" + "&".join(kept) if kept else ""
