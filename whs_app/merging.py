"""Merge orders (合单): READY orders of one shop, buyer, receiver and address on one carrier ship as one parcel.

The earliest paid order leads the group; the others point at it with merge_leader_id and ride in
its parcel. A group never grows past its carrier's weight limit. Groups are recomputed over all
READY orders not yet on a wave, so a later order joins a group that has not been waved yet.
"""
from __future__ import annotations

from whs_app.actor import Actor
from whs_app.model import Order
from whs_app.store import Store


def merge_key(row: dict) -> tuple:
    address = " ".join(" ".join(row[part].split()) for part in ("province", "city", "district", "address"))
    return (row["shop_id"], row["buyer"].strip(), row["receiver_name"].strip(), row["receiver_phone"].strip(),
            address, row["carrier_id"])


def plan_groups(candidates: list[dict], limits: dict[int, float]) -> dict[int, int | None]:
    """order id -> its leader's id (None for a leader or a lone order); candidates in paid order."""
    groups: dict[tuple, list[list]] = {}   # key -> [[leader id, weight so far], ...]
    leaders: dict[int, int | None] = {}
    for row in candidates:
        limit = limits.get(row["carrier_id"], 0.0)
        open_groups = groups.setdefault(merge_key(row), [])
        group = next((g for g in open_groups if g[1] + row["weight_kg"] <= limit), None)
        if group is None:
            open_groups.append([row["id"], row["weight_kg"]])
            leaders[row["id"]] = None
        else:
            group[1] += row["weight_kg"]
            leaders[row["id"]] = group[0]
    return leaders


def merge_ready(store: Store, at: str, actor: Actor) -> int:
    """Regroup READY orders on no wave; returns how many orders newly joined a group. Audited."""
    candidates = store.review.merge_candidates()
    limits = {carrier.id: carrier.max_weight_kg for carrier in store.carriers.all()}
    wanted = plan_groups(candidates, limits)
    changed = [(leader, row["id"], row["merge_leader_id"]) for row in candidates
               if (leader := wanted[row["id"]]) != row["merge_leader_id"]]
    store.review.set_merge_leaders((leader, order_id) for leader, order_id, _ in changed)
    store.audit.record_many(at, actor, "order.merged", "order",
                            ((order_id, {"leader": leader}) for leader, order_id, _ in changed if leader))
    store.audit.record_many(at, actor, "order.unmerged", "order",
                            ((order_id, {"leader": old}) for leader, order_id, old in changed if not leader))
    return sum(1 for leader, _, _ in changed if leader)


def unmerge(store: Store, at: str, actor: Actor, leader_id: int) -> list[Order]:
    """Break up a merge group: every follower ships on its own again. Returns the former followers."""
    followers = store.review.followers(leader_id)
    store.review.set_merge_leaders((None, order.id) for order in followers)
    store.audit.record_many(at, actor, "order.unmerged", "order",
                            ((order.id, {"leader": leader_id}) for order in followers))
    return followers
