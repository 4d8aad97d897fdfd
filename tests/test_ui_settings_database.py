"""The Settings screen's database field: where this PC's database is (password masked), a connection
test run on the office worker as a station would open it, and Save into the user's data folder's PC
file, which the next start follows when no --db / WHS_DB is given."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from whs_app.station_setup import PC_FILE, PcConfig
from whs_app.store import Store, migrations
from ui.app import parse_args
from tests.pg_cluster import free_port
from tests.ui_fixtures import shown_settings, focus, office, qt_warnings  # noqa: F401


@pytest.fixture
def data_folder(tmp_path, monkeypatch) -> Path:
    """The user's data folder (platformdirs follows XDG_DATA_HOME), empty."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("WHS_DB", raising=False)
    return PcConfig.in_data_folder().parent


@pytest.fixture
def screen(qtbot, store, warehouse, office, data_folder):
    return shown_settings(qtbot, office, Path(store.path))


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_field_shows_the_database_in_use_and_tests_a_file_by_keyboard(qtbot, screen, store, tmp_path):
    assert screen.database_now.text() == f"Now: {store.path}"
    assert not screen.database_test_button.isEnabled() and not screen.database_save_button.isEnabled()
    other = tmp_path / "other" / "whs.db"
    Store.open(other).close()

    focus(qtbot, screen.database_edit)
    qtbot.keyClicks(screen.database_edit, str(other))
    assert screen.database_test_button.isEnabled()
    qtbot.keyClick(screen.database_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.message.text().startswith("Connected"), timeout=5000)
    assert screen.message.text() == f"Connected: schema {migrations.latest_version()}."


def test_a_server_that_does_not_answer_is_said_without_the_password(qtbot, screen):
    qtbot.keyClicks(screen.database_edit, f"postgresql://whs:s3cret@127.0.0.1:{free_port()}/whs")
    click(qtbot, screen.database_test_button)
    qtbot.waitUntil(lambda: "cannot reach the database server 127.0.0.1" in screen.message.text(), timeout=10_000)
    assert "s3cret" not in screen.message.text()


def test_a_file_that_is_not_a_whs_database_is_refused(qtbot, screen, tmp_path):
    junk = tmp_path / "notes.txt"
    junk.write_text("shopping list\n" * 200, encoding="utf-8")
    qtbot.keyClicks(screen.database_edit, str(junk))
    click(qtbot, screen.database_test_button)
    qtbot.waitUntil(lambda: "not a usable whs database" in screen.message.text(), timeout=5000)


def test_save_points_this_pc_at_a_server_from_the_next_start(qtbot, screen, store, data_folder):
    PcConfig("P02", "COM5").save(PcConfig.path_for(store.path))      # this PC is P02 on today's database
    url = "postgresql://whs:s3cret@192.0.2.10:5432/whs"
    qtbot.keyClicks(screen.database_edit, url)
    with qtbot.waitSignal(screen.loaded, timeout=5000):
        click(qtbot, screen.database_save_button)

    saved = json.loads((data_folder / PC_FILE).read_text(encoding="utf-8"))
    assert saved == {"station": "P02", "serial_scanner": "COM5", "database": url}
    masked_url = "postgresql://whs:***@192.0.2.10:5432/whs"
    assert screen.message.text() == f"This PC opens {masked_url} from the next start."
    assert screen.database_now.text() == f"Now: {store.path}\nFrom the next start: {masked_url}"
    assert screen.database_edit.text() == ""                       # the password does not stay on screen
    event = store.audit.for_entity("station", "P01")[-1]
    assert event["action"] == "pc.database" and "s3cret" not in event["detail"] and masked_url in event["detail"]

    options = parse_args(["--user", "packer2"])                   # the next start, no --db, no WHS_DB
    assert (options.db, options.station, options.serial_scanner) == (url, "P02", "COM5")
    assert parse_args(["--db", str(store.path)]).db == Path(store.path)     # --db still wins


def test_save_refuses_what_is_not_a_database_and_writes_nothing(qtbot, screen, data_folder):
    for typed, why in (("whs.db", "give the database file's full path"),
                       ("mysql://root@db/whs", "give a PostgreSQL URL"),
                       ("/nowhere/whs.db", "no database file at /nowhere/whs.db")):
        screen.database_edit.setText(typed)
        click(qtbot, screen.database_save_button)
        qtbot.waitUntil(lambda: why in screen.message.text(), timeout=5000)
    assert not (data_folder / PC_FILE).exists()


def test_a_pc_on_a_server_is_told_its_station_choice_stays_in_its_data_folder(qtbot, store, warehouse, office,
                                                                              data_folder):
    on_server = shown_settings(qtbot, office, "postgresql://whs@192.0.2.1:5432/whs")
    on_file = shown_settings(qtbot, office, Path(store.path))
    assert "data folder" in on_server.station_note.text() and "next to the database" in on_file.station_note.text()
