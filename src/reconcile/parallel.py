r"""``reconcile run --jobs N``: one run reconciled in N worker processes, the same bytes out.

The design of the Dask path (:mod:`reconcile.distributed`) on one machine, without Dask:
every question lands on one worker, which reconciles it with the core's own functions
(:mod:`reconcile._partition`) and writes its records of each section in result order;
the parent merges the workers' records into the one-file result JSON, byte for byte
what :func:`reconcile.output.write_result` writes for the run in one process. The
workers are forked (``multiprocessing``'s ``fork`` start method): they inherit the
parent's settings and resolver, and nothing large is pickled. Where ``fork`` is not
available, the run stays in one process.

A run, for a JSON Lines claims file, in steps (measured at a million claims, where
reading the claims was a fifth of the work and decoding the JSON a tenth of that; each
worker decoding the whole file cost it about a second more than its share):

1. **scan** (each worker, its Nth of the file's bytes): the distinct claim subjects, by
   a pattern over the bytes (a guess, checked in step 4).
2. **resolve** (parent): the resolver runs once over them all, as in process.
3. **read** (each worker, its Nth of the file's bytes, then what the others hand it):
   each line is decoded by the worker whose share it starts in, which makes the claims
   of its own questions (those whose resolved subject and attribute hash to it:
   :func:`reconcile._partition.block_hash`, not the salted ``hash``) and hands every
   other line to the worker whose it is, a document to every worker, as bytes in a file
   of the temporary folder (:func:`_own_records`); once every worker has read its share
   (the parent waits for all), each reads the lines handed to it, and puts what it read
   back in the file's order, so that repeats and rejections are told as in one process.
   A subject and attribute decide the places claims inherit too
   (:func:`~reconcile.normalize.inherited_places`), so they stay with their worker. Each
   worker reads every document; the checks of a run in one process
   (:func:`reconcile.pipeline._validate`) run on its claims. A line that is not UTF-8
   makes the run start again in one process, which says where the first one is.
4. **check** (parent, and each worker for its claim ids): a claim id read by two
   workers, or kept claims' subjects that the resolver puts otherwise than the scan's
   did (a rejected record's subject can change the batch the resolver sees), would make
   the split answer otherwise: the run is then made again in one process (so it is
   when a claim id is also a cluster id: only the whole run tells which relations are
   between clusters). Then the places are resolved, as in process.
5. **reconcile** (each worker): normalize, cluster and assess its claims, and write its
   records of each section, sorted, to a file in a temporary folder (the folder holds
   about the size of the result until the run ends), beside a file of their sort keys
   (for the relations, a key and a count per run of relations with one ``a``:
   :data:`_BY_RUNS`).
6. **merge**: each section's records in the order of their keys (one sort over the
   workers' sorted keys, in C), copied as the UTF-8 bytes the workers wrote, and the
   parts that are not split (documents, sources, rejections, settings, the summary),
   in the result writer's own layout (:func:`reconcile.output.write_sections`). To a
   file (:meth:`Parts.write_file`), the merged lists are written in place, in as many
   forked processes as workers, once the parent has worked out where each goes.

Streaming the records to the parent through the pipes instead, merged as they come,
was measured slower: the merge takes them in key order, alternating between the
workers, so a worker that runs ahead waits for the other at every full pipe.

Examples:
    >>> import tempfile, pathlib
    >>> from reconcile.normalize import entity_resolver
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "claims.jsonl"
    >>> _ = path.write_text(
    ...     '{"id": "c1", "document": "d1", "subject": "US troops", "attribute": "deployed",'
    ...     ' "value": {"kind": "quantity", "point": 2500}}\n')
    >>> with reconcile_in_parts(path, jobs=2, resolver=entity_resolver()) as parts:
    ...     parts.summary["claims"], parts.summary["questions"]
    (1, 1)
"""

from __future__ import annotations

import codecs
import contextlib
import io
import itertools
import json
import multiprocessing
import os
import pickle
import re
import shutil
import tempfile
import traceback
import weakref
from array import array
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from operator import attrgetter
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO, Final, TextIO, TypeVar

import attrs

from reconcile._atomic import atomic_binary
from reconcile._heap import collector_paused
from reconcile._partition import (
    SECTIONS,
    block_hash,
    block_records,
    central_result,
    normalized_with,
    write_texts,
)
from reconcile.cluster import RelationRecord
from reconcile.compare import DEFAULT_TOLERANCES, Tolerances
from reconcile.errors import ReconcileError, WorkerFailed
from reconcile.io import (
    _decode_record,
    _decoded_lines,
    _fast_loads,
    _line_decoder,
    _line_type,
    _read_claims,
)
from reconcile.model import Claim, Document, ItemKind, Rejection, normalize_attribute
from reconcile.normalize import NameResolver, ResolvedName, _last_seen, inherited_places
from reconcile.output import _encoded_sections, summary_of, write_sections
from reconcile.pipeline import Result, Settings, _validate
from reconcile.verdicts import EstimatePolicy

