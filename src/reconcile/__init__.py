"""reconcile: cross-source fact reconciliation.

The public names most scripts need are importable from here; each stage also has its
own module (``reconcile.values``, ``reconcile.compare``, ``reconcile.cluster``, ...).

Examples:
    >>> from reconcile import Quantity, Hedge, compare_values
    >>> compare_values(Quantity.hedged(2500, Hedge.ABOUT), Quantity.exact(2500)).relation
    <Relation.AGREES: 'agrees'>
"""

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reconcile.cluster import Cluster, Clustering, Question, RelationRecord, cluster_claims
    from reconcile.compare import Comparison, Relation, Tolerances, compare_scoped, compare_values
    from reconcile.entities import AliasTable, match_names, resolve_entities
    from reconcile.errors import (
        ConvergenceError,
        DuplicateId,
        ExtractionError,
        InputErrors,
        InvalidClaim,
        InvalidDocument,
        InvalidInput,
        InvalidValue,
        MissingDependency,
        ReconcileError,
        SchemaError,
    )
    from reconcile.graph import claim_graph
    from reconcile.io import read_aliases, read_claims, read_documents
    from reconcile.model import Claim, Document, Evidence, Modality, Rejection
    from reconcile.normalize import NormalizedClaim, entity_resolver, normalize_claims
    from reconcile.output import dumps_result, result_to_record
    from reconcile.pipeline import Result, Settings, reconcile
    from reconcile.report import (
        Report,
        build_report,
        render_html,
        render_json,
        render_markdown,
    )
    from reconcile.values import (
        DateSpan,
        Granularity,
        Hedge,
        Label,
        Quantity,
        VoteOutcome,
        VoteResult,
    )
    from reconcile.verdicts import Estimate, EstimatePolicy, Status, Verdict, assess


#: Where each public name lives; they load on first use (see ``__getattr__``).
_HOMES = {
    "cluster": ("Cluster", "Clustering", "Question", "RelationRecord", "cluster_claims"),
    "compare": ("Comparison", "Relation", "Tolerances", "compare_scoped", "compare_values"),
    "entities": ("AliasTable", "match_names", "resolve_entities"),
    "errors": (
        "ConvergenceError",
        "DuplicateId",
        "ExtractionError",
        "InputErrors",
        "InvalidClaim",
        "InvalidDocument",
        "InvalidInput",
        "InvalidValue",
        "MissingDependency",
        "ReconcileError",
        "SchemaError",
    ),
    "graph": ("claim_graph",),
    "io": ("read_aliases", "read_claims", "read_documents"),
    "model": ("Claim", "Document", "Evidence", "Modality", "Rejection"),
    "normalize": ("NormalizedClaim", "entity_resolver", "normalize_claims"),
    "output": ("dumps_result", "result_to_record"),
    "pipeline": ("Result", "Settings", "reconcile"),
    "report": (
        "Report",
        "build_report",
        "html_repr",
        "render_html",
        "render_json",
        "render_markdown",
    ),
    "values": (
        "DateSpan",
        "Granularity",
        "Hedge",
        "Label",
        "Quantity",
        "VoteOutcome",
        "VoteResult",
    ),
    "verdicts": ("Estimate", "EstimatePolicy", "Status", "Verdict", "assess"),
}


def _load() -> None:
    """Import the public names and their modules, as ``import reconcile`` once did.

    Entry points that need one corner of the package (``python -m reconcile.truth``)
    import the package first; importing every stage, networkx and the report layer
    for them cost 0.17 s of a 1.7 s truth-discovery run. Everything loads on the first
    name asked for, the notebook views wired as before.
    """
    found: dict[str, object] = {}
    for home, names in _HOMES.items():
        module = importlib.import_module(f"reconcile.{home}")
        found.update((name, getattr(module, name)) for name in names)
    # Notebook views: the core classes cannot import the report layer above them, so
    # the package wires the report's HTML view onto them here.
    html_repr = found["html_repr"]
    found["Result"]._repr_html_ = html_repr  # type: ignore[attr-defined]
    found["Verdict"]._repr_html_ = html_repr  # type: ignore[attr-defined]
    found["_loaded"] = True
    globals().update(found)


_loaded = False


def __getattr__(name: str) -> object:
    """A public name, or a stage module, loaded on first use (PEP 562)."""
    if not _loaded and not name.startswith("__"):
        _load()
        if name in globals():
            return globals()[name]
    raise AttributeError(f"module 'reconcile' has no attribute {name!r}")


__version__ = "0.1.0"

__all__ = [
    "AliasTable",
    "Claim",
    "Cluster",
    "Clustering",
    "Comparison",
    "ConvergenceError",
    "DateSpan",
    "Document",
    "DuplicateId",
    "Estimate",
    "EstimatePolicy",
    "Evidence",
    "ExtractionError",
    "Granularity",
    "Hedge",
    "InputErrors",
    "InvalidClaim",
    "InvalidDocument",
    "InvalidInput",
    "InvalidValue",
    "Label",
    "MissingDependency",
    "Modality",
    "NormalizedClaim",
    "Quantity",
    "Question",
    "ReconcileError",
    "Rejection",
    "Relation",
    "RelationRecord",
    "Report",
    "Result",
    "SchemaError",
    "Settings",
    "Status",
    "Tolerances",
    "Verdict",
    "VoteOutcome",
    "VoteResult",
    "assess",
    "build_report",
    "claim_graph",
    "cluster_claims",
    "compare_scoped",
    "compare_values",
    "dumps_result",
    "entity_resolver",
    "match_names",
    "normalize_claims",
    "read_aliases",
    "read_claims",
    "read_documents",
    "reconcile",
    "render_html",
    "render_json",
    "render_markdown",
    "resolve_entities",
    "result_to_record",
]
