"""Core invariants under hypothesis: partitions, cannot-links, symmetry, order, round trips."""

import json
from itertools import combinations

import attrs
from hypothesis import given
from hypothesis import strategies as st

from reconcile.compare import DEFAULT_TOLERANCES, Relation, Tolerances, compare_values
from reconcile.model import Claim, Document
from reconcile.normalize import plain_resolver
from reconcile.output import dumps_result
from reconcile.pipeline import reconcile
from reconcile.schema import claim_from_record, claim_to_record, value_from_record, value_to_record
from reconcile.testing import claim_sets, quantities, values
from reconcile.values import Quantity, Value

ClaimSet = tuple[tuple[Document, ...], tuple[Claim, ...]]


@given(claim_sets())
def test_clusters_partition_the_kept_claims(data: ClaimSet) -> None:
    docs, claims = data
    result = reconcile(claims, docs, resolver=plain_resolver)
    members = [c for cluster in result.clustering.clusters for c in cluster.claims]
    assert sorted(members) == sorted(c.id for c in result.claims)
    assert len(members) == len(set(members))


@given(claim_sets())
def test_claims_in_one_cluster_never_contradict(data: ClaimSet) -> None:
    docs, claims = data
    result = reconcile(claims, docs, resolver=plain_resolver)
    by_id = {c.id: c.value for c in result.claims}
    for cluster in result.clustering.clusters:
        for a, b in combinations(cluster.claims, 2):
            assert compare_values(by_id[a], by_id[b]).is_compatible, (a, b)


@given(values(), values())
def test_comparison_is_symmetric_up_to_direction(a: Value, b: Value) -> None:
    forward, backward = compare_values(a, b), compare_values(b, a)
    assert forward.relation == backward.relation
    if forward.relation is Relation.REFINES:
        assert {forward.finer, backward.finer} == {"a", "b"}


@given(claim_sets(), st.randoms(use_true_random=False))
def test_output_is_identical_under_any_input_order(data: ClaimSet, rng) -> None:  # type: ignore[no-untyped-def]
    docs, claims = data
    shuffled_claims, shuffled_docs = list(claims), list(docs)
    rng.shuffle(shuffled_claims)
    rng.shuffle(shuffled_docs)
    first = dumps_result(reconcile(claims, docs, resolver=plain_resolver))
    second = dumps_result(reconcile(shuffled_claims, shuffled_docs, resolver=plain_resolver))
    assert first == second


@given(claim_sets(max_size=10))
def test_claim_records_round_trip_through_json(data: ClaimSet) -> None:
    _, claims = data
    for claim in claims:
        record = json.loads(json.dumps(claim_to_record(claim)))
        assert claim == claim_from_record(record)


@given(values())
def test_value_records_round_trip(value: Value) -> None:
    assert value == value_from_record(json.loads(json.dumps(value_to_record(value))))


@given(claim_sets(), st.data())
def test_every_input_claim_is_kept_or_rejected(data: ClaimSet, draw: st.DataObject) -> None:
    docs, claims = data
    # Repeat some claims and give others a clashing id, as careless input does.
    repeats = draw.draw(st.lists(st.sampled_from(claims), max_size=3)) if claims else []
    clashes = [
        Claim(
            id=c.id,
            document=c.document,
            subject=c.subject + " x",
            attribute=c.attribute,
            value=c.value,
        )
        for c in (
            draw.draw(st.lists(st.sampled_from(claims), max_size=2, unique=True)) if claims else []
        )
    ]
    inputs = [*claims, *repeats, *clashes]
    result = reconcile(inputs, docs, resolver=plain_resolver)
    rejected_claims = [r for r in result.rejected if r.kind.value == "claim"]
    assert len(inputs) == len(result.claims) + len(rejected_claims)


@given(claim_sets(), st.sampled_from([0.0, 0.1]), st.integers(0, 3))
def test_any_tolerance_and_evolving_kinds_keep_clusters_consistent(
    data: ClaimSet, relative: float, days: int
) -> None:
    from reconcile.compare import Tolerances

    docs, claims = data
    tolerances = Tolerances(
        relative=relative, days=days, evolving=("quantity", "date", "vote", "label")
    )
    result = reconcile(claims, docs, resolver=plain_resolver, tolerances=tolerances)
    by_id = {c.id: c.value for c in result.claims}
    for cluster in result.clustering.clusters:
        for a, b in combinations(cluster.claims, 2):
            assert compare_values(by_id[a], by_id[b], tolerances=tolerances).is_compatible


@given(
    claim_sets(),
    st.sampled_from([0.0, 0.1]),
    st.sampled_from(["ucdp", "conservative"]),
    st.data(),
)
def test_clustering_and_verdicts_in_one_pass_equal_the_two_calls(
    data: ClaimSet, relative: float, policy: str, draw: st.DataObject
) -> None:
    # The pipeline makes each question's verdict as it is clustered; the public calls
    # one after the other must give the same clustering and verdicts, links and trust too.
    from reconcile.cluster import Links, cluster_claims
    from reconcile.compare import Tolerances
    from reconcile.normalize import normalize_claims
    from reconcile.verdicts import EstimatePolicy, assess, cluster_and_assess

    docs, claims = data
    normalized = normalize_claims(claims, docs, resolver=plain_resolver)
    ids = [c.id for c in normalized]
    pairs = (
        draw.draw(st.lists(st.tuples(st.sampled_from(ids), st.sampled_from(ids)), max_size=2))
        if ids
        else []
    )
    # Either kind of link, not both: the pipeline refuses 'different' inside 'same'.
    links = Links(same=pairs) if draw.draw(st.booleans()) else Links(different=pairs)
    sources = sorted({c.source for c in normalized})
    trust = draw.draw(
        st.dictionaries(st.sampled_from(sources), st.sampled_from([0.2, 0.7]), max_size=2)
        if sources
        else st.just({})
    )
    tolerances = Tolerances(relative=relative)
    chosen = EstimatePolicy(policy)
    clustering = cluster_claims(normalized, tolerances=tolerances, links=links)
    verdicts = assess(normalized, clustering, policy=chosen, trust=trust)
    assert (clustering, verdicts) == cluster_and_assess(
        normalized, tolerances=tolerances, links=links, policy=chosen, trust=trust
    )


@given(
    st.one_of(quantities(), values()),
    st.one_of(quantities(), values()),
    st.sampled_from(["", "km"]),
    st.sampled_from([DEFAULT_TOLERANCES, Tolerances(relative=0.1), Tolerances(absolute=3)]),
)
def test_quantities_plainly_apart_are_what_the_comparison_calls_a_contradiction(
    a: Value, b: Value, unit: str, tolerances: Tolerances
) -> None:
    # The clustering's shortcut past the plain comparison of two clusters' figures.
    from reconcile.cluster import _plainly_apart

    if isinstance(b, Quantity) and unit:
        b = attrs.evolve(b, unit=unit)
    relation = compare_values(a, b, tolerances=tolerances).relation
    if _plainly_apart(a, b, tolerances):
        assert relation is Relation.CONTRADICTS
    elif isinstance(a, Quantity) and isinstance(b, Quantity):
        assert relation is not Relation.CONTRADICTS
