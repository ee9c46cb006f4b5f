"""The value objects: claims validate themselves, tables deduplicate and sort."""

from __future__ import annotations

import pytest

from reconcile.errors import InvalidClaim, InvalidValue
from reconcile.truth import ClaimTable, TruthClaim
from reconcile.truth._model import trusted_claims


def test_claim_with_an_empty_source_is_rejected() -> None:
    with pytest.raises(InvalidClaim) as info:
        TruthClaim(" ", "o", "k", "x")
    assert "source" == info.value.field


def test_claim_with_low_above_high_names_the_field() -> None:
    with pytest.raises(InvalidValue) as info:
        TruthClaim("s", "o", "k", 30, low=30, high=25)
    assert "low" == info.value.field


def test_claim_with_an_infinite_bound_is_rejected() -> None:
    with pytest.raises(InvalidValue):
        TruthClaim("s", "o", "k", 30, low=float("-inf"))


def test_table_sorts_and_deduplicates_claims() -> None:
    b = TruthClaim("b", "o", "k", "x")
    a = TruthClaim("a", "o", "k", "x")
    assert (a, b) == ClaimTable([b, a, b]).claims


def test_table_lists_sources_and_items_sorted() -> None:
    table = ClaimTable([TruthClaim("z", "o2", "k", "x"), TruthClaim("a", "o1", "k", "y")])
    assert ("a", "z") == table.sources
    assert (("o1", "k"), ("o2", "k")) == table.items


def test_without_sources_drops_their_claims() -> None:
    table = ClaimTable([TruthClaim("a", "o", "k", "x"), TruthClaim("b", "o", "k", "y")])
    assert ("a",) == table.without_sources(["b"]).sources


def test_with_claims_adds_claims() -> None:
    table = ClaimTable([TruthClaim("a", "o", "k", "x")])
    assert 2 == len(table.with_claims([TruthClaim("b", "o", "k", "x")]))


def test_table_order_with_names_holding_nul_matches_the_tuple_order() -> None:
    claims = [
        TruthClaim("a", "o\0b", "k", "x"),
        TruthClaim("a", "o", "k\0", "x"),
        TruthClaim("a", "o", "k", "x"),
        TruthClaim("b\0", "o", "k", "x"),
        TruthClaim("b", "o", "k", "x"),
    ]
    want = tuple(sorted(claims, key=lambda c: (c.object, c.attribute, c.source)))
    assert want == ClaimTable(reversed(claims)).claims


def test_table_orders_one_sources_values_on_an_item() -> None:
    claims = [
        TruthClaim("a", "o", "k", "y"),
        TruthClaim("a", "o", "k", 2.0),
        TruthClaim("a", "o", "k", "x"),
        TruthClaim("a", "n", "k", "x"),
        TruthClaim("a", "o", "k", "x"),
    ]
    assert [("n", "x"), ("o", 2.0), ("o", "x"), ("o", "y")] == [
        (c.object, c.value) for c in ClaimTable(claims).claims
    ]


def test_trusted_claims_equal_validated_claims() -> None:
    built = trusted_claims(["a", "b"], ["o", "o"], ["k", "k"], ["x", ""])
    assert [TruthClaim("a", "o", "k", "x"), TruthClaim("b", "o", "k", "")] == built
