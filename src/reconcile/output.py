"""The result as one JSON document, in the versioned result schema.

Top-level keys, which other tools read: ``schema_version``, ``summary``, ``settings``,
``documents``, ``sources``, ``claims``, ``clusters``, ``relations``, ``verdicts`` and
``rejected``. Each claim has ``id``, ``document``, ``subject``, ``attribute``, ``value``
(``kind`` and ``text``, plus ``low``/``high`` for quantities, ``start``/``end`` for
dates), ``quote``, ``span`` (``[start, end]``) and ``cluster``, and the normalized
``subject_entity``, ``place_entity``, ``time_scope`` and ``source``, and its
``fingerprint`` (:mod:`reconcile.fingerprint`); with an analyst's decisions, the claims
they name carry ``decisions`` (and ``original_value``), verdicts their ``decisions``, and
a ``decisions`` section lists them all (:func:`decisions_section`). Each relation has
``a``, ``b``, ``kind`` and ``reason``. The JSON text is byte-for-byte the same for the
same input in any order: every list is sorted and keys are written sorted.
"""

from __future__ import annotations

import io
import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from json.encoder import encode_basestring
from typing import Any, Final, TextIO

import attrs

from reconcile.cluster import RelationRecord
from reconcile.compare import Relation
from reconcile.decisions import decision_to_record
from reconcile.fingerprint import claim_fingerprint
from reconcile.pipeline import Result
from reconcile.schema import (
    claim_to_record,
    document_to_record,
    rejection_to_record,
    value_to_record,
)
from reconcile.values import Value
from reconcile.verdicts import Estimate, Status, Verdict

__all__ = [
    "claim_records",
    "decisions_section",
    "dumps_result",
    "encode_record",
    "result_to_record",
    "summary_of",
    "write_result",
    "write_sections",
]


def summary_of(result: Result) -> dict[str, int]:
    """Counts for the top of a report: documents, claims, questions, verdicts by status.

    Examples:
        >>> from reconcile.pipeline import reconcile
        >>> summary_of(reconcile([]))["questions"]
        0
    """
    statuses = Counter(v.status for v in result.verdicts)
    return {
        "documents": len(result.documents),
        "sources": len(result.sources),
        "claims": len(result.claims),
        "clusters": len(result.clustering.clusters),
        "questions": len(result.verdicts),
        **{status.value: statuses.get(status, 0) for status in Status},
        "rejected": len(result.rejected),
    }


def _estimate(estimate: Estimate | None) -> dict[str, Any] | None:
    if estimate is None:
        return None
    return {
        "best": estimate.best,
        "best_value": estimate.best_value,
        "low": estimate.low,
        "high": estimate.high,
        "policy": estimate.policy.value,
        "cluster": estimate.cluster,
        "tie": list(estimate.tie),
    }


def _verdict(
    verdict: Verdict,
    decisions: tuple[str, ...] = (),
    name: str | None = None,
    event_name: str | None = None,
) -> dict[str, Any]:
    return {
        "question": verdict.question,
        "subject": verdict.subject,
        "attribute": verdict.attribute,
        "place": verdict.place,
        "kind": verdict.kind,
        "status": verdict.status.value,
        "reason": verdict.reason,
        "estimate": _estimate(verdict.estimate),
        "claims": list(verdict.claims),
        "clusters": [
            {
                "cluster": c.cluster,
                "status": c.status.value,
                "value": c.value,
                "independent_sources": c.independent_sources,
                "sources": list(c.sources),
                "claims": list(c.claims),
                "reason": c.reason,
                "consistent": list(c.consistent),
                "facets": [
                    {"facet": f.facet, "value": f.value, "sources": list(f.sources)}
                    for f in c.facets
                ],
            }
            for c in verdict.clusters
        ],
        **({"event": verdict.event} if verdict.event else {}),  # schema 1.1
        **({"decisions": list(decisions)} if decisions else {}),  # schema 1.2
        **({"name": name} if name else {}),  # schema 1.2
        **({"event_name": event_name} if event_name else {}),  # schema 1.2
    }


def claim_records(result: Result) -> Iterator[dict[str, Any]]:
    """The result's claim records, in order: the one place a claim record is made.

    A value many claims share (the reader shares equal values) is made a record once;
    the records share it, so it must not be changed.
    """
    values: dict[int, dict[str, Any]] = {}

    def record_of(value: Value) -> dict[str, Any]:
        # Keyed by identity: the values live in the result for the whole loop.
        found = values.get(id(value))
        if found is None:
            found = values[id(value)] = value_to_record(value)
        return found

    for _, record in _claim_records(result, record_of):
        yield record


