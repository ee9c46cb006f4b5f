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
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, Final, TextIO

from reconcile._partition import write_texts
from reconcile.errors import SchemaError
from reconcile.output import encode_record, write_sections

__all__ = ["SECTION_DIRS", "dump", "sort_key", "write_lines", "write_merged", "write_texts"]

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
    return write_texts(path, (dump(record) for record in ordered))


def _stream(path: Path, key: Callable[[dict[str, Any]], tuple[Any, ...]]) -> Iterator[Any]:
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.endswith("\n"):
                raise SchemaError("the last record is cut short", path=str(path), line=number)
            text = line[:-1]
            try:
                yield (key(json.loads(text)), text)
            except (ValueError, KeyError, IndexError, TypeError) as exc:
                raise SchemaError(
                    f"not a record of this section ({type(exc).__name__}: {exc!s:.80})",
                    path=str(path),
                    line=number,
                ) from None


#: The summary count that each section's record count must match.
_COUNTED: Final = {
    "documents": "documents",
    "sources": "sources",
    "claims": "claims",
    "clusters": "clusters",
    "verdicts": "questions",
    "rejected": "rejected",
}


def _merged(folder: Path, sections: Iterable[str], counts: dict[str, Any]) -> Iterator[str]:
    for section in sections:
        key = sort_key(section)
        files = sorted((folder / section).glob("*.jsonl")) if (folder / section).is_dir() else []
        if not files and (folder / f"{section}.jsonl").exists():
            files = [folder / f"{section}.jsonl"]
        streams = [_stream(path, key) for path in files]
        written = 0
        for _, text in heapq.merge(*streams, key=lambda item: item[0]):
            written += 1
            yield text
        expected = counts.get(_COUNTED.get(section, ""))
        if isinstance(expected, int) and expected != written:
            raise SchemaError(
                f"the summary counts {expected} {section} but the files hold {written}: "
                "the folder is incomplete",
                path=str(folder),
            )


def _summary(root: Path) -> dict[str, Any]:
    path = root / "summary.json"
    if not root.is_dir():
        raise SchemaError("not a result folder", path=str(root))
    try:
        summary = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SchemaError(
            "no summary.json: not a result folder, or its run did not finish", path=str(root)
        ) from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise SchemaError(f"unreadable summary ({exc!s:.80})", path=str(path)) from None
    missing = [k for k in ("schema_version", "summary", "settings") if k not in summary]
    if not isinstance(summary, dict) or missing:
        raise SchemaError(f"the summary lacks {', '.join(missing) or 'its keys'}", path=str(path))
    return summary


def write_merged(folder: str | os.PathLike[str], out: TextIO) -> None:
    """Stream the one-file result JSON from a partitioned result folder.

    The text is byte for byte what :func:`reconcile.output.write_result` writes for the
    in-process result of the same input. Memory stays at one record per file.

    Raises:
        SchemaError: the folder is incomplete: no summary, a record cut short or
            unreadable, or fewer records than the summary counts.
    """
    root = Path(folder)
    summary = _summary(root)
    counts = summary["summary"] if isinstance(summary["summary"], dict) else {}
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
            name: value if isinstance(value, (str, dict)) else _merged(root, value, counts)
            for name, value in sections.items()
        },
        out,
    )
