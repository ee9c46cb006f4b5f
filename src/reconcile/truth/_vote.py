"""Independence-aware majority vote, in pure Python (the core may call it without numpy)."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping, Sequence

from reconcile.truth._encode import Encoded, build_estimate, choose, identical_sources, sources_of
from reconcile.truth._model import CopyGroup, Method, TruthEstimate


def source_blocks(
    enc: Encoded, source_groups: Mapping[str, str] | None, *, collapse: bool = True
) -> tuple[list[int], list[list[int]]]:
    """Map each source to a block of dependent sources.

    Sources with identical claim sets (two or more claims) form one block; so do the
    sources the caller put in one group. Returns the block of every source and the
    identical-claim groups found.
    """
    parent = list(range(len(enc.sources)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: int, b: int) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    identical = identical_sources(enc) if collapse else []
    for group in identical:
        for s in group[1:]:
            union(group[0], s)
    if source_groups:
        first: dict[str, int] = {}
        for s, name in enumerate(enc.sources):
            label = source_groups.get(name)
            if label is None:
                continue
            if label in first:
                union(first[label], s)
            else:
                first[label] = s
    return [find(s) for s in range(len(enc.sources))], identical


def identical_copy_groups(
    enc: Encoded, identical: Sequence[Sequence[int]], chosen: Sequence[int | None]
) -> list[CopyGroup]:
    """Describe groups of sources with identical claims as copy groups."""
    if not identical:
        return []
    # Only each group's first member is described: skip the other sources' claims.
    leaders = {group[0] for group in identical}
    per_source: dict[int, list[int]] = defaultdict(list)
    for s, v in zip(enc.claim_source, enc.claim_value, strict=True):
        if s in leaders:
            per_source[s].append(v)
    groups = []
    for group in identical:
        values = per_source[group[0]]
        false = sum(1 for v in values if chosen[enc.value_item[v]] != v)
        groups.append(
            CopyGroup(
                sources=sources_of(enc, group),
                probability=1.0,
                shared_items=len({enc.value_item[v] for v in values}),
                shared_false=false,
                evidence=(
                    f"identical claims on all {len(values)} items, {false} of them judged false"
                ),
            )
        )
    return groups


def run_vote(enc: Encoded, *, source_groups: Mapping[str, str] | None = None) -> TruthEstimate:
    """Majority vote in which each block of dependent sources has one vote per item."""
    block, identical = source_blocks(enc, source_groups)
    size: dict[int, int] = defaultdict(int)
    for b in block:
        size[b] += 1
    shares: list[list[float]] = [[] for _ in enc.values]
    grouped: list[int] = []
    for c, (s, v, w) in enumerate(
        zip(enc.claim_source, enc.claim_value, enc.claim_weight, strict=True)
    ):
        if size[block[s]] == 1:
            shares[v].append(w)
        else:
            grouped.append(c)
    if grouped:
        members_on_item: dict[tuple[int, int], set[int]] = defaultdict(set)
        block_weight: dict[tuple[int, int], float] = defaultdict(float)
        for c in grouped:
            s, v = enc.claim_source[c], enc.claim_value[c]
            members_on_item[(block[s], enc.value_item[v])].add(s)
            block_weight[(block[s], v)] += enc.claim_weight[c]
        for (b, v), w in block_weight.items():
            shares[v].append(w / len(members_on_item[(b, enc.value_item[v])]))
    # fsum: exact whatever the order of the blocks, so renaming sources changes nothing.
    score = [math.fsum(parts) for parts in shares]
    total = [0.0] * enc.n_items
    for i in range(enc.n_items):
        total[i] = math.fsum(p for v in enc.item_values(i) for p in shares[v])
    confidence = [
        score[v] / total[enc.value_item[v]] if total[enc.value_item[v]] else 0.0
        for v in range(len(enc.values))
    ]
    chosen = [c[0] for c in choose(enc, confidence)]
    right = [0.0] * len(enc.sources)
    weight = [0.0] * len(enc.sources)
    for s, v, w in zip(enc.claim_source, enc.claim_value, enc.claim_weight, strict=True):
        weight[s] += w
        right[s] += w * confidence[v]
    trust = [r / w if w else 0.0 for r, w in zip(right, weight, strict=True)]
    return build_estimate(
        enc,
        Method.VOTE,
        scores=confidence,
        trust=trust,
        iterations=1,
        copy_groups=identical_copy_groups(enc, identical, chosen),
    )
