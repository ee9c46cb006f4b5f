"""TruthFinder, Investment and PooledInvestment over numpy arrays."""

from __future__ import annotations

import numpy as np

from reconcile.truth._arrays import Arrays, Floats, Ints, bincount, not_converged


def implication_pairs(arr: Arrays, base_sim: float) -> tuple[Ints, Ints, Floats]:
    """All ordered pairs of distinct values of one item, with ``sim - base_sim``.

    Notes:
        O(sum over items of k**2) for k values per item.
    """
    enc = arr.enc
    src_list: list[int] = []
    dst_list: list[int] = []
    imp_list: list[float] = []
    cmp = enc.comparison
    for i in range(enc.n_items):
        vals = enc.item_values(i)
        if len(vals) < 2:
            continue
        for a in vals:
            for b in vals:
                if a != b:
                    src_list.append(a)
                    dst_list.append(b)
                    imp_list.append(cmp.similarity(enc.values[a], enc.values[b]) - base_sim)
    return (
        np.asarray(src_list, dtype=np.int64),
        np.asarray(dst_list, dtype=np.int64),
        np.asarray(imp_list, dtype=np.float64),
    )


def run_truthfinder(
    arr: Arrays,
    *,
    max_iter: int,
    tol: float,
    initial_trust: float = 0.9,
    rho: float = 0.5,
    gamma: float = 0.3,
    base_sim: float = 0.5,
) -> tuple[Floats, Floats, int]:
    """TruthFinder; returns (confidence per value, trust per source, iterations)."""
    pa, pb, imp = implication_pairs(arr, base_sim)
    trust = np.full(arr.n_src, initial_trust)
    confidence = np.zeros(arr.n_val)
    change = np.inf
    for iteration in range(1, max_iter + 1):
        tau = -np.log(np.clip(1.0 - trust, 1e-9, 1.0))
        sigma = bincount(arr.val, weights=arr.w * tau[arr.src], minlength=arr.n_val)
        adjusted = sigma + rho * bincount(pb, weights=imp * sigma[pa], minlength=arr.n_val)
        confidence = 1.0 / (1.0 + np.exp(-np.clip(gamma * adjusted, -500, 500)))
        confidence = arr.clamp(confidence, 1.0)
        new = arr.source_mean(confidence)
        norm = float(np.linalg.norm(new) * np.linalg.norm(trust))
        change = 1.0 - float(new @ trust) / norm if norm else 0.0
        trust = new
        if change < tol:
            return confidence, trust, iteration
    raise not_converged("truthfinder", max_iter, change, tol)


def run_investment(
    arr: Arrays, *, max_iter: int, tol: float, pooled: bool, exponent: float | None = None
) -> tuple[Floats, Floats, int]:
    """(Pooled)Investment; returns (belief share per value, trust per source, iterations).

    Trust is rescaled to a maximum of 1 every iteration; both methods are invariant to
    that scale, so only the direction of the trust vector is iterated. Trust in these
    methods drifts for a long time after the choice of values has settled (it
    concentrates on few sources), so convergence is judged on the belief shares.
    """
    g = exponent if exponent is not None else (1.4 if pooled else 1.2)
    claims_per_source = arr.src_weight
    trust = np.ones(arr.n_src)
    belief = np.zeros(arr.n_val)
    change = np.inf

    def beliefs(trust: Floats) -> tuple[Floats, Floats]:
        invest = trust[arr.src] * arr.w / np.maximum(claims_per_source[arr.src], 1e-300)
        pooled_in = bincount(arr.val, weights=invest, minlength=arr.n_val)
        if pooled:
            grown = pooled_in**g
            denom = arr.item_sum(grown)[arr.value_item]
            out = np.divide(pooled_in * grown, denom, out=np.zeros(arr.n_val), where=denom > 0)
        else:
            out = pooled_in**g
        top = arr.item_max(out)[arr.value_item]
        return arr.clamp(out, np.maximum(top, 1e-300) + 0.0), invest

    _, invest = beliefs(trust)
    # The first beliefs are the vote shares (Pasternack and Roth's "voted" prior).
    belief = arr.clamp(_shares(arr, bincount(arr.val, weights=arr.w, minlength=arr.n_val)), 1.0)
    share = _shares(arr, belief)
    for iteration in range(1, max_iter + 1):
        pooled_in = bincount(arr.val, weights=invest, minlength=arr.n_val)
        ratio = np.divide(belief, pooled_in, out=np.zeros(arr.n_val), where=pooled_in > 0)
        new = bincount(arr.src, weights=invest * ratio[arr.val], minlength=arr.n_src)
        top = float(new.max()) if new.size else 0.0
        trust = new / top if top > 0 else np.ones(arr.n_src)
        belief, invest = beliefs(trust)
        new_share = _shares(arr, belief)
        change = float(np.abs(new_share - share).max()) if share.size else 0.0
        share = new_share
        if change < tol:
            return share, trust, iteration
    raise not_converged("pooled_investment" if pooled else "investment", max_iter, change, tol)


def _shares(arr: Arrays, belief: Floats) -> Floats:
    total = arr.item_sum(belief)[arr.value_item]
    return np.divide(belief, total, out=np.zeros(arr.n_val), where=total > 0)
