"""A station follows the drill pointer: into the drill database when a drill starts, back to live
when it stops, and stays put on a damaged pointer."""
from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

from whs_app.drill.pointer import clear_pointer, new_active, pointer_path, write_pointer
from ui.drill import DrillWatch
from tests.ui_fixtures import make_app, qt_warnings, translators  # noqa: F401


def test_the_watch_says_changed_when_a_drill_starts_and_again_when_it_stops(qtbot, store, tmp_path):
    live = Path(store.path)
    drill_db = tmp_path / "drills" / "d1.db"
    drill_db.parent.mkdir()
    shutil.copyfile(live, drill_db)
    watch = DrillWatch(live, live, interval_ms=60_000)
    with qtbot.assertNotEmitted(watch.changed):
        watch.check()
    write_pointer(live, new_active(drill_db, "d1", "stations", datetime(2026, 11, 11), 1.0))
    with qtbot.waitSignal(watch.changed, timeout=1000):
        watch.check()

    in_drill = DrillWatch(live, drill_db, interval_ms=60_000)
    with qtbot.assertNotEmitted(in_drill.changed):
        in_drill.check()
    assert clear_pointer(live)
    with qtbot.waitSignal(in_drill.changed, timeout=1000):
        in_drill.check()


def test_a_damaged_pointer_keeps_the_station_where_it_is(qtbot, store, caplog):
    live = Path(store.path)
    pointer_path(live).write_text("{not json", encoding="utf-8")
    watch = DrillWatch(live, live, interval_ms=60_000)
    with qtbot.assertNotEmitted(watch.changed):
        watch.check()
    assert "damaged" in caplog.text


def test_a_drill_database_shows_the_banner(qtbot, store, warehouse, make_app):
    with store.transaction():
        store.settings.set("drill", "rehearsal 2026-11-01")
    app = make_app()
    qtbot.waitUntil(app.window.drill.isVisible, timeout=5000)
