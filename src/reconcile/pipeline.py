"""The whole reconciliation in one call: claims and documents in, a :class:`Result` out.

``reconcile`` runs the stages in order, each a plain function of the one before:
validation (every claim accounted for) -> :func:`~reconcile.normalize.normalize_claims`
-> :func:`~reconcile.cluster.cluster_claims` -> :func:`~reconcile.verdicts.assess` (the
last two in one pass, :func:`~reconcile.verdicts.cluster_and_assess`).
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

from collections.abc import Iterable, Mapping, Sequence
from operator import attrgetter
from typing import Final

import attrs

from reconcile._heap import collector_paused
from reconcile.cluster import Clustering, Links, question_of
from reconcile.compare import DEFAULT_TOLERANCES, Tolerances
from reconcile.decisions import (
    EVENT_PREFIX,
    ClaimChanges,
    Decision,
    DecisionKind,
    Unmatched,
    apply_to_claims,
    check_decisions,
)
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
from reconcile.values import Value
from reconcile.verdicts import EstimatePolicy, Verdict, cluster_and_assess

__all__ = ["AppliedDecisions", "Result", "Settings", "reconcile"]


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
class AppliedDecisions:
    """An analyst's decisions in a result: which applied where, and which matched nothing.

    Attributes:
        decisions: every decision given, sorted by id.
        unmatched: the decisions (or targets) that match nothing in this run, and why.
        original: ``(claim id, value as read)`` for claims whose value a decision set.
        by_claim: ``(claim id, decision ids)`` for each claim a decision names.
        by_question: ``(question id, decision ids)``: the decisions each verdict rests
            on: those naming one of its claims, its sources' trust or dependence, or
            its name.
        names: ``(question id, display name)`` set by ``rename`` decisions naming one of
            the question's claims.
        event_names: ``(event, display name)`` set by ``rename`` decisions naming an event.
    """

    decisions: tuple[Decision, ...] = ()
    unmatched: tuple[Unmatched, ...] = ()
    original: tuple[tuple[str, Value], ...] = ()
    by_claim: tuple[tuple[str, tuple[str, ...]], ...] = ()
    by_question: tuple[tuple[str, tuple[str, ...]], ...] = ()
    names: tuple[tuple[str, str], ...] = ()
    event_names: tuple[tuple[str, str], ...] = ()

    def original_of(self) -> dict[str, Value]:
        """Map each corrected claim's id to its value as read."""
        return dict(self.original)

    def of_claim(self) -> dict[str, tuple[str, ...]]:
        """Map each claim id to the ids of the decisions naming it."""
        return dict(self.by_claim)

    def of_question(self) -> dict[str, tuple[str, ...]]:
        """Map each question id to the ids of the decisions its verdict rests on."""
        return dict(self.by_question)

    def by_id(self) -> dict[str, Decision]:
        """Map each decision id to its decision."""
        return {d.id: d for d in self.decisions}


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
        rejected: the input items not kept, with the reason (claims an analyst
            rejected among them).
        settings: the settings used.
        decisions: the analyst's decisions and where they applied.
    """

    schema_version: str
    documents: tuple[Document, ...]
    sources: tuple[SourceGroup, ...]
    claims: tuple[NormalizedClaim, ...]
    clustering: Clustering
    verdicts: tuple[Verdict, ...]
    rejected: tuple[Rejection, ...]
    settings: Settings
    decisions: AppliedDecisions = AppliedDecisions()

    def cluster_of(self) -> dict[str, str]:
        """Map each kept claim id to its cluster id."""
        return self.clustering.cluster_of()


_document_of: Final = attrgetter("document")


def _validate(
    claims: Sequence[Claim], documents: Sequence[Document]
) -> tuple[list[Claim], list[Document], list[Rejection], list[InvalidInput]]:
    docs = check_documents(documents)
    checked = check_claims(claims, docs)
    # A claim naming a document nobody described gets a bare one: a source of its own.
    # Once per distinct document named, not per claim.
    implicit = {
        name: Document(name) for name in set(map(_document_of, checked.kept)) - docs.kept.keys()
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
    decisions: Iterable[Decision] = (),
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
        decisions: an analyst's decisions (:mod:`reconcile.decisions`), each applied at
            the stage it concerns; those that match nothing are listed in
            ``result.decisions.unmatched``.
        strict: raise every problem at once instead of rejecting bad items.

    Returns:
        The result; identical for the same claims and documents in any order.

    Raises:
        InputErrors: with ``strict=True``, when any claim or document is bad.
        ConflictingDecisions: two decisions contradict each other.
    """
    claim_list = list(claims)
    doc_list = list(documents)
    decision_list = check_decisions(decisions)
    kept, docs, problems, errors = _validate(claim_list, doc_list)
    if strict and errors:
        raise InputErrors(f"{len(errors)} bad claims or documents", errors)
    pairs = tuple(dependent)
    changes = apply_to_claims(kept, decision_list) if decision_list else None
    sources_by_name = _sources_by_name(docs)
    chosen, unmatched = _source_decisions(decision_list, sources_by_name)
    decided = [d for d in chosen if d.kind is DecisionKind.DEPENDS]
    all_pairs = (*pairs, *((d.targets[0], d.targets[1]) for d in decided))
    with collector_paused():
        normalized = normalize_claims(
            changes.claims if changes else kept, docs, resolver=resolver, dependent=all_pairs
        )
        groups = source_groups(docs, dependent=all_pairs)
        links = Links(changes.same, changes.different) if changes else None
        trust = _group_trust(chosen, groups, sources_by_name)
        # Clustering and verdicts in one pass over the questions: the same answers as
        # cluster_claims then assess, without their indexes over the whole run.
        clustering, verdicts = cluster_and_assess(
            normalized, tolerances=tolerances, links=links, policy=policy, trust=trust
        )
    all_rejected = sorted(
        [*rejected, *problems, *(changes.rejected if changes else ())],
        key=lambda r: (r.path or "", r.line or 0, r.item, r.kind.value, r.reason),
    )
    applied = AppliedDecisions()
    if changes is not None:
        group_of = {doc: g.id for g in groups for doc in g.documents}
        group_of_name = {n: {group_of[d] for d in docs} for n, docs in sources_by_name.items()}
        applied = _applied(
            decision_list,
            changes,
            [*changes.unmatched, *unmatched],
            verdicts,
            chosen,
            group_of_name,
            _questions_of_rejected(kept, changes, docs, resolver),
        )
    return Result(
        schema_version=SCHEMA_VERSION,
        documents=tuple(docs),
        sources=groups,
        claims=normalized,
        clustering=clustering,
        verdicts=verdicts,
        rejected=tuple(all_rejected),
        settings=Settings(tolerances, policy),
        decisions=applied,
    )


