"""What changed between two runs: a stage after the result, reading two result records.

:func:`diff_results` compares an earlier result JSON with a later one (as ``reconcile
run`` writes them, or :func:`~reconcile.output.result_to_record` gives them) and lists
every change an analyst re-reading the report needs to see, each with its evidence (the
quotes and sources behind it):

- documents and independent sources that are new, or gone;
- questions asked for the first time, or no longer asked;
- contradictions between figures that are new, or no longer there;
- figures that updated: a question's best estimate (or its low / high) moved;
- verdicts whose status changed (single source -> confirmed, ...);
- claims that moved from one cluster to another.

It reads records only, never the pipeline's objects, so results written by another
version of ``reconcile`` (schema 1.0 to 1.2) compare as well as fresh ones.

Claims are matched across the two runs by their ``fingerprint`` when both results carry
one on every claim (a fingerprint survives re-extraction and added articles), else by
their ``id``. Clusters have no identity across runs (``question#2`` may be another
group of claims next time), so an earlier cluster is paired with the later cluster that
states the same figure for the same question, else with the one that holds most of its
claims; a claim moved when its later cluster is not the partner of its earlier one, and
a contradiction is new when its two clusters were not contradicting partners before.

Changes come sorted by kind (in :class:`ChangeKind` order), then by target: the same two
results give the same list, byte for byte.

Examples:
    >>> import json
    >>> from reconcile import Claim, Document, Quantity, reconcile
    >>> from reconcile.output import result_to_record
    >>> import datetime as dt
    >>> docs = [Document("a", outlet="Wire", published=dt.date(2024, 1, 27))]
    >>> claims = [Claim(id="1", document="a", subject="US troops", attribute="deployed",
    ...                 place="Iraq", value=Quantity.exact(2500))]
    >>> old = result_to_record(reconcile(claims, docs))
    >>> docs.append(Document("b", outlet="Daily", published=dt.date(2024, 1, 28)))
    >>> claims.append(Claim(id="2", document="b", subject="US troops", attribute="deployed",
    ...                     place="Iraq", value=Quantity.exact(2500)))
    >>> new = result_to_record(reconcile(claims, docs))
    >>> for change in diff_results(old, new).changes:
    ...     print(change.kind.value, change.target, change.before, "->", change.after)
    new_document b None -> Daily
    new_source outlet:daily None -> Daily
    changed_status e:us-troops:deployed@e:iraq single_source -> confirmed
"""

from __future__ import annotations

import enum
import json
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, Final

import attrs

from reconcile.errors import InvalidInput, NoSuchPath, SchemaError

__all__ = [
    "KNOWN_SCHEMA_VERSIONS",
    "Change",
    "ChangeEvidence",
    "ChangeKind",
    "Changes",
    "changes_record",
    "diff_results",
    "read_result",
]

#: The result schema versions a diff reads; minor versions only add fields.
KNOWN_SCHEMA_VERSIONS: Final = ("1.0", "1.1", "1.2")


class ChangeKind(enum.Enum):
    """What kind of change; changes are listed in this order."""

    #: A document the earlier run did not have.
    NEW_DOCUMENT = "new_document"
    #: A document the later run no longer has.
    VANISHED_DOCUMENT = "vanished_document"
    #: An independent source the earlier run did not have.
    NEW_SOURCE = "new_source"
    #: An independent source the later run no longer has.
    VANISHED_SOURCE = "vanished_source"
    #: A question asked for the first time.
    NEW_QUESTION = "new_question"
    #: A question no longer asked.
    VANISHED_QUESTION = "vanished_question"
    #: Two figures of a question that now contradict each other.
    NEW_CONTRADICTION = "new_contradiction"
    #: A contradiction of the earlier run that no longer holds.
    VANISHED_CONTRADICTION = "vanished_contradiction"
    #: A question whose best estimate, low or high changed.
    UPDATED_FIGURE = "updated_figure"
    #: A question whose verdict changed status.
    CHANGED_STATUS = "changed_status"
    #: A claim now grouped with other claims than before.
    MOVED_CLAIM = "moved_claim"


