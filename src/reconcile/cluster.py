"""Clusters of equivalent claims, and the relations between them.

Claims are first **blocked** by question: the same subject entity, attribute, place and
kind of value (:class:`Question`). Only claims in one block are ever compared, so the
cost grows with the block sizes, not with all pairs.

Within a block, claims are grouped so that every two claims in a cluster are compatible
(a contradiction is a cannot-link that no chain of agreements overrides):

- quantities and dates are intervals; a set of intervals is pairwise compatible exactly
  when they share a point (Helly's theorem in one dimension), so the block is cut by
  the classic greedy interval *stabbing*: sort by right end, stab at the first right
  end, take every interval that contains that point. This gives the fewest clusters
  and is deterministic;
- votes and labels join the first cluster whose merged facets they do not contradict,
  in a fixed order (most facets first, then id);
- a hedged bound ("at least 30") that fits two figures that contradict each other (500
  and 632) joins neither: such bounds get clusters of their own, so that no
  contradiction is lifted to a claim it does not hold for;
- event days one day apart join when either's calendar day is ambiguous (a time near
  midnight, reports from different places): "a day apart: time zones".

Denied claims ("officials denied that five were killed") are clustered apart and
contradict the asserted clusters they overlap.

Relations are then linear in the number of claims: inside a cluster a star from its
most precise claim (``agrees``/``refines``), and between the clusters of one question
``contradicts`` or ``updates`` (a later figure of an evolving count), or ``refines`` /
``agrees`` where clusters kept apart still fit each other (a bound beside the figure it
bounds), pairwise for up to ``max_pairwise`` clusters and from the best-supported
cluster beyond that.

Examples:
    >>> from reconcile.model import Claim
    >>> from reconcile.normalize import NormalizedClaim, ResolvedName
    >>> from reconcile.values import Quantity, Hedge
    >>> def nc(i, value, source):
    ...     c = Claim(id=i, document=source, subject="US troops", attribute="deployed",
    ...               value=value)
    ...     return NormalizedClaim(c, ResolvedName("us-troops", "US troops"), None, None, source)
    >>> result = cluster_claims([nc("a", Quantity.exact(2500), "s1"),
    ...     nc("b", Quantity.hedged(2500, Hedge.ABOUT), "s2"), nc("c", Quantity.exact(900), "s3")])
    >>> [c.claims for c in result.clusters]
    [('c',), ('a', 'b')]
    >>> [(r.a, r.b, r.kind.value) for r in result.relations]
    [('us-troops:deployed#1', 'us-troops:deployed#2', 'contradicts'), ('a', 'b', 'agrees')]
"""

from __future__ import annotations

import itertools
import math
import weakref
from collections.abc import Callable, Iterable, Iterator, Sequence
from operator import attrgetter, itemgetter
from typing import Final

import attrs

from reconcile._disjoint import DisjointSets
from reconcile.compare import (
    BOUND_HEDGES,
    DEFAULT_TOLERANCES,
    Comparison,
    Relation,
    Tolerances,
    compare_values,
    dateline,
    day_ambiguity,
    scope_days,
    vote_conflicts,
    widen,
)
from reconcile.model import Modality, value_kind
from reconcile.normalize import NormalizedClaim
from reconcile.values import DateSpan, Hedge, Label, Quantity, Value, VoteOutcome

__all__ = [
    "Cluster",
    "Clustering",
    "Links",
    "Question",
    "RelationRecord",
    "ambiguity_of",
    "cite",
    "cluster_claims",
    "question_of",
]

#: Beyond this many clusters in one question, clusters are related to the best-supported
#: one only, so that a pathological block cannot make the relations quadratic. A live
#: report of a rising toll gives a figure an hour, and each two of them are a question an
#: analyst asks ("50, then about 120": an update), so the bound is well above a day's
#: figures (at most 780 pairs a question, still a constant per claim).
DEFAULT_MAX_PAIRWISE: Final = 40


def _pairs(pairs: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted({(min(a, b), max(a, b)) for a, b in pairs if a != b}))


@attrs.frozen(order=True)
class Question:
    """A blocking key: what a claim is a figure *of*. Claims are compared only within one.

    Attributes:
        subject: the subject's entity key.
        attribute: the normalized attribute.
        place: the place's entity key, or ``""`` when none is given.
        kind: the value kind.
    """

    subject: str
    attribute: str
    place: str
    kind: str
    #: Set when another question differs from this one by its kind only, so that the
    #: kind joins the id and the two ids stay apart.
    shares_id: bool = attrs.field(default=False, eq=False, order=False)
    #: Which part of a block an analyst's ``different`` decision split it into: 0 for
    #: the first (and for every unsplit block); part n > 0 is asked as ``id~n+1``.
    part: int = 0

    @property
    def id(self) -> str:
        """A readable id: ``subject:attribute``, then ``@place`` and ``/kind`` where needed.

        The kind is added only when another question has the same subject, attribute
        and place.

        Examples:
            >>> Question("us-troops", "deployed", "iraq", "quantity").id
            'us-troops:deployed@iraq'
            >>> Question("us-troops", "status", "", "label", shares_id=True).id
            'us-troops:status/label'
        """
        base = f"{self.subject}:{self.attribute}" + (f"@{self.place}" if self.place else "")
        base = f"{base}/{self.kind}" if self.shares_id else base
        return f"{base}~{self.part + 1}" if self.part else base


@attrs.frozen
class Links:
    """An analyst's links between claims, which the clustering obeys.

    Attributes:
        same: pairs of claim ids about one thing (must-links): their blocks become one
            question, where their values are compared as usual, so that two figures
            that contradict each other still do, now as rival answers to one question.
        different: pairs of claim ids not about one thing (cannot-links): no two of
            them share a question. A block holding such a pair is split into parts:
            claims joined by ``same`` links stay together, and each group of them, in
            the order of its smallest claim id, joins the first part holding nothing it
            is linked ``different`` to; claims without links join the first part.

    Examples:
        >>> Links(same=[("b", "a")]).same
        (('a', 'b'),)
    """

    same: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_pairs)
    different: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_pairs)


def question_of(claim: NormalizedClaim) -> Question:
    """The block a normalized claim belongs to.

    A claim bound to an event is asked of that event ("Kerman blasts, 2024-01-03 /
    people"), so that reports of one event meet whatever words they use for it; a
    measured figure is asked in its unit ("depth (km)"), so that kilometres never meet
    miles.

    Examples:
        >>> from reconcile.model import Claim
        >>> from reconcile.normalize import NormalizedClaim, ResolvedName
        >>> from reconcile.values import Quantity
        >>> c = Claim(id="a", document="d", subject="quake", attribute="depth",
        ...           value=Quantity.exact(18, unit="km"), event="earthquake, 2023-02-06")
        >>> question_of(NormalizedClaim(c, ResolvedName("quake", "quake"), None, None, "d")).id
        'earthquake, 2023-02-06 / quake:depth (km)'
    """
    return Question(*_question_key(claim))


def _question_key(claim: NormalizedClaim) -> tuple[str, str, str, str]:
    """The fields of :func:`question_of`, without making a :class:`Question` per claim."""
    value = claim.value
    attribute = claim.claim.attribute
    if isinstance(value, Quantity) and value.unit:
        attribute = f"{attribute} ({value.unit})"
    event = claim.claim.event
    return (
        f"{event} / {claim.subject.key}" if event else claim.subject.key,
        attribute,
        claim.place.key if claim.place else "",
        value_kind(value),
    )


@attrs.frozen
class Cluster:
    """Claims that can all be true at once, about one question.

    Attributes:
        id: ``question-id#n``, numbered within the question in value order.
        question: the block.
        claims: member claim ids, sorted.
        anchor: the most precise member, the one the others are related to.
        denied: whether the members deny the value instead of asserting it.
    """

    id: str
    question: Question
    claims: tuple[str, ...]
    anchor: str
    denied: bool = False


