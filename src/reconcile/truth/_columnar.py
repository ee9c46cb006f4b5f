"""Encode a claim table kept as columns straight into integer arrays (numpy).

:func:`~reconcile.truth._encode.encode` walks a :class:`ClaimTable`: a million claim
objects, built, sorted and read attribute by attribute. A table read as columns
(:class:`ClaimColumns`) needs none of that: each column becomes integer codes through
one dictionary of its distinct names, the claims are ordered by a sort of those codes,
and items, values and claims are numbered on arrays. The result is the
:class:`Encoded` that ``encode(columns.table(), ...)`` gives, equal field by field; a
table this path does not cover returns None and goes the claim-by-claim way.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from reconcile.errors import InvalidValue
from reconcile.truth._compare import Key, ValueComparison
from reconcile.truth._encode import Encoded, KnownFalse, KnownTrue, known_keys
from reconcile.truth._model import ClaimColumns, Rejection, TruthClaim

__all__ = ["encode_columns"]

Ints = npt.NDArray[np.int64]


def _codes(column: Sequence[str]) -> tuple[list[str], Ints]:
    """The sorted distinct names of ``column``, and each cell's rank among them."""
    names = sorted(dict.fromkeys(column))
    rank = dict(zip(names, range(len(names)), strict=True))
    codes = np.fromiter(map(rank.__getitem__, column), dtype=np.int64, count=len(column))
    return names, codes


def _keys(
    raw_values: list[str], comparison: ValueComparison
) -> tuple[list[Key | None], dict[str, str]]:
    """Each distinct raw value's key (None when rejected), and why the rejected ones are."""
    keys: list[Key | None] = []
    reasons: dict[str, str] = {}
    for value in raw_values:
        try:
            key = comparison.key(value)
        except InvalidValue as error:
            reasons[value] = error.message
            keys.append(None)
            continue
        if key is None:
            reasons[value] = "missing value"
        keys.append(key)
    return keys, reasons


def encode_columns(
    columns: ClaimColumns,
    comparison: ValueComparison,
    *,
    known_true: KnownTrue | None = None,
    known_false: KnownFalse | None = None,
) -> Encoded | None:
    """``encode(columns.table(), comparison, ...)`` computed on the columns, or None.

    None when a source claims twice on one item, when two distinct keys sort alike, when
    a zero key comes with both signs, or when a known-true item has no claim: the
    claim-by-claim encoding merges, orders or adds those, and stays the reference.

    Raises:
        InvalidInput: a known-true or known-false value is unusable, or both at once.

    Examples:
        >>> from reconcile.truth import text
        >>> from reconcile.truth._encode import encode
        >>> columns = ClaimColumns(["b", "a", "a"], ["o", "o", "p"], ["k"] * 3, ["X", "x", "-"])
        >>> encoded = encode_columns(columns, text())
        >>> encoded == encode(columns.table(), text())
        True
        >>> encoded.values, [r.reason for r in encoded.rejected]
        (['x'], ['missing value'])
    """
    extra_true, false_keys = known_keys(comparison, known_true, known_false)
    source_names, source_code = _codes(columns.sources)
    object_names, object_code = _codes(columns.objects)
    attribute_names, attribute_code = _codes(columns.attributes)
    raw_names, raw_code = _codes(columns.values)

    # The table's order: (object, attribute, source), each name by its rank.
    order = np.lexsort((source_code, attribute_code, object_code))
    obj, attr = object_code[order], attribute_code[order]
    src, raw = source_code[order], raw_code[order]
    new_item = (obj[1:] != obj[:-1]) | (attr[1:] != attr[:-1])
    if not (new_item | (src[1:] != src[:-1])).all():
        return None  # a source claims twice on an item

    keys, reasons = _keys(raw_names, comparison)
    signs = {
        math.copysign(1.0, k)
        for k in (*keys, *extra_true.values())
        if isinstance(k, float) and k == 0.0
    }
    distinct_keys = list(dict.fromkeys(k for k in (*keys, *extra_true.values()) if k is not None))
    sort_keys = [comparison.sort_key(k) for k in distinct_keys]
    if len(signs) > 1 or len(set(sort_keys)) != len(sort_keys):
        return None
    by_rank = [distinct_keys[i] for i in sorted(range(len(sort_keys)), key=sort_keys.__getitem__)]
    key_rank = {k: r for r, k in enumerate(by_rank)}
    raw_rank = np.asarray([-1 if k is None else key_rank[k] for k in keys], dtype=np.int64)
    claim_rank = raw_rank[raw]

    rejected: list[Rejection] = []
    if reasons:
        dropped = claim_rank < 0
        for c in np.flatnonzero(dropped).tolist():
            value = raw_names[raw[c]]
            claim = TruthClaim(
                source_names[src[c]], object_names[obj[c]], attribute_names[attr[c]], value
            )
            rejected.append(Rejection(claim, reasons[value]))
        kept = ~dropped
        obj, attr, src, claim_rank = obj[kept], attr[kept], src[kept], claim_rank[kept]
        new_item = (obj[1:] != obj[:-1]) | (attr[1:] != attr[:-1])
    n_claims = int(obj.size)
    if not n_claims:
        return None

    # Items are runs of the ordered claims; they come in (object, attribute) order.
    starts = np.concatenate(([0], np.flatnonzero(new_item) + 1))
    items = list(
        zip(
            map(object_names.__getitem__, obj[starts].tolist()),
            map(attribute_names.__getitem__, attr[starts].tolist()),
            strict=True,
        )
    )
    item_index = {item: i for i, item in enumerate(items)}
    if extra_true.keys() - item_index.keys():
        return None  # a known-true item without claims: added by the reference
    claim_item = np.concatenate(([0], np.cumsum(new_item)))
    used_sources = np.unique(src)
    source_index = np.full(len(source_names), -1, dtype=np.int64)
    source_index[used_sources] = np.arange(used_sources.size)

    # A value is (item, key), numbered item * n_keys + key rank: the documented order.
    n_keys = len(by_rank)
    known = [(item_index[item], key_rank[key]) for item, key in extra_true.items()]
    pairs = np.concatenate(
        (claim_item * n_keys + claim_rank, np.asarray([i * n_keys + k for i, k in known], int))
    )
    ordered, value_of = np.unique(pairs, return_inverse=True)
    value_item = ordered // n_keys
    item_start = np.concatenate(([0], np.cumsum(np.bincount(value_item, minlength=len(items)))))
    ordered_list = ordered.tolist()
    false_values = set()
    for item, key in false_keys:
        if item in item_index and key in key_rank:
            pair = item_index[item] * n_keys + key_rank[key]
            at = int(np.searchsorted(ordered, pair))
            if at < ordered.size and ordered_list[at] == pair:
                false_values.add(at)
    return Encoded(
        comparison=comparison,
        sources=[source_names[s] for s in used_sources.tolist()],
        items=items,
        values=[by_rank[p % n_keys] for p in ordered_list],
        value_item=value_item.tolist(),
        item_start=item_start.tolist(),
        claim_source=source_index[src].tolist(),
        claim_value=value_of[:n_claims].tolist(),
        claim_weight=[1.0] * n_claims,
        claim_low=[-math.inf] * n_claims,
        claim_high=[math.inf] * n_claims,
        known_true={i: int(v) for (i, _k), v in zip(known, value_of[n_claims:], strict=True)},
        known_false=false_values,
        rejected=rejected,
    )
