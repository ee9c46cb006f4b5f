"""The value objects of truth discovery: claims, claim tables and estimates."""

from __future__ import annotations

import collections
import enum
import itertools
import math
import operator
from collections.abc import Iterable, Sequence

import attrs

from reconcile._heap import collector_paused
from reconcile.errors import InvalidClaim, InvalidValue

__all__ = [
    "ClaimColumns",
    "ClaimTable",
    "CopyGroup",
    "ItemEstimate",
    "Method",
    "Rejection",
    "SourceTrust",
    "TruthClaim",
    "TruthEstimate",
]


class Method(enum.Enum):
    """The truth-discovery estimators."""

    #: Majority vote counting each group of dependent sources once.
    VOTE = "vote"
    #: TruthFinder (Yin, Han and Yu 2007): trust and confidence reinforce each other.
    TRUTHFINDER = "truthfinder"
    #: Investment (Pasternack and Roth 2010): sources invest trust in their claims.
    INVESTMENT = "investment"
    #: PooledInvestment (Pasternack and Roth 2010): belief pooled over exclusive values.
    POOLED_INVESTMENT = "pooled_investment"
    #: Accu with copy detection (Dong, Berti-Equille and Srivastava 2009).
    ACCU = "accu"
    #: CRH (Li et al. 2014): weighted median (numbers) or weighted vote, per-source weights.
    CRH = "crh"


def _check_claim(claim: TruthClaim) -> None:
    source, obj, attribute, value = claim.source, claim.object, claim.attribute, claim.value
    # The common case in a few C-level calls; the loop below names what is wrong.
    if not (
        type(source) is str
        and type(obj) is str
        and type(attribute) is str
        and source
        and obj
        and attribute
        and not source.isspace()
        and not obj.isspace()
        and not attribute.isspace()
    ):
        for name in ("source", "object", "attribute"):
            text = getattr(claim, name)
            if not isinstance(text, str) or not text.strip():
                raise InvalidClaim(
                    f"{name!r} must be a non-empty string (got {text!r})", field=name
                )
    if type(value) is not str and (not isinstance(value, float | int) or isinstance(value, bool)):
        raise InvalidClaim(f"'value' must be a string or a number (got {value!r})", field="value")
    if claim.low is None and claim.high is None:
        return
    for name in ("low", "high"):
        bound = getattr(claim, name)
        if bound is None:
            continue
        try:
            number = float(bound)
        except (TypeError, ValueError):
            raise InvalidValue(f"{name!r} must be a number (got {bound!r})", field=name) from None
        if not math.isfinite(number):
            raise InvalidValue(f"{name!r} must be finite (got {bound!r})", field=name)
        object.__setattr__(claim, name, number)
    if claim.low is not None and claim.high is not None and claim.low > claim.high:
        raise InvalidValue(
            f"'low' must be <= 'high' (got low={claim.low!r}, high={claim.high!r})",
            field="low",
        )


@attrs.frozen
class TruthClaim:
    """One row of a claim table: ``source`` says ``attribute`` of ``object`` is ``value``.

    ``low``/``high`` hedge a numeric claim as an interval (``about 2,500`` as
    2,400..2,600); the numeric estimator treats any point inside as agreeing with it.

    Examples:
        >>> TruthClaim("aa", "AA-1007", "sched_dep", "4:55 p.m.").item
        ('AA-1007', 'sched_dep')
        >>> TruthClaim("s", "o", "a", 3, low=3, high=2)
        Traceback (most recent call last):
        ...
        reconcile.errors.InvalidValue: field 'low': 'low' must be <= 'high' (got low=3.0, high=2.0)
    """

    source: str
    object: str
    attribute: str
    value: str | float
    low: float | None = attrs.field(default=None, kw_only=True)
    high: float | None = attrs.field(default=None, kw_only=True)

    def __attrs_post_init__(self) -> None:
        # One check for all fields: a table holds millions of claims.
        _check_claim(self)

    @property
    def item(self) -> tuple[str, str]:
        """The data item, ``(object, attribute)``."""
        return (self.object, self.attribute)


