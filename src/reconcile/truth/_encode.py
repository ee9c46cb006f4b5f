"""Turn a claim table into integer-indexed claims, and estimates back into objects.

Pure Python: the vote runs on this without numpy. Order is fixed here once, so every
estimator sees sources sorted by name, items by (object, attribute) and the values of an
item in the comparison's documented order; shuffled input encodes identically.
"""

from __future__ import annotations

import bisect
import itertools
import math
import operator
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence

import attrs

from reconcile._heap import collector_paused
from reconcile.errors import InvalidInput, InvalidValue
from reconcile.truth._compare import Key, ValueComparison
from reconcile.truth._model import (
    ClaimTable,
    CopyGroup,
    ItemEstimate,
    Method,
    Rejection,
    SourceTrust,
    TruthClaim,
    TruthEstimate,
)

_VALUE = operator.attrgetter("value")
_OBJECT = operator.attrgetter("object")
_ATTRIBUTE = operator.attrgetter("attribute")
_SOURCE = operator.attrgetter("source")
_LOW = operator.attrgetter("low")
_HIGH = operator.attrgetter("high")

Item = tuple[str, str]
KnownTrue = Mapping[Item, str | float] | Iterable[tuple[str, str, str | float]]
KnownFalse = Iterable[tuple[str, str, str | float]]

#: Scores within this relative distance of the best are a tie.
TIE_TOL = 1e-9


@attrs.define
class Encoded:
    """A claim table as parallel integer lists (internal)."""

    comparison: ValueComparison
    sources: list[str]
    items: list[Item]
    values: list[Key]
    value_item: list[int]
    item_start: list[int]  # values of item i are item_start[i]:item_start[i + 1]
    claim_source: list[int]
    claim_value: list[int]
    claim_weight: list[float]  # 1/k when a source gives k values for one item
    claim_low: list[float]
    claim_high: list[float]
    known_true: dict[int, int]  # item -> value
    known_false: set[int]  # values
    rejected: list[Rejection]

    @property
    def n_items(self) -> int:
        return len(self.items)

    def item_values(self, item: int) -> range:
        return range(self.item_start[item], self.item_start[item + 1])


def _triples(known: KnownTrue | KnownFalse | None) -> list[tuple[str, str, str | float]]:
    if known is None:
        return []
    if isinstance(known, Mapping):
        return [(o, a, v) for (o, a), v in known.items()]
    return [tuple(t) for t in known]  # type: ignore[misc]


def _parse(
    table: ClaimTable, comparison: ValueComparison
) -> tuple[dict[tuple[Item, str], dict[Key, tuple[float, float]]], list[Rejection]]:
    """Key every claim's value: per (item, source), the keys with their bounds."""
    rejected: list[Rejection] = []
    keyed: dict[tuple[Item, str], dict[Key, tuple[float, float]]] = defaultdict(dict)
    # Tables repeat few distinct raw values many times; parse each once.
    parsed: dict[tuple[type, str | float], Key | str | None] = {}
    failed: set[tuple[type, str | float]] = set()
    for claim in table.claims:
        raw_key = (type(claim.value), claim.value)
        if raw_key in parsed:
            key = parsed[raw_key]
        else:
            try:
                key = comparison.key(claim.value)
            except InvalidValue as error:
                key = error.message
                failed.add(raw_key)
            parsed[raw_key] = key
        if key is None or raw_key in failed:
            rejected.append(Rejection(claim, "missing value" if key is None else str(key)))
            continue
        low = claim.low if claim.low is not None else -math.inf
        high = claim.high if claim.high is not None else math.inf
        keyed[(claim.item, claim.source)][key] = (low, high)
    return keyed, rejected


def encode(
    table: ClaimTable,
    comparison: ValueComparison,
    *,
    known_true: KnownTrue | None = None,
    known_false: KnownFalse | None = None,
) -> Encoded:
    """Encode ``table``; claims without a usable value go to ``rejected``."""
    with collector_paused():
        return _encode(table, comparison, known_true=known_true, known_false=known_false)


def _encode(
    table: ClaimTable,
    comparison: ValueComparison,
    *,
    known_true: KnownTrue | None,
    known_false: KnownFalse | None,
) -> Encoded:
    extra_true, false_keys = known_keys(comparison, known_true, known_false)
    fast = _encode_columns(table, comparison, extra_true, false_keys)
    if fast is not None:
        return fast
    return _encode_claims(table, comparison, extra_true, false_keys)


