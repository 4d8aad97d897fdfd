"""Corrections a person makes to an order's own data (the address a buyer asked to change)."""
from __future__ import annotations

from typing import Mapping

from whs_app.store.base import Repository

#: The parts of the receiver's address, as the orders table names them.
ADDRESS_FIELDS = ("receiver_name", "receiver_phone", "province", "city", "district", "address")


class CorrectionRepo(Repository):
    def set_address(self, order_id: int, address: Mapping[str, str]) -> None:
        """Write every part of the receiver's address (all of ADDRESS_FIELDS)."""
        values = [address[name] for name in ADDRESS_FIELDS]
        sets = ", ".join(f"{name} = ?" for name in ADDRESS_FIELDS)
        self.store.execute(f"UPDATE orders SET {sets} WHERE id = ?", (*values, order_id))
