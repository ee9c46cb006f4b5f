"""The plain path of the clustering gives what the general path gives.

A question whose claims are all asserted quantities of one unit, none vague, is
clustered on rows of bounds (``reconcile.cluster._plain_question``); any other question
goes the general way. With the plain path turned off, every question goes the general
way: the clusters, relations, verdicts and result bytes must not change.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from contextlib import contextmanager

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import reconcile.cluster
from reconcile.cluster import Links, cluster_claims
from reconcile.compare import Tolerances
from reconcile.entities import AliasTable
from reconcile.model import Claim, Document, Evidence, ItemKind, Modality, Rejection
from reconcile.normalize import entity_resolver, normalize_claims
from reconcile.output import dumps_result
from reconcile.pipeline import reconcile as run
from reconcile.testing import claim_sets
from reconcile.values import DateSpan, Hedge, Quantity
from reconcile.verdicts import assess, cluster_and_assess

ClaimSet = tuple[tuple[Document, ...], tuple[Claim, ...]]

# Two names of one subject, so that alias resolution joins their questions.
ALIASES = AliasTable.from_groups([["US troops", "U.S. forces"]])

_QUOTES = (
    None,
    "BAGHDAD (AP) -- At least 30 people were killed on Friday, officials said",
    "the ministry said 500 were killed and 632 wounded",
    "",
)


@st.composite
def _figures(draw: st.DrawFn, numbers: list[int]) -> Quantity:
    """Figures close to each other, in every hedge: bounds that fit rival figures."""
    n = draw(st.sampled_from(numbers))
    shape = draw(st.sampled_from(["hedged"] * 8 + ["range", "vague", "unit"]))
    if shape == "range":
        return Quantity.range(n, n + draw(st.sampled_from([0, 20, 150])))
    if shape == "vague":
        return Quantity.vague("hundreds")
    hedge = draw(st.sampled_from([h for h in Hedge if h not in (Hedge.RANGE, Hedge.VAGUE)]))
    figure = Quantity.hedged(n, hedge)
    return attrs.evolve(figure, unit="km") if shape == "unit" else figure


@st.composite
def quantity_questions(draw: st.DrawFn) -> ClaimSet:
    """Claims of a few quantity questions: hedges, days apart (updates) or the same day
    (contradictions), own time scopes (open at the start too), quotes, denials now and
    then, events, and a subject under two names. The attribute "killed (km)" without a
    unit shares its question with "killed" in km: one question, two units. Half the
    sets are dense: one question, four figures, so that ties and set-apart bounds occur.
    """
    dense = draw(st.booleans())
    docs = tuple(
        Document(
            f"d{i}",
            outlet=f"outlet {i % 3}",
            published=dt.date(2024, 1, 1) + dt.timedelta(days=draw(st.integers(0, 12))),
        )
        for i in range(draw(st.integers(1, 6)))
    )
    scopes = [
        None,
        None,
        None,
        DateSpan.day(2024, 1, 3),
        DateSpan.parse("..2024-01-05"),
        DateSpan.month(2024, 1),
    ]
    numbers = [30, 480, 500, 632] if dense else [0, 30, 480, 500, 550, 600, 632, 700, 1000]
    subjects = ["US troops", "U.S. forces"] + ([] if dense else ["militia"])
    attributes = ["killed"] + ([] if dense else ["killed", "deployed", "killed (km)"])
    made = []
    for i in range(draw(st.integers(0, 30 if dense else 24))):
        quote = draw(st.sampled_from(_QUOTES))
        made.append(
            Claim(
                id=f"c{i:02d}",
                document=draw(st.sampled_from([d.id for d in docs])),
                subject=draw(st.sampled_from(subjects)),
                attribute=draw(st.sampled_from(attributes)),
                value=draw(_figures(numbers)),
                as_of=draw(st.sampled_from(scopes)),
                place=None if dense else draw(st.sampled_from([None, "Iraq"])),
                modality=draw(st.sampled_from([Modality.ASSERTED] * 9 + [Modality.DENIED])),
                evidence=Evidence(quote) if quote else None,
                event=None if dense else draw(st.sampled_from([None, None, "Kerman, 2024-01-03"])),
            )
        )
    return docs, tuple(made)


_TOLERANCES = st.sampled_from(
    [
        Tolerances(),
        Tolerances(relative=0.1),
        Tolerances(absolute=25),
        Tolerances(evolving=()),
        Tolerances(relative=0.05, days=1),
    ]
)


@contextmanager
def _general_only() -> Iterator[None]:
    """Every question goes the general way."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(reconcile.cluster, "_plain_question", lambda *args, **kwargs: None)
        yield


