"""The JSON rendering of a :class:`~reconcile.report.Report`: the model, field by field."""

from __future__ import annotations

import datetime as dt
import enum
import json
import math
from typing import Any

import attrs

from reconcile.report._model import Report

__all__ = ["json_of", "record_of"]

#: The version of the report JSON; bumped when a field changes meaning or goes away.
REPORT_SCHEMA_VERSION = "1"


def _plain(value: Any) -> Any:
    if attrs.has(type(value)):
        return {f.name: _plain(getattr(value, f.name)) for f in attrs.fields(type(value))}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and math.isinf(value):
        return None
    return value


def record_of(report: Report) -> dict[str, Any]:
    """The report as a JSON-ready dict: every field of the model, dates as ISO text."""
    record: dict[str, Any] = _plain(report)
    if report.changes is None:
        # only a report made --since an earlier run has them: others keep their bytes
        del record["changes"], record["since"]
    record["report_schema_version"] = REPORT_SCHEMA_VERSION
    return record


def json_of(report: Report) -> str:
    """The report as JSON text, keys sorted; the same bytes for the same report."""
    return json.dumps(record_of(report), sort_keys=True, ensure_ascii=False, indent=1) + "\n"
