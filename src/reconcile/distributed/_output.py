"""The partitioned result: one JSON Lines file per section and partition, plus a summary.

Layout of the output folder::

    summary.json                  schema_version, summary, settings, partitions, files
    documents.jsonl sources.jsonl the documents and independence groups (few)
    claims/part-00000.jsonl       each file sorted by the key the result JSON uses
    clusters/  relations-between/  relations-inside/  verdicts/
    rejected/central.jsonl  rejected/input-00000.jsonl

Every record is written exactly as :func:`reconcile.output.write_result` writes it, and
each file is sorted by the key of its section, so :func:`write_merged` can stream the
one-file result JSON by a k-way merge, byte for byte what the in-process pipeline gives.
"""

from __future__ import annotations

import heapq
import json
import os
import uuid
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, Final, TextIO

from reconcile.output import encode_record, write_sections

__all__ = ["SECTION_DIRS", "dump", "sort_key", "write_lines", "write_merged"]

#: The folders that hold one file per partition, by result section.
SECTION_DIRS: Final = (
    "claims",
    "clusters",
    "relations-between",
    "relations-inside",
    "verdicts",
    "rejected",
)


#: One JSON value as the result JSON writes it (the core's own encoder).
dump = encode_record


def _cluster_key(r: dict[str, Any]) -> tuple[Any, ...]:
    number = int(str(r["id"]).rsplit("#", 1)[1])
    return (r["subject"], r["attribute"], r["place"] or "", r["kind"], number)


def _relation_key(r: dict[str, Any]) -> tuple[Any, ...]:
    return (r["a"], r["b"], r["kind"])


def _rejected_key(r: dict[str, Any]) -> tuple[Any, ...]:
    return (r["path"] or "", r["line"] or 0, r["item"], r["kind"], r["reason"])


_KEYS: Final[dict[str, Callable[[dict[str, Any]], tuple[Any, ...]]]] = {
    "claims": lambda r: (r["id"],),
    "clusters": _cluster_key,
    "relations-between": _relation_key,
    "relations-inside": _relation_key,
    "verdicts": lambda r: (r["question"],),
    "rejected": _rejected_key,
    "documents": lambda r: (r["id"],),
    "sources": lambda r: (r["id"],),
}


def sort_key(section: str) -> Callable[[dict[str, Any]], tuple[Any, ...]]:
    """The order of a section's records in the result JSON."""
    return _KEYS[section]


def write_lines(path: Path, records: Iterable[dict[str, Any]], section: str) -> int:
    """Write records sorted by their section key, atomically (a retried task rewrites).

    Returns:
        How many records were written.
    """
    ordered = sorted(records, key=sort_key(section))
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    with open(temporary, "w", encoding="utf-8") as out:
        for record in ordered:
            out.write(dump(record))
            out.write("\n")
    os.replace(temporary, path)
    return len(ordered)


def _stream(path: Path, key: Callable[[dict[str, Any]], tuple[Any, ...]]) -> Iterator[Any]:
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            text = line.rstrip("\n")
            yield (key(json.loads(text)), text)


def _merged(folder: Path, sections: Iterable[str]) -> Iterator[str]:
    for section in sections:
        key = sort_key(section)
        files = sorted((folder / section).glob("*.jsonl")) if (folder / section).is_dir() else []
        if not files and (folder / f"{section}.jsonl").exists():
            files = [folder / f"{section}.jsonl"]
        streams = [_stream(path, key) for path in files]
        for _, text in heapq.merge(*streams, key=lambda item: item[0]):
            yield text


def write_merged(folder: str | os.PathLike[str], out: TextIO) -> None:
    """Stream the one-file result JSON from a partitioned result folder.

    The text is byte for byte what :func:`reconcile.output.write_result` writes for the
    in-process result of the same input. Memory stays at one record per file.
    """
    root = Path(folder)
    summary = json.loads((root / "summary.json").read_text(encoding="utf-8"))
    sections: dict[str, Any] = {
        "schema_version": summary["schema_version"],
        "summary": summary["summary"],
        "settings": summary["settings"],
        "documents": ["documents"],
        "sources": ["sources"],
        "claims": ["claims"],
        "clusters": ["clusters"],
        "relations": ["relations-between", "relations-inside"],
        "verdicts": ["verdicts"],
        "rejected": ["rejected"],
    }
    write_sections(
        {
            name: value if isinstance(value, (str, dict)) else _merged(root, value)
            for name, value in sections.items()
        },
        out,
    )
