"""Who does a thing and where: every audit event names both (DESIGN invariant 6)."""
from __future__ import annotations

import getpass
import os
import socket
from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    station: str
    user: str

    @classmethod
    def from_environment(cls, station: str | None = None, user: str | None = None) -> "Actor":
        """The CLI's actor: flags first, then WHS_STATION / WHS_USER, then host and login names."""
        return cls(
            station=station or os.environ.get("WHS_STATION") or socket.gethostname() or "station",
            user=user or os.environ.get("WHS_USER") or _login_name(),
        )


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"
