import reconcile


def test_public_names_are_pinned() -> None:
    # A name added or removed here is an API change: update this list on purpose.
    assert [
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
    ] == reconcile.__all__


def test_every_public_name_exists() -> None:
    assert [] == [name for name in reconcile.__all__ if not hasattr(reconcile, name)]


def test_results_and_verdicts_render_in_notebooks() -> None:
    result = reconcile.reconcile([])
    assert "<" in result._repr_html_()  # type: ignore[attr-defined]