# No weak-reference slot: a record is then 64 bytes, not 80, and a million claims make
# well over a million records (about 20 MB at the peak of ``reconcile run``).
@attrs.frozen(weakref_slot=False)
class RelationRecord:
    """A relation between two claims or two clusters, with its reason.

    ``a`` and ``b`` are claim ids (inside a cluster: ``a`` is the anchor) or cluster ids
    (between clusters). For ``refines``, ``b`` is the finer side; for ``updates``, ``b``
    is the later one; for ``contradicts`` and ``agrees``, ``a < b``. A claim whose
    cluster contradicts another cluster, but which fits that cluster's figure too (a
    vague bound), ``agrees`` with it: ``a`` is the claim and ``b`` the other cluster.
    """

    a: str
    b: str
    kind: Relation
    reason: str


@attrs.frozen
class Clustering:
    """The clusters and the relations among claims and clusters.

    Attributes:
        clusters: sorted by question, then number.
        relations: between clusters first (sorted), then the rest (sorted): inside
            clusters, and from claims to the clusters their own cluster contradicts but
            they fit.
    """

    clusters: tuple[Cluster, ...]
    relations: tuple[RelationRecord, ...]

    def cluster_of(self) -> dict[str, str]:
        """Map each claim id to its cluster id."""
        return {claim: cluster.id for cluster in self.clusters for claim in cluster.claims}


def _bounds(value: Value) -> tuple[float, float]:
    if isinstance(value, Quantity):
        return value.interval
    if isinstance(value, DateSpan):
        return (float(value.first_day), float(value.last_day))
    raise TypeError(value)


def _precision(claim: NormalizedClaim) -> tuple[float, int, float, str]:
    value = claim.value
    if isinstance(value, Quantity):
        # Of two open-ended bounds, the higher floor says more ("at least 820" > "at least 30").
        floor = -value.low if value.is_open else 0.0
        return (value.width, 0 if value.point is not None else 1, floor, claim.id)
    if isinstance(value, DateSpan):
        return (float(value.days), 0, 0.0, claim.id)
    if isinstance(value, VoteOutcome):
        return (-float(len(value.facets)), 0, 0.0, claim.id)
    return (0.0, 0, 0.0, claim.id)


def _widened(claim: NormalizedClaim, tolerances: Tolerances) -> tuple[float, float]:
    value = claim.claim.value
    if type(value) is Quantity:
        return widen(value.low, value.high, tolerances)
    low, high = _bounds(value)
    if isinstance(value, DateSpan):
        return (low - tolerances.days / 2, high + tolerances.days / 2)
    return widen(low, high, tolerances)


def _stab(claims: Sequence[NormalizedClaim], tolerances: Tolerances) -> list[list[NormalizedClaim]]:
    # Flat rows sorted on their first three fields by a compiled key: no Python call and
    # no nested tuple per claim.
    items = []
    for c in claims:
        low, high = _widened(c, tolerances)
        items.append((high, low, c.id, c))
    items.sort(key=_right_left_id)
    groups: list[list[NormalizedClaim]] = []
    point = -math.inf
    # Sorted by right end, each interval either contains the current stab point (the
    # right end of the group's first interval) or starts a new group at its own right end.
    for right, low, _, claim in items:
        if groups and low <= point:
            groups[-1].append(claim)
        else:
            point = right
            groups.append([claim])
    return groups


_right_left_id: Final = itemgetter(0, 1, 2)


def _written_in(claim: NormalizedClaim) -> str | None:
    # The document's place, else a dateline opening the claim's quote ("BAGHDAD (AP) --").
    if claim.reported_from:
        return claim.reported_from
    evidence = claim.claim.evidence
    return dateline(evidence.quote) if evidence else None


def ambiguity_of(
    claim: NormalizedClaim, other: NormalizedClaim | None = None, *, places: bool = True
) -> str:
    """Why the calendar day of a claim's event date is ambiguous, ``""`` if it is not.

    See :func:`reconcile.compare.day_ambiguity`: a time near midnight in its wording or
    quote, or (unless ``places`` is false) a report written in another place than
    ``other``'s report (when both name theirs), else than the event's place. Where a
    report was written is its document's place, else the dateline opening the quote.
    """
    if not isinstance(claim.value, DateSpan):
        return ""
    evidence = claim.claim.evidence
    mine = _written_in(claim)
    theirs = _written_in(other) if other is not None else None
    if mine and theirs:
        place: str | None = theirs
    else:
        place = claim.place.name if claim.place else claim.claim.place
    return day_ambiguity(
        claim.value,
        wording=evidence.quote if evidence else "",
        reported_from=mine if places else None,
        place=place,
    )


_EXCERPT_WORDS: Final = 6


def _excerpt(quote: str, value: str) -> str:
    # A few words either side of the value, where the quote has it; else its opening.
    words = quote.split()
    if not words:
        return ""
    found = quote.casefold().find(value.casefold()) if value else -1
    at = len(quote[:found].split()) if found >= 0 else 0
    first = max(0, at - _EXCERPT_WORDS)
    last = min(len(words), at + len(value.split()) + _EXCERPT_WORDS)
    text = " ".join(words[first:last])
    return ("\u2026" if first else "") + text + ("\u2026" if last < len(words) else "")


def cite(claim: NormalizedClaim) -> str:
    """A claim as a reason names it: its source, its date and a few words of its quote.

    Examples:
        >>> from reconcile.model import Claim, Evidence
        >>> from reconcile.normalize import NormalizedClaim, ResolvedName
        >>> from reconcile.values import Quantity
        >>> c = Claim(id="c7", document="ap.txt", subject="US troops", attribute="deployed",
        ...           value=Quantity.exact(900, text="900"),
        ...           evidence=Evidence("the US has 900 troops in eastern Syria"))
        >>> nc = NormalizedClaim(c, ResolvedName("us-troops", "US troops"), None,
        ...                      DateSpan.day(2024, 2, 11), "outlet:ap", source_name="AP")
        >>> print(cite(nc))
        AP, as of 2024-02-11: "the US has 900 troops in eastern Syria"
    """
    who = claim.source_name or claim.claim.document
    when = _when(claim.as_of)
    evidence = claim.claim.evidence
    wording = getattr(claim.value, "text", "") or str(claim.value)
    words = _excerpt(evidence.quote, wording) if evidence else ""
    return f'{who}{when}: "{words}"' if words else f"{who}{when}"


def _when(scope: DateSpan | None) -> str:
    """A time scope as :func:`cite` says it (empty without one)."""
    if scope is None:
        return ""
    return f", as of {scope.end} or earlier" if scope.start is None else f", as of {scope}"


def _compare(x: NormalizedClaim, y: NormalizedClaim, tolerances: Tolerances) -> Comparison:
    if not isinstance(x.value, DateSpan) or not isinstance(y.value, DateSpan):
        # Only two dates weigh the ambiguity of a calendar day: no datelines are looked
        # for (a pattern matched on each quote) where nothing reads them.
        return compare_values(x.value, y.value, tolerances=tolerances)
    return compare_values(
        x.value,
        y.value,
        tolerances=tolerances,
        # Two datelines are one reason, said once.
        ambiguity=(
            ambiguity_of(x, y),
            ambiguity_of(y, x, places=not (_written_in(x) and _written_in(y))),
        ),
    )


def _quantity_bounds(claim: NormalizedClaim, tolerances: Tolerances) -> tuple[float, float] | None:
    """A quantity's interval widened by the tolerances, as ``_fits`` tests it; else None."""
    value = claim.claim.value
    if isinstance(value, Quantity):
        return widen(value.low, value.high, tolerances)
    return None


def _fits(x: NormalizedClaim, y: NormalizedClaim, tolerances: Tolerances) -> bool:
    # Whether two claims can both hold: for quantities the interval test alone, without
    # the wording of a reason (much cheaper in the inner loops).
    xv, yv = x.claim.value, y.claim.value
    if isinstance(xv, Quantity) and isinstance(yv, Quantity):
        x_low, x_high = widen(xv.low, xv.high, tolerances)
        y_low, y_high = widen(yv.low, yv.high, tolerances)
        return x_low <= y_high and y_low <= x_high
    return _compare(x, y, tolerances).is_compatible


