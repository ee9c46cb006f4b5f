"""Pairwise name comparison: an ordered ladder of named levels, each with a reason."""

from __future__ import annotations

import enum
import functools
import re
from typing import Final

import attrs
from rapidfuzz import fuzz

from reconcile.entities._aliases import DEFAULT_ALIASES, AliasTable
from reconcile.entities._normalize import (
    ARTICLES,
    CONNECTORS,
    DEMONYMS,
    MIN_FUZZY_TOKEN_LENGTH,
    NormalizedName,
    compatible_folded,
    normalize_name,
    prefold,
    skeleton_folded,
    translit_folded,
)
from reconcile.errors import InvalidValue

__all__ = [
    "DEFAULT_THRESHOLD",
    "MatchLevel",
    "NameMatch",
    "blocking_keys",
    "match_names",
]

#: Default minimum similarity (0..1) for a FUZZY match; see :func:`match_names`.
DEFAULT_THRESHOLD = 0.85
#: Names whose letters (spaces and the article excluded) are fewer than this never match
#: approximately: ISIS/ISIL and Iraq/Iran are one letter apart.
MIN_FUZZY_LENGTH = 5
_DIGITS = re.compile(r"\d+")
# A misspelled word is found through its first or its last four letters, whichever the
# typo left intact.
_WINDOW = 4


@functools.total_ordering
class MatchLevel(enum.Enum):
    """How closely two names agree, strongest first; levels compare by strength.

    Examples:
        >>> MatchLevel.FUZZY < MatchLevel.ALIAS
        True
        >>> [level.name for level in MatchLevel if level.is_match]
        ['EXACT', 'ALIAS', 'NORMALIZED', 'FUZZY']
    """

    #: The same text, character for character.
    EXACT = "exact"
    #: Both names belong to one group of the alias table (ISIS, Daesh).
    ALIAS = "alias"
    #: Equal after normalization, transliteration folding, reordering a "Surname, Given"
    #: form or removing spaces (Qasem/Qassem, al-/Al-).
    NORMALIZED = "normalized"
    #: Similar spelling that passes every guard (numbers, length, each word).
    FUZZY = "fuzzy"
    #: One name is a bare part of the other ("Soleimani" in "Qassem Soleimani"): it may
    #: denote the same entity or another one, so it is never merged on its own.
    AMBIGUOUS = "ambiguous"
    #: Different entities, or not enough evidence that they are the same.
    DIFFERENT = "different"

    @property
    def strength(self) -> int:
        """Rank of the level: 5 for EXACT down to 0 for DIFFERENT."""
        return _STRENGTH[self]

    @property
    def is_match(self) -> bool:
        """Whether the level means "the same entity" (EXACT to FUZZY)."""
        return self.strength >= _STRENGTH[MatchLevel.FUZZY]

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, MatchLevel):
            return NotImplemented
        return self.strength < other.strength


_STRENGTH = {level: 5 - rank for rank, level in enumerate(MatchLevel)}


def _check_score(instance: NameMatch, attribute: attrs.Attribute[float], value: float) -> None:
    if not 0.0 <= value <= 1.0:
        raise InvalidValue(f"'score' must be within [0, 1] (got {value!r})", field="score")


def _check_reason(instance: NameMatch, attribute: attrs.Attribute[str], value: str) -> None:
    if not value.strip():
        raise InvalidValue("'reason' must not be empty", field="reason")


@attrs.frozen
class NameMatch:
    """The verdict on a pair of names.

    Attributes:
        level: the strongest level the pair reaches.
        score: string similarity in [0, 1] after transliteration folding; 1.0 for EXACT,
            ALIAS and NORMALIZED, 0.0 when the alias table names two different entities.
        reason: why, in words, naming the rule and the tokens that decided it.
    """

    level: MatchLevel = attrs.field(validator=attrs.validators.instance_of(MatchLevel))
    score: float = attrs.field(converter=float, validator=_check_score)
    reason: str = attrs.field(validator=[attrs.validators.instance_of(str), _check_reason])

    @property
    def is_match(self) -> bool:
        """Whether the names denote the same entity (EXACT, ALIAS, NORMALIZED or FUZZY)."""
        return self.level.is_match


