"""Numbers in running text: digits, number words, scales, ranges and the hedges around them.

The scanner works on tokens (:func:`reconcile.extract._text.tokenize`), never on a
backtracking pattern, so its cost is linear in the number of tokens: each token is read
a bounded number of times (a hedge or unit look-around is at most four tokens).
"""

from __future__ import annotations

import enum
import functools
import math
import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from typing import Final

import attrs

from reconcile.errors import ExtractionError, InvalidValue
from reconcile.extract import _lexicon as lex
from reconcile.extract._lexicon import words
from reconcile.extract._text import Token, shadow, tokenize
from reconcile.values import DEFAULT_ABOUT_SPREAD, Hedge, Quantity


class NumberKind(enum.Enum):
    """What a number in the text measures; only counts become count claims."""

    #: A count of people, things or events ("2,500 troops", "three killed").
    COUNT = "count"
    #: A vague amount ("dozens", "several").
    VAGUE = "vague"
    #: A percentage ("40%", "12 percent").
    PERCENT = "percent"
    #: An amount of money ("$6", "2 billion dollars").
    MONEY = "money"
    #: A physical measure or a unit after the figure ("30 yards", "329-seat").
    MEASURE = "measure"
    #: A length of time ("five years", "90 days").
    DURATION = "duration"
    #: A calendar year ("in 2020").
    YEAR = "year"
    #: A day of a month ("January 27", "10 January").
    DATE = "date"
    #: A clock time ("10:30", "3 p.m.").
    TIME = "time"
    #: An age ("aged 25", "a 25-year-old").
    AGE = "age"
    #: An ordinal ("22nd").
    ORDINAL = "ordinal"
    #: A phone number or identifier ("555-123-4567", "F-16", "No. 5").
    IDENTIFIER = "identifier"


@attrs.frozen
class QuantityMention:
    """One number mention with its hedge, kind and spans.

    Attributes:
        start: start of the whole mention, hedge included ("about 2,500").
        end: end of the whole mention (exclusive).
        text: ``text[start:end]`` as written.
        value: the value as a :class:`reconcile.values.Quantity`.
        kind: what the number measures.
        unit: the word after the figure that says what is counted or measured, if any.
        direction: ``"up"`` or ``"down"`` when the figure is a change ("rose 5%").
        first: index of the mention's first token (internal use).
        last: index one past its last token (internal use).
    """

    start: int
    end: int
    text: str
    value: Quantity
    kind: NumberKind
    unit: str | None = None
    direction: str | None = None
    first: int = attrs.field(default=0, repr=False, eq=False)
    last: int = attrs.field(default=0, repr=False, eq=False)


_THOUSANDS: Final = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_PLAIN: Final = re.compile(r"\d+(?:\.\d+)?")
_ORDINAL_SUFFIX: Final = frozenset({"st", "nd", "rd", "th"})
_UP: Final = frozenset(
    words("""rose rise rises rising increased increase increases increasing up gained gain
    gains grew grow grows jumped jump jumps climbed climb climbs surged surge soared
    raised raise boosted higher added adds hike hiked""")
)
_DOWN: Final = frozenset(
    words("""fell fall falls falling dropped drop drops down decreased decrease decreases
    declined decline declines lost lose loses cut cuts slid slipped plunged plunge
    reduced reduce lower shed sank tumbled slumped""")
)


def _after_a_change(tokens: Sequence[Token], i: int) -> bool:
    """Whether a verb of rise or fall stands just before the figure at ``i`` ("rose by")."""
    k = i - 1
    while k >= 0 and i - k <= 3 and tokens[k].low in _CHANGE_HEDGES:
        k -= 1
    return k >= 0 and (tokens[k].low in _UP or tokens[k].low in _DOWN)


#: Words between a verb of change and its figure: "fell by nearly 20 points".
_CHANGE_HEDGES: Final = frozenset(words("by nearly almost about some around more than over"))


_YEAR_LEADS: Final = frozenset(
    words("""in since of by until till from before after early late mid during around
    between and or to fiscal year summer winter spring autumn fall""")
)


def _digits_value(token: Token) -> float | None:
    text = token.text
    if len(text) > 24:
        return None  # a run of digits this long is no figure a reader states
    if _THOUSANDS.fullmatch(text):
        return float(text.replace(",", ""))
    if _PLAIN.fullmatch(text):
        return float(text)
    return None


def _space_grouped(tokens: Sequence[Token], i: int) -> tuple[float, int] | None:
    """Digits grouped in thousands by single spaces, and the index after them, else ``None``.

    "1 000 unaccounted for", "2 207 structures": a style of many outlets (and of SI).
    A group of one to three digits before groups of exactly three, with one space
    between each, and no group of digits just before it.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> _space_grouped(tokenize("left 1 000 missing"), 1)
        (1000.0, 3)
        >>> _space_grouped(tokenize("in 2019 100 died"), 1), _space_grouped(tokenize("1 20"), 0)
        (None, None)
    """
    first = tokens[i]
    if not (first.text.isdecimal() and len(first.text) <= 3):
        return None
    if i > 0 and tokens[i - 1].is_number and tokens[i - 1].end + 1 == first.start:
        return None  # the tail of a group that began before
    text, j = first.text, i + 1
    while (
        j < len(tokens)
        and tokens[j].end - tokens[j].start == 3
        and tokens[j].text.isdecimal()
        and tokens[j].start == tokens[j - 1].end + 1
    ):
        text += tokens[j].text
        j += 1
    if j == i + 1:
        return None
    return float(text), j


_DOT_THOUSANDS: Final = re.compile(r"\d{1,3}(?:\.\d{3})+")
_COMMA_DECIMAL: Final = re.compile(r"\d+,\d{1,2}")


def _continental_value(tokens: Sequence[Token], i: int) -> float | None:
    """A figure written the continental way, where English grouping cannot be meant.

    "12.000 soldiers" counts twelve thousand (a dot groups thousands: no one counts 12.0
    soldiers, and "1.800 civil employees" are not 1.8); "1,2 billion" is 1.2 billion (a
    comma before one or two digits and a scale word or a share's sign is a decimal point).

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> [_continental_value(tokenize(t), 0) for t in ("12.000 soldiers", "1,2 billion")]
        [12000.0, 1.2]
        >>> [_continental_value(tokenize(t), 0) for t in ("30,8% of votes", "66,2 per cent")]
        [30.8, 66.2]
        >>> [_continental_value(tokenize(t), 0) for t in ("7.500 km", "1.356 billion")]
        [None, None]
    """
    text = tokens[i].text
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is None:
        return None
    if _DOT_THOUSANDS.fullmatch(text):
        noun = nxt.text.isalpha() and nxt.text.islower()
        scaled = nxt.low in lex.SCALES or nxt.low in lex.SHORT_SCALES  # "1.356 billion"
        if (
            noun
            and not scaled
            and nxt.low not in lex.MEASURE_UNITS
            and nxt.low not in _NOT_COUNTED_AFTER
        ):
            return float(text.replace(".", ""))
        return None
    if _COMMA_DECIMAL.fullmatch(text) and (nxt.low in lex.SCALES or nxt.low in _SHARE_AFTER):
        # "30,8% of the votes": a share, whose comma before one or two digits no English
        # grouping writes
        return float(text.replace(",", "."))
    return None


