"""Claims from article text: the conventions the core blocks and compares on."""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Iterable

import pytest
from hypothesis import given
from hypothesis import strategies as st

import reconcile.extract
from reconcile.errors import ExtractionError
from reconcile.extract import (
    Article,
    Corpus,
    articles_from_texts,
    default_extractor,
    extract_claims,
)
from reconcile.model import Claim, Document, Modality
from reconcile.values import DateSpan, Hedge, Quantity, VoteOutcome, VoteResult
from tests.helpers import CLOSED

PUB = dt.date(2023, 3, 8)  # a Wednesday


def _claims(text: str, published: dt.date | None = PUB) -> list[Claim]:
    return list(
        extract_claims(
            articles_from_texts([("doc", text)], published=published), extractor=CLOSED
        ).claims
    )


def _in_text_order(claims: list[Claim]) -> list[Claim]:
    return sorted(claims, key=lambda c: int(c.id.split("#")[1].split("-")[0]))


def _counts(text: str) -> list[tuple[str, str, str | None, tuple[float, float]]]:
    return [
        (c.subject, c.attribute, c.place, c.value.interval)
        for c in _in_text_order(_claims(text))
        if isinstance(c.value, Quantity)
    ]


def _dates(text: str, published: dt.date | None = PUB) -> list[tuple[str, str, str]]:
    return [
        (c.subject, c.attribute, c.value.value)
        for c in _in_text_order(_claims(text, published))
        if isinstance(c.value, DateSpan)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A rocket struck the outpost in Niger, killing four French soldiers.",
            [("French troops", "killed", "Niger", (4.0, 4.0))],
        ),
        (
            "Some 1,100 British service members remain deployed in Estonia.",
            [("British troops", "deployed", "Estonia", (990.0, 1210.0))],
        ),
        (
            "Germany has about 600 soldiers in Mali.",
            [("German troops", "deployed", "Mali", (540.0, 660.0))],
        ),
        (
            "At least one member of the National Defence Volunteers (NDV) was killed.",
            [("NDV members", "killed", None, (1.0, math.inf))],
        ),
        (
            "Twelve American personnel were injured.",
            [("US troops", "injured", None, (12.0, 12.0))],
        ),
        ("Dozens were wounded in the blast.", [("people", "injured", None, (24.0, 99.0))]),
        (
            "Over 80 of the 250 deputies signed the letter.",
            [
                ("members of parliament", "signed", None, (81.0, math.inf)),
                ("members of parliament", "total_seats", None, (250.0, 250.0)),
            ],
        ),
        (
            "More than 90 members of Kenya's parliament signed a motion.",
            [("members of parliament", "signed", "Kenya", (91.0, math.inf))],
        ),
        ("Police arrested 35 protesters.", [("protesters", "arrested", None, (35.0, 35.0))]),
        ("The militia carried out 14 attacks.", [("attacks", "attacks", None, (14.0, 14.0))]),
    ],
)
def test_counts_name_the_group_the_predicate_and_the_place(
    text: str, expected: list[tuple[str, str, str | None, tuple[float, float]]]
) -> None:
    actual = _counts(text)
    assert [e[:3] for e in expected] == [a[:3] for a in actual]
    assert [pytest.approx(e[3]) for e in expected] == [a[3] for a in actual]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A 19-year-old man was shot and killed in Dayton.", ("people", "killed", "Dayton")),
        ("An off-duty police officer was wounded.", ("police officers", "injured", None)),
        ("A delivery driver was shot on the job.", ("drivers", "shot", None)),
    ],
)
def test_one_person_named_without_a_figure_counts_as_one(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    assert [(*expected, (1.0, 1.0))] == [c for c in _counts(text) if c[1] == expected[1]]


def test_shot_is_its_own_class_unless_shot_dead() -> None:
    assert [("people", "shot"), ("people", "killed")] == [
        c[:2] for c in _counts("Five people were shot on Friday. Two people were shot dead.")
    ]


def test_in_the_country_resolves_to_the_last_country_named() -> None:
    text = "Chad hosts French forces. France keeps 1,000 troops in the country."
    assert [("French troops", "deployed", "Chad")] == [c[:3] for c in _counts(text)]


def test_a_place_before_where_locates_the_count() -> None:
    text = "Its forces hold northern Kosovo, where NATO has 3,700 troops."
    assert [("NATO troops", "deployed", "Kosovo")] == [c[:3] for c in _counts(text)]


def test_years_ages_and_money_make_no_count_claims() -> None:
    text = "In 2019 a 34-year-old paid $500 for 3 tickets on May 4."
    assert [] == _counts(text)


def test_dates_are_tied_to_the_events_they_date() -> None:
    text = (
        "The two sides began the negotiations on February 20. "
        "They use a joint committee they formed last summer. "
        "The commission, established late last year, met on Monday."
    )
    # "met on Monday" names no party: an unnamed meeting makes no claim
    assert [
        ("talks (2023)", "date_began", "2023-02-20"),
        ("commission", "date_formed", "2022-SU"),
        ("commission", "date_formed", "2022-late"),
    ] == _dates(text)


def test_a_date_before_an_event_noun_dates_that_event() -> None:
    assert [("attack on Tanf (2023)", "date_occurred", "2023-01-28")] == _dates(
        "Since the January 28 drone attack on the Tanf garrison, patrols stopped."
    )


def test_relative_dates_without_a_publication_date_are_skipped_and_counted() -> None:
    corpus = articles_from_texts([("d", "Talks began on Sunday, after a vote in May 2021.")])
    extraction = extract_claims(corpus, extractor=CLOSED)
    assert [("vote (2021)", "date_held", "2021-05")] == [
        (c.subject, c.attribute, c.value.value)
        for c in extraction.claims
        if isinstance(c.value, DateSpan)
    ]
    assert (("dates_without_anchor", 1),) == extraction.stats


def test_future_dates_are_planned() -> None:
    [claim] = [c for c in _claims("The talks will begin on Friday.") if c.kind == "date"]
    assert isinstance(claim.value, DateSpan)
    assert ("2023-03-10", Modality.PLANNED) == (claim.value.value, claim.modality)


def test_votes_carry_body_result_counts_unanimity_and_binding() -> None:
    text = (
        "In May 2022, Ghana's parliament voted unanimously to ban the import of used tyres. "
        "Lawmakers in Peru passed a non-binding resolution to censure the minister. "
        "The Senate voted 61 for, 5 against, with 12 abstentions, to approve the budget."
    )
    votes = [
        (c.subject, c.value, c.as_of)
        for c in _in_text_order(_claims(text))
        if isinstance(c.value, VoteOutcome)
    ]
    assert [
        ("Ghanaian parliament", VoteResult.PASSED, True, None, "ban the import of used tyres"),
        ("parliament", VoteResult.PASSED, None, False, "censure the minister"),
        ("Senate", VoteResult.PASSED, None, None, "approve the budget"),
    ] == [(s, v.result, v.unanimous, v.binding, v.motion) for s, v, _ in votes]
    assert DateSpan.month(2022, 5).value == votes[0][2].value  # type: ignore[union-attr]
    assert (61, 5, 12) == (
        votes[2][1].votes_for,
        votes[2][1].votes_against,
        votes[2][1].abstentions,
    )


@pytest.mark.parametrize(
    "text",
    [
        "The assembly passed the bill 141-5 on Tuesday.",
        "The Senate approved the measure by a vote of 141 to 5.",
    ],
)
def test_a_tally_gives_the_counts_and_the_result(text: str) -> None:
    [vote] = [c.value for c in _claims(text) if isinstance(c.value, VoteOutcome)]
    assert (VoteResult.PASSED, 141, 5) == (vote.result, vote.votes_for, vote.votes_against)


def _votes(text: str) -> list[Claim]:
    return [c for c in _claims(text) if isinstance(c.value, VoteOutcome)]


@pytest.mark.parametrize(
    ("text", "attribute"),
    [
        ("The government plans to send 6,000 troops to the border.", "deployed"),
        ("The floods displaced tens of thousands of people.", "displaced"),
    ],
)
def test_verbs_before_the_figure_that_take_it_as_object(text: str, attribute: str) -> None:
    assert [attribute] == [c.attribute for c in _claims(text) if isinstance(c.value, Quantity)]


@pytest.mark.parametrize(
    ("text", "subject", "attribute"),
    [
        ("Hundreds of displaced families began returning home.", "families", "displaced"),
        ("Dozens of wounded soldiers were evacuated by air.", "troops", "injured"),
    ],
)
def test_a_participle_before_the_noun_gives_the_predicate(
    text: str, subject: str, attribute: str
) -> None:
    assert [(subject, attribute)] == [
        (c.subject, c.attribute) for c in _claims(text) if isinstance(c.value, Quantity)
    ]


@pytest.mark.parametrize(
    ("text", "attribute"),
    [
        ("The crash sent nine people to the hospital.", "injured"),
        ("The explosion put 14 people in hospital.", "injured"),
        ("Three bystanders were struck by stray bullets.", "shot"),
        ("The ministry sent 300 police officers to the port.", "deployed"),
    ],
)
def test_harm_told_after_the_counted_people(text: str, attribute: str) -> None:
    attributes = [c.attribute for c in _claims(text) if isinstance(c.value, Quantity)]
    assert attribute in attributes
    assert "deployed" not in attributes or attribute == "deployed"


def test_crowd_sizes_from_police_and_organisers_are_each_their_own() -> None:
    text = "Police put the crowd at 8,000, while organisers said 40,000 marched."
    counts = [
        (c.subject, c.attribute, c.value.point, c.attribution)
        for c in _claims(text)
        if isinstance(c.value, Quantity)
    ]
    assert [
        ("people", "attended", 8000, "Police"),
        ("people", "attended", 40000, "organisers"),
    ] == counts


@pytest.mark.parametrize(
    "text",
    [
        "Some 9,000 demonstrators rallied downtown.",
        "Officials estimated the turnout at 9,000.",
        "Organisers said 9,000 people attended.",
        "About 9,000 students joined the march.",
    ],
)
def test_a_gathering_counts_people_attending(text: str) -> None:
    assert [("people", "attended")] == [
        (c.subject, c.attribute) for c in _claims(text) if isinstance(c.value, Quantity)
    ]


def test_attending_school_or_joining_the_army_is_no_gathering() -> None:
    text = "Two of the five injured attended a local school. Six men joined the army."
    assert "attended" not in [c.attribute for c in _claims(text)]


def test_a_cabinet_votes_on_an_agreement() -> None:
    [claim] = _votes("The cabinet approved the border agreement on Sunday by a vote of 9 to 2.")
    assert isinstance(claim.value, VoteOutcome)
    assert ("cabinet", "border agreement", 9, 2) == (
        claim.subject,
        claim.value.motion,
        claim.value.votes_for,
        claim.value.votes_against,
    )


def test_what_was_said_after_a_comma_names_no_speaker() -> None:
    claims = _claims("The party, which won 12 seats, said talks would begin on June 6.")
    assert {None, "The party"} >= {c.attribution for c in claims}


def test_would_points_to_the_future_of_the_report() -> None:
    text = "The party said talks would begin on June 6."
    dates = [c.value for c in _claims(text, dt.date(2024, 6, 4)) if isinstance(c.value, DateSpan)]
    assert ["2024-06-06"] == [d.value for d in dates]


def test_votes_written_with_the_word_votes_are_counted() -> None:
    [claim] = _votes("The council adopted the resolution with 11 votes in favour and 3 against.")
    assert isinstance(claim.value, VoteOutcome)
    assert (11, 3, "resolution") == (
        claim.value.votes_for,
        claim.value.votes_against,
        claim.value.motion,
    )


def test_the_sentences_after_a_vote_complete_it() -> None:
    text = (
        "The Regional Peace and Security Council adopted a resolution on Friday. "
        "The resolution passed with 11 votes in favour and two abstentions. "
        "It is not binding on member states."
    )
    [claim] = _votes(text)
    assert isinstance(claim.value, VoteOutcome)
    assert claim.evidence is not None
    assert ("Regional Peace and Security Council", 11, 2, False) == (
        claim.subject,
        claim.value.votes_for,
        claim.value.abstentions,
        claim.value.binding,
    )
    assert text == claim.evidence.quote == text[claim.evidence.start : claim.evidence.end]


@pytest.mark.parametrize(
    "later",
    [
        "Washington rejected the resolution.",  # another party's reaction
        "Talks resumed. Aid arrived. Roads reopened. The resolution passed 11-2.",  # too far
    ],
)
def test_a_vote_is_not_completed_by_unrelated_or_distant_sentences(later: str) -> None:
    [claim] = _votes(f"The Federal Council approved the budget on Friday. {later}")
    assert isinstance(claim.value, VoteOutcome)
    assert claim.evidence is not None
    assert (None, "The Federal Council approved the budget on Friday.") == (
        claim.value.votes_for,
        claim.evidence.quote,
    )


@pytest.mark.parametrize(
    ("text", "attribution", "modality"),
    [
        ("According to the Joint Staff, 40 soldiers died.", "the Joint Staff", Modality.REPORTED),
        ("Forty soldiers died, officials said.", "officials", Modality.REPORTED),
        ("Forty soldiers died.", None, Modality.ASSERTED),
        ("The army denied that 40 soldiers died.", None, Modality.DENIED),
        ("As many as 40 soldiers could have died.", None, Modality.POSSIBLE),
        # a conditional: what would be, not what is ("the exit poll: it would win 200")
        ("The ruling party would win 200 seats.", None, Modality.POSSIBLE),
        ("The ministry will deploy 40 soldiers.", None, Modality.PLANNED),
        ("The ministry had earlier reported 40 deaths.", "The ministry", Modality.REPORTED),
        (
            "Officials who spoke on condition of anonymity said 40 soldiers died.",
            "Officials",
            Modality.REPORTED,
        ),
        (
            "The army, which denies the claims, said 40 soldiers died.",
            "The army",
            Modality.REPORTED,
        ),
    ],
)
def test_attribution_and_modality(text: str, attribution: str | None, modality: Modality) -> None:
    [claim] = [c for c in _claims(text) if c.kind == "quantity"]
    assert (attribution, modality) == (claim.attribution, claim.modality)


def test_as_of_is_set_only_when_the_text_dates_the_figure() -> None:
    claims = _claims("As of Monday, 2,000 troops were deployed in Poland. 300 troops remain.")
    assert ["2023-03-06", None] == [
        None if c.as_of is None else c.as_of.value for c in claims if c.kind == "quantity"
    ]


def test_ids_are_deterministic_and_output_sorted() -> None:
    texts = [(f"d{i}", f"Police arrested {i + 2} men on Sunday.") for i in range(8)]
    first = extract_claims(articles_from_texts(texts, published=PUB), extractor=CLOSED)
    random.Random(3).shuffle(texts)
    second = extract_claims(articles_from_texts(texts, published=PUB), extractor=CLOSED)
    assert first == second
    assert [c.id for c in first.claims] == sorted(c.id for c in first.claims)
    assert "d0#16-17:arrested" == first.claims[0].id


def test_text_with_no_claims_gives_none() -> None:
    assert [] == _claims("The weather was mild and the market quiet.")


_WORDS = st.sampled_from(
    [
        "about", "2,500", "troops", "killed", "three", "US", "soldiers", "in", "Iraq", "on",
        "Sunday", "last", "summer", "parliament", "voted", "unanimously", "to", "more", "than",
        "100", "members", "signed", ",", ".", "officials", "said", "\u00a0", "\u200b", "\u202e",
        "dozens", "were", "wounded", "January", "27", "2024", "late", "year", "-", "1,0", "\n",
    ]
)  # fmt: skip


@given(st.lists(_WORDS, max_size=60))
def test_every_quote_reads_back_from_its_span(words: list[str]) -> None:
    text = " ".join(words)
    article = Article(Document("g", published=PUB), text)
    for claim in default_extractor()(article):
        assert claim.evidence is not None
        assert claim.evidence.start is not None
        assert claim.evidence.quote == text[claim.evidence.start : claim.evidence.end]


@given(st.text(max_size=300))
def test_any_text_extracts_without_error(text: str) -> None:
    article = Article(Document("g", published=PUB), text)
    list(default_extractor()(article))


def test_a_megabyte_of_adversarial_text_extracts() -> None:
    unit = "1,1,1 1.1.1 about   more than 9 - 9 troops killed on Sunday " * 10
    text = unit * (1_000_000 // len(unit))
    claims = list(default_extractor()(Article(Document("adv", published=PUB), text)))
    assert claims
    assert all(
        c.evidence and c.evidence.quote == text[c.evidence.start : c.evidence.end] for c in claims
    )


class _Broken:
    def __call__(self, article: Article) -> Iterable[Claim]:
        raise ExtractionError("model unavailable")


def test_a_failing_extractor_becomes_a_rejection_naming_the_article() -> None:
    corpus = Corpus((Article(Document("a.txt"), "Text.", "/data/a.txt"),), ())
    extraction = extract_claims(corpus, extractor=_Broken())
    [rejection] = extraction.rejected
    assert ("a.txt", "/data/a.txt", "ExtractionError") == (
        rejection.item,
        rejection.path,
        rejection.error,
    )


def test_an_unexpected_crash_in_an_extractor_is_a_rejection_too() -> None:
    def crashes(article: Article) -> list[Claim]:
        raise KeyError("boom")

    corpus = articles_from_texts([("a", "Text."), ("b", "More.")])
    assert ["a", "b"] == [r.item for r in extract_claims(corpus, extractor=crashes).rejected]


def test_any_callable_is_an_extractor() -> None:
    def one_claim(article: Article) -> list[Claim]:
        return [Claim("x", article.document.id, "s", "a", Quantity.hedged(5, Hedge.AT_LEAST))]

    corpus = articles_from_texts([("d", "Text.")])
    assert ["x"] == [c.id for c in extract_claims(corpus, extractor=one_claim).claims]


def test_the_default_extractor_is_configurable_and_says_so() -> None:
    extractor = default_extractor(kinds=["counts"], predicates=["killed"], about_spread=0.2)
    assert "<default_extractor about_spread=0.2 kinds=counts predicates=killed>" == repr(extractor)
    corpus = articles_from_texts([("d", "Three soldiers died and 40 were arrested on Monday.")])
    assert ["killed"] == [c.attribute for c in extract_claims(corpus, extractor=extractor).claims]
    with pytest.raises(ValueError, match="unknown kinds"):
        default_extractor(kinds=["rumours"])


def test_public_names_are_pinned() -> None:
    assert [
        "EXTRACTOR_VERSION", "UNACCOUNTED", "Article", "ArticleFates", "Corpus", "Event",
        "Extraction", "Extractor", "Fate",
        "NumberKind", "PassedOver", "QuantityMention", "ReadingCache", "RuleExtractor",
        "TimeExpression",
        "articles_from_texts", "default_extractor", "extract_claims", "figure_fates",
        "find_quantities", "find_time_expressions", "load_articles", "parse_published",
        "render_explain", "split_header",
    ] == reconcile.extract.__all__  # fmt: skip


def test_extraction_pauses_the_collector_and_restores_it_even_on_error() -> None:
    import gc

    seen: list[bool] = []

    def extractor(article: object) -> Iterable[Claim]:
        seen.append(gc.isenabled())
        raise ExtractionError("this article cannot be read")

    corpus = articles_from_texts([("a.txt", "Two people were hurt.")], published=PUB)
    assert gc.isenabled()
    result = extract_claims(corpus, extractor=extractor)
    assert seen == [False]  # the readings form no cycles: no collector passes
    assert gc.isenabled()  # restored after the run, though its one article failed
    assert [r.item for r in result.rejected] == ["a.txt"]


def test_a_vetoed_or_failed_draft_is_rejected_whatever_its_majority() -> None:
    text = (
        "Ostland on Tuesday vetoed a Security Council resolution on the border war. "
        "The Security Council failed to adopt a draft resolution on refugees. "
        "The council voted 12-2 on Friday but failed to pass the resolution after a veto. "
        "The Security Council on Monday adopted a resolution on the mission."
    )
    results = [
        c.value.result for c in _in_text_order(_claims(text)) if isinstance(c.value, VoteOutcome)
    ]
    assert results[:2] == [VoteResult.REJECTED, VoteResult.REJECTED]
    # the failure mode: a majority in a vetoed vote is no sign it passed
    assert VoteResult.REJECTED in results[2:-1]
    assert VoteResult.PASSED not in results[2:-1]
    assert results[-1] is VoteResult.PASSED
