"""Verdicts: what the sources, taken together, say about each question.

Each cluster gets a :class:`Status`:

- ``superseded``: a later figure updates it;
- ``contested``: it contradicts another cluster that is not superseded;
- ``confirmed``: otherwise, by two or more *independent* sources;
- ``single_source``: otherwise, by one source (or by several that are not independent:
  one outlet twice, one author on two sites, a wire story and its reprints).

Only the sources that state a figure count: a hedged bound around it ("at least 14"
beside "between 20 and 25") is consistent with it, not one of its sources, and a
cluster of bounds that fits the current figures is no figure of its own (it takes no
part in the estimate). A vote is confirmed facet by facet.

A question is contested when any current cluster is, else it takes the status of its
current cluster. Its :class:`Estimate` reports low / best / high the way conflict-data
projects do, under one of two policies (:class:`EstimatePolicy`):

- ``ucdp`` (UCDP's best estimate): *best* is the figure of the current cluster with the
  most independent sources; *low* and *high* span every current cluster;
- ``conservative`` (ACLED's rule when sources disagree): *best* is the lowest current
  figure; *low* and *high* as above.

A tie in support is broken towards the lower figure (the earlier date; for votes and
labels the value listed first) and reported, never hidden (:func:`tie_break`).

Examples:
    >>> Status.CONTESTED.value, EstimatePolicy.CONSERVATIVE.value
    ('contested', 'conservative')
"""

from __future__ import annotations

import datetime as dt
import enum
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from fractions import Fraction
from operator import attrgetter
from typing import Final

import attrs

from reconcile.cluster import (
    DEFAULT_MAX_PAIRWISE,
    Cluster,
    Clustering,
    Links,
    Question,
    RelationRecord,
    _Answered,
    _cluster_questions,
    _collected,
    remember_order,
)
from reconcile.compare import (
    BOUND_HEDGES,
    DEFAULT_TOLERANCES,
    Relation,
    Tolerances,
    compare_values,
    is_bound_around,
)
from reconcile.normalize import NormalizedClaim
from reconcile.values import DateSpan, Quantity, Value, VoteOutcome, format_number

__all__ = [
    "TRUSTED",
    "ClusterVerdict",
    "Estimate",
    "EstimatePolicy",
    "FacetSupport",
    "Status",
    "Verdict",
    "assess",
    "cluster_and_assess",
    "display",
    "is_bound_around",
    "tie_break",
]


#: The least trust (set by an analyst) with which a source still confirms a figure.
TRUSTED: Final = 0.5


class Status(enum.Enum):
    """What the sources, taken together, say about a figure."""

    #: Stated by two or more independent sources and not contradicted.
    CONFIRMED = "confirmed"
    #: Stated by one independent source only, and not contradicted.
    SINGLE_SOURCE = "single_source"
    #: Contradicted by another current figure.
    CONTESTED = "contested"
    #: Replaced by a later figure.
    SUPERSEDED = "superseded"


class EstimatePolicy(enum.Enum):
    """How the best estimate is chosen when sources disagree."""

    #: The best-supported figure, as in UCDP's best estimate.
    UCDP = "ucdp"
    #: The lowest figure, as ACLED does with conflicting reports.
    CONSERVATIVE = "conservative"


@attrs.frozen
class Estimate:
    """Low / best / high, as text for display and as numbers or ISO dates for tools.

    Attributes:
        best: the best estimate, as a reader would write it.
        low: the lowest credible figure, or ``None`` when there is no range.
        high: the highest credible figure; ``None`` when unbounded or not a range.
        policy: the policy that chose ``best``.
        best_value: ``best`` as a number (quantities), an ISO value (dates) or text.
        cluster: the cluster whose figure is ``best``.
        tie: the other clusters that had as much support as the chosen one.
    """

    best: str
    low: float | str | None
    high: float | str | None
    best_value: float | str | None
    policy: EstimatePolicy
    cluster: str
    tie: tuple[str, ...] = ()