def trusted_claims(
    sources: Sequence[str], objects: Iterable[str], attributes: Iterable[str], values: Iterable[str]
) -> list[TruthClaim]:
    """Build unhedged claims from columns the caller has already checked (internal).

    Each source, object and attribute must be a string that is not empty or all white
    space, and each value a string: :class:`TruthClaim` would accept every claim as it
    is. Filling the slots a column at a time skips ``__init__`` and the per-claim
    check, which a loader that checked whole columns at once has made redundant, and
    runs in C-level ``map`` calls without a Python frame per claim.

    Examples:
        >>> trusted_claims(["a"], ["o"], ["k"], ["x"]) == [TruthClaim("a", "o", "k", "x")]
        True
    """
    with collector_paused():
        claims = list(map(object.__new__, itertools.repeat(TruthClaim, len(sources))))
        sink: collections.deque[None] = collections.deque(maxlen=0)
        none = itertools.repeat(None)
        for set_slot, column in zip(
            _SLOT_SETTERS, (sources, objects, attributes, values, none, none), strict=True
        ):
            sink.extend(map(set_slot, claims, column))
        return claims


_SLOT_SETTERS = tuple(
    getattr(TruthClaim, name).__set__
    for name in ("source", "object", "attribute", "value", "low", "high")
)


def _claim_order(claim: TruthClaim) -> tuple[str, str, str, str, str, float, float]:
    return (
        claim.object,
        claim.attribute,
        claim.source,
        type(claim.value).__name__,
        str(claim.value),
        -math.inf if claim.low is None else claim.low,
        math.inf if claim.high is None else claim.high,
    )


_coarse_order = operator.attrgetter("object", "attribute", "source")


def _sorted_claims(claims: Iterable[TruthClaim]) -> tuple[TruthClaim, ...]:
    with collector_paused():
        claims = list(claims)
        # One string per claim sorts like the (object, attribute, source) tuple when no
        # name holds a NUL (the lowest character), and sorting strings is several times
        # faster than sorting tuples.
        keys = [c.object + "\0" + c.attribute + "\0" + c.source for c in claims]
        if "".join(keys).count("\0") != 2 * len(keys):
            keys = list(map(_coarse_order, claims))  # type: ignore[arg-type]
        order = sorted(range(len(claims)), key=keys.__getitem__)
        ordered = list(map(claims.__getitem__, order))
        ordered_keys = list(map(keys.__getitem__, order))
        if not any(map(operator.eq, ordered_keys, itertools.islice(ordered_keys, 1, None))):
            return tuple(ordered)
        # Claims of one source on one item (rare) are deduplicated and ordered by value
        # and bounds too; everything else is already in place.
        out: list[TruthClaim] = []
        start = 0
        for end in range(1, len(ordered) + 1):
            if end == len(ordered) or ordered_keys[end] != ordered_keys[start]:
                if end - start > 1:
                    out.extend(sorted(set(ordered[start:end]), key=_claim_order))
                else:
                    out.append(ordered[start])
                start = end
        return tuple(out)


@attrs.frozen
class ClaimTable:
    """A set of claims, deduplicated and sorted by (object, attribute, source, value).

    Examples:
        >>> table = ClaimTable([TruthClaim("b", "o", "a", "x"), TruthClaim("a", "o", "a", "x")])
        >>> table.sources, table.items, len(table)
        (('a', 'b'), (('o', 'a'),), 2)
    """

    claims: tuple[TruthClaim, ...] = attrs.field(converter=_sorted_claims)

    def __len__(self) -> int:
        return len(self.claims)

    @property
    def sources(self) -> tuple[str, ...]:
        """The sources, sorted."""
        return tuple(sorted({c.source for c in self.claims}))

    @property
    def items(self) -> tuple[tuple[str, str], ...]:
        """The data items ``(object, attribute)``, sorted."""
        return tuple(sorted({c.item for c in self.claims}))

    def without_sources(self, sources: Iterable[str]) -> ClaimTable:
        """Return the table without the claims of ``sources``."""
        drop = frozenset(sources)
        return ClaimTable(tuple(c for c in self.claims if c.source not in drop))

    def with_claims(self, claims: Iterable[TruthClaim]) -> ClaimTable:
        """Return the table with ``claims`` added."""
        return ClaimTable((*self.claims, *claims))


