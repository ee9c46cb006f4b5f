"""Where claims come from: in-memory chunks, JSON Lines files or Parquet files.

A :class:`Part` is a small picklable description of one input partition; workers read it
with :func:`read_part`, so claims never pass through the client.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from reconcile.distributed._lib import lib
from reconcile.errors import InvalidInput, SchemaError
from reconcile.io import read_claims
from reconcile.model import Claim, Document, ItemKind, Rejection
from reconcile.schema import (
    CLAIM_RECORD_FIELDS,
    claim_reader,
    claim_to_record,
    document_to_record,
)

__all__ = ["Part", "parts_of", "read_part", "write_claims_jsonl", "write_claims_parquet"]


@attrs.frozen
class Part:
    """One input partition: a file to read, or claims already in memory.

    Attributes:
        path: a ``.jsonl`` or ``.parquet`` file, or ``None`` for in-memory claims.
        claims: the in-memory claims (empty for a file).
    """

    path: str | None = None
    claims: tuple[Claim, ...] = ()

    def __repr__(self) -> str:
        return f"Part({self.path!r})" if self.path else f"Part(<{len(self.claims)} claims>)"


@attrs.frozen
class Read:
    """What one input partition gave."""

    claims: tuple[Claim, ...]
    documents: tuple[Document, ...]
    rejected: tuple[Rejection, ...]


def _strip_none(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {k: _strip_none(v) for k, v in value.items() if v is not None}
    return value


def _json_value(text: str) -> Any:
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise SchemaError(f"not a JSON value ({exc!s:.80})", field="value") from None


def _read_parquet(path: Path) -> Read:
    pq = lib("pyarrow.parquet")
    claims: list[Claim] = []
    rejected: list[Rejection] = []
    line = 0
    read_claim = claim_reader()
    for batch in pq.ParquetFile(path).iter_batches(batch_size=65_536):
        for row in batch.to_pylist():
            line += 1
            record = _strip_none(row)
            item = record.get("id")
            try:
                if isinstance(record.get("value"), str):
                    record["value"] = _json_value(record["value"])
                claims.append(read_claim(record))
            except InvalidInput as error:
                located = error.located(path=str(path), line=line)
                name = item if isinstance(item, str) and item else f"line {line}"
                rejected.append(Rejection.from_error(name, ItemKind.CLAIM, located))
    return Read(tuple(claims), (), tuple(rejected))


def read_part(part: Part) -> Read:
    """Read one input partition; bad records become rejections naming file and line.

    Raises:
        SchemaError: a file that cannot be read at all (unknown suffix, missing).
    """
    if part.path is None:
        return Read(part.claims, (), ())
    path = Path(part.path)
    suffix = path.suffix.casefold()
    if suffix == ".parquet":
        return _read_parquet(path)
    if suffix in (".jsonl", ".csv"):
        loaded = read_claims(path)
        return Read(loaded.claims, loaded.documents, loaded.rejected)
    raise SchemaError(
        f"unknown claims format {suffix!r}; expected .jsonl, .csv or .parquet", path=str(path)
    )


def _chunks(claims: Sequence[Claim], size: int) -> Iterator[tuple[Claim, ...]]:
    for start in range(0, len(claims), size):
        yield tuple(claims[start : start + size])


def parts_of(
    source: str | os.PathLike[str] | Iterable[str | os.PathLike[str]] | Iterable[Claim],
    *,
    chunk: int = 100_000,
) -> list[Part]:
    """The input partitions of a claims source.

    Args:
        source: a file, a folder (its ``*.jsonl``, ``*.csv`` and ``*.parquet`` files), a
            glob pattern, several of those, or the claims themselves.
        chunk: claims per partition for in-memory claims.

    Raises:
        SchemaError: a path that matches no file.

    Examples:
        >>> parts_of([])
        []
    """
    if isinstance(source, (str, os.PathLike)):
        items: list[Any] = [source]
    else:
        items = list(source)
    if items and all(isinstance(i, Claim) for i in items):
        return [Part(claims=c) for c in _chunks(items, max(1, chunk))]
    parts: list[Part] = []
    for item in items:
        if isinstance(item, Claim):
            raise SchemaError("mix of claims and paths; give one or the other")
        path = Path(item)
        if path.is_dir():
            found = sorted(
                p for p in path.iterdir() if p.suffix.casefold() in (".jsonl", ".csv", ".parquet")
            )
        elif path.exists():
            if path.suffix.casefold() not in (".jsonl", ".csv", ".parquet"):
                raise SchemaError(
                    f"unknown claims format {path.suffix!r}; expected .jsonl, .csv or .parquet",
                    path=str(path),
                )
            found = [path]
        else:
            found = sorted(Path(path.anchor or ".").glob(str(path.relative_to(path.anchor))))
        if not found:
            raise SchemaError("no claims file matches", path=str(path))
        parts.extend(Part(path=str(p)) for p in found)
    return parts


def write_claims_jsonl(
    claims: Iterable[Claim],
    path: str | os.PathLike[str],
    *,
    documents: Iterable[Document] = (),
) -> int:
    """Write claims (and documents first) as JSON Lines in the claim schema.

    Returns:
        How many claims were written.
    """
    count = 0
    with open(path, "w", encoding="utf-8") as out:
        for document in documents:
            record = {"type": "document", **document_to_record(document)}
            out.write(json.dumps(_strip_none(record), ensure_ascii=False) + "\n")
        for claim in claims:
            out.write(json.dumps(_strip_none(claim_to_record(claim)), ensure_ascii=False) + "\n")
            count += 1
    return count


def write_claims_parquet(claims: Iterable[Claim], path: str | os.PathLike[str]) -> int:
    """Write claims as a Parquet file: one row a claim, the value as a JSON text column.

    Returns:
        How many claims were written.
    """
    pa, pq = lib("pyarrow"), lib("pyarrow.parquet")

    # every field of a claim record, so that none (a claim's event) is dropped on the way
    schema = pa.schema(
        [
            (name, pa.list_(pa.int64()) if name == "span" else pa.string())
            for name in CLAIM_RECORD_FIELDS
        ]
    )
    count = 0
    with pq.ParquetWriter(path, schema) as writer:
        rows: list[dict[str, Any]] = []
        for claim in claims:
            record = dict.fromkeys(CLAIM_RECORD_FIELDS) | claim_to_record(claim)
            record["value"] = json.dumps(_strip_none(record["value"]), ensure_ascii=False)
            rows.append(record)
            if len(rows) >= 65_536:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                count += len(rows)
                rows = []
        if rows or count == 0:
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
            count += len(rows)
    return count
