r"""Reading claims and documents from JSON Lines, CSV and JSON files.

- **JSON Lines** (``.jsonl``): one record a line; a record with ``"type": "document"``
  is a document, any other a claim (:mod:`reconcile.schema`). Blank lines are skipped.
- **CSV** (``.csv``): one claim a row, with the claim fields as columns and the value's
  fields flattened (``kind``, ``text``, ``hedge``, ``point``, ``low``, ``high``,
  ``value``, ``start``, ``end``, ``granularity``, vote facets), and ``span_start`` /
  ``span_end`` for the span. A documents CSV has the document fields as columns.
- **JSON** documents (``.json``): a list of document records, or an object with a
  ``documents`` list in the ``sources.json`` style (``file`` is taken as the id; unknown
  keys become metadata).

Nothing is dropped silently. Each bad record becomes a
:class:`~reconcile.model.Rejection` naming the file, line and field; with
``strict=True`` every problem is raised at once as an
:class:`~reconcile.errors.InputErrors` group.

Examples:
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "c.jsonl").write_text(
    ...     '{"type": "document", "id": "d1", "outlet": "Wire"}\n'
    ...     '{"id": "c1", "document": "d1", "subject": "US troops", "attribute": "deployed",'
    ...     ' "value": {"kind": "quantity", "point": 2500}}\n'
    ...     '{"id": "c2", "document": "d1", "subject": "", "attribute": "deployed",'
    ...     ' "value": {"kind": "quantity", "point": 900}}\n')
    >>> loaded = read_claims(folder / "c.jsonl")
    >>> [c.id for c in loaded.claims], [r.line for r in loaded.rejected]
    (['c1'], [3])
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
import stat
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from operator import attrgetter, itemgetter
from pathlib import Path
from typing import Any, Final, TypeVar

import attrs

from reconcile._atomic import write_text_atomic
from reconcile._heap import collector_paused
from reconcile.decisions import Decision, check_decisions, decision_from_record, decision_to_record
from reconcile.entities import AliasTable
from reconcile.errors import (
    DuplicateId,
    InputErrors,
    InvalidInput,
    NoSuchPath,
    ReconcileError,
    SchemaError,
)
from reconcile.model import Claim, Document, ItemKind, Rejection
from reconcile.schema import (
    DOCUMENT_FIELDS,
    VALUE_FIELDS,
    claim_from_record,
    claim_readers,
    document_from_record,
)

__all__ = [
    "Loaded",
    "append_decision",
    "read_aliases",
    "read_claims",
    "read_decisions",
    "read_documents",
]

_Item = TypeVar("_Item", Claim, Document)

# Every value field of every kind, in a fixed order: the flattened value columns of a CSV.
_VALUE_COLUMNS: Final = tuple(sorted({f for fields in VALUE_FIELDS.values() for f in fields}))
_NUMERIC: Final = frozenset({"point", "low", "high"})
_COUNTS: Final = frozenset({"votes_for", "votes_against", "abstentions"})
_BOOLS: Final = frozenset({"unanimous", "binding"})
_CLAIM_COLUMNS: Final = frozenset(
    {
        "id",
        "document",
        "subject",
        "attribute",
        "as_of",
        "place",
        "attribution",
        "modality",
        "quote",
        "span_start",
        "span_end",
        "type",
    }
)


@attrs.frozen
class Loaded:
    """What a file gave: documents, claims, and the records that were rejected.

    Attributes:
        documents: sorted by id.
        claims: in file order.
        rejected: in file order.
    """

    documents: tuple[Document, ...] = ()
    claims: tuple[Claim, ...] = ()
    rejected: tuple[Rejection, ...] = ()


def _display(path: Path) -> str:
    return os.fspath(path)


def _regular_file(path: Path) -> None:
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise NoSuchPath("no such file or folder", path=_display(path)) from None
    if stat.S_ISDIR(mode):
        raise SchemaError("is a folder, not a file", path=_display(path))
    if not stat.S_ISREG(mode):
        # A FIFO or a device could block forever or never end.
        raise SchemaError("not a regular file", path=_display(path))


def _not_utf8(path: Path, exc: UnicodeDecodeError, offset: int = 0) -> SchemaError:
    return SchemaError(
        f"is not UTF-8 text (byte {offset + exc.start}: {exc.reason})", path=_display(path)
    )


def _read_text(path: Path) -> str:
    _regular_file(path)
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise NoSuchPath("no such file or folder", path=_display(path)) from None
    except UnicodeDecodeError as exc:
        raise _not_utf8(path, exc) from None


def _text_lines(path: Path) -> Iterator[str]:
    r"""The file's lines split at "\n" only, decoded, streamed: the text is never whole.

    A byte that is not UTF-8 fails the file as :func:`_read_text` does, with the same
    offset (counted after a byte-order mark).
    """
    _regular_file(path)
    offset = 0
    try:
        with path.open("rb") as stream:
            for number, raw in enumerate(stream):
                data = raw[3:] if number == 0 and raw.startswith(codecs.BOM_UTF8) else raw
                try:
                    yield data.decode("utf-8").removesuffix("\n")
                except UnicodeDecodeError as exc:
                    raise _not_utf8(path, exc, offset) from None
                offset += len(data)
    except FileNotFoundError:
        raise NoSuchPath("no such file or folder", path=_display(path)) from None


def _read_json(path: Path) -> Any:
    try:
        return json.loads(_read_text(path))
    except json.JSONDecodeError as exc:
        raise SchemaError(
            f"malformed JSON: {exc.msg}", path=_display(path), line=exc.lineno
        ) from None


def _fast_loads() -> Callable[[str], Any] | None:
    """``orjson.loads`` when the ``fast`` extra is installed (a compiled decoder)."""
    try:
        # Optional: orjson is the `fast` extra, and `import reconcile` never needs it.
        from orjson import loads  # noqa: PLC0415
    except ImportError:
        return None
    return loads


def _line_decoder() -> tuple[Callable[[str], Any], type[Exception]] | None:
    """The decoder of claim lines by msgspec, and its error (:mod:`reconcile._lines`).

    Only with both compiled decoders of the ``fast`` extra, msgspec and orjson: the line
    reader decodes the value record with orjson, and what it declines is read from
    orjson's record of the line.
    """
    try:
        # Optional, as orjson: `import reconcile` never needs them.
        import orjson  # noqa: F401, PLC0415

        from reconcile import _lines  # noqa: PLC0415
    except ImportError:
        return None
    return _lines.claim_line_decoder(), _lines.DECODE_ERROR


def _decoded(loads: Callable[[str], Any], line: str, number: int, path: Path) -> Any | SchemaError:
    try:
        return loads(line)
    except json.JSONDecodeError as exc:
        return SchemaError(
            f"malformed JSON: {exc.msg} at column {exc.colno}", path=_display(path), line=number
        )
    except (ValueError, RecursionError) as exc:
        # Integers beyond Python's 4,300-digit limit, or nesting beyond its stack.
        reason = str(exc).split(";")[0] if isinstance(exc, ValueError) else "nested too deeply"
        return SchemaError(f"unreadable JSON: {reason}", path=_display(path), line=number)


def _jsonl_records(path: Path, *, fast: bool = False) -> Iterator[tuple[int, Any, str, bool]]:
    r"""Each non-blank line's number, record (or error), text, and whether it is exact.

    With ``fast``, a line is decoded by orjson when it can be; such a record is not exact:
    orjson reads integers beyond 64 bits as floats. Whoever reads it must decode the line
    again with ``json.loads`` wherever that could matter (an error, a document's metadata).
    Lines orjson refuses (NaN, lone surrogates, malformed JSON) are decoded exactly. A
    claim line without a ``\u`` escape is first decoded by msgspec, when it is
    installed, into a :class:`reconcile._lines.ClaimLine` (not exact either): whoever
    reads one must read the line from orjson's record where the line reader of
    :func:`reconcile.schema.claim_readers` declines it.
    """
    # Records end at "\n" only: U+2028, U+2029 and U+0085 are text inside a JSON string.
    return _decoded_lines(enumerate(_text_lines(path), start=1), path, fast=fast)


def _decoded_lines(
    lines: Iterable[tuple[int, str]], path: Path, *, fast: bool = False
) -> Iterator[tuple[int, Any, str, bool]]:
    """:func:`_jsonl_records` of numbered lines of ``path`` (some of its lines, in any order).

    A run split across processes (:mod:`reconcile.parallel`) decodes in each process
    only the lines of its share of the file's bytes, and those the others hand it.
    """
    loads = _fast_loads() if fast else None
    lined = _line_decoder() if fast else None
    decode_line, line_error = lined if lined is not None else (None, ValueError)
    decoders = (decode_line, line_error, loads)
    for number, line in lines:
        if not line.strip():
            continue
        value, exact, _ = _decode_record(line, number, path, decoders)
        yield number, value, line, exact


def _decode_record(
    line: str,
    number: int,
    path: Path,
    decoders: tuple[Callable[[str], Any] | None, type[Exception], Callable[[str], Any] | None],
) -> tuple[Any, bool, bool]:
    r"""One line's record, whether it is exact, and whether it is msgspec's claim line.

    ``decoders``: msgspec's line decoder and its error, and orjson's ``loads`` (each
    ``None`` without its extra). msgspec's typed claim line where the line is one (no
    ``\u`` escape, a claim), else
    orjson's record (not exact: integers beyond 64 bits are floats), else the exact
    record of :func:`json.loads`, which raises the line's error.
    """
    decode_line, line_error, loads = decoders
    if decode_line is not None and "\\u" not in line:
        try:
            claim_line = decode_line(line)
        except line_error:
            pass
        else:
            # Another type (a document with a claim's fields): as orjson reads it.
            if claim_line.type == "claim":
                return claim_line, False, True
    if loads is not None:
        try:
            return loads(line), False, False
        except ValueError:
            pass
    return _decoded(json.loads, line, number, path), True, False


def _line_type() -> type | None:
    """:class:`reconcile._lines.ClaimLine` where :func:`_line_decoder` makes them, else None."""
    return None if _line_decoder() is None else _claim_line_class()


def _claim_line_class() -> type:
    from reconcile._lines import ClaimLine  # noqa: PLC0415

    return ClaimLine


def _record_of_line(text: str, number: int, path: Path) -> tuple[Any, bool]:
    """A line's record and whether it is exact, as :func:`_decoded_lines` gives it fast."""
    loads = _fast_loads()
    if loads is not None:
        try:
            return loads(text), False
        except ValueError:
            pass
    return _decoded(json.loads, text, number, path), True