#: Words after a figure that make it a share or points of one: "30,8%", "66,2 per cent".
_SHARE_AFTER: Final = frozenset(words("% percent per pct points point"))


#: Words after a dotted figure that make it a decimal, not thousands ("7.500 percent").
_NOT_COUNTED_AFTER: Final = frozenset(
    words("percent per pct points point times fold magnitude degrees hours minutes seconds")
)


def _adjacent(a: Token, b: Token) -> bool:
    return a.end == b.start


_WORDS_LIMIT: Final = 10**24


def _parse_words(tokens: Sequence[Token], i: int) -> tuple[float, int] | None:
    """Parse number words from token ``i``: "twenty-five", "two hundred and ten"."""
    n = len(tokens)
    total = 0
    current = 0
    j = i
    seen = False
    if tokens[i].low in ("a", "an") and i + 1 < n and tokens[i + 1].low in lex.SCALES:
        current = 1
        j = i + 1
    while j < n:
        low = tokens[j].low
        if low in lex.UNITS:
            if seen and current % 100 not in (0,) and current % 10 != 0:
                break
            if seen and 0 < current % 100 < 20:
                break
            current += lex.UNITS[low]
        elif low in lex.TENS:
            if seen and current % 100 != 0:
                break
            current += lex.TENS[low]
            if (
                j + 2 < n
                and tokens[j + 1].low == "-"
                and tokens[j + 2].low in lex.UNITS
                and 0 < lex.UNITS[tokens[j + 2].low] < 10
            ):
                current += lex.UNITS[tokens[j + 2].low]
                j += 2
        elif low in lex.SCALES and (seen or current):
            scale = lex.SCALES[low]
            if scale == 100:
                current = max(current, 1) * 100
            else:
                total += max(current, 1) * scale
                current = 0
        elif (
            low == "and"
            and seen
            and j + 1 < n
            and (tokens[j + 1].low in lex.UNITS or tokens[j + 1].low in lex.TENS)
            and (current >= 100 or total)
            and current % 100 == 0
        ):
            pass
        else:
            break
        if total + current >= _WORDS_LIMIT:
            # Stop before the integer outgrows a float (and each step costs more).
            raise ExtractionError(
                f"number words at offset {tokens[i].start} exceed 10^24", field="text"
            )
        seen = True
        j += 1
    if not seen:
        return None
    while j > i and tokens[j - 1].low == "and":
        j -= 1
    return float(total + current), j


_FRACTION_WORDS: Final[dict[str, float]] = {
    "half": 0.5,
    "third": 1 / 3,
    "thirds": 1 / 3,
    "quarter": 0.25,
    "quarters": 0.25,
    "fourth": 0.25,
    "fourths": 0.25,
    "fifth": 0.2,
    "fifths": 0.2,
    "tenth": 0.1,
}


def _scales_after(tokens: Sequence[Token], j: int, value: float) -> tuple[float, int]:
    """Apply scale words after a figure: "1.2 million", "4 hundred million", "2.5bn"."""
    n = len(tokens)
    if (
        j + 1 < n
        and tokens[j].low == "-"
        and tokens[j + 1].low in lex.SCALES
        and _adjacent(tokens[j - 1], tokens[j])
        and _adjacent(tokens[j], tokens[j + 1])
    ):
        j += 1  # "12-thousand troops", "15-hundred": a scale word joined by a hyphen
    while j < n:
        nxt = tokens[j]
        if nxt.low in lex.SCALES and (nxt.low != "hundred" or value < 100):
            value *= lex.SCALES[nxt.low]
            j += 1
        elif (
            nxt.low in lex.SHORT_SCALES
            and _adjacent(tokens[j - 1], nxt)
            and tokens[j - 1].is_number
            and not (j + 1 < n and tokens[j + 1].low in ("long", "high", "wide", "deep", "tall"))
        ):
            value *= lex.SHORT_SCALES[nxt.low]
            j += 1
        else:
            break
    return value, j


def _spoken_rest(tokens: Sequence[Token], j: int, value: float) -> tuple[float, int]:
    """The smaller parts of a number read out in scale words after its first part.

    "28 million 870 thousand 328": each part after a scale word is smaller than the
    scale before it, so it adds to the figure rather than starting another.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("28 million 870 thousand 328 voters")
        >>> _parse_number(t, 0)
        (28870328.0, 5)
        >>> _parse_number(tokenize("2 million 40 people"), 0)
        (2000000.0, 2)
    """
    n = len(tokens)
    while j < n and tokens[j - 1].low in lex.SCALES and tokens[j].text.isdecimal():
        scale = lex.SCALES[tokens[j - 1].low]
        part = float(tokens[j].text)
        if part >= scale:
            break
        k = j + 1
        if k < n and tokens[k].low in lex.SCALES and lex.SCALES[tokens[k].low] < scale:
            part *= lex.SCALES[tokens[k].low]  # "million 870 thousand"
            k += 1
        elif scale != 1000:  # "thousand 328": the units end a number read out
            break  # "2 million 40 people": a bare number after millions is another figure
        value += part
        j = k
    return value, j


def _parse_number(tokens: Sequence[Token], i: int) -> tuple[float, int] | None:
    """A single figure at token ``i``: digits with scales, a fraction, or number words."""
    token = tokens[i]
    n = len(tokens)
    if token.is_number:
        value = _digits_value(token)
        continental = _continental_value(tokens, i)
        if continental is not None:
            value = continental
        if value is None:
            return None
        j = i + 1
        grouped = _space_grouped(tokens, i)
        if grouped is not None:
            value, j = grouped  # "left 1 000 unaccounted for", "2 207 structures"
        # 1/2, 3/4: a fraction written with a slash
        if (
            j + 1 < n
            and tokens[j].low in ("/", "\u2044")
            and _adjacent(token, tokens[j])
            and tokens[j + 1].is_number
            and _adjacent(tokens[j], tokens[j + 1])
        ):
            denominator = _digits_value(tokens[j + 1])
            if denominator:
                return value / denominator, j + 2
        value, j = _scales_after(tokens, j, value)
        return _spoken_rest(tokens, j, value)
    if (
        token.low in ("a", "an")
        and i + 2 < n
        and tokens[i + 1].low == "half"
        and tokens[i + 2].low in lex.SCALES
        and tokens[i + 2].low != "hundred"
    ):
        return 0.5 * lex.SCALES[tokens[i + 2].low], i + 3  # "a half dozen", "a half million"
    if token.low in ("half",) and i + 1 < n and tokens[i + 1].low in ("of", "the", "a", "an"):
        scaled = _of_a_scale(tokens, i + 1, 0.5)
        return scaled if scaled is not None else (0.5, i + 1)  # "half a million"
    if (
        token.low in ("a", "one")
        and i + 2 < n
        and tokens[i + 1].low in _FRACTION_WORDS
        and (tokens[i + 2].low in ("of", "the"))
    ):
        fraction = _FRACTION_WORDS[tokens[i + 1].low]
        scaled = _of_a_scale(tokens, i + 2, fraction)  # "a quarter of a million"
        return scaled if scaled is not None else (fraction, i + 2)
    if _one_of_a_unit(tokens, i):
        return 1.0, i + 1  # "at least a week", "more than a year": one of the unit
    if token.low in lex.UNITS or token.low in lex.TENS or token.low in ("a", "an"):
        words = _parse_words(tokens, i)
        if words is None:
            return None
        value, j = words
        # "two-thirds", "a third", "one fourth"
        k = j + 1 if j < n and tokens[j].low == "-" else j
        if (
            k < n
            and tokens[k].low in _FRACTION_WORDS
            and value < 20
            and (k + 1 < n and tokens[k + 1].low in ("of", "the"))
        ):
            return max(value, 1) * _FRACTION_WORDS[tokens[k].low], k + 1
        if (
            j + 3 < n
            and value < 100
            and tuple(t.low for t in tokens[j : j + 3]) == ("and", "a", "half")
            and (tokens[j + 3].low in lex.TIME_UNITS or tokens[j + 3].low in lex.SCALES)
        ):
            # "two and a half days", "three and a half million": the half is the figure's
            value, j = value + 0.5, j + 3
            if tokens[j].low in lex.SCALES:
                value, j = value * lex.SCALES[tokens[j].low], j + 1
        return value, j
    return None


