"""Count claims about casualties: which verb a figure takes, who is counted, and totals."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from reconcile.extract import articles_from_texts, extract_claims
from reconcile.values import Quantity
from tests.helpers import CLOSED

PUB = dt.date(2016, 5, 2)

Count = tuple[str, str, str | None, tuple[float, float]]


def _counts(text: str) -> list[Count]:
    claims = extract_claims(
        articles_from_texts([("doc", text)], published=PUB), extractor=CLOSED
    ).claims
    ordered = sorted(claims, key=lambda c: int(c.id.split("#")[1].split("-")[0]))
    return [
        (c.subject, c.attribute, c.place, c.value.interval)
        for c in ordered
        if isinstance(c.value, Quantity)
    ]


def _pairs(text: str) -> list[tuple[str, float]]:
    return [(attribute, interval[0]) for _, attribute, _, interval in _counts(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The gunfire killed two people and wounded six others near the bar.",
            [("killed", 2.0), ("injured", 6.0)],
        ),
        ("A gunman killed one and hurt five at the fair.", [("killed", 1.0), ("injured", 5.0)]),
        ("The attack left three dead, injuring seven more.", [("killed", 3.0), ("injured", 7.0)]),
    ],
)
def test_a_verb_before_the_figure_beats_the_verb_of_the_next_conjunct(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert expected == _pairs(text)


def test_a_look_back_stops_at_and_so_the_next_subject_keeps_its_own_verb() -> None:
    text = "Jo Smith was killed and three others were wounded in the crossfire."
    assert [("injured", 3.0)] == _pairs(text)


def test_an_aside_between_commas_does_not_hide_the_verb() -> None:
    text = "Six others, including a nine-year-old girl, were hurt on Friday."
    assert [("injured", 6.0)] == _pairs(text)


def test_an_aside_without_a_closing_comma_is_read_through() -> None:
    assert [("injured", 6.0)] == _pairs("Six others, including a teacher were hurt.")


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Three men were wounded outside the store.", "people"),
        ("Two teens were hurt at the park.", "people"),
        ("Four victims died at the scene.", "people"),
        ("Five children were shot at the pool.", "people"),
        ("Two Iraqi men were killed.", "Iraqi people"),
        ("Two police officers were wounded.", "police officers"),
        ("Three US soldiers were killed.", "US troops"),
        ("Two civilians were injured.", "civilians"),
    ],
)
def test_victims_described_by_sex_or_age_share_one_head(text: str, subject: str) -> None:
    assert [subject] == sorted({c[0] for c in _counts(text)})


def test_the_shared_head_is_only_for_what_was_done_to_victims() -> None:
    assert [("men", "arrested")] == [c[:2] for c in _counts("Police arrested three men.")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two of the victims died overnight.", [("killed", 2.0)]),
        (
            "Nine were shot; two of them were killed.",
            [("injured", 7.0), ("shot", 9.0), ("killed", 2.0)],
        ),
        ("Police named one of the three people who died.", [("killed", 3.0)]),
        ("One of the two men killed was a student.", [("killed", 2.0)]),
        ("Four of the officers killed were from the city.", []),
        ("One of the slain guards was named on Monday.", []),
        ("She was one of four children hurt in the crash at the school.", [("injured", 4.0)]),
        ("Some of the wounded drove themselves to hospitals.", []),
        ("Over 60 of the 200 deputies signed it.", [("signed", 61.0), ("total_seats", 200.0)]),
        ("Her aunt said one of the others injured at the party was a cousin.", []),
        ("Gunmen killed three of the seven hostages.", [("killed", 3.0), ("count", 7.0)]),
        (
            # the whole is the force the army has: the troops it has deployed
            "The army will withdraw 400 of its 1,800 troops.",
            [("withdrawn", 400.0), ("deployed", 1800.0)],
        ),
        ("Two of the others were wounded by flying glass.", [("injured", 2.0)]),
        ("One of the rest died in hospital on Friday.", [("killed", 1.0)]),
    ],
)
def test_a_partitive_gives_the_verb_to_the_part_or_to_the_group(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert expected == _pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "A Tulsa man was killed on Sunday.",
        "An unidentified woman died at the hospital.",
        "Police said the gunman shot and killed a 20-year-old man.",
        "Officers found a teenager shot dead in the alley.",
    ],
)
def test_one_person_without_a_figure_counts_as_one_killed(text: str) -> None:
    assert [("people", "killed")] == [c[:2] for c in _counts(text)][:1]
    assert [(1.0, 1.0)] == [c[3] for c in _counts(text)][:1]


def test_a_partitive_group_after_a_possessive_gives_the_counted_noun() -> None:
    assert [("troops", "injured")] == [c[:2] for c in _counts("Three of our soldiers were hurt.")]


def test_a_named_person_without_an_article_makes_no_count() -> None:
    assert [] == _counts("Tom Jones was shot in the leg.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man and a woman were killed.", ("killed", (2.0, 2.0), "A man and a woman")),
        (
            "Two boys, a girl and a man were shot.",
            ("shot", (4.0, 4.0), "Two boys, a girl and a man"),
        ),
        ("Three adults and two children were found dead.", ("killed", (5.0, 5.0), None)),
        ("At least two men and a woman were wounded.", ("injured", (3.0, float("inf")), None)),
        ("The gunman shot a woman and two children.", ("shot", (3.0, 3.0), None)),
    ],
)
def test_people_joined_under_one_verb_are_summed(
    text: str, expected: tuple[str, tuple[float, float], str | None]
) -> None:
    claims = extract_claims(
        articles_from_texts([("doc", text)], published=PUB), extractor=CLOSED
    ).claims
    [claim] = [c for c in claims if c.attribute == expected[0]]
    assert isinstance(claim.value, Quantity)
    assert expected[:2] == (claim.attribute, claim.value.interval)
    if expected[2] is not None:
        assert expected[2] == claim.value.text


def test_people_with_their_own_verbs_are_not_summed() -> None:
    text = "Two men were killed and three women were wounded."
    assert [("killed", 2.0), ("injured", 3.0)] == _pairs(text)


def test_groups_with_different_heads_are_not_summed() -> None:
    text = "Two US soldiers and three Iraqi soldiers were killed."
    assert [("US troops", 2.0), ("Iraqi troops", 3.0)] == [(c[0], c[3][0]) for c in _counts(text)]


def test_a_vague_part_keeps_the_parts_apart() -> None:
    assert [("injured", 2.0), ("injured", 3.0)] == _pairs("Two men and several women were hurt.")


@pytest.mark.parametrize(
    "text",
    [
        "Five people were wounded, including two teens.",
        "Six people, including four children and two adults, were hurt.",
        "Police found four people - three adults and a child - wounded.",
        "Four people (two men and two women) were wounded.",
    ],
)
def test_a_breakdown_of_the_victims_is_not_a_second_count(text: str) -> None:
    assert [("people", "injured")] == [c[:2] for c in _counts(text) if c[1] != "count"]
    assert 1 == len([c for c in _counts(text) if c[1] == "injured"])


def test_a_breakdown_with_its_own_affiliation_stays() -> None:
    counts = _counts("Nine people were killed, including three US soldiers killed at the gate.")
    assert [("people", 9.0), ("US troops", 3.0)] == [(c[0], c[3][0]) for c in counts]


@pytest.mark.parametrize(
    "text",
    [
        "Two brothers were charged with murder in the death of a toddler.",
        "Three men face charges over the killing.",
        "Four teens are wanted for questioning in the shooting.",
    ],
)
def test_people_charged_or_sought_are_not_the_victims(text: str) -> None:
    assert [] == [c for c in _counts(text) if c[1] in ("killed", "injured", "shot")]


def test_a_casualty_noun_after_a_determiner_names_another_event() -> None:
    assert [("men", "count")] == [c[:2] for c in _counts("Three men spoke about the deaths.")]


def test_a_plural_noun_after_an_article_is_no_single_person() -> None:
    text = "Detectives were called to a house where three people lay dead."
    assert [("killed", 3.0)] == _pairs(text)


@pytest.mark.parametrize(
    ("text", "wording"),
    [
        ("A second man was hurt in the exchange.", "A second man"),
        ("A nine year old girl was wounded.", "A nine year old girl"),
        ("A Chicago police officer was wounded.", "A Chicago police officer"),
    ],
)
def test_a_single_person_is_one_whatever_the_modifiers(text: str, wording: str) -> None:
    [claim] = extract_claims(
        articles_from_texts([("doc", text)], published=PUB), extractor=CLOSED
    ).claims
    assert isinstance(claim.value, Quantity)
    assert ((1.0, 1.0), wording) == (claim.value.interval, claim.value.text)


def test_an_ordinal_counts_victims_of_any_kind() -> None:
    text = "Two women were killed and a third woman was hurt."
    assert [("killed", 2.0), ("injured", 1.0)] == _pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "The father of three was shot dead.",
        "Half of the guests were hurt.",
        "A boy, 12, was wounded.",
        "Teens between the ages of 14 and 16 were hurt.",
    ],
)
def test_family_sizes_shares_and_ages_are_no_victim_counts(text: str) -> None:
    assert [] == [c for c in _counts(text) if c[3] != (1.0, 1.0)]


def test_a_place_loses_words_the_article_writes_in_lower_case() -> None:
    text = "Three Hurt In Fresno Shooting\n\nThe shooting started at noon."
    assert [("people", "injured", "Fresno")] == [c[:3] for c in _counts(text)]


def test_place_nouns_and_gazetteer_names_stay_in_the_place() -> None:
    text = "Two Hurt In Lake City.\n\nThe city lies by a lake."
    assert [("people", "injured", "Lake City")] == [c[:3] for c in _counts(text)]


@pytest.mark.parametrize(
    "text", ["She had three stab wounds to the arm.", "He suffered two gunshot injuries."]
)
def test_a_count_of_wounds_is_no_count_of_people(text: str) -> None:
    assert [] == _counts(text)


def test_people_with_wounds_are_still_counted() -> None:
    assert [("injured", 3.0)] == _pairs("Three men with gunshot wounds were found.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A local man killed a neighbour on Friday.", []),
        ("A man shot and killed his wife.", []),
        ("Two teens shot a clerk during the robbery.", [("count", 2.0)]),
        ("Three men wounded two guards.", [("count", 3.0), ("injured", 2.0)]),
    ],
)
def test_a_subject_whose_verb_has_an_object_did_it(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert expected == _pairs(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man shot and killed Sunday night was named.", [("killed", 1.0)]),
        ("The blast left one dead and injured four others.", [("killed", 1.0), ("injured", 4.0)]),
        ("Five People Killed In Crash", [("killed", 5.0)]),
    ],
)
def test_times_title_case_and_dead_are_no_objects(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert expected == _pairs(text)


@pytest.mark.parametrize(
    ("text", "wording"),
    [
        ("Toddler shot dead in Elm Park", "Toddler"),
        ("Local Woman Killed In Crash", "Local Woman"),
        ("Police said a 19-year-old was killed.", "a 19-year-old"),
        ("A teen was accidentally shot and killed.", "A teen"),
    ],
)
def test_a_headline_without_article_or_an_age_without_noun_is_one_person(
    text: str, wording: str
) -> None:
    [claim] = extract_claims(
        articles_from_texts([("doc", text)], published=PUB), extractor=CLOSED
    ).claims
    assert isinstance(claim.value, Quantity)
    assert ("killed", (1.0, 1.0), wording) == (
        claim.attribute,
        claim.value.interval,
        claim.value.text,
    )


@pytest.mark.parametrize(
    "text", ["The man was killed.", "Man charged in killing", "He said a man was nearly killed."]
)
def test_a_definite_person_a_suspect_or_a_near_miss_is_no_count(text: str) -> None:
    assert [] == [c for c in _counts(text) if c[1] == "killed"]


def test_a_figure_opening_a_sentence_is_no_headline_person() -> None:
    assert [("US troops", 12.0)] == [
        (c[0], c[3][0]) for c in _counts("Twelve American personnel were hurt.")
    ]


@pytest.mark.parametrize(
    "chunk",
    [
        "a man, ",
        "two of the ",
        "1 and ",
        "including 3 people, ",
        "killed 4 - ",
        "6 shot, 1 killed, ",
    ],
)
def test_long_runs_of_casualty_patterns_stay_fast(chunk: str) -> None:
    text = "Officers said " + chunk * 20_000 + "were killed."
    started = time.perf_counter()
    extract_claims(articles_from_texts([("doc", text)], published=PUB), extractor=CLOSED)
    assert time.perf_counter() - started < 20


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four Tulsa police officers were hurt.", ("police officers", "injured")),
        ("It was the third of two North Side shootings.", ("shootings", "shootings")),
        ("Two Killed In Crash", ("people", "killed")),
    ],
)
def test_a_capitalized_name_before_the_head_is_skipped_but_not_a_verb(
    text: str, expected: tuple[str, str]
) -> None:
    assert [expected] == [c[:2] for c in _counts(text)]


def test_the_emergency_number_is_no_count() -> None:
    assert [("injured", 2.0)] == _pairs("A neighbour called 911 after two people were hurt.")


def test_people_shot_in_a_report_of_no_death_are_wounded() -> None:
    text = "Three men were shot outside a diner on Friday night."
    assert [("injured", 3.0), ("shot", 3.0)] == sorted(_pairs(text))


@pytest.mark.parametrize(
    "text",
    [
        "Three men were shot outside a diner. One of them died at the hospital.",
        "Three men were shot outside a diner. The shooting was fatal.",
    ],
)
def test_people_shot_in_a_report_of_a_death_are_not_called_wounded(text: str) -> None:
    assert [] == [p for p in _pairs(text) if p[0] == "injured"]


def test_shot_and_wounded_is_injured() -> None:
    text = "Two women were shot and seriously wounded; a man died."
    assert [("injured", 2.0), ("killed", 1.0)] == _pairs(text)


def test_shot_and_killed_is_not_injured() -> None:
    assert [("killed", 2.0)] == _pairs("Two women were shot and killed near the mall.")


@pytest.mark.parametrize(
    "text",
    [
        "The robber fired four shots, hurting a cashier.",
        "She was shot five times and died later.",
        "He faces three counts of assault after two men were hurt.",
    ],
)
def test_shots_times_and_charges_are_not_people(text: str) -> None:
    assert [] == [p for p in _pairs(text) if p[1] in (3.0, 4.0, 5.0)]


def test_an_age_shared_with_both_is_no_count() -> None:
    text = "The two victims, both 23, were hurt and a man was killed."
    assert [] == [p for p in _pairs(text) if p[1] == 23.0]


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        ("Police said six people were shot at the party and one of them died.", 5.0),
        ("Five men were shot near the depot, two fatally.", 3.0),
        ("A man was killed and three others were shot in the raid.", 3.0),
    ],
)
def test_the_shot_who_did_not_die_are_wounded(text: str, wounded: float) -> None:
    assert [wounded] == [v for a, v in _pairs(text) if a == "injured"]


@pytest.mark.parametrize(
    "text",
    [
        "Two guards were killed and three were shot in the raid.",
        "Four people were shot and four died.",
        "At least six people were shot and one died.",
    ],
)
def test_no_wounded_are_implied_when_the_dead_may_not_be_among_the_shot(text: str) -> None:
    assert [] == [p for p in _pairs(text) if p[0] == "injured"]


def test_a_whole_whose_of_stands_three_words_before_it_is_read() -> None:
    # "of the country's 2,500": the owner between "of" and the whole once raised
    corpus = articles_from_texts(
        [("a", "They withdrew 500 of the country's 2,500 troops.")], published=dt.date(2024, 7, 8)
    )
    claims = extract_claims(corpus).claims
    assert ("troops", 2500.0) in {
        (c.subject, c.value.low) for c in claims if isinstance(c.value, Quantity)
    }


def test_a_force_the_subject_of_a_verb_of_leaving_is_what_left() -> None:
    # "stationed" says where the force was; "will leave" what it does
    assert ("withdrawn", 70.0) in _pairs("Seventy troops stationed in the capital will leave.")
    assert ("withdrawn", 60.0) in _pairs("Sixty US troops have left the country, officials said.")
    # the failure modes: a force that stays, and a force whose leaving verb is another
    # clause's
    assert _pairs("Fifteen hundred troops are stationed in the capital.") == [("deployed", 1500.0)]
    stays = _pairs("About 400 troops stationed near the border, who arrived in May, remain.")
    assert ("withdrawn", 400.0) not in stays


def test_a_decimal_figure_of_millions_is_any_count_that_rounds_to_it() -> None:
    claims = extract_claims(
        articles_from_texts([("doc", "The alliance won 6.8 million votes.")], published=PUB)
    ).claims
    (votes,) = [c.value for c in claims if isinstance(c.value, Quantity)]
    assert votes.low is not None
    assert votes.high is not None
    assert votes.low < 6_800_000 < votes.high
    assert votes.low <= 6_830_000 <= votes.high
    assert not votes.low <= 6_900_000 <= votes.high
    # the failure modes: a whole figure of millions and a plain decimal stay as written
    (whole,) = [
        c.value
        for c in extract_claims(
            articles_from_texts([("doc", "The alliance won 2 million votes.")], published=PUB)
        ).claims
        if isinstance(c.value, Quantity)
    ]
    assert (whole.low, whole.high) == (2_000_000, 2_000_000)


def test_a_force_relocated_is_withdrawn_and_residents_relocated_are_displaced() -> None:
    assert ("withdrawn", 60.0) in _pairs("The army relocated 60 of its soldiers to the coast.")
    # the failure mode: people moved from their homes are no force withdrawn
    assert _pairs("The army relocated 2,000 residents from the valley.") == [("displaced", 2000.0)]


def _facts_open(text: str) -> list[tuple[str, float]]:
    """(attribute, low) of each count the default extractor reads, in text order."""
    claims = extract_claims(articles_from_texts([("doc", text)], published=PUB)).claims
    ordered = sorted(claims, key=lambda c: int(c.id.split("#")[1].split("-")[0]))
    return [(c.attribute, c.value.low) for c in ordered if isinstance(c.value, Quantity)]


def test_n_more_after_another_predicate_s_figure_counts_others() -> None:
    # "two died and 68 more have been injured": 68 injured, no increment of the injured
    assert _facts_open("Two people died and 68 more have been injured.") == [
        ("killed", 2.0),
        ("injured", 68.0),
    ]
    # the failure mode: more of the same predicate is an increment
    facts = _facts_open("Two people died on Friday and 3 more have died since.")
    assert ("more_killed", 3.0) in facts


def test_a_death_toll_with_a_long_phrase_of_its_own_counts_the_dead() -> None:
    text = (
        "The death toll in a car attack by a local doctor at a Christmas market in the "
        "eastern city of Varn has risen to five people, officials said."
    )
    assert ("killed", 5.0) in _facts_open(text)
    # the failure mode: a clause between the toll and the figure ends the reach
    other = _facts_open("The death toll is unclear, and five people were arrested on Sunday.")
    assert ("killed", 5.0) not in other


def test_a_force_evacuated_is_a_force_withdrawn() -> None:
    counts = _counts("The army said 1,500 troops had been evacuated from the base.")
    assert [("troops", "withdrawn")] == [(s, a) for s, a, _, _ in counts]
    # the failure mode: residents evacuated are people who fled their homes
    residents = _counts("Officials said 3,000 residents had been evacuated.")
    assert [("people", "displaced")] == [(s, a) for s, a, _, _ in residents]


def test_the_withdrawal_of_a_force_counts_the_force_that_leaves() -> None:
    counts = _counts(
        "The withdrawal of 1,500 German troops from Mali began on Tuesday. The Pentagon "
        "confirmed the relocation of about 60 US forces from Chad."
    )
    assert [("German troops", "withdrawn"), ("US troops", "withdrawn")] == [
        (s, a) for s, a, _, _ in counts
    ]
    # the failure mode: a force's arrival is no withdrawal
    arrival = _counts("The arrival of 1,500 German troops in Mali began on Tuesday.")
    assert [("German troops", "deployed")] == [(s, a) for s, a, _, _ in arrival]


def test_a_figure_opening_a_clause_after_with_completes_no_number_of_before_it() -> None:
    # "the number of deaths remains elusive with over 1,000 still missing": the missing
    claims = extract_claims(
        articles_from_texts(
            [("a", "The number of deaths remains unclear with over 1,000 still missing.")],
            published=PUB,
        )
    ).claims
    assert [(c.subject, c.attribute) for c in claims] == [("people", "missing")]
    # the failure mode: a figure the "number of" phrase leads to is still its count
    claims = extract_claims(
        articles_from_texts(
            [("a", "The number of troops in the country has fallen to 2,500.")], published=PUB
        )
    ).claims
    assert [c.subject for c in claims] == ["troops"]