def _plainly_apart(a: Value, b: Value, tolerances: Tolerances) -> bool:
    """Whether ``compare_values`` finds two quantities in contradiction, without its reason.

    The same test as :func:`reconcile.compare.compare_values` for two quantities of one
    unit, neither vague, whose widened intervals do not meet; anything else is left to
    it. Most pairs of clusters of one question are such figures, and when their kind
    evolves the reason of the plain comparison is never read.
    """
    if type(a) is not Quantity or type(b) is not Quantity:
        return False
    if a.unit != b.unit or a.hedge is Hedge.VAGUE or b.hedge is Hedge.VAGUE:
        return False
    a_low, a_high = widen(a.low, a.high, tolerances)
    b_low, b_high = widen(b.low, b.high, tolerances)
    return a_low > b_high or b_low > a_high


def _join_days_apart(
    groups: list[list[NormalizedClaim]], tolerances: Tolerances
) -> list[list[NormalizedClaim]]:
    """Join neighbouring date groups whose claims all agree once time zones are allowed for.

    The stabbing sees each date as its own days; two reports a day apart whose calendar
    day is ambiguous ("Saturday night" and "January 28") agree all the same. A group
    joins the one before it only when every pair across them agrees, so every cluster
    stays pairwise compatible.
    """
    if not tolerances.zone_days or len(groups) < 2:
        return groups
    joined = [groups[0]]
    for group in groups[1:]:
        last = joined[-1]
        if (
            len(last) * len(group) <= _MAX_JOIN_PAIRS
            and _may_be_days_apart(last, group, tolerances)
            and all(_compare(x, y, tolerances).is_compatible for x in last for y in group)
        ):
            joined[-1] = [*last, *group]
        else:
            joined.append(group)
    return joined


def _may_be_days_apart(
    xs: Sequence[NormalizedClaim], ys: Sequence[NormalizedClaim], tolerances: Tolerances
) -> bool:
    # Cheap checks first: the groups lie within the leeway of each other, and some claim
    # has a reason for its day to be ambiguous.
    gap = min(_bounds(y.value)[0] for y in ys) - max(_bounds(x.value)[1] for x in xs)
    return gap <= tolerances.days + tolerances.zone_days and any(
        _written_in(c) or ambiguity_of(c) for c in (*xs, *ys)
    )


#: Joining two date groups checks every pair across them; beyond this many pairs they
#: stay apart rather than make a pathological block quadratic.
_MAX_JOIN_PAIRS: Final = 10_000


#: Setting bounds apart compares each member with every group's figure; beyond this many
#: groups in one question the bounds stay where the stabbing put them.
_MAX_BOUND_GROUPS: Final = 64


#: Hedges of a figure that states no one value: a bound, and a range that spans rival
#: figures ("between 132 and 152 seats" beside 142 and 143) is the source of neither.
_SET_APART_HEDGES: Final = BOUND_HEDGES | {Hedge.RANGE}


def _set_bounds_apart(
    groups: list[list[NormalizedClaim]],
    tolerances: Tolerances,
    anchors_out: list[list[NormalizedClaim]] | None = None,
) -> list[list[NormalizedClaim]]:
    """Give the bounds that fit rival figures clusters of their own.

    The stabbing puts "at least 30" with one of the figures it fits, say 632; if 632
    contradicts 500, which "at least 30" fits too, the contradiction would be lifted to
    a claim it does not hold for. A bound (a hedge of :data:`reconcile.compare.BOUND_HEDGES`)
    or a range (:data:`_SET_APART_HEDGES`) that fits the figure of another group its own
    group's figure contradicts leaves its group; such members are clustered among
    themselves, by the figures they fit.

    When no bound leaves its group, the groups' anchors (their most precise members) are
    appended to ``anchors_out``, if given, so that the caller need not find them again.
    """
    if not 2 <= len(groups) <= _MAX_BOUND_GROUPS:
        return groups
    anchors = [min(g, key=_precision) for g in groups]
    # For quantities ``_fits`` is the test of the widened intervals: they are widened
    # once here, not in a call per pair of groups (the pairs are the square of the
    # groups, in every question).
    wide = [_quantity_bounds(anchor, tolerances) for anchor in anchors]
    every_bound = [b for b in wide if b is not None]
    if len(every_bound) == len(wide):
        rivals = [
            [j for j, (lo, hi) in enumerate(every_bound) if j != i and (low > hi or lo > high)]
            for i, (low, high) in enumerate(every_bound)
        ]
    else:
        rivals = [
            [j for j, b in enumerate(anchors) if j != i and not _fits(a, b, tolerances)]
            for i, a in enumerate(anchors)
        ]
    kept: list[list[NormalizedClaim]] = []
    # Bounds set apart are grouped by the figures they fit, so that no group of them
    # contradicts a figure one of its members fits ("at least 30" beside "at least 135").
    fitting: dict[tuple[int, ...], list[NormalizedClaim]] = {}
    for i, group in enumerate(groups):
        stay = []
        for member in group:
            if (
                member is not anchors[i]
                and isinstance(member.value, Quantity)
                and member.value.hedge in _SET_APART_HEDGES
                and any(_fits(member, anchors[j], tolerances) for j in rivals[i])
            ):
                fits = tuple(
                    j for j, anchor in enumerate(anchors) if _fits(member, anchor, tolerances)
                )
                fitting.setdefault(fits, []).append(member)
            else:
                stay.append(member)
        kept.append(stay)
    if not fitting:
        if anchors_out is not None:
            # The groups stand as they were: so do their anchors, found here once.
            anchors_out.append(anchors)
        return groups
    return kept + [g for fits in sorted(fitting) for g in _stab(fitting[fits], tolerances)]


def _greedy(claims: Sequence[NormalizedClaim]) -> list[list[NormalizedClaim]]:
    groups: list[tuple[Value, list[NormalizedClaim]]] = []
    for claim in sorted(claims, key=_precision):
        for index, (merged, members) in enumerate(groups):
            value = claim.value
            if isinstance(value, VoteOutcome) and isinstance(merged, VoteOutcome):
                if not vote_conflicts(merged, value):
                    members.append(claim)
                    groups[index] = (merged.combined_with(value), members)
                    break
            elif isinstance(value, Label) and isinstance(merged, Label) and value.key == merged.key:
                members.append(claim)
                break
        else:
            groups.append((claim.value, [claim]))
    return [members for _, members in groups]


def _anchor_sort_key(anchor: NormalizedClaim) -> tuple[float, float, str]:
    # Clusters are numbered in the order of their anchors' values.
    value = anchor.value
    if isinstance(value, (Quantity, DateSpan)):
        low, high = _bounds(value)
        return (low, high, anchor.id)
    return (0.0, 0.0, str(value).casefold() + "\x00" + anchor.id)


def _span(claim: NormalizedClaim) -> tuple[int, int]:
    # An unknown time scope overlaps every other; an open-start one ends before its last day.
    return scope_days(claim.as_of)


#: Per time scope: the claim with the highest floor, that floor, the claim with the
#: lowest ceiling and that ceiling (the bounds widened by the tolerances, kept so that
#: they are worked out once per claim, not at every comparison of two scopes).
_TimeGroups = list[tuple[tuple[int, int], NormalizedClaim, float, NormalizedClaim, float]]


def _time_groups(claims: Sequence[NormalizedClaim], tolerances: Tolerances) -> _TimeGroups:
    """Per distinct time scope: the claim with the highest floor and the lowest ceiling.

    ``claims`` are a cluster's members, sorted by id (as a cluster keeps them): of equal
    floors or ceilings, the first claim's stands.
    """
    groups: dict[tuple[int, int], tuple[NormalizedClaim, float, NormalizedClaim, float]] = {}
    for claim in claims:
        key = _span(claim)
        interval = isinstance(claim.value, (Quantity, DateSpan))
        # Votes and labels have no bounds; theirs are never read.
        low, high = _widened(claim, tolerances) if interval else (-math.inf, math.inf)
        if key not in groups:
            groups[key] = (claim, low, claim, high)
            continue
        if not interval:
            continue
        floor, floor_low, ceiling, ceiling_high = groups[key]
        if low > floor_low:
            floor, floor_low = claim, low
        if high < ceiling_high:
            ceiling, ceiling_high = claim, high
        groups[key] = (floor, floor_low, ceiling, ceiling_high)
    return sorted((key, *found) for key, found in groups.items())


