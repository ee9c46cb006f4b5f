"""Each claim's cluster kept in the claims' order gives what the map of claim ids does.

``cluster_and_assess`` keeps each claim's cluster id in the order of the claims it was
given (:func:`reconcile.cluster.clusters_in_order`), so that the result writer need not
build and search a map of every claim id (``Result.cluster_of``). These tests check the
kept ids against the map, on the plain path and the general one, and the result bytes
against the writer that uses the map.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import reconcile.output
from reconcile.cluster import Clustering, Links, clusters_in_order
from reconcile.compare import Tolerances
from reconcile.normalize import NormalizedClaim, entity_resolver, normalize_claims
from reconcile.output import _claim_clusters, dumps_result
from reconcile.pipeline import reconcile as run
from reconcile.testing import claim_sets
from reconcile.verdicts import cluster_and_assess
from tests.test_plain_path import (
    _TOLERANCES,
    ALIASES,
    ClaimSet,
    _general_only,
    quantity_questions,
)


def _by_map(clustering: Clustering, claims: Sequence[NormalizedClaim]) -> list[str]:
    mapping = clustering.cluster_of()
    return [mapping[c.id] for c in claims]


@settings(max_examples=200, deadline=None)
@given(
    data=quantity_questions() | claim_sets(max_size=30),
    tolerances=_TOLERANCES,
    general=st.booleans(),
    shuffle=st.randoms(use_true_random=False),
)
def test_clusters_kept_in_order_are_those_of_the_map(
    data: ClaimSet, tolerances: Tolerances, general: bool, shuffle: random.Random
) -> None:
    docs, claims = data
    normalized = list(normalize_claims(claims, docs, resolver=entity_resolver(ALIASES)))
    shuffle.shuffle(normalized)
    if general:
        with _general_only():
            clustering, _ = cluster_and_assess(normalized, tolerances=tolerances)
    else:
        clustering, _ = cluster_and_assess(normalized, tolerances=tolerances)
    kept = clusters_in_order(clustering, normalized)
    assert kept is not None
    assert kept == _by_map(clustering, normalized)
    # Only for the very sequence clustered: a copy of it is another.
    assert clusters_in_order(clustering, list(normalized)) is None


@settings(max_examples=60, deadline=None)
@given(data=quantity_questions() | claim_sets(max_size=30), tolerances=_TOLERANCES)
def test_result_bytes_with_clusters_kept_in_order_are_those_of_the_map(
    data: ClaimSet, tolerances: Tolerances
) -> None:
    docs, claims = data
    # A claim given twice is rejected: the writer's claims are those kept.
    result = run(
        claims + claims[:1], docs, tolerances=tolerances, resolver=entity_resolver(ALIASES)
    )
    assert _claim_clusters(result) is not None
    fast = dumps_result(result)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(reconcile.output, "_claim_clusters", lambda result: None)
        assert dumps_result(result) == fast


@settings(max_examples=40, deadline=None)
@given(data=quantity_questions())
def test_no_clusters_kept_with_links_or_for_other_claims(data: ClaimSet) -> None:
    docs, claims = data
    normalized = normalize_claims(claims, docs, resolver=entity_resolver(ALIASES))
    ids = [c.id for c in normalized]
    if len(ids) >= 2:
        linked, _ = cluster_and_assess(normalized, links=Links(same=[(ids[0], ids[1])]))
        assert clusters_in_order(linked, normalized) is None
    clustering, _ = cluster_and_assess(normalized)
    assert clusters_in_order(clustering, normalized) == _by_map(clustering, list(normalized))
    assert clusters_in_order(clustering, list(normalized)) is None


@settings(max_examples=40, deadline=None)
@given(data=quantity_questions())
def test_the_writer_uses_the_map_where_ids_do_not_increase(data: ClaimSet) -> None:
    docs, claims = data
    result = run(claims, docs, resolver=entity_resolver(ALIASES))
    if len(result.claims) < 2:
        return
    # The same claims in another order, clustered as given: the writer uses the map,
    # and writes what it writes for them.
    backwards = result.claims[::-1]
    clustering, verdicts = cluster_and_assess(backwards)
    assert clusters_in_order(clustering, backwards) is not None
    turned = attrs.evolve(result, claims=backwards, clustering=clustering, verdicts=verdicts)
    assert _claim_clusters(turned) is None
    fast = dumps_result(turned)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(reconcile.output, "_claim_clusters", lambda result: None)
        assert dumps_result(turned) == fast
