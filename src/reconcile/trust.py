"""Source trust and copy detection over a reconciliation result.

The truth-discovery estimators (:mod:`reconcile.truth`) read a table of (source, object,
attribute, value) claims. A result gives exactly that: each current claim is a vote by
its outlet (the document's :attr:`~reconcile.model.Document.source_name`) for its
cluster (the value class) on its question. The estimator returns a trust per outlet and
the groups of outlets that copy each other; :func:`reconcile_with_trust` then runs the
reconciliation again with each copy group declared dependent, so that a figure confirmed
only by copies of one source is single-source.

Examples:
    >>> import datetime as dt
    >>> from reconcile.model import Claim, Document
    >>> from reconcile.values import Quantity
    >>> docs = [Document(f"d{i}", outlet=o, published=dt.date(2024, 1, 1))
    ...         for i, o in enumerate(["Wire", "Daily", "Post"])]
    >>> claims = [Claim(id=f"c{i}", document=f"d{i}", subject="US troops",
    ...                 attribute="deployed", value=Quantity.exact(n))
    ...           for i, n in enumerate([2500, 2500, 900])]
    >>> result, trust = reconcile_with_trust(claims, docs, method="vote")
    >>> [(s, round(t, 2)) for s, t in trust.trust]
    [('Daily', 0.67), ('Post', 0.33), ('Wire', 0.67)]
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from reconcile.compare import DEFAULT_TOLERANCES, Tolerances
from reconcile.decisions import Decision, DecisionKind
from reconcile.model import Claim, Document, Rejection
from reconcile.normalize import NameResolver
from reconcile.pipeline import Result, reconcile
from reconcile.truth import ClaimTable, TruthClaim, TruthEstimate, estimate_truth
from reconcile.verdicts import EstimatePolicy, Status

__all__ = ["TrustAssessment", "assess_trust", "claim_table", "reconcile_with_trust"]

_VALUE = "value"


@attrs.frozen
class TrustAssessment:
    """Trust per source and detected copying, as estimated from a result.

    Attributes:
        method: the estimator's name.
        trust: ``(source name, trust)`` pairs, sorted by name; the scale is the method's
            (accuracy in [0, 1] for vote, Accu and TruthFinder).
        copies: ``(copier, original, evidence)`` triples, one per member of a copy group
            but its first, sorted; the claim graph draws them as ``copies`` edges.
        chosen: ``(question id, cluster id)``: the value the estimator believes, per
            question, sorted.
        ties: the question ids where the estimator's choice was a tie.
        estimate: the estimator's full output.
    """

    method: str
    trust: tuple[tuple[str, float], ...]
    copies: tuple[tuple[str, str, str], ...]
    chosen: tuple[tuple[str, str], ...]
    ties: tuple[str, ...]
    estimate: TruthEstimate

    @property
    def dependent(self) -> tuple[tuple[str, str], ...]:
        """The copy pairs as ``(copier, original)``, for ``reconcile(dependent=...)``."""
        return tuple((copier, original) for copier, original, _ in self.copies)


def claim_table(result: Result) -> ClaimTable:
    """The result as a truth-discovery claim table: outlets vote for clusters.

    Only claims in current clusters (not superseded, not denials) take part: a figure a
    later report replaced is history, not a competing value.
    """
    documents = {d.id: d for d in result.documents}
    claims = {nc.id: nc for nc in result.claims}
    current = {
        cv.cluster
        for verdict in result.verdicts
        for cv in verdict.clusters
        if cv.status is not Status.SUPERSEDED
    }
    rows = []
    for cluster in result.clustering.clusters:
        if cluster.id not in current or cluster.denied:
            continue
        for claim_id in cluster.claims:
            source = documents[claims[claim_id].claim.document].source_name
            rows.append(TruthClaim(source, cluster.question.id, _VALUE, cluster.id))
    return ClaimTable(rows)


def assess_trust(
    result: Result,
    *,
    method: str = "accu",
    max_iter: int | None = None,
    tol: float | None = None,
) -> TrustAssessment:
    """Estimate source trust and copying from a result's clusters.

    Args:
        result: a reconciliation result.
        method: a :class:`reconcile.truth.Method` name (``vote``, ``truthfinder``,
            ``investment``, ``pooled_investment``, ``accu``, ``crh``).
        max_iter: the estimator's iteration limit (its default when ``None``).
        tol: the estimator's convergence tolerance (its default when ``None``).

    Raises:
        ConvergenceError: the estimator did not converge.
    """
    table = claim_table(result)
    if not table.claims:
        estimate = estimate_truth(table, method="vote")
    else:
        estimate = estimate_truth(table, method=method, max_iter=max_iter, tol=tol)
    copies = sorted(
        (copier, group.sources[0], group.evidence)
        for group in estimate.copy_groups
        for copier in group.sources[1:]
    )
    return TrustAssessment(
        method=method,
        trust=tuple(sorted((s.source, s.trust) for s in estimate.sources)),
        copies=tuple(copies),
        chosen=tuple(sorted((item.object, str(item.value)) for item in estimate.items)),
        ties=tuple(sorted(item.object for item in estimate.items if item.tie)),
        estimate=estimate,
    )


def reconcile_with_trust(
    claims: Iterable[Claim],
    documents: Iterable[Document] = (),
    *,
    method: str = "accu",
    tolerances: Tolerances = DEFAULT_TOLERANCES,
    policy: EstimatePolicy = EstimatePolicy.UCDP,
    resolver: NameResolver | None = None,
    rejected: Iterable[Rejection] = (),
    decisions: Iterable[Decision] = (),
    strict: bool = False,
) -> tuple[Result, TrustAssessment]:
    """Reconcile, detect copying, and reconcile again with copiers declared dependent.

    An analyst's ``trust`` decisions replace the estimated trust of the sources they
    name (and the verdicts use them, as :func:`reconcile.pipeline.reconcile` does).

    Returns:
        The second result (copies confirm nothing on their own) and the trust
        assessment made from the first.
    """
    claim_list, doc_list, rejected_list = list(claims), list(documents), list(rejected)
    decision_list = list(decisions)

    def run(dependent: tuple[tuple[str, str], ...]) -> Result:
        return reconcile(
            claim_list,
            doc_list,
            tolerances=tolerances,
            policy=policy,
            resolver=resolver,
            rejected=rejected_list,
            dependent=dependent,
            decisions=decision_list,
            strict=strict,
        )

    first = run(())
    trust = assess_trust(first, method=method)
    result = run(trust.dependent) if trust.copies else first
    by_hand = {
        " ".join(d.targets[0].casefold().split()): d.trust
        for d in decision_list
        if d.kind is DecisionKind.TRUST and d.trust is not None
    }
    if by_hand:
        known = {" ".join(s.casefold().split()): s for s, _ in trust.trust}
        merged = dict(trust.trust)
        merged.update({known[k]: t for k, t in by_hand.items() if k in known})
        trust = attrs.evolve(trust, trust=tuple(sorted(merged.items())))
    return result, trust