def _same_time_conflict(
    x_groups: _TimeGroups, y_groups: _TimeGroups
) -> tuple[NormalizedClaim, NormalizedClaim] | None:
    """Two claims, one of each cluster, that hold at the same time and cannot both be true.

    Claims are grouped by time scope; within one scope only the highest floor and the
    lowest ceiling matter, so each pair of overlapping scopes is checked in O(1).
    """
    for (x_first, x_last), x_floor, x_low, x_ceiling, x_high in x_groups:
        for (y_first, y_last), y_floor, y_low, y_ceiling, y_high in y_groups:
            if y_first > x_last:
                break
            if y_last < x_first:
                continue
            if x_low > y_high:
                return (x_floor, y_ceiling)
            if y_low > x_high:
                return (x_ceiling, y_floor)
    return None


def _overlapping_pair(
    xs: Sequence[NormalizedClaim], ys: Sequence[NormalizedClaim]
) -> tuple[NormalizedClaim, NormalizedClaim] | None:
    """A pair from ``xs`` and ``ys`` whose time scopes overlap, by a merge sweep."""
    events = sorted([(*_span(c), 0, c.id, c) for c in xs] + [(*_span(c), 1, c.id, c) for c in ys])
    open_end: list[tuple[int, NormalizedClaim] | None] = [None, None]
    for start, end, side, _, claim in events:
        other = open_end[1 - side]
        if other is not None and other[0] >= start:
            return (other[1], claim) if side == 1 else (claim, other[1])
        mine = open_end[side]
        if mine is None or end > mine[0]:
            open_end[side] = (end, claim)
    return None


def _relate_clusters(
    x: Cluster,
    xs: Sequence[NormalizedClaim],
    y: Cluster,
    ys: Sequence[NormalizedClaim],
    tolerances: Tolerances,
    *,
    time_groups: dict[str, _TimeGroups],
    anchors: tuple[NormalizedClaim, NormalizedClaim] | None = None,
) -> RelationRecord | None:
    """How two clusters of one question relate, if they do.

    ``xs`` and ``ys`` are their members sorted by id; ``anchors`` their anchors, when the
    caller has them at hand.
    """
    if anchors is None:
        anchors = (
            next(c for c in xs if c.id == x.anchor),
            next(c for c in ys if c.id == y.anchor),
        )
    ax, ay = anchors
    kind = value_kind(ax.value)
    # Two figures of an evolving kind that plainly contradict go straight to the test in
    # time below: the plain comparison's reason would not be read.
    if (
        x.denied != y.denied
        or kind not in tolerances.evolving
        or not _plainly_apart(ax.value, ay.value, tolerances)
    ):
        plain = _compare(ax, ay, tolerances)
        if x.denied != y.denied:
            if plain.is_compatible:
                denier, asserter = (ax, ay) if x.denied else (ay, ax)
                return RelationRecord(
                    x.id,
                    y.id,
                    Relation.CONTRADICTS,
                    f"{cite(denier)} denies what {cite(asserter)} asserts ({plain.reason})",
                )
            return None
        if plain.is_compatible:
            # Clusters kept apart though their figures fit each other (a bound beside the
            # figure it bounds, set apart because it also fits a rival): the graph says so.
            if plain.relation is Relation.REFINES and plain.finer == "a":
                return RelationRecord(y.id, x.id, Relation.REFINES, plain.reason)
            kind_of = Relation.REFINES if plain.relation is Relation.REFINES else Relation.AGREES
            return RelationRecord(x.id, y.id, kind_of, plain.reason)
        if plain.relation is not Relation.CONTRADICTS:
            return None
        if kind not in tolerances.evolving:
            reason = f"{plain.reason} ({cite(ax)}; {cite(ay)})"
            return RelationRecord(x.id, y.id, Relation.CONTRADICTS, reason)
    for cluster, members in ((x, xs), (y, ys)):
        if cluster.id not in time_groups:
            time_groups[cluster.id] = _time_groups(members, tolerances)
    if kind in ("quantity", "date"):
        pair = _same_time_conflict(time_groups[x.id], time_groups[y.id])
    else:
        pair = _overlapping_pair(xs, ys)
    if pair is not None:
        a, b = pair
        clash = _compare(a, b, tolerances).reason
        return RelationRecord(x.id, y.id, Relation.CONTRADICTS, f"{clash} ({cite(a)}; {cite(b)})")

    # No two claims of the clusters clash at one time: the figure changed. The cluster
    # whose latest clashing report is later is the newer figure. Only the members that
    # contradict the other side's anchor date the change: a vaguer report ("more than
    # 20") that both figures satisfy says nothing about which came later.
    def latest(
        members: Sequence[NormalizedClaim], other: NormalizedClaim, cluster: Cluster
    ) -> tuple[int, int, str, NormalizedClaim]:
        found: tuple[int, int, str, NormalizedClaim] | None = None
        if kind in ("quantity", "date"):
            # Per time scope the highest floor and the lowest ceiling decide whether any
            # report of that time clashes with the other figure (as in the clustering).
            other_low, other_high = _widened(other, tolerances)
            found = _latest_clash(time_groups[cluster.id], other_low, other_high, cluster.id)
        else:
            for m in members:
                relation = compare_values(m.value, other.value, tolerances=tolerances).relation
                start, end = _span(m)
                if relation is Relation.CONTRADICTS and (found is None or (end, start) > found[:2]):
                    found = (end, start, cluster.id, m)
        if found is not None:
            return found
        last = max(members, key=lambda m: (_span(m)[1], _span(m)[0], m.id))
        return (_span(last)[1], _span(last)[0], cluster.id, last)

    early, late = sorted((latest(xs, ay, x), latest(ys, ax, y)), key=lambda t: t[:3])
    ea, la = early[3], late[3]
    return RelationRecord(
        early[2],
        late[2],
        Relation.UPDATES,
        f"{ea.value} held earlier ({cite(ea)}); {la.value} is a later figure ({cite(la)})",
    )


def _quantity_extent(
    members: Sequence[NormalizedClaim], tolerances: Tolerances
) -> tuple[float, float] | None:
    """The lowest widened floor and highest widened ceiling of quantity members, else None.

    ``None`` when some member is not a quantity (its fit is tested otherwise).
    """
    lowest, highest = math.inf, -math.inf
    for member in members:
        value = member.claim.value
        if not isinstance(value, Quantity):
            return None
        low, high = widen(value.low, value.high, tolerances)
        lowest = min(lowest, low)
        highest = max(highest, high)
    return (lowest, highest)


