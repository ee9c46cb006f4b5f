"""A result on disk and back: the result JSON (full or compact) and Parquet tables.

- The **result JSON** (:func:`reconcile.output.write_result`) has every field.
- **Compact JSON** (:func:`write_compact`) has the same top-level keys save ``summary``,
  and ``"layout": "compact"``; it leaves out what the rest of the file gives again: a
  claim's ``cluster`` (the clusters list its members), ``source`` (its document's
  source group), ``time_scope`` (its ``as_of``, else its document's publication day),
  ``fingerprint`` (a function of the claim as read),
  ``subject_name`` when it is the ``subject`` as written, ``modality`` when
  ``asserted``, and null fields; a verdict's ``claims`` and each cluster verdict's
  ``independent_sources``.
- **Parquet** (:func:`write_parquet`, the ``parquet`` or ``dask`` extra): a folder of one
  Parquet file per section, with the compact records as rows (``docs/schema.md``).

:func:`load_result` reads any of the three back into a :class:`~reconcile.pipeline.Result`
that writes the same result JSON, byte for byte. A place's display name is not in the
files: a result read back names a place by the claim's own wording (else its key).

Examples:
    >>> import io
    >>> from reconcile.model import Claim
    >>> from reconcile.output import dumps_result
    >>> from reconcile.pipeline import reconcile
    >>> from reconcile.values import Quantity
    >>> result = reconcile([Claim(id="1", document="a", subject="US troops",
    ...                           attribute="deployed", value=Quantity.exact(2500))])
    >>> compact = io.StringIO()
    >>> write_compact(result, compact)
    >>> dumps_result(result_from_record(json.loads(compact.getvalue()))) == dumps_result(result)
    True
"""

from __future__ import annotations

import importlib
import json
import os
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Final, TextIO

from reconcile._atomic import atomic_text
from reconcile.cluster import Cluster, Clustering, Question, RelationRecord
from reconcile.compare import Relation, Tolerances
from reconcile.decisions import Unmatched, decision_from_record
from reconcile.errors import MissingDependency, NoSuchPath, SchemaError
from reconcile.model import Document, ItemKind, Rejection
from reconcile.normalize import NormalizedClaim, ResolvedName, SourceGroup, reported_from
from reconcile.output import _sections, chunked, encode_record, write_sections
from reconcile.pipeline import AppliedDecisions, Result, Settings
from reconcile.schema import (
    CLAIM_RECORD_FIELDS,
    claim_from_record,
    document_from_record,
    value_from_record,
)
from reconcile.values import DateSpan
from reconcile.verdicts import (
    ClusterVerdict,
    Estimate,
    EstimatePolicy,
    FacetSupport,
    Status,
    Verdict,
)

__all__ = [
    "COMPACT_LAYOUT",
    "load_result",
    "parquet_available",
    "result_from_record",
    "write_compact",
    "write_parquet",
]

#: The ``layout`` key of compact result JSON.
COMPACT_LAYOUT: Final = "compact"

#: The keys a result record adds to a claim record; the rest is the claim as input.
_NORMALIZED_KEYS: Final = frozenset(
    {
        "cluster",
        "subject_entity",
        "subject_name",
        "place_entity",
        "time_scope",
        "source",
        "fingerprint",
        "original_value",
        "decisions",
    }
)

#: Each section's Parquet file, and the sections written inline in ``result.json``.
_TABLES: Final = ("documents", "sources", "claims", "clusters", "relations", "verdicts", "rejected")


def _compact_claim(record: dict[str, Any]) -> dict[str, Any]:
    if record.get("subject_name") == record.get("subject"):
        del record["subject_name"]
    if record.get("modality") == "asserted":
        del record["modality"]
    for key in ("cluster", "source", "time_scope", "fingerprint"):
        record.pop(key, None)
    return {k: v for k, v in record.items() if v is not None}


def _compact_verdict(record: dict[str, Any]) -> dict[str, Any]:
    del record["claims"]
    for cluster in record["clusters"]:
        del cluster["independent_sources"]
    return record


def _compact_sections(result: Result) -> dict[str, Any]:
    sections = _sections(result)
    del sections["summary"]
    sections["layout"] = COMPACT_LAYOUT
    sections["claims"] = (_compact_claim(r) for r in sections["claims"])
    sections["verdicts"] = (_compact_verdict(r) for r in sections["verdicts"])
    return sections


def _with_extra(sections: dict[str, Any], extra: Mapping[str, Any] | None) -> dict[str, Any]:
    for key, value in (extra or {}).items():
        if key in sections:
            raise ValueError(f"extra section {key!r} would replace a result section")
        sections[key] = value
    return sections


