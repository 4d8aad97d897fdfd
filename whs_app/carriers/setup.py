"""Applying carrier setup (from a file or `whs carriers set`) to the store, and reading it back out.

A setup holds carriers, merchant region rules and shop bindings. Applying is all-or-nothing: every
problem is collected first (with the place it was found), and one problem changes nothing.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, is_dataclass
from typing import Any, Mapping

from whs_app.actor import Actor
from whs_app.carriers.areas import Area
from whs_app.carriers.fields import FIELDS, REQUIRED_NEW, CarrierSpec, SetupError, area, carrier_spec, code, text
from whs_app.store import Store
from whs_app.store.carrier_setup import SETTABLE

FORMAT = 1
TOP_LEVEL = {"format", "carrier", "region_rule", "shop"}


@dataclass
class Setup:
    carriers: list[CarrierSpec] = field(default_factory=list)
    region_rules: list[tuple[Area, str]] | None = None     # None: the rules stay as they are
    shops: list[tuple[str, str | None]] = field(default_factory=list)   # (shop code, carrier code or None)


def parse_setup(data: Mapping[str, Any], source: str) -> Setup:
    """A setup from a file's content (a complete definition of each carrier it names)."""
    problems: list[str] = []
    if data.get("format", FORMAT) != FORMAT:
        problems.append(f"{source}: format: 只支持 {FORMAT} only format {FORMAT} is known, got {data.get('format')!r}")
    problems += [f"{source}: {key}: 未知项 unknown entry; known: {', '.join(sorted(TOP_LEVEL))}"
                 for key in sorted(set(data) - TOP_LEVEL)]
    setup = Setup()
    for number, raw in enumerate(_tables(data, "carrier", source, problems), start=1):
        spec = carrier_spec(raw, f"{source}: carrier[{number}]", True, problems)
        if spec is not None:
            setup.carriers.append(spec)
    codes = [spec.code for spec in setup.carriers]
    problems += [f"{source}: 快递 {c} 出现多次 carrier {c} appears more than once" for c in sorted(set(codes))
                 if codes.count(c) > 1]
    if "region_rule" in data:
        setup.region_rules = [rule for n, raw in enumerate(_tables(data, "region_rule", source, problems), start=1)
                              if (rule := _pair(raw, "area", area, f"{source}: region_rule[{n}]", problems))]
    setup.shops = [(shop, carrier or None) for n, raw in enumerate(_tables(data, "shop", source, problems), start=1)
                   if (pair := _pair(raw, "code", text, f"{source}: shop[{n}]", problems, allow_blank=True))
                   for shop, carrier in [pair]]
    if problems:
        raise SetupError(problems)
    return setup


def _tables(data: Mapping, key: str, source: str, problems: list[str]) -> list[Mapping]:
    items = data.get(key, [])
    if not isinstance(items, list) or not all(isinstance(item, Mapping) for item in items):
        problems.append(f"{source}: {key}: 应为 [[{key}]] 表 expected [[{key}]] tables")
        return []
    return items


def _pair(raw: Mapping, key: str, parse, where: str, problems: list[str], allow_blank: bool = False):
    """(parsed raw[key], carrier code) of a rule entry, or None after noting the problems."""
    try:
        unknown = set(raw) - {key, "carrier"}
        if unknown:
            raise ValueError(f"未知字段 unknown field {', '.join(sorted(unknown))}")
        value = parse(raw.get(key))
        carrier = raw.get("carrier")
        return value, (None if allow_blank and carrier in ("", None) else code(carrier))
    except ValueError as exc:
        problems.append(f"{where}: {exc}")
        return None


def apply_setup(store: Store, at: str, actor: Actor, setup: Setup, source: str) -> list[str]:
    """Write the setup in one transaction (audited); returns what changed, one line per carrier or rule."""
    with store.transaction():
        _check_against_store(store, setup, source)
        changed = [_apply_carrier(store, spec) for spec in setup.carriers]
        ids = {c.code: c.id for c in store.carriers.all()}
        if setup.region_rules is not None:
            store.carrier_setup.replace_region_rules(
                (a.province, a.city, a.district, ids[carrier]) for a, carrier in setup.region_rules)
            changed.append(f"区域规则 region rules: {len(setup.region_rules)}")
        shops = store.shops.ids_by_code()
        for shop, carrier in setup.shops:
            store.shops.set_default_carrier(shops[shop], ids[carrier] if carrier else None)
            changed.append(f"店铺 shop {shop} → {carrier or '不绑定 unbound'}")
        store.audit.record(at, actor, "carrier.setup", "carrier_setup", source, {
            "carriers": {spec.code: _plain(spec.values) for spec in setup.carriers},
            "region_rules": None if setup.region_rules is None else [[str(a), c] for a, c in setup.region_rules],
            "shops": setup.shops})
    return changed


