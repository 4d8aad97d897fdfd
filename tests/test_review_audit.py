"""Invariant 6: every order state change made by review, exceptions, waves and picking is in the audit
log with station, user and time, and the logged changes chain from the old state to the new one."""
import json

from whs_app.actor import Actor
from whs_app.exceptions_queue import cancel, hold, release
from whs_app.model import Reason
from whs_app.picking import confirm, confirm_all
from whs_app.review import review
from tests.review_fixtures import add_orders, configure, new_order, plan_and_release


def snapshot(store):
    return ({row[0]: row[1] for row in store.all("SELECT id, state FROM orders")},
            store.scalar("SELECT COALESCE(MAX(id), 0) FROM audit_events"))


def assert_audited(store, before, actor, at):
    states, last_event = before
    now, _ = snapshot(store)
    changed = {order_id for order_id, state in now.items() if states.get(order_id) != state}
    assert changed, "the step under test changed no order: the check would prove nothing"
    for order_id in changed:
        rows = store.all("SELECT * FROM audit_events WHERE entity = 'order' AND entity_id = ? AND id > ? ORDER BY id",
                         (str(order_id), last_event))
        steps = [(json.loads(row["detail"]), row) for row in rows]
        steps = [(detail, row) for detail, row in steps if "to" in detail]
        assert steps, f"order {order_id}: {states[order_id]} -> {now[order_id]} not in the audit log"
        chain = [states[order_id]] + [detail["to"] for detail, _ in steps]
        assert [detail["from"] for detail, _ in steps] == chain[:-1] and chain[-1] == now[order_id]
        for _, row in steps:
            assert (row["station"], row["user_login"], row["at"]) == (actor.station, actor.user, at)


def multi_wave(store):
    return next(w["code"] for w in store.waves.summaries() if w["kind"] == "multi")


def test_every_state_change_is_audited(store, warehouse, clock, actor):
    boss = Actor("OFFICE", "boss")
    configure(store, pack_mode="batch")
    at = "2026-11-11 08:00:00"
    add_orders(store, clock, *(new_order(f"O{i}", [("TSHIRT-W-M", 1), ("SOCKS-5P", i % 3 + 1)],
                                         buyer=f"tb_{i % 4}", paid_at=f"2026-11-11 0{i % 10}:00:00")
                               for i in range(12)),
               new_order("BAD", address=""), new_order("MSG", buyer_message="追单"),
               new_order("SHORT", [("MUG-350", 9)]))
    steps = [
        (actor, lambda: review(store, clock, actor)),
        (boss, lambda: release(store, clock, boss, store.orders.find("MSG")[0], [Reason.MESSAGE_KEYWORD])),
        (boss, lambda: cancel(store, clock, boss, store.orders.find("BAD")[0])),
        (actor, lambda: plan_and_release(store, clock, actor)),   # released by boss
        (boss, lambda: hold(store, clock, boss, store.orders.find("O0")[0])),
        (actor, lambda: confirm(store, clock, actor, multi_wave(store), "A-01-01", 2)),
        (actor, lambda: confirm_all(store, clock, actor, multi_wave(store))),
    ]
    for who, step in steps:
        before = snapshot(store)
        step()
        assert_audited(store, before, who, at)
