"""Time expressions: absolute, weekday, relative and vague dates, durations, resolved.

Each expression is resolved against an *anchor* (the publication date): a weekday is
the most recent such day on or before the anchor unless the tense around it says
future; "last summer" is the last summer that ended before the anchor; a month without
a year is read by the tense of the clause (past: the most recent such month, future:
the next one, no tense: the nearest). Values are TimeML TIMEX3 strings ("2024-01-27",
"2023-SU", "P3M", "PRESENT_REF") and, for dates, a :class:`reconcile.values.DateSpan`.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable, Sequence
from typing import Final

import attrs

from reconcile.errors import InvalidValue
from reconcile.extract import _lexicon as lex
from reconcile.extract._lexicon import load_lexicon, words
from reconcile.extract._text import Token, shadow, split_sentences, tokenize, without_possessive
from reconcile.values import DateSpan, Granularity


@attrs.frozen
class TimeExpression:
    """A time expression found in text.

    Attributes:
        start: start offset in the text.
        end: end offset (exclusive).
        text: ``text[start:end]``.
        type: the TIMEX3 type: ``DATE``, ``TIME``, ``DURATION`` or ``SET``.
        value: the TIMEX3 value ("2024-01-27", "2023-SU", "P2Y", "PAST_REF"); an
            ``X`` stands for what the text and anchor do not fix.
        span: the resolved day span for dates, else ``None`` (durations, or a relative
            date with no anchor to resolve it against).
        relative: whether resolving it needed the anchor or an earlier date.
        first: index of the first token in its sentence (internal use).
        last: index one past the last token (internal use).
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    span: DateSpan | None = None
    relative: bool = False
    first: int = attrs.field(default=0, repr=False, eq=False)
    last: int = attrs.field(default=0, repr=False, eq=False)


_SEASONS: Final[dict[str, str]] = {
    "spring": "SP",
    "summer": "SU",
    "autumn": "FA",
    "fall": "FA",
    "winter": "WI",
}
_PARTS: Final[dict[str, str]] = {
    "early": "early",
    "late": "late",
    "mid": "mid",
    "mid-": "mid",
    "middle": "mid",
    "beginning": "early",
    "start": "early",
    "end": "late",
}
_DAYPARTS: Final[dict[str, str]] = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
}
#: Words before "year" that count it from the year the text last named.
_STORY_YEAR_SHIFT: Final = {"following": 1, "next": 1, "same": 0, "previous": -1, "prior": -1}
#: Words a part of a day counted from the report's day may start with.
_PART_OF_DAY_FIRST: Final = frozenset(
    words("this last yesterday tomorrow today early late later earlier")
)
#: Words that count a part of a day from the report's day, and by how many days.
_DAY_OF_PART: Final = {"this": 0, "last": -1, "yesterday": -1, "tomorrow": 1, "today": 0}
#: Words that may stand before such a part: "late last night", "later this afternoon".
_DAYPART_LEADS: Final = frozenset(words("early late later earlier"))


_TIME_WORDS: Final = load_lexicon("time_words.json")


def _phrases(key: str) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(p.split()) for p in _TIME_WORDS["references"][key])


#: Phrases TimeML reads as the present, the past and the future ("now", "recently", "the
#: near future"), from ``lexicon/time_words.json``.
_PRESENT: Final = _phrases("PRESENT_REF")
_PAST_REF: Final = _phrases("PAST_REF")
_FUTURE_REF: Final = _phrases("FUTURE_REF")
_MONTH_LEADS: Final = frozenset(
    words("""in since by until till through of last next this early late mid from before after
    during between and or to on""")
)
_IRREGULAR_PAST: Final = lex.IRREGULAR_PAST
NOT_PAST: Final = frozenset(
    words("""need speed feed seed indeed hundred red bed shed bred breed creed greed proceed
    succeed exceed united based alleged expected scheduled planned""")
)
_FUTURE: Final = frozenset(
    words("""will 'll shall would plans plan planned planning scheduled expected upcoming next
    intends intend hopes hope aims aim set due going coming""")
)


#: Month words short enough to be first names ("Jan", "Dec"); a full name never is.
_SHORT_MONTHS: Final = frozenset(
    w for w in lex.MONTHS if len(w.rstrip(".")) <= 4 and w not in ("may", "june", "july")
)
#: Ordinals that number a quarter of a year: "the third quarter".
#: Units shorter than a day: a shift by them names no other calendar day, and "minute"
#: shares the TIMEX code M with "month".
_CLOCK_UNITS: Final = frozenset(words("second seconds minute minutes hour hours"))
_MERIDIEMS: Final = frozenset(words("a.m. p.m. am pm a.m p.m"))
#: Hours named by a word: "noon Thursday" is 12:00, "midnight Friday" the end of Friday.
_NAMED_HOURS: Final = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}
#: Words of a time zone between a clock time and its day: "5 p.m. EST Nov. 9".
_ZONES: Final = frozenset(
    words("gmt utc local time et est edt pt pst pdt ct cst cdt bst cet cest wat eat")
)
#: Day words with a possessive that are the day: "yesterday's attack", "tonight's match".
#: "today's" is left out: "today's world" is the present, no day.
_DAY_POSSESSIVES: Final = frozenset(words("yesterday's tomorrow's tonight's"))
#: Words before a year said in words when nothing follows it: "until two thousand.".
_YEAR_LEADS: Final = frozenset(words("in since until by before after from to"))
#: Words a year said in words starts with: "nineteen", "twenty", "two (thousand)".
_YEAR_WORDS: Final = frozenset(w for w, n in lex.UNITS.items() if n == 2 or n >= 10) | {"twenty"}
#: Decades by their tens: "the nineties" (9), "the twenties" (2).
_DECADE_WORDS: Final = {f"{w[:-1]}ies": n // 10 for w, n in lex.TENS.items()}
#: Ordinal words of a day of a month, from ``lexicon/time_words.json``: "March eighth".
_ORDINALS: Final[dict[str, int]] = _TIME_WORDS["day_ordinals"]
#: Words "the current" may count from the report's day: "the current fiscal year".
_CURRENT_UNITS: Final = frozenset(words("week month quarter year fiscal"))
#: Month words that with a possessive are rather a name's: "Jan's", "May's".
_NAME_MONTHS: Final = _SHORT_MONTHS | {"may"}
_QUARTERS: Final = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4}


_HOLIDAYS_LEXICON: Final = load_lexicon("holidays.json")


def _load_holidays() -> dict[tuple[str, ...], tuple[str, tuple[int, ...]]]:
    raw = _HOLIDAYS_LEXICON
    out: dict[tuple[str, ...], tuple[str, tuple[int, ...]]] = {}
    for kind in ("fixed", "nth_weekday", "easter"):
        for phrase, spec in raw[kind].items():
            numbers = tuple(spec) if isinstance(spec, list) else (int(spec),)
            out[tuple(phrase.split())] = (kind, numbers)
    return out


#: Named days ("Christmas", "Thanksgiving Day"), longest phrase first, from
#: ``lexicon/holidays.json``.
HOLIDAYS: Final = dict(sorted(_load_holidays().items(), key=lambda kv: -len(kv[0])))
#: Nouns a named day before them names a thing by, not a time ("the Christmas market").
_THINGS_NAMED: Final = frozenset(_HOLIDAYS_LEXICON.get("things_named", ()))
#: Last words that make a named day's phrase a day of its own ("Christmas Day", "Easter
#: Sunday", "New Year's Eve"), where a bare name ("Halloween", "Easter") is also a season.
_DAY_WORDS: Final = frozenset(words("day eve night")) | frozenset(lex.WEEKDAYS)
#: Words after a bare named day that keep it a time: parts of its day ("Christmas
#: morning", "Halloween night") and the happenings a text dates by it ("the Easter
#: bombings"), from ``lexicon/frames.json``'s event words.
_KEEP_A_BARE_DAY: Final = (
    frozenset(_DAYPARTS)
    | frozenset(words("weekend holiday holidays"))
    | frozenset(lex.EVENT_NOUNS)
    | lex.EPISODIC_EVENTS
    | frozenset(word for nouns in load_lexicon("frames.json")["events"].values() for word in nouns)
)


def _words_of(key: str) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(p.split()) for p in _TIME_WORDS["reported_period"][key])


#: Nouns of a company's reporting period ("the quarter", "the year-ago period").
_PERIOD_NOUNS: Final = frozenset(w for (w,) in _words_of("nouns"))
#: Words that make it the period the report is about: "the latest quarter".
_LATEST: Final = _words_of("latest")
#: Words that point at the period compared with: "the comparable year-ago quarter".
_COMPARABLE: Final = _words_of("comparable")
#: Words after "year-" that move a period a year back: "year-ago", "year-earlier".
_YEAR_BACK: Final = frozenset(w for (w,) in _words_of("year_back"))
#: Words after four digits that make them a clock time: "between 1800 and 2000 today".
_CLOCK_AFTER: Final = frozenset(_TIME_WORDS["not_years"]["clock_after"])
#: Capitalized nouns that make four digits before them part of a name: "the 1922 Committee".
_NAME_HEADS: Final = frozenset(_TIME_WORDS["not_years"]["name_heads"])
#: Words that make four digits a house number: "1555 Main St.", "2100 Martin Luther King Blvd".
_STREET_WORDS: Final = frozenset(_TIME_WORDS["not_years"]["street_words"])
#: Words a report's period may start with after "the" (or a year's digits).
_PERIOD_OPENERS: Final = frozenset(
    {"year"} | _PERIOD_NOUNS | {p[0] for p in _LATEST} | {p[0] for p in _COMPARABLE}
)
#: How long after a quarter's end its results are still the news: a future clause then
#: speaks of reporting on it ("expects to post a third-quarter loss" in October).
_REPORTING_SEASON: Final = dt.timedelta(days=60)