#: Each kind's counterpart when the two runs swap places.
OPPOSITE: Final = {
    ChangeKind.NEW_DOCUMENT: ChangeKind.VANISHED_DOCUMENT,
    ChangeKind.NEW_SOURCE: ChangeKind.VANISHED_SOURCE,
    ChangeKind.NEW_QUESTION: ChangeKind.VANISHED_QUESTION,
    ChangeKind.NEW_CONTRADICTION: ChangeKind.VANISHED_CONTRADICTION,
}


@attrs.frozen
class ChangeEvidence:
    """One claim (or document) a change rests on, from the run where it is found.

    Attributes:
        document: the document's id.
        source: the name of its independent source.
        claim: the claim's id; ``None`` when the evidence is a whole document.
        value: the claim's value as reported ("at least 12"), or the document's title
            (when the evidence is a whole document).
        quote: the words the claim rests on, when known.
    """

    document: str
    source: str
    claim: str | None = None
    value: str | None = None
    quote: str | None = None


@attrs.frozen
class Change:
    """One change between two runs.

    Attributes:
        kind: what changed.
        target: what it is about: a document id, a source id, a question, two clusters
            (``A and B``) or a claim id (in the later run, or the earlier one for what
            vanished).
        before: how it read in the earlier run (``None`` for something new).
        after: how it reads in the later run (``None`` for something gone).
        evidence: the claims it rests on, in the order of their documents and, within
            one, of their figures in the text.
    """

    kind: ChangeKind
    target: str
    before: str | None
    after: str | None
    evidence: tuple[ChangeEvidence, ...] = ()


@attrs.frozen
class Changes:
    """What changed from one run to the next.

    Attributes:
        changes: every change, sorted by kind, then target.
        matched_by: ``fingerprint`` or ``id``: how claims were matched across runs.
    """

    changes: tuple[Change, ...] = ()
    matched_by: str = "id"

    def count(self, kind: ChangeKind) -> int:
        """How many changes of ``kind``."""
        return sum(1 for c in self.changes if c.kind is kind)


# ---- reading a result record -------------------------------------------------------


@attrs.frozen
class _Claim:
    id: str
    key: str
    document: str
    source: str
    cluster: str
    question: str
    value: str
    quote: str | None
    start: int  # where its figure starts in the article (-1 when unknown), to sort by


@attrs.frozen
class _Verdict:
    question: str
    status: str
    estimate: str | None
    claims: tuple[str, ...]
    best_cluster: str | None
    values: Mapping[str, str]  # cluster id -> its figure as reported


@attrs.frozen
class _Run:
    documents: Mapping[str, str]  # id -> outlet or title
    titles: Mapping[str, str]  # id -> title, where it has one
    source_of_document: Mapping[str, str]  # document id -> source name
    sources: Mapping[str, tuple[str, tuple[str, ...]]]  # id -> (name, documents)
    claims: Mapping[str, _Claim]  # by key
    verdicts: Mapping[str, _Verdict]
    clusters: Mapping[str, tuple[str, ...]]  # id -> claim keys
    contradictions: frozenset[tuple[str, str]]
    figures: Mapping[str, tuple[str, str]]  # cluster id -> (question, its figure)


