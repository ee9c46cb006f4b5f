"""Number mentions: values, hedges, kinds and spans."""

from __future__ import annotations

import math

import pytest

from reconcile.extract import NumberKind, find_quantities
from reconcile.values import Hedge


def _one(text: str) -> tuple[str, tuple[float, float], Hedge, NumberKind]:
    found = find_quantities(text)
    assert 1 == len(found), found
    m = found[0]
    return m.text, m.value.interval, m.value.hedge, m.kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a blast killing four French soldiers", ("four", (4.0, 4.0), Hedge.EXACT)),
        (
            "roughly 3,000 marines are stationed there",
            ("roughly 3,000", (2700.0, 3300.0), Hedge.ABOUT),
        ),
        ("at least two guards died", ("at least two", (2.0, math.inf), Hedge.AT_LEAST)),
        ("more than 60 aid workers", ("more than 60", (61.0, math.inf), Hedge.MORE_THAN)),
        ("over 250 deputies", ("over 250", (251.0, math.inf), Hedge.MORE_THAN)),
        ("fewer than 30 people", ("fewer than 30", (0.0, 29.0), Hedge.LESS_THAN)),
        ("up to 40 civilians", ("up to 40", (0.0, 40.0), Hedge.AT_MOST)),
        ("no more than 12 hostages", ("no more than 12", (0.0, 12.0), Hedge.AT_MOST)),
        ("between 15 and 20 fighters", ("between 15 and 20", (15.0, 20.0), Hedge.RANGE)),
        ("15-20 fighters", ("15-20", (15.0, 20.0), Hedge.RANGE)),
        ("Thirty-seven miners", ("Thirty-seven", (37.0, 37.0), Hedge.EXACT)),
        ("two hundred and six passengers", ("two hundred and six", (206.0, 206.0), Hedge.EXACT)),
        # a decimal of millions is written to its last digit: any count rounding to it
        ("3.4 million refugees", ("3.4 million", (3_351_000.0, 3_449_000.0), Hedge.EXACT)),
        ("3 million refugees", ("3 million", (3_000_000.0, 3_000_000.0), Hedge.EXACT)),
        ("1 to 2 thousand people", ("1 to 2 thousand", (1000.0, 2000.0), Hedge.RANGE)),
        ("an estimated 500 protesters", ("an estimated 500", (450.0, 550.0), Hedge.ABOUT)),
        ("200 or more families", ("200 or more", (200.0, math.inf), Hedge.AT_LEAST)),
        ("several soldiers", ("several", (3.0, 9.0), Hedge.VAGUE)),
        ("dozens were wounded", ("dozens", (24.0, 99.0), Hedge.VAGUE)),
        (
            "hundreds of thousands of people",
            ("hundreds of thousands", (200000.0, 999999.0), Hedge.VAGUE),
        ),
        ("more than a dozen arrests", ("more than a dozen", (13.0, math.inf), Hedge.MORE_THAN)),
        ("a dozen guards", ("a dozen", (10.8, 13.2), Hedge.ABOUT)),
        ("a few hundred troops", ("a few hundred", (200.0, 500.0), Hedge.VAGUE)),
        ("several thousand people", ("several thousand", (3000.0, 9000.0), Hedge.VAGUE)),
    ],
)
def test_counts_keep_their_hedge(
    text: str, expected: tuple[str, tuple[float, float], Hedge]
) -> None:
    words, interval, hedge, kind = _one(text)
    assert expected[0] == words
    assert pytest.approx(expected[1]) == interval
    assert expected[2] == hedge
    assert kind in (NumberKind.COUNT, NumberKind.VAGUE)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("It happened in 2019.", NumberKind.YEAR),
        ("He arrived on March 14.", NumberKind.DATE),
        ("The 25-year-old driver", NumberKind.AGE),
        ("a woman aged 61", NumberKind.AGE),
        ("It cost $45 each.", NumberKind.MONEY),
        ("Turnout fell to 38%.", NumberKind.PERCENT),
        ("Call 555-201-3344 now.", NumberKind.IDENTIFIER),
        ("the 14th floor", NumberKind.ORDINAL),
        ("a 40-mile drive", NumberKind.MEASURE),
        ("for 90 days", NumberKind.DURATION),
        ("an F-35 jet", NumberKind.IDENTIFIER),
    ],
)
def test_years_days_ages_money_and_phone_numbers_are_not_counts(
    text: str, kind: NumberKind
) -> None:
    assert [kind] == [m.kind for m in find_quantities(text) if m.kind is not NumberKind.COUNT]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("A girl, 9, was hurt.", [NumberKind.AGE]),
        ("pupils between the ages of 12 and 14", [NumberKind.AGE, NumberKind.AGE]),
        ("twins aged 6 or 7", [NumberKind.AGE, NumberKind.AGE]),
        ("the home at 412 E. 800 North", [NumberKind.IDENTIFIER, NumberKind.IDENTIFIER]),
        ("a shop at 75 S Elm Ave", [NumberKind.IDENTIFIER]),
        ("see example.org/2016/07/14/story", [NumberKind.IDENTIFIER] * 2),
        ("see example.org/news/12/", [NumberKind.IDENTIFIER]),
        ("two men in their 20's", [NumberKind.COUNT, NumberKind.AGE]),
        ("a 17 y.o. student", [NumberKind.AGE]),
        ("21 y/o Jo", [NumberKind.AGE]),
        ("The ferry's captain, 52, was arrested.", [NumberKind.AGE]),
        ("A local farmer, 61, drowned.", [NumberKind.AGE]),
    ],
)
def test_ages_after_a_person_or_an_age_word_addresses_and_paths_are_not_counts(
    text: str, kinds: list[NumberKind]
) -> None:
    assert kinds == [m.kind for m in find_quantities(text)]


