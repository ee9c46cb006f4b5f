"""The "What changed" section: :class:`~reconcile.diff.Changes` in HTML and JSON, and its words.

The same section sits at the top of a report made with ``--since`` and makes up the
page ``reconcile diff`` writes (the Markdown is in ``_markdown``). Every change lists at
most :data:`SHOWN` pieces of evidence, saying how many more there are; the JSON has
them all.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable, Mapping
from typing import Any, Final

from reconcile.diff import Change, ChangeEvidence, ChangeKind, Changes, changes_record

__all__ = [
    "HEADINGS",
    "SHOWN",
    "by_heading",
    "changes_html",
    "changes_json",
    "describe",
    "evidence_words",
    "tally",
]

#: How many pieces of evidence a change shows in Markdown and HTML.
SHOWN: Final = 3
#: Quotes longer than this are cut, with an ellipsis, in Markdown and HTML.
_QUOTE_CHARS: Final = 200

#: The heading of each kind of change, and the noun its count is given with.
HEADINGS: Final[Mapping[ChangeKind, tuple[str, str, str]]] = {
    ChangeKind.NEW_DOCUMENT: ("New documents", "new document", "new documents"),
    ChangeKind.VANISHED_DOCUMENT: ("Documents gone", "document gone", "documents gone"),
    ChangeKind.NEW_SOURCE: ("New sources", "new source", "new sources"),
    ChangeKind.VANISHED_SOURCE: ("Sources gone", "source gone", "sources gone"),
    ChangeKind.NEW_QUESTION: ("New questions", "new question", "new questions"),
    ChangeKind.VANISHED_QUESTION: (
        "Questions no longer asked",
        "question no longer asked",
        "questions no longer asked",
    ),
    ChangeKind.NEW_CONTRADICTION: (
        "New contradictions",
        "new contradiction",
        "new contradictions",
    ),
    ChangeKind.VANISHED_CONTRADICTION: (
        "Contradictions gone",
        "contradiction gone",
        "contradictions gone",
    ),
    ChangeKind.UPDATED_FIGURE: ("Figures updated", "figure updated", "figures updated"),
    ChangeKind.CHANGED_STATUS: (
        "Verdicts that changed status",
        "verdict changed status",
        "verdicts changed status",
    ),
    ChangeKind.MOVED_CLAIM: (
        "Claims that moved between clusters",
        "claim moved",
        "claims moved",
    ),
}


def by_heading(changes: Changes) -> list[tuple[str, list[Change]]]:
    """The changes under each heading that has any, in the headings' order."""
    out: list[tuple[str, list[Change]]] = []
    for kind, (title, _, _) in HEADINGS.items():
        chosen = [c for c in changes.changes if c.kind is kind]
        if chosen:
            out.append((title, chosen))
    return out


def tally(changes: Changes) -> str:
    parts = []
    for kind, (_, one, many) in HEADINGS.items():
        n = changes.count(kind)
        if n:
            parts.append(f"{n} {one if n == 1 else many}")
    total = len(changes.changes)
    return f"{total} change{'s' * (total != 1)}: {', '.join(parts)}." if total else ""


def _cut(quote: str) -> str:
    return quote if len(quote) <= _QUOTE_CHARS else quote[: _QUOTE_CHARS - 1].rstrip() + "…"


def describe(change: Change, escape: Callable[[str], str]) -> str:
    """How the change reads: what is new, what was, or what was and what is."""
    if change.before is None:
        return escape(change.after or "")
    if change.after is None:
        return f"was {escape(change.before)}"
    return f"{escape(change.before)} → {escape(change.after)}"


def evidence_words(evidence: ChangeEvidence) -> tuple[str | None, str, str]:
    """The value, the quote (or none) and where it comes from."""
    where = f"{evidence.source}, {evidence.document}"
    return evidence.value, _cut(evidence.quote) if evidence.quote else "", where


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


#: The page style of ``reconcile diff -o changes.html``.
PAGE_STYLE: Final = (
    "body{font:15px/1.45 system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em}"
    "q{font-style:italic}small{color:#555}h3{margin-top:1.5em}"
)


def changes_html(changes: Changes, *, since: str | None = None) -> str:
    """The section as an HTML fragment (a ``<section>``), every input text escaped."""
    parts = ['<section id="changes">', "<h2>What changed since the last run</h2>"]
    if since:
        parts.append(f"<p>Compared with {_e(since)}.</p>")
    if not changes.changes:
        parts.append("<p>Nothing changed.</p></section>")
        return "\n".join(parts)
    parts.append(f"<p>{_e(tally(changes))} Claims matched by {_e(changes.matched_by)}.</p>")
    for title, chosen in by_heading(changes):
        parts += [f"<h3>{_e(title)}</h3>", "<ul>"]
        for change in chosen:
            items = []
            for evidence in change.evidence[:SHOWN]:
                value, quote, where = evidence_words(evidence)
                said = f"{_e(value)}: " if value and quote else ""
                text = f"<q>{_e(quote)}</q> " if quote else f"{_e(value)} " if value else ""
                items.append(f"<li>{said}{text}<small>({_e(where)})</small></li>")
            if len(change.evidence) > SHOWN:
                items.append(f"<li>and {len(change.evidence) - SHOWN} more</li>")
            inner = f"<ul>{''.join(items)}</ul>" if items else ""
            parts.append(
                f"<li><strong>{_e(change.target)}</strong>: {describe(change, _e)}{inner}</li>"
            )
        parts.append("</ul>")
    parts.append("</section>")
    return "\n".join(parts)


def changes_json(changes: Changes) -> str:
    """``{"changes": [...], "matched_by": ...}``, keys sorted, one line per list item."""
    record: dict[str, Any] = {"changes": changes_record(changes), "matched_by": changes.matched_by}
    return json.dumps(record, sort_keys=True, ensure_ascii=False, indent=1) + "\n"