@settings(max_examples=300, deadline=None)
@given(
    data=quantity_questions() | claim_sets(max_size=30),
    tolerances=_TOLERANCES,
    max_pairwise=st.sampled_from([12, 2]),
    shuffle=st.randoms(use_true_random=False),
)
def test_plain_clustering_is_the_general_clustering(
    data: ClaimSet, tolerances: Tolerances, max_pairwise: int, shuffle: random.Random
) -> None:
    docs, claims = data
    normalized = normalize_claims(claims, docs, resolver=entity_resolver(ALIASES))
    with _general_only():
        general = cluster_claims(normalized, tolerances=tolerances, max_pairwise=max_pairwise)
    # The plain path on the claims in another order: the same clusters and relations.
    mixed = list(normalized)
    shuffle.shuffle(mixed)
    plain = cluster_claims(mixed, tolerances=tolerances, max_pairwise=max_pairwise)
    assert plain == general
    assert cluster_and_assess(mixed, tolerances=tolerances) == (
        cluster_claims(normalized, tolerances=tolerances),
        assess(normalized, cluster_claims(normalized, tolerances=tolerances)),
    )


@settings(max_examples=60, deadline=None)
@given(data=quantity_questions(), links=st.data())
def test_plain_clustering_obeys_an_analyst_s_links(data: ClaimSet, links: st.DataObject) -> None:
    docs, claims = data
    ids = [c.id for c in claims]
    pairs = st.lists(st.tuples(st.sampled_from(ids), st.sampled_from(ids)), max_size=3)
    chosen = Links(same=links.draw(pairs), different=links.draw(pairs)) if ids else Links()
    normalized = normalize_claims(claims, docs, resolver=entity_resolver(ALIASES))
    try:
        with _general_only():
            general = cluster_claims(normalized, links=chosen)
    except ValueError:
        return  # links that contradict each other are refused either way
    assert cluster_claims(normalized, links=chosen) == general


@settings(max_examples=60, deadline=None)
@given(data=quantity_questions() | claim_sets(max_size=30), tolerances=_TOLERANCES)
def test_plain_path_gives_the_result_bytes_of_the_general_path(
    data: ClaimSet, tolerances: Tolerances
) -> None:
    docs, claims = data
    # A claim given twice is rejected, and so is one read earlier: both are written.
    doubled = claims + claims[:1]
    rejected = [Rejection("line 9", ItemKind.CLAIM, "bad value", "SchemaError", "a.jsonl", 9)]

    def result() -> str:
        return dumps_result(
            run(
                doubled,
                docs,
                tolerances=tolerances,
                resolver=entity_resolver(ALIASES),
                rejected=rejected,
            )
        )

    with _general_only():
        general = result()
    assert result() == general


@settings(max_examples=40, deadline=None)
@given(data=quantity_questions())
def test_plain_clustering_with_a_full_memo_of_time_scopes(data: ClaimSet) -> None:
    # The memo of time scopes is cleared when full: a limit of one clears it at every
    # new scope, and the clustering is the same.
    docs, claims = data
    normalized = normalize_claims(claims, docs, resolver=entity_resolver(ALIASES))
    with _general_only():
        general = cluster_claims(normalized)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(reconcile.cluster, "_SPAN_MEMO_LIMIT", 1)
        assert cluster_claims(normalized) == general