__all__ = ["Parts", "can_fork", "jobs_wanted", "reconcile_in_parts"]

_T = TypeVar("_T")

#: At most this many workers: each takes a byte of the merge's order (and more would
#: only share the same cores).
MAX_JOBS: Final = 64


def can_fork() -> bool:
    """Whether workers can be forked here (Linux, most Unixes; not Windows).

    Examples:
        >>> can_fork() in (True, False)
        True
    """
    return "fork" in multiprocessing.get_all_start_methods()


def jobs_wanted(jobs: int) -> int:
    """The number of workers ``--jobs`` asks for: 0 means one per CPU, at most 64.

    Examples:
        >>> jobs_wanted(1), jobs_wanted(3), jobs_wanted(0) >= 1, jobs_wanted(500)
        (1, 3, True, 64)
    """
    if jobs < 0:
        raise ValueError(f"jobs must be 0 (one per CPU) or more (got {jobs})")
    return min(jobs or os.cpu_count() or 1, MAX_JOBS)


@attrs.frozen
class _Plan:
    """What every worker needs, inherited by fork: never pickled."""

    path: str
    documents: str | None
    jobs: int
    folder: str
    tolerances: Tolerances
    policy: EstimatePolicy


@attrs.frozen
class _Read:
    """What a worker read and checked, for the parent (small: names, counts, hashes)."""

    rejected: tuple[Rejection, ...]
    problems: tuple[Rejection, ...]
    ids: bytes
    subjects: frozenset[str]
    places: frozenset[str]
    documents: tuple[Document, ...]


@attrs.frozen
class _Done:
    summary: dict[str, int]
    separable: bool
    records: dict[str, int]


def _byte_range(size: int, jobs: int, index: int) -> tuple[int, int]:
    """The worker's share of the file's bytes: a line belongs to the share it starts in.

    Examples:
        >>> [_byte_range(10, 3, i) for i in range(3)]
        [(0, 3), (3, 6), (6, 10)]
    """
    return size * index // jobs, size * (index + 1) // jobs


#: A claim record's subject as JSON Lines writers write it (any spacing): a quote inside
#: a JSON string is escaped, so the pattern meets keys only, never text in a value.
_SUBJECT: Final = re.compile(rb'"subject"\s*:\s*"((?:[^"\\]|\\.)*)"')

#: Bytes a scan reads at a time (then on to the end of the line).
_SCAN_BYTES: Final = 1 << 24


def _subjects_between(path: str, start: int, end: int) -> set[str]:
    """The subjects named in the lines that start in ``[start, end)`` of the file.

    A first guess at the resolver's batch, checked once the claims are read (step 4 of
    the module's list): a pattern over the bytes, about a third of the cost of decoding
    the lines. A subject it misses, or a name it takes that is no kept claim's subject
    (a document's metadata may have a key ``subject``), only makes the guess wrong,
    which the check finds.
    """
    found: set[bytes] = set()
    with open(path, "rb") as lines:
        if start:
            # To the first line that starts at or after `start`.
            lines.seek(start - 1)
            lines.readline()
        position = lines.tell()
        while position < end:
            chunk = lines.read(min(_SCAN_BYTES, end - position))
            if not chunk:
                break
            chunk += lines.readline()  # the rest of the last line begun
            position += len(chunk)
            found.update(_SUBJECT.findall(chunk))
    subjects: set[str] = set()
    for raw in found:
        try:
            subjects.add(json.loads(b'"' + raw + b'"') if b"\\" in raw else raw.decode())
        except ValueError:  # not UTF-8, or an escape JSON refuses: not a subject read
            continue
    return subjects


#: At most this many (subject, attribute) pairs are remembered by a router.
_ROUTE_MEMO: Final = 1 << 16


def _router(keys: Mapping[str, str], jobs: int) -> Callable[[Any], int]:
    """Which worker reads a record: by its subject's entity key and its attribute.

    Claims of one question share both, and so do the claims that inherit a place from
    each other. A record without them (not a claim, not JSON) goes to the first worker,
    which rejects it as the run in one process would.
    """
    parts: dict[tuple[str, str], int] = {}

    line_type: Any = _line_type()

    def route(record: Any) -> int:
        if type(record) is line_type:
            # A claim line msgspec decoded (reconcile._lines): its fields are strings.
            subject = record.subject
            attribute = record.attribute
        elif type(record) is not dict:
            return 0
        else:
            subject = record.get("subject")
            attribute = record.get("attribute")
            if type(subject) is not str or type(attribute) is not str:
                return 0
        part = parts.get((subject, attribute))
        if part is None:
            key = keys.get(subject)
            part = 0 if key is None else block_hash(f"{key}\n{normalize_attribute(attribute)}")
            part %= jobs
            if len(parts) < _ROUTE_MEMO:
                parts[(subject, attribute)] = part
        return part

    return route


