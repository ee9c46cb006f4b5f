"""Source trust as map-reduce rounds on a two-process local cluster equals the in-process
formula: the independence-aware vote exactly, CRH weights and truths exactly."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reconcile.distributed import (
    TrustClaim,
    crh,
    crh_dask,
    independent_vote,
    independent_vote_dask,
    trust_claims_of_result,
)
from reconcile.errors import ConvergenceError

# Dask is partly typed; its objects are handled as Any here.
distributed: Any = pytest.importorskip("distributed")
pytest.importorskip("pyarrow")


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


rows = st.builds(
    TrustClaim,
    source=st.sampled_from([f"s{i}" for i in range(6)]),
    object=st.sampled_from([f"q{i}" for i in range(8)]),
    value=st.sampled_from([0.0, 10.0, 11.0, 12.5, 20.0, 100.0, 1e6]),
    group=st.sampled_from(["", "g1", "g2"]),
)


def _split_by_object(claims: list[TrustClaim], n: int) -> list[list[TrustClaim]]:
    parts: list[list[TrustClaim]] = [[] for _ in range(n)]
    for claim in claims:
        parts[int(claim.object[1:]) % n].append(claim)
    return parts


_settings = settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@_settings
@given(claims=st.lists(rows, max_size=60), n=st.integers(1, 5))
def test_the_vote_on_the_cluster_equals_the_in_process_vote(
    client: Any, claims: list[TrustClaim], n: int
) -> None:
    # Any split: an object may span parts.
    parts = [claims[i::n] for i in range(n)]
    assert independent_vote(claims) == independent_vote_dask(client, parts)


@_settings
@given(claims=st.lists(rows, max_size=60), n=st.integers(1, 5))
def test_crh_on_the_cluster_equals_the_in_process_crh(
    client: Any, claims: list[TrustClaim], n: int
) -> None:
    try:
        expected = crh(claims)
    except ConvergenceError:
        with pytest.raises(ConvergenceError):
            crh_dask(client, _split_by_object(claims, n))
        return
    assert expected == crh_dask(client, _split_by_object(claims, n))


def test_crh_refuses_an_object_split_across_parts(client: Any) -> None:
    claims = [TrustClaim("a", "q", 1.0), TrustClaim("b", "q", 2.0)]
    with pytest.raises(ValueError, match="two parts"):
        crh_dask(client, [claims[:1], claims[1:]])


def test_crh_trusts_the_accurate_sources_of_a_reconciled_result(
    client: Any, tmp_path: Path
) -> None:
    from reconcile.distributed import reconcile_dask
    from reconcile.synthetic import generate

    data = generate(4000, sources=10, seed=4, evolving_share=0.0, copier_share=0.0)
    reconcile_dask(data.claims, data.documents, out=tmp_path, client=client)
    parts = trust_claims_of_result(client, tmp_path)
    estimate = crh_dask(client, parts)
    in_process = crh([c for part in client.gather(parts) for c in part])
    assert in_process == estimate
    accuracy = dict(data.accuracy)
    best = max(accuracy, key=lambda s: accuracy[s])
    worst = min(accuracy, key=lambda s: accuracy[s])
    assert estimate.weights[best] > estimate.weights[worst]