def _cell(name: str, text: str, prefix: str) -> Any:
    if text == "":
        return None
    if name in _NUMERIC:
        try:
            return float(text.replace(",", ""))
        except ValueError:
            raise SchemaError(f"must be a number (got {text!r})", field=prefix + name) from None
    if name in _COUNTS or name in ("span_start", "span_end"):
        try:
            return int(text)
        except ValueError:
            raise SchemaError(
                f"must be a whole number (got {text!r})", field=prefix + name
            ) from None
    if name in _BOOLS:
        lowered = text.strip().casefold()
        if lowered in ("true", "yes", "1"):
            return True
        if lowered in ("false", "no", "0"):
            return False
        raise SchemaError(f"must be true or false (got {text!r})", field=prefix + name)
    return text


def _csv_rows(path: Path) -> Iterator[tuple[int, dict[str, str] | SchemaError]]:
    """Each row by its first line, as a dict by header, or the error that rejects it alone."""
    # Rows end at "\n" or "\r" only (not at U+2028), as the csv module reads them. A
    # lenient reader finds where each row ends, so that a bad quote cannot swallow the
    # rows after it; a strict reader then judges the row's own lines.
    lines = list(io.StringIO(_read_text(path), newline=""))
    reader = csv.reader(lines)
    header: list[str] | None = None
    while True:
        first = reader.line_num
        try:
            cells = next(reader)
            cells = next(csv.reader(lines[first : reader.line_num], strict=True))
        except StopIteration:
            return
        except csv.Error as exc:
            error = SchemaError(f"malformed CSV: {exc}", path=_display(path), line=first + 1)
            if header is None:
                raise error from None
            yield first + 1, error
            continue
        if header is None:
            header = cells
        elif len(cells) > len(header):
            yield (
                first + 1,
                SchemaError("more cells than header columns", path=_display(path), line=first + 1),
            )
        elif cells:
            yield (
                first + 1,
                {k: v.strip() for k, v in zip(header, cells, strict=False)}
                | dict.fromkeys(header[len(cells) :], ""),
            )


