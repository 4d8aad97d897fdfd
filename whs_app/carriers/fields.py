"""Checking carrier setup values, from a file (TOML types) or from the command line (text), one way.

Each field has one parser that takes either form and raises ValueError with words a person reads;
`carrier_spec` runs them over a mapping and names the place of every problem (file, entry, field).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Callable, Mapping

from whs_app.carriers.areas import EVERYWHERE, Area, short
from whs_app.geography import PROVINCES

KNOWN_PROVINCES = frozenset(short(p) for p in PROVINCES)
NONE_WORDS = ("", "none", "null", "-", "无")
_CODE = re.compile(r"^[A-Z0-9][A-Z0-9_-]{0,15}$")
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_PICKUP = re.compile(r"^(?P<label>.+)@(?P<at>\d\d:\d\d)=(?P<capacity>\d+)$")
_ZONE = re.compile(r"^(?P<zone>[^=]+)=(?P<provinces>[^:]+):(?P<first>[\d.]+)\+(?P<added>[\d.]+)$")


class SetupError(ValueError):
    """Carrier setup that cannot be applied; `problems` name the place and the fault of each."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


def text(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"应为非空文字 expected text, got {value!r}")
    return value.strip()


def code(value: Any) -> str:
    value = text(value)
    if not _CODE.match(value):
        raise ValueError(f"快递代码应为大写字母数字 expected a code like SF or ZTO, got {value!r}")
    return value