@attrs.frozen(eq=False)
class ClaimColumns:
    """A claim table as four columns of checked text, in file order (internal).

    What :func:`~reconcile.truth.load_claim_table` reads from a plain table before it
    builds a claim per row: each source, object and attribute is a string neither
    empty nor all white space, each value a string, and row ``i`` is the claim
    ``(sources[i], objects[i], attributes[i], values[i])``. The command encodes it
    straight into integer arrays without building the claims; :meth:`table` gives the
    same claims as a :class:`ClaimTable`.

    Examples:
        >>> ClaimColumns(["b", "a"], ["o", "o"], ["k", "k"], ["x", "y"]).table().sources
        ('a', 'b')
    """

    sources: list[str]
    objects: list[str]
    attributes: list[str]
    values: list[str]

    def __len__(self) -> int:
        return len(self.sources)

    def table(self) -> ClaimTable:
        """The claims of the columns as a :class:`ClaimTable`."""
        return ClaimTable(trusted_claims(self.sources, self.objects, self.attributes, self.values))


@attrs.frozen
class Rejection:
    """A claim the estimate did not use, and why (``missing value``, ``not a number``)."""

    claim: TruthClaim
    reason: str


@attrs.frozen
class ItemEstimate:
    """The estimated value of one data item.

    Attributes:
        object: the object.
        attribute: the attribute.
        value: the chosen value, rendered by the comparison (None when no candidate is
            left, e.g. every claimed value is known to be false).
        confidence: the method's belief in ``value``, in [0, 1].
        tie: whether other values scored the same; the first of ``tied`` was chosen.
        tied: the tied values in the documented value order (empty when no tie).
        candidates: how many distinct values were claimed.
        sources: how many sources made a claim on the item.
        known: whether the analyst gave the value as known to be true.
    """

    object: str
    attribute: str
    value: str | None
    confidence: float
    tie: bool = False
    tied: tuple[str, ...] = ()
    candidates: int = 0
    sources: int = 0
    known: bool = False

    @property
    def item(self) -> tuple[str, str]:
        """The data item, ``(object, attribute)``."""
        return (self.object, self.attribute)


@attrs.frozen
class SourceTrust:
    """How far a source is trusted, and by which method that was estimated.

    ``trust`` is on the method's own scale: accuracy in [0, 1] for Accu, TruthFinder and
    the vote; trust normalized to a maximum of 1 for the Investment methods; the CRH
    weight normalized to a maximum of 1.
    """

    source: str
    trust: float
    method: Method
    claims: int


@attrs.frozen
class CopyGroup:
    """Sources found to depend on each other, with the evidence.

    Attributes:
        sources: the sources, sorted.
        probability: the smallest pairwise probability of dependence inside the group.
        shared_items: items on which at least two members made a claim.
        shared_false: of those, items where two members gave the same value that the
            estimate judged false (the evidence of copying).
        evidence: a sentence a person can read.
    """

    sources: tuple[str, ...]
    probability: float
    shared_items: int
    shared_false: int
    evidence: str


@attrs.frozen
class TruthEstimate:
    """What an estimator concluded: a value per item, a trust per source, copy groups.

    ``items`` are sorted by (object, attribute), ``sources`` by name and ``copy_groups``
    by their member tuple; ``rejected`` holds the claims that were not used.
    """

    method: Method
    items: tuple[ItemEstimate, ...]
    sources: tuple[SourceTrust, ...]
    copy_groups: tuple[CopyGroup, ...] = ()
    iterations: int = 0
    rejected: tuple[Rejection, ...] = ()

    def value_of(self, object: str, attribute: str) -> str | None:
        """Return the estimated value of one item.

        Raises:
            KeyError: the item is not in the estimate.
        """
        for item in self.items:
            if item.object == object and item.attribute == attribute:
                return item.value
        raise KeyError((object, attribute))

    def trust_of(self, source: str) -> float:
        """Return the trust of one source.

        Raises:
            KeyError: the source is not in the estimate.
        """
        for trust in self.sources:
            if trust.source == source:
                return trust.trust
        raise KeyError(source)
