import pytest

from reconcile.compare import (
    Relation,
    Tolerances,
    compare_scoped,
    compare_values,
    day_ambiguity,
)
from reconcile.values import DateSpan, Hedge, Label, Quantity, VoteOutcome, VoteResult


def test_same_figure_with_and_without_a_hedge_agrees() -> None:
    result = compare_values(Quantity.hedged(2500, Hedge.ABOUT), Quantity.exact(2500))
    assert Relation.AGREES == result.relation
    assert "same figure" in result.reason


def test_disjoint_figures_contradict_with_a_reason() -> None:
    result = compare_values(Quantity.exact(2500), Quantity.exact(900))
    assert Relation.CONTRADICTS == result.relation
    assert "2,500 and 900 cannot both hold" in result.reason


def test_a_precise_figure_refines_an_open_one_and_says_which() -> None:
    result = compare_values(Quantity.hedged(25, Hedge.AT_LEAST), Quantity.exact(34))
    assert (Relation.REFINES, "b") == (result.relation, result.finer)


def test_a_figure_below_an_open_floor_contradicts() -> None:
    assert (
        Relation.CONTRADICTS
        == compare_values(Quantity.hedged(100, Hedge.MORE_THAN), Quantity.exact(100)).relation
    )


def test_relative_tolerance_lets_close_figures_agree() -> None:
    close = compare_values(
        Quantity.exact(100), Quantity.exact(104), tolerances=Tolerances(relative=0.05)
    )
    far = compare_values(
        Quantity.exact(100), Quantity.exact(110), tolerances=Tolerances(relative=0.05)
    )
    assert (Relation.AGREES, Relation.CONTRADICTS) == (close.relation, far.relation)


def test_a_day_refines_its_month() -> None:
    result = compare_values(DateSpan.month(2020, 1), DateSpan.day(2020, 1, 3))
    assert (Relation.REFINES, "b") == (result.relation, result.finer)


def test_summer_and_late_in_one_year_contradict() -> None:
    result = compare_values(DateSpan.season(2023, "summer"), DateSpan.part_of_year(2023, "late"))
    assert Relation.CONTRADICTS == result.relation


def test_day_tolerance_lets_adjacent_days_agree() -> None:
    result = compare_values(
        DateSpan.day(2024, 1, 27), DateSpan.day(2024, 1, 28), tolerances=Tolerances(days=1)
    )
    assert Relation.AGREES == result.relation


def test_unanimous_and_non_binding_describe_one_vote() -> None:
    result = compare_values(VoteOutcome(unanimous=True), VoteOutcome(binding=False))
    assert Relation.AGREES == result.relation


def test_unanimous_contradicts_votes_against() -> None:
    result = compare_values(
        VoteOutcome(unanimous=True), VoteOutcome(votes_for=141, votes_against=5)
    )
    assert Relation.CONTRADICTS == result.relation
    assert "unanimous, yet 5 against" in result.reason


def test_a_vote_with_more_facets_refines_one_with_fewer() -> None:
    result = compare_values(
        VoteOutcome(result=VoteResult.PASSED),
        VoteOutcome(result=VoteResult.PASSED, votes_for=170),
    )
    assert (Relation.REFINES, "b") == (result.relation, result.finer)


def test_votes_of_different_bodies_are_unrelated() -> None:
    result = compare_values(
        VoteOutcome(body="Senate", unanimous=True), VoteOutcome(body="House", unanimous=True)
    )
    assert Relation.UNRELATED == result.relation


def test_labels_compare_case_insensitively() -> None:
    assert Relation.AGREES == compare_values(Label("Withdrawn"), Label("withdrawn")).relation
    assert Relation.CONTRADICTS == compare_values(Label("withdrawn"), Label("deployed")).relation


def test_values_of_different_kinds_are_unrelated() -> None:
    assert Relation.UNRELATED == compare_values(Label("x"), Quantity.exact(1)).relation


def test_a_later_figure_of_an_evolving_count_updates() -> None:
    day1, day2 = DateSpan.day(2024, 1, 28), DateSpan.day(2024, 1, 29)
    result = compare_scoped(Quantity.exact(40), day2, Quantity.exact(25), day1)
    assert (Relation.UPDATES, "a") == (result.relation, result.later)


def test_dates_do_not_evolve_by_default() -> None:
    day1, day2 = DateSpan.day(2024, 1, 28), DateSpan.day(2024, 3, 1)
    result = compare_scoped(DateSpan.year(2019), day1, DateSpan.year(2020), day2)
    assert Relation.CONTRADICTS == result.relation


def test_unknown_time_scope_overlaps_everything() -> None:
    result = compare_scoped(Quantity.exact(25), None, Quantity.exact(40), DateSpan.day(2024, 1, 2))
    assert Relation.CONTRADICTS == result.relation


def test_negative_tolerance_is_rejected() -> None:
    with pytest.raises(ValueError, match="relative"):
        Tolerances(relative=-0.1)


def test_saturday_night_and_the_next_day_agree_a_day_apart_across_time_zones() -> None:
    # A US report: the drone attack came "Saturday night"; a Middle East report: "January 28".
    result = compare_values(
        DateSpan.day(2024, 1, 27, text="Saturday night"),
        DateSpan.day(2024, 1, 28, text="January 28"),
    )
    assert Relation.AGREES == result.relation
    assert (
        "Saturday night (2024-01-27) and January 28 (2024-01-28) agree (a day apart: time "
        "zones): 'Saturday night' is near midnight, so the calendar day depends on where it "
        "is counted" == result.reason
    )


def test_a_report_from_elsewhere_makes_the_day_ambiguous() -> None:
    # "Friday" in a Washington report of a strike in Iraq; "February 3" from Baghdad.
    friday = DateSpan.day(2024, 2, 2, text="Friday")
    third = DateSpan.day(2024, 2, 3, text="February 3")
    assert Relation.CONTRADICTS == compare_values(friday, third).relation
    why = day_ambiguity(friday, reported_from="Washington", place="Iraq")
    result = compare_values(friday, third, ambiguity=(why, ""))
    assert Relation.AGREES == result.relation
    assert "a day apart: time zones): reported from Washington, not Iraq" in result.reason


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two days apart is more than a time zone can explain
        (DateSpan.day(2024, 1, 26, text="Friday night"), DateSpan.day(2024, 1, 28)),
        # nothing makes either day ambiguous
        (DateSpan.day(2024, 1, 27, text="Saturday"), DateSpan.day(2024, 1, 28)),
        # only a date stated to the day can be a day off
        (DateSpan.month(2024, 1, text="January, at night"), DateSpan.day(2024, 2, 1)),
    ],
)
def test_other_dates_a_day_or_more_apart_still_contradict(a: DateSpan, b: DateSpan) -> None:
    assert Relation.CONTRADICTS == compare_values(a, b).relation


def test_time_zone_leeway_is_a_setting() -> None:
    night = DateSpan.day(2024, 1, 27, text="Saturday night")
    result = compare_values(night, DateSpan.day(2024, 1, 28), tolerances=Tolerances(zone_days=0))
    assert Relation.CONTRADICTS == result.relation
