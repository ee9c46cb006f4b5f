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

from reconcile.report._model import (
    STATUS_WORDS,
    Figure,
    QuestionReport,
    Quote,
    Report,
    ReportEstimate,
)

__all__ = ["escape_markdown", "markdown_of"]

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
    tie = " (a tie, broken towards the lower figure)" if estimate.tie else ""
    if estimate.low is None:
        return f"Best estimate ({_md(estimate.policy)}): **{_md(estimate.best)}**{tie}."
    return (
        f"Best estimate ({_md(estimate.policy)}): **{_md(estimate.best)}**{tie}; "
        f"low {_md(estimate.low)}, high {_md(estimate.high or 'open')}."
    )


def _quote(quote: Quote) -> str:
    said = f'"{_md(quote.text)}"' if quote.is_quote else f"({_md(quote.text)})"
    where = _md(quote.source)
    if quote.published:
        where += f", {quote.published.isoformat()}"
    span = f", chars {quote.span[0]}-{quote.span[1]}" if quote.span else ""
    who = f", citing {_md(quote.attribution)}" if quote.attribution else ""
    return f"  - {said} ({where}; {_md(quote.document)}{span}{who})"


def _figure(figure: Figure) -> list[str]:
    count = figure.independent_sources
    lines = [
        f"- **{_md(figure.value)}** ({STATUS_WORDS[figure.status]}; {count} independent "
        f"source{'s' if count != 1 else ''}: {', '.join(_md(s) for s in figure.sources)})"
    ]
    lines.extend(_quote(q) for q in figure.quotes)
    return lines


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
        for figure in question.figures:
            lines += _figure(figure)
        estimate = _estimate(question.estimate)
        lines += ["", estimate, ""] if estimate else [""]
    return lines


def markdown_of(report: Report) -> str:
    """Lay a report out as Markdown."""
    s = report.summary
    lines = [
        f"# {_md(report.title)}",
        "",
        f"{s.documents} documents from {s.sources} independent sources; "
        f"{s.claims} claims about {s.questions} questions.",
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
            f"| {_md(src.name)} | {'' if src.trust is None else f'{src.trust:.2f}'} "
            f"| {src.claims} |"
            for src in sorted(report.sources, key=lambda x: (-(x.trust or 0.0), x.id))
        ]
        lines.append("")
    if report.copy_groups:
        lines += ["## Copy groups", ""]
        lines += [f"- {', '.join(_md(s) for s in g.sources)}" for g in report.copy_groups]
        lines.append("")
    if report.rejected:
        lines += ["## Rejected input", ""]
        lines += [f"- {r.kind} {_md(r.item)}: {_md(r.reason)}" for r in report.rejected]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
