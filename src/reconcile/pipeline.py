"""The whole reconciliation in one call: claims and documents in, a :class:`Result` out.

``reconcile`` runs the stages in order, each a plain function of the one before:
validation (every claim accounted for) -> :func:`~reconcile.normalize.normalize_claims`
-> :func:`~reconcile.cluster.cluster_claims` -> :func:`~reconcile.verdicts.assess`.
The claim graph (:mod:`reconcile.graph`) and the reports are built from the result.

Examples:
    >>> import datetime as dt
    >>> from reconcile.model import Claim, Document
    >>> from reconcile.values import Quantity, Hedge
    >>> docs = [Document("a", outlet="Wire", published=dt.date(2024, 1, 27)),
    ...         Document("b", outlet="Daily", published=dt.date(2024, 1, 28))]
    >>> claims = [
    ...     Claim(id="1", document="a", subject="US troops", attribute="deployed",
    ...           place="Iraq", value=Quantity.hedged(2500, Hedge.ABOUT)),
    ...     Claim(id="2", document="b", subject="US troops", attribute="deployed",
    ...           place="Iraq", value=Quantity.exact(2500))]
    >>> result = reconcile(claims, docs)
    >>> [(v.question, v.status.value, v.estimate.best) for v in result.verdicts]
    [('e:us-troops:deployed@e:iraq', 'confirmed', '2,500')]
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

from reconcile._heap import collector_paused
from reconcile.cluster import Clustering, cluster_claims
from reconcile.compare import DEFAULT_TOLERANCES, Tolerances
from reconcile.errors import InputErrors, InvalidInput
from reconcile.model import Claim, Document, Rejection
from reconcile.normalize import (
    NameResolver,
    NormalizedClaim,
    SourceGroup,
    normalize_claims,
    source_groups,
)
from reconcile.schema import SCHEMA_VERSION
from reconcile.validate import check_claims, check_documents
from reconcile.verdicts import EstimatePolicy, Verdict, assess

__all__ = ["Result", "Settings", "reconcile"]


@attrs.frozen
class Settings:
    """The settings a result was made with, recorded in it.

    Attributes:
        tolerances: how far apart values may be and still agree.
        policy: how the best estimate is chosen.
    """

    tolerances: Tolerances = DEFAULT_TOLERANCES
    policy: EstimatePolicy = EstimatePolicy.UCDP


@attrs.frozen
class Result:
    """Everything a reconciliation found. Every input claim is in ``claims`` or ``rejected``.

    Attributes:
        schema_version: the version of the result schema.
        documents: the documents, sorted by id.
        sources: the independence groups of the documents.
        claims: the kept claims, normalized, sorted by id.
        clustering: the clusters and the relations.
        verdicts: one per question, sorted by question id.
        rejected: the input items not kept, with the reason.
        settings: the settings used.
    """

    schema_version: str
    documents: tuple[Document, ...]
    sources: tuple[SourceGroup, ...]
    claims: tuple[NormalizedClaim, ...]
    clustering: Clustering
    verdicts: tuple[Verdict, ...]
    rejected: tuple[Rejection, ...]
    settings: Settings

    def cluster_of(self) -> dict[str, str]:
        """Map each kept claim id to its cluster id."""
        return self.clustering.cluster_of()


def _validate(
    claims: Sequence[Claim], documents: Sequence[Document]
) -> tuple[list[Claim], list[Document], list[Rejection], list[InvalidInput]]:
    docs = check_documents(documents)
    checked = check_claims(claims, docs)
    # A claim naming a document nobody described gets a bare one: a source of its own.
    implicit = {
        c.document: Document(c.document) for c in checked.kept if c.document not in docs.kept
    }
    kept_docs = sorted([*docs.kept.values(), *implicit.values()], key=lambda d: d.id)
    return (
        list(checked.kept),
        kept_docs,
        [*docs.rejected, *checked.rejected],
        [*docs.errors, *checked.errors],
    )


def reconcile(
    claims: Iterable[Claim],
    documents: Iterable[Document] = (),
    *,
    tolerances: Tolerances = DEFAULT_TOLERANCES,
    policy: EstimatePolicy = EstimatePolicy.UCDP,
    resolver: NameResolver | None = None,
    rejected: Iterable[Rejection] = (),
    dependent: Iterable[tuple[str, str]] = (),
    strict: bool = False,
) -> Result:
    """Reconcile claims from many documents.

    Args:
        claims: the claims.
        documents: their documents; a claim naming an unknown document gets a bare one
            (a source of its own).
        tolerances: how far apart values may be and still agree.
        policy: how the best estimate is chosen when sources disagree.
        resolver: resolves subject and place names (entity resolution by default).
        rejected: items an earlier stage (a reader, an extractor) already rejected; they
            are carried into the result so that every input is accounted for.
        dependent: pairs of source names known to depend on each other (a copier and
            its original): they confirm a figure once.
        strict: raise every problem at once instead of rejecting bad items.

    Returns:
        The result; identical for the same claims and documents in any order.

    Raises:
        InputErrors: with ``strict=True``, when any claim or document is bad.
    """
    claim_list = list(claims)
    doc_list = list(documents)
    kept, docs, problems, errors = _validate(claim_list, doc_list)
    if strict and errors:
        raise InputErrors(f"{len(errors)} bad claims or documents", errors)
    pairs = tuple(dependent)
    with collector_paused():
        normalized = normalize_claims(kept, docs, resolver=resolver, dependent=pairs)
        clustering = cluster_claims(normalized, tolerances=tolerances)
        verdicts = assess(normalized, clustering, policy=policy)
    all_rejected = sorted(
        [*rejected, *problems],
        key=lambda r: (r.path or "", r.line or 0, r.item, r.kind.value, r.reason),
    )
    return Result(
        schema_version=SCHEMA_VERSION,
        documents=tuple(docs),
        sources=source_groups(docs, dependent=pairs),
        claims=normalized,
        clustering=clustering,
        verdicts=verdicts,
        rejected=tuple(all_rejected),
        settings=Settings(tolerances, policy),
    )
