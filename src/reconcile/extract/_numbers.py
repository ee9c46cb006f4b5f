"""Numbers in running text: digits, number words, scales, ranges and the hedges around them.

The scanner works on tokens (:func:`reconcile.extract._text.tokenize`), never on a
backtracking pattern, so its cost is linear in the number of tokens: each token is read
a bounded number of times (a hedge or unit look-around is at most four tokens).
"""

from __future__ import annotations

import enum
import math
import re
from collections.abc import Sequence
from typing import Final

import attrs

from reconcile.errors import InvalidValue
from reconcile.extract import _lexicon as lex
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
    """rose rise rises rising increased increase increases increasing up gained gain
    gains grew grow grows jumped jump jumps climbed climb climbs surged surge soared
    raised raise boosted higher added adds hike hiked""".split()
)
_DOWN: Final = frozenset(
    """fell fall falls falling dropped drop drops down decreased decrease decreases
    declined decline declines lost lose loses cut cuts slid slipped plunged plunge
    reduced reduce lower shed sank tumbled slumped""".split()
)
_YEAR_LEADS: Final = frozenset(
    """in since of by until till from before after early late mid during around
    between and or to fiscal year summer winter spring autumn fall""".split()
)


def _digits_value(token: Token) -> float | None:
    text = token.text
    if _THOUSANDS.fullmatch(text):
        return float(text.replace(",", ""))
    if _PLAIN.fullmatch(text):
        return float(text)
    return None


def _adjacent(a: Token, b: Token) -> bool:
    return a.end == b.start


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
            if j + 2 < n and tokens[j + 1].low == "-" and tokens[j + 2].low in lex.UNITS:
                if 0 < lex.UNITS[tokens[j + 2].low] < 10:
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
        seen = True
        j += 1
    if not seen:
        return None
    while j > i and tokens[j - 1].low == "and":
        j -= 1
    return float(total + current), j


def _parse_number(tokens: Sequence[Token], i: int) -> tuple[float, int] | None:
    """A single figure at token ``i``: digits with an optional scale, or number words."""
    token = tokens[i]
    if token.is_number:
        value = _digits_value(token)
        if value is None:
            return None
        j = i + 1
        if j < len(tokens):
            nxt = tokens[j]
            if nxt.low in lex.SCALES and nxt.low != "hundred" or (
                nxt.low == "hundred" and value < 100
            ):
                return value * lex.SCALES[nxt.low], j + 1
            if nxt.low in lex.SHORT_SCALES and _adjacent(token, nxt) and (
                j + 1 >= len(tokens) or not tokens[j + 1].text[:1].isalpha()
                or nxt.low not in ("m", "b")
            ):
                return value * lex.SHORT_SCALES[nxt.low], j + 1
        return value, j
    if token.low in lex.UNITS or token.low in lex.TENS or token.low in ("a", "an"):
        return _parse_words(tokens, i)
    return None


def _match_phrase(tokens: Sequence[Token], end: int, words: tuple[str, ...]) -> bool:
    start = end - len(words)
    if start < 0:
        return False
    return all(tokens[start + k].low == w for k, w in enumerate(words))


def _hedge_before(tokens: Sequence[Token], i: int) -> tuple[Hedge, int] | None:
    for words, hedge in lex.HEDGES_BEFORE:
        if _match_phrase(tokens, i, words):
            return hedge, i - len(words)
    return None


def _hedge_after(tokens: Sequence[Token], j: int) -> tuple[Hedge, int] | None:
    for words, hedge in lex.HEDGES_AFTER:
        if j + len(words) <= len(tokens) and all(
            tokens[j + k].low == w for k, w in enumerate(words)
        ):
            return hedge, j + len(words)
    return None