@attrs.frozen
class FacetSupport:
    """Who states one facet of a vote ("unanimous"): a facet is confirmed by its own sources.

    Attributes:
        facet: the facet's name (``result``, ``unanimous``, ``binding``, ``votes_for``, ...).
        value: the facet as a reader writes it ("passed", "non-binding", "141 for").
        sources: the independence groups that state it, sorted.
    """

    facet: str
    value: str
    sources: tuple[str, ...]


@attrs.frozen
class ClusterVerdict:
    """The status of one cluster, with who supports it.

    Attributes:
        cluster: the cluster id.
        status: its status.
        sources: the independence groups that state its figure, sorted.
        claims: its claim ids.
        value: its figure, as text.
        reason: why this status.
        consistent: the claims that are hedged bounds around the figure ("at least 14"
            beside "between 20 and 25"): consistent with it, but not sources of it.
        facets: for votes, the support of each facet, in the order the value names them.
    """

    cluster: str
    status: Status
    sources: tuple[str, ...]
    claims: tuple[str, ...]
    value: str
    reason: str
    consistent: tuple[str, ...] = ()
    facets: tuple[FacetSupport, ...] = ()

    @property
    def independent_sources(self) -> int:
        """How many independent sources state it."""
        return len(self.sources)


@attrs.frozen
class Verdict:
    """The verdict on one question (subject, attribute, place, kind).

    Attributes:
        question: the question id.
        subject: the subject's display name.
        attribute: the attribute.
        place: the place's display name, or ``None``.
        kind: the value kind.
        status: the question's status.
        estimate: low / best / high (for one current cluster, its own figure).
        clusters: the cluster verdicts, in cluster order.
        reason: why, in words.
        event: the event the question is about, by name, when its claims name one.
    """

    question: str
    subject: str
    attribute: str
    place: str | None
    kind: str
    status: Status
    estimate: Estimate | None
    clusters: tuple[ClusterVerdict, ...]
    reason: str
    event: str | None = None

    @property
    def claims(self) -> tuple[str, ...]:
        """Every claim behind the verdict, sorted."""
        return tuple(sorted(c for cv in self.clusters for c in cv.claims))


def tie_break(kind: str) -> str:
    """Which way a tie in support is broken for values of ``kind``, in words.

    Examples:
        >>> tie_break("date"), tie_break("quantity")
        ('towards the earlier date', 'towards the lower figure')
    """
    if kind == "date":
        return "towards the earlier date"
    if kind == "quantity":
        return "towards the lower figure"
    return "towards the value listed first"


def _numeric(value: Value) -> tuple[float, float, float] | None:
    if isinstance(value, Quantity):
        return (value.low, value.best, value.high)
    if isinstance(value, DateSpan):
        return (
            float(value.first_day),
            (value.first_day + value.last_day) / 2,
            float(value.last_day),
        )
    return None


def _show(value: float, kind: str) -> str:
    if kind == "date":
        return dt.date.fromordinal(round(value)).isoformat()
    return format_number(value)


def display(value: Value) -> str:
    """A value as a report shows it: its wording, and the normalized date where it differs.

    Examples:
        >>> display(DateSpan.parse("2023-SU", text="last summer"))
        'last summer (2023-SU)'
    """
    if isinstance(value, DateSpan):
        return value.text if value.text == value.value else f"{value.text} ({value.value})"
    return str(value)


_FACET_ORDER = ("result", "unanimous", "votes_for", "votes_against", "abstentions", "binding")


def _bounds_fitting(
    clusters: Sequence[tuple[Cluster, Sequence[NormalizedClaim], NormalizedClaim]],
    related: Callable[[str, str], bool],
    superseded: Mapping[str, Sequence[str]],
) -> dict[str, tuple[str, ...]]:
    """Per cluster of bounds only ("at least 30"): the current figures it fits.

    ``clusters`` are a question's clusters, each with its members and its anchor. Such a
    cluster has no rivalry with a figure it fits (it may refine into it). It is
    consistent with them, and no figure of its own.
    """

    def is_bound(value: Value) -> bool:
        # The hedge by its value: hashing an enum member is a Python call.
        return isinstance(value, Quantity) and value.hedge._value_ in _BOUND_VALUES

    def fits(
        cluster: tuple[Cluster, Sequence[NormalizedClaim], NormalizedClaim],
        figure: tuple[Cluster, Sequence[NormalizedClaim], NormalizedClaim],
    ) -> bool:
        # No rivalry, and (for questions with many clusters, only some pairs are related)
        # the figures themselves compatible.
        if related(cluster[0].id, figure[0].id):
            return False
        return compare_values(cluster[2].value, figure[2].value).is_compatible

    current = [c for c in clusters if c[0].id not in superseded and not c[0].denied]
    bounds_only = {c[0].id for c in current if all(is_bound(m.value) for m in c[1])}
    figures = [c for c in current if c[0].id not in bounds_only]
    found = {}
    for cluster in current:
        if cluster[0].id in bounds_only:
            fit = tuple(f[0].id for f in figures if fits(cluster, f))
            if fit:
                found[cluster[0].id] = fit
    return found