def write_compact(result: Result, out: TextIO, *, extra: Mapping[str, Any] | None = None) -> None:
    """Write the result as compact JSON (see the module docstring), one list item a line.

    Args:
        result: the result.
        out: a text stream.
        extra: further top-level sections (``trust``), as for
            :func:`~reconcile.output.write_result`.
    """
    sections = _with_extra(_compact_sections(result), extra)
    write_sections(
        {
            key: value if isinstance(value, (str, dict)) else map(encode_record, value)
            for key, value in sections.items()
        },
        out,
    )


def _lib(name: str) -> Any:
    # pyarrow is optional (the parquet extra) and untyped: imported when first needed.
    try:
        return importlib.import_module(name)
    except ImportError:
        raise MissingDependency("Parquet needs pyarrow: pip install 'reconcile[parquet]'") from None


#: Rows per Parquet row group: bounds the memory a million-claim table takes to write.
_ROWS: Final = 25_000

#: Field metadata marking a column whose cells are JSON text (lists and objects).
_JSON: Final = {b"encoding": b"json"}


#: The keys a claim record may have, and those holding lists or objects: columns from the
#: first row group on, so that a key first seen in a later one (a rare ``event``) does not
#: make the table be laid out again.
_CLAIM_COLUMNS: Final = (
    *CLAIM_RECORD_FIELDS,
    "subject_entity",
    "subject_name",
    "place_entity",
    "original_value",
    "decisions",
)
_CLAIM_JSON: Final = frozenset({"value", "span", "original_value", "decisions"})


class _Mismatch(Exception):
    """A row group's column has another type than the table's so far."""


class _Layout:
    """The columns of one table, in first-seen order, and which of them hold JSON text."""

    def __init__(
        self,
        rows: list[dict[str, Any]],
        known: tuple[str, ...] = (),
        known_json: frozenset[str] = frozenset(),
    ) -> None:
        self.columns = list(dict.fromkeys([*known, *(k for r in rows for k in r)]))
        self.json = set(known_json) | {
            k for r in rows for k, v in r.items() if isinstance(v, (list, dict))
        }

    def fits(self, rows: list[dict[str, Any]]) -> bool:
        return _Layout(rows).columns_within(self)

    def columns_within(self, other: _Layout) -> bool:
        return set(self.columns) <= set(other.columns) and self.json <= other.json

    def table(self, rows: list[dict[str, Any]], schema: Any = None) -> Any:
        pa = _lib("pyarrow")

        arrays = {}
        for name in self.columns:
            cells = [r.get(name) for r in rows]
            if name in self.json:
                cells = [None if c is None else encode_record(c) for c in cells]
            arrays[name] = cells
        table = pa.table(arrays)
        if schema is not None and any(
            not pa.types.is_null(f.type) and f.type != schema.field(f.name).type
            for f in table.schema
        ):
            # Never cast a cell to another type (a number to text would read back as text).
            raise _Mismatch
        if schema is None:
            # A column null in every row so far is typed as text, so later rows can fill it.
            schema = pa.schema(
                [
                    pa.field(
                        f.name,
                        pa.string() if pa.types.is_null(f.type) else f.type,
                        metadata=_JSON if f.name in self.json else None,
                    )
                    for f in table.schema
                ]
            )
        return table.cast(schema)


def _write_table(
    rows: Iterator[dict[str, Any]], target: Path, again: Any, *, claims: bool = False
) -> None:
    pa, pq = _lib("pyarrow"), _lib("pyarrow.parquet")

    partial = target.with_name(target.name + ".partial")
    writer = None
    layout = None
    known = (_CLAIM_COLUMNS, _CLAIM_JSON) if claims else ((), frozenset[str]())
    for batch in chunked(rows, _ROWS):
        if layout is None:
            layout = _Layout(batch, *known)
        table = None
        if layout.fits(batch):
            try:
                table = layout.table(batch, writer.schema if writer is not None else None)
            except _Mismatch:
                table = None  # a column null so far (typed as text) now holds numbers
        if table is None:
            # A key, a list or a type first seen after the first row group: lay the table
            # out again from all its rows. Rare: the first row group shows them.
            if writer is not None:
                writer.close()
            every = list(again())
            pq.write_table(_Layout(every, *known).table(every), partial, compression="zstd")
            break
        if writer is None:
            writer = pq.ParquetWriter(partial, table.schema, compression="zstd")
        writer.write_table(table)
    else:
        if writer is None:
            pq.write_table(pa.table({}), partial)
        else:
            writer.close()
    partial.replace(target)


def parquet_available() -> None:
    """Check that Parquet can be written.

    Raises:
        MissingDependency: pyarrow is not installed.
    """
    _lib("pyarrow.parquet")


