"""Accu with source-dependence (copy) detection (Dong, Berti-Equille, Srivastava 2009)."""

from __future__ import annotations

from collections import defaultdict

import numpy as np

from reconcile.truth._arrays import Arrays, Floats, Ints, bincount, not_converged
from reconcile.truth._iterative import implication_pairs
from reconcile.truth._model import CopyGroup

#: Enumerate co-claiming claim pairs up to this many (or n_sources ** 2, if more);
#: beyond, pair statistics come from dense products over sources.
_MAX_ENUMERATED_PAIRS = 2_000_000


class PairStats:
    """For every pair of sources that claim on a common item: how much they share."""

    def __init__(self, arr: Arrays) -> None:
        self.arr = arr
        n = arr.n_src
        item = arr.item
        idx = np.arange(item.size, dtype=np.int64)
        end = np.searchsorted(item, item, side="right")
        counts = end - idx - 1
        total = int(counts.sum())
        self.dense = total > max(_MAX_ENUMERATED_PAIRS, n * n)
        if not self.dense:
            first = np.repeat(idx, counts)
            offset = np.arange(total, dtype=np.int64) - np.repeat(
                np.cumsum(counts) - counts, counts
            )
            second = first + 1 + offset
            keep = arr.src[first] != arr.src[second]
            first, second = first[keep], second[keep]
            lo = np.minimum(arr.src[first], arr.src[second])
            hi = np.maximum(arr.src[first], arr.src[second])
            keys, pair_id = np.unique(lo * n + hi, return_inverse=True)
            self.a: Ints = keys // n
            self.b: Ints = keys % n
            weight = arr.w[first] * arr.w[second]
            self.shared: Floats = bincount(pair_id, weights=weight, minlength=keys.size)
            same = arr.val[first] == arr.val[second]
            self.same_first, self.same_second = first[same], second[same]
            self.same_pair: Ints = pair_id[same]
            self.same_weight: Floats = weight[same]
            self.same: Floats = bincount(
                self.same_pair, weights=self.same_weight, minlength=keys.size
            )
        else:
            by_item = self._matrix(arr.item, arr.n_item, arr.w)
            shared_m = by_item @ by_item.T
            same_m = self._value_gram(np.ones(arr.n_val))
            a, b = np.nonzero(np.triu(shared_m, 1) > 0)
            self.a, self.b = a.astype(np.int64), b.astype(np.int64)
            self.shared = shared_m[a, b]
            self.same = same_m[a, b]
        self.n_pairs = int(self.a.size)

    def _matrix(self, col: Ints, n_col: int, weight: Floats) -> Floats:
        flat = bincount(
            self.arr.src * n_col + col, weights=weight, minlength=self.arr.n_src * n_col
        )
        return flat.reshape(self.arr.n_src, n_col)

    def _gram(self, col: Ints, weight: Floats, col_weight: Floats) -> Floats:
        """Sum over columns c of col_weight[c] * x_c x_c^T, x_c the claims on c.

        The reference for :meth:`_value_gram`: every column with a positive weight is
        built densely, in blocks of 4,096.
        """
        n = self.arr.n_src
        used = np.nonzero(col_weight > 1e-12)[0]
        remap = np.full(col_weight.size, -1, dtype=np.int64)
        remap[used] = np.arange(used.size)
        keep = remap[col] >= 0
        src, dense_col = self.arr.src[keep], remap[col[keep]]
        scaled = weight[keep] * np.sqrt(col_weight[col[keep]])
        out = np.zeros((n, n))
        for start in range(0, used.size, 4096):
            width = min(4096, used.size - start)
            mask = (dense_col >= start) & (dense_col < start + width)
            flat = bincount(
                src[mask] * width + dense_col[mask] - start,
                weights=scaled[mask],
                minlength=n * width,
            )
            block = flat.reshape(n, width)
            out += block @ block.T
        return out

    def _value_split(self) -> None:
        """Split the values into light ones, whose claim pairs are listed, and heavy ones.

        A value claimed by k sources costs k * k pair entries when its pairs are listed
        and n * n multiply-adds as a dense column; values with k <= n / 8 are listed,
        the lightest first, up to the pair budget. Done once: every product is over the
        claims' values.
        """
        arr = self.arr
        n = arr.n_src
        order = np.argsort(arr.val, kind="stable")
        sizes = np.bincount(arr.val, minlength=arr.n_val)
        starts = np.cumsum(sizes) - sizes
        pairs_of = sizes * (sizes - 1) // 2
        by_size = np.argsort(sizes, kind="stable")
        budget = np.cumsum(pairs_of[by_size]) <= max(_MAX_ENUMERATED_PAIRS, arr.val.size)
        light = np.zeros(arr.n_val, dtype=bool)
        light[by_size[budget & (sizes[by_size] <= max(n // 8, 1))]] = True
        # Claim pairs (first, second) on one light value, first before second.
        counts = np.where(light, sizes, 0)[arr.val[order]]
        rank_in_value = np.arange(order.size, dtype=np.int64) - starts[arr.val[order]]
        after = np.where(counts > 0, counts - rank_in_value - 1, 0)
        total = int(after.sum())
        first_pos = np.repeat(np.arange(order.size, dtype=np.int64), after)
        offset = np.arange(total, dtype=np.int64) - np.repeat(np.cumsum(after) - after, after)
        first, second = order[first_pos], order[first_pos + 1 + offset]
        self._light_first: Ints = first
        self._light_second: Ints = second
        self._light_cell: Ints = arr.src[first] * n + arr.src[second]
        self._light_value: Ints = arr.val[first]
        self._light_claims: Ints = np.nonzero(light[arr.val])[0]
        heavy = np.nonzero(~light)[0]
        heavy_claims = order[~light[arr.val[order]]]
        self._heavy: Ints = heavy
        self._heavy_claims: Ints = heavy_claims
        remap = np.full(arr.n_val, -1, dtype=np.int64)
        remap[heavy] = np.arange(heavy.size)
        self._heavy_col: Ints = remap[arr.val[heavy_claims]]

    def _value_gram(self, col_weight: Floats) -> Floats:
        """``_gram(val, w, col_weight)``: listed pairs for light values, dense for the rest.

        Equal to the reference up to the order of floating-point additions.
        """
        if not hasattr(self, "_light_cell"):
            self._value_split()
        arr = self.arr
        n = arr.n_src
        weight = np.where(col_weight > 1e-12, col_weight, 0.0)
        first, second = self._light_first, self._light_second
        listed = bincount(
            self._light_cell,
            weights=arr.w[first] * arr.w[second] * weight[self._light_value],
            minlength=n * n,
        ).reshape(n, n)
        out = listed + listed.T
        alone = self._light_claims
        out[np.diag_indices(n)] += bincount(
            arr.src[alone], weights=arr.w[alone] ** 2 * weight[arr.val[alone]], minlength=n
        )
        claims, heavy_col = self._heavy_claims, self._heavy_col
        scaled = arr.w[claims] * np.sqrt(weight[arr.val[claims]])
        src = arr.src[claims]
        bounds = np.searchsorted(heavy_col, np.arange(0, self._heavy.size + 4096, 4096))
        for block_no, (lo, hi) in enumerate(
            zip(bounds[:-1].tolist(), bounds[1:].tolist(), strict=True)
        ):
            start = block_no * 4096
            width = min(4096, self._heavy.size - start)
            flat = bincount(
                src[lo:hi] * width + heavy_col[lo:hi] - start,
                weights=scaled[lo:hi],
                minlength=n * width,
            )
            block = flat.reshape(n, width)
            out += block @ block.T
        return out

    def same_true(self, prob: Floats) -> Floats:
        """Per pair: the expected number of shared items where both gave the true value.

        ``prob`` is each value's probability of being true; expected counts (rather than
        counts under the current best guess) keep the iteration smooth.
        """
        arr = self.arr
        if not self.dense:
            weights = self.same_weight * prob[arr.val[self.same_first]]
            return bincount(self.same_pair, weights=weights, minlength=self.n_pairs)
        product = self._value_gram(prob)
        return np.asarray(product[self.a, self.b], dtype=np.float64)

    def same_claims(self, pairs: Ints) -> tuple[Ints, Ints, Ints]:
        """Claim pairs (first, second, pair) giving one value, for the chosen pairs."""
        if not self.dense:
            chosen = np.zeros(self.n_pairs, dtype=bool)
            chosen[pairs] = True
            keep = chosen[self.same_pair]
            return self.same_first[keep], self.same_second[keep], self.same_pair[keep]
        arr = self.arr
        order = np.argsort(arr.src, kind="stable")
        bounds = np.searchsorted(arr.src[order], np.arange(arr.n_src + 1))
        firsts, seconds, ids = [], [], []
        for p in pairs.tolist():
            ca = order[bounds[self.a[p]] : bounds[self.a[p] + 1]]
            cb = order[bounds[self.b[p]] : bounds[self.b[p] + 1]]
            _, ia, ib = np.intersect1d(arr.val[ca], arr.val[cb], return_indices=True)
            firsts.append(ca[ia])
            seconds.append(cb[ib])
            ids.append(np.full(ia.size, p, dtype=np.int64))
        if not firsts:
            empty = np.zeros(0, dtype=np.int64)
            return empty, empty, empty
        return np.concatenate(firsts), np.concatenate(seconds), np.concatenate(ids)


def _logaddexp3(x: Floats, y: Floats, z: Floats) -> Floats:
    return np.asarray(np.logaddexp(np.logaddexp(x, y), z), dtype=np.float64)


def dependence(
    stats: PairStats,
    accuracy: Floats,
    same_true: Floats,
    *,
    n_false: int,
    copy_rate: float,
    prior: float,
    min_shared_false: float = 2.0,
) -> tuple[Floats, Floats]:
    """Per pair, P(a copies b) and P(b copies a) given what they share.

    Shared false values are the strong evidence: two independent sources rarely make the
    same mistake (probability (1 - A1)(1 - A2) / n), a copier does so at rate ``copy_rate``.
    Pairs sharing fewer than ``min_shared_false`` (expected) false values are taken as
    independent: agreeing on true values is what accurate sources do, and the model's
    single accuracy per source otherwise reads a good source's agreement with a
    weaker one, on the items both cover, as copying.
    """
    a1, a2 = accuracy[stats.a], accuracy[stats.b]
    kt = np.minimum(same_true, stats.same)
    kf = np.maximum(stats.same - kt, 0.0)
    kd = np.maximum(stats.shared - stats.same, 0.0)
    pt = a1 * a2
    pf = (1 - a1) * (1 - a2) / n_false
    pd = np.maximum(1 - pt - pf, 1e-12)
    c = copy_rate
    log_ind = np.log(1 - prior) + kt * np.log(pt) + kf * np.log(pf) + kd * np.log(pd)
    log_d = np.log(pd * (1 - c))

    def copies(original: Floats) -> Floats:
        same_t = np.log(original * c + pt * (1 - c))
        same_f = np.log((1 - original) * c + pf * (1 - c))
        return np.asarray(np.log(prior / 2) + kt * same_t + kf * same_f + kd * log_d)

    log_ab, log_ba = copies(a2), copies(a1)
    norm = _logaddexp3(log_ind, log_ab, log_ba)
    evidence = kf >= min_shared_false
    return np.exp(log_ab - norm) * evidence, np.exp(log_ba - norm) * evidence


def run_accu(
    arr: Arrays,
    *,
    max_iter: int,
    tol: float,
    detect_copies: bool = True,
    n_false: int = 100,
    initial_accuracy: float = 0.8,
    copy_rate: float = 0.8,
    copy_prior: float = 0.2,
    copy_threshold: float = 0.5,
    min_shared_false: float = 2.0,
    similarity: float = 0.0,
) -> tuple[Floats, Floats, int, list[tuple[int, int, float]]]:
    """Accu(Copy); returns (P(value true), accuracy per source, iterations, copy edges).

    Copy edges are ``(a, b, P(a and b dependent))`` for pairs above ``copy_threshold``.
    With ``similarity`` above 0 (AccuSim), a value's vote count also takes that share of
    the counts of the values that support it (``C*(v) = C(v) + rho * sum C(v') sim(v', v)``).
    """
    support_from, support_to, support_weight = _support(arr, similarity)
    accuracy = np.full(arr.n_src, initial_accuracy)
    unseen = np.maximum(n_false + 1 - np.diff(arr.item_start), 0).astype(np.float64)
    stats = PairStats(arr) if detect_copies and arr.n_src > 1 else None
    p_ab = p_ba = np.zeros(0)
    discount = np.zeros(arr.val.size)
    change = np.inf
    prob = np.zeros(arr.n_val)
    for iteration in range(1, max_iter + 1):
        vote = np.log(n_false * accuracy / (1 - accuracy))
        count = bincount(
            arr.val, weights=arr.w * vote[arr.src] * np.exp(discount), minlength=arr.n_val
        )
        if support_from.size:
            support = support_weight * np.maximum(count[support_from], 0.0)
            count = count + bincount(support_to, weights=support, minlength=arr.n_val)
        top = np.maximum(arr.item_max(count), 0.0)[arr.value_item]
        expo = np.exp(count - top)
        denom = arr.item_sum(expo)[arr.value_item] + unseen[arr.value_item] * np.exp(-top)
        prob = arr.clamp(expo / denom, 1.0)
        # One pseudo-claim at the initial accuracy: without it a source alone on its
        # items has every accuracy as a fixed point and drifts towards 1 for ever.
        total = arr.source_mean(prob) * arr.src_weight + initial_accuracy
        new = np.clip(total / (arr.src_weight + 1.0), 1e-4, 1 - 1e-4)
        change = float(np.abs(new - accuracy).max()) if new.size else 0.0
        accuracy = new
        if stats is not None and stats.n_pairs:
            new_ab, new_ba = dependence(
                stats,
                accuracy,
                stats.same_true(prob),
                n_false=n_false,
                copy_rate=copy_rate,
                prior=copy_prior,
                min_shared_false=min_shared_false,
            )
            # Averaging with the last round damps the two-cycle in which truth and
            # dependence flip each other.
            if p_ab.size:
                new_ab, new_ba = (p_ab + new_ab) / 2, (p_ba + new_ba) / 2
            p_ab, p_ba = new_ab, new_ba
            discount = _discounts(arr, stats, accuracy, p_ab, p_ba, c=copy_rate)
        if change < tol and iteration > 1:
            edges = []
            if stats is not None and p_ab.size:
                dep = p_ab + p_ba
                for p in np.nonzero(dep >= copy_threshold)[0].tolist():
                    edges.append((int(stats.a[p]), int(stats.b[p]), float(dep[p])))
            return prob, accuracy, iteration, edges
    raise not_converged("accu", max_iter, change, tol)


def _support(arr: Arrays, similarity: float) -> tuple[Ints, Ints, Floats]:
    """The (from, to, rho * sim) pairs of values of one item where one supports the other."""
    if not (similarity > 0 and arr.enc.comparison.has_partial_similarity):
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0)
    source, target, weight = implication_pairs(arr, 0.0)
    positive = weight > 0
    return source[positive], target[positive], weight[positive] * similarity


def _discounts(
    arr: Arrays, stats: PairStats, accuracy: Floats, p_ab: Floats, p_ba: Floats, *, c: float
) -> Floats:
    """Log of the independent share of each claim's vote.

    For the sources giving one value, ordered by decreasing accuracy (then name), a
    source's vote keeps the factor (1 - c * P(it copies s')) for each earlier s'.
    """
    discount = np.zeros(arr.val.size)
    dependent = np.nonzero((p_ab + p_ba) > 1e-3)[0]
    if not dependent.size:
        return discount
    first, second, pair = stats.same_claims(dependent.astype(np.int64))
    rank = np.empty(arr.n_src, dtype=np.int64)
    rank[np.lexsort((np.arange(arr.n_src), -accuracy))] = np.arange(arr.n_src)
    s1, s2 = arr.src[first], arr.src[second]
    first_later = rank[s1] > rank[s2]
    later = np.where(first_later, first, second)
    # P(later copies earlier): p_ab when the later one is the pair's "a" side.
    later_is_a = arr.src[later] == stats.a[pair]
    p_copy = np.where(later_is_a, p_ab[pair], p_ba[pair])
    np.add.at(discount, later, np.log(np.clip(1 - c * p_copy, 1e-12, 1.0)))
    return discount


def copy_groups(
    arr: Arrays,
    edges: list[tuple[int, int, float]],
    chosen: Ints,
    extra: list[list[int]] | None = None,
) -> list[CopyGroup]:
    """Connected groups of dependent sources, each with the evidence of its copying."""
    enc = arr.enc
    parent = list(range(arr.n_src))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b, _p in edges:
        ra, rb = find(a), find(b)
        parent[max(ra, rb)] = min(ra, rb)
    members: dict[int, list[int]] = defaultdict(list)
    for s in range(arr.n_src):
        members[find(s)].append(s)
    lowest: dict[int, float] = {}
    for a, _b, p in edges:
        root = find(a)
        lowest[root] = min(lowest.get(root, 1.0), p)
    groups = []
    for root, group in members.items():
        if len(group) < 2:
            continue
        in_group = np.zeros(arr.n_src, dtype=bool)
        in_group[group] = True
        mask = in_group[arr.src]
        items_count = bincount(arr.item[mask], minlength=arr.n_item)
        vals_count = bincount(arr.val[mask], minlength=arr.n_val)
        shared_items = int((items_count >= 2).sum())
        false_vals = np.nonzero(vals_count >= 2)[0]
        shared_false = int(np.sum(chosen[arr.value_item[false_vals]] != false_vals))
        p = lowest.get(root, 1.0)
        groups.append(
            CopyGroup(
                sources=tuple(sorted(enc.sources[s] for s in group)),
                probability=round(p, 6),
                shared_items=shared_items,
                shared_false=shared_false,
                evidence=(
                    f"{shared_false} shared false values on {shared_items} shared items; "
                    f"P(dependent) >= {p:.2f}"
                ),
            )
        )
    return groups
