"""Which station this PC is, and the language each station's screens speak.

- The PC's own settings (which station it is, the serial scanner's port) belong to the PC, not
  to the warehouse: a small JSON file next to the database (`whs-pc.json`), never in the exe, so
  one packaged build serves every station.
- Which database the PC opens when no --db / WHS_DB says so (a PostgreSQL server shared by the
  stations, or a SQLite file) is in that file in the user's data folder (`PcConfig.in_data_folder`).
- A station's language belongs to the warehouse (whoever logs in at P03 reads Chinese): it is
  kept with the warehouse settings in the store, audited like every change.
"""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from whs_app.actor import Actor
from whs_app.findings import say
from whs_app.store import Store, default_db_path
from whs_app.store.dialect import is_postgres_url, masked

PC_FILE = "whs-pc.json"
LANGUAGES = ("zh_CN", "en")
_LANGUAGE_KEY = "station_language:"


class SetupRefused(ValueError):
    """The setting was not changed; the message says why (bilingual)."""


@dataclass(frozen=True)
class PcConfig:
    station: str | None = None
    serial_scanner: str | None = None
    database: str = ""      # in the data folder's file: what the PC opens without --db ("": whs.db there)

    @staticmethod
    def path_for(db: str | Path) -> Path:
        """Next to a SQLite database; for a PostgreSQL one (no local file) in the user's data folder."""
        if is_postgres_url(db):
            return default_db_path().parent / PC_FILE
        return Path(db).resolve().parent / PC_FILE

    @staticmethod
    def in_data_folder() -> Path:
        """The PC file in the user's data folder: its `database` decides when no --db / WHS_DB is given."""
        return PcConfig.path_for(default_db_path())

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
    return replace(config, station=station)


def choose_database(store: Store, at: str, actor: Actor, location: str, home: PcConfig, current: PcConfig) -> PcConfig:
    """This PC opens location (a PostgreSQL URL or a SQLite file's full path) from the next start,
    audited in the database it uses now; the config to save in `PcConfig.in_data_folder()` (home is
    what that file holds). The station and serial scanner of the database used now (current) go
    along, so the PC stays the station it is."""
    location = checked_location(location)
    with store.transaction():
        store.audit.record(at, actor, "pc.database", "station", actor.station,
                           {"from": masked(home.database), "to": masked(location)})
    return replace(home, database=location, station=current.station or home.station,
                   serial_scanner=current.serial_scanner or home.serial_scanner)


def checked_location(text: str) -> str:
    """A database as typed on the Settings screen: a PostgreSQL URL as given, an existing file as its
    full path; SetupRefused (saying why) for anything else."""
    text = text.strip()
    if is_postgres_url(text):
        import psycopg
        try:
            psycopg.conninfo.conninfo_to_dict(text)
        except psycopg.Error:       # (its message would show the password)
            raise SetupRefused(say(f"数据库地址无效：{masked(text)}",
                                   f"not a usable PostgreSQL URL: {masked(text)}")) from None
        return text
    if "://" in text:
        raise SetupRefused(say("只支持 PostgreSQL 地址 (postgresql://…) 或数据库文件的完整路径",
                               "give a PostgreSQL URL (postgresql://user:password@host:5432/whs) or a database "
                               "file's full path"))
    if not Path(text).expanduser().is_absolute():
        raise SetupRefused(say(f"{text}：请给出完整路径", f"{text}: give the database file's full path"))
    path = Path(text).expanduser()
    if not path.is_file():
        raise SetupRefused(say(f"没有数据库文件 {path}", f"no database file at {path}"))
    return str(path)
