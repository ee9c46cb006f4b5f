"""Date claims name their event well enough that different events never share a question."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import attrs
import pytest

from reconcile import Document, reconcile
from reconcile.extract import (
    Article,
    Corpus,
    articles_from_texts,
    extract_claims,
)
from reconcile.extract._coref import event_anchors
from reconcile.extract._event_mentions import EventMention
from reconcile.extract._lexicon import CASUALTY
from reconcile.model import Claim, Modality
from reconcile.values import DateSpan, Quantity
from reconcile.verdicts import Status
from tests.helpers import CLOSED

PUB = dt.date(2023, 3, 8)  # a Wednesday


def _dated(text: str, published: dt.date = PUB) -> list[tuple[str, str, str]]:
    extraction = extract_claims(
        articles_from_texts([("doc", text)], published=published), extractor=CLOSED
    )
    return [
        (c.subject, c.attribute, c.value.value)
        for c in extraction.claims
        if isinstance(c.value, DateSpan)
    ]


def _stats(text: str) -> dict[str, int]:
    return dict(
        extract_claims(articles_from_texts([("doc", text)], published=PUB), extractor=CLOSED).stats
    )


def _articles(*articles: tuple[str, dt.date | None, str]) -> Corpus:
    """A corpus of ``(id, published, text)`` articles, each with its own date."""
    return Corpus(
        tuple(Article(Document(i, outlet=i, published=d), t, None) for i, d, t in articles)
    )


def _corpus(*articles: tuple[str, dt.date, str]) -> tuple[list[Claim], list[Document]]:
    corpus = _articles(*articles)
    return list(extract_claims(corpus, extractor=CLOSED).claims), [
        a.document for a in corpus.articles
    ]


def _contested(*articles: tuple[str, dt.date, str]) -> list[tuple[str, str]]:
    claims, documents = _corpus(*articles)
    return [
        (v.subject, v.attribute)
        for v in reconcile(claims, documents).verdicts
        if v.status is Status.CONTESTED
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The defence ministry said on Tuesday that the convoy had reached the border.",
        "The governor announced on Monday a curfew across the province.",
        "In a statement on Wednesday, the ministry blamed the rebels.",
        "The port reopened to ships, the harbour master confirmed on Friday.",
    ],
)
def test_the_date_of_a_reporting_act_makes_no_claim(text: str) -> None:
    assert [] == _dated(text)
    assert 1 == _stats(text)["dates_of_reporting"]


def test_a_date_tied_to_no_event_makes_no_claim() -> None:
    text = "Bread prices have risen since November."
    assert [] == _dated(text)
    assert 1 == _stats(text)["dates_without_event"]


def test_a_statement_date_does_not_hide_the_event_it_reports() -> None:
    assert [("talks between Kenya and Somalia (2023)", "date_began", "2023-02-03")] == _dated(
        "The ministry said on Monday that Kenya and Somalia began talks on 3 February."
    )


@pytest.mark.parametrize(
    "text",
    [
        "The council met on Sunday.",
        "A strike on Monday killed four people.",
        "An attack last week damaged the bridge.",
    ],
)
def test_an_episodic_event_with_no_named_party_or_target_makes_no_claim(text: str) -> None:
    assert [] == _dated(text)
    assert 1 == _stats(text)["dates_of_unnamed_events"]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "An airstrike on Monday killed militia commander Omar Haddad near the river.",
            "strike on Omar Haddad (2023)",
        ),
        ("A drone strike hit an arms depot in Idlib on Tuesday.", "strike on Idlib (2023)"),
        ("The March 2 attack on the Tanf garrison wounded nine.", "attack on Tanf (2023)"),
    ],
)
def test_a_strike_or_attack_is_named_by_its_target(text: str, subject: str) -> None:
    assert [subject] == [s for s, _, _ in _dated(text)]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "The foreign ministers of Egypt and Jordan met in Cairo on Sunday.",
            "meeting between Egypt and Jordan (2023)",
        ),
        (
            "The Peruvian president met her Chilean counterpart on Sunday.",
            "meeting between Chile and Peru (2023)",
        ),
        ("On 2 March, the Tenants Union held a meeting.", "meeting of Tenants Union (2023)"),
        (
            "Envoys of Oman and Qatar met in the Kenyan capital on Sunday.",
            "meeting between Oman and Qatar (2023)",
        ),
        (
            "Talks between Kenya and Somalia began on 4 February.",
            "talks between Kenya and Somalia (2023)",
        ),
    ],
)
def test_other_events_are_named_by_their_parties_not_their_place(text: str, subject: str) -> None:
    assert [subject] == [s for s, _, _ in _dated(text)]


def test_one_sentence_listing_two_dates_lists_two_events() -> None:
    assert [
        ("talks between Ghana and Togo (2022) #1", "date_held", "2022-05"),
        ("talks between Ghana and Togo (2022) #2", "date_held", "2022-07"),
    ] == _dated("Ghana and Togo held talks in May and July.")


def test_two_sessions_in_one_sentence_are_not_one_contested_question() -> None:
    article = ("wire", PUB, "Two sessions of the talks were held, in May and in July.")
    other = ("daily", PUB, "Sessions were held in May and July.")
    assert [] == _contested(article, other)


def test_a_founding_that_does_not_say_what_was_founded_makes_no_claim() -> None:
    text = "The party was founded in 1990."
    assert [] == _dated(text)
    assert 1 == _stats(text)["dates_without_event"]


def test_a_one_off_founding_date_meets_its_counterpart_in_another_article() -> None:
    contested = _contested(
        ("wire", PUB, "Chad and Niger rely on a border committee they created last spring."),
        ("daily", PUB, "The joint border panel, set up in late 2021, reports to both presidents."),
    )
    assert [("commission", "date_formed")] == contested


def test_the_same_event_in_the_same_year_still_meets_and_can_be_disputed() -> None:
    contested = _contested(
        ("wire", PUB, "Kenya and Somalia began talks on 3 February."),
        ("daily", PUB, "Talks between Somalia and Kenya began on 4 February."),
    )
    assert [("talks between Kenya and Somalia (2023)", "date_began")] == contested


def test_a_recurring_event_years_apart_is_another_event() -> None:
    subjects = {
        c.subject
        for c in _corpus(
            ("wire", dt.date(2021, 3, 23), "Talks between Kenya and Somalia began in June."),
            ("daily", dt.date(2024, 2, 11), "Kenya and Somalia began talks on 3 February."),
        )[0]
    }
    assert {
        "talks between Kenya and Somalia (2020)",
        "talks between Kenya and Somalia (2024)",
    } == subjects


def test_the_same_strike_told_two_ways_meets_under_one_subject() -> None:
    claims, documents = _corpus(
        ("wire", PUB, "The airstrike in May 2022 that killed Gen. Karim Nasser shocked Amman."),
        ("daily", PUB, "In May 2022 an Israeli airstrike killed senior commander Karim Nasser."),
    )
    [verdict] = [v for v in reconcile(claims, documents).verdicts if v.attribute.startswith("date")]
    assert ("strike on Karim Nasser (2022)", Status.CONFIRMED) == (verdict.subject, verdict.status)


def test_a_sentence_opening_word_the_article_writes_in_lower_case_is_no_party() -> None:
    assert ["arrest of Border (2023)"] == [
        s for s, _, _ in _dated("Border police arrested two men on Monday.")
    ]
    text = "Border police arrested two men on Monday. The border stays shut."
    assert [] == _dated(text)
    assert 1 == _stats(text)["dates_of_unnamed_events"]


def test_a_date_claim_keeps_the_wording_of_its_text() -> None:
    import datetime as dt

    from reconcile.extract import articles_from_texts, extract_claims
    from reconcile.values import DateSpan

    corpus = articles_from_texts(
        [("a", "The two governments formed a joint commission last summer.")],
        published=dt.date(2024, 1, 20),
    )
    [claim] = [
        c for c in extract_claims(corpus, extractor=CLOSED).claims if c.attribute == "date_formed"
    ]
    assert isinstance(claim.value, DateSpan)
    assert ("last summer", "2023-SU") == (claim.value.text, claim.value.value)


@pytest.mark.parametrize(
    "text",
    [
        "Twelve people were killed in an attack near the port on Sunday.",
        "More than 40 people died in a raid on Sunday.",
    ],
)
def test_a_figure_opening_the_sentence_names_no_party(text: str) -> None:
    assert all("Twelve" not in s and "More" not in s for s, _, _ in _dated(text))


def test_a_war_is_its_own_event_not_an_operation() -> None:
    dated = _dated("The war began in mid-April 2022. An offensive began in May 2022.")
    assert [("war (2022)", "date_began"), ("operation (2022)", "date_began")] == [
        d[:2] for d in dated
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The truce took effect at dawn on Monday.",
        "The truce came into force on Monday.",
        "The truce, which began early on Monday, held through the night.",
    ],
)
def test_a_truce_that_took_effect_began(text: str) -> None:
    assert [("ceasefire (2023)", "date_began", "2023-03-06")] == _dated(text)


def test_is_to_begin_points_to_the_future() -> None:
    assert [("ceasefire (2023)", "date_began", "2023-03-13")] == _dated(
        "The truce is to begin on Monday."
    )


def test_a_possessive_date_on_the_event_dates_it_and_a_revision_date_does_not() -> None:
    corpus = articles_from_texts(
        [
            (
                "a",
                "The state government on Sunday revised the number of people killed in "
                "Friday's train collision to 275, down from 288.",
            ),
            ("b", "The toll from last week's gas explosion in Nairobi rose to 10 on Tuesday."),
        ],
        published=dt.date(2023, 6, 4),
    )
    claims = extract_claims(corpus).claims
    killed = _events_by_document(claims)
    assert killed["a"] == "collision (2023-06-02)"  # Friday, not the Sunday of the revision
    assert killed["b"] is not None
    assert "2023-06-06" not in killed["b"]
    days = [c.value for c in claims if c.document == "a" and c.attribute == "date"]
    assert [(d.text, str(d)) for d in days if isinstance(d, DateSpan)] == [
        ("Friday's", "2023-06-02")
    ]


def test_an_assembly_s_votes_stay_its_vote_beside_a_referendum() -> None:
    corpus = articles_from_texts(
        [
            (
                "a",
                "The UN General Assembly on Friday adopted a resolution calling for a truce, "
                "with 120 members in favour and 14 against.",
            ),
            (
                "b",
                "In the General Assembly's votes on Friday, 120 members backed the truce. "
                "Corland, meanwhile, will hold a referendum on its constitution next year.",
            ),
        ],
        published=dt.date(2023, 10, 28),
    )
    claims = extract_claims(corpus).claims
    backed = {c.event for c in claims if c.attribute == "voted_for"}
    assert backed == {"General Assembly resolution (2023-10-27)"}  # one vote, not an election


def test_a_live_page_naming_no_race_reports_the_race_the_others_count() -> None:
    corpus = articles_from_texts(
        [
            (
                "a",
                "The Ardent Party won 42.3% of the vote in Wednesday's election, partial "
                "results showed. In 2019 the Ardent Party won 57.5%.",
            ),
            (
                "b",
                "With 94% of districts declared, the Ardent Party is on 40.5%. That is well "
                "down on 2019 and the lowest in a national election since 1994.",
            ),
        ],
        published=dt.date(2024, 5, 31),
    )
    claims = extract_claims(corpus).claims
    shares = {(c.document, str(c.value)): c for c in claims if c.attribute == "vote_share"}
    live = shares["b", "40.5"]
    assert live.event == shares["a", "42.3"].event  # not the 2019 one, nor no event
    assert live.event is not None
    assert "2019" not in live.event


def test_letters_an_article_spells_out_name_the_party_in_every_article() -> None:
    corpus = articles_from_texts(
        [
            ("a", "The centre-right Democratic Alliance (DA) won 22% in Wednesday's election."),
            ("b", "The DA finished second in Wednesday's election with 21.8%."),
            ("c", "Jacob Zuma (ANC) spoke after Wednesday's election. The ANC is on 40%."),
        ],
        published=dt.date(2024, 5, 31),
    )
    subjects = {
        c.document: c.subject for c in extract_claims(corpus).claims if "share" in c.attribute
    }
    assert subjects["a"] == subjects["b"] == "Democratic Alliance"
    assert subjects["c"] == "ANC"  # the letters of another name, not Zuma's


def test_a_name_joined_by_and_is_one_party_in_every_article_that_names_it() -> None:
    corpus = articles_from_texts(
        [
            ("a", "Order and Law (OL) won 35.4% of the vote in Sunday's election."),
            ("b", "The ruling Order and Law party won 194 seats in Sunday's election."),
            ("c", 'In Sunday\'s election the OL ("Order and Law") received 35.4 percent.'),
            (
                "d",
                "Final figures from the commission show that in Sunday's election, "
                "Order and Law won 194 seats.",
            ),
            ("e", 'The far-right "Freedom" party won 18 seats in Sunday\'s election.'),
        ],
        published=dt.date(2023, 10, 17),
    )
    subjects = {
        (c.document, c.attribute): c.subject
        for c in extract_claims(corpus).claims
        if c.attribute in ("vote_share", "seats_won")
    }
    assert subjects["a", "vote_share"] == subjects["c", "vote_share"] == "Order and Law"
    assert subjects["b", "seats_won"] == "Order and Law"
    # the clause after "that" has a subject of its own, not the sentence's "Final"
    assert subjects["d", "seats_won"] == "Order and Law"
    assert subjects["e", "seats_won"] == "Freedom"  # quoted, not "party"


def test_two_names_joined_by_and_stay_two_where_nothing_shows_them_one() -> None:
    corpus = articles_from_texts(
        [
            ("a", "The Labour and Conservative party leaders said Labour won 412 seats."),
            ("b", "Labour and the Greens won 412 and 4 seats."),
        ],
        published=dt.date(2023, 10, 17),
    )
    subjects = {c.subject for c in extract_claims(corpus).claims}
    assert "Labour" in subjects
    # the failure mode: two names joined into one where nothing shows them one (the
    # plural "leaders" says the parties are two)
    assert not any(s.startswith(("Labour and", "The Labour and")) for s in subjects)


def test_a_candidate_s_votes_and_share_are_theirs_in_the_common_shapes_of_a_count() -> None:
    reports = [
        ("a", "Lai received 42.9% or 349,213 votes, Hou 33.0% or 268,921 votes."),
        (
            "b",
            "As of 7:25 a.m. on Thursday, June 6, Ana Ruiz had accumulated 35,833,293 "
            "votes, representing 59% of the total votes cast.",
        ),
        (
            "c",
            "Rosa Pardo, candidate of the alliance formed by PAN, PRI, and PRD, secured "
            "16,449,343 votes, accounting for 27% of the total votes.",
        ),
        (
            "d",
            "Lai Ching-te won the presidential election on Saturday, with partial results "
            "showing he had taken 40.2 percent of ballots cast.",
        ),
        ("e", "Ana Ruiz Achieves More Than 35 Million Votes\n\nAna Ruiz won the race."),
        ("f", "Hou Yu-ih, the Saudi-led bloc's ally, trailed with 33.4 percent of the vote."),
    ]
    claims = extract_claims(articles_from_texts(reports, published=dt.date(2024, 6, 7))).claims
    held = {
        (c.document, c.attribute, str(c.value)): c.subject
        for c in claims
        if c.attribute in ("votes_won", "vote_share")
    }
    # not Lai, who opens the list; named in full as another report names him
    assert held["a", "votes_won", "268,921"] == "Hou Yu-ih"
    assert held["b", "votes_won", "35,833,293"] == held["b", "vote_share", "59"] == "Ana Ruiz"
    assert held["c", "votes_won", "16,449,343"] == held["c", "vote_share", "27"] == "Rosa Pardo"
    assert held["d", "vote_share", "40.2"] == "Lai Ching-te"
    assert held["e", "votes_won", "More Than 35 Million"] == "Ana Ruiz"
    assert held["f", "vote_share", "33.4"] == "Hou Yu-ih"


def test_a_candidate_spelled_with_and_without_accents_is_one_candidate() -> None:
    corpus = articles_from_texts(
        [
            ("a", "Xóchitl Gálvez won 27% of the vote in Sunday's election."),
            ("b", "Xochitl Galvez Ruiz won 29% of the vote in Sunday's election."),
        ],
        published=dt.date(2024, 6, 4),
    )
    subjects = {c.subject for c in extract_claims(corpus).claims if c.attribute == "vote_share"}
    assert subjects == {"Xochitl Galvez Ruiz"}


def test_an_electoral_commission_counts_votes_and_holds_no_vote_of_its_own() -> None:
    corpus = articles_from_texts(
        [
            (
                "a",
                "The Greens won 9% of the vote in Sunday's election, the Electoral "
                "Commission said. The Greens took 12 seats, the Electoral Commission said.",
            )
        ],
        published=dt.date(2024, 6, 3),
    )
    events = {c.event for c in extract_claims(corpus).claims if c.attribute == "seats_won"}
    assert len(events) == 1
    assert "Commission" not in str(events)


def test_a_war_s_dead_of_the_one_side_named_are_one_count() -> None:
    def subjects(texts: list[tuple[str, str]]) -> set[str]:
        corpus = articles_from_texts(texts, published=dt.date(2023, 10, 28))
        return {c.subject for c in extract_claims(corpus).claims if c.attribute == "killed"}

    one_side = subjects(
        [
            ("a", "The Gaza health ministry says 7,703 Palestinians have been killed in the war."),
            ("b", "More than 7,000 Palestinians have been killed in Gaza, officials say."),
            ("c", "Over 7,300 people have been killed in Gaza, the ministry says."),
        ]
    )
    assert len(one_side) == 1
    # the failure mode: two sides' dead stay apart
    two_sides = subjects(
        [
            ("a", "The Gaza health ministry says 7,703 Palestinians have been killed in the war."),
            ("b", "More than 30 Israeli soldiers have been killed in the war, the army says."),
        ]
    )
    assert len(two_sides) == 2


def test_the_fire_a_blast_set_off_is_the_blast() -> None:
    corpus = articles_from_texts(
        [
            ("a", "A gas truck blast on Thursday night killed three people in Nairobi."),
            ("b", "The fire that broke out on Thursday night killed six people, officials said."),
            ("c", "A fire in the Sinai slum in September 2011 killed at least 100 people."),
        ],
        published=dt.date(2024, 2, 3),
    )
    events = _events_by_document(extract_claims(corpus).claims)
    assert events["a"] == events["b"]  # one happening, named by the blast
    assert events["c"] != events["a"]  # the failure mode: a fire years before stays its own


def test_a_toll_communicated_on_a_day_does_not_date_the_quake() -> None:
    corpus = articles_from_texts(
        [
            ("a", "The earthquake struck Morocco late on Friday, killing more than 600."),
            (
                "b",
                "The earthquake has made 2,862 deaths, according to the toll communicated "
                "Tuesday by the ministry.",
            ),
        ],
        published=dt.date(2023, 9, 12),
    )
    events = _events_by_document(extract_claims(corpus).claims)
    assert events["a"] == events["b"]


def test_a_live_page_s_scheduled_vote_at_the_top_does_not_date_today_s() -> None:
    text = (
        "Leaders say the House will hold a vote on a nominee on Wednesday, Oct. 11.\n\n"
        "The House voted 216-210 on Tuesday to remove the speaker, with eight members of "
        "his party voting in favour."
    )
    corpus = articles_from_texts([("a", text)], published=dt.date(2023, 10, 3))
    events = {c.event for c in extract_claims(corpus).claims if c.attribute == "voted_for"}
    assert len(events) == 1
    assert "2023-10-03" in str(events)  # the vote that happened, not the one to come


def test_a_candidate_s_shorter_names_meet_under_the_fullest() -> None:
    corpus = articles_from_texts(
        [
            ("a", "Sheinbaum won 58.6% in Sunday's presidential election."),
            ("b", "Claudia Sheinbaum Pardo won 59.8% in the election."),
            ("c", "Claudia Sheinbaum won 59.7% in the election; John Smith won 1%."),
            ("d", "Jane Smith won 2% in the election, and Smith conceded with 1.5%."),
        ],
        published=dt.date(2024, 6, 7),
    )
    subjects = {
        (c.document, c.subject)
        for c in extract_claims(corpus).claims
        if c.attribute == "vote_share"
    }
    assert {s for d, s in subjects if d in "abc" and "Smith" not in s} == {
        "Claudia Sheinbaum Pardo"
    }
    assert ("d", "Smith") in subjects  # two Smiths: the surname alone is neither


def test_a_vigil_s_toll_is_the_toll_of_the_event_it_mourns() -> None:
    corpus = articles_from_texts(
        [
            ("a", "A fishing boat crowded with migrants sank off Greece on Wednesday, killing 78."),
            ("b", "Hundreds held a vigil in the city on Saturday for the 81 people who died."),
        ],
        published=dt.date(2023, 6, 17),
    )
    events = _events_by_document(extract_claims(corpus).claims)
    assert events["b"] == events["a"]
    assert events["a"] is not None
    # the failure mode: the vigil's own crowd stays the vigil's
    crowd = [c for c in extract_claims(corpus).claims if c.attribute == "attended"]
    assert all(c.event != events["a"] for c in crowd)


def test_turnout_is_the_election_s_own_measure_in_every_report() -> None:
    corpus = articles_from_texts(
        [
            ("a", "South Africa voted in a national election on Wednesday. Turnout was 58.6%."),
            ("b", "Turnout watch: the provisional turnout is 58.64%, says the commission."),
            ("c", "With 97% of voting districts declared, the count goes on."),
        ],
        published=dt.date(2024, 6, 1),
    )
    claims = extract_claims(corpus).claims
    events = {c.document: c.event for c in claims if c.subject == "turnout"}
    assert events["a"] is not None
    assert events == {"a": events["a"], "b": events["a"]}
    # the failure mode: a share of something else is not the election's measure
    assert all(c.event is None for c in claims if c.subject == "voting districts")


def test_a_country_named_in_two_words_names_its_event() -> None:
    corpus = articles_from_texts(
        [("a", "Voters in South Africa went to the polls on Wednesday. The ANC won 40%.")],
        published=dt.date(2024, 5, 31),
    )
    events = {c.event for c in extract_claims(corpus).claims}
    assert events == {"South Africa polls (2024-05-29)"}
    # the failure mode: a direction before a one-word country is still only a direction
    corpus = articles_from_texts(
        [("a", "Shelling in eastern Syria on Wednesday killed 12 people.")],
        published=dt.date(2024, 5, 31),
    )
    assert {c.place for c in extract_claims(corpus).claims if c.attribute == "killed"} == {"Syria"}


def test_a_sentence_naming_no_event_goes_on_with_the_event_its_paragraph_set_apart() -> None:
    corpus = articles_from_texts(
        [
            (
                "a",
                "The General Assembly condemned the annexation on Wednesday by 143 votes to 5.\n"
                "On September 30, Russia vetoed a Security Council draft on the same question. "
                "Ten members voted yes. Four abstained.\n"
                "Thirty-five countries abstained.",
            )
        ],
        published=dt.date(2022, 10, 13),
    )
    events = {c.value.text: c.event for c in extract_claims(corpus).claims if c.attribute != "date"}
    assert events["Ten"] == events["Four"] != events["143"]
    assert events["Ten"] is not None
    assert "Security Council" in events["Ten"]
    # the failure mode: a new paragraph returns to the story's lead
    assert events["Thirty-five"] == events["143"]


def test_an_event_named_after_since_is_no_event_a_figure_counts() -> None:
    corpus = articles_from_texts(
        [
            (
                "a",
                "Unions marched across France on Tuesday. The ministry counted 1.28 million "
                "marchers, its highest figure since protests started on January 19.",
            )
        ],
        published=dt.date(2023, 3, 8),
    )
    claims = extract_claims(corpus).claims
    marched = {c.event for c in claims if c.attribute == "attended"}
    assert len(marched) == 1
    assert "2023-03-07" in str(marched)


def test_a_withdrawal_s_deadlines_however_put_are_its_due_dates() -> None:
    corpus = articles_from_texts(
        [
            (
                "a",
                "NIAMEY, Oct 10 (Wire) - The first French troops left Niger on Tuesday. France "
                "said it would pull out its troops by December 22. The junta set a December "
                "31 deadline for the withdrawal.",
            )
        ],
        published=dt.date(2023, 10, 10),
    )
    extraction = extract_claims(corpus)
    due = {c.value.text for c in extraction.claims if c.attribute == "date_due"}
    assert due == {"December 22", "December 31"}
    # the failure mode: the wire's dateline dates the page, not the withdrawal
    assert "dateline" in {p.text: p.reason for p in extraction.passed_over}["Oct 10"]


def test_an_election_s_last_polling_day_and_its_count_are_one_election() -> None:
    corpus = articles_from_texts(
        [
            ("a", "India's election ended on June 1. The BJP won 240 seats."),
            ("b", "India's election results were declared on June 4. The BJP won 240 seats."),
            ("c", "A second round of the election was held on June 8. The BJP won 230 seats."),
        ],
        published=dt.date(2024, 6, 9),
    )
    claims = extract_claims(corpus).claims
    events = _events_by_document(claims, "seats_won")
    assert events["a"] == events["b"]
    # the failure mode: a round a week later is another election
    assert events["c"] != events["a"]


def test_a_region_s_turnout_is_the_region_s_not_the_nation_s() -> None:
    corpus = articles_from_texts(
        [
            (
                "a",
                "South Africa voted on Wednesday in a national election. Turnout in Gauteng "
                "was 55%. National turnout was 58.6%.",
            )
        ],
        published=dt.date(2024, 5, 31),
    )
    places = {
        c.value.text: c.place for c in extract_claims(corpus).claims if c.subject == "turnout"
    }
    assert places["55"] == "Gauteng"
    # the failure mode: the nation's turnout is the country's, not the region's
    assert places["58.6"] != "Gauteng"


def test_a_similar_vote_earlier_is_another_vote() -> None:
    corpus = articles_from_texts(
        [
            (
                "a",
                "Valdor on Friday vetoed a Security Council resolution on the Esk valley, "
                "backed by 13 members. In February, a similar resolution won only 10 votes.",
            )
        ],
        published=dt.date(2025, 3, 8),
    )
    events = {
        c.value.text: c.event for c in extract_claims(corpus).claims if c.attribute == "voted_for"
    }
    assert events["10"] != events["13"]
    assert "2025-02" in str(events["10"])


def test_a_common_word_opening_a_sentence_names_no_party_of_an_event() -> None:
    corpus = articles_from_texts(
        [("a", "Fighting raged in eastern Syria on Wednesday, killing 12.")],
        published=dt.date(2023, 10, 10),
    )
    subjects = {c.subject for c in extract_claims(corpus).claims}
    assert not any("Fighting" in s for s in subjects)
    # the failure mode: a name opening the sentence still names its party
    corpus = articles_from_texts(
        [("a", "Marland hosted talks with Valdor on Wednesday.")],
        published=dt.date(2023, 10, 10),
    )
    assert any("Marland" in c.subject for c in extract_claims(corpus).claims)


def test_people_of_a_nation_however_named_are_one_group() -> None:
    corpus = articles_from_texts(
        [
            ("a", "Hamas freed 13 Israeli hostages and ten Thais on Friday."),
            ("b", "On Friday Hamas freed 13 Israelis and 10 Thai citizens."),
        ],
        published=dt.date(2023, 11, 25),
    )
    subjects = {
        (c.document, c.value.low): c.subject
        for c in extract_claims(corpus).claims
        if isinstance(c.value, Quantity)
    }
    assert subjects["a", 10.0] == subjects["b", 10.0] == "Thai people"
    # the failure mode: a group named by its role keeps the role
    assert subjects["a", 13.0].casefold() == "israeli hostages"


def test_a_toll_placed_elsewhere_is_not_given_to_the_one_event_others_name() -> None:
    corpus = articles_from_texts(
        [
            ("a", "Israel says about 1,200 people were killed in the Hamas attack of October 7."),
            ("b", "The death toll in Gaza has passed 17,400, the health ministry said."),
        ],
        published=dt.date(2023, 12, 9),
    )
    events = _events_by_document(extract_claims(corpus).claims)
    assert events["a"] is not None
    assert events["b"] != events["a"]


def test_a_withdrawal_s_end_plan_and_force_as_reports_put_them() -> None:
    corpus = articles_from_texts(
        [
            (
                "a",
                "The first convoy of French soldiers left Niger on Tuesday, beginning the "
                "withdrawal. The pullout is to be completed by the end of the year. France "
                "completed its withdrawal from Niger on Friday, December 22, the army said. "
                "Paris had kept roughly 1,500 soldiers there.",
            )
        ],
        published=dt.date(2023, 12, 23),
    )
    claims = extract_claims(corpus).claims
    dates = {c.attribute: c.value.text for c in claims if c.attribute.startswith("date")}
    assert dates["date_ended"] == "Friday, December 22"
    assert dates["date_due"] == "the end of the year"
    force = next(c for c in claims if c.attribute == "deployed")
    assert force.place == "Niger"  # "there": where the story is, not Paris, its subject
    # the failure mode: a date a source spoke on stays the saying's
    corpus = articles_from_texts(
        [("a", "The first convoy left Niger on Tuesday. Officials said on Friday that 400 left.")],
        published=dt.date(2023, 12, 23),
    )
    assert "Friday" not in {c.value.text for c in extract_claims(corpus).claims}


def test_a_force_s_figure_with_no_place_is_where_the_corpus_places_the_force() -> None:
    corpus = articles_from_texts(
        [
            ("a", "France has around 1,500 military personnel in Niger."),
            ("b", "The junta said the 1,400 French soldiers must leave."),
        ],
        published=dt.date(2023, 10, 12),
    )
    places = {
        c.document: c.place for c in extract_claims(corpus).claims if c.attribute == "deployed"
    }
    assert places == {"a": "Niger", "b": "Niger"}


def test_a_nation_s_people_are_no_other_group_of_that_nation() -> None:
    corpus = articles_from_texts(
        [
            ("a", "Hamas freed 10 Thai citizens on Friday."),
            ("b", "Hamas freed 2 Thai farm workers on Friday."),
        ],
        published=dt.date(2023, 11, 25),
    )
    subjects = {
        c.document: c.subject for c in extract_claims(corpus).claims if c.attribute != "date"
    }
    assert subjects["b"].casefold() == "thai farm workers"
    assert subjects["a"] == "Thai people"


def _read(*articles: tuple[str, dt.date | None, str]) -> list[Claim]:
    """The claims the default extractor reads from articles, each with its own date."""
    return list(extract_claims(_articles(*articles)).claims)


def _events_by_document(
    claims: Iterable[Claim], attribute: str = "killed"
) -> dict[str, str | None]:
    """The event each document's claims of ``attribute`` are bound to, by document."""
    return {c.document: c.event for c in claims if c.attribute == attribute}


