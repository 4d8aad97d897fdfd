"""Set-based bulk writes (store/base.py, store/audit.py) do what row-by-row statements did."""
from __future__ import annotations

from whs_app.store.base import update_by_id


def test_update_by_id_writes_each_row_and_keeps_the_last_of_a_repeated_id(store):
    store.execute("CREATE TABLE things (id INTEGER PRIMARY KEY, name TEXT, size INTEGER)")
    store.executemany("INSERT INTO things (id, name, size) VALUES (?, ?, ?)", [(1, "a", 1), (2, "b", 2), (3, "c", 3)])
    update_by_id(store, "things", ("name",), [("x", 3), ("y", 1), ("z", 3), ("ghost", 9)], fixed="size = 0")
    assert [tuple(r) for r in store.all("SELECT id, name, size FROM things ORDER BY id")] == [
        (1, "y", 0), (2, "b", 2), (3, "z", 0)]
    update_by_id(store, "things", ("name",), [])   # nothing to write: nothing written, staging gone
    temporary = ("SELECT name FROM temp.sqlite_master" if store.backend == "sqlite"
                 else "SELECT relname FROM pg_class WHERE relpersistence = 't'")
    assert store.all(temporary) == []


def test_record_each_writes_one_event_per_key_in_order(store, actor):
    store.audit.record_each("2026-11-11 10:00:00", actor, "order.ready", "order", [30, 4, "ü"], {"to": "就绪"})
    rows = store.all("SELECT entity_id, detail, station, user_login FROM audit_events WHERE action = 'order.ready'"
                     " ORDER BY id")
    assert [r[0] for r in rows] == ["30", "4", "ü"]
    assert {(r[1], r[2], r[3]) for r in rows} == {('{"to":"就绪"}', actor.station, actor.user)}