def _facet_support(members: Sequence[NormalizedClaim]) -> tuple[FacetSupport, ...]:
    stated: dict[tuple[str, str], set[str]] = defaultdict(set)
    for member in members:
        if isinstance(member.value, VoteOutcome):
            for name, facet in member.value.facets.items():
                shown = VoteOutcome(**{name: facet}).describe()  # type: ignore[arg-type]
                stated[(name, shown)].add(member.source)
    return tuple(
        FacetSupport(name, shown, tuple(sorted(sources)))
        for (name, shown), sources in sorted(
            stated.items(), key=lambda kv: (_FACET_ORDER.index(kv[0][0]), kv[0][1])
        )
    )


def _facet_reason(facets: Sequence[FacetSupport]) -> str:
    confirmed = [f for f in facets if len(f.sources) >= 2]
    single = [f for f in facets if len(f.sources) < 2]
    parts = [f"{f.value} is stated by {len(f.sources)} independent sources" for f in confirmed]
    if single:
        names = [f.value for f in single]
        joined = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
        parts.append(
            f"{joined} rests on one source"
            if len(single) == 1
            else f"{joined} each rest on one source"
        )
    return "; ".join(parts)


def _representative(
    members: Sequence[NormalizedClaim],
    anchor: NormalizedClaim,
    bound: Sequence[bool] | None = None,
    *,
    may_vote: bool = True,
) -> Value:
    """The value that shows a cluster.

    A vote shows every facet its members state; a quantity the stated figure most
    members give (in its most precise wording); anything else the most precise member.
    ``bound`` says per member whether it is a bound around the anchor's figure
    (:func:`is_bound_around`), when the caller has worked it out already; ``may_vote``
    false says that no member is a vote.
    """
    voting = [m for m in members if isinstance(m.value, VoteOutcome)] if may_vote else []
    if voting:
        votes = [m.value for m in sorted(voting, key=_claim_id) if isinstance(m.value, VoteOutcome)]
        merged = votes[0]
        for vote in votes[1:]:
            merged = merged.combined_with(vote)
        return merged
    if (
        members
        and anchor.value is members[0].value
        and len(set(map(id, map(_value, members)))) == 1
    ):
        # Every member states the anchor's value object (the reader shares equal
        # values): whatever is counted, it is the value shown.
        return anchor.value
    if bound is None:
        bound = [is_bound_around(m.value, anchor.value) for m in members]
    if bound.count(False) < 2:
        # No figure stated by two members (a cluster of one, most often): the anchor's.
        return anchor.value
    counts: dict[str, int] = defaultdict(int)
    # Members share their values: each distinct figure is formatted once.
    shown: dict[float, str] = {}
    # Per figure's text, every member stating it, bounds too (the wording shown may be a
    # bound's): gathered here, not looked for again once the top figure is known.
    stating: dict[str, list[NormalizedClaim]] = {}
    for member, is_bound in zip(members, bound, strict=True):
        value = member.value
        if not isinstance(value, Quantity) or value.point is None:
            continue
        text = shown.get(value.point)
        if text is None:
            text = shown[value.point] = format_number(value.point)
        if text in stating:
            stating[text].append(member)
        else:
            stating[text] = [member]
        if not is_bound:
            counts[text] += 1
    if counts:
        top = max(sorted(counts), key=counts.__getitem__)
        if counts[top] > 1:
            # The most precise wording of the top figure: the narrowest, then first by id.
            candidates = stating[top]
            # Members share their values: when they all state the figure in one value,
            # that value is the narrowest, whatever their ids (no key call per member).
            if len(set(map(id, map(_value, candidates)))) == 1:
                return candidates[0].value
            return min(candidates, key=_width_then_id).value
    return anchor.value


