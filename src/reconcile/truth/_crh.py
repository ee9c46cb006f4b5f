"""CRH (Li et al. 2014): per-source weights, weighted medians for numbers."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from reconcile.truth._arrays import Arrays, Floats, Ints, bincount, not_converged
from reconcile.truth._compare import Key, ValueKind


def _same(arr: Arrays, estimate: Floats, claimed: Floats) -> npt.NDArray[np.bool_]:
    cmp = arr.enc.comparison
    diff = np.abs(estimate - claimed)
    if cmp.kind is ValueKind.TIME:
        diff = np.minimum(diff % 1440, 1440 - diff % 1440)
        return np.asarray(diff <= cmp.within_minutes + 1e-9)
    bound = np.maximum(cmp.abs_tol, cmp.rel_tol * np.maximum(np.abs(estimate), np.abs(claimed)))
    return np.asarray(diff <= bound + 1e-12 * np.maximum(1.0, np.abs(claimed)))


def grouped_medians(
    group: Ints, points: Floats, weights: Floats, n_groups: int
) -> tuple[Floats, Floats]:
    """Per group, the lower weighted median and the upper end of the median interval.

    The two are equal unless the cumulative weight meets exactly half at a point, where
    every number up to the next point is a median too (a tie).

    Notes:
        O(n log n) for n points, one sort.

    Examples:
        >>> grouped_medians(np.array([0, 0, 0, 1, 1]), np.array([1.0, 2.0, 10.0, 1.0, 3.0]),
        ...                 np.ones(5), 2)
        (array([2., 1.]), array([2., 3.]))
    """
    order = np.lexsort((points, group))
    grp, pts, wts = group[order], points[order], weights[order]
    cum = np.cumsum(wts)
    total = bincount(grp, weights=wts, minlength=n_groups)
    before = np.concatenate([[0.0], np.cumsum(total)])[:-1]
    within = cum - before[grp]
    half = total[grp] / 2
    reached = within >= half * (1 - 1e-12)
    index = np.arange(pts.size, dtype=np.int64)
    first = np.full(n_groups, pts.size, dtype=np.int64)
    np.minimum.at(first, grp[reached], index[reached])
    lower = np.full(n_groups, np.nan)
    upper = np.full(n_groups, np.nan)
    has = first < pts.size
    lower[has] = pts[first[has]]
    upper[has] = lower[has]
    nxt = first + 1
    exact = has & (nxt < pts.size)
    safe = np.minimum(nxt, pts.size - 1)
    exact &= grp[safe] == np.arange(n_groups)
    exact &= np.abs(within[np.minimum(first, pts.size - 1)] - total / 2) <= 1e-9 * np.maximum(
        total, 1.0
    )
    exact &= pts[safe] != lower
    upper[exact] = pts[safe][exact]
    return lower, upper


def _support(arr: Arrays, claim_w: Floats, low: Floats, high: Floats, at: Floats) -> Floats:
    point = at[arr.item]
    inside = (low <= point) & (point <= high)
    return bincount(arr.item, weights=claim_w * inside, minlength=arr.n_item)


def _spread(arr: Arrays, low: Floats, high: Floats) -> Floats:
    """Per item, the robust spread of the claims: 1.4826 MAD, with floors."""
    cmp = arr.enc.comparison
    mid = (low + high) / 2
    ones = np.ones(mid.size)
    med, _ = grouped_medians(arr.item, mid, ones, arr.n_item)
    mad, _ = grouped_medians(arr.item, np.abs(mid - med[arr.item]), ones, arr.n_item)
    # Times of day: 1% of the minute of day means nothing; a minute is the unit.
    relative = 0.0 if cmp.kind is ValueKind.TIME else 0.01
    floor = max(cmp.abs_tol, cmp.within_minutes, 1.0 if cmp.kind is ValueKind.TIME else 1e-9)
    return np.maximum(np.maximum(1.4826 * mad, relative * np.abs(med)), floor)


def _overrides(
    arr: Arrays, weights: Floats, low: Floats, high: Floats, *, lower: Floats, upper: Floats
) -> dict[int, tuple[Key, float, tuple[Key, ...]]]:
    """The numeric estimate per item: median, share of weight agreeing, tied medians."""
    cmp = arr.enc.comparison
    points = np.asarray([cmp.number(k) for k in arr.enc.values])
    claim_w = (weights[arr.src] + 1e-12) * arr.w
    estimate = lower[arr.item]
    inside = (low <= estimate) & (estimate <= high)
    agree = inside | _same(arr, estimate, points[arr.val])
    support = bincount(arr.item, weights=claim_w * agree, minlength=arr.n_item)
    mass = bincount(arr.item, weights=claim_w, minlength=arr.n_item)
    out: dict[int, tuple[Key, float, tuple[Key, ...]]] = {}
    for i in range(arr.n_item):
        if np.isnan(lower[i]):
            continue
        tied: tuple[Key, ...] = ()
        if upper[i] != lower[i]:
            tied = tuple(
                sorted((cmp.from_number(lower[i]), cmp.from_number(upper[i])), key=cmp.sort_key)
            )
        conf = float(support[i] / mass[i]) if mass[i] > 0 else 0.0
        out[i] = (cmp.from_number(float(lower[i])), conf, tied)
    return out


def _weights(arr: Arrays, loss: Floats) -> Floats:
    per_source = bincount(arr.src, weights=arr.w * loss, minlength=arr.n_src)
    # The mean loss per claim, shrunk towards the overall mean by one pseudo-claim:
    # CRH's plain sum would rank a prolific accurate source below a one-claim one.
    overall = float(per_source.sum()) / max(float(arr.src_weight.sum()), 1e-300)
    mean_loss = (per_source + overall + 1e-9) / (arr.src_weight + 1.0)
    new = -np.log(mean_loss / mean_loss.sum())
    return new / new.max() if new.size and new.max() > 0 else np.ones(arr.n_src)


def run_crh(
    arr: Arrays, *, max_iter: int, tol: float, max_loss: float = 1.0
) -> tuple[Floats, Floats, int, dict[int, tuple[Key, float, tuple[Key, ...]]]]:
    """CRH; returns (score per value, weight per source, iterations, numeric overrides).

    Numbers: the truth is the weighted median of the claims, a hedged interval counting
    as its two ends at half weight each (which minimizes the weighted distance to the
    intervals); the loss of a claim is its distance to the truth over the item's robust
    spread, capped at ``max_loss`` so one junk value cannot dominate a source.
    Other values: weighted vote and 0-1 loss. Weights are ``-log(loss_s / sum loss)``
    of the (smoothed) mean loss per claim, rescaled to a maximum of 1.
    """
    enc = arr.enc
    numeric = enc.comparison.is_numeric
    weights = np.ones(arr.n_src)
    low = np.asarray(enc.claim_low, dtype=np.float64)
    high = np.asarray(enc.claim_high, dtype=np.float64)
    known_value = np.full(arr.n_item, np.nan)
    scale = np.ones(arr.n_item)
    if numeric:
        points = np.asarray([enc.comparison.number(k) for k in enc.values])
        low = np.where(np.isfinite(low), low, points[arr.val])
        high = np.where(np.isfinite(high), high, points[arr.val])
        scale = _spread(arr, low, high)
        for i, v in enc.known_true.items():
            known_value[i] = points[v]
    live = ~arr.false_mask[arr.val]
    change = np.inf
    score = np.zeros(arr.n_val)
    lower = upper = np.zeros(0)
    for iteration in range(1, max_iter + 1):
        claim_w = (weights[arr.src] + 1e-12) * arr.w
        score = bincount(arr.val, weights=claim_w, minlength=arr.n_val)
        total = arr.item_sum(score)[arr.value_item]
        score = arr.clamp(np.divide(score, total, out=np.zeros(arr.n_val), where=total > 0), 1.0)
        if numeric:
            both_w = np.concatenate([claim_w * live, claim_w * live]) / 2
            both_items = np.concatenate([arr.item, arr.item])
            lower, upper = grouped_medians(
                both_items, np.concatenate([low, high]), both_w, arr.n_item
            )
            lower = np.where(arr.known_item_mask, known_value, lower)
            upper = np.where(arr.known_item_mask, known_value, upper)
            # In a tie (two claims, equal weight) take the end more claims state exactly.
            swap = _support(arr, claim_w, low, high, upper) > _support(
                arr, claim_w, low, high, lower
            ) * (1 + 1e-9)
            lower, upper = np.where(swap, upper, lower), np.where(swap, lower, upper)
            # A tied median is an interval; losses are measured from its middle so the
            # tie-break does not reinforce itself.
            truth = ((lower + upper) / 2)[arr.item]
            dist = np.maximum(low - truth, 0) + np.maximum(truth - high, 0)
            loss = np.minimum(np.nan_to_num(dist / scale[arr.item], nan=max_loss), max_loss)
        else:
            # Soft 0-1 loss (one minus the weighted share of the claimed value): equal
            # shares stay equal, so a tie is not broken by the loss itself.
            loss = 1.0 - score[arr.val]
        # Half steps: the same fixed points, without the two-cycles that tied medians
        # otherwise set up between truths and weights.
        new = (weights + _weights(arr, loss)) / 2
        change = float(np.abs(new - weights).max()) if new.size else 0.0
        weights = new
        if change < tol:
            overrides = (
                _overrides(arr, weights, low, high, lower=lower, upper=upper) if numeric else {}
            )
            return score, weights, iteration, overrides
    raise not_converged("crh", max_iter, change, tol)
