"""The column-wise encoding against the claim-by-claim reference encoding."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reconcile.truth import (
    ClaimTable,
    TruthClaim,
    ValueComparison,
    author_lists,
    numbers,
    text,
    times,
)
from reconcile.truth._encode import Encoded, _encode_claims, _encode_columns, encode, known_keys
from reconcile.truth._model import ClaimColumns

RAW = ["x", "X ", "y", "", "n/a", "12", "12.0", "4:55 p.m.", "16:55", "abc", "nan"]


@st.composite
def tables(draw: st.DrawFn) -> ClaimTable:
    """Tables of text values, some missing or unparseable, some hedged."""
    cells = draw(
        st.dictionaries(
            st.tuples(
                st.sampled_from(["a", "b", "c", "d"]),
                st.sampled_from(["o1", "o2", "o3"]),
                st.sampled_from(["k", "m"]),
            ),
            st.tuples(st.sampled_from(RAW), st.sampled_from([None, 1.0])),
            max_size=24,
        )
    )
    return ClaimTable(
        TruthClaim(s, o, k, v, low=low, high=None if low is None else 20.0)
        for (s, o, k), (v, low) in cells.items()
    )


def both(
    table: ClaimTable, comparison: ValueComparison, known: str | None = None
) -> tuple[Encoded | None, Encoded]:
    """Both encodings; ``known`` (a value of the comparison) is known true and false."""
    known_true = None if known is None else {("o1", "k"): known, ("o9", "k"): known}
    known_false = None if known is None else [("o2", "m", known), ("o9", "m", known)]
    extra_true, false_keys = known_keys(comparison, known_true, known_false)
    return (
        _encode_columns(table, comparison, extra_true, false_keys),
        _encode_claims(table, comparison, extra_true, false_keys),
    )


@pytest.mark.parametrize(
    ("comparison", "known"), [(text(), "y"), (numbers(), "12"), (times(), "16:55")], ids=repr
)
@given(table=tables(), use_known=st.booleans())
def test_column_wise_encoding_equals_the_reference(
    comparison: ValueComparison, known: str, table: ClaimTable, use_known: bool
) -> None:
    fast, reference = both(table, comparison, known if use_known else None)
    assert reference == fast


def test_a_source_repeating_itself_on_an_item_goes_claim_by_claim() -> None:
    table = ClaimTable([TruthClaim("a", "o", "k", "x"), TruthClaim("a", "o", "k", "X")])
    fast, reference = both(table, text())
    assert fast is None
    assert reference == encode(table, text())
    assert [1.0] == encode(table, text()).claim_weight


def test_numbers_as_values_go_claim_by_claim() -> None:
    table = ClaimTable([TruthClaim("a", "o", "k", 1.0), TruthClaim("b", "o", "k", "1")])
    assert (None, encode(table, numbers())) == both(table, numbers())


def test_column_wise_encoding_keeps_rejections_in_claim_order() -> None:
    table = ClaimTable(
        [
            TruthClaim("a", "o", "k", "n/a"),
            TruthClaim("b", "o", "k", "abc"),
            TruthClaim("c", "o", "k", "7"),
        ]
    )
    fast, reference = both(table, numbers())
    assert fast is not None
    assert reference == fast
    assert ["a", "b"] == [r.claim.source for r in fast.rejected]
    assert "missing value" == fast.rejected[0].reason


def test_zero_of_both_signs_goes_claim_by_claim() -> None:
    rows = [("a", "o", "0"), ("b", "o", "-0"), ("a", "p", "-0"), ("b", "p", "0")]
    table = ClaimTable([TruthClaim(s, o, "k", v) for s, o, v in rows])
    fast, reference = both(table, numbers())
    assert fast is None
    assert ["0.0", "-0.0"] == [repr(v) for v in reference.values]


@given(
    st.lists(
        st.lists(
            st.tuples(st.sampled_from(["o1", "o2", "o3"]), st.sampled_from(["x", "y", "z"])),
            max_size=4,
        ),
        min_size=1,
        max_size=3,
    ),
    st.lists(st.integers(min_value=0, max_value=2), min_size=1, max_size=8),
    st.integers(min_value=1, max_value=3),
)
def test_identical_sources_on_arrays_match_the_reference(
    claim_sets: list[list[tuple[str, str]]], copies: list[int], min_claims: int
) -> None:
    """Sources sharing a claim set (some giving two values on one item, some one claim
    or none) are grouped alike by the array version and the reference."""
    pytest.importorskip("numpy")
    from reconcile.truth._arrays import Arrays, identical_source_groups
    from reconcile.truth._encode import identical_sources

    claims = [
        TruthClaim(f"s{n}", obj, "k", value)
        for n, chosen in enumerate(copies)
        for obj, value in claim_sets[chosen % len(claim_sets)]
    ]
    claims.append(TruthClaim("lone", "o1", "k", "x"))
    enc = encode(ClaimTable(claims), text())
    assert identical_source_groups(Arrays(enc), min_claims=min_claims) == identical_sources(
        enc, min_claims=min_claims
    )


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["a", "b", "c"]),
            st.sampled_from(["o1", "o2", "o3"]),
            st.sampled_from(["x", "y", "z", ""]),
        ),
        min_size=1,
        max_size=20,
    )
)
def test_counts_on_arrays_match_the_estimate_s_own(rows: list[tuple[str, str, str]]) -> None:
    """Claims per source and sources per item, counted on arrays, are build_estimate's
    own, also where a source gives two values for one item or a value is rejected."""
    pytest.importorskip("numpy")
    from reconcile.truth import Method
    from reconcile.truth._arrays import Arrays
    from reconcile.truth._encode import build_estimate

    enc = encode(ClaimTable(TruthClaim(s, o, "k", v) for s, o, v in rows), text())
    if not enc.claim_source:
        return
    scores, trust = [0.5] * len(enc.values), [0.5] * len(enc.sources)
    counted = build_estimate(
        enc, Method.ACCU, scores=scores, trust=trust, iterations=1, counts=Arrays(enc).counts()
    )
    assert counted == build_estimate(enc, Method.ACCU, scores=scores, trust=trust, iterations=1)


@st.composite
def column_tables(draw: st.DrawFn) -> ClaimColumns:
    """Columns as a plain file gives them: text values, some missing or unparseable,
    rows in any order, and now and then a source twice on one item."""
    cells = draw(
        st.dictionaries(
            st.tuples(
                st.sampled_from(["a", "b", "c", "d"]),
                st.sampled_from(["o1", "o2", "o3", "o10"]),
                st.sampled_from(["k", "m"]),
            ),
            st.sampled_from(RAW),
            min_size=1,
            max_size=24,
        )
    )
    rows = [(*key, value) for key, value in cells.items()]
    if draw(st.integers(0, 9)) == 0:
        rows.append((*rows[0][:3], draw(st.sampled_from(RAW))))
    rows = draw(st.permutations(rows))
    sources, objects, attributes, values = (list(column) for column in zip(*rows, strict=True))
    return ClaimColumns(sources, objects, attributes, values)


@pytest.mark.parametrize(
    ("comparison", "known"),
    [(text(), "y"), (numbers(), "12"), (times(), "16:55"), (author_lists(), "x")],
    ids=repr,
)
@given(columns=column_tables(), use_known=st.booleans())
def test_encoding_the_columns_equals_encoding_their_claims(
    comparison: ValueComparison, known: str, columns: ClaimColumns, use_known: bool
) -> None:
    pytest.importorskip("numpy")
    from reconcile.truth._columnar import encode_columns

    known_true = None if not use_known else {("o1", "k"): known}
    known_false = None if not use_known else [("o2", "m", known), ("o9", "m", known)]
    fast = encode_columns(columns, comparison, known_true=known_true, known_false=known_false)
    reference = encode(columns.table(), comparison, known_true=known_true, known_false=known_false)
    assert fast is None or reference == fast


def test_columns_whose_sources_repeat_on_an_item_go_claim_by_claim() -> None:
    pytest.importorskip("numpy")
    from reconcile.truth._columnar import encode_columns

    columns = ClaimColumns(["a", "a", "b"], ["o", "o", "o"], ["k"] * 3, ["x", "y", "x"])
    assert encode_columns(columns, text()) is None
    assert [1.0, 0.5, 0.5] == sorted(encode(columns.table(), text()).claim_weight, reverse=True)


def test_columns_with_a_known_item_without_claims_go_claim_by_claim() -> None:
    pytest.importorskip("numpy")
    from reconcile.truth._columnar import encode_columns

    columns = ClaimColumns(["a"], ["o"], ["k"], ["x"])
    assert encode_columns(columns, text(), known_true={("p", "k"): "y"}) is None
    assert encode_columns(columns, text(), known_true={("o", "k"): "y"}) == encode(
        columns.table(), text(), known_true={("o", "k"): "y"}
    )
