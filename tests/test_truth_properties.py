"""Properties: shuffled input, renamed perfect copiers and determinism."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reconcile.truth import ClaimTable, Method, TruthClaim, TruthEstimate, estimate_truth

SOURCES = [f"s{i}" for i in range(6)]
OBJECTS = [f"o{i}" for i in range(5)]
VALUES = ["v0", "v1", "v2"]


@st.composite
def claim_tables(draw: st.DrawFn) -> ClaimTable:
    """Tables of up to 6 sources x 5 objects, one value per source and object."""
    cells = draw(
        st.dictionaries(
            st.tuples(st.sampled_from(SOURCES), st.sampled_from(OBJECTS)),
            st.sampled_from(VALUES),
            min_size=1,
            max_size=30,
        )
    )
    return ClaimTable([TruthClaim(s, o, "k", v) for (s, o), v in cells.items()])


def chosen(estimate: TruthEstimate) -> list[tuple[str, str, str | None, bool]]:
    return [(i.object, i.attribute, i.value, i.tie) for i in estimate.items]


@given(claim_tables(), st.randoms(use_true_random=False), st.sampled_from(list(Method)))
def test_shuffled_input_gives_the_identical_estimate(
    table: ClaimTable, rng: random.Random, method: Method
) -> None:
    claims = list(table.claims)
    rng.shuffle(claims)
    assert estimate_truth(table, method=method) == estimate_truth(ClaimTable(claims), method=method)


@given(claim_tables(), st.data(), st.sampled_from([Method.VOTE, Method.ACCU]))
def test_a_perfect_copier_does_not_change_the_estimate(
    table: ClaimTable, data: st.DataObject, method: Method
) -> None:
    by_source: dict[str, list[TruthClaim]] = {}
    for claim in table.claims:
        by_source.setdefault(claim.source, []).append(claim)
    # A source with a single claim carries no evidence of copying (see identical_sources).
    candidates = sorted(s for s, claims in by_source.items() if len(claims) >= 2)
    if not candidates:
        return
    original = data.draw(st.sampled_from(candidates))
    copier = [TruthClaim("copier", c.object, c.attribute, c.value) for c in by_source[original]]
    before = estimate_truth(table, method=method)
    after = estimate_truth(table.with_claims(copier), method=method)
    assert chosen(before) == chosen(after)
    # The copier's index shifts every later source's, so sums run in another order:
    # equal up to floating-point rounding, not bit for bit.
    assert [i.confidence for i in after.items] == pytest.approx(
        [i.confidence for i in before.items], rel=1e-9, abs=1e-12
    )
    assert after.trust_of(original) == after.trust_of("copier")
    assert any({original, "copier"} <= set(g.sources) for g in after.copy_groups)
