"""Carrier assignment of a 100,000-parcel batch over 8 carriers and 31 provinces.

assign_100k_s (goal ≤ 0.2 s): the median of 5 runs of `whs_app.carriers.assignment.plan` on the batch:
  which carriers can take each parcel (reach, tariff, weight, merchant pins), grouping into
  (province, usable carriers, weight band) groups, building and solving the HiGHS LP, and handing
  the group counts back to single parcels. Not timed: making the synthetic batch, the carriers'
  room (capacity.limit: a few arithmetic steps per carrier), reading from or writing to SQLite.
assign_cost_vs_optimum (goal ≤ 1.01): the plan's total cost ÷ the optimum of an LP over the parcels with
  the same caps, solved in the same run from prices computed here parcel by parcel (parcels merged only
  when their costs with every carrier are equal, which leaves the LP's optimum unchanged).
assign_max_utilization (goal ≤ 1.0): the largest parcels ÷ room over the carriers with a cap.
greedy_*: the baseline users have today, every parcel to its cheapest reachable carrier, caps unseen:
  its cost against the same optimum (below 1 means cheaper only by breaking caps) and its worst overload.
greedy_capped_cost_vs_optimum: the same greedy that moves on to the next cheapest once a carrier is full.
Every placement is checked reachable (coverage, tariff, weight, pin) by an independent table.
"""
from __future__ import annotations

import statistics
import time

import numpy as np

from benchmarks.figures import Benchmark, Figure, at_most, report
from whs_app.carriers.areas import Area, Coverage
from whs_app.carriers.assignment import ParcelBatch, plan
from whs_app.carriers.capacity import Load, limit
from whs_app.carriers.config import CarrierTerms, Pickup
from whs_app.carriers.tariff import Tariff, Zone
from whs_app.geography import PROVINCES

PARCELS = 100_000
RUNS = 5
NEAR = ("浙江", "上海", "江苏", "安徽")
REMOTE = ("新疆", "西藏", "青海", "内蒙古", "甘肃", "宁夏")
#: code, weight limit, (near, national, remote) first + added prices, daily capacity, share cap, excluded
FLEET = (
    ("SF", 50.0, ((12, 2), (18, 5), (23, 10)), 30000, None, ()),
    ("ZTO", 40.0, ((3.2, 1.0), (4.5, 2.0), (12, 8)), 20000, 0.30, ("西藏 阿里",)),
    ("YTO", 40.0, ((3.3, 1.0), (4.6, 2.0), (12.5, 8)), 18000, 0.25, ("西藏",)),
    ("STO", 40.0, ((3.1, 1.1), (4.5, 2.1), (13, 8)), 15000, 0.20, ("西藏",)),
    ("YD", 40.0, ((3.0, 1.2), (4.4, 2.2), None), 15000, 0.20, ("西藏", "新疆")),
    ("JD", 30.0, ((6, 2), (9, 3), (18, 8)), 15000, None, ("西藏", "新疆")),
    ("EMS", 40.0, ((8, 2), (10, 3), (12, 4)), 20000, None, ()),
    ("JT", 30.0, ((2.9, 1.1), (4.2, 2.2), (14, 9)), 12000, 0.15, ("西藏",)),
)


