"""`whs carriers why ORDER_NO`: why an order's parcel ships with its carrier.

Every carrier is a candidate: either it cannot take the parcel at all (out, too heavy, not
delivering there, no tariff, not the carrier a rule pins) or it can, at a price. The latest
assignment run adds what it decided for the parcel's group and which cap bound each carrier.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

from whs_app.carriers.config import Fleet
from whs_app.carriers.parcels import Parcel, gather, pin
from whs_app.clock import Clock
from whs_app.exceptions_queue import find_order
from whs_app.store import Store


@dataclass(frozen=True)
class Candidate:
    code: str
    cost: float | None
    price: str              # how the cost is made up, or ""
    excluded: str           # why the carrier cannot take it, or ""
    run_limit: str = ""     # in the latest run: the carrier's binding cap and whether it was full


@dataclass
class Explanation:
    order_no: str
    leader_no: str
    destination: str
    weight_kg: float
    carrier: str | None
    state: str
    rule: str                           # the rule that pins the parcel, or ""
    rule_problem: str                   # why that rule's carrier cannot take it, or ""
    candidates: list[Candidate] = field(default_factory=list)
    run: dict | None = None             # latest run: id, at, kind, outcome, group

    def as_dict(self) -> dict:
        return asdict(self)

    def as_text(self) -> str:
        merged = f" (合单 with {self.leader_no})" if self.leader_no != self.order_no else ""
        lines = [f"订单 {self.order_no}{merged} → {self.carrier or '-'}  [{self.state}]",
                 f"  目的地 to {self.destination}, 重 {self.weight_kg:g} kg"]
        lines.append(f"  规则 rule: {self.rule or '无：最低运费，受各快递上限约束 / none: lowest cost within caps'}")
        if self.rule_problem:
            lines.append(f"  ✗ {self.rule_problem}")
        if self.run:
            group = self.run.get("group") or {}
            lines.append(f"  分配 run {self.run['id']} ({self.run['kind']}, {self.run['at']}): {self.run['outcome']}"
                         + (f"; 组 group {group.get('province')} +{group.get('added_kg')} kg:"
                            f" {group.get('taken')}, 剩 left {group.get('left')}" if group else ""))
        else:
            lines.append("  尚未分配 not assigned yet: runs with `whs assign` or wave planning")
        lines.append("  候选 candidates:")
        for c in sorted(self.candidates, key=lambda c: (c.excluded != "", c.cost if c.cost is not None else 0, c.code)):
            mark = "→" if c.code == self.carrier else " "
            what = f"✗ {c.excluded}" if c.excluded else f"{c.price}"
            lines.append(f"   {mark} {c.code:<5} {what}" + (f"   [{c.run_limit}]" if c.run_limit and not c.excluded else ""))
        return "\n".join(lines)


def explain(store: Store, clock: Clock, order_no: str, shop_code: str | None = None) -> Explanation:
    """Raises exceptions_queue.OrderActionRefused for an unknown or ambiguous order number."""
    order = find_order(store, order_no, shop_code)
    leader_id = order.merge_leader_id or order.id
    group = store.orders.group(leader_id)
    assignment = store.assignments.of_order(leader_id)
    day = assignment["ship_day"] if assignment else clock.now().date().isoformat()
    fleet = Fleet.load(store, day)
    parcel = gather(store.assignments.of_orders([o.id for o in group]))[0]
    pinned, problem = pin(parcel, fleet)
    carrier = fleet.carriers.get(order.carrier_id)
    leader = group[0]
    limits = json.loads(assignment["summary"]).get("limits", {}) if assignment else {}
    return Explanation(
        order.order_no, leader.order_no, parcel_destination(parcel), parcel.weight,
        carrier.code if carrier else None, str(order.state),
        pinned.rule if pinned else "", problem.detail if problem else "",
        [_candidate(terms, parcel, pinned, limits.get(terms.code)) for terms in fleet.ordered()],
        _run(assignment))


def _candidate(terms, parcel: Parcel, pinned, limit: dict | None) -> Candidate:
    refused = terms.refusal(*parcel.destination, parcel.weight)
    if refused is None and pinned is not None and pinned.carrier_id != terms.id:
        excluded = "规则指定其他快递 / the rule pins another carrier"
    else:
        excluded = refused.detail if refused else ""
    price = terms.price(parcel.destination[0], parcel.weight)
    run_limit = ""
    if limit:
        room = "∞" if limit["room"] is None else limit["room"]
        full = limit["room"] is not None and limit["taken"] >= limit["room"]
        run_limit = f"{'已满 full' if full else '有余量 room left'}: {limit['binding']} {limit['taken']}/{room}"
    return Candidate(terms.code, price.total if price else None, str(price) if price else "", excluded, run_limit)


def _run(assignment: dict | None) -> dict | None:
    if assignment is None:
        return None
    return {"id": assignment["run_id"], "at": assignment["at"], "kind": assignment["kind"],
            "outcome": assignment["outcome"], "group": json.loads(assignment["detail"]) if assignment["detail"] else None}


def parcel_destination(parcel: Parcel) -> str:
    return " ".join(part for part in parcel.destination if part)
