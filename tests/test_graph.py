import json
from pathlib import Path

import networkx as nx

from reconcile.graph import (
    agreements,
    claim_graph,
    claims_about,
    claims_of_source,
    contradictions,
    to_node_link,
    write_graphml,
)
from reconcile.normalize import plain_resolver
from reconcile.pipeline import Result, reconcile
from reconcile.synthetic import generate
from reconcile.values import Quantity

from .helpers import claim, doc


def _result() -> Result:
    docs = [doc("a", "Wire"), doc("b", "Daily"), doc("c", "Post"), doc("d", "Wire")]
    claims = [
        claim("1", "a", Quantity.exact(2500)),
        claim("2", "b", Quantity.exact(2500)),
        claim("3", "c", Quantity.exact(900)),
        claim("4", "d", Quantity.exact(900), place="Syria"),
    ]
    return reconcile(claims, docs, resolver=plain_resolver)


def test_contradiction_is_an_edge_between_clusters_with_its_reason() -> None:
    [edge] = contradictions(claim_graph(_result()))
    assert ("cluster:us troops:deployed@iraq#1", "cluster:us troops:deployed@iraq#2") == (
        edge["a"],
        edge["b"],
    )
    assert "2,500 and 900 cannot both hold" in edge["reason"] or "900 and 2,500" in edge["reason"]


def test_agreement_is_cluster_membership_with_independent_sources() -> None:
    [found] = agreements(claim_graph(_result()))
    assert (["claim:1", "claim:2"], ["outlet:daily", "outlet:wire"]) == (
        found["claims"],
        found["sources"],
    )


def test_source_and_entity_queries() -> None:
    graph = claim_graph(_result())
    assert ["claim:1", "claim:4"] == claims_of_source(graph, "outlet:wire")
    assert ["claim:4"] == claims_about(graph, "syria")
    assert [] == claims_about(graph, "nowhere")


def test_edges_grow_linearly_with_claims() -> None:
    sizes = []
    for n in (500, 5000):
        data = generate(n, sources=30, seed=3)
        graph = claim_graph(reconcile(data.claims, data.documents, resolver=plain_resolver))
        sizes.append(graph.number_of_edges() / n)
    # Per-claim edge count stays flat: no all-pairs agreement cliques.
    assert sizes[1] < sizes[0] * 1.2


def test_graphml_and_node_link_round_trip(tmp_path: Path) -> None:
    graph = claim_graph(_result(), copies=[("outlet:post", "outlet:wire", "shared errors")])
    write_graphml(graph, tmp_path / "g.graphml")
    back = nx.read_graphml(tmp_path / "g.graphml")
    assert graph.number_of_edges() == back.number_of_edges()
    data = json.loads(json.dumps(to_node_link(graph)))
    assert graph.number_of_nodes() == len(data["nodes"])
    assert any(e.get("kind") == "copies" for e in data["edges"])


def test_a_range_that_fits_rival_figures_is_linked_to_both_clusters() -> None:
    docs = [doc("a", "Officials"), doc("b", "Hospital"), doc("c", "Wire")]
    claims = [
        claim("officials", "a", Quantity.exact(500)),
        claim("hospital", "b", Quantity.exact(632)),
        claim("wire", "c", Quantity.range(450, 650)),
    ]
    result = reconcile(claims, docs, resolver=plain_resolver)
    graph = claim_graph(result)
    assert all("type" in data for _, data in graph.nodes(data=True))
    wire = f"cluster:{result.cluster_of()['wire']}"
    kinds = {
        (b, data["kind"])
        for a, b, data in graph.edges(data=True)
        if a == wire and graph.nodes[b]["type"] == "cluster"
    }
    others = {f"cluster:{result.cluster_of()[c]}" for c in ("officials", "hospital")}
    assert {(b, "refines") for b in others} == kinds