def known_keys(
    comparison: ValueComparison, known_true: KnownTrue | None, known_false: KnownFalse | None
) -> tuple[dict[Item, Key], set[tuple[Item, Key]]]:
    """The analyst's known-true value per item and known-false (item, value) pairs."""
    extra_true: dict[Item, Key] = {}
    for obj, attr, raw in _triples(known_true):
        key = _known_key(comparison, obj, attr, raw, "known_true")
        if (obj, attr) in extra_true and extra_true[(obj, attr)] != key:
            raise InvalidInput(
                f"two different known-true values for ({obj!r}, {attr!r})", field="known_true"
            )
        extra_true[(obj, attr)] = key
    false_keys = {
        ((obj, attr), _known_key(comparison, obj, attr, raw, "known_false"))
        for obj, attr, raw in _triples(known_false)
    }
    conflict = sorted(k for k in false_keys if extra_true.get(k[0]) == k[1])
    if conflict:
        raise InvalidInput(
            f"a value is both known true and known false: {conflict[0]!r}", field="known_false"
        )

    return extra_true, false_keys


def _encode_columns(
    table: ClaimTable,
    comparison: ValueComparison,
    extra_true: Mapping[Item, Key],
    false_keys: Collection[tuple[Item, Key]],
) -> Encoded | None:
    """Encode a table of text values with one claim per source and item, column-wise.

    The common case (every table that :func:`load_claim_table` reads, unless a source
    repeats itself on an item) needs no per-(item, source) merging, so each step is a
    pass over a whole column in C-level ``map``/``zip`` calls, on integers where it can:
    items are runs of the sorted table, values numbered ``item * n_keys + key``.
    Returns None for any other table; :func:`_encode_claims` handles every table and is
    the reference.
    """
    claims: Sequence[TruthClaim] = table.claims
    raw = list(map(_VALUE, claims))
    distinct = set(raw)
    if not all(type(v) is str for v in distinct):
        return None
    # Tables repeat few distinct raw values many times; parse each once.
    parsed: dict[str | float, Key] = {}
    reasons: dict[str | float, str] = {}
    for value in distinct:
        try:
            key = comparison.key(value)
        except InvalidValue as error:
            reasons[value] = error.message
            continue
        if key is None:
            reasons[value] = "missing value"
        else:
            parsed[value] = key
    signs = {
        math.copysign(1.0, k)
        for k in itertools.chain(parsed.values(), extra_true.values())
        if isinstance(k, float) and k == 0.0
    }
    if len(signs) > 1:
        # 0.0 and -0.0 are one key; each item keeps the sign it met first, per item.
        return None
    rejected: list[Rejection] = []
    if reasons:
        rejected = [
            Rejection(c, reasons[v]) for c, v in zip(claims, raw, strict=True) if v in reasons
        ]
        claims = [c for c, v in zip(claims, raw, strict=True) if v not in reasons]
        raw = [v for v in raw if v not in reasons]
    objects = list(map(_OBJECT, claims))
    attributes = list(map(_ATTRIBUTE, claims))
    source_col = list(map(_SOURCE, claims))
    # The table is sorted by (object, attribute, source): an item starts wherever the
    # object or attribute changes, and its items come in sorted order.
    changed = list(
        map(
            operator.or_,
            map(operator.ne, objects, itertools.islice(objects, 1, None)),
            map(operator.ne, attributes, itertools.islice(attributes, 1, None)),
        )
    )
    claim_item = list(itertools.accumulate(changed, initial=0)) if claims else []
    items = [(objects[0], attributes[0])] if claims else []
    items += [
        (objects[c], attributes[c]) for c in itertools.compress(range(1, len(claims)), changed)
    ]
    sources = sorted(set(source_col))
    source_index = {s: i for i, s in enumerate(sources)}
    claim_source = list(map(source_index.__getitem__, source_col))
    same_source = map(operator.eq, claim_source, itertools.islice(claim_source, 1, None))
    if any(map(operator.gt, same_source, changed)):
        return None  # a source claims twice on an item: merged in _encode_claims
    if extra_true.keys() - set(items):
        present = items
        items = sorted(set(items).union(extra_true))
        renumber = [bisect.bisect_left(items, item) for item in present]
        claim_item = list(map(renumber.__getitem__, claim_item))
    item_index = {item: i for i, item in enumerate(items)}

    # A value is (item, key), numbered item * n_keys + key number while being sorted.
    key_number: dict[Key, int] = {}
    raw_number = {v: key_number.setdefault(k, len(key_number)) for v, k in parsed.items()}
    known = [
        (item_index[item], key_number.setdefault(key, len(key_number)))
        for item, key in extra_true.items()
    ]
    keys = list(key_number)
    n_keys = len(keys)
    rank = [0] * n_keys
    for r, k in enumerate(sorted(range(n_keys), key=lambda k: comparison.sort_key(keys[k]))):
        rank[k] = r
    claim_pair = list(
        map(
            operator.add,
            map(operator.mul, claim_item, itertools.repeat(n_keys)),
            map(raw_number.__getitem__, raw),
        )
    )
    pairs = set(claim_pair).union(i * n_keys + k for i, k in known)
    ordered = sorted(pairs, key=lambda p: p - p % n_keys + rank[p % n_keys])
    value_index = {p: v for v, p in enumerate(ordered)}
    value_item = [p // n_keys for p in ordered]
    item_start = [0] * (len(items) + 1)
    for i in value_item:
        item_start[i + 1] += 1
    for i in range(len(items)):
        item_start[i + 1] += item_start[i]

    false_values = set()
    for item, key in false_keys:
        if item in item_index and key in key_number:
            pair = item_index[item] * n_keys + key_number[key]
            if pair in value_index:
                false_values.add(value_index[pair])
    return Encoded(
        comparison=comparison,
        sources=sources,
        items=items,
        values=[keys[p % n_keys] for p in ordered],
        value_item=value_item,
        item_start=item_start,
        claim_source=claim_source,
        claim_value=list(map(value_index.__getitem__, claim_pair)),
        claim_weight=[1.0] * len(claims),
        claim_low=_bounds(list(map(_LOW, claims)), -math.inf),
        claim_high=_bounds(list(map(_HIGH, claims)), math.inf),
        known_true={i: value_index[i * n_keys + k] for i, k in known},
        known_false=false_values,
        rejected=rejected,
    )


def _bounds(column: list[float | None], missing: float) -> list[float]:
    if column.count(None) == len(column):
        return [missing] * len(column)
    return [missing if x is None else x for x in column]


def _encode_claims(
    table: ClaimTable,
    comparison: ValueComparison,
    extra_true: Mapping[Item, Key],
    false_keys: Collection[tuple[Item, Key]],
) -> Encoded:
    """Encode any table claim by claim, merging a source's claims on one item."""
    keyed, rejected = _parse(table, comparison)

    item_keys: dict[Item, set[Key]] = defaultdict(set)
    for (item, _source), claimed_keys in keyed.items():
        item_keys[item].update(claimed_keys)
    for item, key in extra_true.items():
        item_keys[item].add(key)
    items = sorted(item_keys)
    sources = sorted({source for _item, source in keyed})
    source_index = {s: i for i, s in enumerate(sources)}

    order: dict[Key, tuple[float, str]] = {}

    def sort_key(key: Key) -> tuple[float, str]:
        if key not in order:
            order[key] = comparison.sort_key(key)
        return order[key]

    values: list[Key] = []
    value_item: list[int] = []
    item_start: list[int] = []
    value_index: dict[tuple[Item, Key], int] = {}
    for i, item in enumerate(items):
        item_start.append(len(values))
        for key in sorted(item_keys[item], key=sort_key):
            value_index[(item, key)] = len(values)
            values.append(key)
            value_item.append(i)
    item_start.append(len(values))

    claim_source: list[int] = []
    claim_value: list[int] = []
    claim_weight: list[float] = []
    claim_low: list[float] = []
    claim_high: list[float] = []
    # ``keyed`` follows the table's (object, attribute, source) order already.
    for (item, source), claimed in keyed.items():
        weight = 1.0 / len(claimed)
        for key in sorted(claimed, key=sort_key) if len(claimed) > 1 else claimed:
            claim_source.append(source_index[source])
            claim_value.append(value_index[(item, key)])
            claim_weight.append(weight)
            claim_low.append(claimed[key][0])
            claim_high.append(claimed[key][1])

    return Encoded(
        comparison=comparison,
        sources=sources,
        items=items,
        values=values,
        value_item=value_item,
        item_start=item_start,
        claim_source=claim_source,
        claim_value=claim_value,
        claim_weight=claim_weight,
        claim_low=claim_low,
        claim_high=claim_high,
        known_true={
            bisect.bisect_left(items, item): value_index[(item, key)]
            for item, key in extra_true.items()
        },
        known_false={value_index[k] for k in false_keys if k in value_index},
        rejected=rejected,
    )


def _known_key(
    comparison: ValueComparison, obj: str, attr: str, raw: str | float, field: str
) -> Key:
    try:
        key = comparison.key(raw)
    except InvalidValue as error:
        raise InvalidInput(f"({obj!r}, {attr!r}): {error.message}", field=field) from None
    if key is None:
        raise InvalidInput(f"({obj!r}, {attr!r}): {raw!r} states no value", field=field)
    return key


def identical_sources(enc: Encoded, *, min_claims: int = 2) -> list[list[int]]:
    """Groups of sources (of two or more) whose claim sets are identical.

    A source with fewer than ``min_claims`` claims carries no evidence of copying, so it
    is never grouped. Groups are lists of source indices, each sorted, sorted by first.
    """
    claimed: dict[int, list[int]] = defaultdict(list)
    for s, v in zip(enc.claim_source, enc.claim_value, strict=True):
        claimed[s].append(v)
    by_set: dict[tuple[int, ...], list[int]] = defaultdict(list)
    for s, vals in claimed.items():
        if len(vals) >= min_claims:
            by_set[tuple(sorted(vals))].append(s)
    return sorted(sorted(g) for g in by_set.values() if len(g) > 1)


def choose(
    enc: Encoded, scores: Sequence[float]
) -> list[tuple[int | None, float, tuple[int, ...]]]:
    """Per item: the chosen value, its score and the tied values (first one chosen).

    Known-true values are chosen outright; known-false values are never chosen.
    """
    chosen: list[tuple[int | None, float, tuple[int, ...]]] = []
    for i in range(enc.n_items):
        if i in enc.known_true:
            chosen.append((enc.known_true[i], 1.0, ()))
            continue
        candidates = [v for v in enc.item_values(i) if v not in enc.known_false]
        if not candidates:
            chosen.append((None, 0.0, ()))
            continue
        best = max(scores[v] for v in candidates)
        margin = TIE_TOL * max(1.0, abs(best))
        tied = tuple(v for v in candidates if scores[v] >= best - margin)
        chosen.append((tied[0], best, tied if len(tied) > 1 else ()))
    return chosen


def build_estimate(
    enc: Encoded,
    method: Method,
    *,
    scores: Sequence[float],
    trust: Sequence[float],
    iterations: int,
    copy_groups: Sequence[CopyGroup] = (),
    overrides: Mapping[int, tuple[Key, float, tuple[Key, ...]]] | None = None,
    counts: tuple[Sequence[int], Sequence[int]] | None = None,
) -> TruthEstimate:
    """Assemble the :class:`TruthEstimate` from per-value scores and per-source trust.

    ``overrides`` (item -> key, confidence, tied keys) lets the numeric estimator return
    values that no source claimed, such as a weighted median between two claims.
    ``counts`` is (claims per source, sources per item) when the caller has counted
    them already.
    """
    cmp = enc.comparison
    if counts is None:
        per_source = [0] * len(enc.sources)
        item_sources: list[set[int]] = [set() for _ in enc.items]
        for s, v in zip(enc.claim_source, enc.claim_value, strict=True):
            per_source[s] += 1
            item_sources[enc.value_item[v]].add(s)
        counts = (per_source, [len(s) for s in item_sources])
    claim_count, source_count = counts
    chosen = choose(enc, scores)
    items: list[ItemEstimate] = []
    for i, (obj, attr) in enumerate(enc.items):
        n_candidates = len(enc.item_values(i))
        if overrides is not None and i in overrides and i not in enc.known_true:
            key, confidence, tied_keys = overrides[i]
            items.append(
                ItemEstimate(
                    obj,
                    attr,
                    cmp.render(key),
                    _unit(confidence),
                    tie=bool(tied_keys),
                    tied=tuple(cmp.render(k) for k in tied_keys),
                    candidates=n_candidates,
                    sources=source_count[i],
                )
            )
            continue
        value, score, tied = chosen[i]
        items.append(
            ItemEstimate(
                obj,
                attr,
                None if value is None else cmp.render(enc.values[value]),
                _unit(score),
                tie=bool(tied),
                tied=tuple(cmp.render(enc.values[v]) for v in tied),
                candidates=n_candidates,
                sources=source_count[i],
                known=i in enc.known_true,
            )
        )
    sources = tuple(
        SourceTrust(name, _unit(trust[s]), method, claim_count[s])
        for s, name in enumerate(enc.sources)
    )
    return TruthEstimate(
        method=method,
        items=tuple(items),
        sources=sources,
        copy_groups=tuple(sorted(copy_groups, key=lambda g: g.sources)),
        iterations=iterations,
        rejected=tuple(enc.rejected),
    )


def _unit(x: float) -> float:
    if math.isnan(x):
        return 0.0
    return min(1.0, max(0.0, float(x)))


def sources_of(enc: Encoded, groups: Collection[int]) -> tuple[str, ...]:
    """Names of the sources ``groups`` (indices), sorted."""
    return tuple(sorted(enc.sources[s] for s in groups))
