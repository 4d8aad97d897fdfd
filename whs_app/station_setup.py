"""Which station this PC is, and the language each station's screens speak.

- The PC's own settings (which station it is, the serial scanner's port) belong to the PC, not
  to the warehouse: a small JSON file next to the database (`whs-pc.json`), never in the exe, so
  one packaged build serves every station.
- A station's language belongs to the warehouse (whoever logs in at P03 reads Chinese): it is
  kept with the warehouse settings in the store, audited like every change.
"""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from whs_app.actor import Actor
from whs_app.findings import say
from whs_app.store import Store

PC_FILE = "whs-pc.json"
LANGUAGES = ("zh_CN", "en")
_LANGUAGE_KEY = "station_language:"


class SetupRefused(ValueError):
    """The setting was not changed; the message says why (bilingual)."""


@dataclass(frozen=True)
class PcConfig:
    station: str | None = None
    serial_scanner: str | None = None

    @staticmethod
    def path_for(db: Path) -> Path:
        return Path(db).resolve().parent / PC_FILE

    @classmethod
    def load(cls, path: Path) -> PcConfig:
        """The PC's settings; defaults when the file is missing or unreadable (never an error at start)."""
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        known = {f.name for f in fields(cls)}
        return cls(**{key: value for key, value in data.items() if key in known and isinstance(value, str)})

    def save(self, path: Path) -> None:
        """Written whole, then renamed over the old file: a crash leaves the old or the new one."""
        path = Path(path)
        temporary = path.with_suffix(".tmp")
        temporary.write_text(json.dumps(asdict(self), ensure_ascii=False, indent=2), encoding="utf-8")
        os.replace(temporary, path)


def station_language(store: Store, station: str) -> str | None:
    return store.settings.get(_LANGUAGE_KEY + station)


def set_station_language(store: Store, at: str, actor: Actor, station: str, language: str) -> None:
    if language not in LANGUAGES:
        raise SetupRefused(say(f"不支持的语言 {language!r}", f"language {language!r}: choose one of {', '.join(LANGUAGES)}"))
    if store.people.station(station) is None:
        raise SetupRefused(say(f"没有打包台 {station}", f"no station {station}"))
    before = station_language(store, station)
    if before == language:
        return
    with store.transaction():
        store.settings.set(_LANGUAGE_KEY + station, language)
        store.audit.record(at, actor, "station.language", "station", station, {"from": before, "to": language})


def choose_station(store: Store, at: str, actor: Actor, station: str, config: PcConfig) -> PcConfig:
    """This PC is `station` from now on (audited); the config to save."""
    if store.people.station(station) is None:
        known = ", ".join(s["code"] for s in store.people.stations()) or "none"
        raise SetupRefused(say(f"没有打包台 {station}", f"no station {station} (known: {known})"))
    if config.station != station:
        with store.transaction():
            store.audit.record(at, actor, "pc.station", "station", station, {"from": config.station})
    return PcConfig(station, config.serial_scanner)