def boolean(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false", "yes", "no", "1", "0"):
        return value.strip().lower() in ("true", "yes", "1")
    raise ValueError(f"应为 true 或 false expected true or false, got {value!r}")


def number(value: Any, low: float = 0.0, low_open: bool = False, high: float | None = None) -> float:
    try:
        result = float(value) if not isinstance(value, bool) else None
    except (TypeError, ValueError):
        result = None
    if result is None or result != result or (result <= low if low_open else result < low) or \
            (high is not None and result > high):
        bound = f"{'>' if low_open else '≥'} {low:g}" + (f" and ≤ {high:g}" if high is not None else "")
        raise ValueError(f"应为 {bound} 的数 expected a number {bound}, got {value!r}")
    return result


def count(value: Any) -> int:
    if isinstance(value, bool) or not (isinstance(value, int) or (isinstance(value, str) and value.strip().isdigit())):
        raise ValueError(f"应为非负整数 expected a whole number ≥ 0, got {value!r}")
    return int(value)


def optional(parse: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def parse_optional(value: Any) -> Any:
        if value is None or (isinstance(value, str) and value.strip().lower() in NONE_WORDS):
            return None
        return parse(value)
    return parse_optional


def fraction(value: Any) -> float:
    return number(value, 0.0, low_open=True, high=1.0)


def province(name: Any) -> str:
    name = text(name)
    if name == EVERYWHERE:
        return name
    found = short(name)
    if found not in KNOWN_PROVINCES:
        raise ValueError(f"未知省份 unknown province {name!r}")
    return found


def area(value: Any) -> Area:
    parsed = Area.parse(text(value))
    if parsed.province != EVERYWHERE:
        province(parsed.province)
    return parsed


def _items(value: Any) -> list:
    """A TOML array as it is; command-line text split at ';' (and ',' for plain names)."""
    if isinstance(value, list):
        return value
    if isinstance(value, str):
        return [part.strip() for part in re.split(r"[;；]", value) if part.strip()]
    raise ValueError(f"应为列表 expected a list, got {value!r}")


def areas(value: Any) -> tuple[Area, ...]:
    items = value.replace(",", ";").replace("，", ";") if isinstance(value, str) else value
    return tuple(_each(_items(items), area))


@dataclass(frozen=True)
class PickupSpec:
    label: str
    at: str
    capacity: int


def _table(value: Any, pattern: re.Pattern, short_form: str, keys: str) -> Mapping:
    """A TOML table as it is, or command-line text in its short form read into one."""
    if isinstance(value, str):
        match = pattern.match(value.strip())
        if not match:
            raise ValueError(f"应为 expected {short_form!r}, got {value!r}")
        return match.groupdict()
    if not isinstance(value, Mapping):
        raise ValueError(f"应为表 expected a table with {keys}, got {value!r}")
    return value


def pickup(value: Any) -> PickupSpec:
    value = _table(value, _PICKUP, "LABEL@HH:MM=CAPACITY", "label, at and capacity")
    at = text(value.get("at"))
    if not _TIME.match(at):
        raise ValueError(f"at: 应为 HH:MM expected HH:MM, got {at!r}")
    capacity = count(value.get("capacity"))
    if capacity < 1:
        raise ValueError("capacity: 应大于 0 must be at least 1")
    return PickupSpec(text(value.get("label")), at, capacity)


def pickups(value: Any) -> tuple[PickupSpec, ...]:
    found = tuple(_each(_items(value), pickup))
    labels = [p.label for p in found]
    if len(set(labels)) != len(labels):
        raise ValueError(f"班次名重复 pickup labels repeat: {', '.join(labels)}")
    return found


@dataclass(frozen=True)
class ZoneSpec:
    zone: str
    provinces: tuple[str, ...]
    first: float
    added: float


def zone(value: Any) -> ZoneSpec:
    value = _table(value, _ZONE, "ZONE=PROVINCE,…:FIRST+ADDED", "zone, provinces, first and added")
    names = value.get("provinces")
    names = names.split(",") if isinstance(names, str) else names
    if not isinstance(names, list) or not names:
        raise ValueError(f"provinces: 应为省份列表 expected a list of provinces, got {names!r}")
    return ZoneSpec(text(value.get("zone")), tuple(province(n) for n in names),
                    number(value.get("first")), number(value.get("added")))


def tariff(value: Any) -> tuple[ZoneSpec, ...]:
    found = tuple(_each(_items(value), zone))
    seen: dict[str, str] = {}
    for spec in found:
        for name in spec.provinces:
            if name in seen:
                raise ValueError(f"{name} 在两个区 appears in zones {seen[name]!r} and {spec.zone!r}")
            seen[name] = spec.zone
    return found


def day(value: Any) -> str:
    try:
        return date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise ValueError(f"应为日期 YYYY-MM-DD expected a date YYYY-MM-DD, got {value!r}") from None


DAY_FIELDS = {"daily_capacity": optional(count), "share_cap": optional(fraction), "utilization_cap": optional(fraction)}


def day_caps(value: Any) -> tuple[tuple[str, dict], ...]:
    found = []
    for item in _items(value):
        if not isinstance(item, Mapping):
            raise ValueError(f"应为 {{day, daily_capacity, …}} expected a table, got {item!r}")
        unknown = set(item) - {"day", *DAY_FIELDS}
        if unknown:
            raise ValueError(f"未知字段 unknown field {', '.join(sorted(unknown))}")
        found.append((day(item.get("day")), {k: DAY_FIELDS[k](v) for k, v in item.items() if k in DAY_FIELDS}))
    return tuple(found)


def _each(items: list, parse: Callable[[Any], Any]) -> list:
    out = []
    for number_, item in enumerate(items, start=1):
        try:
            out.append(parse(item))
        except ValueError as exc:
            raise ValueError(f"[{number_}] {exc}") from None
    return out


#: Every field of a carrier, its parser and its value when a complete definition leaves it out.
FIELDS: dict[str, tuple[Callable[[Any], Any], Any]] = {
    "name": (text, None),
    "active": (boolean, True),
    "max_weight_kg": (lambda v: number(v, 0.0, low_open=True), None),
    "first_weight_kg": (lambda v: number(v, 0.0, low_open=True), 1.0),
    "daily_capacity": (optional(count), None),
    "share_cap": (optional(fraction), None),
    "utilization_cap": (fraction, 1.0),
    "low_balance_alert": (count, 0),
    "covers": (areas, ()),
    "excludes": (areas, ()),
    "pickups": (pickups, ()),
    "tariff": (tariff, ()),
    "days": (day_caps, ()),
}
REQUIRED_NEW = ("name", "max_weight_kg")


@dataclass
class CarrierSpec:
    """A carrier's setup as given: `values` holds only the fields present (all of them when complete)."""
    code: str
    values: dict[str, Any] = field(default_factory=dict)
    where: str = ""


def carrier_spec(raw: Mapping[str, Any], where: str, complete: bool, problems: list[str]) -> CarrierSpec | None:
    """Parse one carrier; each problem is appended as 'where.field: fault'. complete: omitted fields take
    their defaults (a file's entry); else only the given fields change (`whs carriers set`)."""
    try:
        parsed_code = code(raw.get("code"))
    except ValueError as exc:
        problems.append(f"{where}.code: {exc}")
        return None
    where = f"{where} ({parsed_code})"
    spec = CarrierSpec(parsed_code, where=where)
    for name in sorted(set(raw) - set(FIELDS) - {"code"}):
        problems.append(f"{where}.{name}: 未知字段 unknown field; known: {', '.join(FIELDS)}")
    for name, (parse, default) in FIELDS.items():
        if name in raw:
            try:
                spec.values[name] = parse(raw[name])
            except ValueError as exc:
                problems.append(f"{where}.{name}: {exc}")
        elif complete and name in REQUIRED_NEW:
            problems.append(f"{where}.{name}: 缺少 missing")
        elif complete:
            spec.values[name] = default
    return spec