def _quarter_of(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def _previous_quarter(day: dt.date) -> tuple[int, int]:
    """The last quarter that ended before ``day``."""
    q = _quarter_of(day) - 1
    return (day.year, q) if q else (day.year - 1, 4)


def _is_just_ended(anchor: dt.date, year: int, q: int) -> bool:
    """Whether quarter ``q`` of ``year`` ended within the reporting season before ``anchor``."""
    if (year, q) != _previous_quarter(anchor):
        return False
    end = dt.date(year, 3 * q, calendar.monthrange(year, 3 * q)[1])
    return anchor - end <= _REPORTING_SEASON


def _easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 - the computus's own letter
    m = (a + 11 * h + 19 * l) // 433
    month = (h + l - 7 * m + 90) // 25
    return dt.date(year, month, (h + l - 7 * m + 33 * month + 19) % 32)


def holiday(kind: str, spec: tuple[int, ...], year: int) -> dt.date:
    """The day a named day falls on in ``year``.

    Examples:
        >>> holiday("nth_weekday", (11, 3, 4), 2013), holiday("easter", (-2,), 2024)
        (datetime.date(2013, 11, 28), datetime.date(2024, 3, 29))
    """
    if kind == "fixed":
        return dt.date(year, spec[0], spec[1])
    if kind == "easter":
        return _easter(year) + dt.timedelta(days=spec[0])
    month, weekday, nth = spec
    days = [
        dt.date(year, month, d)
        for d in range(1, calendar.monthrange(year, month)[1] + 1)
        if dt.date(year, month, d).weekday() == weekday
    ]
    return days[nth - 1] if nth > 0 else days[nth]


#: Words that can start a time expression; anything else is skipped at once.
#: Words before a bare plural unit that make it a stretch of time: "for days".
_SPAN_LEADS: Final = frozenset(words("for within over"))
#: Adverbs of a regular recurrence -> their TimeML SET value ("daily" -> P1D).
_SET_ADVERBS: Final = {
    "daily": "XXXX-XX-XX", "nightly": "XXXX-XX-XXTNI", "weekly": "XXXX-WXX",
    "monthly": "XXXX-XX", "yearly": "XXXX", "annually": "XXXX", "hourly": "XXXX-XX-XXTXX",
}  # fmt: skip
#: A recurring unit -> the TimeML pattern of a set of them ("every week": XXXX-WXX).
_SET_PATTERNS: Final = {
    "D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX", "Y": "XXXX", "H": "XXXX-XX-XXTXX",
}  # fmt: skip
#: Words between a count and its unit that add to a stretch: "20 more years".
_MORE: Final = frozenset(words("more additional further extra"))
#: Words that say how often in "twice a year", "three times a week".
_FREQUENCY_LINKS: Final = frozenset(words("a an per each every"))
_TRIGGERS: Final = (
    frozenset(lex.MONTHS)
    | frozenset(lex.WEEKDAYS)
    | frozenset(f"{day}'s" for day in lex.WEEKDAYS)  # "Thursday's ruling"
    | frozenset(f"{day}s" for day in lex.WEEKDAYS)  # "on Sundays"
    | frozenset(f"{month}'s" for month in lex.MONTHS)  # "December's figures"
    | frozenset(lex.UNITS)
    | frozenset(lex.TENS)
    | frozenset(lex.TIME_UNITS)
    | lex.HEDGES_ABOUT_WORDS
    | frozenset(_SEASONS)
    | frozenset(p[0] for p in _PRESENT | _PAST_REF | _FUTURE_REF)
    | frozenset(
        words(
            """yesterday tomorrow tonight early late mid mid- the earlier later last this
            next past coming previous following recent several few many some a an one"""
        )
    )
    | _DAY_POSSESSIVES
    | frozenset(_DECADE_WORDS)
    | frozenset(_QUARTERS)
    | frozenset(_SET_ADVERBS)
    | frozenset(words("every each twice thrice that"))  # "that year"
    | frozenset(phrase[0] for phrase in HOLIDAYS)
)
_HOLIDAY_FIRST: Final = frozenset(phrase[0] for phrase in HOLIDAYS)


#: The phrases of a reference to the present, past or future, by their first word.
_REF_BY_FIRST: Final[dict[str, tuple[tuple[tuple[str, ...], str], ...]]] = {
    first: tuple(
        (phrase, value)
        for phrases, value in (
            (_PRESENT, "PRESENT_REF"),
            (_PAST_REF, "PAST_REF"),
            (_FUTURE_REF, "FUTURE_REF"),
        )
        for phrase in sorted(phrases)
        if phrase[0] == first
    )
    for first in sorted({p[0] for p in _PRESENT | _PAST_REF | _FUTURE_REF})
}
#: The same phrases by their first two words, in the same order, each list also holding
#: the one-word phrases of its first word: "the" opens many phrases, and the second word
#: rules out most of them with one look-up.
_REF_BY_PAIR: Final[dict[tuple[str, str], tuple[tuple[tuple[str, ...], str], ...]]] = {
    (first, second): tuple(
        entry for entry in entries if len(entry[0]) == 1 or entry[0][1] == second
    )
    for first, entries in _REF_BY_FIRST.items()
    for second in {"", *(phrase[1] for phrase, _ in entries if len(phrase) > 1)}
}
#: Common words that open a time expression only before one of a few words: "the"
#: ("the past", "the following year", "the third quarter", "the end of", "the next
#: day"; and "the 1988 period" before any number), "a"/"an" ("a week ago", "a couple
#: of days", "a later date"), "in the past", "at present", "that year". The scan tries
#: the rules at such a word only before one of its words here (one look-up, where
#: every rule would fail one by one): a rule that starts at one of them needs the word
#: after it listed.
_NEXT_AFTER: Final[dict[str, frozenset[str]]] = {
    "the": frozenset(
        {phrase[1] for phrase, _ in _REF_BY_FIRST["the"] if len(phrase) > 1}
        | _STORY_YEAR_SHIFT.keys()
        | _PERIOD_OPENERS
        | _QUARTERS.keys()
        | set(words("end beginning start middle weekend last past next coming current"))
        | set(words("following previous first"))
    ),
    **dict.fromkeys(
        ("a", "an"),
        frozenset(
            {phrase[1] for phrase, _ in _REF_BY_FIRST["a"] if len(phrase) > 1}
            | lex.TIME_UNITS.keys()
            | _MORE
            | {"couple", "1", "and", "-"}
        ),
    ),
    **{
        first: frozenset(phrase[1] for phrase, _ in _REF_BY_FIRST[first] if len(phrase) > 1)
        for first in ("in", "at")
    },
    "that": frozenset({"year", "same"}),
}
_TENSE_USERS: Final = (
    frozenset(lex.MONTHS)
    | frozenset(lex.WEEKDAYS)
    | frozenset(_SEASONS)
    | frozenset(words("last this next past coming previous following the"))
)


#: Words straight before a date that point at its side of the report: "by Jan. 14" and
#: "until Tuesday" look ahead, "since May" looks back, whatever the verb's tense.
_POINTING: Final = {
    "by": "future", "until": "future", "till": "future", "since": "past",
    # "effective Feb. 1", "payable Dec. 7": a date something starts or is due on
    "effective": "future", "payable": "future",
}  # fmt: skip
#: Words before a time that leave its year to the nearest reading, whatever the tense
#: around: "extended loans through January" (written in October) is the coming one.
_NEUTRAL_LEADS: Final = frozenset(words("through"))
_POINTING_PHRASES: Final = (
    (("as", "early", "as"), "future"),
    (("no", "later", "than"), "future"),
    (("as", "soon", "as"), "future"),
)


def _tense(tokens: Sequence[Token], i: int, j: int) -> str | None:
    """``"future"``, ``"past"`` or ``None``: the nearest tense marker around ``[i, j)``.

    The look back goes to the start of the sentence, up to :data:`_TENSE_REACH` words
    ("will be named commander of the shuttle for a mission in December"); the look
    ahead a few words, neither past the sentence's end.
    """
    if i > 0 and tokens[i - 1].low in _POINTING and not _iterated_before(tokens, i - 1):
        # "was pushed back each day until Friday": a run of moves ended on that day, as
        # its clause's tense tells
        if _POINTING[tokens[i - 1].low] == "future" and (
            _past_perfect_before(tokens, i - 1) or _fronted_tense(tokens, i - 1, j) == "had"
        ):
            # "had filed their reports by Wednesday", "Until Thursday, they had not
            # called him a suspect"
            return "past"
        return _POINTING[tokens[i - 1].low]
    if i > 0 and tokens[i - 1].low in _NEUTRAL_LEADS:
        return None
    if (
        i > 1
        and tokens[i - 1].low in _NEW_DAY_LEADS
        and not _iterated_before(tokens, i - 1)
        and rescheduled_verb(tokens, i - 1) is not None
    ):
        return "future"  # "the vote was delayed to Wednesday": moved to a day to come
    for phrase, pointing in _POINTING_PHRASES:
        if i >= len(phrase) and tuple(t.low for t in tokens[i - len(phrase) : i]) == phrase:
            return pointing
    if i > 0 and tokens[i - 1].low == "the" and _names_unscheduled(tokens, j):
        return "past"  # "after the Oct. 23 killing": no one schedules a killing
    best: tuple[int, str] | None = None
    for k in range(i - 1, max(-1, i - 1 - _TENSE_REACH), -1):
        low = tokens[k].low
        if low in _SENTENCE_STOPS:
            break
        if not _may_mark(low):
            continue  # most words mark no tense: skip the reading of their context
        t = _marker(tokens, k, i)
        if t is not None:
            best = (i - k, t)
            break
    if best is None:
        fronted = _fronted_tense(tokens, i, j)
        if fronted is not None:
            # "On Tuesday, the league plans to hold a news conference": a time set before
            # its sentence's subject takes the tense of the clause it opens
            return "past" if fronted == "had" else fronted
    for k in range(j, min(len(tokens), j + 5)):
        if tokens[k].low in lex.CLAUSE_OPENERS or tokens[k].low in (".", "?", "!"):
            break  # "will meet on Tuesday after the council failed": another clause's verb
        if tokens[k].low == "and" and best is not None:
            break  # "received 40% in the May 29 election and will have 159 seats": the
            # verb before the date is its own; the one after "and" is the next predicate's
        t = _marker(tokens, k, i)
        if t is not None:
            if best is None or k - j + 1 < best[0]:
                best = (k - j + 1, t)
            break
    if best is None and _scheduled_before(tokens, i):
        return "future"
    return best[1] if best else None


#: Words a time set at the head of its sentence may follow: "On Friday,", "Until Thursday,".
_FRONTING_LEADS: Final = frozenset(words("on in until till by since during at early late"))
#: Tokens a sentence, or a quotation within it, starts after.
_SENTENCE_STARTS: Final = frozenset((".", "?", "!", ";", ":", '"', "``", "''", "\u201c"))


def _fronted_tense(tokens: Sequence[Token], i: int, j: int) -> str | None:
    """The tense of the clause a time set at the head of its sentence opens, if any.

    ``[i, j)`` is the time; it is fronted when at most a preposition stands before it in
    its sentence and a comma after it. The tense is the first marker of the clause after
    the comma, ``"had"`` for a past perfect, which makes even "until" look back.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("On Tuesday, the league plans to hold a news conference.")
        >>> _fronted_tense(t, 1, 2)
        'future'
        >>> t = tokenize("Until Thursday, they had not called him a suspect.")
        >>> _fronted_tense(t, 1, 2)
        'had'
        >>> _fronted_tense(tokenize("He left on Tuesday, and she stayed."), 3, 4) is None
        True
    """
    k = i - 1
    if k >= 0 and tokens[k].low in _FRONTING_LEADS:
        k -= 1
    if k >= 0 and tokens[k].low not in _SENTENCE_STARTS:
        return None
    if j + 1 >= len(tokens) or tokens[j].low != "," or tokens[j + 1].low in lex.CLAUSE_OPENERS:
        return None  # "On Friday, when she set aside her plans, ...": another clause first
    for m in range(j + 1, min(len(tokens), j + 1 + _TENSE_REACH)):
        low = tokens[m].low
        if low in _SENTENCE_STOPS:
            break
        if low == "had":
            return "had"
        if not _may_mark(low):
            continue
        tense = _marker(tokens, m, i)
        if tense is not None:
            return tense
    return None


#: Words that make a verb of moving a run of moves: "pushed back each day until Friday".
_ITERATIVE: Final = frozenset(words("each every repeatedly daily"))


def _iterated_before(tokens: Sequence[Token], lead: int) -> bool:
    """Whether a word of repetition stands in the four words before the "until" at ``lead``.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> _iterated_before(tokenize("It was pushed back each day until Friday"), 6)
        True
        >>> _iterated_before(tokenize("It was pushed back until Friday"), 4)
        False
    """
    return any(t.low in _ITERATIVE for t in tokens[max(0, lead - 4) : lead])


#: Words before the new day of a happening moved to it: "delayed to Wednesday".
_NEW_DAY_LEADS: Final = frozenset(words("to until till for"))
#: Words before a day a happening was moved from or to: "postponed from Monday to Tuesday".
MOVED_DAY_LEADS: Final = _NEW_DAY_LEADS | {"from"}
#: Verbs that move a planned happening to another day, from ``lexicon/time_words.json``.
_RESCHEDULING_VERBS: Final = frozenset(_TIME_WORDS["rescheduling_verbs"])
#: Words between such a verb and the "to" of its new day: "pushed back again until".
_RESCHEDULE_GAP: Final = frozenset(words("back off forward again once twice each every day"))


def rescheduled_verb(tokens: Sequence[Token], lead: int) -> int | None:
    """Where a verb of moving a happening stands just before the "to" at ``lead``, if one does.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> rescheduled_verb(tokenize("It was pushed back again until Monday"), 5)
        2
        >>> rescheduled_verb(tokenize("It was sent to Monday"), 3) is None
        True
    """
    k = lead - 1
    while k >= 0 and lead - k <= 4 and tokens[k].low in _RESCHEDULE_GAP:
        k -= 1
    return k if k >= 0 and tokens[k].low in _RESCHEDULING_VERBS else None


def _scheduled_before(tokens: Sequence[Token], i: int) -> bool:
    """Whether a verb of a planned happening in the present stands just before ``i``.

    Wire copy tells what is to come in the present tense: "the leaders meet Monday",
    "the session opens on Tuesday"; "to meet" and "did meet" are no present, nor is
    "the council vote on March 13", where a singular noun makes the word a noun.
    """
    k = i - 1
    while k >= 0 and tokens[k].low in _SCHEDULE_GAP:
        k -= 1
    if k < 0 or tokens[k].low not in _SCHEDULED_PRESENT:
        return False
    if (
        k >= 2
        and tokens[k - 2].low in _NOT_PRESENT_BEFORE
        and tokens[k - 1].text.islower()
        and not tokens[k - 1].low.endswith("s")
    ):
        return False  # "the council vote on March 13": a singular noun makes it a noun
    j = k - 1
    while j > 0 and tokens[j].is_capitalized and tokens[j].text.isalpha():
        j -= 1
    if j < k - 1 and tokens[j].low in _NOT_PRESENT_BEFORE:
        return False  # "the Security Council vote on Friday": a name's noun
    if k >= 1 and tokens[k - 1].low.endswith(("'s", "'")):
        return False  # "the party's vote on Friday": a possessive's noun
    return k == 0 or tokens[k - 1].low not in _NOT_PRESENT_BEFORE


#: Present forms of verbs of a planned happening ("meet", "meets", "closes").
_SCHEDULED_PRESENT: Final = frozenset(
    form
    for verb in _TIME_WORDS["scheduled_verbs"]
    for form in (verb, verb + ("es" if verb.endswith(("s", "sh", "ch", "x")) else "s"))
)
#: Words between such a verb and its day: "meet separately on Monday".
_SCHEDULE_GAP: Final = frozenset(words("on again separately jointly formally also here there"))
#: Words that make the base form no present: "agreed to meet", "did not meet", "the end".
_NOT_PRESENT_BEFORE: Final = frozenset(words("to did not the a an its their his her this that"))


def _past_perfect_before(tokens: Sequence[Token], k: int) -> bool:
    """Whether "had" stands in the few words before token ``k`` of its clause."""
    for m in range(k - 1, max(-1, k - 7), -1):
        low = tokens[m].low
        if low in (",", ";", ".") or low in _WILL:
            return False
        if low == "had":
            return True
    return False


#: Words that end the look back for a tense: the end of a clause or sentence.
_SENTENCE_STOPS: Final = frozenset((";", "--", ".", "?", "!"))


#: How many words before a time its tense marker may stand.
_TENSE_REACH: Final = 16
#: Words that say what follows is to come whatever follows them.
_WILL: Final = frozenset(words("will 'll shall would upcoming next coming"))
#: Words that point ahead only in their construction: "plans to", "scheduled for",
#: "due Friday"; "the plan", "a record set on Aug. 6" do not.
_ARRANGED: Final = _FUTURE - _WILL
#: Words between a modal and "be" of a passive: "will not be", "would still be".
_BETWEEN_MODAL: Final = frozenset(words("not never still also then now probably likely"))
#: Words a past participle used as an adjective comes after: "a still unspecified date".
_DETERMINERS: Final = frozenset(words("a an the its their his her this that these those"))


def _marker(tokens: Sequence[Token], k: int, i: int) -> str | None:
    """The tense token ``k`` marks for a time starting at ``i``, if any."""
    low = tokens[k].low
    after = tokens[k + 1].low if k + 1 < len(tokens) else ""
    if low == "next" and after == "to":
        return None  # "the blasts next to the embassies on Friday": a place, no time ahead
    if low in _MODALS and not tokens[k].is_capitalized:  # "May" is a month
        # "it could happen on Friday": what may come is ahead; "could have happened"
        # lies behind; "could not", and a passive ("could be located Wednesday"), say
        # nothing of when
        if after == "have":
            return "past"
        return None if after in ("not", "never", "be") else "future"
    if (
        low == "would"
        and after == "have"
        and not (k + 2 < len(tokens) and tokens[k + 2].low == "to")
    ):
        # "a resolution that would have condemned the votes": what did not come about
        # lies behind; "would have to be held by Friday" is ahead
        return "past"
    if low in _FUTURE and k > 0 and tokens[k - 1].low in _GERUND_LEADS:
        return None  # "kept the draft from coming up for a vote Thursday": no tense of its own
    if _is_to(tokens, k) or low in _WILL:
        return "future"
    if low in _ARRANGED:
        if k > 0 and (tokens[k - 1].low in _DETERMINERS or tokens[k - 1].low.endswith("'s")):
            return None  # "the plan", "the expected", "the government's plan to"
        if k > 1 and tokens[k - 1].low == "been" and tokens[k - 2].low == "had":
            return "past"  # "had been due to expire Friday": that Friday has gone
        if k > 0 and tokens[k - 1].low in _SUPERSEDED:
            return "past"  # "the vote, initially scheduled for Monday, was pushed back"
        if after in ("to", "for") or (low != "set" and (k + 1 == i or after in ("on", "in"))):
            return "future"  # "plans to", "scheduled for", "due Friday", "expected in May"
        if low in _PLANNING and _object_only(tokens, k + 1, i):
            return "future"  # "has scheduled a news conference Thursday"
        return None
    tense = _tense_of(low)
    if tense != "past":
        return tense
    m = k - 1
    while m >= 0 and tokens[m].low in _BETWEEN_MODAL:
        m -= 1
    if m >= 0 and tokens[m].low in _DETERMINERS:
        return None  # "a still unspecified date": an adjective, no tense
    if m >= 1 and tokens[m].low == "be":
        # "will be held", "is to be held", "will not be repatriated", "can be exercised":
        # a passive after a modal is not past
        modal = m - 1
        while modal >= 0 and tokens[modal].low in _BETWEEN_MODAL:
            modal -= 1
        if modal >= 0 and (
            tokens[modal].low in _FUTURE or _is_to(tokens, modal) or tokens[modal].low == "to"
        ):
            return "future"
        if modal >= 0 and tokens[modal].low in _MODALS:
            return None
    if m >= 0 and tokens[m].low in ("is", "are") and m == k - 1:
        return None  # "when the case is heard in May": a present passive
    return "past"


#: Words before "scheduled", "set" or "due" that make the plan one since changed, told
#: after its day: "originally scheduled for Monday".
_SUPERSEDED: Final = frozenset(words("initially originally first previously"))
#: Verbs of arranging whose object may stand between them and its day: "has scheduled a
#: news conference Thursday", "planned a large demonstration on Saturday".
_PLANNING: Final = frozenset(words("scheduled planned plans plan planning"))
#: How many words such an object may run to.
_OBJECT_REACH: Final = 8


def _object_only(tokens: Sequence[Token], lo: int, hi: int) -> bool:
    """Whether the words ``[lo, hi)`` are only an object and its place: no verb, no comma.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("planned a large demonstration in Little Havana on Saturday")
        >>> _object_only(t, 1, 8)
        True
        >>> t = tokenize("planned the attack that killed 12 on Friday")
        >>> _object_only(t, 1, 6)
        False
    """
    if not 0 < hi - lo <= _OBJECT_REACH:
        return False
    return not any(
        token.low in _MARKER_WORDS
        or token.low in lex.CLAUSE_OPENERS
        or not (token.text[0].isalnum() or token.low == "'s")
        or (len(token.low) > 4 and token.low.endswith("ed"))
        for token in tokens[lo:hi]
    )


#: Modals: what they say may or must happen lies ahead ("could happen on Friday"), but
#: a passive after them is neither ahead nor behind ("can be exercised").
_MODALS: Final = frozenset(words("can could may might must should"))
#: Prepositions after which a verb's "-ing" form has no tense of its own: "kept the
#: draft from coming up for a vote".
_GERUND_LEADS: Final = frozenset(words("from of for by without after before"))
#: Words that may mark a tense on their own or in their construction (besides "-ed").
_MARKER_WORDS: Final = _FUTURE | _IRREGULAR_PAST | _MODALS | {"to"}


def _may_mark(low: str) -> bool:
    """Whether a word may mark a tense: a marker word or a past form in "-ed"."""
    return low in _MARKER_WORDS or (len(low) > 4 and low.endswith("ed"))


def _names_unscheduled(tokens: Sequence[Token], j: int) -> bool:
    """Whether the date ending near ``j`` modifies a noun of an unscheduled happening.

    One word may describe the noun: "the 7th October terror attack".

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("the 7th October terror attack")
        >>> _names_unscheduled(t, 2), _names_unscheduled(tokenize("the Oct. 23 vote"), 4)
        (True, False)
    """
    for k in range(j, min(len(tokens), j + 5)):
        if tokens[k].is_number or tokens[k].low in (".", ",", "th", "st", "nd", "rd", "of"):
            continue  # the rest of the date: "Oct. 23", "23rd"
        if tokens[k].low in lex.MONTHS and tokens[k].is_capitalized:
            continue  # "the 7th October attack": the month after its day
        if tokens[k].low in lex.UNSCHEDULED_EVENTS:
            return True
        described = (
            k + 1 < len(tokens)
            and tokens[k].text.isalpha()
            and tokens[k].text.islower()
            and tokens[k].low not in lex.FUNCTION_WORDS
        )
        return described and tokens[k + 1].low in lex.UNSCHEDULED_EVENTS
    return False


def _is_to(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` is the "to" of "is to begin": arranged, so in the future."""
    return tokens[k].low == "to" and k > 0 and tokens[k - 1].low in ("is", "are", "am")


def _tense_of(low: str) -> str | None:
    if low in _FUTURE:
        return "future"
    if low in _IRREGULAR_PAST or (len(low) > 4 and low.endswith("ed") and low not in NOT_PAST):
        return "past"
    return None


def _month_year(anchor: dt.date, month: int, tense: str | None) -> int:
    if tense == "past":
        if month == anchor.month % 12 + 1:
            # "expected to release its results in mid-November" (late October): the
            # coming month, not one eleven months back
            return anchor.year + (month == 1)
        return anchor.year if month <= anchor.month else anchor.year - 1
    if tense == "future":
        return anchor.year if month >= anchor.month else anchor.year + 1
    delta = month - anchor.month
    if delta > 6:
        return anchor.year - 1
    if delta < -6:
        return anchor.year + 1
    return anchor.year


def _day_year(anchor: dt.date, month: int, day: int, tense: str | None) -> int:
    """The year of a month and day, by the tense around them and the anchor.

    A day a few weeks ahead of the anchor in a past-tense clause is ahead, not nearly a
    year back: "declared a dividend payable Dec. 15 to stock of record Nov. 17" (on
    Oct. 26) tells of a decision, in the past, about days to come; a day a few days back
    in a future clause is just past ("to return the boy by Jan. 14", written Jan. 15).
    """
    same = _same_year_day(anchor, month, day)
    if tense == "past":
        if (month, day) <= (anchor.month, anchor.day):
            return anchor.year
        return (
            anchor.year if same is not None and same - anchor <= _AHEAD_OF_PAST else anchor.year - 1
        )
    if tense == "future":
        if (month, day) >= (anchor.month, anchor.day):
            return anchor.year
        return (
            anchor.year
            if same is not None and anchor - same <= _BEHIND_OF_FUTURE
            else anchor.year + 1
        )
    return _month_year(anchor, month, None)


#: How far ahead of its anchor a day of a past-tense clause may be and stay in its year.
_AHEAD_OF_PAST: Final = dt.timedelta(days=45)
#: How far behind its anchor a day of a future-tense clause may be and stay in its year.
_BEHIND_OF_FUTURE: Final = dt.timedelta(days=3)


def _nearest_year(near: dt.date, month: int, day: int) -> int | None:
    """The year that puts a month's day nearest ``near`` (``None`` for no such day).

    Examples:
        >>> _nearest_year(dt.date(2024, 10, 28), 10, 27), _nearest_year(dt.date(2025, 1, 3), 12, 30)
        (2024, 2024)
        >>> _nearest_year(dt.date(2023, 3, 1), 2, 29)
        2024
    """
    best: tuple[int, int] | None = None
    for year in (near.year - 1, near.year, near.year + 1):
        try:
            gap = abs((dt.date(year, month, day) - near).days)
        except ValueError:
            continue  # February 29 of a common year
        if best is None or gap < best[0]:
            best = (gap, year)
    return None if best is None else best[1]


def _same_year_day(anchor: dt.date, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(anchor.year, month, day)
    except ValueError:
        return None  # Feb. 29 of a common year


def _season_span(year: int, code: str) -> DateSpan:
    return DateSpan.parse(f"{year:04d}-{code}")


def _season_year(anchor: dt.date, code: str, rel: str | None, tense: str | None) -> int:
    """The year of the season named by "last/this/next <season>" or a bare season."""
    if rel == "this":
        return anchor.year - 1 if code == "WI" and anchor.month <= 2 else anchor.year
    if rel == "next" or (rel is None and tense == "future"):
        year = anchor.year
        while _season_span(year, code).first_day <= anchor.toordinal():
            year += 1
        return year
    year = anchor.year
    # "last summer": the latest one that ended before the anchor.
    while _season_span(year, code).last_day >= anchor.toordinal():
        year -= 1
    if rel is None and _season_span(year + 1, code).contains(DateSpan.of(anchor)):
        return year + 1
    return year


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


def _week_value(day: dt.date) -> str:
    iso = day.isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}"


def _week_span(day: dt.date, text: str) -> DateSpan:
    iso = day.isocalendar()
    return DateSpan.week(iso.year, iso.week, text=text)


def _weekend_span(day: dt.date, text: str) -> DateSpan:
    """The Saturday and Sunday of the week of ``day``."""
    saturday = day + dt.timedelta(days=5 - day.weekday())
    return DateSpan.between(saturday, saturday + dt.timedelta(days=1), text=text)


def _number_at(tokens: Sequence[Token], i: int) -> tuple[int | None, int]:
    """A small whole number at ``i`` (digits, number word, a/an, several/few = None)."""
    if not 0 <= i < len(tokens):
        return None, i
    t = tokens[i]
    if t.is_number and t.text.isdecimal():
        return int(t.text), i + 1
    if t.low in lex.UNITS:
        return lex.UNITS[t.low], i + 1
    if t.low in lex.TENS:
        value = lex.TENS[t.low]
        if i + 2 < len(tokens) and tokens[i + 1].low == "-" and tokens[i + 2].low in lex.UNITS:
            return value + lex.UNITS[tokens[i + 2].low], i + 3
        return value, i + 1
    if t.low == "a" and [w.low for w in tokens[i + 1 : i + 3]] == ["couple", "of"]:
        return 2, i + 3  # "a couple of years"
    if t.low in ("a", "an", "one"):
        return 1, i + 1
    return None, i


def _singular_head(word: str) -> bool:
    """Whether a counted noun is in the singular: no count but one takes it.

    "the 2015 bombing", "the 1998 attack": a year before its noun, where "2015 people"
    or "2015 troops" count.

    Examples:
        >>> _singular_head("attack"), _singular_head("attacks"), _singular_head("crew")
        (True, False, False)
    """
    plural = lex.HEADS.get(word)
    return plural is not None and plural in (f"{word}s", f"{word}es")


def _is_count(token: Token) -> bool:
    return token.is_number or token.low in lex.UNITS or token.low in lex.TENS


#: A whole number of a unit and a half, in TIMEX3 ("2 1/2 years": P2Y6M).
_HALVES: Final[dict[str, Callable[[int], str]]] = {
    "Y": lambda n: f"P{n}Y6M",
    "D": lambda n: f"P{n}DT12H",
    "H": lambda n: f"PT{n}H30M",
    "TM": lambda n: f"PT{n}M30S",
    "DE": lambda n: f"P{10 * n + 5}Y",
}
_VAGUE_COUNT: Final = frozenset({"several", "few", "many", "some", "recent", "coming"})
_DURATION_CODE: Final[dict[str, str]] = {
    "S": "S",
    "M": "M",
    "H": "H",
    "D": "D",
    "W": "W",
    "Y": "Y",
    "DE": "DE",
    "CE": "CE",
    "WE": "WE",
}


#: Granularities of a year or a month named: what a shift of years or months counts from.
_COARSE: Final = frozenset({Granularity.YEAR, Granularity.MONTH})


@attrs.define
class _Scanner:
    text: str
    tokens: list[Token]
    anchor: dt.date | None
    reference: dt.date | None
    out: list[TimeExpression] = attrs.field(factory=list)
    #: The last year or month the sentence named ("elected in 2019 and re-elected four
    #: years later"): what a shift by years or months counts from.
    coarse: DateSpan | None = None
    #: The quarter a company's report tells of: the last quarter named that had ended by
    #: the anchor ("third-quarter profit rose ... from a year ago": the third quarter a
    #: year back); ``None`` once a longer stretch ("the first nine months") is told of.
    period: tuple[int, int] | None = None
    #: The year of the last date the sentence wrote out in full ("On May 22, 1995"):
    #: what "the following year" counts from when no year alone was named.
    named_year: int | None = None
    #: A day near which an article with no anchor of its own was written (the other
    #: reports of its corpus were): good for the year of a month or a day of a month
    #: it names ("October 27"), not for a weekday or "yesterday", which stay unresolved.
    year_anchor: dt.date | None = None

    def emit(
        self, i: int, j: int, type_: str, value: str, span: DateSpan | None, *, relative: bool
    ) -> int:
        start, end = self.tokens[i].start, self.tokens[j - 1].end
        self.out.append(
            TimeExpression(start, end, self.text[start:end], type_, value, span, relative, i, j)
        )
        if span is not None and span.start and not relative:
            self.named_year = span.start.year
        if span is not None and span.granularity is Granularity.DAY and span.start:
            self.reference = span.start
            self.coarse = None
        elif span is not None and span.start and span.granularity in _COARSE:
            self.coarse = span
        return j

    def low(self, k: int) -> str:
        return self.tokens[k].low if 0 <= k < len(self.tokens) else ""

    def named_day(self, i: int) -> int | None:
        """A holiday: "Christmas", "on Thanksgiving Day", "Good Friday".

        Not a holiday that names a thing: "the Christmas market attack".
        """
        for phrase, (kind, spec) in HOLIDAYS.items():
            if all(self.low(i + k) == w for k, w in enumerate(phrase)):
                j = i + len(phrase)
                if self.low(j) in _THINGS_NAMED:
                    return None  # "the Christmas market attack": a market, no day
                # "a Halloween party": a time expression of the season, but no day the
                # text tells of (no span), nor one later days count from
                fixes_a_day = not self.names_a_kind(phrase, j)
                year = int(self.tokens[j].text) if self.is_year_at(j) else None
                if year is not None:
                    return self.emit(
                        i,
                        j + 1,
                        "DATE",
                        holiday(kind, spec, year).isoformat(),
                        DateSpan.of(holiday(kind, spec, year)) if fixes_a_day else None,
                        relative=False,
                    )
                a = self.anchor
                if a is None:
                    return self.emit(i, j, "DATE", "XXXX-XX-XX", None, relative=True)
                tense = _tense(self.tokens, i, j)
                days = [holiday(kind, spec, y) for y in (a.year - 1, a.year, a.year + 1)]
                if tense == "past":
                    day = max(d for d in days if d <= a)
                elif tense == "future":
                    day = min(d for d in days if d >= a)
                else:
                    day = min(days, key=lambda d: abs((d - a).days))
                span = DateSpan.of(day) if fixes_a_day else None
                return self.emit(i, j, "DATE", day.isoformat(), span, relative=True)
        return None

    def names_a_kind(self, phrase: tuple[str, ...], j: int) -> bool:
        """Whether a bare named day before token ``j`` names a kind of thing, not a day.

        "a stampede at a Halloween party", "firms pulled their Halloween promotions",
        "Halloween-themed events": a party or a promotion of the season, held on any day
        around it. A day's own phrase ("Christmas Day"), a part of its day ("Christmas
        morning") or a happening ("the Easter bombings") keeps the day.
        """
        if phrase[-1] in _DAY_WORDS or j >= len(self.tokens):
            return False
        word = self.tokens[j].text
        if word == "-":
            # "Halloween-themed events", where "spent Christmas - and the days since" is
            # a dash of the sentence
            joined = j + 1 < len(self.tokens) and (
                self.tokens[j - 1].end == self.tokens[j].start
                and self.tokens[j].end == self.tokens[j + 1].start
            )
            return joined and self.tokens[j + 1].text.islower()
        return (
            word.isalpha()
            and word.islower()
            and word not in lex.FUNCTION_WORDS
            and word not in _KEEP_A_BARE_DAY
            # a verb after it: "in the early hours of Thanksgiving killed a man"
            and not word.endswith("ed")
            and word not in lex.IRREGULAR_PAST
        )

    def quarter(self, i: int) -> int | None:
        """A quarter of a year: "the third quarter", "the first quarter of 2024"."""
        k = i + 1 if self.low(i) == "the" else i
        q = _QUARTERS[self.low(k)]
        j = k + 1
        if self.low(j) == "-":
            j += 1
        if self.low(j) != "quarter":
            return None
        j += 1
        if self.low(j) == "of" and self.is_year_at(j + 1):
            year = int(self.tokens[j + 1].text)
            self.told_of(year, q)
            span = DateSpan.quarter(year, q)
            return self.emit(i, j + 2, "DATE", f"{year:04d}-Q{q}", span, relative=False)
        a = self.anchor
        if a is None:
            return self.emit(i, j, "DATE", f"XXXX-Q{q}", None, relative=True)
        now = (a.month - 1) // 3 + 1
        tense = _tense(self.tokens, i, j)
        year = a.year
        if tense == "past" and q > now:
            year -= 1
        elif tense == "future" and q < now and not _is_just_ended(a, a.year, q):
            # "plans to cut jobs after a third-quarter loss" (in October): the quarter
            # just ended is the one reported on, whatever the verb
            year += 1
        self.told_of(year, q)
        return self.emit(i, j, "DATE", f"{year:04d}-Q{q}", DateSpan.quarter(year, q), relative=True)

    def told_of(self, year: int, q: int) -> None:
        """Make the quarter ``q`` of ``year`` the report's period if it has ended."""
        if self.anchor is not None and (year, q) < (self.anchor.year, _quarter_of(self.anchor)):
            self.period = (year, q)

    def reported_period(self, i: int) -> int | None:
        """The period a company's report tells of, or the one a year before it.

        "the quarter", "the latest quarter", "the most recent period" are the quarter the
        text last named (or, before any, the last that ended); "the year-ago quarter",
        "the comparable year-earlier period" and a bare "year-earlier profit" are that
        quarter a year back; "the 1988 period" is that quarter of 1988 and "the 1988
        third quarter" the third of 1988.
        """
        k = i + 1 if self.low(i) == "the" else i
        if self.low(k) not in _PERIOD_OPENERS and not self.low(k).isdecimal():
            return None  # most "the"s: one look-up
        if k == i + 1 and self.is_year_at(k) and self.low(k + 1) in _QUARTERS:
            q, year = _QUARTERS[self.low(k + 1)], int(self.tokens[k].text)
            if self.low(k + 2) == "quarter":
                return self.quarter_value(i, k + 3, year, q)
        if k == i + 1 and self.low(k).isdecimal() and self.low(k + 1) in _PERIOD_NOUNS:
            year = int(self.low(k))
            if self.period is None or not 1000 <= year <= 2100:
                return None
            return self.quarter_value(i, k + 2, year, self.period[1])  # "the 1988 period"
        if k > i:
            k = self.phrase_end(self.phrase_end(k, _LATEST), _COMPARABLE)
        back = 0
        if self.low(k) == "year" and self.low(k + 1) == "-" and self.low(k + 2) in _YEAR_BACK:
            back, k = 1, k + 3
        if self.low(k) not in _PERIOD_NOUNS or self.low(k + 1) == "-":
            if back and k == i + 3:
                # "year-earlier profit", "the year-ago results": only the words of time
                return self.year_back(i, k)
            return None
        if k == i or (k == i + 1 and self.low(k) == "period"):
            return None  # "a quarter of the vote", "the period": no report's period
        period = self.period
        if period is None:
            if self.low(k) != "quarter" or self.anchor is None:
                return None
            period = _previous_quarter(self.anchor)
        j = k + 1
        if not back and self.low(j) == "last" and self.low(j + 1) == "year":
            back, j = 1, j + 2  # "the same period last year"
        elif (
            not back
            and self.low(j) in ("a", "one")
            and self.low(j + 1) == "year"
            and (self.low(j + 2) in _YEAR_BACK)
        ):
            back, j = 1, j + 3  # "the quarter a year ago"
        return self.quarter_value(i, j, period[0] - back, period[1])

    def quarter_of_year(self, i: int, k: int, year: int) -> int | None:
        """A quarter of ``year`` from token ``k``: "<year's> third quarter", "<year's> quarter"."""
        if self.low(k) in _QUARTERS and self.low(k + 1) == "quarter":
            return self.quarter_value(i, k + 2, year, _QUARTERS[self.low(k)])
        if self.low(k) in _PERIOD_NOUNS and self.period is not None:
            return self.quarter_value(i, k + 1, year, self.period[1])
        return None

    def year_back(self, i: int, j: int) -> int | None:
        """A bare "year-earlier": the report's period a year back, else the year before."""
        if self.period is not None:
            year, q = self.period
            return self.quarter_value(i, j, year - 1, q)
        if self.anchor is None:
            return None
        year = self.anchor.year - 1
        words = self.text[self.tokens[i].start : self.tokens[j - 1].end]
        return self.emit(i, j, "DATE", str(year), DateSpan.year(year, text=words), relative=True)

    def quarter_value(self, i: int, j: int, year: int, q: int) -> int:
        words = self.text[self.tokens[i].start : self.tokens[j - 1].end]
        span = DateSpan.quarter(year, q, text=words)
        return self.emit(i, j, "DATE", f"{year:04d}-Q{q}", span, relative=True)

    def phrase_end(self, k: int, phrases: frozenset[tuple[str, ...]]) -> int:
        """Where the longest of ``phrases`` starting at ``k`` ends, or ``k``."""
        for size in (3, 2, 1):
            if tuple(self.low(k + m) for m in range(size)) in phrases:
                return k + size
        return k

    def clock_before(self, k: int) -> tuple[int, str] | None:
        """A clock time ending just before token ``k``: its first token and "HH:MM"."""
        j = k - 1
        if self.low(j) == ",":
            j -= 1  # "5 p.m. EST, Nov. 6"
        if self.low(j) in _ZONES:
            j -= 1
            if self.low(j) == "local":
                j -= 1
        if self.low(j) in _NAMED_HOURS:
            return j, _NAMED_HOURS[self.low(j)]  # "at noon Thursday", "midnight Friday"
        meridiem = self.low(j) if self.low(j) in _MERIDIEMS else None
        if meridiem:
            j -= 1
        if j < 0 or not self.tokens[j].is_number:
            return None
        hhmm = _clock_value(self.tokens[j].text, meridiem)
        return None if hhmm is None else (j, hhmm)

    def is_name_at(self, i: int) -> bool:
        """Whether a short month word is a first name: "Jan Kavan", "Mar Roxas"."""
        nxt = self.tokens[i + 1] if i + 1 < len(self.tokens) else None
        return (
            self.tokens[i].low in _SHORT_MONTHS
            and nxt is not None
            and nxt.is_capitalized
            and nxt.low not in lex.MONTHS
            and nxt.start == self.tokens[i].end + 1
        )

    def scan(self) -> None:
        i = 0
        tokens = self.tokens
        n = len(tokens)
        while i < n:
            t = tokens[i]
            if not (t.is_number or t.low in _TRIGGERS):
                i += 1  # no expression starts here: skip the call (most tokens)
                continue
            after = _NEXT_AFTER.get(t.low)
            if after is not None and not (
                self.low(i + 1) in after or (t.low == "the" and self.low(i + 1).isdecimal())
            ):
                i += 1  # "the", "a", "in" before any other word: no expression either
                continue
            try:
                j = self.match(i)
            except InvalidValue:
                j = None
            i = j if j is not None and j > i else i + 1

    def match(self, i: int) -> int | None:
        t = self.tokens[i]
        low = t.low
        if not (t.is_number or low in _TRIGGERS):
            return None
        recurring = self.recurrence(i)
        if recurring is not None:
            return recurring
        a = self.anchor
        refs = _REF_BY_PAIR.get((low, self.low(i + 1))) or _REF_BY_PAIR.get((low, ""), ())
        for phrase, value in refs:
            if all(self.low(i + k) == w for k, w in enumerate(phrase)):
                if phrase == ("today",) and a is not None:
                    return self.emit(
                        i,
                        i + 1,
                        "DATE",
                        a.isoformat(),
                        DateSpan.of(a, text=t.text),
                        relative=True,
                    )
                after = self.low(i + len(phrase))
                if phrase[-1] == "past" and (
                    after in lex.TIME_UNITS
                    or after in _VAGUE_COUNT
                    or after in lex.UNITS
                    or after in lex.TENS
                    or after.isdecimal()
                ):
                    continue
                return self.emit(i, i + len(phrase), "DATE", value, None, relative=True)
        got = self.part_of_day(i) if low in _PART_OF_DAY_FIRST else None
        if got is None and low in ("the", "that"):
            got = self.story_year(i)
        if got is None and low in ("the", "that"):
            got = self.same_day(i)
        if got is None and low in ("the", "year"):
            got = self.reported_period(i)
        if got is not None:
            return got
        if low in _DAY_POSSESSIVES:
            low = low[:-2]  # "today's vote", "yesterday's attack": the day itself
        if low in ("yesterday", "tomorrow", "tonight", "today"):
            if a is None:
                return self.emit(i, i + 1, "DATE", "XXXX-XX-XX", None, relative=True)
            day = a + dt.timedelta(days={"tonight": 0, **_DAY_OF_PART}[low])
            if low == "tonight":
                return self.emit(
                    i, i + 1, "TIME", f"{day.isoformat()}TNI", DateSpan.of(day), relative=True
                )
            return self.emit(
                i, i + 1, "DATE", day.isoformat(), DateSpan.of(day, text=t.text), relative=True
            )
        if low in _HOLIDAY_FIRST and t.is_capitalized:
            got = self.named_day(i)
            if got is not None:
                return got
        if low in _QUARTERS or (low == "the" and self.low(i + 1) in _QUARTERS):
            got = self.quarter(i)
            if got is not None:
                return got
        # Parts: "early", "late", "mid-", "the end of", "the beginning of"
        part: str | None = None
        k = i
        if low in ("early", "late", "mid", "mid-") and (
            self.low(i + 1) in lex.MONTHS
            or self.low(i + 1) in ("this", "last", "next")
            or (self.tokens[i + 1 : i + 2] and self.tokens[i + 1].is_number)
            or self.low(i + 1) == "-"
            or self.low(i + 1) in _SEASONS
            or self.low(i + 1) in _DECADE_WORDS  # "the late sixties"
            or self.low(i + 1) == "'"  # "the early '90s"
        ):
            part = _PARTS[low]
            k = i + 1
            if self.low(k) == "-":
                k += 1
        elif (
            low == "the"
            and self.low(i + 1) in ("end", "beginning", "start", "middle")
            and (self.low(i + 2) == "of")
        ):
            part = _PARTS[self.low(i + 1)]
            k = i + 3
        elif (
            low in ("earlier", "later")
            and self.low(i + 1) == "this"
            and self.low(i + 2) in ("week", "month", "year")
        ):
            part = low
            k = i + 1
        got = self.core(k, part, i)
        if got is not None:
            return got
        return self.duration(i)

    def same_day(self, i: int) -> int | None:
        """The day the text last named, for "the same day" and "that same day".

        With no day named before, the day is unknown, as "the next day"'s is.
        """
        if self.low(i + 1) != "same" or self.low(i + 2) != "day" or self.low(i + 3) == "as":
            return None  # "the same day as the vote": another happening's day
        if self.reference is None:
            return self.emit(i, i + 3, "DATE", "XXXX-XX-XX", None, relative=True)
        return self.shifted(i, i + 3, self.reference, "D", 0)

    def story_year(self, i: int) -> int | None:
        """A year counted from the one the text last named, not from the report's.

        "formed in 2019 and disbanded the following year" is 2020, "that year" and "the
        same year" 2019, "the previous year" 2018; after a full date ("On May 22, 1995,
        ... the following year") its year counts; with no year named before, none.
        """
        coarse = self.coarse
        if coarse is not None and coarse.start and coarse.granularity is Granularity.YEAR:
            base = coarse.start.year
        elif self.named_year is not None:
            base = self.named_year
        else:
            return None
        shift: int | None = None
        if self.low(i) == "that" and self.low(i + 1) == "year":
            shift, j = 0, i + 2
        elif self.low(i) == "the" and self.low(i + 2) == "year":
            shift, j = _STORY_YEAR_SHIFT.get(self.low(i + 1)), i + 3
        if shift is None:
            return None
        year = base + shift
        words = self.text[self.tokens[i].start : self.tokens[j - 1].end]
        return self.emit(i, j, "DATE", str(year), DateSpan.year(year, text=words), relative=True)

    def part_of_day(self, i: int) -> int | None:
        """A part of a day counted from the report's day: "last night", "this morning".

        Also "yesterday afternoon", "late last night", "early this morning", "later this
        evening". "Last night" runs into the report's day, as "Sunday night" does.
        """
        k = i + 1 if self.low(i) in _DAYPART_LEADS else i
        shift = _DAY_OF_PART.get(self.low(k))
        word = without_possessive(self.low(k + 1))
        daypart = _DAYPARTS.get(word)
        if shift is None or daypart is None or word == "overnight":
            return None
        if self.low(i - 1) in ("the", "a", "that") or self.low(k + 2) == "of":
            return None  # "the last night of the festival": no day of the report's
        if self.low(k) == "last" and daypart not in ("NI", "EV"):
            return None  # "last morning" is no phrase; "last afternoon" neither
        j = k + 2
        if self.anchor is None:
            return self.emit(i, j, "TIME", f"XXXX-XX-XXT{daypart}", None, relative=True)
        day = self.anchor + dt.timedelta(days=shift)
        words = self.text[self.tokens[i].start : self.tokens[j - 1].end]
        span = (
            DateSpan.between(day, day + dt.timedelta(days=1), text=words)
            if daypart == "NI"
            else DateSpan.of(day, text=words)
        )
        return self.emit(i, j, "TIME", f"{day.isoformat()}T{daypart}", span, relative=True)

    def core(self, i: int, part: str | None, first: int) -> int | None:
        if i >= len(self.tokens):
            return None
        a = self.anchor
        t = self.tokens[i]
        low = t.low
        needs_tense = t.is_number or low in _TENSE_USERS
        known: list[str | None] = []

        def tense_now() -> str | None:
            # read once, and only when a date needs its year or week: most numbers are
            # no date at all
            if not known:
                known.append(_tense(self.tokens, first, i + 1) if needs_tense else None)
            return known[0]

        # Weekday (with optional part of day); "Friday's announcement" too
        if low.endswith("'s") and (
            low[:-2] in lex.WEEKDAYS or (low[:-2] in lex.MONTHS and low[:-2] not in _NAME_MONTHS)
        ):
            low = low[:-2]  # "December's figures"; "Jan's", "May's" are rather a name's
        if low.endswith("s") and low[:-1] in lex.WEEKDAYS and t.is_capitalized:
            # "on Sundays", "Tuesday nights": every such day
            return self.weekly(first, i + 1, lex.WEEKDAYS[low[:-1]])
        if low in lex.WEEKDAYS and t.is_capitalized:
            j = i + 1
            rel = self.low(i - 1) if self.low(i - 1) in ("last", "next", "this") else None
            start = i - 1 if rel else first
            # "Sunday, January 28", "Friday Oct. 13": let the calendar date speak
            at = j + 1 if self.low(j) == "," else j
            if self.low(at) in lex.MONTHS and self.tokens[at].is_capitalized:
                got = self.core(at, None, at)
                if got is not None:
                    last = self.out.pop()
                    self.out.append(
                        attrs.evolve(
                            last,
                            start=self.tokens[start].start,
                            text=self.text[self.tokens[start].start : last.end],
                            first=start,
                        )
                    )
                    return got
            daypart = _DAYPARTS.get(self.low(j))
            if daypart:
                j += 1
            elif self.low(j).endswith("s") and self.low(j)[:-1] in _DAYPARTS:
                # "Tuesday nights": every such night
                return self.weekly(start, j + 1, lex.WEEKDAYS[low], _DAYPARTS[self.low(j)[:-1]])
            if a is None:
                value = f"XXXX-WXX-{lex.WEEKDAYS[low] + 1}"
                return self.emit(
                    start, j, "TIME" if daypart else "DATE", value, None, relative=True
                )
            delta = (a.weekday() - lex.WEEKDAYS[low]) % 7
            clock = self.clock_before(start)
            # "until 9 a.m. Tuesday": the tense around the clock time
            tense = _tense(self.tokens, clock[0], j) if clock is not None else tense_now()
            if rel == "next" or (rel != "last" and tense == "future"):
                day = a + dt.timedelta(
                    days=(lex.WEEKDAYS[low] - a.weekday()) % 7 or (7 if rel == "next" else 0)
                )
            elif rel == "last" and (delta == 0 or (delta == 1 and a.weekday() > 0)):
                # "last Saturday" written on a Saturday, or on the Sunday after in the same
                # week, is the week before's (the day before is "yesterday"); written on a
                # Monday, "last Sunday" is the day before, of the week before
                day = a - dt.timedelta(days=7 + delta)
            else:
                day = a - dt.timedelta(days=delta)
            words = self.text[self.tokens[start].start : self.tokens[j - 1].end]
            span = DateSpan.of(day, text=words)
            if daypart == "NI":
                # "Sunday night" runs into Monday: either day may be the one reported
                span = DateSpan.between(day, day + dt.timedelta(days=1), text=words)
            if daypart:
                return self.emit(
                    start, j, "TIME", f"{day.isoformat()}T{daypart}", span, relative=True
                )
            if clock is not None:
                # "until 9 a.m. Tuesday", "15:00 GMT Saturday": the weekday's hour
                at, hhmm = clock
                return self.emit(at, j, "TIME", f"{day.isoformat()}T{hhmm}", span, relative=True)
            return self.emit(start, j, "DATE", day.isoformat(), span, relative=True)
        # Month name forms
        if (
            low in lex.MONTHS
            and t.is_capitalized
            and (low != "may" or self.low(i - 1) in _MONTH_LEADS or self.num(i + 1) is not None)
            and not (low in ("march", "may") and self.low(i + 1) in ("to", "on", "be", "have"))
            and not self.is_name_at(i)
        ):
            month = lex.MONTHS[low]
            rel = self.low(i - 1) if self.low(i - 1) in ("last", "next", "this") else None
            start = first if part else (i - 1 if rel else i)
            j = i + 1
            dom = self.num(j)
            said = self.spoken_day(j) if dom is None else None  # "March eighth"
            if said is not None or (dom is not None and 1 <= dom <= 31 and not self.is_year_at(j)):
                if said is not None:
                    dom, j = said
                else:
                    j += 1
                if self.low(j) in ("st", "nd", "rd", "th"):
                    j += 1
                year = None
                # after "Oct. 23," four digits are the year even before a noun: "the
                # Oct. 23, 2024 attack" (a bare "2024 attacks" would be a count)
                if self.low(j) == "," and self.is_year_at(j + 1, after_day=True):
                    year, j = int(self.tokens[j + 1].text), j + 2
                elif self.is_year_at(j):
                    year, j = int(self.tokens[j].text), j + 1
                elif (spoken := self.spoken_year(j + (self.low(j) == ","))) is not None:
                    year, j = spoken
                assert dom is not None
                got = self.day(start, j, year, month, dom, tense_now())
                clock = self.clock_before(start)
                if clock is not None and self.out[-1].span is not None:
                    # "until 5 p.m. EST Nov. 9": the day's hour
                    dated = self.out.pop()
                    at, hhmm = clock
                    return self.emit(
                        at,
                        got,
                        "TIME",
                        f"{dated.value}T{hhmm}",
                        dated.span,
                        relative=dated.relative,
                    )
                return got
            if self.is_year_at(j) or (self.low(j) == "," and self.is_year_at(j + 1)):
                j = j + 1 if self.low(j) != "," else j + 2
                year = int(self.tokens[j - 1].text)
                return self.month(start, j, year, month, part, relative=False)
            if self.low(j) == "of" and self.is_year_at(j + 1):
                return self.month(
                    start, j + 2, int(self.tokens[j + 1].text), month, part, relative=False
                )
            spoken = self.spoken_year(j + (self.low(j) in (",", "of")))
            if spoken is not None:  # "January nineteen ninety-seven"
                return self.month(start, spoken[1], spoken[0], month, part, relative=False)
            if a is None and rel is None and self.year_anchor is not None:
                # "in October", in an article whose corpus was written in October 2024
                near = _nearest_year(self.year_anchor, month, 15)
                assert near is not None  # every month has a 15th
                return self.month(start, j, near, month, part, relative=True)
            if a is None:
                return self.emit(start, j, "DATE", f"XXXX-{month:02d}", None, relative=True)
            if rel == "last":
                year = a.year if month < a.month else a.year - 1
            elif rel == "next":
                year = a.year if month > a.month else a.year + 1
            elif rel == "this":
                year = a.year
            else:
                tense = tense_now()
                if tense == "past" and any(t.low == "had" for t in self.tokens):
                    # "In October, Sylvania had vetoed a similar text": a past perfect
                    # looks back, never to the coming month
                    year = a.year if month <= a.month else a.year - 1
                else:
                    year = _month_year(a, month, tense)
            return self.month(start, j, year, month, part, relative=True)
        # Day Month (Year): "27 January 2024", "the 5th of May"
        if t.is_number and t.text.isdecimal() and 1 <= int(t.text) <= 31:
            j = i + 1
            if self.low(j) in ("st", "nd", "rd", "th"):
                j += 1
            if self.low(j) == "of":
                j += 1
            if self.low(j) in lex.MONTHS and self.tokens[j].is_capitalized:
                month = lex.MONTHS[self.low(j)]
                j += 1
                year = None
                if self.is_year_at(j):
                    year, j = int(self.tokens[j].text), j + 1
                elif self.low(j) == "," and self.is_year_at(j + 1):
                    year, j = int(self.tokens[j + 1].text), j + 2
                start = i - 1 if self.low(i - 1) == "the" else i
                return self.day(start, j, year, month, int(t.text), tense_now())
        # "the 20th century"
        if (
            t.is_number
            and t.text.isdecimal()
            and self.low(i + 1) in ("st", "nd", "rd", "th")
            and self.low(i + 2) == "century"
        ):
            start = i - 1 if self.low(i - 1) == "the" else i
            return self.emit(start, i + 3, "DATE", f"{int(t.text) - 1:02d}", None, relative=False)
        # "1957-58": two years
        if (
            t.is_number
            and len(t.text) == 4
            and t.text.isdecimal()
            and self.low(i + 1) == "-"
            and i + 2 < len(self.tokens)
            and len(self.tokens[i + 2].text) == 2
            and self.tokens[i + 2].text.isdecimal()
        ):
            year = int(t.text)
            second = year // 100 * 100 + int(self.tokens[i + 2].text)
            if 1000 <= year <= 2100 and second > year:
                self.emit(i, i + 1, "DATE", str(year), DateSpan.year(year), relative=False)
                return self.emit(
                    i + 2, i + 3, "DATE", str(second), DateSpan.year(second), relative=False
                )
        spoken = self.spoken_year(i) if low in _YEAR_WORDS else None
        if spoken is not None:  # "in nineteen ninety-six", "the year two thousand"
            year, j = spoken
            start = i - 2 if (self.low(i - 2), self.low(i - 1)) == ("the", "year") else i
            if part:
                span = DateSpan.part_of_year(year, part)
                return self.emit(first, j, "DATE", str(year), span, relative=False)
            return self.emit(start, j, "DATE", str(year), DateSpan.year(year), relative=False)
        if low in _DECADE_WORDS or low == "'" or (t.is_number and len(t.text) == 2):
            tens = self.decade_at(i, first)
            if tens is not None:
                return tens
        # Year: "2020", "in 2014", "the 1990s", "fiscal 2013"
        if self.is_year_at(i):
            year = int(t.text)
            j = i + 1
            if self.low(j) == "s" and self.tokens[j].start == t.end:
                start = i - 1 if self.low(i - 1) == "the" else i
                decade = DateSpan.between(
                    dt.date(year, 1, 1), dt.date(year + 9, 12, 31), text=f"{year}s"
                )
                return self.emit(start, j + 1, "DATE", str(year)[:3], decade, relative=False)
            if part:
                return self.emit(
                    first, j, "DATE", str(year), DateSpan.part_of_year(year, part), relative=False
                )
            return self.emit(i, j, "DATE", str(year), DateSpan.year(year), relative=False)
        # "over the weekend": the weekend just past, or the one under way
        if (
            low == "the"
            and self.low(i + 1) == "weekend"
            and self.low(i - 1) in ("over", "during", "on", "at", "across", "through")
        ):
            if a is None:
                return self.emit(i, i + 2, "DATE", "XXXX-WXX-WE", None, relative=True)
            back = a.weekday() - 5 if a.weekday() >= 5 else a.weekday() + 2
            saturday = a - dt.timedelta(days=back)
            words = self.text[self.tokens[i].start : self.tokens[i + 1].end]
            value = _week_value(saturday) + "-WE"
            return self.emit(i, i + 2, "DATE", value, _weekend_span(saturday, words), relative=True)
        # "the end of the year", "the beginning of the month": the current one
        if (
            part is not None
            and low == "the"
            and self.low(i + 1) in ("week", "month", "year")
            and a is not None
        ):
            return self.relative_unit(first, i + 2, self.low(i + 1), 0, part)
        # last/this/next + unit or season
        if low in ("last", "this", "next", "past", "coming", "previous", "following") or (
            low == "the"
            and (
                (
                    self.low(i + 1) in ("last", "past", "next", "coming")
                    and self.low(i + 2) in ("week", "month", "year", "weekend")
                )
                # "the next century"; "over the last century" is rather a stretch
                or (self.low(i + 1) in ("next", "coming") and self.low(i + 2) == "century")
                # "the current quarter", "the current fiscal year": the one under way
                or (self.low(i + 1) == "current" and self.low(i + 2) in _CURRENT_UNITS)
            )
        ):
            k = i + 1 if low != "the" else i + 2
            rel = low if low != "the" else self.low(i + 1)
            rel = {
                "past": "last", "previous": "last", "coming": "next", "following": "next",
                "current": "this",
            }.get(rel, rel)  # fmt: skip
            if self.low(k) == "fiscal":
                k += 1
            unit = self.low(k).removesuffix("'s")  # "last year's summit"
            start = first if part else i
            if unit in _SEASONS:
                if a is None:
                    return self.emit(
                        start, k + 1, "DATE", f"XXXX-{_SEASONS[unit]}", None, relative=True
                    )
                year = _season_year(a, _SEASONS[unit], rel, tense_now())
                return self.emit(
                    start,
                    k + 1,
                    "DATE",
                    f"{year}-{_SEASONS[unit]}",
                    _season_span(year, _SEASONS[unit]),
                    relative=True,
                )
            if unit == "century" and a is not None and part is None:
                step = {"last": -1, "this": 0, "next": 1}.get(rel, 0)
                hundreds = a.year // 100 + step  # "this century" in 1998: the 1900s, "19"
                span = DateSpan.between(
                    dt.date(max(1, hundreds * 100), 1, 1), dt.date(hundreds * 100 + 99, 12, 31)
                )
                return self.emit(start, k + 1, "DATE", f"{hundreds:02d}", span, relative=True)
            if unit in ("week", "month", "year", "weekend", "quarter"):
                if a is None:
                    return self.emit(start, k + 1, "DATE", "XXXX", None, relative=True)
                step = {"last": -1, "this": 0, "next": 1}.get(rel, 0)
                if unit == "year" and self.low(k).endswith("'s") and part is None:
                    # "next year's first quarter", "last year's quarter": a quarter of it
                    got = self.quarter_of_year(start, k + 1, a.year + step)
                    if got is not None:
                        return got
                return self.relative_unit(start, k + 1, unit, step, part)
            return None
        # Season alone or with year: "summer 2023", "the summer", "in the spring"
        if low in _SEASONS and not (
            low == "fall"
            and not t.is_capitalized
            and self.low(i - 1) not in ("the", "in", "last", "this", "next", "early", "late")
        ):
            code = _SEASONS[low]
            start = i - 1 if self.low(i - 1) == "the" else i
            named = self.year_at(i + 2 if self.low(i + 1) == "of" else i + 1)
            if named is not None:  # "summer 2023", "the winter of 1994"
                year, j = named
                return self.emit(
                    start, j, "DATE", f"{year}-{code}", _season_span(year, code), relative=False
                )
            if self.low(i - 1) == "the" or self.low(i - 1) in ("in", "early", "late", "mid"):
                if a is None:
                    return self.emit(start, i + 1, "DATE", f"XXXX-{code}", None, relative=True)
                year = _season_year(a, code, None, tense_now())
                return self.emit(
                    start, i + 1, "DATE", f"{year}-{code}", _season_span(year, code), relative=True
                )
            return None
        # "N days ago", "two days later", "the next day"
        number, k = _number_at(self.tokens, i)
        if (
            number is not None
            and self.low(k) in lex.TIME_UNITS
            and self.low(k) not in _CLOCK_UNITS  # "20 minutes later" is no other day
            and self.low(k + 1) in ("ago", "later", "earlier", "after", "before")
            and self.low(k + 2) != "than"
        ):
            code = lex.TIME_UNITS[self.low(k)]
            if code == "Y" and number == 1 and self.period is not None:
                # "net rose to $8 million from $6 million a year earlier": the quarter
                # the report is about, a year back
                return self.quarter_value(i, k + 2, self.period[0] - 1, self.period[1])
            if self.low(k + 1) == "ago":
                base = a
                sign = -1
            else:
                base = self.reference
                if code in ("Y", "M") and self.coarse is not None and self.coarse.start:
                    base = self.coarse.start  # "in 2019 ... four years later": 2023
                sign = 1 if self.low(k + 1) in ("later", "after") else -1
                if self.low(k + 1) in ("after", "before") and self.low(k + 2) not in (",", ".", ""):
                    return None
            if base is None:
                return self.emit(i, k + 2, "DATE", "XXXX-XX-XX", None, relative=True)
            return self.shifted(i, k + 2, base, code, sign * number)
        if (
            low == "the"
            and self.low(i + 1) in ("next", "following", "previous")
            and self.low(i + 2) == "day"
        ):
            if self.reference is None:
                return self.emit(i, i + 3, "DATE", "XXXX-XX-XX", None, relative=True)
            sign = -1 if self.low(i + 1) == "previous" else 1
            return self.shifted(i, i + 3, self.reference, "D", sign)
        if low in ("ago",):
            return None
        return None

    def num(self, k: int) -> int | None:
        if (
            0 <= k < len(self.tokens)
            and self.tokens[k].text.isdecimal()
            and len(self.tokens[k].text) <= 2
        ):
            return int(self.tokens[k].text)
        return None

    def year_at(self, k: int) -> tuple[int, int] | None:
        """A year at ``k``, in digits or in words, and where it ends."""
        if self.is_year_at(k):
            return int(self.tokens[k].text), k + 1
        return self.spoken_year(k)

    def spoken_year(self, k: int) -> tuple[int, int] | None:
        """A year said in words, as broadcasts write it, and where it ends.

        "nineteen ninety-seven" is a year wherever it stands; "nineteen hundred", "nineteen
        oh five", "two thousand (and) one" only where a year is expected: after "the year",
        "of", a month, or a preposition with nothing but punctuation after it ("by two
        thousand."), since elsewhere they count things ("two thousand troops").
        """
        first = self.low(k)
        hundreds = 20 if first == "twenty" else lex.UNITS.get(first, 0)
        if first == "two" and self.low(k + 1) == "thousand":
            year, j = 2000, k + 2
            m = j + 1 if self.low(j) == "and" else j
            if self.low(m) in lex.UNITS or self.low(m) in lex.TENS:
                number, j = _number_at(self.tokens, m)
                year += number or 0
        elif 10 <= hundreds <= 20 and self.low(k + 1) in lex.TENS:
            number, j = _number_at(self.tokens, k + 1)
            return hundreds * 100 + (number or 0), j  # "nineteen ninety-seven"
        elif 10 <= hundreds <= 20 and self.low(k + 1) == "hundred":
            year, j = hundreds * 100, k + 2
        elif 10 <= hundreds <= 20 and self.low(k + 1) == "oh" and self.low(k + 2) in lex.UNITS:
            year, j = hundreds * 100 + lex.UNITS[self.low(k + 2)], k + 3
        else:
            return None
        before = self.low(k - 1)
        expected = (
            before in ("year", "of", ",")
            or before in lex.MONTHS
            or (before in _YEAR_LEADS and not self.low(j)[:1].isalnum())
        )
        return (year, j) if expected and year < 2100 else None

    def spoken_day(self, k: int) -> tuple[int, int] | None:
        """A day of a month said as an ordinal word ("eighth", "twenty-first"), and its end."""
        if self.low(k) in lex.TENS and self.low(k + 1) == "-" and self.low(k + 2) in _ORDINALS:
            day, j = lex.TENS[self.low(k)] + _ORDINALS[self.low(k + 2)], k + 3
        elif self.low(k) in _ORDINALS and self.low(k + 1) != "-":  # "May first-quarter"
            day, j = _ORDINALS[self.low(k)], k + 1
        else:
            return None
        return (day, j) if day <= 31 else None

    def decade_at(self, i: int, first: int) -> int | None:
        """A decade by its tens: "the nineties", "the late sixties", "the '80s".

        Its century is the latest that puts the decade's start before the report ("the
        twenties" are the 1920s in 1998, the 2020s in 2024), else the current one.
        """
        lead = i - 1 if self.low(i - 1) == "'" else i  # "the '80s": the "'" starts no scan
        first = lead if first == i else first
        i += self.low(i) == "'"
        t = self.tokens[i] if i < len(self.tokens) else self.tokens[lead]
        if t.low in _DECADE_WORDS:
            tens, j = _DECADE_WORDS[t.low], i + 1
        elif (
            t.is_number
            and len(t.text) == 2
            and t.text.isdecimal()
            and t.text.endswith("0")
            and self.low(i + 1) == "s"
            and self.tokens[i + 1].start == t.end
        ):
            tens, j = int(t.text) // 10, i + 2  # "the '80s", "the 80s"
        else:
            return None
        if first == lead and self.low(lead - 1) != "the":
            return None  # "in his sixties" is an age
        start = first - 1 if self.low(first - 1) == "the" else first
        if self.anchor is None:
            return self.emit(start, j, "DATE", f"XX{tens}", None, relative=True)
        century = self.anchor.year // 100 * 100
        if century + 10 * tens > self.anchor.year:
            century -= 100
        year = century + 10 * tens
        span = DateSpan.between(dt.date(year, 1, 1), dt.date(year + 9, 12, 31))
        return self.emit(start, j, "DATE", str(year)[:3], span, relative=True)

    def is_year_at(self, k: int, *, after_day: bool = False) -> bool:
        if not 0 <= k < len(self.tokens):
            return False
        t = self.tokens[k]
        if not (t.text.isdecimal() and len(t.text) == 4 and 1000 <= int(t.text) <= 2100):
            return False
        nxt = self.low(k + 1)
        if after_day or (self.low(k - 1) in lex.MONTHS and self.low(k - 1) != "may"):
            # "Oct. 23, 1998", "the October 1998 shooting": a month's year, whatever noun
            # follows it
            return nxt not in lex.MEASURE_UNITS and nxt not in ("%", "percent")
        if nxt == "-" and not self.is_year_at(k + 2):
            return False
        if nxt in _NAME_HEADS and self.tokens[k + 1].is_capitalized:
            return False  # "the 1922 Committee": a name
        if self._street_after(k):
            return False  # "1555 Main St.": a house number
        if nxt in ("and", "to", "-") and self._clock_at(k + 2):
            return False  # "between 1800 and 2000 today": clock times
        return (
            (nxt not in lex.HEADS or _singular_head(nxt))
            and nxt not in lex.MEASURE_UNITS
            and nxt not in ("%", "percent", "dollars")
            and nxt not in _CLOCK_AFTER
        )

    def _street_after(self, k: int) -> bool:
        """Whether one to three capitalized words after ``k`` end in a street word.

        Not after a preposition of time: "in 2008 Main Street was rebuilt" names a year.
        """
        if self.low(k - 1) in ("in", "since", "until", "by", "of", "from"):
            return False
        for j in range(k + 1, min(k + 5, len(self.tokens))):
            if not self.tokens[j].is_capitalized:
                return False
            if j > k + 1 and self.low(j).rstrip(".") in _STREET_WORDS:
                return True
        return False

    def _clock_at(self, k: int) -> bool:
        """Whether four digits at ``k`` are a 24-hour clock time: "2000 today"."""
        if not 0 <= k < len(self.tokens):
            return False
        t = self.tokens[k].text
        return (
            len(t) == 4
            and t.isdecimal()
            and int(t[:2]) < 24
            and int(t[2:]) < 60
            and self.low(k + 1) in _CLOCK_AFTER
        )

    def day(  # noqa: PLR0917 - internal helper mirroring DateSpan.day
        self, start: int, j: int, year: int | None, month: int, day: int, tense: str | None
    ) -> int:
        words = self.text[self.tokens[start].start : self.tokens[j - 1].end]
        if year is None:
            if self.anchor is None and self.year_anchor is not None:
                year = _nearest_year(self.year_anchor, month, day)
                if year is not None:
                    span = DateSpan.day(year, month, day, text=words)
                    return self.emit(start, j, "DATE", span.value, span, relative=True)
            if self.anchor is None:
                return self.emit(
                    start, j, "DATE", f"XXXX-{month:02d}-{day:02d}", None, relative=True
                )
            year = _day_year(self.anchor, month, day, tense)
            span = DateSpan.day(year, month, day, text=words)
            return self.emit(start, j, "DATE", span.value, span, relative=True)
        span = DateSpan.day(year, month, day, text=words)
        return self.emit(start, j, "DATE", span.value, span, relative=False)

    def month(
        self, start: int, j: int, year: int, month: int, part: str | None, *, relative: bool
    ) -> int:
        words = self.text[self.tokens[start].start : self.tokens[j - 1].end]
        if part in ("early", "mid", "late"):
            span = DateSpan.part_of_month(year, month, part, text=words)
        else:
            span = DateSpan.month(year, month, text=words)
        return self.emit(start, j, "DATE", f"{year:04d}-{month:02d}", span, relative=relative)

    def relative_unit(self, start: int, j: int, unit: str, step: int, part: str | None) -> int:
        a = self.anchor
        assert a is not None
        words = self.text[self.tokens[start].start : self.tokens[j - 1].end]
        if unit in ("week", "weekend"):
            day = a + dt.timedelta(days=7 * step)
            value = _week_value(day) + ("-WE" if unit == "weekend" else "")
            span = _weekend_span(day, words) if unit == "weekend" else _week_span(day, words)
            return self.emit(start, j, "DATE", value, span, relative=True)
        if unit == "month":
            year, month = _shift_month(a.year, a.month, step)
            if part == "earlier":
                span = DateSpan.between(dt.date(year, month, 1), a, text=words)
            elif part == "later":
                last = calendar.monthrange(year, month)[1]
                span = DateSpan.between(a, dt.date(year, month, last), text=words)
            elif part in ("early", "mid", "late"):
                span = DateSpan.part_of_month(year, month, part, text=words)
            else:
                span = DateSpan.month(year, month, text=words)
            return self.emit(start, j, "DATE", f"{year:04d}-{month:02d}", span, relative=True)
        if unit == "quarter":
            q = (a.month - 1) // 3 + step
            year = a.year + q // 4
            q = q % 4 + 1
            return self.emit(
                start,
                j,
                "DATE",
                f"{year:04d}-Q{q}",
                DateSpan.quarter(year, q, text=words),
                relative=True,
            )
        year = a.year + step
        if part == "earlier":
            span = DateSpan.between(dt.date(year, 1, 1), a, text=words)
        elif part == "later":
            span = DateSpan.between(a, dt.date(year, 12, 31), text=words)
        elif part in ("early", "mid", "late"):
            span = DateSpan.part_of_year(year, part, text=words)
        else:
            span = DateSpan.year(year, text=words)
        return self.emit(start, j, "DATE", str(year), span, relative=True)

    def shifted(self, start: int, j: int, base: dt.date, code: str, amount: int) -> int:
        words = self.text[self.tokens[start].start : self.tokens[j - 1].end]
        if code == "D":
            day = base + dt.timedelta(days=amount)
            return self.emit(
                start, j, "DATE", day.isoformat(), DateSpan.of(day, text=words), relative=True
            )
        if code == "W":
            day = base + dt.timedelta(days=7 * amount)
            return self.emit(
                start, j, "DATE", _week_value(day), _week_span(day, words), relative=True
            )
        if code == "M":
            year, month = _shift_month(base.year, base.month, amount)
            return self.emit(
                start,
                j,
                "DATE",
                f"{year:04d}-{month:02d}",
                DateSpan.month(year, month, text=words),
                relative=True,
            )
        if code == "Y":
            return self.emit(
                start,
                j,
                "DATE",
                str(base.year + amount),
                DateSpan.year(base.year + amount, text=words),
                relative=True,
            )
        if code == "DE":
            return self.emit(
                start, j, "DATE", str(base.year + 10 * amount)[:3], None, relative=True
            )
        return self.emit(start, j, "DATE", "XXXX-XX-XX", None, relative=True)

    def weekly(self, i: int, j: int, weekday: int, daypart: str | None = None) -> int:
        """The set of one weekday (or a part of it) every week: "on Sundays"."""
        value = f"XXXX-WXX-{weekday + 1}" + (f"T{daypart}" if daypart else "")
        return self.emit(i, j, "SET", value, None, relative=False)

    def recurrence(self, i: int) -> int | None:
        """Sets (TimeML SET): "daily", "every week", "each two months", "twice a year"."""
        low = self.low(i)
        if low in _SET_ADVERBS:
            return self.emit(i, i + 1, "SET", _SET_ADVERBS[low], None, relative=False)
        k = i
        if low in ("every", "each"):
            k = i + 1
        elif low in ("twice", "thrice") or (
            self.tokens[i].is_number and self.low(i + 1) == "times"
        ):
            k = i + 1 if low in ("twice", "thrice") else i + 2
            if self.low(k) not in _FREQUENCY_LINKS:
                return None
            k += 1
        else:
            return None
        number, m = _number_at(self.tokens, k)
        counted = number is not None and m > k
        if not counted:
            number, m = 1, k
        unit = self.low(m)
        if not counted and self.tokens[m : m + 1] and self.tokens[m].is_capitalized:
            if unit in lex.WEEKDAYS:
                # "each Thursday", "every Sunday night"
                part = _DAYPARTS.get(self.low(m + 1))
                return self.weekly(i, m + 2 if part else m + 1, lex.WEEKDAYS[unit], part)
            if unit in lex.MONTHS and unit not in _NAME_MONTHS:
                every = f"XXXX-{lex.MONTHS[unit]:02d}"  # "each July"
                return self.emit(i, m + 1, "SET", every, None, relative=False)
        if unit in _DAYPARTS:
            # "every morning": the set of mornings
            return self.emit(i, m + 1, "SET", f"XXXX-XX-XXT{_DAYPARTS[unit]}", None, relative=False)
        if unit in _SEASONS:
            return self.emit(i, m + 1, "SET", f"XXXX-{_SEASONS[unit]}", None, relative=False)
        if unit not in lex.TIME_UNITS or unit == "weekend":
            return None
        code = "TM" if unit.startswith("minute") else lex.TIME_UNITS[unit]
        # "every week" is the set of weeks; "every two weeks" a period between them
        value = _SET_PATTERNS.get(code) if not counted else None
        value = value or _duration_value(number, code)
        return self.emit(i, m + 1, "SET", value, None, relative=False)

    def is_rate_at(self, i: int) -> bool:
        """Whether "a" at ``i`` makes a rate of the amount before it: "$5 million a year"."""
        before = self.tokens[i - 1] if i > 0 else None
        if before is None or self.low(i) not in ("a", "an"):
            return False
        if _is_count(before) or before.low in lex.SCALES or before.low == "%":
            return True
        # "four flights a week", "700 seats a week"
        return before.low.endswith("s") and i > 1 and _is_count(self.tokens[i - 2])

    def duration(self, i: int) -> int | None:
        """Durations: "five years", "a decade", "18 months", "several days", "recent weeks"."""
        t = self.tokens[i]
        low = t.low
        start = i
        k = i
        if low == "the" and self.low(i + 1) in (
            "past",
            "next",
            "last",
            "coming",
            "following",
            "previous",
            "first",
        ):
            k = i + 2
        elif low in lex.TIME_UNITS and low.endswith("s") and self.low(i + 1) == "ago":
            return self.emit(i, i + 2, "DATE", "PAST_REF", None, relative=True)  # "years ago"
        elif low in lex.TIME_UNITS and low.endswith("s") and self.low(i - 1) in _SPAN_LEADS:
            # "for days", "within weeks", "for years": a stretch of unsaid length
            code = "TM" if low == "minutes" else lex.TIME_UNITS[low]
            return self.emit(
                i, i + 1, "DURATION", _duration_value(None, code), None, relative=False
            )
        elif low in ("recent", "past", "coming"):
            k = i + 1
            if self.low(k) in lex.TIME_UNITS and self.low(k).endswith("s"):
                code = lex.TIME_UNITS[self.low(k)]
                return self.emit(
                    start, k + 1, "DURATION", _duration_value(None, code), None, relative=False
                )
            return None
        if self.low(k) in lex.HEDGES_ABOUT_WORDS:
            k += 1
        number, m = _number_at(self.tokens, k)
        vague = False
        if number is None and self.low(k) in _VAGUE_COUNT:
            vague, m = True, k + 1
            if self.low(m) == "few":
                m += 1
        elif number is None and self.low(k) == "few" and k > i:
            vague, m = True, k + 1
        if number is None and not vague:
            if k > i and self.low(k) in lex.TIME_UNITS:
                code = lex.TIME_UNITS[self.low(k)]
                plural = self.low(k).endswith("s")
                return self.emit(
                    start,
                    k + 1,
                    "DURATION",
                    _duration_value(None if plural else 1, code),
                    None,
                    relative=False,
                )
            return None
        half = (
            number is not None
            and self.low(m) in ("1", "and")  # one look-up for most counts
            and [self.low(m + d) for d in range(3)] in (["1", "/", "2"], ["and", "a", "half"])
        )
        if half:
            m += 3  # "2 1/2 years", "two and a half years"
        if self.low(m) == "-":
            m += 1
        elif self.low(m) in _MORE and number is not None:
            m += 1  # "20 more years", "an additional year"
        unit = self.low(m)
        if unit not in lex.TIME_UNITS or unit in ("weekend",):
            return None
        if number == 1 and k == i and self.is_rate_at(i):
            return None  # "four flights a week", "$2 million a year": a rate, no stretch
        if vague and self.low(m + 1) == "ago" and self.anchor is not None:
            # "several years ago", "a few weeks ago": some time back, no calendar unit
            return self.emit(start, m + 2, "DATE", "PAST_REF", None, relative=True)
        if self.low(m + 1) in ("ago", "later", "earlier", "old"):
            return None
        if self.low(m + 1) == "-" and self.low(m + 2) == "old":
            return None
        if number == 1 and unit.endswith("s"):
            return None
        code = "TM" if unit.startswith("minute") else lex.TIME_UNITS[unit]
        if (
            not half
            and number is not None
            and self.low(m + 1) == "and"
            and [self.low(m + 2), self.low(m + 3)] == ["a", "half"]
        ):
            half, m = True, m + 3  # "a year and a half"
        if half and number is not None and code in _HALVES:
            return self.emit(start, m + 1, "DURATION", _HALVES[code](number), None, relative=False)
        if number is not None and (code == "Y" or (code == "M" and number > 3)):
            self.period = None  # "in the first nine months": no longer a quarter's report
        return self.emit(
            start,
            m + 1,
            "DURATION",
            _duration_value(None if vague else number, code),
            None,
            relative=False,
        )


def _clock_value(text: str, meridiem: str | None) -> str | None:
    """The "HH:MM" of a clock time written ``text`` ("7:15", "9") before ``meridiem``."""
    hours, _, minutes = text.replace(".", ":").partition(":")
    if not hours.isdecimal() or (minutes and not minutes.isdecimal()):
        return None
    hh, mm = int(hours), int(minutes or 0)
    if meridiem is None and not minutes:
        return None  # "3 Tuesday" is no clock time
    if meridiem and not 1 <= hh <= 12:
        return None
    if meridiem and meridiem.startswith("p") and hh < 12:
        hh += 12
    if meridiem and meridiem.startswith("a") and hh == 12:
        hh = 0
    if hh > 23 or mm > 59:
        return None
    return f"{hh:02d}:{mm:02d}"


def _duration_value(number: int | None, code: str) -> str:
    amount = "X" if number is None else str(number)
    if code == "DE":
        return f"P{amount}0Y" if number is not None else "PXDE"
    if code == "CE":
        return f"P{amount}00Y" if number is not None else "PXCE"
    if code in ("H", "S"):
        return f"PT{amount}{code}"
    if code == "TM":
        return f"PT{amount}M"
    return f"P{amount}{code}"


def time_expressions_in(
    text: str,
    tokens: Sequence[Token],
    anchor: dt.date | None,
    reference: dt.date | None = None,
    *,
    year_anchor: dt.date | None = None,
) -> tuple[list[TimeExpression], dt.date | None]:
    """Time expressions in one sentence's tokens; returns them and the new reference day.

    ``year_anchor``, for a text with no ``anchor``: a day near which it was written,
    which gives the year of the months and days of months it names, and nothing else.
    """
    scanner = _Scanner(text, list(tokens), anchor, reference, year_anchor=year_anchor)
    scanner.scan()
    return scanner.out, scanner.reference


def find_time_expressions(text: str, *, anchor: dt.date | None = None) -> list[TimeExpression]:
    """Every time expression in ``text``, resolved against ``anchor`` (publication date).

    Args:
        text: any text.
        anchor: the publication date; without it relative expressions get no span and
            an ``X``-filled value.

    Notes:
        Linear in the length of the text: one token scan per sentence with bounded
        look-around.

    Examples:
        >>> pub = dt.date(2024, 2, 11)  # a Sunday
        >>> [(e.text, e.value) for e in find_time_expressions(
        ...     "Talks began on January 27 and resumed on Sunday; a panel formed last summer "
        ...     "met late last year, two days later and in June.", anchor=pub)]
        ... # doctest: +NORMALIZE_WHITESPACE
        [('January 27', '2024-01-27'), ('Sunday', '2024-02-11'), ('last summer', '2023-SU'),
         ('late last year', '2023'), ('two days later', '2024-02-13'), ('June', '2023-06')]
        >>> [(e.text, e.type, e.value) for e in find_time_expressions(
        ...     "It will meet on Friday for three months.", anchor=pub)]
        [('Friday', 'DATE', '2024-02-16'), ('three months', 'DURATION', 'P3M')]
    """
    view = shadow(text)
    out: list[TimeExpression] = []
    reference: dt.date | None = anchor
    period: tuple[int, int] | None = None  # a report's quarter is told of across sentences
    for start, end in split_sentences(text, view=view):
        scanner = _Scanner(text, tokenize(view, start, end), anchor, reference, period=period)
        scanner.scan()
        out.extend(scanner.out)
        reference, period = scanner.reference, scanner.period
    return out