def _questions_of_rejected(
    kept: Sequence[Claim],
    changes: ClaimChanges,
    docs: Sequence[Document],
    resolver: NameResolver | None,
) -> dict[str, set[str]]:
    """The question each claim an analyst rejected would have been asked in.

    The rejected claims are normalized on their own, so that they change nothing in the
    resolution of the claims kept; a question a ``same`` decision merged away is missed.
    """
    rejected = {r.item for r in changes.rejected}
    if not rejected:
        return {}
    by_claim = dict(changes.by_claim)
    gone = [c for c in kept if c.id in rejected]
    found: dict[str, set[str]] = {}
    for nc in normalize_claims(gone, docs, resolver=resolver):
        found.setdefault(question_of(nc).id, set()).update(by_claim.get(nc.id, ()))
    return found


def _source_key(name: str) -> str:
    return " ".join(name.casefold().split())


def _sources_by_name(docs: Sequence[Document]) -> dict[str, list[str]]:
    """Source names (as decisions write them, case and spacing aside) to document ids."""
    found: dict[str, list[str]] = {}
    for doc in docs:
        found.setdefault(_source_key(doc.source_name), []).append(doc.id)
    return found


def _source_decisions(
    decisions: Sequence[Decision], by_name: Mapping[str, list[str]]
) -> tuple[list[Decision], list[Unmatched]]:
    """The ``depends`` and ``trust`` decisions whose sources are all in the run, and the rest."""
    chosen = []
    unmatched = []
    for d in decisions:
        if d.kind not in (DecisionKind.DEPENDS, DecisionKind.TRUST):
            continue
        missing = tuple(t for t in d.targets if _source_key(t) not in by_name)
        if missing:
            unmatched.append(Unmatched(d, missing, "no document of this run comes from it"))
        else:
            chosen.append(d)
    return chosen, unmatched