def _vague_at(tokens: Sequence[Token], i: int) -> tuple[str, int] | None:
    for words, key in lex.VAGUE.items():
        if i + len(words) <= len(tokens) and all(
            tokens[i + k].low == w for k, w in enumerate(words)
        ):
            return key, i + len(words)
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
    if prev is not None and (prev.low in lex.CURRENCY_SIGNS or prev.low.endswith("$")):
        return NumberKind.MONEY, prev.text, j
    if prev is not None and prev.low in ("no.", "#", "number") and is_digits:
        return NumberKind.IDENTIFIER, None, j
    if nxt is not None:
        if nxt.low in lex.CURRENCY_WORDS:
            return NumberKind.MONEY, nxt.text, j + 1
        if nxt.low in ("%", "percent", "pct", "percentage"):
            return NumberKind.PERCENT, nxt.text, j + 1
        if nxt.low == "per" and nxt2 is not None and nxt2.low == "cent":
            return NumberKind.PERCENT, "per cent", j + 2
        if nxt.low in ("a.m.", "p.m.", "am", "pm", "a.m", "p.m", "gmt", "utc", "o'clock"):
            return NumberKind.TIME, None, j
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
    ):
        return NumberKind.IDENTIFIER, None, j  # F-16, COVID-19
    if prev is not None and prev.low in ("aged", "age", "ages"):
        return NumberKind.AGE, None, j
    # "25-year-old", "25 years old"
    if nxt is not None:
        k = j + 1 if nxt.low == "-" else j
        if k < n and tokens[k].low in ("year", "years") and k + 2 < n and (
            tokens[k + 1].low == "old"
            or (tokens[k + 1].low == "-" and tokens[k + 2].low == "old")
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
    while i < n:
        token = tokens[i]
        vague = _vague_at(tokens, i)
        if vague is not None and not (token.low == "a" and _parse_number(tokens, i)):
            key, j = vague
            start_tok = i
            last = j
            # "dozens of people": the span keeps the vague words only.
            while last > i and tokens[last - 1].low == "of":
                last -= 1
            quantity = Quantity.vague(key, text=_span_text(text, tokens, i, last))
            out.append(
                QuantityMention(
                    tokens[start_tok].start, tokens[last - 1].end,
                    text[tokens[start_tok].start : tokens[last - 1].end],
                    quantity, NumberKind.VAGUE, None, None, start_tok, last,
                )
            )  # fmt: skip
            i = j
            continue
        parsed = _parse_number(tokens, i)
        if parsed is None:
            i += 1
            continue
        value, j = parsed
        is_digits = token.is_number
        if token.low in ("a", "an") and j == i + 1:
            i += 1
            continue
        hedge = Hedge.EXACT
        first = i
        high: float | None = None
        before = _hedge_before(tokens, i)
        if (
            i >= 1
            and tokens[i - 1].low == "between"
            and j + 1 < n
            and tokens[j].low == "and"
        ):
            second = _parse_number(tokens, j + 1)
            if second is not None and second[0] >= value:
                high, j = second
                hedge, first = Hedge.RANGE, i - 1
        elif (
            j + 1 < n
            and tokens[j].low in ("-", "to")
            and (tokens[j + 1].is_number == is_digits)
            and not (is_digits and _phone_end(tokens, i) is not None)
        ):
            second = _parse_number(tokens, j + 1)
            if second is not None and second[0] > value and (
                tokens[j].low == "to" or _adjacent(tokens[j - 1], tokens[j])
            ):
                high, j = second
                hedge = Hedge.RANGE
        if hedge is not Hedge.RANGE and before is not None:
            hedge, first = before
        after = _hedge_after(tokens, j) if hedge is Hedge.EXACT else None
        if after is not None:
            hedge, j = after
        kind, unit, end_tok = _classify(tokens, i, j, value, is_digits)
        if kind is NumberKind.IDENTIFIER:
            j = max(j, end_tok)
        if kind in (NumberKind.YEAR, NumberKind.DATE) and hedge is not Hedge.EXACT:
            if kind is NumberKind.YEAR and before is not None and tokens[i - 1].low in _YEAR_LEADS:
                pass
            elif kind is NumberKind.YEAR:
                kind = NumberKind.COUNT
        if kind is NumberKind.YEAR and i >= 1 and tokens[i - 1].low in _YEAR_LEADS:
            hedge, first = Hedge.EXACT, i
        start, stop = tokens[first].start, tokens[j - 1].end
        span_text = text[start:stop]
        try:
            if hedge is Hedge.RANGE and high is not None:
                quantity = Quantity.range(value, high, text=span_text)
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
                start, stop, span_text, quantity, kind, unit, _direction(tokens, first),
                first, j,
            )
        )  # fmt: skip
        i = j
    return out


def _span_text(text: str, tokens: Sequence[Token], i: int, j: int) -> str:
    return text[tokens[i].start : tokens[j - 1].end]


def find_quantities(
    text: str, *, spread: float = DEFAULT_ABOUT_SPREAD
) -> list[QuantityMention]:
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
         ('1.2 million', (1200000.0, 1200000.0), 'count')]
        >>> [(m.text, m.kind.value) for m in find_quantities("In 2020, 12% of 329-seat, 555-123-4567")]
        [('2020', 'year'), ('12', 'percent'), ('329', 'measure'), ('555-123-4567', 'identifier')]
        >>> m = find_quantities("Twenty-five troops were injured and dozens were wounded.")
        >>> [(x.text, x.value.interval) for x in m]
        [('Twenty-five', (25.0, 25.0)), ('dozens', (24.0, 99.0))]
    """
    return scan_numbers(text, tokenize(shadow(text)), spread=spread)