def write_parquet(
    result: Result, path: str | os.PathLike[str], *, extra: Mapping[str, Any] | None = None
) -> None:
    """Write the result as Parquet: a folder with one file per section, and ``result.json``.

    ``claims.parquet``, ``clusters.parquet``, ``relations.parquet``,
    ``verdicts.parquet``, ``documents.parquet``, ``sources.parquet`` and
    ``rejected.parquet`` hold the compact records as rows, a column per key; a list or
    object is its JSON text, in a column marked ``encoding: json``. ``result.json``
    holds ``schema_version``, ``settings``, ``layout`` and ``decisions`` (when decisions
    were given). Needs pyarrow (the ``parquet`` or ``dask`` extra).

    Args:
        result: the result.
        path: the folder; made (or its files replaced, each atomically).
        extra: further top-level sections (``trust``), written into ``result.json``.
    """
    folder = Path(path)
    folder.mkdir(parents=True, exist_ok=True)
    sections = _compact_sections(result)
    for name in _TABLES:
        _write_table(
            iter(sections[name]),
            folder / f"{name}.parquet",
            lambda name=name: _compact_sections(result)[name],
            claims=name == "claims",
        )
    with atomic_text(folder / "result.json") as out:
        inline = ("schema_version", "settings", "layout", "decisions")
        meta = _with_extra({k: sections[k] for k in inline if k in sections}, extra)
        out.write(encode_record(meta) + "\n")


def _parquet_records(folder: Path) -> dict[str, Any]:
    pq = _lib("pyarrow.parquet")

    record: dict[str, Any] = json.loads((folder / "result.json").read_text(encoding="utf-8"))
    for name in _TABLES:
        table = pq.read_table(folder / f"{name}.parquet")
        json_columns = {f.name for f in table.schema if (f.metadata or {}) == _JSON}
        rows = []
        for batch in table.to_batches():
            for row in batch.to_pylist():
                rows.append(
                    {
                        k: json.loads(v) if k in json_columns else v
                        for k, v in row.items()
                        if v is not None
                    }
                )
        record[name] = rows
    return record


def load_result(path: str | os.PathLike[str]) -> Result:
    """Read a result back: the result JSON, compact JSON, or a Parquet folder.

    Raises:
        NoSuchPath: there is no such file or folder.
        SchemaError: the file is not a result, naming the path.
    """
    source = Path(path)
    if source.is_dir():
        try:
            record = _parquet_records(source)
        except (OSError, ValueError) as exc:
            # A missing table, or a file pyarrow cannot read (ArrowInvalid is a ValueError).
            raise SchemaError(
                f"not a result Parquet folder ({exc})", path=os.fspath(source)
            ) from None
        return result_from_record(record)
    try:
        text = source.read_text(encoding="utf-8")
        record = json.loads(text)
    except FileNotFoundError:
        raise NoSuchPath("no such file or folder", path=os.fspath(source)) from None
    except (UnicodeDecodeError, ValueError) as exc:
        raise SchemaError(f"not a result JSON file ({exc})", path=os.fspath(source)) from None
    try:
        return result_from_record(record)
    except (AttributeError, KeyError, TypeError, ValueError) as exc:
        raise SchemaError(
            f"not a result in schema 1.x (missing or bad {exc})", path=os.fspath(source)
        ) from None


def _estimate(record: Mapping[str, Any] | None) -> Estimate | None:
    if record is None:
        return None
    return Estimate(
        best=record["best"],
        low=record["low"],
        high=record["high"],
        best_value=record["best_value"],
        policy=EstimatePolicy(record["policy"]),
        cluster=record["cluster"],
        tie=tuple(record["tie"]),
    )


def _verdict(record: Mapping[str, Any]) -> Verdict:
    return Verdict(
        question=record["question"],
        subject=record["subject"],
        attribute=record["attribute"],
        place=record.get("place"),
        kind=record["kind"],
        status=Status(record["status"]),
        estimate=_estimate(record.get("estimate")),
        clusters=tuple(
            ClusterVerdict(
                cluster=c["cluster"],
                status=Status(c["status"]),
                sources=tuple(c["sources"]),
                claims=tuple(c["claims"]),
                value=c["value"],
                reason=c["reason"],
                consistent=tuple(c.get("consistent", ())),
                facets=tuple(
                    FacetSupport(f["facet"], f["value"], tuple(f["sources"]))
                    for f in c.get("facets", ())
                ),
            )
            for c in record["clusters"]
        ),
        reason=record["reason"],
        event=record.get("event"),
    )


