"""End to end on the five seed articles in ../shared (skipped when it is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile.extract import Corpus, Extraction, extract_claims, load_articles
from reconcile.model import Claim
from reconcile.values import DateSpan, Quantity, VoteOutcome

pytestmark = pytest.mark.shared


@pytest.fixture
def seeds(shared_dir: Path) -> tuple[Corpus, Extraction]:
    corpus = load_articles(shared_dir / "seeds")
    return corpus, extract_claims(corpus)


def _find(extraction: Extraction, subject: str, attribute: str) -> list[Claim]:
    return [c for c in extraction.claims if (c.subject, c.attribute) == (subject, attribute)]


def test_all_five_articles_load_with_their_publication_dates(
    seeds: tuple[Corpus, Extraction],
) -> None:
    corpus, extraction = seeds
    assert 5 == len(corpus.articles)
    assert all(a.document.published is not None for a in corpus.articles)
    assert () == extraction.rejected


def test_every_quote_reads_back_from_the_article(seeds: tuple[Corpus, Extraction]) -> None:
    corpus, extraction = seeds
    texts = {a.document.id: a.text for a in corpus.articles}
    for claim in extraction.claims:
        assert claim.evidence is not None
        assert (
            claim.evidence.quote == texts[claim.document][claim.evidence.start : claim.evidence.end]
        )


def test_about_2500_us_troops_in_iraq_in_several_articles(seeds: tuple[Corpus, Extraction]) -> None:
    _, extraction = seeds
    claims = [
        c for c in _find(extraction, "US troops", "deployed")
        if c.place == "Iraq" and isinstance(c.value, Quantity) and c.value.best == 2500
    ]  # fmt: skip
    assert len({c.document for c in claims}) >= 3


def test_900_us_troops_in_syria(seeds: tuple[Corpus, Extraction]) -> None:
    _, extraction = seeds
    assert [(900.0, 900.0)] == [
        c.value.interval
        for c in _find(extraction, "US troops", "deployed")
        if c.place == "Syria" and isinstance(c.value, Quantity)
    ]


def test_three_us_troops_killed(seeds: tuple[Corpus, Extraction]) -> None:
    _, extraction = seeds
    assert [(3.0, 3.0)] == [
        c.value.interval
        for c in _find(extraction, "US troops", "killed")
        if isinstance(c.value, Quantity)
    ]


def test_at_least_one_pmf_member_killed(seeds: tuple[Corpus, Extraction]) -> None:
    _, extraction = seeds
    [claim] = _find(extraction, "PMF members", "killed")
    assert isinstance(claim.value, Quantity)
    assert 1.0 == claim.value.low
    assert claim.value.is_open


def test_more_than_100_members_signed(seeds: tuple[Corpus, Extraction]) -> None:
    _, extraction = seeds
    claims = _find(extraction, "members of parliament", "signed")
    assert claims
    assert all(isinstance(c.value, Quantity) and c.value.low == 101 for c in claims)


def test_the_january_2020_vote(seeds: tuple[Corpus, Extraction]) -> None:
    _, extraction = seeds
    votes = [c for c in extraction.claims if isinstance(c.value, VoteOutcome)]
    assert {c.subject for c in votes} == {"Iraqi parliament"}
    assert len(votes) >= 3
    as_of = {c.as_of.value for c in votes if c.as_of is not None}
    assert "2020-01" in as_of
    assert any(c.value.unanimous for c in votes if isinstance(c.value, VoteOutcome))
    assert any(c.value.binding is False for c in votes if isinstance(c.value, VoteOutcome))


def test_the_talks_began_on_27_january_2024(seeds: tuple[Corpus, Extraction]) -> None:
    _, extraction = seeds
    assert "2024-01-27" in [
        c.value.value
        for c in _find(extraction, "talks", "date_began")
        if isinstance(c.value, DateSpan)
    ]


def test_the_commission_formed_last_summer_or_late_last_year(
    seeds: tuple[Corpus, Extraction],
) -> None:
    _, extraction = seeds
    values = {
        c.value.value
        for c in _find(extraction, "commission", "date_formed")
        if isinstance(c.value, DateSpan)
    }
    assert {"2023-SU", "2023-late"} <= values
