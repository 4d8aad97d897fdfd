"""Shops, stations and users."""
from __future__ import annotations

import hashlib
import hmac

from whs_app.store.base import Repository


def hash_pin(login: str, pin: str) -> str:
    return hashlib.pbkdf2_hmac("sha256", pin.encode(), f"whs:{login}".encode(), 100_000).hex()


class ShopRepo(Repository):
    def ensure(self, code: str, name: str | None = None) -> int:
        """The shop's id, creating it (named after its code) when first seen."""
        row = self.store.one("SELECT id FROM shops WHERE code = ?", (code,))
        if row:
            return row[0]
        return self.store.insert("INSERT INTO shops (code, name) VALUES (?, ?)", (code, name or code))

    def add(self, code: str, name: str, default_carrier_id: int | None = None, sender_name: str = "",
            sender_phone: str = "", sender_address: str = "") -> int:
        return self.store.insert(
            "INSERT INTO shops (code, name, default_carrier_id, sender_name, sender_phone, sender_address)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (code, name, default_carrier_id, sender_name, sender_phone, sender_address))

    def ids_by_code(self) -> dict[str, int]:
        return {row[0]: row[1] for row in self.store.all("SELECT code, id FROM shops")}

    def get(self, shop_id: int) -> dict | None:
        row = self.store.one("SELECT * FROM shops WHERE id = ?", (shop_id,))
        return None if row is None else dict(row)

    def default_carriers(self) -> dict[int, int | None]:
        return {row[0]: row[1] for row in self.store.all("SELECT id, default_carrier_id FROM shops")}

    def set_default_carrier(self, shop_id: int, carrier_id: int | None) -> None:
        self.store.execute("UPDATE shops SET default_carrier_id = ? WHERE id = ?", (carrier_id, shop_id))


class PeopleRepo(Repository):
    def add_station(self, code: str, name: str) -> int:
        return self.store.insert("INSERT INTO stations (code, name) VALUES (?, ?)", (code, name))

    def station(self, code: str) -> dict | None:
        row = self.store.one("SELECT * FROM stations WHERE code = ?", (code,))
        return None if row is None else dict(row)

    def stations(self) -> list[dict]:
        return [dict(row) for row in self.store.all("SELECT * FROM stations ORDER BY code")]

    def add_user(self, login: str, name: str, role: str, pin: str | None = None) -> int:
        return self.store.insert(
            "INSERT INTO users (login, name, role, pin_hash) VALUES (?, ?, ?, ?)",
            (login, name, role, hash_pin(login, pin) if pin else None))

    def user(self, login: str) -> dict | None:
        row = self.store.one("SELECT id, login, name, role FROM users WHERE login = ?", (login,))
        return None if row is None else dict(row)

    def users(self) -> list[dict]:
        """Every user with `has_pin` (never the PIN's hash), by login."""
        return [dict(row) for row in self.store.all(
            "SELECT id, login, name, role, pin_hash IS NOT NULL AS has_pin FROM users ORDER BY login")]

    def supervisors(self) -> list[dict]:
        return [dict(row) for row in self.store.all(
            "SELECT id, login, name, role FROM users WHERE role = 'supervisor' ORDER BY login")]

    def has_pin(self, login: str) -> bool:
        return bool(self.store.scalar("SELECT pin_hash IS NOT NULL FROM users WHERE login = ?", (login,)))

    def count_supervisors(self) -> int:
        return self.store.scalar("SELECT COUNT(*) FROM users WHERE role = 'supervisor'")

    def set_pin(self, login: str, pin: str | None) -> None:
        """Set (or with None, clear) a user's PIN; stored as a salted hash only."""
        self.store.execute("UPDATE users SET pin_hash = ? WHERE login = ?",
                           (hash_pin(login, pin) if pin else None, login))

    def set_role(self, login: str, role: str) -> None:
        self.store.execute("UPDATE users SET role = ? WHERE login = ?", (role, login))

    def set_name(self, login: str, name: str) -> None:
        self.store.execute("UPDATE users SET name = ? WHERE login = ?", (name, login))

    def check_pin(self, login: str, pin: str) -> bool:
        row = self.store.one("SELECT pin_hash FROM users WHERE login = ?", (login,))
        return bool(row and row[0]) and hmac.compare_digest(row[0], hash_pin(login, pin))
