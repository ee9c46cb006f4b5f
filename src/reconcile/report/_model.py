"""The one report model behind the Markdown, HTML and JSON renderings.

:func:`build_report` turns a :class:`~reconcile.pipeline.Result` into a :class:`Report`:
plain frozen values, already sorted and worded, so that every renderer only lays them
out and none of them decides anything.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping, Sequence
from typing import Any, Final

import attrs

from reconcile._heap import collector_paused
from reconcile.decisions import Decision
from reconcile.diff import Changes
from reconcile.fingerprint import claim_fingerprint
from reconcile.model import Document, Rejection
from reconcile.normalize import NormalizedClaim
from reconcile.output import summary_of
from reconcile.pipeline import Result
from reconcile.values import DateSpan, Quantity, Value, VoteOutcome, format_number
from reconcile.verdicts import ClusterVerdict, Estimate, Status, Verdict, tie_break

__all__ = [
    "CopyGroup",
    "FacetLine",
    "Figure",
    "Link",
    "QuestionReport",
    "Quote",
    "RejectedItem",
    "Report",
    "ReportEstimate",
    "SourceReport",
    "Summary",
    "TimelinePoint",
    "build_report",
]

#: How each status reads in a report.
STATUS_WORDS: Mapping[Status, str] = {
    Status.CONFIRMED: "confirmed",
    Status.SINGLE_SOURCE: "single source",
    Status.CONTESTED: "contested",
    Status.SUPERSEDED: "superseded",
}


@attrs.frozen
class Summary:
    """The counts at the top of a report.

    Attributes:
        documents: documents read.
        sources: independent sources among them.
        claims: claims kept.
        questions: questions asked of them.
        contested: questions whose current figures disagree.
        confirmed: questions confirmed by two or more independent sources.
        single_source: questions resting on one source.
        superseded: questions whose every figure was replaced.
        rejected: input items not kept.
    """

    documents: int
    sources: int
    claims: int
    questions: int
    contested: int
    confirmed: int
    single_source: int
    superseded: int
    rejected: int


@attrs.frozen
class Quote:
    """The words one claim rests on, with where they come from.

    Attributes:
        claim: the claim id.
        document: the document id.
        source: the name of the source that published it.
        title: the article's title, if known.
        url: the article's address, if known (shown as a link only when http or https).
        published: the publication date, if known.
        text: the quote (whitespace collapsed), or the claim's value when there is none.
        is_quote: whether ``text`` is the article's own words.
        highlight: ``(start, end)`` of the figure inside ``text``, when it can be found.
        span: ``(start, end)`` of the quote in the article, when known.
        attribution: who the article cites, if anyone.
        value: the claim's own value, as text.
        fingerprint: the claim's fingerprint, the name a decision points at it by.
        original: the value as read, when an analyst's decision set another.
    """

    claim: str
    document: str
    source: str
    title: str | None
    url: str | None
    published: dt.date | None
    text: str
    is_quote: bool
    highlight: tuple[int, int] | None
    span: tuple[int, int] | None
    attribution: str | None
    value: str
    fingerprint: str = ""
    original: str | None = None


@attrs.frozen
class DecisionNote:
    """An analyst's decision as a report shows it.

    Attributes:
        id: the decision's id.
        kind: its kind.
        by: who decided.
        at: when.
        reason: why.
        text: the whole decision in one line (kind, targets, change, who and why).
        where: the file and line it was read from.
        unmatched: for a decision that matched nothing here: the targets and why.
    """

    id: str
    kind: str
    by: str
    at: str
    reason: str
    text: str
    where: str
    unmatched: str | None = None


@attrs.frozen
class FacetLine:
    """One facet of a vote and who states it ("unanimous": Antiwar.com).

    Attributes:
        value: the facet as a reader writes it.
        sources: the names of the independent sources that state it.
    """

    value: str
    sources: tuple[str, ...]


@attrs.frozen
class Figure:
    """One competing value of a question: a cluster, its sources and its quotes.

    Attributes:
        cluster: the cluster id.
        value: the value, as text.
        status: the cluster's status.
        sources: the names of the independent sources behind it, sorted by id.
        reason: why this status.
        quotes: one per claim, in claim order.
        consistent: the claims that are hedged bounds around the figure: consistent
            with it, not among its sources (their quotes are in ``quotes``).
        facets: for a vote, each facet with the names of the sources that state it.
    """

    cluster: str
    value: str
    status: Status
    sources: tuple[str, ...]
    reason: str
    quotes: tuple[Quote, ...]
    consistent: tuple[str, ...] = ()
    facets: tuple[FacetLine, ...] = ()

    @property
    def stating(self) -> tuple[Quote, ...]:
        """The quotes of the claims that state the figure."""
        return tuple(q for q in self.quotes if q.claim not in self.consistent)

    @property
    def consistent_quotes(self) -> tuple[Quote, ...]:
        """The quotes of the bounds that are only consistent with it."""
        return tuple(q for q in self.quotes if q.claim in self.consistent)

    @property
    def independent_sources(self) -> int:
        """How many independent sources state it."""
        return len(self.sources)


@attrs.frozen
class ReportEstimate:
    """Low / best / high, worded for display.

    Attributes:
        best: the best estimate.
        low: the lowest credible figure, or ``None`` when there is no range.
        high: the highest; ``"open"`` when unbounded, ``None`` when there is no range.
        policy: the policy that chose ``best``.
        tie: the other values that had as much support as ``best``.
        tie_break: which way the tie was broken ("towards the earlier date").
    """

    best: str
    low: str | None
    high: str | None
    policy: str
    tie: tuple[str, ...] = ()
    tie_break: str = ""


@attrs.frozen
class TimelinePoint:
    """One report of a figure at one time, for the timeline picture.

    Attributes:
        claim: the claim id.
        source: the source name.
        reported: the day it was reported (publication, else the claim's time scope).
        value: the value as worded.
        low: the interval's low end.
        best: the figure itself (the middle of a range).
        high: the interval's high end (``math.inf`` when open).
        status: the status of the figure's cluster.
    """

    claim: str
    source: str
    reported: dt.date
    value: str
    low: float
    best: float
    high: float
    status: Status


@attrs.frozen
class Link:
    """A relation between two figures (cluster ids) of one question, for the graph picture.

    Attributes:
        a: one cluster id.
        b: the other (the later one for ``updates``, the finer one for ``refines``).
        kind: the relation's name (``contradicts``, ``updates``, ...).
        reason: why.
    """

    a: str
    b: str
    kind: str
    reason: str


@attrs.frozen
class QuestionReport:
    """Everything a report shows about one question.

    Attributes:
        question: the question id.
        title: a readable title ("US troops in Iraq: deployed").
        kind: the value kind.
        status: the question's status.
        reason: why, in words, starting with a capital.
        estimate: low / best / high, or ``None``.
        figures: the competing values, in cluster order.
        links: the relations between its figures, sorted.
        timeline: the numeric reports over time, sorted by day, source and claim.
        updated: whether a later figure replaced an earlier one.
        decisions: the analyst's decisions the verdict rests on.
    """

    question: str
    title: str
    kind: str
    status: Status
    reason: str
    estimate: ReportEstimate | None
    figures: tuple[Figure, ...]
    links: tuple[Link, ...]
    timeline: tuple[TimelinePoint, ...]
    updated: bool
    decisions: tuple[DecisionNote, ...] = ()

    def _repr_html_(self) -> str:
        from reconcile.report._html import render_question  # noqa: PLC0415 (import cycle)

        return render_question(self)

    @property
    def has_timeline(self) -> bool:
        """Whether a picture over time says something: two or more report days."""
        return len({p.reported for p in self.timeline}) >= 2


@attrs.frozen
class SourceReport:
    """One independent source, with its trust when it was estimated.

    Attributes:
        id: the source id.
        name: its name.
        documents: its documents.
        claims: how many kept claims it made.
        trust: its estimated trust in [0, 1], or ``None``.
    """

    id: str
    name: str
    documents: tuple[str, ...]
    claims: int
    trust: float | None = None


@attrs.frozen
class CopyGroup:
    """Sources found to copy one another.

    Attributes:
        sources: the names of the sources, sorted.
    """

    sources: tuple[str, ...]


@attrs.frozen
class RejectedItem:
    """An input item that was not kept, and why.

    Attributes:
        item: its id.
        kind: ``claim`` or ``document``.
        reason: why it was rejected.
        where: ``path:line`` and the field, when known.
    """

    item: str
    kind: str
    reason: str
    where: str | None


@attrs.frozen
class Report:
    """A reconciliation report: the one model that every rendering lays out.

    Attributes:
        title: the report's title.
        summary: the counts.
        policy: the estimate policy used.
        contested: contested questions.
        updated: questions whose figures were updated over time (and not contested).
        confirmed: the other confirmed questions.
        single_source: the other single-source questions.
        sources: the independent sources, sorted by id.
        trust_estimated: whether source trust was given.
        copy_groups: sources found copying one another, when given.
        rejected: the rejected input, in result order.
        decisions: the analyst's decisions given, each with where it matched nothing.
        changes: what changed since an earlier run, when one was given (``--since``).
        since: the earlier run it was compared with (its file name).
    """

    title: str
    summary: Summary
    policy: str
    contested: tuple[QuestionReport, ...]
    updated: tuple[QuestionReport, ...]
    confirmed: tuple[QuestionReport, ...]
    single_source: tuple[QuestionReport, ...]
    sources: tuple[SourceReport, ...]
    trust_estimated: bool
    copy_groups: tuple[CopyGroup, ...]
    rejected: tuple[RejectedItem, ...]
    decisions: tuple[DecisionNote, ...] = ()
    changes: Changes | None = None
    since: str | None = None

    @property
    def questions(self) -> tuple[QuestionReport, ...]:
        """Every question, section by section."""
        return self.contested + self.updated + self.confirmed + self.single_source

    def _repr_html_(self) -> str:
        from reconcile.report._html import render_fragment  # noqa: PLC0415 (import cycle)

        return render_fragment(self)

    def to_records(self, table: str = "quotes") -> list[dict[str, Any]]:
        """One table of the report as a list of flat dicts.

        Args:
            table: ``questions``, ``figures``, ``quotes``, ``sources`` or ``rejected``.

        Examples:
            >>> from reconcile.pipeline import reconcile
            >>> build_report(reconcile([])).to_records("questions")
            []
        """
        from reconcile.report._tables import records  # noqa: PLC0415 (import cycle)

        return records(self, table)

    def to_pandas(self, table: str = "quotes") -> Any:
        """One table of the report as a :class:`pandas.DataFrame` (needs pandas).

        Args:
            table: as for :meth:`to_records`.

        Raises:
            ImportError: pandas is not installed.
        """
        from reconcile.report._tables import to_pandas  # noqa: PLC0415 (import cycle)

        return to_pandas(self, table)


def title_of(verdict: Verdict) -> str:
    """A question's title: its event, subject, place and attribute in words.

    Examples:
        >>> from reconcile.verdicts import Status
        >>> v = Verdict("q", "people", "killed", None, "quantity", Status.CONFIRMED, None, (),
        ...             "", event="Kerman blasts (2024-01-03)")
        >>> title_of(v)
        'Kerman blasts (2024-01-03): people killed'
    """
    place = f" in {verdict.place}" if verdict.place else ""
    attribute = verdict.attribute.replace("_", " ")
    if verdict.event:
        if verdict.subject == verdict.event:
            return f"{verdict.event}{place}: {attribute}"
        return f"{verdict.event}: {verdict.subject}{place} {attribute}"
    return f"{verdict.subject}{place}: {attribute}"


def counted(n: int, noun: str) -> str:
    """``n`` and the noun in the right number.

    Examples:
        >>> counted(1, "document"), counted(2, "independent source"), counted(0, "claim")
        ('1 document', '2 independent sources', '0 claims')
    """
    return f"{n} {noun}{'s' * (n != 1)}"


def summary_line(summary: Summary) -> str:
    """What the report read, in one sentence ("5 documents from 4 independent sources; ...")."""
    return (
        f"{counted(summary.documents, 'document')} from "
        f"{counted(summary.sources, 'independent source')}; "
        f"{counted(summary.claims, 'claim')} about {counted(summary.questions, 'question')}."
    )


def _number(value: float | str | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    return "open" if math.isinf(value) else format_number(value)


def _estimate(
    estimate: Estimate | None, value_of: Mapping[str, str], kind: str
) -> ReportEstimate | None:
    if estimate is None:
        return None
    high = _number(estimate.high)
    if estimate.low is not None and high is None:
        high = "open"
    return ReportEstimate(
        best=estimate.best,
        low=_number(estimate.low),
        high=high,
        policy=estimate.policy.value,
        tie=tuple(value_of.get(t, t) for t in estimate.tie),
        tie_break=tie_break(kind) if estimate.tie else "",
    )


def _needles(value: Value) -> list[str]:
    texts = [getattr(value, "text", "") or str(value)]
    if isinstance(value, Quantity) and value.point is not None:
        texts += [format_number(value.point), f"{value.point:g}"]
    if isinstance(value, DateSpan):
        texts.append(value.value)
    if isinstance(value, VoteOutcome):
        texts += [str(v) for v in value.facets.values() if isinstance(v, str)]
    return [t for t in texts if t]


def highlight_of(text: str, value: Value) -> tuple[int, int] | None:
    """Where the value's wording (or its figure) stands in a quote, if it does.

    Examples:
        >>> highlight_of("Roughly 2,500 US troops", Quantity.exact(2500))
        (8, 13)
    """
    folded = text.casefold()
    for needle in _needles(value):
        at = folded.find(needle.casefold())
        if at >= 0:
            return (at, at + len(needle))
    if isinstance(value, Quantity) and value.point is not None:
        # "2500" written "2 500" or "2.500": match the digits with any separator.
        digits = format_number(value.point).replace(",", "")
        pattern = r"(?<!\d)" + r"[\s,.\u00a0]?".join(map(re.escape, digits)) + r"(?!\d)"
        found = re.search(pattern, text)
        if found:
            return found.span()
    return None


def _quote(claim: NormalizedClaim, doc: Document, original: Value | None = None) -> Quote:
    evidence = claim.claim.evidence
    if evidence:
        text, is_quote = " ".join(evidence.quote.split()), True
    else:
        text, is_quote = str(claim.value), False
    return Quote(
        claim=claim.id,
        document=doc.id,
        source=doc.source_name,
        title=doc.title,
        url=doc.url,
        published=doc.published,
        text=text,
        is_quote=is_quote,
        highlight=highlight_of(text, claim.value),
        span=evidence.span if evidence else None,
        attribution=claim.claim.attribution,
        value=str(claim.value),
        # The fingerprint names the claim as read, before a decision changed its value.
        fingerprint=claim_fingerprint(
            attrs.evolve(claim.claim, value=original) if original else claim.claim
        ),
        original=str(original) if original is not None else None,
    )


def _reported(claim: NormalizedClaim, doc: Document) -> dt.date | None:
    if doc.published:
        return doc.published
    scope = claim.as_of
    if scope is not None and abs(scope.first_day) < 10**7 and abs(scope.last_day) < 10**7:
        return dt.date.fromordinal((scope.first_day + scope.last_day) // 2)
    return None


def _point(
    claim: NormalizedClaim, doc: Document, status: Status, source: str
) -> TimelinePoint | None:
    value = claim.value
    day = _reported(claim, doc)
    if not isinstance(value, Quantity) or day is None or claim.is_denied:
        return None
    return TimelinePoint(
        claim.id, source, day, str(value), value.low, value.best, value.high, status
    )


def build_report(
    result: Result,
    *,
    title: str = "Reconciliation report",
    trust: Mapping[str, float] | None = None,
    copy_groups: Sequence[Sequence[str]] | None = None,
    changes: Changes | None = None,
    since: str | None = None,
) -> Report:
    """Build the report model of a result.

    Args:
        result: the reconciliation result.
        title: the report's title.
        trust: source trust in [0, 1] by source id or source name, when estimated.
        copy_groups: groups of source ids or names found copying one another.
        changes: what changed since an earlier run (:func:`reconcile.diff.diff_results`);
            shown at the top of the report.
        since: the name of that earlier run's file, shown with the changes.

    Returns:
        The report; the same for the same result.

    Examples:
        >>> from reconcile.pipeline import reconcile
        >>> build_report(reconcile([])).summary.questions
        0
    """
    # Many small acyclic objects: the collector's passes over them would cost more than
    # the building, and more so the larger the result.
    with collector_paused():
        report = _report_of(result, title=title, trust=trust, copy_groups=copy_groups)
    return attrs.evolve(report, changes=changes, since=since)


def _report_of(
    result: Result,
    *,
    title: str,
    trust: Mapping[str, float] | None,
    copy_groups: Sequence[Sequence[str]] | None,
) -> Report:
    counts = summary_of(result)
    summary = Summary(**{f.name: counts[f.name] for f in attrs.fields(Summary)})
    claims = {c.id: c for c in result.claims}
    documents = {d.id: d for d in result.documents}
    names = {s.id: s.name for s in result.sources}
    relations = result.clustering.relations
    cluster_ids = {c.id for c in result.clustering.clusters}
    links_of: dict[str, list[Link]] = {}
    for r in relations:
        if r.a in cluster_ids and r.b in cluster_ids:
            question = r.a.rsplit("#", 1)[0]
            links_of.setdefault(question, []).append(Link(r.a, r.b, r.kind.value, r.reason))

    applied = result.decisions
    original = applied.original_of()
    notes = {d.id: _note(d) for d in applied.decisions}
    of_question = applied.of_question()
    names_of = dict(applied.names)
    event_names = dict(applied.event_names)
    missing: dict[str, list[str]] = {}
    for u in applied.unmatched:
        missing.setdefault(u.decision.id, []).append(f"{', '.join(u.targets)}: {u.reason}")

    def question_report(verdict: Verdict) -> QuestionReport:
        figures = []
        timeline = []
        value_of = {cv.cluster: cv.value for cv in verdict.clusters}
        for cv in verdict.clusters:
            figures.append(_figure(cv, verdict.question, value_of))
            for claim_id in cv.claims:
                nc = claims[claim_id]
                point = _point(nc, documents[nc.claim.document], cv.status, names[nc.source])
                if point is not None:
                    timeline.append(point)
        return QuestionReport(
            question=verdict.question,
            title=names_of.get(verdict.question) or _title(verdict, event_names),
            kind=verdict.kind,
            status=verdict.status,
            reason=f"{verdict.reason[:1].upper()}{verdict.reason[1:]}.",
            estimate=_estimate(verdict.estimate, value_of, verdict.kind),
            figures=tuple(figures),
            links=tuple(sorted(links_of.get(verdict.question, []), key=attrs.astuple)),
            timeline=tuple(sorted(timeline, key=lambda p: (p.reported, p.source, p.claim))),
            updated=any(c.status is Status.SUPERSEDED for c in verdict.clusters),
            decisions=tuple(notes[i] for i in of_question.get(verdict.question, ())),
        )

    def _figure(cv: ClusterVerdict, question: str, value_of: Mapping[str, str]) -> Figure:
        # Cluster ids are for tools; a reader knows a figure by its value.
        reason = _cluster_ids_as_values(cv.reason, question, value_of)
        quotes = tuple(
            _quote(claims[c], documents[claims[c].claim.document], original.get(c))
            for c in cv.claims
        )
        facets = tuple(FacetLine(f.value, tuple(names[s] for s in f.sources)) for f in cv.facets)
        return Figure(
            cv.cluster,
            cv.value,
            cv.status,
            tuple(names[s] for s in cv.sources),
            reason,
            quotes,
            cv.consistent,
            facets,
        )

    questions = [question_report(v) for v in result.verdicts]
    contested = tuple(q for q in questions if q.status is Status.CONTESTED)
    updated = tuple(q for q in questions if q.status is not Status.CONTESTED and q.updated)
    rest = [q for q in questions if q.status is Status.CONTESTED or not q.updated]
    claims_by_source: dict[str, int] = {}
    for nc in result.claims:
        claims_by_source[nc.source] = claims_by_source.get(nc.source, 0) + 1

    def trust_of(source_id: str) -> float | None:
        if trust is None:
            return None
        found = trust.get(source_id, trust.get(names[source_id]))
        return None if found is None else float(found)

    groups = tuple(
        sorted(
            (
                CopyGroup(tuple(sorted(names.get(s, s) for s in group)))
                for group in copy_groups or ()
                if len(group) > 1
            ),
            key=lambda g: g.sources,
        )
    )
    return Report(
        title=title,
        summary=summary,
        policy=result.settings.policy.value,
        contested=contested,
        updated=updated,
        confirmed=tuple(q for q in rest if q.status is Status.CONFIRMED),
        single_source=tuple(q for q in rest if q.status is Status.SINGLE_SOURCE),
        sources=tuple(
            SourceReport(s.id, s.name, s.documents, claims_by_source.get(s.id, 0), trust_of(s.id))
            for s in result.sources
        ),
        trust_estimated=trust is not None,
        copy_groups=groups,
        rejected=tuple(_rejected(r) for r in result.rejected),
        decisions=tuple(
            attrs.evolve(notes[d.id], unmatched="; ".join(missing[d.id]))
            if d.id in missing
            else notes[d.id]
            for d in applied.decisions
        ),
    )


_PART: Final = re.compile(r"~(\d+)$")


def _title(verdict: Verdict, event_names: Mapping[str, str]) -> str:
    """The title, with an event's name set by the analyst and the part of a split question."""
    if verdict.event is not None and verdict.event in event_names:
        renamed = event_names[verdict.event]
        subject = renamed if verdict.subject == verdict.event else verdict.subject
        verdict = attrs.evolve(verdict, event=renamed, subject=subject)
    title = title_of(verdict)
    part = _PART.search(verdict.question)
    return f"{title} (part {part.group(1)}, split by the analyst)" if part else title


def _note(decision: Decision) -> DecisionNote:
    return DecisionNote(
        id=decision.id,
        kind=decision.kind.value,
        by=decision.by,
        at=decision.at,
        reason=decision.reason,
        text=decision.describe(),
        where=decision.where,
    )


def _cluster_ids_as_values(reason: str, question: str, value_of: Mapping[str, str]) -> str:
    """``reason`` with each cluster id of ``question`` (``question#3``) replaced by its value.

    Notes:
        One pass over ``reason``, whatever the number of clusters.

    Examples:
        >>> _cluster_ids_as_values("q#12 updates q#1", "q", {"q#1": "30", "q#12": "40"})
        '40 updates 30'
    """
    prefix = f"{question}#"
    parts = []
    done = 0
    found = reason.find(prefix)
    while found >= 0:
        end = found + len(prefix)
        while end < len(reason) and reason[end].isdecimal():
            end += 1
        value = value_of.get(reason[found:end])
        if value is not None:
            parts += [reason[done:found], value]
            done = end
        found = reason.find(prefix, end if value is not None else found + 1)
    parts.append(reason[done:])
    return "".join(parts)


def _rejected(rejection: Rejection) -> RejectedItem:
    where = rejection.path
    if where and rejection.line is not None:
        where += f":{rejection.line}"
    if rejection.field:
        where = f"{where}, field {rejection.field}" if where else f"field {rejection.field}"
    return RejectedItem(rejection.item, rejection.kind.value, rejection.reason, where)
