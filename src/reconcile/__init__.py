"""reconcile: cross-source fact reconciliation.

The public names most scripts need are importable from here; each stage also has its
own module (``reconcile.values``, ``reconcile.compare``, ``reconcile.cluster``, ...).

Examples:
    >>> from reconcile import Quantity, Hedge, compare_values
    >>> compare_values(Quantity.hedged(2500, Hedge.ABOUT), Quantity.exact(2500)).relation
    <Relation.AGREES: 'agrees'>
"""

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
    html_repr,
    render_html,
    render_json,
    render_markdown,
)
from reconcile.values import DateSpan, Granularity, Hedge, Label, Quantity, VoteOutcome, VoteResult
from reconcile.verdicts import Estimate, EstimatePolicy, Status, Verdict, assess

# Notebook views: the core classes cannot import the report layer above them, so the
# package wires the report's HTML view onto them here.
Result._repr_html_ = html_repr  # type: ignore[attr-defined]
Verdict._repr_html_ = html_repr  # type: ignore[attr-defined]

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
