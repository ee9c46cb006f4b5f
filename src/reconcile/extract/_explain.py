"""Every figure's fate: which claim it became, or why it became none.

:func:`figure_fates` lists, for each article, every number and time expression the
scanners find (the same scanners the extractor reads with) with the claim it became or
the reason the extractor gave for passing it over; a figure with neither is
*unaccounted*, a gap in the extractor that a test guards. :func:`render_explain` shows
each article with every figure marked, and the coverage: figures that became claims
over all figures, per article and for the corpus.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Final

import attrs

from reconcile.extract._dates import time_expressions_in
from reconcile.extract._frames import clock_times, entry_stamp
from reconcile.extract._loader import Corpus
from reconcile.extract._numbers import scan_numbers
from reconcile.extract._pipeline import Extraction, figure_span
from reconcile.extract._text import shadow, split_sentences, tokenize

__all__ = ["UNACCOUNTED", "ArticleFates", "Fate", "figure_fates", "render_explain"]

#: The reason given to a figure that neither became a claim nor was passed over.
UNACCOUNTED: Final = "unaccounted: no claim and no reason (an extractor gap)"


@attrs.frozen
class Fate:
    """One figure of an article and what became of it.

    Attributes:
        start: its start offset in the article's text.
        end: its end offset (exclusive).
        text: the figure as written.
        claims: the ids of the claims it became (sorted), empty when none.
        reason: why it became no claim; empty when it became one.
    """

    start: int
    end: int
    text: str
    claims: tuple[str, ...] = ()
    reason: str = ""

    @property
    def is_claimed(self) -> bool:
        """Whether the figure became at least one claim."""
        return bool(self.claims)


@attrs.frozen
class ArticleFates:
    """The fates of one article's figures, in text order."""

    document: str
    text: str
    fates: tuple[Fate, ...]

    @property
    def claimed(self) -> int:
        """How many figures became claims."""
        return sum(f.is_claimed for f in self.fates)

    @property
    def coverage(self) -> float:
        """Figures that became claims over all figures (1.0 for an article with none)."""
        return self.claimed / len(self.fates) if self.fates else 1.0


def _figures(text: str, anchor: dt.date | None) -> list[tuple[int, int, str]]:
    """Every number, time expression and clock time the scanners find, in text order."""
    view = shadow(text)
    reference = anchor
    found: dict[tuple[int, int], str] = {}
    for s, e in split_sentences(text, view=view):
        tokens = tokenize(view, s, e)
        if not tokens:
            continue
        for m in scan_numbers(text, tokens):
            found.setdefault((m.start, m.end), m.text)
        times, reference = time_expressions_in(text, tokens, anchor, reference)
        for t in times:
            found.setdefault((t.start, t.end), t.text)
        for first, last, _, _ in clock_times(tokens, 0, len(tokens)):
            start, end = tokens[first].start, tokens[last - 1].end
            found.setdefault((start, end), text[start:end])
        if entry_stamp(tokens):  # "03:45 - ...": a live page's entry time
            found.setdefault((tokens[0].start, tokens[0].end), tokens[0].text)
    # a figure inside a longer one ("2024" in "Friday, March 8, 2024") shares its fate
    out: list[tuple[int, int, str]] = []
    for (start, end), written in sorted(found.items(), key=lambda item: (item[0][0], -item[0][1])):
        if out and start >= out[-1][0] and end <= out[-1][1]:
            continue
        out.append((start, end, written))
    return out


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def figure_fates(corpus: Corpus, extraction: Extraction) -> tuple[ArticleFates, ...]:
    """Each article's figures with the claims they became or the reason they did not.

    Args:
        corpus: the articles that were read.
        extraction: what :func:`reconcile.extract.extract_claims` made of them.

    Returns:
        One entry per article, sorted by document id.

    Notes:
        A figure is matched to claims and reasons by overlapping spans, sorted by start,
        so the cost is linear in the figures plus the claims of each article.
    """
    claims_of: dict[str, list[tuple[tuple[int, int], str]]] = {}
    for claim in extraction.claims:
        span = figure_span(claim)
        if span is not None:
            claims_of.setdefault(claim.document, []).append((span, claim.id))
    passed_of: dict[str, list[tuple[tuple[int, int], str]]] = {}
    for p in extraction.passed_over:
        passed_of.setdefault(p.document, []).append(((p.start, p.end), p.reason))
    out: list[ArticleFates] = []
    for article in sorted(corpus.articles, key=lambda a: a.document.id):
        doc = article.document.id
        spans = sorted(claims_of.get(doc, []))
        reasons = sorted(passed_of.get(doc, []))
        fates = [
            _fate(s, e, text, spans, reasons)
            for s, e, text in _figures(article.text, article.document.published)
        ]
        out.append(ArticleFates(doc, article.text, tuple(fates)))
    return tuple(out)


def _fate(
    start: int,
    end: int,
    text: str,
    spans: Sequence[tuple[tuple[int, int], str]],
    reasons: Sequence[tuple[tuple[int, int], str]],
) -> Fate:
    here = (start, end)
    # spans are few per figure's neighbourhood; a window on the sorted lists keeps the
    # look-up linear overall
    claims = tuple(sorted({cid for span, cid in _near(spans, here) if _overlaps(span, here)}))
    if claims:
        return Fate(start, end, text, claims)
    reason = next((r for span, r in _near(reasons, here) if _overlaps(span, here)), UNACCOUNTED)
    return Fate(start, end, text, (), reason)


_WINDOW: Final = 400  # characters: no figure or claim span in an article is longer


def _near(
    items: Sequence[tuple[tuple[int, int], str]], here: tuple[int, int]
) -> list[tuple[tuple[int, int], str]]:
    lo = bisect_left(items, ((here[0] - _WINDOW, -1), ""))
    hi = bisect_right(items, ((here[1], 10**12), ""))
    return list(items[lo:hi])


def render_explain(fates: Sequence[ArticleFates], extraction: Extraction) -> str:
    """Each article with every figure marked, then its figures and the coverage.

    A figure that became a claim is marked ``[figure => attribute]``; one passed over
    ``[figure -- reason]``.
    """
    attribute_of = {c.id: c.attribute for c in extraction.claims}
    lines: list[str] = []
    claimed = total = 0
    for article in fates:
        claimed += article.claimed
        total += len(article.fates)
        lines.append(
            f"== {article.document}: {article.claimed} of {len(article.fates)} figures "
            f"became claims ({article.coverage:.0%})"
        )
        parts: list[str] = []
        at = 0
        for fate in article.fates:
            if fate.start < at:
                continue
            parts.append(article.text[at : fate.start])
            if fate.is_claimed:
                names = ", ".join(sorted({attribute_of.get(c, "?") for c in fate.claims}))
                parts.append(f"[{fate.text} => {names}]")
            else:
                parts.append(f"[{fate.text} -- {fate.reason}]")
            at = fate.end
        parts.append(article.text[at:])
        lines.append("".join(parts).rstrip())
        lines.append("")
    share = claimed / total if total else 1.0
    lines.append(f"coverage: {claimed} of {total} figures became claims ({share:.0%})")
    return "\n".join(lines) + "\n"