def _claim_records(
    result: Result, value_record: Callable[[Value], dict[str, Any]]
) -> Iterator[tuple[Value, dict[str, Any]]]:
    """Each claim's value and record, in order, the record's ``value`` from ``value_record``."""
    cluster_of = result.cluster_of()
    original = result.decisions.original_of()
    named_by = result.decisions.of_claim()
    for nc in result.claims:
        value = nc.claim.value
        record = claim_to_record(nc.claim, value=value_record(value))
        as_read = original.get(nc.id)
        # The fingerprint names the claim as read, before a decision changed its value.
        claim = attrs.evolve(nc.claim, value=as_read) if as_read else nc.claim
        record.update(
            cluster=cluster_of[nc.id],
            subject_entity=nc.subject.key,
            subject_name=nc.subject.name,
            place_entity=nc.place.key if nc.place else None,
            time_scope=nc.as_of.value if nc.as_of else None,
            source=nc.source,
            fingerprint=claim_fingerprint(claim),  # schema 1.2
        )
        if as_read is not None:
            record["original_value"] = value_to_record(as_read)
        if nc.id in named_by:
            record["decisions"] = list(named_by[nc.id])
        yield value, record


#: Stands for a claim's value in a record whose value is written as text already.
_VALUE_WRITTEN_APART: Final[dict[str, Any]] = {}


def _no_record(_: Value) -> dict[str, Any]:
    return _VALUE_WRITTEN_APART


def _encoded_claims(result: Result) -> Iterator[str]:
    """The result's claim records as JSON text, each distinct value encoded once.

    Keys are written sorted and ``value`` sorts last among a claim record's keys, so a
    record is its other keys' text with the value's text spliced in before the closing
    brace: the bytes ``encode_record`` gives for the whole record. Only the value's text
    is kept per distinct value, not its record as well: at a million claims the records
    held about 60 MB while the claims were written.
    """
    texts: dict[int, str] = {}
    for value, record in _claim_records(result, _no_record):
        if max(record) != "value":
            record["value"] = value_to_record(value)
            yield _dump(record)
            continue
        # Keyed by identity: the values live in the result for the whole loop.
        text = texts.get(id(value))
        if text is None:
            text = texts[id(value)] = _dump(value_to_record(value))
        del record["value"]
        yield f'{_dump(record)[:-1]}, "value": {text}}}'


def _encoded_relations(relations: Iterable[RelationRecord]) -> Iterator[str]:
    """Relation records as JSON text, written field by field.

    The bytes ``encode_record`` gives for ``{"a", "b", "kind", "reason"}`` (keys in that
    sorted order, strings encoded by the same function the encoder uses), without a dict
    made and sorted per relation: at a million claims there are well over a million.
    """
    text = encode_basestring
    kinds = {kind: text(kind.value) for kind in Relation}
    for r in relations:
        yield (
            f'{{"a": {text(r.a)}, "b": {text(r.b)}, "kind": {kinds[r.kind]}, '
            f'"reason": {text(r.reason)}}}'
        )


def _sections(result: Result) -> dict[str, Any]:
    """Every top-level key, lists as lazy iterables of records so they can be streamed."""
    applied = result.decisions
    of_question = applied.of_question()
    names = dict(applied.names)
    event_names = dict(applied.event_names)

    def claims() -> Iterator[dict[str, Any]]:
        return claim_records(result)

    tolerances = result.settings.tolerances
    return {
        "schema_version": result.schema_version,
        "summary": summary_of(result),
        "settings": {
            "policy": result.settings.policy.value,
            "tolerances": {
                "relative": tolerances.relative,
                "absolute": tolerances.absolute,
                "days": tolerances.days,
                "evolving": list(tolerances.evolving),
                "zone_days": tolerances.zone_days,
            },
        },
        "documents": (document_to_record(d) for d in result.documents),
        "sources": (
            {"id": s.id, "name": s.name, "documents": list(s.documents)} for s in result.sources
        ),
        "claims": claims(),
        "clusters": (
            {
                "id": c.id,
                "question": c.question.id,
                "subject": c.question.subject,
                "attribute": c.question.attribute,
                "place": c.question.place or None,
                "kind": c.question.kind,
                "claims": list(c.claims),
                "anchor": c.anchor,
                "denied": c.denied,
            }
            for c in result.clustering.clusters
        ),
        "relations": (
            {"a": r.a, "b": r.b, "kind": r.kind.value, "reason": r.reason}
            for r in result.clustering.relations
        ),
        "verdicts": (
            _verdict(
                v,
                of_question.get(v.question, ()),
                names.get(v.question),
                event_names.get(v.event) if v.event else None,
            )
            for v in result.verdicts
        ),
        "rejected": (rejection_to_record(r) for r in result.rejected),
        # schema 1.2, only when decisions were given: the result without them is unchanged.
        **({"decisions": decisions_section(result)} if applied.decisions else {}),
    }


