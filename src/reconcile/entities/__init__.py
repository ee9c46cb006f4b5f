"""Entity resolution for the names that claims mention.

Reports name one entity many ways: "Gen. Qasem Soleimani", "Qassem Soleimani",
"Soleimani"; "ISIS", "Daesh", "the Islamic State group". This module decides which
surface names denote the same entity, and says why.

- :func:`normalize_name` folds case, diacritics, punctuation, titles and article
  spellings into a readable :data:`NormalizedName`.
- :class:`AliasTable` holds groups of equivalent names; :data:`DEFAULT_ALIASES` covers
  common conflict-reporting aliases and can be extended with
  :meth:`AliasTable.with_aliases` or replaced.
- :func:`match_names` compares two names and returns a :class:`NameMatch`: an ordered
  :class:`MatchLevel` (EXACT, ALIAS, NORMALIZED, FUZZY, AMBIGUOUS, DIFFERENT), a score
  and a reason.
- :func:`resolve_entities` blocks (see :func:`blocking_keys`), compares within blocks,
  and returns an :class:`EntityResolution`: sorted :class:`Entity` objects and the bare
  partial names that stay ambiguous.

Examples:
    >>> match_names("Kata'ib Hizballah", "Kataib Hezbollah").level.is_match
    True
    >>> match_names("Qassem Soleimani", "Qassem al-Aaraji").level
    <MatchLevel.DIFFERENT: 'different'>
"""

from reconcile.entities._aliases import DEFAULT_ALIASES, AliasTable
from reconcile.entities._match import (
    DEFAULT_THRESHOLD,
    MatchLevel,
    NameMatch,
    blocking_keys,
    match_names,
)
from reconcile.entities._normalize import NormalizedName, normalize_name
from reconcile.entities._resolve import (
    Entity,
    EntityResolution,
    Resolver,
    make_resolver,
    resolve_entities,
)

__all__ = [
    "DEFAULT_ALIASES",
    "DEFAULT_THRESHOLD",
    "AliasTable",
    "Entity",
    "EntityResolution",
    "MatchLevel",
    "NameMatch",
    "NormalizedName",
    "Resolver",
    "blocking_keys",
    "make_resolver",
    "match_names",
    "normalize_name",
    "resolve_entities",
]
