"""Name normalization and the token-level rules built on it.

Two layers live here. :func:`normalize_name` is the public, readable key: case,
diacritics, invisible characters, punctuation, possessives, a leading "the", leading
titles and the spelling of the Arabic article are folded, and nothing else. The private
token helpers go further for comparison only: :func:`prefold` folds transliteration
spellings, :func:`skeleton` keeps the consonants (a blocking key), and
:func:`are_transliterations` / :func:`are_compatible_tokens` decide whether two tokens may
stand for the same word.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Final, NewType

from rapidfuzz.distance import Indel

from reconcile.errors import InvalidValue
from reconcile.model import MAX_NAME_LENGTH

__all__ = ["NormalizedName", "normalize_name"]

#: A name after :func:`normalize_name`: lowercase letters and digits separated by single
#: spaces. Raw text cannot be passed where a ``NormalizedName`` is required.
NormalizedName = NewType("NormalizedName", str)

# Apostrophes, and the modifier letters used for ayn and hamza in transliteration.
_APOSTROPHES = "'\u2019\u2018\u02bc\u02bb\u02bf\u02be`\u00b4\u2032"
_POSSESSIVE = re.compile(rf"(?<=\w)[{_APOSTROPHES}]s?(?!\w)")
_APOSTROPHE = re.compile(f"[{_APOSTROPHES}]")
# Single letters joined by dots (U.S., U.S.A, U.N.), never digits (5.5 stays two numbers).
_DOTTED_ACRONYM = re.compile(r"(?<!\w)[^\W\d_]\.(?:[^\W\d_]\.)*[^\W\d_]?(?!\w)")
# The Arabic article as a hyphenated prefix, including the sun-letter spellings.
_HYPHEN_ARTICLE = re.compile(
    r"(?<!\w)(?:al|el|ul|ad|adh|ar|as|ash|at|ath|az|an|ed|er|es|et|en)[-\u2010\u2011](?=\w)"
)
_SPACES = re.compile(r"\s+")

#: Tokens that begin a descriptive tail ("US troops in Iraq"); a name's head ends here.
CONNECTORS = frozenset(
    {"of", "in", "for", "on", "at", "and", "to", "from", "by", "with", "near", "against"}
)
#: The Arabic article after normalization; ignored when comparing tokens.
ARTICLES = frozenset({"al"})

# Leading titles stripped by normalize_name, longest first. Full words that often start
# ordinary names ("General Assembly", "Major Brigade") are left out on purpose.
_TITLES: tuple[tuple[str, ...], ...] = tuple(
    sorted(
        (
            tuple(title.split())
            for title in (
                "gen",
                "lt gen",
                "maj gen",
                "brig gen",
                "lieutenant general",
                "major general",
                "brigadier general",
                "lt",
                "col",
                "colonel",
                "maj",
                "brig",
                "cpt",
                "capt",
                "sgt",
                "adm",
                "admiral",
                "cmdr",
                "commander",
                "field marshal",
                "dr",
                "prof",
                "mr",
                "mrs",
                "ms",
                "sen",
                "senator",
                "rep",
                "gov",
                "governor",
                "president",
                "vice president",
                "prime minister",
                "minister",
                "foreign minister",
                "defense minister",
                "defence minister",
                "interior minister",
                "secretary of state",
                "defense secretary",
                "supreme leader",
                "king",
                "queen",
                "emir",
                "sheikh",
                "sheik",
                "shaikh",
                "ayatollah",
                "grand ayatollah",
                "imam",
                "cleric",
                "mullah",
                "hajji",
            )
        ),
        key=lambda title: (-len(title), title),
    )
)


_STRIPPABLE: dict[str, tuple[tuple[str, ...], ...]] = {}
for _title in (("the",), *_TITLES):
    _STRIPPABLE[_title[0]] = (*_STRIPPABLE.get(_title[0], ()), _title)


#: Trailing words that name the kind of a body, not the body: "Labour Party" is Labour.
_GENERIC_TAILS = frozenset({"party"})


def _fail(message: str, field: str) -> InvalidValue:
    return InvalidValue(message, field=field)


def _strip_leading(tokens: list[str]) -> list[str]:
    """Drop a leading "the" and titles while a real name remains after them."""
    while tokens:
        for prefix in _STRIPPABLE.get(tokens[0], ()):
            size = len(prefix)
            rest = tokens[size:]
            if tuple(tokens[:size]) == prefix and rest and rest[0] not in CONNECTORS:
                tokens = rest
                break
        else:
            return tokens
    return tokens


def _clean(text: str) -> str:
    """Fold case, compatibility forms and diacritics; keep letters, digits and spaces."""
    # Casefolding can produce letters that decompose further (dotted capital I), and
    # compatibility forms (mathematical bold A) only casefold once decomposed.
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    kept = []
    for char in text:
        category = unicodedata.category(char)
        if category in {"Mn", "Cf"}:
            continue  # diacritics, and zero-width or bidi controls
        kept.append(char)
    return unicodedata.normalize("NFC", "".join(kept))


def normalize_name(text: str, *, field: str = "name") -> NormalizedName:
    r"""Return the comparison key of a name: readable, deterministic and idempotent.

    Case, diacritics, compatibility forms (NBSP, ligatures), zero-width and right-to-left
    marks, dots in acronyms (``U.S.`` becomes ``us``), other punctuation, possessive
    ``'s``, a leading "the", leading titles (``Gen.``, ``Prime Minister``), a trailing
    "Party" (``the Labour Party`` is ``labour``) and the
    spellings of the Arabic article (``al-``, ``Al-``, ``el-``, ``ash-``) are folded.
    Transliteration variants such as Qasem/Qassem are *not* folded here; the matcher
    compares them token by token.

    Args:
        text: the name as written.
        field: the field name to report if ``text`` is not a usable name.

    Returns:
        Lowercase letters and digits (any script) separated by single spaces.

    Raises:
        InvalidValue: ``text`` is not a string, has no letters or digits, or is longer
            than :data:`reconcile.model.MAX_NAME_LENGTH` characters.

    Examples:
        >>> normalize_name("Gen. Qasem Soleimani")
        'qasem soleimani'
        >>> normalize_name("Abu Mahdi. Al-Muhandis")
        'abu mahdi al muhandis'
        >>> normalize_name("the U.S.")
        'us'
        >>> normalize_name("the Labour Party")
        'labour'
        >>> normalize_name("Iraq\u2019s parliament")
        'iraq parliament'
        >>> normalize_name("Kata'ib Hizballah")
        'kataib hizballah'
        >>> normalize_name("President")
        'president'
        >>> normalize_name(" \u200b ")
        Traceback (most recent call last):
        ...
        reconcile.errors.InvalidValue: field 'name': a name needs letters or digits (got ' \u200b ')
    """
    if not isinstance(text, str):
        raise _fail(f"a name must be a str (got {type(text).__name__})", field)
    if len(text) > MAX_NAME_LENGTH:
        raise _fail(f"a name is at most {MAX_NAME_LENGTH} characters (got {len(text):,})", field)
    result = _folded_name(text)
    if not result:
        raise _fail(f"a name needs letters or digits (got {text!r})", field)
    return NormalizedName(result)


@functools.lru_cache(maxsize=1 << 16)
def _folded_name(text: str) -> str:
    """:func:`normalize_name`'s key of a name (a str of at most the limit), or "" if none.

    Remembered: the resolver normalizes each name of its batch about four times (its
    profile, its entity's name, slug and key), and a run's batch holds every subject.
    """
    cleaned = _clean(text)
    cleaned = _POSSESSIVE.sub("", cleaned)
    cleaned = _APOSTROPHE.sub("", cleaned)
    cleaned = _DOTTED_ACRONYM.sub(lambda match: match.group().replace(".", ""), cleaned)
    cleaned = _HYPHEN_ARTICLE.sub("al ", cleaned)
    cleaned = "".join(
        char if char.isalnum() or unicodedata.category(char) == "Mc" else " " for char in cleaned
    )
    tokens = _strip_leading(_SPACES.split(cleaned.strip()))
    if len(tokens) >= 2 and tokens[-1] in _GENERIC_TAILS:
        tokens = tokens[:-1]  # "the Labour Party" is Labour, as every report shortens it
    return " ".join(token for token in tokens if token)


# Transliteration folding, applied in order. Vowel digraphs become one vowel so that the
# vowel slots of two spellings line up; consonant spellings converge on one letter.
_DIGRAPHS: tuple[tuple[str, str], ...] = (
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
    ("ei", "i"),
    ("ey", "i"),
    ("ai", "i"),
    ("ay", "i"),
    ("ph", "f"),
    ("ck", "k"),
    ("dj", "j"),
    ("ch", "sh"),
)
_DOUBLES = re.compile(r"(.)\1+")
_HARD_C = re.compile(r"c(?!h)")
_INNER_Y = re.compile(r"(?<=.)y")
_VOWELS = frozenset("aeiou")
# Pairs of vowel letters that transliterations of one Arabic or Persian word swap freely:
# "e" stands for any short vowel, "o" for u or a (Mohammed/Muhammad, Hezbollah/Hizballah).
_LOOSE_VOWELS = frozenset({("o", "u"), ("u", "o"), ("o", "a"), ("a", "o")})
_MIN_VARIANT_LENGTH = 4
MIN_FUZZY_TOKEN_LENGTH = 6
_TOKEN_SIMILARITY = 0.8


#: Demonyms that name the same thing as their country inside a longer name: "American
#: troops" are "US troops", the "Iraqi parliament" is "Iraq's parliament". Only words
#: that are not also common given names or surnames.
DEMONYMS: Final[dict[str, str]] = {
    "american": "us",
    "afghan": "afghanistan",
    "british": "uk",
    "chinese": "china",
    "egyptian": "egypt",
    "french": "france",
    "german": "germany",
    "iranian": "iran",
    "iraqi": "iraq",
    "israeli": "israel",
    "jordanian": "jordan",
    "kurdish": "kurdistan",
    "lebanese": "lebanon",
    "libyan": "libya",
    "palestinian": "palestine",
    "russian": "russia",
    "saudi": "saudi arabia",
    "sudanese": "sudan",
    "syrian": "syria",
    "turkish": "turkey",
    "ukrainian": "ukraine",
    "yemeni": "yemen",
}


@functools.lru_cache(maxsize=1 << 16)
def prefold(token: str) -> str:
    """Fold one normalized token's transliteration spelling (Qassem -> kasem).

    A demonym folds as its country (:data:`DEMONYMS`): iraqi -> irak.

    Examples:
        >>> [prefold(t) for t in ("qassem", "kassem", "qasim", "soleimany", "hizballah")]
        ['kasem', 'kasem', 'kasim', 'solimani', 'hizbala']
        >>> prefold("american") == prefold("us"), prefold("iraqi") == prefold("iraq")
        (True, True)
    """
    token = DEMONYMS.get(token, token).replace(" ", "")
    folded = _DOUBLES.sub(r"\1", token)
    for source, target in _DIGRAPHS:
        folded = folded.replace(source, target)
    folded = _HARD_C.sub("k", folded).replace("q", "k")
    folded = _INNER_Y.sub("i", folded)
    folded = _DOUBLES.sub(r"\1", folded)
    if len(folded) > 3 and folded.endswith("ah"):
        folded = folded[:-1]
    return folded


def skeleton(token: str) -> str:
    """Return the consonant skeleton of a normalized token: a coarse blocking key.

    A leading vowel becomes ``*`` so that Osama and Usama share a skeleton.

    Examples:
        >>> [skeleton(t) for t in ("muhammad", "mohammed", "osama", "usama")]
        ['mhmd', 'mhmd', '*sm', '*sm']
    """
    return skeleton_folded(prefold(token))


def skeleton_folded(folded: str) -> str:
    """:func:`skeleton` for a token already passed through :func:`prefold`."""
    if not folded:
        return ""
    head = "*" if folded[0] in _VOWELS else folded[0]
    return head + "".join(char for char in folded[1:] if char not in _VOWELS)


def _vowels_agree(left: str, right: str) -> bool:
    return left == right or "e" in (left, right) or (left, right) in _LOOSE_VOWELS


def are_transliterations(left: str, right: str) -> bool:
    """Whether two normalized tokens are spellings of one word in another script.

    After :func:`prefold` the consonants must be identical and aligned; the vowels may
    differ only where romanizations of unwritten short vowels differ (``e`` against any
    vowel, ``o`` against ``u`` or ``a``). Tokens shorter than four letters must fold to
    the same string.

    Examples:
        >>> are_transliterations("muhammad", "mohamed")
        True
        >>> are_transliterations("hassan", "hussein")
        False
        >>> are_transliterations("jamal", "jamil")
        False
    """
    return translit_folded(prefold(left), prefold(right))


def translit_folded(a: str, b: str) -> bool:
    """:func:`are_transliterations` for tokens already passed through :func:`prefold`."""
    if a == b:
        return True
    if len(a) != len(b) or len(a) < _MIN_VARIANT_LENGTH:
        return False
    for x, y in zip(a, b, strict=True):
        if x == y:
            continue
        if x in _VOWELS and y in _VOWELS and _vowels_agree(x, y):
            continue
        return False
    return True


def token_similarity(left: str, right: str) -> float:
    """Return the Indel similarity (0..1) of two tokens after transliteration folding."""
    return float(Indel.normalized_similarity(prefold(left), prefold(right)))


def are_compatible_tokens(left: str, right: str) -> bool:
    """Whether two tokens may be the same word: a transliteration or a likely misspelling.

    A misspelling must keep the first letter, be at least six letters long, and reach an
    Indel similarity of 0.8 after folding; shorter words must be exact or transliterations,
    since one letter separates many short names (Jamal/Jamil, Iraq/Iran).

    Examples:
        >>> are_compatible_tokens("soleimani", "soleimany")
        True
        >>> are_compatible_tokens("soleimani", "aaraji")
        False
    """
    return compatible_folded(prefold(left), prefold(right))


def compatible_folded(a: str, b: str) -> bool:
    """:func:`are_compatible_tokens` for tokens already passed through :func:`prefold`."""
    if translit_folded(a, b):
        return True
    return (
        min(len(a), len(b)) >= MIN_FUZZY_TOKEN_LENGTH
        and a[0] == b[0]
        and Indel.normalized_similarity(a, b) >= _TOKEN_SIMILARITY
    )
