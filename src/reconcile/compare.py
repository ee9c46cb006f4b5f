"""How two values relate: agrees, refines, contradicts, updates or unrelated, and why.

Every comparison returns a :class:`Comparison`: a named :class:`Relation` and a reason a
person can read. The rules, per kind of value:

Quantities and dates are intervals (see :mod:`reconcile.values`). Each bound is widened
by half the tolerance (:class:`Tolerances`), so two exact figures agree when they differ
by at most the mean of their tolerances.

- disjoint intervals **contradict** ("2,500" vs "900"; "summer 2023" vs "late 2023");
- the same stated figure or the same span **agrees** ("about 2,500" vs "2,500");
- one interval inside the other, strictly narrower, **refines** it ("34" refines "at
  least 25"; "3 January 2020" refines "January 2020"); ``finer`` says which;
- any other overlap **agrees**.

Votes compare facet by facet: a facet stated by both must match ("unanimous" rules out
votes against); facets stated by only one side never conflict, so "unanimous" and
"non-binding" agree. One side stating every facet of the other and more **refines** it.

Labels agree when their case-folded text is equal, and contradict otherwise. Values of
different kinds are **unrelated**.

Event days are calendar days somewhere: "Saturday night" in Washington is Sunday in
Baghdad. Two days one day apart **agree** ("a day apart: time zones") when either's
calendar day is ambiguous (:func:`day_ambiguity`): its wording names a time near
midnight, or it was reported from a place other than the event's.

Time turns some contradictions into **updates**: when two figures of an evolving kind
(quantities, by default) differ and their time scopes do not overlap, the later one is
a newer figure, not a dispute (25 injured on day 1, 40 on day 2).

Examples:
    >>> from reconcile.values import Quantity, Hedge
    >>> compare_values(Quantity.hedged(25, Hedge.AT_LEAST), Quantity.exact(34)).relation
    <Relation.REFINES: 'refines'>
    >>> print(compare_values(Quantity.exact(2500), Quantity.exact(900)).reason)
    2,500 and 900 cannot both hold: [2,500, 2,500] and [900, 900] do not overlap
"""

from __future__ import annotations

import enum
import math
import re
from collections.abc import Iterable
from typing import Final, Literal

import attrs

from reconcile.errors import InvalidValue
from reconcile.model import value_kind
from reconcile.values import (
    DateSpan,
    Granularity,
    Hedge,
    Label,
    Quantity,
    Value,
    VoteOutcome,
    format_number,
)

__all__ = [
    "BOUND_HEDGES",
    "DEFAULT_TOLERANCES",
    "Comparison",
    "Relation",
    "Tolerances",
    "compare_scoped",
    "compare_values",
    "dateline",
    "day_ambiguity",
    "is_bound_around",
    "scope_days",
    "scopes_overlap",
    "widen",
]

Side = Literal["a", "b"]


class Relation(enum.Enum):
    """How two claims (or clusters) relate; the order is from closest to furthest."""

    #: Compatible: both can be true, neither adds precision to the other.
    AGREES = "agrees"
    #: Compatible, and one is more precise ("34" refines "at least 25").
    REFINES = "refines"
    #: A later figure of an evolving count: news, not a dispute.
    UPDATES = "updates"
    #: Cannot both be true for the same time scope.
    CONTRADICTS = "contradicts"
    #: About different things; no comparison made.
    UNRELATED = "unrelated"


def _non_negative(_: object, attribute: attrs.Attribute[float], value: float) -> None:
    # Typed for floats; ints pass through the same check.
    if math.isnan(value) or value < 0:
        raise InvalidValue(f"{attribute.name!r} must be >= 0 (got {value})", field=attribute.name)


def _sorted_kinds(kinds: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(set(kinds)))