@pytest.mark.parametrize("text", ["a 5 W charger", "Five people, 3 of them hurt,"])
def test_a_letter_or_comma_alone_does_not_make_an_address_or_an_age(text: str) -> None:
    assert NumberKind.COUNT == find_quantities(text)[0].kind


def test_spans_read_back_the_mention() -> None:
    text = "Officials said\u00a0about\u00a02,500 soldiers remain, and nearly 40 were hurt."
    for m in find_quantities(text):
        assert m.text == text[m.start : m.end]


def test_non_breaking_and_zero_width_spaces_do_not_hide_a_figure() -> None:
    text = "about\u00a02,500 troops and three\u200b soldiers"
    assert [(2250.0, 2750.0), (3.0, 3.0)] == [m.value.interval for m in find_quantities(text)]


def test_a_change_has_a_direction() -> None:
    [m] = find_quantities("Prices rose 4% in May.")
    assert "up" == m.direction


@pytest.mark.parametrize(
    "unit",
    ["1" * 997 + " ", "9,999," * 150, "about" + " " * 900 + "5 ", "more than " * 90, "- 1 -" * 180],
)
def test_adversarial_megabyte_inputs_finish_with_sane_output(unit: str) -> None:
    text = unit * (1_000_000 // len(unit))
    found = find_quantities(text)
    assert all(m.text == text[m.start : m.end] for m in found[:1000])
    assert len(found) <= len(text.split()) + 1


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Damage ran to between $10 billion and $15 billion.", 10e9, 15e9),
        ("Losses of between 10 and 15 billion dollars.", 10e9, 15e9),
        ("Between 1,000 and 2,000 people gathered.", 1000.0, 2000.0),
    ],
)
def test_a_range_shares_its_scale_and_may_sign_each_end(text: str, low: float, high: float) -> None:
    (mention,) = find_quantities(text)
    assert (low, high) == (mention.value.low, mention.value.high)


