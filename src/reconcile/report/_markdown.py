"""The Markdown rendering of a :class:`~reconcile.report.Report`.

Sections, in the order an analyst reads them: a summary; contested questions with each
competing figure, its sources and quotes; figures that were updated over time;
confirmed figures; single-source figures; source trust and copy groups when they were
estimated; rejected input.
"""

from __future__ import annotations

from collections.abc import Sequence

from reconcile.report._model import (
    STATUS_WORDS,
    Figure,
    QuestionReport,
    Quote,
    Report,
    ReportEstimate,
    summary_line,
)

__all__ = ["markdown_of"]


def _estimate(estimate: ReportEstimate | None) -> str:
    if estimate is None:
        return ""
    tie = f" (a tie, broken {estimate.tie_break})" if estimate.tie else ""
    if estimate.low is None:
        return f"Best estimate ({estimate.policy}): **{estimate.best}**{tie}."
    return (
        f"Best estimate ({estimate.policy}): **{estimate.best}**{tie}; "
        f"low {estimate.low}, high {estimate.high or 'open'}."
    )


def _quote(quote: Quote) -> str:
    said = f'"{quote.text}"' if quote.is_quote else f"({quote.text})"
    where = quote.source
    if quote.published:
        where += f", {quote.published.isoformat()}"
    span = f", chars {quote.span[0]}-{quote.span[1]}" if quote.span else ""
    who = f", citing {quote.attribution}" if quote.attribution else ""
    return f"  - {said} ({where}; {quote.document}{span}{who})"


def _figure(figure: Figure) -> list[str]:
    count = figure.independent_sources
    lines = [
        f"- **{figure.value}** ({STATUS_WORDS[figure.status]}; {count} independent "
        f"source{'s' if count != 1 else ''}: {', '.join(figure.sources)})"
    ]
    lines.extend(_quote(q) for q in figure.quotes)
    return lines


def _section(title: str, questions: Sequence[QuestionReport]) -> list[str]:
    if not questions:
        return []
    lines = [f"## {title}", ""]
    for question in questions:
        lines += [f"### {question.title}", "", question.reason, ""]
        for figure in question.figures:
            lines += _figure(figure)
        estimate = _estimate(question.estimate)
        lines += ["", estimate, ""] if estimate else [""]
    return lines


def markdown_of(report: Report) -> str:
    """Lay a report out as Markdown."""
    s = report.summary
    lines = [
        f"# {report.title}",
        "",
        summary_line(s),
        "",
        f"- contested: {s.contested}",
        f"- confirmed: {s.confirmed}",
        f"- single source: {s.single_source}",
        f"- superseded: {s.superseded}",
        f"- rejected input: {s.rejected}",
        "",
    ]
    lines += _section("Contested", report.contested)
    lines += _section("Updated over time", report.updated)
    lines += _section("Confirmed", report.confirmed)
    lines += _section("Single source", report.single_source)
    if report.trust_estimated:
        lines += ["## Source trust", "", "| source | trust | claims |", "| --- | --- | --- |"]
        lines += [
            f"| {src.name} | {'' if src.trust is None else f'{src.trust:.2f}'} | {src.claims} |"
            for src in sorted(report.sources, key=lambda x: (-(x.trust or 0.0), x.id))
        ]
        lines.append("")
    if report.copy_groups:
        lines += ["## Copy groups", ""]
        lines += [f"- {', '.join(g.sources)}" for g in report.copy_groups]
        lines.append("")
    if report.rejected:
        lines += ["## Rejected input", ""]
        lines += [f"- {r.kind} `{r.item}`: {r.reason}" for r in report.rejected]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