def test_an_undated_report_of_a_crash_s_fire_or_blast_tells_of_the_crash() -> None:
    claims = _read(
        (
            "a",
            dt.date(2024, 12, 29),
            "A passenger jet crashed at Muan airport on Sunday, "
            "killing 120 people, officials said.",
        ),
        (
            "b",
            None,
            "The plane burst into flames after skidding off the runway, killing 47 "
            "people, the fire agency said.",
        ),
        (
            "c",
            None,
            "At least 85 people died after the jet hit a wall at the end of the runway, "
            "causing a huge explosion.",
        ),
    )
    events = _events_by_document(claims)
    assert set(events) == {"a", "b", "c"}
    assert events["a"] == events["b"] == events["c"]
    assert events["a"] is not None
    assert "crash" in events["a"]


def test_bare_people_are_never_one_nation_s_people() -> None:
    claims = _read(
        ("a", dt.date(2024, 12, 29), "The plane crashed on Sunday, killing 120 people."),
        ("b", dt.date(2024, 12, 29), "The crash on Sunday killed two Thai nationals."),
    )
    subjects = {(c.subject, c.attribute) for c in claims}
    assert ("people", "killed") in subjects
    assert ("Thai people", "killed") in subjects
    killed = {c.subject: c.value for c in claims if c.attribute == "killed"}
    assert isinstance(killed["people"], Quantity)
    assert killed["people"].point == 120


