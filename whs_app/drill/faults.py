"""Faults on cue: what a supervisor can throw at a drill, written as cues, logged with their time.

A cue names a fault, its target and its knobs, e.g. `09:30 printer_paper_out V01 fix=6`:

    printer_paper_out STATION|PRINTER  fix=MIN      label printer out of paper until reloaded
    printer_offline   STATION|PRINTER  fix=MIN      label printer drops off the network
    carrier_capacity_cut CARRIER       cap=PARCELS  the carrier takes at most so many parcels today
    carrier_outage    CARRIER          minutes=MIN  the carrier is out (停运/爆仓); parcels re-routed
    scanner_garbage   STATION          minutes=MIN  the station's scanner sends garbage
    exception_burst   -                count=N      N exception orders arrive at once
    station_crash     STATION          restart=SEC  the station's session is lost mid-parcel

A fault script holds one cue a line ("# …" comments; "d2 08:30" is 08:30 on the drill's second
day). Every fault and its recovery go into the drill database's drill_events with their times,
so the report shows how long the floor took to recover.
"""
from __future__ import annotations

import shlex
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from whs_app.actor import Actor
from whs_app.clock import stamp
from whs_app.drill.info import DrillError
from whs_app.store import Store


class Fault(StrEnum):
    PRINTER_PAPER_OUT = "printer_paper_out"
    PRINTER_OFFLINE = "printer_offline"
    CARRIER_CAPACITY_CUT = "carrier_capacity_cut"
    CARRIER_OUTAGE = "carrier_outage"
    SCANNER_GARBAGE = "scanner_garbage"
    EXCEPTION_BURST = "exception_burst"
    STATION_CRASH = "station_crash"

    @property
    def label(self) -> str:
        return FAULT_LABELS[self]


FAULT_LABELS = {
    Fault.PRINTER_PAPER_OUT: "打印机缺纸 Printer out of paper",
    Fault.PRINTER_OFFLINE: "打印机离线 Printer offline",
    Fault.CARRIER_CAPACITY_CUT: "快递限量 Carrier capacity cut",
    Fault.CARRIER_OUTAGE: "快递停运 Carrier outage",
    Fault.SCANNER_GARBAGE: "扫描枪乱码 Scanner sends garbage",
    Fault.EXCEPTION_BURST: "异常单激增 Burst of exception orders",
    Fault.STATION_CRASH: "打包台崩溃 Station crash",
}
#: the knobs each fault takes, with their defaults (None: drawn by the drill when not given)
KNOBS: dict[Fault, dict[str, float | None]] = {
    Fault.PRINTER_PAPER_OUT: {"fix": None},
    Fault.PRINTER_OFFLINE: {"fix": None},
    Fault.CARRIER_CAPACITY_CUT: {"cap": None},
    Fault.CARRIER_OUTAGE: {"minutes": 120.0},
    Fault.SCANNER_GARBAGE: {"minutes": 10.0},
    Fault.EXCEPTION_BURST: {"count": 20.0},
    Fault.STATION_CRASH: {"restart": None},
}
NEEDS_TARGET = {Fault.PRINTER_PAPER_OUT, Fault.PRINTER_OFFLINE, Fault.CARRIER_CAPACITY_CUT, Fault.CARRIER_OUTAGE,
                Fault.SCANNER_GARBAGE, Fault.STATION_CRASH}
DRILL_STATION, DRILL_USER = "DRILL", "drill"


@dataclass(frozen=True)
class Cue:
    """One fault to inject: when (None: now), what, on what, with which knobs."""
    fault: Fault
    target: str = ""
    knobs: dict[str, float] = field(default_factory=dict)
    at: datetime | None = None

    def knob(self, name: str) -> float | None:
        return self.knobs.get(name, KNOBS[self.fault].get(name))

    def describe(self) -> str:
        knobs = " ".join(f"{k}={v:g}" for k, v in sorted(self.knobs.items()))
        return " ".join(part for part in (self.fault.label, self.target, knobs) if part)


def fault_named(name: str) -> Fault:
    try:
        return Fault(name.strip().lower().replace("-", "_"))
    except ValueError:
        known = ", ".join(f.value.replace("_", "-") for f in Fault)
        raise DrillError(f"未知故障 unknown fault {name!r}; known: {known}") from None


