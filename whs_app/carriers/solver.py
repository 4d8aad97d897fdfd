"""The exact core of the assignment: groups of identical parcels to carriers, solved by HiGHS (scipy).

A transportation problem: group g holds sizes[g] parcels that each cost costs[g, k] with carrier k
(inf: k cannot take them); carrier k takes at most caps[k] parcels (inf: no cap). Every parcel that
can be placed is placed (a parcel left over costs more than any placement), at the lowest total
cost. The constraint matrix is totally unimodular, so the simplex optimum HiGHS returns is whole;
should it ever not be, the same model is solved again as an integer program (milp).
"""
from __future__ import annotations

import numpy as np

#: How far from a whole number an LP value may be and still count as that number.
WHOLE = 1e-6


class SolverError(RuntimeError):
    """HiGHS did not return an optimal solution (it always should: leaving parcels over is feasible)."""


def solve(sizes: np.ndarray, costs: np.ndarray, caps: np.ndarray) -> np.ndarray:
    """Parcels per (group, carrier), shape (G, K + 1); the last column holds the parcels left over."""
    from scipy.sparse import csr_array   # here: scipy takes a while to import, and most commands never solve

    groups, carriers = costs.shape
    counts = np.zeros((groups, carriers + 1), dtype=np.int64)
    if groups == 0:
        return counts
    usable_g, usable_k = np.nonzero(np.isfinite(costs))
    pairs = len(usable_g)
    unit = costs[usable_g, usable_k]
    penalty = 1.0 + 10.0 * carriers * (float(unit.max()) if pairs else 0.0)
    objective = np.concatenate([unit, np.full(groups, penalty)])
    each_once = csr_array((np.ones(pairs + groups), (np.concatenate([usable_g, np.arange(groups)]),
                                                     np.arange(pairs + groups))), shape=(groups, pairs + groups))
    capped = np.isfinite(caps[usable_k])
    within_caps = csr_array((np.ones(int(capped.sum())), (usable_k[capped], np.flatnonzero(capped))),
                            shape=(carriers, pairs + groups))
    limit = np.where(np.isfinite(caps), np.maximum(caps, 0), pairs + groups + sizes.sum())
    values = _lp(objective, each_once, sizes, within_caps, limit)
    if values is None:
        values = _integer(objective, each_once, sizes, within_caps, limit)
    counts[usable_g, usable_k] = values[:pairs]
    counts[:, carriers] = values[pairs:]
    return counts


def _lp(objective, each_once, sizes, within_caps, limit) -> np.ndarray | None:
    from scipy.optimize import linprog

    result = linprog(objective, A_ub=within_caps, b_ub=limit, A_eq=each_once, b_eq=sizes, bounds=(0, None),
                     method="highs")
    if result.status != 0:
        raise SolverError(f"HiGHS: {result.message}")
    whole = np.rint(result.x)
    return whole.astype(np.int64) if np.abs(result.x - whole).max(initial=0) <= WHOLE else None


def _integer(objective, each_once, sizes, within_caps, limit) -> np.ndarray:
    from scipy.optimize import Bounds, LinearConstraint, milp

    result = milp(objective, integrality=np.ones(len(objective)), bounds=Bounds(0, np.inf),
                  constraints=[LinearConstraint(each_once, sizes, sizes), LinearConstraint(within_caps, -np.inf, limit)])
    if result.status != 0 or result.x is None:
        raise SolverError(f"HiGHS: {result.message}")
    return np.rint(result.x).astype(np.int64)