def _claim_record_from_row(row: Mapping[str, str]) -> dict[str, Any]:
    unknown = sorted(set(row) - _CLAIM_COLUMNS - set(_VALUE_COLUMNS))
    if unknown:
        raise SchemaError("unknown column", field=unknown[0])
    record: dict[str, Any] = {
        k: _cell(k, v, "") for k, v in row.items() if k in _CLAIM_COLUMNS and k != "type"
    }
    start, end = record.pop("span_start", None), record.pop("span_end", None)
    if start is not None or end is not None:
        record["span"] = [start, end]
    value = {k: _cell(k, row[k], "value.") for k in _VALUE_COLUMNS if k in row}
    record["value"] = {k: v for k, v in value.items() if v is not None}
    return {k: v for k, v in record.items() if v is not None}


def read_claims(
    path: str | os.PathLike[str],
    *,
    documents: str | os.PathLike[str] | None = None,
    strict: bool = False,
) -> Loaded:
    """Read claims (and any documents) from a ``.jsonl`` or ``.csv`` file.

    Args:
        path: the claims file.
        documents: an optional documents file (``.jsonl``, ``.csv`` or ``.json``).
        strict: raise every problem at once instead of rejecting bad records.

    Returns:
        The documents, the claims, and the rejected records with their reasons.

    Raises:
        SchemaError: the file cannot be read at all (missing, not UTF-8, unknown
            suffix).
        InputErrors: with ``strict=True``, when any record is bad.
    """
    # Millions of small objects and no cycles among them: the collector would only rescan.
    with collector_paused():
        return _read_claims(path, documents=documents, strict=strict)


