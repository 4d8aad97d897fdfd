"""Areas (省 市 区) as carriers, tariffs and merchant rules name them, matched against order addresses.

Names are compared in short form: 广东省 and 广东, 新疆维吾尔自治区 and 新疆, 乌鲁木齐市 and 乌鲁木齐
are the same place. An area is written "省", "省 市" or "省 市 区" (blank or '/' between the parts);
"*" is everywhere.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

EVERYWHERE = "*"
_SUFFIXES = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "地区", "省", "市", "盟")
_SPLIT = re.compile(r"[\s/／,，]+")


@lru_cache(maxsize=4096)
def short(name: str) -> str:
    """The short form of a province or city name (districts keep their name)."""
    name = "".join(name.split())
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            return name[:-len(suffix)]
    return name


@dataclass(frozen=True)
class Area:
    province: str            # short form, or "*"
    city: str = ""
    district: str = ""

    @classmethod
    def parse(cls, text: str) -> "Area":
        """ "新疆 喀什地区" -> Area("新疆", "喀什"). Raises ValueError on an empty or over-long name."""
        parts = [p for p in _SPLIT.split(str(text).strip()) if p]
        if not parts or len(parts) > 3:
            raise ValueError(f"expected '省', '省 市' or '省 市 区', got {text!r}")
        if parts[0] == EVERYWHERE and len(parts) > 1:
            raise ValueError(f"'*' stands alone, got {text!r}")
        province = parts[0] if parts[0] == EVERYWHERE else short(parts[0])
        city = short(parts[1]) if len(parts) > 1 else ""
        district = "".join(parts[2].split()) if len(parts) > 2 else ""
        return cls(province, city, district)

    def contains(self, province: str, city: str, district: str) -> bool:
        """True when the address (full or short names) lies in this area."""
        if self.province == EVERYWHERE:
            return True
        return (self.province == short(province) and (not self.city or self.city == short(city))
                and (not self.district or self.district == "".join(district.split())))

    @property
    def depth(self) -> int:
        """How specific: 0 everywhere, 1 province, 2 city, 3 district."""
        if self.province == EVERYWHERE:
            return 0
        return 1 + bool(self.city) + bool(self.district)

    def __str__(self) -> str:
        return " ".join(part for part in (self.province, self.city, self.district) if part)


@dataclass(frozen=True)
class Coverage:
    """Where a carrier delivers: inside one of `covers` (none: everywhere) and outside every `excludes`."""
    covers: tuple[Area, ...] = ()
    excludes: tuple[Area, ...] = ()

    def refusal(self, province: str, city: str, district: str) -> str | None:
        """None when the address is covered, else why not (Chinese / English)."""
        if self.covers and not any(area.contains(province, city, district) for area in self.covers):
            return f"不覆盖 {short(province)} / does not deliver to {short(province)}"
        for area in self.excludes:
            if area.contains(province, city, district):
                return f"排除区域 {area} / excluded area {area}"
        return None
