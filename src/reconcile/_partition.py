"""A run's questions reconciled in partitions, each partition's records in result order.

Shared by the two ways a run is split: the Dask path (:mod:`reconcile.distributed`) and
``reconcile run --jobs N`` (:mod:`reconcile.parallel`). Both send every question to one
partition by a stable hash (:func:`block_hash`, the same in every process and run,
unlike the salted ``hash``); normalize its claims with names resolved once for the whole
run (:func:`normalized_with`); and reconcile and encode a partition with the core's own
functions (:func:`block_records`). Each section of a partition comes sorted by the key
the one-file result JSON uses for it, so the partitions merge into the bytes that
:func:`reconcile.output.write_result` writes for the whole run.

Examples:
    >>> block_hash("e:us-troops:deployed") == block_hash("e:us-troops:deployed")
    True
    >>> block_hash("a") >= 0 and block_hash("a") < 2**63
    True
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
import os
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from operator import attrgetter
from pathlib import Path
from typing import Any, Final

import attrs

from reconcile.cluster import Cluster, Clustering, RelationRecord
from reconcile.compare import Tolerances
from reconcile.model import Claim, Document, Rejection
from reconcile.normalize import (
    NormalizedClaim,
    ResolvedName,
    _normalized,
    reported_from,
    source_groups,
)
from reconcile.output import (
    _encoded_claims,
    _encoded_clusters,
    _encoded_relations,
    _encoded_verdicts,
    summary_of,
)
from reconcile.pipeline import Result, Settings
from reconcile.schema import SCHEMA_VERSION
from reconcile.values import DateSpan
from reconcile.verdicts import EstimatePolicy, cluster_and_assess

__all__ = [
    "SECTIONS",
    "BlockRecords",
    "block_hash",
    "block_records",
    "central_result",
    "cluster_order",
    "normalized_with",
    "relation_order",
    "write_texts",
]

#: A partition's sections, in the order of the result JSON: relations between clusters
#: come before the others (see :attr:`reconcile.cluster.Clustering.relations`).
SECTIONS: Final = ("claims", "clusters", "relations-between", "relations-inside", "verdicts")


def block_hash(text: str) -> int:
    """A stable 63-bit hash of a text: the same in every process, every run and machine.

    Python's own ``hash`` of a string is salted per interpreter, so two runs (or two
    machines) would split the questions otherwise.
    """
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big") >> 1


def normalized_with(
    claims: Iterable[Claim],
    documents: Sequence[Document],
    subjects: Mapping[str, ResolvedName],
    places: Mapping[str, ResolvedName],
    inherited: Mapping[tuple[str, str], ResolvedName],
) -> list[NormalizedClaim]:
    """The claims normalized as :func:`reconcile.normalize.normalize_claims` does.

    The names come resolved for the whole run (``subjects``, ``places``: what the
    resolver gave for all the run's names at once, its batch in process) and so do the
    places claims inherit (``inherited``, from
    :func:`~reconcile.normalize.inherited_places` over the run's claims); ``documents``
    must hold every document the claims name. The claims keep their order.
    """
    # One time scope object per document, shared by its claims (as in process).
    published_on = {d.id: DateSpan.of(d.published) if d.published else None for d in documents}
    written_in = {d.id: reported_from(d) for d in documents}
    named = source_groups(documents)
    groups = {doc: group.id for group in named for doc in group.documents}
    group_names = {group.id: group.name for group in named}
    out = []
    for claim in claims:
        subject = subjects[claim.subject]
        place = (
            places[claim.place] if claim.place else inherited.get((subject.key, claim.attribute))
        )
        out.append(
            _normalized(
                claim,
                subject,
                place,
                claim.as_of or published_on[claim.document],
                groups[claim.document],
                written_in[claim.document],
                group_names[groups[claim.document]],
            )
        )
    return out


def cluster_order(cluster: Cluster) -> tuple[str, str, str, str, int]:
    """Where a cluster comes in the result: by question, then by its number."""
    question = cluster.question
    number = int(cluster.id.rsplit("#", 1)[1])
    return (question.subject, question.attribute, question.place or "", question.kind, number)


#: Where a relation comes among those of its part of the result (between, or not):
#: ``(a, b, kind)``, the kind by its string. A compiled getter, not a Python call per
#: relation (the enum's ``value`` is a property; ``_value_`` the attribute behind it):
#: each worker of a split run keys its half of the relations twice (1.35 million at a
#: million claims).
relation_order: Final = attrgetter("a", "b", "kind._value_")


@attrs.frozen
class BlockRecords:
    """A partition reconciled: its counts, and each section's records in result order.

    Attributes:
        summary: its counts, as :func:`reconcile.output.summary_of` gives them.
        result: the partition's own result (no documents, sources nor rejections).
        clusters: its clusters, in result order.
        between: its relations between two clusters, in result order.
        inside: its other relations, in result order.
        separable: whether its relations between clusters are told from the others
            for sure: no claim id is also a cluster id (where one is, only the run in
            one piece says which is which).
    """

    summary: dict[str, int]
    result: Result
    clusters: list[Cluster]
    between: list[RelationRecord]
    inside: list[RelationRecord]
    separable: bool

    def keys(self, section: str) -> list[Any]:
        """The sort key of each of the section's records (:data:`SECTIONS`), in order.

        Made on demand, one section at a time: at a million claims the keys of every
        section at once would cost some 100 MB.
        """
        if section == "claims":
            return list(map(_claim_id, self.result.claims))
        if section == "clusters":
            return list(map(cluster_order, self.clusters))
        if section == "relations-between":
            return list(map(relation_order, self.between))
        if section == "relations-inside":
            return list(map(relation_order, self.inside))
        return list(map(_question_of_verdict, self.result.verdicts))

    def texts(self, section: str) -> Iterator[str]:
        """The section's records as JSON text, one each, as the result writer writes them."""
        if section == "claims":
            return _encoded_claims(self.result)
        if section == "clusters":
            return _encoded_clusters(self.clusters)
        if section == "relations-between":
            return _encoded_relations(self.between)
        if section == "relations-inside":
            return _encoded_relations(self.inside)
        return _encoded_verdicts(self.result)


_question_of_verdict: Final = attrgetter("question")
_claim_id: Final = attrgetter("id")


def block_records(
    normalized: tuple[NormalizedClaim, ...], tolerances: Tolerances, policy: EstimatePolicy
) -> BlockRecords:
    """Reconcile one partition's claims (sorted by id) with the core's own functions.

    Every question of the partition must have all its claims here. The records are
    those of :func:`reconcile.output.write_result` (its field-by-field writers), each
    section sorted by the key the result JSON orders it by.
    """
    clustering, verdicts = cluster_and_assess(normalized, tolerances=tolerances, policy=policy)
    partial = Result(
        schema_version=SCHEMA_VERSION,
        documents=(),
        sources=(),
        claims=normalized,
        clustering=clustering,
        verdicts=tuple(sorted(verdicts, key=_question_of_verdict)),
        rejected=(),
        settings=Settings(tolerances, policy),
    )
    clusters = sorted(clustering.clusters, key=cluster_order)
    # Relations between two clusters come first in the result, the others after.
    cluster_ids = {c.id for c in clusters}
    separable = cluster_ids.isdisjoint(map(_claim_id, normalized))
    relations = clustering.relations
    if separable:
        # The clustering's two parts, each sorted already (Clustering.relations): those
        # between clusters, then the others, whose `a` is a claim, so no cluster here.
        # Where the first part ends is found by halving, not by a step per relation
        # and two sorts (at a million claims, half a second in each of two workers).
        split = bisect.bisect_left(relations, True, key=_not_between(cluster_ids))
        between = list(relations[:split])
        inside = list(relations[split:])
    else:
        between = []
        inside = []
        for relation in relations:
            joins = relation.a in cluster_ids and relation.b in cluster_ids
            (between if joins else inside).append(relation)
        between.sort(key=relation_order)
        inside.sort(key=relation_order)
    return BlockRecords(
        summary=summary_of(partial),
        result=partial,
        clusters=clusters,
        between=between,
        inside=inside,
        separable=separable,
    )


def _not_between(cluster_ids: set[str]) -> Callable[[RelationRecord], bool]:
    def not_between(relation: RelationRecord) -> bool:
        return relation.a not in cluster_ids

    return not_between


def write_texts(path: Path, texts: Iterable[str]) -> int:
    """Write records already encoded and in order, one a line, atomically.

    Returns:
        How many records were written.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    count = 0
    texts = iter(texts)
    with open(temporary, "w", encoding="utf-8") as out:
        # A thousand lines a call, taken in C: one call per line costs more than the
        # joining, and a step per line in Python about as much.
        while chunk := list(itertools.islice(texts, 1000)):
            out.write("\n".join(chunk) + "\n")
            count += len(chunk)
    os.replace(temporary, path)
    return count


def central_result(
    documents: tuple[Document, ...], rejected: Sequence[Rejection], settings: Settings
) -> Result:
    """The parts of a split run's result no partition holds: a result with no claims.

    Its documents, sources, rejections and settings; the partitions add the rest.
    """
    return Result(
        schema_version=SCHEMA_VERSION,
        documents=documents,
        sources=source_groups(documents),
        claims=(),
        clustering=Clustering((), ()),
        verdicts=(),
        rejected=tuple(rejected),
        settings=settings,
    )