def _read_claims(
    path: str | os.PathLike[str],
    *,
    documents: str | os.PathLike[str] | None,
    strict: bool,
    select: Callable[[Any], bool] | None = None,
    records: Iterable[tuple[int, Any, str, bool]] | None = None,
) -> Loaded:
    """:func:`read_claims`; with ``select``, only the claim records it picks are read.

    ``select`` sees each JSON Lines record that is not a document as decoded (a dict,
    another JSON value, or the :class:`SchemaError` of a line that is not JSON); the
    records it declines are skipped without a word: neither claims nor rejections.
    ``records``, the JSON Lines file's records as :func:`_jsonl_records` gives them but
    only some and in any order of their lines, are read instead of the whole file; what
    they give is put back in the file's order. A run split across processes
    (:mod:`reconcile.parallel`) reads in each process only the claims of its own
    questions, and every document.
    """
    source = Path(path)
    suffix = source.suffix.casefold()
    claims: list[tuple[int, Claim]] = []
    docs: list[tuple[int, Document]] = []
    rejected: list[Rejection] = []
    errors: list[InvalidInput] = []

    def reject(item: str, kind: ItemKind, error: ReconcileError, line: int | None) -> None:
        located = error.located(path=_display(source), line=line)
        if isinstance(located, InvalidInput):
            errors.append(located)
        rejected.append(Rejection.from_error(item, kind, located))

    if suffix == ".jsonl":
        read_claim, read_line = claim_readers()
        line_type = _line_type()

        def take(line: int, record: Any, text: str, exact: bool) -> None:
            if type(record) is line_type:
                # A claim line msgspec decoded: its claim, or orjson's record of the line
                # read as if the line had never been decoded otherwise.
                claim = read_line(record) if select is None else None
                if claim is not None:
                    claims.append((line, claim))
                    return
                record, exact = _record_of_line(text, line, source)
            # A decoder's dict is told from other mappings without the abstract class's
            # slower check, once a line; the record's name is made only for an error.
            is_mapping = type(record) is dict or isinstance(record, Mapping)
            is_doc = is_mapping and record.get("type") == "document"
            if select is not None and not is_doc and not select(record):
                return
            if not exact and is_doc:
                # Metadata values are kept as text: a big integer must stay an integer.
                take(line, _decoded(json.loads, text, line, source), text, True)
                return
            if isinstance(record, SchemaError):
                reject(f"line {line}", ItemKind.CLAIM, record, line)
                return
            try:
                if is_doc:
                    docs.append((line, document_from_record(record)))
                else:
                    # A lone surrogate can only come from a "\\u" escape, the line itself
                    # being strict UTF-8: a line without one needs no walk over its text.
                    claims.append((line, read_claim(record, text_checked="\\u" not in text)))
            except InvalidInput as error:
                item = record.get("id") if is_mapping else None
                name = item if isinstance(item, str) and item else f"line {line}"
                if exact:
                    reject(name, ItemKind.DOCUMENT if is_doc else ItemKind.CLAIM, error, line)
                else:
                    # orjson reads an integer beyond 64 bits as a float, the same number
                    # where a number is wanted and an error elsewhere (a span, a count):
                    # the exact record gives the claim or the error json.loads would.
                    take(line, _decoded(json.loads, text, line, source), text, True)

        for line, record, text, exact in (
            _jsonl_records(source, fast=True) if records is None else records
        ):
            take(line, record, text, exact)
        # ``take`` calls itself, so it is in a reference cycle with its closure, which
        # holds every claim read: without this, only the cyclic collector would free
        # them (at a million claims, a pass over millions of objects, and the memory
        # held until then).
        del take
        if records is not None:
            # Lines in another order than the file's: what repeats is told in file order.
            claims.sort(key=_line_of)
            docs.sort(key=_line_of)
    elif suffix == ".csv":
        for line, row in _csv_rows(source):
            if isinstance(row, SchemaError):
                reject(f"line {line}", ItemKind.CLAIM, row, line)
                continue
            name = row.get("id") or f"line {line}"
            try:
                claims.append((line, claim_from_record(_claim_record_from_row(row))))
            except InvalidInput as error:
                reject(name, ItemKind.CLAIM, error, line)
    else:
        raise SchemaError(
            f"unknown claims format {suffix!r}; expected .jsonl or .csv", path=_display(source)
        )
    kept_docs = _without_repeats(docs, ItemKind.DOCUMENT, reject)
    kept_claims = _without_repeats(claims, ItemKind.CLAIM, reject)
    rejected.sort(key=lambda r: r.line or 0)
    if documents is not None:
        extra = read_documents(documents, strict=strict)
        kept_docs.extend(extra.documents)
        rejected.extend(extra.rejected)
    if strict and errors:
        raise InputErrors(f"{len(errors)} bad records in {_display(source)}", errors)
    return Loaded(tuple(sorted(kept_docs, key=lambda d: d.id)), tuple(kept_claims), tuple(rejected))