class _Reader:
    """Field access that names the file and field of anything missing or mistyped."""

    def __init__(self, path: str | None) -> None:
        self.path = path

    def fail(self, message: str, field: str | None) -> SchemaError:
        return SchemaError(message, path=self.path, field=field)

    def items(self, record: Mapping[str, Any], name: str) -> list[tuple[str, dict[str, Any]]]:
        value = record.get(name)
        if not isinstance(value, list):
            raise self.fail("a result JSON has a list here", name)
        out = []
        for index, item in enumerate(value):
            where = f"{name}[{index}]"
            if not isinstance(item, dict):
                raise self.fail("expected an object", where)
            out.append((where, item))
        return out

    def text(
        self, record: Mapping[str, Any], name: str, where: str, *, optional: bool = False
    ) -> Any:
        value = record.get(name)
        if value is None and optional:
            return None
        if not isinstance(value, str):
            raise self.fail(f"must be a string (got {value!r})", f"{where}.{name}")
        return value

    def texts(self, record: Mapping[str, Any], name: str, where: str) -> tuple[str, ...]:
        value = record.get(name, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail("must be a list of strings", f"{where}.{name}")
        return tuple(value)


def _shown(value: Any) -> str:
    """A value record as the text it was reported with, else compact JSON."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict) and isinstance(value.get("text"), str) and value["text"]:
        return str(value["text"])
    if isinstance(value, dict) and isinstance(value.get("value"), str):
        return str(value["value"])
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _estimate(estimate: Any) -> str | None:
    if not isinstance(estimate, dict):
        return None
    best = estimate.get("best")
    low, high = estimate.get("low"), estimate.get("high")
    bounds = "" if low is None and high is None else f" (low {_number(low)}, high {_number(high)})"
    return f"{best}{bounds}"


def _number(value: Any) -> str:
    if value is None:
        return "open"
    if isinstance(value, float) and value.is_integer():
        return f"{int(value):,}"
    if isinstance(value, int | float):
        return f"{value:,}"
    return str(value)


def _figure_start(claim_id: str, span: Any) -> int:
    # The extractor's ids carry the figure's offsets ("a.txt#412-423:deployed"); a
    # claims file's ids need not, and then the quote's span is next best.
    offsets = claim_id.rpartition("#")[2].partition(":")[0].partition("-")[0]
    if offsets.isdecimal():
        return int(offsets)
    if isinstance(span, list) and span and isinstance(span[0], int):
        return int(span[0])
    return -1


def _unique_keys(rows: list[tuple[str, str]]) -> dict[str, str]:
    # Two claims of one run may share a fingerprint (one figure quoted twice in an
    # article): the second and later ones are told apart by their order of ids.
    out: dict[str, str] = {}
    seen: dict[str, int] = {}
    for claim_id, key in sorted(rows, key=lambda r: (r[1], r[0])):
        n = seen[key] = seen.get(key, 0) + 1
        out[claim_id] = key if n == 1 else f"{key} ({n})"
    return out


def _run_of(record: Any, path: str | None, *, fingerprints: bool) -> _Run:
    read = _Reader(path)
    if not isinstance(record, dict):
        raise read.fail("not a result JSON: expected an object at the top", None)
    if "report_schema_version" in record:
        raise read.fail(
            "a report JSON, not a result JSON: write one with `reconcile run INPUT -o FILE`",
            None,
        )
    version = record.get("schema_version")
    if version is None:
        raise read.fail("not a result JSON: it has no schema_version", "schema_version")
    if version not in KNOWN_SCHEMA_VERSIONS:
        raise read.fail(
            f"unknown schema version {version!r}; this reconcile reads "
            f"{', '.join(KNOWN_SCHEMA_VERSIONS)}",
            "schema_version",
        )
    sources: dict[str, tuple[str, tuple[str, ...]]] = {}
    source_of_document: dict[str, str] = {}
    for where, item in read.items(record, "sources"):
        name = read.text(item, "name", where)
        members = read.texts(item, "documents", where)
        sources[read.text(item, "id", where)] = (name, members)
        source_of_document.update(dict.fromkeys(members, name))
    documents, titles = {}, {}
    for where, item in read.items(record, "documents"):
        document = read.text(item, "id", where)
        title = read.text(item, "title", where, optional=True)
        outlet = read.text(item, "outlet", where, optional=True)
        documents[document] = outlet or title or ""
        if title:
            titles[document] = title
    raw_claims = read.items(record, "claims")
    keys = _unique_keys(
        [
            (read.text(c, "id", w), read.text(c, "fingerprint" if fingerprints else "id", w))
            for w, c in raw_claims
        ]
    )
    question_of: dict[str, str] = {}
    clusters: dict[str, tuple[str, ...]] = {}
    for where, item in read.items(record, "clusters"):
        cluster = read.text(item, "id", where)
        question_of[cluster] = read.text(item, "question", where)
        members = read.texts(item, "claims", where)
        clusters[cluster] = tuple(sorted(keys.get(m, m) for m in members))
    claims: dict[str, _Claim] = {}
    for where, item in raw_claims:
        claim_id = read.text(item, "id", where)
        document = read.text(item, "document", where)
        cluster = read.text(item, "cluster", where, optional=True) or ""
        claims[keys[claim_id]] = _Claim(
            id=claim_id,
            key=keys[claim_id],
            document=document,
            source=source_of_document.get(document, document),
            cluster=cluster,
            question=question_of.get(cluster, ""),
            value=_shown(item.get("value")),
            quote=read.text(item, "quote", where, optional=True),
            start=_figure_start(claim_id, item.get("span")),
        )
    verdicts: dict[str, _Verdict] = {}
    for where, item in read.items(record, "verdicts"):
        question = read.text(item, "question", where)
        estimate = item.get("estimate")
        values = {}
        for index, cv in enumerate(item.get("clusters") or []):
            if not isinstance(cv, dict):
                raise read.fail("expected an object", f"{where}.clusters[{index}]")
            values[read.text(cv, "cluster", f"{where}.clusters[{index}]")] = _shown(cv.get("value"))
        verdicts[question] = _Verdict(
            question=question,
            status=read.text(item, "status", where),
            estimate=_estimate(estimate),
            claims=tuple(keys.get(c, c) for c in read.texts(item, "claims", where)),
            best_cluster=estimate.get("cluster") if isinstance(estimate, dict) else None,
            values=values,
        )
    contradictions = set()
    for where, item in read.items(record, "relations"):
        a, b = read.text(item, "a", where), read.text(item, "b", where)
        if read.text(item, "kind", where) == "contradicts" and a in clusters and b in clusters:
            contradictions.add((min(a, b), max(a, b)))
    return _Run(
        documents=documents,
        titles=titles,
        source_of_document=source_of_document,
        sources=sources,
        claims=claims,
        verdicts=verdicts,
        clusters=clusters,
        contradictions=frozenset(contradictions),
        figures={
            cluster: (verdict.question, value)
            for verdict in verdicts.values()
            for cluster, value in verdict.values.items()
        },
    )


def read_result(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Read a result JSON file written by ``reconcile run``, checked enough to compare.

    Raises:
        NoSuchPath: the file does not exist.
        InvalidInput: it is a folder.
        SchemaError: it is not JSON, not a result JSON (a report JSON, say), of an
            unknown schema version, or a section or field has the wrong shape; the
            message names the file, and the line or field.
    """
    name = os.fspath(path)
    source = Path(path)
    if not source.exists():
        raise NoSuchPath("no such file or folder", path=name)
    if source.is_dir():
        raise InvalidInput(
            "is a folder, not a result JSON file (write one with `reconcile run INPUT -o FILE`)",
            path=name,
        )
    try:
        text = source.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise SchemaError(f"not UTF-8 text (byte {error.start})", path=name) from None
    try:
        record = json.loads(text)
    except json.JSONDecodeError as error:
        raise SchemaError(
            f"not a result JSON: not JSON ({error.msg}, column {error.colno})",
            path=name,
            line=error.lineno,
        ) from None
    except RecursionError:
        raise SchemaError("not a result JSON: nested too deeply", path=name) from None
    _run_of(record, name, fingerprints=False)  # fails here, naming the file, if malformed
    return dict(record)


# ---- comparing two runs ------------------------------------------------------------


def _evidence(run: _Run, keys: Iterable[str]) -> tuple[ChangeEvidence, ...]:
    rows = sorted(
        {run.claims[k] for k in keys if k in run.claims},
        key=lambda c: (c.document, c.start, c.id),
    )
    return tuple(ChangeEvidence(c.document, c.source, c.id, c.value, c.quote) for c in rows)


def _documents_of(run: _Run, documents: Iterable[str]) -> tuple[ChangeEvidence, ...]:
    return tuple(
        ChangeEvidence(d, run.source_of_document.get(d, d), value=run.titles.get(d))
        for d in sorted(documents)
    )


def _appeared(old: _Run, new: _Run) -> list[Change]:
    """What ``new`` has and ``old`` has not: documents, sources, questions."""
    out = []
    for doc in sorted(set(new.documents) - set(old.documents)):
        claims = [k for k, c in new.claims.items() if c.document == doc]
        evidence = _evidence(new, claims) or _documents_of(new, [doc])
        out.append(Change(ChangeKind.NEW_DOCUMENT, doc, None, new.documents[doc] or doc, evidence))
    for source in sorted(set(new.sources) - set(old.sources)):
        name, documents = new.sources[source]
        out.append(Change(ChangeKind.NEW_SOURCE, source, None, name, _documents_of(new, documents)))
    for question in sorted(set(new.verdicts) - set(old.verdicts)):
        verdict = new.verdicts[question]
        after = f"{verdict.status}, best {verdict.estimate}"
        out.append(
            Change(ChangeKind.NEW_QUESTION, question, None, after, _evidence(new, verdict.claims))
        )
    return out


def _vanished(old: _Run, new: _Run) -> list[Change]:
    """What ``old`` had and ``new`` has not: each appearance, seen from the other side."""
    return [
        Change(OPPOSITE[c.kind], c.target, c.after, None, c.evidence) for c in _appeared(new, old)
    ]


def _partners(old: _Run, new: _Run) -> dict[str, str]:
    """Each earlier cluster's later partner: the cluster that stands for it now.

    A cluster stating the same figure for the same question first (a claim that left it
    moved, whoever else now states it), then the one holding most of its claims. Greedy,
    one partner each; between equals, a rule that does not depend on which run is the
    earlier (the first shared claim, then the figure), so that swapping the runs swaps
    the pairs.
    """
    where_now = {k: c.cluster for k, c in new.claims.items()}
    shared: dict[tuple[str, str], list[str]] = {}
    for cluster, members in old.clusters.items():
        for key in members:
            later = where_now.get(key)
            if later is not None:
                shared.setdefault((cluster, later), []).append(key)
    earlier_figures, later_figures = old.figures, new.figures
    by_figure: dict[tuple[str, str], list[str]] = {}
    for cluster, figure in later_figures.items():
        by_figure.setdefault(figure, []).append(cluster)
    for cluster, figure in earlier_figures.items():
        for later in by_figure.get(figure, ()):
            shared.setdefault((cluster, later), [])

    def rank(pair: tuple[str, str]) -> tuple[bool, int, str, tuple[str, str], str, str]:
        keys = shared[pair]
        figure = earlier_figures.get(pair[0], ("", ""))
        same = figure == later_figures.get(pair[1])
        return (not same, -len(keys), min(keys, default=""), figure, min(pair), max(pair))

    partner: dict[str, str] = {}
    taken: set[str] = set()
    for earlier, later in sorted(shared, key=rank):
        if earlier not in partner and later not in taken:
            partner[earlier] = later
            taken.add(later)
    return partner


def _value_of(run: _Run, cluster: str) -> str:
    return run.figures[cluster][1] if cluster in run.figures else cluster


def _contradictions(old: _Run, new: _Run, partner: Mapping[str, str]) -> list[Change]:
    carried = {
        (min(partner[a], partner[b]), max(partner[a], partner[b]))
        for a, b in old.contradictions
        if a in partner and b in partner
    }
    backward = {later: earlier for earlier, later in partner.items()}
    kept = {
        (min(backward[a], backward[b]), max(backward[a], backward[b]))
        for a, b in new.contradictions
        if a in backward and b in backward
    }
    out = []
    for kind, run, pairs in (
        (ChangeKind.NEW_CONTRADICTION, new, new.contradictions - carried),
        (ChangeKind.VANISHED_CONTRADICTION, old, old.contradictions - kept),
    ):
        for a, b in sorted(pairs):
            text = f"{_value_of(run, a)} vs {_value_of(run, b)}"
            evidence = _evidence(run, run.clusters[a] + run.clusters[b])
            before, after = (None, text) if run is new else (text, None)
            out.append(Change(kind, f"{a} and {b}", before, after, evidence))
    return out


def _questions(old: _Run, new: _Run) -> list[Change]:
    out = []
    for question in sorted(set(old.verdicts) & set(new.verdicts)):
        earlier, later = old.verdicts[question], new.verdicts[question]
        gained = sorted(set(later.claims) - set(earlier.claims))
        behind = later.best_cluster and new.clusters.get(later.best_cluster, ())
        evidence = _evidence(new, gained or behind or later.claims)
        if earlier.estimate != later.estimate:
            out.append(
                Change(
                    ChangeKind.UPDATED_FIGURE, question, earlier.estimate, later.estimate, evidence
                )
            )
        if earlier.status != later.status:
            out.append(
                Change(ChangeKind.CHANGED_STATUS, question, earlier.status, later.status, evidence)
            )
    return out


def _moves(old: _Run, new: _Run, partner: Mapping[str, str]) -> list[Change]:
    out = []
    for key in sorted(set(old.claims) & set(new.claims)):
        earlier, later = old.claims[key], new.claims[key]
        if partner.get(earlier.cluster) == later.cluster:
            continue
        out.append(
            Change(
                ChangeKind.MOVED_CLAIM,
                later.id,
                f"{earlier.cluster} ({_value_of(old, earlier.cluster)})",
                f"{later.cluster} ({_value_of(new, later.cluster)})",
                _evidence(new, [key]),
            )
        )
    return out


def diff_results(old: Mapping[str, Any], new: Mapping[str, Any]) -> Changes:
    """Every change from an earlier result record to a later one.

    Args:
        old: the earlier run's result record (:func:`read_result`, or
            :func:`~reconcile.output.result_to_record`).
        new: the later run's.

    Returns:
        The changes, sorted by kind then target; none for a result and itself.

    Raises:
        SchemaError: a record that is not a result of a known schema version.

    Notes:
        Linear in the number of claims and relations, plus the sort of cluster pairs
        that share claims.
    """
    # Fingerprints only when both runs carry them: a 1.1 result has none, and ids
    # compared with fingerprints would match nothing.
    both = all(
        isinstance(r.get("claims"), list)
        and all(isinstance(c, dict) and isinstance(c.get("fingerprint"), str) for c in r["claims"])
        for r in (old, new)
    )
    earlier = _run_of(old, None, fingerprints=both)
    later = _run_of(new, None, fingerprints=both)
    partner = _partners(earlier, later)
    found = [
        *_appeared(earlier, later),
        *_vanished(earlier, later),
        *_contradictions(earlier, later, partner),
        *_questions(earlier, later),
        *_moves(earlier, later, partner),
    ]
    order = {kind: index for index, kind in enumerate(ChangeKind)}
    found.sort(key=lambda c: (order[c.kind], c.target, c.before or "", c.after or ""))
    return Changes(tuple(found), "fingerprint" if both else "id")


def changes_record(changes: Changes) -> list[dict[str, Any]]:
    """The changes as JSON-ready records, one per change.

    Each has ``kind``, ``target``, ``before``, ``after`` and ``evidence`` (a list of
    ``document``, ``source``, ``claim``, ``value``, ``quote``).
    """
    return [
        {
            "kind": c.kind.value,
            "target": c.target,
            "before": c.before,
            "after": c.after,
            "evidence": [attrs.asdict(e) for e in c.evidence],
        }
        for c in changes.changes
    ]