def test_a_crowd_crush_is_an_event_its_reports_share() -> None:
    claims = _read(
        ("a", dt.date(2024, 7, 3), "At least 90 people died in a stampede at a religious "
         "gathering in Sikandra on Tuesday, officials said."),
        ("b", dt.date(2024, 7, 4), "The toll from Tuesday's crush at the prayer meeting "
         "has risen to 121, the state government said."),
        ("c", dt.date(2024, 7, 5), "The number of people killed in the Sikandra stampede "
         "rose to 124 on Thursday after three injured women died in hospital."),
    )  # fmt: skip
    killed = _events_by_document(claims)
    assert set(killed) == {"a", "b", "c"}
    assert killed["a"] == killed["b"] == killed["c"]
    assert killed["a"] is not None
    assert "2024-07-02" in killed["a"]  # Tuesday, not the Thursday the toll rose on


def test_a_headline_that_restates_the_lead_is_a_claim_of_its_own() -> None:
    # annotators mark a headline's figure as a claim, as they do a repeat in the body
    text = (
        "Toll from warehouse fire rises to 64\n\n"
        "The toll from the warehouse fire in Tarsa has risen to 64, officials said on Monday."
    )
    document = Document(
        "a", published=dt.date(2024, 3, 5), title="Toll from warehouse fire rises to 64"
    )
    claims = extract_claims(Corpus((Article(document, text, None),))).claims
    killed = sorted(c.evidence.start or 0 for c in claims if c.attribute == "killed" and c.evidence)
    assert len(killed) == 2
    assert killed[0] == 0  # the headline's


def test_a_toll_placed_in_a_country_the_event_is_not_in_is_another_event_s() -> None:
    claims = _read(
        ("a", dt.date(2024, 12, 30), "A passenger jet crashed at Muan airport in South "
         "Korea on Sunday, killing 179 people."),
        ("b", dt.date(2024, 12, 30), "The crash in South Korea on Sunday killed 179 people. "
         "It came days after another aviation disaster in Kazakhstan, where an airliner "
         "burst into flames, claiming 38 lives."),
    )  # fmt: skip
    killed = [c for c in claims if c.attribute == "killed"]
    other = next(c for c in killed if isinstance(c.value, Quantity) and c.value.point == 38)
    crash = [c for c in killed if c is not other]
    assert other.place == "Kazakhstan"
    assert other.event is None or other.event not in {c.event for c in crash}
    assert all(c.place != "Kazakhstan" for c in crash)
    # nor does the crash's toll inherit the other country's place once reconciled
    documents = [Document(d, outlet=d, published=dt.date(2024, 12, 30)) for d in "ab"]
    placed = {
        n.id: (n.place.name if n.place else None) for n in reconcile(claims, documents).claims
    }
    assert all(placed[c.id] != "Kazakhstan" for c in crash)


def test_letters_in_another_language_s_order_and_a_leader_s_side_name_one_party() -> None:
    claims = _read(
        (
            "a",
            dt.date(2026, 5, 11),
            "The Civic Rally (RC) won 140 seats in Sunday's election, while "
            "President Lena Dorn's Forward bloc took 120 seats.",
        ),
        (
            "b",
            dt.date(2026, 5, 11),
            "In Sunday's election, the RC won 141 seats and Dorn's centrists took 120 seats.",
        ),
    )
    seats = {(c.document, c.subject, c.value.point) for c in claims if c.attribute == "seats_won"}  # type: ignore[union-attr]
    assert ("b", "Civic Rally", 141.0) in seats
    assert ("b", "Forward", 120.0) in seats
    # the failure mode: letters or a leader's side left as a question of their own
    assert not any(s in ("RC", "Dorn's centrists") for _, s, _ in seats)


