"""The Markdown rendering of a :class:`~reconcile.report.Report`.

Sections, in the order an analyst reads them: a summary; contested questions with each
competing figure, its sources and quotes; figures that were updated over time;
confirmed figures; single-source figures; source trust and copy groups when they were
estimated; rejected input.

Every field that comes from the input goes through :func:`escape_markdown`: a line
break, a link, an image, inline HTML or a code fence in a name stays text. The Markdown
links nothing from the input.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from reconcile.diff import Changes
from reconcile.report._changes import SHOWN, by_heading, describe, evidence_words, tally
from reconcile.report._model import (
    STATUS_WORDS,
    Figure,
    QuestionReport,
    Quote,
    Report,
    ReportEstimate,
    counted,
    summary_line,
)

__all__ = ["changes_markdown", "escape_markdown", "markdown_of"]


_LINE_BREAKS: Final = re.compile("[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]+")
# Emphasis, code, links, tables, headings, strike-through; "_" only where it can open or
# close emphasis, so attribute names such as date_formed read as written.
_SPECIAL: Final = re.compile(r"[\\`*\[\]#|~]|(?<![^\W_])_|_(?![^\W_])")
_BLOCK_START: Final = re.compile(r"[-+=]|\d+[.)]")


def escape_markdown(text: str, *, line_start: bool = False) -> str:
    r"""``text`` as inline Markdown that renders as the same characters and nothing more.

    Line breaks become spaces; Markdown punctuation is backslash-escaped; ``&``, ``<``
    and ``>`` become character references, so no HTML, comment or autolink survives.
    With ``line_start``, a leading list, heading or numbered-list marker is escaped too.

    Examples:
        >>> escape_markdown("![t](https://x/p.png)\n# <b>date_formed</b>")
        '!\\[t\\](https://x/p.png) \\# &lt;b&gt;date_formed&lt;/b&gt;'
        >>> escape_markdown("- 1. list", line_start=True)
        '\\- 1. list'
    """
    text = _LINE_BREAKS.sub(" ", text)
    text = _SPECIAL.sub(lambda m: "\\" + m.group(), text)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if line_start:
        text = text.strip()
        if m := _BLOCK_START.match(text):
            text = f"{text[: m.end() - 1]}\\{text[m.end() - 1 :]}"
    return text


_md = escape_markdown


def _estimate(estimate: ReportEstimate | None) -> str:
    if estimate is None:
        return ""
    tie = f" (a tie, broken {estimate.tie_break})" if estimate.tie else ""
    if estimate.low is None:
        return f"Best estimate ({_md(estimate.policy)}): **{_md(estimate.best)}**{tie}."
    return (
        f"Best estimate ({_md(estimate.policy)}): **{_md(estimate.best)}**{tie}; "
        f"low {_md(estimate.low)}, high {_md(estimate.high or 'open')}."
    )


def _quote(quote: Quote, indent: str = "  ") -> str:
    said = f'"{_md(quote.text)}"' if quote.is_quote else f"({_md(quote.text)})"
    where = _md(quote.source)
    if quote.published:
        where += f", {quote.published.isoformat()}"
    span = f", chars {quote.span[0]}-{quote.span[1]}" if quote.span else ""
    who = f", citing {_md(quote.attribution)}" if quote.attribution else ""
    corrected = f"; read as {_md(quote.original)}" if quote.original else ""
    return f"{indent}- {said} ({where}; {_md(quote.document)}{span}{who}{corrected})"


def _facets(figure: Figure) -> str:
    return "; ".join(
        f"{_md(f.value)}: {counted(len(f.sources), 'source')} "
        f"({', '.join(_md(s) for s in f.sources)})"
        for f in figure.facets
    )


def _evidence(figure: Figure, indent: str) -> list[str]:
    # The quotes that state the figure, then the bounds that are only consistent with it.
    lines = [_quote(q, indent) for q in figure.stating]
    bounds = figure.consistent_quotes
    if bounds:
        lines.append(f"{indent}- consistent with it, not counted among its sources:")
        lines += [_quote(q, indent + "  ") for q in bounds]
    return lines


def _figure(figure: Figure) -> list[str]:
    count = figure.independent_sources
    lines = [
        f"- **{_md(figure.value)}** ({STATUS_WORDS[figure.status]}; "
        f"{counted(count, 'independent source')}: {', '.join(_md(s) for s in figure.sources)})"
    ]
    if figure.facets:
        lines.append(f"  - facet by facet: {_facets(figure)}")
    return lines + _evidence(figure, "  ")


def _single(figure: Figure) -> list[str]:
    # One figure: the reason above already states the value; name its sources, show
    # the evidence, and leave out an estimate that would only repeat it.
    if figure.facets:
        lines = [f"Facet by facet: {_facets(figure)}."]
    else:
        label = "Source" if len(figure.sources) == 1 else "Sources"
        lines = [f"{label}: {', '.join(_md(s) for s in figure.sources)}."]
    return [*lines, "", *_evidence(figure, "")]


def _section(title: str, questions: Sequence[QuestionReport]) -> list[str]:
    if not questions:
        return []
    lines = [f"## {title}", ""]
    for question in questions:
        lines += [
            f"### {_md(question.title)}",
            "",
            _md(question.reason, line_start=True),
            "",
        ]
        if question.decisions:
            lines += [
                "Rests on the analyst's "
                + ("decision" if len(question.decisions) == 1 else "decisions")
                + ": "
                + "; ".join(f"{_md(d.text)} [{d.id}]" for d in question.decisions),
                "",
            ]
        if len(question.figures) == 1:
            lines += [*_single(question.figures[0]), ""]
            continue
        for figure in question.figures:
            lines += _figure(figure)
        estimate = _estimate(question.estimate)
        lines += ["", estimate, ""] if estimate else [""]
    return lines


def _sources(report: Report) -> list[str]:
    if not report.sources:
        return []
    trust = report.trust_estimated
    lines = [
        "## Sources",
        "",
        "Documents by one outlet, one author, or a wire story and its reprints count as one"
        " independent source.",
        "",
        "| source | documents | claims |" + (" trust |" if trust else ""),
        "| --- | --- | --- |" + (" --- |" if trust else ""),
    ]
    ordered = (
        sorted(report.sources, key=lambda x: (-(x.trust or 0.0), x.id)) if trust else report.sources
    )
    for src in ordered:
        row = f"| {_md(src.name)} | {len(src.documents)} | {src.claims} |"
        if trust:
            row += f" {'' if src.trust is None else f'{src.trust:.2f}'} |"
        lines.append(row)
    return [*lines, ""]


def changes_markdown(changes: Changes, *, level: int = 2, since: str | None = None) -> list[str]:
    """The section as Markdown lines (headings at ``level``, kinds one level below)."""
    hashes = "#" * level
    heading = "What changed since the last run"
    lines = [f"{hashes} {heading}", ""]
    if since:
        lines += [f"Compared with {escape_markdown(since)}.", ""]
    if not changes.changes:
        return [*lines, "Nothing changed.", ""]
    lines += [f"{tally(changes)} Claims matched across the runs by {changes.matched_by}.", ""]
    for title, chosen in by_heading(changes):
        lines += [f"{hashes}# {title}", ""]
        for change in chosen:
            lines.append(
                f"- {escape_markdown(change.target)}: {describe(change, escape_markdown)}".rstrip()
            )
            for evidence in change.evidence[:SHOWN]:
                value, quote, where = evidence_words(evidence)
                said = f"{escape_markdown(value)}: " if value and quote else ""
                text = f'"{escape_markdown(quote)}" ' if quote else ""
                text = text or (f"{escape_markdown(value)} " if value else "")
                lines.append(f"  - {said}{text}({escape_markdown(where)})")
            if len(change.evidence) > SHOWN:
                lines.append(f"  - and {len(change.evidence) - SHOWN} more")
        lines.append("")
    return lines


def markdown_of(report: Report) -> str:
    """Lay a report out as Markdown."""
    s = report.summary
    lines = [f"# {_md(report.title)}", ""]
    if report.changes is not None:
        lines += changes_markdown(report.changes, since=report.since)
    lines += [
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
    lines += _sources(report)
    if report.copy_groups:
        lines += ["## Copy groups", ""]
        lines += [f"- {', '.join(_md(s) for s in g.sources)}" for g in report.copy_groups]
        lines.append("")
    if report.decisions:
        lines += ["## Analyst's decisions", ""]
        for d in report.decisions:
            lost = f" **Matches nothing:** {_md(d.unmatched)}." if d.unmatched else ""
            lines.append(f"- {d.id} ({_md(d.where)}): {_md(d.text)}.{lost}")
        lines.append("")
    if report.rejected:
        lines += ["## Rejected input", ""]
        lines += [f"- {r.kind} {_md(r.item)}: {_md(r.reason)}" for r in report.rejected]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