class _Unsplittable(Exception):
    """The run cannot be split after all: a line is not UTF-8 (one process says where)."""


def _first_line_at(stream: BinaryIO, start: int) -> int:
    """Move ``stream`` to the first line that starts at or after ``start``; its offset."""
    if start:
        stream.seek(start - 1)
        stream.readline()
    return stream.tell()


def _newlines_before(path: str, end: int) -> int:
    """How many lines end before byte ``end`` of the file (a count in C, by chunks)."""
    count = 0
    with open(path, "rb") as stream:
        while end > 0:
            chunk = stream.read(min(_SCAN_BYTES, end))
            if not chunk:
                break
            count += chunk.count(b"\n")
            end -= len(chunk)
    return count


#: A line's record as the reader takes it: number, record, text, whether decoded exactly.
_Record = tuple[int, Any, str, bool]


def _own_records(
    plan: _Plan, index: int, route: Callable[[Any], int], handed: Callable[[bool], bool]
) -> Iterator[_Record]:
    r"""The records of the worker's share of the file's bytes that are its own.

    Each line that starts in the worker's share is decoded here, and only here, as
    :func:`reconcile.io._jsonl_records` decodes it (split at "\n" only, the first line
    without its byte-order mark, blank lines skipped, orjson first). A claim of another
    worker's question (any record the router gives another worker) is handed to that
    worker as the line's bytes, a document to every worker, in files of the run's
    folder with the lines' numbers beside them. Once the share is read, ``handed``
    tells the parent whether it was (not: a line is not UTF-8), and answers whether
    every worker's was.

    Raises:
        _Unsplittable: a line of any share is not UTF-8.
    """
    folder = Path(plan.folder)
    source = Path(plan.path)
    others = [k for k in range(plan.jobs) if k != index]
    outs = {k: open(folder / f"{index}.to.{k}.lines", "wb") for k in others}  # noqa: SIM115
    numbers = {k: array("q") for k in others}
    start, end = _byte_range(os.path.getsize(plan.path), plan.jobs, index)
    loads = _fast_loads()
    lined = _line_decoder()
    decode_line, line_error = lined if lined is not None else (None, ValueError)
    decoders = (decode_line, line_error, loads)
    read = True
    try:
        with open(plan.path, "rb") as stream:
            position = _first_line_at(stream, start)
            number = 1 + (_newlines_before(plan.path, position) if start else 0)
            # The per-line steps of the reader, inline: a generator per step cost more
            # than the decoding (a third of the share's time, at a million lines).
            while position < end:
                raw = stream.readline()
                if not raw:
                    break
                position += len(raw)
                data = raw[3:] if number == 1 and raw.startswith(codecs.BOM_UTF8) else raw
                line = data.decode("utf-8").removesuffix("\n")
                number += 1
                if not line.strip():
                    continue
                value, exact, claim_line = _decode_record(line, number - 1, source, decoders)
                if (
                    not claim_line
                    and (type(value) is dict or isinstance(value, Mapping))
                    and value.get("type") == "document"
                ):
                    # Every worker reads every document.
                    yield number - 1, value, line, exact
                    targets = others
                else:
                    part = route(value)
                    if part == index:
                        yield number - 1, value, line, exact
                        continue
                    targets = [part]
                if not data.endswith(b"\n"):
                    data += b"\n"  # the file's last line
                for k in targets:
                    outs[k].write(data)
                    numbers[k].append(number - 1)
    except UnicodeDecodeError:
        read = False
    finally:
        for out in outs.values():
            out.close()
        for k in others:
            (folder / f"{index}.to.{k}.numbers").write_bytes(numbers[k].tobytes())
    if not handed(read):
        raise _Unsplittable


def _handed_records(plan: _Plan, index: int) -> Iterator[_Record]:
    """The records the other workers handed this one (see :func:`_own_records`)."""
    yield from _decoded_lines(_handed_lines(plan, index), Path(plan.path), fast=True)


def _handed_lines(plan: _Plan, index: int) -> Iterator[tuple[int, str]]:
    folder = Path(plan.folder)
    for k in range(plan.jobs):
        if k == index:
            continue
        numbers = array("q")
        numbers.frombytes((folder / f"{k}.to.{index}.numbers").read_bytes())
        with open(folder / f"{k}.to.{index}.lines", "rb") as lines:
            for number, raw in zip(numbers, lines, strict=True):
                yield number, raw[:-1].decode("utf-8")


