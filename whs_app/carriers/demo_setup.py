"""The demo warehouse's carrier terms (Hangzhou warehouse, Double 11 contract prices), in the file format.

Near zones are cheap for the 通达 carriers and dear for SF; JD and YD do not deliver to 西藏 and
新疆; SF carries 50 kg where JD stops at 30; the merchant ships every 海南 parcel with SF.
"""
from __future__ import annotations

NEAR = ["浙江", "上海", "江苏", "安徽"]
REMOTE = ["新疆", "西藏", "青海", "内蒙古", "甘肃", "宁夏"]


def _tariff(near: tuple[float, float], rest: tuple[float, float], remote: tuple[float, float] | None) -> list[dict]:
    zones = [{"zone": "华东 near", "provinces": NEAR, "first": near[0], "added": near[1]},
             {"zone": "全国 national", "provinces": ["*"], "first": rest[0], "added": rest[1]}]
    if remote:
        zones.append({"zone": "偏远 remote", "provinces": REMOTE, "first": remote[0], "added": remote[1]})
    return zones


#: code -> terms (name and weight limit come from demo.CARRIERS; pickups from demo.PICKUPS)
TERMS = {
    "SF": dict(daily_capacity=15000, utilization_cap=0.95, low_balance_alert=5000,
               tariff=_tariff((12.0, 2.0), (18.0, 5.0), (23.0, 10.0))),
    "ZTO": dict(daily_capacity=20000, share_cap=0.40, utilization_cap=0.9, low_balance_alert=10000,
                excludes=["西藏 阿里"], tariff=_tariff((3.2, 1.0), (4.5, 2.0), (12.0, 8.0))),
    "YTO": dict(daily_capacity=18000, share_cap=0.35, utilization_cap=0.9, low_balance_alert=10000,
                excludes=["西藏"], tariff=_tariff((3.3, 1.0), (4.6, 2.0), (12.5, 8.0))),
    "YD": dict(daily_capacity=16000, share_cap=0.35, utilization_cap=0.9, low_balance_alert=10000,
               excludes=["西藏", "新疆"], tariff=_tariff((3.0, 1.2), (4.4, 2.2), None)),
    "JD": dict(daily_capacity=10000, utilization_cap=0.95, low_balance_alert=5000,
               excludes=["西藏", "新疆"], tariff=_tariff((6.0, 2.0), (9.0, 3.0), (18.0, 8.0))),
}
REGION_RULES = [{"area": "海南", "carrier": "SF"}]


def demo_setup(carriers, pickups) -> dict:
    """carriers: (code, name, max weight, …) rows; pickups: (label, HH:MM, capacity) rows."""
    return {"format": 1, "region_rule": REGION_RULES, "carrier": [
        {"code": code, "name": name, "max_weight_kg": limit, **TERMS.get(code, {}),
         "pickups": [{"label": label, "at": at, "capacity": capacity} for label, at, capacity in pickups]}
        for code, name, limit, *_ in carriers]}