def _cluster(record: Mapping[str, Any]) -> Cluster:
    subject, attribute, kind = record["subject"], record["attribute"], record["kind"]
    place = record.get("place") or ""
    plain = Question(subject, attribute, place, kind)
    return Cluster(
        id=record["id"],
        question=Question(
            subject, attribute, place, kind, shares_id=plain.id != record["question"]
        ),
        claims=tuple(record["claims"]),
        anchor=record["anchor"],
        denied=bool(record.get("denied", False)),
    )


def result_from_record(record: Mapping[str, Any]) -> Result:
    """A result from its JSON record, full or compact (see the module docstring).

    Raises:
        KeyError: a required key is missing.
        ValueError: a value is not one the schema allows.
    """
    documents = tuple(
        document_from_record({k: v for k, v in d.items() if v is not None})
        for d in record.get("documents", ())
    )
    sources = tuple(
        SourceGroup(s["id"], s["name"], tuple(s["documents"])) for s in record.get("sources", ())
    )
    clusters = tuple(_cluster(c) for c in record.get("clusters", ()))
    by_document = {d.id: d for d in documents}
    group_of = {doc: group for group in sources for doc in group.documents}
    cluster_of = {claim: c.id for c in clusters for claim in c.claims}
    claims = []
    claim_records = record.get("claims", ())
    for item in claim_records:
        claim = claim_from_record({k: v for k, v in item.items() if k not in _NORMALIZED_KEYS})
        document = by_document.get(claim.document, Document(claim.document))
        group = group_of[claim.document]
        place_key = item.get("place_entity")
        normalized = NormalizedClaim(
            claim=claim,
            subject=ResolvedName(item["subject_entity"], item.get("subject_name", claim.subject)),
            place=ResolvedName(place_key, claim.place or place_key) if place_key else None,
            as_of=claim.as_of or (DateSpan.of(document.published) if document.published else None),
            source=group.id,
            reported_from=reported_from(document),
            source_name=group.name,
        )
        if cluster_of.get(claim.id) is None:
            raise ValueError(f"claim {claim.id!r} is in no cluster")
        claims.append(normalized)
    settings = record["settings"]
    tolerances = settings["tolerances"]
    verdict_records = record.get("verdicts", ())
    return Result(
        schema_version=record["schema_version"],
        documents=documents,
        sources=sources,
        claims=tuple(claims),
        clustering=Clustering(
            clusters=clusters,
            relations=tuple(
                RelationRecord(r["a"], r["b"], Relation(r["kind"]), r["reason"])
                for r in record.get("relations", ())
            ),
        ),
        verdicts=tuple(_verdict(v) for v in verdict_records),
        rejected=tuple(
            Rejection(
                item=r["item"],
                kind=ItemKind(r["kind"]),
                reason=r["reason"],
                error=r.get("error", "InvalidInput"),
                path=r.get("path"),
                line=r.get("line"),
                field=r.get("field"),
            )
            for r in record.get("rejected", ())
        ),
        settings=Settings(
            Tolerances(
                relative=tolerances["relative"],
                absolute=tolerances["absolute"],
                days=tolerances["days"],
                evolving=tuple(tolerances["evolving"]),
                zone_days=tolerances["zone_days"],
            ),
            EstimatePolicy(settings["policy"]),
        ),
        decisions=_applied(record, claim_records, verdict_records),
    )


def _applied(
    record: Mapping[str, Any],
    claims: Sequence[Mapping[str, Any]],
    verdicts: Sequence[Mapping[str, Any]],
) -> AppliedDecisions:
    # Schema 1.2: the analyst's decisions, given back from where the result shows them.
    section = record.get("decisions") or {}
    given = [
        decision_from_record(
            {k: v for k, v in d.items() if k not in ("id", "path", "line")},
            path=d.get("path"),
            line=d.get("line"),
        )
        for d in section.get("given", ())
    ]
    by_id = {d.id: d for d in given}
    return AppliedDecisions(
        decisions=tuple(given),
        unmatched=tuple(
            Unmatched(by_id[u["id"]], tuple(u["targets"]), u["reason"])
            for u in section.get("unmatched", ())
        ),
        original=tuple(
            (c["id"], value_from_record(c["original_value"]))
            for c in claims
            if "original_value" in c
        ),
        by_claim=tuple((c["id"], tuple(c["decisions"])) for c in claims if "decisions" in c),
        by_question=tuple(
            (v["question"], tuple(v["decisions"])) for v in verdicts if "decisions" in v
        ),
        names=tuple((v["question"], v["name"]) for v in verdicts if "name" in v),
        event_names=tuple(
            dict.fromkeys((v["event"], v["event_name"]) for v in verdicts if "event_name" in v)
        ),
    )