def decisions_section(result: Result) -> dict[str, Any]:
    """The ``decisions`` section (schema 1.2): every decision given, and those unmatched.

    ``given`` lists each decision as its file holds it, with its ``id``, ``path`` and
    ``line``; ``unmatched`` each one (or the targets of one) that matched nothing here.
    """
    applied = result.decisions
    return {
        "given": [
            {**decision_to_record(d), "id": d.id, "path": d.path, "line": d.line}
            for d in applied.decisions
        ],
        "unmatched": [
            {
                "id": u.decision.id,
                "kind": u.decision.kind.value,
                "targets": list(u.targets),
                "reason": u.reason,
                "path": u.decision.path,
                "line": u.decision.line,
            }
            for u in applied.unmatched
        ],
    }


def result_to_record(result: Result) -> dict[str, Any]:
    """The result as one JSON-ready dict (see the module docstring for the keys)."""
    return {
        key: value if isinstance(value, (str, dict)) else list(value)
        for key, value in _sections(result).items()
    }


#: One JSON value as the result JSON writes it: sorted keys, UTF-8 characters kept. One
#: encoder serves every record: json.dumps with options builds a new one per call.
encode_record = json.JSONEncoder(sort_keys=True, ensure_ascii=False).encode
_dump = encode_record


def write_result(result: Result, out: TextIO, *, extra: Mapping[str, Any] | None = None) -> None:
    """Stream the result as JSON to ``out``, one list item a line.

    Nothing the size of the whole result is built in memory: each record is made,
    written and dropped. Keys are sorted, so the bytes depend only on the result.

    Args:
        result: the result.
        out: a text stream.
        extra: further top-level sections from later stages (``trust``); they may not
            replace the result's own keys.
    """
    sections = _sections(result)
    for key, value in (extra or {}).items():
        if key in sections:
            raise ValueError(f"extra section {key!r} would replace a result section")
        sections[key] = value
    encoded: dict[str, Any] = {
        key: value if isinstance(value, (str, dict)) else (_dump(item) for item in value)
        for key, value in sections.items()
    }
    encoded["claims"] = _encoded_claims(result)
    if "relations" in encoded:
        encoded["relations"] = _encoded_relations(result.clustering.relations)
    write_sections(encoded, out)


def _chunks(texts: Iterable[str], size: int) -> Iterator[list[str]]:
    chunk: list[str] = []
    for text in texts:
        chunk.append(text)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def write_sections(sections: Mapping[str, Any], out: TextIO) -> None:
    """Write the result's JSON layout: top-level keys sorted, list items one a line.

    Args:
        sections: each top-level key to a string or object (written inline) or to an
            iterable of list items already encoded as JSON text, one record each.
        out: a text stream.

    Whoever writes a result (in process, or merged from a distributed run's files) goes
    through here, so the layout is the same byte for byte.
    """
    out.write("{\n")
    for index, key in enumerate(sorted(sections)):
        value = sections[key]
        out.write(f"{_dump(key)}: ")
        if isinstance(value, (str, dict)):
            out.write(_dump(value))
        else:
            out.write("[")
            empty = True
            # Written a thousand items at a time: one call per item costs more than the
            # joining.
            for chunk in _chunks(value, 1000):
                out.write(("\n" if empty else ",\n") + ",\n".join(chunk))
                empty = False
            out.write("]" if empty else "\n]")
        out.write(",\n" if index < len(sections) - 1 else "\n")
    out.write("}\n")


def dumps_result(result: Result) -> str:
    """The result as JSON text, exactly as :func:`write_result` streams it.

    Examples:
        >>> from reconcile.pipeline import reconcile
        >>> json.loads(dumps_result(reconcile([])))["claims"]
        []
    """
    buffer = io.StringIO()
    write_result(result, buffer)
    return buffer.getvalue()