def test_a_force_owned_by_a_country_no_gazetteer_knows_is_read_not_rejected() -> None:
    extraction = extract_claims(
        _articles(
            (
                "a",
                dt.date(2025, 9, 25),
                "Valdoria will withdraw its roughly 1,500 troops from Norland by the end of "
                "the year, President Aubel announced on Sunday, two months after a coup in "
                "the country.",
            )
        )
    )
    assert extraction.rejected == ()
    assert any(
        c.attribute == "deployed" and c.value.point == 1500.0  # type: ignore[union-attr]
        for c in extraction.claims
    )


def test_a_leader_s_party_named_by_its_letters_and_a_title_before_the_leader() -> None:
    claims = _read(
        (
            "a",
            dt.date(2026, 5, 11),
            "The Civic Rally (RC) won 140 seats in Sunday's election. Mira Holt's RC party "
            "had led in the polls.",
        ),
        (
            "b",
            dt.date(2026, 5, 11),
            "In Sunday's election, President Mira Holt's coalition took 141 seats.",
        ),
    )
    seats = {(c.document, c.subject) for c in claims if c.attribute == "seats_won"}
    assert ("b", "Civic Rally") in seats
    # the failure mode: the leader's side left a question of its own
    assert not any("Holt" in s for _, s in seats)


def test_a_party_s_plural_and_its_words_cut_short_name_the_party() -> None:
    claims = _read(
        (
            "a",
            dt.date(2026, 5, 11),
            "In Sunday's election, the Progressive Party won 140 seats and the Social "
            "Democrats took 61 seats.",
        ),
        (
            "b",
            dt.date(2026, 5, 11),
            "In Sunday's election, the Progressives won 141 seats and the Soc Dems took 60 seats.",
        ),
    )
    seats = {(c.document, c.subject) for c in claims if c.attribute == "seats_won"}
    assert {("b", "Progressive Party"), ("b", "Social Democrats")} <= seats


def test_the_election_before_this_one_is_never_the_news() -> None:
    claims = _read(
        (
            "a",
            dt.date(2026, 5, 11),
            "The Progressive Party won 312 seats in Norland's election on Sunday. "
            "Turnout was 59.8%.",
        ),
        (
            "b",
            dt.date(2026, 5, 12),
            "With all 500 seats declared, the Progressive Party had 312 and the National "
            "Union 101. Voter turnout was 59.8 per cent, down from 67.3 per cent at the last "
            "election in 2021.",
        ),
    )
    news = {c.event for c in claims if c.attribute == "seats_won"}
    assert len(news) == 1
    assert {("b", "National Union")} <= {
        (c.document, c.subject) for c in claims if c.attribute == "seats_won"
    }
    turnout = [
        c
        for c in claims
        if c.document == "b" and isinstance(c.value, Quantity) and c.value.point == 59.8
    ]
    assert [c.event for c in turnout] == list(news)
    # the failure mode: the year of the election before taken for the news's date
    dates = [c for c in claims if c.attribute == "date" and c.event in news]
    assert all(c.value.start.year == 2026 for c in dates)  # type: ignore[union-attr]


def test_a_name_whose_initials_another_report_spells_out_is_that_party() -> None:
    corpus = articles_from_texts(
        [
            ("a", "The Democratic Renewal Party (DRP) won 120 seats in Sunday's election."),
            ("b", "The Demokratik Reform Partisi won 120 seats in Sunday's election."),
            ("c", "The Dunmore Road Project won 120 seats in Sunday's election."),
        ],
        published=dt.date(2024, 5, 31),
    )
    subjects = {
        c.document: c.subject
        for c in extract_claims(corpus).claims
        if isinstance(c.value, Quantity) and c.attribute == "seats_won"
    }
    assert subjects["a"] == subjects["b"] == "Democratic Renewal Party"
    # the failure mode: initials the corpus spells out as another name
    assert subjects["c"] == "Dunmore Road Project"


def test_a_crowd_in_a_report_of_a_vote_is_the_gathering_s_and_an_election_ahead_no_event() -> None:
    claims = _read(
        (
            "a",
            dt.date(2024, 12, 14),
            "Parliament voted 204 to 85 on Saturday to remove the prime minister. A crowd "
            "of his opponents, put at 200,000 by organisers, cheered the vote. His "
            "supporters held a smaller rally nearby. If the court agrees, an election "
            "will be held within 60 days.",
        ),
        (
            "b",
            dt.date(2024, 12, 14),
            "About 85,000 people attended a rally outside parliament on Saturday as "
            "lawmakers voted to remove the prime minister.",
        ),
    )
    crowds = {c.document: c.event for c in claims if c.attribute == "attended"}
    assert crowds["a"] is not None
    assert "rally" in crowds["a"]
    assert crowds["a"] == crowds["b"]
    # the failure mode: the election still to come is no event of the report
    assert not any(c.event and "election" in c.event for c in claims)


def test_the_votes_a_motion_would_require_are_a_threshold_not_votes_cast() -> None:
    facts = {
        (c.subject, c.attribute, c.value.point)
        for c in _read(
            (
                "a",
                dt.date(2024, 12, 10),
                "Removing the president would require support from 200 of the assembly's "
                "300 members. The injured required 40 stitches.",
            )
        )
        if isinstance(c.value, Quantity)
    }
    assert ("votes", "threshold", 200) in facts
    assert not any(attribute == "voted_for" for _, attribute, _ in facts)
    assert not any(attribute == "threshold" and value == 40 for _, attribute, value in facts)


def test_a_sentence_that_points_back_at_an_earlier_vote_counts_that_vote() -> None:
    claims = _read(
        (
            "a",
            dt.date(2023, 2, 23),
            "The General Assembly on Thursday adopted a resolution on the war by 141 votes to 7.",
        ),
        (
            "b",
            dt.date(2025, 2, 24),
            "On Monday the General Assembly adopted a resolution on the war with 93 votes "
            "in favour.\nThe text echoes a similar resolution adopted by the General "
            "Assembly on February 23, 2023. At that time, 141 member states voted in "
            "favour. Russia and 17 others voted against on Monday.",
        ),
    )
    events = {
        (c.document, c.value.point): c.event
        for c in claims
        if c.attribute in ("voted_for", "voted_against") and isinstance(c.value, Quantity)
    }
    assert events[("b", 141)] == events[("a", 141)]
    # the failure mode: a sentence that does not point back is the news's
    assert events[("b", 93)] == events[("b", 17)]
    assert events[("b", 93)] != events[("a", 141)]


def test_a_column_that_pulled_out_names_a_withdrawal() -> None:
    claims = _read(
        (
            "a",
            dt.date(2025, 3, 11),
            "The first column of Ostland soldiers pulled out of Norland on Tuesday, the "
            "ministry said.",
        ),
        (
            "b",
            dt.date(2025, 5, 30),
            "The last Ostland troops left Norland on Friday, ending a withdrawal that began "
            "on March 11.",
        ),
    )
    began = {c.document: c.event for c in claims if c.attribute == "date_began"}
    assert began["a"] is not None
    assert began["a"] == began["b"]
    # the failure mode: a minister who pulled out of talks names no withdrawal
    assert not [
        c
        for c in _read(
            ("c", dt.date(2025, 3, 11), "The minister pulled out of the talks on Tuesday.")
        )
        if c.event is not None
    ]


def test_strikes_are_attacks_unless_labour_s_and_a_feared_attack_is_none() -> None:
    claims = _read(
        (
            "a",
            dt.date(2024, 4, 14),
            "Jets stayed in the air in anticipation of another attack. Drone strikes on "
            "Ostland last night killed 3 people, officials said. In 2021 a bombing "
            "on March 1 had killed 9 people.",
        ),
    )
    killed = {
        c.value.point: c.event
        for c in claims
        if c.attribute == "killed" and isinstance(c.value, Quantity)
    }
    assert killed[3] is not None
    assert "2024-04-13" in killed[3]
    # the failure mode: nationwide strikes by workers are no attack
    walkouts = _read(
        ("b", dt.date(2023, 3, 7), "Nationwide strikes on Tuesday drew 1.2 million people.")
    )
    assert not any(c.event and "attack" in c.event for c in walkouts)


@pytest.mark.parametrize(
    "text",
    [
        "Raids on two villages on Tuesday killed 5 people.",
        "Landslides on Tuesday killed 5 people in the hills.",
        "Blazes in the hills on Tuesday killed 5 people.",
        "Aftershocks on Tuesday killed 5 people in the valley.",
    ],
)
def test_an_event_named_in_the_plural_is_an_event_dated_by_its_day(text: str) -> None:
    claims = _read(("a", dt.date(2024, 4, 17), text))
    events = {c.event for c in claims if c.attribute == "killed"}
    assert len(events) == 1
    (event,) = events
    assert event is not None
    assert "2024-04-16" in event


def test_an_event_of_the_type_in_another_place_lends_the_lead_no_day() -> None:
    from reconcile.extract._event_mentions import EventMention, lead_event

    # a page whose top is furniture: the news's first mention comes late, and an air
    # strike in another country on another day is background
    news = EventMention("attack", "strikes", 9, 400, place="Ukraine")
    background = EventMention("attack", "strike", 11, 600, day=dt.date(2024, 4, 1), place="Belarus")
    lead = lead_event([news, background], published=dt.date(2024, 4, 14))
    assert lead is not None
    assert lead.day is None
    # the failure mode: a dated mention of the same place still dates the lead
    same_place = attrs.evolve(background, place="Ukraine")
    dated = lead_event([news, same_place], published=dt.date(2024, 4, 14))
    assert dated is not None
    assert dated.day == dt.date(2024, 4, 1)


def test_an_event_word_used_as_a_verb_with_its_particle_names_no_event() -> None:
    claims = _read(
        (
            "a",
            dt.date(2024, 4, 14),
            "Ukraine strikes down 40 drones.\n\nAt least 12 people were injured on "
            "Saturday, officials said.",
        )
    )
    assert not any(c.event and "strikes" in c.event for c in claims)
    # the failure mode: the noun still names its event
    struck = _read(("b", dt.date(2024, 4, 14), "Drone strikes on Kharkiv on Saturday injured 12."))
    assert any(c.event and "strikes" in c.event for c in struck)


def test_voters_who_cast_ballots_are_not_the_eligible_voters() -> None:
    corpus = articles_from_texts(
        [
            (
                "a",
                "Turnout was 63% in Sunday's election, with 28.8 million voters casting ballots.",
            ),
            ("b", "More than 43 million eligible voters could vote in Sunday's election."),
        ],
        published=dt.date(2024, 7, 8),
    )
    subjects = {
        c.document: c.subject
        for c in extract_claims(corpus).claims
        if isinstance(c.value, Quantity) and c.value.unit == "" and c.attribute == "count"
    }
    assert subjects == {"a": "voters", "b": "eligible voters"}


def test_no_later_than_a_date_is_the_deadline_of_the_event_its_clause_names() -> None:
    claims = _read(
        (
            "a",
            dt.date(2024, 5, 20),
            "The two governments agreed that the withdrawal of the 1,000 foreign troops "
            "will end no later than September 15, 2024. Officials said the soldiers must "
            "leave the country no later than that date.",
        )
    )
    due = [(c.value.start, c.modality) for c in claims if isinstance(c.value, DateSpan)
           and c.attribute == "date_due"]  # fmt: skip
    assert due == [(dt.date(2024, 9, 15), Modality.PLANNED)]
    # the failure mode: a comparison's "than" before a date is still no deadline
    compared = _read(("b", dt.date(2024, 5, 20), "Turnout in the vote was lower than in May."))
    assert not any(c.attribute == "date_due" for c in compared)


def test_the_month_of_may_puts_no_claim_as_possible() -> None:
    claims = _read(
        (
            "a",
            dt.date(2024, 8, 10),
            "The withdrawal of the 1,500 foreign troops from Kesh began on May 19, "
            "officials said. Since May 19, 40 trucks have left the base.",
        )
    )
    assert claims
    assert all(c.modality is not Modality.POSSIBLE for c in claims)
    # the failure mode: the modal verb still makes a figure possible
    maybe = _read(("b", dt.date(2024, 8, 10), "The storm may have killed 40 people in Kesh."))
    assert [c.modality for c in maybe if c.attribute == "killed"] == [Modality.POSSIBLE]


