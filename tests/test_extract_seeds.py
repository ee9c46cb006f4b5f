"""End to end on the five seed articles in ../shared (skipped when it is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile import Result, reconcile
from reconcile.extract import Corpus, Extraction, extract_claims, load_articles
from reconcile.inputs import load_input
from reconcile.model import Claim
from reconcile.values import DateSpan, Quantity, VoteOutcome
from reconcile.verdicts import Status

pytestmark = pytest.mark.shared


@pytest.fixture
def seeds(shared_dir: Path) -> tuple[Corpus, Extraction]:
    corpus = load_articles(shared_dir / "seeds")
    return corpus, extract_claims(corpus)


@pytest.fixture
def report(shared_dir: Path) -> Result:
    """What ``reconcile report ../shared/seeds`` reconciles."""
    loaded = load_input(shared_dir / "seeds")
    return reconcile(loaded.claims, loaded.documents, rejected=loaded.rejected)


def _status(result: Result, status: Status) -> set[tuple[str, str, str | None]]:
    return {(v.subject, v.attribute, v.place) for v in result.verdicts if v.status is status}


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
        for c in extraction.claims
        if c.subject.startswith("talks") and c.subject.endswith("(2024)")
        and c.attribute == "date_began" and isinstance(c.value, DateSpan)
    ]  # fmt: skip


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


def test_the_report_contests_only_the_commission_date(report: Result) -> None:
    assert {("commission", "date_formed", None)} == _status(report, Status.CONTESTED)


@pytest.mark.parametrize(
    ("head", "attribute"),
    [
        ("statement", "date_said"),
        ("statement", "date_sent"),
        ("event", "date"),
        ("meeting", "date_held"),
        ("strike", "date_occurred"),
        ("talks", "date_began"),
        ("talks", "date_held"),
    ],
)
def test_the_report_has_none_of_the_false_date_disputes(
    report: Result, head: str, attribute: str
) -> None:
    assert [] == [
        (subject, attr)
        for subject, attr, _ in _status(report, Status.CONTESTED)
        if subject.startswith(head) and attr == attribute
    ]


def test_the_report_confirms_troops_vote_coalition_and_vote_date(report: Result) -> None:
    confirmed = _status(report, Status.CONFIRMED)
    subjects = {(subject, attribute) for subject, attribute, _ in confirmed}
    assert ("US troops", "deployed", "Iraq") in confirmed
    assert ("coalition", "date_formed") in subjects
    assert any(attribute == "vote" for _, attribute in subjects)
    assert any(
        subject.startswith("vote") and subject.endswith("(2020)") and attribute == "date_held"
        for subject, attribute in subjects
    )


def test_no_claim_dates_a_reporting_act_or_no_event(seeds: tuple[Corpus, Extraction]) -> None:
    _, extraction = seeds
    assert [] == [
        c.id for c in extraction.claims if c.attribute == "date_said" or c.subject == "event"
    ]
