"""Running totals and earlier reports: the period a casualty count covers, and its age."""

from __future__ import annotations

import datetime as dt

import pytest

from reconcile.extract import articles_from_texts, extract_claims
from reconcile.model import Claim, Document
from reconcile.pipeline import reconcile
from reconcile.values import DateSpan, Quantity
from reconcile.verdicts import Status
from tests.helpers import CLOSED

PUB = dt.date(2025, 3, 12)


def _claims(text: str) -> list[Claim]:
    return list(
        extract_claims(articles_from_texts([("doc", text)], published=PUB), extractor=CLOSED).claims
    )


def _counts(text: str) -> list[tuple[str, str, float | None, DateSpan | None]]:
    return [
        (c.subject, c.attribute, c.value.point, c.as_of)
        for c in _claims(text)
        if isinstance(c.value, Quantity)
    ]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Close to 90,000 people have been killed in the war, a monitor says.",
            "people (in the war)",
        ),
        ("The conflict has killed more than 9,000 civilians.", "civilians (in the war)"),
        ("Over 4,000 people have been wounded since October 7.", "people (since 2024-10-07)"),
        ("At least 310 people were killed so far this year.", "people (in 2025)"),
        ("Nearly 4,000 people have died since the fighting began.", "people (in the war)"),
        ("A bomb killed 14 people at a bus station on Monday.", "people"),
        ("Six people were killed in heavy fighting near the port.", "people"),
    ],
)
def test_a_running_total_names_its_period_in_the_subject(text: str, subject: str) -> None:
    assert subject == _counts(text)[0][0]


def test_the_period_of_a_count_is_no_event_date() -> None:
    claims = _claims("Over 4,000 people have been wounded since October 7.")
    assert ["injured"] == [c.attribute for c in claims]


def test_other_counts_keep_their_subject_whatever_the_period() -> None:
    [claim] = list(_claims("About 900 US troops have been in Syria since 2015."))
    assert "US troops" == claim.subject


@pytest.mark.parametrize(
    "text",
    [
        "The ministry had earlier reported 12 deaths.",
        "Officials initially put the death toll at 12.",
        "An earlier toll of 12 dead was revised on Tuesday.",
    ],
)
def test_an_earlier_report_holds_before_the_publication_date(text: str) -> None:
    [(_, attribute, value, as_of)] = _counts(text)
    assert ("killed", 12) == (attribute, value)
    assert as_of is not None
    assert as_of.end == PUB - dt.timedelta(days=1)
    assert as_of.start is None


def test_a_figure_that_rose_gives_the_earlier_and_the_new_figure() -> None:
    counts = _counts("The death toll rose from 12 to 21, officials said.")
    assert [(12, True), (21, False)] == [(value, as_of is not None) for *_, value, as_of in counts]


def test_a_range_without_a_verb_of_change_stays_a_range() -> None:
    values = [c.value for c in _claims("From 12 to 21 people were hurt.")]
    assert [(12, 21)] == [v.interval for v in values if isinstance(v, Quantity)]


@pytest.mark.parametrize(
    "text",
    [
        "The death toll has risen to 21.",
        "The toll now stands at 21, the ministry said.",
        "The death toll from Friday's strike on the port has climbed to 21.",
    ],
)
def test_a_toll_counts_the_dead(text: str) -> None:
    assert [("people", "killed", 21)] == [c[:3] for c in _counts(text)]


def test_the_new_figure_updates_the_earlier_report_in_the_verdict() -> None:
    text = "The death toll climbed from 12 to 21, the ministry said."
    article = articles_from_texts([("doc", text)], published=PUB)
    claims = extract_claims(article, extractor=CLOSED).claims
    [verdict] = reconcile(claims, [Document("doc", outlet="Wire", published=PUB)]).verdicts
    assert [Status.SUPERSEDED, Status.SINGLE_SOURCE] == [c.status for c in verdict.clusters]
    assert verdict.estimate is not None
    assert 21 == verdict.estimate.best_value


def test_a_war_the_source_reports_on_is_no_scope_of_its_figure() -> None:
    text = "The monitor, a group that reports on the war, said four soldiers were killed."
    assert [c[0] for c in _counts(text)] == ["troops"]
    # the failure mode: a war after the figure is still its scope
    text = "The ministry said 150,000 people have been killed in the war."
    assert [c[0] for c in _counts(text)] == ["people (in the war)"]