def test_a_phase_of_a_lasting_event_may_lie_long_before_the_report() -> None:
    claims = _read(
        (
            "a",
            dt.date(2024, 8, 10),
            "The army said the withdrawal from Kesh \u201cbegan in May, and coordination "
            "will continue over the coming weeks to ensure it is completed as planned.\u201d",
        )
    )
    began = [
        (c.value.start, c.value.end) for c in claims
        if c.attribute == "date_began" and isinstance(c.value, DateSpan)
    ]  # fmt: skip
    assert began == [(dt.date(2024, 5, 1), dt.date(2024, 5, 31))]
    # the failure mode: a date long before the report that names no event is no event's,
    # only its happening's as written
    stray = _read(("b", dt.date(2024, 8, 10), "Almost two million turned out in Kesh in May."))
    assert [(c.subject, c.attribute) for c in stray if c.attribute.startswith("date")] == [
        ("turned out in Kesh", "date_happened")
    ]


def test_two_names_spelled_out_by_the_same_letters_are_one_party_and_leaders_stand_for_it() -> None:
    corpus = articles_from_texts(
        [
            ("a", "The Popular Party (PP) won 136 seats in Sunday's election."),
            ("b", "The People's Party (PP) won 137 seats in Sunday's election."),
            (
                "c",
                "The leader of the Popular Party, Ana Ruiz, spoke after Sunday's "
                "election. Ana Ruiz won 135 seats.",
            ),
        ],
        published=dt.date(2023, 7, 24),
    )
    seats = {
        c.document: c.subject for c in extract_claims(corpus).claims if c.attribute == "seats_won"
    }
    # one party under two translations of its name, and its leader's seats are its
    assert seats["a"] == seats["b"] == seats["c"]
    # a candidate is no leader: in a race for president the candidate is the contender
    race = articles_from_texts(
        [("d", "The candidate of the Union Party, Ana Ruiz, won 52% in Sunday's election.")],
        published=dt.date(2023, 5, 15),
    )
    assert {"Ana Ruiz"} == {
        c.subject for c in extract_claims(race).claims if c.attribute == "vote_share"
    }
    # the failure mode: letters spelled out once keep their one name
    single = articles_from_texts(
        [("a", "The Democratic Alliance (DA) won 87 seats in Wednesday's election.")],
        published=dt.date(2024, 5, 31),
    )
    assert {"Democratic Alliance"} == {
        c.subject for c in extract_claims(single).claims if c.attribute == "seats_won"
    }


def test_a_count_compared_with_an_earlier_one_leaves_the_earlier_its_own_time() -> None:
    corpus = articles_from_texts(
        [
            (
                "a",
                "The Popular Party won Sunday's election with 136 seats, 47 more than those "
                "it achieved in 2019. Vox fell from 52 seats to 33. Turnout was up, at 71.3 "
                "percent compared to 66.2 percent in the last election in 2019.",
            )
        ],
        published=dt.date(2023, 7, 24),
    )
    claims = extract_claims(corpus).claims
    events = {c.event for c in claims if c.attribute == "seats_won"}
    assert not any("2019" in str(e) for e in events)  # the year compared dates nothing
    scopes = {(c.subject, c.value.point): c.as_of for c in claims if isinstance(c.value, Quantity)}
    assert scopes["Vox", 33.0] is None
    assert scopes["Vox", 52.0] is not None  # 52 held before the report
    # the failure mode: the figure compared with the earlier one keeps the story's time
    assert scopes["turnout", 71.3] is None
    assert scopes["turnout", 66.2] is not None


def test_people_freed_in_an_exchange_are_the_release_s_not_the_strikes() -> None:
    corpus = articles_from_texts(
        [
            (
                "a",
                "Strikes hit the city on Tuesday. In Friday's exchange, 24 hostages were released.",
            ),
            ("b", "The release on Friday freed 25 hostages, officials said."),
        ],
        published=dt.date(2023, 11, 25),
    )
    released = [c for c in extract_claims(corpus).claims if c.attribute == "released"]
    assert len(released) == 2
    # one release, however a report names it, and never the strikes
    assert len({c.event for c in released}) == 1
    assert not any("strike" in str(c.event).casefold() for c in released)


def test_a_deadline_put_as_what_is_to_be_done_or_the_time_given_to_do_it() -> None:
    claims = _read(
        ("a", dt.date(2024, 5, 20), "Kesh To Withdraw All Troops From Varn by September 15"),
        ("b", dt.date(2024, 5, 20), "Kesh agreed to withdraw them by September 15."),
        (
            "c",
            dt.date(2024, 5, 20),
            "Kesh troops have until September 15 to leave Varn under the withdrawal deal.",
        ),
        ("d", dt.date(2024, 5, 20), "This disengagement will end no later than September 15."),
    )
    due = {c.document for c in claims if c.attribute == "date_due"}
    assert due == {"a", "b", "c", "d"}
    # the failure mode: a stretch that lasted until a day is no deadline
    lasted = _read(("e", dt.date(2024, 5, 20), "The withdrawal lasted until May 19."))
    assert not any(c.attribute == "date_due" for c in lasted)


def test_an_act_s_date_past_what_the_act_is_of() -> None:
    claims = _read(
        (
            "a",
            dt.date(2024, 12, 5),
            "Ana Berg declared martial law late on December 3. Berg's surprise declaration "
            "of martial law Tuesday night shocked the country.",
        )
    )
    declared = {(c.subject, str(c.value)[:10]) for c in claims if c.attribute == "date_declared"}
    # "Tuesday night" runs into the Wednesday: it starts on December 3
    assert declared == {("Ana Berg", "2024-12-03"), ("Berg", "2024-12-03")}
    # the failure mode: an act noun no one owns dates no one's act
    plain = _read(("b", dt.date(2024, 12, 5), "The announcement of the plan on Sunday surprised."))
    assert not any(c.attribute.startswith("date_announced") for c in plain)


def test_an_event_word_inside_a_party_s_name_is_no_event() -> None:
    claims = _read(
        (
            "a",
            dt.date(2024, 7, 8),
            "Varn held a snap election on Sunday. The Civic Rally won 142 seats.",
        ),
    )
    # a short sentence is no headline because the name's own words are capitalized
    assert not any(c.attribute == "attended" for c in claims)
    events = {c.event for c in claims if c.attribute == "seats_won"}
    assert len(events) == 1
    assert None not in events
    # the failure mode: a rally with capitalized neighbours outside its name is a rally
    rally = _read(
        (
            "c",
            dt.date(2024, 7, 8),
            "Some 5,000 people attended the Peace Rally in Varn on Saturday.",
        )
    )
    assert any(c.attribute == "attended" for c in rally)


def test_a_named_storm_is_one_event_across_weeks_and_another_name_another() -> None:
    claims = _read(
        (
            "a",
            dt.date(2024, 9, 28),
            "Hurricane Vela made landfall on Thursday, killing at least 40 people.",
        ),
        (
            "b",
            dt.date(2024, 10, 12),
            "The death toll from Hurricane Vela rose to 210 on Saturday as searches went on.",
        ),
        (
            "c",
            dt.date(2024, 10, 12),
            "The storm has killed at least 205 people, officials said on Friday.",
        ),
        (
            "d",
            dt.date(2024, 10, 12),
            "Vela is the second-deadliest storm to strike the coast, after Hurricane Orla, which "
            "killed 1,500 people in 2005.",
        ),
    )
    killed = {
        (c.document, c.value.point): c.event
        for c in claims
        if c.attribute == "killed" and isinstance(c.value, Quantity)
    }
    vela = killed["a", 40.0]
    assert vela is not None
    assert "Vela" in vela
    # a toll's update two weeks on, and a report that names no storm, are of Vela
    assert killed["b", 210.0] == killed["c", 205.0] == vela
    # the storm a report compares with is another event, dated by its own year
    assert killed["d", 1500.0] != vela
    # "to strike" is a verb: no strike
    assert not any("strike" in (c.event or "") for c in claims)
    # the failure mode: a flood years before, named by no one, is not Vela's
    older = _read(
        ("e", dt.date(2024, 9, 28), "Hurricane Vela made landfall on Thursday, killing 40 people."),
        ("f", dt.date(2013, 6, 3), "Minor flooding on Saturday drowned 2 people in the valley."),
    )
    assert not any("Vela" in (c.event or "") for c in older if c.document == "f")


def test_an_event_dated_only_by_a_period_long_over_is_not_the_news() -> None:
    text = (
        "Ruling party MPs voted by 211 to 148 in support of the premier.\n\n"
        "When his predecessor faced a confidence vote in 2018 she kept the support of 63% "
        "of her MPs.\n\nHe said he would now move on.\n\nCritics were not convinced.\n\n"
        "Some said he was wounded.\n\nThe secret ballot ended a day of tension."
    )
    claims = _read(("a", dt.date(2022, 6, 7), text))
    backed = [c for c in claims if c.attribute == "voted_for"]
    assert backed
    # the news is this year's ballot, not the vote of 2018 the report compares with
    assert all("2018" not in (c.event or "") for c in backed)
    # and the 2018 vote keeps its own year, which does not date this year's ballot
    dates = {c.event or "": str(c.value) for c in claims if c.attribute == "date"}
    assert all("2018" in event for event, value in dates.items() if "2018" in value)
    # the failure mode: a report of only an old event leads with it
    old = _read(("b", dt.date(2024, 2, 3), "A fire in a slum in September 2011 killed 100."))
    assert any("2011" in (c.event or "") for c in old if c.attribute == "killed")


def test_an_event_word_a_count_follows_is_a_verb() -> None:
    claims = _read(
        ("a", dt.date(2017, 4, 7), "US fires 59 missiles at an air base after the attack."),
        ("b", dt.date(2017, 4, 7), "The strike on the air base on Friday used 59 missiles."),
    )
    events = {c.document: c.event for c in claims if c.value is not None and "59" in str(c.value)}
    # the headline's "fires" is the strike's verb: no fire of its own
    assert not any("fire" in (event or "") for event in events.values())
    # the failure mode: "the protests 3 days ago" keep their time
    protests = _read(("c", dt.date(2019, 6, 12), "The protests 3 days ago drew 10,000 people."))
    assert any("protest" in (c.event or "") for c in protests if c.attribute == "attended")


def test_a_building_collapse_is_an_event_its_reports_share() -> None:
    claims = _read(
        (
            "a",
            dt.date(2021, 6, 25),
            "Four people died when a twelve-storey tower collapsed in Bayview on Thursday; "
            "the collapse left 99 residents unaccounted for.",
        ),
        (
            "b",
            dt.date(2021, 6, 28),
            "The death toll in the Bayview tower collapse has risen to 11 people, with 150 "
            "people still missing.",
        ),
    )
    events = {(c.document, c.attribute): c.event for c in claims if c.attribute == "killed"}
    assert set(events.values()) == {events["a", "killed"]}
    assert events["a", "killed"] is not None
    assert "collapse" in events["a", "killed"]


def test_a_collapse_of_talks_or_a_flood_s_dam_is_no_collapse_of_its_own() -> None:
    claims = _read(
        ("a", dt.date(2024, 3, 5), "After the collapse of talks, 40 people were arrested."),
    )
    assert not any(c.event and "collapse" in c.event for c in claims)
    # a dam's collapse is what the flood set off: its toll is the flood's
    claims = _read(
        (
            "a",
            dt.date(2023, 9, 12),
            "Floods hit the city of Darna on Sunday, killing 2,000 people.",
        ),
        ("b", None, "The dam collapse killed more than 5,000 people, officials said."),
    )
    events = _events_by_document(claims)
    assert events["a"] == events["b"]
    assert events["a"] is not None
    assert "flood" in events["a"]


def test_fans_in_protest_or_running_to_the_exit_tell_of_no_protest_or_withdrawal() -> None:
    claims = _read(
        (
            "a",
            dt.date(2022, 10, 2),
            "Fans stormed the pitch in protest after the match. Police fired tear gas and "
            "hundreds of people ran to the exit. At least 125 people died in the stampede "
            "on Saturday.",
        ),
    )
    events = {c.event for c in claims if c.event}
    assert events
    assert all("stampede" in e for e in events)


