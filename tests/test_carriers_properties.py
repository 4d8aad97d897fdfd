"""Random instances: the plan never over-fills a cap, never uses a carrier that cannot take the parcel, and
matches the optimum of an independent per-parcel LP (no grouping) in parcels placed and in cost."""
import math

import numpy as np
from hypothesis import given, settings, strategies as st
from scipy.optimize import linprog

from whs_app.carriers.areas import Area, Coverage
from whs_app.carriers.assignment import LEFT, UNUSABLE, ParcelBatch, plan
from whs_app.carriers.config import CarrierTerms
from whs_app.carriers.tariff import Tariff, Zone

AREAS = [("浙江省", "杭州市", "西湖区"), ("浙江省", "宁波市", "鄞州区"), ("广东省", "深圳市", "南山区"),
         ("新疆维吾尔自治区", "乌鲁木齐市", "天山区"), ("西藏自治区", "拉萨市", "城关区")]
PROVINCES = ["浙江", "广东", "新疆", "西藏"]


@st.composite
def carrier(draw, k: int) -> CarrierTerms:
    covers = draw(st.sets(st.sampled_from(PROVINCES), max_size=3))
    excludes = draw(st.sets(st.sampled_from(["浙江 宁波", "广东", "新疆 乌鲁木齐 天山区"]), max_size=2))
    zones = ()
    if draw(st.booleans()):
        named = draw(st.sets(st.sampled_from(PROVINCES), max_size=2))
        zones = tuple(Zone(f"z{i}", (p,), draw(st.integers(1, 30)), draw(st.integers(0, 9))) for i, p in enumerate(named))
        if draw(st.booleans()):
            zones += (Zone("rest", ("*",), draw(st.integers(1, 30)), draw(st.integers(0, 9))),)
    return CarrierTerms(
        k + 1, f"C{k}", f"快递{k}", draw(st.sampled_from([3.0, 20.0, 50.0])), draw(st.booleans() | st.just(True)),
        coverage=Coverage(tuple(Area.parse(p) for p in covers), tuple(Area.parse(e) for e in excludes)),
        tariff=Tariff(zones, draw(st.sampled_from([1.0, 0.5]))))


@st.composite
def instance(draw):
    count = draw(st.integers(1, 5))
    carriers = [draw(carrier(k)) for k in range(count)]
    n = draw(st.integers(0, 40))
    area = np.array(draw(st.lists(st.integers(0, len(AREAS) - 1), min_size=n, max_size=n)), dtype=np.int64)
    weight = np.array(draw(st.lists(st.floats(0.05, 60.0), min_size=n, max_size=n)))
    pin = np.array(draw(st.lists(st.integers(-1, count - 1), min_size=n, max_size=n)), dtype=np.int64)
    pin = np.where(np.array(draw(st.lists(st.booleans(), min_size=n, max_size=n)), dtype=bool), pin, -1) if n else pin
    caps = np.array([draw(st.one_of(st.just(math.inf), st.integers(0, n))) for _ in range(count)], dtype=float)
    return carriers, ParcelBatch(AREAS, area, weight, pin), caps


def usable(carriers, batch, i, k) -> bool:
    refused = carriers[k].refusal(*batch.areas[batch.area[i]], float(batch.weight[i]))
    return refused is None and batch.pin[i] in (-1, k)


def per_parcel_optimum(carriers, batch, caps) -> tuple[int, float]:
    """(parcels placed, their cost) by an LP over single parcels: most parcels first, then least cost."""
    pairs = [(i, k) for i in range(len(batch.weight)) for k in range(len(carriers)) if usable(carriers, batch, i, k)]
    if not pairs:
        return 0, 0.0
    cost = np.array([carriers[k].price(AREAS[batch.area[i]][0], float(batch.weight[i])).total for i, k in pairs])
    big = 1.0 + 10 * len(carriers) * cost.max()
    rows, bounds = [], []
    for i in range(len(batch.weight)):
        rows.append([1.0 if p == i else 0.0 for p, _ in pairs])
        bounds.append(1.0)
    for k in range(len(carriers)):
        if math.isfinite(caps[k]):
            rows.append([1.0 if q == k else 0.0 for _, q in pairs])
            bounds.append(caps[k])
    result = linprog(cost - big, A_ub=np.array(rows), b_ub=np.array(bounds), bounds=(0, 1), method="highs")
    placed = round(float(result.x.sum()))
    return placed, float(result.fun + big * placed)


@settings(max_examples=80, deadline=None)
@given(instance())
def test_random_instances_respect_caps_and_reach_and_are_optimal(case):
    carriers, batch, caps = case
    result = plan(carriers, batch, caps)
    taken = np.bincount(result.carrier[result.carrier >= 0], minlength=len(carriers))
    assert (taken <= caps).all()
    for i, k in enumerate(result.carrier.tolist()):
        can = [q for q in range(len(carriers)) if usable(carriers, batch, i, q)]
        if k >= 0:
            assert k in can
        elif k == UNUSABLE:
            assert not can
        else:
            assert k == LEFT and can and all(taken[q] >= caps[q] for q in can)
    placed, cost = per_parcel_optimum(carriers, batch, caps)
    assert int(taken.sum()) == placed
    assert math.isclose(result.cost, cost, rel_tol=1e-9, abs_tol=1e-6)