def _check_against_store(store: Store, setup: Setup, source: str) -> None:
    existing = {c.code for c in store.carriers.all()}
    named = existing | {spec.code for spec in setup.carriers}
    problems = [f"{spec.where}.{name}: 新快递必填 required for a new carrier" for spec in setup.carriers
                if spec.code not in existing for name in REQUIRED_NEW if name not in spec.values]
    problems += [f"{source}: region_rule {a}: 没有快递 no carrier {c}" for a, c in setup.region_rules or [] if c not in named]
    shops = store.shops.ids_by_code()
    problems += [f"{source}: shop {s}: 没有店铺 no such shop" for s, _ in setup.shops if s not in shops]
    problems += [f"{source}: shop {s}: 没有快递 no carrier {c}" for s, c in setup.shops if c and c not in named]
    if problems:
        raise SetupError(problems)


def _apply_carrier(store: Store, spec: CarrierSpec) -> str:
    values = spec.values
    carrier = store.carriers.by_code(spec.code)
    carrier_id = carrier.id if carrier else store.carriers.add(spec.code, values["name"], values["max_weight_kg"])
    columns = {k: (int(v) if k == "active" else v) for k, v in values.items() if k in SETTABLE}
    store.carrier_setup.update(carrier_id, columns)
    setup = store.carrier_setup
    for rule, key in (("cover", "covers"), ("exclude", "excludes")):
        if key in values:
            setup.replace_areas(carrier_id, rule, ((a.province, a.city, a.district) for a in values[key]))
    if "tariff" in values:
        setup.replace_tariff(carrier_id, ((p, z.zone, z.first, z.added) for z in values["tariff"] for p in z.provinces))
    if "pickups" in values:
        setup.replace_pickups(carrier_id, ((p.label, p.at, p.capacity) for p in values["pickups"]))
    if "days" in values:
        setup.replace_day_caps(carrier_id, values["days"])
    verb = "更新 updated" if carrier else "新增 added"
    return f"{verb} {spec.code}: {', '.join(name for name in FIELDS if name in values)}"


def _plain(value: Any) -> Any:
    """JSON-ready: areas as text, specs as dicts."""
    if isinstance(value, Area):
        return str(value)
    if is_dataclass(value):
        return _plain(asdict(value))
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def export_setup(store: Store) -> dict:
    """Everything parse_setup reads, as plain data (no None: TOML has no null)."""
    setup = store.carrier_setup
    areas: dict[tuple[int, str], list[str]] = {}
    for carrier_id, rule, province, city, district in setup.areas():
        areas.setdefault((carrier_id, rule), []).append(str(Area(province, city, district)))
    zones: dict[int, dict[str, dict]] = {}
    for carrier_id, province, zone, first, added in setup.tariffs():
        entry = zones.setdefault(carrier_id, {}).setdefault(zone, {"zone": zone, "provinces": [], "first": first,
                                                                   "added": added})
        entry["provinces"].append(province)
    pickups: dict[int, list[dict]] = {}
    for carrier_id, label, at, capacity in setup.pickups():
        pickups.setdefault(carrier_id, []).append({"label": label, "at": at, "capacity": capacity})
    days: dict[int, list[dict]] = {}
    for row in setup.day_caps():
        days.setdefault(row["carrier_id"], []).append(
            {k: v for k, v in row.items() if k != "carrier_id" and v is not None})
    carriers = []
    for row in setup.rows():
        entry = {k: (bool(row[k]) if k == "active" else row[k]) for k in ("code", *FIELDS) if k in row}
        entry.update(covers=areas.get((row["id"], "cover"), []), excludes=areas.get((row["id"], "exclude"), []),
                     pickups=pickups.get(row["id"], []), tariff=list(zones.get(row["id"], {}).values()),
                     days=days.get(row["id"], []))
        carriers.append({k: v for k, v in entry.items() if v is not None})
    codes = {c.id: c.code for c in store.carriers.all()}
    return {"format": FORMAT, "carrier": carriers,
            "region_rule": [{"area": str(Area(p, c, d)), "carrier": codes[k]} for p, c, d, k in setup.region_rules()],
            "shop": [{"code": shop, "carrier": carrier or ""} for shop, carrier in setup.shop_bindings()]}
