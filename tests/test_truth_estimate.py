"""The estimators: one interface, defined behaviour on edge cases, ties reported."""

from __future__ import annotations

import math
from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.errors import ConvergenceError, InvalidInput
from reconcile.truth import (
    ClaimTable,
    Method,
    TruthClaim,
    accu,
    author_lists,
    crh,
    estimate_truth,
    numbers,
    times,
    truthfinder,
    vote,
)

ALL = list(Method)


def table_of(rows: Sequence[tuple[str, str, str | float]], attribute: str = "k") -> ClaimTable:
    return ClaimTable([TruthClaim(s, o, attribute, v) for s, o, v in rows])


def copied_table() -> ClaimTable:
    """Four independent sources, right but for one slip each; x, y and z copy errors."""
    good = [
        (g, f"o{i}", "wrong" if i == n else "t")
        for n, g in enumerate(["g0", "g1", "g2", "g3"])
        for i in range(10)
    ]
    copied = [
        (s, f"o{i}", "f" if i < 6 else "t")
        for s in "xyz"
        for i in range(10)
        if (s, i) not in {("y", 9), ("z", 8)}
    ]
    return table_of(good + copied)


@pytest.mark.parametrize("method", ALL)
def test_empty_table_gives_an_empty_estimate(method: Method) -> None:
    estimate = estimate_truth(ClaimTable(()), method=method)
    assert ((), ()) == (estimate.items, estimate.sources)


@pytest.mark.parametrize("method", ALL)
def test_a_source_with_one_claim_gets_its_value(method: Method) -> None:
    estimate = estimate_truth(table_of([("a", "o", "x")]), method=method)
    assert ("x", False, 1) == (
        estimate.items[0].value,
        estimate.items[0].tie,
        estimate.sources[0].claims,
    )


@pytest.mark.parametrize("method", ALL)
def test_all_sources_agreeing_gives_no_tie(method: Method) -> None:
    estimate = estimate_truth(table_of([(s, "o", "x") for s in "abc"]), method=method)
    item = estimate.items[0]
    assert ("x", False, 1, 3) == (item.value, item.tie, item.candidates, item.sources)


@pytest.mark.parametrize("method", ALL)
def test_all_sources_disagreeing_is_a_reported_tie(method: Method) -> None:
    estimate = estimate_truth(table_of([(s, "o", s) for s in "cab"]), method=method)
    item = estimate.items[0]
    assert ("a", True, ("a", "b", "c")) == (item.value, item.tie, item.tied)


@pytest.mark.parametrize("method", ALL)
def test_numeric_ties_are_reported(method: Method) -> None:
    estimate = estimate_truth(
        table_of([("a", "o", 2.0), ("b", "o", 1.0)]), method=method, comparison=numbers()
    )
    item = estimate.items[0]
    assert ("1", True, ("1", "2")) == (item.value, item.tie, item.tied)


@pytest.mark.parametrize("method", ALL)
def test_nan_and_infinite_values_are_rejected_with_a_reason(method: Method) -> None:
    table = table_of([("a", "o", math.nan), ("b", "o", math.inf), ("c", "o", 3.0)])
    estimate = estimate_truth(table, method=method, comparison=numbers())
    assert "3" == estimate.items[0].value
    assert ["value must be finite (got inf)", "value must be finite (got nan)"] == sorted(
        r.reason for r in estimate.rejected
    )


@pytest.mark.parametrize("method", ALL)
def test_missing_values_are_rejected_not_counted(method: Method) -> None:
    table = table_of([("a", "o", "Not Available"), ("b", "o", "4:55 p.m.")])
    estimate = estimate_truth(table, method=method, comparison=times())
    assert ("16:55", ["missing value"]) == (
        estimate.items[0].value,
        [r.reason for r in estimate.rejected],
    )


