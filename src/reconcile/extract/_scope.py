"""What period a casualty count covers, and whether it is an earlier report.

Conflict reporting mixes the toll of one event ("the strike killed 21") with running
totals ("150,000 people have been killed in the war", "40,000 since October 7", "300
so far this year") and with figures the article itself says are out of date ("the
ministry had earlier reported 12 deaths", "up from 12", "an earlier toll of 12"). A
running total answers another question than an event's toll, so its subject carries
the period ("people (in the war)"); an earlier report gets a time scope before the
publication date, so that the article's current figure *updates* it rather than
contradicting it.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence
from typing import Final

import attrs

from reconcile.extract._dates import TimeExpression
from reconcile.extract._lexicon import CASUALTY, CHANGE_VERBS, RECORD_WORDS, SAY_VERBS, words
from reconcile.extract._text import Token
from reconcile.values import DateSpan, Granularity

#: Counts whose period matters: what happens to people in violence and disasters.
SCOPED_ATTRIBUTES: Final = CASUALTY
#: Nouns of a long conflict: a count "in the war" is its running total. Words for one
#: engagement ("fighting", "clashes", "attack") are left out: they name the event itself.
_WARS: Final = frozenset(
    words("war conflict insurgency uprising invasion hostilities occupation genocide")
)
_WAR_LEADS: Final = frozenset(words("in during since throughout of the this its their"))
_STARTED: Final = frozenset(words("began begun started erupted broke escalated"))
#: Reporting verbs: "had earlier reported 12", "initially put the toll at 12".
_REPORTED: Final = frozenset(
    words(
        """reported said put given announced stated confirmed counted estimated recorded
        gave"""
    )
)
_EARLIER_ADVERBS: Final = frozenset(words("earlier previously initially originally first"))
_EARLIER_NOUNS: Final = frozenset(
    words("toll tolls figure figures count tally estimate estimates report number")
)
_EARLIER_ADJECTIVES: Final = frozenset(
    words("earlier previous initial preliminary prior first original")
)
#: A running total "so far this year", "last year": the lead of a year expression.
_YEAR_LEADS: Final = frozenset(words("this last"))


@attrs.frozen
class CountScope:
    """The period of a count and whether it is an earlier report.

    Attributes:
        period: what the subject is qualified with ("in the war", "since 2024-10-07",
            "in 2025"), or ``None`` for the toll of the event at hand.
        earlier: the text reports the figure as out of date.
        used: the first tokens of the time expressions that state the period; they date
            the count's period, not an event.
    """

    period: str | None = None
    earlier: bool = False
    used: frozenset[int] = frozenset()


def count_scope(
    tokens: Sequence[Token],
    first: int,
    last: int,
    clause: tuple[int, int],
    times: Sequence[TimeExpression],
) -> CountScope:
    """The scope of the count whose figure spans tokens ``first`` to ``last``.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = "Around 150,000 people have been killed in the war."
        >>> tokens = tokenize(t)
        >>> count_scope(tokens, 0, 2, (0, len(tokens)), []).period
        'in the war'
        >>> t = "The ministry had earlier reported 12 deaths."
        >>> tokens = tokenize(t)
        >>> count_scope(tokens, 5, 6, (0, len(tokens)), []).earlier
        True
    """
    lo, hi = clause
    dated, used = _dated_period(tokens, last, hi, times)
    if dated is None and not used:
        dated, used = _when_then(tokens, first, times)
    # "an organisation that reports on the war, said four soldiers were killed": the
    # words before the verb of saying tell of the source, not of what the figure counts
    told = next((k + 1 for k in range(first - 1, lo - 1, -1) if tokens[k].low in SAY_VERBS), lo)
    # "killed about 100 people, officials said, following a lull since the end of the
    # civil war": past a verb of saying after it, a clause of its own
    tag = next((k for k in range(last, hi) if tokens[k].low in SAY_VERBS), hi)
    return CountScope(
        period=_war(tokens, told, tag) or dated,
        earlier=_is_earlier(tokens, first, lo),
        used=used,
    )


def _war(tokens: Sequence[Token], lo: int, hi: int) -> str | None:
    """The running total of a war: "in the war", "since the fighting began"."""
    for k in range(lo + 2, hi - 1):
        # "since the fighting began": any fighting counted from its start is the war's
        if (
            tokens[k - 2].low == "since"
            and tokens[k - 1].low == "the"
            and tokens[k + 1].low in _STARTED
        ):
            return "in the war"
    for k in range(lo, hi):
        if tokens[k].low in _WARS and k > lo and tokens[k - 1].low not in ("a", "an"):
            lead = {t.low for t in tokens[max(lo, k - 4) : k]}
            if lead & _WAR_LEADS or tokens[k - 1].low.endswith("'s"):
                return "in the war"
    return None


def _dated_period(
    tokens: Sequence[Token], last: int, hi: int, times: Sequence[TimeExpression]
) -> tuple[str | None, frozenset[int]]:
    """A dated period after the figure: "since October 7", "so far this year"."""
    for expr in times:
        if not (last <= expr.first < hi) or expr.span is None or expr.type != "DATE":
            continue
        lead = tokens[expr.first - 1].low if expr.first > 0 else ""
        if lead == "since" and _after_a_superlative(tokens, expr.first - 1, last):
            # "42 killed, the deadliest attack since 2019": how far back the record
            # reaches, no period of the count, nor a day of its event
            return None, frozenset({expr.first})
        if lead == "since" and expr.value[4:] in ("-01", "-01-01"):
            # "since January" counts the year so far, as "this year" does
            return f"in {expr.value[:4]}", frozenset({expr.first})
        if lead == "since":
            return f"since {expr.value}", frozenset({expr.first})
        opening = tokens[expr.first].low
        if opening in _YEAR_LEADS and expr.value.isdecimal() and len(expr.value) == 4:
            return f"in {expr.value}", frozenset({expr.first})
    return None, frozenset()


def _after_a_superlative(tokens: Sequence[Token], since: int, lo: int) -> bool:
    """Whether a superlative stands a few words before "since" at ``since``.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("42 soldiers killed, the deadliest attack since 2019")
        >>> _after_a_superlative(t, 7, 2), _after_a_superlative(tokenize("killed since 2019"), 1, 0)
        (True, False)
    """
    for k in range(since - 1, max(lo - 1, since - 5), -1):
        low = tokens[k].low
        if low in RECORD_WORDS or (low.endswith("est") and len(low) > 4 and low.isalpha()):
            return True
    return False


def is_prior_value(tokens: Sequence[Token], first: int, lo: int) -> bool:
    """Whether the figure at ``first`` is the value a change started from.

    "36% of the vote, up from 29%", "rose from 12 to 21": the figure is what the same
    thing measured before, so it shares the subject of the figure it is compared with.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> tokens = tokenize("Turnout was 61%, down from 67% at the last election.")
        >>> is_prior_value(tokens, 7, 0), is_prior_value(tokens, 2, 0)
        (True, False)
        >>> tokens = tokenize("It rose to 159, far higher than the 99 reported earlier.")
        >>> is_prior_value(tokens, 9, 0)
        True
        >>> is_prior_value(tokenize("It is higher than the 99 in Chile."), 5, 0)
        False
        >>> is_prior_value(tokenize("The SNP lost 39 of its 48 seats."), 6, 0)
        True
    """
    before = [t.low for t in tokens[max(lo, first - _CHANGE_REACH) : first]]
    if len(before) >= 3 and before[-3] == "(" and _is_year(before[-2]) and before[-1] == ":":
        return True  # "BJP: 240 seats (2019: 303)": the figure of an earlier year
    if before[-1:] == ["the"]:
        before = before[:-1]  # "down from the 288 announced on Saturday"
    if before[-2:] in (["up", "from"], ["down", "from"]):
        return True
    if before[-2:] in (["compared", "with"], ["compared", "to"]):
        # "47 deputies, compared with 31 in the outgoing parliament"; but "62%, compared
        # with 38% for 'approve'" or "compared to 26.1% who voted in favour" sets a rival
        # beside it, not its earlier value
        # (the figure's hedge may stand first: "compared with just over 38 percent for")
        after = list(
            itertools.takewhile(
                lambda t: t.low not in (",", ";", "."), tokens[first + 1 : first + 6]
            )
        )
        lows = [t.low for t in after]
        # "compared to the 44.30% that Massa obtained": a rival named after "that"
        named = any(t.low == "that" and nxt.is_capitalized for t, nxt in itertools.pairwise(after))
        return "for" not in lows and "who" not in lows and not named
    if before[-1:] == ["than"]:
        # "rose to 159, far higher than the 99 reported earlier": the figure an earlier
        # report gave, not a rival's ("higher than the 99 in Chile")
        return any(t.low in _EARLIER_REPORTS for t in tokens[first + 1 : first + 4])
    if before[-2:] in (["of", "its"], ["of", "their"]) and any(
        w in _LOSING_OR_GAINING for w in before[:-2]
    ):
        return True  # "the SNP lost 39 of its 48 seats": the seats it held before
    # "rose from 12 to 21"; "slumped to 121 seats, from 365 in 2019"
    return before[-1:] == ["from"] and any(w in CHANGE_VERBS for w in before[:-1])


#: Verbs of a change of what a holder had, before "of its N": "lost 39 of its 48 seats".
_LOSING_OR_GAINING: Final = frozenset(words("lost lose loses losing shed sheds"))


#: Words after a compared figure that make it an earlier report's: "than the 99
#: reported earlier", "than the 120 previously announced".
_EARLIER_REPORTS: Final = frozenset(
    words("reported announced given cited stated confirmed earlier previously initially")
)


#: How far before "from <figure>" the verb of change may stand: "slumped to 121
#: seats, from 365".
_CHANGE_REACH: Final = 7
#: How far before a time expression the prior value it dates may stand.
_PRIOR_REACH: Final = 8
#: Tokens that end the look back from a time expression for a prior value.
_PRIOR_BREAKS: Final = frozenset(words(", ; . and but while whereas ( )"))


def _is_year(word: str) -> bool:
    return word.isdecimal() and len(word) == 4 and 1800 <= int(word) <= 2100


def dates_prior_value(tokens: Sequence[Token], expr: TimeExpression) -> bool:
    """Whether a time expression dates a prior value: "up from 29% five years ago".

    Such a date is when the earlier figure held; it dates no event of the story.

    Examples:
        >>> from reconcile.extract._dates import time_expressions_in
        >>> from reconcile.extract._text import tokenize
        >>> text = "Turnout was 61%, down from 67% five years ago."
        >>> tokens = tokenize(text)
        >>> times, _ = time_expressions_in(text, tokens, dt.date(2025, 5, 9))
        >>> [(t.text, dates_prior_value(tokens, t)) for t in times]
        [('five years ago', True)]
    """
    # back to the number over its unit and a phrase placing it: "up from 29% five
    # years ago", "down from 365 at the previous election in 2021"; a clause break
    # or another verb's figure ends the look
    if (
        expr.first >= 1
        and tokens[expr.first - 1].low == "("
        and expr.last + 1 < len(tokens)
        and tokens[expr.last].low == ":"
        and tokens[expr.last + 1].is_number
    ):
        return True  # "(2019: 303)": the year an earlier figure held
    for k in range(expr.first - 1, max(-1, expr.first - _PRIOR_REACH), -1):
        if tokens[k].low in _PRIOR_BREAKS:
            return False
        if tokens[k].is_number:
            return is_prior_value(tokens, k, 0)
    return False


def _when_then(
    tokens: Sequence[Token], first: int, times: Sequence[TimeExpression]
) -> tuple[str | None, frozenset[int]]:
    """A past time a "when" clause tells of: "since 2009, when 110 people died".

    The count is of what happened then, not of the event the article reports.

    Examples:
        >>> from reconcile.extract._dates import time_expressions_in
        >>> from reconcile.extract._text import tokenize
        >>> text = "It was the worst crash since 2009, when 110 people died."
        >>> tokens = tokenize(text)
        >>> times, _ = time_expressions_in(text, tokens, dt.date(2025, 2, 3))
        >>> _when_then(tokens, 10, times)
        ('in 2009', frozenset({6}))
    """
    for expr in times:
        if expr.type != "DATE" or expr.span is None or expr.last > first:
            continue
        if expr.span.granularity is Granularity.DAY and not (
            expr.first > 0 and tokens[expr.first - 1].low == "since"
        ):
            # "collided with a truck last Friday, when 108 people were killed": a day the
            # story names is its event's, the count its toll, no other time's
            continue
        between = [t.low for t in tokens[expr.last : first]]
        opens = between[:2] == [",", "when"] or between[:1] == ["when"]
        if opens and not any(w in (".", ";", ",") for w in between[2:]):
            return f"in {expr.value}", frozenset({expr.first})
    return None, frozenset()


def _is_earlier(tokens: Sequence[Token], first: int, lo: int) -> bool:
    """Whether the text gives the figure as an earlier report."""
    before = [t.low for t in tokens[max(lo, first - 6) : first]]
    if is_prior_value(tokens, first, lo):
        return True  # "up from 12", "rose from 12 to 21": 12 is the earlier figure
    if (
        len(before) >= 2
        and before[-1] == "of"
        and before[-2] in _EARLIER_NOUNS
        and any(w in _EARLIER_ADJECTIVES for w in before[-4:-2])
    ):
        return True  # "an earlier toll of 12"
    for k, low in enumerate(before):
        if low in _REPORTED:
            lead = before[max(0, k - 2) : k]
            if "had" in lead or any(w in _EARLIER_ADVERBS for w in lead):
                return True  # "had earlier reported 12", "initially put the toll at 12"
    return False


#: Votes whose eve a figure may be told at: "Before the election, it held 279 seats".
_VOTE_EVENTS: Final = frozenset(words("election elections vote poll polls ballot referendum"))
#: "at the last election", "in the previous vote": an earlier happening of the kind.
_EARLIER_EVENT_LEADS: Final = frozenset(words("at in"))
_EARLIER_EVENT_ADJECTIVES: Final = frozenset(words("last previous preceding prior"))
_EARLIER_EVENT_STOPS: Final = frozenset(words(", ; . : but while whereas and"))
#: Words after a figure that set another beside it, whose phrase is that figure's.
_COMPARING: Final = frozenset(words("than compared versus"))
#: How far from the figure the phrase may stand in its clause.
_EARLIER_EVENT_REACH: Final = 8


def at_an_earlier_event(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Whether a figure is of an earlier happening of its kind, not the story's.

    "The Unionists had won 310 seats at the last election", "At the previous vote, 12
    members backed it", "Labour won 202 seats last time": the figure held then, so it
    is an earlier value of the question, not a rival to the result the story reports.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("The Unionists had won 310 seats at the last election.")
        >>> at_an_earlier_event(t, 4, 5)
        True
        >>> t = tokenize("At the previous election, the Unionists won 310 seats.")
        >>> at_an_earlier_event(t, 8, 9)
        True
        >>> t = tokenize("Its share rose, as at the last election, when it won 190 seats.")
        >>> at_an_earlier_event(t, 13, 14)
        True
        >>> t = tokenize("The Unionists won 104 seats, fewer than at the last election.")
        >>> at_an_earlier_event(t, 3, 4)
        False
        >>> t = tokenize("Turnout was 71.3% compared to 66.2% in the last election.")
        >>> at_an_earlier_event(t, 2, 3), at_an_earlier_event(t, 6, 7)
        (False, True)
        >>> t = tokenize("Its majority is the largest since 1997, when it won 418 seats.")
        >>> at_an_earlier_event(t, 12, 13)
        True
        >>> t = tokenize("Before the election, the coalition held 279 seats (247 for the LDP).")
        >>> at_an_earlier_event(t, 7, 8), at_an_earlier_event(t, 10, 11)
        (True, True)
    """
    n = len(tokens)
    opening = next(
        (j for j in range(first - 1, max(-1, first - 8), -1) if tokens[j].low in ("(", ")")),
        None,
    )
    if opening is not None and tokens[opening].low == "(" and opening >= 1:
        # "held 279 seats (247 for the LDP)": a part in brackets holds when its whole does
        first = opening - 1

    def phrase_at(k: int) -> bool:
        low = tokens[k].low
        if low == "last":
            return k + 1 < n and tokens[k + 1].low == "time"
        if low in ("before", "ahead") and k + 2 < n:
            # "Before the election, the coalition held 279 seats": what held then
            at = k + 2 if low == "ahead" and tokens[k + 1].low == "of" else k + 1
            return at + 1 < n and tokens[at].low == "the" and tokens[at + 1].low in _VOTE_EVENTS
        return (
            low in _EARLIER_EVENT_LEADS
            and k + 2 < n
            and tokens[k + 1].low == "the"
            and tokens[k + 2].low in _EARLIER_EVENT_ADJECTIVES
        )

    for k in range(last, min(n, last + _EARLIER_EVENT_REACH)):
        if tokens[k].low in _EARLIER_EVENT_STOPS or tokens[k].low in _COMPARING:
            break  # "71% compared to 66% in the last election": the other figure's
        if phrase_at(k):
            return True
    for k in range(first - 1, max(-1, first - _EARLIER_EVENT_REACH), -1):
        if tokens[k].low in _EARLIER_EVENT_STOPS:
            if tokens[k].low == "," and k + 1 < first and tokens[k + 1].low == "when":
                # "than at the last election, when it won 190 seats", "the largest since
                # 1997, when it won 418": the clause tells of the happening or year just
                # named
                return any(
                    phrase_at(m) or _past_year_at(tokens, m) for m in range(max(0, k - 5), k)
                )
            # "At the last election, the Unionists won 310": the phrase opens the sentence
            return k <= _EARLIER_EVENT_REACH - 2 and phrase_at(0)
        if phrase_at(k):
            return True
    return False


