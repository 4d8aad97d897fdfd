"""`whs db migrate` and `whs db info`, on a SQLite file and on a throwaway PostgreSQL server: a shared
server is upgraded once by `db migrate`, never by a station opening it."""
from __future__ import annotations

import json
from contextlib import contextmanager
from datetime import datetime, timedelta

import pytest
from click.testing import CliRunner

from whs_app.actor import Actor
from whs_app.cli import cli
from whs_app.clock import stamp
from whs_app.store import Store, StoreError, migrations
from tests.pg_cluster import free_port, server_bin

LATEST = migrations.latest_version()


def whs(db, *args):
    return CliRunner().invoke(cli, ["--db", str(db), *args])


@pytest.fixture
def pg(request):
    """The session's throwaway server (tests/conftest.py pg_template); each test makes its own databases."""
    if server_bin() is None:
        pytest.skip("no PostgreSQL server binaries on this machine (Debian: apt-get install postgresql-15)")
    return request.getfixturevalue("pg_template")


@pytest.fixture
def pg_url(pg, request):
    name = f"cli_db_{request.node.name[-40:].lower()}"
    pg.drop_database(name)
    yield pg.create_database(name)
    pg.drop_database(name)


@contextmanager
def previous_app_version():
    """Inside, this app's schema stops one migration short: what the release before it made."""
    shipped = migrations.available()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(migrations, "available", lambda: shipped[:-1])
        yield


def write_events(location, times_and_stations: list[tuple[datetime, str]]) -> None:
    with Store.open(location, create=False) as store, store.transaction():
        for when, station in times_and_stations:
            store.audit.record(stamp(when), Actor(station, "someone"), "test.event", "test", 1)


# -- PostgreSQL ------------------------------------------------------------------------------------
def test_a_new_server_database_is_refused_to_stations_until_db_migrate(pg_url):
    with pytest.raises(StoreError, match="whs db migrate"):
        Store.open(pg_url, create=False)

    info = whs(pg_url, "--json", "db", "info")
    assert info.exit_code == 0, info.output
    assert json.loads(info.stdout) == {
        "backend": "postgresql", "location": pg_url, "schema_version": 0, "app_schema_version": LATEST,
        "state": "empty", "stations_writing": 0, "stations": [], "network_share": None}

    result = whs(pg_url, "db", "migrate")
    assert result.exit_code == 0, result.output
    assert f"schema 0 → {LATEST}" in result.stdout and "upgraded" in result.stdout

    with Store.open(pg_url, create=False) as station:       # a station opens it as it is
        assert station.backend == "postgresql" and "orders" in station.table_names()

    again = whs(pg_url, "--json", "db", "migrate")
    assert json.loads(again.stdout) == {"backend": "postgresql", "location": pg_url, "before": LATEST,
                                        "after": LATEST, "latest": LATEST}


def test_after_an_app_upgrade_stations_wait_for_db_migrate(pg_url):
    with previous_app_version():
        Store.open(pg_url).close()
    with pytest.raises(StoreError, match=f"version {LATEST - 1}, older than this app's {LATEST}.*whs db migrate"):
        Store.open(pg_url, create=False)
    assert "older: run `whs db migrate`" in whs(pg_url, "db", "info").stdout

    result = whs(pg_url, "--json", "db", "migrate")
    assert json.loads(result.stdout)["before"] == LATEST - 1
    assert json.loads(result.stdout)["after"] == LATEST
    Store.open(pg_url, create=False).close()


def test_info_masks_the_password_and_names_the_stations_writing_now(pg_url):
    url = pg_url.replace("whs@", "whs:s3cret-pw@")      # the throwaway server trusts; the password is only shown
    assert whs(url, "db", "migrate").exit_code == 0
    now = datetime.now().replace(microsecond=0)
    write_events(url, [(now - timedelta(hours=2), "P09"), (now - timedelta(minutes=3), "P02"),
                       (now - timedelta(minutes=1), "P01"), (now, "P02")])

    result = whs(url, "db", "info")
    assert result.exit_code == 0, result.output
    assert "s3cret" not in result.output
    assert "whs:***@127.0.0.1" in result.stdout
    assert "backend     postgresql" in result.stdout
    assert f"schema      {LATEST} (this app 本程序: {LATEST}) — up to date" in result.stdout
    assert "2 station(s) in the last 15 min" in result.stdout and "P01, P02" in result.stdout
    assert json.loads(whs(url, "--json", "db", "info").stdout)["stations"] == ["P01", "P02"]


def test_a_schema_newer_than_the_app_is_refused_with_exit_2(pg_url):
    Store.open(pg_url).close()
    with Store.open(pg_url) as store:
        store.execute("INSERT INTO schema_version (version) VALUES (?)", (LATEST + 1,))
    result = whs(pg_url, "db", "migrate")
    assert result.exit_code == 2
    assert f"newer than this app supports ({LATEST})" in result.stderr
    assert "newer than this app: upgrade whs" in whs(pg_url, "db", "info").stdout


def test_an_unreachable_server_is_a_clear_error_with_exit_2():
    url = f"postgresql://whs:pw@127.0.0.1:{free_port()}/whs"    # nothing listens there
    for command in ("migrate", "info"):
        result = whs(url, "db", command)
        assert result.exit_code == 2, result.output
        assert "cannot reach the database server 127.0.0.1" in result.stderr
        assert "pw@" not in result.stderr


# -- SQLite ----------------------------------------------------------------------------------------
def test_sqlite_migrate_and_info(tmp_path):
    db = tmp_path / "w.db"
    with previous_app_version():
        Store.open(db).close()
    assert f"schema      {LATEST - 1} (this app 本程序: {LATEST})" in whs(db, "db", "info").stdout

    result = whs(db, "--json", "db", "migrate")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {"backend": "sqlite", "location": str(db), "before": LATEST - 1,
                                         "after": LATEST, "latest": LATEST}
    write_events(db, [(datetime.now(), "P05")])
    info = json.loads(whs(db, "--json", "db", "info").stdout)
    assert (info["backend"], info["state"], info["stations"], info["network_share"]) == \
        ("sqlite", "current", ["P05"], None)


def test_sqlite_refusals_exit_2_and_change_nothing(tmp_path):
    missing = tmp_path / "nowhere.db"
    result = whs(missing, "db", "migrate")
    assert result.exit_code == 2 and "no such database" in result.stderr
    assert not missing.exists()

    junk = tmp_path / "notes.db"
    junk.write_text("not a database\n" * 100, encoding="utf-8")
    result = whs(junk, "db", "info")
    assert result.exit_code == 2 and "not a usable whs database" in result.stderr
    assert junk.read_text(encoding="utf-8").startswith("not a database")

    newer = tmp_path / "newer.db"
    with Store.open(newer) as store:
        store.execute("INSERT INTO schema_version (version) VALUES (?)", (LATEST + 1,))
    result = whs(newer, "db", "migrate")
    assert result.exit_code == 2 and "upgrade whs" in result.stderr


def test_a_command_on_a_sqlite_file_on_a_share_warns_on_stderr(tmp_path, monkeypatch):
    db = tmp_path / "w.db"
    Store.open(db).close()
    monkeypatch.setattr("whs_app.store.sharing.network_share", lambda path, mounts=None: "//nas/whs (cifs at /mnt)")
    result = whs(db, "--json", "status")
    assert result.exit_code == 0
    assert "use a PostgreSQL server" in result.stderr and "//nas/whs" in result.stderr
    assert json.loads(result.stdout)["orders_total"] == 0         # stdout stays machine-readable
