"""Invariant 6: every order state change, whoever makes it, is in the audit log with station, user, time.

A trigger (test instrumentation only) records every change of orders.state; after each step of
a whole day's flow, each change must be matched by an audit event of that step that names the
order (as its entity, or by number or id in the event's detail).
"""
import json
import random
from collections import Counter

import pytest

from whs_app.actor import Actor
from whs_app.clock import ManualClock
from whs_app.codes import Command
from whs_app.demo import seed_master_data
from whs_app.exceptions_queue import cancel, find_order, release
from whs_app.importing.service import import_records
from whs_app.packing import PackingSession
from whs_app.picking import confirm_all
from whs_app.review import review
from whs_app.synthetic import DayShape, OrderFactory
from tests.review_fixtures import plan_and_release

TRIGGER = """
CREATE TEMP TABLE state_changes (order_id INTEGER, old TEXT, new TEXT);
CREATE TEMP TRIGGER watch_state AFTER UPDATE OF state ON orders WHEN old.state IS NOT new.state
BEGIN INSERT INTO state_changes VALUES (new.id, old.state, new.state); END;
"""

#: Watches state changes through a SQLite trigger.
pytestmark = pytest.mark.sqlite_only


class Watch:
    def __init__(self, store):
        self.store = store
        store.conn.executescript(TRIGGER)
        self.audit_mark = self.change_mark = 0

    def unaudited(self) -> list[tuple]:
        """State changes since the last call not matched one-to-one by audit events since then."""
        changes = self.store.all("SELECT rowid, order_id, old, new FROM state_changes WHERE rowid > ?",
                                 (self.change_mark,))
        events = self.store.all("SELECT * FROM audit_events WHERE id > ?", (self.audit_mark,))
        for event in events:
            assert event["at"] and event["station"] and event["user_login"], dict(event)
        numbers = {row[0]: row[1] for row in self.store.all("SELECT id, order_no FROM orders")}
        changed = Counter(c["order_id"] for c in changes)
        missing = [(order_id, count) for order_id, count in changed.items()
                   if sum(_names(e, order_id, numbers[order_id]) for e in events) < count]
        if changes:
            self.change_mark = changes[-1]["rowid"]
        if events:
            self.audit_mark = events[-1]["id"]
        return missing


def _names(event, order_id: int, order_no: str) -> bool:
    if event["entity"] == "order" and event["entity_id"] == str(order_id):
        return True
    detail = json.dumps(json.loads(event["detail"]), ensure_ascii=False)
    return order_no in detail or f"{order_id}" in json.loads(event["detail"]).get("order_ids", [])


@pytest.fixture
def day(store):
    clock = ManualClock("2026-11-11 01:00:00")
    rng = random.Random(6)
    codes = seed_master_data(store, clock, rng, pool=5000)
    shape = DayShape(refund_requested=0.1, attention_message=0.1, incomplete_address=0.05, unpaid=0.05)
    factory = OrderFactory(rng, codes, ["tmall-flagship", "taobao-outlet"], clock.now().replace(hour=0), shape)
    return clock, factory


def test_invariant_6_every_state_change_of_a_whole_day_is_audited(store, day):
    clock, factory = day
    office, packer = Actor("OFFICE", "super"), Actor("P03", "packer03")
    watch = Watch(store)
    steps = []

    def step(name, action):
        clock.advance(minutes=7)
        action()
        steps.append((name, watch.unaudited()))

    step("import", lambda: import_records(store, clock, office, factory.orders(400), source="day.jsonl"))
    step("review", lambda: review(store, clock, office))
    exceptions = store.exceptions.open_queue(limit=10)
    step("release", lambda: release(store, clock, office, find_order(store, exceptions[0]["order_no"]),
                                    waive=[exceptions[0]["reason"]] if exceptions[0]["reason"] in (
                                        "message_keyword", "refund_requested") else []))
    step("cancel", lambda: cancel(store, clock, office, find_order(store, exceptions[1]["order_no"])))
    clock.set("2026-11-11 17:00:00")
    step("waves", lambda: plan_and_release(store, clock, office))
    # The demo shops are no longer bound to one carrier (issue 5): take the fullest wave, not the first.
    wave = max(store.waves.summaries(), key=lambda w: w["parcels"])
    step("pick", lambda: confirm_all(store, clock, office, wave["id"]))
    slots = store.waves.slots(wave["id"])
    barcodes = {sku.id: store.skus.barcodes(sku.id)[0] for sku in store.skus.all()}
    session = PackingSession(store, clock, packer)

    def units(slot):
        return [barcodes[line.sku_id] for order in store.orders.group(slot["id"])
                for line in store.orders.lines([order.id])[order.id] for _ in range(line.quantity)]

    step("pack", lambda: [session.scan(code) for code in [slots[0]["order_no"], *units(slots[0])]])
    step("abandon", lambda: [session.scan(code) for code in [slots[1]["order_no"], Command.CANCEL]])
    assert all(not missing for _, missing in steps), [s for s in steps if s[1]]
    assert len(store.all("SELECT * FROM state_changes")) > 400
