"""SKUs, their barcodes and their stock."""
from __future__ import annotations

from typing import Iterable, Mapping

from whs_app.model import Sku
from whs_app.store.base import Repository, placeholders


def _sku(row) -> Sku:
    return Sku(row["id"], row["code"], row["name"], row["bin"], row["weight_kg"], bool(row["hot"]))


class SkuRepo(Repository):
    def by_code(self, code: str) -> Sku | None:
        row = self.store.one("SELECT * FROM skus WHERE code = ?", (code,))
        return None if row is None else _sku(row)

    def by_barcode(self, barcode: str) -> Sku | None:
        row = self.store.one(
            "SELECT s.* FROM sku_barcodes b JOIN skus s ON s.id = b.sku_id WHERE b.barcode = ?",
            (barcode,),
        )
        return None if row is None else _sku(row)

    def by_ids(self, ids: Iterable[int]) -> dict[int, Sku]:
        ids = list(set(ids))
        if not ids:
            return {}
        rows = self.store.all(f"SELECT * FROM skus WHERE id IN ({placeholders(len(ids))})", ids)
        return {row["id"]: _sku(row) for row in rows}

    def all(self) -> list[Sku]:
        return [_sku(row) for row in self.store.all("SELECT * FROM skus ORDER BY code")]

    def ids_by_code(self) -> dict[str, int]:
        return {row[0]: row[1] for row in self.store.all("SELECT code, id FROM skus")}

    def weights(self) -> dict[int, float]:
        return {row[0]: row[1] for row in self.store.all("SELECT id, weight_kg FROM skus")}

    def barcode_owners(self) -> dict[str, str]:
        """barcode -> SKU code, for the whole catalogue."""
        rows = self.store.all("SELECT b.barcode, s.code FROM sku_barcodes b JOIN skus s ON s.id = b.sku_id")
        return {row[0]: row[1] for row in rows}

    def barcodes(self, sku_id: int) -> list[str]:
        rows = self.store.all("SELECT barcode FROM sku_barcodes WHERE sku_id = ? ORDER BY barcode", (sku_id,))
        return [row[0] for row in rows]

    def upsert(self, code: str, name: str, bin: str, weight_kg: float, hot: bool,
               barcodes: Iterable[str]) -> int:
        """Insert or update one SKU and replace its barcodes; returns its id."""
        self.store.execute(
            "INSERT INTO skus (code, name, bin, weight_kg, hot) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (code) DO UPDATE SET name = excluded.name, bin = excluded.bin,"
            " weight_kg = excluded.weight_kg, hot = excluded.hot",
            (code, name, bin, weight_kg, int(hot)),
        )
        sku_id = self.store.scalar("SELECT id FROM skus WHERE code = ?", (code,))
        self.store.execute("DELETE FROM sku_barcodes WHERE sku_id = ?", (sku_id,))
        self.store.executemany("INSERT INTO sku_barcodes (barcode, sku_id) VALUES (?, ?)",
                               ((barcode, sku_id) for barcode in barcodes))
        return sku_id

    def set_hot(self, code: str, hot: bool) -> bool:
        return self.store.execute("UPDATE skus SET hot = ? WHERE code = ?", (int(hot), code)).rowcount > 0


class StockRepo(Repository):
    """on_hand is what is on the shelf; reserved is promised to reviewed, unpacked orders."""

    def levels(self, sku_ids: Iterable[int] | None = None) -> dict[int, tuple[int, int]]:
        if sku_ids is None:
            rows = self.store.all("SELECT sku_id, on_hand, reserved FROM stock")
        else:
            ids = list(set(sku_ids))
            if not ids:
                return {}
            rows = self.store.all(
                f"SELECT sku_id, on_hand, reserved FROM stock WHERE sku_id IN ({placeholders(len(ids))})", ids)
        return {row[0]: (row[1], row[2]) for row in rows}

    def set_on_hand(self, sku_id: int, on_hand: int) -> None:
        self.store.execute(
            "INSERT INTO stock (sku_id, on_hand) VALUES (?, ?)"
            " ON CONFLICT (sku_id) DO UPDATE SET on_hand = excluded.on_hand",
            (sku_id, on_hand),
        )

    def reserve(self, quantities: Mapping[int, int]) -> None:
        self.store.executemany("UPDATE stock SET reserved = reserved + ? WHERE sku_id = ?",
                               ((qty, sku) for sku, qty in quantities.items()))

    def release(self, quantities: Mapping[int, int]) -> None:
        self.store.executemany("UPDATE stock SET reserved = reserved - ? WHERE sku_id = ?",
                               ((qty, sku) for sku, qty in quantities.items()))

    def consume(self, quantities: Mapping[int, int]) -> None:
        """Reserved units leave the shelf (packed)."""
        self.store.executemany(
            "UPDATE stock SET on_hand = on_hand - ?, reserved = reserved - ? WHERE sku_id = ?",
            ((quantities[sku], quantities[sku], sku) for sku in sorted(quantities)))   # one lock order for all stations

    def write_off(self, sku_id: int, missing: int) -> None:
        """A short pick found fewer units on the shelf than the books say."""
        self.store.execute("UPDATE stock SET on_hand = CASE WHEN on_hand - ? > reserved THEN on_hand - ? ELSE reserved END"
                           " WHERE sku_id = ?", (missing, missing, sku_id))