@attrs.frozen
class Tolerances:
    """How far apart two values may be and still agree. Settings, not magic numbers.

    Attributes:
        relative: two figures agree when they differ by at most this fraction of their
            size (0.05 = 5%); 0 means exact.
        absolute: ... or by at most this many units.
        days: two dates agree when at most this many days apart.
        evolving: the value kinds whose later figures update earlier ones instead of
            contradicting them (``quantity``, ``date``, ``vote``, ``label``).
        zone_days: two event days agree when at most this many days apart and either's
            calendar day is ambiguous (:func:`day_ambiguity`); 0 turns this off.

    Examples:
        >>> Tolerances(relative=0.05)
        Tolerances(relative=0.05, absolute=0.0, days=0, evolving=('quantity',), zone_days=1)
        >>> Tolerances(days=-1)
        Traceback (most recent call last):
        ...
        reconcile.errors.InvalidValue: field 'days': 'days' must be >= 0 (got -1)
    """

    relative: float = attrs.field(default=0.0, converter=float, validator=_non_negative)
    absolute: float = attrs.field(default=0.0, converter=float, validator=_non_negative)
    days: int = attrs.field(default=0, validator=_non_negative)  # type: ignore[arg-type]
    evolving: tuple[str, ...] = attrs.field(default=("quantity",), converter=_sorted_kinds)
    zone_days: int = attrs.field(default=1, validator=_non_negative)  # type: ignore[arg-type]

    def slack(self, x: float) -> float:
        """Half the tolerance at ``x``: how far a bound at ``x`` is widened."""
        if (not self.relative and not self.absolute) or math.isinf(x):
            return 0.0
        return max(self.absolute, self.relative * abs(x)) / 2


#: Exact comparison: no slack on numbers or dates; quantities evolve.
DEFAULT_TOLERANCES: Final = Tolerances()


@attrs.frozen
class Comparison:
    """The outcome of comparing ``a`` with ``b``.

    Attributes:
        relation: the named relation.
        reason: why, in words.
        finer: for ``REFINES``, the side that is more precise.
        later: for ``UPDATES``, the side with the later figure.
    """

    relation: Relation
    reason: str
    finer: Side | None = None
    later: Side | None = None

    @property
    def is_compatible(self) -> bool:
        """Whether both can be true at once (agrees or refines)."""
        return self.relation in (Relation.AGREES, Relation.REFINES)


#: The hedges that make a figure a bound, consistent with every figure inside it.
BOUND_HEDGES: Final = frozenset(
    {Hedge.AT_LEAST, Hedge.MORE_THAN, Hedge.AT_MOST, Hedge.LESS_THAN, Hedge.VAGUE}
)


def is_bound_around(value: Value, figure: Value) -> bool:
    """Whether ``value`` is a hedged bound with ``figure`` strictly inside it.

    Such a value is consistent with the figure but does not state it: "at least 14" fits
    "between 20 and 25", and so does every figure above 14. It never counts as a source
    of the figure.

    Examples:
        >>> is_bound_around(Quantity.hedged(14, Hedge.AT_LEAST), Quantity.range(20, 25))
        True
        >>> is_bound_around(Quantity.hedged(25, Hedge.ABOUT), Quantity.exact(25))
        False
    """
    return (
        isinstance(value, Quantity)
        and isinstance(figure, Quantity)
        and value.hedge in BOUND_HEDGES
        and value.low <= figure.low
        and figure.high <= value.high
        and value.interval != figure.interval
    )


def widen(low: float, high: float, tolerances: Tolerances) -> tuple[float, float]:
    """Widen ``[low, high]`` by half the tolerance at each bound.

    Examples:
        >>> widen(100, 100, Tolerances(relative=0.1))
        (95.0, 105.0)
    """
    if not tolerances.relative and not tolerances.absolute:
        # Exact comparison, the default: skip two calls in the innermost loops.
        return (low, high)
    return (low - tolerances.slack(low), high + tolerances.slack(high))


def _show(q: Quantity) -> str:
    return f"[{format_number(q.low)}, {format_number(q.high)}]"


