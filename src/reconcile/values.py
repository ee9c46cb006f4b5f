"""Values that keep their uncertainty: hedged quantities, dates with granularity, votes, labels.

A news figure is rarely a bare number. "About 2,500 troops", "at least one killed",
"dozens wounded", "formed last summer", "late last year": each is an *interval* plus the
words that made it. This module turns each into an immutable value whose interval is
explicit, so later stages can compare them without guessing.

Quantities (:class:`Quantity`) map hedges to closed intervals:

============  =====================  =========================================
hedge         example                interval
============  =====================  =========================================
exact         "2,500"                [2500, 2500]
about         "about 2,500"          [2500 * (1 - s), 2500 * (1 + s)], s = spread (10%)
at_least      "at least 25"          [25, inf)
more_than     "more than 40"         [41, inf) for whole numbers, else [40, inf)
at_most       "at most 30", "up to"  [0, 30]
less_than     "fewer than 30"        [0, 29] for whole numbers, else [0, 30]
range         "between 20 and 30"    [20, 30]
vague         "dozens"               see :data:`VAGUE_QUANTITIES`
============  =====================  =========================================

Dates (:class:`DateSpan`) are inclusive day spans with a :class:`Granularity`: a day, a
month, a season (northern meteorological seasons: spring = March to May, summer = June
to August, autumn = September to November, winter = December to February of the next
year), a part of a period ("early", "mid", "late": thirds of a year, or days 1-10, 11-20
and 21-end of a month), a year; either end may be open ("since October").

Examples:
    >>> Quantity.hedged(2500, Hedge.ABOUT).interval
    (2250.0, 2750.0)
    >>> Quantity.vague("dozens").interval
    (24.0, 99.0)
    >>> DateSpan.season(2023, "summer").text
    'summer 2023'
    >>> str(DateSpan.part_of_year(2023, "late"))
    '2023-09-01..2023-12-31'
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import math
import re
from typing import Final, TypeAlias

import attrs

from reconcile.errors import InvalidValue

__all__ = [
    "VAGUE_QUANTITIES",
    "DateSpan",
    "Granularity",
    "Hedge",
    "Label",
    "Quantity",
    "Value",
    "VoteOutcome",
    "VoteResult",
    "format_number",
    "hedge_of",
]


class Hedge(enum.Enum):
    """The words that turned a figure into an interval."""

    #: The figure as stated, no hedge.
    EXACT = "exact"
    #: "about", "around", "some", "roughly", "nearly", "an estimated".
    ABOUT = "about"
    #: "at least", "no fewer than".
    AT_LEAST = "at_least"
    #: "more than", "over", "upwards of".
    MORE_THAN = "more_than"
    #: "at most", "up to", "no more than".
    AT_MOST = "at_most"
    #: "less than", "fewer than", "under", "below".
    LESS_THAN = "less_than"
    #: "between 20 and 30", "20 to 30", "20-30".
    RANGE = "range"
    #: A vague amount: "dozens", "hundreds", "several".
    VAGUE = "vague"


#: Vague amount words and the closed interval each maps to. Chosen so that the word's
#: plural reading holds ("dozens" is at least two dozen) and the next word up takes over
#: ("hundreds" starts at 200). Users who read them differently pass their own interval.
VAGUE_QUANTITIES: Final[dict[str, tuple[float, float]]] = {
    "a couple": (2.0, 3.0),
    "a few": (2.0, 5.0),
    "a handful": (2.0, 6.0),
    "several": (3.0, 9.0),
    "many": (3.0, math.inf),
    "numerous": (3.0, math.inf),
    "a dozen": (10.0, 14.0),
    "dozens": (24.0, 99.0),
    "scores": (40.0, 99.0),
    "hundreds": (200.0, 999.0),
    "thousands": (2000.0, 9999.0),
    "tens of thousands": (20000.0, 99999.0),
    "hundreds of thousands": (200000.0, 999999.0),
    "millions": (2e6, 9.99e6),
}

#: The default relative half-width of an "about" figure.
DEFAULT_ABOUT_SPREAD: Final = 0.1


def hedge_of(hedge: Hedge | str) -> Hedge:
    """A :class:`Hedge` from itself or its name (``"at_least"``, ``"AT_LEAST"``, ``"at least"``).

    Examples:
        >>> hedge_of("at least")
        <Hedge.AT_LEAST: 'at_least'>
        >>> hedge_of("roughly")
        Traceback (most recent call last):
        ...
        reconcile.errors.InvalidValue: field 'hedge': unknown hedge 'roughly'; expected one of exact, about, at_least, more_than, at_most, less_than, range, vague
    """  # noqa: E501
    if isinstance(hedge, Hedge):
        return hedge
    key = "_".join(str(hedge).casefold().split()) if isinstance(hedge, str) else None
    for member in Hedge:
        if key == member.value:
            return member
    names = ", ".join(member.value for member in Hedge)
    raise InvalidValue(f"unknown hedge {hedge!r}; expected one of {names}", field="hedge")


def format_number(x: float) -> str:
    """Render a number the way a reader writes it: thousands separators, no trailing ``.0``.

    Examples:
        >>> format_number(2500.0), format_number(1.25), format_number(math.inf)
        ('2,500', '1.25', 'inf')
    """
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    if x == int(x):
        return f"{int(x):,}"
    return f"{x:,.6g}" if abs(x) >= 1000 else f"{x:.6g}"


def _check_number(name: str, x: float, *, allow_inf: bool = False) -> None:
    if math.isnan(x):
        raise InvalidValue(f"{name!r} must be a number (got NaN)", field=name)
    if math.isinf(x) and not allow_inf:
        raise InvalidValue(f"{name!r} must be finite (got {x})", field=name)


@attrs.frozen
class Quantity:
    """A counted or measured amount as a closed interval, with the hedge that made it.

    Attributes:
        low: the smallest value the wording allows; finite.
        high: the largest; ``math.inf`` for open-ended hedges ("at least 25").
        hedge: the hedge word class.
        point: the figure the text states ("2,500" in "about 2,500"), when it states one.
        text: the wording as reported, for display ("about 2,500").
        unit: what the figure is measured in ("km", "min", "%", "USD"); empty for a
            plain count. Figures in different units are never compared.

    Examples:
        >>> Quantity(low=30, high=25)
        Traceback (most recent call last):
        ...
        reconcile.errors.InvalidValue: field 'low': 'low' must be <= 'high' (got low=30, high=25)
    """

    low: float = attrs.field(converter=float)
    high: float = attrs.field(converter=float)
    hedge: Hedge = attrs.field(default=Hedge.EXACT, converter=hedge_of)
    point: float | None = attrs.field(default=None, converter=attrs.converters.optional(float))
    text: str = ""
    unit: str = ""

    def __attrs_post_init__(self) -> None:
        _check_number("low", self.low)
        _check_number("high", self.high, allow_inf=True)
        if self.high == -math.inf:
            raise InvalidValue("'high' must not be -inf", field="high")
        if self.point is not None:
            _check_number("point", self.point)
        if self.low > self.high:
            raise InvalidValue(
                f"'low' must be <= 'high' (got low={format_number(self.low)}, "
                f"high={format_number(self.high)})",
                field="low",
            )
        if self.point is not None and not self.low <= self.point <= self.high:
            raise InvalidValue(
                f"'point' must lie within [low, high] (got point={format_number(self.point)}, "
                f"interval [{format_number(self.low)}, {format_number(self.high)}])",
                field="point",
            )
        if not self.text:
            # Always carry a display text, so a value equals its own round trip.
            shown = (
                format_number(self.low)
                if self.low == self.high
                else f"{format_number(self.low)} to {format_number(self.high)}"
            )
            object.__setattr__(self, "text", shown)

    @classmethod
    def exact(cls, n: float, *, text: str = "", unit: str = "") -> Quantity:
        """A figure stated without a hedge.

        Examples:
            >>> Quantity.exact(900).interval
            (900.0, 900.0)
        """
        return cls(n, n, Hedge.EXACT, n, text or format_number(float(n)), unit)

    @classmethod
    def hedged(
        cls,
        n: float,
        hedge: Hedge | str,
        *,
        text: str = "",
        spread: float = DEFAULT_ABOUT_SPREAD,
    ) -> Quantity:
        """A single figure with a hedge, mapped to its interval (see the module table).

        Args:
            n: the stated figure.
            hedge: any hedge but ``RANGE`` and ``VAGUE``, or its name (``"at_least"``).
            text: the wording, for display; built from the hedge when empty.
            spread: the relative half-width of ``ABOUT``.

        Examples:
            >>> Quantity.hedged(40, Hedge.MORE_THAN).interval
            (41.0, inf)
            >>> Quantity.hedged(100, Hedge.LESS_THAN).text
            'less than 100'
        """
        hedge = hedge_of(hedge)
        n = float(n)
        _check_number("point", n)
        whole = n == int(n)
        label = text or _HEDGE_WORDS[hedge].format(format_number(n))
        if hedge is Hedge.EXACT:
            return cls.exact(n, text=text)
        if hedge is Hedge.ABOUT:
            if not 0 <= spread < 1:
                raise InvalidValue(f"'spread' must be in [0, 1) (got {spread})", field="spread")
            ends = sorted((n * (1 - spread), n * (1 + spread)))
            return cls(ends[0], ends[1], hedge, n, label)
        if hedge is Hedge.AT_LEAST:
            return cls(n, math.inf, hedge, n, label)
        if hedge is Hedge.MORE_THAN:
            return cls(n + 1 if whole else n, math.inf, hedge, None, label)
        if hedge is Hedge.AT_MOST:
            return cls(min(0.0, n), n, hedge, n, label)
        if hedge is Hedge.LESS_THAN:
            high = n - 1 if whole and n >= 1 else n
            return cls(min(0.0, high), high, hedge, None, label)
        raise InvalidValue(
            f"hedge {hedge.value!r} needs two figures; use Quantity.range or Quantity.vague",
            field="hedge",
        )

    @classmethod
    def range(cls, low: float, high: float, *, text: str = "") -> Quantity:
        """A stated range, "between 20 and 30".

        Examples:
            >>> Quantity.range(20, 30).text
            'between 20 and 30'
        """
        label = text or f"between {format_number(float(low))} and {format_number(float(high))}"
        return cls(low, high, Hedge.RANGE, None, label)

    @classmethod
    def vague(
        cls,
        word: str,
        *,
        text: str = "",
        table: dict[str, tuple[float, float]] | None = None,
    ) -> Quantity:
        """A vague amount word ("dozens"), mapped through :data:`VAGUE_QUANTITIES`.

        Examples:
            >>> Quantity.vague("Several").interval
            (3.0, 9.0)
            >>> Quantity.vague("oodles")
            Traceback (most recent call last):
            ...
            reconcile.errors.InvalidValue: field 'text': unknown vague amount 'oodles'
        """
        key = " ".join(word.casefold().split())
        bounds = (table or VAGUE_QUANTITIES).get(key)
        if bounds is None:
            raise InvalidValue(f"unknown vague amount {word!r}", field="text")
        return cls(bounds[0], bounds[1], Hedge.VAGUE, None, text or word)

    @property
    def interval(self) -> tuple[float, float]:
        """``(low, high)``."""
        return (self.low, self.high)

    @property
    def width(self) -> float:
        """``high - low``; ``inf`` for open-ended values. Smaller is more precise."""
        return self.high - self.low

    @property
    def is_open(self) -> bool:
        """Whether the interval has no upper bound ("at least 25")."""
        return math.isinf(self.high)

    @property
    def best(self) -> float:
        """One number to stand for the value: the stated point, else the middle, else low.

        Examples:
            >>> Quantity.range(20, 30).best, Quantity.hedged(25, Hedge.AT_LEAST).best
            (25.0, 25.0)
        """
        if self.point is not None:
            return self.point
        if self.is_open:
            return self.low
        return (self.low + self.high) / 2

    def __str__(self) -> str:
        return self.text


_HEDGE_WORDS: Final[dict[Hedge, str]] = {
    Hedge.EXACT: "{}",
    Hedge.ABOUT: "about {}",
    Hedge.AT_LEAST: "at least {}",
    Hedge.MORE_THAN: "more than {}",
    Hedge.AT_MOST: "at most {}",
    Hedge.LESS_THAN: "less than {}",
    Hedge.RANGE: "{}",
    Hedge.VAGUE: "{}",
}


class Granularity(enum.Enum):
    """How precisely a date is known, finest first."""

    #: One calendar day.
    DAY = "day"
    #: A calendar week (Monday to Sunday).
    WEEK = "week"
    #: Early, mid or late part of a month.
    PART_OF_MONTH = "part_of_month"
    #: One calendar month.
    MONTH = "month"
    #: A quarter of a year.
    QUARTER = "quarter"
    #: A season of a year (northern meteorological seasons).
    SEASON = "season"
    #: Early, mid or late part of a year.
    PART_OF_YEAR = "part_of_year"
    #: A calendar year.
    YEAR = "year"
    #: Any other span: explicit start and end, or an open end.
    SPAN = "span"


_SEASONS: Final[dict[str, tuple[int, int, int]]] = {
    # name: (start month, end month, year offset of the end)
    "spring": (3, 5, 0),
    "summer": (6, 8, 0),
    "autumn": (9, 11, 0),
    "fall": (9, 11, 0),
    "winter": (12, 2, 1),
}
_SEASON_CODES: Final[dict[str, str]] = {
    "SP": "spring",
    "SU": "summer",
    "FA": "autumn",
    "AU": "autumn",
    "WI": "winter",
}
_PARTS: Final = ("early", "mid", "late")
_MONTH_NAMES: Final = tuple(calendar.month_name)


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _date(year: int, month: int, day: int, *, field: str = "start") -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError as exc:
        raise InvalidValue(
            f"{year:04d}-{month:02d}-{day:02d} is not a calendar date ({exc})", field=field
        ) from None


@attrs.frozen
class DateSpan:
    """An inclusive span of days with the granularity it was stated at.

    ``start`` or ``end`` may be ``None`` for an open end ("since October": no end).

    Attributes:
        start: first day of the span, or ``None`` when open at the start.
        end: last day of the span (inclusive), or ``None`` when open at the end.
        granularity: how precisely the text stated it.
        text: the wording, for display.

    Examples:
        >>> DateSpan.parse("2024-01-27").granularity
        <Granularity.DAY: 'day'>
        >>> DateSpan.month(2020, 1).contains(DateSpan.day(2020, 1, 3))
        True
    """

    start: dt.date | None
    end: dt.date | None
    granularity: Granularity = Granularity.SPAN
    text: str = ""

    def __attrs_post_init__(self) -> None:
        if self.start is None and self.end is None:
            raise InvalidValue("a date span needs a start or an end", field="start")
        if self.start is not None and self.end is not None and self.start > self.end:
            raise InvalidValue(
                f"'start' must be <= 'end' (got start={self.start}, end={self.end})",
                field="start",
            )
        if not self.text:
            object.__setattr__(self, "text", self._describe())

    def _describe(self) -> str:
        # The wording a reader would use for the span at its granularity.
        s, e, g = self.start, self.end, self.granularity
        if s is None or e is None:
            return f"since {s}" if e is None else f"until {e}"
        if g is Granularity.DAY:
            return f"{s.day} {_MONTH_NAMES[s.month]} {s.year}"
        if g is Granularity.MONTH:
            return f"{_MONTH_NAMES[s.month]} {s.year}"
        if g is Granularity.YEAR:
            return str(s.year)
        if g is Granularity.SEASON:
            name = next(k for k, v in _SEASONS.items() if v[0] == s.month)
            return f"{name} {s.year}"
        if g is Granularity.QUARTER:
            return f"Q{(s.month + 2) // 3} {s.year}"
        if g is Granularity.WEEK:
            iso = s.isocalendar()
            return f"week {iso.week} of {iso.year}"
        if g is Granularity.PART_OF_YEAR:
            return f"{_PARTS[(s.month - 1) // 4]} {s.year}"
        if g is Granularity.PART_OF_MONTH:
            return f"{_PARTS[min(2, (s.day - 1) // 10)]} {_MONTH_NAMES[s.month]} {s.year}"
        return str(self) if s == e else f"{s} to {e}"

    @classmethod
    def day(cls, year: int, month: int, day: int, *, text: str = "") -> DateSpan:
        """One day.

        Examples:
            >>> DateSpan.day(2021, 2, 30)
            Traceback (most recent call last):
            ...
            reconcile.errors.InvalidValue: field 'start': 2021-02-30 is not a calendar date (day is out of range for month)
        """  # noqa: E501
        d = _date(year, month, day)
        return cls(d, d, Granularity.DAY, text or f"{day} {_MONTH_NAMES[month]} {year}")

    @classmethod
    def of(cls, day: dt.date, *, text: str = "") -> DateSpan:
        """One day, from a :class:`datetime.date`."""
        return cls.day(day.year, day.month, day.day, text=text)

    @classmethod
    def month(cls, year: int, month: int, *, text: str = "") -> DateSpan:
        """A calendar month."""
        start = _date(year, month, 1)
        end = _date(year, month, _last_day(year, month))
        return cls(start, end, Granularity.MONTH, text or f"{_MONTH_NAMES[month]} {year}")

    @classmethod
    def year(cls, year: int, *, text: str = "") -> DateSpan:
        """A calendar year."""
        return cls(_date(year, 1, 1), _date(year, 12, 31), Granularity.YEAR, text or str(year))

    @classmethod
    def quarter(cls, year: int, quarter: int, *, text: str = "") -> DateSpan:
        """A quarter, 1 to 4."""
        if not 1 <= quarter <= 4:
            raise InvalidValue(f"'quarter' must be 1 to 4 (got {quarter})", field="quarter")
        first = 3 * quarter - 2
        return cls(
            _date(year, first, 1),
            _date(year, first + 2, _last_day(year, first + 2)),
            Granularity.QUARTER,
            text or f"Q{quarter} {year}",
        )

    @classmethod
    def week(cls, year: int, week: int, *, text: str = "") -> DateSpan:
        """An ISO week (Monday to Sunday)."""
        try:
            start = dt.date.fromisocalendar(year, week, 1)
        except ValueError as exc:
            raise InvalidValue(f"{year}-W{week:02d}: {exc}", field="start") from None
        return cls(
            start, start + dt.timedelta(days=6), Granularity.WEEK, text or f"week {week} of {year}"
        )

    @classmethod
    def season(cls, year: int, name: str, *, text: str = "") -> DateSpan:
        """A northern meteorological season; winter runs into the next year.

        Examples:
            >>> str(DateSpan.season(2023, "winter"))
            '2023-12-01..2024-02-29'
        """
        key = name.casefold()
        if key not in _SEASONS:
            raise InvalidValue(f"unknown season {name!r}", field="text")
        first, last, offset = _SEASONS[key]
        return cls(
            _date(year, first, 1),
            _date(year + offset, last, _last_day(year + offset, last)),
            Granularity.SEASON,
            text or f"{key} {year}",
        )

    @classmethod
    def part_of_year(cls, year: int, part: str, *, text: str = "") -> DateSpan:
        """Early (January-April), mid (May-August) or late (September-December) in a year."""
        index = _part_index(part)
        first = 1 + 4 * index
        return cls(
            _date(year, first, 1),
            _date(year, first + 3, _last_day(year, first + 3)),
            Granularity.PART_OF_YEAR,
            text or f"{_PARTS[index]} {year}",
        )

    @classmethod
    def part_of_month(cls, year: int, month: int, part: str, *, text: str = "") -> DateSpan:
        """Early (1-10), mid (11-20) or late (21-end) in a month.

        Examples:
            >>> DateSpan.part_of_month(2024, 1, "early").text
            'early January 2024'
        """
        index = _part_index(part)
        first, last = [(1, 10), (11, 20), (21, _last_day(year, month))][index]
        return cls(
            _date(year, month, first),
            _date(year, month, last),
            Granularity.PART_OF_MONTH,
            text or f"{_PARTS[index]} {_MONTH_NAMES[month]} {year}",
        )

    @classmethod
    def between(cls, start: dt.date | None, end: dt.date | None, *, text: str = "") -> DateSpan:
        """Any explicit span; ``None`` leaves that end open."""
        if not text:
            text = f"since {start}" if end is None else f"until {end}" if start is None else ""
        return cls(start, end, Granularity.SPAN, text or f"{start} to {end}")

    @classmethod
    def parse(cls, value: str, *, text: str = "") -> DateSpan:
        """Parse a normalized date value: ISO day, month or year, TIMEX3-style codes, spans.

        Accepted forms: ``2024-01-27``, ``2024-01``, ``2024``, ``2023-SU`` (season codes SP,
        SU, FA/AU, WI), ``2023-Q4``, ``2024-W05``, ``2023-late`` / ``2024-01-early`` (parts),
        and ``START..END`` with either side empty for an open end.

        Examples:
            >>> DateSpan.parse("2023-SU") == DateSpan.season(2023, "summer")
            True
            >>> DateSpan.parse("2023-10-07..").end is None
            True
            >>> DateSpan.parse("next tuesday")
            Traceback (most recent call last):
            ...
            reconcile.errors.InvalidValue: field 'start': cannot read date value 'next tuesday'
        """
        raw = value.strip()
        if ".." in raw:
            left, _, right = raw.partition("..")
            start = cls.parse(left).start if left.strip() else None
            end = cls.parse(right).end if right.strip() else None
            return cls.between(start, end, text=text or raw)
        match = _DATE_VALUE.fullmatch(raw)
        if match is None:
            raise InvalidValue(f"cannot read date value {value!r}", field="start")
        year = int(match["year"])
        if match["day"]:
            return cls.day(year, int(match["month"]), int(match["day"]), text=text)
        if match["month"]:
            month = int(match["month"])
            if not 1 <= month <= 12:
                raise InvalidValue(f"no month {month} in {value!r}", field="start")
            if match["mpart"]:
                return cls.part_of_month(year, month, match["mpart"], text=text)
            return cls.month(year, month, text=text)
        if match["season"]:
            return cls.season(year, _SEASON_CODES[match["season"].upper()], text=text)
        if match["quarter"]:
            return cls.quarter(year, int(match["quarter"]), text=text)
        if match["week"]:
            return cls.week(year, int(match["week"]), text=text)
        if match["ypart"]:
            return cls.part_of_year(year, match["ypart"], text=text)
        return cls.year(year, text=text)

    @property
    def value(self) -> str:
        """The normalized value string that :meth:`parse` reads back.

        Examples:
            >>> DateSpan.season(2023, "autumn").value
            '2023-FA'
            >>> DateSpan.between(dt.date(2023, 10, 7), None).value
            '2023-10-07..'
        """
        s, e, g = self.start, self.end, self.granularity
        if s is not None and e is not None:
            if g is Granularity.DAY:
                return s.isoformat()
            if g is Granularity.MONTH:
                return f"{s.year:04d}-{s.month:02d}"
            if g is Granularity.YEAR:
                return f"{s.year:04d}"
            if g is Granularity.SEASON:
                name = next(k for k, v in _SEASONS.items() if v[0] == s.month)
                code = {"fall": "FA", "autumn": "FA"}.get(name, name[:2].upper())
                return f"{s.year:04d}-{code}"
            if g is Granularity.QUARTER:
                return f"{s.year:04d}-Q{(s.month + 2) // 3}"
            if g is Granularity.WEEK:
                iso = s.isocalendar()
                return f"{iso.year:04d}-W{iso.week:02d}"
            if g is Granularity.PART_OF_YEAR:
                return f"{s.year:04d}-{_PARTS[(s.month - 1) // 4]}"
            if g is Granularity.PART_OF_MONTH:
                return f"{s.year:04d}-{s.month:02d}-{_PARTS[min(2, (s.day - 1) // 10)]}"
        left = s.isoformat() if s is not None else ""
        right = e.isoformat() if e is not None else ""
        return f"{left}..{right}"

    @property
    def first_day(self) -> int:
        """Proleptic ordinal of the first day; very small for an open start."""
        return self.start.toordinal() if self.start is not None else -(10**9)

    @property
    def last_day(self) -> int:
        """Proleptic ordinal of the last day; very large for an open end."""
        return self.end.toordinal() if self.end is not None else 10**9

    @property
    def days(self) -> int:
        """Number of days in the span (huge when open). Smaller is more precise."""
        return self.last_day - self.first_day + 1

    def contains(self, other: DateSpan) -> bool:
        """Whether every day of ``other`` lies within this span."""
        return self.first_day <= other.first_day and other.last_day <= self.last_day

    def overlaps(self, other: DateSpan) -> bool:
        """Whether the two spans share at least one day."""
        return self.first_day <= other.last_day and other.first_day <= self.last_day

    def __str__(self) -> str:
        s = self.start.isoformat() if self.start else ""
        e = self.end.isoformat() if self.end else ""
        return s if s == e else f"{s}..{e}"


def _part_index(part: str) -> int:
    key = part.casefold().removesuffix("-").strip()
    key = {"beginning": "early", "start": "early", "middle": "mid", "end": "late"}.get(key, key)
    if key not in _PARTS:
        raise InvalidValue(f"part must be early, mid or late (got {part!r})", field="text")
    return _PARTS.index(key)


_DATE_VALUE: Final = re.compile(
    r"(?P<year>\d{4})"
    r"(?:-(?:(?P<month>\d{2})(?:-(?:(?P<day>\d{2})|(?P<mpart>early|mid|late)))?"
    r"|(?P<season>SP|SU|FA|AU|WI)|Q(?P<quarter>[1-4])|W(?P<week>\d{2})"
    r"|(?P<ypart>early|mid|late)))?",
    re.IGNORECASE,
)


class VoteResult(enum.Enum):
    """Whether a motion passed."""

    #: Adopted, approved, passed.
    PASSED = "passed"
    #: Rejected, defeated, failed.
    REJECTED = "rejected"


@attrs.frozen
class VoteOutcome:
    """The outcome of a vote, with whichever facets a report gives.

    Reports describe one vote from different angles: one says "unanimous", another
    "a non-binding resolution", a third "141 to 5". Each facet is optional (``None`` =
    not stated) and facets only conflict with the same facet or one they imply
    ("unanimous" implies nobody voted against).

    Examples:
        >>> VoteOutcome(unanimous=True, votes_against=3)
        Traceback (most recent call last):
        ...
        reconcile.errors.InvalidValue: field 'votes_against': a unanimous vote has no votes against (got 3)
    """  # noqa: E501

    body: str | None = None
    motion: str | None = None
    result: VoteResult | None = None
    votes_for: int | None = None
    votes_against: int | None = None
    abstentions: int | None = None
    unanimous: bool | None = None
    binding: bool | None = None
    text: str = ""

    def __attrs_post_init__(self) -> None:
        for name in ("votes_for", "votes_against", "abstentions"):
            count = getattr(self, name)
            if count is not None and (isinstance(count, bool) or count < 0):
                raise InvalidValue(f"{name!r} must be a count >= 0 (got {count!r})", field=name)
        if self.unanimous and self.votes_against:
            raise InvalidValue(
                f"a unanimous vote has no votes against (got {self.votes_against})",
                field="votes_against",
            )
        if all(
            getattr(self, f) is None
            for f in ("result", "votes_for", "votes_against", "abstentions", "unanimous", "binding")
        ):
            raise InvalidValue(
                "a vote outcome needs at least one of result, counts, unanimous or binding",
                field="result",
            )
        if not self.text:
            object.__setattr__(self, "text", self.describe())

    def combined_with(self, other: VoteOutcome) -> VoteOutcome:
        """One outcome with the facets of both; this one's win where both state one.

        Examples:
            >>> VoteOutcome(unanimous=True).combined_with(VoteOutcome(binding=False)).text
            'unanimous, non-binding'
        """
        facets = {**other.facets, **self.facets}
        return VoteOutcome(
            body=self.body or other.body,
            motion=self.motion or other.motion,
            **facets,  # type: ignore[arg-type]
        )

    @property
    def facets(self) -> dict[str, object]:
        """The stated facets (those not ``None``), by name; body and motion excluded."""
        names = ("result", "votes_for", "votes_against", "abstentions", "unanimous", "binding")
        return {n: getattr(self, n) for n in names if getattr(self, n) is not None}

    def describe(self) -> str:
        """The stated facets in words.

        Examples:
            >>> VoteOutcome(result=VoteResult.PASSED, votes_for=141, votes_against=5,
            ...             binding=False).describe()
            'passed, 141 for, 5 against, non-binding'
        """
        words = []
        if self.result is not None:
            words.append(self.result.value)
        if self.unanimous is not None:
            words.append("unanimous" if self.unanimous else "not unanimous")
        for name, label in (
            ("votes_for", "for"),
            ("votes_against", "against"),
            ("abstentions", "abstaining"),
        ):
            count = getattr(self, name)
            if count is not None:
                words.append(f"{count} {label}")
        if self.binding is not None:
            words.append("binding" if self.binding else "non-binding")
        return ", ".join(words)

    def __str__(self) -> str:
        return self.text


@attrs.frozen
class Label:
    """A plain categorical value ("withdrawn", "Baghdad", "Kataib Hezbollah").

    Examples:
        >>> Label("  Withdrawn ").key
        'withdrawn'
    """

    value: str = attrs.field()
    text: str = ""

    @value.validator
    def _check(self, _: attrs.Attribute[str], value: str) -> None:
        if not value.strip():
            raise InvalidValue("a label must not be empty", field="value")

    def __attrs_post_init__(self) -> None:
        if not self.text:
            object.__setattr__(self, "text", self.value)

    @property
    def key(self) -> str:
        """The comparison key: case-folded, white space collapsed."""
        return " ".join(self.value.casefold().split())

    def __str__(self) -> str:
        return self.text


#: Any value a claim can carry.
Value: TypeAlias = Quantity | DateSpan | VoteOutcome | Label
