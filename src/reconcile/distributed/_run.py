"""The pipeline on Dask: scan, check, resolve names, shuffle by question, reconcile blocks.

1. **scan** (one task per input partition): read the claims; report an 8-byte hash of
   every claim id, the distinct subject and place names, the document ids and any
   documents; write the records that could not be read to ``rejected/``. The claims
   stay on the worker, pickled as one batch, so that no input is read twice.
2. **check** (client): documents are checked as in-process; claims whose id hash occurs
   twice or whose document was rejected are fetched and checked (usually none).
3. **resolve** (client): the resolver runs once over the distinct subjects and once over
   the distinct places, exactly the batches the in-process pipeline gives it.
4. **route** (one task per group of inputs, about 500k claims): each kept claim goes to
   the partition of a hash of its :class:`~reconcile.cluster.Question` id, so that
   every block lands in one partition; the claims bound for one partition are pickled
   as one batch, and each (routing task, partition) batch is a task of its own, which
   only that partition's task fetches.
5. **reconcile** (one task per partition): normalize, then the core's own
   :func:`~reconcile.verdicts.cluster_and_assess`, and write the partition's records
   with the result writer's own encoders.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import pickle
import shutil
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from operator import attrgetter, getitem
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, TextIO

import attrs

from reconcile._heap import collector_paused
from reconcile._partition import (
    SECTIONS,
    block_hash,
    block_records,
    central_result,
    normalized_with,
)
from reconcile.cluster import question_of
from reconcile.compare import DEFAULT_TOLERANCES, Tolerances
from reconcile.distributed._inputs import Part, parts_of, read_part
from reconcile.distributed._lib import lib
from reconcile.distributed._output import write_lines, write_texts
from reconcile.distributed._validate import id_hash
from reconcile.errors import InputErrors, ReconcileError
from reconcile.io import read_documents
from reconcile.model import Claim, Document, Rejection
from reconcile.normalize import (
    NameResolver,
    NormalizedClaim,
    ResolvedName,
    default_resolver,
    inherited_places,
)
from reconcile.output import (
    result_to_record,
)
from reconcile.pipeline import Settings
from reconcile.schema import rejection_to_record
from reconcile.validate import check_claims, check_documents
from reconcile.values import Quantity
from reconcile.verdicts import EstimatePolicy

if TYPE_CHECKING:
    from distributed import Client  # type: ignore[import-not-found,unused-ignore]

__all__ = ["DistributedError", "DistributedResult", "reconcile_dask"]


class DistributedError(ReconcileError, RuntimeError):
    """A distributed run failed (a task kept failing, or workers kept dying).

    The output folder then has no ``summary.json``: a folder with one is complete.
    """


@attrs.frozen
class DistributedResult:
    """A finished distributed run.

    Attributes:
        folder: the partitioned result (see :mod:`reconcile.distributed`).
        summary: the result's counts, as in :func:`reconcile.output.summary_of`.
        partitions: how many partitions the claims were shuffled into.
        dashboard: the Dask dashboard link, when there is one.
        seconds: wall time of the run.
    """

    folder: Path
    summary: Mapping[str, int]
    partitions: int
    dashboard: str | None
    seconds: float


@attrs.frozen
class _Scan:
    hashes: Any  # numpy uint64 array: one id hash a claim
    subjects: Counter[str]
    places: Counter[str]
    questions: Counter[tuple[str, str, str]]
    documents_used: Counter[str]
    documents: tuple[Document, ...]
    claims: int
    rejected: int


def _scan(part: Part, index: int, folder: str) -> tuple[_Scan, bytes]:
    """What the client needs to know of an input partition, and its claims, pickled.

    The claims stay on the worker (the client takes only the first item), for the
    routing task: each input is read once. They are kept pickled, as one batch: a
    quarter of the memory of the objects, a size Dask reckons right, and cheap to move
    when Dask runs the routing task on another worker.
    """
    np = lib("numpy")
    read = read_part(part)
    if read.rejected:
        write_lines(
            Path(folder) / "rejected" / f"input-{index:05d}.jsonl",
            (rejection_to_record(r) for r in read.rejected),
            "rejected",
        )
    claims = read.claims
    scan = _Scan(
        hashes=np.fromiter((id_hash(c.id) for c in claims), dtype=np.uint64, count=len(claims)),
        subjects=Counter(c.subject for c in claims),
        places=Counter(c.place for c in claims if c.place),
        questions=Counter((c.subject, c.attribute, c.place or "") for c in claims),
        documents_used=Counter(c.document for c in claims),
        documents=read.documents,
        claims=len(claims),
        rejected=len(read.rejected),
    )
    with collector_paused():
        return scan, pickle.dumps(claims, protocol=pickle.HIGHEST_PROTOCOL)


def _is_held(claim: Claim, suspects: frozenset[int], documents: frozenset[str]) -> bool:
    return claim.document in documents or (bool(suspects) and id_hash(claim.id) in suspects)


def _fetch(batch: bytes, suspects: frozenset[int], documents: frozenset[str]) -> list[Claim]:
    return [c for c in _unpickled(batch) if _is_held(c, suspects, documents)]


def _unpickled(batch: bytes) -> Sequence[Claim]:
    with collector_paused():
        claims: Sequence[Claim] = pickle.loads(batch)
        return claims


@attrs.frozen
class _Context:
    """What every worker needs besides its claims: small, broadcast once."""

    subjects: Mapping[str, ResolvedName]
    places: Mapping[str, ResolvedName]
    inherited: Mapping[tuple[str, str], ResolvedName]
    documents: tuple[Document, ...]
    suspects: frozenset[int]
    held_documents: frozenset[str]
    tolerances: Tolerances
    policy: EstimatePolicy
    folder: str


def _place(claim: Claim, context: _Context) -> ResolvedName | None:
    if claim.place:
        return context.places[claim.place]
    return context.inherited.get((context.subjects[claim.subject].key, claim.attribute))


def _normalized(claims: Iterable[Claim], context: _Context) -> list[NormalizedClaim]:
    # The names resolved once for the whole input instead of once per partition.
    return normalized_with(
        claims, context.documents, context.subjects, context.places, context.inherited
    )


_block_hash: Final = block_hash


#: Claims a routing task takes, about: it takes whole inputs.
ROUTE_CLAIMS: Final = 500_000


def _groups(sizes: Sequence[int], at_least: int) -> list[list[int]]:
    """Consecutive inputs by group, each about ``ROUTE_CLAIMS`` claims, at least ``at_least``.

    Examples:
        >>> _groups([100_000] * 12, 4)
        [[0, 1, 2], [3, 4, 5], [6, 7, 8], [9, 10, 11]]
        >>> _groups([100_000] * 100, 4)[:2]
        [[0, 1, 2, 3, 4], [5, 6, 7, 8, 9]]
        >>> _groups([], 4), _groups([3, 0], 4)
        ([], [[0], [1]])
    """
    wanted = max(min(len(sizes), at_least), -(-sum(sizes) // ROUTE_CLAIMS))
    per_group = -(-len(sizes) // wanted) if sizes else 1
    return [list(range(i, min(i + per_group, len(sizes)))) for i in range(0, len(sizes), per_group)]


def _route(
    batches: Sequence[bytes | Sequence[Claim]], context: _Context, count: int, *, check: bool
) -> tuple[bytes, ...]:
    """Some inputs' claims, split by destination partition, each batch pickled.

    A claim goes to the partition of a hash of its question's *id*, which leaves out the
    value kind: cluster ids and verdicts are keyed by it, so questions sharing one id
    must meet in one partition. A batch is pickled whole, not claim by claim: the
    values and names its claims share (the reader shares them) are pickled once, and
    unpickled once, still shared.
    """
    with collector_paused():
        claims: Iterable[Claim] = (
            c
            for batch in batches
            for c in (_unpickled(batch) if isinstance(batch, bytes) else batch)
        )
        if check:
            claims = (
                c for c in claims if not _is_held(c, context.suspects, context.held_documents)
            )
        routed: list[list[Claim]] = [[] for _ in range(count)]
        # The question id depends only on these fields of a claim (its subject, place and
        # event, its attribute and a quantity's unit): one hash per distinct question.
        destination: dict[tuple[Any, ...], int] = {}
        for claim in claims:
            value = claim.value
            key = (
                claim.subject,
                claim.attribute,
                claim.place,
                claim.event,
                value.unit if isinstance(value, Quantity) else None,
            )
            found = destination.get(key)
            if found is None:
                subject = context.subjects[claim.subject]
                question = question_of(
                    NormalizedClaim(claim, subject, _place(claim, context), None, "")
                )
                found = destination[key] = _block_hash(question.id) % count
            routed[found].append(claim)
        return tuple(pickle.dumps(b, protocol=pickle.HIGHEST_PROTOCOL) for b in routed)


def _reconcile_block(batches: Sequence[bytes], context: _Context, number: int) -> dict[str, int]:
    """Reconcile one partition's claims and write its records, each file in result order.

    The lines are those of :func:`reconcile.output.write_result` (its field-by-field
    writers), each section sorted by the key :func:`write_merged` merges on.
    """
    with collector_paused():
        claims = sorted((c for batch in batches for c in pickle.loads(batch)), key=attrgetter("id"))
        normalized = tuple(_normalized(claims, context))
        del claims
        block = block_records(normalized, context.tolerances, context.policy)
        folder = Path(context.folder)
        name = f"part-{number:05d}.jsonl"
        for section in SECTIONS:
            write_texts(folder / section / name, block.texts(section))
        return block.summary


class _Progress:
    def __init__(self, stream: TextIO | None) -> None:
        self.stream = stream
        self.start = time.perf_counter()

    def say(self, text: str) -> None:
        if self.stream is not None:
            elapsed = time.perf_counter() - self.start
            self.stream.write(f"[reconcile {elapsed:7.1f}s] {text}\n")
            self.stream.flush()

    def each(self, client: Any, futures: Sequence[Any], stage: str) -> Iterator[tuple[int, Any]]:
        """Each future's position and result, as they finish."""
        as_completed = lib("distributed").as_completed

        position = {future.key: index for index, future in enumerate(futures)}
        total = len(futures)
        step = max(1, total // 20)
        try:
            for done, (future, result) in enumerate(
                as_completed(futures, with_results=True), start=1
            ):
                if done == total or done % step == 0:
                    self.say(f"{stage}: {done}/{total} partitions")
                yield position[future.key], result
        except Exception as error:
            raise DistributedError(
                f"{stage} failed: {type(error).__name__}: {error}; "
                "the output folder is incomplete (it has no summary.json)"
            ) from error

    def wait(self, client: Any, futures: Sequence[Any], stage: str) -> list[Any]:
        as_completed = lib("distributed").as_completed

        total = len(futures)
        step = max(1, total // 20)
        for done, _ in enumerate(as_completed(futures), start=1):
            if done == total or done % step == 0:
                self.say(f"{stage}: {done}/{total} partitions")
        try:
            results: list[Any] = client.gather(list(futures))
        except Exception as error:
            raise DistributedError(
                f"{stage} failed: {type(error).__name__}: {error}; "
                "the output folder is incomplete (it has no summary.json)"
            ) from error
        return results


def _documents(documents: Iterable[Document] | str | os.PathLike[str]) -> list[Document]:
    if isinstance(documents, (str, os.PathLike)):
        return list(read_documents(documents).documents)
    return list(documents)


def _prepare(folder: Path, overwrite: bool) -> None:
    if folder.exists() and any(folder.iterdir()):
        if not overwrite:
            raise ReconcileError(
                "output folder is not empty; pass overwrite=True to replace it", path=str(folder)
            )
        shutil.rmtree(folder)
    folder.mkdir(parents=True, exist_ok=True)


def reconcile_dask(
    claims: str | os.PathLike[str] | Iterable[str | os.PathLike[str]] | Iterable[Claim],
    documents: Iterable[Document] | str | os.PathLike[str] = (),
    *,
    out: str | os.PathLike[str],
    client: Client | None = None,
    partitions: int | None = None,
    tolerances: Tolerances = DEFAULT_TOLERANCES,
    policy: EstimatePolicy = EstimatePolicy.UCDP,
    resolver: NameResolver | None = None,
    rejected: Iterable[Rejection] = (),
    strict: bool = False,
    shuffle: str | None = None,
    chunk: int = 100_000,
    progress: TextIO | bool = False,
    overwrite: bool = False,
) -> DistributedResult:
    """Reconcile claims on a Dask cluster, writing a partitioned result to ``out``.

    The result equals :func:`reconcile.pipeline.reconcile` for the same input and
    settings: :func:`write_merged` on ``out`` gives the same JSON, byte for byte.

    Args:
        claims: claim files (``.jsonl``, ``.csv``, ``.parquet``), folders or glob patterns,
            one input partition a file; or the claims themselves.
        documents: the documents, or a documents file; documents inside JSON Lines claim
            files are read too.
        out: the output folder; it must be reachable by every worker (a shared disk).
        client: a ``dask.distributed.Client``; a local cluster is started (and closed)
            when ``None``.
        partitions: how many partitions to shuffle the claims into; by default one per
            input partition, at least two per worker.
        tolerances: as for :func:`~reconcile.pipeline.reconcile`.
        policy: as for :func:`~reconcile.pipeline.reconcile`.
        resolver: as for :func:`~reconcile.pipeline.reconcile`; it runs on the client,
            over the distinct names only.
        rejected: items an earlier stage rejected, carried into the result.
        strict: raise every problem of the claims and documents at once.
        shuffle: ignored, kept so that calls passing it still run: the claims move
            between tasks as pickled batches, not through a Dask DataFrame shuffle.
        chunk: claims per input partition when ``claims`` are in memory.
        progress: write progress and the dashboard link to standard error (or this
            stream).
        overwrite: replace a non-empty output folder.

    Returns:
        Where the result is, its summary, and how it ran.

    Raises:
        InputErrors: with ``strict=True``, when any claim or document is bad.
        DistributedError: a stage failed on the cluster (Dask's retries exhausted).
    """
    distributed = lib("distributed")
    start = time.perf_counter()
    stream = sys.stderr if progress is True else (progress or None)
    say = _Progress(stream)
    folder = Path(out).resolve()
    _prepare(folder, overwrite)
    own: Any = None
    if client is None:
        own = client = distributed.Client(distributed.LocalCluster(), set_as_default=False)
    try:
        dashboard = client.dashboard_link
        say.say(f"dashboard: {dashboard}")
        result = _run(
            client,
            parts_of(claims, chunk=chunk),
            _documents(documents),
            folder=folder,
            partitions=partitions,
            tolerances=tolerances,
            policy=policy,
            resolver=resolver or default_resolver,
            rejected=tuple(rejected),
            strict=strict,
            shuffle=shuffle,
            say=say,
        )
    finally:
        if own is not None:
            cluster = own.cluster
            own.close()
            if cluster is not None:
                cluster.close()
    partitions_used, summary = result
    seconds = time.perf_counter() - start
    say.say(f"done: {summary['claims']} claims in {partitions_used} partitions")
    return DistributedResult(folder, summary, partitions_used, dashboard, seconds)


def _run(
    client: Any,
    parts: list[Part],
    documents: list[Document],
    *,
    folder: Path,
    partitions: int | None,
    tolerances: Tolerances,
    policy: EstimatePolicy,
    resolver: NameResolver,
    rejected: tuple[Rejection, ...],
    strict: bool,
    shuffle: str | None,
    say: _Progress,
) -> tuple[int, dict[str, int]]:
    np = lib("numpy")

    say.say(f"scan: {len(parts)} input partitions")
    read = client.map(_scan, parts, range(len(parts)), folder=str(folder), key=_keys("read", parts))
    futures = [
        client.submit(getitem, r, 0, key=key)
        for r, key in zip(read, _keys("scan", parts), strict=True)
    ]
    # Each input's claims stay where they were read, for the routing tasks.
    claims_read = [
        client.submit(getitem, r, 1, key=key)
        for r, key in zip(read, _keys("claims", parts), strict=True)
    ]
    del read
    subjects: Counter[str] = Counter()
    places: Counter[str] = Counter()
    questions: Counter[tuple[str, str, str]] = Counter()
    used: Counter[str] = Counter()
    found_documents: list[tuple[Document, ...]] = [()] * len(parts)
    id_hashes: list[Any] = [np.zeros(0, np.uint64)] * len(parts)
    sizes = [0] * len(parts)
    input_rejected = 0
    # Each scan is added up as it arrives, while the others still run.
    for index, scan in say.each(client, futures, "scan"):
        subjects.update(scan.subjects)
        places.update(scan.places)
        questions.update(scan.questions)
        used.update(scan.documents_used)
        found_documents[index] = scan.documents
        id_hashes[index] = scan.hashes
        sizes[index] = scan.claims
        input_rejected += scan.rejected
    del futures

    docs = check_documents([*documents, *(d for found in found_documents for d in found)])
    hashes = np.concatenate(id_hashes) if id_hashes else np.zeros(0, np.uint64)
    values, counts = np.unique(hashes, return_counts=True)
    suspects = frozenset(int(h) for h in values[counts > 1])
    del found_documents, id_hashes, hashes, values, counts

    held_documents = docs.rejected_ids
    fetched: list[Claim] = []
    if suspects or held_documents:
        say.say(f"check: {len(suspects)} repeated claim ids, {len(held_documents)} bad documents")
        futures = client.map(
            _fetch,
            claims_read,
            suspects=suspects,
            documents=held_documents,
            key=_keys("fetch", parts),
        )
        fetched = [c for batch in say.wait(client, futures, "check") for c in batch]
        del futures
    checked = check_claims(fetched, docs)
    if strict and (docs.errors or checked.errors):
        errors = [*docs.errors, *checked.errors]
        raise InputErrors(f"{len(errors)} bad claims or documents", errors)
    for claim in fetched:
        _count(claim, -1, subjects=subjects, places=places, questions=questions, used=used)
    for claim in checked.kept:
        _count(claim, +1, subjects=subjects, places=places, questions=questions, used=used)

    say.say(f"resolve: {len(+subjects)} subjects, {len(+places)} places")
    subject_names = resolver(sorted(+subjects))
    place_names = resolver(sorted(+places))
    inherited = inherited_places(
        (subject_names[s].key, a, place_names[p] if p else None) for s, a, p in +questions
    )
    implicit = [Document(d) for d in sorted(+used) if d not in docs.kept]
    all_docs = tuple(sorted([*docs.kept.values(), *implicit], key=lambda d: d.id))
    central = _central(
        folder,
        all_docs,
        [*rejected, *docs.rejected, *checked.rejected],
        Settings(tolerances, policy),
    )
    central_summary = central.pop("summary")
    say.say(f"route: {len(parts)} input partitions")

    context = _Context(
        subjects=dict(subject_names),
        places=dict(place_names),
        inherited=inherited,
        documents=all_docs,
        suspects=suspects,
        held_documents=held_documents,
        tolerances=tolerances,
        policy=policy,
        folder=str(folder),
    )
    workers = max(1, len(client.scheduler_info(n_workers=-1).get("workers", {})))
    count = partitions or max(len(parts), 2 * workers)
    token = _token("reconcile")
    # The context is a task of its own (not scattered data): a worker that dies takes
    # nothing with it that Dask cannot make again.
    shared = client.submit(_given, context, key=f"reconcile-context-{token}")
    # A routing task takes several inputs, so that the shuffle has fewer pieces (a
    # piece is a task of its own: routed inputs times partitions of them).
    sources: list[tuple[Any, bool]] = [
        ([claims_read[i] for i in group], True) for group in _groups(sizes, 2 * workers)
    ]
    if checked.kept or not sources:
        sources.append(([checked.kept], False))
    del claims_read
    routed = [
        client.submit(
            _route, claims, shared, count, check=check, key=f"reconcile-route-{token}-{i}"
        )
        for i, (claims, check) in enumerate(sources)
    ]
    del sources
    # The shuffle: destination k of every routed partition is a task of its own, so
    # that the reconciling task of partition k fetches only its own batches.
    pieces = [
        [
            client.submit(getitem, batches, k, key=f"reconcile-shuffle-{token}-{i}-{k}")
            for i, batches in enumerate(routed)
        ]
        for k in range(count)
    ]
    del routed
    say.say(f"reconcile: {count} partitions")
    futures = [
        client.submit(_reconcile_block, pieces[k], shared, k, key=f"reconcile-block-{token}-{k}")
        for k in range(count)
    ]
    del pieces, shared
    summaries: list[dict[str, int]] = say.wait(client, futures, "reconcile")
    del futures

    total = Counter(central_summary)
    for summary in summaries:
        total.update(summary)
    total["rejected"] += input_rejected
    summary = {key: total[key] for key in central_summary}
    record = {
        "schema_version": central["schema_version"],
        "summary": summary,
        "settings": central["settings"],
        "partitions": count,
        "written": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }
    # A task killed while writing leaves its temporary file; the retry wrote the real one.
    for stray in folder.glob("*/.*.tmp"):
        stray.unlink(missing_ok=True)
    temporary = folder / ".summary.json.tmp"
    temporary.write_text(json.dumps(record, sort_keys=True, indent=1) + "\n", encoding="utf-8")
    os.replace(temporary, folder / "summary.json")
    return count, summary


def _token(stage: str) -> str:
    return hashlib.blake2b(repr((stage, time.time_ns())).encode(), digest_size=6).hexdigest()


def _keys(stage: str, parts: Sequence[Part]) -> list[str]:
    token = _token(stage)
    return [f"reconcile-{stage}-{token}-{i}" for i in range(len(parts))]


def _given(value: Any) -> Any:
    return value


def _count(
    claim: Claim,
    sign: int,
    *,
    subjects: Counter[str],
    places: Counter[str],
    questions: Counter[tuple[str, str, str]],
    used: Counter[str],
) -> None:
    subjects[claim.subject] += sign
    questions[(claim.subject, claim.attribute, claim.place or "")] += sign
    if claim.place:
        places[claim.place] += sign
    used[claim.document] += sign


def _central(
    folder: Path,
    documents: tuple[Document, ...],
    rejected: Sequence[Rejection],
    settings: Settings,
) -> dict[str, Any]:
    record = result_to_record(central_result(documents, rejected, settings))
    write_lines(folder / "documents.jsonl", record["documents"], "documents")
    write_lines(folder / "sources.jsonl", record["sources"], "sources")
    write_lines(folder / "rejected" / "central.jsonl", record["rejected"], "rejected")
    return record
