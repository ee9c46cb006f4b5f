"""A readable Markdown report of a reconciliation: what agrees, what conflicts, and why.

Sections, in the order an analyst reads them: a summary; contested questions with each
competing figure, its sources and quotes; figures that were updated over time;
confirmed figures; single-source figures; rejected input.
"""

from __future__ import annotations

from collections.abc import Iterable

from reconcile.model import Document
from reconcile.normalize import NormalizedClaim
from reconcile.output import summary_of
from reconcile.pipeline import Result
from reconcile.values import format_number
from reconcile.verdicts import ClusterVerdict, Estimate, Status, Verdict

__all__ = ["render_markdown"]

_STATUS_WORDS = {
    Status.CONFIRMED: "confirmed",
    Status.SINGLE_SOURCE: "single source",
    Status.CONTESTED: "contested",
    Status.SUPERSEDED: "superseded",
}


def _title(verdict: Verdict) -> str:
    place = f" in {verdict.place}" if verdict.place else ""
    return f"{verdict.subject}{place}: {verdict.attribute.replace('_', ' ')}"


def _number(value: float | str | None) -> str:
    if value is None:
        return "open"
    return value if isinstance(value, str) else format_number(value)


def _estimate(estimate: Estimate | None) -> str:
    if estimate is None:
        return ""
    tie = " (a tie, broken towards the lower figure)" if estimate.tie else ""
    if estimate.low is None:
        return f"Best estimate ({estimate.policy.value}): **{estimate.best}**{tie}."
    return (
        f"Best estimate ({estimate.policy.value}): **{estimate.best}**{tie}; "
        f"low {_number(estimate.low)}, high {_number(estimate.high)}."
    )


def _quote(claim: NormalizedClaim, documents: dict[str, Document]) -> str:
    doc = documents[claim.claim.document]
    evidence = claim.claim.evidence
    said = f'"{" ".join(evidence.quote.split())}"' if evidence else f"({claim.value})"
    where = doc.source_name
    if doc.published:
        where += f", {doc.published.isoformat()}"
    span = f", chars {evidence.start}-{evidence.end}" if evidence and evidence.span else ""
    who = f", citing {claim.claim.attribution}" if claim.claim.attribution else ""
    return f"  - {said} ({where}; {doc.id}{span}{who})"


def _cluster_block(
    verdict: ClusterVerdict,
    claims: dict[str, NormalizedClaim],
    documents: dict[str, Document],
    source_names: dict[str, str],
) -> list[str]:
    names = ", ".join(source_names[s] for s in verdict.sources)
    count = verdict.independent_sources
    lines = [
        f"- **{verdict.value}** ({_STATUS_WORDS[verdict.status]}; {count} independent "
        f"source{'s' if count != 1 else ''}: {names})"
    ]
    lines.extend(_quote(claims[c], documents) for c in verdict.claims)
    return lines


def _section(
    title: str,
    verdicts: Iterable[Verdict],
    claims: dict[str, NormalizedClaim],
    documents: dict[str, Document],
    source_names: dict[str, str],
) -> list[str]:
    chosen = list(verdicts)
    if not chosen:
        return []
    lines = [f"## {title}", ""]
    for verdict in chosen:
        lines += [
            f"### {_title(verdict)}",
            "",
            f"{verdict.reason[0].upper()}{verdict.reason[1:]}.",
            "",
        ]
        for cluster in verdict.clusters:
            lines += _cluster_block(cluster, claims, documents, source_names)
        estimate = _estimate(verdict.estimate)
        lines += ["", estimate, ""] if estimate else [""]
    return lines


def render_markdown(result: Result, *, title: str = "Reconciliation report") -> str:
    """Render a result as Markdown.

    Examples:
        >>> from reconcile.pipeline import reconcile
        >>> print(render_markdown(reconcile([])).splitlines()[2])
        0 documents from 0 independent sources; 0 claims about 0 questions.
    """
    summary = summary_of(result)
    claims = {c.id: c for c in result.claims}
    documents = {d.id: d for d in result.documents}
    source_names = {s.id: s.name for s in result.sources}
    lines = [
        f"# {title}",
        "",
        f"{summary['documents']} documents from {summary['sources']} independent sources; "
        f"{summary['claims']} claims about {summary['questions']} questions.",
        "",
        f"- contested: {summary['contested']}",
        f"- confirmed: {summary['confirmed']}",
        f"- single source: {summary['single_source']}",
        f"- superseded: {summary['superseded']}",
        f"- rejected input: {summary['rejected']}",
        "",
    ]
    by_status = {status: [v for v in result.verdicts if v.status is status] for status in Status}
    updated = [
        v
        for v in result.verdicts
        if v.status is not Status.CONTESTED
        and any(c.status is Status.SUPERSEDED for c in v.clusters)
    ]
    lines += _section("Contested", by_status[Status.CONTESTED], claims, documents, source_names)
    lines += _section("Updated over time", updated, claims, documents, source_names)
    lines += _section(
        "Confirmed",
        [v for v in by_status[Status.CONFIRMED] if v not in updated],
        claims,
        documents,
        source_names,
    )
    lines += _section(
        "Single source",
        [v for v in by_status[Status.SINGLE_SOURCE] if v not in updated],
        claims,
        documents,
        source_names,
    )
    if result.rejected:
        lines += ["## Rejected input", ""]
        lines += [f"- {r.kind.value} `{r.item}`: {r.reason}" for r in result.rejected]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