def _members_that_fit(
    own: tuple[Cluster, Sequence[NormalizedClaim]],
    rival: tuple[Cluster, Sequence[NormalizedClaim]],
    tolerances: Tolerances,
    *,
    figure: NormalizedClaim | None = None,
    extent: tuple[float, float] | None = None,
) -> list[RelationRecord]:
    """The members of ``own`` for which its contradiction with ``rival`` does not hold.

    A cluster contradicts (or updates) another through its figure; a vaguer member ("at
    least 30" in the cluster of "500") may fit the rival figure ("632") as well. Each
    such member gets its own relation to the rival cluster, so the contradiction is never
    lifted to a claim it does not hold for. ``extent`` is :func:`_quantity_extent` of
    the members, when the caller has it.
    """
    cluster, members = own
    rival_cluster, rival_members = rival
    if cluster.denied or rival_cluster.denied:
        return []
    if figure is None:
        figure = next(c for c in rival_members if c.id == rival_cluster.anchor)
    found = []
    figure_value = figure.claim.value
    # Most members do not fit the rival figure: for quantities the interval test is
    # made here with the figure's bounds widened once, not in a call per member.
    bounds = (
        widen(figure_value.low, figure_value.high, tolerances)
        if isinstance(figure_value, Quantity)
        else None
    )
    if (
        bounds is not None
        and extent is not None
        and (extent[0] > bounds[1] or bounds[0] > extent[1])
    ):
        # Every member is a quantity, and even the lowest floor and the highest ceiling
        # among them miss the rival figure: the test below would pass over each member.
        return []
    for member in members:
        value = member.claim.value
        if bounds is not None and isinstance(value, Quantity):
            low, high = widen(value.low, value.high, tolerances)
            if low > bounds[1] or bounds[0] > high:
                continue
        elif not _fits(member, figure, tolerances):
            continue
        comparison = _compare(member, figure, tolerances)
        if comparison.is_compatible:
            found.append(
                RelationRecord(
                    member.id,
                    rival_cluster.id,
                    Relation.AGREES,
                    f"{comparison.reason}: unlike its cluster's figure, {member.value} fits "
                    f"{figure.value}",
                )
            )
    return found


_BlockKey = tuple[str, str, str, str, int]
#: A block's asserted claims and its denied claims; then the cluster id of each claim of
#: the two lists, in their order (filled when the block is clustered), and an iterator
#: over each of these, made with the block (see the ``cursors`` of
#: :func:`_cluster_questions`).
_Block = tuple[
    list[NormalizedClaim],
    list[NormalizedClaim],
    list[str | None],
    list[str | None],
    Iterator[str | None],
    Iterator[str | None],
]


def _new_block(asserted: list[NormalizedClaim], denied: list[NormalizedClaim]) -> _Block:
    asserted_ids: list[str | None] = []
    denied_ids: list[str | None] = []
    return asserted, denied, asserted_ids, denied_ids, iter(asserted_ids), iter(denied_ids)


def _linked(blocks: dict[_BlockKey, _Block], links: Links) -> dict[_BlockKey, _Block]:
    """The blocks after an analyst's links: ``same`` merges blocks, ``different`` splits."""
    key_of = {c.id: key for key, (a, d, *_) in blocks.items() for c in (*a, *d)}
    # the smaller key names the merged question, whatever the order of the links
    groups: DisjointSets[_BlockKey] = DisjointSets(blocks)
    for a, b in links.same:
        ka, kb = key_of.get(a), key_of.get(b)
        if ka is not None and kb is not None and ka[3] == kb[3]:
            groups.union(ka, kb)
    merged: dict[_BlockKey, _Block] = {}
    for key in sorted(blocks):
        asserted, denied, *_ = merged.setdefault(groups.find(key), _new_block([], []))
        asserted.extend(blocks[key][0])
        denied.extend(blocks[key][1])
    split: dict[_BlockKey, _Block] = {}
    for key, (asserted, denied, *_) in merged.items():
        for number, part in enumerate(_parts([*asserted, *denied], links)):
            split[(*key[:4], number)] = _new_block(
                [c for c in asserted if c.id in part],
                [c for c in denied if c.id in part],
            )
    return split


def _parts(members: Sequence[NormalizedClaim], links: Links) -> list[set[str]]:
    """Split one block so that no ``different`` pair shares a part (see :class:`Links`)."""
    ids = {c.id for c in members}
    apart = [(a, b) for a, b in links.different if a in ids and b in ids]
    if not apart:
        return [ids]
    joined: DisjointSets[str] = DisjointSets(ids)
    find = joined.find
    for a, b in links.same:
        if a in ids and b in ids:
            joined.union(a, b)
    units: dict[str, set[str]] = {}
    for i in ids:
        units.setdefault(find(i), set()).add(i)
    cannot: dict[str, set[str]] = {root: set() for root in units}
    for a, b in apart:
        ra, rb = find(a), find(b)
        if ra != rb:  # a 'different' inside a 'same' group is refused before this
            cannot[ra].add(rb)
            cannot[rb].add(ra)
    groups: list[set[str]] = []
    for root in sorted(units):  # a unit's root is its smallest claim id
        for group in groups:
            if not cannot[root] & group:
                group.add(root)
                break
        else:
            groups.append({root})
    return [{i for root in group for i in units[root]} for group in groups]


@attrs.frozen
class _Answered:
    """One question's clustering, as the loop over questions makes it.

    Carried from :func:`_cluster_questions` to whoever collects it: the clustering
    alone, or the clustering with each question's verdict made at once, while the
    clusters' member claims are still at hand (no index of the claims by id, nor of the
    relations between clusters by cluster, over the whole run).

    Attributes:
        question: the block.
        clusters: its clusters in number order, each with its member claims sorted by id.
        between: the relations between its clusters.
        inside: the relations inside its clusters.
        member_level: the relations from members to clusters their cluster contradicts.
    """

    question: Question
    clusters: tuple[tuple[Cluster, Sequence[NormalizedClaim]], ...]
    between: tuple[RelationRecord, ...]
    inside: tuple[RelationRecord, ...]
    member_level: tuple[RelationRecord, ...]


def cluster_claims(
    claims: Iterable[NormalizedClaim],
    *,
    tolerances: Tolerances = DEFAULT_TOLERANCES,
    max_pairwise: int = DEFAULT_MAX_PAIRWISE,
    links: Links | None = None,
) -> Clustering:
    """Block claims by question, cluster each block, and relate claims and clusters.

    Args:
        claims: normalized claims.
        tolerances: how far apart values may be and still agree.
        max_pairwise: relate every pair of clusters of a question up to this many
            clusters; beyond it, relate each cluster to the best-supported one only.
        links: an analyst's must-links and cannot-links between claims (:class:`Links`);
            a link naming a claim not given, or joining values of different kinds, is
            ignored (the pipeline reports such decisions).

    Returns:
        The clustering; the same claims in any order give the identical result.

    Notes:
        O(n log n) for n claims, plus O(k^2) per question with k <= ``max_pairwise``
        clusters. Relations number at most n plus the cluster pairs.
    """
    return _collected(
        _cluster_questions(claims, tolerances=tolerances, max_pairwise=max_pairwise, links=links)
    )


def _collected(
    questions: Iterable[_Answered], each: Callable[[_Answered], None] | None = None
) -> Clustering:
    """The questions' clusters and relations gathered into one :class:`Clustering`.

    ``each`` is called with every question as it comes, while its member claims are at
    hand (the pipeline makes the question's verdict there).
    """
    clusters: list[Cluster] = []
    between: list[RelationRecord] = []
    inside: list[RelationRecord] = []
    member_level: list[RelationRecord] = []
    for answered in questions:
        # A compiled getter, not a generator step per cluster.
        clusters.extend(map(_first, answered.clusters))
        between.extend(answered.between)
        inside.extend(answered.inside)
        member_level.extend(answered.member_level)
        if each is not None:
            each(answered)
    # Between clusters first, then the rest, each sorted (see Clustering.relations).
    relations = _sorted_relations(between)
    inside.extend(member_level)
    del member_level
    relations.extend(_sorted_relations(inside))
    del inside
    return Clustering(clusters=tuple(clusters), relations=tuple(relations))


def _sorted_relations(records: list[RelationRecord]) -> list[RelationRecord]:
    """Relations sorted by ``(a, b, kind)``, in place.

    Three stable sorts on one string each (kind, then ``b``, then ``a``) give the order
    of one sort on the triple, without a tuple per record: at a million claims the key
    tuples cost about 80 MB at the peak, and comparing plain strings is faster too.
    """
    records.sort(key=_kind_value)
    records.sort(key=_b)
    records.sort(key=_a)
    return records


#: A relation's kind as its string: a compiled getter, not a Python call per record (the
#: enum's ``value`` is a property; its ``_value_`` the plain attribute behind it).
_kind_value: Final = attrgetter("kind._value_")
_a: Final = attrgetter("a")
_b: Final = attrgetter("b")
_claim_id: Final = attrgetter("id")
_first: Final = itemgetter(0)