@pytest.mark.parametrize("method", ALL)
def test_known_true_value_is_chosen_and_marked(method: Method) -> None:
    table = table_of([("a", "o", "x"), ("b", "o", "x"), ("c", "o", "y")])
    item = estimate_truth(table, method=method, known_true={("o", "k"): "y"}).items[0]
    assert ("y", 1.0, True) == (item.value, item.confidence, item.known)


@pytest.mark.parametrize("method", ALL)
def test_known_false_value_is_never_chosen(method: Method) -> None:
    table = table_of([("a", "o", "x"), ("b", "o", "x"), ("c", "o", "y")])
    estimate = estimate_truth(table, method=method, known_false=[("o", "k", "x")])
    assert "y" == estimate.items[0].value


@pytest.mark.parametrize("method", [Method.TRUTHFINDER, Method.ACCU, Method.POOLED_INVESTMENT])
def test_a_known_value_sharpens_the_trust_of_every_source(method: Method) -> None:
    rows = [("a", f"o{i}", "x") for i in range(3)] + [("b", f"o{i}", "y") for i in range(3)]
    estimate = estimate_truth(table_of(rows), method=method, known_true={("o0", "k"): "y"})
    assert ["y", "y", "y"] == [item.value for item in estimate.items]
    assert estimate.trust_of("b") > estimate.trust_of("a")


def test_known_true_and_false_for_one_value_is_an_error() -> None:
    with pytest.raises(InvalidInput):
        vote(
            table_of([("a", "o", "x")]), known_true={("o", "k"): "x"}, known_false=[("o", "k", "x")]
        )


def test_unknown_method_is_an_error() -> None:
    with pytest.raises(InvalidInput) as info:
        estimate_truth(table_of([("a", "o", "x")]), method="oracle")
    assert "method" == info.value.field


def test_non_convergence_raises_with_the_iteration_count() -> None:
    with pytest.raises(ConvergenceError) as info:
        truthfinder(copied_table(), max_iter=1)
    assert 1 == info.value.iterations


def test_bad_iteration_settings_are_errors() -> None:
    with pytest.raises(InvalidInput):
        accu(table_of([("a", "o", "x")]), max_iter=0)


def test_vote_counts_a_known_group_once() -> None:
    table = table_of(
        [("a", "o", "x"), ("b", "o", "x"), ("c", "o", "y"), ("d", "o", "y"), ("e", "o", "y")]
    )
    assert "x" == vote(table, source_groups={"c": "w", "d": "w", "e": "w"}).items[0].value


def test_vote_counts_sources_with_identical_claims_once() -> None:
    rows = [
        ("a", "o1", "x"),
        ("a", "o2", "x"),
        ("b", "o1", "y"),
        ("b", "o2", "y"),
        ("c", "o1", "y"),
        ("c", "o2", "y"),
        ("d", "o1", "x"),
    ]
    estimate = vote(table_of(rows))
    assert "x" == estimate.value_of("o1", "k")
    assert [("b", "c")] == [g.sources for g in estimate.copy_groups]


def test_vote_splits_the_weight_of_a_source_with_two_values() -> None:
    table = table_of([("a", "o", "x"), ("a", "o", "y"), ("b", "o", "y")])
    assert 0.75 == vote(table).items[0].confidence


def test_accu_detects_copiers_by_their_shared_false_values() -> None:
    estimate = accu(copied_table())
    assert [("x", "y", "z")] == [g.sources for g in estimate.copy_groups]
    assert ["t"] * 10 == [item.value for item in estimate.items]
    assert 6 == estimate.copy_groups[0].shared_false


def test_vote_is_fooled_by_the_copiers() -> None:
    assert "f" == vote(copied_table()).value_of("o0", "k")


def test_accu_without_copy_detection_reports_no_copy_groups() -> None:
    assert () == accu(copied_table(), detect_copies=False).copy_groups


