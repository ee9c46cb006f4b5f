"""Time expressions resolved against the publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from reconcile.extract import find_time_expressions
from reconcile.values import DateSpan

PUB = dt.date(2022, 11, 16)  # a Wednesday


def _values(text: str, anchor: dt.date | None = PUB) -> list[tuple[str, str]]:
    return [(e.text, e.value) for e in find_time_expressions(text, anchor=anchor)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ceasefire began on March 3, 2021.", [("March 3, 2021", "2021-03-03")]),
        ("The raid took place on 9 Apr 2020.", [("9 Apr 2020", "2020-04-09")]),
        ("Elections were held in October 2019.", [("October 2019", "2019-10")]),
        ("Rebels seized the town on Monday.", [("Monday", "2022-11-14")]),
        ("The summit opened Wednesday.", [("Wednesday", "2022-11-16")]),
        ("Talks will resume on Friday.", [("Friday", "2022-11-18")]),
        ("Clashes erupted on Saturday night.", [("Saturday night", "2022-11-12TNI")]),
        ("The panel was set up last summer.", [("last summer", "2022-SU")]),
        ("The base was built late last year.", [("late last year", "2021")]),
        ("The memo arrived earlier this month.", [("earlier this month", "2022-11")]),
        ("Fighting resumed last week.", [("last week", "2022-W45")]),
        ("They met three days ago.", [("three days ago", "2022-11-13")]),
        ("The deal was signed in May.", [("May", "2022-05")]),
        ("Negotiators hope to meet in February.", [("February", "2023-02")]),
        ("It was founded in 1998.", [("1998", "1998")]),
        ("The siege lasted 18 months.", [("18 months", "P18M")]),
    ],
)
def test_expressions_resolve_against_the_publication_date(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert expected == _values(text)


def test_a_month_without_a_year_follows_the_tense() -> None:
    text = "Two rounds were held in June and August, and a third is planned for April."
    anchor = dt.date(2021, 3, 23)
    assert [("June", "2020-06"), ("August", "2020-08"), ("April", "2021-04")] == _values(
        text, anchor
    )


def test_late_last_year_and_last_summer_are_spans() -> None:
    found = find_time_expressions("formed last summer, set up late last year", anchor=PUB)
    expected = [DateSpan.season(2022, "summer"), DateSpan.part_of_year(2021, "late")]
    assert [(s.start, s.end, s.granularity) for s in expected] == [
        (e.span.start, e.span.end, e.span.granularity) for e in found if e.span
    ]


def test_last_summer_before_the_summer_is_the_previous_year() -> None:
    [e] = find_time_expressions("a panel formed last summer", anchor=dt.date(2024, 1, 24))
    assert "2023-SU" == e.value


def test_relative_expressions_without_an_anchor_get_no_span() -> None:
    found = find_time_expressions("They met on Sunday and again on January 5, 2020.")
    assert [None, "2020-01-05"] == [None if e.span is None else e.span.value for e in found]
    assert [True, False] == [e.relative for e in found]


def test_two_days_later_counts_from_the_last_date_named() -> None:
    found = find_time_expressions("The raid was on 4 May 2019. Two days later, talks began.")
    assert ["2019-05-04", "2019-05-06"] == [e.value for e in found]


def test_may_the_verb_is_not_a_month() -> None:
    assert [] == _values("Officials may announce more.")


def test_spans_read_back_the_expression() -> None:
    text = "On\u00a0Sunday, 23\u00a0Mar\u00a02021 \u2013 last week"
    for e in find_time_expressions(text, anchor=PUB):
        assert e.text == text[e.start : e.end]


def test_adversarial_megabyte_input_finishes() -> None:
    text = "last the in 12 May " * 52_000
    found = find_time_expressions(text, anchor=PUB)
    assert found
    assert all(e.text == text[e.start : e.end] for e in found[:100])


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("The deal must be signed by Jan. 14.", dt.date(2013, 1, 6), "2013-01-14"),
        ("They will meet as early as Tuesday.", dt.date(2013, 1, 6), "2013-01-08"),
        ("Talks stalled until Thursday, aides said.", dt.date(2013, 1, 6), "2013-01-10"),
        ("Prices have climbed since March.", dt.date(2013, 1, 6), "2012-03"),
    ],
)
def test_a_word_before_a_date_points_it_ahead_or_back(
    text: str, anchor: dt.date, expected: str
) -> None:
    assert [expected] == [t.value for t in find_time_expressions(text, anchor=anchor)]


def test_a_short_month_word_before_a_name_is_a_first_name() -> None:
    assert [] == find_time_expressions("Jan Kavan said the talks would go on.", anchor=PUB13)


def test_an_ordinal_quarter_takes_the_year_its_tense_gives() -> None:
    found = find_time_expressions("Profits fell in the third quarter.", anchor=dt.date(2013, 2, 6))
    assert ["2012-Q3"] == [t.value for t in found]
    found = find_time_expressions(
        "Sales will rise in the third quarter.", anchor=dt.date(2013, 2, 6)
    )
    assert ["2013-Q3"] == [t.value for t in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Families gathered on Thanksgiving Day.", "2013-11-28"),
        ("He will be home on Christmas Eve.", "2013-12-24"),
        ("The march was held on Good Friday 2012.", "2012-04-06"),
    ],
)
def test_a_named_day_resolves_to_its_date(text: str, expected: str) -> None:
    found = find_time_expressions(text, anchor=dt.date(2013, 12, 2))
    assert [expected] == [t.value for t in found]


def test_a_clock_time_before_a_weekday_gives_the_hour_of_that_day() -> None:
    found = find_time_expressions("The shops stay shut until 9 a.m. Tuesday.", anchor=PUB13)
    assert [("9 a.m. Tuesday", "TIME", "2013-03-26T09:00")] == [
        (t.text, t.type, t.value) for t in found
    ]


def test_a_possessive_of_a_relative_unit_is_a_date() -> None:
    found = find_time_expressions("They recalled last year's summit.", anchor=PUB13)
    assert ["2012"] == [t.value for t in found]


PUB13 = dt.date(2013, 3, 22)


def test_minutes_later_names_no_other_day() -> None:
    text = "The second blast came 20 minutes later, and two days later the toll rose."
    found = find_time_expressions(text, anchor=dt.date(2024, 1, 3))
    assert ["two days later"] == [t.text for t in found]


def test_over_the_weekend_is_the_saturday_and_sunday_just_past() -> None:
    (expr,) = find_time_expressions(
        "Floods swept the coast over the weekend.", anchor=dt.date(2023, 9, 12)
    )
    assert expr.span is not None
    assert (dt.date(2023, 9, 9), dt.date(2023, 9, 10)) == (expr.span.start, expr.span.end)


def test_a_night_runs_into_the_next_day() -> None:
    (expr,) = find_time_expressions("The storm hit on Sunday night.", anchor=dt.date(2023, 9, 12))
    assert expr.span is not None
    assert (dt.date(2023, 9, 10), dt.date(2023, 9, 11)) == (expr.span.start, expr.span.end)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Elections will be held in May.", "2024-05"),
        ("The vote is to be held in May.", "2024-05"),
        ("The vote was held in May.", "2023-05"),
    ],
)
def test_a_passive_after_a_modal_points_ahead(text: str, value: str) -> None:
    (expr,) = find_time_expressions(text, anchor=dt.date(2024, 3, 10))
    assert value == expr.value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Talks are held daily.", "XXXX-XX-XX"),
        ("They meet every week.", "XXXX-WXX"),
        ("Officials meet twice a year.", "XXXX"),
        ("Patrols go out every morning.", "XXXX-XX-XXTMO"),
        ("Convoys leave every two weeks.", "P2W"),
    ],
)
def test_a_recurrence_is_a_set(text: str, value: str) -> None:
    (expr,) = find_time_expressions(text, anchor=dt.date(2024, 5, 8))
    assert ("SET", value) == (expr.type, expr.value)


def test_each_of_them_is_no_set() -> None:
    assert [] == find_time_expressions("Each of the five was hurt.", anchor=dt.date(2024, 5, 8))


def test_a_bare_plural_unit_after_for_is_a_stretch_of_unsaid_length() -> None:
    (expr,) = find_time_expressions("Rescuers dug for days.", anchor=dt.date(2024, 5, 8))
    assert ("DURATION", "PXD", "days") == (expr.type, expr.value, expr.text)


def test_the_end_of_the_year_is_the_late_part_of_the_current_year() -> None:
    anchor = dt.date(2023, 9, 25)
    (found,) = find_time_expressions("All will leave by the end of the year.", anchor=anchor)
    assert (found.text, found.value) == ("the end of the year", "2023")
    assert found.span is not None
    assert found.span.end == dt.date(2023, 12, 31)
    (month,) = find_time_expressions("It ends at the beginning of the month.", anchor=anchor)
    assert month.value == "2023-09"


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # a happening no one schedules is past, however near the coming one is
        ("after the Oct. 23 killing", dt.date(2026, 5, 2), "2025-10-23"),
        ("the October 23rd attack", dt.date(2026, 5, 2), "2025-10-23"),
        # the failure mode: a scheduled one may be ahead
        ("before the Nov. 5 election", dt.date(2026, 10, 2), "2026-11-05"),
        # after "Oct. 23," four digits are the year, even before a noun
        ("the Oct. 23, 2024 attack", dt.date(2026, 5, 2), "2024-10-23"),
    ],
)
def test_the_year_of_a_day_that_names_a_happening(
    text: str, published: dt.date, value: str
) -> None:
    (found,) = find_time_expressions(text, anchor=published)
    assert found.value == value


def test_a_deadline_is_due_whether_quoted_or_the_verb_names_the_event() -> None:
    from reconcile.extract import articles_from_texts, extract_claims

    corpus = articles_from_texts(
        [
            (
                "a.txt",
                'The withdrawal will be completed "by the end of December", the ministry '
                "said. The pullout of the troops will be over by Dec. 22.",
            )
        ],
        published=dt.date(2026, 9, 26),
    )
    attributes = sorted(c.attribute for c in extract_claims(corpus).claims)
    assert attributes == ["date_due", "date_due"]


def test_an_act_noun_s_actor_after_by_owns_its_date() -> None:
    from reconcile.extract import articles_from_texts, extract_claims

    corpus = articles_from_texts(
        [
            (
                "a.txt",
                "The announcement by Marc Aubel on Sunday evening ends a decade of "
                "cooperation. The announcement was welcomed by all on Monday.",
            )
        ],
        published=dt.date(2026, 9, 26),
    )
    dated = [(c.subject, c.attribute) for c in extract_claims(corpus).claims]
    # the second has no named actor: no act of anyone, only its happening as written
    assert sorted(dated) == [("Marc Aubel", "date_announced"), ("welcomed", "date_happened")]


def test_a_shift_of_years_counts_from_the_year_the_sentence_named() -> None:
    anchor = dt.date(2024, 11, 20)
    found = find_time_expressions(
        "He was elected in 2019 and re-elected four years later.", anchor=anchor
    )
    assert [e.value for e in found] == ["2019", "2023"]
    found = find_time_expressions("In May 2020 it opened; 3 months later it shut.", anchor=anchor)
    assert [e.value for e in found] == ["2020-05", "2020-08"]
    # with no year named, from the publication day; a day named counts days
    assert [e.value for e in find_time_expressions("It shut two years later.", anchor=anchor)] == [
        "2026"
    ]
    found = find_time_expressions("Elected on May 3, 2019, he quit two days later.", anchor=anchor)
    assert [e.value for e in found] == ["2019-05-03", "2019-05-05"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # past perfect: the day has gone, whatever "due" or "by" say
        ("The offer had been due to expire Friday.", [("Friday", "2022-11-11")]),
        ("Most members had filed their reports by Monday.", [("Monday", "2022-11-14")]),
        # a decision in the past about days a few weeks ahead
        (
            "The board declared a dividend payable Dec. 15 to holders of record Nov. 30.",
            [("Dec. 15", "2022-12-15"), ("Nov. 30", "2022-11-30")],
        ),
        ("The board named a new chief, effective Feb. 1.", [("Feb. 1", "2023-02-01")]),
        ("The bank extended the loans through January.", [("January", "2023-01")]),
        ("The company said it would release its results in December.", [("December", "2022-12")]),
        # the modal far back still rules the date
        (
            "She will be named commander of the crew of the orbiting station for a long "
            "mission in March.",
            [("March", "2023-03")],
        ),
        # words that look past and are not: adjectives, nouns, a passive after a modal
        ("It will be paid on a still unspecified date in January.", [("January", "2023-01")]),
        ("The index fell below the record high set on Aug. 6.", [("Aug. 6", "2022-08-06")]),
        ("The agency announced the plan Aug. 21.", [("Aug. 21", "2022-08-21")]),
        (
            "The boy will not be sent back between now and Feb. 10.",
            [("now", "PRESENT_REF"), ("Feb. 10", "2023-02-10")],
        ),
        ("The case is heard in March in the appeals court.", [("March", "2023-03")]),
        # a deadline a day behind its report is just past, not a year ahead
        ("They were told to hand the boy over by Nov. 15.", [("Nov. 15", "2022-11-15")]),
        # named hours and zones join their day
        ("Talks broke off at noon Tuesday.", [("noon Tuesday", "2022-11-15T12:00")]),
        ("The offer runs until 5 p.m. EST Nov. 25.", [("5 p.m. EST Nov. 25", "2022-11-25T17:00")]),
        ("Funds flowed out Friday Oct. 14 alone.", [("Friday Oct. 14", "2022-10-14")]),
    ],
)
def test_tense_and_nearness_choose_the_year_and_week(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen struck the village late last night.", [("late last night", "2022-11-15TNI")]),
        ("The minister spoke this morning.", [("this morning", "2022-11-16TMO")]),
        ("Rescuers resumed work yesterday afternoon.", [("yesterday afternoon", "2022-11-15TAF")]),
        ("Talks resume tomorrow evening.", [("tomorrow evening", "2022-11-17TEV")]),
        ("He will speak later this afternoon.", [("later this afternoon", "2022-11-16TAF")]),
        ("This morning's blast shook the port.", [("This morning's", "2022-11-16TMO")]),
        # the failure modes: a night that is no day of the report's
        ("It was the last night of the festival.", []),
        ("Fans recalled that last night of the tour.", []),
    ],
)
def test_a_part_of_a_day_counts_from_the_report_s_day(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _values(text) == expected


def test_last_night_may_be_either_calendar_day() -> None:
    (night,) = find_time_expressions("Shelling hit the city last night.", anchor=PUB)
    assert night.span is not None
    assert (night.span.start, night.span.end) == (dt.date(2022, 11, 15), dt.date(2022, 11, 16))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The panel was formed in 2019 and disbanded the following year.",
            [("2019", "2019"), ("the following year", "2020")],
        ),
        (
            "In 2015 the plant opened; that year it lost money.",
            [("2015", "2015"), ("that year", "2015")],
        ),
        (
            "It was set up in 2010, and the previous year talks had failed.",
            [("2010", "2010"), ("the previous year", "2009")],
        ),
        # the failure modes: no year named before (read as a stretch, as before), and
        # "that" before a year of another use
        ("The following year will be hard.", [("The following year", "P1Y")]),
        ("Prices rose year after year, and that year after year.", []),
    ],
)
def test_a_year_counted_from_the_year_the_sentence_named(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The mayor recently moved to a smaller office.", "PAST_REF"),
        ("Ferries will sail again in the near future.", "FUTURE_REF"),
        ("Few farmers plough with oxen these days.", "PRESENT_REF"),
    ],
)
def test_a_reference_to_the_past_present_or_future_comes_from_the_lexicon(
    text: str, value: str
) -> None:
    (found,) = find_time_expressions(text, anchor=dt.date(2024, 5, 8))
    assert ("DATE", value) == (found.type, found.value)


def test_the_past_before_a_count_is_still_a_stretch_of_time() -> None:
    (found,) = find_time_expressions(
        "Prices rose over the past three months.", anchor=dt.date(2024, 5, 8)
    )
    assert ("DURATION", "P3M") == (found.type, found.value)


REPORT_DAY = dt.date(2024, 10, 28)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Acme said third-quarter profit rose 12%. Sales climbed to $40 million from "
            "$35 million a year earlier.",
            [("third-quarter", "2024-Q3"), ("a year earlier", "2023-Q3")],
        ),
        (
            "Acme lost money in the third quarter. Costs in the latest quarter were high, "
            "but lower than in the year-ago quarter.",
            [
                ("the third quarter", "2024-Q3"),
                ("the latest quarter", "2024-Q3"),
                ("the year-ago quarter", "2023-Q3"),
            ],
        ),
        (
            "Third-quarter sales fell, against year-earlier sales of $9 million.",
            [("Third-quarter", "2024-Q3"), ("year-earlier", "2023-Q3")],
        ),
        (
            "Margins in the third quarter beat those of the same period last year.",
            [("the third quarter", "2024-Q3"), ("the same period last year", "2023-Q3")],
        ),
        (
            "Orders in the 2023 second quarter were weak.",
            [("the 2023 second quarter", "2023-Q2")],
        ),
    ],
)
def test_a_report_s_quarter_is_what_its_periods_and_a_year_earlier_count_from(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert expected == _values(text, REPORT_DAY)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # no quarter named: a year back is a year
        ("The plant opened a year ago.", "2023"),
        # a quarter still under way is no report's period
        ("Acme expects a fourth-quarter charge. Revenue was flat from a year ago.", "2023"),
        # nine months are told of after the quarter: a year back is a year again
        (
            "Profit rose in the third quarter. For the first nine months, profit fell "
            "from a year earlier.",
            "2023",
        ),
    ],
)
def test_a_year_earlier_is_a_year_without_a_report_s_quarter(text: str, value: str) -> None:
    assert value == _values(text, REPORT_DAY)[-1][1]


def test_a_quarter_just_ended_is_the_one_a_future_clause_reports_on() -> None:
    text = "The bank plans to cut jobs after a third-quarter loss."
    assert [("third-quarter", "2024-Q3")] == _values(text, REPORT_DAY)
    # the failure mode: a quarter ended long before is the coming one
    text = "The bank will open branches in the second quarter."
    assert [("the second quarter", "2025-Q2")] == _values(text, REPORT_DAY)


@pytest.mark.parametrize(
    "text",
    ["The ferry makes four trips a week.", "The new boilers save $3 million a year."],
)
def test_a_unit_after_an_amount_is_a_rate_not_a_stretch(text: str) -> None:
    assert [] == _values(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the failure mode: "a" before a unit with no amount before it is a stretch
        ("The blockade lasted a week.", [("a week", "P1W")]),
        ("The repairs took a couple of months.", [("a couple of months", "P2M")]),
        ("The probe needs 10 more years to arrive.", [("10 more years", "P10Y")]),
        ("The lease runs for an additional year.", [("an additional year", "P1Y")]),
    ],
)
def test_a_stretch_counted_in_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert expected == _values(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The market opens each Thursday.", [("each Thursday", "XXXX-WXX-4")]),
        ("The choir sings on Sundays.", [("Sundays", "XXXX-WXX-7")]),
        ("The club meets Friday nights.", [("Friday nights", "XXXX-WXX-5TNI")]),
        ("Pilgrims gather every August.", [("every August", "XXXX-08")]),
    ],
)
def test_a_weekday_or_month_that_recurs_is_a_set(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert expected == _values(text)
    assert all(e.type == "SET" for e in find_time_expressions(text, anchor=PUB))


def test_a_month_with_a_possessive_is_a_month_but_a_name_s_is_not() -> None:
    text = "Analysts revised September's figures."
    assert [("September's", "2022-09")] == _values(text)
    # the failure mode: "May's" after a first name is a person's
    assert [] == _values("Theresa May's cabinet met.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales in the current quarter look firm.", [("the current quarter", "2024-Q4")]),
        ("The current fiscal year ends soon.", [("The current fiscal year", "2024")]),
    ],
)
def test_the_current_unit_is_the_one_under_way(text: str, expected: list[tuple[str, str]]) -> None:
    assert expected == _values(text, REPORT_DAY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yesterday's storm cut power.", [("Yesterday's", "2022-11-15")]),
        ("Tomorrow's count will be final.", [("Tomorrow's", "2022-11-17")]),
        ("Tonight's match is sold out.", [("Tonight's", "2022-11-16TNI")]),
    ],
)
def test_a_day_word_with_a_possessive_is_the_day(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert expected == _values(text)


def test_today_s_is_the_present_not_a_day() -> None:
    assert [] == _values("In today's world, few write letters.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The dam opened in nineteen sixty-two.", [("nineteen sixty-two", "1962")]),
        ("It must be ready by the year two thousand.", [("the year two thousand", "2000")]),
        ("The law dates from nineteen oh five.", [("nineteen oh five", "1905")]),
        ("Rains came in April nineteen eighty-one.", [("April nineteen eighty-one", "1981-04")]),
        ("The vote is on June fifth.", [("June fifth", "2022-06-05")]),
        ("He returns on December twenty-first.", [("December twenty-first", "2022-12-21")]),
        ("It froze in the winter of 1985.", [("the winter of 1985", "1985-WI")]),
        (
            "It froze in the winter of nineteen eighty-five.",
            [("the winter of nineteen eighty-five", "1985-WI")],
        ),
    ],
)
def test_a_year_or_day_said_in_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert expected == _values(text)


@pytest.mark.parametrize(
    "text",
    [
        "They sent two thousand troops.",
        "Nineteen hundred people signed.",
        "In June first-time buyers rushed in.",
    ],
)
def test_a_count_said_in_words_is_no_year(text: str) -> None:
    assert all(not e.value.isdecimal() for e in find_time_expressions(text, anchor=PUB))


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("Prices soared in the seventies.", PUB, [("the seventies", "197")]),
        ("It was built in the late '60s.", PUB, [("the late '60s", "196")]),
        ("Jazz ruled the twenties.", dt.date(1998, 5, 1), [("the twenties", "192")]),
        ("Jazz ruled the twenties.", PUB, [("the twenties", "202")]),
    ],
)
def test_a_decade_by_its_tens_is_the_latest_begun(
    text: str, anchor: dt.date, expected: list[tuple[str, str]]
) -> None:
    assert expected == _values(text, anchor)


def test_a_decade_word_without_the_is_an_age() -> None:
    assert [] == _values("She is in her sixties.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Several years ago the mill closed.", [("Several years ago", "PAST_REF")]),
        ("The well ran dry many months ago.", [("many months ago", "PAST_REF")]),
        ("Decades ago the lake was full.", [("Decades ago", "PAST_REF")]),
        ("Three years ago the lake was full.", [("Three years ago", "2019")]),
    ],
)
def test_an_uncounted_stretch_ago_is_the_past(text: str, expected: list[tuple[str, str]]) -> None:
    assert expected == _values(text)


def test_the_following_year_counts_from_a_full_date() -> None:
    text = "On March 2, 2004, she joined the board, and the following year she chaired it."
    assert [("March 2, 2004", "2004-03-02"), ("the following year", "2005")] == _values(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministers meet Friday in Oslo.", [("Friday", "2022-11-18")]),
        ("The new session opens on Monday.", [("Monday", "2022-11-21")]),
        # no present of a planned happening: the day just past
        ("The ministers met Friday in Oslo.", [("Friday", "2022-11-11")]),
        ("At the close Monday the index was flat.", [("Monday", "2022-11-14")]),
    ],
)
def test_a_planned_happening_in_the_present_is_to_come(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert expected == _values(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The trial lasted 2 1/2 years.", [("2 1/2 years", "P2Y6M")]),
        ("The talks ran two and a half days.", [("two and a half days", "P2DT12H")]),
        ("The standoff went on for an hour and a half.", [("an hour and a half", "PT1H30M")]),
    ],
)
def test_a_stretch_and_a_half(text: str, expected: list[tuple[str, str]]) -> None:
    assert expected == _values(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bridge will last into the next century.", [("the next century", "21")]),
        ("It is the worst flood this century.", [("this century", "20")]),
        # over the last century: a stretch of a hundred years, no calendar century
        ("The sea rose over the last century.", [("the last century", "P100Y")]),
    ],
)
def test_a_century_counted_from_the_report(text: str, expected: list[tuple[str, str]]) -> None:
    assert expected == _values(text)


def test_a_noun_before_a_planned_verb_makes_it_a_noun_not_the_present() -> None:
    import datetime as dt

    from reconcile.extract._dates import time_expressions_in
    from reconcile.extract._text import tokenize

    def value(text: str) -> str:
        tokens = tokenize(text)
        times, _ = time_expressions_in(text, tokens, dt.date(2026, 3, 22), None)
        return times[0].value

    text = "In the council vote on March 13, 12 of the 15 members had backed the text."
    assert value(text) == "2026-03-13"
    assert value("The Security Council vote on Friday was 12 in favour.") == "2026-03-20"
    assert value("The party's vote on Friday was close.") == "2026-03-20"
    # the failure mode: a planned happening told in the present is still to come
    assert value("The leaders meet on March 30.") == "2026-03-30"


def test_a_date_takes_the_tense_of_its_own_verb_not_the_next_one_after_and() -> None:
    text = "The party received 40.2% in the May 29 election and will have 159 seats."
    assert [("May 29", "2024-05-29")] == _values(text, dt.date(2024, 6, 2))
    # the failure mode kept: a clause of its own with "will" still looks ahead
    assert [("June 9", "2024-06-09")] == _values(
        "The talks will resume on June 9 and last three days.", dt.date(2024, 6, 2)
    )[:1]


def test_a_possessive_s_plan_is_a_noun_that_points_nowhere() -> None:
    day = dt.date(2023, 3, 8)  # a Wednesday
    text = (
        "Nearly 1.3 million people took to the streets across France on Tuesday to oppose "
        "the government's plan to push back the retirement age."
    )
    assert [("Tuesday", "2023-03-07")] == _values(text, day)
    # the failure mode kept: a clause with "will" still looks ahead
    assert [("Tuesday", "2023-03-14")] == _values("She will fly in on Tuesday to meet them.", day)


def test_a_month_in_a_past_perfect_clause_is_never_the_coming_month() -> None:
    anchor = dt.date(2025, 9, 13)
    [had] = find_time_expressions("In October, Sylvania had vetoed a similar text.", anchor=anchor)
    assert had.value == "2024-10"
    # the failure mode's other side: a month ahead that is planned stays ahead
    [ahead] = find_time_expressions("The council is expected to vote in October.", anchor=anchor)
    assert ahead.value == "2025-10"


def test_the_scan_skips_a_common_word_only_where_no_rule_could_start() -> None:
    # "the", "a", "in" ... are tried only before the words _NEXT_AFTER lists: before
    # any other word the scanner's code or tables name, no rule starts at them (with a
    # year, a month and a quarter named before, so that every rule may count from them)
    import inspect
    import re

    from reconcile.errors import InvalidValue
    from reconcile.extract import _dates
    from reconcile.extract._text import tokenize

    named = set(re.findall(r"\"([a-z0-9'-]+)\"", inspect.getsource(_dates)))
    for table in vars(_dates).values():
        if isinstance(table, (dict, frozenset, set)):
            named |= {w for w in table if isinstance(w, str)}
            named |= {w for phrase in table if isinstance(phrase, tuple) for w in phrase}
    tails = [
        *("year", "of the year", "of days ago", "days ago", "ago", "time", "term", "date"),
        *("quarter", "day", "period", "/2 year", "a half year", "recent quarter", "past"),
        *("future", ""),
    ]
    for lead, after in _dates._NEXT_AFTER.items():
        for word in sorted(named):
            for tail in tails:
                text = f"Officials met over {lead} {word} {tail} as it rose."
                tokens = tokenize(text)
                if tokens[4].low in after or (lead == "the" and tokens[4].low.isdecimal()):
                    continue  # tried ("the 1988 period": before any number)
                scanner = _dates._Scanner(text, tokens, PUB, PUB, period=(2022, 3))
                scanner.coarse, scanner.named_year = DateSpan.month(2019, 5), 2019
                try:
                    got = scanner.match(3)
                except InvalidValue:
                    got = None  # the scan reads it as no expression
                assert got is None, text
                assert not scanner.out, text


def test_four_digits_of_a_name_or_a_24_hour_clock_are_no_year() -> None:
    def found(text: str) -> list[str]:
        return [e.text for e in find_time_expressions(text, anchor=dt.date(2022, 6, 6))]

    assert found("The chair of the 1922 Committee read the result.") == []
    assert found("The ballot runs between 1800 and 2000 today.") == ["today"]
    assert found("Polls close at 2200 local time.") == []
    assert found("The shooting at 1555 Main St. was reported on Sunday.") == ["Sunday"]
    assert found("In 2008 Main Street was rebuilt.") == ["2008"]
    # the failure mode: a range of years, and a year before a lowercase noun, stay years
    assert found("Between 1990 and 2000, prices rose.") == ["1990", "2000"]
    assert found("The 2022 committee report was late.") == ["2022"]


def test_a_year_anchor_gives_the_year_of_month_days_and_nothing_else() -> None:
    from reconcile.extract._dates import time_expressions_in
    from reconcile.extract._text import tokenize

    text = "The vote on October 27 was held in October, and he spoke on Monday."
    found, _ = time_expressions_in(text, tokenize(text), None, year_anchor=dt.date(2025, 1, 3))
    spans = {e.text: e.span for e in found}
    day, month = spans["October 27"], spans["October"]
    assert day is not None
    assert month is not None
    # the October 27 and the October nearest the anchor's day: the year before
    assert day.value == DateSpan.day(2024, 10, 27).value
    assert month.value == DateSpan.month(2024, 10).value
    # the failure mode: a weekday needs the day itself, which a year anchor does not give
    assert spans["Monday"] is None


def test_a_named_day_that_names_a_thing_is_no_date() -> None:
    # "the Christmas market attack" tells of a market, not of December 25
    assert _values("A car drove into the Christmas market crowd.") == []
    assert _values("Children searched for Easter eggs in the park.") == []
    # the failure mode: the named day itself, and its day
    assert _values("The market will close on Christmas Day.") == [("Christmas Day", "2022-12-25")]


def test_a_bare_named_day_before_a_noun_names_a_kind_of_thing() -> None:
    def days(text: str) -> list[tuple[str, str, DateSpan | None]]:
        return [(e.text, e.value, e.span) for e in find_time_expressions(text, anchor=PUB)]

    # "a Halloween party", "their Halloween promotions", "Halloween-themed events": a
    # party or promotion of the season, held on any day around it: the expression keeps
    # its value (TimeML reads it so) but fixes no day of what the text tells
    assert days("A crush at a Halloween party killed dozens.") == [
        ("Halloween", "2022-10-31", None)
    ]
    assert days("Firms pulled their Halloween promotions.") == [("Halloween", "2022-10-31", None)]
    assert days("A park canceled Halloween-themed events.") == [("Halloween", "2022-10-31", None)]
    # the failure mode: a part of its day or a happening keeps the day, as does a day's
    # own phrase before any noun
    christmas = DateSpan.of(dt.date(2021, 12, 25))
    assert days("They met on Christmas morning.") == [("Christmas", "2021-12-25", christmas)]
    easter = DateSpan.of(dt.date(2022, 4, 17))
    assert days("The Easter bombings shocked the island.") == [("Easter", "2022-04-17", easter)]
    assert days("The Christmas Day service was held.") == [
        ("Christmas Day", "2021-12-25", christmas)
    ]
    # a verb after it, or a dash of the sentence, is no noun it modifies
    assert days("A gunman on Christmas killed two.")[0][2] == christmas
    assert days("He spent Christmas - and the days since - in hospital.")[0][2] == christmas


@pytest.mark.parametrize(
    ("anchor", "text", "expected"),
    [
        # written on a Sunday: the Saturday before is "yesterday"; "last Saturday" is
        # the week before's
        (dt.date(2025, 5, 4), "The blast hit the port last Saturday.", "2025-04-26"),
        # written on a Monday: the Sunday before is already last week's
        (dt.date(2024, 3, 11), "Votes were counted last Sunday night.", "2024-03-10TNI"),
        # the failure mode: a day further back is the latest of its name
        (dt.date(2019, 6, 16), "Police fired tear gas last Wednesday.", "2019-06-12"),
        (dt.date(2022, 11, 16), "The talks ended last Wednesday.", "2022-11-09"),
    ],
)
def test_last_and_the_name_of_the_day_before_is_the_week_befores(
    anchor: dt.date, text: str, expected: str
) -> None:
    assert [value for _, value in _values(text, anchor)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year before a noun in the singular: no count takes it
        ("Survivors of the 2015 bombing met again.", [("2015", "2015")]),
        # a month's year, whatever noun follows
        (
            "He was charged over the March 2019 shooting.",
            [("March 2019", "2019-03")],
        ),
        # the failure mode: before a plural of people the figure is a count
        ("Some 2015 people signed the letter.", []),
    ],
)
def test_a_year_before_the_noun_of_its_happening(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the time opens its sentence: the clause after the comma gives the tense
        ("On Friday, the union plans to stage a rally.", "2022-11-18"),
        ("In January, a court in the capital convicted him.", "2022-01"),
        # "until" looks back when the clause it opens is in the past perfect
        ("Until Monday, the agency had not named a suspect.", "2022-11-14"),
        # the failure mode: a clause of its own after the comma is not the sentence's
        # main clause, and the time keeps the past reading of a weekday
        ("On Friday, when the minister set aside her plans, the office closed.", "2022-11-11"),
    ],
)
def test_a_time_at_the_head_of_its_sentence_takes_the_tense_of_the_clause_it_opens(
    text: str, expected: str
) -> None:
    assert _values(text)[0][1] == expected


def test_next_to_is_a_place_not_a_time_ahead() -> None:
    text = "Dozens were hurt in the blast next to the station on Tuesday."
    assert _values(text) == [("Tuesday", "2022-11-15")]
    # the failure mode: "next" before the day still points ahead
    assert _values("The talks resume next Tuesday.") == [("next Tuesday", "2022-11-22")]


def test_a_verb_of_arranging_reaches_its_day_past_its_object() -> None:
    assert _values("The mayor has scheduled a briefing at city hall Friday.") == [
        ("Friday", "2022-11-18")
    ]
    # the failure mode: a verb in between tells of what was done, not of a plan
    assert _values("Rebels planned the raid that killed nine on Friday.") == [
        ("Friday", "2022-11-11")
    ]


def test_the_same_day_is_the_day_named_last() -> None:
    text = "The rebels took the bridge on Nov. 10. That same day, the army pulled back."
    assert _values(text) == [("Nov. 10", "2022-11-10"), ("That same day", "2022-11-10")]
    # the failure mode: a day compared with another happening's is not the one named last
    assert _values("The two men died on the same day as the king.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what may or must happen lies ahead of the report
        ("Diplomats said the vote could happen on Friday.", "2022-11-18"),
        ("The mayor must decide by Monday.", "2022-11-21"),
        # what could have happened lies behind it, as what would have happened
        ("The leak could have started on Friday.", "2022-11-11"),
        ("Marland vetoed a draft Friday that would have condemned the vote.", "2022-11-11"),
        # ... but "would have to" is an obligation ahead
        ("The vote would have to be held by Friday.", "2022-11-18"),
        # the failure modes: a passive after a modal says nothing of when, and "May" is
        # a month, not a modal ("cast their vote on Wednesday, 18 May, the count ...")
        ("Neither man could be located Friday in his home town.", "2022-11-11"),
        ("They voted on Friday, 11 Nov, and the count was slow.", "2022-11-11"),
    ],
)
def test_a_modal_puts_what_it_may_bring_ahead(text: str, expected: str) -> None:
    assert _values(text)[0][1] == expected


def test_an_ing_form_after_a_preposition_marks_no_tense() -> None:
    # written on a Saturday: the draft did not come up on the Thursday before
    text = "Pressure kept the draft from coming up for a vote Thursday as scheduled."
    assert _values(text, dt.date(2022, 11, 19)) == [("Thursday", "2022-11-17")]
    # the failure mode: "coming" on its own still points ahead
    assert _values("The envoy is coming on Thursday.", dt.date(2022, 11, 19)) == [
        ("Thursday", "2022-11-24")
    ]


def test_a_day_before_its_month_and_a_described_attack_is_behind() -> None:
    written = dt.date(2024, 4, 7)
    text = "The nation mourns the victims of the 7th October terror attack."
    assert _values(text, written) == [("the 7th October", "2023-10-07")]
    # the failure mode: a vote is scheduled, so its day may lie ahead
    assert _values("The 7th October vote will decide it.", written) == [
        ("The 7th October", "2024-10-07")
    ]