#: Words that bound a figure and may bound "a week" as well: "at least a week".
_BOUNDS_BEFORE: Final = frozenset(words("over under nearly almost"))
_BOUNDS_OF_TWO: Final = frozenset({("at", "least"), ("more", "than"), ("less", "than")})


def _one_of_a_unit(tokens: Sequence[Token], i: int) -> bool:
    """Whether "a" at ``i`` is one of the time unit after it, under a bound.

    A bare "a week" is how long something is put loosely ("a week of talks"); a bound
    makes it a figure someone stated: "at least a week", "over a month".

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> _one_of_a_unit(tokenize("at least a week"), 2)
        True
        >>> _one_of_a_unit(tokenize("for a week"), 1), _one_of_a_unit(tokenize("at least a man"), 2)
        (False, False)
        >>> _one_of_a_unit(tokenize("the worst in more than a century"), 6)
        False
    """
    if not (
        tokens[i].low in ("a", "an") and i + 1 < len(tokens) and tokens[i + 1].low in lex.TIME_UNITS
    ):
        return False
    if i >= 1 and tokens[i - 1].low in _BOUNDS_BEFORE:
        bound = i - 1
    elif i >= 2 and (tokens[i - 2].low, tokens[i - 1].low) in _BOUNDS_OF_TWO:
        bound = i - 2
    else:
        return False
    # "the deadliest fire in more than a century": the span a record is set in
    return not (bound >= 1 and tokens[bound - 1].low in ("in", "since"))


def _of_a_scale(tokens: Sequence[Token], j: int, fraction: float) -> tuple[float, int] | None:
    """A fraction of a scale word from token ``j``, and where it ends, else ``None``.

    "(half) a million", "(a quarter) of a million".

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> _parse_number(tokenize("half a million people"), 0)
        (500000.0, 3)
        >>> _parse_number(tokenize("a quarter of a million people"), 0)
        (250000.0, 5)
        >>> _parse_number(tokenize("two and a half days"), 0)
        (2.5, 4)
        >>> _parse_number(tokenize("three and a half million people"), 0)
        (3500000.0, 5)
        >>> _parse_number(tokenize("two and a half-hearted one"), 0)
        (2.0, 1)
    """
    n = len(tokens)
    if j < n and tokens[j].low == "of":
        j += 1
    if j + 1 < n and tokens[j].low in ("a", "an") and tokens[j + 1].low in lex.SCALES:
        if tokens[j + 1].low == "hundred":
            return None  # "half a hundred" is no way to write 50
        return fraction * lex.SCALES[tokens[j + 1].low], j + 2
    return None


def _between_end(
    tokens: Sequence[Token], i: int, j: int, value: float
) -> tuple[float, float, int, int] | None:
    """A range "between 5% and 6%": its two ends, its end, and where its first figure ends.

    A scale word written once serves both ends ("between 10 and 15 billion"), and a
    currency sign may stand before each ("between $10 billion and $15 billion").
    """
    n = len(tokens)
    lead = i - 1
    if lead >= 1 and tokens[lead].low in lex.CURRENCY_SIGNS:
        lead -= 1
    if lead < 0 or tokens[lead].low != "between":
        return None
    k = j
    unit = None
    if (
        k < n
        and tokens[k].low != "and"
        and (tokens[k].low in _UNIT_RANGE_WORDS or _adjacent(tokens[k - 1], tokens[k]))
    ):
        unit, k = tokens[k].low, k + 1
    if not (k + 1 < n and tokens[k].low == "and"):
        return None
    m = k + 1
    if tokens[m].low in lex.CURRENCY_SIGNS and m + 1 < n:
        m += 1
    second = _parse_number(tokens, m)
    if second is None or second[0] < value:
        return None
    high, end = second
    if unit is not None and end < n and tokens[end].low == unit:
        end += 1
    scale = lex.SCALES.get(tokens[end - 1].low, 1)
    if scale > 1 and not any(t.low in lex.SCALES for t in tokens[i:j]) and value * scale <= high:
        value *= scale  # "between 10 and 15 billion": both ends in billions
    return value, high, end, j  # the unit after the first figure, if any, names both


def _score_like(tokens: Sequence[Token], i: int, j: int, value: float) -> bool:
    """A score or code "2-1", "89-89", "3888-2": two tight-hyphenated figures, not rising."""
    n = len(tokens)
    if j + 1 < n and tokens[j].low == "-" and _adjacent(tokens[j - 1], tokens[j]):
        nxt = tokens[j + 1]
        after = _digits_value(nxt) if nxt.is_number and _adjacent(tokens[j], nxt) else None
        if after is not None and after <= value:
            return True
    if i >= 2 and tokens[i - 1].low == "-" and _adjacent(tokens[i - 1], tokens[i]):
        prev = tokens[i - 2]
        before = _digits_value(prev) if prev.is_number and _adjacent(prev, tokens[i - 1]) else None
        if before is not None and value <= before:
            return True
    return False


def _changed_from(
    tokens: Sequence[Token], i: int, low: float = 0.0, high: float = math.inf
) -> bool:
    """Whether the figure at ``i`` follows "from" or "by" after a verb of change.

    "The party jumped from 96 seats to 148", "rising from just 11 to 28", "it raised the
    party from 96 seats to 148": the figure before the change and the one after it,
    not a range of one; "the toll rose by one to 158": the change and the level after it,
    where "dropped by 1 to 1.5 degrees" (a ``high`` at most twice the ``low``) is a range
    of the change.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> _changed_from(tokenize("It jumped from 96 seats to 148 seats."), 3)
        True
        >>> _changed_from(tokenize("It raised the LDP from 96 seats to 148"), 5)
        True
        >>> _changed_from(tokenize("The toll rose by one to 158."), 4, 1, 158)
        True
        >>> _changed_from(tokenize("It dropped by 1 to 1.5 degrees."), 3, 1, 1.5)
        False
        >>> _changed_from(tokenize("It killed from 20 to 30 people."), 3)
        False
    """
    k = i - 1
    while k >= 0 and tokens[k].low in _BEFORE_FIGURE_OF_CHANGE:
        k -= 1
    if k < 1 or change_verb_before(tokens, k) < 0:
        return False
    return tokens[k].low == "from" or (tokens[k].low == "by" and high > 2 * low)


