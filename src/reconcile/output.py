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
import itertools
import json
import math
import operator
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from json.encoder import encode_basestring
from operator import attrgetter
from typing import Any, Final, TextIO, TypeVar, cast

import attrs

from reconcile.cluster import Cluster, RelationRecord, clusters_in_order
from reconcile.compare import Relation
from reconcile.decisions import decision_to_record
from reconcile.fingerprint import claim_fingerprint, fingerprinter
from reconcile.model import Claim, Modality
from reconcile.normalize import NormalizedClaim
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
        yield value, _claim_record(nc, cluster_of, original, named_by, value_record(value))


def _claim_record(
    nc: NormalizedClaim,
    cluster_of: Mapping[str, str],
    original: Mapping[str, Value],
    named_by: Mapping[str, tuple[str, ...]],
    value: dict[str, Any],
) -> dict[str, Any]:
    """One claim's record, ``value`` its value's record: the one place it is made."""
    record = claim_to_record(nc.claim, value=value)
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
    return record


def _encoded_claims(result: Result) -> Iterator[str]:
    """The result's claim records as JSON text, each distinct value encoded once.

    A claim no decision names is written field by field (:func:`_claim_text`): the bytes
    ``encode_record`` gives for its record, without a dict made and sorted per claim (at
    a million claims, the dicts and their encoding were most of writing). A claim a
    decision names, or one whose fields are not the plain strings the schema reads (a
    caller's own objects), is written from its record, as :func:`claim_records` makes it.
    Only the text of each distinct value is kept, not its record as well.
    """
    texts: dict[int, str] = {}
    original = result.decisions.original_of()
    named_by = result.decisions.of_claim()
    claims = result.claims
    # Each claim's cluster id: as the clustering kept them in the claims' order, or else
    # from the map of every claim id to its cluster, looked up as the loop comes to each.
    in_order = _claim_clusters(result)
    clusters: Iterable[str] = (
        map(result.cluster_of().__getitem__, map(_nc_id, claims)) if in_order is None else in_order
    )
    # By the member's value: an enum member's hash is a Python call, once per claim.
    modalities = {modality.value: _text(modality.value) for modality in Modality}
    # The claims of one question share their names, values and (per document) time
    # scopes: what the fingerprint and the time scope's text take from them is worked
    # out once per distinct object.
    fingerprint = fingerprinter()
    scopes: dict[int, str] = {}
    for nc, cluster in zip(claims, clusters, strict=False):
        value = nc.claim.value
        # Keyed by identity: the values live in the result for the whole loop.
        text = texts.get(id(value))
        if text is None:
            text = texts[id(value)] = _dump(value_to_record(value))
        line = None
        if nc.id not in original and nc.id not in named_by:
            scope = nc.as_of
            scope_text = "null"
            if scope is not None:
                # Keyed by identity too: time scopes live in the result as values do.
                scope_text = scopes.get(id(scope)) or scopes.setdefault(
                    id(scope), _text(scope.value)
                )
            try:
                line = _claim_text(
                    nc,
                    cluster,
                    text,
                    modalities,
                    fingerprint=fingerprint,
                    scope_text=scope_text,
                )
            except TypeError:
                line = None  # a field the encoder writes otherwise: the record decides
        if line is None:
            line = _dump(
                _claim_record(nc, {nc.id: cluster}, original, named_by, value_to_record(value))
            )
        yield line


def _claim_clusters(result: Result) -> Sequence[str] | None:
    """Each claim's cluster id, in the order of ``result.claims``, where the clustering kept it.

    Only where the claims' ids increase strictly (so none repeats; the pipeline sorts the
    claims by id and rejects repeats), so that it gives what ``result.cluster_of()``
    does; and only where every claim has a cluster. Else None, and the caller uses the map.
    """
    found = clusters_in_order(result.clustering, result.claims)
    if found is None or None in found:
        return None
    ids = list(map(_nc_id, result.claims))
    # Compiled calls over the ids, in order: a strict increase means no id repeats.
    if not all(map(operator.lt, ids, itertools.islice(ids, 1, None))):
        return None
    return cast("list[str]", found)


_nc_id: Final = attrgetter("id")


_text: Final = encode_basestring


def _null_or_text(text: str | None) -> str:
    return "null" if text is None else _text(text)