def _bounds_around(members: Sequence[NormalizedClaim], anchor: NormalizedClaim) -> list[bool]:
    """Per member, whether it is a bound around the anchor's figure (:func:`is_bound_around`).

    A quantity whose hedge makes no bound ("about 500", "500") is none: the call is made
    only for the others (most members of most clusters are plain figures).
    """
    if len(members) == 1 and members[0] is anchor:
        return [False]  # a figure is no bound around itself
    figure = anchor.value
    values = list(map(_value, members))
    # Most clusters hold no bound at all: told by compiled calls over the members, not a
    # test per member in Python (only a quantity with a bound's hedge can be one).
    if set(map(type, values)) == _QUANTITY_ONLY and _BOUND_VALUES.isdisjoint(
        map(_hedge_value, values)
    ):
        return [False] * len(values)
    return [
        False
        if type(value) is Quantity and value.hedge._value_ not in _BOUND_VALUES
        else is_bound_around(value, figure)
        for value in values
    ]


#: :data:`BOUND_HEDGES` by their values: a string's hash is kept, an enum member's is a
#: Python call (``Enum.__hash__``).
_BOUND_VALUES: Final = frozenset(hedge.value for hedge in BOUND_HEDGES)
_value: Final = attrgetter("value")
_hedge_value: Final = attrgetter("hedge._value_")
_QUANTITY_ONLY: Final = frozenset({Quantity})
_source: Final = attrgetter("source")


def _claim_id(member: NormalizedClaim) -> str:
    return member.id


def _width_then_id(member: NormalizedClaim) -> tuple[float, str]:
    value = member.value
    return (value.width if isinstance(value, Quantity) else 0, member.id)


def _estimate(
    current: Sequence[tuple[Cluster, ClusterVerdict, Value]],
    kind: str,
    policy: EstimatePolicy,
    shares: Mapping[str, Fraction],
    weights: Mapping[str, float],
) -> Estimate:
    def weighed(item: tuple[Cluster, ClusterVerdict, Value]) -> tuple[Fraction | int, Fraction]:
        # Independent sources first (each weighs its trust, 1 unless an analyst set it):
        # a source repeating itself confirms nothing. Between values with as much
        # support, the sources' own weight of each decides (see _source_shares): "three
        # wounded" in five sentences over "one" in a single aside of the same outlet.
        sources = item[1].sources
        if not weights or not any(s in weights for s in sources):
            # Each weighs 1: the sum is their number, an int (no Fraction per source to
            # add, and ints compare without a Python call; equal to the Fraction).
            return (len(sources), shares[item[0].id])
        total = sum((Fraction(str(weights.get(s, 1))) for s in sources), Fraction(0))
        return (total, shares[item[0].id])

    # Once per cluster: the maximum and the leaders below both need it.
    supports = {item[0].id: weighed(item) for item in current}

    def support(item: tuple[Cluster, ClusterVerdict, Value]) -> tuple[Fraction | int, Fraction]:
        return supports[item[0].id]

    numbers = {c.id: _numeric(v) for c, _, v in current}

    def position(item: tuple[Cluster, ClusterVerdict, Value]) -> float:
        triple = numbers[item[0].id]
        return triple[1] if triple else 0.0

    top = max(support(item) for item in current)
    leaders = sorted((i for i in current if support(i) == top), key=position)
    if policy is EstimatePolicy.CONSERVATIVE and all(numbers.values()):
        chosen = min(current, key=position)
        tie: tuple[str, ...] = ()
    else:
        chosen = leaders[0]
        tie = tuple(c.id for c, _, _ in leaders[1:])
    cluster, _, value = chosen
    triple = numbers[cluster.id]
    if triple is None:
        return Estimate(display(value), None, None, str(value), policy, cluster.id, tie)
    lows = [t[0] for t in numbers.values() if t is not None]
    highs = [t[2] for t in numbers.values() if t is not None]
    low = min(lows)
    high = max(highs)
    best = triple[1]
    if kind == "date" and isinstance(value, DateSpan):
        return Estimate(
            best=display(value),
            low=None if low <= -(10**9) else _show(low, kind),
            high=None if high >= 10**9 else _show(high, kind),
            best_value=value.value,
            policy=policy,
            cluster=cluster.id,
            tie=tie,
        )
    return Estimate(
        best=str(value),
        low=low,
        high=None if math.isinf(high) else high,
        best_value=best,
        policy=policy,
        cluster=cluster.id,
        tie=tie,
    )