@attrs.frozen
class Profile:
    """Everything the comparator needs about one surface name, computed once."""

    surface: str
    normalized: NormalizedName
    canonical: str | None
    #: Tokens without the article, unless the article is all there is.
    core: tuple[str, ...]
    #: ``core`` after transliteration folding.
    folded: tuple[str, ...]
    #: For "Surname, Given": the folded tokens in "Given Surname" order.
    inverted: tuple[str, ...] | None
    #: Unfolded tokens in the order of :attr:`natural`, for messages.
    words: tuple[str, ...]
    #: How many leading tokens of :attr:`natural` come before the first connector word.
    head_size: int
    numbers: tuple[str, ...]
    compact: str
    #: The words as written from the first the normal form keeps (no "the", no title),
    #: for acronyms and names shortened word by word.
    written: tuple[str, ...] = ()

    @property
    def natural(self) -> tuple[str, ...]:
        """Folded tokens in "Given Surname" order: ``inverted`` if there is one."""
        return self.folded if self.inverted is None else self.inverted

    @property
    def head(self) -> tuple[str, ...]:
        """Tokens before the first connector ("us troops" of "US troops in Iraq")."""
        return self.natural[: self.head_size]

    @property
    def tail(self) -> tuple[str, ...]:
        """Tokens from the first connector on."""
        return self.natural[self.head_size :]


def _core(tokens: list[str]) -> tuple[str, ...]:
    kept = tuple(token for token in tokens if token not in ARTICLES)
    return kept or tuple(tokens)


def profile(name: str, aliases: AliasTable, *, field: str = "name") -> Profile:
    """Normalize ``name`` once and precompute its comparison features."""
    normalized = normalize_name(name, field=field)
    tokens = normalized.split(" ")
    core = _core(tokens)
    folded = tuple(prefold(token) for token in core)
    natural: tuple[str, ...] = core
    inverted = None
    if name.count(",") == 1:
        left, right = name.split(",")
        try:
            given, surname = normalize_name(right), normalize_name(left)
        except InvalidValue:
            pass
        else:
            natural = _core([*given.split(" "), *surname.split(" ")])
            inverted = tuple(prefold(token) for token in natural)
    head_size = next(
        (i for i, token in enumerate(natural) if i > 0 and token in CONNECTORS), len(natural)
    )
    return Profile(
        surface=name,
        normalized=normalized,
        canonical=aliases.canonical_of(normalized),
        core=core,
        folded=folded,
        inverted=inverted,
        words=natural,
        head_size=head_size,
        numbers=tuple(sorted(_DIGITS.findall(normalized))),
        compact="".join(prefold(token) for token in tokens),
        written=_written_words(name, tokens[0]),
    )


def _all_transliterations(left: tuple[str, ...], right: tuple[str, ...]) -> bool:
    return len(left) == len(right) and all(
        translit_folded(a, b) for a, b in zip(left, right, strict=True)
    )