def _compare_quantities(a: Quantity, b: Quantity, tol: Tolerances) -> Comparison:
    a_low, a_high = widen(a.low, a.high, tol)
    b_low, b_high = widen(b.low, b.high, tol)
    if (a_low > b_high or b_low > a_high) and Hedge.VAGUE in (a.hedge, b.hedge):
        # "hundreds" or "tens of thousands" names an order of size, not a range a report
        # could be held to: it is set beside a figure, never against it
        return Comparison(
            Relation.UNRELATED,
            f"{a} is too vague to hold against {b}"
            if a.hedge is Hedge.VAGUE
            else f"{b} is too vague to hold against {a}",
        )
    if a_low > b_high or b_low > a_high:
        return Comparison(
            Relation.CONTRADICTS,
            f"{a} and {b} cannot both hold: {_show(a)} and {_show(b)} do not overlap",
        )
    if (
        a.point is not None
        and b.point is not None
        and abs(a.point - b.point) <= tol.slack(a.point) + tol.slack(b.point)
    ):
        if a.point == b.point:
            return Comparison(Relation.AGREES, f"{a} and {b} state the same figure")
        return Comparison(Relation.AGREES, f"{a} and {b} are within tolerance")
    if a.interval == b.interval:
        return Comparison(Relation.AGREES, f"{a} and {b} give the same interval {_show(a)}")
    if a.low <= b.low and b.high <= a.high:
        return Comparison(Relation.REFINES, f"{b} lies within {a} and is more precise", finer="b")
    if b.low <= a.low and a.high <= b.high:
        return Comparison(Relation.REFINES, f"{a} lies within {b} and is more precise", finer="a")
    return Comparison(Relation.AGREES, f"{a} and {b} overlap, so both can hold")


def _show_span(d: DateSpan) -> str:
    return f"{d.text} ({d})" if d.text and d.text != str(d) else str(d)


_NEAR_MIDNIGHT: Final = re.compile(
    r"\b(?:(?:late|early)\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:night|evening)"
    r"|night|nightfall|overnight|midnight|evening|dawn|pre-?dawn|early\s+hours"
    r"|small\s+hours|early\s+morning)\b",
    re.IGNORECASE,
)


_DATELINE: Final = re.compile(
    r"^\s*([A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,2})(?:,\s*[A-Z][\w.]*)*\s*(?:\([^)]*\)\s*)?"
    r"(?:\u2014|\u2013|--|-|:)\s"
)


def dateline(text: str) -> str | None:
    """The place of a dateline opening ``text`` ("BAGHDAD (AP) -- ..."), title-cased.

    Examples:
        >>> dateline("WASHINGTON (AP) \u2014 The Pentagon said on Friday that ...")
        'Washington'
        >>> dateline("AMMAN, Jordan - Three soldiers were killed") , dateline("US troops left")
        ('Amman', None)
    """
    found = _DATELINE.match(text)
    if found is None or len(found.group(1)) < 3:
        return None
    return found.group(1).title()


def day_ambiguity(
    value: DateSpan,
    *,
    wording: str = "",
    reported_from: str | None = None,
    place: str | None = None,
) -> str:
    """Why the calendar day of an event date depends on the time zone; ``""`` if it does not.

    Only a date stated to the day can be a day off. Its day is ambiguous when its
    wording (or the quote it comes from) names a time near midnight ("Saturday night",
    "overnight", "before dawn"), or when it was reported from another place than the
    one it is compared with ("Friday" in a Washington report of a strike in Iraq, or
    beside a Baghdad report's "February 3"). Places compare by name only.

    Args:
        value: the date.
        wording: the sentence the date comes from, if known.
        reported_from: where the report was written (its dateline), if known.
        place: where the other report was written, else where the event happened.

    Examples:
        >>> day_ambiguity(DateSpan.day(2024, 1, 27, text="Saturday night"))
        "'Saturday night' is near midnight"
        >>> day_ambiguity(DateSpan.day(2024, 2, 2, text="Friday"), reported_from="Washington",
        ...               place="Iraq")
        'reported from Washington, not Iraq'
        >>> day_ambiguity(DateSpan.month(2024, 1, text="January night"))
        ''
    """
    if value.granularity is not Granularity.DAY:
        return ""
    for text in (value.text, wording):
        found = _NEAR_MIDNIGHT.search(text or "")
        if found:
            return f"{found.group(0)!r} is near midnight"
    if reported_from and place and reported_from.casefold() != place.casefold():
        return f"reported from {reported_from}, not {place}"
    return ""


def _day_apart(
    a: DateSpan, b: DateSpan, tol: Tolerances, ambiguity: tuple[str, str]
) -> Comparison | None:
    """Two dates a day apart that agree because either's calendar day is ambiguous."""
    if not tol.zone_days:
        return None
    reasons = [why or day_ambiguity(d) for d, why in zip((a, b), ambiguity, strict=True)]
    why = "; ".join(r for r in dict.fromkeys(reasons) if r)
    gap = max(a.first_day - b.last_day, b.first_day - a.last_day)
    if not why or gap > tol.days + tol.zone_days:
        return None
    return Comparison(
        Relation.AGREES,
        f"{_show_span(a)} and {_show_span(b)} agree (a day apart: time zones): {why}, so "
        "the calendar day depends on where it is counted",
    )


