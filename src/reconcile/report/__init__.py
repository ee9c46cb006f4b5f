"""Reports of a reconciliation: Markdown, HTML and JSON, from one report model.

:func:`build_report` turns a :class:`~reconcile.pipeline.Result` into a :class:`Report`
(frozen values, already sorted and worded); :func:`render_markdown`,
:func:`render_html` and :func:`render_json` lay that one model out. Each renderer takes
a result or a report built before.

Sections, in the order an analyst reads them: a summary; contested questions with each
competing figure, its sources and quotes; figures that were updated over time;
confirmed figures; single-source figures; sources (with trust and copy groups when they
were estimated); rejected input.

Examples:
    >>> from reconcile.pipeline import reconcile
    >>> report = build_report(reconcile([]))
    >>> report.summary.claims, render_html(report).startswith("<!DOCTYPE html>")
    (0, True)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reconcile.diff import Changes
from reconcile.pipeline import Result
from reconcile.report._changes import PAGE_STYLE, changes_html, changes_json
from reconcile.report._html import CSP, render_document, render_verdict
from reconcile.report._json import json_of, record_of
from reconcile.report._markdown import changes_markdown, escape_markdown, markdown_of
from reconcile.report._model import (
    CopyGroup,
    DecisionNote,
    FacetLine,
    Figure,
    Link,
    QuestionReport,
    Quote,
    RejectedItem,
    Report,
    ReportEstimate,
    SourceReport,
    Summary,
    TimelinePoint,
    build_report,
)
from reconcile.report._svg import graph_svg, timeline_svg
from reconcile.verdicts import Verdict

__all__ = [
    "CopyGroup",
    "DecisionNote",
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
    "escape_markdown",
    "graph_svg",
    "html_repr",
    "render",
    "render_changes",
    "render_html",
    "render_json",
    "render_markdown",
    "report_record",
    "timeline_svg",
]

#: The formats :func:`render` writes, by name.
FORMATS = ("html", "json", "md")


def _report(
    source: Result | Report,
    title: str,
    trust: Mapping[str, float] | None,
    copy_groups: Sequence[Sequence[str]] | None,
) -> Report:
    if isinstance(source, Report):
        return source
    return build_report(source, title=title, trust=trust, copy_groups=copy_groups)


def render_markdown(
    result: Result | Report,
    *,
    title: str = "Reconciliation report",
    trust: Mapping[str, float] | None = None,
    copy_groups: Sequence[Sequence[str]] | None = None,
) -> str:
    """Render a result (or a report built from one) as Markdown.

    Args:
        result: the result, or its :class:`Report`.
        title: the title, when a result is given.
        trust: source trust by source id or name, when estimated.
        copy_groups: groups of source ids or names that copy one another.

    Examples:
        >>> from reconcile.pipeline import reconcile
        >>> print(render_markdown(reconcile([])).splitlines()[2])
        0 documents from 0 independent sources; 0 claims about 0 questions.
    """
    return markdown_of(_report(result, title, trust, copy_groups))


def render_html(
    result: Result | Report,
    *,
    title: str = "Reconciliation report",
    trust: Mapping[str, float] | None = None,
    copy_groups: Sequence[Sequence[str]] | None = None,
) -> str:
    """Render a result (or a report) as one self-contained HTML page.

    The page needs no network: inline style, inline SVG pictures, no script, and a
    Content-Security-Policy that forbids scripts and remote loads. Input text is escaped.

    Args:
        result: the result, or its :class:`Report`.
        title: the title, when a result is given.
        trust: source trust by source id or name, when estimated.
        copy_groups: groups of source ids or names that copy one another.

    Examples:
        >>> from reconcile.pipeline import reconcile
        >>> "<script" in render_html(reconcile([]), title="<script>alert(1)</script>")
        False
    """
    return render_document(_report(result, title, trust, copy_groups))


def render_json(
    result: Result | Report,
    *,
    title: str = "Reconciliation report",
    trust: Mapping[str, float] | None = None,
    copy_groups: Sequence[Sequence[str]] | None = None,
) -> str:
    """Render a result (or a report) as JSON: the report model, field by field.

    Examples:
        >>> import json
        >>> from reconcile.pipeline import reconcile
        >>> sorted(json.loads(render_json(reconcile([]))))[:3]
        ['confirmed', 'contested', 'copy_groups']
    """
    return json_of(_report(result, title, trust, copy_groups))


def report_record(report: Report) -> dict[str, object]:
    """The report as a JSON-ready dict, as :func:`render_json` writes it."""
    return record_of(report)


def render(
    result: Result | Report,
    fmt: str,
    *,
    title: str = "Reconciliation report",
    trust: Mapping[str, float] | None = None,
    copy_groups: Sequence[Sequence[str]] | None = None,
) -> str:
    """Render in a format named ``html``, ``json`` or ``md`` (see :data:`FORMATS`).

    Raises:
        ValueError: an unknown format.
    """
    renderers = {"html": render_html, "json": render_json, "md": render_markdown}
    if fmt not in renderers:
        raise ValueError(f"'fmt' must be one of {', '.join(FORMATS)} (got {fmt!r})")
    return renderers[fmt](result, title=title, trust=trust, copy_groups=copy_groups)


def render_changes(changes: Changes, fmt: str, *, old: str, new: str) -> str:
    """What changed between two runs, alone (``reconcile diff``): ``md``, ``html`` or ``json``.

    Args:
        changes: from :func:`reconcile.diff.diff_results`.
        fmt: the format; ``json`` gives ``{"changes": [...], "matched_by": ...}``.
        old: the earlier run's name, shown in Markdown and HTML.
        new: the later run's name.

    Raises:
        ValueError: an unknown format.

    Examples:
        >>> print(render_changes(Changes(), "md", old="monday.json", new="tuesday.json"))
        ## What changed since the last run
        <BLANKLINE>
        Compared with monday.json, now tuesday.json.
        <BLANKLINE>
        Nothing changed.
        <BLANKLINE>
    """
    since = f"{old}, now {new}"
    if fmt == "json":
        return changes_json(changes)
    if fmt == "md":
        return "\n".join(changes_markdown(changes, since=since)).rstrip() + "\n"
    if fmt == "html":
        return (
            "<!DOCTYPE html>\n"
            '<html lang="en"><head><meta charset="utf-8">\n'
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
            f"<title>What changed</title><style>{PAGE_STYLE}</style>\n"
            "</head><body>\n"
            f"{changes_html(changes, since=since)}\n"
            "</body></html>\n"
        )
    raise ValueError(f"'fmt' must be one of {', '.join(FORMATS)} (got {fmt!r})")


def html_repr(item: Result | Report | QuestionReport | Verdict) -> str:
    """Rich HTML for a notebook: a result or report whole, a question or a verdict alone.

    Lower layers cannot import the report layer, so a core class gets its notebook view
    by pointing its ``_repr_html_`` here (``Result._repr_html_ = html_repr``).

    Examples:
        >>> from reconcile.pipeline import reconcile
        >>> "Reconciliation report" in html_repr(reconcile([]))
        True
    """
    if isinstance(item, Result):
        return build_report(item)._repr_html_()
    if isinstance(item, Verdict):
        return render_verdict(item)
    return item._repr_html_()
