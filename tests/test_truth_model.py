"""The value objects: claims validate themselves, tables deduplicate and sort."""

from __future__ import annotations

import pytest

from reconcile.errors import InvalidClaim, InvalidValue
from reconcile.truth import ClaimTable, TruthClaim


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