def _read_share(
    plan: _Plan, index: int, keys: Mapping[str, str], handed: Callable[[bool], bool]
) -> tuple[_Read, list[Claim], list[Document]]:
    """Read and check the worker's claims.

    The lines of its share of the bytes, then those the others handed it (after
    ``handed``, see :func:`_own_records`).

    Returns:
        What the parent needs, the claims kept, and the documents they name (every
        document kept, and the bare ones of these claims).
    """
    route = _router(keys, plan.jobs)
    loaded = _read_claims(
        plan.path,
        documents=plan.documents,
        strict=False,
        records=itertools.chain(
            _own_records(plan, index, route, handed), _handed_records(plan, index)
        ),
    )
    kept, docs, problems, _ = _validate(loaded.claims, loaded.documents)
    # Every worker reads (and checks) every document: the first one tells of them.
    rejected = [r for r in loaded.rejected if index == 0 or r.kind is not ItemKind.DOCUMENT]
    found = [r for r in problems if index == 0 or r.kind is not ItemKind.DOCUMENT]
    read_ids = [c.id for c in loaded.claims]
    read_ids += [
        r.item for r in loaded.rejected if r.kind is ItemKind.CLAIM and r.error == "DuplicateId"
    ]
    # hash() is salted per interpreter, but the workers are forks of one: their hashes
    # of one id agree, and the parent only compares them.
    ids = array("q", set(map(hash, read_ids))).tobytes()
    named = {d.id for d in loaded.documents}
    read = _Read(
        rejected=tuple(rejected),
        problems=tuple(found),
        ids=ids,
        subjects=frozenset(c.subject for c in kept),
        places=frozenset(c.place for c in kept if c.place),
        documents=tuple(d for d in docs if index == 0 or d.id not in named),
    )
    return read, kept, docs


def _write_sections(  # noqa: PLR0917 (a worker's step, called once)
    plan: _Plan,
    index: int,
    claims: list[Claim],
    documents: Sequence[Document],
    subjects: Mapping[str, ResolvedName],
    places: Mapping[str, ResolvedName],
) -> _Done:
    """Reconcile the worker's claims; write each section's records and their sort keys."""
    # Inherited over the worker's claims: all those of one subject and attribute.
    inherited = inherited_places(
        (subjects[s].key, a, places[p] if p else None) for s, a, p in _last_seen(claims)
    )
    claims.sort(key=_claim_id)
    normalized = tuple(normalized_with(claims, documents, subjects, places, inherited))
    claims.clear()
    block = block_records(normalized, plan.tolerances, plan.policy)
    del normalized
    folder = Path(plan.folder)
    records: dict[str, int] = {}
    for section in SECTIONS:
        if section in _BY_RUNS:
            relations = block.between if section == "relations-between" else block.inside
            records[section] = len(relations)
            keys, counts = _runs(relations)
            (folder / f"{index}.{section}.counts").write_bytes(counts.tobytes())
            del relations, counts
        else:
            keys = block.keys(section)
            records[section] = len(keys)
        with open(folder / f"{index}.{section}.keys", "wb") as out:
            # In slices: a pickle remembers every object it wrote, which for a whole
            # section of relations cost some 90 MB at the worker's peak (1M claims).
            for start in range(0, len(keys), _KEYS_A_PICKLE):
                pickle.dump(
                    keys[start : start + _KEYS_A_PICKLE], out, protocol=pickle.HIGHEST_PROTOCOL
                )
        del keys
        write_texts(folder / f"{index}.{section}.jsonl", block.texts(section))
    # Never freed: the worker ends without a clean-up (multiprocessing's os._exit), and
    # freeing its millions of objects one by one took 0.4 to 0.8 s before the answer.
    _HELD.append(block)
    return _Done(block.summary, block.separable, records)


#: What a worker keeps to its end, unfreed (see :func:`_write_sections`).
_HELD: Final[list[object]] = []


#: Sort keys pickled at a time (see :func:`_write_sections`).
_KEYS_A_PICKLE: Final = 50_000

#: The sections merged by runs of records, not record by record: a relation comes
#: where its ``a`` does, a claim or a cluster of a question of one worker (a claim id
#: read by two workers keeps the run in one process), so the relations with one ``a``
#: come from one worker and follow each other. A key per record, ``(a, b, kind)``, cost
#: each worker about a second at a million claims to make and pickle (1.35 million
#: relations), and the merge as much to sort.
_BY_RUNS: Final = frozenset({"relations-between", "relations-inside"})


def _runs(relations: Sequence[RelationRecord]) -> tuple[list[str], array[int]]:
    """Each distinct ``a`` of relations sorted by it, and how many relations have it.

    Examples:
        >>> from reconcile.compare import Relation
        >>> keys, counts = _runs([RelationRecord(a, "x", Relation.AGREES, "") for a in "aab"])
        >>> keys, counts.tolist()
        (['a', 'b'], [2, 1])
    """
    firsts = list(map(_relation_a, relations))
    # Both in C: the runs follow each other, so the distinct keys come in their order.
    counts = Counter(firsts)
    keys = list(dict.fromkeys(firsts))
    return keys, array("q", map(counts.__getitem__, keys))


_relation_a: Final = attrgetter("a")