_item: Final = itemgetter(1)
_line_of: Final = itemgetter(0)
_item_id: Final = attrgetter("id")


def _without_repeats(
    items: list[tuple[int, _Item]] | list[tuple[int | None, _Item]],
    kind: ItemKind,
    reject: Callable[[str, ItemKind, ReconcileError, int | None], None],
) -> list[_Item]:
    """The items in file order, each id once, with a rejection (and its line) for the rest.

    As :func:`reconcile.validate.check_claims` would decide, but here the line is known:
    an item repeated word for word is kept once; different claims sharing an id are all
    rejected. Different documents sharing an id are left to the run, which rejects them
    together with their claims.
    """
    ids = list(map(_item_id, map(_item, items)))
    if len(set(ids)) == len(ids):
        # No id repeats (a file as a writer writes it): every item is kept, in file order,
        # told by compiled calls instead of the two passes below in Python (at a million
        # claims, 0.62 against 0.16 s).
        return list(map(_item, items))
    # Lists only for the ids that repeat: a list per id would cost a million lists.
    counts = Counter(ids)
    by_id: dict[str, list[_Item]] = {}
    for _, item in items:
        if counts[item.id] > 1:
            by_id.setdefault(item.id, []).append(item)
    kept: list[_Item] = []
    seen: set[str] = set()
    for line, item in items:
        group = by_id.get(item.id)
        if group is None:
            kept.append(item)
        elif len({repr(i) for i in group}) > 1:
            if kind is ItemKind.DOCUMENT:
                kept.append(item)
            else:
                message = f"claim id {item.id!r} is used by {len(group)} different claims"
                reject(item.id, kind, DuplicateId(message, field="id"), line)
        elif item.id in seen:
            message = f"{kind.value} {item.id!r} is repeated word for word"
            reject(item.id, kind, DuplicateId(message, field="id"), line)
        else:
            seen.add(item.id)
            kept.append(item)
    return kept


