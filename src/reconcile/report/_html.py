"""The HTML rendering of a :class:`~reconcile.report.Report`: one self-contained file.

Nothing is fetched to view it: the style is inline, the pictures are inline SVG, there
is no script at all, and a Content-Security-Policy forbids scripts and every network
load, so that text from the articles stays text even if a renderer were wrong. Every
string from the input is escaped; a link is made only of an ``http`` or ``https``
address.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from reconcile.report._changes import changes_html
from reconcile.report._model import (
    STATUS_WORDS,
    Figure,
    QuestionReport,
    Quote,
    Report,
    ReportEstimate,
    counted,
    summary_line,
    title_of,
)
from reconcile.report._svg import STATUS_COLOURS, graph_svg, timeline_svg
from reconcile.verdicts import Status, Verdict

__all__ = ["render_document", "render_fragment", "render_question", "render_verdict"]

#: How many quotes of a figure a detailed question shows before "more quotes".
_OPEN_QUOTES = 4

#: The page's Content-Security-Policy: inline style and data pictures, nothing else.
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

_STYLE = """
.rr{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;
 color:#1c2833;line-height:1.45;max-width:1100px;margin:0 auto;padding:0 1rem 3rem}
.rr h1{font-size:1.7rem;margin:1.2rem 0 .3rem}
.rr h2{font-size:1.3rem;border-bottom:2px solid #d5d8dc;padding-bottom:.2rem;margin-top:2.2rem}
.rr h3{font-size:1.1rem;margin:0 0 .3rem}
.rr .lede{color:#566573;margin:.2rem 0 1rem}
.rr .cards{display:flex;flex-wrap:wrap;gap:.6rem;margin:.8rem 0;padding:0;list-style:none}
.rr .cards li{border:1px solid #d5d8dc;border-radius:8px;padding:.5rem .9rem;min-width:7rem}
.rr .cards b{display:block;font-size:1.5rem}
.rr .cards a{color:inherit;text-decoration:none}
.rr .question{border:1px solid #d5d8dc;border-left:6px solid #aab7b8;border-radius:6px;
 padding:.8rem 1rem;margin:1rem 0;background:#fff}
.rr .question.contested{border-left-color:#c0392b}
.rr .question.confirmed{border-left-color:#1e8449}
.rr .question.single_source{border-left-color:#b9770e}
.rr .question.superseded{border-left-color:#7f8c8d}
.rr .badge{display:inline-block;font-size:.75rem;font-weight:600;text-transform:uppercase;
 letter-spacing:.04em;color:#fff;border-radius:4px;padding:.05rem .4rem;margin-right:.4rem;
 vertical-align:middle}
.rr .estimate{background:#f4f6f7;border-radius:6px;padding:.4rem .7rem;display:inline-block}
.rr .figures{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:.8rem;
 margin:.6rem 0}
.rr .figure{border:1px solid #e5e8e8;border-radius:6px;padding:.5rem .7rem}
.rr .figure .value{font-size:1.1rem;font-weight:700}
.rr .sources{color:#566573;font-size:.9rem}
.rr blockquote{margin:.5rem 0;padding:.2rem .7rem;border-left:3px solid #d5d8dc;
 white-space:pre-wrap;overflow-wrap:anywhere}
.rr mark{background:#fde68a;padding:0 .1rem;border-radius:2px}
.rr cite{display:block;font-style:normal;font-size:.85rem;color:#566573;overflow-wrap:anywhere}
.rr .pictures{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-start;margin-top:.6rem}
.rr figure{margin:0;max-width:100%;overflow-x:auto}
.rr figcaption{font-size:.85rem;color:#566573}
.rr svg text{font-family:inherit;font-size:11px;fill:#34495e}
.rr svg text.value{font-size:13px;font-weight:700;fill:#1c2833}
.rr svg text.legend{font-size:11px}
.rr table{border-collapse:collapse;margin:.5rem 0;font-size:.92rem}
.rr th,.rr td{border-bottom:1px solid #e5e8e8;padding:.25rem .7rem;text-align:left;
 vertical-align:top;overflow-wrap:anywhere}
.rr .bar{display:inline-block;height:.6rem;background:#5dade2;border-radius:3px}
.rr details summary{cursor:pointer;color:#2471a3}
.rr .empty{color:#566573;font-style:italic}
.rr .guide{background:#f8f9f9;border-radius:6px;padding:.4rem .8rem;font-size:.92rem}
.rr .guide li{margin:.25rem 0}
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _is_web_address(url: str) -> bool:
    return url.strip().lower().startswith(("http://", "https://"))


def _badge(status: Status) -> str:
    return (
        f'<span class="badge" style="background:{STATUS_COLOURS[status]}">'
        f"{_e(STATUS_WORDS[status])}</span>"
    )


def _quote_text(quote: Quote) -> str:
    if quote.highlight is None or not quote.is_quote:
        return _e(quote.text)
    start, end = quote.highlight
    t = quote.text
    return f"{_e(t[:start])}<mark>{_e(t[start:end])}</mark>{_e(t[end:])}"


def _quote(quote: Quote) -> str:
    said = _quote_text(quote)
    body = f"\u201c{said}\u201d" if quote.is_quote else f"({said})"
    parts = [f"<b>{_e(quote.source)}</b>"]
    if quote.published:
        parts.append(quote.published.isoformat())
    web = quote.url is not None and _is_web_address(quote.url)
    if quote.title:
        title = _e(quote.title)
        if web:
            title = f'<a href="{_e(quote.url)}" rel="noopener noreferrer">{title}</a>'
        parts.append(f"\u201c{title}\u201d")
    elif web:
        parts.append(f'<a href="{_e(quote.url)}" rel="noopener noreferrer">{_e(quote.url)}</a>')
    if quote.url and not web:
        # Not a web address (javascript:, data:, a typo): shown, never followed.
        parts.append(f"address <code>{_e(quote.url)}</code>")
    parts.append(f"<code>{_e(quote.document)}</code>")
    if quote.span:
        parts.append(f"chars {quote.span[0]}\u2013{quote.span[1]}")
    if quote.attribution:
        parts.append(f"citing {_e(quote.attribution)}")
    if quote.original:
        parts.append(f"read as {_e(quote.original)}, corrected by the analyst")
    if quote.fingerprint:
        parts.append(
            f'<code class="fingerprint" title="the fingerprint a decision names this claim by">'
            f"{_e(quote.fingerprint)}</code>"
        )
    cite = " \u00b7 ".join(parts)
    return f"<blockquote>{body}<cite>{cite}</cite></blockquote>"


def _names(names: Sequence[str], limit: int = 12) -> str:
    if len(names) <= limit:
        return ", ".join(names)
    return f"{', '.join(names[:limit])} and {len(names) - limit} more"


def _quotes(quotes: Sequence[Quote], *, open_quotes: bool) -> str:
    shown = quotes[:_OPEN_QUOTES] if open_quotes else ()
    rest = quotes[len(shown) :]
    out = "".join(_quote(q) for q in shown)
    if rest:
        n = len(rest)
        more = "more " if shown else ""
        out += (
            f"<details><summary>{n} {more}quote{'s' * (n != 1)}</summary>"
            f"{''.join(_quote(q) for q in rest)}</details>"
        )
    return out


def _support(figure: Figure) -> str:
    # Who states the figure (facet by facet for a vote), and the bounds merely consistent
    # with it, apart from its sources.
    if figure.facets:
        lines = "".join(
            f"<li>{_e(f.value)}: {_e(counted(len(f.sources), 'source'))}"
            f" ({_e(_names(f.sources))})</li>"
            for f in figure.facets
        )
        who = f'<ul class="facets sources">{lines}</ul>'
    else:
        who = (
            f'<span class="sources">{_e(counted(figure.independent_sources, "independent source"))}'
            f": {_e(_names(figure.sources))}</span>"
        )
    return who


def _consistent(figure: Figure, *, open_quotes: bool) -> str:
    bounds = figure.consistent_quotes
    if not bounds:
        return ""
    return (
        '<div class="sources">Consistent with it, not counted among its sources:</div>'
        + _quotes(bounds, open_quotes=open_quotes)
    )


def _figure(figure: Figure, *, open_quotes: bool, alone: bool = False) -> str:
    # A question's only figure is named by the question's reason already: its card
    # shows who states it and their words, not the value again.
    head = "" if alone else f'<div class="value">{_e(figure.value)}</div>'
    reason = "" if alone else f'<div class="sources">{_e(figure.reason)}</div>'
    return (
        f'<div class="figure">{head}<div>{_badge(figure.status)}{_support(figure)}</div>'
        f"{reason}{_quotes(figure.stating, open_quotes=open_quotes)}"
        f"{_consistent(figure, open_quotes=open_quotes)}</div>"
    )


def _estimate(estimate: ReportEstimate | None) -> str:
    if estimate is None:
        return '<p class="empty">No current figure: every figure was replaced.</p>'
    text = f"Best estimate: <b>{_e(estimate.best)}</b>"
    if estimate.low is not None:
        text += f" &nbsp; low {_e(estimate.low)} &nbsp; high {_e(estimate.high or 'open')}"
    text += f' &nbsp; <span class="sources">({_e(estimate.policy)} policy)</span>'
    if estimate.tie:
        text += (
            f'<br><span class="sources">A tie in support with {_e(", ".join(estimate.tie))};'
            f" broken {_e(estimate.tie_break)}.</span>"
        )
    return f'<p class="estimate">{text}</p>'


def pictures_of(question: QuestionReport, *, detailed: bool) -> tuple[str, ...]:
    """The pictures a question gets: ``timeline`` and ``graph``, when they say something."""
    found = []
    if question.has_timeline and (question.updated or detailed):
        found.append("timeline")
    if detailed and (len(question.figures) > 1 or question.links):
        found.append("graph")
    return tuple(found)


def _question(question: QuestionReport, key: str, *, detailed: bool) -> str:
    pictures = []
    drawn = pictures_of(question, detailed=detailed)
    if "timeline" in drawn:
        pictures.append(
            f"<figure>{timeline_svg(question, key=key + 't')}<figcaption>Each report's value"
            " against the day it was reported; bars are hedged ranges.</figcaption></figure>"
        )
    if "graph" in drawn:
        pictures.append(
            f"<figure>{graph_svg(question, key=key + 'g')}<figcaption>The competing figures,"
            " one dot per claim, and how they relate.</figcaption></figure>"
        )
    alone = len(question.figures) == 1
    figures = "".join(_figure(f, open_quotes=detailed, alone=alone) for f in question.figures)
    estimate = "" if alone else _estimate(question.estimate)
    return (
        f'<section class="question {question.status.value}" id="{key}">'
        f"<h3>{_badge(question.status)}{_e(question.title)}</h3>"
        f"<p>{_e(question.reason)}</p>{_decision_notes(question)}{estimate}"
        f'<div class="figures">{figures}</div>'
        + (f'<div class="pictures">{"".join(pictures)}</div>' if pictures else "")
        + "</section>"
    )


def _section(
    title: str, anchor: str, questions: Sequence[QuestionReport], intro: str, *, detailed: bool
) -> str:
    if not questions:
        return ""
    body = "".join(
        _question(q, f"{anchor}-{i}", detailed=detailed) for i, q in enumerate(questions)
    )
    return f'<section id="{anchor}"><h2>{_e(title)}</h2><p class="lede">{intro}</p>{body}</section>'


def _sources(report: Report) -> str:
    head = "<tr><th>source</th><th>documents</th><th>claims</th>"
    head += "<th>trust</th></tr>" if report.trust_estimated else "</tr>"
    rows = []
    for s in report.sources:
        row = f"<tr><td>{_e(s.name)}</td><td>{len(s.documents)}</td><td>{s.claims}</td>"
        if report.trust_estimated:
            trust = (
                ""
                if s.trust is None
                else (
                    f'<span class="bar" style="width:{max(0.0, min(1.0, s.trust)) * 6:.2f}rem">'
                    f"</span> {s.trust:.2f}"
                )
            )
            row += f"<td>{trust}</td>"
        rows.append(row + "</tr>")
    intro = (
        "Documents by one outlet, one author, or a wire story and its reprints count as one"
        " independent source."
    )
    if report.trust_estimated:
        intro += " Trust is the estimated share of a source's reports that are right."
    out = (
        f'<section id="sources"><h2>Sources</h2><p class="lede">{intro}</p>'
        f"<table>{head}{''.join(rows)}</table>"
    )
    if report.copy_groups:
        groups = "".join(f"<li>{_e(', '.join(g.sources))}</li>" for g in report.copy_groups)
        out += (
            '<h3>Copy groups</h3><p class="lede">Sources found repeating one another; each'
            f" group counts once.</p><ul>{groups}</ul>"
        )
    return out + "</section>"


def _decision_notes(question: QuestionReport) -> str:
    if not question.decisions:
        return ""
    items = "".join(f"<li><code>{_e(d.id)}</code> {_e(d.text)}</li>" for d in question.decisions)
    return f'<div class="decided"><b>Rests on the analyst\'s decisions:</b><ul>{items}</ul></div>'


def _decisions(report: Report) -> str:
    if not report.decisions:
        return ""
    rows = "".join(
        f"<tr><td><code>{_e(d.id)}</code></td><td>{_e(d.text)}</td><td>{_e(d.where)}</td>"
        f"<td>{_e('matches nothing: ' + d.unmatched) if d.unmatched else 'applied'}</td></tr>"
        for d in report.decisions
    )
    return (
        '<section id="decisions"><h2>Analyst\'s decisions</h2><p class="lede">Corrections'
        " applied to this run; one that matches nothing is shown, never dropped.</p><table>"
        "<tr><th>id</th><th>decision</th><th>where</th><th>status</th></tr>"
        f"{rows}</table></section>"
    )


def _rejected(report: Report) -> str:
    if not report.rejected:
        return (
            '<section id="rejected"><h2>Rejected input</h2>'
            '<p class="empty">Nothing was rejected: every input record was kept.</p></section>'
        )
    rows = "".join(
        f"<tr><td>{_e(r.kind)}</td><td><code>{_e(r.item)}</code></td><td>{_e(r.reason)}</td>"
        f"<td>{_e(r.where or '')}</td></tr>"
        for r in report.rejected
    )
    return (
        '<section id="rejected"><h2>Rejected input</h2><p class="lede">Records that were not'
        " used, and why.</p><table><tr><th>kind</th><th>item</th><th>reason</th><th>where</th>"
        f"</tr>{rows}</table></section>"
    )


def _summary(report: Report) -> str:
    s = report.summary
    cards = [
        ("contested", s.contested, "#contested"),
        ("updated over time", len(report.updated), "#updated"),
        ("confirmed", s.confirmed, "#confirmed"),
        ("single source", s.single_source, "#single-source"),
        ("superseded", s.superseded, "#updated"),
        ("rejected input", s.rejected, "#rejected"),
    ]
    items = "".join(f'<li><a href="{href}"><b>{n}</b>{label}</a></li>' for label, n, href in cards)
    return (
        f'<p class="lede">{_e(summary_line(s))} Best estimates follow the'
        f" <b>{_e(report.policy)}</b> policy.</p>"
        f'<ul class="cards" id="summary">{items}</ul>'
        '<details class="guide" open><summary>How to read this report</summary><ul>'
        f"<li>{_badge(Status.CONTESTED)}current figures from different sources disagree;"
        " each competing figure is shown with who reports it and their words.</li>"
        f"<li>{_badge(Status.CONFIRMED)}two or more <i>independent</i> sources agree and none"
        " contradicts them. One outlet twice, one author on two sites, or a wire story and its"
        " reprints count as one source.</li>"
        f"<li>{_badge(Status.SINGLE_SOURCE)}only one independent source says it.</li>"
        f"<li>{_badge(Status.SUPERSEDED)}a later report replaced the figure.</li>"
        "<li>The <mark>highlighted</mark> words are the figure inside each quote. The best"
        " estimate is the best-supported current figure (or the lowest, under the"
        " conservative policy); low and high span every current figure.</li>"
        f"{_pictures_guide(report)}</ul></details>"
    )


def _drawn(report: Report) -> set[str]:
    detailed = [*report.contested, *report.updated]
    plain = [*report.confirmed, *report.single_source]
    found = {p for q in detailed for p in pictures_of(q, detailed=True)}
    return found | {p for q in plain for p in pictures_of(q, detailed=False)}


def _pictures_guide(report: Report) -> str:
    """The guide's words on the pictures, for the pictures this report has only."""
    drawn = _drawn(report)
    parts = []
    if "timeline" in drawn:
        parts.append(
            "the timeline shows each report's value on the day it was published (bars are"
            " hedged ranges such as \u201cat least 30\u201d)"
        )
    if "graph" in drawn:
        parts.append(
            "the graph shows the competing figures, one dot per claim, with contradictions"
            " dashed and updates as arrows"
        )
    if not parts:
        return ""
    return f"<li>Pictures: {'; '.join(parts)}. Point at a dot for its source.</li>"


def render_fragment(report: Report) -> str:
    """The report as an HTML fragment with its own style (for notebooks)."""
    body = [
        f"<style>{_STYLE}</style>",
        '<div class="rr">',
        f"<h1>{_e(report.title)}</h1>",
        changes_html(report.changes, since=report.since) if report.changes is not None else "",
        _summary(report),
        _section(
            "Contested",
            "contested",
            report.contested,
            "Questions on which current figures disagree: each competing figure with its"
            " sources and their words, the reason for the verdict and the estimate.",
            detailed=True,
        ),
        _section(
            "Updated over time",
            "updated",
            report.updated,
            "Figures that later reports replaced: news, not a dispute.",
            detailed=True,
        ),
        _section(
            "Confirmed",
            "confirmed",
            report.confirmed,
            "Stated by two or more independent sources and contradicted by none.",
            detailed=False,
        ),
        _section(
            "Single source",
            "single-source",
            report.single_source,
            "Stated by one independent source only: not contradicted, not confirmed.",
            detailed=False,
        ),
        _sources(report),
        _decisions(report),
        _rejected(report),
        "</div>",
    ]
    return "\n".join(part for part in body if part)


def render_document(report: Report) -> str:
    """The report as a whole HTML page."""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(report.title)}</title>\n"
        "</head><body>\n"
        f"{render_fragment(report)}\n"
        "</body></html>\n"
    )


def render_question(question: QuestionReport) -> str:
    """One question as an HTML fragment with its own style and pictures (for notebooks)."""
    key = "q-" + re.sub(r"[^a-z0-9]+", "-", question.question.lower()).strip("-")
    return f'<style>{_STYLE}</style><div class="rr">{_question(question, key, detailed=True)}</div>'


def render_verdict(verdict: Verdict) -> str:
    """A bare verdict as an HTML fragment: status, reason, estimate and figures, no quotes.

    A verdict does not carry its claims; build a report from the result for the quotes.
    """
    title = title_of(verdict)
    estimate = ""
    if verdict.estimate is not None:
        estimate = f'<p class="estimate">Best estimate: <b>{_e(verdict.estimate.best)}</b></p>'
    rows = "".join(
        f"<tr><td>{_e(c.value)}</td><td>{_badge(c.status)}</td><td>{c.independent_sources}</td>"
        f"<td>{_e(c.reason)}</td></tr>"
        for c in verdict.clusters
    )
    return (
        f'<style>{_STYLE}</style><div class="rr"><section class="question'
        f' {verdict.status.value}"><h3>{_badge(verdict.status)}{_e(title)}</h3>'
        f"<p>{_e(verdict.reason)}</p>{estimate}<table><tr><th>figure</th><th>status</th>"
        f"<th>independent sources</th><th>why</th></tr>{rows}</table></section></div>"
    )