def earlier_year_of(tokens: Sequence[Token], first: int, last: int, year: int) -> int | None:
    """The year before ``year`` a figure's clause is set in, else ``None``.

    "In 2019, turnout was 75.6%" and "turnout was 75.6% in 2019", told in 2024, give
    the turnout of 2019: a value of its own year, not a rival to this year's.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("In 2019, turnout was 75.59%.")
        >>> earlier_year_of(t, 5, 6, 2024), earlier_year_of(t, 5, 6, 2019)
        (2019, None)
        >>> t = tokenize("Turnout was 75.59% in 2019, and 78% now.")
        >>> earlier_year_of(t, 2, 3, 2024), earlier_year_of(t, 9, 10, 2024)
        (2019, None)
        >>> earlier_year_of(tokenize("In 2019, the party rose, and won 20% now."), 10, 11, 2024)
    """

    def earlier_year_at(k: int) -> bool:
        return _past_year_at(tokens, k) and tokens[k - 1].low == "in" and int(tokens[k].text) < year

    n = len(tokens)
    for k in range(last, min(n, last + _EARLIER_EVENT_REACH)):
        if tokens[k].low in _EARLIER_EVENT_STOPS or tokens[k].low in _COMPARING:
            break
        if earlier_year_at(k) and (k + 1 == n or tokens[k + 1].low in _EARLIER_EVENT_STOPS):
            return int(tokens[k].text)  # "turnout was 75.6% in 2019."
    # "In 2019, turnout was 75.6%": the year opens the sentence, no other clause between
    if (
        n > 2
        and tokens[0].low == "in"
        and earlier_year_at(1)
        and tokens[2].low == ","
        and first < _EARLIER_EVENT_REACH + 3
        and not any(tokens[k].low in _EARLIER_EVENT_STOPS for k in range(3, first))
    ):
        return int(tokens[1].text)
    return None


def _past_year_at(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` is a year named after "since" or "in" ("since 1997")."""
    t = tokens[k]
    return (
        k >= 1
        and tokens[k - 1].low in ("since", "in")
        and t.text.isdecimal()
        and len(t.text) == 4
        and 1800 <= int(t.text) <= 2100
    )


def earlier_scope(published: dt.date | None) -> DateSpan | None:
    """The time scope of an earlier report: up to the day before publication.

    News gives no finer time: "earlier" may be the same morning, but the figure an
    article calls out of date held before the one it reports now.
    """
    if published is None:
        return None
    before = published - dt.timedelta(days=1)
    return DateSpan.between(None, before, text=f"before {published.isoformat()}")
