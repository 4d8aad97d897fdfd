"""The carriers file (快递设置文件): TOML, read by `whs carriers import`, written by `whs carriers export`.

Format 1 — every key but `code`, `name` and `max_weight_kg` may be left out and then takes the value
shown in brackets; a carrier named in the file is set up exactly as the file says, carriers it does
not name are left alone:

    format = 1

    [[carrier]]
    code = "SF"                     # A-Z, 0-9, _ or -, up to 16
    name = "顺丰速运"
    active = true                   # [true]
    max_weight_kg = 50.0            # weight limit of one parcel
    first_weight_kg = 1.0           # [1.0] first weight of the tariff; each started kg above is added weight
    daily_capacity = 15000          # [no limit] parcels a day
    share_cap = 0.4                 # [no cap] at most this share of the day's parcels (0 < x ≤ 1)
    utilization_cap = 0.95          # [1.0] plan at most this share of its capacity
    low_balance_alert = 5000        # [0: none] alert when free waybill numbers fall to this
    covers = ["*"]                  # [everywhere] areas it delivers to: "广东", "新疆 乌鲁木齐", "*"
    excludes = ["西藏", "新疆 喀什"]   # [none] areas it does not deliver to, even inside covers
    pickups = [{label = "晚班 18:00", at = "18:00", capacity = 8000}]   # [none: no batch limit]
    tariff = [{zone = "华东", provinces = ["浙江", "上海"], first = 12.0, added = 2.0},
              {zone = "全国", provinces = ["*"], first = 18.0, added = 5.0}]   # [none: unpriced, cost 0]
    days = [{day = "2026-11-11", daily_capacity = 9000, share_cap = 0.3}]    # caps announced for one day

    [[region_rule]]                 # the merchant's rule: this area always ships with this carrier
    area = "海南"                    # (present: the file's rules replace all rules; absent: rules stay)
    carrier = "SF"

    [[shop]]                        # a shop bound to a carrier ("" unbinds)
    code = "jd-store"
    carrier = "JD"

A bad file changes nothing: every problem is reported with the file, the entry and the field.
Waybill ranges are not part of the file: they are loaded with `whs carriers pool CODE --add …`.
"""
from __future__ import annotations

import tomllib
from pathlib import Path

import tomli_w

from whs_app.actor import Actor
from whs_app.carriers.fields import SetupError
from whs_app.carriers.setup import apply_setup, export_setup, parse_setup
from whs_app.store import Store


def import_file(store: Store, at: str, actor: Actor, path: str | Path) -> list[str]:
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SetupError([f"{path}: 无法读取 cannot read ({exc.strerror or exc})"]) from exc
    except UnicodeDecodeError as exc:
        raise SetupError([f"{path}: 不是 UTF-8 文本 not UTF-8 text ({exc.reason} at byte {exc.start})"]) from exc
    except tomllib.TOMLDecodeError as exc:
        raise SetupError([f"{path}: 不是有效的 TOML not valid TOML: {exc}"]) from exc
    return apply_setup(store, at, actor, parse_setup(data, path.name), path.name)


def export_file(store: Store, path: str | Path) -> Path:
    path = Path(path)
    header = "# whs carriers file (format 1): `whs carriers import` reads it back\n"
    path.write_text(header + tomli_w.dumps(export_setup(store), multiline_strings=False), encoding="utf-8")
    return path