def _sources_json_record(record: Mapping[str, Any]) -> dict[str, Any]:
    known = {k: v for k, v in record.items() if k in DOCUMENT_FIELDS}
    if "id" not in known and "file" in record:
        known["id"] = record["file"]
    extra = {k: v for k, v in record.items() if k not in DOCUMENT_FIELDS and k != "file"}
    if extra:
        known["metadata"] = {**extra, **(known.get("metadata") or {})}
    known["type"] = "document"
    return known


def read_documents(path: str | os.PathLike[str], *, strict: bool = False) -> Loaded:
    """Read documents from a ``.jsonl``, ``.csv`` or ``.json`` file.

    Returns:
        A :class:`Loaded` with documents and rejections only.
    """
    source = Path(path)
    suffix = source.suffix.casefold()
    docs: list[tuple[int | None, Document]] = []
    rejected: list[Rejection] = []
    errors: list[InvalidInput] = []

    def reject(item: str, kind: ItemKind, error: ReconcileError, line: int | None) -> None:
        located = error.located(path=_display(source), line=line)
        if isinstance(located, InvalidInput):
            errors.append(located)
        rejected.append(Rejection.from_error(item, kind, located))

    records: list[tuple[int | None, Any]]
    if suffix == ".jsonl":
        records = [(line, record) for line, record, _, _ in _jsonl_records(source)]
    elif suffix == ".csv":
        records = [
            (line, row if isinstance(row, SchemaError) else {k: v for k, v in row.items() if v})
            for line, row in _csv_rows(source)
        ]
    elif suffix == ".json":
        data = _read_json(source)
        items = data.get("documents") if isinstance(data, Mapping) else data
        if not isinstance(items, list):
            raise SchemaError("expected a list of documents", path=_display(source))
        records = [(None, _sources_json_record(r) if isinstance(r, Mapping) else r) for r in items]
    else:
        raise SchemaError(
            f"unknown documents format {suffix!r}; expected .jsonl, .csv or .json",
            path=_display(source),
        )
    for line, record in records:
        try:
            if isinstance(record, ReconcileError):
                raise record
            typed = (
                {**record, "type": "document"}
                if isinstance(record, Mapping) and "type" not in record
                else record
            )
            docs.append((line, document_from_record(typed)))
        except InvalidInput as error:
            located = error.located(path=_display(source), line=line)
            item = record.get("id") if isinstance(record, Mapping) else None
            name = item if isinstance(item, str) and item else f"line {line}"
            if isinstance(located, InvalidInput):
                errors.append(located)
            rejected.append(Rejection.from_error(name, ItemKind.DOCUMENT, located))
    kept = _without_repeats(docs, ItemKind.DOCUMENT, reject)
    if strict and errors:
        raise InputErrors(f"{len(errors)} bad records in {_display(source)}", errors)
    return Loaded(tuple(sorted(kept, key=lambda d: d.id)), (), tuple(rejected))


