"""A live warehouse with a little live history, and drills made from it, for the drill tests."""
from __future__ import annotations

import hashlib
import io
import random
from pathlib import Path

from pypdf import PdfReader

from whs_app.actor import Actor
from whs_app.clock import ManualClock
from whs_app.demo import SHOPS, seed_master_data
from whs_app.importing.service import import_records
from whs_app.review import review
from whs_app.store import Store
from whs_app.synthetic import OrderFactory

BOSS = Actor("OFFICE", "super")
LIVE_ORDERS = 40


def make_live(folder: Path) -> Path:
    """The demo catalogue, carriers and people, plus a live day of orders reviewed (live history)."""
    path = folder / "whs.db"
    clock = ManualClock("2026-11-01 09:00:00")
    with Store.open(path) as store:
        codes = seed_master_data(store, clock, random.Random(3), pool=5000)
        orders = OrderFactory(random.Random(4), codes, [s[0] for s in SHOPS], clock.now()).orders(LIVE_ORDERS)
        import_records(store, clock, BOSS, orders, source="live")
        review(store, clock, BOSS)
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pdf_text(data: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