def _claim_text(
    nc: NormalizedClaim,
    cluster: str,
    value: str,
    modalities: Mapping[str, str],
    *,
    fingerprint: Callable[[Claim], str] = claim_fingerprint,
    scope_text: str | None = None,
) -> str:
    """A claim record's JSON text, its keys in sorted order, as ``encode_record`` writes it.

    Strings go through the encoder's own string function; a field that is not a string
    where one is expected raises ``TypeError`` (the caller then encodes the record).
    ``modalities`` maps each modality's value to its JSON text. ``fingerprint`` is
    :func:`claim_fingerprint` or a memo of it; ``scope_text`` the time scope's JSON
    text, when the caller has it.
    """
    claim = nc.claim
    evidence = claim.evidence
    span = "null"
    if evidence is not None and evidence.span:
        start, end = evidence.span
        if type(start) is not int or type(end) is not int:
            raise TypeError("span offsets the encoder writes otherwise")
        span = f"[{start!r}, {end!r}]"
    as_of = claim.as_of
    place = nc.place
    if scope_text is None:
        scope = nc.as_of
        scope_text = "null" if scope is None else _text(scope.value)
    event = f', "event": {_text(claim.event)}' if claim.event else ""
    return (
        f'{{"as_of": {"null" if as_of is None else _text(as_of.value)}, '
        f'"attribute": {_text(claim.attribute)}, '
        f'"attribution": {_null_or_text(claim.attribution)}, '
        f'"cluster": {_text(cluster)}, '
        f'"document": {_text(claim.document)}{event}, '
        f'"fingerprint": {_text(fingerprint(claim))}, '
        f'"id": {_text(claim.id)}, '
        f'"modality": {modalities[claim.modality._value_]}, '
        f'"place": {_null_or_text(claim.place)}, '
        f'"place_entity": {"null" if place is None else _text(place.key)}, '
        f'"quote": {"null" if evidence is None else _text(evidence.quote)}, '
        f'"source": {_text(nc.source)}, '
        f'"span": {span}, '
        f'"subject": {_text(claim.subject)}, '
        f'"subject_entity": {_text(nc.subject.key)}, '
        f'"subject_name": {_text(nc.subject.name)}, '
        f'"time_scope": {scope_text}, '
        f'"value": {value}}}'
    )


def _encoded_relations(relations: Iterable[RelationRecord]) -> Iterator[str]:
    """Relation records as JSON text, written field by field.

    The bytes ``encode_record`` gives for ``{"a", "b", "kind", "reason"}`` (keys in that
    sorted order, strings encoded by the same function the encoder uses), without a dict
    made and sorted per relation: at a million claims there are well over a million.
    """
    text = encode_basestring
    # Keyed by the member's value, not the member: hashing an enum member is a Python
    # call, once per relation.
    kinds = {kind.value: text(kind.value) for kind in Relation}
    for r in relations:
        yield (
            f'{{"a": {text(r.a)}, "b": {text(r.b)}, "kind": {kinds[r.kind._value_]}, '
            f'"reason": {text(r.reason)}}}'
        )


def _cluster_record(cluster: Cluster) -> dict[str, Any]:
    question = cluster.question
    return {
        "id": cluster.id,
        "question": question.id,
        "subject": question.subject,
        "attribute": question.attribute,
        "place": question.place or None,
        "kind": question.kind,
        "claims": list(cluster.claims),
        "anchor": cluster.anchor,
        "denied": cluster.denied,
    }


def _encoded_clusters(clusters: Iterable[Cluster]) -> Iterator[str]:
    """Cluster records as JSON text, written field by field.

    The bytes ``encode_record`` gives for :func:`_cluster_record` (keys in sorted order,
    strings encoded by the encoder's own function), without a dict per cluster; a field
    of another type than the clustering makes (a caller's own objects) raises
    ``TypeError``, and that cluster is encoded from its record.
    """
    text = encode_basestring
    for c in clusters:
        q = c.question
        try:
            if type(c.denied) is not bool:
                raise TypeError("a flag the encoder writes otherwise")
            line = (
                f'{{"anchor": {text(c.anchor)}, "attribute": {text(q.attribute)}, '
                f'"claims": [{", ".join(map(text, c.claims))}], '
                f'"denied": {"true" if c.denied else "false"}, "id": {text(c.id)}, '
                f'"kind": {text(q.kind)}, '
                f'"place": {text(q.place) if q.place else "null"}, '
                f'"question": {text(q.id)}, "subject": {text(q.subject)}}}'
            )
        except TypeError:
            line = _dump(_cluster_record(c))
        yield line


