"""Hypothesis strategies for claims, values, documents and sources.

For users who property-test their own rules on top of ``reconcile`` (and for our own
tests). Needs the ``testing`` extra: ``pip install reconcile[testing]``.

The strategies mix ordinary values with the edge cases real reporting produces: open
intervals, zero counts, vague amounts, seasons that straddle a new year, votes with a
single facet, repeated outlets and authors.

Examples:
    >>> from hypothesis import given
    >>> @given(quantities())
    ... def test_interval_is_ordered(q):
    ...     assert q.low <= q.high
    >>> test_interval_is_ordered()
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

try:
    from hypothesis import strategies as st
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        "reconcile.testing needs hypothesis: pip install 'reconcile[testing]'"
    ) from exc

from reconcile.model import Claim, Document, Modality
from reconcile.values import (
    VAGUE_QUANTITIES,
    DateSpan,
    Hedge,
    Label,
    Quantity,
    Value,
    VoteOutcome,
    VoteResult,
)

__all__ = [
    "claim_sets",
    "claims",
    "date_spans",
    "documents",
    "labels",
    "quantities",
    "values",
    "votes",
]

_SINGLE = [h for h in Hedge if h not in (Hedge.RANGE, Hedge.VAGUE)]


@st.composite
def quantities(draw: st.DrawFn, *, max_value: int = 10_000) -> Quantity:
    """Hedged quantities: exact, about, open-ended, ranges and vague words."""
    choice = draw(st.sampled_from(["single", "single", "range", "vague"]))
    if choice == "vague":
        return Quantity.vague(draw(st.sampled_from(sorted(VAGUE_QUANTITIES))))
    if choice == "range":
        low = draw(st.integers(0, max_value))
        high = draw(st.integers(low, max_value))
        return Quantity.range(low, high)
    n = draw(st.one_of(st.sampled_from([0, 1, 3, 25, 100, 2500]), st.integers(0, max_value)))
    return Quantity.hedged(n, draw(st.sampled_from(_SINGLE)))


_YEARS = st.integers(2018, 2025)


@st.composite
def date_spans(draw: st.DrawFn) -> DateSpan:
    """Dates at every granularity, including open ends and seasons across a new year."""
    year = draw(_YEARS)
    month = draw(st.integers(1, 12))
    kind = draw(
        st.sampled_from(["day", "month", "year", "season", "part_year", "part_month", "open"])
    )
    if kind == "day":
        return DateSpan.day(year, month, draw(st.integers(1, 28)))
    if kind == "month":
        return DateSpan.month(year, month)
    if kind == "year":
        return DateSpan.year(year)
    if kind == "season":
        return DateSpan.season(
            year, draw(st.sampled_from(["spring", "summer", "autumn", "winter"]))
        )
    if kind == "part_year":
        return DateSpan.part_of_year(year, draw(st.sampled_from(["early", "mid", "late"])))
    if kind == "part_month":
        return DateSpan.part_of_month(year, month, draw(st.sampled_from(["early", "mid", "late"])))
    start = dt.date(year, month, 1)
    return DateSpan.between(start, None) if draw(st.booleans()) else DateSpan.between(None, start)


@st.composite
def votes(draw: st.DrawFn) -> VoteOutcome:
    """Vote outcomes with one or more facets stated."""
    unanimous = draw(st.sampled_from([None, None, True, False]))
    against = None if unanimous else draw(st.one_of(st.none(), st.integers(0, 50)))
    facets = {
        "result": draw(st.sampled_from([None, VoteResult.PASSED, VoteResult.REJECTED])),
        "votes_for": draw(st.one_of(st.none(), st.integers(0, 300))),
        "votes_against": against,
        "unanimous": unanimous,
        "binding": draw(st.sampled_from([None, True, False])),
    }
    if all(v is None for v in facets.values()):
        facets["result"] = VoteResult.PASSED
    return VoteOutcome(**facets)  # type: ignore[arg-type]


def labels() -> st.SearchStrategy[Label]:
    """Labels from a small vocabulary, so that equal labels occur."""
    return st.sampled_from(["withdrawn", "Withdrawn", "deployed", "advisory", "ended"]).map(Label)


def values() -> st.SearchStrategy[Value]:
    """Any value kind."""
    return st.one_of(quantities(), date_spans(), votes(), labels())


_OUTLETS = ["Wire", "Daily Times", "Evening Post", "Radio Free", "Blog"]
_AUTHORS = [None, "A. Writer", "B. Reporter", "C. Stringer"]


@st.composite
def documents(draw: st.DrawFn, *, ids: Sequence[str] = ("d1", "d2", "d3", "d4")) -> Document:
    """A document with an outlet that may repeat (so that dependence occurs)."""
    return Document(
        id=draw(st.sampled_from(list(ids))),
        outlet=draw(st.sampled_from(_OUTLETS)),
        author=draw(st.sampled_from(_AUTHORS)),
        published=dt.date(2024, 1, 1) + dt.timedelta(days=draw(st.integers(0, 60))),
    )


_SUBJECTS = ["US troops", "Iraqi parliament", "joint commission", "militia members"]
_ATTRIBUTES = ["deployed", "killed", "date_formed", "vote", "status"]


@st.composite
def claims(
    draw: st.DrawFn,
    *,
    claim_id: str | None = None,
    documents: Sequence[str] = ("d1", "d2", "d3", "d4"),
) -> Claim:
    """A claim about one of a few subjects, so that claims collide and compare."""
    value = draw(values())
    return Claim(
        id=claim_id or draw(st.text("abcdef0123456789", min_size=1, max_size=8)),
        document=draw(st.sampled_from(list(documents))),
        subject=draw(st.sampled_from(_SUBJECTS)),
        attribute=draw(st.sampled_from(_ATTRIBUTES)),
        value=value,
        place=draw(st.sampled_from([None, "Iraq", "Syria"])),
        modality=draw(st.sampled_from([Modality.ASSERTED] * 4 + [Modality.DENIED])),
    )


@st.composite
def claim_sets(
    draw: st.DrawFn, *, min_size: int = 0, max_size: int = 30
) -> tuple[tuple[Document, ...], tuple[Claim, ...]]:
    """Documents and claims with unique ids, referring to those documents."""
    doc_ids = [f"d{i}" for i in range(draw(st.integers(1, 6)))]
    docs = tuple(
        Document(
            id=doc_id,
            outlet=draw(st.sampled_from(_OUTLETS)),
            author=draw(st.sampled_from(_AUTHORS)),
            published=dt.date(2024, 1, 1) + dt.timedelta(days=draw(st.integers(0, 60))),
        )
        for doc_id in doc_ids
    )
    n = draw(st.integers(min_size, max_size))
    made = tuple(draw(claims(claim_id=f"c{i:03d}", documents=doc_ids)) for i in range(n))
    return docs, made
