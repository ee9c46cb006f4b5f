"""Event coreference across articles: which event mentions are one event.

Mentions are blocked by event type, then joined when their days are at most one day
apart (time zones and "Saturday night" make the calendar day of one event differ by a
day between reports); a mention with no day joins the event of its type that most
articles report. Events of one type more than a day apart stay apart: a retaliatory
strike a week later is another event.

Each event gets a display name built from what its mentions say: the commonest place,
the commonest trigger word and the commonest day ("Kerman blasts (2024-01-03)"). Claims
bound to an event take its name; a claim's place that is one of the event's own places
is absorbed into the event, and so is a place below a country, so "killed in Iran" and
"killed in Kerman" meet while "killed in Syria" stays apart from "killed in Turkey".
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence

import attrs

from reconcile.extract._event_mentions import EventMention
from reconcile.extract._lexicon import COUNTRIES
from reconcile.model import Claim

__all__ = ["bind_events", "corefer"]

#: The subject an extractor gives a date of an event it has not yet named.
EVENT_PLACEHOLDER = "event"
#: Days apart that still make one event (time zones, "night").
DAY_SLACK = 1


def _commonest(values: Iterable[str]) -> str | None:
    counts = Counter(values)
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], v))


def _name(mentions: Sequence[tuple[str, EventMention]]) -> str:
    trigger = _commonest(m.trigger for _, m in mentions) or "event"
    place = _commonest(m.place for _, m in mentions if m.place)
    days = [m.day for _, m in mentions if m.day is not None]
    day: dt.date | None = None
    if days:
        counts = Counter(days)
        day = min(counts, key=lambda d: (-counts[d], d))
    name = f"{place} {trigger}" if place else trigger
    return f"{name} ({day.isoformat()})" if day else name


def corefer(mentions: Sequence[tuple[str, EventMention]]) -> dict[tuple[str, EventMention], str]:
    """Map each (document, mention) to the name of the event it refers to.

    Examples:
        >>> a = EventMention("attack", "blasts", 0, 0, dt.date(2024, 1, 3), "Kerman")
        >>> b = EventMention("attack", "bombing", 0, 0, dt.date(2024, 1, 4), "Iran")
        >>> c = EventMention("attack", "attack", 2, 90, None, None)
        >>> d = EventMention("attack", "strike", 0, 0, dt.date(2024, 1, 12), None)
        >>> names = corefer([("x", a), ("y", b), ("y", c), ("z", d)])
        >>> names["x", a] == names["y", b] == names["y", c], names["z", d]
        (True, 'strike (2024-01-12)')
    """
    by_type: dict[str, list[tuple[str, EventMention]]] = {}
    for doc, mention in mentions:
        by_type.setdefault(mention.type, []).append((doc, mention))
    out: dict[tuple[str, EventMention], str] = {}
    for kind in sorted(by_type):
        group = sorted(
            by_type[kind], key=lambda dm: (dm[1].day is None, dm[1].day or dt.date.min, dm)
        )
        dated = [dm for dm in group if dm[1].day is not None]
        undated = [dm for dm in group if dm[1].day is None]
        events: list[list[tuple[str, EventMention]]] = []
        for dm in dated:
            day = dm[1].day
            assert day is not None
            last = events[-1][-1][1].day if events else None
            if last is not None and (day - last).days <= DAY_SLACK:
                events[-1].append(dm)
            else:
                events.append([dm])
        if not events:
            events.append([])
        main = max(events, key=lambda e: (len({d for d, _ in e}), -events.index(e)))
        main.extend(undated)
        for event in events:
            name = _name(event)
            for dm in event:
                out[dm] = name
    return out


def bind_events(
    readings: Sequence[tuple[str, Sequence[Claim], Sequence[tuple[str, EventMention]]]],
) -> list[Claim]:
    """The claims of many articles, each bound to its event across the articles.

    ``readings`` holds, per document, its claims and the event mention each claim id is
    about. A claim's place that one of its event's mentions names is absorbed into the
    event.
    """
    keyed = [(doc, m) for doc, _, bound in readings for _, m in bound]
    names = corefer(sorted(set(keyed)))
    places: dict[str, set[str]] = {}
    for (_, mention), event in names.items():
        if mention.place:
            places.setdefault(event, set()).add(mention.place.casefold())
    out: list[Claim] = []
    for doc, claims, bound in readings:
        event_of = {claim_id: names[doc, m] for claim_id, m in bound}
        for claim in claims:
            name = event_of.get(claim.id)
            if name is None:
                out.append(claim)
                continue
            place = claim.place
            if place is not None and (
                place.casefold() in places.get(name, set()) or place.casefold() not in COUNTRIES
            ):
                place = None  # the event's own place, or a place within it
            # a date of the event itself is asked of the event by its name
            subject = name if claim.subject == EVENT_PLACEHOLDER else claim.subject
            out.append(attrs.evolve(claim, event=name, place=place, subject=subject))
    return out