def assess(
    claims: Iterable[NormalizedClaim],
    clustering: Clustering,
    *,
    policy: EstimatePolicy = EstimatePolicy.UCDP,
    trust: Mapping[str, float] | None = None,
) -> tuple[Verdict, ...]:
    """Give every question a verdict and every cluster a status.

    Args:
        claims: the normalized claims that were clustered.
        clustering: their clusters and relations, from :func:`reconcile.cluster.cluster_claims`.
        policy: how the best estimate is chosen when clusters disagree.
        trust: a reliability in [0, 1] per source id, set by an analyst; a source not
            named weighs 1. A figure's support is the sum of its independent sources'
            trust (their number when none is set), and a source trusted less than
            :data:`TRUSTED` confirms nothing: it still states the figure, but a figure
            it shares with one other source rests on that one.

    Returns:
        One verdict per question, sorted by question id.

    Notes:
        O(n + r) for n claims and r relations.
    """
    by_id = {c.id: c for c in claims}
    weights = dict(trust or {})
    source_names = {c.source: c.source_name for c in by_id.values()}
    rivalry = _rivalry(clustering.relations)
    by_question: dict[Question, list[Cluster]] = defaultdict(list)
    for cluster in clustering.clusters:
        by_question[cluster.question].append(cluster)
    return tuple(
        _question_verdict(
            question,
            [(c, [by_id[m] for m in c.claims]) for c in by_question[question]],
            rivalry,
            policy=policy,
            weights=weights,
            source_names=source_names,
        )
        for question in sorted(by_question, key=lambda q: q.id)
    )


def cluster_and_assess(
    claims: Sequence[NormalizedClaim],
    *,
    tolerances: Tolerances = DEFAULT_TOLERANCES,
    links: Links | None = None,
    policy: EstimatePolicy = EstimatePolicy.UCDP,
    trust: Mapping[str, float] | None = None,
) -> tuple[Clustering, tuple[Verdict, ...]]:
    """:func:`~reconcile.cluster.cluster_claims`, then :func:`assess`, in one pass.

    The same clustering and verdicts as the two calls, made question by question: each
    question's verdict is made as soon as it is clustered, from the member claims and the
    relations between clusters at hand. No index of every claim by id nor of every
    contradiction by cluster is built: at a million claims they held about 60 MB at the
    peak of ``reconcile run``.

    Args:
        claims: normalized claims.
        tolerances: how far apart values may be and still agree.
        links: an analyst's must-links and cannot-links between claims.
        policy: how the best estimate is chosen when clusters disagree.
        trust: a reliability in [0, 1] per source id (see :func:`assess`).

    Returns:
        The clustering and the verdicts, as the two calls give them.
    """
    weights = dict(trust or {})
    source_names = {c.source: c.source_name for c in claims}
    verdicts: list[Verdict] = []
    # Each claim's cluster id in the claims' order, for the result writer: it need not
    # build and search a map of every claim id (at a million claims, 1.2 s). Not kept
    # where an analyst's links regroup the blocks.
    cursors: list[Iterator[str | None]] | None = (
        None if links is not None and (links.same or links.different) else []
    )

    def verdict_of(answered: _Answered) -> None:
        verdicts.append(
            _question_verdict(
                answered.question,
                answered.clusters,
                _rivalry(answered.between),
                policy=policy,
                weights=weights,
                source_names=source_names,
            )
        )

    clustering = _collected(
        _cluster_questions(
            claims,
            tolerances=tolerances,
            max_pairwise=DEFAULT_MAX_PAIRWISE,
            links=links,
            cursors=cursors,
        ),
        verdict_of,
    )
    if cursors is not None:
        # A cursor past its end stops the list short: then nothing is kept.
        in_order = list(map(next, cursors))
        del cursors
        if len(in_order) == len(claims):
            remember_order(clustering, claims, in_order)
    # Questions come in the order of their blocks; a stable sort by id gives the order
    # assess gives (it sorts the same questions, in the same first order, by id).
    verdicts.sort(key=_question_id)
    return clustering, tuple(verdicts)


