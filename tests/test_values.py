import datetime as dt
import math

import pytest

from reconcile.errors import InvalidValue
from reconcile.values import DateSpan, Granularity, Hedge, Label, Quantity, VoteOutcome


@pytest.mark.parametrize(
    ("hedge", "interval"),
    [
        (Hedge.EXACT, (40.0, 40.0)),
        (Hedge.ABOUT, (36.0, 44.0)),
        (Hedge.AT_LEAST, (40.0, math.inf)),
        (Hedge.MORE_THAN, (41.0, math.inf)),
        (Hedge.AT_MOST, (0.0, 40.0)),
        (Hedge.LESS_THAN, (0.0, 39.0)),
    ],
)
def test_each_hedge_maps_to_its_documented_interval(
    hedge: Hedge, interval: tuple[float, float]
) -> None:
    assert interval == Quantity.hedged(40, hedge).interval


def test_about_spread_is_a_setting() -> None:
    assert (2375.0, 2625.0) == Quantity.hedged(2500, Hedge.ABOUT, spread=0.05).interval


def test_more_than_a_fraction_keeps_the_fraction_as_the_bound() -> None:
    assert (1.5, math.inf) == Quantity.hedged(1.5, Hedge.MORE_THAN).interval


def test_vague_words_map_to_the_table_interval() -> None:
    assert (200.0, 999.0) == Quantity.vague("hundreds").interval


def test_impossible_interval_names_the_field() -> None:
    with pytest.raises(InvalidValue) as info:
        Quantity(30, 25)
    assert "low" == info.value.field


@pytest.mark.parametrize("bad", [math.nan, math.inf])
def test_non_finite_low_is_rejected(bad: float) -> None:
    with pytest.raises(InvalidValue):
        Quantity(bad, 10)


def test_hedged_range_needs_two_figures() -> None:
    with pytest.raises(InvalidValue):
        Quantity.hedged(5, Hedge.RANGE)


def test_point_must_lie_inside_the_interval() -> None:
    with pytest.raises(InvalidValue):
        Quantity(10, 20, Hedge.RANGE, point=30)


def test_winter_runs_into_the_next_year() -> None:
    winter = DateSpan.season(2023, "winter")
    assert (dt.date(2023, 12, 1), dt.date(2024, 2, 29)) == (winter.start, winter.end)


def test_parts_of_a_month_are_thirds() -> None:
    late = DateSpan.part_of_month(2023, 2, "late")
    assert (dt.date(2023, 2, 21), dt.date(2023, 2, 28)) == (late.start, late.end)


@pytest.mark.parametrize(
    "value",
    [
        "2024-01-27",
        "2024-01",
        "2024",
        "2023-SU",
        "2023-WI",
        "2023-Q4",
        "2024-W05",
        "2023-late",
        "2024-01-early",
        "2023-10-07..",
        "..2020-01-01",
        "2020-01-03..2020-01-09",
    ],
)
def test_date_values_round_trip_through_parse(value: str) -> None:
    assert value == DateSpan.parse(value).value


def test_date_that_does_not_exist_is_rejected() -> None:
    with pytest.raises(InvalidValue):
        DateSpan.parse("2023-02-29")


def test_span_needs_an_end() -> None:
    with pytest.raises(InvalidValue):
        DateSpan(None, None)


def test_reversed_span_is_rejected() -> None:
    with pytest.raises(InvalidValue):
        DateSpan(dt.date(2024, 2, 1), dt.date(2024, 1, 1))


def test_granularity_is_kept() -> None:
    assert Granularity.SEASON == DateSpan.parse("2023-SU").granularity


def test_vote_needs_a_facet() -> None:
    with pytest.raises(InvalidValue):
        VoteOutcome(body="parliament")


def test_negative_vote_count_is_rejected() -> None:
    with pytest.raises(InvalidValue) as info:
        VoteOutcome(votes_for=-1)
    assert "votes_for" == info.value.field


def test_empty_label_is_rejected() -> None:
    with pytest.raises(InvalidValue):
        Label("   ")


def test_a_span_built_without_wording_reads_at_its_granularity() -> None:
    year = DateSpan(dt.date(2014, 1, 1), dt.date(2014, 12, 31), Granularity.YEAR)
    season = DateSpan(dt.date(2023, 6, 1), dt.date(2023, 8, 31), Granularity.SEASON)
    assert ("2014", "summer 2023") == (year.text, season.text)


@pytest.mark.parametrize("name", ["at_least", "AT_LEAST", "at least"])
def test_a_hedge_may_be_given_by_its_name(name: str) -> None:
    assert Quantity.hedged(14, Hedge.AT_LEAST) == Quantity.hedged(14, name)


def test_an_unknown_hedge_name_lists_the_known_ones() -> None:
    with pytest.raises(InvalidValue) as raised:
        Quantity.hedged(14, "atleast")
    assert "hedge" == raised.value.field
    for hedge in Hedge:
        assert hedge.value in str(raised.value)