_claim_id: Final = attrgetter("id")


def _work(conn: Connection, plan: _Plan, index: int) -> None:
    """The worker's steps, each answered to the parent; ``None`` from it stops them."""
    size = os.path.getsize(plan.path)
    conn.send(("ok", _subjects_between(plan.path, *_byte_range(size, plan.jobs, index))))
    keys = conn.recv()
    if keys is None:
        return

    def handed(read: bool) -> bool:
        conn.send(("ok", read))
        return read and conn.recv() is True

    with collector_paused():
        try:
            read, kept, documents = _read_share(plan, index, keys, handed)
        except _Unsplittable:
            return
        conn.send(("ok", read))
        ids = read.ids
        del read, keys
        order = conn.recv()
        if order is None:
            return
        subjects, places, others = order
        # A claim id another worker read too: only the run in one piece decides on it.
        apart = set(_hashes(ids)).isdisjoint(_hashes(others))
        del ids, others
        if not apart:
            conn.send(("ok", None))
            return
        conn.send(("ok", _write_sections(plan, index, kept, documents, subjects, places)))


def _worker(conn: Connection, plan: _Plan, index: int) -> None:
    """A worker's life: its steps, and any failure sent to the parent, which raises it."""
    try:
        _work(conn, plan, index)
    except BaseException as error:  # sent to the parent, which raises it
        try:
            portable: BaseException | None = pickle.loads(pickle.dumps(error))
        except Exception:  # an exception that does not pickle: its text is sent
            portable = None
        # OSError: the parent is gone, or stopped listening: nobody to tell.
        with contextlib.suppress(OSError):
            conn.send(("failed", portable, f"{type(error).__name__}: {error}", _trace()))
    finally:
        conn.close()


def _trace() -> str:
    return traceback.format_exc()