def test_the_people_of_the_place_a_disaster_struck_are_its_toll_s_people() -> None:
    claims = _read(
        (
            "a",
            dt.date(2022, 10, 15),
            "A blast in a coal mine in Oakvale on Friday killed 41 miners.",
        ),
        ("b", dt.date(2022, 10, 15), "The mine blast in Oakvale on Friday killed 40 people."),
        (
            "c",
            dt.date(2022, 10, 15),
            "The Oakvale mine blast on Friday killed 12 soldiers guarding the site and "
            "injured 30 rescue workers.",
        ),
    )
    keys = {(c.document, c.subject, c.attribute) for c in claims if c.attribute in CASUALTY}
    assert ("a", "people", "killed") in keys
    assert ("b", "people", "killed") in keys
    # groups that are parts of a toll keep their own names
    assert ("c", "troops", "killed") in keys
    assert ("c", "rescuers", "injured") in keys


def test_a_shipwreck_is_an_event_and_an_election_campaigned_for_is_none() -> None:
    claims = _read(
        (
            "a",
            dt.date(2023, 6, 15),
            "At least 79 people died when a fishing boat capsized off Kalos on Wednesday. "
            "The country declared three days of mourning and parties suspended campaigning "
            "for a general election on June 25.",
        ),
        (
            "b",
            dt.date(2023, 6, 16),
            "The shipwreck off Kalos on Wednesday killed at least 78 people, officials said.",
        ),
    )
    events = _events_by_document(claims)
    assert events["a"] == events["b"]
    assert events["a"] is not None
    assert not any(c.event and "election" in c.event for c in claims)


def test_a_page_s_link_to_another_story_gives_no_claims() -> None:
    corpus = articles_from_texts(
        [
            (
                "a",
                "At least 78 people died when a boat sank off Kalos on Wednesday.\n"
                "READ MORE: Boat breaks apart off Ostia; 45 dead, 80 survive\n"
                "Related: Ferry fire kills 12 near Tarsa\n",
            )
        ],
        published=dt.date(2023, 6, 15),
    )
    extraction = extract_claims(corpus)
    assert {c.value.point for c in extraction.claims if isinstance(c.value, Quantity)} == {78}
    reasons = {p.text: p.reason for p in extraction.passed_over}
    assert reasons["45"] == reasons["80"] == reasons["12"]
    assert "link to another story" in reasons["45"]


def test_a_volcanic_eruption_is_an_event_its_reports_share() -> None:
    claims = _read(
        (
            "a",
            dt.date(2024, 4, 18),
            "A volcanic eruption on Mount Tarsa on Tuesday killed 12 hikers.",
        ),
        ("b", dt.date(2024, 4, 19), "The eruption of Mount Tarsa on Tuesday killed 14 people."),
    )
    events = _events_by_document(claims)
    assert events["a"] == events["b"]
    assert events["a"] is not None
    assert "eruption" in events["a"]


def test_a_bare_count_of_victims_is_the_toll() -> None:
    claims = _read(
        (
            "a",
            dt.date(2021, 7, 12),
            "The tower collapse in Bayview on June 24 shook the city. The medical examiner "
            "has identified 85 of the 95 known victims.",
        ),
    )
    facts = {
        (c.subject, c.attribute, c.value.point) for c in claims if isinstance(c.value, Quantity)
    }
    assert ("people", "killed", 95) in facts
    # survivors and passengers counted bare say what they are too, never the dead
    claims = _read(
        (
            "a",
            dt.date(2023, 6, 15),
            "A boat capsized off Kalos on Wednesday. Of the 104 survivors, ten are minors.",
        ),
    )
    attributes = {
        c.attribute for c in claims if isinstance(c.value, Quantity) and c.value.point == 104
    }
    assert attributes
    assert "killed" not in attributes


def test_an_event_word_after_a_modal_is_a_verb_of_no_happening() -> None:
    # "will flood" tells of a flood that may come: the article's event is the withdrawal
    (duration,) = [
        c
        for c in _read(
            (
                "a",
                dt.date(2022, 11, 11),
                "Blowing up the dam will flood the towns, the minister said. The troops "
                "withdrew from the city on Friday. It will take at least a week to withdraw "
                "all of them.",
            )
        )
        if c.attribute == "duration"
    ]
    assert duration.event is not None
    assert "flood" not in duration.event
    # the failure mode: the noun after a determiner is still a flood
    flooded = _read(
        ("a", dt.date(2022, 11, 11), "The flood swept the towns on Friday, killing 12 people.")
    )
    assert any("flood" in (c.event or "") for c in flooded)


def test_an_event_dated_by_a_year_is_the_one_a_month_of_that_year_dates() -> None:
    # one report dates the coup by its month, another by its year: one coup
    claims = _read(
        ("a", dt.date(2023, 12, 1), "The junta that seized power in July 2023 expelled the envoy."),
        ("b", dt.date(2023, 12, 2), "The junta that seized power in 2023 expelled the envoy."),
    )
    events = {c.event for c in claims if c.attribute == "date"}
    assert len(events) == 1, events
    # the failure mode: periods apart stay two events
    claims = _read(
        ("a", dt.date(2023, 12, 1), "The junta that seized power in July 2023 expelled the envoy."),
        ("b", dt.date(2023, 12, 2), "The junta that seized power in 2021 expelled the envoy."),
    )
    assert len({c.event for c in claims if c.attribute == "date"}) == 2


def test_a_date_that_opens_the_sentence_dates_the_event_its_clause_names() -> None:
    claims = _read(
        ("a", dt.date(2025, 2, 3), "On Dec. 10, some Norlandic troops began to leave Ostia."),
        ("b", dt.date(2025, 2, 3), "On Dec. 20, the last Norlandic troops left Ostia."),
        ("c", dt.date(2024, 12, 12), "On Tuesday, the army withdrew from the town."),
    )
    dated = {
        (c.document, c.attribute): str(c.value) for c in claims if c.attribute.startswith("date")
    }
    assert dated["a", "date_began"] == "2024-12-10"
    # weeks before the article: a withdrawal lasts months, so its days are still its own
    assert "2024-12-20" in {v for (doc, _), v in dated.items() if doc == "b"}
    assert dated["c", "date"] == "2024-12-10"


def test_a_fronted_date_of_an_earlier_time_or_of_a_saying_dates_no_event() -> None:
    claims = _read(
        ("a", dt.date(2024, 12, 12), "A week earlier, Norlandic troops left Ostia."),
        ("b", dt.date(2024, 12, 12), "On Tuesday, officials said the troops left Ostia."),
        ("c", dt.date(2025, 6, 3), "On Jan. 10, it rained in Ostia, where troops left in May."),
    )
    # the failure mode: the date of another time or of the telling taken for the event's
    # (a happening of its own as written, "rained in Ostia", is none of the event's)
    assert not any(str(c.value) == "2024-12-10" for c in claims if c.attribute == "date")
    assert not any(
        str(c.value).startswith("2025-01-10") for c in claims if c.attribute != "date_happened"
    )


def test_the_place_of_a_speaker_cited_after_a_toll_is_not_the_toll_s_place() -> None:
    claims = _read(
        (
            "b",
            dt.date(2025, 4, 2),
            "Deaths from Friday's earthquake rose to 3,003, with 351 missing, the "
            "country's embassy in Japan said.",
        ),
        ("c", dt.date(2025, 4, 2), "Officials in Nepal said 30 people died in the earthquake."),
    )
    tolls = {c.document: c for c in claims if c.attribute == "killed"}
    assert tolls["b"].place is None
    assert "Japan" not in (tolls["b"].event or "")  # no quake in Japan
    # the failure mode: a speaker before the figure keeps the place, as before
    assert "Nepal" in (tolls["c"].event or "")


def test_a_withdrawal_completed_on_a_day_ends_then_and_an_announcement_is_no_conditional() -> None:
    claims = _read(
        (
            "a",
            dt.date(2023, 12, 23),
            "The withdrawal, which began in October, was completed on December 22.",
        ),
        (
            "b",
            dt.date(2023, 12, 23),
            "President Ruiz announced on Sunday that Norland would pull its troops out.",
        ),
    )
    ends = {str(c.value) for c in claims if c.attribute == "date_ended"}
    assert ends == {"2023-12-22"}
    # the failure mode: the day it was completed read as the day it began
    assert "2023-12-22" not in {str(c.value) for c in claims if c.attribute == "date_began"}
    (announced,) = [c for c in claims if c.document == "b" and c.attribute.startswith("date")]
    assert announced.modality is not Modality.POSSIBLE  # "would" puts the pulling out only


def test_a_toll_raised_by_later_deaths_keeps_the_blast_on_its_own_day() -> None:
    # the blast on Monday; a week on, the toll grows as the injured die and rescuers
    # find more: those days are the later deaths', not the blast's
    claims = _read(
        (
            "a",
            dt.date(2025, 3, 3),
            "An explosion at a textile mill in Harbin on Monday killed 12 workers.",
        ),
        (
            "b",
            dt.date(2025, 3, 10),
            "The death toll from the textile mill explosion in Harbin has climbed to 19 "
            "after two more victims succumbed to their injuries on Sunday.",
        ),
        (
            "c",
            dt.date(2025, 3, 10),
            "The toll from the mill explosion in Harbin rose to 21 as rescuers recovered "
            "two more bodies from the rubble on Saturday night. Three more workers died "
            "in hospital on Sunday, a week after the mill explosion.",
        ),
    )
    events = _events_by_document(claims)
    assert events["a"] == events["b"] == events["c"]
    event_dates = {c.document: c.value for c in claims if c.attribute == "date"}
    assert set(event_dates) == {"a"}, event_dates
    later = {(c.document, c.attribute) for c in claims if c.attribute.startswith("date_")}
    assert ("b", "date_succumbed") in later
    assert ("c", "date_died") in later


def test_three_people_who_died_on_monday_still_date_the_flood() -> None:
    # the failure mode: a death with no word of more is the event's own
    claims = _read(
        ("a", dt.date(2025, 3, 4), "Three people died on Monday when floods swept Bihar."),
    )
    dates = [c for c in claims if c.attribute == "date"]
    assert [str(c.value.start) for c in dates if isinstance(c.value, DateSpan)] == ["2025-03-03"]


def test_a_toll_risen_after_the_quake_itself_struck_keeps_the_quake_s_day() -> None:
    # "after" opens the clause of the event itself, not of a later act
    claims = _read(
        (
            "a",
            dt.date(2025, 3, 12),
            "The toll has risen to 780 after an earthquake struck the valley in the early "
            "hours of Monday. The toll from the quake rose to 800 as rescuers reached two "
            "villages on Tuesday.",
        ),
    )
    days = [
        str(c.value.start)
        for c in claims
        if c.attribute == "date" and isinstance(c.value, DateSpan)
    ]
    assert days == ["2025-03-10"]


def test_a_party_named_congress_holds_shares_in_the_race_and_is_no_voting_body() -> None:
    # a count that never says "election": the party's name ends in a body's head noun,
    # yet it holds shares and votes, so the votes counted are the race's
    claims = _read(
        (
            "a",
            dt.date(2024, 5, 29),
            "Voters in Freedonia went to the polls on Wednesday in a general election.",
        ),
        (
            "b",
            dt.date(2024, 5, 31),
            "With 7.2 million votes counted, the Freedonian National Congress (FNC) had "
            "42.3% (3,034,025 votes) while the Liberal Alliance had 23.4% (1,676,433 votes).",
        ),
    )
    shares = [c for c in claims if c.attribute == "vote_share"]
    assert {c.subject for c in shares} >= {"Freedonian National Congress", "Liberal Alliance"}
    assert {c.event for c in claims if c.document == "b"} == {c.event for c in shares}
    (event,) = {c.event for c in shares}
    assert event is not None
    assert event == next(c.event for c in claims if c.document == "a")


def test_a_council_s_vote_keeps_its_body() -> None:
    # the failure mode: a body whose name holds no share is the body that voted
    claims = _read(
        (
            "a",
            dt.date(2024, 5, 31),
            "The National Congress voted 220-207 on Friday to pass the budget bill.",
        ),
    )
    events = {c.event for c in claims if c.event is not None}
    assert events
    assert all("vote" in e for e in events), events