# The plain path: a question whose claims are all asserted quantities of one unit, none
# of them vague, is clustered on one row per claim (a tuple of its widened bounds, its
# id, its claim, its time scope's days and its precision), made once, instead of calls
# per claim in every step (stabbing, setting bounds apart, anchors, time groups, the fit
# of members to rival figures). It makes the records the general path makes, in the same
# order: a property test checks the two on generated questions.

#: A row: widened high and low, then the precision (width, 1 when no point is stated,
#: the floor of an open bound), which with the id that follows is :func:`_precision`;
#: then the claim, its time scope's days, its value and its place in its block.
_Row = tuple[float, float, float, int, float, str, NormalizedClaim, tuple[int, int], Quantity, int]

_right_left_row_id: Final = itemgetter(0, 1, 5)
#: :data:`_SET_APART_HEDGES` by their values: a string's hash is kept, an enum member's
#: is a Python call (``Enum.__hash__``), made here once per member.
_BOUND_VALUES: Final = frozenset(hedge.value for hedge in _SET_APART_HEDGES)
_by_precision: Final = itemgetter(2, 3, 4, 5)
#: At most this many time scopes are remembered by identity over a run (the pipeline
#: shares one per document and one per distinct scope read).
_SPAN_MEMO_LIMIT: Final = 1 << 16
_row_high: Final = itemgetter(0)
_row_low: Final = itemgetter(1)
_row_id: Final = itemgetter(5)
_row_claim: Final = itemgetter(6)
_row_index: Final = itemgetter(9)


def _plain_rows(
    claims: Sequence[NormalizedClaim],
    tolerances: Tolerances,
    spans: dict[int, tuple[DateSpan | None, tuple[int, int], str]],
) -> list[_Row] | None:
    """One row per claim, or None when some claim is not for the plain path.

    Each distinct value (the reader shares equal values) is worked out once per question,
    each time scope once per run: ``spans`` maps a scope's identity to the scope (kept,
    so that its identity is not reused), its days and its words in a citation.
    """
    values: dict[int, tuple[float, float, float, int, float]] = {}
    unit = None
    rows: list[_Row] = []
    for index, claim in enumerate(claims):
        value = claim.value
        bounds = values.get(id(value))
        if bounds is None:
            if type(value) is not Quantity or value.hedge is Hedge.VAGUE:
                return None
            if unit is None:
                unit = value.unit
            elif value.unit != unit:
                return None
            low, high = widen(value.low, value.high, tolerances)
            bounds = values[id(value)] = (
                high,
                low,
                value.high - value.low,
                0 if value.point is not None else 1,
                -value.low if math.isinf(value.high) else 0.0,
            )
        scope = claim.as_of
        known = spans.get(id(scope))
        if known is None:
            if len(spans) >= _SPAN_MEMO_LIMIT:
                # Scopes not shared (a caller's own objects, one per claim): bounded.
                spans.clear()
            known = spans[id(scope)] = (scope, scope_days(scope), _when(scope))
        # One concatenation (faster than unpacking into a new tuple): the value's part
        # is shared, the claim's part added.
        row = bounds + (claim.id, claim, known[1], value, index)  # noqa: RUF005
        rows.append(row)  # type: ignore[arg-type]
    return rows


def _stab_rows(rows: list[_Row]) -> list[list[_Row]]:
    """:func:`_stab` on rows."""
    rows.sort(key=_right_left_row_id)
    groups: list[list[_Row]] = []
    point = -math.inf
    for row in rows:
        if groups and row[1] <= point:
            groups[-1].append(row)
        else:
            point = row[0]
            groups.append([row])
    return groups


def _rows_apart(groups: list[list[_Row]]) -> tuple[list[list[_Row]], list[_Row]]:
    """:func:`_set_bounds_apart` on rows, with each group's anchor (most precise row)."""
    anchors = [min(group, key=_by_precision) for group in groups]
    if not 2 <= len(groups) <= _MAX_BOUND_GROUPS:
        return groups, anchors
    rivals = [
        [j for j, b in enumerate(anchors) if j != i and (a[1] > b[0] or b[1] > a[0])]
        for i, a in enumerate(anchors)
    ]
    kept: list[list[_Row]] = []
    fitting: dict[tuple[int, ...], list[_Row]] = {}
    for i, group in enumerate(groups):
        anchor = anchors[i]
        stay = []
        for row in group:
            if (
                row is not anchor
                and rivals[i]
                and row[8].hedge._value_ in _BOUND_VALUES
                and any(row[1] <= anchors[j][0] and anchors[j][1] <= row[0] for j in rivals[i])
            ):
                fits = tuple(j for j, b in enumerate(anchors) if row[1] <= b[0] and b[1] <= row[0])
                fitting.setdefault(fits, []).append(row)
            else:
                stay.append(row)
        kept.append(stay)
    if not fitting:
        return groups, anchors
    groups = kept + [g for fits in sorted(fitting) for g in _stab_rows(fitting[fits])]
    # The kept groups keep their anchors (an anchor never leaves its group).
    return groups, anchors + [min(g, key=_by_precision) for g in groups[len(kept) :]]


def _row_time_groups(rows: Sequence[_Row]) -> _TimeGroups:
    """:func:`_time_groups` on a cluster's rows, sorted by id."""
    found: dict[tuple[int, int], list[_Row]] = {}
    for row in rows:
        pair = found.get(row[7])
        if pair is None:
            found[row[7]] = [row, row]
            continue
        if row[1] > pair[0][1]:
            pair[0] = row
        if row[0] < pair[1][0]:
            pair[1] = row
    return sorted((key, f[6], f[1], c[6], c[0]) for key, (f, c) in found.items())


def _latest_clash(
    groups: _TimeGroups, other_low: float, other_high: float, cluster_id: str
) -> tuple[int, int, str, NormalizedClaim] | None:
    """The latest report of a cluster's time groups that clashes with a figure, if any.

    Per time scope the highest floor and the lowest ceiling decide whether any report
    of that time clashes with the other figure ``[other_low, other_high]`` (as in the
    clustering). Returns ``(end, start, cluster_id, claim)`` of the latest such scope.
    """
    found: tuple[int, int, str, NormalizedClaim] | None = None
    for (start, end), floor, floor_low, ceiling, ceiling_high in groups:
        if floor_low > other_high:
            clash = floor
        elif ceiling_high < other_low:
            clash = ceiling
        else:
            continue
        if found is None or (end, start) > found[:2]:
            found = (end, start, cluster_id, clash)
    return found


def _latest_row(
    rows: Sequence[_Row], groups: _TimeGroups, other: _Row, cluster_id: str
) -> tuple[int, int, str, NormalizedClaim]:
    """``latest`` of :func:`_relate_clusters`, for a quantity cluster's rows."""
    found = _latest_clash(groups, other[1], other[0], cluster_id)
    if found is not None:
        return found
    last = max(rows, key=lambda r: (r[7][1], r[7][0], r[5]))
    return (last[7][1], last[7][0], cluster_id, last[6])


def _rows_that_fit(
    rows: Sequence[_Row],
    extent: tuple[float, float],
    rival: Cluster,
    figure: _Row,
    tolerances: Tolerances,
) -> list[RelationRecord]:
    """:func:`_members_that_fit` on rows (neither cluster denied)."""
    low, high = figure[1], figure[0]
    if extent[0] > high or low > extent[1]:
        return []
    found = []
    for row in rows:
        if row[1] > high or low > row[0]:
            continue
        comparison = compare_values(row[8], figure[8], tolerances=tolerances)
        if comparison.is_compatible:
            found.append(
                RelationRecord(
                    row[5],
                    rival.id,
                    Relation.AGREES,
                    f"{comparison.reason}: unlike its cluster's figure, {row[8]} fits {figure[8]}",
                )
            )
    return found