def test_accu_lets_a_partial_author_list_support_the_full_one() -> None:
    rows = [
        ("a", "Lee"),
        ("b", "Ann Lee"),
        ("c", "Lee, Ann; Smith, Bo"),
        ("d", "Ann Lee & Bo Smith"),
    ]
    table = table_of([(s, "book", v) for s, v in [*rows, ("e", "Smith, B.")]])
    plain = accu(table, comparison=author_lists(), similarity=0.0).items[0]
    graded = accu(table, comparison=author_lists()).items[0]
    assert plain.tie
    assert ("lee; smith", False) == (graded.value, graded.tie)


@pytest.mark.parametrize("similarity", [-0.1, 1.5, math.nan])
def test_accu_rejects_a_similarity_weight_outside_0_to_1(similarity: float) -> None:
    with pytest.raises(InvalidInput, match="similarity"):
        accu(table_of([("a", "o", "x")]), similarity=similarity)


def test_truthfinder_lets_similar_numbers_support_each_other() -> None:
    table = table_of([("a", "o", 100.0), ("b", "o", 101.0), ("c", "o", 140.0)])
    assert "100" == truthfinder(table, comparison=numbers(rel_tol=0.02)).items[0].value


def test_crh_is_not_moved_by_a_junk_value() -> None:
    table = table_of(
        [("a", "o", 478403.0), ("b", "o", 478403.0), ("c", "o", 4.8e12), ("d", "o", 480000.0)]
    )
    assert "478403" == crh(table, comparison=numbers(rel_tol=0.01)).items[0].value


def test_crh_takes_a_hedged_interval_as_agreeing_with_any_point_inside() -> None:
    claims = [
        TruthClaim("a", "o", "k", 2500, low=2400, high=2600),
        TruthClaim("b", "o", "k", 2450.0),
        TruthClaim("d", "o", "k", 2450.0),
        TruthClaim("c", "o", "k", 9000.0),
    ]
    item = crh(ClaimTable(claims), comparison=numbers()).items[0]
    assert ("2450", False) == (item.value, item.tie)
    assert item.confidence > 0.75


def test_crh_reports_a_tie_when_every_point_of_a_range_is_a_median() -> None:
    claims = [
        TruthClaim("a", "o", "k", 2500, low=2400, high=2600),
        TruthClaim("b", "o", "k", 2450.0),
        TruthClaim("c", "o", "k", 9000.0),
    ]
    item = crh(ClaimTable(claims), comparison=numbers()).items[0]
    assert ("2450", True, ("2450", "2600")) == (item.value, item.tie, item.tied)


def test_trust_reports_the_method_and_claim_count() -> None:
    estimate = accu(copied_table())
    source = estimate.sources[0]
    assert ("g0", Method.ACCU, 10) == (source.source, source.method, source.claims)


def test_results_are_sorted_by_documented_keys() -> None:
    estimate = vote(table_of([("b", "o2", "x"), ("a", "o1", "y"), ("c", "o1", "y")]))
    assert [("o1", "k"), ("o2", "k")] == [item.item for item in estimate.items]
    assert ["a", "b", "c"] == [s.source for s in estimate.sources]