class Parts:
    """A run reconciled in parts, ready to be written as the one-file result JSON.

    Use it as a context manager: the parts' folder is removed at the end.

    Attributes:
        summary: the result's counts, as :func:`reconcile.output.summary_of` gives them.
        rejected: what the reader rejected, in the order the reader gives it (the CLI
            sums it up on standard error).
    """

    def __init__(self, folder: Path, jobs: int, central: Result, summary: dict[str, int]) -> None:
        self.records: dict[str, int] = {}
        self._folder = folder
        # The folder goes with the object too, should a caller never close it.
        self._remove = weakref.finalize(self, shutil.rmtree, folder, ignore_errors=True)
        self._jobs = jobs
        self._central = central
        self.summary = summary
        self.rejected: tuple[Rejection, ...] = ()

    def __enter__(self) -> Parts:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Remove the parts' folder."""
        self._remove()

    def write(self, out: TextIO) -> None:
        """Write the result JSON: the bytes :func:`reconcile.output.write_result` gives."""
        raw: BinaryIO | None = getattr(out, "buffer", None)
        encoding = getattr(out, "encoding", None) or ""
        if raw is None or codecs.lookup(encoding).name != "utf-8":
            sections = self._sections()
            for name, parts in _MERGED.items():
                sections[name] = itertools.chain.from_iterable(map(self._merged, parts))
            write_sections(sections, out)
            return
        # The records are copied as the workers wrote them, in UTF-8, not decoded and
        # encoded again (at a million claims, a gigabyte each way).
        out.flush()
        for index, piece in enumerate(self._layout()):
            if index % 2 == 0:
                raw.write(piece.encode("utf-8"))
            else:
                self._copy_merged(piece, raw)
        raw.flush()

    def write_file(self, path: str | os.PathLike[str]) -> None:
        """Write the result JSON to a file, atomically: the bytes :meth:`write` gives.

        Each merged list is written in place by a process of its own, forked for it
        (at a million claims the claims are about two thirds of the result, the other
        lists the rest): the lists' sizes are known from the workers' files, so where
        each goes is known before any is written. A special file (``/dev/stdout``)
        is written as a stream.

        Raises:
            WorkerFailed: a process writing a list failed or died.
        """
        target = Path(path)
        if target.exists() and not target.is_file():
            with open(target, "w", encoding="utf-8") as out:
                self.write(out)
            return
        pieces = self._layout()
        offsets: dict[str, int] = {}
        sizes: dict[str, int] = {}
        texts: list[tuple[int, bytes]] = []
        at = 0
        for index, piece in enumerate(pieces):
            if index % 2 == 0:
                data = piece.encode("utf-8")
                texts.append((at, data))
                at += len(data)
            else:
                offsets[piece] = at
                sizes[piece] = self._merged_size(piece)
                at += sizes[piece]
        with atomic_binary(target) as out:
            out.truncate(at)
            for where, data in texts:
                out.seek(where)
                out.write(data)
            out.flush()
            self._fill(out.fileno(), offsets, sizes)

    def _sections(self) -> dict[str, Any]:
        sections = _encoded_sections(self._central)
        sections["summary"] = self.summary
        return sections

    def _layout(self) -> list[str]:
        """The result writer's layout, split where each merged list's items go.

        The texts between the lists, then each list's name, in turn (a list with no
        items is written ``[]`` in the texts, as the writer writes it).
        """
        sections = self._sections()
        for name, parts in _MERGED.items():
            present = sum(self.records[part] for part in parts)
            sections[name] = [f"\x00{name}\x00"] if present else []
        layout = io.StringIO()
        write_sections(sections, layout)
        return _MARK.split(layout.getvalue())

    def _merged_size(self, name: str) -> int:
        """The bytes of a merged list's items: its records, a comma and newline between two."""
        lines = sum(self.records[part] for part in _MERGED[name])
        data = sum(
            (self._folder / f"{index}.{part}.jsonl").stat().st_size
            for part in _MERGED[name]
            for index in range(self._jobs)
        )
        # Each record is written with its newline; in the list, a comma and a newline
        # between two.
        return data - lines + 2 * (lines - 1)

    def _merged_chunks(self, name: str) -> Iterator[bytes]:
        """A merged list's items, as the layout writes them, a thousand at a time.

        The records are taken a thousand at a time by ``islice`` from the merge's own
        iterator, compiled calls end to end: a generator step per record in Python (the
        merge's, then the batching's) was about half of a writer's work.
        """
        # Each record as the worker wrote it, with its newline (JSON text has no other):
        # the newlines of a thousand joined become the list's separators at once, the
        # last one left off at the end. A chunk is held back until the next comes.
        held = b""
        for part in _MERGED[name]:
            with contextlib.ExitStack() as files:
                lines = [
                    files.enter_context(open(self._folder / f"{i}.{part}.jsonl", "rb"))
                    for i in range(self._jobs)
                ]
                records = _interleaved(lines, *self._order(part))
                while chunk := list(itertools.islice(records, _MERGE_CHUNK)):
                    if held:
                        yield held
                    held = b"".join(chunk).replace(b"\n", b",\n")
        if held:
            yield held[:-2]

    def _copy_merged(self, name: str, raw: BinaryIO) -> None:
        for data in self._merged_chunks(name):
            raw.write(data)

    def _fill(self, handle: int, offsets: Mapping[str, int], sizes: Mapping[str, int]) -> None:
        """Write the merged lists at their offsets, in one forked process a share.

        As many shares as workers, of about the same size: the biggest list first, each
        to the share with the fewest bytes so far.
        """
        shares: list[list[tuple[str, int]]] = [[] for _ in range(min(self._jobs, len(offsets)))]
        loads = [0] * len(shares)
        for name in sorted(offsets, key=lambda n: -sizes[n]):
            least = loads.index(min(loads))
            shares[least].append((name, offsets[name]))
            loads[least] += sizes[name]
        context = multiprocessing.get_context("fork")
        writers = []
        for share in shares:
            writer = context.Process(target=_fill_some, args=(self, handle, share))
            writer.start()
            writers.append((share, writer))
        failed = []
        for share, writer in writers:
            writer.join()
            if writer.exitcode != 0:
                names = ", ".join(name for name, _ in share)
                failed.append(f"{names} (exit code {writer.exitcode})")
        if failed:
            raise WorkerFailed(f"writing the result failed: {'; '.join(failed)}")

    def _order(self, section: str) -> tuple[list[int], bytearray, array[int] | None]:
        """The section's sort keys in result order: which worker each comes from, in turn.

        Returns:
            The keys' indices in result order; each key's worker; and for a section
            merged by runs (:data:`_BY_RUNS`), each key's count of records.
        """
        keys: list[Any] = []
        owners = bytearray()
        counts = array("q") if section in _BY_RUNS else None
        for index in range(self._jobs):
            count = 0
            with open(self._folder / f"{index}.{section}.keys", "rb") as stream:
                # Pickled in slices, to the end of the file.
                while stream.peek(1):
                    part = pickle.load(stream)
                    keys += part
                    count += len(part)
            owners += bytes([index]) * count
            if counts is not None:
                counts.frombytes((self._folder / f"{index}.{section}.counts").read_bytes())
        # Each worker's keys come sorted: the sort merges the runs, in C.
        return sorted(range(len(keys)), key=keys.__getitem__), owners, counts

    def _merged(self, section: str) -> Iterator[str]:
        """The section's records from every worker, in the order of their sort keys."""
        files: list[TextIO] = [
            open(self._folder / f"{i}.{section}.jsonl", encoding="utf-8", newline="\n")  # noqa: SIM115
            for i in range(self._jobs)
        ]
        try:
            lines = [map(str.removesuffix, f, itertools.repeat("\n")) for f in files]
            yield from _interleaved(lines, *self._order(section))
        finally:
            for file in files:
                file.close()