@pytest.mark.parametrize(
    ("text", "kind", "unit"),
    [
        ("Turnout was between 60% and 61.5%.", NumberKind.PERCENT, "%"),
        ("between 5 percent and 6 percent", NumberKind.PERCENT, "percent"),
        ("The quake struck between 5 km and 6 km deep.", NumberKind.MEASURE, "km"),
    ],
)
def test_a_unit_after_each_end_of_a_range_is_the_range_s_unit(
    text: str, kind: NumberKind, unit: str
) -> None:
    (mention,) = find_quantities(text)
    assert (mention.kind, mention.unit) == (kind, unit)


@pytest.mark.parametrize(
    ("text", "low"),
    [
        ("Compensation of Rs 10 lakh each was announced.", 1_000_000.0),
        ("Rs 1,000 crore was set aside.", 10_000_000_000.0),
        ("The state promised Sh50,000 to each household.", 50_000.0),
        ("Families got KSh 40,000 in support.", 40_000.0),
    ],
)
def test_sums_in_lakhs_crores_rupees_and_shillings_are_money(text: str, low: float) -> None:
    (mention,) = find_quantities(text)
    assert (mention.kind, mention.value.low) == (NumberKind.MONEY, low)


def test_a_short_code_that_is_apart_from_the_figure_is_no_currency() -> None:
    # the failure mode: "US 15" or "R 20" written apart may be a road or a route
    assert all(m.kind is not NumberKind.MONEY for m in find_quantities("Take US 15 or R 20."))


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("Hamas handed over 13 hostages on Friday.", Hedge.EXACT),
        ("The group turned over 24 captives.", Hedge.EXACT),
        # the failure mode: "over" that is no particle still means "more than"
        ("Over 13 people died.", Hedge.MORE_THAN),
        ("It took over 40 towns.", Hedge.MORE_THAN),
    ],
)
def test_over_as_a_verb_s_particle_is_no_hedge(text: str, hedge: Hedge) -> None:
    (mention,) = find_quantities(text)
    assert mention.value.hedge is hedge


@pytest.mark.parametrize(
    ("text", "low"),
    [
        ("The mission has approximately 12.000 soldiers.", 12_000.0),
        ("It employs around 1.800 civil staff.", 1_800.0),
        ("It costs 1,2 billion dollars a year.", 1.2e9),
        # the failure mode: a decimal before a unit or a percentage stays a decimal
        ("The road is 7.500 km long.", 7.5),
        ("Inflation was 2.125 percent.", 2.125),
        ("Their net worth is 1.356 billion pounds.", 1.356e9),
    ],
)
def test_figures_written_the_continental_way_are_read_as_meant(text: str, low: float) -> None:
    (mention,) = find_quantities(text)
    point = mention.value.point if mention.value.point is not None else mention.value.low
    assert point == pytest.approx(low)


def test_nautical_miles_are_a_distance_in_km() -> None:
    (mention,) = find_quantities("The boat sank 47 nautical miles southwest of Pylos.")
    assert (mention.kind, mention.unit) == (NumberKind.MEASURE, "nautical")
    # the failure mode: plain miles stay miles
    (mention,) = find_quantities("It sank 47 miles off the coast.")
    assert mention.unit == "miles"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("some 12-thousand troops", 12_000.0),
        ("some 15-hundred special forces", 1_500.0),
        ("with 12 million 430 thousand 215 voters", 12_430_215.0),
        ("7 million 200 thousand ballots", 7_200_000.0),
    ],
)
def test_a_number_with_its_scale_words_joined_or_read_out_is_one_figure(
    text: str, value: float
) -> None:
    [mention] = find_quantities(text)
    assert value == mention.value.point


def test_a_bare_number_after_millions_is_another_figure() -> None:
    assert [2_000_000.0, 40.0] == [m.value.point for m in find_quantities("2 million 40 people")]


