"""Addresses given in one field, as Taobao exports them: `浙江省 杭州市 西湖区 文三路 100号(310000)`."""
from __future__ import annotations

import re

_POSTCODE = re.compile(r"\s*[(（]\s*\d{6}\s*[)）]\s*$")
_ADMIN_SUFFIXES = ("省", "市", "区", "县", "旗", "盟", "州", "自治区", "特别行政区")


def split_address(text: str) -> tuple[str, str, str, str]:
    """(province, city, district, detail). The trailing postcode goes. With fewer than four parts,
    the last one is the street detail unless it names a region; missing parts stay blank (review
    flags an incomplete address, import does not refuse it)."""
    parts = _POSTCODE.sub("", text.strip()).split(maxsplit=3)
    if len(parts) == 4:
        return parts[0], parts[1], parts[2], parts[3]
    detail = parts.pop() if parts and not parts[-1].endswith(_ADMIN_SUFFIXES) else ""
    parts += [""] * (3 - len(parts))
    return parts[0], parts[1], parts[2], detail