def test_accu_dense_pair_statistics_match_the_enumerated_ones(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from reconcile.truth import _accu

    enumerated = accu(copied_table())
    monkeypatch.setattr(_accu, "_MAX_ENUMERATED_PAIRS", 0)
    dense = accu(copied_table())
    assert [i.value for i in enumerated.items] == [i.value for i in dense.items]
    assert [g.sources for g in enumerated.copy_groups] == [g.sources for g in dense.copy_groups]
    assert [s.trust for s in enumerated.sources] == pytest.approx([s.trust for s in dense.sources])


def test_accu_counts_a_known_group_as_one_source() -> None:
    rows = [(s, f"o{i}", "f") for s in "cde" for i in range(3)]
    rows += [("c", "o4", "p"), ("d", "o5", "q"), ("e", "o6", "r")]
    rows += [(s, f"o{i}", "t") for s in "ab" for i in range(3)] + [("b", "o3", "t")]
    assert "f" == accu(table_of(rows)).value_of("o0", "k")
    grouped = accu(table_of(rows), source_groups={"c": "wire", "d": "wire", "e": "wire"})
    assert ["t", "t", "t"] == [grouped.value_of(f"o{i}", "k") for i in range(3)]


def test_known_values_may_be_given_as_a_generator() -> None:
    table = table_of([("a", "o", "x"), ("b", "o", "y")])
    estimate = accu(table, known_true=(t for t in [("o", "k", "y")]))
    assert ("y", True) == (estimate.items[0].value, estimate.items[0].known)


def test_one_table_under_two_comparisons_gives_two_estimates() -> None:
    table = table_of([("a", "o", "100"), ("b", "o", "100.4"), ("c", "o", "100.4")])
    exact = vote(table, comparison=numbers())
    loose = truthfinder(table, comparison=numbers(rel_tol=0.01))
    assert ("100.4", 2) == (exact.items[0].value, loose.items[0].candidates)


@given(
    st.integers(min_value=8, max_value=40),
    st.lists(st.integers(min_value=0, max_value=12), min_size=1, max_size=5),
    st.integers(min_value=0, max_value=2**32 - 1),
    st.sampled_from([0, 40, 10_000]),
)
@settings(max_examples=60, deadline=None)
def test_accu_value_products_match_the_dense_reference(
    n_sources: int, spreads: list[int], seed: int, budget: int
) -> None:
    """Listing the pairs of light values and multiplying the heavy ones gives the
    products of the all-dense reference: exactly for counts, to rounding for weights."""
    import random

    import numpy as np

    from reconcile.truth import _accu, text
    from reconcile.truth._arrays import Arrays
    from reconcile.truth._encode import encode

    rng = random.Random(seed)
    rows = [
        (f"s{s}", f"o{i}", f"v{rng.randrange(spread + 1)}")
        for i, spread in enumerate(spreads)
        for s in range(n_sources)
        if rng.random() < 0.9
    ]
    arr = Arrays(encode(table_of(rows), text()))
    original = _accu._MAX_ENUMERATED_PAIRS
    _accu._MAX_ENUMERATED_PAIRS = budget
    try:
        stats = _accu.PairStats(arr)
        counts = np.ones(arr.n_val)
        assert np.array_equal(stats._value_gram(counts), stats._gram(arr.val, arr.w, counts))
        weights = np.asarray([rng.choice([0.0, 1e-13, rng.random()]) for _ in range(arr.n_val)])
        assert np.allclose(
            stats._value_gram(weights),
            stats._gram(arr.val, arr.w, weights),
            rtol=1e-12,
            atol=1e-12,
        )
    finally:
        _accu._MAX_ENUMERATED_PAIRS = original


@pytest.mark.parametrize("method", ALL, ids=lambda m: m.value)
def test_a_table_kept_as_columns_gives_the_estimate_of_its_claims(method: Method) -> None:
    """The command's columns, encoded on arrays, give the estimate of the claims they
    hold: copiers, missing values and a known-true value included."""
    import random

    from reconcile.truth._estimate import estimate_table
    from reconcile.truth._model import ClaimColumns

    rng = random.Random(3)
    rows = []
    for item in range(40):
        said: dict[int, str] = {}
        for s in range(12):
            value = said[0] if s in (7, 8) and rng.random() < 0.8 else rng.choice("ttttxyz-")
            said[s] = value
            rows.append((f"s{s}", f"o{item}", "k", value))
    rng.shuffle(rows)
    columns = ClaimColumns(*(list(c) for c in zip(*rows, strict=True)))
    known = {("o3", "k"): "y"}
    expected = estimate_truth(columns.table(), method=method, known_true=known)
    assert expected == estimate_table(columns, method=method, known_true=known)
