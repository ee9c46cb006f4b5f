"""Turn a claim table into integer-indexed claims, and estimates back into objects.

Pure Python: the vote runs on this without numpy. Order is fixed here once, so every
estimator sees sources sorted by name, items by (object, attribute) and the values of an
item in the comparison's documented order; shuffled input encodes identically.
"""

from __future__ import annotations

import bisect
import math
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence

import attrs

from reconcile.errors import InvalidInput, InvalidValue
from reconcile.truth._compare import Key, ValueComparison
from reconcile.truth._model import (
    ClaimTable,
    CopyGroup,
    ItemEstimate,
    Method,
    Rejection,
    SourceTrust,
    TruthEstimate,
    no_gc,
)

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
    with no_gc():
        return _encode(table, comparison, known_true=known_true, known_false=known_false)


def _encode(
    table: ClaimTable,
    comparison: ValueComparison,
    *,
    known_true: KnownTrue | None,
    known_false: KnownFalse | None,
) -> Encoded:
    keyed, rejected = _parse(table, comparison)

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
) -> TruthEstimate:
    """Assemble the :class:`TruthEstimate` from per-value scores and per-source trust.

    ``overrides`` (item -> key, confidence, tied keys) lets the numeric estimator return
    values that no source claimed, such as a weighted median between two claims.
    """
    cmp = enc.comparison
    claim_count = [0] * len(enc.sources)
    item_sources: list[set[int]] = [set() for _ in enc.items]
    for s, v in zip(enc.claim_source, enc.claim_value, strict=True):
        claim_count[s] += 1
        item_sources[enc.value_item[v]].add(s)
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
                    sources=len(item_sources[i]),
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
                sources=len(item_sources[i]),
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
