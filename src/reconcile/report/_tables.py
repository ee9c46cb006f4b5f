"""Flat tables of a report, for notebooks: lists of dicts, or pandas when it is installed."""

from __future__ import annotations

import importlib
from typing import Any

from reconcile.report._model import Report

__all__ = ["TABLES", "records", "to_pandas"]

#: The tables a report exports.
TABLES = ("questions", "figures", "quotes", "sources", "rejected")


def records(report: Report, table: str) -> list[dict[str, Any]]:
    """One table of the report as flat dicts (see :data:`TABLES`)."""
    if table not in TABLES:
        raise ValueError(f"'table' must be one of {', '.join(TABLES)} (got {table!r})")
    rows: list[dict[str, Any]] = []
    if table == "sources":
        return [
            {
                "source": s.id,
                "name": s.name,
                "documents": len(s.documents),
                "claims": s.claims,
                "trust": s.trust,
            }
            for s in report.sources
        ]
    if table == "rejected":
        return [
            {"item": r.item, "kind": r.kind, "reason": r.reason, "where": r.where}
            for r in report.rejected
        ]
    for q in report.questions:
        question = {"question": q.question, "title": q.title, "status": q.status.value}
        if table == "questions":
            e = q.estimate
            rows.append(
                question
                | {
                    "reason": q.reason,
                    "best": e.best if e else None,
                    "low": e.low if e else None,
                    "high": e.high if e else None,
                    "figures": len(q.figures),
                }
            )
            continue
        for f in q.figures:
            figure = {"cluster": f.cluster, "value": f.value, "figure_status": f.status.value}
            if table == "figures":
                rows.append(
                    question
                    | figure
                    | {
                        "independent_sources": f.independent_sources,
                        "sources": ", ".join(f.sources),
                        "reason": f.reason,
                    }
                )
                continue
            rows.extend(
                question
                | figure
                | {
                    "claim": quote.claim,
                    "document": quote.document,
                    "source": quote.source,
                    "published": quote.published,
                    "quote": quote.text,
                    "claim_value": quote.value,
                }
                for quote in f.quotes
            )
    return rows


def to_pandas(report: Report, table: str) -> Any:
    """One table of the report as a pandas DataFrame.

    Raises:
        ImportError: pandas is not installed; it is optional (``pip install pandas``).
    """
    try:
        pandas = importlib.import_module("pandas")
    except ImportError as error:
        raise ImportError(
            "to_pandas() needs pandas, which reconcile does not require: "
            "pip install pandas (or the 'notebook' extra), or use to_records()"
        ) from error
    return pandas.DataFrame.from_records(records(report, table))
