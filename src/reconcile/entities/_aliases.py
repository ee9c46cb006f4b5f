"""The alias table: groups of names that denote one entity, such as ISIS and Daesh."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType

import attrs

from reconcile.entities._normalize import NormalizedName, normalize_name, prefold
from reconcile.errors import InvalidValue

__all__ = ["DEFAULT_ALIASES", "AliasTable"]


def _merge_groups(groups: Iterable[Iterable[str]]) -> tuple[tuple[str, ...], ...]:
    """Validate groups, drop repeated names, and merge groups that share a name."""
    merged: list[list[str] | None] = []
    owner: dict[NormalizedName, int] = {}
    for i, group in enumerate(groups):
        if isinstance(group, str):
            raise InvalidValue(
                f"each group must be a collection of names, not a str (got {group!r})",
                field=f"groups[{i}]",
            )
        names = list(group)
        if not names:
            raise InvalidValue("an alias group needs at least one name", field=f"groups[{i}]")
        keys = [normalize_name(name, field=f"groups[{i}][{j}]") for j, name in enumerate(names)]
        targets = sorted({owner[key] for key in keys if key in owner})
        if targets:
            slot = targets[0]
            into = merged[slot]
            assert into is not None
            for other in targets[1:]:
                moved = merged[other]
                assert moved is not None
                into.extend(moved)
                merged[other] = None
        else:
            slot = len(merged)
            into = []
            merged.append(into)
        into.extend(names)
        for key in keys:
            owner[key] = slot
        for name in into:
            owner[normalize_name(name)] = slot
    result = []
    for members in merged:
        if members is None:
            continue
        seen: set[NormalizedName] = set()
        unique = []
        for name in members:
            key = normalize_name(name)
            if key not in seen:
                seen.add(key)
                unique.append(name)
        result.append(tuple(unique))
    return tuple(result)


def _fold(key: NormalizedName) -> str:
    return "".join(prefold(token) for token in key.split(" "))


def _to_groups(value: Iterable[Iterable[str]]) -> tuple[tuple[str, ...], ...]:
    return _merge_groups(value)


@attrs.frozen
class AliasTable:
    """Groups of equivalent names; the first name of each group is its display name.

    Names are looked up by :func:`normalize_name`, so case, dots and a leading "the" do
    not matter. Groups that share a name are merged, keeping the display name of the
    group that came first. The table is immutable: :meth:`with_aliases` returns an
    extended copy.

    Attributes:
        groups: the merged groups, in the order their first name was given.

    Examples:
        >>> table = AliasTable.from_groups([("Islamic State", "ISIS", "Daesh")])
        >>> table.canonical("the I.S.I.S.")
        'Islamic State'
        >>> table.canonical("Hamas") is None
        True
        >>> table.with_aliases("ISIS", "ISIL").canonical("isil")
        'Islamic State'
    """

    groups: tuple[tuple[str, ...], ...] = attrs.field(converter=_to_groups)
    _index: Mapping[NormalizedName, str] = attrs.field(init=False, repr=False, eq=False, hash=False)
    _folded: Mapping[str, str] = attrs.field(init=False, repr=False, eq=False, hash=False)

    def __attrs_post_init__(self) -> None:
        index = {normalize_name(name): group[0] for group in self.groups for name in group}
        folded: dict[str, set[str]] = {}
        for key, canonical in index.items():
            folded.setdefault(_fold(key), set()).add(canonical)
        unique = {key: next(iter(names)) for key, names in folded.items() if len(names) == 1}
        object.__setattr__(self, "_index", MappingProxyType(index))
        object.__setattr__(self, "_folded", MappingProxyType(unique))

    @classmethod
    def from_groups(cls, groups: Iterable[Iterable[str]]) -> AliasTable:
        """Build a table from groups of equivalent names, the display name first.

        Raises:
            InvalidValue: a group is empty or a bare string, or a name has no letters.
        """
        return cls(groups)

    def with_aliases(self, canonical: str, *aliases: str) -> AliasTable:
        """Return a copy in which ``canonical`` and ``aliases`` name one entity.

        If any of the names is already known, its group absorbs the new names (and keeps
        its display name); groups that become connected are merged.

        Examples:
            >>> table = AliasTable.from_groups([("United Nations", "UN")])
            >>> table.with_aliases("UN", "U.N.O.").groups
            (('United Nations', 'UN', 'U.N.O.'),)
        """
        return AliasTable((*self.groups, (canonical, *aliases)))

    def canonical(self, name: str) -> str | None:
        """Return the display name of the group ``name`` belongs to, or None.

        A name that is not in the table but spells one of its names another way
        (doubled letters, q/k, ou/u: the matcher's transliteration folding) is found
        too, unless that spelling would fit two groups.

        Raises:
            InvalidValue: ``name`` has no letters or digits.

        Examples:
            >>> DEFAULT_ALIASES.canonical("Hezbolah")
            'Hezbollah'
        """
        return self.canonical_of(normalize_name(name))

    def canonical_of(self, key: NormalizedName) -> str | None:
        """Like :meth:`canonical`, for a name that is already normalized."""
        found = self._index.get(key)
        return found if found is not None else self._folded.get(_fold(key))

    def __len__(self) -> int:
        return len(self.groups)


#: Common aliases in conflict reporting. Extend it with :meth:`AliasTable.with_aliases`,
#: or pass your own table to replace it.
DEFAULT_ALIASES = AliasTable.from_groups(
    [
        (
            "Islamic State",
            "ISIS",
            "ISIL",
            "Daesh",
            "Da'ish",
            "Islamic State group",
            "Islamic State of Iraq and the Levant",
            "Islamic State of Iraq and Syria",
            "Islamic State of Iraq and al-Sham",
        ),
        (
            "United States",
            "US",
            "U.S.",
            "USA",
            "U.S.A.",
            "United States of America",
            "America",
        ),
        ("United Nations", "UN", "U.N."),
        # Reports of one election name the party in power either way.
        ("ruling party", "governing party", "party in power"),
        ("United Kingdom", "UK", "U.K.", "Britain", "Great Britain"),
        ("European Union", "EU", "E.U."),
        ("NATO", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation"),
        ("Russia", "Russian Federation"),
        ("Iran", "Islamic Republic of Iran"),
        ("Iraq", "Republic of Iraq"),
        ("Syria", "Syrian Arab Republic"),
        (
            "Council of Representatives of Iraq",
            "Iraqi parliament",
            "Iraq's parliament",
            "Council of Representatives",
            "Iraqi Council of Representatives",
        ),
        (
            "Islamic Revolutionary Guard Corps",
            "IRGC",
            "Revolutionary Guards",
            "Revolutionary Guard",
            "Iranian Revolutionary Guard Corps",
        ),
        (
            "Popular Mobilization Forces",
            "PMF",
            "Popular Mobilisation Forces",
            "PMU",
            "Popular Mobilization Units",
            "Hashd al-Shaabi",
            "al-Hashd al-Shaabi",
        ),
        ("Hezbollah", "Hizballah", "Hizbullah", "Hizbollah"),
        ("Kataib Hezbollah", "Kata'ib Hizballah", "Hezbollah Brigades"),
        ("Al-Qaeda", "al-Qaida", "al-Qa'ida"),
        ("Hamas", "Islamic Resistance Movement"),
        ("Houthis", "Houthi movement", "Ansar Allah", "Ansarullah"),
        ("Syrian Democratic Forces", "SDF"),
        ("Kurdistan Workers' Party", "PKK"),
        ("Israel Defense Forces", "IDF", "Israel Defence Forces"),
        ("Pentagon", "US Department of Defense", "Department of Defense", "DoD"),
        ("International Committee of the Red Cross", "ICRC"),
        # Parties that reports name by a nickname as often as by their name.
        ("Conservative Party", "Conservatives", "Tories", "Tory party", "the Tories"),
        ("Republican Party", "Republicans", "GOP", "Grand Old Party"),
        ("Democratic Party", "Democrats"),
    ]
)