def change_verb_before(
    tokens: Sequence[Token], from_at: int, verbs: AbstractSet[str] = lex.CHANGE_VERBS
) -> int:
    """The verb of change whose "from" is at ``from_at``, past the name it moved, else -1.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> change_verb_before(tokenize("It raised the LDP from 96 seats"), 4)
        1
        >>> change_verb_before(tokenize("It came from 96 seats"), 2)
        -1
        >>> change_verb_before(tokenize("The toll shot up from 22"), 4)
        2
    """
    # "raised the LDP from": the changed name may stand between the verb and "from"
    for j in range(from_at - 1, max(-1, from_at - 5), -1):
        if tokens[j].low in verbs:
            return j
        if (
            tokens[j].low in ("up", "down")
            and j >= 1
            and tokens[j - 1].low in lex.PARTICLE_CHANGE_VERBS
        ):
            return j - 1  # "has shot up from 222 to 271"
        if not (tokens[j].is_capitalized or tokens[j].low in ("the", "its", "their")):
            return -1
    return -1


#: Words between "from" and the figure a change starts at: "rising from just 11".
_BEFORE_FIGURE_OF_CHANGE: Final = frozenset(
    ["just", "only", "about", "around", "some", "a", "mere"]
)


def _range_after(
    tokens: Sequence[Token], i: int, j: int, value: float, is_digits: bool
) -> tuple[float, float, int] | None:
    """A range "20-30", "20 to 30", "$1 million to $1.5 million", "5% to 10%", "1 to 2 thousand"."""
    n = len(tokens)
    k = j
    unit: str | None = None
    if k < n and (tokens[k].low in ("%", "percent") or tokens[k].low in lex.MEASURE_UNITS):
        unit, k = tokens[k].low, k + 1
    elif k + 1 < n and tokens[k].low == "per" and tokens[k + 1].low == "cent":
        unit, k = "cent", k + 2
    if not (k + 1 < n and tokens[k].low in ("-", "to")):
        return None
    if tokens[k].low == "-" and not (
        _adjacent(tokens[k - 1], tokens[k]) or tokens[k + 1].start - tokens[k].end <= 1
    ):
        return None
    m = k + 1
    if (
        m < n
        and i >= 1
        and tokens[m].low == tokens[i - 1].low
        and tokens[m].low in lex.CURRENCY_SIGNS
    ):
        m += 1
    if m >= n or (tokens[m].is_number != is_digits and tokens[k].low == "-"):
        return None
    if is_digits and _phone_end(tokens, i) is not None:
        return None
    second = _parse_number(tokens, m)
    if second is None:
        return None
    high, end = second
    raw_high = _digits_value(tokens[m]) if tokens[m].is_number else None
    if (
        raw_high is not None
        and raw_high != high
        and value == _digits_value(tokens[i])
        and j == i + 1
        and value < raw_high
    ):
        value *= high / raw_high  # "1 to 2 thousand": the scale applies to both ends
    if high <= value:
        return None
    if unit == "cent":
        if not (end + 1 < n and tokens[end].low == "per" and tokens[end + 1].low == "cent"):
            return None
        end += 2
    elif unit is not None:
        if not (end < n and tokens[end].low == unit):
            return None  # "0.1% to 1,333": a change of units is no range
        end += 1
    return value, high, end


