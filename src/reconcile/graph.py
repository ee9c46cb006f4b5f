"""The claim graph: sources, documents, claims, clusters and entities in one networkx graph.

Nodes carry a ``type`` (``source``, ``document``, ``claim``, ``cluster``, ``entity``)
and ids prefixed by it (``claim:c1``). Edges carry a ``kind``:

==============  ======================  ===========================================
kind            from -> to              meaning
==============  ======================  ===========================================
``publishes``   source -> document      the document belongs to the source group
``asserts``     document -> claim       the document makes the claim
``about``       claim -> entity         the claim's subject (and ``located_in``
                                        for its place)
``member_of``   claim -> cluster        the claim agrees with the cluster
``refines``     claim -> claim          the target is more precise than the source
``agrees``      claim -> claim          compatible, inside one cluster
``agrees``      claim -> cluster        the claim fits a cluster its own contradicts
``contradicts`` cluster -> cluster      cannot both hold for the same time
``updates``     cluster -> cluster      the target is a later figure
``copies``      source -> source        copy detection found dependence
==============  ======================  ===========================================

Agreement is membership of one cluster, never an all-pairs clique, so the number of
edges grows linearly with the number of claims.

Examples:
    >>> import datetime as dt
    >>> from reconcile.model import Claim, Document
    >>> from reconcile.pipeline import reconcile
    >>> from reconcile.normalize import plain_resolver
    >>> from reconcile.values import Quantity
    >>> claims = [Claim(id=str(i), document=d, subject="US troops", attribute="deployed",
    ...                 value=Quantity.exact(n)) for i, (d, n) in enumerate(
    ...                 [("a", 2500), ("b", 2500), ("c", 900)])]
    >>> graph = claim_graph(reconcile(claims, resolver=plain_resolver))
    >>> [(e["a"], e["b"]) for e in contradictions(graph)]
    [('cluster:us troops:deployed#1', 'cluster:us troops:deployed#2')]
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from reconcile._atomic import atomic_binary
from reconcile.pipeline import Result
from reconcile.schema import value_to_record

if TYPE_CHECKING:
    import networkx as nx

__all__ = [
    "agreements",
    "claim_graph",
    "claims_about",
    "claims_of_source",
    "contradictions",
    "graphml_text",
    "to_node_link",
    "write_graphml",
]


def _scalar(value: Any) -> str | int | float | bool:
    # GraphML only holds scalars; nested values are kept as JSON text.
    if isinstance(value, (str, int, float, bool)):
        return value
    if value is None:
        return ""
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def claim_graph(result: Result, *, copies: Iterable[tuple[str, str, str]] = ()) -> nx.MultiDiGraph:
    """Build the claim graph of a result.

    Args:
        result: a reconciliation result.
        copies: optional ``(copier source, original source, evidence)`` triples from
            copy detection; they become ``copies`` edges.

    Returns:
        A ``networkx.MultiDiGraph`` whose nodes and edges were added in sorted order, so
        iteration order is the same for the same result.

    Notes:
        O(n) nodes and edges for n claims (plus cluster pairs of one question).
    """
    import networkx as nx  # noqa: PLC0415 - networkx only where a graph is built

    graph = nx.MultiDiGraph(schema_version=result.schema_version)
    for source in result.sources:
        graph.add_node(f"source:{source.id}", type="source", label=source.name)
    group_of = {doc: s.id for s in result.sources for doc in s.documents}
    for doc in result.documents:
        node = f"document:{doc.id}"
        graph.add_node(
            node,
            type="document",
            label=doc.title or doc.id,
            outlet=_scalar(doc.outlet),
            author=_scalar(doc.author),
            published=doc.published.isoformat() if doc.published else "",
        )
        graph.add_edge(f"source:{group_of[doc.id]}", node, kind="publishes")
    cluster_of = result.cluster_of()
    entities: dict[str, str] = {}
    for nc in result.claims:
        entities.setdefault(nc.subject.key, nc.subject.name)
        if nc.place:
            entities.setdefault(nc.place.key, nc.place.name)
    for key in sorted(entities):
        graph.add_node(f"entity:{key}", type="entity", label=entities[key])
    for cluster in result.clustering.clusters:
        graph.add_node(
            f"cluster:{cluster.id}",
            type="cluster",
            label=cluster.id,
            question=cluster.question.id,
            denied=cluster.denied,
        )
    for nc in result.claims:
        node = f"claim:{nc.id}"
        value = value_to_record(nc.value)
        evidence = nc.claim.evidence
        graph.add_node(
            node,
            type="claim",
            label=str(nc.value),
            attribute=nc.claim.attribute,
            value=_scalar(value),
            kind=value["kind"],
            quote=evidence.quote if evidence else "",
            source=nc.source,
        )
        graph.add_edge(f"document:{nc.claim.document}", node, kind="asserts")
        graph.add_edge(node, f"entity:{nc.subject.key}", kind="about")
        if nc.place:
            graph.add_edge(node, f"entity:{nc.place.key}", kind="located_in")
        graph.add_edge(node, f"cluster:{cluster_of[nc.id]}", kind="member_of")
    cluster_ids = {c.id for c in result.clustering.clusters}
    for relation in result.clustering.relations:
        a = "cluster" if relation.a in cluster_ids else "claim"
        b = "cluster" if relation.b in cluster_ids else "claim"
        graph.add_edge(
            f"{a}:{relation.a}",
            f"{b}:{relation.b}",
            kind=relation.kind.value,
            reason=relation.reason,
        )
    for copier, original, why in sorted(copies):
        graph.add_edge(f"source:{copier}", f"source:{original}", kind="copies", reason=why)
    return graph


def _edges(graph: nx.MultiDiGraph, kind: str) -> list[dict[str, str]]:
    return [
        {"a": a, "b": b, "reason": data.get("reason", "")}
        for a, b, data in graph.edges(data=True)
        if data.get("kind") == kind
    ]


def contradictions(graph: nx.MultiDiGraph) -> list[dict[str, str]]:
    """Every ``contradicts`` edge: ``a``, ``b`` (cluster nodes) and the ``reason``."""
    return _edges(graph, "contradicts")


def agreements(graph: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """Every cluster backed by two or more claims, with its claims and their sources.

    Examples:
        >>> import networkx
        >>> agreements(networkx.MultiDiGraph())
        []
    """
    found = []
    for node, data in graph.nodes(data=True):
        if data.get("type") != "cluster":
            continue
        members = sorted(
            a for a, _, d in graph.in_edges(node, data=True) if d["kind"] == "member_of"
        )
        if len(members) >= 2:
            sources = sorted({graph.nodes[m]["source"] for m in members})
            found.append({"cluster": node, "claims": members, "sources": sources})
    return found


def claims_of_source(graph: nx.MultiDiGraph, source: str) -> list[str]:
    """The claim nodes a source asserted, through its documents (``source`` without prefix)."""
    node = source if source.startswith("source:") else f"source:{source}"
    claims: list[str] = []
    for _, doc, data in graph.out_edges(node, data=True):
        if data["kind"] == "publishes":
            claims.extend(
                c for _, c, d in graph.out_edges(doc, data=True) if d["kind"] == "asserts"
            )
    return sorted(claims)


def claims_about(graph: nx.MultiDiGraph, entity: str) -> list[str]:
    """The claim nodes about an entity (as subject or place; ``entity`` without prefix)."""
    node = entity if entity.startswith("entity:") else f"entity:{entity}"
    if node not in graph:
        return []
    return sorted(
        a for a, _, d in graph.in_edges(node, data=True) if d["kind"] in ("about", "located_in")
    )


def to_node_link(graph: nx.MultiDiGraph) -> dict[str, Any]:
    """The graph as node-link JSON (for Cytoscape, d3 or reloading with networkx)."""
    import networkx as nx  # noqa: PLC0415 - networkx only where a graph is built

    data: dict[str, Any] = nx.node_link_data(graph, edges="edges")
    return data


# Characters XML 1.0 cannot hold, even escaped: most C0 controls, surrogates, U+FFFE/F.
_NOT_XML: Final = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml_text(value: Any) -> Any:
    return _NOT_XML.sub("\ufffd", value) if isinstance(value, str) else value


def _xml_safe(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose ids and text attributes hold only characters XML allows (else U+FFFD)."""
    import networkx as nx  # noqa: PLC0415 - networkx only where a graph is built

    safe = nx.MultiDiGraph(**{k: _xml_text(v) for k, v in graph.graph.items()})
    for node, data in graph.nodes(data=True):
        safe.add_node(_xml_text(node), **{k: _xml_text(v) for k, v in data.items()})
    for a, b, key, data in graph.edges(keys=True, data=True):
        safe.add_edge(
            _xml_text(a),
            _xml_text(b),
            key=_xml_text(key),
            **{k: _xml_text(v) for k, v in data.items()},
        )
    return safe


def write_graphml(graph: nx.MultiDiGraph, path: str | Path) -> None:
    """Write the graph as GraphML (for Gephi, yEd, Cytoscape), atomically.

    Characters that XML cannot hold (NUL and other control characters) are written as
    U+FFFD, so that every GraphML reader can read the file back.
    """
    import networkx as nx  # noqa: PLC0415 - networkx only where a graph is built

    with atomic_binary(path) as out:
        nx.write_graphml(_xml_safe(graph), out)


def graphml_text(graph: nx.MultiDiGraph) -> str:
    """The graph as GraphML text, the same bytes :func:`write_graphml` writes."""
    import networkx as nx  # noqa: PLC0415 - networkx only where a graph is built

    buffer = io.BytesIO()
    nx.write_graphml(_xml_safe(graph), buffer)
    return buffer.getvalue().decode("utf-8")