def test_a_fronted_day_dates_its_clause_s_act_not_the_quake() -> None:
    claims = _read(
        (
            "a",
            dt.date(2023, 9, 14),
            "A powerful earthquake struck the Atlas region late on Friday. On Wednesday "
            "evening, the interior ministry announced a new toll from the devastating "
            "earthquake.",
        ),
    )
    dates = {c.attribute: str(c.value.start) for c in claims if isinstance(c.value, DateSpan)}
    assert dates["date"] == "2023-09-08"
    assert dates["date_announced"] == "2023-09-13"


def test_a_named_storm_s_rating_and_its_weekend_are_the_storm_s() -> None:
    claims = _read(
        (
            "a",
            dt.date(2024, 12, 16),
            "Rescuers searched the debris left by Tropical Cyclone Arlo, which struck the "
            "island of Pemba over the weekend as a Category 4 storm.",
        ),
        (
            "b",
            dt.date(2024, 12, 17),
            "Cyclone Arlo hit Pemba with Category 4-equivalent intensity on Saturday.",
        ),
    )
    ratings = [c for c in claims if c.attribute == "category"]
    assert {(c.document, c.value.point) for c in ratings if isinstance(c.value, Quantity)} == {
        ("a", 4),
        ("b", 4),
    }
    events = {c.event for c in claims}
    assert len(events) == 1
    (event,) = events
    assert event is not None
    assert "Arlo" in event
    assert {c.subject for c in ratings} == {event}


def test_a_storm_office_names_no_storm() -> None:
    # the failure mode: the capitalized words after a storm word in an office's name
    # are no storm's name
    claims = _read(
        (
            "a",
            dt.date(2024, 12, 16),
            "The Storm Prediction Center said on Monday that 12 tornadoes were reported.",
        ),
    )
    assert claims
    assert all("Prediction" not in (c.event or "") for c in claims)


def test_a_news_agency_s_country_places_no_election_and_turned_down_dates_a_vote() -> None:
    claims = _read(
        (
            "a",
            dt.date(2024, 11, 15),
            "(Freedonia News Agency) NEW DELHI, Nov 15 -- Voters in Sri Lanka elected a "
            "new parliament on Thursday, the election commission said.",
        ),
        (
            "b",
            dt.date(2024, 3, 23),
            "The Security Council on Friday turned down a resolution on the war.",
        ),
    )
    events = {c.event for c in claims if c.document == "a"}
    assert all(e is None or "Freedonia" not in e for e in events), events
    votes = [c for c in claims if c.document == "b" and isinstance(c.value, DateSpan)]
    assert [c.attribute for c in votes] == ["date"]


def test_an_undated_report_s_day_to_come_points_forward_from_the_event() -> None:
    # the veto on Friday 22 March; an undated report of it says the next vote is set for
    # Monday: Monday 25 March, not a week after
    claims = _read(
        (
            "a",
            dt.date(2024, 3, 22),
            "Russia and China on Friday vetoed a Security Council resolution on Gaza.",
        ),
        (
            "b",
            None,
            "Russia and China on Friday vetoed the Security Council resolution. The "
            "council will vote on Monday on another resolution, a diplomat said.",
        ),
    )
    days = {
        (c.modality, str(c.value.start))
        for c in claims
        if c.document == "b" and isinstance(c.value, DateSpan)
    }
    assert (Modality.PLANNED, "2024-03-25") in days, days
    assert (Modality.ASSERTED, "2024-03-22") in days, days


def test_an_undated_report_takes_the_year_of_its_month_days_from_its_corpus() -> None:
    corpus = _articles(
        (
            "a",
            dt.date(2024, 10, 28),
            "The ruling coalition lost its majority in Sunday's election.",
        ),
        ("b", dt.date(2024, 10, 29), "The coalition lost its majority in the election on Sunday."),
        (
            "c",
            None,
            "The ruling coalition lost its majority in the October 27 general election. "
            "The prime minister spoke on Monday.",
        ),
    )
    extraction = extract_claims(corpus)
    days = {
        c.value.start
        for c in extraction.claims
        if c.document == "c" and isinstance(c.value, DateSpan) and c.attribute == "date"
    }
    assert dt.date(2024, 10, 27) in days


def test_a_corpus_whose_dated_reports_spread_wide_gives_no_year() -> None:
    corpus = _articles(
        ("a", dt.date(2023, 3, 1), "The coalition lost its majority in Sunday's election."),
        ("b", dt.date(2024, 10, 29), "The coalition lost its majority in the election on Sunday."),
        ("c", None, "The coalition lost its majority in the October 27 general election."),
    )
    extraction = extract_claims(corpus)
    assert not any(c.document == "c" and isinstance(c.value, DateSpan) for c in extraction.claims)


def test_an_undated_report_s_wrong_day_rivals_the_event_s_day() -> None:
    corpus = _articles(
        ("a", dt.date(2025, 2, 24), "Germany held its federal election on Sunday, February 23."),
        ("b", dt.date(2025, 2, 24), "In Sunday's federal election in Germany, turnout was 83%."),
        ("c", None, "Germany held its federal election on February 28; turnout was 82.5%."),
    )
    claims = list(extract_claims(corpus).claims)
    documents = [a.document for a in corpus.articles]
    events = {c.event for c in claims if c.attribute in ("date", "share")}
    # one election, not a second one on the wrong day
    assert len(events) == 1, events
    verdicts = reconcile(claims, documents).verdicts
    assert any(v.attribute == "date" and v.status is Status.CONTESTED for v in verdicts)


def test_a_body_s_vote_in_reports_that_name_an_election_only_as_background_is_one_vote() -> None:
    corpus = _articles(
        (
            "a",
            None,
            "The National Assembly passed the censure motion by 331 votes. Since the "
            "legislative elections in July, no bloc has held a majority.",
        ),
        (
            "b",
            None,
            "The prime minister resigned after more than 330 lawmakers voted to oust him in "
            "the vote. The parliament has been split since the July elections.",
        ),
    )
    extraction = extract_claims(corpus)
    votes = [c for c in extraction.claims if c.attribute == "voted_for"]
    # both tallies of members voting for the motion, one vote's question
    assert len(votes) == 2, votes
    assert len({c.event for c in votes}) == 1, votes
    assert all(e.type == "vote" for e in extraction.events if e.name == votes[0].event)


def test_a_title_case_dateline_dates_the_story_not_the_vote() -> None:
    claims = _dated(
        "New York, 25 February 2025 (dpa) - The UN Security Council voted on Monday in "
        "favour of a resolution on the war.",
        published=dt.date(2025, 2, 25),
    )
    days = {value for _, _, value in claims}
    assert "2025-02-24" in days
    # the failure mode: the dateline's day is no day of the vote
    assert "2025-02-25" not in days


def test_a_dated_near_day_given_in_metadata_gives_the_year() -> None:
    corpus = Corpus(
        (
            Article(
                Document("a", metadata=(("dated_near", "2024-10-28"),)),
                "The coalition lost its majority in the October 27 general election.",
                None,
            ),
        )
    )
    days = [c.value for c in extract_claims(corpus).claims if isinstance(c.value, DateSpan)]
    assert [d.start for d in days] == [dt.date(2024, 10, 27)]
    # the failure mode: a day that is no ISO day gives nothing, and nothing fails
    bad = Corpus(
        (Article(Document("b", metadata=(("dated_near", "soon"),)), corpus.articles[0].text, None),)
    )
    assert not any(isinstance(c.value, DateSpan) for c in extract_claims(bad).claims)


def test_a_date_a_deadline_remains_or_is_set_for_is_the_date_due() -> None:
    due = _attributes_of_day(
        "French troops began their withdrawal from Chad in December. The minister said the "
        "deadline for the departure of French troops remains January 31, 2025. The final "
        "departure of French forces from Chad is set for January 31, 2025.",
        published=dt.date(2025, 1, 12),
        day=dt.date(2025, 1, 31),
    )
    assert due == ["date_due", "date_due"]


def test_a_deadline_past_which_or_by_which_a_withdrawal_is_due_dates_it_due() -> None:
    due = _attributes_of_day(
        "The UN mission began its withdrawal from Mali in July. Officials will not extend "
        "the deadline past December 31. The mission is determined to complete its "
        "withdrawal on schedule, by December 31, 2023. The UN will leave by the stipulated "
        "date of Dec. 31.",
        published=dt.date(2023, 11, 1),
        day=dt.date(2023, 12, 31),
    )
    assert due == ["date_due"] * 3


def _attributes_of_day(text: str, *, published: dt.date, day: dt.date) -> list[str]:
    """The attributes of the dates of one article that fall on ``day``."""
    claims = extract_claims(articles_from_texts([("doc", text)], published=published)).claims
    return [c.attribute for c in claims if isinstance(c.value, DateSpan) and c.value.start == day]


def test_a_report_whose_only_word_of_its_event_is_a_verb_tells_of_that_event() -> None:
    # "capsized" with no date names no event in a report that names one otherwise; in a
    # report that names none, it is the news, which the dated report dates, and the
    # lake it names is a place of that event, not another country's
    claims = _read(
        (
            "a",
            dt.date(2024, 10, 4),
            "A ferry sank off Goma in Congo on Thursday, killing 50 people.",
        ),
        (
            "b",
            None,
            "At least 78 people died after a ferry capsized in Lake Kivu, a governor said.",
        ),
    )
    events = _events_by_document(claims)
    assert events["b"] is not None
    assert events["a"] == events["b"]
    # beside an event a noun names, the verb is no event of its own
    claims = _read(
        (
            "b",
            None,
            "The storm killed at least 12 people as it hit the coast, where a ferry capsized.",
        ),
    )
    event = _events_by_document(claims)["b"]
    assert event is not None
    assert "storm" in event


def test_a_later_death_of_someone_the_event_hurt_does_not_date_the_event() -> None:
    claims = _read(
        ("a", dt.date(2024, 12, 21), "A car attack on a crowd on Friday killed five people."),
        (
            "b",
            dt.date(2025, 1, 6),
            "A woman injured in the car attack died on Monday, bringing the toll to six.",
        ),
    )
    events = _events_by_document(claims)
    assert events["a"] is not None
    assert events["a"] == events["b"]
    # the failure mode: a clause of its own that tells of the dead on the day
    claims = _read(
        ("a", dt.date(2025, 1, 7), "Thirty were injured and two died on Monday in a car attack."),
    )
    (day,) = [c.value.start for c in claims if isinstance(c.value, DateSpan)]
    assert day == dt.date(2025, 1, 6)


def test_an_undated_follow_up_weeks_on_tells_of_the_one_event_of_its_type() -> None:
    claims = _read(
        ("a", dt.date(2024, 12, 21), "A car attack on a crowd on Friday killed five people."),
        ("b", dt.date(2025, 1, 10), "Six people have now died after the car attack."),
    )
    events = _events_by_document(claims)
    assert events["a"] is not None
    assert events["a"] == events["b"]
    # the failure mode: with two events of the type in the months before, neither
    claims = _read(
        ("a", dt.date(2024, 12, 21), "A car attack on a crowd on Friday killed five people."),
        ("c", dt.date(2024, 11, 2), "A bomb attack on Friday killed nine people."),
        ("b", dt.date(2025, 1, 10), "Six people have now died after the car attack."),
    )
    events = _events_by_document(claims)
    assert events["b"] not in (events["a"], events["c"])


def test_a_storm_or_quake_that_strikes_is_no_strike() -> None:
    # "strikes" after the word of a quake is its verb: the deaths are the quake's
    claims = _read(
        (
            "a",
            dt.date(2023, 10, 11),
            "A strong earthquake strikes the province days after quakes killed 1,000 people.",
        ),
    )
    (event,) = {c.event for c in claims if c.attribute == "killed"}
    assert event is not None
    assert "strike" not in event
    # the failure mode: air strikes are strikes
    claims = _read(("a", dt.date(2023, 10, 11), "Air strikes on the town killed 12 people."))
    (event,) = {c.event for c in claims if c.attribute == "killed"}
    assert event is not None
    assert "strike" in event