def _not_a_figure(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Words that are no amount: "each one", "the same one", "the second half"."""
    low = tokens[i].low
    prev = tokens[i - 1].low if i else ""
    if low == "one" and j == i + 1 and prev in ("each", "same", "no", "any", "every", "the"):
        return True
    return low == "half" and prev in ("the", "second", "first", "a", "other")


def _leading_point(tokens: Sequence[Token], i: int) -> bool:
    """A decimal written without its leading zero: ".001"."""
    if i == 0 or tokens[i - 1].low != "." or not _adjacent(tokens[i - 1], tokens[i]):
        return False
    return i < 2 or not _adjacent(tokens[i - 2], tokens[i - 1])


def _sign(tokens: Sequence[Token], i: int) -> int:
    """-1 for "-1.3%" or "minus 5", +1 for "+0.2%", else 0."""
    if i == 0:
        return 0
    prev = tokens[i - 1]
    if prev.low == "minus":
        return -1
    if prev.low == "-" and i >= 2 and tokens[i - 2].low == "minus":
        return -1
    if (
        prev.low in ("-", "+")
        and _adjacent(prev, tokens[i])
        and (i < 2 or not _adjacent(tokens[i - 2], prev))
    ):
        return -1 if prev.low == "-" else 1
    return 0


_STREET: Final = frozenset(
    words(
        """st st. street ave ave. avenue road rd rd. blvd boulevard lane ln drive dr dr. way
        court ct place pl highway hwy"""
    )
)


def _is_street_number(tokens: Sequence[Token], j: int) -> bool:
    """Whether the figure is a house number.

    Capitalized words after it end in a street suffix, or a compass letter follows it
    ("2106 W. 4750 South", "300 N Main").
    """
    if j + 1 < len(tokens) and tokens[j].low in _COMPASS and tokens[j].is_capitalized:
        after = tokens[j + 1]
        if after.is_number or (tokens[j].low.endswith(".") and after.is_capitalized):
            return True
        return _is_street_number(tokens, j + 1)
    for k in range(j, min(len(tokens), j + 4)):
        if tokens[k].low in _STREET and k > j:
            return True
        if not tokens[k].is_capitalized:
            return False
    return False


_COMPASS: Final = frozenset(words("n n. s s. e e. w w. ne ne. nw nw. se se. sw sw."))
_CALL_WORDS: Final = frozenset(
    words("call called calls calling dial dialed dialled a to dispatcher dispatchers operator")
)
_AGE_WORDS: Final = frozenset(words("aged age ages"))


def _is_path_part(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Whether a slash touches the figure: a piece of a web address or a date path."""
    before = i > 0 and tokens[i - 1].low == "/" and _adjacent(tokens[i - 1], tokens[i])
    after = j < len(tokens) and tokens[j].low == "/" and _adjacent(tokens[j - 1], tokens[j])
    return before or after


def _after_age_word(tokens: Sequence[Token], i: int) -> bool:
    """Whether an age word leads to the figure: "aged 15", "ages 11 and 15", "age of 3"."""
    k = i - 1
    if k >= 2 and tokens[k].low in ("and", "to", "or", "-") and tokens[k - 1].is_number:
        k -= 2
    if k >= 1 and tokens[k].low == "of":
        k -= 1
    return k >= 0 and tokens[k].low in _AGE_WORDS


def _looks_like_year(token: Token) -> bool:
    text = token.text
    return len(text) == 4 and text.isdecimal() and 1000 <= int(text) <= 2100


def _is_apposed_age(tokens: Sequence[Token], i: int, j: int, value: float) -> bool:
    """An age: a bare number set off after a name or a person.

    "Jane Roe, 34, was hurt", "a boy, 15, died", "Ann Lee, 40 - was hurt"; "both" shares
    one age between two people: "Al Poe and Bo Roe, both 19, were hurt".
    """
    shared = i >= 1 and tokens[i - 1].low == "both"
    return (
        j == i + 1
        and value == int(value)
        and 1 <= value <= 120
        and i >= 2
        and (
            shared
            or (
                tokens[i - 1].low == ","
                and (tokens[i - 2].is_capitalized or tokens[i - 2].low in lex.PERSON_NOUNS)
            )
        )
        and j < len(tokens)
        and tokens[j].low in (",", "-", ")")
    )


def _match_phrase(tokens: Sequence[Token], end: int, words: tuple[str, ...]) -> bool:
    start = end - len(words)
    if start < 0:
        return False
    return all(tokens[start + k].low == w for k, w in enumerate(words))


_HEDGES_BY_LAST: Final[dict[str, list[tuple[tuple[str, ...], Hedge]]]] = {}
for _words, _hedge in lex.HEDGES_BEFORE:
    _HEDGES_BY_LAST.setdefault(_words[-1], []).append((_words, _hedge))


def _hedge_before(tokens: Sequence[Token], i: int) -> tuple[Hedge, int] | None:
    """The hedge written before the figure at ``i`` and where it starts, else ``None``.

    A hedge in quotation marks of its own is the writer's still ('the toll is
    "approximately" 253': the authorities' word, quoted).

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> _hedge_before(tokenize('It is "approximately" 253.'), 5)
        (<Hedge.ABOUT: 'about'>, 2)
    """
    if i >= 3 and tokens[i - 1].low == '"':
        quoted = _hedge_before(tokens, i - 1)
        if quoted is not None and quoted[1] >= 1 and tokens[quoted[1] - 1].low == '"':
            return quoted[0], quoted[1] - 1
    if i == 0:
        return None
    for phrase, hedge in _HEDGES_BY_LAST.get(tokens[i - 1].low, ()):
        if _match_phrase(tokens, i, phrase):
            if phrase == ("over",) and i >= 2 and tokens[i - 2].low in _OVER_PARTICLE_VERBS:
                return None  # "handed over 13 hostages": the verb's particle, not "more than"
            if phrase == ("up", "to") and i >= 3 and tokens[i - 3].low in _UP_PARTICLE_VERBS:
                return None  # "the toll was revised up to 80": risen to 80, not at most 80
            return hedge, i - len(phrase)
    return None


def hedge_start(tokens: Sequence[Token], i: int) -> int | None:
    """Where the hedge written before the figure at ``i`` starts, else ``None``.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> hedge_start(tokenize("killed at least 20"), 3), hedge_start(tokenize("in 33"), 1)
        (1, None)
    """
    hedged = _hedge_before(tokens, i)
    return None if hedged is None else hedged[1]


def _sign_start(tokens: Sequence[Token], i: int) -> int:
    """Where the currency sign written before the figure at ``i`` starts, else ``i``.

    A hedge stands before the sign, not the digits: "more than $5 million", "about
    US$3 billion", "nearly €40m".

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("about US$3 billion")
        >>> _sign_start(t, 3), _sign_start(tokenize("about 3 billion"), 1)
        (1, 1)
        >>> _sign_start(tokenize("nearly USD 40"), 2)
        1
    """
    k = i
    if k >= 1 and (
        tokens[k - 1].low in lex.CURRENCY_SIGNS
        or tokens[k - 1].low.endswith("$")
        or tokens[k - 1].low in lex.SPACED_CURRENCY_CODES
        or (tokens[k - 1].low in lex.CURRENCY_CODES and _adjacent(tokens[k - 1], tokens[k]))
    ):
        k -= 1
        if (
            k >= 1
            and tokens[k].low == "$"
            and tokens[k - 1].low in lex.CURRENCY_CODES
            and _adjacent(tokens[k - 1], tokens[k])
        ):
            k -= 1  # "US$3 billion": the country's letters are part of the sign
    return k


#: Verbs whose particle "over" can stand before their object's figure: "handed over 13".
_OVER_PARTICLE_VERBS: Final = frozenset(
    words("hand hands handed handing turn turns turned turning sign signs signed signing")
)


#: Verbs of change whose particle "up" can stand before "to" and a figure: "revised up to
#: 80", "went up to 80" tell where a figure rose to, not a bound on it.
_UP_PARTICLE_VERBS: Final = frozenset(
    words(
        """revise revises revised revising go goes going went gone moved edged ticked crept
        jumped climbed pushed bumped raised"""
    )
)


#: The first words of the hedges after a figure: most figures are followed by none.
_HEDGE_AFTER_FIRSTS: Final = frozenset(phrase[0] for phrase, _ in lex.HEDGES_AFTER)


def _thousands_shared(low: float, high: float, first: Token) -> float:
    """A range's first end, with the thousands its second end writes out for both.

    "11 to 12,000" says 11,000 to 12,000, as "10 to 15 billion" shares its scale: a bare
    first end under a thousand whose thousands fall within a tenth of the second end.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> _thousands_shared(11, 12000, tokenize("11")[0])
        11000
        >>> five, three_hundred = tokenize("5 300")
        >>> _thousands_shared(5, 1000, five), _thousands_shared(300, 1000, three_hundred)
        (5, 300)
    """
    if (
        high >= 1000
        and low < 1000
        and low == int(low)
        and first.text.isdecimal()
        and high / 10 <= low * 1000 <= high
    ):
        return low * 1000
    return low


def _hedge_after(tokens: Sequence[Token], j: int) -> tuple[Hedge, int] | None:
    """The hedge written after a figure that ends before token ``j``, and where it ends.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> _hedge_after(tokenize("50,000 + people"), 1)
        (<Hedge.AT_LEAST: 'at_least'>, 2)
        >>> _hedge_after(tokenize("142 +53 37.1 %"), 1) is None  # a change after it
        True
    """
    if j >= len(tokens) or tokens[j].low not in _HEDGE_AFTER_FIRSTS:
        return None  # one look-up, where every phrase would fail one by one
    if (
        tokens[j].low == "+"
        and j + 1 < len(tokens)
        and tokens[j + 1].is_number
        and tokens[j].end == tokens[j + 1].start
    ):
        return None  # "142 +53": the change beside a figure in a results table, no bound
    for phrase, hedge in lex.HEDGES_AFTER:
        if j + len(phrase) <= len(tokens) and all(
            tokens[j + k].low == w for k, w in enumerate(phrase)
        ):
            return hedge, j + len(phrase)
    return None


#: Vague amounts that a scale word multiplies: "a few hundred", "several thousand".
_SCALED_VAGUE: Final = frozenset({"a few", "several", "a couple", "a handful", "many"})
_VAGUE_BY_FIRST: Final[dict[str, list[tuple[tuple[str, ...], str]]]] = {}
for _phrase, _key in lex.VAGUE.items():
    _VAGUE_BY_FIRST.setdefault(_phrase[0], []).append((_phrase, _key))


@functools.cache
def _starters() -> frozenset[str]:
    """The words a figure written in words, or a vague amount, may start with."""
    return frozenset({*_VAGUE_BY_FIRST, *lex.UNITS, *lex.TENS, "a", "an", "one", "half"})


def _vague_at(tokens: Sequence[Token], i: int) -> tuple[str, int] | None:
    after = tokens[i + 1].low if i + 1 < len(tokens) else None
    for phrase, key in _VAGUE_BY_FIRST.get(tokens[i].low, ()):
        if len(phrase) > 1 and phrase[1] != after:
            continue  # the second word tells most phrases apart: "a" is rarely "a few"
        if i + len(phrase) <= len(tokens) and all(
            tokens[i + k].low == w for k, w in enumerate(phrase)
        ):
            return key, i + len(phrase)
    return None


def _phone_end(tokens: Sequence[Token], i: int) -> int | None:
    """End of a phone-like run at ``i`` (555-123-4567: three digit groups, tight hyphens)."""
    groups = 1
    j = i
    while (
        j + 2 < len(tokens)
        and tokens[j + 1].low == "-"
        and _adjacent(tokens[j], tokens[j + 1])
        and tokens[j + 2].is_number
        and _adjacent(tokens[j + 1], tokens[j + 2])
    ):
        groups += 1
        j += 2
    return j + 1 if groups >= 3 else None


_UNIT_RANGE_WORDS: Final = frozenset({"%", "percent", "per"}) | lex.MEASURE_UNITS
_LABEL_WORDS: Final = frozenset(
    words("""category model section row unit room route highway chapter article level phase
    grade flight version season game week episode number no. gate terminal platform
    channel page paragraph clause item amendment resolution district ward image photo
    slide picture gallery""")
)


def _strength_after(tokens: Sequence[Token], j: int) -> bool:
    """Whether "-strong" follows the number ending at ``j``: "a 5,100-strong force"."""
    return j + 1 < len(tokens) and tokens[j].low == "-" and tokens[j + 1].low == "strong"


_NOT_LABELS: Final = (
    frozenset(lex.MONTHS)
    | frozenset(lex.WEEKDAYS)
    | frozenset(lex.NATIONALITY)
    | frozenset(lex.COUNTRIES)
    | frozenset(lex.HEADS)
    | frozenset(lex.SAY_VERBS)
    # "Quake Of Magnitude 6.8": a title-case headline's measure, no label
    | frozenset({"magnitude"})
    | frozenset(w for words, _ in lex.HEDGES_BEFORE for w in words)
    | frozenset(
        words("""the a an and or but of in on at to for from with by as than that this these
        those some all only just nearly about around over under more less fewer least
        most almost roughly another other each every both some its their his her our
        your my is are was were be been has have had will would can could may might
        there here when while after before since during among between including
        killing killed wounding injuring leaving kills wounds injures past""")
    )
)


#: How seismologists write a magnitude's scale before its figure: "M 6.2", "Mw 7.8".
_MAGNITUDE_SIGNS: Final = frozenset({"M", "Mw", "MW", "Mww", "ML", "Ms", "Mb", "mb"})
#: The largest figure a magnitude is written with.
_LARGEST_MAGNITUDE: Final = 10.0


def _after_magnitude_sign(tokens: Sequence[Token], i: int, value: float) -> bool:
    """Whether the figure at token ``i`` follows a magnitude's scale sign ("M 6.2").

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> _after_magnitude_sign(tokenize("M 6.2 - 26 km NNE of Jam"), 1, 6.2)
        True
        >>> _after_magnitude_sign(tokenize("Section M 62 applies"), 2, 62.0)
        False
    """
    return i > 0 and tokens[i - 1].text in _MAGNITUDE_SIGNS and value < _LARGEST_MAGNITUDE


def _classify(
    tokens: Sequence[Token], i: int, j: int, value: float, is_digits: bool
) -> tuple[NumberKind, str | None, int]:
    """The kind of the figure in tokens ``[i, j)``, the unit word, and the new end."""
    n = len(tokens)
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[j] if j < n else None
    nxt2 = tokens[j + 1] if j + 1 < n else None
    first = tokens[i]
    if first.is_number and ":" in first.text:
        return NumberKind.TIME, None, j
    if prev is not None and (
        prev.low in lex.CURRENCY_SIGNS
        or prev.low.endswith("$")
        or (prev.low in lex.CURRENCY_CODES and _adjacent(prev, first))
        or prev.low in lex.SPACED_CURRENCY_CODES
    ):
        return NumberKind.MONEY, prev.text, j
    if prev is not None and prev.low in ("no.", "#", "number") and is_digits:
        return NumberKind.IDENTIFIER, None, j
    if _after_magnitude_sign(tokens, i, value):
        return NumberKind.MEASURE, "magnitude", j  # "M 6.2", "a M6.3 quake", "Mw 7.8"
    if nxt is not None:
        if nxt.low in lex.CURRENCY_WORDS:
            return NumberKind.MONEY, nxt.text, j + 1
        if nxt.low in ("%", "percent", "pct", "percentage"):
            return NumberKind.PERCENT, nxt.text, j + 1
        if nxt.low in ("points", "point", "pts") and _after_a_change(tokens, i):
            # "rose 1.6 points to 33.7%": a share's change in percentage points
            return NumberKind.PERCENT, nxt.text, j + 1
        if nxt.low == "per" and nxt2 is not None and nxt2.low == "cent":
            return NumberKind.PERCENT, "per cent", j + 2
        if nxt.low in ("a.m.", "p.m.", "am", "pm", "a.m", "p.m", "gmt", "utc", "o'clock"):
            return NumberKind.TIME, None, j
        if (
            is_digits
            and len(first.text) == 4
            and nxt2 is not None
            and nxt2.low == "time"
            and (nxt.low == "local" or (nxt.is_capitalized and nxt.text.isalpha()))
            # "since 2014 Kyiv time has been used": a year, unless "at" makes it a clock
            and (not 1900 <= int(first.text) <= 2099 or (prev is not None and prev.low == "at"))
        ):
            return NumberKind.TIME, None, j  # "0500 Moscow time", "0417 local time"
        if is_digits and _adjacent(tokens[j - 1], nxt) and nxt.low in _ORDINAL_SUFFIX:
            return NumberKind.ORDINAL, None, j + 1
    if is_digits:
        phone_end = _phone_end(tokens, i)
        if phone_end is not None:
            return NumberKind.IDENTIFIER, None, phone_end
    if (
        is_digits
        and prev is not None
        and prev.low == "-"
        and i >= 2
        and _adjacent(tokens[i - 2], prev)
        and _adjacent(prev, first)
        and tokens[i - 2].text[:1].isalpha()
        and tokens[i - 2].low != "minus"
    ):
        return NumberKind.IDENTIFIER, None, j  # F-16, COVID-19
    if is_digits and prev is not None and _adjacent(prev, first) and prev.text[:1].isalpha():
        return NumberKind.IDENTIFIER, None, j  # S23, cac40, M21
    if (
        prev is not None
        and (
            prev.low in _LABEL_WORDS
            or (
                prev.text[:1].isalpha()
                and any(c.isupper() for c in prev.text)
                and prev.low not in _NOT_LABELS
                # "the departure of France's 5,100-strong force": an owner of a force's
                # size, no label ("Ana's 5-year-old son", "Lowe's nine cases" stay)
                and not (prev.low.endswith("'s") and _strength_after(tokens, j))
                and i >= 2
                and not (j < n and tokens[j].low in lex.HEADS)
                # "Quake Leaves 296 Dead": a title-case headline's count of the harmed
                and not (j < n and tokens[j].low in lex.PREDICATES)
                and not (j < n and tokens[j].low in lex.MEASURE_UNITS)
                and not (
                    j < n and _adjacent(tokens[j - 1], tokens[j]) and tokens[j].text[:1].isalpha()
                )
            )
        )
    ):
        return NumberKind.IDENTIFIER, None, j  # iPhone 11, Game 6, FTSE 100, Section 427
    if (
        prev is not None
        and prev.low == "of"
        and i >= 3
        and tokens[i - 2].is_number
        and tokens[i - 3].low in _LABEL_WORDS
    ):
        return NumberKind.IDENTIFIER, None, j  # "Image 3 of 10"
    if is_digits and _is_street_number(tokens, j):
        return NumberKind.IDENTIFIER, None, j  # "217 Hartford St."
    if first.text == "911" and (
        (prev is not None and prev.low in _CALL_WORDS)
        or (nxt is not None and nxt.low in _CALL_WORDS)
    ):
        return NumberKind.IDENTIFIER, None, j  # the emergency number: "called 911"
    if is_digits and _is_path_part(tokens, i, j):
        return NumberKind.IDENTIFIER, None, j  # "/2015/mar/02/", "24/7"
    if (
        is_digits
        and nxt is not None
        and nxt2 is not None
        and nxt.low == "'"
        and nxt2.low == "s"
        and _adjacent(tokens[j - 1], nxt)
        and _adjacent(nxt, nxt2)
    ):
        return (NumberKind.YEAR if value >= 1000 else NumberKind.AGE), None, j + 2  # "30's"
    if nxt is not None and (
        nxt.low in ("y.o", "y.o.", "yo", "yrs")
        or (nxt.low == "y" and nxt2 is not None and nxt2.low == "/")
    ):
        return NumberKind.AGE, None, j  # "17 y.o", "21 y/o"
    if _after_age_word(tokens, i):
        return NumberKind.AGE, None, j  # "aged 15", "between the ages of 11 and 15"
    # "25-year-old", "25 years old"
    if nxt is not None:
        k = j + 1 if nxt.low == "-" else j
        if (
            k < n
            and tokens[k].low in ("year", "years")
            and k + 2 < n
            and (
                tokens[k + 1].low == "old"
                or (tokens[k + 1].low == "-" and tokens[k + 2].low == "old")
            )
        ):
            return NumberKind.AGE, None, j
    if prev is not None and prev.low in lex.MONTHS and is_digits and 1 <= value <= 31:
        return NumberKind.DATE, None, j
    if nxt is not None and nxt.low in lex.MONTHS and is_digits and 1 <= value <= 31:
        return NumberKind.DATE, None, j
    if nxt is not None and nxt.low == "of" and nxt2 is not None and nxt2.low in lex.MONTHS:
        return NumberKind.DATE, None, j
    unit_at = j + 1 if nxt is not None and nxt.low == "-" and _adjacent(tokens[j - 1], nxt) else j
    unit = tokens[unit_at] if unit_at < n else None
    if (
        is_digits
        and value == int(value)
        and 1000 <= value <= 2100
        and "," not in first.text
        and "." not in first.text
        and j == i + 1
        and (unit is None or unit.low not in lex.HEADS)
    ):
        return NumberKind.YEAR, None, j
    if unit is not None:
        if unit.low in lex.TIME_UNITS:
            return NumberKind.DURATION, unit.text, unit_at + 1
        if unit.low in lex.MEASURE_UNITS:
            per = tokens[unit_at + 1 : unit_at + 3]
            if len(per) == 2 and per[0].low == "/" and per[1].low in ("h", "hr", "hour"):
                return NumberKind.MEASURE, f"{unit.text}/h", unit_at + 3  # "240 km/h"
            return NumberKind.MEASURE, unit.text, unit_at + 1
        if unit_at > j and unit.text[:1].isalpha() and unit.low not in lex.HEADS:
            return NumberKind.MEASURE, unit.text, unit_at + 1
        if (
            is_digits
            and _adjacent(tokens[j - 1], unit)
            and unit.text[:1].isalpha()
            and unit.low not in lex.HEADS
        ):
            return NumberKind.MEASURE, unit.text, unit_at + 1
    return NumberKind.COUNT, (unit.text if unit is not None and unit.low in lex.HEADS else None), j


def _direction(tokens: Sequence[Token], i: int) -> str | None:
    for k in range(i - 1, max(-1, i - 4), -1):
        low = tokens[k].low
        if low in _UP:
            return "up"
        if low in _DOWN:
            return "down"
        if low in (".", ";", ",") or low in lex.HEADS:
            break
    return None


def scan_numbers(
    text: str, tokens: Sequence[Token], *, spread: float = DEFAULT_ABOUT_SPREAD
) -> list[QuantityMention]:
    """Every number mention in ``tokens`` (tokens of ``text``), in text order.

    Notes:
        O(number of tokens): each token starts at most one parse, and every look-around
        is bounded.
    """
    out: list[QuantityMention] = []
    n = len(tokens)
    i = 0
    starters = _starters()
    while i < n:
        token = tokens[i]
        if not token.is_number and token.low not in starters:
            i += 1  # no figure starts with this word (most words): no parse is tried
            continue
        vague = _vague_at(tokens, i)
        if vague is not None and (
            # "as many", "so many", "too few": a comparison; "As dozens of people
            # marched" opens a clause on a vague amount
            (
                i > 0
                and tokens[i - 1].low in ("as", "how", "so", "too", "very", "that")
                and token.low in ("many", "much", "few")
            )
            or (i + 1 < n and tokens[i + 1].low == "as")
        ):
            vague = None
        if vague is not None and not (token.low == "a" and _parse_number(tokens, i)):
            key, j = vague
            start_tok = i
            scale = lex.SCALES.get(tokens[j].low) if j < n else None
            if scale is not None and key in _SCALED_VAGUE:
                j += 1  # "a few hundred", "several thousand": the vague amount, scaled
            last = j
            # "dozens of people": the span keeps the vague words only.
            while last > i and tokens[last - 1].low == "of":
                last -= 1
            quantity = Quantity.vague(key, text=_span_text(text, tokens, i, last))
            if scale is not None and key in _SCALED_VAGUE:
                quantity = Quantity(
                    quantity.low * scale, quantity.high * scale, Hedge.VAGUE, None, quantity.text
                )
            out.append(
                QuantityMention(
                    tokens[start_tok].start,
                    tokens[last - 1].end,
                    text[tokens[start_tok].start : tokens[last - 1].end],
                    quantity,
                    NumberKind.VAGUE,
                    None,
                    None,
                    start_tok,
                    last,
                )
            )
            i = j
            continue
        parsed = _parse_number(tokens, i)
        if parsed is None:
            i += 1
            continue
        value, j = parsed
        is_digits = token.is_number
        if token.low in ("a", "an") and j == i + 1 and not _one_of_a_unit(tokens, i):
            i += 1
            continue
        if _not_a_figure(tokens, i, j):
            i = j
            continue
        if (
            is_digits
            and j == i + 1
            and _phone_end(tokens, i) is None
            and _score_like(tokens, i, j, value)
            and _sign(tokens, i) == 0
        ):
            i = j
            continue
        if is_digits and _leading_point(tokens, i):
            value = float("0." + token.text) if token.text.isdecimal() else value
        sign = _sign(tokens, i) if is_digits else 0
        hedge = Hedge.EXACT
        first = i
        first_end = j
        high: float | None = None
        before = _hedge_before(tokens, _sign_start(tokens, i))
        between = _between_end(tokens, i, j, value)
        if between is not None:
            value, high, j, first_end = between
            hedge = Hedge.RANGE
            first = i - 1 if tokens[i - 1].low == "between" else i - 2
        else:
            first_end = j
            ranged = _range_after(tokens, i, j, value, is_digits)
            if ranged is not None and _changed_from(tokens, i, value, ranged[1]):
                ranged = None  # "jumped from 96 seats to 148": a change, two figures
            if ranged is not None and _after_magnitude_sign(tokens, i, value):
                ranged = None  # "M 6.2 - 26 km NNE of Jam": a quake's title, not a range
            if ranged is not None:
                value, high, j = ranged
                hedge = Hedge.RANGE
                if i >= 1 and tokens[i - 1].low == "from":
                    first = i - 1
        if hedge is Hedge.RANGE and high is not None and is_digits:
            value = _thousands_shared(value, high, token)
        if hedge is not Hedge.RANGE and before is not None:
            hedge, first = before
        after = _hedge_after(tokens, j) if hedge is Hedge.EXACT else None
        if after is not None:
            hedge, j = after
        if hedge is Hedge.EXACT and any(t.low == "dozen" for t in tokens[i:j]):
            hedge = Hedge.ABOUT  # "a dozen", "two dozen": round figures
        unit_first = first_end < j and tokens[first_end].low in _UNIT_RANGE_WORDS
        kind, unit, end_tok = _classify(tokens, i, first_end if unit_first else j, value, is_digits)
        if kind is NumberKind.IDENTIFIER:
            j = max(j, end_tok)
        if kind in (NumberKind.YEAR, NumberKind.DATE) and hedge is not Hedge.EXACT:
            if kind is NumberKind.YEAR and before is not None and tokens[i - 1].low in _YEAR_LEADS:
                pass
            elif kind is NumberKind.YEAR:
                kind = NumberKind.COUNT
        if kind is NumberKind.YEAR and i >= 1 and tokens[i - 1].low in _YEAR_LEADS:
            hedge, first = Hedge.EXACT, i
        if sign:
            value = -value if sign < 0 else value
            high = None if high is None else (-high if sign < 0 else high)
            if hedge is Hedge.RANGE and high is not None and high < value:
                hedge, high = Hedge.EXACT, None
            first = min(
                first,
                i
                - (
                    2 if tokens[i - 1].low == "-" and i >= 2 and tokens[i - 2].low == "minus" else 1
                ),
            )
        if (
            hedge is Hedge.RANGE
            and high is not None
            and _looks_like_year(tokens[i])
            and 1000 <= high <= 2100
            and high == int(high)
            and not (j < n and tokens[j].low in lex.HEADS)
        ):
            kind = NumberKind.YEAR
        if kind is NumberKind.COUNT and _is_apposed_age(tokens, i, j, value):
            kind = NumberKind.AGE
        start, stop = tokens[first].start, tokens[j - 1].end
        span_text = text[start:stop]
        try:
            if hedge is Hedge.RANGE and high is not None:
                quantity = Quantity.range(value, high, text=span_text)
            elif hedge is Hedge.EXACT and (half := _rounding_of_scaled(tokens, i, j)):
                # "6.8 million votes" is any count that rounds to it: "more than 6.8
                # million" and "6,863,186" agree with it. The writer hedged nothing, so
                # the hedge stays exact; only the interval is the rounding's
                quantity = Quantity(
                    value - half, value + half, Hedge.EXACT, value, span_text
                )  # fmt: skip
            elif hedge is Hedge.EXACT:
                quantity = Quantity.exact(value, text=span_text)
            else:
                quantity = Quantity.hedged(value, hedge, text=span_text, spread=spread)
        except InvalidValue:
            i = j
            continue
        if math.isinf(value):
            i = j
            continue
        out.append(
            QuantityMention(
                start,
                stop,
                span_text,
                quantity,
                kind,
                unit,
                ("down" if sign < 0 else "up") if sign else _direction(tokens, first),
                first,
                j,
            )
        )
        i = j
    return out


def _rounding_of_scaled(tokens: Sequence[Token], i: int, j: int) -> float:
    """Just under half the last written digit of a decimal figure times its scale, else 0.

    "6.8 million" is written to a tenth of a million: any count from 6,751,000 to
    6,849,000 is written so. A whole figure ("2 million") is taken as written, and
    so is a figure without a scale word ("6.8").

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> _rounding_of_scaled(tokenize("6.8 million votes"), 0, 2)
        49000.0
        >>> _rounding_of_scaled(tokenize("2 million votes"), 0, 2)
        0.0
    """
    digits = tokens[i].text
    if "." not in digits or not digits.replace(".", "").replace(",", "").isdecimal():
        return 0.0
    scale = max(
        (lex.SCALES.get(t.low) or lex.SHORT_SCALES.get(t.low) or 0 for t in tokens[i + 1 : j]),
        default=0,
    )
    if scale < _ROUNDED_SCALE:
        return 0.0
    decimals = len(digits.rpartition(".")[2])
    return 0.49 * 10.0**-decimals * scale


#: The smallest scale word a decimal before it is rounded to: "a thousand".
_ROUNDED_SCALE: Final = 1000


def _span_text(text: str, tokens: Sequence[Token], i: int, j: int) -> str:
    return text[tokens[i].start : tokens[j - 1].end]


def find_quantities(text: str, *, spread: float = DEFAULT_ABOUT_SPREAD) -> list[QuantityMention]:
    """Every number mention in ``text``, with value, hedge, kind and span, in text order.

    Args:
        text: any text.
        spread: the relative half-width of "about" figures.

    Notes:
        Linear in the length of the text (a token scan; no backtracking pattern).

    Examples:
        >>> [(m.text, m.value.interval, m.kind.value) for m in find_quantities(
        ...     "More than 40 service members and about 2,500 troops; 1.2 million people.")]
        ... # doctest: +NORMALIZE_WHITESPACE
        [('More than 40', (41.0, inf), 'count'), ('about 2,500', (2250.0, 2750.0), 'count'),
         ('1.2 million', (1151000.0, 1249000.0), 'count')]
        >>> found = find_quantities("In 2020, 12% of 329-seat, 555-123-4567")
        >>> [(m.text, m.kind.value) for m in found]
        [('2020', 'year'), ('12', 'percent'), ('329', 'measure'), ('555-123-4567', 'identifier')]
        >>> m = find_quantities("Twenty-five troops were injured and dozens were wounded.")
        >>> [(x.text, x.value.interval) for x in m]
        [('Twenty-five', (25.0, 25.0)), ('dozens', (24.0, 99.0))]
    """
    return scan_numbers(text, tokenize(shadow(text)), spread=spread)
