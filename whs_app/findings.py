"""A finding: why an order leaves the line, as a reason code and words a person reads (中文 / English)."""
from __future__ import annotations

from dataclasses import dataclass

from whs_app.model import Reason


@dataclass(frozen=True)
class Finding:
    reason: Reason
    detail: str


def say(chinese: str, english: str) -> str:
    return f"{chinese} / {english}"