def _is_subsequence(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    position = 0
    for token in short:
        while position < len(long) and not compatible_folded(token, long[position]):
            position += 1
        if position == len(long):
            return False
        position += 1
    return True


#: Words that tie a name to another party ("US-led forces", "Iran-backed militias"): such
#: a name is not the bare name without them ("US forces", "militias").
PARTY_TIES: Final = frozenset(
    {"led", "backed", "run", "allied", "aligned", "sponsored", "supported", "controlled"}
)

_WORD: Final = re.compile(r"[^\W\d_]+")


def _is_proper(p: Profile, index: int) -> bool:
    """Whether the ``index``-th word of the name is written with a capital in its text."""
    word = p.words[index]
    return any(
        found[0].isupper() and found.casefold() == word for found in _WORD.findall(p.surface)
    )


def _pair(a: str, b: str) -> str:
    first, second = sorted((a, b))
    return f"{first!r} vs {second!r}"


def similarity(p: Profile, q: Profile) -> float:
    """Indel similarity (0..1) of the two folded names, articles left out."""
    return float(fuzz.ratio(" ".join(p.natural), " ".join(q.natural))) / 100.0


_PARTY_TAIL: Final = re.compile(r"\bparty\W*$", re.IGNORECASE)


def _members_of(party: Profile, members: Profile) -> bool:
    """Whether ``members`` names the members of ``party``: "Greens", "the Green Party".

    Examples:
        >>> from reconcile.entities._aliases import DEFAULT_ALIASES
        >>> def p(name: str) -> Profile:
        ...     return profile(name, DEFAULT_ALIASES)
        >>> _members_of(p("the Conservative Party"), p("the Conservatives"))
        True
        >>> _members_of(p("Conservative"), p("Conservatives"))
        False
    """
    if _PARTY_TAIL.search(party.surface) is None or len(party.core) != len(members.core):
        return False
    *same, last = party.core
    *other, plural = members.core
    sibilant = last.endswith(("s", "x", "z", "ch", "sh"))
    return same == other and plural == (f"{last}es" if sibilant else f"{last}s")


#: Words left out of a name's content initials ("NAACP" keeps its "of", most acronyms
#: drop it): both readings are tried.
_INITIALS_SKIP: Final = frozenset({"of", "for", "and", "the", "in", "on", "de", "du", "la"})
#: An acronym has at least three letters: two-letter ones ("UN", "US") are the alias
#: table's, since so many names share two initials.
_MIN_ACRONYM: Final = 3
_MIN_ABBREVIATED: Final = 3


def _written_words(name: str, first: str) -> tuple[str, ...]:
    """A name's words as written, from the first its normal form keeps.

    No leading "the" and no title: "Gen. Qasem Soleimani" is Qasem Soleimani.
    """
    found = _WORD.findall(name)
    start = next((i for i, w in enumerate(found) if _folds_to(w, first)), 0)
    return tuple(found[start:])


def _folds_to(word: str, normal: str) -> bool:
    if word.casefold() == normal:
        return True  # most words: no accents or marks to fold
    try:
        return normalize_name(word) == normal
    except InvalidValue:
        return False


def acronym_letters(p: Profile) -> str | None:
    """The letters of a name written as an acronym ("SNP", "U.K.I.P."), else ``None``."""
    text = p.surface.replace(".", "").strip()
    if text.casefold().startswith("the "):
        text = text[4:]
    if (
        not text.isalpha()
        or not _MIN_ACRONYM <= len(text) <= 6
        or sum(ch.isupper() for ch in text) < 2
    ):
        return None
    return text.casefold()


def initials(p: Profile) -> frozenset[str]:
    """The acronyms a name of several words may be written as.

    Every word's initials or the content words': "Scottish National Party" -> "snp".
    """
    found = p.written
    if len(found) < 2:
        return frozenset()
    every = "".join(w[0] for w in found).casefold()
    content = "".join(w[0] for w in found if w.casefold() not in _INITIALS_SKIP).casefold()
    return frozenset(x for x in (every, content) if len(x) >= _MIN_ACRONYM)


def _abbreviates(short: Profile, long: Profile) -> bool:
    """Whether each word of ``short`` opens the same word of ``long``.

    "Lib Dems" and "Liberal Democrats": a plural ending is read off both.

    Every word must be cut short: names of people share words, and "Samir Kar" may be
    someone other than "Samir Karabudi", "Sam Jones" other than "Samuel Jones".
    """
    a, b = short.written, long.written
    return (
        len(a) >= 2
        and len(a) == len(b)
        and all(_cut_short(x.casefold(), y.casefold()) for x, y in zip(a, b, strict=True))
    )


def _cut_short(x: str, y: str) -> bool:
    """Whether ``x`` is ``y`` cut to its first three letters or more ("Lib", "Liberal")."""
    if x.endswith("s") and y.endswith("s"):
        x, y = x[:-1], y[:-1]  # "Dems", "Democrats"
    return len(x) >= _MIN_ABBREVIATED and len(y) - len(x) >= _MIN_ABBREVIATED and y.startswith(x)


def abbreviation_key(p: Profile) -> str | None:
    """The key under which "Lib Dems" and "Liberal Democrats" meet: each word's opening.

    Only names of a group in the plural get one: names of people would meet every
    namesake with a family name of the same first letters, and be compared for nothing.
    """
    found = p.written
    if len(found) < 2 or not found[-1].casefold().endswith("s"):
        return None
    return " ".join(w.casefold()[:_MIN_ABBREVIATED] for w in found)


def compare(p: Profile, q: Profile, *, threshold: float) -> tuple[NameMatch, bool]:
    """Compare two profiles; the flag says a partial name shares the family-name slot.

    The flag is True only for AMBIGUOUS verdicts where the shorter name ends with the
    last word of the longer name's head (a bare surname): the resolver may link such a
    name when it fits exactly one entity.
    """
    if p.surface == q.surface:
        return NameMatch(MatchLevel.EXACT, 1.0, "identical text"), False
    if p.canonical is not None and q.canonical is not None:
        if p.canonical == q.canonical:
            reason = f"both are aliases of {p.canonical!r}"
            return NameMatch(MatchLevel.ALIAS, 1.0, reason), False
        reason = f"the alias table names different entities: {_pair(p.canonical, q.canonical)}"
        return NameMatch(MatchLevel.DIFFERENT, 0.0, reason), False
    if p.normalized == q.normalized:
        reason = "identical after normalization (case, accents, punctuation, titles)"
        return NameMatch(MatchLevel.NORMALIZED, 1.0, reason), False
    score = similarity(p, q)
    if p.numbers != q.numbers:
        reason = f"numbers differ: {_pair(' '.join(p.numbers), ' '.join(q.numbers))}"
        return NameMatch(MatchLevel.DIFFERENT, score, reason), False
    if p.core == q.core:
        return NameMatch(MatchLevel.NORMALIZED, 1.0, "identical apart from the article al-"), False
    if _all_transliterations(p.folded, q.folded):
        variants = ", ".join(
            _pair(a, b).replace(" vs ", " ~ ")
            for a, b in zip(p.core, q.core, strict=True)
            if a != b
        )
        demonyms = any(
            a != b and (a in DEMONYMS or b in DEMONYMS) for a, b in zip(p.core, q.core, strict=True)
        )
        kind = "same country named two ways" if demonyms else "transliteration variants"
        reason = f"{kind}: {variants}"
        return NameMatch(MatchLevel.NORMALIZED, 1.0, reason), False
    if (p.inverted is not None or q.inverted is not None) and _all_transliterations(
        p.natural, q.natural
    ):
        return NameMatch(MatchLevel.NORMALIZED, 1.0, "the same name written surname first"), False
    if p.compact == q.compact:
        return NameMatch(MatchLevel.NORMALIZED, 1.0, "the same letters, spaced differently"), False
    if _members_of(p, q) or _members_of(q, p):
        reason = "a party named by its members: the Xs are the X Party"
        return NameMatch(MatchLevel.NORMALIZED, 1.0, reason), False
    for short, long in ((p, q), (q, p)):
        letters = acronym_letters(short)
        if letters is not None and letters in initials(long):
            reason = f"{short.surface!r} is the initials of {long.surface!r}"
            return NameMatch(MatchLevel.NORMALIZED, 1.0, reason), False
        if _abbreviates(short, long):
            reason = f"{short.surface!r} shortens each word of {long.surface!r}"
            return NameMatch(MatchLevel.NORMALIZED, 1.0, reason), False
    if len(p.core) != len(q.core):
        short, long = (p, q) if len(p.core) < len(q.core) else (q, p)
        if (
            short.canonical is None
            and short.tail == long.tail
            and len(short.head) < len(long.head)
            and _is_subsequence(short.head, long.head)
        ):
            ties = [
                w for w in long.words[: long.head_size] if w in PARTY_TIES and w not in short.words
            ]
            if ties:
                reason = (
                    f"{long.surface!r} names a party by what it is {ties[0]} by, so it is "
                    f"not {short.surface!r}"
                )
                return NameMatch(MatchLevel.DIFFERENT, score, reason), False
            # a family name is a proper name: a bare common noun ("people") is never the
            # surname of a longer group ("Thai people"), only a wider group
            linkable = (
                compatible_folded(short.head[-1], long.head[-1])
                and _is_subsequence(short.head[:-1], long.head[:-1])
                and _is_proper(short, short.head_size - 1)
            )
            role = "ends with the same family name as" if linkable else "is only part of"
            reason = f"{short.surface!r} {role} {long.surface!r} and may name someone else"
            return NameMatch(MatchLevel.AMBIGUOUS, score, reason), linkable
        reason = "different words: " + _pair(p.normalized, q.normalized)
        return NameMatch(MatchLevel.DIFFERENT, score, reason), False
    if min(len(p.compact), len(q.compact)) < MIN_FUZZY_LENGTH:
        reason = f"too short to match approximately: {_pair(p.normalized, q.normalized)}"
        return NameMatch(MatchLevel.DIFFERENT, score, reason), False
    for i, (a, b) in enumerate(zip(p.natural, q.natural, strict=True)):
        if not compatible_folded(a, b):
            family = len(p.core) > 1 and i == p.head_size - 1 == q.head_size - 1
            what = "family names differ" if family else "words differ"
            reason = f"{what}: {_pair(p.words[i], q.words[i])}"
            return NameMatch(MatchLevel.DIFFERENT, score, reason), False
    # A misspelling is believed only when another word, spelled alike, vouches for it.
    if not any(translit_folded(a, b) for a, b in zip(p.natural, q.natural, strict=True)):
        what = (
            "a one-word name is not matched on a misspelling"
            if len(p.core) == 1
            else "no word is spelled alike, so a misspelling is not enough"
        )
        reason = f"{what}: {_pair(p.normalized, q.normalized)}"
        return NameMatch(MatchLevel.DIFFERENT, score, reason), False
    # A misspelt proper name is believed only when another proper name vouches for it:
    # "the Austrian delegation" and "the Australian delegation" are two parties, however
    # alike "delegation" is spelled.
    pairs = list(zip(p.natural, q.natural, strict=True))
    differing = [i for i, (a, b) in enumerate(pairs) if not translit_folded(a, b)]
    alike = [i for i in range(len(pairs)) if i not in differing]
    if (
        differing
        and all(_is_proper(p, i) and _is_proper(q, i) for i in differing)
        and not any(_is_proper(p, i) or _is_proper(q, i) for i in alike)
    ):
        i = differing[0]
        reason = f"the names of different parties: {_pair(p.words[i], q.words[i])}"
        return NameMatch(MatchLevel.DIFFERENT, score, reason), False
    if score >= threshold:
        reason = f"similar spelling: score {score:.2f} >= threshold {threshold:.2f}"
        return NameMatch(MatchLevel.FUZZY, score, reason), False
    reason = f"similarity {score:.2f} is below the threshold {threshold:.2f}"
    return NameMatch(MatchLevel.DIFFERENT, score, reason), False


def check_threshold(threshold: float) -> float:
    """Validate a similarity threshold and return it as a float."""
    if isinstance(threshold, bool) or not isinstance(threshold, int | float):
        raise InvalidValue(
            f"'threshold' must be a number (got {type(threshold).__name__})", field="threshold"
        )
    if not 0.0 < threshold <= 1.0:
        raise InvalidValue(
            f"'threshold' must be within (0, 1] (got {threshold!r})", field="threshold"
        )
    return float(threshold)


def match_names(
    a: str,
    b: str,
    *,
    aliases: AliasTable = DEFAULT_ALIASES,
    threshold: float = DEFAULT_THRESHOLD,
) -> NameMatch:
    """Compare two names and return the strongest :class:`MatchLevel` they reach.

    The ladder, first rule that applies wins:

    1. EXACT: identical text.
    2. ALIAS: both in one alias group; DIFFERENT if both are in different groups.
    3. NORMALIZED: equal after :func:`normalize_name`.
    4. DIFFERENT if the numbers in the names differ ("Brigade 5", "Brigade 6").
    5. NORMALIZED: equal without the article, word-by-word transliteration variants
       (Qasem/Qassem), a "Surname, Given" form, or the same letters spaced differently.
    6. AMBIGUOUS: one name is a bare part of the other ("Soleimani", "Qassem"), unless
       the shorter one is a full name in the alias table; otherwise different word
       counts are DIFFERENT.
    7. DIFFERENT if either name has fewer than five letters, if any aligned pair of
       words is incompatible (a family-name guard: Qassem Soleimani is not Qassem
       al-Aaraji however similar the strings), or if no pair of words is spelled alike
       (one-word names are never matched on a misspelling: Rubagho is not Rumagho).
    8. FUZZY if the similarity reaches ``threshold``, else DIFFERENT.

    Words are compatible when they are transliterations of each other (same consonants,
    vowels differing only as romanizations do) or, for words of six letters or more,
    when they start alike and reach an Indel similarity of 0.8 (a likely misspelling).

    The verdict is symmetric: ``match_names(a, b) == match_names(b, a)``.

    Args:
        a: a name as written.
        b: another name as written.
        aliases: the alias table to consult.
        threshold: minimum similarity in (0, 1] for a FUZZY match.

    Raises:
        InvalidValue: a name has no letters or digits (``field`` is ``a`` or ``b``), or
            ``threshold`` is outside (0, 1].

    Examples:
        >>> match_names("Gen. Qasem Soleimani", "Qassem Soleimani").level
        <MatchLevel.NORMALIZED: 'normalized'>
        >>> match_names("Qassem Soleimani", "Qassem al-Aaraji").reason
        "family names differ: 'aaraji' vs 'soleimani'"
        >>> match_names("Daesh", "the Islamic State group").reason
        "both are aliases of 'Islamic State'"
        >>> match_names("Soleimani", "Qassem Soleimani").level
        <MatchLevel.AMBIGUOUS: 'ambiguous'>
        >>> match_names("Brigade 5", "Brigade 6").reason
        "numbers differ: '5' vs '6'"
    """
    limit = check_threshold(threshold)
    first = profile(a, aliases, field="a")
    second = profile(b, aliases, field="b")
    return compare(first, second, threshold=limit)[0]


def keys_of(p: Profile) -> tuple[str, ...]:
    """The symmetric blocking keys of a profile: names sharing one are compared."""
    as_written = " ".join(skeleton_folded(token) for token in p.folded)
    skeletons = [skeleton_folded(token) for token in p.natural]
    keys = {f"compact:{p.compact}", f"skel:{as_written}", f"skel:{' '.join(skeletons)}"}
    if p.canonical is not None:
        keys.add(f"alias:{p.canonical}")
    if p.inverted is not None:
        keys.add(f"compact:{''.join(p.inverted)}")
    # "SNP" meets "Scottish National Party", "Lib Dems" meets "Liberal Democrats"
    letters = acronym_letters(p)
    if letters is not None:
        keys.add(f"acro:{letters}")
    keys.update(f"acro:{x}" for x in initials(p))
    abbreviated = abbreviation_key(p)
    if abbreviated is not None:
        keys.add(f"abbr:{abbreviated}")
    # "the Greens" meets "the Green Party" (see _members_of), however short the name
    if p.core:
        if p.core[-1].endswith("s"):
            keys.add(f"members:{' '.join(p.core)}")
        if _PARTY_TAIL.search(p.surface) is not None:
            *same, last = p.core
            sibilant = last.endswith(("s", "x", "z", "ch", "sh"))
            keys.add(f"members:{' '.join([*same, f'{last}es' if sibilant else f'{last}s'])}")
    for k, token in enumerate(p.natural):
        if len(token) < MIN_FUZZY_TOKEN_LENGTH:
            continue
        others = " ".join([*skeletons[:k], "_", *skeletons[k + 1 :]])
        keys.add(f"pre:{others}:{token[:_WINDOW]}")
        keys.add(f"suf:{others}:{token[-_WINDOW:]}")
    return tuple(sorted(keys))


def _token_key(folded: str) -> str:
    # Transliterations share the skeleton and the folded length; a skeleton alone would
    # put every Samir next to every Sumaru.
    return f"tok:{skeleton_folded(folded)}:{len(folded)}"


def part_key(p: Profile) -> str:
    """The key under which a name looks for longer names it may be part of."""
    return _token_key(p.head[-1])


def token_keys(p: Profile) -> tuple[str, ...]:
    """The keys under which a longer name can be found by its parts."""
    if len(p.head) < 2:
        return ()
    return tuple(sorted({_token_key(token) for token in p.head}))


def blocking_keys(name: str, *, aliases: AliasTable = DEFAULT_ALIASES) -> tuple[str, ...]:
    """Return the blocking keys :func:`resolve_entities` files a name under, sorted.

    Two names are compared only when they share a key:

    - ``alias:`` the alias table's canonical name;
    - ``compact:`` the folded letters without spaces (and in "Given Surname" order for
      a "Surname, Given" form);
    - ``skel:`` the consonant skeleton of every word, shared by all transliterations;
    - ``pre:`` / ``suf:`` for each word long enough to be misspelled (six letters), the
      skeletons of the other words with that word's first / last four letters, so a
      typo is found through whichever end it left intact;
    - ``acro:`` an acronym's letters, and a name's initials ("SNP", "Scottish National
      Party");
    - ``abbr:`` for a group named in the plural, the first three letters of each word
      ("Lib Dems", "Liberal Democrats");
    - ``members:`` a name in the plural, and for a party its members in the plural, so
      "the Greens" meets "the Green Party" however short the name.

    ``tok:`` keys (skeleton and folded length of one word) are asymmetric: a name is
    checked as a possible part of every longer name that lists its last word's key among
    its own ``tok:`` keys, so a bare partial is found when it is a transliteration of a
    word of the longer name (not when it is also misspelled).

    Examples:
        >>> for key in blocking_keys("Gen. Qasem Soleimani"):
        ...     print(key)
        compact:kasemsolimani
        pre:ksm _:soli
        skel:ksm slmn
        suf:ksm _:mani
        tok:ksm:5
        tok:slmn:8
        >>> blocking_keys("Soleimany")
        ('compact:solimani', 'pre:_:soli', 'skel:slmn', 'suf:_:mani', 'tok:slmn:8')
    """
    p = profile(name, aliases)
    return tuple(sorted({*keys_of(p), part_key(p), *token_keys(p)}))