def _interleaved(
    lines: Sequence[Iterator[_T]],
    order: Sequence[int],
    owners: bytearray,
    counts: array[int] | None,
) -> Iterator[_T]:
    """The workers' records in result order: the next (run of) lines of each key's worker.

    Examples:
        >>> list(_interleaved([iter("ac"), iter("b")], [0, 2, 1], bytearray([0, 0, 1]), None))
        ['a', 'b', 'c']
        >>> runs = array("q", [2, 1])
        >>> list(_interleaved([iter("ab"), iter("c")], [1, 0], bytearray([0, 1]), runs))
        ['c', 'a', 'b']
    """
    workers = map(lines.__getitem__, map(owners.__getitem__, order))
    if counts is None:
        return map(next, workers)
    # A run's lines at once, in C.
    return itertools.chain.from_iterable(
        map(itertools.islice, workers, map(counts.__getitem__, order))
    )


def _fill_some(parts: Parts, handle: int, lists: Sequence[tuple[str, int]]) -> None:
    """A forked process's work: merged lists, each written at its offset in the result."""
    try:
        for name, offset in lists:
            # pwrite: the file's offset is shared with the parent and the other writers.
            at = offset
            for chunk in parts._merged_chunks(name):
                data = memoryview(chunk)
                while data:
                    written = os.pwrite(handle, data, at)
                    at += written
                    data = data[written:]
    except BaseException:
        traceback.print_exc()
        os._exit(1)


#: Records a merged list's writer joins at a time.
_MERGE_CHUNK: Final = 1000

#: The result's lists merged from the workers, and the sections that make each, in order.
_MERGED: Final = {
    "claims": ("claims",),
    "clusters": ("clusters",),
    "relations": ("relations-between", "relations-inside"),
    "verdicts": ("verdicts",),
}
#: Where a merged list's items go in the layout: NUL is never in JSON text unescaped.
_MARK: Final = re.compile("\x00([a-z]+)\x00")


def _stage_error(index: int, jobs: int, stage: str, message: tuple[Any, ...]) -> Exception:
    _, error, text, trace = message
    if isinstance(error, ReconcileError):
        return error  # the error the run in one process gives: bad input, said as usual
    return WorkerFailed(f"worker {index + 1} of {jobs} failed while {stage}: {text}", details=trace)


def _gather(conns: Sequence[Connection], workers: Sequence[BaseProcess], stage: str) -> list[Any]:
    """One answer from every worker; a worker that fails or dies raises, never hangs."""
    answers: list[Any] = [None] * len(conns)
    pending = set(range(len(conns)))
    while pending:
        waiting: dict[Any, int] = {}
        for i in pending:
            waiting[conns[i]] = i
            waiting[workers[i].sentinel] = i
        for ready in wait(list(waiting)):
            i = waiting[ready]
            if i not in pending:
                continue
            conn = conns[i]
            if ready is not conn and not conn.poll():
                workers[i].join()
                raise WorkerFailed(
                    f"worker {i + 1} of {len(conns)} died while {stage} "
                    f"(exit code {workers[i].exitcode})"
                )
            try:
                message = conn.recv()
            except (EOFError, OSError):
                workers[i].join()
                raise WorkerFailed(
                    f"worker {i + 1} of {len(conns)} died while {stage} "
                    f"(exit code {workers[i].exitcode})"
                ) from None
            if message[0] != "ok":
                raise _stage_error(i, len(conns), stage, message)
            answers[i] = message[1]
            pending.discard(i)
    return answers


def reconcile_in_parts(
    path: str | os.PathLike[str],
    *,
    jobs: int,
    documents: str | os.PathLike[str] | None = None,
    tolerances: Tolerances = DEFAULT_TOLERANCES,
    policy: EstimatePolicy = EstimatePolicy.UCDP,
    resolver: NameResolver,
) -> Parts | None:
    """Reconcile a JSON Lines claims file in ``jobs`` worker processes (0: one per CPU).

    The result is that of :func:`reconcile.io.read_claims` then
    :func:`reconcile.pipeline.reconcile` with the same settings (not strict, no
    decisions): :meth:`Parts.write` writes its JSON byte for byte.

    Returns:
        The reconciled parts; ``None`` when the run cannot be split (no ``fork``, or
        what step 4 of the module's list finds): run it in one process then.

    Raises:
        WorkerFailed: a worker failed (its message and traceback are in the error) or
            died.
        ReconcileError: the input is bad in a way that fails a run in one process too
            (raised as that run raises it).
    """
    if not can_fork():
        return None
    jobs = jobs_wanted(jobs)
    folder = Path(tempfile.mkdtemp(prefix="reconcile-parts-"))
    plan = _Plan(
        path=os.fspath(path),
        documents=None if documents is None else os.fspath(documents),
        jobs=jobs,
        folder=os.fspath(folder),
        tolerances=tolerances,
        policy=policy,
    )
    context = multiprocessing.get_context("fork")
    conns: list[Connection] = []
    workers: list[BaseProcess] = []
    parts = None
    finished = False
    try:
        for index in range(jobs):
            mine, theirs = context.Pipe()
            worker: BaseProcess = context.Process(
                target=_worker, args=(theirs, plan, index), name=f"reconcile-{index + 1}"
            )
            worker.start()
            theirs.close()
            conns.append(mine)
            workers.append(worker)
        parts = _steer(plan, conns, workers, resolver)
        finished = True
        return parts
    finally:
        for conn in conns:
            conn.close()
        for worker in workers:
            # A worker still at work when the run failed is stopped; the others have
            # ended, or end as their pipe closes.
            if not finished:
                worker.terminate()
            worker.join()
        if parts is None:
            shutil.rmtree(folder, ignore_errors=True)