def _compare_dates(
    a: DateSpan, b: DateSpan, tol: Tolerances, ambiguity: tuple[str, str] = ("", "")
) -> Comparison:
    if a.first_day - tol.days > b.last_day or b.first_day - tol.days > a.last_day:
        apart = _day_apart(a, b, tol, ambiguity)
        if apart is not None:
            return apart
        return Comparison(
            Relation.CONTRADICTS,
            f"{_show_span(a)} and {_show_span(b)} do not overlap",
        )
    if (a.first_day, a.last_day) == (b.first_day, b.last_day):
        return Comparison(Relation.AGREES, f"{_show_span(a)} and {_show_span(b)} are the same")
    if a.contains(b):
        return Comparison(
            Relation.REFINES, f"{_show_span(b)} lies within {_show_span(a)}", finer="b"
        )
    if b.contains(a):
        return Comparison(
            Relation.REFINES, f"{_show_span(a)} lies within {_show_span(b)}", finer="a"
        )
    if abs(a.first_day - b.first_day) <= tol.days and abs(a.last_day - b.last_day) <= tol.days:
        return Comparison(
            Relation.AGREES, f"{_show_span(a)} and {_show_span(b)} are within {tol.days} days"
        )
    return Comparison(
        Relation.AGREES, f"{_show_span(a)} and {_show_span(b)} overlap, so both can hold"
    )


def _facet_text(name: str, value: object) -> str:
    shown = value.value if isinstance(value, enum.Enum) else value
    return f"{name}={shown}"


def vote_conflicts(a: VoteOutcome, b: VoteOutcome) -> list[str]:
    """The facets on which two vote outcomes cannot both be right.

    Examples:
        >>> vote_conflicts(VoteOutcome(unanimous=True), VoteOutcome(votes_against=5))
        ['unanimous, yet 5 against']
    """
    conflicts = []
    fa, fb = a.facets, b.facets
    for name in sorted(fa.keys() & fb.keys()):
        if fa[name] != fb[name]:
            conflicts.append(f"{_facet_text(name, fa[name])} vs {_facet_text(name, fb[name])}")
    for one, other in ((a, b), (b, a)):
        if one.unanimous and other.votes_against:
            conflicts.append(f"unanimous, yet {other.votes_against} against")
    return conflicts


def _compare_votes(a: VoteOutcome, b: VoteOutcome) -> Comparison:
    if (
        a.body
        and b.body
        and " ".join(a.body.casefold().split()) != " ".join(b.body.casefold().split())
    ):
        return Comparison(Relation.UNRELATED, f"votes of different bodies ({a.body}, {b.body})")
    conflicts = vote_conflicts(a, b)
    if conflicts:
        return Comparison(Relation.CONTRADICTS, f"{a} and {b} disagree: " + "; ".join(conflicts))
    fa, fb = set(a.facets), set(b.facets)
    if fa == fb:
        return Comparison(Relation.AGREES, f"{a} and {b} state the same outcome")
    if fa < fb:
        return Comparison(Relation.REFINES, f"{b} says all that {a} says, and more", finer="b")
    if fb < fa:
        return Comparison(Relation.REFINES, f"{a} says all that {b} says, and more", finer="a")
    return Comparison(
        Relation.AGREES, f"{a} and {b} describe different facets of one vote without conflict"
    )


