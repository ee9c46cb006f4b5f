"""Seat counts: who won how many seats, and which figures are no seat counts at all."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from reconcile.extract import articles_from_texts, extract_claims
from reconcile.model import Claim, Document
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb's own object stands between it and "with N seats"
        (
            "The Farmers Union won the runoff in the northern provinces with 74 seats.",
            [("Farmers Union", "seats_won", 74)],
        ),
        # a placing verb, and an aside set off by dashes after the party's letters
        (
            "The Civic League (CL) - which had led after the first ballot - came in "
            "second place with 61 seats.",
            [("Civic League", "seats_won", 61)],
        ),
        # a participle after its clause has the clause's subject; "out of" the whole
        (
            "In the count, in which the green alliance Forward Together (FT) fell short of "
            "a majority, winning 88 out of 240 seats.",
            [("Forward Together", "seats_won", 88)],
        ),
        # a common noun the aside names
        (
            "The rural coalition, campaigning under the banner of the Harvest Front, "
            "took 53 seats.",
            [("Harvest Front", "seats_won", 53)],
        ),
    ],
)
def test_a_party_far_from_its_seats(text: str, expected: list[tuple[str, str, float]]) -> None:
    assert _seats(text) == expected


def test_a_verb_that_seats_follow_only_after_a_clause_gives_no_seats() -> None:
    # the failure mode: "with" after a comma closes no verb's object, and an aside that
    # names a person does not rename the common noun before it
    assert _seats("The Farmers Union won, and a rival ended the night with 74 seats.") == []
    assert _seats("The rural coalition, led by Ada Moss, took 53 seats.") == [
        ("rural coalition", "seats_won", 53)
    ]


def test_the_whole_of_a_part_out_of_it_is_the_total() -> None:
    claims = extract_claims(
        articles_from_texts(
            [("doc", "The Harvest Front gained ground, winning 88 out of 240 seats.")],
            published=PUB,
        )
    ).claims
    facts = {
        (c.subject, c.attribute, c.value.point) for c in claims if isinstance(c.value, Quantity)
    }
    assert ("Harvest Front", "seats_won", 88) in facts
    assert ("seats", "total", 240) in facts


def test_seats_set_beside_names_by_dashes() -> None:
    assert _seats(
        "Of the 600 seats, the Civic Union will hold 208 seats, Homeland \u2014 151, the "
        "Left Party \u2014 64."
    ) == [
        ("Civic Union", "seats_won", 208),
        ("Homeland", "seats_won", 151),
        ("Left Party", "seats_won", 64),
    ]
    # the failure mode: a dash after a lowercase word sets no figure beside a name
    assert _seats("The count went on - 151 seats were still open.") == []


def test_seats_that_go_to_a_name_after_them_are_that_name_s() -> None:
    seats = _seats(
        "The exit poll gave the Freedom Party 35 seats. Another 26 seats had gone to the "
        "Green-Left alliance, the poll suggested, with 23 more to the Liberals. In the "
        "final count, 9 seats will belong to The Left."
    )
    assert ("Freedom Party", "seats_won", 35.0) in seats
    assert ("Green-Left", "seats_won", 26.0) in seats
    assert ("Liberals", "seats_won", 23.0) in seats
    assert ("Left", "seats_won", 9.0) in seats
    # the failure mode: seats that go to no name are no one's
    assert not _seats("Some 26 seats went to waste in the count.")


def test_a_forecast_s_words_and_a_total_stand_between_a_party_and_its_seats() -> None:
    seats = _seats(
        "The Civic Union (CU) was forecast to win 36 seats. The Labour-Green coalition is "
        "predicted to claim second place with 25 seats. The Farmers could secure a total "
        "of 7 out of the 150 seats. D66 won 9 seats."
    )
    assert ("Civic Union", "seats_won", 36.0) in seats
    assert ("Labour-Green", "seats_won", 25.0) in seats
    assert ("Farmers", "seats_won", 7.0) in seats
    # the failure mode: a name with digits in it is no figure
    assert ("D66", "seats_won", 9.0) in seats
    assert not any(value == 66.0 for _, _, value in seats)


def test_a_party_keeps_its_seats_past_its_leader_and_its_letters() -> None:
    seats = _seats(
        "The centrist party (KVP) of outgoing Prime Minister Ana Berg only had 24 seats. "
        "The Union for Reform and Progress (UHP) of Premier Jon Lund, led by Mia Sand, "
        "can count on 19 seats. It is followed by the alliance of the Greens and Labour "
        "(Green-Labour), led by former mayor Tom Vale, with 25 seats. The ruling party "
        "of Ivo Kern won 30 seats."
    )
    # the letters where the words before them name no one or cannot stand for them
    assert ("KVP", "seats_won", 24.0) in seats
    assert ("UHP", "seats_won", 19.0) in seats
    assert ("Green-Labour", "seats_won", 25.0) in seats
    # the leader's party, for the leaders a report names to give it to the party
    assert ("Ivo Kern's party", "seats_won", 30.0) in seats
    # the failure mode: the leader named after "of" or "led by" wins no seats
    assert not any(name in subject for subject, _, _ in seats for name in ("Berg", "Sand", "Vale"))
    # a party whose name has "of" in it keeps it whole
    assert _seats("The Union of Democratic Forces won 12 seats.") == [
        ("Union of Democratic Forces", "seats_won", 12.0)
    ]


def test_districts_a_party_leads_or_wins_in_are_its_seats() -> None:
    seats = _seats(
        "The Liberals were leading in 161 districts versus 150 for the Conservatives. "
        "Labour won in 412 constituencies."
    )
    assert ("Liberals", "seats_won", 161.0) in seats
    assert ("Labour", "seats_won", 412.0) in seats
    # the failure mode: districts something else happened in hold no one's seats
    assert not _seats("Police were deployed in 12 districts after the vote.")


def test_seats_told_by_a_pronoun_and_their_loss_are_the_named_party_s() -> None:
    seats = _seats(
        "The Greens had to give way, as they only had 16 seats in parliament with a loss "
        "of ten seats."
    )
    assert ("Greens", "seats_won", 16.0) in seats
    assert ("Greens", "seats_lost", 10.0) in seats
    # the failure mode: a pronoun is no party
    assert not any(subject.casefold() in ("they", "it") for subject, _, _ in seats)


def test_seats_changed_from_one_count_to_another_are_the_holder_s_then_and_now() -> None:
    claims = _all_claims(
        "The winners included the Green Party, led by Ana Berg, which jumped from 96 seats "
        "to 148 seats. The ruling party lost 68 seats in Sunday's election, dropping the "
        "Unity Party from 259 seats to 191 seats."
    )
    seats = _seats_then(claims)
    # the count after the change is the holder's now; the one before held earlier
    assert {
        ("Green Party", 148.0, False),
        ("Green Party", 96.0, True),
        ("Unity Party", 191.0, False),
        ("Unity Party", 259.0, True),
    } <= seats
    # the failure mode: a change is two figures, never one range, and never the leader's
    assert not any(c.value.hedge.value == "range" for c in claims if isinstance(c.value, Quantity))
    assert not any("Berg" in c.subject for c in claims)


def test_the_parts_of_a_count_with_no_holder_are_the_named_parts_and_held_as_it_did() -> None:
    seats = _seats_then(
        _all_claims(
            "Before the election, the coalition held 279 seats (247 for the Unity Party and "
            "32 for the Farmers), but the results yielded only 215 seats (191 for the Unity "
            "Party and 24 for the Farmers)."
        )
    )
    assert {
        ("coalition", 279.0, True),
        ("Unity Party", 247.0, True),
        ("Farmers", 32.0, True),
        ("Unity Party", 191.0, False),
        ("Farmers", 24.0, False),
    } <= seats


def test_a_partner_that_goes_with_the_subject_and_a_lone_subject_hold_their_seats() -> None:
    seats = _seats(
        "The ruling coalition with junior partner Farmers secured 215 seats. "
        "Last time the Unity Party alone got 247 seats."
    )
    assert ("ruling coalition", "seats_won", 215.0) in seats
    assert ("Unity Party", "seats_won", 247.0) in seats
    # the failure mode: the partner is no holder of the whole
    assert ("Farmers", "seats_won", 215.0) not in seats


def test_a_participle_opening_the_sentence_wins_the_main_clause_subject_its_seats() -> None:
    seats = _seats("Winning 79 seats, the centre-right Democratic Alliance claimed victory.")
    assert ("Democratic Alliance", "seats_won", 79.0) in seats
    # the failure mode: the participle is no party
    assert not any(subject == "Winning" for subject, _, _ in seats)


def test_an_assembly_a_count_is_won_in_is_no_place() -> None:
    claims = _all_claims("The coalition won 69 chairs in the Assembly of the Republic.")
    assert [(c.subject, c.place) for c in claims if c.attribute == "seats_won"] == [
        ("coalition", None)
    ]


def _all_claims(text: str) -> tuple[Claim, ...]:
    """Every claim the default extractor reads in one article."""
    return extract_claims(articles_from_texts([("doc", text)], published=PUB)).claims


def _seats_then(claims: tuple[Claim, ...]) -> set[tuple[str, float | None, bool]]:
    """(holder, seats, whether dated earlier) of each count of seats won."""
    return {
        (c.subject, c.value.point, c.as_of is not None)
        for c in claims
        if c.attribute == "seats_won" and isinstance(c.value, Quantity)
    }


def test_letters_written_without_their_accents_are_the_name_another_report_spells() -> None:
    corpus = articles_from_texts(
        [
            ("a", "In the election, the Freedom Party (FPÖ) won 57 seats."),
            ("b", "In the election, the FPO won 56 seats."),
        ],
        published=PUB,
    )
    holders = {c.subject for c in extract_claims(corpus).claims if c.attribute == "seats_won"}
    assert holders == {"Freedom Party"}, holders


def test_a_party_named_with_of_the_or_for_the_keeps_its_whole_name() -> None:
    seats = _seats(
        "The Party of the Regions won 28 seats. The Democratic Party for the People, led "
        "by Ana Berg, which gained 17 seats, came fourth."
    )
    assert ("Party of the Regions", "seats_won", 28.0) in seats
    assert ("Democratic Party for the People", "seats_gained", 17.0) in seats
    # the failure mode: a noun before "of the" that is no contender keeps out of the name
    assert ("Greens", "seats_won", 12.0) in _seats(
        "After the victory of the Greens, who won 12 seats."
    )


def _held(text: str) -> set[tuple[str, str, float | None]]:
    """(subject, attribute, figure) of every quantity the default extractor reads."""
    return {
        (c.subject, c.attribute, c.value.point)
        for c in _all_claims(text)
        if isinstance(c.value, Quantity)
    }


def test_a_kind_of_seat_is_its_own_figure_beside_the_total() -> None:
    held = _held(
        "In the election on Thursday, the Unity Front secured 141 seats and 18 national "
        "list seats, totalling 159 seats. The Farmers Party won 35 constituency seats "
        "and 10 party-list seats."
    )
    assert ("Unity Front", "list_seats_won", 18.0) in held
    assert ("Farmers Party", "constituency_seats_won", 35.0) in held
    assert ("Farmers Party", "list_seats_won", 10.0) in held
    # the failure mode: the total and an unqualified count stay the seats won, so the
    # parts never meet the total in one question
    assert ("Unity Front", "seats_won", 159.0) in held
    assert ("Unity Front", "seats_won", 18.0) not in held


def test_every_figure_of_a_results_line_is_its_labels() -> None:
    text = (
        "Final results of Thursday's election were published.\n"
        "- Unity Front: 6,863,186 votes (61.56%), 141 parliamentary seats, 18 national "
        "list seats, total 159 seats.\n"
        "Farmers Party (FP NEW): 9.49% (1,340,165 votes)\n"
    )
    held = _held(text)
    assert ("Unity Front", "votes_won", 6_863_186.0) in held
    assert ("Unity Front", "vote_share", 61.56) in held
    assert ("Unity Front", "list_seats_won", 18.0) in held
    assert ("Unity Front", "seats_won", 159.0) in held
    assert ("Farmers Party", "vote_share", 9.49) in held
    assert ("Farmers Party", "votes_won", 1_340_165.0) in held
    # the failure mode: a part the words do not name stays apart from the total
    assert ("parliamentary seats", "count", 141.0) in held


def test_a_line_of_words_after_a_colon_is_no_results_line() -> None:
    held = _held(
        "STORY: Beating all predictions, the exit poll put the Unity Front at 35 out of "
        "150 seats in the election on Wednesday."
    )
    # the failure mode of results lines: "STORY" is no contender, and the whole is no
    # one's seats
    assert ("seats", "total", 150.0) in held
    assert not any(subject == "STORY" for subject, _, _ in held)


def test_a_participle_straight_after_its_clause_wins_for_the_clauses_subject() -> None:
    held = _held(
        "In the election count on Thursday, the Farmers Party remained in fourth place "
        "overnight getting 9.62% (689,311 votes)."
    )
    assert ("Farmers Party", "vote_share", 9.62) in held
    assert ("Farmers Party", "votes_won", 689_311.0) in held


def test_a_named_coalition_taking_seats_and_the_whole_they_are_out_of() -> None:
    held = _held(
        "The election was held on Thursday, with his Unity Front (UF) coalition taking "
        "159 seats. The UF coalition claimed 159 out of the 225 seats."
    )
    assert ("Unity Front", "seats_won", 159.0) in held
    # the failure mode: the whole the part is out of is no one's seats
    assert ("seats", "total", 225.0) in held
    assert not any(attribute == "seats_won" and n == 225.0 for _, attribute, n in held)


def test_the_coalition_is_the_contender_the_article_called_a_coalition() -> None:
    held = _held(
        "In the election on Thursday, his Unity Front (UF) coalition took 159 seats. "
        "The Farmers Party won 40 seats. The coalition won 61.5 percent of the vote."
    )
    assert ("Unity Front", "vote_share", 61.5) in held
    # the failure mode: the contender named last is no coalition the article called one
    assert ("Farmers Party", "vote_share", 61.5) not in held


def test_a_share_is_the_name_it_is_put_at_the_winner_s_and_a_party_named_with_of() -> None:
    held = _held(
        "In the election on Sunday, exit polls put the Green Party at about 14% of the "
        "vote. In third place is the Democratic Union of Moravia with 17% of the votes. "
        "The UDM was the clear winner with 31.4 percent."
    )
    assert ("Green Party", "vote_share", 14.0) in held
    assert ("Democratic Union of Moravia", "vote_share", 17.0) in held
    assert ("UDM", "vote_share", 31.4) in held
    # the failure modes: the poll that puts a share is not its holder, nor is the
    # place a party's name ends with
    assert not any(s in ("Exit", "exit polls", "Moravia") for s, _, _ in held)


def test_the_race_a_share_wins_is_not_its_holder() -> None:
    held = _held("Unity Front Wins General Election With 41.3%\n\nThe vote was on Sunday.")
    assert ("Unity Front", "vote_share", 41.3) in held
    assert not any(subject == "General Election" for subject, _, _ in held)


def test_a_share_over_a_figure_holds_the_shares_just_above_it() -> None:
    shares = {
        c.subject: c.value.interval
        for c in _all_claims(
            "In the election on Sunday, the Green Party won over 29% of the vote. Over 29 "
            "people were injured in a crush at a polling station."
        )
        if isinstance(c.value, Quantity)
    }
    assert shares["Green Party"] == (29.0, math.inf)
    # the failure mode: a share is no whole count, but people are: "over 29" is 30
    assert shares["people"] == (30.0, math.inf)


def test_a_people_s_party_named_with_its_country_is_no_one_s_party() -> None:
    held = _held(
        "In the election on Sunday, the Ostland People's Party of Chancellor Jan Holm took "
        "second place with 26.5% of the votes, and Ana Ruiz's Unity Party won 30.1% of "
        "the vote."
    )
    assert ("Ostland People's Party", "vote_share", 26.5) in held
    # the failure mode: a person's possessive still owns the party it names
    assert ("Unity Party", "vote_share", 30.1) in held
    assert not any(subject == "Party" for subject, _, _ in held)


def test_a_share_only_just_won_and_a_share_of_voters_who_voted() -> None:
    held = _held(
        "In the election on Sunday, the Unity Front was well behind with only 18 per cent. "
        "Of 10.8 million voters, only 55.9% voted, while at the last election the "
        "participation rate was 51.96 percent. About 40% voted for the Farmers Party."
    )
    assert ("Unity Front", "vote_share", 18.0) in held
    assert ("turnout", "share", 55.9) in held
    assert ("turnout", "share", 51.96) in held
    # the failure mode: voters who voted for a name give the name its share, no turnout
    assert ("Farmers Party", "vote_share", 40.0) in held
    assert not any(subject == "share" for subject, _, _ in held)


def test_a_name_with_a_plural_s_apostrophe_spells_out_its_letters() -> None:
    held = _held(
        "In the election on Sunday, the Farmers' League (FL) came third. The FL won 12 "
        "seats, and Ana Ruiz's party took 40 seats."
    )
    assert ("Farmers' League", "seats_won", 12.0) in held
    # the failure mode: a person's possessive still says whose party it is
    assert ("Ana Ruiz's party", "seats_won", 40.0) in held


def test_a_share_of_the_counting_is_how_far_the_count_has_gone() -> None:
    held = _held(
        "In the election on Friday, counting stood at 47.6% completed by 6am, with the "
        "Unity Front at 33.2%. Later the count was 52% complete. The count gave Ana Ruiz "
        "58.9%."
    )
    assert ("votes", "counted", 47.6) in held
    assert ("votes", "counted", 52.0) in held
    # the failure mode: a count that gives a name a share is that name's share
    assert ("Ana Ruiz", "vote_share", 58.9) in held
    places = _held(
        "In the election on Friday, with 5.5% of the 23,000 polling stations processed, "
        "the Unity Front had 41%. By then results from 60% of voting districts had been "
        "declared. The Unity Front won 60% of the seats."
    )
    assert ("votes", "counted", 5.5) in places
    assert ("votes", "counted", 60.0) in places
    assert ("votes", "counted", 41.0) not in places
    assert not any(subject in ("counting", "count") for subject, _, _ in held)


def test_ballots_a_party_won_are_its_votes() -> None:
    held = _held(
        "In the election on Thursday, the Unity Party won 61.8% of the vote with a total "
        "of 6.6 million ballots. Officials said 12,000 ballots were spoiled."
    )
    assert ("Unity Party", "votes_won", 6_600_000.0) in held
    # the failure mode: ballots no one won keep what was done with them
    assert ("ballots", "spoiled", 12_000.0) in held


def test_they_that_won_shares_respectively_are_the_names_listed_before() -> None:
    held = _held(
        "In the election on Sunday, the Union for Reason (UR) and the Free Democratic "
        "Party are teetering on the brink. They received around 4.7% and 4.9% of the "
        "votes, respectively."
    )
    assert ("UR", "vote_share", 4.7) in held
    assert ("Free Democratic Party", "vote_share", 4.9) in held
    # the failure mode: a named subject keeps its figures, whatever was listed before
    named = _held(
        "In the election on Sunday, the Greens and the Left are on the brink. The Unity "
        "Party received 40.7% and 41.9% in two rounds, respectively."
    )
    assert not any(subject in ("Greens", "Left") for subject, _, _ in named)


def test_a_fronted_with_phrase_gives_its_figure_to_the_name_after_it() -> None:
    held = _held(
        "In the election on Sunday, with 33m votes, Ana Ruiz received the most votes in "
        "history. With 412 seats, the Unity Party has a majority of 174."
    )
    assert ("Ana Ruiz", "votes_won", 33_000_000.0) in held
    assert ("Unity Party", "seats_won", 412.0) in held
    # the failure mode: a "with" aside after its name is the name's before it
    aside = _held("In the election on Sunday, the Free Democrats, with 11.8%, won 54 seats.")
    assert ("Free Democrats", "vote_share", 11.8) in aside


def _holders(text: str) -> list[tuple[str, float | None]]:
    claims = extract_claims(articles_from_texts([("doc", text)], published=PUB)).claims
    return [
        (c.subject, c.value.point)
        for c in claims
        if isinstance(c.value, Quantity) and c.attribute == "seats_won"
    ]


def test_a_party_before_led_leads_the_alliance_that_holds_the_seats() -> None:
    # "Modi's BJP-led alliance 'NDA' won 293 seats": the alliance's, by its own name, or
    # as written when it has none
    assert _holders("However, Modi\u2019s BJP-led alliance \u2018NDA\u2019 won 293 seats.") == [
        ("NDA", 293.0)
    ]
    assert _holders("The Congress-led alliance got 233 seats.") == [
        ("Congress-led alliance", 233.0)
    ]
    # the failure mode: a party's own seats, and a party-led government, stay the party's
    assert _holders("The BJP won 240 seats.") == [("BJP", 240.0)]
