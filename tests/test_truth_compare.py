"""Value comparisons: parsing raw strings into keys, tolerance, similarity, rendering."""

from __future__ import annotations

import math

import pytest

from reconcile.errors import InvalidValue
from reconcile.truth import ValueKind, author_lists, numbers, text, times
from reconcile.truth._compare import family_names, parse_time


@pytest.mark.parametrize(
    ("raw", "minutes"),
    [
        ("4:55 p.m.", 16 * 60 + 55),
        ("6:59aDec 1", 6 * 60 + 59),
        ("Thu  20:00", 20 * 60),
        ("11/30 8:00 p.m.", 20 * 60),
        ("3:20 p.m. (Runway)", 15 * 60 + 20),
        ("9:05 a.m.  Fri 02-Dec-2011", 9 * 60 + 5),
        ("12/01/2011 04:55 PM", 16 * 60 + 55),
        ("12:05 a.m.", 5),
        ("12:30 p.m.", 12 * 60 + 30),
        ("12:00noon", 12 * 60),
        ("7:45P 12-01-11", 19 * 60 + 45),
        ("9:10 p.m. (+1:05)", 21 * 60 + 10),
    ],
)
def test_parse_time_reads_the_first_time_of_day(raw: str, minutes: int) -> None:
    assert minutes == parse_time(raw)


def test_parse_time_returns_none_without_a_time() -> None:
    assert None is parse_time("Not Available")


def test_missing_markers_state_no_value() -> None:
    assert None is times().key("Contact Airline")
    assert None is text().key("  ")


def test_text_that_is_not_a_time_is_an_error() -> None:
    with pytest.raises(InvalidValue):
        times().key("soon")


@pytest.mark.parametrize("raw", [math.nan, math.inf, "nan", "-inf"])
def test_non_finite_numbers_are_errors(raw: str | float) -> None:
    with pytest.raises(InvalidValue):
        numbers().key(raw)


def test_numbers_drop_thousands_separators() -> None:
    assert 478403.0 == numbers().key("478,403")


def test_numbers_are_the_same_within_the_relative_tolerance() -> None:
    cmp = numbers(rel_tol=0.01)
    assert (True, False) == (cmp.same(100.0, 100.9), cmp.same(100.0, 102.0))


def test_times_compare_across_midnight() -> None:
    assert times(within_minutes=10).same(23 * 60 + 58, 3)


@pytest.mark.parametrize(
    ("raw", "names"),
    [
        ("Peter Aiken, M. David Allen", ["aiken", "allen"]),
        ("Aiken, Peter/ Allen, David M.", ["aiken", "allen"]),
        ("Aiken, Peter, Allen, M. David", ["aiken", "allen"]),
        ("MUSSER, DAVID R. SAINI, ATUL DERGE, GILLMER J.", ["derge", "musser", "saini"]),
        ("Jiawei Han & Micheline Kamber", ["han", "kamber"]),
        ("Müller, Jürgen", ["muller"]),
        ("Musser", ["musser"]),
        ("Ann LeeBo SmithCara MacLeod", ["lee", "macleod", "smith"]),
        ("Lee, Ann; Smith, Bo et al.", ["lee", "smith"]),
        ("Ann Lee, ETC", ["lee"]),
        ("Ann Lee, Harbour Press", ["lee"]),
        ("Acme Systems Inc.", ["acme systems"]),
        ("Lee, Ann, Acme Corp., Inc.", ["acme", "lee"]),
    ],
)
def test_family_names_read_common_author_formats(raw: str, names: list[str]) -> None:
    assert names == sorted(family_names(raw))


def test_author_lists_ignore_order_and_form() -> None:
    cmp = author_lists()
    assert cmp.key("Aiken, Peter; Allen, M. David") == cmp.key("David Allen and Peter Aiken")


def test_a_partial_author_list_supports_the_longer_list_only() -> None:
    cmp = author_lists()
    a, ab, ac = frozenset({"a"}), frozenset({"a", "b"}), frozenset({"a", "c"})
    assert (0.5, 0.0, 0.0, 1.0) == (
        cmp.similarity(a, ab),
        cmp.similarity(ab, a),
        cmp.similarity(ab, ac),
        cmp.similarity(ab, ab),
    )


def test_only_graded_comparisons_have_partial_similarity() -> None:
    graded = [author_lists(), numbers(rel_tol=0.01), times(within_minutes=5)]
    exact = [text(), numbers(), times()]
    assert all(c.has_partial_similarity for c in graded)
    assert not any(c.has_partial_similarity for c in exact)


def test_number_similarity_falls_to_zero_at_twice_the_tolerance() -> None:
    cmp = numbers(abs_tol=1.0)
    assert (1.0, 0.5, 0.0) == (
        cmp.similarity(5.0, 5.0),
        cmp.similarity(5.0, 6.0),
        cmp.similarity(5.0, 8.0),
    )


def test_reprs_show_the_settings() -> None:
    assert "numbers(rel_tol=0.01, abs_tol=0)" == repr(numbers(rel_tol=0.01))
    assert "author_lists()" == repr(author_lists())


def test_negative_tolerance_is_rejected() -> None:
    with pytest.raises(InvalidValue):
        numbers(rel_tol=-0.1)


def test_kind_of_each_factory() -> None:
    kinds = [c.kind for c in (text(), numbers(), times(), author_lists())]
    assert [ValueKind.TEXT, ValueKind.NUMBER, ValueKind.TIME, ValueKind.NAMES] == kinds
