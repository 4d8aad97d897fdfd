"""One SQLite file on a network share: noticed from the mounts table (or Windows' drive type) and
answered with a "use PostgreSQL" warning that names the share and the other stations writing to it.
The stations writing lately come from the audit log (store/activity.py), on both backends."""
from __future__ import annotations

from datetime import timedelta

import pytest

from whs_app.actor import Actor
from whs_app.clock import stamp
from whs_app.store.sharing import DRIVE_REMOTE, linux_share, network_share, shared_sqlite_warning, windows_share

DRIVE_FIXED = 3
MOUNTS = """\
sysfs /sys sysfs rw,nosuid,nodev,noexec,relatime 0 0
/dev/nvme0n1p2 / ext4 rw,relatime 0 0
tmpfs /tmp tmpfs rw,nosuid,nodev 0 0
//nas/warehouse /mnt/wh cifs rw,relatime,vers=3.1.1,cache=strict,username=whs 0 0
/dev/sdb1 /mnt/wh/local\\040disk ext4 rw,relatime 0 0
nas:/export/whs /srv/whs\\040data nfs4 rw,relatime,vers=4.2 0 0
me@host:/home/me /home/me/remote fuse.sshfs rw,nosuid,nodev 0 0
"""


@pytest.mark.parametrize("path, share", [
    ("/mnt/wh/whs.db", "//nas/warehouse (cifs at /mnt/wh)"),
    ("/mnt/wh/2026/双十一/whs.db", "//nas/warehouse (cifs at /mnt/wh)"),
    ("/srv/whs data/whs.db", "nas:/export/whs (nfs4 at /srv/whs data)"),      # \040 is a space
    ("/home/me/remote/whs.db", "me@host:/home/me (fuse.sshfs at /home/me/remote)"),
    ("/mnt/wh/local disk/whs.db", None),        # a local disk mounted inside the share
    ("/mnt/whs.db", None),                      # /mnt/wh is not a prefix of /mnt/whs.db's folder
    ("/mnt/whx/whs.db", None),
    ("/tmp/whs.db", None),
    ("/home/me/whs.db", None),
])
def test_the_share_of_a_path_comes_from_the_mount_holding_it(path, share):
    assert linux_share(path, MOUNTS) == share


def test_a_relative_path_is_resolved_before_the_lookup(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    mounts = f"server:/x {tmp_path} nfs rw 0 0\n/dev/sda1 / ext4 rw 0 0\n"
    assert network_share("whs.db", mounts) == f"server:/x (nfs at {tmp_path})"
    assert network_share(":memory:", mounts) is None


def test_windows_unc_paths_and_mapped_network_drives():
    types = {"C:\\": DRIVE_FIXED, "Z:\\": DRIVE_REMOTE, "Y:\\": DRIVE_REMOTE}
    names = {"Z:": "\\\\nas\\warehouse"}
    share = lambda path: windows_share(path, types.__getitem__, names.get)      # noqa: E731
    assert share("\\\\nas\\warehouse\\whs.db") == "\\\\nas\\warehouse"
    assert share("//nas/warehouse/data/whs.db") == "\\\\nas\\warehouse"
    assert share("Z:\\whs\\whs.db") == "Z: = \\\\nas\\warehouse"
    assert share("Y:\\whs.db") == "Y:"                       # Windows could not name it: the drive letter
    assert share("C:\\Users\\whs\\AppData\\Local\\whs\\whs.db") is None


@pytest.fixture
def on_share(tmp_path):
    """A mounts table on which the test store's folder is an SMB share."""
    return f"//nas/warehouse {tmp_path} cifs rw 0 0\n/dev/sda1 / ext4 rw 0 0\n"


def record(store, at, station: str) -> None:
    store.audit.record(stamp(at), Actor(station, "someone"), "test.event", "test", 1)


@pytest.mark.sqlite_only
def test_a_sqlite_file_on_a_share_gets_a_use_postgresql_warning(store, clock, on_share):
    warning = shared_sqlite_warning(store, store.path, clock.now(), station="P01", mounts=on_share)
    assert "PostgreSQL" in warning and "//nas/warehouse" in warning and "网络共享" in warning
    assert "DANGER" not in warning

    record(store, clock.now(), "P01")                                  # this station itself
    record(store, clock.now() - timedelta(hours=1), "P07")             # long ago
    assert "DANGER" not in shared_sqlite_warning(store, store.path, clock.now(), station="P01", mounts=on_share)

    record(store, clock.now() - timedelta(minutes=10), "P03")
    record(store, clock.now() - timedelta(minutes=2), "P02")
    warning = shared_sqlite_warning(store, store.path, clock.now(), station="P01", mounts=on_share)
    assert warning.startswith("危险：其他工作台 P02, P03 最近 15 分钟")
    assert "DANGER: other stations (P02, P03) wrote to this SQLite file on the network share //nas/warehouse" in warning
    assert "P07" not in warning and "P01" not in warning


def test_no_warning_on_a_local_disk_or_a_server(store, clock):
    local = "/dev/sda1 / ext4 rw 0 0\n"
    record(store, clock.now(), "P02")
    assert shared_sqlite_warning(store, store.path, clock.now(), station="P01", mounts=local) is None
    if store.backend == "postgresql":
        assert shared_sqlite_warning(store, store.path, clock.now(), mounts="//nas/x / cifs rw 0 0\n") is None


def test_the_stations_writing_lately_from_a_long_log(store, clock):
    """More events in the window than one look back covers: the walk back by id still finds every
    station of the window, and none before it."""
    start = clock.now() - timedelta(hours=2)
    events = [(stamp(start + timedelta(seconds=i // 10)), "OLD" if i < 100 else f"P{i % 7:02d}" if i < 35_000
               else f"Q{i % 3}") for i in range(40_000)]          # ten a second: 9,000 in the last 15 minutes
    store.executemany("INSERT INTO audit_events (at, station, user_login, action, entity, entity_id)"
                      " VALUES (?, ?, 'u', 'test.event', 'test', '1')", events)

    def latest_since(since: str) -> dict[str, str]:
        found: dict[str, str] = {}
        for at, station in events:
            if at >= since:
                found[station] = max(at, found.get(station, at))
        return found

    now = start + timedelta(seconds=3999)
    recent = store.activity.recent_stations(now)
    assert recent == latest_since(stamp(now - timedelta(minutes=15)))
    assert sorted(recent) == ["P00", "P01", "P02", "P03", "P04", "P05", "P06", "Q0", "Q1", "Q2"]
    for since in (start, start + timedelta(seconds=3500), now + timedelta(seconds=1)):
        assert store.activity.stations_since(stamp(since)) == latest_since(stamp(since))
