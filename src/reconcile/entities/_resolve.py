"""Entity resolution over a whole set of names: block, compare, link, then name."""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any

import attrs

from reconcile.entities._aliases import DEFAULT_ALIASES, AliasTable
from reconcile.entities._match import (
    DEFAULT_THRESHOLD,
    MatchLevel,
    NameMatch,
    Profile,
    check_threshold,
    compare,
    keys_of,
    match_names,
    part_key,
    profile,
    token_keys,
)
from reconcile.entities._normalize import normalize_name
from reconcile.errors import InvalidValue

__all__ = ["Entity", "EntityResolution", "Resolver", "make_resolver", "resolve_entities"]


def _non_empty(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise InvalidValue(
            f"{attribute.name!r} must be a non-empty str (got {value!r})", field=attribute.name
        )


def _names_tuple(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _entities_tuple(value: Iterable[Entity]) -> tuple[Entity, ...]:
    return tuple(value)


def _ambiguous_tuple(
    value: Iterable[tuple[str, Iterable[str]]],
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((name, tuple(candidates)) for name, candidates in value)


def _sorted_unique_names(instance: Entity, attribute: object, value: tuple[str, ...]) -> None:
    if not value:
        raise InvalidValue("'names' must hold at least one surface form", field="names")
    if list(value) != sorted(set(value)):
        raise InvalidValue(f"'names' must be sorted and unique (got {value!r})", field="names")


@attrs.frozen
class Entity:
    """One resolved entity.

    Attributes:
        id: a stable id derived from the display name (``e:qasem-soleimani``).
        name: the display name: the alias table's canonical name when one applies,
            otherwise the fullest, most frequent surface form.
        names: every surface form resolved to this entity, sorted.
    """

    id: str = attrs.field(validator=_non_empty)
    name: str = attrs.field(validator=_non_empty)
    names: tuple[str, ...] = attrs.field(converter=_names_tuple, validator=_sorted_unique_names)


def _check_entities(
    instance: EntityResolution, attribute: object, value: tuple[Entity, ...]
) -> None:
    ids = [entity.id for entity in value]
    if ids != sorted(set(ids)):
        raise InvalidValue(
            f"'entities' must be sorted by unique id (got {ids!r})", field="entities"
        )
    seen: dict[str, str] = {}
    for entity in value:
        for name in entity.names:
            if name in seen:
                raise InvalidValue(
                    f"{name!r} belongs to both {seen[name]!r} and {entity.id!r}",
                    field="entities",
                )
            seen[name] = entity.id


@attrs.frozen
class EntityResolution:
    """The result of :func:`resolve_entities`: a partition of the names into entities.

    Attributes:
        entities: the entities, sorted by id; every input name is in exactly one.
        ambiguous: ``(surface name, candidate entity ids)`` for each bare partial name
            that fits two or more entities, sorted by name. Such a name keeps an entity
            of its own and is never merged.
    """

    entities: tuple[Entity, ...] = attrs.field(converter=_entities_tuple, validator=_check_entities)
    ambiguous: tuple[tuple[str, tuple[str, ...]], ...] = attrs.field(
        converter=_ambiguous_tuple, default=()
    )
    _by_name: Mapping[str, Entity] = attrs.field(init=False, repr=False, eq=False, hash=False)

    def __attrs_post_init__(self) -> None:
        by_name: dict[str, Entity] = {}
        for entity in self.entities:
            for name in entity.names:
                by_name[name] = entity
                by_name.setdefault(normalize_name(name), entity)
        ids = {entity.id for entity in self.entities}
        names = [name for name, _ in self.ambiguous]
        if names != sorted(set(names)):
            raise InvalidValue("'ambiguous' must be sorted by unique name", field="ambiguous")
        for name, candidates in self.ambiguous:
            if not candidates or list(candidates) != sorted(set(candidates)):
                raise InvalidValue(
                    f"the candidates of {name!r} must be sorted, unique and not empty "
                    f"(got {candidates!r})",
                    field="ambiguous",
                )
            unknown = sorted(set(candidates) - ids)
            if name not in by_name or unknown:
                raise InvalidValue(
                    f"{name!r} refers to unknown names or entities {unknown!r}",
                    field="ambiguous",
                )
        object.__setattr__(self, "_by_name", MappingProxyType(by_name))

    def entity_of(self, name: str) -> Entity:
        """Return the entity a name resolved to; a normalized spelling also works.

        Raises:
            InvalidValue: ``name`` was not among the resolved names.
        """
        found = self._by_name.get(name)
        if found is None:
            found = self._by_name.get(normalize_name(name))
        if found is None:
            raise InvalidValue(f"{name!r} is not one of the resolved names", field="name")
        return found


class _Components:
    """Union-find with cannot-link constraints; the smallest index represents a group.

    ``forbid(a, b)`` records that a and b were compared and found DIFFERENT; ``union``
    then refuses to join their groups, so a chain of near-matches (Jamal ~ Jamel ~ Jamil)
    cannot merge two names that were judged apart.
    """

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))
        self.members: list[set[int]] = [{i} for i in range(size)]
        self.forbidden: list[set[int]] = [set() for _ in range(size)]

    def find(self, item: int) -> int:
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def forbid(self, a: int, b: int) -> None:
        self.forbidden[self.find(a)].add(b)
        self.forbidden[self.find(b)].add(a)

    def can_join(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        small, large = sorted((ra, rb), key=lambda root: len(self.members[root]))
        return self.forbidden[large].isdisjoint(self.members[small]) and self.forbidden[
            small
        ].isdisjoint(self.members[large])

    def union(self, a: int, b: int) -> bool:
        """Join the groups of a and b unless a constraint forbids it; say if they joined."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if not self.can_join(ra, rb):
            return False
        keep, drop = min(ra, rb), max(ra, rb)
        self.parent[drop] = keep
        self.members[keep] |= self.members[drop]
        self.forbidden[keep] |= self.forbidden[drop]
        self.members[drop], self.forbidden[drop] = set(), set()
        return True


def _display_name(members: list[Profile], counts: Counter[str]) -> str:
    canonicals = Counter(p.canonical for p in members if p.canonical is not None)
    if canonicals:
        return min(canonicals, key=lambda name: (-canonicals[name], name))
    best = min(
        members,
        key=lambda p: (
            p.inverted is not None,
            -len(p.core),
            -counts[p.surface],
            len(p.surface),
            p.surface,
        ),
    )
    return best.surface


def _slug(name: str) -> str:
    return "e:" + normalize_name(name).replace(" ", "-")


def resolve_entities(
    names: Iterable[str],
    *,
    aliases: AliasTable = DEFAULT_ALIASES,
    threshold: float = DEFAULT_THRESHOLD,
) -> EntityResolution:
    """Group surface names into entities.

    1. Each distinct surface name is profiled once (see :func:`normalize_name`).
    2. Blocking: names are compared only when they share a key of
       :func:`blocking_keys`. Matching pairs (EXACT to FUZZY) are linked strongest first
       (level, then score, then name), and a pair judged DIFFERENT forbids its two names
       from ever sharing an entity, so chains of near-matches cannot merge them.
    3. Partial names: a shorter name is compared with the longer names that contain its
       last word. A bare partial that fits exactly one entity is linked to it if it holds
       that entity's family-name slot ("Soleimani" joins "Qasem Soleimani"); a given name
       alone ("Qassem") never is. A partial that fits two or more entities stays an
       entity of its own and is listed in :attr:`EntityResolution.ambiguous`. Longer
       partials are settled before shorter ones.
    4. Each entity is named by the alias table, else by its fullest, most frequent,
       shortest surface form (then alphabetically), and gets the id ``e:`` plus the
       hyphenated normalized name; a clash adds ``-2``, ``-3`` in order of the entities'
       sorted names.

    The output depends only on the multiset of names, never on their order.

    Args:
        names: surface names; repeats count towards choosing the display name.
        aliases: the alias table.
        threshold: minimum similarity for a FUZZY link, in (0, 1].

    Returns:
        The entities sorted by id, and the ambiguous partial names sorted by name.

    Raises:
        InvalidValue: ``names`` is a single string, a name has no letters or digits
            (``field`` is ``names[i]``), or ``threshold`` is outside (0, 1].

    Notes:
        Work is O(n + sum of squared block sizes): each name is compared with the members
        of its blocks only, never with every other name, so with blocks of bounded size
        it grows linearly. ``benchmarks/bench_entities.py`` measures it.

    Examples:
        >>> result = resolve_entities(
        ...     ["Gen. Qasem Soleimani", "Qassem Soleimani", "Soleimani",
        ...      "Qassem al-Aaraji", "Qassem", "ISIS", "Daesh"])
        >>> [(e.id, e.names) for e in result.entities]  # doctest: +NORMALIZE_WHITESPACE
        [('e:islamic-state', ('Daesh', 'ISIS')),
         ('e:qassem', ('Qassem',)),
         ('e:qassem-al-aaraji', ('Qassem al-Aaraji',)),
         ('e:qassem-soleimani', ('Gen. Qasem Soleimani', 'Qassem Soleimani', 'Soleimani'))]
        >>> result.ambiguous
        (('Qassem', ('e:qassem-al-aaraji', 'e:qassem-soleimani')),)
    """
    limit = check_threshold(threshold)
    if isinstance(names, str):
        raise InvalidValue(
            f"'names' must be a collection of names, not one str (got {names!r})", field="names"
        )
    counts: Counter[str] = Counter()
    profiles: dict[str, Profile] = {}
    for i, name in enumerate(names):
        if name not in profiles:
            profiles[name] = profile(name, aliases, field=f"names[{i}]")
        counts[name] += 1
    ordered = [profiles[surface] for surface in sorted(profiles)]
    components = _Components(len(ordered))
    _link_matches(ordered, components, limit)
    partials = _find_partials(ordered, limit)
    _settle_partials(ordered, components, partials)
    ids, entities = _build_entities(ordered, components, counts)
    ambiguous = []
    for i, p in enumerate(ordered):
        own = ids[components.find(i)]
        candidates = {ids[components.find(j)] for j, _ in partials.get(i, ())} - {own}
        if len(candidates) > 1:
            ambiguous.append((p.surface, tuple(sorted(candidates))))
    return EntityResolution(entities, tuple(ambiguous))


def _link_matches(ordered: list[Profile], components: _Components, threshold: float) -> None:
    """Compare every blocked pair, then link matches strongest first under constraints."""
    blocks: defaultdict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(ordered):
        for key in keys_of(p):
            blocks[key].append(i)
    seen: set[tuple[int, int]] = set()
    links = []
    for members in blocks.values():
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                if (i, j) in seen:
                    continue
                seen.add((i, j))
                verdict = compare(ordered[i], ordered[j], threshold=threshold)[0]
                if verdict.is_match:
                    links.append((-verdict.level.strength, -verdict.score, i, j))
                elif verdict.level is MatchLevel.DIFFERENT:
                    components.forbid(i, j)
    for _, _, i, j in sorted(links):
        components.union(i, j)


def _find_partials(ordered: list[Profile], threshold: float) -> dict[int, list[tuple[int, bool]]]:
    """Map each partial name to the longer names it may be part of, with the link flag."""
    by_token: defaultdict[str, list[tuple[int, int]]] = defaultdict(list)
    for i, p in enumerate(ordered):
        for key in token_keys(p):
            by_token[key].append((len(p.core), i))
    for members in by_token.values():
        members.sort()
    partials: dict[int, list[tuple[int, bool]]] = {}
    for i, p in enumerate(ordered):
        members = by_token.get(part_key(p), [])
        # Only longer names can hold this one as a part: start past the others, so that
        # many names sharing a word are not each looked at against all the rest.
        first = bisect.bisect_right(members, (len(p.core), len(ordered)))
        for _, j in members[first:]:
            verdict, linkable = compare(p, ordered[j], threshold=threshold)
            if verdict.level is MatchLevel.AMBIGUOUS:
                partials.setdefault(i, []).append((j, linkable))
    return partials


def _settle_partials(
    ordered: list[Profile],
    components: _Components,
    partials: Mapping[int, list[tuple[int, bool]]],
) -> None:
    """Link each group of partial names that fits one entity through its family name.

    Only groups made entirely of partial names are linked: a group that also holds a
    full name (Hezbollah next to its misspelling Hezbolah) is an entity in its own right,
    even though its words appear inside a longer name (Kataib Hezbollah).
    """
    roots: defaultdict[int, list[int]] = defaultdict(list)
    for i in range(len(ordered)):
        roots[components.find(i)].append(i)
    settle_order = sorted(
        roots, key=lambda root: (-max(len(ordered[i].core) for i in roots[root]), root)
    )
    for root in settle_order:
        if not all(i in partials for i in roots[root]):
            continue
        own = components.find(root)
        edges = [(j, linkable) for i in roots[root] for j, linkable in partials.get(i, ())]
        targets = {components.find(j) for j, _ in edges} - {own}
        if len(targets) == 1:
            target = targets.pop()
            if any(linkable and components.find(j) == target for j, linkable in edges):
                components.union(own, target)


def _build_entities(
    ordered: list[Profile], components: _Components, counts: Counter[str]
) -> tuple[dict[int, str], tuple[Entity, ...]]:
    """Name the components and give them ids; return ids by root and sorted entities."""
    groups: defaultdict[int, list[Profile]] = defaultdict(list)
    for i, p in enumerate(ordered):
        groups[components.find(i)].append(p)
    drafts = []
    for root, members in groups.items():
        display = _display_name(members, counts)
        drafts.append((_slug(display), tuple(p.surface for p in members), display, root))
    ids: dict[int, str] = {}
    taken: set[str] = set()
    entities = []
    for base, surfaces, display, root in sorted(drafts):
        entity_id, suffix = base, 1
        while entity_id in taken:
            suffix += 1
            entity_id = f"{base}-{suffix}"
        ids[root] = entity_id
        taken.add(entity_id)
        entities.append(Entity(entity_id, display, surfaces))
    return ids, tuple(sorted(entities, key=lambda entity: entity.id))


def _check_table(instance: Resolver, attribute: object, value: Any) -> None:
    if not isinstance(value, AliasTable):
        raise InvalidValue(
            f"'aliases' must be an AliasTable (got {type(value).__name__})", field="aliases"
        )


@attrs.frozen(repr=False)
class Resolver:
    """Resolution settings bundled as a callable; build one with :func:`make_resolver`.

    Attributes:
        aliases: the alias table used for every call.
        threshold: the FUZZY threshold used for every call, in (0, 1].
    """

    aliases: AliasTable = attrs.field(validator=_check_table)
    threshold: float = attrs.field(converter=check_threshold)

    def __call__(self, names: Iterable[str]) -> EntityResolution:
        """Resolve ``names`` with these settings (see :func:`resolve_entities`)."""
        return resolve_entities(names, aliases=self.aliases, threshold=self.threshold)

    def match(self, a: str, b: str) -> NameMatch:
        """Compare two names with these settings (see :func:`match_names`)."""
        return match_names(a, b, aliases=self.aliases, threshold=self.threshold)

    def __repr__(self) -> str:
        return f"<resolver threshold={self.threshold} aliases={len(self.aliases)} groups>"


def make_resolver(
    *, aliases: AliasTable = DEFAULT_ALIASES, threshold: float = DEFAULT_THRESHOLD
) -> Resolver:
    """Return a frozen callable that resolves names with fixed settings.

    Examples:
        >>> resolve = make_resolver(threshold=0.9)
        >>> resolve
        <resolver threshold=0.9 aliases=27 groups>
        >>> [e.name for e in resolve(["US", "U.S.", "United States"]).entities]
        ['United States']
    """
    return Resolver(aliases, threshold)