def _plain_question(
    question: Question,
    claims: Sequence[NormalizedClaim],
    tolerances: Tolerances,
    max_pairwise: int,
    *,
    wordings: dict[str, str],
    spans: dict[int, tuple[DateSpan | None, tuple[int, int], str]],
    into: list[str | None] | None = None,
) -> _Answered | None:
    """One question clustered on rows (see :data:`_Row`), or None when it is not plain.

    Plain: every claim asserted (the caller checks), a quantity of one unit, none vague.
    The steps and records are those of :func:`_cluster_questions` and
    :func:`_relate_clusters`, in the same order.
    """
    rows = _plain_rows(claims, tolerances, spans)
    if rows is None:
        return None
    if into is not None:
        into[:] = itertools.repeat(None, len(claims))
    groups, group_anchors = _rows_apart(_stab_rows(rows))
    del rows
    order = sorted(
        range(len(groups)),
        key=lambda i: (group_anchors[i][8].low, group_anchors[i][8].high, group_anchors[i][5]),
    )
    question_id = question.id
    local: list[tuple[Cluster, list[NormalizedClaim]]] = []
    member_rows: list[list[_Row]] = []
    anchors: list[_Row] = []
    inside: list[RelationRecord] = []
    for number, index in enumerate(order, start=1):
        members = sorted(groups[index], key=_row_id)
        anchor = group_anchors[index]
        anchor_id = anchor[5]
        local.append(
            (
                Cluster(
                    id=f"{question_id}#{number}",
                    question=question,
                    claims=tuple(map(_row_id, members)),
                    anchor=anchor_id,
                ),
                list(map(_row_claim, members)),
            )
        )
        member_rows.append(members)
        anchors.append(anchor)
        if into is not None:
            # Each member's cluster id at the member's place in the block.
            cluster_id = local[-1][0].id
            for place in map(_row_index, members):
                into[place] = cluster_id
        # Per distinct value: whether the member is the finer side, the kind and reason.
        seen: dict[int, tuple[bool, Relation, str]] = {}
        for row in members:
            member_id = row[5]
            # By id, as the general path: a caller's claims may repeat an id.
            if member_id == anchor_id:
                continue
            value = row[8]
            known = seen.get(id(value))
            if known is None:
                comparison = compare_values(anchor[8], value, tolerances=tolerances)
                refines = comparison.relation is Relation.REFINES
                known = seen[id(value)] = (
                    refines and comparison.finer == "a",
                    Relation.REFINES if refines else Relation.AGREES,
                    wordings.setdefault(comparison.reason, comparison.reason),
                )
            if known[0]:
                inside.append(RelationRecord(member_id, anchor_id, known[1], known[2]))
            else:
                inside.append(RelationRecord(anchor_id, member_id, known[1], known[2]))
    count = len(local)
    if count <= max_pairwise:
        pairs = [(i, j) for i in range(count) for j in range(i + 1, count)]
    else:
        hub = max(range(count), key=lambda i: (len({c.source for c in local[i][1]}), -i))
        pairs = [(min(hub, j), max(hub, j)) for j in range(count) if j != hub]
    evolving = "quantity" in tolerances.evolving
    # The general path's time groups, for the pairs it relates (it reads them only for
    # figures that contradict, which this path relates itself).
    general: dict[str, _TimeGroups] = {}
    time_groups: dict[int, _TimeGroups] = {}
    extents: dict[int, tuple[float, float]] = {}
    cited: dict[int, str] = {}

    def cite_once(claim: NormalizedClaim) -> str:
        # A cluster's floor or ceiling is cited in each of its pairs: worded once.
        text = cited.get(id(claim))
        if text is None:
            known = spans.get(id(claim.as_of))
            if claim.claim.evidence is None and known is not None and known[0] is claim.as_of:
                # Without a quote a citation is its source and its time scope: the
                # scope's words are the run's memo's (one per document, most often),
                # not a date formatted per citation.
                text = (claim.source_name or claim.claim.document) + known[2]
            else:
                text = cite(claim)
            cited[id(claim)] = text
        return text

    between: list[RelationRecord] = []
    member_level: list[RelationRecord] = []
    for i, j in pairs:
        x, xs = local[i]
        y, ys = local[j]
        ax, ay = anchors[i], anchors[j]
        if not evolving or not (ax[1] > ay[0] or ay[1] > ax[0]):
            plain = compare_values(ax[8], ay[8], tolerances=tolerances)
            if plain.relation is Relation.AGREES:
                record = RelationRecord(x.id, y.id, Relation.AGREES, plain.reason)
            elif plain.relation is Relation.REFINES:
                # Clusters kept apart though their figures fit (a bound set apart beside
                # the figure it bounds): the finer side is ``b``.
                finer_x = plain.finer == "a"
                record = RelationRecord(
                    y.id if finer_x else x.id,
                    x.id if finer_x else y.id,
                    Relation.REFINES,
                    plain.reason,
                )
            else:
                # Figures that contradict outside time (not an evolving kind): as generally.
                found = _relate_clusters(
                    x, xs, y, ys, tolerances, time_groups=general, anchors=(ax[6], ay[6])
                )
                if found is None:
                    continue
                record = found
        else:
            # Two figures of an evolving count that plainly contradict: the test in time.
            for k in (i, j):
                if k not in time_groups:
                    time_groups[k] = _row_time_groups(member_rows[k])
            pair = _same_time_conflict(time_groups[i], time_groups[j])
            if pair is not None:
                a, b = pair
                clash = compare_values(a.value, b.value, tolerances=tolerances).reason
                record = RelationRecord(
                    x.id,
                    y.id,
                    Relation.CONTRADICTS,
                    f"{clash} ({cite_once(a)}; {cite_once(b)})",
                )
            else:
                late_x = _latest_row(member_rows[i], time_groups[i], ay, x.id)
                late_y = _latest_row(member_rows[j], time_groups[j], ax, y.id)
                early, late = (late_x, late_y) if late_x[:3] <= late_y[:3] else (late_y, late_x)
                ea, la = early[3], late[3]
                record = RelationRecord(
                    early[2],
                    late[2],
                    Relation.UPDATES,
                    f"{ea.value} held earlier ({cite_once(ea)}); {la.value} is a later figure "
                    f"({cite_once(la)})",
                )
        between.append(record)
        if record.kind is Relation.CONTRADICTS or record.kind is Relation.UPDATES:
            for k in (i, j):
                if k not in extents:
                    # Compiled getters over the rows, not a generator step per row.
                    extents[k] = (
                        min(map(_row_low, member_rows[k])),
                        max(map(_row_high, member_rows[k])),
                    )
            member_level.extend(
                _rows_that_fit(member_rows[i], extents[i], y, ay, tolerances)
                + _rows_that_fit(member_rows[j], extents[j], x, ax, tolerances)
            )
    return _Answered(question, tuple(local), tuple(between), tuple(inside), tuple(member_level))


