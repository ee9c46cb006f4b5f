"""Source trust as map-reduce rounds: the independence-aware vote, and CRH on numbers.

Both run over a claim table of :class:`TrustClaim` rows (source, object, value, and the
source's independence group), split into parts. The in-process functions
(:func:`independent_vote`, :func:`crh`) are the reference; the ``*_dask`` functions
compute the same formula on a cluster, and never gather the claims:

- **vote**: each part maps to ``(object, value) -> groups``; the partial maps are
  merged pairwise on the workers (a tree), and the winner of each object is the value
  stated by the most independence groups (ties to the lower value, and reported).
- **CRH** (Li et al. 2014, continuous data): each round broadcasts the source weights;
  each part computes the weighted median of each of its objects and returns, per
  source, the sum of its claims' losses; the client adds the sums and derives the new
  weights. Losses are counted in integer units of 1e-9, so the sums do not depend on
  how the claims are split: the distributed weights and truths are *equal* to the
  in-process ones, not just close. Each object must lie in one part (the parts of a
  partitioned result do: they are blocked by question).
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Final

import attrs

from reconcile.errors import ConvergenceError

__all__ = [
    "TrustClaim",
    "TrustEstimate",
    "VoteWinner",
    "crh",
    "crh_dask",
    "independent_vote",
    "independent_vote_dask",
    "trust_claims_of_result",
]

#: Losses are summed as integers of this unit, so that sums are exact in any order.
LOSS_UNIT: Final = 1e-9


@attrs.frozen
class TrustClaim:
    """One numeric claim for truth discovery.

    Attributes:
        source: who states it (an outlet).
        object: what it is about (a question).
        value: the figure.
        group: the source's independence group; the source itself when empty.
    """

    source: str
    object: str
    value: float
    group: str = ""


@attrs.frozen
class VoteWinner:
    """The value most independence groups state for one object.

    Attributes:
        value: the winning value (the lowest of any tie).
        support: how many independence groups state it.
        tie: the other values with as much support, ascending.
    """

    value: float
    support: int
    tie: tuple[float, ...] = ()


@attrs.frozen
class TrustEstimate:
    """Source weights and the truth of each object.

    Attributes:
        weights: per source, in [0, 1], the most reliable source at 1.
        truths: per object, the weighted median.
        iterations: the rounds it took.
    """

    weights: Mapping[str, float]
    truths: Mapping[str, float]
    iterations: int


# -- the independence-aware vote ---------------------------------------------------------

Votes = dict[tuple[str, float], frozenset[str]]


def _votes(claims: Iterable[TrustClaim]) -> Votes:
    groups: defaultdict[tuple[str, float], set[str]] = defaultdict(set)
    for claim in claims:
        groups[(claim.object, claim.value)].add(claim.group or claim.source)
    return {key: frozenset(members) for key, members in groups.items()}


def _merge_votes(a: Votes, b: Votes) -> Votes:
    merged = dict(a)
    for key, members in b.items():
        merged[key] = merged[key] | members if key in merged else members
    return merged


def _winners(votes: Votes) -> dict[str, VoteWinner]:
    by_object: defaultdict[str, list[tuple[int, float]]] = defaultdict(list)
    for (obj, value), members in votes.items():
        by_object[obj].append((len(members), value))
    out = {}
    for obj in sorted(by_object):
        ranked = sorted(by_object[obj], key=lambda t: (-t[0], t[1]))
        top = ranked[0][0]
        tied = tuple(v for n, v in ranked[1:] if n == top)
        out[obj] = VoteWinner(ranked[0][1], top, tied)
    return out


def independent_vote(claims: Iterable[TrustClaim]) -> dict[str, VoteWinner]:
    """Per object, the value stated by the most independence groups.

    A group that states a value several times (a wire story and its reprints) counts
    once.

    Examples:
        >>> rows = [TrustClaim("wire", "q", 10, "g1"), TrustClaim("reprint", "q", 10, "g1"),
        ...         TrustClaim("daily", "q", 12, "g2")]
        >>> independent_vote(rows)["q"]
        VoteWinner(value=10, support=1, tie=(12,))
    """
    return _winners(_votes(claims))


def independent_vote_dask(client: Any, parts: Sequence[Any]) -> dict[str, VoteWinner]:
    """:func:`independent_vote` on a cluster: partial vote maps merged as a tree.

    Args:
        client: a ``dask.distributed.Client``.
        parts: futures (or values) each holding a sequence of :class:`TrustClaim`;
            an object may span parts.
    """
    level = client.map(_votes, list(parts))
    if not level:
        return {}
    while len(level) > 1:
        paired = [
            client.submit(_merge_votes, a, b) for a, b in zip(level[::2], level[1::2], strict=False)
        ]
        level = paired + ([level[-1]] if len(level) % 2 else [])
    winners: dict[str, VoteWinner] = client.submit(_winners, level[0]).result()
    return winners


# -- CRH on numbers ------------------------------------------------------------------------


def weighted_median(values: Sequence[float], weights: Sequence[float]) -> float:
    """The lower weighted median: the smallest value with half the weight at or below it.

    Examples:
        >>> weighted_median([1, 2, 10], [1, 1, 1]), weighted_median([1, 2, 10], [1, 1, 5])
        (2, 10)
    """
    pairs = sorted(zip(values, weights, strict=True))
    half = sum(w for _, w in pairs) / 2
    total = 0.0
    for value, weight in pairs:
        total += weight
        if total >= half:
            return value
    return pairs[-1][0]


@attrs.frozen
class _Object:
    values: tuple[float, ...]
    sources: tuple[str, ...]
    scale: float


def _prepare(claims: Iterable[TrustClaim]) -> dict[str, _Object]:
    by_object: defaultdict[str, list[TrustClaim]] = defaultdict(list)
    for claim in claims:
        by_object[claim.object].append(claim)
    prepared = {}
    for obj, rows in by_object.items():
        rows.sort(key=lambda c: (c.value, c.source))
        values = tuple(c.value for c in rows)
        mid = weighted_median(values, [1.0] * len(values))
        mad = weighted_median([abs(v - mid) for v in values], [1.0] * len(values))
        prepared[obj] = _Object(values, tuple(c.source for c in rows), max(1.4826 * mad, 1.0))
    return prepared


def _truth(item: _Object, weights: Mapping[str, float]) -> float:
    return weighted_median(item.values, [weights[s] + 1e-12 for s in item.sources])


def _losses(prepared: Mapping[str, _Object], weights: Mapping[str, float]) -> dict[str, int]:
    # Integer units: the sum over parts is the same as the sum over the whole table.
    sums: defaultdict[str, int] = defaultdict(int)
    for item in prepared.values():
        truth = _truth(item, weights)
        for value, source in zip(item.values, item.sources, strict=True):
            sums[source] += round(abs(value - truth) / item.scale / LOSS_UNIT)
    return dict(sums)


def _truths(prepared: Mapping[str, _Object], weights: Mapping[str, float]) -> dict[str, float]:
    return {obj: _truth(item, weights) for obj, item in prepared.items()}


def _sources(prepared: Mapping[str, _Object]) -> tuple[set[str], list[str]]:
    return {s for item in prepared.values() for s in item.sources}, list(prepared)


def _new_weights(losses: Mapping[str, int], sources: Iterable[str]) -> dict[str, float]:
    # CRH: w_s = -log(loss_s / sum of losses), here rescaled to a maximum of 1.
    names = sorted(sources)
    smoothed = {s: losses.get(s, 0) + 1 for s in names}
    total = sum(smoothed.values())
    raw = {s: -math.log(smoothed[s] / total) for s in names}
    top = max(raw.values(), default=0.0)
    if top <= 0:
        return dict.fromkeys(names, 1.0)
    return {s: raw[s] / top for s in names}


def _broadcast(client: Any, value: Mapping[str, Any]) -> Any:
    # In a list: a scattered dict would become one future per key, named by the key.
    return client.scatter([value], broadcast=True)[0]


def _change(old: Mapping[str, float], new: Mapping[str, float]) -> float:
    return max((abs(new[s] - old[s]) for s in new), default=0.0)


def crh(claims: Iterable[TrustClaim], *, max_iter: int = 100, tol: float = 1e-6) -> TrustEstimate:
    """CRH on numeric claims: weighted medians as truths, source weights from losses.

    Each round: the truth of an object is the weighted median of its claims; a claim's
    loss is its distance to the truth over the object's spread (1.4826 MAD, at least
    1); a source's weight is ``-log(loss_s / sum loss)``, rescaled to a maximum of 1.

    Raises:
        ConvergenceError: the weights still moved by ``tol`` or more after ``max_iter``
            rounds.

    Examples:
        >>> rows = [TrustClaim(s, "q", v) for s, v in [("a", 10), ("b", 10), ("c", 30)]]
        >>> estimate = crh(rows)
        >>> estimate.truths["q"], estimate.weights["c"] < estimate.weights["a"]
        (10, True)
    """
    prepared = _prepare(claims)
    sources = {s for item in prepared.values() for s in item.sources}
    weights = dict.fromkeys(sorted(sources), 1.0)
    change = math.inf
    for iteration in range(1, max_iter + 1):
        new = _new_weights(_losses(prepared, weights), sources)
        change, weights = _change(weights, new), new
        if change < tol:
            truths = dict(sorted(_truths(prepared, weights).items()))
            return TrustEstimate(weights, truths, iteration)
    raise ConvergenceError(
        f"crh did not converge in {max_iter} iterations (change {change:.3g} >= tol {tol})",
        iterations=max_iter,
        change=change,
    )


def crh_dask(
    client: Any, parts: Sequence[Any], *, max_iter: int = 100, tol: float = 1e-6
) -> TrustEstimate:
    """:func:`crh` as map-reduce rounds on a cluster; equal to it, not just close.

    Args:
        client: a ``dask.distributed.Client``.
        parts: futures (or values) each holding a sequence of :class:`TrustClaim`;
            every object must lie in one part.
        max_iter: as for :func:`crh`.
        tol: as for :func:`crh`.

    Raises:
        ValueError: an object lies in two parts.
        ConvergenceError: as for :func:`crh`.
    """
    prepared = client.map(_prepare, list(parts))
    sources: set[str] = set()
    seen: set[str] = set()
    for part_sources, objects in client.gather(client.map(_sources, prepared)):
        sources |= part_sources
        if seen.intersection(objects):
            raise ValueError("an object lies in two parts; CRH needs each object in one part")
        seen.update(objects)
    weights = dict.fromkeys(sorted(sources), 1.0)
    change = math.inf
    for iteration in range(1, max_iter + 1):
        shared = _broadcast(client, weights)
        losses: defaultdict[str, int] = defaultdict(int)
        for partial in client.gather(client.map(_losses, prepared, weights=shared)):
            for source, loss in partial.items():
                losses[source] += loss
        new = _new_weights(losses, sources)
        change, weights = _change(weights, new), new
        if change < tol:
            shared = _broadcast(client, weights)
            truths: dict[str, float] = {}
            for partial_truths in client.gather(client.map(_truths, prepared, weights=shared)):
                truths.update(partial_truths)
            return TrustEstimate(weights, dict(sorted(truths.items())), iteration)
    raise ConvergenceError(
        f"crh did not converge in {max_iter} iterations (change {change:.3g} >= tol {tol})",
        iterations=max_iter,
        change=change,
    )


# -- from a partitioned result ---------------------------------------------------------------


def _number(value: Mapping[str, Any]) -> float | None:
    if value.get("kind") != "quantity":
        return None
    if value.get("point") is not None:
        return float(value["point"])
    low, high = value.get("low"), value.get("high")
    if low is None or high is None:
        return None
    return (float(low) + float(high)) / 2


def _read_trust_part(path: str, outlets: Mapping[str, str]) -> list[TrustClaim]:
    rows = []
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            figure = _number(record["value"])
            if figure is None or record.get("modality") == "denied":
                continue
            question = f"{record['subject_entity']}:{record['attribute']}"
            place = record.get("place_entity") or ""
            rows.append(
                TrustClaim(
                    source=outlets.get(record["document"], record["document"]),
                    object=f"{question}@{place}" if place else question,
                    value=figure,
                    group=record["source"],
                )
            )
    return rows


def trust_claims_of_result(client: Any, folder: str | Path) -> list[Any]:
    """The numeric claims of a partitioned result as trust tables, one future a part.

    The source of a claim is its document's outlet (the document id when it has none);
    its group the document's independence group; its object the question.
    """
    root = Path(folder)
    outlets = {}
    with open(root / "documents.jsonl", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            outlets[record["id"]] = record.get("outlet") or record["id"]
    shared = _broadcast(client, outlets)
    paths = [str(p) for p in sorted((root / "claims").glob("part-*.jsonl"))]
    futures: list[Any] = client.map(_read_trust_part, paths, outlets=shared)
    return futures
