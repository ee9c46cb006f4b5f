"""Normalized claims: each claim with its resolved subject, place, time scope and source.

This stage turns raw claims into what the comparison stages need:

- the **subject** and **place** resolved to entities (aliases, transliterations,
  misspellings), so "Qasem Soleimani" and "Qassem Soleimani" meet;
- the **time scope**: the claim's ``as_of``, or its document's publication day;
- the **place** of a claim that names none, when every other claim about its subject
  and attribute names one and the same place (articles often give the place once);
- the **source**: the independence group of its document. Documents that share an
  outlet, an author or an origin (a wire story and its reprints) form one group, and a
  group confirms a figure once, however many times it repeats it.

Examples:
    >>> from reconcile.model import Document
    >>> docs = [Document("a", outlet="Wire"), Document("b", outlet="Daily", origin="Wire"),
    ...         Document("c", outlet="Other")]
    >>> groups = independence_groups(docs)
    >>> groups["a"] == groups["b"] != groups["c"]
    True
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from operator import attrgetter
from typing import Final

import attrs

from reconcile.entities import DEFAULT_ALIASES, AliasTable, normalize_name, resolve_entities
from reconcile.errors import InvalidInput, InvalidValue
from reconcile.model import Claim, Document, Modality
from reconcile.values import DateSpan, Value

__all__ = [
    "PLACE_KEYS",
    "NameResolver",
    "NormalizedClaim",
    "ResolvedName",
    "SourceGroup",
    "default_resolver",
    "entity_resolver",
    "independence_groups",
    "inherited_places",
    "normalize_claims",
    "plain_resolver",
    "reported_from",
    "source_groups",
]


@attrs.frozen
class ResolvedName:
    """A name resolved to an entity: a stable key and a display name."""

    key: str
    name: str


#: Resolves a batch of surface names at once (so the resolver can compare them with each
#: other) and returns each name's entity.
NameResolver = Callable[[Sequence[str]], Mapping[str, ResolvedName]]


@attrs.frozen
class NormalizedClaim:
    """A claim with everything the later stages compare on.

    Attributes:
        claim: the claim as given.
        subject: the subject's entity.
        place: the place's entity, when the claim names one.
        as_of: the time scope: the claim's own, else its document's publication day.
        source: the independence group of the claim's document.
        reported_from: where the claim's document was written (its dateline), when the
            document says so (:func:`reported_from`).
        source_name: the display name of the claim's source, for reasons a reader reads.
        id: the claim's id, copied from it.
        value: the claim's value, copied from it.
    """

    claim: Claim
    subject: ResolvedName
    place: ResolvedName | None
    as_of: DateSpan | None
    source: str
    reported_from: str | None = None
    source_name: str = ""
    # Copies, not properties: read millions of times in the inner loops, where a property
    # call costs more than the comparison it serves.
    id: str = attrs.field(init=False, eq=False, repr=False)
    value: Value = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "id", self.claim.id)
        object.__setattr__(self, "value", self.claim.value)

    @property
    def is_denied(self) -> bool:
        """Whether the claim states that its value is false."""
        return self.claim.modality is Modality.DENIED


# The slot setters of NormalizedClaim, in field order (the copies ``id`` and ``value``
# last): setting a frozen slot through its descriptor is what the attrs-generated
# __init__ does itself (object.__setattr__), without its two Python calls.
_NORMALIZED_SETTERS: Final = tuple(
    getattr(NormalizedClaim, f.name).__set__ for f in attrs.fields(NormalizedClaim)
)


def _normalized(  # noqa: PLR0917 (one argument per field, in field order)
    claim: Claim,
    subject: ResolvedName,
    place: ResolvedName | None,
    as_of: DateSpan | None,
    source: str,
    reported_from: str | None,
    source_name: str,
) -> NormalizedClaim:
    """``NormalizedClaim(...)`` of the same fields, made a million times a run.

    The same object (equal, with the same ``id`` and ``value`` copies) at two thirds of
    the cost: the class has no converter nor check to skip, only the calls of its
    ``__init__`` and ``__attrs_post_init__``.
    """
    normalized: NormalizedClaim = object.__new__(NormalizedClaim)
    (
        set_claim,
        set_subject,
        set_place,
        set_as_of,
        set_source,
        set_reported_from,
        set_source_name,
        set_id,
        set_value,
    ) = _NORMALIZED_SETTERS
    set_claim(normalized, claim)
    set_subject(normalized, subject)
    set_place(normalized, place)
    set_as_of(normalized, as_of)
    set_source(normalized, source)
    set_reported_from(normalized, reported_from)
    set_source_name(normalized, source_name)
    set_id(normalized, claim.id)
    set_value(normalized, claim.value)
    return normalized


_PUNCT: Final = re.compile(r"[^\w]+")
_DROPPED: Final = re.compile(r"[.'\u2019]")


def _source_key(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    # "A.P." and "AP" are one outlet: dots and apostrophes vanish, other marks split words.
    folded = _DROPPED.sub("", ascii_text.casefold())
    return _PUNCT.sub(" ", folded).strip() or text.casefold().strip()


@attrs.frozen
class SourceGroup:
    """Documents that are not independent of each other.

    Attributes:
        id: a stable id: the smallest of the group's author and outlet keys
            (``outlet:associated press``), else ``document:`` and the document id.
        name: the outlets, authors or document ids that name it, joined for display.
        documents: the ids of its documents, sorted.
    """

    id: str
    name: str
    documents: tuple[str, ...]


def source_groups(
    documents: Iterable[Document], *, dependent: Iterable[tuple[str, str]] = ()
) -> tuple[SourceGroup, ...]:
    """Group documents that share an outlet, an author or an origin (union-find).

    A document with none of the three is a source of its own. Outlet, author and origin
    names compare case-folded, without accents or punctuation.

    Args:
        documents: the documents.
        dependent: pairs of source names (:attr:`Document.source_name`) known to depend
            on each other, such as a copier and its original found by copy detection;
            their documents join one group.

    Returns:
        The groups, sorted by id.

    Notes:
        O(n log n) in the number of documents.

    Examples:
        >>> docs = [Document("1", outlet="AP"), Document("2", author="Jo Roe", outlet="A.P."),
        ...         Document("3", author="Jo Roe", outlet="Times")]
        >>> [(g.id, g.documents) for g in source_groups(docs)]
        [('author:jo roe', ('1', '2', '3'))]
    """
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    def rank(key: str) -> tuple[bool, str]:
        # Named keys (author, outlet) make better group ids than document ids.
        return (key.startswith("document:"), key)

    def union(x: str, y: str) -> None:
        rx, ry = find(x), find(y)
        if rx != ry:
            # The smaller key wins, so the group id does not depend on input order.
            low, high = sorted((rx, ry), key=rank)
            parent[high] = low

    names: dict[str, set[str]] = {}
    by_name: dict[str, str] = {}
    docs = sorted(documents, key=lambda d: d.id)
    for doc in docs:
        node = f"document:{doc.id}"
        parent.setdefault(node, node)
        # An origin names the outlet a reprint copies, so it shares the outlet namespace;
        # without an outlet, the website is the outlet.
        named = (
            ("outlet", doc.outlet or doc.site),
            ("author", doc.author),
            ("outlet", doc.origin),
        )
        keys = [f"{kind}:{_source_key(value)}" for kind, value in named if value]
        for key in keys:
            parent.setdefault(key, key)
            union(node, key)
        names.setdefault(node, set()).add(doc.source_name)
        by_name.setdefault(_source_key(doc.source_name), node)
    for index, pair in enumerate(dependent):
        nodes = [by_name.get(_source_key(name)) for name in pair]
        missing = [name for name, node in zip(pair, nodes, strict=True) if node is None]
        if missing:
            raise InvalidInput(
                f"no document comes from source {missing[0]!r}", field=f"dependent[{index}]"
            )
        union(nodes[0], nodes[1])  # type: ignore[arg-type]
    members: dict[str, list[str]] = {}
    labels: dict[str, set[str]] = {}
    for doc in docs:
        node = f"document:{doc.id}"
        root = find(node)
        members.setdefault(root, []).append(doc.id)
        labels.setdefault(root, set()).update(names[node])
    return tuple(
        SourceGroup(root, " / ".join(sorted(labels[root])), tuple(members[root]))
        for root in sorted(members)
    )


def independence_groups(
    documents: Iterable[Document], *, dependent: Iterable[tuple[str, str]] = ()
) -> dict[str, str]:
    """Map each document id to the id of its :class:`SourceGroup`."""
    groups = source_groups(documents, dependent=dependent)
    return {doc: group.id for group in groups for doc in group.documents}


#: Document metadata keys that name where a report was written, in order of preference.
PLACE_KEYS: Final = ("reported_from", "dateline", "place", "location", "city", "country")


def reported_from(document: Document) -> str | None:
    """Where a document was written, from its metadata (:data:`PLACE_KEYS`), if it says.

    Examples:
        >>> reported_from(Document("d", metadata=[("Dateline", "Washington")]))
        'Washington'
        >>> reported_from(Document("d")) is None
        True
    """
    found = {k.casefold(): v for k, v in document.metadata if v.strip()}
    return next((found[k].strip() for k in PLACE_KEYS if k in found), None)


def plain_resolver(names: Sequence[str]) -> Mapping[str, ResolvedName]:
    """Resolve names by case, accents and punctuation only: no aliases, no fuzzy matching.

    Examples:
        >>> plain_resolver(["U.S. troops"])["U.S. troops"].key
        'us troops'
    """
    return {name: ResolvedName(_source_key(name), " ".join(name.split())) for name in names}


def entity_resolver(aliases: AliasTable | None = None) -> NameResolver:
    """A resolver that groups names with :func:`reconcile.entities.resolve_entities`.

    Names that entity resolution cannot read (no letters or digits) fall back to
    :func:`plain_resolver`, so that no claim is lost to an odd subject.

    Args:
        aliases: the alias table; :data:`reconcile.entities.DEFAULT_ALIASES` when ``None``.

    Examples:
        >>> resolve = entity_resolver()
        >>> names = resolve(["Qasem Soleimani", "Qassem Soleimani", "Qassem al-Aaraji"])
        >>> names["Qasem Soleimani"] == names["Qassem Soleimani"] != names["Qassem al-Aaraji"]
        True
    """
    table = aliases if aliases is not None else DEFAULT_ALIASES

    def resolve(names: Sequence[str]) -> Mapping[str, ResolvedName]:
        readable, odd = [], []
        for name in names:
            try:
                normalize_name(name)
            except InvalidValue:
                odd.append(name)
            else:
                readable.append(name)
        resolution = resolve_entities(readable, aliases=table)
        resolved = dict(plain_resolver(odd))
        for name in readable:
            entity = resolution.entity_of(name)
            resolved[name] = ResolvedName(entity.id, entity.name)
        return resolved

    return resolve


def default_resolver(names: Sequence[str]) -> Mapping[str, ResolvedName]:
    """Resolve names by entity resolution with the default alias table."""
    return entity_resolver()(names)


def inherited_places(
    keys: Iterable[tuple[str, str, ResolvedName | None]],
) -> dict[tuple[str, str], ResolvedName]:
    """The place a claim that names none takes: its question's, when that is unambiguous.

    Articles often give the place once. So for each (subject key, attribute) whose claims
    that name a place all name one and the same place, that place is inherited by the
    claims that name none; with two or more places it would be a guess, and none is.

    Args:
        keys: ``(subject key, attribute, resolved place or None)`` for each claim (or
            each distinct combination: repeats change nothing).

    Examples:
        >>> iraq = ResolvedName("iraq", "Iraq")
        >>> inherited_places([("us-troops", "deployed", iraq), ("us-troops", "deployed", None)])
        {('us-troops', 'deployed'): ResolvedName(key='iraq', name='Iraq')}
    """
    found: dict[tuple[str, str], dict[str, ResolvedName]] = {}
    for subject, attribute, place in keys:
        if place is not None:
            found.setdefault((subject, attribute), {})[place.key] = place
    return {key: next(iter(named.values())) for key, named in found.items() if len(named) == 1}


#: A claim's id, by a compiled getter (sorting a million claims calls it a million times).
_claim_id: Final = attrgetter("id")
_names_of: Final = attrgetter("subject", "attribute", "place")


def _last_seen(claims: Sequence[Claim]) -> list[tuple[str, str, str | None]]:
    """Each distinct ``(subject, attribute, place)`` of the claims, by its last claim.

    The names as written, in the order of the last claim of each: what
    :func:`inherited_places` reads from every claim, resolved once per combination (a
    question's claims share it: at a million claims, 50,000 lookups and tuples in Python
    instead of a million). In that order, where two places of one key differ in name,
    the one kept is that of the last claim, as over every claim.
    """
    return list(dict.fromkeys(map(_names_of, reversed(claims))))[::-1]


def normalize_claims(
    claims: Iterable[Claim],
    documents: Iterable[Document],
    *,
    resolver: NameResolver | None = None,
    dependent: Iterable[tuple[str, str]] = (),
) -> tuple[NormalizedClaim, ...]:
    """Resolve subjects and places, fill in time scopes, and attach independence groups.

    Args:
        claims: the claims; each must name a document in ``documents``.
        documents: the documents the claims come from.
        resolver: resolves subject and place names; entity resolution with the default
            alias table when ``None``.
        dependent: pairs of source names known to depend on each other (see
            :func:`source_groups`).

    Returns:
        The normalized claims, sorted by claim id.

    Raises:
        KeyError: a claim names a document that is not given (the pipeline checks this
            first and rejects such claims).
    """
    resolve = resolver or default_resolver
    doc_list = list(documents)
    named = source_groups(doc_list, dependent=dependent)
    groups = {doc: group.id for group in named for doc in group.documents}
    group_names = {group.id: group.name for group in named}
    claim_list = sorted(claims, key=_claim_id)
    subjects = resolve(sorted({c.subject for c in claim_list}))
    places = resolve(sorted({c.place for c in claim_list if c.place}))
    inherited = inherited_places(
        (subjects[subject].key, attribute, places[place] if place else None)
        for subject, attribute, place in _last_seen(claim_list)
    )
    # One time scope object per document, shared by its claims.
    published_on = {
        doc.id: DateSpan.of(doc.published) if doc.published else None for doc in doc_list
    }
    # What a claim takes from its document, in one lookup per claim: its publication day
    # (as the time scope of a claim without its own), independence group, dateline and
    # the group's display name.
    of_document = {
        doc.id: (
            published_on[doc.id],
            groups[doc.id],
            reported_from(doc),
            group_names[groups[doc.id]],
        )
        for doc in doc_list
    }
    normalized = []
    for claim in claim_list:
        published, source, written_in, source_name = of_document[claim.document]
        subject = subjects[claim.subject]
        place = (
            places[claim.place] if claim.place else inherited.get((subject.key, claim.attribute))
        )
        normalized.append(
            _normalized(
                claim, subject, place, claim.as_of or published, source, written_in, source_name
            )
        )
    return tuple(normalized)