def _cluster_questions(
    claims: Iterable[NormalizedClaim],
    *,
    tolerances: Tolerances,
    max_pairwise: int,
    links: Links | None,
    cursors: list[Iterator[str | None]] | None = None,
) -> Iterator[_Answered]:
    """Cluster the claims one question at a time, in the order of their blocks' keys.

    ``cursors``, when given (only without links), gets for each claim in turn an iterator
    over the cluster ids of its block's claims (those asserted, or those denied) in their
    order, which the block fills when it is clustered: once every question is clustered,
    ``list(map(next, cursors))`` gives each claim's cluster id in the claims' order, in
    compiled calls, with no map of every claim id (see :func:`clusters_in_order`).
    """
    # Keyed by plain tuples: hashing and sorting them is much cheaper than attrs classes.
    blocks: dict[_BlockKey, _Block]
    blocks = {}
    # The keys of _question_key, made here without a call per claim: what a key takes
    # from the value (the unit joined to the attribute, the kind) is worked out once per
    # distinct value (the reader shares equal values), kept with the value so that its
    # identity is not reused while the memo lives.
    of_value: dict[int, tuple[Value, str, str]] = {}
    for claim in claims:
        value = claim.value
        shared = of_value.get(id(value))
        if shared is None:
            unit = value.unit if isinstance(value, Quantity) else ""
            shared = of_value[id(value)] = (value, f" ({unit})" if unit else "", value_kind(value))
        stated = claim.claim
        event = stated.event
        subject = claim.subject.key
        where = claim.place
        key = (
            f"{event} / {subject}" if event else subject,
            stated.attribute + shared[1] if shared[1] else stated.attribute,
            where.key if where else "",
            shared[2],
            0,
        )
        block = blocks.get(key)
        if block is None:
            block = blocks[key] = _new_block([], [])
        if stated.modality is Modality.DENIED:
            block[1].append(claim)
            if cursors is not None:
                cursors.append(block[5])
        else:
            block[0].append(claim)
            if cursors is not None:
                cursors.append(block[4])
    del of_value
    if links is not None and (links.same or links.different):
        blocks = _linked(blocks, links)

    wordings: dict[str, str] = {}
    # The plain path's time scopes, by identity (see _plain_rows).
    spans: dict[int, tuple[DateSpan | None, tuple[int, int], str]] = {}
    kinds_of: dict[tuple[str, str, str], set[str]] = {}
    for subject, attribute, place, block_kind, _ in blocks:
        kinds_of.setdefault((subject, attribute, place), set()).add(block_kind)
    for key in sorted(blocks):
        question = Question(*key[:4], shares_id=len(kinds_of[key[:3]]) > 1, part=key[4])
        # Taken out of the blocks: a block's lists are dropped once it is clustered.
        block = blocks.pop(key)
        if question.kind == "quantity" and not block[1]:
            plain = _plain_question(
                question,
                block[0],
                tolerances,
                max_pairwise,
                wordings=wordings,
                spans=spans,
                into=block[2] if cursors is not None else None,
            )
            if plain is not None:
                yield plain
                continue
        members_of: list[list[NormalizedClaim]] = []
        denied_flags: list[bool] = []
        # Each group's most precise member, found once: it orders the clusters, anchors
        # its cluster and stands for its figure against the other clusters.
        group_anchors: list[NormalizedClaim] = []
        for denied in (False, True):
            part = block[1] if denied else block[0]
            if not part:
                continue
            stood: list[list[NormalizedClaim]] = []
            if question.kind == "date":
                groups = _join_days_apart(_stab(part, tolerances), tolerances)
            elif question.kind == "quantity":
                groups = _set_bounds_apart(_stab(part, tolerances), tolerances, stood)
            else:
                groups = _greedy(part)
            group_anchors.extend(
                stood[0] if stood else [min(members, key=_precision) for members in groups]
            )
            for group in groups:
                members_of.append(group)
                denied_flags.append(denied)
        order = sorted(
            range(len(members_of)),
            key=lambda i: (denied_flags[i], _anchor_sort_key(group_anchors[i])),
        )
        local: list[tuple[Cluster, list[NormalizedClaim]]] = []
        anchors: list[NormalizedClaim] = []
        inside: list[RelationRecord] = []
        question_id = question.id
        for number, index in enumerate(order, start=1):
            members = sorted(members_of[index], key=_claim_id)
            anchor = group_anchors[index]
            cluster = Cluster(
                id=f"{question_id}#{number}",
                question=question,
                claims=tuple(c.id for c in members),
                anchor=anchor.id,
                denied=denied_flags[index],
            )
            local.append((cluster, members))
            anchors.append(anchor)
            # Members stating one value (the reader shares equal values) compare with
            # the anchor once; a date's comparison also weighs its claim's wording and
            # place, so dates compare claim by claim.
            seen: dict[int, Comparison] = {}
            for member in members:
                if member.id == anchor.id:
                    continue
                value = member.value
                if isinstance(value, DateSpan):
                    comparison = _compare(anchor, member, tolerances)
                else:
                    found = seen.get(id(value))
                    if found is None:
                        found = seen[id(value)] = _compare(anchor, member, tolerances)
                    comparison = found
                kind = (
                    Relation.REFINES if comparison.relation is Relation.REFINES else Relation.AGREES
                )
                # Members stating one figure share one reason: kept once, not per claim.
                reason = wordings.setdefault(comparison.reason, comparison.reason)
                if kind is Relation.REFINES and comparison.finer == "a":
                    inside.append(RelationRecord(member.id, anchor.id, kind, reason))
                else:
                    inside.append(RelationRecord(anchor.id, member.id, kind, reason))
        if len(local) <= max_pairwise:
            pairs = [(i, j) for i in range(len(local)) for j in range(i + 1, len(local))]
        else:
            hub = max(
                range(len(local)),
                key=lambda i: (len({c.source for c in local[i][1]}), -i),
            )
            pairs = [(min(hub, j), max(hub, j)) for j in range(len(local)) if j != hub]
        time_groups: dict[str, _TimeGroups] = {}
        between: list[RelationRecord] = []
        member_level: list[RelationRecord] = []
        # Per cluster, once, when it first contradicts another: its members' extent.
        extents: dict[int, tuple[float, float] | None] = {}
        for i, j in pairs:
            record = _relate_clusters(
                local[i][0],
                local[i][1],
                local[j][0],
                local[j][1],
                tolerances,
                time_groups=time_groups,
                anchors=(anchors[i], anchors[j]),
            )
            if record is not None:
                between.append(record)
                if record.kind in (Relation.CONTRADICTS, Relation.UPDATES):
                    for k in (i, j):
                        if k not in extents:
                            extents[k] = _quantity_extent(local[k][1], tolerances)
                    member_level.extend(
                        _members_that_fit(
                            local[i], local[j], tolerances, figure=anchors[j], extent=extents[i]
                        )
                        + _members_that_fit(
                            local[j], local[i], tolerances, figure=anchors[i], extent=extents[j]
                        )
                    )
        answered = _Answered(
            question, tuple(local), tuple(between), tuple(inside), tuple(member_level)
        )
        if cursors is not None:
            _place_in_block(block, answered)
        del block
        yield answered


def _place_in_block(block: _Block, answered: _Answered) -> None:
    """Fill the block's lists of cluster ids: each member's at the member's place."""
    # By identity: the members are the block's own objects; a question is small.
    place: dict[int, tuple[list[str | None], int]] = {}
    for part, ids in ((block[0], block[2]), (block[1], block[3])):
        ids[:] = itertools.repeat(None, len(part))
        for index, claim in enumerate(part):
            place[id(claim)] = (ids, index)
    for cluster, members in answered.clusters:
        cluster_id = cluster.id
        for member in members:
            ids, index = place[id(member)]
            ids[index] = cluster_id


#: Each claim's cluster id in the order of the claims a clustering was made from, for
#: the clusterings :func:`remember_order` was told of: keyed by the clustering's
#: identity, with a weak reference to it (whose callback drops the entry) and the
#: claims themselves (held while the clustering lives).
_IN_ORDER: dict[
    int, tuple[weakref.ref[Clustering], Sequence[NormalizedClaim], list[str | None]]
] = {}


def remember_order(
    clustering: Clustering, claims: Sequence[NormalizedClaim], in_order: list[str | None]
) -> None:
    """Keep ``in_order`` (each of ``claims``' cluster ids, in their order) for ``clustering``."""
    key = id(clustering)

    def forget(ref: weakref.ref[Clustering]) -> None:
        entry = _IN_ORDER.get(key)
        if entry is not None and entry[0] is ref:
            del _IN_ORDER[key]

    _IN_ORDER[key] = (weakref.ref(clustering, forget), claims, in_order)


def clusters_in_order(
    clustering: Clustering, claims: Sequence[NormalizedClaim]
) -> list[str | None] | None:
    """Each claim's cluster id in the order of ``claims``, if the clustering was made from them.

    None unless ``clustering`` was made from this very sequence by a caller that kept the
    order (:func:`reconcile.verdicts.cluster_and_assess`, without links). Where ids repeat,
    this gives each claim its own cluster, which :meth:`Clustering.cluster_of` does not:
    the caller checks that they do not.
    """
    entry = _IN_ORDER.get(id(clustering))
    if entry is None or entry[0]() is not clustering or entry[1] is not claims:
        return None
    return entry[2]