def fleet() -> list[CarrierTerms]:
    carriers = []
    for number, (code, weight, prices, daily, share, excluded) in enumerate(FLEET, start=1):
        zones = [Zone("near", NEAR, *prices[0]), Zone("national", ("*",), *prices[1])]
        if prices[2]:
            zones.append(Zone("remote", REMOTE, *prices[2]))
        carriers.append(CarrierTerms(
            number, code, code, weight, daily_capacity=daily, share_cap=share, utilization_cap=0.95,
            coverage=Coverage((), tuple(Area.parse(a) for a in excluded)), tariff=Tariff(tuple(zones)),
            pickups=(Pickup("12:00", "12:00", daily // 3), Pickup("18:00", "18:00", daily))))
    return carriers


def batch(rng: np.random.Generator, carriers: int) -> ParcelBatch:
    areas = [(p, c, d) for p, (_, cities) in PROVINCES.items() for c, districts in cities.items() for d in districts]
    share = np.array([PROVINCES[p][0] / len(PROVINCES[p][1]) / len(PROVINCES[p][1][c]) for p, c, _ in areas])
    area = rng.choice(len(areas), size=PARCELS, p=share / share.sum())
    weight = np.round(np.minimum(rng.lognormal(-0.2, 0.8, PARCELS), 45.0), 3)
    pin = np.where(rng.random(PARCELS) < 0.03, rng.integers(0, carriers, PARCELS), -1)   # requested / bound shops
    hainan = np.array([p.startswith("海南") for p, _, _ in areas])[area]
    pin = np.where(hainan, 0, pin)                                                      # region rule: 海南 → SF
    return ParcelBatch(areas, area, weight, pin)


def caps(carriers: list[CarrierTerms]) -> np.ndarray:
    load = Load(balances={c.id: 10 ** 9 for c in carriers})
    return np.array([limit(c, load, PARCELS).room for c in carriers])


def reachable(carriers: list[CarrierTerms], parcels: ParcelBatch) -> np.ndarray:
    """(parcels, carriers) booleans built from refusal() per area, independent of the planner's masks."""
    by_area = np.array([[c.refusal(*a, 0.0) is None for c in carriers] for a in parcels.areas])
    ok = by_area[parcels.area] & (parcels.weight[:, None] <= np.array([c.max_weight_kg for c in carriers]))
    pinned = parcels.pin >= 0
    ok[pinned] &= np.arange(len(carriers))[None, :] == parcels.pin[pinned][:, None]
    return ok


def unit_costs(carriers: list[CarrierTerms], parcels: ParcelBatch, ok: np.ndarray) -> np.ndarray:
    costs = np.full(ok.shape, np.inf)
    for k, terms in enumerate(carriers):
        for a, (province, _, _) in enumerate(parcels.areas):
            at = (parcels.area == a) & ok[:, k]
            if at.any():
                price = [terms.price(province, w).total for w in parcels.weight[at]]
                costs[at, k] = price
    return costs


def optimum(costs: np.ndarray, room: np.ndarray) -> tuple[int, float]:
    """(parcels placed, cost) of the LP over the parcels: most parcels first, then least cost.

    Parcels with the same cost with every carrier (inf where it cannot take them) are interchangeable,
    so they share one variable per carrier: exactly the per-parcel LP's optimum, with the parcels
    grouped only by their costs as computed here, not by the planner's bands and masks."""
    from scipy.optimize import linprog
    from scipy.sparse import csr_array, vstack

    vectors, sizes = np.unique(costs, axis=0, return_counts=True)
    rows, cols = np.nonzero(np.isfinite(vectors))
    unit = vectors[rows, cols]
    big = 1.0 + 10.0 * costs.shape[1] * unit.max()
    capped = np.isfinite(room)
    per_group = csr_array((np.ones(len(rows)), (rows, np.arange(len(rows)))), shape=(len(vectors), len(rows)))
    within = csr_array((np.ones(int(capped[cols].sum())), (cols[capped[cols]], np.flatnonzero(capped[cols]))),
                       shape=(costs.shape[1], len(rows)))
    result = linprog(unit - big, A_ub=vstack([per_group, within]).tocsr(), bounds=(0, None), method="highs",
                     b_ub=np.concatenate([sizes, np.where(capped, room, len(costs))]))
    placed = round(float(result.x.sum()))
    return placed, float(result.fun + big * placed)


def greedy(costs: np.ndarray, room: np.ndarray | None) -> np.ndarray:
    """Each parcel in turn to its cheapest carrier (with room left, when room is given); -1 when none."""
    order = np.argsort(costs, axis=1, kind="stable")
    if room is None:
        first = order[:, 0]
        return np.where(np.isfinite(costs[np.arange(len(costs)), first]), first, -1)
    left = room.copy()
    chosen = np.full(len(costs), -1)
    for i, ranking in enumerate(order):
        for k in ranking:
            if not np.isfinite(costs[i, k]):
                break
            if left[k] >= 1:
                left[k] -= 1
                chosen[i] = k
                break
    return chosen


def utilization(chosen: np.ndarray, room: np.ndarray) -> float:
    taken = np.bincount(chosen[chosen >= 0], minlength=len(room))
    capped = np.isfinite(room) & (room > 0)
    return float((taken[capped] / room[capped]).max())


def cost_of(chosen: np.ndarray, costs: np.ndarray) -> float:
    placed = chosen >= 0
    return float(costs[np.flatnonzero(placed), chosen[placed]].sum())


def run() -> list[Figure]:
    carriers = fleet()
    parcels = batch(np.random.default_rng(20261111), len(carriers))
    room = caps(carriers)
    times, result = [], None
    for _ in range(RUNS):
        started = time.perf_counter()
        result = plan(carriers, parcels, room)
        times.append(time.perf_counter() - started)
    ok = reachable(carriers, parcels)
    placed = result.carrier >= 0
    assert ok[np.flatnonzero(placed), result.carrier[placed]].all(), "a parcel went to a carrier that cannot take it"
    costs = unit_costs(carriers, parcels, ok)
    best_placed, best_cost = optimum(costs, room)
    assert int(placed.sum()) == best_placed, (int(placed.sum()), best_placed)
    plain, capped = greedy(costs, None), greedy(costs, room)
    return [at_most("assign_100k_s", statistics.median(times), "s", 0.2),
            at_most("assign_cost_vs_optimum", result.cost / best_cost, "", 1.01),
            at_most("assign_max_utilization", utilization(result.carrier, room), "", 1.0),
            report("greedy_cost_vs_optimum", cost_of(plain, costs) / best_cost, ""),
            report("greedy_max_utilization", utilization(plain, room), ""),
            report("greedy_capped_cost_vs_optimum", cost_of(capped, costs) / best_cost, ""),
            report("assign_groups", len(result.groups), "")]


BENCHMARKS = [Benchmark(names=("assign_100k_s", "assign_cost_vs_optimum", "assign_max_utilization",
                               "greedy_cost_vs_optimum", "greedy_max_utilization", "greedy_capped_cost_vs_optimum",
                               "assign_groups"), run=run)]
