"""An analyst's decisions: corrections that are kept and applied to every re-run.

A decision says what the tool got wrong, with a reason, who made it and when. It points
at claims by their fingerprint (:mod:`reconcile.fingerprint`), so it survives
re-extraction and new articles, and at sources by name. The kinds
(:class:`DecisionKind`):

===========  =================  ===========================================================
kind         targets            effect
===========  =================  ===========================================================
same         2+ fingerprints    the claims are about one thing: their questions become one;
             or 2+ ``event:``   or the events are one: asked under the smallest name
different    2+ fingerprints    they are not: no two of them share a question
reject       1+ fingerprints    the claim is wrong: listed under ``rejected``, not used
value        1 fingerprint      the claim's value is ``value``; the original is kept
depends      2 source names     the sources are not independent (copy, reprint, author)
trust        1 source name      the source's reliability in [0, 1], set by hand
rename       1 fingerprint or   the display name of the claim's question, or of the event
             ``event:NAME``     ``NAME``
===========  =================  ===========================================================

Decisions are read and checked here, as plain values; each stage applies the ones it
concerns (:func:`apply_to_claims` before normalization; the pipeline passes the links to
the clustering, the dependencies to the source groups and the trust to the verdicts).
Two decisions that cannot both hold are refused together (:func:`check_decisions`).

Examples:
    >>> record = {"kind": "trust", "targets": ["Evening Post"], "trust": 0.2,
    ...           "reason": "prints rumours", "by": "ana", "at": "2025-03-13"}
    >>> decision = decision_from_record(record)
    >>> decision.kind.value, decision.trust, decision.id
    ('trust', 0.2, 'd-959d31ce')
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import hashlib
import json
import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final

import attrs

from reconcile._disjoint import DisjointSets
from reconcile.errors import ConflictingDecisions, InvalidInput, SchemaError
from reconcile.fingerprint import claim_fingerprint, is_fingerprint
from reconcile.model import Claim, ItemKind, Rejection, value_kind
from reconcile.schema import check_text, value_from_record, value_to_record
from reconcile.values import Value

__all__ = [
    "DECISIONS_VERSION",
    "EVENT_PREFIX",
    "ClaimChanges",
    "Decision",
    "DecisionKind",
    "Unmatched",
    "apply_to_claims",
    "check_decisions",
    "decision_from_record",
    "decision_to_record",
]

#: The version of the decisions file format; a record may carry it as
#: ``decisions_version``. Minor versions only add fields.
DECISIONS_VERSION: Final = "1.0"

#: A rename target naming an event rather than a claim: ``event:Kerman blasts (2024-01-03)``.
EVENT_PREFIX: Final = "event:"


class DecisionKind(enum.Enum):
    """What an analyst decided."""

    #: The claims are about the same thing: their questions are one question.
    SAME = "same"
    #: The claims are not about the same thing: they never share a question.
    DIFFERENT = "different"
    #: The claim is wrong; it is listed as rejected by the analyst, never used.
    REJECT = "reject"
    #: The claim's value is another one (a misread figure); the original is kept.
    VALUE = "value"
    #: Two sources are not independent (a copy, a reprint, one author).
    DEPENDS = "depends"
    #: A source's reliability in [0, 1], set by hand.
    TRUST = "trust"
    #: The display name of a question (by one of its claims) or of an event.
    RENAME = "rename"


_CLAIM_KINDS: Final = frozenset(
    {DecisionKind.SAME, DecisionKind.DIFFERENT, DecisionKind.REJECT, DecisionKind.VALUE}
)
_SOURCE_KINDS: Final = frozenset({DecisionKind.DEPENDS, DecisionKind.TRUST})
_ARITY: Final = {
    DecisionKind.SAME: (2, None),
    DecisionKind.DIFFERENT: (2, None),
    DecisionKind.REJECT: (1, None),
    DecisionKind.VALUE: (1, 1),
    DecisionKind.DEPENDS: (2, 2),
    DecisionKind.TRUST: (1, 1),
    DecisionKind.RENAME: (1, 1),
}
#: The fields a decision record may have.
DECISION_FIELDS: Final = frozenset(
    {"decisions_version", "kind", "targets", "reason", "by", "at", "value", "trust", "name"}
)


def _where(path: str | None, line: int | None) -> str:
    if path and line is not None:
        return f"{path}, line {line}"
    return path or (f"line {line}" if line is not None else "the decisions given")


@attrs.frozen
class Decision:
    """One decision of an analyst.

    Attributes:
        kind: what was decided.
        targets: fingerprints (claims), source names (``depends``, ``trust``) or, for a
            rename, ``event:NAME``; ``same`` and ``different`` keep them sorted.
        reason: why, in the analyst's words.
        by: who decided.
        at: when, as an ISO date or date and time.
        value: the corrected value (``value`` decisions).
        trust: the source's reliability in [0, 1] (``trust`` decisions).
        name: the display name (``rename`` decisions).
        path: the file the decision was read from.
        line: its line there.

    Examples:
        >>> Decision(DecisionKind.TRUST, ("Wire",), "x", "ana", "2025-03-13", trust=1.5)
        Traceback (most recent call last):
        ...
        reconcile.errors.SchemaError: field 'trust': must be a number in [0, 1] (got 1.5)
    """

    kind: DecisionKind
    targets: tuple[str, ...]
    reason: str
    by: str
    at: str
    value: Value | None = None
    trust: float | None = None
    name: str | None = None
    path: str | None = attrs.field(default=None, eq=False)
    line: int | None = attrs.field(default=None, eq=False)

    def __attrs_post_init__(self) -> None:
        _check(self)

    @property
    def id(self) -> str:
        """``d-`` and 8 hex digits of what was decided (not who, when, why or where).

        The same decision has the same id in every file and every order of a file.
        """
        payload: list[Any] = [self.kind.value, list(self.targets)]
        if self.value is not None:
            payload.append(value_to_record(self.value))
        if self.trust is not None:
            payload.append(self.trust)
        if self.name is not None:
            payload.append(self.name)
        text = json.dumps(payload, sort_keys=True, ensure_ascii=False)
        return "d-" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:8]

    @property
    def where(self) -> str:
        """``path, line N``, for messages."""
        return _where(self.path, self.line)

    def describe(self) -> str:
        """One line a reader understands: kind, targets, the change, who and why.

        Examples:
            >>> Decision(DecisionKind.DEPENDS, ("Daily Post", "Wire"), "reprints it", "ana",
            ...          "2025-03-13").describe()
            "depends Daily Post, Wire: 'reprints it' (ana, 2025-03-13)"
        """
        change = ""
        if self.value is not None:
            change = f" set to {self.value}"
        elif self.trust is not None:
            change = f" set to {self.trust:g}"
        elif self.name is not None:
            change = f" named {self.name!r}"
        targets = ", ".join(self.targets)
        return f"{self.kind.value} {targets}{change}: {self.reason!r} ({self.by}, {self.at})"


def _is_event(target: str) -> bool:
    return target.startswith(EVENT_PREFIX) and bool(target.removeprefix(EVENT_PREFIX).strip())


def _check(d: Decision) -> None:
    if not isinstance(d.kind, DecisionKind):
        raise SchemaError(f"must be a DecisionKind (got {d.kind!r})", field="kind")
    low, high = _ARITY[d.kind]
    n = len(d.targets)
    if n < low or (high is not None and n > high):
        wanted = f"{low}" if low == high else f"at least {low}"
        raise SchemaError(
            f"'{d.kind.value}' takes {wanted} target{'s' * (low != 1)} (got {n})", field="targets"
        )
    for index, target in enumerate(d.targets):
        field = f"targets[{index}]"
        if not isinstance(target, str) or not target.strip():
            raise SchemaError(f"must be a non-empty string (got {target!r})", field=field)
        if d.kind is DecisionKind.SAME and _is_event(d.targets[0]):
            if not _is_event(target):
                raise SchemaError(
                    f"'same' joins claims (fingerprints) or events ('{EVENT_PREFIX}NAME'), "
                    f"not both; got {target!r}",
                    field=field,
                )
        elif d.kind in _CLAIM_KINDS and not is_fingerprint(target):
            raise SchemaError(
                f"'{d.kind.value}' targets claims by fingerprint (fp- and 12 hex digits, "
                f"shown beside each claim in the report and result); got {target!r}",
                field=field,
            )
        if d.kind in _SOURCE_KINDS and is_fingerprint(target):
            raise SchemaError(
                f"'{d.kind.value}' targets sources by name, not a claim fingerprint "
                f"(got {target!r})",
                field=field,
            )
        if d.kind is DecisionKind.RENAME and not is_fingerprint(target) and not _is_event(target):
            raise SchemaError(
                f"'rename' targets a claim's fingerprint (its question) or "
                f"'{EVENT_PREFIX}NAME' (got {target!r})",
                field=field,
            )
    if len(set(d.targets)) != n:
        raise SchemaError("names one target twice", field="targets")
    for field in ("reason", "by", "at"):
        text = getattr(d, field)
        if not isinstance(text, str) or not text.strip():
            raise SchemaError("is required and must be a non-empty string", field=field)
    try:
        dt.datetime.fromisoformat(d.at)
    except ValueError:
        raise SchemaError(
            f"must be an ISO date or date and time (got {d.at!r})", field="at"
        ) from None
    payloads = {"value": d.value, "trust": d.trust, "name": d.name}
    needed = {
        DecisionKind.VALUE: "value",
        DecisionKind.TRUST: "trust",
        DecisionKind.RENAME: "name",
    }.get(d.kind)
    for field, payload in payloads.items():
        if field == needed and payload is None:
            raise SchemaError(f"'{d.kind.value}' needs a {field!r}", field=field)
        if field != needed and payload is not None:
            raise SchemaError(f"'{d.kind.value}' takes no {field!r}", field=field)
    if d.trust is not None and (
        isinstance(d.trust, bool)
        or not isinstance(d.trust, int | float)
        or not math.isfinite(d.trust)
        or not 0 <= d.trust <= 1
    ):
        raise SchemaError(f"must be a number in [0, 1] (got {d.trust!r})", field="trust")
    if d.name is not None and (not isinstance(d.name, str) or not d.name.strip()):
        raise SchemaError("must be a non-empty string", field="name")


def decision_from_record(
    record: Mapping[str, Any], *, path: str | None = None, line: int | None = None
) -> Decision:
    """Read one decision record; errors name the field (and ``path``, ``line`` when given).

    Examples:
        >>> decision_from_record({"kind": "merge", "targets": [], "reason": "r", "by": "a",
        ...                       "at": "2025-03-13"}, path="d.jsonl", line=4)
        Traceback (most recent call last):
        ...
        reconcile.errors.SchemaError: d.jsonl, line 4, field 'kind': must be one of same, different, reject, value, depends, trust, rename (got 'merge')
    """  # noqa: E501
    try:
        return _decision(record, path=path, line=line)
    except InvalidInput as error:
        raise error.located(path=path, line=line) from None


def _decision(record: Mapping[str, Any], *, path: str | None, line: int | None) -> Decision:
    if not isinstance(record, Mapping):
        raise SchemaError(f"expected an object (got {type(record).__name__})")
    unknown = sorted(set(record) - DECISION_FIELDS)
    if unknown:
        expected = ", ".join(sorted(DECISION_FIELDS))
        raise SchemaError(f"unknown field; expected one of {expected}", field=unknown[0])
    check_text(record)
    version = record.get("decisions_version", DECISIONS_VERSION)
    if not isinstance(version, str) or version.split(".")[0] != DECISIONS_VERSION.split(".")[0]:
        raise SchemaError(
            f"this version of reconcile reads decisions_version {DECISIONS_VERSION} "
            f"(got {version!r})",
            field="decisions_version",
        )
    kind_name = record.get("kind")
    try:
        kind = DecisionKind(kind_name)
    except ValueError:
        choices = ", ".join(k.value for k in DecisionKind)
        raise SchemaError(f"must be one of {choices} (got {kind_name!r})", field="kind") from None
    targets = record.get("targets")
    if not isinstance(targets, list) or not all(isinstance(t, str) for t in targets):
        raise SchemaError(f"must be a list of strings (got {targets!r})", field="targets")
    if kind in (DecisionKind.SAME, DecisionKind.DIFFERENT):
        targets = sorted(targets)
    texts = {}
    for field in ("reason", "by", "at"):
        text = record.get(field)
        if not isinstance(text, str):
            raise SchemaError(f"is required and must be a string (got {text!r})", field=field)
        texts[field] = " ".join(text.split())
    raw_value = record.get("value")
    value = value_from_record(raw_value) if raw_value is not None else None
    trust = record.get("trust")
    name = record.get("name")
    if name is not None and not isinstance(name, str):
        raise SchemaError(f"must be a string (got {name!r})", field="name")
    return Decision(
        kind,
        tuple(targets),
        texts["reason"],
        texts["by"],
        texts["at"],
        value=value,
        trust=trust,
        name=" ".join(name.split()) if name is not None else None,
        path=path,
        line=line,
    )


def decision_to_record(decision: Decision) -> dict[str, Any]:
    """A decision as a JSON-ready record, as the decisions file holds it.

    Examples:
        >>> d = Decision(DecisionKind.REJECT, ("fp-0123456789ab",), "typo", "ana", "2025-03-13")
        >>> decision_to_record(d)["kind"], decision_to_record(d)["decisions_version"]
        ('reject', '1.0')
    """
    record: dict[str, Any] = {
        "decisions_version": DECISIONS_VERSION,
        "kind": decision.kind.value,
        "targets": list(decision.targets),
        "reason": decision.reason,
        "by": decision.by,
        "at": decision.at,
    }
    if decision.value is not None:
        record["value"] = value_to_record(decision.value)
    if decision.trust is not None:
        record["trust"] = decision.trust
    if decision.name is not None:
        record["name"] = decision.name
    return record


def _sort_key(d: Decision) -> tuple[str, str, str, int]:
    return (d.id, d.path or "", d.at, d.line or 0)


def check_decisions(decisions: Iterable[Decision]) -> tuple[Decision, ...]:
    """Refuse decisions that contradict each other; return them sorted by id.

    Contradictions: ``same`` and ``different`` on claims that ``same`` decisions join
    (directly or through others); two ``value`` decisions giving one claim different
    values; ``reject`` and ``value`` on one claim; two trusts for one source; two names
    for one question or event. A decision repeated word for word is no contradiction.

    Raises:
        ConflictingDecisions: naming both decisions, each with its file and line.

    Examples:
        >>> fp_a, fp_b = "fp-aaaaaaaaaaaa", "fp-bbbbbbbbbbbb"
        >>> same = Decision(DecisionKind.SAME, (fp_a, fp_b), "one attack", "ana",
        ...                 "2025-03-13", path="d.jsonl", line=1)
        >>> different = Decision(DecisionKind.DIFFERENT, (fp_a, fp_b), "two attacks", "bo",
        ...                      "2025-03-14", path="d.jsonl", line=2)
        >>> check_decisions([different, same])
        Traceback (most recent call last):
        ...
        reconcile.errors.ConflictingDecisions: d.jsonl, line 2, field 'targets': 'different' fp-aaaaaaaaaaaa, fp-bbbbbbbbbbbb contradicts 'same' at d.jsonl, line 1, which joins them
    """  # noqa: E501
    ordered = sorted(decisions, key=lambda d: (d.path or "", d.line or 0, d.id))
    _check_links(ordered)
    singles: dict[tuple[str, str], Decision] = {}
    for d in ordered:
        if d.kind in (DecisionKind.VALUE, DecisionKind.REJECT):
            slots = [("claim", target) for target in d.targets]
        elif d.kind is DecisionKind.TRUST:
            slots = [("trust", d.targets[0].casefold())]
        elif d.kind is DecisionKind.RENAME:
            slots = [("name", d.targets[0])]
        else:
            continue
        for slot in slots:
            _claim_slot(singles, slot, d)
    return tuple(sorted(set(ordered), key=_sort_key))


def _payload(d: Decision) -> tuple[str, Any]:
    if d.kind is DecisionKind.VALUE:
        return ("value", value_to_record(d.value))  # type: ignore[arg-type]
    if d.kind is DecisionKind.TRUST:
        return ("trust", d.trust)
    if d.kind is DecisionKind.RENAME:
        return ("name", d.name)
    return ("reject", None)


def _claim_slot(
    singles: dict[tuple[str, str], Decision],
    slot: tuple[str, str],
    d: Decision,
) -> None:
    earlier = singles.get(slot)
    if earlier is None:
        singles[slot] = d
        return
    if _payload(earlier) == _payload(d):
        return
    raise ConflictingDecisions(
        f"{d.kind.value!r} {', '.join(d.targets)} contradicts {earlier.kind.value!r} at "
        f"{earlier.where} ({earlier.describe()})",
        path=d.path,
        line=d.line,
        field="targets",
    )


def _check_links(ordered: Sequence[Decision]) -> None:
    joined: DisjointSets[str] = DisjointSets()
    find = joined.find
    sames = [d for d in ordered if d.kind is DecisionKind.SAME]
    for d in sames:
        for other in d.targets[1:]:
            joined.union(d.targets[0], other)
    for d in ordered:
        if d.kind is not DecisionKind.DIFFERENT:
            continue
        for i, a in enumerate(d.targets):
            for b in d.targets[i + 1 :]:
                if a in joined and b in joined and find(a) == find(b):
                    # The first 'same' on the chain's side of either target names the other.
                    same = next(s for s in sames if find(s.targets[0]) == find(a))
                    raise ConflictingDecisions(
                        f"'different' {a}, {b} contradicts 'same' at {same.where}, which "
                        "joins them",
                        path=d.path,
                        line=d.line,
                        field="targets",
                    )


@attrs.frozen
class Unmatched:
    """A decision, or part of one, that could not be applied, and why.

    Attributes:
        decision: the decision.
        targets: the targets that match nothing in this run.
        reason: why it was not applied, in words.
    """

    decision: Decision
    targets: tuple[str, ...]
    reason: str


@attrs.frozen
class ClaimChanges:
    """What the claim-level decisions did, for the stages after them.

    Attributes:
        claims: the claims to reconcile: rejected ones removed, corrected values set.
        rejected: a rejection per claim the analyst rejected (``error`` is
            ``AnalystDecision``), with who, when and why.
        fingerprints: ``(claim id, fingerprint)`` for every claim given, sorted.
        original: ``(claim id, value as read)`` for every corrected claim, sorted.
        same: pairs of claim ids that are about one thing.
        different: pairs of claim ids that are not.
        by_claim: ``(claim id, decision ids)``: the decisions each claim is named by.
        unmatched: decisions (or targets) that match no claim of the run.
        events: ``(event, event)``: each event a ``same`` decision joined to another,
            and the one whose name it now goes by (the smallest).
    """

    claims: tuple[Claim, ...]
    rejected: tuple[Rejection, ...]
    fingerprints: tuple[tuple[str, str], ...]
    original: tuple[tuple[str, Value], ...]
    same: tuple[tuple[str, str], ...]
    different: tuple[tuple[str, str], ...]
    by_claim: tuple[tuple[str, tuple[str, ...]], ...]
    unmatched: tuple[Unmatched, ...]
    events: tuple[tuple[str, str], ...] = ()


def apply_to_claims(claims: Iterable[Claim], decisions: Iterable[Decision]) -> ClaimChanges:
    """Apply ``reject``, ``value`` and ``same`` on events; resolve the rest to claim ids.

    A target that matches no claim leaves its decision (or that part of it) unapplied
    and listed in ``unmatched``; nothing is dropped silently. A ``same`` or
    ``different`` decision needs at least two of its targets present.

    Args:
        claims: the claims of the run, as read or extracted.
        decisions: checked decisions (:func:`check_decisions`).

    Returns:
        The changed claims and what each stage after needs; the same for the same claims
        and decisions in any order.

    Examples:
        >>> from reconcile.values import Quantity
        >>> claim = Claim(id="c1", document="memo", subject="US troops",
        ...               attribute="deployed", value=Quantity.exact(25000))
        >>> fp = claim_fingerprint(claim)
        >>> fix = Decision(DecisionKind.VALUE, (fp,), "a zero too many", "ana", "2025-03-13",
        ...                value=Quantity.exact(2500))
        >>> changes = apply_to_claims([claim], [fix])
        >>> str(changes.claims[0].value), str(changes.original[0][1])
        ('2,500', '25,000')
    """
    claim_list = sorted(claims, key=lambda c: c.id)
    by_id = {c.id: c for c in claim_list}
    fingerprints = {c.id: claim_fingerprint(c) for c in claim_list}
    by_fp: dict[str, list[str]] = {}
    for claim_id, fp in fingerprints.items():
        by_fp.setdefault(fp, []).append(claim_id)
    rejected: dict[str, Decision] = {}
    values: dict[str, Decision] = {}
    same: set[tuple[str, str]] = set()
    different: set[tuple[str, str]] = set()
    named: dict[str, set[str]] = {}
    unmatched: list[Unmatched] = []
    events = {c.event for c in claim_list if c.event}
    event_groups: DisjointSets[str] = DisjointSets()
    find = event_groups.find
    joined_by: dict[str, set[str]] = {}
    for d in sorted(decisions, key=_sort_key):
        if d.kind is DecisionKind.SAME and _is_event(d.targets[0]):
            names = [t.removeprefix(EVENT_PREFIX) for t in d.targets]
            present_events = [n for n in names if n in events]
            lost = tuple(EVENT_PREFIX + n for n in names if n not in events)
            if lost:
                reason = "no claim of this run is about this event"
                if len(present_events) < 2:
                    reason += "; fewer than two of its events are left, so it joins nothing"
                unmatched.append(Unmatched(d, lost, reason))
            if len(present_events) >= 2:
                for name in present_events[1:]:
                    event_groups.union(present_events[0], name)
                for name in present_events:
                    joined_by.setdefault(name, set()).add(d.id)
            continue
        if d.kind not in _CLAIM_KINDS and not (
            d.kind is DecisionKind.RENAME and is_fingerprint(d.targets[0])
        ):
            continue
        missing = tuple(t for t in d.targets if t not in by_fp)
        present = [t for t in d.targets if t in by_fp]
        links = d.kind in (DecisionKind.SAME, DecisionKind.DIFFERENT)
        if missing:
            reason = "no claim has this fingerprint in this run"
            if links and len(present) < 2:
                reason += "; fewer than two of its claims are left, so it links nothing"
            unmatched.append(Unmatched(d, missing, reason))
        if links and len(present) < 2:
            continue
        kinds = {value_kind(by_id[c].value) for t in present for c in by_fp[t]}
        if links and len(kinds) > 1:
            unmatched.append(
                Unmatched(
                    d,
                    tuple(present),
                    f"its claims hold values of different kinds ({', '.join(sorted(kinds))}), "
                    "never one question",
                )
            )
            continue
        for target in present:
            for claim_id in by_fp[target]:
                named.setdefault(claim_id, set()).add(d.id)
                if d.kind is DecisionKind.REJECT:
                    rejected[claim_id] = d
                elif d.kind is DecisionKind.VALUE:
                    values[claim_id] = d
        if links:
            ids = sorted(by_fp[present[0]])
            pairs = same if d.kind is DecisionKind.SAME else different
            for target in present[1:]:
                for a in ids:
                    for b in by_fp[target]:
                        pairs.add((min(a, b), max(a, b)))
    alias = {name: find(name) for name in event_groups if find(name) != name}
    for claim in claim_list:
        if claim.event is not None and claim.event in joined_by:
            named.setdefault(claim.id, set()).update(joined_by[claim.event])
    kept = []
    rejections = []
    original = []
    for claim in map(functools.partial(_renamed, alias=alias), claim_list):
        if claim.id in rejected:
            d = rejected[claim.id]
            rejections.append(
                Rejection(
                    item=claim.id,
                    kind=ItemKind.CLAIM,
                    reason=(
                        f"rejected by {d.by} ({d.at}): {d.reason} [decision {d.id}, "
                        f"{fingerprints[claim.id]}]"
                    ),
                    error="AnalystDecision",
                    path=d.path,
                    line=d.line,
                    field="targets",
                )
            )
        elif claim.id in values and (corrected := values[claim.id].value) is not None:
            original.append((claim.id, claim.value))
            kept.append(attrs.evolve(claim, value=corrected))
        else:
            kept.append(claim)
    return ClaimChanges(
        claims=tuple(kept),
        rejected=tuple(rejections),
        fingerprints=tuple(sorted(fingerprints.items())),
        original=tuple(original),
        same=tuple(sorted(same)),
        different=tuple(sorted(different)),
        by_claim=tuple(sorted((c, tuple(sorted(ids))) for c, ids in named.items())),
        unmatched=tuple(unmatched),
        events=tuple(sorted(alias.items())),
    )


def _renamed(claim: Claim, *, alias: Mapping[str, str]) -> Claim:
    """The claim asked of the event an analyst's ``same`` joined its own to."""
    if claim.event is None or claim.event not in alias:
        return claim
    event = alias[claim.event]
    # A claim about the event itself (its day) is named by it.
    subject = event if claim.subject == claim.event else claim.subject
    return attrs.evolve(claim, event=event, subject=subject)
