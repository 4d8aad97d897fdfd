"""One SQLite file on a network share is where the embedded default stops: SMB and NFS do not give
SQLite the locks it counts on, so several stations writing to one file there can corrupt it or
wait on each other for seconds. Several stations share a PostgreSQL server instead; this module
notices the share and says so (the CLI on stderr, the app at start).
"""
from __future__ import annotations

import os
import re
from datetime import datetime
from pathlib import Path, PureWindowsPath
from typing import Callable

from whs_app.findings import say
from whs_app.store.activity import RECENT
from whs_app.store.database import Store

#: Linux file system types that are a network share (or a host's folder in a VM: no working locks either).
NETWORK_FS = frozenset({"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "sshfs", "9p", "virtiofs", "afs",
                        "ceph", "glusterfs", "fuse.glusterfs", "lustre", "davfs", "fuse.davfs2", "fuse.rclone",
                        "ncpfs", "coda"})
DRIVE_REMOTE = 4     # GetDriveTypeW: a network drive


def network_share(path: str | Path, mounts: str | None = None) -> str | None:
    """The network share the file at path lives on, as a person would name it (`//nas/whs (cifs at
    /mnt/whs)`, `\\\\nas\\whs`), or None for a local disk. mounts: /proc/mounts' text (tests)."""
    if str(path) == ":memory:":
        return None
    if os.name == "nt":
        return windows_share(os.path.abspath(path), _drive_type, _remote_name)
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None     # not Linux (macOS): no table to read, no warning
    return linux_share(Path(path).resolve().as_posix(), mounts)


def linux_share(path: str, mounts: str) -> str | None:
    """The share of the longest mount point holding path, when its type is a network file system."""
    found: tuple[str, str, str] | None = None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        source, point, fstype = (_unescape(field) for field in fields[:3])
        inside = path == point or path.startswith(point.rstrip("/") + "/")
        if inside and (found is None or len(point) >= len(found[1])):
            found = (source, point, fstype)
    if found is None or found[2] not in NETWORK_FS:
        return None
    source, point, fstype = found
    return f"{source} ({fstype} at {point})"


def windows_share(path: str, drive_type: Callable[[str], int], remote_name: Callable[[str], str | None]) -> str | None:
    """A UNC path's `\\\\server\\share`, or a mapped network drive (`Z: = \\\\nas\\whs`)."""
    windows = PureWindowsPath(path)
    if windows.drive.startswith("\\\\"):
        return windows.drive
    if not windows.drive or drive_type(windows.drive + "\\") != DRIVE_REMOTE:
        return None
    remote = remote_name(windows.drive)
    return f"{windows.drive} = {remote}" if remote else windows.drive


def shared_sqlite_warning(store: Store, path: str | Path, now: datetime, *, station: str | None = None,
                          mounts: str | None = None) -> str | None:
    """A "use PostgreSQL" warning when this SQLite database sits on a network share, naming the
    share, and stronger when other stations (not `station`) wrote to it lately (activity.RECENT).
    None on PostgreSQL or a local disk."""
    if store.backend != "sqlite":
        return None
    share = network_share(path, mounts)
    if share is None:
        return None
    others = sorted(set(store.activity.recent_stations(now)) - {station})
    if not others:
        return say(f"数据库文件在网络共享 {share} 上。多个工作台请改用 PostgreSQL 服务器"
                   "（whs db migrate），不要共用网络上的 SQLite 文件",
                   f"the database file is on the network share {share}. For several stations use a "
                   "PostgreSQL server (whs db migrate), not one SQLite file on a share")
    names, minutes = ", ".join(others), int(RECENT.total_seconds() // 60)
    return say(f"危险：其他工作台 {names} 最近 {minutes} 分钟也在写这个网络共享 {share} 上的 SQLite 文件。"
               "网络共享上的 SQLite 锁不可靠，可能损坏数据库或卡住扫描。"
               "请改用 PostgreSQL 服务器（whs db migrate）",
               f"DANGER: other stations ({names}) wrote to this SQLite file on the network share {share} "
               f"in the last {minutes} minutes. SQLite's locks do not hold over a share: the database can "
               "be corrupted or scans stall. Move the warehouse to a PostgreSQL server (whs db migrate)")


_ESCAPE = re.compile(r"\\([0-7]{3})")


def _unescape(field: str) -> str:
    """/proc/mounts writes a space in a path as \\040 (and tab, newline, backslash alike)."""
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 8)), field)


def _drive_type(root: str) -> int:
    import ctypes
    return ctypes.windll.kernel32.GetDriveTypeW(root)


def _remote_name(drive: str) -> str | None:
    """The UNC path a mapped drive letter stands for (WNetGetConnectionW), None if Windows cannot say."""
    import ctypes
    size = ctypes.c_ulong(1024)
    buffer = ctypes.create_unicode_buffer(size.value)
    if ctypes.windll.mpr.WNetGetConnectionW(drive, buffer, ctypes.byref(size)) != 0:
        return None
    return buffer.value