def _group_trust(
    decisions: Sequence[Decision], groups: Sequence[SourceGroup], by_name: Mapping[str, list[str]]
) -> dict[str, float]:
    """Trust per source group: the lowest trust set on any of its sources."""
    group_of = {doc: g.id for g in groups for doc in g.documents}
    trust: dict[str, float] = {}
    for d in decisions:
        if d.kind is DecisionKind.TRUST and d.trust is not None:
            for doc in by_name[_source_key(d.targets[0])]:
                group = group_of[doc]
                trust[group] = min(trust.get(group, d.trust), d.trust)
    return trust


def _applied(  # noqa: PLR0917 (a private step of reconcile, called once)
    decisions: Sequence[Decision],
    changes: ClaimChanges,
    unmatched: Sequence[Unmatched],
    verdicts: Sequence[Verdict],
    sources: Sequence[Decision],
    group_of_name: Mapping[str, set[str]],
    rejected_from: Mapping[str, set[str]],
) -> AppliedDecisions:
    """Where each decision applied: on which claims, verdicts and names.

    ``rejected_from`` maps a question id to the ``reject`` decisions that took one of its
    claims away: the verdict rests on them too.
    """
    question_of_claim = {c: v.question for v in verdicts for c in v.claims}
    named_claims = dict(changes.by_claim)
    claims_of: dict[str, list[str]] = {}
    for claim_id, ids in changes.by_claim:
        for decision_id in ids:
            claims_of.setdefault(decision_id, []).append(claim_id)
    on_source: dict[str, set[str]] = {}
    for d in sources:
        for target in d.targets:
            for group in group_of_name[_source_key(target)]:
                on_source.setdefault(group, set()).add(d.id)
    missing = list(unmatched)
    events = dict(changes.events)
    renames = [d for d in decisions if d.kind is DecisionKind.RENAME]
    named: dict[str, Decision] = {}
    event_named: dict[str, Decision] = {}
    for d in renames:
        target = d.targets[0]
        if target.startswith(EVENT_PREFIX):
            # An event a 'same' joined to another goes by the other's name.
            event = events.get(target.removeprefix(EVENT_PREFIX), target.removeprefix(EVENT_PREFIX))
            if any(v.event == event for v in verdicts):
                event_named[event] = d
            else:
                missing.append(Unmatched(d, (target,), "no question of this run is about it"))
        else:
            hits = [question_of_claim[c] for c in claims_of.get(d.id, ()) if c in question_of_claim]
            named.update(dict.fromkeys(hits, d))
            if claims_of.get(d.id) and not hits:
                missing.append(
                    Unmatched(d, d.targets, "its claim is in no question: an analyst rejected it")
                )
    per_question: dict[str, set[str]] = {}
    for verdict in verdicts:
        found = {i for c in verdict.claims for i in named_claims.get(c, ())}
        found.update(rejected_from.get(verdict.question, ()))
        found.update(i for cv in verdict.clusters for s in cv.sources for i in on_source.get(s, ()))
        found -= {d.id for d in renames}
        if verdict.question in named:
            found.add(named[verdict.question].id)
        if verdict.event in event_named:
            found.add(event_named[verdict.event].id)
        if found:
            per_question[verdict.question] = found
    return AppliedDecisions(
        decisions=tuple(decisions),
        unmatched=tuple(sorted(missing, key=lambda u: (u.decision.id, u.targets))),
        original=changes.original,
        by_claim=changes.by_claim,
        by_question=tuple(sorted((q, tuple(sorted(ids))) for q, ids in per_question.items())),
        names=tuple(sorted((q, d.name or "") for q, d in named.items())),
        event_names=tuple(sorted((e, d.name or "") for e, d in event_named.items())),
    )
