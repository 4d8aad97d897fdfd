"""From order rows to the parcels an assignment run places, each with the rule (if any) that pins it.

A parcel is a merge leader with its followers, or an order on its own. Rules a merchant sets win
over cost, in this order: a printed waybill (its carrier never changes), a region forced to a
carrier, the buyer's requested carrier, the shop's bound carrier. A pinned parcel goes to that
carrier or, when that carrier cannot take it, to the exception queue naming the rule.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable, NamedTuple

import numpy as np

from whs_app.carriers.assignment import ParcelBatch
from whs_app.carriers.config import CarrierTerms, Fleet
from whs_app.findings import Finding, say
from whs_app.model import Reason
from whs_app.store.assignments import ParcelRow


@dataclass(frozen=True)
class Pin:
    carrier_id: int
    rule: str          # the words a person reads: which rule pins it
    fixed: bool = False  # a printed waybill: not even the rule's checks apply


class Parcel(NamedTuple):
    leader: ParcelRow
    members: list[ParcelRow]   # the leader first
    weight: float              # kg, of all members

    @property
    def order_ids(self) -> list[int]:
        return [row.id for row in self.members]

    @property
    def destination(self) -> tuple[str, str, str]:
        return self.leader.province, self.leader.city, self.leader.district


def gather(rows: Iterable[ParcelRow]) -> list[Parcel]:
    """Parcels in the rows' order (leaders' order); a follower whose leader is not among them ships alone."""
    rows = list(rows)
    riders: dict[int, list[ParcelRow]] = defaultdict(list)   # leader id -> its followers among the rows
    for row in rows:
        if row.leader_id is not None:
            riders[row.leader_id].append(row)
    leading = {row.id for row in rows if row.leader_id is None} if riders else set()
    parcels = []
    for row in rows:
        if row.leader_id is None and row.id in riders:
            members = [row, *riders[row.id]]
            parcels.append(Parcel(row, members, round(sum([member.weight_kg for member in members]), 3)))
        elif row.leader_id is None or row.leader_id not in leading:
            parcels.append(Parcel(row, [row], round(row.weight_kg, 3)))
    return parcels


def pin(parcel: Parcel, fleet: Fleet, cache: dict | None = None) -> tuple[Pin | None, Finding | None]:
    """The rule that pins the parcel to a carrier, or the finding that sends it to the exception queue.
    cache: a dict kept for one run (a day's parcels share few shops, destinations and requests)."""
    leader = parcel.leader
    if leader.waybill_carrier_id is not None:
        return Pin(leader.waybill_carrier_id, say("面单已打印，快递不再变", "its waybill is printed: carrier fixed"), True), None
    members = parcel.members
    # Keyed by the requests as typed (cheaper than the set of carriers asked for, which several may share).
    requests = leader.requested_carrier if len(members) == 1 else tuple([row.requested_carrier for row in members])
    key = (leader.shop_id, leader.province, leader.city, leader.district, requests)
    rule = cache.get(key) if cache is not None else None
    if rule is None:
        rule = _rule(fleet, leader.shop_id, parcel.destination,
                     frozenset(filter(None, [row.requested_carrier.strip() for row in members])))
        if cache is not None:
            cache[key] = rule
    if not rule:
        return None, None
    if isinstance(rule, Finding):
        return None, rule
    return _checked(parcel.weight, parcel.destination, *rule)


def _rule(fleet: Fleet, shop_id: int, destination: tuple[str, str, str], asked: frozenset[str]):
    """(carrier, the rule's words naming it, its pin) of the rule that wins, a Finding when the request
    cannot be met, or ()."""
    rule = fleet.region_rule(*destination)
    if rule is not None:
        return _named(fleet.carriers[rule.carrier_id],
                      say(f"商家区域规则 {rule.area} 指定", f"merchant rule: {rule.area} ships with"))
    if len(asked) > 1:
        return Finding(Reason.NO_CARRIER, say(f"同一包裹的订单指定了不同快递 {'、'.join(sorted(asked))}",
                                              f"orders in one parcel ask for different carriers: {', '.join(sorted(asked))}"))
    if asked:
        [text] = asked
        terms = fleet.find(text)
        if terms is None:
            return Finding(Reason.NO_CARRIER, say(f"买家指定快递 {text!r} 不在合作快递中",
                                                  f"the buyer asked for {text!r}, not a carrier we ship with"))
        return _named(terms, say("买家指定", "the buyer asked for"))
    bound = fleet.shop_bindings.get(shop_id)
    return _named(fleet.carriers[bound], say("店铺绑定", "the shop is bound to")) if bound is not None else ()


def _named(terms: CarrierTerms, rule: str) -> tuple[CarrierTerms, str, Pin]:
    """The carrier with the words a pin or finding shows, and its pin (made once per rule, not per parcel)."""
    text = f"{rule} {terms.code}"
    return terms, text, Pin(terms.id, text)


def _checked(weight: float, destination: tuple[str, str, str], terms: CarrierTerms, text: str, pinned: Pin
             ) -> tuple[Pin | None, Finding | None]:
    refused = terms.refusal(*destination, weight)
    if refused is not None:
        return None, Finding(refused.reason, f"{text}: {refused.detail}")
    return pinned, None


def batch_of(parcels: list[Parcel], positions: dict[int, int], pins: list[Pin | None]) -> ParcelBatch:
    """The arrays the planner reads; positions: carrier id -> position in the planner's carrier list."""
    areas: dict[tuple[str, str, str], int] = {}
    area = [areas.setdefault((p.leader.province, p.leader.city, p.leader.district), len(areas)) for p in parcels]
    weight = [p.weight for p in parcels]
    pinned = [-1 if q is None else positions[q.carrier_id] for q in pins]
    return ParcelBatch(list(areas), np.array(area, dtype=np.int64), np.array(weight, dtype=float),
                       np.array(pinned, dtype=np.int64))


def no_carrier(parcel: Parcel, carriers: Iterable[CarrierTerms]) -> Finding:
    return no_carrier_for(parcel.destination, parcel.weight, carriers)


def no_carrier_for(destination: tuple[str, str, str], weight_kg: float, carriers: Iterable[CarrierTerms]) -> Finding:
    """Why no carrier at all can take such a parcel: OVERWEIGHT when weight is every carrier's only objection."""
    refusals = [(terms, terms.refusal(*destination, weight_kg)) for terms in carriers]
    refusals = [(terms, found) for terms, found in refusals if found is not None]
    if refusals and all(found.reason == Reason.OVERWEIGHT for _, found in refusals):
        heaviest = max(terms.max_weight_kg for terms, _ in refusals)
        return Finding(Reason.OVERWEIGHT, say(
            f"重 {weight_kg:g} kg，超过所有可达快递限重（最大 {heaviest:g} kg）",
            f"weighs {weight_kg:g} kg, over every reachable carrier's limit (largest {heaviest:g} kg)"))
    reasons = "; ".join(found.detail for _, found in refusals) or say("没有快递", "no carrier is set up")
    return Finding(Reason.NO_CARRIER, say("没有快递能送达", "no carrier can take it") + f": {reasons}")