@pytest.mark.parametrize(
    ("text", "value"),
    [("half a million people", 500_000.0), ("a quarter of a million people", 250_000.0)],
)
def test_a_fraction_of_a_scale_word_scales_it(text: str, value: float) -> None:
    [mention] = find_quantities(text)
    assert value == mention.value.point


def test_a_range_s_second_end_writes_out_the_thousands_of_both() -> None:
    [troops] = find_quantities("between 11 and 12,000 troops")
    assert (troops.value.low, troops.value.high) == (11_000.0, 12_000.0)
    # the failure mode: a first end whose thousands overshoot the second stays as written
    [people] = find_quantities("between 5 and 1,000 people")
    assert (people.value.low, people.value.high) == (5.0, 1_000.0)


def test_a_signed_change_after_a_figure_is_no_bound_on_it() -> None:
    # a results table's row: seats, then their change since the last election
    first = find_quantities("National Rally 142 +53 37.1 %")[0]
    assert (first.value.point, first.value.hedge) == (142.0, Hedge.EXACT)
    # the failure mode: a plus after a figure, with no number after it, is still "or more"
    [crowd] = find_quantities("50,000+ people marched")
    assert crowd.value.hedge is Hedge.AT_LEAST


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The siege lasted two and a half years.", [2.5]),
        ("About three and a half million people marched.", [3_500_000.0]),
        # the failure mode: a half that is no part of the figure leaves it whole
        ("two and a half-hearted men", [2.0]),
    ],
)
def test_and_a_half_after_a_number_word_adds_the_half(text: str, values: list[float]) -> None:
    assert values == [m.value.point for m in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "point"),
    [("The alliance leads with 30,8% of the votes.", 30.8), ("turnout was 66,2 per cent", 66.2)],
)
def test_a_share_with_a_decimal_comma_is_a_decimal(text: str, point: float) -> None:
    (found,) = find_quantities(text)
    assert found.kind is NumberKind.PERCENT
    assert found.value.point == point
    # the failure mode: a comma before three digits still groups thousands
    assert [q.value.point for q in find_quantities("It won 30,800 votes.")] == [30_800]


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("more than $5 million", Hedge.MORE_THAN),
        ("about US$3 billion", Hedge.ABOUT),
        ("nearly €40m", Hedge.ABOUT),
        ("almost USD 40", Hedge.ABOUT),
        # the failure mode: a sum with no hedge before its sign stays exact
        ("paid $5 million", Hedge.EXACT),
    ],
)
def test_a_hedge_before_a_currency_sign_hedges_the_sum(text: str, hedge: Hedge) -> None:
    (mention,) = find_quantities(text)
    assert mention.kind is NumberKind.MONEY
    assert mention.value.hedge is hedge


def test_digits_grouped_in_thousands_by_spaces_are_one_figure() -> None:
    # "1 000 unaccounted for", "2 207 structures": thousands set off by single spaces
    assert _one("The fires left 1 000 unaccounted for.")[:2] == ("1 000", (1000.0, 1000.0))
    assert _one("It destroyed 2 207 structures.")[:2] == ("2 207", (2207.0, 2207.0))
    assert _one("They counted 12 345 678 votes.")[:2] == ("12 345 678", (12345678.0, 12345678.0))
    # the failure mode: a year before a figure, and groups not of three digits, stay apart
    assert [m.text for m in find_quantities("In 2019 100 people died.")] == ["2019", "100"]
    assert [m.text for m in find_quantities("Scores were 1 20 and 3 4.")] == ["1", "20", "3", "4"]


def test_a_change_by_a_small_span_is_a_range_of_the_change() -> None:
    # "dropped by 1 to 1.5 degrees": a range of how much it fell, where "rose by one to
    # 158" is a change and the level after it
    assert [m.text for m in find_quantities("It dropped by 1 to 1.5 degrees.")] == ["1 to 1.5"]
    assert [m.text for m in find_quantities("The toll rose by one to 158.")] == ["one", "158"]