def read_aliases(path: str | os.PathLike[str], *, base: AliasTable | None = None) -> AliasTable:
    """Read an alias file and add it to ``base`` (an empty table when ``None``).

    The file is JSON: either a list of groups (``[["ISIS", "ISIL", "Daesh"], ...]``, the
    first name of each group displayed) or an object from a display name to its aliases
    (``{"Islamic State": ["ISIS", "Daesh"]}``).

    Examples:
        >>> import tempfile, pathlib
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "aliases.json"
        >>> _ = path.write_text('{"joint commission": ["bilateral committee"]}')
        >>> read_aliases(path).canonical("bilateral committee")
        'joint commission'
    """
    source = Path(path)
    data = _read_json(source)
    if isinstance(data, Mapping):
        groups = [[name, *aliases] for name, aliases in data.items()]
    elif isinstance(data, list):
        groups = data
    else:
        raise SchemaError(
            "expected a list of groups or an object of aliases", path=_display(source)
        )
    for index, group in enumerate(groups):
        if not isinstance(group, list) or not all(isinstance(n, str) and n.strip() for n in group):
            raise SchemaError(
                "each group must be a list of non-empty names",
                path=_display(source),
                field=f"[{index}]",
            )
    table = base if base is not None else AliasTable.from_groups([])
    for group in groups:
        if group:
            table = table.with_aliases(group[0], *group[1:])
    return table


def read_decisions(path: str | os.PathLike[str]) -> tuple[Decision, ...]:
    r"""Read a decisions file (JSON Lines, :mod:`reconcile.decisions`) and check it.

    Unlike claims, a bad decision is not set aside: a correction that silently did not
    apply would be worse than none, so the first bad record is an error.

    Returns:
        The decisions, sorted by id, each knowing its file and line.

    Raises:
        SchemaError: a record is malformed; the error names the file, line and field.
        ConflictingDecisions: two decisions contradict each other; it names both.
        NoSuchPath: the file does not exist.

    Examples:
        >>> import tempfile, pathlib
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "decisions.jsonl"
        >>> _ = path.write_text('{"kind": "trust", "targets": ["Wire"], "trust": 2, '
        ...                     '"reason": "r", "by": "ana", "at": "2025-03-13"}\n')
        >>> read_decisions(path)
        Traceback (most recent call last):
        ...
        reconcile.errors.SchemaError: .../decisions.jsonl, line 1, field 'trust': must be a number in [0, 1] (got 2)
    """  # noqa: E501
    source = Path(path)
    decisions = []
    for number, record, _, _ in _jsonl_records(source):
        if isinstance(record, SchemaError):
            raise record
        decisions.append(decision_from_record(record, path=_display(source), line=number))
    return check_decisions(decisions)


def append_decision(path: str | os.PathLike[str], decision: Decision) -> Decision:
    """Add a decision to a decisions file (made when missing), after checking the file.

    The file is rewritten atomically; a decision that contradicts one already there is
    refused and the file left as it was.

    Returns:
        The decision as the file now holds it (with its path and line).

    Raises:
        ConflictingDecisions: it contradicts a decision in the file.
        SchemaError: the file holds a bad record.
    """
    source = Path(path)
    old = _read_text(source) if source.exists() else ""
    existing = read_decisions(source) if old.strip() else ()
    line = old.count("\n") + (1 if old and not old.endswith("\n") else 0) + 1
    placed = attrs.evolve(decision, path=_display(source), line=line)
    check_decisions([*existing, placed])
    text = json.dumps(decision_to_record(placed), ensure_ascii=False, sort_keys=True)
    separator = "\n" if old and not old.endswith("\n") else ""
    write_text_atomic(source, f"{old}{separator}{text}\n")
    return placed
