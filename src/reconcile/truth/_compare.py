"""Value comparison settings: how raw claimed values become comparable keys.

A :class:`ValueComparison` turns a raw value (``"4:55 p.m."``, ``"Knuth, Donald E."``,
``"478,403"``) into a canonical key, says whether two keys are the same within the
tolerance, how similar they are (for TruthFinder's implication), and renders a key back
as text. The four public factories build the usual settings.
"""

from __future__ import annotations

import enum
import html
import math
import re
import unicodedata
from collections.abc import Hashable

import attrs

from reconcile.errors import InvalidValue

__all__ = [
    "ValueComparison",
    "ValueKind",
    "author_lists",
    "numbers",
    "text",
    "times",
]

Key = Hashable

_MISSING = ("", "-", "n/a", "na", "none", "null", "not available", "unknown", "contact airline")


class ValueKind(enum.Enum):
    """What kind of value a claim table holds."""

    #: Free text; keys are case-folded with runs of white space collapsed.
    TEXT = "text"
    #: Numbers (counts, amounts); keys are finite floats, thousands separators dropped.
    NUMBER = "number"
    #: Times of day; keys are minutes after midnight (``4:55 p.m.`` -> 1015).
    TIME = "time"
    #: Lists of person names; keys are sets of normalized family names.
    NAMES = "names"


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_TIME = re.compile(
    r"(?<![\d/])(\d{1,2}):(\d{2})(?!\d)\s*(a\.?m\.?|p\.?m\.?|noon|midnight|a|p)?",
    re.IGNORECASE,
)
_NUMBER_JUNK = re.compile(r"[,_\s]")


def parse_time(text: str) -> int | None:
    """Return minutes after midnight for the first time of day in ``text``, or None.

    Dates, week days, notes such as ``(Estimated runway)`` and offsets after the time are
    ignored; ``a.m.``/``p.m.`` (also ``a``/``p``, ``noon``) apply to the first time.

    Examples:
        >>> [parse_time(s) for s in ("4:55 p.m.", "6:59aDec 1", "Thu  20:00", "11/30 8:00 p.m.")]
        [1015, 419, 1200, 1200]
        >>> parse_time("12:05 a.m."), parse_time("12:00noon"), parse_time("Not Available")
        (5, 720, None)
    """
    match = _TIME.search(text)
    if match is None:
        return None
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        return None
    marker = (match.group(3) or "").lower().replace(".", "")
    if marker in ("a", "am", "midnight") and hour == 12:
        hour = 0
    elif marker in ("p", "pm") and hour < 12:
        hour += 12
    return hour * 60 + minute


_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "phd", "md", "dr", "prof", "mr", "mrs", "ms"})
_ROLES = re.compile(r"\b(edited by|editor|editors|eds?|by|with|foreword by|translated by)\b\.?")
_ET_AL = re.compile(r"\b(et\.? ?al|etc)\b\.?")
# Names run together when a list lost its separators ("Mark DowdJohn McDonald"): a
# capitalised word straight into another, unless the first is a name prefix (McDonald,
# MacLeod, DeVries, LaFleur).
_GLUED = re.compile(r"\b[A-Z][a-z]+(?=[A-Z][a-z])")
_NAME_PREFIXES = frozenset({"mc", "mac", "de", "di", "da", "du", "la", "le", "van", "von", "del"})


def _unglue(text: str) -> str:
    return _GLUED.sub(lambda m: m[0] if m[0].casefold() in _NAME_PREFIXES else m[0] + ";", text)


#: A chunk naming a publisher is no author ("Certification Press").
_PUBLISHER_WORDS = frozenset({"press", "publishing", "publisher", "publishers", "publications"})
#: A chunk naming an organisation is one corporate author, keyed by its name without
#: the legal form ("Microsoft Corp." = "Microsoft Corporation").
_LEGAL_FORMS = frozenset({"inc", "ltd", "llc", "corp", "corporation", "co", "company", "plc"})
_ORGANISATION_WORDS = _LEGAL_FORMS | frozenset(
    {"staff", "team", "institute", "committee", "group", "association", "society", "council"}
)


