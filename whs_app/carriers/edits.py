"""Carrier settings changed on the spot from the supervisors' screen: a pickup batch's time and
capacity (or a new batch), and a new waybill range from the branch.

Each change goes through the same services as the carriers file and `whs carriers pool`
(setup.apply_setup, pools.load_range) and needs a supervisor's login and PIN, checked first: a
refused approval is audited and changes nothing. An approved change is audited with who approved
it, in the same transaction as the change.
"""
from __future__ import annotations

from whs_app.actor import Actor
from whs_app.carriers.fields import SetupError, carrier_spec
from whs_app.carriers.pools import PoolError, load_range
from whs_app.carriers.setup import Setup, apply_setup
from whs_app.clock import Clock, stamp
from whs_app.findings import say
from whs_app.model import Carrier
from whs_app.store import Store
from whs_app.users import supervisor_problem


class CarrierEditRefused(ValueError):
    """The change was not made; the message says why."""


def set_pickup(store: Store, clock: Clock, actor: Actor, code: str, label: str, pickup_at: str, capacity: int,
               supervisor: str, pin: str) -> dict:
    """Set the carrier's pickup batch `label` to pickup_at (HH:MM) and capacity, adding it when new;
    the carrier's other batches stay as they are. Returns the batch as it was (None when new)."""
    at = stamp(clock.now())
    carrier = _carrier(store, code)
    _approve(store, at, actor, supervisor, pin, "pickup", code)
    label = label.strip()
    batches = {row[1]: {"label": row[1], "at": row[2], "capacity": row[3]}
               for row in store.carrier_setup.pickups() if row[0] == carrier.id}
    before = batches.get(label)
    batches[label] = {"label": label, "at": pickup_at.strip(), "capacity": capacity}
    problems: list[str] = []
    spec = carrier_spec({"code": carrier.code, "pickups": list(batches.values())}, "pickup", False, problems)
    if problems:
        raise CarrierEditRefused("\n".join(problems))
    with store.transaction():
        apply_setup(store, at, actor, Setup([spec]), f"pickup {carrier.code} {label}")
        store.audit.record(at, actor, "carrier.change_approved", "carrier", carrier.id, {
            "what": "pickup", "code": carrier.code, "label": label, "from": before, "to": batches[label],
            "supervisor": supervisor})
    return {"before": before, "after": batches[label]}


def add_waybill_range(store: Store, clock: Clock, actor: Actor, code: str, prefix: str, first: str, last: str,
                      supervisor: str, pin: str) -> int:
    """Load the numbers prefix+first … prefix+last (as wide as `last` is written) into the carrier's
    pool; refused when they overlap a range loaded before or hold a number already used."""
    at = stamp(clock.now())
    carrier = _carrier(store, code)
    first, last, prefix = first.strip(), last.strip(), prefix.strip()
    if not (first.isascii() and first.isdigit() and last.isascii() and last.isdigit()):
        raise CarrierEditRefused(say(f"号段 {first}-{last} 应为数字", f"range {first}-{last}: the numbers are digits"))
    _approve(store, at, actor, supervisor, pin, "waybill_range", code)
    try:
        with store.transaction():
            range_id = load_range(store, at, actor, carrier.code, prefix, int(first), int(last), len(last))
            store.audit.record(at, actor, "carrier.change_approved", "carrier", carrier.id, {
                "what": "waybill_range", "code": carrier.code, "range": f"{prefix}{first}-{last}",
                "supervisor": supervisor})
    except (PoolError, SetupError) as exc:
        raise CarrierEditRefused(str(exc)) from exc
    return range_id


def _carrier(store: Store, code: str) -> Carrier:
    carrier = store.carriers.by_code(code.strip().upper())
    if carrier is None:
        raise CarrierEditRefused(say(f"没有快递 {code}", f"no carrier {code}"))
    return carrier


def _approve(store: Store, at: str, actor: Actor, supervisor: str, pin: str, what: str, code: str) -> None:
    problem = supervisor_problem(store, supervisor, pin)
    if problem is not None:
        with store.transaction():
            store.audit.record(at, actor, "carrier.approval_refused", "carrier", code,
                               {"what": what, "supervisor": supervisor, "reason": problem})
        raise CarrierEditRefused(problem)
