"""Event mentions in one article, and the event each claim of the article is about.

An event mention is a trigger word of a known type (``lexicon/frames.json``, section
``events``: "blasts" is an attack, "quake" an earthquake), with the date and place its
sentence gives it. The article's *lead* event is the first one it mentions; a claim is
about the event mentioned in its own sentence, else about the lead event. A sentence
that names an event of the lead's type on another day ("the June 9 march" in a report of
the June 16 march) speaks of another event.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from typing import Final

import attrs

from reconcile.extract import _lexicon as lex
from reconcile.extract._dates import TimeExpression
from reconcile.extract._events import ON_A_DAY, sets_a_record, stretch_opened
from reconcile.extract._frames import FrameTables, body_verb_event, whole_of_a_figure
from reconcile.extract._lexicon import words
from reconcile.extract._text import Token, names_any, without_possessive
from reconcile.model import Claim
from reconcile.values import DateSpan

__all__ = [
    "EventMention",
    "StoryShift",
    "bodies_by_sentence",
    "bodies_named",
    "compared_with",
    "deadline_before",
    "described_by_before",
    "find_event_mentions",
    "find_story_shifts",
    "in_main_clause",
    "lead_event",
    "mention_key",
    "named_by_subject",
    "settle_ambiguous",
    "settle_bodies",
]

#: Words that date a time from the story's own time, not the calendar's: "a week
#: earlier", "the previous Sunday" name another, earlier event than the one reported.
_ANAPHORIC: Final = frozenset(words("earlier before previous prior preceding"))
#: How many sentences from the top of an article may state its lead event.
LEAD_SENTENCES: Final = 4


@attrs.frozen(order=True)
class StoryShift:
    """How far before the story's own day a phrase places what it tells of.

    "a week earlier" and "the week before" go back seven days from the day the article
    reports; "the previous Sunday" to the last Sunday before it. The story's day is the
    lead event's, not the publication's: a follow-up written days later still counts
    back from the event.

    Examples:
        >>> StoryShift(days=7).before(dt.date(2019, 6, 16))
        datetime.date(2019, 6, 9)
        >>> StoryShift(weekday=6).before(dt.date(2019, 6, 16))
        datetime.date(2019, 6, 9)
    """

    days: int = 0
    weekday: int = -1

    def before(self, day: dt.date) -> dt.date:
        """The day this shift names, counted back from ``day``."""
        if self.weekday >= 0:
            return day - dt.timedelta(days=(day.weekday() - self.weekday) % 7 or 7)
        return day - dt.timedelta(days=self.days)


#: Units of a shift back in story time, in days ("two days earlier", "a week before").
_SHIFT_DAYS: Final = {"day": 1, "days": 1, "week": 7, "weeks": 7, "fortnight": 14}
#: Words after a length of time that count it back from the story's day.
_BACK: Final = frozenset(words("earlier before prior"))
#: Words before a day or weekday that mean the one before the story's day.
_PREVIOUS: Final = frozenset(words("previous preceding prior"))
#: How far before a trigger "than" makes it the base of a comparison.
_COMPARED_REACH: Final = 8
#: Small counts written as words ("two days earlier"); "a" and "an" are one.
_COUNT_WORDS: Final = {"a": 1, "an": 1, **lex.UNITS}
#: The second word of every story shift: a unit of days or a weekday.
_SHIFT_SECONDS: Final = frozenset(_SHIFT_DAYS) | frozenset(lex.WEEKDAYS)


def find_story_shifts(
    tokens: Sequence[Token], *, words: AbstractSet[str] | None = None
) -> list[tuple[int, StoryShift]]:
    """The phrases of a sentence that count back from the story's day, by token index.

    "A week earlier", "two days before", "the week before", "the previous Sunday", "the
    Sunday before": each places what its sentence tells of before the day the article
    reports, not before the day it was published.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> find_story_shifts(tokenize("A week earlier, a million people marched."))
        [(0, StoryShift(days=7, weekday=-1))]
        >>> find_story_shifts(tokenize("Police said the march the previous Sunday was smaller."))
        [(5, StoryShift(days=0, weekday=6))]
    """
    out: list[tuple[int, StoryShift]] = []
    if not names_any(tokens, _SHIFT_SECONDS, words):
        return out  # most sentences: no unit of days, no weekday
    n = len(tokens)
    for k in range(n - 1):
        nxt = tokens[k + 1].low
        if nxt not in _SHIFT_DAYS and nxt not in lex.WEEKDAYS:
            continue  # every shift names a unit of days or a weekday second
        low = tokens[k].low
        after = tokens[k + 2].low if k + 2 < n else ""
        if nxt in _SHIFT_DAYS and after in _BACK:
            count = _COUNT_WORDS.get(low)
            if count is None and low.isdecimal():
                count = int(low)
            if low == "the":
                count = 1  # "the week before"
            if count is not None:
                out.append((k, StoryShift(days=count * _SHIFT_DAYS[nxt])))
        elif low in _PREVIOUS and nxt in lex.WEEKDAYS:
            out.append((k, StoryShift(weekday=lex.WEEKDAYS[nxt])))
        elif low in _PREVIOUS and nxt in _SHIFT_DAYS and nxt in ("day", "week"):
            out.append((k, StoryShift(days=_SHIFT_DAYS[nxt])))
        elif low == "the" and nxt in lex.WEEKDAYS and after in _BACK:
            out.append((k, StoryShift(weekday=lex.WEEKDAYS[nxt])))
    return out


# the hash kept once made: the corpus's event binding keys dicts and sets by mentions
# many times over, and hashing one walks all eleven fields
@attrs.frozen(cache_hash=True)
class EventMention:
    """One mention of an event in an article.

    Attributes:
        type: the event type ("attack", "earthquake").
        trigger: the trigger word as written, case-folded ("blasts").
        sentence: the index of its sentence in the article.
        start: its offset in the text.
        day: the day its sentence dates it to, when the sentence gives one day.
        place: the first place its sentence names, if any.
        period: the coarser time its sentence gives it when it gives no day ("in
            October", "last month"): it tells another event from the lead.
        earlier: how far before the story's day its sentence places it ("the march a
            week earlier"): another, earlier event than the lead, dated from the lead's
            day once that is known.
        body: for a vote, the body that held it ("Security Council").
        by_verb: named by a verb ("marched", "seized power"), not by a noun.
        before_this: named as the one before ("the last election in 2021", "the
            previous vote"): an earlier event of its type, never the article's news.
        name: the proper name the event word carries ("Helene" of "Hurricane Helene"):
            one event across reports that date it weeks apart, another than one of
            another name.
        released: when the sentence gives no day, the day a result of the event was
            released ("the final election results released on Friday"): the event
            happened on or before it.
    """

    type: str
    trigger: str
    sentence: int
    start: int
    day: dt.date | None = None
    place: str | None = None
    period: tuple[dt.date, dt.date] | None = None
    earlier: StoryShift | None = None
    body: str | None = None
    by_verb: bool = False
    before_this: bool = False
    name: str | None = None
    released: dt.date | None = None


def mention_key(mention: EventMention) -> tuple[str, str, int, int, str, str, str]:
    """A total order on mentions, whatever of day, place, period and shift they lack."""
    period = f"{mention.period[0]}..{mention.period[1]}" if mention.period else ""
    if mention.earlier is not None:
        period += f"<{mention.earlier.days}:{mention.earlier.weekday}"
    if mention.before_this:
        period += "<before"
    if mention.name:
        period += f"#{mention.name}"
    if mention.released:
        period += f"<released:{mention.released}"
    day = mention.day.isoformat() if mention.day else ""
    place = f"{mention.place or ''}@{mention.body}" if mention.body else mention.place or ""
    return (mention.type, mention.trigger, mention.sentence, mention.start, day,
            place, period)  # fmt: skip


@functools.lru_cache(maxsize=4)  # one table in use, a few in tests
def _heads_written(heads: frozenset[str]) -> frozenset[str]:
    """Every case-folded word a body's head may be written as: bare or possessive.

    Each word that :func:`without_possessive` takes to a head: "assembly",
    "assembly's", "assembly\u2019s", and "assembly\u2019s's".
    """
    return frozenset(h + end for h in heads for end in ("", "'s", "\u2019s", "\u2019s's"))


def bodies_named(
    tokens: Sequence[Token], tables: FrameTables, *, words: AbstractSet[str] | None = None
) -> list[tuple[int, str]]:
    """The voting bodies a sentence names, by the token index of their head noun.

    A body is named by capitalized words ending in a body noun ("the Security Council",
    "the General Assembly", "the Senate"); "the council" in lower case is given as its
    head alone, for the article to resolve to the body it named before.

    Examples:
        >>> from reconcile.extract._frames import frame_tables
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("The General Assembly backed what the council had rejected.")
        >>> bodies_named(t, frame_tables())
        [(2, 'General Assembly'), (6, 'council')]
        >>> bodies_named(tokenize("The council's vote came after the Assembly's."), frame_tables())
        [(1, 'council'), (6, 'Assembly')]
    """
    out: list[tuple[int, str]] = []
    if not names_any(tokens, _heads_written(tables.body_heads), words):
        return out  # most sentences name no body
    for k, token in enumerate(tokens):
        # "the Assembly's October resolution": the possessive names the body too
        head = token.low
        if head not in tables.body_heads:
            if not head.endswith(("'s", "\u2019s")):
                continue  # most words: no call
            head = without_possessive(head)
            if head not in tables.body_heads:
                continue
        if not token.is_capitalized:
            if k > 0 and tokens[k - 1].low in ("the", "this", "that", "its"):
                out.append((k, head))
            continue
        j = k
        while j > 0 and tokens[j - 1].is_capitalized and tokens[j - 1].low not in ("the", "a"):
            j -= 1
        if j == k and k == 0:
            continue  # "House prices rose": a sentence's first word, no name
        if any(t.low in tables.not_voting_bodies for t in tokens[j:k]):
            continue  # "the Electoral Commission" counts votes; it casts none
        # the head and the word that says which: "the UN Security Council" and "the
        # United Nations Security Council" are one "Security Council"
        name = " ".join(t.text for t in tokens[max(j, k - 1) : k + 1])
        out.append((k, name[: len(name) - len(token.low) + len(head)]))
    return out


def bodies_by_sentence(named: Sequence[tuple[int, str, bool]]) -> dict[int, str]:
    """The body each sentence names first in its main clause, as the article names it.

    ``named`` are the bodies the article names, in order, each with its sentence and
    whether it stands in the sentence's main clause (a body named in "after Marland
    vetoed a council draft" is not what the sentence is about). "The council" is the
    body named with that head noun ("Security Council").

    Examples:
        >>> bodies_by_sentence([(0, "Security Council", True), (1, "Senate", False),
        ...                     (2, "council", True), (2, "Assembly", True)])
        {0: 'Security Council', 2: 'Security Council'}
    """
    proper = [name for _, name, _ in named if not name.islower()]
    first_of: dict[int, str] = {}
    for sentence, name, main in named:
        if main:
            first_of.setdefault(sentence, _resolved(name, proper))
    return first_of


def _resolved(body: str, proper: Sequence[str]) -> str:
    if body.islower() or " " not in body:
        # "the council", "the Assembly": the body named with that head
        return next((b for b in proper if b.casefold().endswith(body.casefold())), body)
    return body


def _first_named(tokens: Sequence[Token], places: Sequence[str]) -> dict[str, int]:
    """The token index where each place is first named, for the places found there."""
    heads = {p.split()[0]: p for p in places}
    out: dict[str, int] = {}
    for k, t in enumerate(tokens):
        place = heads.get(without_possessive(t.text))
        if place is not None and place not in out:
            out[place] = k
    return out


def _of_another(tokens: Sequence[Token], k: int, tables: FrameTables) -> bool:
    """Whether "of" after the event word at ``k`` names another kind of happening."""
    others = tables.not_events_of.get(tokens[k].low)
    if not others or k + 1 >= len(tokens) or tokens[k + 1].low != "of":
        return False
    j = k + 2
    if j < len(tokens) and tokens[j].low in ("the", "a", "an"):
        j += 1
    return j < len(tokens) and tokens[j].low in others


def outcome_of(tokens: Sequence[Token], k: int, expr: TimeExpression, tables: FrameTables) -> bool:
    """Whether the event word at ``k`` is what the results a date is of are results of.

    "The first official data of elections in Poland ... grant on Monday 41.1 percent":
    the event word follows a noun of its outcome (``outcome_nouns``) and "of", and the
    day stands apart from it, so the day dates the data. "the results of the election
    on Sunday" keeps the day beside its event.

    Examples:
        >>> from reconcile.extract._dates import find_time_expressions
        >>> from reconcile.extract._frames import frame_tables
        >>> from reconcile.extract._text import tokenize
        >>> import datetime as dt
        >>> def of(text):
        ...     t = tokenize(text)
        ...     e = find_time_expressions(text, anchor=dt.date(2023, 10, 17))[0]
        ...     k = next(i for i, x in enumerate(t) if x.low == "election")
        ...     return outcome_of(t, k, e, frame_tables())
        >>> of("The first data of the election gave on Monday 41 percent to the party.")
        True
        >>> of("The results of the election on Sunday gave 41 percent to the party.")
        False
    """
    j = k - 1
    if j >= 0 and tokens[j].low in ("the", "a", "an", "this", "that"):
        j -= 1
    if j < 1 or tokens[j].low != "of" or tokens[j - 1].low not in tables.outcome_nouns:
        return False
    after = k + 2 if k + 1 < len(tokens) and tokens[k + 1].low in ("on", "of", "in") else k + 1
    return expr.first != after and not expr.first <= k < expr.last


def _clause_between(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Whether a word opening another clause stands between tokens ``i`` and ``j``."""
    lo, hi = min(i, j), max(i, j)
    return any(t.low in lex.CLAUSE_OPENERS for t in tokens[lo + 1 : hi])


def in_main_clause(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` stands outside a clause opened before it and not yet closed.

    "The vote came after Marland vetoed a council draft": "council" does not;
    "After the debate, the council voted": it does (the comma closes the clause).
    """
    for j in range(k - 1, -1, -1):
        low = tokens[j].low
        if low == ",":
            return True
        if low in lex.CLAUSE_OPENERS:
            return False
    return True


def _one_day(times: Sequence[TimeExpression]) -> dt.date | None:
    for expr in times:
        span = expr.span
        night = expr.value.endswith("TNI")  # "Sunday night" is Sunday's, into Monday
        if expr.type in ("DATE", "TIME") and span is not None and (span.days == 1 or night):
            assert isinstance(span, DateSpan)
            return span.start
    return None


#: Words before a time that make it the bound of a stretch, not a happening's time.
_STRETCH: Final = frozenset(words("since until till through"))
#: Words before a date that make it a bound the event is due by, not its day.
_DEADLINES: Final = lex.DEADLINE_WORDS
#: Words before a date that make it a deadline in three: "will end no later than May 1".
_NO_LATER_THAN: Final = ("no", "later", "than")


def deadline_before(
    tokens: Sequence[Token], first: int, marks: frozenset[str] = _DEADLINES
) -> bool:
    """Whether the words before the date at ``first`` make it a deadline.

    One of ``marks`` ("by", "before", "until") or "no later than".

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("It will end no later than September 15.")
        >>> deadline_before(t, 6), deadline_before(tokenize("It ended on May 2."), 4)
        (True, False)
    """
    if first == 0:
        return False
    if tokens[first - 1].low in marks:
        return True
    return first >= 3 and tuple(t.low for t in tokens[first - 3 : first]) == _NO_LATER_THAN


#: The longest span a sentence's coarse date may have and still tell events apart.
_PERIOD_DAYS: Final = 366


def _own_dates(
    dated: Sequence[TimeExpression],
    times: Sequence[TimeExpression],
    occurrences: Sequence[TimeExpression],
    k: int,
) -> Sequence[TimeExpression]:
    """The dates of trigger ``k``, its own possessive date first and bounding the rest.

    "The government on Sunday revised the toll of Friday's collision": the possessive
    is the collision's day, and "on Sunday" the revision's. "The toll from last week's
    explosion rose to 10 on Tuesday": a day outside the week the possessive gives dates
    something else, so the explosion keeps only its week (:func:`_period`).
    """
    own = next(
        (
            (t, bounds)
            for t in (*occurrences, *times)
            if t.text.casefold().endswith(("'s", "\u2019s"))
            and t.last <= k < t.last + 3
            and (bounds := _bounds(t)) is not None
        ),
        None,
    )
    if own is None:
        return dated
    possessive, (start, end) = own
    inside = [
        t
        for t in dated
        if t is not possessive
        and (bounds := _bounds(t)) is not None
        and start <= bounds[0]
        and bounds[1] <= end
    ]
    return [possessive, *inside]


def _bounds(expr: TimeExpression) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a time expression, when it has both."""
    span = expr.span
    if span is None or span.start is None or span.end is None:
        return None
    return span.start, span.end


def _names_another_noun(expr: TimeExpression, k: int) -> bool:
    """Whether a possessive date names a noun other than trigger ``k``.

    "last weekend's record crowds" dates the crowds, not the protest the sentence
    names; "last month's election" dates the election.
    """
    if not expr.text.casefold().endswith(("'s", "\u2019s")):
        return False
    return not expr.last <= k < expr.last + 3


def _period(
    times: Sequence[TimeExpression], k: int, tokens: Sequence[Token]
) -> tuple[dt.date, dt.date] | None:
    """The coarse date nearest token ``k``: a month, a week, a season.

    A time that starts or ends a stretch ("stored there since 2014", "until May") is
    when something lasted, not when the event happened.
    """
    spans = [
        (abs(t.first - k), t.span.start, t.span.end)
        for t in times
        if not (t.first > 0 and tokens[t.first - 1].low in _STRETCH | _DEADLINES)
        and not _ANAPHORIC & set(t.text.casefold().split())
        and not _names_another_noun(t, k)
        and not compared_with(tokens, t.first)
        and t.type == "DATE"  # "on Friday night" spans midnight, but is a day's time
        and t.span is not None
        and t.span.start is not None
        and t.span.end is not None
        and 1 < t.span.days <= _PERIOD_DAYS
    ]
    if not spans:
        return None
    _, start, end = min(spans)
    assert start is not None
    assert end is not None
    return start, end


def compared_with(tokens: Sequence[Token], first: int) -> bool:
    """Whether the time at ``first`` is that of a thing compared: "than in October".

    "than" must open the time's phrase, alone or with a preposition ("than last year",
    "than in October"), or open a clause of a few words that ends on the time's
    preposition ("47 more than those it achieved in 2019"); "wounded more than 30 on
    Sunday" compares the count, not a time.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("136 seats, 47 more than those it achieved in 2019")
        >>> compared_with(t, 10)
        True
        >>> compared_with(tokenize("wounded more than 30 people on Sunday"), 6)
        False
        >>> compared_with(tokenize("33.7%, up 1.6 points on 2019"), 7)
        True
        >>> compared_with(tokenize("36 seats, twice as many as in 2021"), 8)
        True
        >>> compared_with(tokenize("159 seats, a gain of two over their 2019 result"), 9)
        True
        >>> compared_with(tokenize("killed 30 over the weekend"), 4)
        False
    """
    k = first - 1
    if k >= 1 and tokens[k].low == "on" and tokens[k - 1].low in _CHANGED_ON:
        return True  # "33.7%, up 1.6 points on 2019": the year the figure is compared with
    over = k - 1 if k >= 1 and tokens[k].low in _OWNERS else k
    if (
        over >= 1
        and tokens[over].low == "over"
        and (
            tokens[over - 1].low in _CHANGED_ON
            or tokens[over - 1].is_number
            or tokens[over - 1].low in lex.NUMBER_WORDS
        )
    ):
        return True  # "a gain of two over their 2019 result", "up 5% over 2019"
    if k >= 0 and tokens[k].low in _THAN_PREPOSITIONS:
        k -= 1
        # "than those it achieved in 2019": a clause of words only between them
        for j in range(k, max(-1, k - _THAN_CLAUSE_REACH), -1):
            if tokens[j].low == "than" or _equative_as(tokens, j):
                return True
            if not tokens[j].text.isalpha():
                return False
        return False
    return k >= 0 and (tokens[k].low == "than" or _equative_as(tokens, k))


def _equative_as(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` is the second "as" of "as many as": "twice as many as in 2021"."""
    return k >= 2 and tokens[k].low == "as" and tokens[k - 2].low == "as"


#: Words of a change before "on" and the time compared with: "up on 2019", "down on".
_CHANGED_ON: Final = frozenset(words("up down points point percent higher lower"))
#: Possessives between a preposition of comparison and its time: "over their 2019 result".
_OWNERS: Final = frozenset(words("their its his her"))


#: How many words a clause after "than" may have before the time it compares: "than
#: those it achieved in 2019".
_THAN_CLAUSE_REACH: Final = 5


#: How far before its verb the subject that makes it name an event may stand.
_SUBJECT_REACH: Final = 5


#: Prepositions that open a phrase of their own before an event word ("of" does not:
#: "the equivalent of a magnitude 3.3 earthquake" is one phrase).
_PHRASE_OPENERS: Final = frozenset(("by", "with", "in", "on", "at", "to", "for", "from"))
#: Prepositions that may stand between "than" and the time compared: "than in October".
_THAN_PREPOSITIONS: Final = _PHRASE_OPENERS | {"during"}
#: How far before an event word a word of likeness makes it no happening.
_LIKENESS_REACH: Final = 5


#: Determiners of any event of a kind: "a national election", "any quake".
_ANY: Final = frozenset(words("a an any"))


def _any_such(tokens: Sequence[Token], k: int) -> bool:
    """Whether the event noun at ``k`` names any event of its kind, not one that happened.

    "The lowest in a national election since 1994", "the deadliest of any quake in
    decades": an indefinite event after a word of a record, or before "since", is the
    class a record is set in, not a happening of the story.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("It was the lowest turnout in a national election since 1994.")
        >>> _any_such(t, 8)
        True
        >>> _any_such(tokenize("A national election was held on Sunday."), 2)
        False
    """
    d = k - 1
    while d >= 0 and k - d <= 3 and tokens[d].text.islower() and tokens[d].low not in _ANY:
        d -= 1
    if d < 0 or tokens[d].low not in _ANY:
        return False
    if k + 1 < len(tokens) and tokens[k + 1].low == "since":
        return True
    # a word of a record the indefinite event is the measure of
    return any(sets_a_record(tokens, i) for i in range(max(1, d - 4), d))


@attrs.frozen
class _Capitals:
    """A sentence's runs of capitalized words and its counts of words, read once.

    ``first`` and ``last`` give, for each token, the run of capitalized words it stands
    in (``[first, last)``; a token outside any run is its own); ``words`` and ``capitals``
    count, up to each token, the words of more than three letters and the capitalized
    ones among them. A name's run and the words outside it are then read in constant
    time, however many event words a long run of capitals holds.
    """

    first: tuple[int, ...]
    last: tuple[int, ...]
    words: tuple[int, ...]
    capitals: tuple[int, ...]


def _capitals(tokens: Sequence[Token]) -> _Capitals:
    """Read a sentence's runs of capitalized words once (:class:`_Capitals`)."""
    n = len(tokens)
    in_run = [t.is_capitalized and t.text.isalpha() for t in tokens]
    first = list(range(n))
    for i in range(1, n):
        if in_run[i] and in_run[i - 1]:
            first[i] = first[i - 1]
    last = [i + 1 for i in range(n)]
    for i in range(n - 2, -1, -1):
        if in_run[i] and in_run[i + 1]:
            last[i] = last[i + 1]
    words = [0]
    capitals = [0]
    for t in tokens:
        long_word = t.text.isalpha() and len(t.text) > 3
        words.append(words[-1] + long_word)
        capitals.append(capitals[-1] + (long_word and t.is_capitalized))
    return _Capitals(tuple(first), tuple(last), tuple(words), tuple(capitals))


def _title_case(capitals: _Capitals, run: tuple[int, int]) -> bool:
    """Whether most words of a sentence outside a name are capitalized, as a headline's are.

    The name's own words are left out: in "The National Rally won 142 seats" they would
    make the short sentence look like a headline. A sentence that is all one run of
    capitalized words is a headline's.
    """
    lo, hi = run
    outside = capitals.words[-1] - (capitals.words[hi] - capitals.words[lo])
    upper = capitals.capitals[-1] - (capitals.capitals[hi] - capitals.capitals[lo])
    return not outside or upper * 2 > outside


def _letters_follow(tokens: Sequence[Token], last: int) -> bool:
    """Whether a name's run is followed by its letters in brackets: "... Alliance (RN)"."""
    return (
        last + 2 < len(tokens)
        and tokens[last].text == "("
        and tokens[last + 1].text.isalpha()
        and tokens[last + 1].text.isupper()
        and tokens[last + 2].text == ")"
    )


def _names_a_storm(tokens: Sequence[Token], k: int, tables: FrameTables) -> bool:
    """Whether an event word names the event a capitalized name after it gives.

    Examples:
        >>> from reconcile.extract._frames import frame_tables
        >>> from reconcile.extract._text import tokenize
        >>> _names_a_storm(tokenize("in the wake of Tropical Cyclone Chido"), 5, frame_tables())
        True
        >>> _names_a_storm(tokenize("the Storm Prediction Center said"), 1, frame_tables())
        False
    """
    return (
        tokens[k].low in tables.naming_words
        and k + 1 < len(tokens)
        and tokens[k + 1].is_capitalized
        and tokens[k + 1].text.isalpha()
        # a storm's name is one word: "Storm Prediction Center" names an office
        and not (k + 2 < len(tokens) and tokens[k + 2].is_capitalized)
    )


def _names_an_agency(tokens: Sequence[Token], k: int) -> bool:
    """Whether a plural event word opens an agency's name: "Elections Canada".

    The agency tells of the event's type, but the days its sentence gives are the
    agency's acts ("Elections Canada expects to finish the count on Monday").

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> _names_an_agency(tokenize("Elections Canada will count them on Monday."), 0)
        True
        >>> _names_an_agency(tokenize("Elections in Canada are held on Mondays."), 0)
        False
    """
    return (
        k + 1 < len(tokens)
        and tokens[k].is_capitalized
        and tokens[k].low.endswith("s")
        and tokens[k + 1].is_capitalized
        and tokens[k + 1].low in lex.PLACES
    )


def _in_a_name(tokens: Sequence[Token], k: int, read: list[_Capitals]) -> bool:
    """Whether an event word is a word of a proper name: "the National Rally".

    A capitalized event word after another capitalized word names a party or a body, not
    a happening, in a sentence not written in title case, or wherever the name's letters
    follow it in brackets ("National Rally Alliance (RN)", even in a table's run of
    capitalized words). ``read`` holds the sentence's capitals once read
    (:func:`_capitals`), for the next event word.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("Pollsters now put the National Rally well ahead of its rivals.")
        >>> _in_a_name(t, 5, []), _in_a_name(tokenize("A rally was held."), 1, [])
        (True, False)
        >>> _in_a_name(tokenize("The National Rally won 142 seats."), 2, [])
        True
        >>> _in_a_name(tokenize("Huge Peace Rally Draws Thousands To Capital"), 2, [])
        False
        >>> t = tokenize("Group Seats Votes Ensemble 161 National Rally Alliance (RN)")
        >>> _in_a_name(t, 6, [])
        True
    """
    if k <= 1 or not tokens[k].is_capitalized:
        return False
    prior = tokens[k - 1]
    if not (prior.is_capitalized and prior.text.isalpha()):
        return False
    if not read:
        read.append(_capitals(tokens))
    capitals = read[0]
    run = (capitals.first[k], capitals.last[k])
    return _letters_follow(tokens, run[1]) or not _title_case(capitals, run)


def asked_for(tokens: Sequence[Token], k: int, tables: FrameTables) -> bool:
    """Whether the event word at ``k`` names an event asked for or still to come.

    Examples:
        >>> from reconcile.extract._frames import frame_tables
        >>> from reconcile.extract._text import tokenize
        >>> def asked(text, word):
        ...     t = tokenize(text)
        ...     return asked_for(t, next(i for i, x in enumerate(t) if x.low == word),
        ...                      frame_tables())
        >>> asked("Opposition leaders called for a snap election.", "election")
        True
        >>> asked("The party won the snap election on Thursday.", "election")
        False
        >>> asked("If he is removed, an election will be held within 60 days.", "election")
        True
        >>> asked("Blowing up the dam would lead to the flooding of the city.", "flooding")
        True
        >>> asked("The dam burst led to the flooding of the city.", "flooding")
        False
        >>> asked("Jets patrolled in anticipation of another attack.", "attack")
        True
        >>> asked("He ruled out a snap election.", "election")
        True
        >>> asked("Gunmen carried out an attack.", "attack")
        False
    """
    ahead = tuple(t.low for t in tokens[k + 1 : k + 6])
    if any(ahead[: len(phrase)] == phrase for phrase in tables.unrealized_after):
        return True  # "an election will be held": still to come
    j = k - 1
    while j >= 0 and tokens[j].low in tables.unrealized_adjectives:
        j -= 1
    if j >= 0 and tokens[j].low in ("a", "an", "the", "another"):
        j -= 1
    while j >= 0 and tokens[j].low in tables.unrealized_adjectives:
        j -= 1  # "the next general election"
    if j < 0:
        return False
    low = tokens[j].low
    if low in tables.unrealized_before:
        return True
    if low == "out" and j >= 1 and tokens[j - 1].low in tables.unrealized_ruled_out:
        return True  # "ruled out a snap election": none held
    phrases = tables.unrealized_consequences.get(low)
    if phrases is not None:
        behind = tuple(t.low for t in tokens[max(0, j - 2) : j + 1])
        if any(behind[-len(phrase) :] == phrase for phrase in phrases):
            return True  # "the detonation would lead to the flooding": a feared outcome
    if low == "of" and j >= 1 and tokens[j - 1].low in tables.unrealized_fears:
        return True  # "in anticipation of another attack", "fears of a new war"
    return low == "for" and j >= 1 and tokens[j - 1].low in tables.unrealized_calls


def described_by_before(tokens: Sequence[Token], k: int, tables: FrameTables) -> bool:
    """Whether the words before an event word make it describe a thing ("won a landslide").

    A likeness names no happening either: "the equivalent of a magnitude 3.3
    earthquake" measures the blast the sentence is about.

    Examples:
        >>> from reconcile.extract._frames import frame_tables
        >>> from reconcile.extract._text import tokenize
        >>> def likened(text, word):
        ...     t = tokenize(text)
        ...     k = next(i for i, x in enumerate(t) if x.low == word)
        ...     return described_by_before(t, k, frame_tables())
        >>> likened("It is the closest thing the world has to a referendum.", "referendum")
        True
        >>> likened("The vote was akin to a referendum.", "referendum")
        True
        >>> likened("Parliament agreed to a referendum on Sunday.", "referendum")
        False
        >>> likened("In February, a similar text won 10 votes.", "text")
        False
    """
    j, stop, likened_to = k - 1, max(-1, k - 1 - _LIKENESS_REACH), False
    while j > stop:
        low = tokens[j].low
        if low == "to" and not likened_to:
            # "akin to a referendum", "the closest thing the world has to a referendum":
            # a likeness reaches past its "to"
            likened_to, stop = True, max(-1, j - _LIKENESS_REACH - 1)
            j -= 1
            continue
        if not low[:1].isalnum() or low in _PHRASE_OPENERS:
            # punctuation or a preposition ends the phrase the event word stands in:
            # "backed a similar call by 101 votes" is a vote, like another or not
            break
        if (
            low in tables.comparison_words
            and j == k - 1
            and j >= 1
            and tokens[j - 1].low in ("a", "an", "another")
            and not likened_to
        ):
            break  # "a similar text won 10 votes": another happening of the kind
        if low in tables.comparison_words or (low in tables.sensed_words and not likened_to):
            return True  # "like an earthquake", "heard explosions": no happening of its own
        j -= 1
    before = tables.not_events_after.get(tokens[k].low)
    if not before:
        return False
    j = k - 1
    if j >= 1 and tokens[j].low == "-" and tokens[j].start == tokens[j - 1].end:
        j -= 1  # "a bird-strike warning" as "a bird strike"
    elif j >= 0 and tokens[j].low in ("a", "an", "the"):
        j -= 1
    return j >= 0 and tokens[j].low in before


#: Words after which an event word of ``verbs_after_to`` is a verb: "to strike", "will flood".
_VERB_BEFORE: Final = frozenset(words("to will would could can may might must shall should"))


def named_by_subject(tokens: Sequence[Token], k: int, tables: FrameTables) -> str | None:
    """The event a verb names by its subject or object, else ``None``.

    "the last Norlandic troops left" is a withdrawal, "the army seized power" a coup.
    """
    for kind, objects in tables.object_naming_verbs.get(tokens[k].low, ()):
        # "seized power", "took to the streets", "handed over its first military base"
        if _object_within(tokens, k + 1, objects):
            return kind
        if k >= 1 and tokens[k - 1].low in _PASSIVE_AUXILIARIES:
            # "24 captives held in Gaza were freed": the passive's subject is its object
            for j in range(k - 2, max(-1, k - 2 - _SUBJECT_REACH * 2), -1):
                if tokens[j].low in objects:
                    return kind
                if tokens[j].low in (",", ";", "who", "which", "that"):
                    break
    found = tables.subject_naming_verbs.get(tokens[k].low)
    if found is None:
        return None
    kind, subjects = found
    for j in range(k - 1, max(-1, k - 1 - _SUBJECT_REACH), -1):
        if tokens[j].low in subjects:
            return kind
        if tokens[j].low in (",", ";", "and", "but", "who", "which", "that"):
            break
    return None


#: How far after a verb its object's noun may stand: "handed over its first military base".
_OBJECT_REACH: Final = 8
#: Words that end a verb's object before its noun is reached: "seized power in a coup".
_OBJECT_STOPS: Final = frozenset(
    words(", ; : . ( and but which who that in on at from after before with by since")
)


def _object_within(tokens: Sequence[Token], k: int, objects: AbstractSet[str]) -> bool:
    """Whether one of ``objects`` is the noun of the phrase that starts at ``k``.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("France handed over its first military base in Chad")
        >>> _object_within(t, 2, frozenset({"base"}))
        True
        >>> t = tokenize("France handed over aid in the town near the base")
        >>> _object_within(t, 2, frozenset({"base"}))
        False
    """
    for t in tokens[k : k + _OBJECT_REACH]:
        if t.low in objects:
            return True
        if t.low in _OBJECT_STOPS:
            return False
    return False


#: Auxiliaries of the passive: "were freed", "was released", "been handed".
_PASSIVE_AUXILIARIES: Final = frozenset(words("was were been be being is are"))


#: How far back from a deadline its verb may stand: "withdraw its 1,500 troops from
#: the country by the end of the year".
_DEADLINE_REACH: Final = 12
_DEADLINE_STOPS: Final = frozenset({",", ".", ";", ":", '"', "(", ")"})


def _deadline_verbs(
    tokens: Sequence[Token],
    times: Sequence[TimeExpression],
    tables: FrameTables,
    in_times: set[int],
) -> dict[int, str]:
    """The verbs of events that deadlines in the sentence are for, by index -> event type.

    "will withdraw its soldiers from Kesh by the end of the year" -> {withdraw: the
    withdrawal}: the nearest verb that names an event (``event_verbs``) before "by",
    "before" or "until" and its date, in the same clause.
    """
    out: dict[int, str] = {}
    for expr in times:
        if not deadline_before(tokens, expr.first):
            continue
        k = expr.first - 2
        while k >= 0 and expr.first - k <= _DEADLINE_REACH:
            low = tokens[k].low
            if low in _DEADLINE_STOPS:
                break
            # "will withdraw its soldiers by ...", "the troops will return home by ..."
            kind = tables.naming_verbs.get(low) or named_by_subject(tokens, k, tables)
            if kind is not None and k not in in_times:
                out.setdefault(k, kind)
                break
            k -= 1
    return out


def _event_place(places: Sequence[str]) -> str | None:
    """The place of an event its sentence names: the first, past a dateline's."""
    place = places[0] if places else None
    if place is not None and place.isupper():
        # a dateline's "ISTANBUL" is where the report was filed: the event's place
        # only when the sentence names no other
        place = places[1] if len(places) > 1 else place.title()
    return place


def find_event_mentions(
    tokens: Sequence[Token],
    sentence: int,
    occurrences: Sequence[TimeExpression],
    places: Sequence[str],
    tables: FrameTables,
    *,
    times: Sequence[TimeExpression] = (),
    bodies: Sequence[tuple[int, str]] | None = None,
    shifts: Sequence[tuple[int, StoryShift]] | None = None,
    words: AbstractSet[str] | None = None,
    story_type: str | None = None,
) -> list[EventMention]:
    """The event mentions of one sentence, dated by the day the sentence says it happened.

    ``occurrences`` are the sentence's time expressions that date a happening ("struck
    on Monday", "the February 6 tremor"), not a report ("the toll passed 20,000 on
    Thursday"). ``bodies`` are the voting bodies the sentence names
    (:func:`bodies_named`), read here when not given; ``shifts`` its phrases set back in
    story time (:func:`find_story_shifts`), likewise. ``story_type`` is the type of the
    event the article told of last: "the incident" of a sentence that names no event
    is a mention of it (``event_anaphors``).
    """
    place = _event_place(places)

    # "on March 14" is a date, not a march
    in_times = {k for t in (*times, *occurrences) for k in range(t.first, t.last)}
    capitals: list[_Capitals] = []  # read once, and only for a capitalized event word
    # most sentences name no event: one test for the whole sentence first
    any_event = names_any(tokens, tables.events.keys(), words) or names_any(
        tokens, tables.ambiguous_events.keys(), words
    )
    triggers = (
        [
            k
            for k, t in enumerate(tokens)
            if (t.low in tables.events or t.low in tables.ambiguous_events)
            and k not in in_times
            and not (k + 1 < len(tokens) and tokens[k + 1].low in tables.not_events_before)
            and not _object_of_another_sense(tokens, k, tables)  # "strikes a deal"
            # "the deadliest hurricane to strike the mainland", "blowing up the dam will
            # flood the territories": a verb, no strike or flood
            and not (k > 0 and tokens[k - 1].low in _VERB_BEFORE and t.low in tables.verbs_after_to)
            and not _verb_of_a_count(tokens, k)  # "U.S. fires 59 missiles": a verb
            and not _of_another(tokens, k, tables)  # "the outbreak of the war"
            and not described_by_before(tokens, k, tables)
            and not whole_of_a_figure(tokens, k, in_times)  # "34.2% of the vote": no vote
            and not _any_such(tokens, k)
            and not asked_for(tokens, k, tables)  # "called for an election": none held
            and (
                # "Tropical Cyclone Chido", "Super Typhoon Yagi": the storm, named
                _names_a_storm(tokens, k, tables)
                or not _in_a_name(tokens, k, capitals)  # "the National Rally": a party
            )
        ]  # "a landslide victory", "won by a landslide": a win, not a landslide
        if any_event
        else []
    )
    verb_kinds: dict[int, str] = {}
    bare = not triggers  # no noun names an event
    if bodies is None:
        bodies = bodies_named(tokens, tables, words=words) if tables.body_heads else []
    if bare and bodies:
        # "Russia vetoed the extension in the Security Council": a verb that names a
        # body's event, beside the body, names it undated
        verb_kinds = {
            k: kind
            for k, t in enumerate(tokens)
            if (kind := tables.naming_verbs.get(t.low) or body_verb_event(t.low, tables))
            in tables.bodied_events
            and k not in in_times
            and any(not _clause_between(tokens, b[0], k) for b in bodies)
        }
        triggers = sorted(verb_kinds)
    anaphors: dict[int, str] = {}
    if bare and not verb_kinds and story_type is not None:
        # "The incident occurred in the town late on Tuesday": the story's event, named
        # by a noun that stands for it
        anaphors = {
            k: story_type
            for k, t in enumerate(tokens)
            if t.low in tables.event_anaphors
            and k > 0
            and tokens[k - 1].low in _ANAPHOR_DETERMINERS
            and k not in in_times
            # the subject of a verb of happening: "the accident site", "affected by the
            # disaster" name no happening of their own
            and _happens(tokens, k + 1, story_type, tables)
        }
        triggers = sorted(anaphors)
    if occurrences:
        # "Protesters marched through the city on Sunday", "the junta, which seized
        # power on July 26, demanded their departure": a verb that names its event on
        # its own names it when a date is nearer to it than to any noun of an event
        # a bare verb ("voted", "marched") only where no noun names an event: beside
        # one it is mostly that event's verb ("the parliament voted on the resolution")
        verbs = {
            k: kind
            for k, t in enumerate(tokens)
            if (
                kind := (tables.naming_verbs.get(t.low) if bare else None)
                or named_by_subject(tokens, k, tables)
            )
            is not None
            and k not in in_times
        }
        for expr in occurrences:
            near = min((*triggers, *verbs), key=lambda j: (abs(j - expr.first), j), default=None)
            if near is not None and near in verbs and near not in verb_kinds:
                verb_kinds[near] = verbs[near]
        triggers = sorted({*triggers, *verb_kinds})
    due = _deadline_verbs(tokens, times, tables, in_times)
    if due:
        # "Valdoria will withdraw its troops by the end of the year": a deadline dates no
        # happening, but the verb it is the deadline of names the event it is due for
        verb_kinds.update({k: kind for k, kind in due.items() if k not in verb_kinds})
        triggers = sorted({*triggers, *verb_kinds})
    # each date dates the trigger nearest to it, so "adopted a resolution on Tuesday
    # condemning the attack" dates the resolution, not the attack
    dated: dict[int, list[TimeExpression]] = {}
    for expr in occurrences:
        if _ANAPHORIC & set(expr.text.casefold().split()):
            continue  # "the march a week earlier": another event, dated from the story's
        if deadline_before(tokens, expr.first):
            continue  # "to be completed by Dec. 31": a deadline, not the day it happened
        # "will meet on Tuesday after the council rejected a draft": a clause opened
        # straight after the date has its own event, not dated by it
        opened = expr.last < len(tokens) and tokens[expr.last].low in lex.CLAUSE_OPENERS
        # "vetoed a draft since the start of the war on October 7": a trigger before the
        # "since" of the date's phrase is not dated by the stretch's first day
        stretch = stretch_opened(tokens, expr.first)
        reached = [
            k
            for k in triggers
            if not (opened and k > expr.last)
            and not (stretch is not None and k < stretch)
            and not outcome_of(tokens, k, expr, tables)
        ]
        if reached:
            nearest = min(reached, key=lambda k: (abs(k - expr.first), k))
            dated.setdefault(nearest, []).append(expr)
    # "the march a week earlier": a shift back in story time places the trigger nearest it
    shifted: dict[int, StoryShift] = {}
    for at, shift in find_story_shifts(tokens, words=words) if shifts is None else shifts:
        if triggers:
            k = min(triggers, key=lambda j: (abs(j - at), j))
            if not any(t.low == "than" for t in tokens[max(0, k - _COMPARED_REACH) : k]):
                shifted.setdefault(k, shift)
            # else "higher than the estimate of the march a week earlier": the earlier
            # march is what the sentence's figure is compared with, not what it counts
    seen: dict[str, str | None] = {}  # an event type -> the name its first mention has
    names = {
        k: name
        for k in triggers
        if _names_a_storm(tokens, k, tables) and (name := _proper_name(tokens, k))
    }
    out: list[EventMention] = []
    # where each place is first named, for the place nearest each trigger (read only
    # when there is a choice)
    named_at: dict[str, int] = {}
    if triggers and len(places) > 1:
        named = [p for p in places if not p.isupper()]
        named_at = _first_named(tokens, named) if len(named) > 1 else {}
    for k in triggers:
        t = tokens[k]
        retyped = tables.event_types_after.get(t.low)
        kind = (
            verb_kinds.get(k)
            or anaphors.get(k)
            # "the handover of the Faya base": a withdrawal, no release of captives
            or _type_of_object(tokens, k, tables)
            # "a nationwide strike": a walkout, where "a drone strike" is an attack
            or (retyped.get(tokens[k - 1].low) if retyped and k > 0 else None)
            or tables.events.get(t.low)
            or tables.ambiguous_events[t.low][0]
        )
        day = (
            None
            if _names_an_agency(tokens, k)
            else _one_day(_own_dates(dated.get(k, []), times, occurrences, k))
        )
        earlier = shifted.get(k) if day is None else None
        name = names.get(k)
        if kind in seen and (name is None or seen[kind] == name):
            if day is not None:
                out = [attrs.evolve(m, day=m.day or day) if m.type == kind else m for m in out]
            continue
        # a second name is another event, with its own day: "the deadliest hurricane
        # since Hurricane Katrina in 2005" compares with Katrina
        seen.setdefault(kind, name)
        period = (
            _period(_not_of_another_name(times, triggers, names, k), k, tokens)
            if day is None and earlier is None
            else None
        )
        body = None
        # the body named nearest the trigger in its clause: "vetoed a Security Council
        # resolution"; "the vote came after Marland vetoed a council draft" names none
        if kind in tables.bodied_events:
            in_clause = [b for b in bodies if not _clause_between(tokens, b[0], k)]
            if in_clause:
                body = min(in_clause, key=lambda b: (abs(b[0] - k), b[0]))[1]
        # a verb names its event by the event's type: "marched" tells of a protest
        by_verb = k in verb_kinds
        trigger = kind if by_verb or k in anaphors else t.low
        out.append(
            EventMention(
                kind,
                trigger,
                sentence,
                t.start,
                day,
                # "Paris will withdraw its troops from Niger, two months after a coup":
                # the place named nearest the trigger, not the first
                min(named_at, key=lambda p: (abs(named_at[p] - k), named_at[p]))
                if named_at
                else place,
                period,
                earlier,
                body,
                by_verb,
                # "the last election in 2021": the one before; a lasting event's last
                # part is its end ("the last withdrawal flight"), not another event
                kind not in tables.lasting_days and _named_as_before(tokens, k),
                name,
                released_on(tokens, k, times, tables) if day is None else None,
            )
        )
    return out


def event_describing_doer(tokens: Sequence[Token], verb: int, tables: FrameTables) -> int | None:
    """The event word that describes the doer of the verb at ``verb``, if one does.

    In "the election results released on Friday" the results were released, not the
    election: the word before the verb (past "be" and "have") is a noun an event word
    stands just before. "The blasts occurred on Friday" has the event as its doer.

    Examples:
        >>> from reconcile.extract._frames import frame_tables
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("the final election results were released on Friday")
        >>> event_describing_doer(t, 5, frame_tables())
        2
        >>> tables = frame_tables()
        >>> event_describing_doer(tokenize("the blasts occurred on Friday"), 2, tables)
        >>> event_describing_doer(tokenize("the blasts that occurred"), 3, tables)
    """
    doer = verb - 1
    while doer >= 0 and tokens[doer].low in lex.BE_AND_HAVE:
        doer -= 1  # "the results were released"
    if (
        doer >= 1
        and tokens[doer].text.isalpha()
        and tokens[doer].text.islower()
        and tokens[doer].low not in lex.FUNCTION_WORDS  # "the bombings that occurred"
        and tokens[doer].low not in tables.events
        and tokens[doer - 1].low in tables.events
    ):
        return doer - 1
    return None


def released_on(
    tokens: Sequence[Token], k: int, times: Sequence[TimeExpression], tables: FrameTables
) -> dt.date | None:
    """The day a result of the event at ``k`` was released, its last day if longer.

    "The final election results released on Friday": a later day than the election's,
    which it bounds from above.

    Examples:
        >>> from reconcile.extract._dates import find_time_expressions
        >>> from reconcile.extract._frames import frame_tables
        >>> from reconcile.extract._text import tokenize
        >>> text = "It won 48 seats, the final election results released on Friday show."
        >>> times = find_time_expressions(text, anchor=dt.date(2023, 11, 4))
        >>> released_on(tokenize(text), 7, times, frame_tables())
        datetime.date(2023, 11, 3)
    """
    for expr in times:
        span = expr.span
        if expr.type not in ("DATE", "TIME") or span is None or span.start is None:
            continue
        verb = expr.first - 1
        if verb >= 0 and tokens[verb].low in ON_A_DAY:
            verb -= 1
        if (
            verb >= 0
            and tokens[verb].low.endswith("ed")
            and event_describing_doer(tokens, verb, tables) == k
        ):
            return span.end or span.start
    return None


#: Determiners before a noun that stands for the story's event: "the incident", "this
#: tragedy"; "an incident" is another, new one.
_ANAPHOR_DETERMINERS: Final = frozenset(words("the this that"))
#: Auxiliaries between an event noun and its verb of happening: "the blast had occurred",
#: "the incident was ...".
HAPPENING_AUXILIARIES: Final = frozenset(words("was were had has have"))


def _happens(tokens: Sequence[Token], k: int, kind: str, tables: FrameTables) -> bool:
    """Whether the words at ``k`` are a verb of happening, or one ``kind`` is done by.

    "occurred", "had taken place", "struck" (of a quake): what the noun before them
    does is happen.

    Examples:
        >>> from reconcile.extract._frames import frame_tables
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("the incident had occurred late on Tuesday")
        >>> _happens(t, 2, "explosion", frame_tables())
        True
        >>> _happens(tokenize("the accident site"), 2, "explosion", frame_tables())
        False
    """
    if k < len(tokens) and tokens[k].low in HAPPENING_AUXILIARIES:
        k += 1
    if k >= len(tokens):
        return False
    low = tokens[k].low
    return low in tables.event_verbs.get(kind, ()) or any(
        phrase[0] == low and tuple(t.low for t in tokens[k : k + len(phrase)]) == phrase
        for phrase in tables.occurrence_phrases
    )


def _object_of_another_sense(tokens: Sequence[Token], k: int, tables: FrameTables) -> bool:
    """Whether the object after the event word at ``k`` makes it a verb of another sense.

    Examples:
        >>> from reconcile.extract._frames import frame_tables
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("Theresa May strikes deal with the DUP")
        >>> _object_of_another_sense(t, 2, frame_tables())
        True
        >>> _object_of_another_sense(tokenize("the strikes on Kyiv"), 1, frame_tables())
        False
    """
    objects = tables.not_events_objects.get(tokens[k].low)
    if not objects:
        return False
    j = k + 1
    while j < len(tokens) and tokens[j].low in ("a", "an", "the", "new"):
        j += 1
    return j < len(tokens) and tokens[j].low in objects


def _type_of_object(tokens: Sequence[Token], k: int, tables: FrameTables) -> str | None:
    """The type the object after "of" gives the event word at ``k``, else ``None``.

    Examples:
        >>> from reconcile.extract._frames import frame_tables
        >>> from reconcile.extract._text import tokenize
        >>> _type_of_object(tokenize("the handover of the Faya base"), 1, frame_tables())
        'withdrawal'
        >>> _type_of_object(tokenize("the handover of 24 hostages"), 1, frame_tables()) is None
        True
    """
    types = tables.event_types_of.get(tokens[k].low)
    if not types or k + 1 >= len(tokens) or tokens[k + 1].low != "of":
        return None
    return next((kind for kind, objects in types if _object_within(tokens, k + 2, objects)), None)


def _not_of_another_name(
    times: Sequence[TimeExpression], triggers: Sequence[int], names: dict[int, str], k: int
) -> Sequence[TimeExpression]:
    """The times, less those nearer an event word of another name than to ``k``.

    "the second-deadliest hurricane, topped only by Hurricane Katrina in 2005": 2005 is
    Katrina's year, not the sentence's own storm's.
    """
    if not names:
        return times
    own = names.get(k)
    out = []
    for t in times:
        # the nearest of the sorted triggers, the earlier on a tie, found by bisection
        at = bisect.bisect_left(triggers, t.first)
        near = triggers[max(0, at - 1) : at + 1]
        nearest = min(near, key=lambda j: (abs(j - t.first), j))
        if nearest == k or names.get(nearest) in (None, own):
            out.append(t)
    return out


def _verb_of_a_count(tokens: Sequence[Token], k: int) -> bool:
    """Whether an event word in "-s" is a verb whose object a count opens.

    "U.S. fires 59 missiles", "Army strikes 3 bases": a count and its noun after the
    word make it a verb, while "the protests 3 days ago" keeps its time.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> _verb_of_a_count(tokenize("U.S. fires 59 missiles at air base"), 1)
        True
        >>> _verb_of_a_count(tokenize("the protests 3 days ago"), 1)
        False
    """
    return (
        tokens[k].low.endswith("s")
        and k + 2 < len(tokens)
        and tokens[k + 1].is_number
        and tokens[k + 2].text.isalpha()
        and tokens[k + 2].low not in lex.TIME_UNITS
    )


def _proper_name(tokens: Sequence[Token], k: int) -> str | None:
    """The proper name after an event word that takes one: "Helene" of "Hurricane Helene".

    A capitalized word that is no month, weekday or country: "the storm Saturday" and
    "the cyclone Myanmar was spared" name none.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> _proper_name(tokenize("Tropical Storm Daniel hit Libya."), 1)
        'Daniel'
        >>> _proper_name(tokenize("the storm Saturday"), 1) is None
        True
    """
    if k + 1 >= len(tokens):
        return None
    after = tokens[k + 1]
    if not (after.is_capitalized and after.text.isalpha() and len(after.text) > 1):
        return None
    if after.low in lex.MONTHS or after.low in lex.WEEKDAYS or after.low in lex.COUNTRIES:
        return None
    return after.text


#: Words before an event word that name the one before the news: "the last election".
_BEFORE_THIS: Final = frozenset(words("last previous prior preceding"))


def _named_as_before(tokens: Sequence[Token], k: int) -> bool:
    """Whether the event word at ``k`` follows "the last", "the previous" or the like."""
    j = k - 1
    while j >= 0 and tokens[j].text.isalpha() and tokens[j].text.islower() and k - j <= 3:
        if tokens[j].low in _BEFORE_THIS:
            return j >= 1 and tokens[j - 1].low in ("the", "its", "their")
        j -= 1
    return False


def lead_event(
    mentions: Sequence[EventMention],
    body: str | None = None,
    *,
    published: dt.date | None = None,
) -> EventMention | None:
    """The article's lead event: the first mentioned near the top, dated where it can be.

    Its day is the first day any mention of its type gives within the lead sentences, so
    "Twin blasts hit Kerman. ... The attack on Wednesday ..." dates the blasts; a day
    after ``published`` never does. ``body``
    is the voting body the article names first: of votes, the lead is that body's (a
    report of an assembly's vote that recalls a council's veto leads with the assembly).
    """
    news = [m for m in mentions if m.earlier is None and not m.before_this]
    # "When Theresa May faced a confidence vote in 2018", in a report of 2022 that goes
    # on to today's vote: an event dated only by a period long over is not the news
    # while the article names another; alone, it is ("a fire in 2011 killed 100")
    news = [m for m in news if not long_over(m, published)] or news
    if not news and mentions and all(m.before_this for m in mentions):
        # "down from 67.3 per cent at the last election in 2021", and no other: the news
        # is an event of that type, but not the one before it, nor of its year
        first = mentions[0]
        news = [attrs.evolve(first, day=None, period=None, before_this=False)]
    current = news or list(mentions)
    top = [m for m in current if m.sentence < LEAD_SENTENCES]
    if not top and current:
        # no event named near the top: the article's news is of the type it names
        # first, but not of the months or years a later sentence gives that mention
        # ("the lowest turnout in a national election since 2019"), a comparison
        top = [attrs.evolve(current[0], period=None)]
    if not top:
        return None
    counts = Counter(m.type for m in top)
    lead = next(m for m in top if counts[m.type] == max(counts.values()))
    if lead.body is not None and body is not None:
        lead = next((m for m in top if m.type == lead.type and m.body == body), lead)

    def same(m: EventMention) -> bool:
        return m.type == lead.type and m.body == lead.body

    # the day the lead sentences give the event; else the latest day the article gives
    # an event of its type, since news leads with the newest happening. A day after the
    # report is one scheduled ("a vote on a nominee on Wednesday, Oct. 11", at the top of
    # a live page): another event, never the day of the news
    def happened(m: EventMention) -> bool:
        return same(m) and m.day is not None and (published is None or m.day <= published)

    day = next((m.day for m in top if happened(m)), None)
    if day is None:
        days = [
            m.day
            for m in current
            if happened(m)
            and m.day is not None
            # "accused Israel of an air strike in Syria on April 1": an event of the
            # type in another place is another event, and its day not the lead's
            and (m.place is None or lead.place is None or m.place == lead.place)
        ]
        day = max(days) if days else None
    place = lead.place or next((m.place for m in top if same(m) and m.place), None)
    return attrs.evolve(lead, day=day, place=place)


def verb_named_lead(
    sentences: Sequence[Sequence[Token]],
    tables: FrameTables,
    places: Mapping[int, Sequence[str]] | None = None,
) -> EventMention | None:
    """The event an article that names none by a noun or a dated verb tells of, if any.

    A verb that names its event on its own (``naming_verbs``) names it without a date
    only in a report with no other mention of an event: "At least 78 people died after
    a boat capsized on the lake", at the top, tells of a crash, undated, which the
    corpus then dates by the reports that date it. Beside another mention the verb is
    mostly that event's, or an aside; read from the lead sentences only, where the
    news is told. ``places`` are the places each sentence names, by its index: the
    event's is its sentence's.

    Examples:
        >>> from reconcile.extract._frames import frame_tables
        >>> from reconcile.extract._text import tokenize
        >>> lead = [tokenize("At least 78 people died after a ferry capsized on the lake.")]
        >>> mention = verb_named_lead(lead, frame_tables())
        >>> mention.type, mention.trigger, mention.day, mention.by_verb
        ('crash', 'crash', None, True)
        >>> verb_named_lead([tokenize("The toll rose to 78 on the lake.")], frame_tables()) is None
        True
    """
    for index, tokens in enumerate(sentences[:LEAD_SENTENCES]):
        for token in tokens:
            kind = tables.naming_verbs.get(token.low)
            if kind is not None:
                place = _event_place((places or {}).get(index, ()))
                return EventMention(kind, kind, index, token.start, place=place, by_verb=True)
    return None


#: How long before a report a period must have ended for an event it alone dates to be
#: an earlier one, not the news: a year, so that a follow-up of last month's vote or a
#: toll revised weeks on still leads with its event.
_LONG_OVER_DAYS: Final = 365


def long_over(mention: EventMention, published: dt.date | None) -> bool:
    """Whether a mention is dated only by a period that ended a year or more before."""
    return (
        published is not None
        and mention.day is None
        and mention.period is not None
        and (published - mention.period[1]).days > _LONG_OVER_DAYS
    )


def settle_ambiguous(
    mentions: Sequence[EventMention],
    tables: FrameTables,
    *,
    contenders: AbstractSet[str] = frozenset(),
    tallied: bool = False,
) -> list[EventMention]:
    """Mentions with their ambiguous words read by the article: "the vote" of an election.

    A word such as "vote" names a council's vote, unless the article names an event of
    the other type the word may mean (an election), whose vote it then is. A vote held
    by a body ("the Assembly's votes") stays the body's vote: a referendum in the
    background does not make an assembly's votes an election. But a "body" that is one
    of the article's ``contenders`` (the names its shares and votes won are of: "the
    African National Congress had 42.34% (3,034,025 votes)") is a party in a race, and
    the votes are the race's, named or not. An article that counts members voting for
    and against (``tallied``) and names no contender tells of a body's vote: the election
    it names ("since the July elections") is background.

    Examples:
        >>> from reconcile.extract._frames import frame_tables
        >>> m = EventMention("vote", "votes", 1, 0, body="National Congress")
        >>> parties = {"African National Congress"}
        >>> settled = settle_ambiguous([m], frame_tables(), contenders=parties)
        >>> settled[0].type, settled[0].body
        ('election', None)
        >>> settle_ambiguous([m], frame_tables())[0].type
        'vote'
        >>> vote = EventMention("vote", "vote", 1, 0)
        >>> race = EventMention("election", "election", 2, 0)
        >>> [m.type for m in settle_ambiguous([vote, race], frame_tables())]
        ['election', 'election']
        >>> [m.type for m in settle_ambiguous([vote, race], frame_tables(), tallied=True)]
        ['vote', 'election']
    """
    types = {m.type for m in mentions}
    out: list[EventMention] = []
    for m in mentions:
        readings = tables.ambiguous_events.get(m.trigger)
        if readings is None:
            out.append(m)
            continue
        if m.body is not None and names_a_contender(m.body, contenders):
            out.append(attrs.evolve(m, type=_RACE, body=None))
            continue
        body_vote = tallied and not contenders and readings[0] == _BODY_VOTE
        settled = readings[1] in types and m.body is None and not body_vote
        out.append(attrs.evolve(m, type=readings[1]) if settled else m)
    return out


def race_and_tallies(claims: Iterable[Claim], tables: FrameTables) -> tuple[frozenset[str], bool]:
    """What claims tell of a race or a body's vote, for :func:`settle_ambiguous`.

    Returns the contenders (the subjects of the attributes only a race gives: shares and
    votes won) and whether the claims count members of a body voting ("331 MPs voted
    to oust him").

    Examples:
        >>> from reconcile.model import Claim
        >>> from reconcile.extract._frames import frame_tables
        >>> from reconcile.values import Quantity
        >>> share = Claim("a#1", "a", "ANC", "vote_share", Quantity.exact(40))
        >>> tally = Claim("a#2", "a", "members", "voted_for", Quantity.exact(331))
        >>> race_and_tallies([share, tally], frame_tables())
        (frozenset({'ANC'}), True)
    """
    race = tables.event_accepts.get(_RACE, ())
    contenders: set[str] = set()
    tallied = False
    for claim in claims:
        if claim.attribute in tables.one_event_attributes and claim.attribute in race:
            contenders.add(claim.subject)
        tallied = tallied or (
            claim.attribute in lex.TALLY_SIDES and claim.subject.startswith("members")
        )
    return frozenset(contenders), tallied


#: The type of event whose contenders win shares and votes.
_RACE: Final = "election"
#: The type of a body's vote, whose members vote for and against.
_BODY_VOTE: Final = "vote"


def names_a_contender(body: str, contenders: AbstractSet[str]) -> bool:
    """Whether a body's name is one of ``contenders`` or ends one ("National Congress").

    Examples:
        >>> names_a_contender("National Congress", {"African National Congress"})
        True
        >>> names_a_contender("Security Council", {"African National Congress"})
        False
    """
    return any(name == body or name.endswith(f" {body}") for name in contenders)


def settle_bodies(
    mentions: Sequence[EventMention], named: Sequence[tuple[int, str, bool]], tables: FrameTables
) -> list[EventMention]:
    """Mentions of votes with the body that held them, as the whole article names it.

    ``named`` are the bodies the article names, in order, each with the index of its
    sentence and whether it stands in its main clause. "The council" is the body named
    with that head noun. A vote whose sentence names no body is the vote of the body
    whose vote its day dates ("Friday's draft"); with no day ("The draft had 96
    co-sponsors"), of the body the last sentence naming one in its main clause named
    first, since a report moves from one body's vote to another's sentence by sentence,
    leaving out sentences of background (a vote "in October"); before any, the first
    body the article names.

    Examples:
        >>> from reconcile.extract._frames import frame_tables
        >>> m = EventMention("vote", "resolution", 3, 0, body="council")
        >>> n = EventMention("vote", "draft", 4, 0)
        >>> named = [(0, "General Assembly", True), (0, "Security Council", False),
        ...          (3, "council", True)]
        >>> [x.body for x in settle_bodies([m, n], named, frame_tables())]
        ['Security Council', 'Security Council']
    """
    proper = [name for _, name, _ in named if not name.islower()]
    opening = proper[0] if proper else None
    # a sentence of background ("In October, the Assembly passed ...") is no sentence
    # the story returns from: "Friday's draft won 13 votes" after it is not the Assembly's
    background = {
        m.sentence
        for m in mentions
        if m.body is not None and (m.period is not None or m.earlier is not None)
    }
    first_of = {k: b for k, b in bodies_by_sentence(named).items() if k not in background}
    told = sorted(first_of)
    on_day: dict[dt.date, str] = {}  # the body whose vote a day dates, first named
    for m in mentions:
        if m.body is not None and m.day is not None and m.type in tables.bodied_events:
            on_day.setdefault(m.day, _resolved(m.body, proper))
    out: list[EventMention] = []
    for mention in mentions:
        if mention.type not in tables.bodied_events:
            out.append(mention)
            continue
        if mention.body is not None:
            body: str | None = _resolved(mention.body, proper)
        elif mention.day is not None and mention.day in on_day:
            body = on_day[mention.day]  # "Friday's draft": the vote of that Friday
        else:
            at = bisect.bisect_right(told, mention.sentence) - 1
            body = first_of[told[at]] if at >= 0 else opening
        out.append(attrs.evolve(mention, body=body))
    return out