def _question_id(verdict: Verdict) -> str:
    return verdict.question


@attrs.frozen
class _Rivalry:
    """How clusters relate to each other: by contradicting or updating.

    The relations inside clusters agree or refine. Per cluster: the clusters it updates
    (``updates``), and its rivals with the record of their contradiction, its own side's
    first (``contradicts``). No index of the relations by pair: at a million claims a
    dict of pairs cost 60 MB.
    """

    updates: dict[str, list[str]]
    contradicts: dict[str, dict[str, RelationRecord]]

    def related(self, x: str, y: str) -> bool:
        """Whether two clusters contradict, or one updates the other."""
        return (
            y in self.contradicts.get(x, ())
            or y in self.updates.get(x, ())
            or x in self.updates.get(y, ())
        )


def _rivalry(relations: Iterable[RelationRecord]) -> _Rivalry:
    updates: dict[str, list[str]] = defaultdict(list)
    contradicts: dict[str, dict[str, RelationRecord]] = defaultdict(dict)
    for relation in relations:
        if relation.kind is Relation.UPDATES:
            updates[relation.a].append(relation.b)
        elif relation.kind is Relation.CONTRADICTS:
            contradicts[relation.a][relation.b] = relation
            contradicts[relation.b].setdefault(relation.a, relation)
    return _Rivalry(updates, contradicts)


def _trusted(sources: Iterable[str], weights: Mapping[str, float]) -> list[str]:
    return [s for s in sources if weights.get(s, 1.0) >= TRUSTED]