def compare_values(
    a: Value,
    b: Value,
    *,
    tolerances: Tolerances = DEFAULT_TOLERANCES,
    ambiguity: tuple[str, str] = ("", ""),
) -> Comparison:
    """Compare two values, ignoring time (see :func:`compare_scoped` for time).

    Args:
        a: one value.
        b: the other.
        tolerances: how far apart values may be and still agree.
        ambiguity: for event dates, why the calendar day of ``a`` and of ``b`` is
            ambiguous (:func:`day_ambiguity`), ``""`` when it is not or not known; a
            time near midnight in a date's own wording is found without it.

    Returns:
        The relation with its reason; ``finer`` names the more precise side of a
        refinement.

    Examples:
        >>> from reconcile.values import DateSpan, VoteOutcome
        >>> compare_values(DateSpan.season(2023, "summer"),
        ...                DateSpan.part_of_year(2023, "late")).relation.value
        'contradicts'
        >>> compare_values(VoteOutcome(unanimous=True), VoteOutcome(binding=False)).relation.value
        'agrees'
    """
    if isinstance(a, Quantity) and isinstance(b, Quantity):
        if a.unit != b.unit:
            return Comparison(
                Relation.UNRELATED,
                f"{a} {a.unit or '(a count)'} and {b} {b.unit or '(a count)'}"
                " are in different units",
            )
        return _compare_quantities(a, b, tolerances)
    if isinstance(a, DateSpan) and isinstance(b, DateSpan):
        return _compare_dates(a, b, tolerances, ambiguity)
    if isinstance(a, VoteOutcome) and isinstance(b, VoteOutcome):
        return _compare_votes(a, b)
    if isinstance(a, Label) and isinstance(b, Label):
        if a.key == b.key:
            return Comparison(Relation.AGREES, f"both say {a}")
        return Comparison(Relation.CONTRADICTS, f"{a} and {b} are different labels")
    return Comparison(
        Relation.UNRELATED, f"a {value_kind(a)} and a {value_kind(b)} are not comparable"
    )


#: An unknown time scope reaches this far (in days) either way.
FAR: Final = 10**9


def scope_days(as_of: DateSpan | None) -> tuple[int, int]:
    """The first and last day of a time scope, as figures are compared in time.

    An open-start scope ("the ministry had earlier reported 12", ``..2025-03-11``) dates a
    figure *before* the reports of its last day: a figure dated that day is the later one,
    so the scope ends the day before. An unknown scope (``None``) spans all time.

    Examples:
        >>> scope_days(DateSpan.parse("..2025-03-11")) == (-FAR, DateSpan.day(2025, 3, 10).last_day)
        True
        >>> scope_days(DateSpan.day(2025, 3, 11)) == (DateSpan.day(2025, 3, 11).first_day,) * 2
        True
    """
    if as_of is None:
        return (-FAR, FAR)
    if as_of.start is None:
        return (-FAR, as_of.last_day - 1)
    return (as_of.first_day, as_of.last_day)


def scopes_overlap(a: DateSpan | None, b: DateSpan | None) -> bool:
    """Whether two figures may hold at the same time (see :func:`scope_days`)."""
    a_first, a_last = scope_days(a)
    b_first, b_last = scope_days(b)
    return a_first <= b_last and b_first <= a_last


def compare_scoped(
    a: Value,
    a_as_of: DateSpan | None,
    b: Value,
    b_as_of: DateSpan | None,
    *,
    tolerances: Tolerances = DEFAULT_TOLERANCES,
) -> Comparison:
    """Compare two values, each with the time scope it held at.

    A contradiction between values of an evolving kind whose time scopes do not overlap
    becomes an update; ``later`` names the side with the later time scope. An unknown
    time scope (``None``) overlaps every other; an open-start one ("had earlier
    reported") ends before its last day's reports (:func:`scope_days`).

    Examples:
        >>> from reconcile.values import Quantity
        >>> day1, day3 = DateSpan.day(2024, 1, 28), DateSpan.day(2024, 1, 30)
        >>> c = compare_scoped(Quantity.exact(25), day1, Quantity.exact(40), day3)
        >>> c.relation.value, c.later
        ('updates', 'b')
        >>> compare_scoped(Quantity.exact(25), day1, Quantity.exact(40), day1).relation.value
        'contradicts'
    """
    plain = compare_values(a, b, tolerances=tolerances)
    if (
        plain.relation is not Relation.CONTRADICTS
        or a_as_of is None
        or b_as_of is None
        or value_kind(a) not in tolerances.evolving
        or scopes_overlap(a_as_of, b_as_of)
    ):
        return plain
    later: Side = "b" if scope_days(b_as_of) > scope_days(a_as_of) else "a"
    first, second = ((a, a_as_of), (b, b_as_of)) if later == "b" else ((b, b_as_of), (a, a_as_of))
    return Comparison(
        Relation.UPDATES,
        f"{first[0]} held as of {first[1]}; {second[0]} is the later figure, as of {second[1]}",
        later=later,
    )