def _scalar_text(value: Any) -> str:
    """A number, string, boolean or None as ``encode_record`` writes it; else ``TypeError``."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    kind = type(value)
    if kind is str:
        return _text(value)
    if kind is int:
        return int.__repr__(value)
    if kind is float:
        # As the encoder's floatstr: NaN and the infinities by their JavaScript names.
        if math.isnan(value):
            return "NaN"
        if value == math.inf:
            return "Infinity"
        if value == -math.inf:
            return "-Infinity"
        return float.__repr__(value)
    raise TypeError(f"a {kind.__name__} the encoder writes otherwise")


def _texts(items: Iterable[str]) -> str:
    """A list of strings as ``encode_record`` writes it."""
    return f"[{', '.join(map(_text, items))}]"


def _verdict_text(
    verdict: Verdict,
    decisions: tuple[str, ...] = (),
    name: str | None = None,
    event_name: str | None = None,
) -> str:
    """:func:`_verdict`'s record as JSON text, written field by field.

    The bytes ``encode_record`` gives for the record (keys in sorted order, strings by
    the encoder's own function, numbers as its ``repr``), without the dicts made and
    sorted per verdict and per cluster: a verdict's record is the dearest to encode (at
    200k claims, the 10,000 verdicts took longer than the 270,000 relations). A field of
    another type than a verdict holds (a caller's own objects) raises ``TypeError``, and
    the caller encodes the record instead.
    """
    clusters = []
    join = ", ".join
    for c in verdict.clusters:
        # Most clusters have no facets and no bounds: no generator nor join for them.
        facets = (
            join(
                f'{{"facet": {_text(f.facet)}, "sources": [{join(map(_text, f.sources))}], '
                f'"value": {_text(f.value)}}}'
                for f in c.facets
            )
            if c.facets
            else ""
        )
        consistent = join(map(_text, c.consistent)) if c.consistent else ""
        independent = c.independent_sources
        if type(independent) is not int:
            raise TypeError("a count the encoder writes otherwise")
        clusters.append(
            f'{{"claims": [{join(map(_text, c.claims))}], "cluster": {_text(c.cluster)}, '
            f'"consistent": [{consistent}], "facets": [{facets}], '
            f'"independent_sources": {independent!r}, "reason": {_text(c.reason)}, '
            f'"sources": [{join(map(_text, c.sources))}], "status": {_text(c.status.value)}, '
            f'"value": {_text(c.value)}}}'
        )
    estimate = verdict.estimate
    if estimate is None:
        estimate_text = "null"
    else:
        estimate_text = (
            f'{{"best": {_text(estimate.best)}, '
            f'"best_value": {_scalar_text(estimate.best_value)}, '
            f'"cluster": {_text(estimate.cluster)}, "high": {_scalar_text(estimate.high)}, '
            f'"low": {_scalar_text(estimate.low)}, "policy": {_text(estimate.policy.value)}, '
            f'"tie": {_texts(estimate.tie)}}}'
        )
    # The keys of schema 1.1 and 1.2 only where _verdict writes them, in sorted order.
    event = verdict.event
    decided = f'"decisions": {_texts(decisions)}, ' if decisions else ""
    events = f'"event": {_text(event)}, ' if event else ""
    if event_name:
        events += f'"event_name": {_text(event_name)}, '
    named = f'"name": {_text(name)}, ' if name else ""
    return (
        f'{{"attribute": {_text(verdict.attribute)}, '
        f'"claims": {_texts(verdict.claims)}, "clusters": [{", ".join(clusters)}], '
        f'{decided}"estimate": {estimate_text}, {events}"kind": {_text(verdict.kind)}, '
        f'{named}"place": {_null_or_text(verdict.place)}, '
        f'"question": {_text(verdict.question)}, "reason": {_text(verdict.reason)}, '
        f'"status": {_text(verdict.status.value)}, "subject": {_text(verdict.subject)}}}'
    )


def _encoded_verdicts(result: Result) -> Iterator[str]:
    """The result's verdict records as JSON text, each by :func:`_verdict_text`.

    A verdict with a field the field-by-field writer declines is encoded from its record.
    """
    applied = result.decisions
    of_question = applied.of_question()
    names = dict(applied.names)
    event_names = dict(applied.event_names)
    for v in result.verdicts:
        decisions = of_question.get(v.question, ())
        name = names.get(v.question)
        event_name = event_names.get(v.event) if v.event else None
        try:
            line = _verdict_text(v, decisions, name, event_name)
        except TypeError:
            line = _dump(_verdict(v, decisions, name, event_name))
        yield line


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
        "clusters": (_cluster_record(c) for c in result.clustering.clusters),
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
    write_sections(_encoded_sections(result, extra), out)


def _encoded_sections(result: Result, extra: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Every top-level key, as :func:`write_sections` takes them: lists as lazy JSON texts.

    A run split into partitions (``reconcile run --jobs``) writes this for its sections
    that are not split (settings, documents, sources, rejections), and its merged
    partitions for the others.
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
    encoded["clusters"] = _encoded_clusters(result.clustering.clusters)
    if "relations" in encoded:
        encoded["relations"] = _encoded_relations(result.clustering.relations)
    encoded["verdicts"] = _encoded_verdicts(result)
    return encoded


_T = TypeVar("_T")


def chunked(items: Iterable[_T], size: int) -> Iterator[list[_T]]:
    """``items`` in lists of ``size`` (the last may be shorter), read lazily.

    Examples:
        >>> list(chunked("abcde", 2))
        [['a', 'b'], ['c', 'd'], ['e']]
    """
    # Taken by islice, in C: a step per item in Python cost about 0.1 microsecond an item
    # (millions of records in a result).
    taken = iter(items)
    while chunk := list(itertools.islice(taken, size)):
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
            for chunk in chunked(value, 1000):
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