def _question_verdict(
    question: Question,
    clustered: Sequence[tuple[Cluster, Sequence[NormalizedClaim]]],
    rivalry: _Rivalry,
    *,
    policy: EstimatePolicy,
    weights: Mapping[str, float],
    source_names: Mapping[str, str],
) -> Verdict:
    """The verdict on one question, from its clusters (in order) and their members."""
    outgoing_updates = rivalry.updates
    contradicts = rivalry.contradicts
    with_anchor = [
        (cluster, members, next(m for m in members if m.id == cluster.anchor))
        for cluster, members in clustered
    ]
    items: list[tuple[Cluster, ClusterVerdict, Value]] = []
    # Reasons name the rival figures by their values, never by cluster ids.
    # Which members are bounds around their cluster's figure, worked out once for both
    # the cluster's shown value and its list of vaguer reports.
    bound_of = {c.id: _bounds_around(members, anchor) for c, members, anchor in with_anchor}
    # Only a vote question's members are votes (a question holds one kind of value):
    # the others need no look for votes or their facets, member by member.
    votes = question.kind == "vote"
    values = {
        c.id: _representative(members, anchor, bound_of[c.id], may_vote=votes)
        for c, members, anchor in with_anchor
    }
    shown_of = {
        c.id: ("not " if c.denied else "") + display(values[c.id]) for c, _, _ in with_anchor
    }
    fits = _bounds_fitting(with_anchor, rivalry.related, outgoing_updates)
    for cluster, members, _ in with_anchor:
        bound = bound_of[cluster.id]
        # Most clusters hold no bound: their list is not walked a second time.
        bounds = (
            tuple(m.id for m, is_bound in zip(members, bound, strict=True) if is_bound)
            if True in bound
            else ()
        )
        stating = [m for m in members if m.id not in bounds] if bounds else list(members)
        sources = tuple(sorted(set(map(_source, stating))))
        facets = _facet_support(stating) if votes else ()
        value = values[cluster.id]
        shown = shown_of[cluster.id]
        # .get: indexing the defaultdict would leave an empty set for every cluster.
        rivals = sorted(r for r in contradicts.get(cluster.id, ()) if r not in outgoing_updates)
        confirmed = (
            any(len(_trusted(f.sources, weights)) >= 2 for f in facets)
            if facets
            # With no trust set, every source is trusted.
            else len(_trusted(sources, weights) if weights else sources) >= 2
        )
        if cluster.id in outgoing_updates:
            status = Status.SUPERSEDED
            later = sorted(outgoing_updates[cluster.id])
            reason = (
                f"{shown} was replaced by a later figure "
                f"({', '.join(shown_of.get(c, c) for c in later)})"
            )
        elif rivals:
            status = Status.CONTESTED
            first = contradicts[cluster.id][rivals[0]]
            named = ", ".join(shown_of.get(r, r) for r in rivals)
            reason = f"{shown} is contradicted by {named}: {first.reason}"
        elif fits.get(cluster.id):
            status = Status.CONFIRMED if confirmed else Status.SINGLE_SOURCE
            named = " and ".join(shown_of[c] for c in fits[cluster.id])
            reason = (
                f"{shown} is consistent with {named}: a bound, not a figure of its own "
                f"({len(sources)} independent source{'s' * (len(sources) != 1)})"
            )
        elif len({f.sources for f in facets}) > 1:
            status = Status.CONFIRMED if confirmed else Status.SINGLE_SOURCE
            reason = _facet_reason(facets)
        elif confirmed:
            status = Status.CONFIRMED
            reason = f"{shown} is stated by {len(sources)} independent sources"
        else:
            status = Status.SINGLE_SOURCE
            repeated = len({m.claim.document for m in stating})
            reason = f"{shown} rests on one source" + (
                f" ({repeated} documents that are not independent)" if repeated > 1 else ""
            )
        if weights and any(s in weights for s in sources):
            set_by_hand = ", ".join(
                f"{source_names.get(s, s)} {weights[s]:g}" for s in sources if s in weights
            )
            reason += f" (trust set by the analyst: {set_by_hand})"
        if bounds and status is not Status.SUPERSEDED:
            n = len(bounds)
            verb = "is" if n == 1 else "are"
            reason += f"; {n} vaguer report{'s' * (n != 1)} {verb} consistent with it"
        verdict = ClusterVerdict(
            cluster.id, status, sources, cluster.claims, shown, reason, bounds, facets
        )
        items.append((cluster, verdict, value))
    current = [i for i in items if i[1].status is not Status.SUPERSEDED and not i[0].denied]
    statuses = {i[1].status for i in current}
    # A bound that fits a current figure is no figure of its own: the estimate
    # comes from the figures.
    figures = [i for i in current if not fits.get(i[0].id)] or current
    if Status.CONTESTED in statuses or not current:
        status = Status.CONTESTED if Status.CONTESTED in statuses else Status.SUPERSEDED
    else:
        status = Status.CONFIRMED if Status.CONFIRMED in statuses else Status.SINGLE_SOURCE
    members_of = {c.id: members for c, members in clustered}
    shares = _source_shares([i[0] for i in figures], members_of)
    estimate = _estimate(figures, question.kind, policy, shares, weights) if figures else None
    first_claim = clustered[0][1][0]
    return Verdict(
        question=question.id,
        subject=first_claim.subject.name,
        attribute=question.attribute,
        place=first_claim.place.name if first_claim.place else None,
        kind=question.kind,
        status=status,
        estimate=estimate,
        clusters=tuple(i[1] for i in items),
        reason=_question_reason(status, [i[1] for i in items], estimate, shares, frozenset(fits)),
        # A question an analyst joined from several may hold claims with and
        # without an event: it is about the event.
        # Over the distinct events (the key tells any two apart, so which of equal ones
        # comes first does not matter): one call of the key per event, not per member.
        event=min(
            {event or "" for event in _events(clustered)},
            key=lambda e: (not e, e),
        )
        or None,
    )


def _events(
    clustered: Sequence[tuple[Cluster, Sequence[NormalizedClaim]]],
) -> set[str | None]:
    """The distinct events the members of a question's clusters name (None among them)."""
    events: set[str | None] = set()
    for _, members in clustered:
        # A compiled getter per cluster, not two attribute reads a member in Python.
        events.update(map(_event, members))
    return events