def make_cue(name: str, target: str = "", knobs: dict[str, str] | None = None, at: datetime | None = None) -> Cue:
    """A cue from what a person typed; DrillError naming what is wrong."""
    fault = fault_named(name)
    target = "" if target in ("", "-") else target
    if fault in NEEDS_TARGET and not target:
        raise DrillError(f"{fault.value}: 需要目标 needs a target (station, printer or carrier)")
    values = {}
    for key, text in (knobs or {}).items():
        if key not in KNOBS[fault]:
            raise DrillError(f"{fault.value}: 不认识 {key} unknown knob {key!r}; it takes "
                             f"{', '.join(KNOBS[fault]) or 'none'}")
        try:
            values[key] = float(text)
        except ValueError:
            raise DrillError(f"{fault.value}: {key}={text!r} 不是数字 is not a number") from None
        if values[key] < 0:
            raise DrillError(f"{fault.value}: {key} must not be negative")
    return Cue(fault, target, values, at)


def parse_script(text: str, day: datetime, source: str = "script") -> list[Cue]:
    """Cues from a fault script (see the module docstring), in time order; DrillError lists every bad line."""
    cues, problems = [], []
    for number, line in enumerate(text.splitlines(), start=1):
        words = shlex.split(line.split("#", 1)[0])
        if not words:
            continue
        try:
            at, words = _when(words, day)
            if not words:
                raise DrillError("没有故障名 no fault named")
            target = words[1] if len(words) > 1 and "=" not in words[1] else ""
            knobs = dict(word.split("=", 1) for word in words[1 + bool(target):] if "=" in word)
            stray = [word for word in words[1 + bool(target):] if "=" not in word]
            if stray:
                raise DrillError(f"多余的词 stray words: {' '.join(stray)}")
            cues.append(make_cue(words[0], target, knobs, at))
        except DrillError as exc:
            problems.append(f"{source}:{number}: {exc}")
    if problems:
        raise DrillError("\n".join(problems))
    return sorted(cues, key=lambda cue: cue.at)


def _when(words: list[str], day: datetime) -> tuple[datetime, list[str]]:
    offset = 0
    if words[0].lower().startswith("d") and words[0][1:].isdigit():
        offset, words = int(words[0][1:]) - 1, words[1:]
    try:
        hours, minutes = words[0].split(":")
        moment = day + timedelta(days=offset, hours=int(hours), minutes=int(minutes))
    except (ValueError, IndexError):
        raise DrillError(f"时间应为 HH:MM a cue starts with its time HH:MM (or d2 HH:MM), not {words[:1]}") from None
    return moment, words[1:]


# -- the log -----------------------------------------------------------------------------------
def log_fault(store: Store, at: datetime, actor: Actor, cue: Cue, detail: dict | None = None) -> int:
    """The fault happened now: logged in drill_events and audited."""
    with store.transaction():
        fault_id = store.drill.add_event(stamp(at), "fault", cue.fault.value, cue.target, actor.station, actor.user,
                                         {"knobs": cue.knobs, **(detail or {})}, state="active")
        store.audit.record(stamp(at), actor, "drill.fault", "drill_event", fault_id,
                           {"fault": cue.fault.value, "target": cue.target, "knobs": cue.knobs})
    return fault_id


def log_recovery(store: Store, at: datetime, actor: Actor, fault_id: int, detail: dict | None = None) -> None:
    """The floor is back from fault `fault_id` (logged once; a second recovery of it is ignored)."""
    with store.transaction():
        fault = next((e for e in store.drill.events("fault") if e["id"] == fault_id), None)
        if fault is None or not store.drill.set_event_state(fault_id, "done", "active"):
            return
        store.drill.add_event(stamp(at), "recovered", fault["name"], fault["target"], actor.station, actor.user,
                              detail, fault_id=fault_id)
        store.audit.record(stamp(at), actor, "drill.recovered", "drill_event", fault_id,
                           {"fault": fault["name"], "target": fault["target"], **(detail or {})})


def request(store: Store, at: datetime, actor: Actor, cue: Cue) -> int:
    """Ask the running drill (perhaps in another process) to inject the fault at its next look."""
    with store.transaction():
        event_id = store.drill.add_event(stamp(at), "note", cue.fault.value, cue.target, actor.station, actor.user,
                                         {"knobs": cue.knobs, "request": True}, state="requested")
        store.audit.record(stamp(at), actor, "drill.inject_requested", "drill_event", event_id,
                           {"fault": cue.fault.value, "target": cue.target, "knobs": cue.knobs})
    return event_id


def take_requests(store: Store) -> list[Cue]:
    """The faults requested since the last look, each taken once."""
    taken = []
    for event in store.drill.events("note", "requested"):
        with store.transaction():
            if store.drill.set_event_state(event["id"], "done", "requested"):
                taken.append(Cue(Fault(event["name"]), event["target"], event["detail"].get("knobs", {})))
    return taken


def log_phase(store: Store, at: datetime, actor: Actor, name: str, detail: dict | None = None) -> None:
    with store.transaction():
        store.drill.add_event(stamp(at), "phase", name, "", actor.station, actor.user, detail)
        store.audit.record(stamp(at), actor, f"drill.{name}", "drill", name, detail or {})