def test_an_undated_report_of_the_year_s_election_tells_of_the_one_most_reported() -> None:
    # one report's wrong weekday dates the election a few days early; the undated
    # "2024 election" is the one most reports date, not the earliest in the year
    thursday = "The ruling party won 150 seats in Thursday's parliamentary election."
    claims = _read(
        (
            "a",
            dt.date(2024, 11, 15),
            "The party took 140 seats in Saturday's parliamentary election.",
        ),
        ("b", dt.date(2024, 11, 15), thursday),
        ("c", dt.date(2024, 11, 15), thursday),
        ("d", dt.date(2024, 11, 15), "The party won 159 seats in the 2024 parliamentary election."),
    )
    events = {c.document: c.event for c in claims if c.attribute == "seats_won"}
    assert events["d"] == events["b"] == events["c"]
    assert events["a"] != events["b"]


def test_an_undated_report_of_a_withdrawal_takes_its_year_not_its_weekdays_from_the_event() -> None:
    # a withdrawal lasts months: its undated report may come any week of them, so the
    # withdrawal's day gives the year of "Oct. 21" but no day to "on Saturday"; an
    # attack's undated report reads its weekdays from the attack's day
    def anchors(kind: str) -> dict[str, tuple[dt.date, bool]]:
        dated = EventMention(kind, kind, 0, 0, dt.date(2023, 7, 1))
        undated = EventMention(kind, kind, 0, 0)
        readings = [("a", (), [("a#1", dated)]), ("b", (), [("b#1", undated)])]
        return event_anchors(readings, {"a": dt.date(2023, 7, 2), "b": None})

    assert anchors("withdrawal") == {"b": (dt.date(2023, 7, 1), True)}
    assert anchors("attack") == {"b": (dt.date(2023, 7, 1), False)}


def test_today_dates_a_happening_its_verb_tells_and_no_report() -> None:
    claims = _read(
        ("a", dt.date(2024, 3, 22), "Protesters marched through the capital today."),
    )
    days = [c.value.start for c in claims if isinstance(c.value, DateSpan)]
    assert days == [dt.date(2024, 3, 22)]
    # the failure modes: "today" of a figure or of a saying is when the report was written
    for text in ("The death toll today stands at 40.", "Officials said today that 40 died."):
        claims = _read(("a", dt.date(2024, 3, 22), text))
        assert not any(isinstance(c.value, DateSpan) for c in claims)


def test_a_force_in_a_capital_is_the_force_another_report_places_in_its_country() -> None:
    claims = _read(
        ("a", dt.date(2024, 4, 26), "About 75 US troops in Chad will leave in the coming days."),
        ("b", dt.date(2024, 4, 26), "Seventy US troops stationed in N'Djamena will leave."),
    )
    places = {c.document: c.place for c in claims if c.attribute == "withdrawn"}
    assert places == {"a": "Chad", "b": "Chad"}
    # the failure mode: with no report placing the force in the country, the capital
    # stays where the report put it
    claims = _read(
        ("b", dt.date(2024, 4, 26), "Seventy US troops stationed in N'Djamena will leave.")
    )
    assert {c.place for c in claims if c.attribute == "withdrawn"} == {"N'Djamena"}


def test_a_place_named_with_its_possessive_is_the_place() -> None:
    claims = _read(
        ("a", dt.date(2024, 12, 21), "A car attack in Germany's Magdeburg killed five people."),
    )
    (event,) = {c.event for c in claims if c.attribute == "killed"}
    assert event is not None
    assert "Germany" in event
    assert "Germany's" not in event


def test_an_undated_report_reads_its_days_from_the_dated_one_of_two_events_as_often_told() -> None:
    from reconcile.extract import Article, Corpus

    dated = Document("a", outlet="a", published=dt.date(2024, 3, 25))
    undated = Document("b", outlet="b")
    corpus = Corpus(
        (
            Article(
                dated,
                "The Security Council voted on Monday to demand a ceasefire in Gaza. "
                "Fourteen members voted in favour and one abstained.",
                None,
            ),
            Article(
                undated,
                "The Security Council on Monday demanded a ceasefire in Gaza after the "
                "vote. Fourteen members voted in favour. The war began with an attack on "
                "Israel that killed 1,200 people.",
                None,
            ),
        )
    )
    days = [
        str(c.value)
        for c in extract_claims(corpus).claims
        if c.document == "b" and c.attribute == "date"
    ]
    # one claim of the vote, one of the attack the vote answers: the vote, which the
    # other report dates, gives "on Monday" its day
    assert days == ["2024-03-25"]


def test_more_floods_to_come_date_no_flood_of_the_story() -> None:
    from reconcile.extract import Article, Corpus

    corpus = Corpus(
        (
            Article(
                Document("a", outlet="a", published=dt.date(2024, 5, 2)),
                "Floods killed eight people in the southern state on Wednesday.",
                None,
            ),
            Article(
                Document("b", outlet="b", published=dt.date(2024, 5, 9)),
                "The death toll from the floods in the southern state has climbed to 100. "
                "Forecasters warned of a high risk of more floods on Wednesday.",
                None,
            ),
        )
    )
    claims = extract_claims(corpus).claims
    events = {c.event for c in claims if c.attribute == "killed"}
    # the floods to come are no day of the floods the toll is of: one event
    assert len(events) == 1, events


def test_a_body_in_capitals_is_the_body_written_in_words() -> None:
    from reconcile.extract import Article, Corpus

    text = (
        'STORY: U.N. SECURITY COUNCIL PRESIDENT FOR JUNE 2024: "The draft resolution has '
        'been adopted with 14 votes in favour."\n'
        "The United Nations Security Council adopted the resolution on Monday, with 14 "
        "members in favour and Russia abstaining."
    )
    corpus = Corpus((Article(Document("a", published=dt.date(2024, 6, 11)), text, None),))
    events = [e.name for e in extract_claims(corpus).events]
    # one vote of one body, named as the reports write it
    assert events == ["Security Council draft (2024-06-10)"]


def test_an_exit_poll_and_a_count_s_results_do_not_date_the_election() -> None:
    # written the day after a Sunday election: the poll and the first data came out on
    # Monday, the election was Sunday's
    claims = _read(
        (
            "a",
            dt.date(2023, 10, 16),
            "Pollsters released a late exit poll on Monday morning, after Sunday's "
            "election in Valdoria. The poll gave the Union 36 percent of the vote.",
        ),
        (
            "b",
            dt.date(2023, 10, 16),
            "The first official data of the election in Valdoria, with 15 percent "
            "counted, give on Monday 41 percent of the votes to the ruling Union party.",
        ),
        (
            "c",
            dt.date(2023, 10, 15),
            "Voters in Valdoria cast ballots in a parliamentary election. "
            "The Union won 35 percent of the vote, an exit poll said.",
        ),
    )
    events = {c.document: c.event for c in claims if c.attribute == "vote_share"}
    assert set(events) == {"a", "b", "c"}
    assert events["a"] == events["b"] == events["c"]
    assert events["a"] is not None
    assert "2023-10-15" in events["a"]
    # the data's day is no date of the election: an act done about it
    dates = {(c.document, c.attribute) for c in claims if isinstance(c.value, DateSpan)}
    assert ("b", "date") not in dates
    # the failure mode: the day right after the event's word still dates it
    dated = _read(
        (
            "d",
            dt.date(2023, 10, 17),
            "The results of the election on Sunday gave the Union 35 percent of the vote.",
        )
    )
    assert {(c.attribute, c.event) for c in dated if c.attribute in ("date", "vote_share")} == {
        ("date", "election (2023-10-15)"),
        ("vote_share", "election (2023-10-15)"),
    }


def test_a_party_named_with_or_without_its_country_is_one_contender() -> None:
    claims = _read(
        ("a", dt.date(2024, 7, 5), "In Thursday's election, Renewal UK won 14.3% of the vote."),
        ("b", dt.date(2024, 7, 5), "In Thursday's election, Renewal took 14.7% of the vote."),
        (
            "c",
            dt.date(2024, 7, 5),
            "In Thursday's election, the Social Democrats won 21% of the vote, and the "
            "Sweden Democrats 9%.",
        ),
        (
            "d",
            dt.date(2024, 7, 5),
            "In Thursday's election, the Social Democratic Party of Austria got 22% of the vote.",
        ),
    )
    shares = {(c.document, c.subject) for c in claims if c.attribute == "vote_share"}
    named = {document: subject for document, subject in shares if document in "abd"}
    assert named["a"] == named["b"]
    assert named["d"] == "Social Democrats"
    assert ("c", "Social Democrats") in shares
    # the failure mode: another word than a country's keeps another party apart
    assert ("c", "Sweden Democrats") in shares


def test_a_nationwide_strike_is_a_walkout_not_an_attack() -> None:
    claims = _read(
        (
            "a",
            dt.date(2023, 3, 7),
            "A nationwide strike against the pension reform brought 1.2 million people "
            "onto the streets on Tuesday, the ministry said.",
        ),
        (
            "b",
            dt.date(2023, 3, 7),
            "Demonstrations against the pension reform drew 3.5 million people across "
            "the country on Tuesday, the unions said.",
        ),
    )
    events = {c.document: c.event for c in claims if c.attribute == "attended"}
    assert set(events) == {"a", "b"}
    assert events["a"] == events["b"]
    # the failure mode: a strike of no such kind is still an attack
    struck = _read(("c", dt.date(2023, 3, 7), "A drone strike killed 12 people on Tuesday."))
    assert any("strike" in str(c.event) for c in struck if c.attribute == "killed")


def test_the_incident_stands_for_the_story_event_and_dates_it() -> None:
    claims = _read(
        (
            "a",
            dt.date(2024, 10, 16),
            "A fuel tanker explosion killed 90 people in the town of Kessa. "
            "The incident occurred near the market late on Tuesday, police said.",
        )
    )
    dates = [c for c in claims if c.attribute == "date"]
    assert [(str(c.value.start), c.subject) for c in dates if isinstance(c.value, DateSpan)] == [
        ("2024-10-15", dates[0].event)
    ]
    assert dates[0].event is not None
    assert "explosion" in dates[0].event
    # the failure mode: the noun as a modifier, or after "by", names no happening
    visit = _read(
        (
            "b",
            dt.date(2024, 10, 16),
            "A fuel tanker explosion killed 90 people in the town of Kessa. "
            "The governor will visit the accident site on Thursday.",
        )
    )
    assert not any(
        c.attribute == "date" and c.event and "explosion" in c.event and "Thursday" in str(c.value)
        for c in visit
    )


def test_a_base_handed_over_is_a_withdrawal_and_hostages_handed_over_a_release() -> None:
    claims = _read(
        (
            "a",
            dt.date(2024, 12, 28),
            "France handed over its military base in the north to the army of "
            "Valdoria on Thursday.",
        ),
        ("b", dt.date(2024, 12, 28), "The handover of the Kessa base took place on Thursday."),
    )
    events = {c.document: c.event for c in claims if c.attribute.startswith("date")}
    assert set(events) == {"a", "b"}
    assert events["a"] == events["b"]  # one withdrawal, named by the verb and by the noun
    assert events["a"] is not None
    assert "2024-12-26" in events["a"]
    # the failure mode: captives handed over are a release
    freed = _read(("c", dt.date(2023, 11, 25), "Hamas handed over 24 hostages on Friday."))
    assert any(c.event and "release" in c.event for c in freed)
    assert not any(c.event and "withdrawal" in c.event for c in freed)


def test_a_deal_struck_is_no_attack_and_a_vote_share_no_vote() -> None:
    claims = _read(
        (
            "a",
            dt.date(2017, 6, 10),
            "Theresa May strikes deal with the unionists on Saturday. Labour's 40 per cent "
            "was the biggest increase in vote share since 1945.",
        )
    )
    assert not any(c.event and ("strike" in c.event or "vote" in c.event) for c in claims)
    # the failure mode: a strike on a place is still an attack
    struck = _read(("b", dt.date(2024, 1, 6), "Strikes on the port killed 12 people on Friday."))
    assert any(c.event and "strike" in c.event.casefold() for c in struck)