_event: Final = attrgetter("claim.event")


def _source_shares(
    clusters: Sequence[Cluster], members_of: Mapping[str, Sequence[NormalizedClaim]]
) -> dict[str, Fraction]:
    """Per cluster: the sum over independent sources of the share of their claims in it.

    Each source weighs 1 in all, split over the figures it states in proportion to how
    often it states each: a source that says "three" five times and "one" once gives
    5/6 to three. A reprint in the same source group states what the original does, so
    it changes no share, and repetition never outweighs an independent source.
    """
    per_cluster: dict[str, Counter[str]] = {
        c.id: Counter(map(_source, members_of[c.id])) for c in clusters
    }
    if len(per_cluster) == 1:
        # One figure: each of its sources gives it all its weight (n / n).
        return {cluster: Fraction(len(counts)) for cluster, counts in per_cluster.items()}
    totals: Counter[str] = Counter()
    for counts in per_cluster.values():
        totals.update(counts)
    return {
        # A cluster whose sources state no other figure gets the weight of each whole:
        # told by comparing item views (compiled), not source by source.
        cluster: Fraction(len(counts))
        if counts.items() <= totals.items()
        else _sum_of_shares(counts, totals)
        for cluster, counts in per_cluster.items()
    }


def _sum_of_shares(counts: Mapping[str, int], totals: Mapping[str, int]) -> Fraction:
    """The sum of ``counts[s] / totals[s]``, exactly.

    Added up in integers over a common denominator and made a Fraction once: the same
    value (a Fraction is kept in lowest terms) as adding Fractions one by one, which
    reduced each partial sum and cost more than the rest of a verdict.
    """
    numerator, denominator = 0, 1
    for source, n in counts.items():
        total = totals[source]
        common = math.lcm(denominator, total)
        numerator = numerator * (common // denominator) + n * (common // total)
        denominator = common
    return Fraction(numerator, denominator)


def _repetition_note(
    current: Sequence[ClusterVerdict], chosen: str, shares: Mapping[str, Fraction]
) -> str:
    """Say so when the best estimate won on its sources' own weight, not their number."""
    best = next(c for c in current if c.cluster == chosen)
    rivals = [
        c
        for c in current
        if c.cluster != chosen and c.independent_sources == best.independent_sources
    ]
    if not rivals:
        return ""
    shown = ", ".join(c.value for c in rivals)
    return (
        f"; {best.value} has as many independent sources as {shown} and is preferred as "
        f"what they state most often (weight {float(shares[chosen]):.2f} of "
        f"{best.independent_sources})"
    )


def _question_reason(
    status: Status,
    clusters: Sequence[ClusterVerdict],
    estimate: Estimate | None,
    shares: Mapping[str, Fraction],
    bounds: frozenset[str] = frozenset(),
) -> str:
    current = [c for c in clusters if c.status is not Status.SUPERSEDED]
    superseded = [c for c in clusters if c.status is Status.SUPERSEDED]
    # Bounds that fit the figures are said after them, never as rival figures.
    fitting = "".join(f"; {c.reason}" for c in current if c.cluster in bounds)
    current = [c for c in current if c.cluster not in bounds] or current
    value_of = {c.cluster: c.value for c in clusters}
    later = ""
    if len(superseded) == 1:
        later = f"; the earlier figure {superseded[0].value} was updated"
    elif superseded:
        later = f"; the earlier figures {', '.join(c.value for c in superseded)} were updated"
    if status is Status.CONTESTED:
        values = "; ".join(
            f"{c.value} ({c.independent_sources} source{'s' * (c.independent_sources != 1)})"
            for c in current
        )
        tie = ""
        if estimate and estimate.tie:
            tied = ", ".join(value_of[t] for t in estimate.tie)
            tie = f"; equal support for {value_of[estimate.cluster]} and {tied}"
        elif estimate and estimate.policy is EstimatePolicy.UCDP:
            tie = _repetition_note(current, estimate.cluster, shares)
        return f"sources disagree: {values}{tie}{fitting}{later}"
    if not current:
        return "every figure was replaced by a later one" + later
    if current[0].cluster in bounds:
        return current[0].reason + later
    return current[0].reason + fitting + later