def _stop(conns: Sequence[Connection]) -> None:
    for conn in conns:
        with contextlib.suppress(OSError):
            conn.send(None)


def _steer(
    plan: _Plan,
    conns: Sequence[Connection],
    workers: Sequence[BaseProcess],
    resolver: NameResolver,
) -> Parts | None:
    """The parent's side of the steps: gather, decide, tell the workers, merge."""
    scanned: list[set[str]] = _gather(conns, workers, "scanning")
    guessed = sorted(set().union(*scanned))
    del scanned
    first = resolver(guessed)
    keys = {name: first[name].key for name in guessed}
    for conn in conns:
        conn.send(keys)
    # Each worker has read its share of the lines and handed the others theirs.
    if not all(_gather(conns, workers, "reading")):
        _stop(conns)
        return None
    for conn in conns:
        conn.send(True)
    reads: list[_Read] = _gather(conns, workers, "reading")
    subjects = _checked_names(reads, guessed, first, resolver)
    if subjects is None:
        _stop(conns)
        return None
    places = resolver(sorted(set().union(*(r.places for r in reads))))
    named = {n: subjects[n] for n in set().union(*(r.subjects for r in reads))}
    placed = dict(places)
    for index, conn in enumerate(conns):
        # Each worker checks its claim ids against the others' (the parent would hold
        # a set of every id's hash: 70 MB at a million claims).
        others = b"".join(r.ids for i, r in enumerate(reads) if i != index)
        conn.send((named, placed, others))
    reads = [attrs.evolve(r, ids=b"") for r in reads]
    done: list[_Done | None] = _gather(conns, workers, "reconciling")
    finished = [d for d in done if d is not None and d.separable]
    if len(finished) < len(done):
        return None
    return _parts(plan, reads, finished)


def _checked_names(
    reads: Sequence[_Read],
    guessed: Sequence[str],
    first: Mapping[str, ResolvedName],
    resolver: NameResolver,
) -> Mapping[str, ResolvedName] | None:
    """The subjects resolved as in process; ``None`` if the workers' split was wrong."""
    kept = sorted(set().union(*(r.subjects for r in reads)))
    if kept == list(guessed):
        return first  # the resolver's batch in process: the same call, the same answer
    exact = resolver(kept)
    for name in kept:
        # A claim went to the worker of its subject's first key: right only if every
        # key is the same.
        if name not in first or first[name].key != exact[name].key:
            return None
    return exact


def _hashes(data: bytes) -> array[int]:
    hashes = array("q")
    hashes.frombytes(data)
    return hashes


def _parts(plan: _Plan, reads: Sequence[_Read], done: Sequence[_Done]) -> Parts:
    documents = {d.id: d for read in reads for d in read.documents}
    docs = tuple(documents[k] for k in sorted(documents))
    rejected_read = _read_order(plan, reads)
    problems = [r for read in reads for r in read.problems]
    central = central_result(
        docs,
        sorted(
            [*rejected_read, *problems],
            key=lambda r: (r.path or "", r.line or 0, r.item, r.kind.value, r.reason),
        ),
        Settings(plan.tolerances, plan.policy),
    )
    summary = summary_of(central)
    for part in done:
        for key, count in part.summary.items():
            if key not in ("documents", "sources", "rejected"):
                summary[key] += count
    parts = Parts(Path(plan.folder), plan.jobs, central, summary)
    parts.records = {s: sum(d.records[s] for d in done) for s in SECTIONS}
    # And each worker's, by "index.section", for reading its keys back.
    parts.records |= {f"{i}.{s}": d.records[s] for i, d in enumerate(done) for s in SECTIONS}
    parts.rejected = rejected_read
    return parts


def _read_order(plan: _Plan, reads: Sequence[_Read]) -> tuple[Rejection, ...]:
    """The reader's rejections in its own order: the file's by line, then the others'."""
    path = os.fspath(Path(plan.path))
    own = [r for read in reads for r in read.rejected if r.path == path]
    others = [r for read in reads for r in read.rejected if r.path != path]
    return (*sorted(own, key=lambda r: r.line or 0), *others)
