import sqlite3

import pytest

from whs_app.store import Store, StoreError
from whs_app.store.errors import IntegrityError
from whs_app.store import migrations


def test_new_database_is_at_latest_version_in_wal_mode(tmp_path):
    with Store.open(tmp_path / "a.db") as store:
        assert migrations.current_version(store.conn, store.backend) == migrations.latest_version()
        assert store.scalar("PRAGMA journal_mode") == "wal"
        assert store.scalar("PRAGMA foreign_keys") == 1
        assert store.scalar("PRAGMA busy_timeout") == 5000


def test_database_from_a_newer_app_is_refused_with_a_clear_message(tmp_path):
    path = tmp_path / "future.db"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO schema_version VALUES (999)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="999.*upgrade whs"):
        Store.open(path)


def test_older_database_is_upgraded_in_place(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    Store.open(path).close()
    newer = migrations.available() + [(migrations.latest_version() + 1,
                                       "CREATE TABLE later_feature (id INTEGER PRIMARY KEY);")]
    monkeypatch.setattr(migrations, "available", lambda: newer)
    with Store.open(path) as store:
        assert migrations.current_version(store.conn, store.backend) == newer[-1][0]
        assert store.scalar("SELECT COUNT(*) FROM later_feature") == 0


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("this is not sqlite " * 100)
    with pytest.raises(StoreError, match="not a usable whs database"):
        Store.open(path)


def test_missing_database_is_refused_when_not_creating(tmp_path):
    with pytest.raises(StoreError, match="whs init"):
        Store.open(tmp_path / "none.db", create=False)


def test_transaction_rolls_back_everything_on_error(store):
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.settings.set("a", 1)
            with store.transaction():
                store.settings.set("b", 2)
            raise RuntimeError("boom")
    assert store.settings.all() == {}


def test_waybill_draw_never_repeats_and_stops_when_pool_is_empty(store, warehouse):
    carrier = warehouse.carrier_ids["SF"]
    store.waybills.add_range(store.carriers.add("EMS", "EMS", 30), "E", 1, 3, 4, "2026-11-11 00:00:00")
    ems = store.carriers.by_code("EMS").id
    with store.transaction():
        drawn = [store.waybills.draw(ems, "2026-11-11 00:00:00", None) for _ in range(4)]
    assert drawn == ["E0001", "E0002", "E0003", None]
    assert store.waybills.balance(ems) == 0
    assert store.waybills.balance(carrier) == 1000
    with pytest.raises(IntegrityError):
        store.execute("INSERT INTO waybills (number, carrier_id, range_id, drawn_at) VALUES ('E0001', ?, 1, 'x')",
                      (ems,))


def _rows_in_main_file(path) -> int:
    """Settings rows in the database file itself, ignoring the WAL (immutable=1 reads no WAL)."""
    conn = sqlite3.connect(f"file:{path}?immutable=1", uri=True)
    try:
        return conn.execute("SELECT COUNT(*) FROM settings").fetchone()[0]
    except sqlite3.OperationalError:  # not even the schema has reached the file yet
        return 0
    finally:
        conn.close()


@pytest.mark.parametrize("background", [True, False])
def test_background_checkpoint_moves_the_wal_into_the_database_off_the_foreground(tmp_path, background):
    import time

    path = tmp_path / "station.db"
    with Store.open(path, background_checkpoint=background) as store:
        if not background:
            store.execute("PRAGMA wal_autocheckpoint = 0")  # what a station would be without the thread
        for n in range(300):
            with store.transaction():
                store.settings.set(f"k{n}", "x" * 500)
        deadline = time.monotonic() + (10 if background else 2.5)
        while time.monotonic() < deadline and _rows_in_main_file(path) < 300:
            time.sleep(0.1)
        assert (_rows_in_main_file(path) == 300) == background
    with Store.open(path) as again:
        assert len(again.settings.all()) == 300
