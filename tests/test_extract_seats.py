"""Seat counts: who won how many seats, and which figures are no seat counts at all."""

from __future__ import annotations

import datetime as dt

import pytest

from reconcile.extract import articles_from_texts, extract_claims
from reconcile.model import Document
from reconcile.pipeline import reconcile
from reconcile.values import Quantity
from tests.helpers import CLOSED

PUB = dt.date(2024, 6, 3)


def _seats(text: str) -> list[tuple[str, str, float | None]]:
    claims = extract_claims(
        articles_from_texts([("doc", text)], published=PUB), extractor=CLOSED
    ).claims
    return [
        (c.subject, c.attribute, c.value.point)
        for c in claims
        if isinstance(c.value, Quantity) and c.attribute.startswith("seats")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ruling party won 150 of the 350 seats.", [("ruling party", "seats_won", 150)]),
        ("The Green Alliance secured 42 seats on Sunday.", [("Green Alliance", "seats_won", 42)]),
        (
            "The main opposition party took 77 seats, officials said.",
            [("main opposition party", "seats_won", 77)],
        ),
        (
            "The governing coalition, which won 180 seats in May, named a speaker.",
            [("governing coalition", "seats_won", 180)],
        ),
        (
            # a trend from a partial count forecasts the result, it does not declare it
            "With most ballots counted, the ruling party was on course for 152 seats.",
            [("ruling party", "seats_won", 152)],
        ),
        ("The centrist bloc lost 19 seats.", [("centrist bloc", "seats_lost", 19)]),
    ],
)
def test_a_party_and_its_seats(text: str, expected: list[tuple[str, str, float]]) -> None:
    assert expected == _seats(text)


@pytest.mark.parametrize(
    "text",
    [
        "The new stadium has 45,000 seats.",
        "Officials said 30 seats were still too close to call.",
        "The bus has 52 seats and a toilet.",
    ],
)
def test_seats_without_a_party_make_no_claim(text: str) -> None:
    assert [] == _seats(text)


def test_the_ruling_party_and_the_governing_party_answer_one_question() -> None:
    articles = articles_from_texts(
        [
            ("a", "The ruling party won 150 of the 350 seats."),
            ("b", "The governing party, which won 150 seats, began talks."),
        ],
        published=PUB,
    )
    claims = extract_claims(articles, extractor=CLOSED).claims
    docs = [
        Document("a", outlet="Herald", published=PUB),
        Document("b", outlet="Wire", published=PUB),
    ]
    seats = [v for v in reconcile(claims, docs).verdicts if v.attribute == "seats_won"]
    assert [2] == [v.clusters[0].independent_sources for v in seats]
