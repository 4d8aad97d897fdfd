"""Printers as configured at a station, and their failover groups.

Each printer has a connection URI, a language, a paper size and a role (label, slip or both).
At a station printers form groups: a primary and ordered backups (`add --backup-of`). The
failover chain for a kind of job is every enabled printer of the station that serves its role,
groups in the order they were made, members in their order: a label group's backups come
before a "both" printer of a later group.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from devices.printers import PrinterConfig, Role
from whs_app.actor import Actor
from whs_app.store import Store

#: job kind -> the printer role that prints it
ROLE_OF_KIND = {"label": Role.LABEL, "slip": Role.SLIP, "pick_list": Role.SLIP, "manifest": Role.SLIP}
DEFAULT_PAPER = {Role.SLIP: "80", Role.LABEL: "100x150", Role.BOTH: "100x150"}
_NAME = re.compile(r"[\w.\-]{1,40}")


class PrinterSetupError(ValueError):
    """A printer cannot be added, found or removed; the message says why."""


@dataclass(frozen=True)
class Printer:
    name: str
    station: str
    config: PrinterConfig
    group: str
    position: int
    enabled: bool = True
    silent_ok: bool = False
    last_state: str | None = None
    last_detail: str | None = None

    @classmethod
    def from_row(cls, row: dict) -> Printer:
        config = PrinterConfig.parse(row["connection"], row["language"], row["paper"], row["role"])
        return cls(row["name"], row["station"], config, row["group_name"], row["position"],
                   bool(row["enabled"]), bool(row["silent_ok"]), row["last_state"], row["last_detail"])

    @property
    def language(self) -> str:
        return self.config.language.value

    @property
    def uri(self) -> str:
        return self.config.connection.uri

    def serves(self, kind: str) -> bool:
        return self.config.role.serves(ROLE_OF_KIND[kind])

    def as_dict(self) -> dict:
        return {"name": self.name, "station": self.station, "connection": self.uri,
                "language": self.language, "paper": str(self.config.paper),
                "role": self.config.role.value, "group": self.group, "position": self.position,
                "enabled": self.enabled, "silent_ok": self.silent_ok, "state": self.last_state,
                "detail": self.last_detail}


def list_printers(store: Store, station: str | None = None) -> list[Printer]:
    """Every printer (of one station), in failover order."""
    return [Printer.from_row(row) for row in store.printers.all(station)]


def get_printer(store: Store, name: str) -> Printer:
    row = store.printers.get(name)
    if row is None:
        known = ", ".join(p["name"] for p in store.printers.all()) or "none yet"
        raise PrinterSetupError(f"没有打印机 {name} / unknown printer {name!r} (known: {known})")
    return Printer.from_row(row)


def chain(printers: list[Printer], station: str, kind: str) -> list[Printer]:
    """The failover order for a job of `kind` at `station` (printers as list_printers gives them)."""
    return [p for p in printers if p.station == station and p.enabled and p.serves(kind)]


def add_printer(store: Store, at: str, actor: Actor, name: str, connection: str, language: str,
                role: str, station: str, paper: str | None = None, backup_of: str | None = None,
                silent_ok: bool = False) -> Printer:
    """Configure a printer; with `backup_of` it joins that printer's group as its last backup."""
    if not _NAME.fullmatch(name):
        raise PrinterSetupError(f"打印机名称 {name!r} 无效 / printer name {name!r}: use 1-40 letters, "
                                "digits, '.', '-' or '_'")
    try:
        config = PrinterConfig.parse(connection, language, paper or DEFAULT_PAPER[Role(role)], role)
    except ValueError as exc:
        raise PrinterSetupError(str(exc)) from None
    if store.people.station(station) is None:
        raise PrinterSetupError(f"未知打包台 unknown station {station!r}")
    if store.printers.get(name) is not None:
        raise PrinterSetupError(f"打印机 {name} 已存在 / printer {name!r} already exists")
    group = _group_for(store, name, config, station, backup_of)
    with store.transaction():
        store.printers.add(name=name, connection=config.connection.uri, language=config.language.value,
                           paper=str(config.paper), role=config.role.value, station=station,
                           group_name=group, position=store.printers.next_position(station, group),
                           silent_ok=int(silent_ok), created_at=at)
        store.audit.record(at, actor, "printer.add", "printer", name,
                           {"connection": config.connection.uri, "language": config.language.value,
                            "role": config.role.value, "station": station, "backup_of": backup_of})
    return get_printer(store, name)


def _group_for(store: Store, name: str, config: PrinterConfig, station: str, backup_of: str | None) -> str:
    if backup_of is None:
        return name
    primary = get_printer(store, backup_of)
    if primary.station != station:
        raise PrinterSetupError(f"{backup_of} 在打包台 {primary.station} / {backup_of} is at station "
                                f"{primary.station}, not {station}: a backup serves the same station")
    if not any(primary.config.role.serves(r) and config.role.serves(r) for r in (Role.LABEL, Role.SLIP)):
        raise PrinterSetupError(f"{name} ({config.role}) 不能替 {backup_of} ({primary.config.role}) 打印 / "
                                f"{name} prints {config.role} jobs and cannot back up {backup_of}, which "
                                f"prints {primary.config.role} jobs")
    return primary.group


def remove_printer(store: Store, at: str, actor: Actor, name: str) -> int:
    """Remove a printer; its queued jobs go back to routing. Returns how many were queued on it."""
    get_printer(store, name)
    if store.print_jobs.on_printer(name, "sending"):
        raise PrinterSetupError(f"打印机 {name} 正在打印 / printer {name} is sending a job right now; "
                                "try again in a moment")
    with store.transaction():
        moved = store.print_jobs.unroute(name, at)
        store.printers.remove(name)
        store.audit.record(at, actor, "printer.remove", "printer", name, {"jobs_rerouted": moved})
    return moved


def set_enabled(store: Store, at: str, actor: Actor, name: str, enabled: bool) -> int:
    """Take a printer out of its group (its queued jobs go back to routing) or put it back."""
    get_printer(store, name)
    with store.transaction():
        moved = 0 if enabled else store.print_jobs.unroute(name, at)
        store.printers.set_enabled(name, enabled)
        store.audit.record(at, actor, "printer.enable" if enabled else "printer.disable", "printer", name,
                           {"jobs_rerouted": moved})
    return moved