def _name_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z][a-z'\-]*", text) if w not in _SUFFIXES]


def family_names(text: str) -> frozenset[str]:
    """Return the set of normalized family names in an author string.

    Understands ``First Last``, ``Last, First``, ``Last, First Last, First`` (no
    separator between names), lists separated by ``;``, ``/``, ``,``, ``and`` or ``&``
    or run together (``DowdJohn``), HTML entities, accents, initials, titles, roles such
    as ``By (author)`` and ``et al.``. A publisher in the list is dropped; an
    organisation is one name, without its legal form (``Inc.``, ``Corp.``).

    Examples:
        >>> sorted(family_names("Peter Aiken, M. David Allen"))
        ['aiken', 'allen']
        >>> sorted(family_names("aiken, peter ;  allen, m. david;"))
        ['aiken', 'allen']
        >>> sorted(family_names("Knuth, Donald E."))
        ['knuth']
        >>> sorted(family_names("ROZANSKI, NICK WOODS, EOIN"))
        ['rozanski', 'woods']
        >>> sorted(family_names("By (author) Pooley, Rob By (author) Wilcox, Pauline"))
        ['pooley', 'wilcox']
        >>> sorted(family_names("Hornick, Mark F.; Marcad&eacute;, Erik"))
        ['hornick', 'marcade']
        >>> sorted(family_names("Mark DowdJohn McDonald, et al."))
        ['dowd', 'mcdonald']
        >>> sorted(family_names("Dennis Smith, Certification Press"))
        ['smith']
        >>> family_names("Microsoft Corp.") == family_names("Microsoft Corporation")
        True
    """
    text = _unglue(_strip_accents(html.unescape(text))).casefold()
    text = re.sub(r"\(.*?\)", " ", text)
    text = _ET_AL.sub(" ", _ROLES.sub(";", text))
    names: set[str] = set()
    for chunk in re.split(r";|/|\band\b|&|\|", text):
        parts = []
        for part in chunk.split(","):
            words = _name_words(part)
            if not words or _PUBLISHER_WORDS.intersection(words):
                continue
            if _ORGANISATION_WORDS.intersection(words):
                organisation = " ".join(w for w in words if w not in _LEGAL_FORMS)
                if organisation:  # a bare "Inc." is the tail of the name before it
                    names.add(organisation)
            else:
                parts.append(part.strip())
        if not parts:
            continue
        sizes = [len(_name_words(p)) for p in parts]
        if len(parts) % 2 == 0 and all(sizes[i] == 1 for i in range(0, len(parts), 2)):
            # Last, First, Last, First
            names.update(_name_words(parts[i])[0] for i in range(0, len(parts), 2))
        elif len(parts) > 1 and sizes[0] == 1 and all(n >= 2 for n in sizes[1:-1]):
            # Last, First Last, First Last, First: the last word of each middle part
            # is the next family name.
            names.add(_name_words(parts[0])[0])
            names.update(_name_words(p)[-1] for p in parts[1:-1])
        else:
            names.update(_name_words(p)[-1] for p in parts)
    return frozenset(names)


def _format_number(x: float) -> str:
    if x.is_integer() and abs(x) < 1e16:
        return str(int(x))
    return format(x, ".10g")


@attrs.frozen(repr=False)
class ValueComparison:
    """How claimed values are parsed, compared and rendered.

    Build one with :func:`text`, :func:`numbers`, :func:`times` or :func:`author_lists`.

    Attributes:
        kind: the kind of value.
        within_minutes: times this many minutes apart are the same (``TIME``).
        rel_tol: numbers within this fraction of the larger are the same (``NUMBER``).
        abs_tol: numbers within this absolute difference are the same (``NUMBER``).
        missing: raw texts (case-folded) that mean "no value" rather than a value.

    Examples:
        >>> times(within_minutes=10)
        times(within_minutes=10)
        >>> cmp = numbers(rel_tol=0.01)
        >>> cmp.key("478,403"), cmp.same(478403.0, 480000.0), cmp.same(478403.0, 500000.0)
        (478403.0, True, False)
    """

    kind: ValueKind = attrs.field(validator=attrs.validators.instance_of(ValueKind))
    within_minutes: float = attrs.field(default=0.0, converter=float)
    rel_tol: float = attrs.field(default=0.0, converter=float)
    abs_tol: float = attrs.field(default=0.0, converter=float)
    missing: tuple[str, ...] = attrs.field(default=_MISSING, converter=tuple)

    @within_minutes.validator
    @rel_tol.validator
    @abs_tol.validator
    def _check_tolerance(self, attribute: attrs.Attribute[float], value: float) -> None:
        if not (math.isfinite(value) and value >= 0):
            raise InvalidValue(
                f"{attribute.name!r} must be a finite number >= 0 (got {value!r})",
                field=attribute.name,
            )

    def __repr__(self) -> str:
        if self.kind is ValueKind.TIME:
            return f"times(within_minutes={self.within_minutes:g})"
        if self.kind is ValueKind.NUMBER:
            return f"numbers(rel_tol={self.rel_tol:g}, abs_tol={self.abs_tol:g})"
        if self.kind is ValueKind.NAMES:
            return "author_lists()"
        return "text()"

    @property
    def is_numeric(self) -> bool:
        """Whether keys are numbers (``NUMBER`` and ``TIME``), so medians make sense."""
        return self.kind in (ValueKind.NUMBER, ValueKind.TIME)

    @property
    def has_partial_similarity(self) -> bool:
        """Whether two different keys can be partly similar (see :meth:`similarity`).

        Plain text, and numbers or times compared exactly, are all or nothing.
        """
        if self.kind is ValueKind.NAMES:
            return True
        if self.kind is ValueKind.TIME:
            return self.within_minutes > 0
        if self.kind is ValueKind.NUMBER:
            return self.rel_tol > 0 or self.abs_tol > 0
        return False

    def key(self, raw: str | float) -> Key | None:
        """Return the canonical key of ``raw``, or None when it states no value.

        Raises:
            InvalidValue: ``raw`` is not a value of this kind (``"abc"`` as a number,
                NaN or an infinite number).
        """
        if isinstance(raw, float | int) and not isinstance(raw, bool):
            number = float(raw)
            if not math.isfinite(number):
                raise InvalidValue(f"value must be finite (got {raw!r})", field="value")
            if self.kind is ValueKind.NUMBER:
                return number
            raw = _format_number(number)
        text_value = " ".join(str(raw).split())
        if text_value.casefold() in self.missing:
            return None
        if self.kind is ValueKind.TEXT:
            return text_value.casefold()
        if self.kind is ValueKind.NUMBER:
            try:
                number = float(_NUMBER_JUNK.sub("", text_value))
            except ValueError:
                raise InvalidValue(f"not a number: {text_value!r}", field="value") from None
            if not math.isfinite(number):
                raise InvalidValue(f"value must be finite (got {text_value!r})", field="value")
            return number
        if self.kind is ValueKind.TIME:
            minutes = parse_time(text_value)
            if minutes is None:
                if any(m and m in text_value.casefold() for m in self.missing):
                    return None
                raise InvalidValue(f"not a time of day: {text_value!r}", field="value")
            return minutes
        names = family_names(text_value)
        return names or None

    def same(self, a: Key, b: Key) -> bool:
        """Whether two keys are the same value within the tolerance."""
        if a == b:
            return True
        if self.kind is ValueKind.TIME:
            assert isinstance(a, int | float)
            assert isinstance(b, int | float)
            diff = abs(a - b) % 1440
            return min(diff, 1440 - diff) <= self.within_minutes
        if self.kind is ValueKind.NUMBER:
            assert isinstance(a, int | float)
            assert isinstance(b, int | float)
            return abs(a - b) <= max(self.abs_tol, self.rel_tol * max(abs(a), abs(b)))
        return False

    def similarity(self, a: Key, b: Key) -> float:
        """How far ``a`` supports ``b``, from 0 (unrelated) to 1 (the same value).

        Numbers and times fall off linearly to 0 at twice the tolerance; text only
        matches itself. An author list supports a longer list that contains it in
        proportion to the names it gives (``{a}`` supports ``{a, b}`` by 1/2: shops often
        list the first authors only), and no list that names someone it lacks.

        Examples:
            >>> cmp = author_lists()
            >>> cmp.similarity(cmp.key("Dowd"), cmp.key("Dowd; McDonald"))
            0.5
            >>> cmp.similarity(cmp.key("Dowd; McDonald"), cmp.key("Dowd"))
            0.0
        """
        if a == b:
            return 1.0
        if self.kind is ValueKind.NAMES:
            assert isinstance(a, frozenset)
            assert isinstance(b, frozenset)
            return len(a) / len(b) if a < b else 0.0
        if self.kind is ValueKind.TIME:
            assert isinstance(a, int | float)
            assert isinstance(b, int | float)
            diff = abs(a - b) % 1440
            scale = 2 * self.within_minutes
            return max(0.0, 1 - min(diff, 1440 - diff) / scale) if scale else 0.0
        if self.kind is ValueKind.NUMBER:
            assert isinstance(a, int | float)
            assert isinstance(b, int | float)
            scale = 2 * max(self.abs_tol, self.rel_tol * max(abs(a), abs(b)))
            return max(0.0, 1 - abs(a - b) / scale) if scale else 0.0
        return 0.0

    def number(self, key: Key) -> float:
        """Return a numeric key as a float (``NUMBER`` and ``TIME`` only)."""
        assert isinstance(key, int | float)
        return float(key)

    def from_number(self, x: float) -> Key:
        """Return the key for a number computed by an estimator (a weighted median)."""
        return round(x) % 1440 if self.kind is ValueKind.TIME else float(x)

    def render(self, key: Key) -> str:
        """Render a key as the text printed in estimates and CSV output.

        Examples:
            >>> times().render(1015), numbers().render(478403.0)
            ('16:55', '478403')
            >>> author_lists().render(frozenset({"knuth", "aiken"}))
            'aiken; knuth'
        """
        if self.kind is ValueKind.TIME:
            assert isinstance(key, int | float)
            minutes = round(key) % 1440
            return f"{minutes // 60:02d}:{minutes % 60:02d}"
        if self.kind is ValueKind.NUMBER:
            assert isinstance(key, float | int)
            return _format_number(float(key))
        if self.kind is ValueKind.NAMES:
            assert isinstance(key, frozenset)
            return "; ".join(sorted(key))
        return str(key)

    def sort_key(self, key: Key) -> tuple[float, str]:
        """The documented order of values: numerically for numbers, else by rendering."""
        if self.is_numeric:
            return (self.number(key), "")
        return (0.0, self.render(key))


def text() -> ValueComparison:
    """Compare case-folded text with white space collapsed.

    Examples:
        >>> text().key("  New   York ")
        'new york'
    """
    return ValueComparison(ValueKind.TEXT)


def numbers(*, rel_tol: float = 0.0, abs_tol: float = 0.0) -> ValueComparison:
    """Compare numbers, the same when within ``rel_tol`` of the larger or ``abs_tol``.

    Examples:
        >>> numbers(rel_tol=0.01).same(100.0, 100.9)
        True
    """
    return ValueComparison(ValueKind.NUMBER, rel_tol=rel_tol, abs_tol=abs_tol)


def times(*, within_minutes: float = 0.0) -> ValueComparison:
    """Compare times of day, the same when at most ``within_minutes`` apart.

    Examples:
        >>> times(within_minutes=10).same(times().key("4:55 p.m."), times().key("17:04"))
        True
    """
    return ValueComparison(ValueKind.TIME, within_minutes=within_minutes)


def author_lists() -> ValueComparison:
    """Compare author lists as sets of normalized family names.

    Examples:
        >>> cmp = author_lists()
        >>> cmp.key("Knuth, Donald E.") == cmp.key("Donald Knuth")
        True
    """
    return ValueComparison(ValueKind.NAMES)
