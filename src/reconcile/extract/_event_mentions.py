"""Event mentions in one article, and the event each claim of the article is about.

An event mention is a trigger word of a known type (``lexicon/frames.json``, section
``events``: "blasts" is an attack, "quake" an earthquake), with the date and place its
sentence gives it. The article's *lead* event is the first one it mentions; a claim is
about the event mentioned in its own sentence, else about the lead event. A sentence
that names an event of the lead's type on another day ("the June 9 march" in a report of
the June 16 march) speaks of another event.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from typing import Final

import attrs

from reconcile.extract._dates import TimeExpression
from reconcile.extract._frames import FrameTables
from reconcile.extract._lexicon import words
from reconcile.extract._text import Token
from reconcile.values import DateSpan

__all__ = ["EventMention", "find_event_mentions", "lead_event"]

#: Words that date a time from the story's own time, not the calendar's: "a week
#: earlier", "the previous Sunday" name another, earlier event than the one reported.
_ANAPHORIC: Final = frozenset(words("earlier before previous prior preceding"))
#: How many sentences from the top of an article may state its lead event.
LEAD_SENTENCES: Final = 4


@attrs.frozen(order=True)
class EventMention:
    """One mention of an event in an article.

    Attributes:
        type: the event type ("attack", "earthquake").
        trigger: the trigger word as written, case-folded ("blasts").
        sentence: the index of its sentence in the article.
        start: its offset in the text.
        day: the day its sentence dates it to, when the sentence gives one day.
        place: the first place its sentence names, if any.
    """

    type: str
    trigger: str
    sentence: int
    start: int
    day: dt.date | None = None
    place: str | None = None


def _one_day(times: Sequence[TimeExpression]) -> dt.date | None:
    for expr in times:
        span = expr.span
        if expr.type in ("DATE", "TIME") and span is not None and span.days == 1:
            assert isinstance(span, DateSpan)
            return span.start
    return None


def find_event_mentions(
    tokens: Sequence[Token],
    sentence: int,
    occurrences: Sequence[TimeExpression],
    places: Sequence[str],
    tables: FrameTables,
) -> list[EventMention]:
    """The event mentions of one sentence, dated by the day the sentence says it happened.

    ``occurrences`` are the sentence's time expressions that date a happening ("struck
    on Monday", "the February 6 tremor"), not a report ("the toll passed 20,000 on
    Thursday").
    """
    place = places[0] if places else None
    if place is not None and place.isupper():
        place = place.title()  # a dateline's "ISTANBUL"
    triggers = [k for k, t in enumerate(tokens) if t.low in tables.events]
    # each date dates the trigger nearest to it, so "adopted a resolution on Tuesday
    # condemning the attack" dates the resolution, not the attack
    dated: dict[int, list[TimeExpression]] = {}
    for expr in occurrences:
        if _ANAPHORIC & set(expr.text.casefold().split()):
            continue  # "the march a week earlier": another event, dated from the story's
        if triggers:
            nearest = min(triggers, key=lambda k: (abs(k - expr.first), k))
            dated.setdefault(nearest, []).append(expr)
    seen: set[str] = set()
    out: list[EventMention] = []
    for k in triggers:
        t = tokens[k]
        kind = tables.events[t.low]
        day = _one_day(dated.get(k, []))
        if kind in seen:
            if day is not None:
                out = [attrs.evolve(m, day=m.day or day) if m.type == kind else m for m in out]
            continue
        seen.add(kind)
        out.append(EventMention(kind, t.low, sentence, t.start, day, place))
    return out


def lead_event(mentions: Sequence[EventMention]) -> EventMention | None:
    """The article's lead event: the first mentioned near the top, dated where it can be.

    Its day is the first day any mention of its type gives within the lead sentences, so
    "Twin blasts hit Kerman. ... The attack on Wednesday ..." dates the blasts.
    """
    top = [m for m in mentions if m.sentence < LEAD_SENTENCES] or list(mentions[:1])
    if not top:
        return None
    counts = Counter(m.type for m in top)
    lead = next(m for m in top if counts[m.type] == max(counts.values()))
    # the day the lead sentences give the event; else the latest day the article gives
    # an event of its type, since news leads with the newest happening
    day = next((m.day for m in top if m.type == lead.type and m.day is not None), None)
    if day is None:
        days = [m.day for m in mentions if m.type == lead.type and m.day is not None]
        day = max(days) if days else None
    place = lead.place or next((m.place for m in top if m.type == lead.type and m.place), None)
    return attrs.evolve(lead, day=day, place=place)
