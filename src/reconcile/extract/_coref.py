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
import functools
from bisect import bisect_left, bisect_right, insort
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Final, TypeVar

import attrs

from reconcile.extract._event_mentions import (
    EventMention,
    mention_key,
    race_and_tallies,
    settle_ambiguous,
)
from reconcile.extract._frames import frame_tables
from reconcile.extract._lexicon import (
    CONTENDER_NOUNS,
    COUNTRIES,
    NATIONALITY,
    TALLY_SIDES,
    load_lexicon,
)
from reconcile.model import Claim
from reconcile.values import DateSpan, Quantity

__all__ = ["Event", "bind_events", "corefer", "describe_events", "event_anchors"]

#: The subject an extractor gives a date of an event it has not yet named.
EVENT_PLACEHOLDER = "event"
#: Days apart that still make one event (time zones, "night").
DAY_SLACK = 1


#: A value that can be counted and ordered: a word, a day.
_V = TypeVar("_V", str, dt.date)


def _commonest(values: Iterable[_V]) -> _V | None:
    """The value given most often, the smallest on a tie; ``None`` for no values."""
    counts = Counter(values)
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], v))


def _event_days(
    named: Mapping[Mention, str], counted: Callable[[str], bool] = lambda doc: True
) -> dict[str, dt.date]:
    """Each event's day: the commonest day its mentions give (of the documents counted)."""
    days: dict[str, list[dt.date]] = {}
    for (doc, mention), name in named.items():
        if mention.day is not None and counted(doc):
            days.setdefault(name, []).append(mention.day)
    return {name: day for name, d in days.items() if (day := _commonest(d)) is not None}


def _name(
    mentions: Sequence[tuple[str, EventMention]],
    reported: dt.date | None,
    period: tuple[dt.date, dt.date] | None = None,
) -> str:
    # a word of two readings ("vote": a council's or an election's) names the event only
    # when no word of one reading does
    ambiguous = frame_tables().ambiguous_events
    trigger = (
        _commonest(m.trigger for _, m in mentions if m.trigger not in ambiguous)
        or _commonest(m.trigger for _, m in mentions)
        or "event"
    )
    # a vote is known by the body that held it better than by a place, written as the
    # reports write it, not as a caption in capitals shouts it ("SECURITY COUNCIL")
    place = (
        _commonest(m.body for _, m in mentions if m.body and not m.body.isupper())
        or _commonest(m.body for _, m in mentions if m.body)
        or _commonest(m.place for _, m in mentions if m.place)
    )
    day = _commonest(m.day for _, m in mentions if m.day is not None)
    # a named storm is known by its name better than by a place: "hurricane Helene"
    proper = _commonest(m.name for _, m in mentions if m.name)
    name = f"{trigger} {proper}" if proper else f"{place} {trigger}" if place else trigger
    if day is not None:
        return f"{name} ({day.isoformat()})"
    if period is not None:
        return f"{name} ({period[0].isoformat()}..{period[1].isoformat()})"
    return f"{name} (reported {reported.isoformat()})" if reported else name


#: How many days before its publication an article's undated lead event may lie and
#: still be taken for a dated event of its type (news reports what just happened).
RECENT_DAYS = 2

#: How many days after an event an undated report of its type is taken for a follow-up
#: of it ("the toll was revised", a week on), when no event of the type is more recent.
FOLLOW_UP_DAYS = 14

#: How many days after an event an undated report of its type still follows it up when
#: the corpus knows no other event of the type in that time ("a sixth victim died",
#: weeks on): about one story's life.
LONE_FOLLOW_UP_DAYS = 92

Mention = tuple[str, EventMention]


def _pair_key(pair: Mention) -> tuple[str, tuple[str, str, int, int, str, str, str]]:
    return pair[0], mention_key(pair[1])


def corefer(
    mentions: Sequence[Mention], published: Mapping[str, dt.date | None] | None = None
) -> dict[Mention, str]:
    """Map each (document, mention) to the name of the event it refers to.

    Within one event type: mentions whose days lie at most a day apart are one event;
    an undated mention in an article published on day P joins the event of its type
    dated within the two days up to P (news reports what just happened), else the
    most reported one of the two weeks before P (a follow-up report), else an event of its own
    reported on P; a mention with no day and no publication date joins the
    event of its type that most articles report.

    Examples:
        >>> a = EventMention("attack", "blasts", 0, 0, dt.date(2024, 1, 3), "Kerman")
        >>> b = EventMention("attack", "bombing", 0, 0, dt.date(2024, 1, 4), "Iran")
        >>> c = EventMention("attack", "attack", 2, 90, None, None)
        >>> d = EventMention("attack", "strike", 0, 0, dt.date(2024, 1, 12), None)
        >>> names = corefer([("x", a), ("y", b), ("y", c), ("z", d)])
        >>> names["x", a] == names["y", b] == names["y", c], names["z", d]
        (True, 'strike (2024-01-12)')
    """
    dates = published or {}
    by_type: dict[str, list[Mention]] = {}
    set_back: list[Mention] = []
    given = _with_names(_with_bodies(mentions), dates)
    original = {with_body: pair for pair, with_body in zip(mentions, given, strict=True)}
    for doc, mention in given:
        if mention.earlier is not None and mention.day is None:
            set_back.append((doc, mention))  # dated once its article's event is
            continue
        # two bodies' votes are two events, however alike their days and tallies, and
        # so are two named storms
        # a body is one however a page cases it ("SECURITY COUNCIL" in a script's caption)
        block = f"{mention.type}@{mention.body.casefold()}" if mention.body else mention.type
        if mention.name:
            block += f"#{mention.name}"
        by_type.setdefault(block, []).append((doc, mention))
    out: dict[Mention, str] = {}
    dated_events: list[tuple[str, dt.date, str]] = []  # (type, first day, name)
    undated_events: list[tuple[str, str]] = []  # (type, name) of events no day dates
    told_by: dict[str, int] = {}  # an event's name -> how many articles tell of it
    lasting_days = frame_tables().lasting_days
    follow_up_days = frame_tables().follow_up_days
    same_event_days = frame_tables().same_event_days
    named_days = frame_tables().named_event_days
    for kind in sorted(by_type):
        group = sorted(by_type[kind], key=_pair_key)
        event_type = kind.partition("#")[0].partition("@")[0]
        # a withdrawal goes on for months: its reports far apart tell of one event; so
        # does a named storm, dated by its landfall, its toll's updates, its aftermath
        lasting = max(lasting_days.get(event_type, 0), named_days if "#" in kind else 0)
        slack = max(DAY_SLACK, lasting)
        # an election's last polling day and its count are days apart, one election;
        # counted from the event's first day, so that a runoff a week on stays apart
        span = same_event_days.get(event_type, 0)
        # an election's count goes on for weeks: a late report follows it up
        follow_up = max(FOLLOW_UP_DAYS, follow_up_days.get(event_type, 0))
        dated = sorted(
            (dm for dm in group if dm[1].day is not None), key=lambda dm: (dm[1].day, _pair_key(dm))
        )
        events: list[list[Mention]] = []
        reported: list[dt.date | None] = []
        for dm in dated:
            day = dm[1].day
            assert day is not None
            last = events[-1][-1][1].day if events else None
            first_day = events[-1][0][1].day if events else None
            if (last is not None and (day - last).days <= slack) or (
                first_day is not None and (day - first_day).days <= span
            ):
                events[-1].append(dm)
            else:
                events.append([dm])
                reported.append(None)
        # every day a group is known by (its members' days, or the day it was reported),
        # sorted, so that the groups of a window are found by bisection
        known = sorted(
            (m.day, k) for k, event in enumerate(events) for _, m in event if m.day is not None
        )
        docs = [{d for d, _ in event} for event in events]
        periods: list[tuple[dt.date, dt.date] | None] = [None] * len(events)
        of_period: dict[tuple[dt.date, dt.date], int] = {}  # the event told of by a period
        undated: list[tuple[dt.date, Mention]] = []
        floating: list[Mention] = []
        for dm in group:
            if dm[1].day is not None:
                continue
            period = dm[1].period
            if period is not None:
                # "a draft failed in October": the event of its type dated in October,
                # else one of its own, named by the period
                # of several, the one most reports tell of, the latest on a tie: "the
                # 2024 election" is the one the year's news is about
                within = {k: day for day, k in known if period[0] <= day <= period[1]}
                inside = sorted(within, key=lambda k: (-len(docs[k]), -within[k].toordinal()))
                # another report's "the October resolution": the event of that period
                told = of_period.get(period)
                if told is None:
                    # "voted in 2020" and "voted in January 2020": one period holds the
                    # other, one event
                    told = next(
                        (
                            k
                            for (start, end), k in of_period.items()
                            if (start <= period[0] and period[1] <= end)
                            or (period[0] <= start and end <= period[1])
                        ),
                        None,
                    )
                if inside:
                    events[inside[0]].append(dm)
                elif told is not None:
                    events[told].append(dm)
                    docs[told].add(dm[0])
                else:
                    of_period[period] = len(events)
                    events.append([dm])
                    reported.append(None)
                    periods.append(period)
                    docs.append({dm[0]})
                continue
            # "the election results released on Friday": the event lies on or before
            # that day, which bounds it better than the report's own
            published_on = dm[1].released or dates.get(dm[0])
            if published_on is None:
                floating.append(dm)
            else:
                undated.append((published_on, dm))
        for on, dm in sorted(undated, key=lambda od: (od[0], _pair_key(od[1]))):
            lo = bisect_left(known, (on - dt.timedelta(days=max(follow_up, lasting)), -1))
            # a lasting event is reported before it is done ("will withdraw by the end of
            # the year"): a report may come before the days its event is dated by
            hi = bisect_right(known, (on + dt.timedelta(days=lasting), len(events)))
            window = {k: day for day, k in known[lo:hi]}  # the latest day of each group
            if window:
                # news reports what just happened; a later report follows up the event
                # most reports tell of, the latest on a tie
                best = max(
                    window,
                    key=lambda k: ((on - window[k]).days <= RECENT_DAYS, len(docs[k]), window[k]),
                )
                events[best].append(dm)
                docs[best].add(dm[0])
            elif (holder := _period_holding(periods, docs, on)) is not None:
                # "in October, the Assembly passed ..." and an undated report of late
                # October: the vote of that month
                events[holder].append(dm)
                docs[holder].add(dm[0])
            elif (lone := _lone_before(known, on)) is not None:
                # "a sixth person died after the market attack", weeks on: the one event
                # of its type the corpus knows in the months before
                events[lone].append(dm)
                docs[lone].add(dm[0])
            else:
                events.append([dm])
                reported.append(on)
                periods.append(None)
                docs.append({dm[0]})
                insort(known, (on, len(events) - 1))
        if not events:
            events.append([])
            reported.append(None)
            periods.append(None)
        # the event most articles lead with, not the one most look back to
        main = max(
            range(len(events)),
            key=lambda k: (
                periods[k] is None,
                len({d for d, m in events[k] if m.earlier is None}),
                len({d for d, _ in events[k]}),
                -k,
            ),
        )
        events[main].extend(floating)
        for event, reported_on, period in zip(events, reported, periods, strict=True):
            name = _name(event, reported_on, period)
            days = [m.day for _, m in event if m.day is not None]
            if days:
                dated_events.append((event_type, min(days), name))
            elif event and period is None:
                # (an event a period names, "a fire in September 2011", has its time)
                undated_events.append((event_type, name))
            told_by[name] = told_by.get(name, 0) + len({d for d, _ in event})
            for dm in event:
                out[dm] = name
    out = _set_off(out, dated_events, undated_events, told_by)
    out.update(_set_back(set_back, out))
    return {original[pair]: name for pair, name in out.items()}


def _set_off(
    out: dict[Mention, str],
    dated_events: Sequence[tuple[str, dt.date, str]],
    undated_events: Sequence[tuple[str, str]] = (),
    told_by: Mapping[str, int] | None = None,
) -> dict[Mention, str]:
    """The names, an event set off by another on its day given that other's name.

    "A gas truck exploded ... The fire damaged 350 homes": the fire of the blast's day
    is the blast (``set_off_by``), so the figures of reports that call it the fire
    meet the blast's. A set-off event no day dates (an undated report that leads with
    "the plane burst into flames") is the dated cause the most articles tell of.
    """
    set_off_by = frame_tables().set_off_by
    # each type's events by day, so a set-off event finds its cause by bisection
    by_type: dict[str, list[tuple[dt.date, str]]] = {}
    for kind, day, name in dated_events:
        by_type.setdefault(kind, []).append((day, name))
    for days in by_type.values():
        days.sort()
    renamed: dict[str, str] = {}
    for kind, day, name in dated_events:
        hosts = [
            causes[at]
            for cause in sorted(set_off_by.get(kind, ()))
            if (causes := by_type.get(cause))
            and (at := bisect_left(causes, (day - _SET_OFF, ""))) < len(causes)
            and causes[at][0] <= day
        ]
        if hosts:
            renamed[name] = min(hosts)[1]
    counts = told_by or {}
    for kind, name in undated_events:
        told = [
            (-counts.get(cause_name, 0), cause_name)
            for cause in set_off_by.get(kind, ())
            for _, cause_name in by_type.get(cause, ())
        ]
        if told:
            renamed[name] = min(told)[1]
    return {m: renamed.get(name, name) for m, name in out.items()} if renamed else out


#: How long after the event that set it off another event may start and be part of it.
_SET_OFF: Final = dt.timedelta(days=1)


def _with_bodies(mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions, a vote of no named body given the body most articles name for it.

    An article that names no body reports the vote the others do; one that names it only
    by its head ("the council's vote", "the Assembly") names the body of that head most
    articles name in full ("Security Council"). With no body named anywhere, the
    mentions are left as they are.
    """
    docs_of: dict[str, dict[str, set[str]]] = {}
    for doc, m in mentions:
        if m.body and not m.body.islower():
            docs_of.setdefault(m.type, {}).setdefault(m.body, set()).add(doc)

    def most_named(kind: str, head: str = "") -> str | None:
        named = docs_of.get(kind, {})
        bodies = {b: docs for b, docs in named.items() if b.casefold().endswith(head)}
        # a head names the full name ending with it, where one is given
        full = {b: docs for b, docs in bodies.items() if " " in b} if head else {}
        bodies = full or bodies
        return min(bodies, key=lambda b: (-len(bodies[b]), b)) if bodies else None

    out: list[Mention] = []
    for doc, m in mentions:
        if m.body is None or _by_head(m.body):
            body = most_named(m.type, (m.body or "").casefold()) or m.body
            out.append((doc, attrs.evolve(m, body=body)) if body != m.body else (doc, m))
        else:
            out.append((doc, m))
    return out


def _with_names(
    mentions: Sequence[Mention], published: Mapping[str, dt.date | None]
) -> list[Mention]:
    """The mentions, one of a type that takes a name given a name of its time.

    An article that calls Hurricane Helene "the storm" reports the storm the others
    name: an unnamed mention takes the name most articles write among those whose
    reports lie within ``named_event_days`` of its own day (its date, its period's
    start, else its article's publication day), so that a corpus of many years does not
    give Helene's name to every flood; a name no report dates fits any day. A mention
    with no day at all takes the name most articles write. A type no article names is
    left as it is. Each name's days are sorted once and searched by bisection, so a
    corpus of many mentions stays linear in them.
    """
    window = dt.timedelta(days=frame_tables().named_event_days)
    docs_of: dict[str, dict[str, set[str]]] = {}
    days_of: dict[tuple[str, str], list[dt.date]] = {}
    for doc, m in mentions:
        if m.name:
            docs_of.setdefault(m.type, {}).setdefault(m.name, set()).add(doc)
            day = _day_of(doc, m, published)
            if day is not None:
                days_of.setdefault((m.type, m.name), []).append(day)
    for days in days_of.values():
        days.sort()
    out: list[Mention] = []
    for doc, m in mentions:
        named = docs_of.get(m.type)
        if m.name is not None or not named:
            out.append((doc, m))
            continue
        day = _day_of(doc, m, published)
        if day is None:
            fitting = list(named)  # no day to tell: the name most articles write
        else:
            # a name no report dates may be of any time: it fits
            fitting = [
                name
                for name in named
                if (m.type, name) not in days_of or _near(days_of[(m.type, name)], day, window)
            ]
        if fitting:
            name = min(fitting, key=lambda n: (-len(named[n]), n))
            out.append((doc, attrs.evolve(m, name=name)))
        else:
            out.append((doc, m))
    return out


def _lone_before(known: Sequence[tuple[dt.date, int]], on: dt.date) -> int | None:
    """The one event group ``known`` dates in the months up to ``on``, if just one.

    ``known`` holds (day, group) pairs, sorted.

    Examples:
        >>> day = dt.date(2025, 1, 6)
        >>> _lone_before([(dt.date(2024, 12, 20), 0), (dt.date(2024, 12, 21), 0)], day)
        0
        >>> _lone_before([(dt.date(2024, 12, 1), 0), (dt.date(2024, 12, 20), 1)], day) is None
        True
    """
    lo = bisect_left(known, (on - dt.timedelta(days=LONE_FOLLOW_UP_DAYS), -1))
    hi = bisect_right(known, (on, len(known) + 1))
    groups = {k for _, k in known[lo:hi]}
    return next(iter(groups)) if len(groups) == 1 else None


def _near(days: Sequence[dt.date], day: dt.date, window: dt.timedelta) -> bool:
    """Whether any of the sorted ``days`` lies within ``window`` of ``day``."""
    at = bisect_left(days, day - window)
    return at < len(days) and days[at] <= day + window


def _day_of(doc: str, m: EventMention, published: Mapping[str, dt.date | None]) -> dt.date | None:
    """A mention's own day, its period's start, else its article's publication day."""
    return m.day or (m.period[0] if m.period else None) or published.get(doc)


def _by_head(body: str) -> bool:
    """Whether a body is named by its head noun alone: "council", "Assembly"."""
    return body.islower() or " " not in body


def _period_holding(
    periods: Sequence[tuple[dt.date, dt.date] | None], docs: Sequence[set[str]], on: dt.date
) -> int | None:
    """The event known by a period that a report published ``on`` falls in, if any.

    The one most articles tell of, the first on a tie; a report may come a couple of days
    after its period ends (``RECENT_DAYS``).
    """
    holding = [
        k
        for k, period in enumerate(periods)
        if period is not None and period[0] <= on <= period[1] + dt.timedelta(days=RECENT_DAYS)
    ]
    return max(holding, key=lambda k: (len(docs[k]), -k)) if holding else None


def _set_back(set_back: Sequence[Mention], named: Mapping[Mention, str]) -> dict[Mention, str]:
    """Names for mentions set back in story time from an event their article dates late.

    "The march a week earlier" in a report whose own march other reports date to 16 June
    is the march of 9 June, and joins it when other reports tell of it; else it is an
    event of its own, dated or named by the event it preceded.
    """
    day_of = _event_days(named)
    type_of = {name: mention.type for (_, mention), name in named.items()}
    lead_of: dict[tuple[str, str], str] = {}
    for (doc, mention), name in sorted(named.items(), key=lambda kv: _pair_key(kv[0])):
        if mention.earlier is None:
            lead_of.setdefault((doc, mention.type), name)
    out: dict[Mention, str] = {}
    for doc, mention in sorted(set_back, key=_pair_key):
        assert mention.earlier is not None
        lead = lead_of.get((doc, mention.type))
        day = day_of.get(lead) if lead is not None else None
        if day is None:
            out[doc, mention] = f"{mention.trigger} (before {lead})" if lead else mention.trigger
            continue
        target = mention.earlier.before(day)
        near = sorted(
            (abs((d - target).days), name)
            for name, d in day_of.items()
            if abs((d - target).days) <= DAY_SLACK and type_of[name] == mention.type
        )
        out[doc, mention] = near[0][1] if near else f"{mention.trigger} ({target.isoformat()})"
    return out


def event_anchors(
    readings: Sequence[tuple[str, Sequence[Claim], Sequence[tuple[str, EventMention]]]],
    published: Mapping[str, dt.date | None],
) -> dict[str, tuple[dt.date, bool]]:
    """A day to read each undated document's relative dates against: its event's day.

    A page with no publication date that reports an event other pages date ("the blasts
    on Wednesday, 3 January") tells its news from that day: its "on Wednesday" is the
    event's Wednesday. The day is the commonest day the other mentions of the event
    give, and only documents without a publication date get one. With it, whether the
    event lasts for months (a withdrawal): a report of such an event may come any week
    of it, so its day gives the year of the report's dates, never a weekday.
    """
    keyed = sorted({(doc, m) for doc, _, bound in readings for _, m in bound}, key=_pair_key)
    names = corefer(keyed, published)
    days = _event_days(names, lambda doc: published.get(doc) is not None)
    lasting = frame_tables().lasting_days
    out: dict[str, tuple[dt.date, bool]] = {}
    for doc, _, bound in readings:
        if published.get(doc) is not None or not bound:
            continue
        counts = Counter(names[doc, m] for _, m in bound)
        # the event most of its claims are of; of two as often, the one the corpus dates
        # ("the vote on Monday" beside the attack it answers, undated)
        lead = max(counts, key=lambda name: (counts[name], name in days))
        kind = next(m.type for _, m in bound if names[doc, m] == lead)
        if lead in days:
            out[doc] = (days[lead], lasting.get(kind, 0) > _MONTHS_LONG_DAYS)
    return out


#: How long an event must last for its reports to come any week of it: a withdrawal's
#: months, not a fire's weeks, whose reports mostly follow its first days.
_MONTHS_LONG_DAYS: Final = 60

Reading = tuple[str, Sequence[Claim], Sequence[tuple[str, EventMention]]]


def _settled(readings: Sequence[Reading]) -> list[Reading]:
    """Readings whose ambiguous event words are read by the whole corpus.

    "The May 8 vote" in one report is the election another report of the corpus names.
    """
    mentions = sorted({m for _, _, bound in readings for _, m in bound}, key=mention_key)
    tables = frame_tables()
    # a corpus that counts a body's members voting and no race's contenders tells of
    # the body's vote (settle_ambiguous)
    contenders, tallied = race_and_tallies((c for _, found, _ in readings for c in found), tables)
    settled = dict(
        zip(
            mentions,
            settle_ambiguous(mentions, tables, contenders=contenders, tallied=tallied),
            strict=True,
        )
    )
    return [
        (doc, claims, [(claim_id, settled[m]) for claim_id, m in bound])
        for doc, claims, bound in readings
    ]


@attrs.frozen
class Event:
    """One event across the articles: what happened, when, where, and who reported it.

    Attributes:
        name: the name its claims carry in ``Claim.event`` ("Kerman blasts (2024-01-03)").
        type: the event type ("attack", "earthquake", "protest", "vote").
        triggers: the words the reports use for it, sorted ("blasts", "bombing").
        day: the day most of its dated mentions give, when any does.
        places: the places its mentions name, sorted.
        documents: the documents that mention it, sorted.
    """

    name: str
    type: str
    triggers: tuple[str, ...]
    day: dt.date | None
    places: tuple[str, ...]
    documents: tuple[str, ...]


def describe_events(
    readings: Sequence[Reading], published: Mapping[str, dt.date | None] | None = None
) -> tuple[Event, ...]:
    """The events the claims of ``readings`` are bound to, sorted by name."""
    readings = _settled(readings)
    keyed = sorted({(doc, m) for doc, _, bound in readings for _, m in bound}, key=_pair_key)
    groups: dict[str, list[Mention]] = {}
    for pair, name in corefer(keyed, published).items():
        groups.setdefault(name, []).append(pair)
    out: list[Event] = []
    for name in sorted(groups):
        members = groups[name]
        days = Counter(m.day for _, m in members if m.day is not None)
        day = min(days, key=lambda d: (-days[d], d)) if days else None
        out.append(
            Event(
                name=name,
                type=_commonest(m.type for _, m in members) or "event",
                triggers=tuple(sorted({m.trigger for _, m in members})),
                day=day,
                places=tuple(sorted({m.place for _, m in members if m.place})),
                documents=tuple(sorted({doc for doc, _ in members})),
            )
        )
    return tuple(out)


def bind_events(
    readings: Sequence[tuple[str, Sequence[Claim], Sequence[tuple[str, EventMention]]]],
    published: Mapping[str, dt.date | None] | None = None,
) -> list[Claim]:
    """The claims of many articles, each bound to its event across the articles.

    ``readings`` holds, per document, its claims and the event mention each claim id is
    about; ``published`` the documents' publication dates, when known. A claim's
    place that one of its event's mentions names is absorbed into the event.
    """
    readings = _settled(readings)
    keyed = [(doc, m) for doc, _, bound in readings for _, m in bound]
    names = corefer(sorted(set(keyed), key=_pair_key), published)
    places: dict[str, set[str]] = {}
    for (_, mention), event in names.items():
        if mention.place:
            places.setdefault(event, set()).add(mention.place.casefold())
    # An event whose figures are told by country ("38,044 in Turkey and 3,688 in
    # Syria") keeps the countries apart: each is a part, not the whole.
    event_ofs = [
        (claims, {claim_id: names[doc, m] for claim_id, m in bound})
        for doc, claims, bound in readings
    ]
    countries: dict[str, set[str]] = {}
    for claims, event_of in event_ofs:
        placed = [
            (claim, name)
            for claim in claims
            if (name := event_of.get(claim.id)) is not None
            and claim.place
            and claim.place.casefold() in COUNTRIES
        ]
        # a country none of the event's mentions names counts only in a sentence that
        # tells the event by country ("3,900 in Turkey and 1,100 in Syria"), never
        # alone ("days after another disaster in Kazakhstan")
        by_country = {
            (name, claim.attribute, _sentence_of(claim))
            for claim, name in placed
            if claim.place and places.get(name) and _same_country(claim.place, places[name])
        }
        for claim, name in placed:
            assert claim.place is not None
            if (
                not places.get(name)
                or _same_country(claim.place, places[name])
                or (name, claim.attribute, _sentence_of(claim)) in by_country
            ):
                countries.setdefault(name, set()).add(claim.place.casefold())
    # a figure settled when the event happened (a tally, a magnitude) holds as of the
    # event, whenever it was reported: a later report of another figure disputes it
    tables = frame_tables()
    event_day = {name: DateSpan.of(day) for name, day in _event_days(names).items()}
    for (_, mention), name in sorted(names.items(), key=lambda kv: _pair_key(kv[0])):
        if name not in event_day and mention.period is not None:
            # an event known by its month: a tally of it holds as of that month
            event_day[name] = DateSpan.between(*mention.period)
    measures = frozenset(tables.share_names.values())  # "turnout": an event's own share
    told_of = _events_told_of(event_ofs, tables.standing_predicates, measures)
    country_of = _event_countries(names)
    doc_of = {id(c): doc for doc, claims, _ in readings for c in claims}
    # an article that tells only of a vigil or a funeral mourns another event: its toll is
    # that event's, as in an article that names none
    mourning = {
        id(claims)
        for _, claims, bound in readings
        if bound and all(m.type in tables.commemorating for _, m in bound)
    }
    out: list[Claim] = []
    elsewhere: set[tuple[str, str]] = set()  # (subject, attribute) of another country's
    # the events a question is told of, by day, read once per question: a corpus of many
    # events and many articles that name none stays linear
    by_day: dict[tuple[str, ...], list[tuple[dt.date, str]]] = {}
    for claims, event_of in event_ofs:
        for found in claims:
            name = event_of.get(found.id)
            if name is None and (not event_of or id(claims) in mourning):
                # an article that names no event ("the party finished with 250 seats")
                # tells of the one event the others give this figure to, if just one;
                # of a subject they do not name, of the one event they give any such
                # figure to ("the Conservatives fell to 119 seats": the election's)
                named = told_of.get((_subject_key(found.subject), found.attribute)) or (
                    told_of.get(("", found.attribute), ())
                    if found.attribute in tables.one_event_attributes
                    else ()
                )
                if len(named) > 1:
                    if named not in by_day:
                        by_day[named] = _by_day(named, event_day)
                    named = _followed_up(
                        named, by_day[named], (published or {}).get(doc_of[id(found)])
                    )
                name = named[0] if len(named) == 1 else None
                if (
                    name is not None
                    and found.place
                    and places.get(name)
                    and not _same_country(found.place, places[name])
                ):
                    # "the death toll in Gaza": not the toll of the attack in Israel the
                    # other reports give such a figure to
                    name = None
            if name is None:
                out.append(found)
                continue
            claim = found
            if (
                claim.as_of is None
                and claim.attribute in tables.fixed_at_event
                and name in event_day
            ):
                claim = attrs.evolve(claim, as_of=event_day[name])
            place = claim.place
            told_by_country = len(countries.get(name, ())) > 1
            own = place is not None and _same_country(place, places.get(name, set()))
            if (
                place is not None
                and place.casefold() in COUNTRIES
                and places.get(name)
                and not own
                and not told_by_country
                and claim.attribute not in tables.by_region
            ):
                # "days after another disaster in Kazakhstan, ... claiming 38 lives": a
                # figure of a country none of the event's mentions names is another's
                out.append(claim)
                elsewhere.add((claim.subject, claim.attribute))
                continue
            if claim.attribute in tables.by_region or (
                claim.attribute == "share" and claim.subject in measures
            ):
                # a region's seats or share are a part of the whole and keep their place;
                # the whole's is the country the event is held in, said or not, so that
                # a region named once does not become every figure's
                if own or place is None:
                    place = country_of.get(name)
            elif place is not None and (
                place.casefold() not in COUNTRIES or (own and not told_by_country)
            ):
                place = None  # the event's own place, or a place within it
            # a date of the event itself is asked of the event by its name
            subject = name if claim.subject == EVENT_PLACEHOLDER else claim.subject
            out.append(attrs.evolve(claim, event=name, place=place, subject=subject))
    if elsewhere:
        # the event's own figures of a question another country's figure shares name
        # their country, so that the other's place is not the one place they inherit
        out = [
            attrs.evolve(c, place=country_of[c.event])
            if c.event in country_of and c.place is None and (c.subject, c.attribute) in elsewhere
            else c
            for c in out
        ]
    return out


def _sentence_of(claim: Claim) -> int:
    """Where a claim's quote starts: claims of one sentence share it."""
    return -1 if claim.evidence is None or claim.evidence.start is None else claim.evidence.start


def _by_day(named: Sequence[str], event_day: Mapping[str, DateSpan]) -> list[tuple[dt.date, str]]:
    """The dated ones of ``named`` by the day each starts, in order."""
    return sorted(
        (span.start, name)
        for name in named
        if (span := event_day.get(name)) is not None and span.start is not None
    )


def _followed_up(
    named: tuple[str, ...], by_day: Sequence[tuple[dt.date, str]], published: dt.date | None
) -> tuple[str, ...]:
    """Of the events other reports give a figure to, those a report of ``published`` follows up.

    Those dated within :data:`FOLLOW_UP_DAYS` before it (the 2024 election, not the
    2019 one recalled beside it); all of them when none is, or the day is unknown.
    ``by_day`` is ``named``'s dated events by day (:func:`_by_day`), found by a binary
    search.

    Examples:
        >>> days = {"a": DateSpan.day(2024, 5, 1), "b": DateSpan.day(2019, 5, 1)}
        >>> named = ("a", "b")
        >>> _followed_up(named, _by_day(named, days), dt.date(2024, 5, 3))
        ('a',)
        >>> _followed_up(named, _by_day(named, days), dt.date(2022, 1, 1))
        ('a', 'b')
    """
    if published is None:
        return named
    low = bisect_left(by_day, published - dt.timedelta(days=FOLLOW_UP_DAYS), key=lambda d: d[0])
    high = bisect_right(by_day, published, key=lambda d: d[0])
    # in the order of their days: only whether one alone is recent is read
    recent = tuple(dict.fromkeys(name for _, name in by_day[low:high]))
    return recent or named


def _event_countries(names: Mapping[Mention, str]) -> dict[str, str]:
    """Each event's country, as its mentions most often name one."""
    found: dict[str, list[str]] = {}
    for (_, mention), name in names.items():
        if mention.place and mention.place.casefold() in COUNTRIES:
            found.setdefault(name, []).append(mention.place)
    return {name: place for name, p in found.items() if (place := _commonest(p)) is not None}


def _same_country(place: str, event_places: set[str]) -> bool:
    """Whether a place is one of the event's own, however the country is named.

    Examples:
        >>> _same_country("Britain", {"uk"}), _same_country("Wales", {"uk"})
        (True, False)
    """
    low = place.casefold()
    if low in event_places:
        return True
    country = COUNTRIES.get(low)
    return country is not None and any(COUNTRIES.get(p) == country for p in event_places)


def _subject_key(subject: str) -> str:
    """A subject as articles may vary it: "the Workers' Party" and "Workers" are one."""
    words_ = "".join(ch if ch.isalnum() else " " for ch in subject.casefold()).split()
    if words_[:1] == ["the"]:
        words_ = words_[1:]
    if words_[-1:] == ["party"] and len(words_) > 1:
        words_ = words_[:-1]
    return " ".join(words_)


def _events_told_of(
    event_ofs: Sequence[tuple[Sequence[Claim], Mapping[str, str]]],
    standing: frozenset[str],
    measures: frozenset[str] = frozenset(),
) -> dict[tuple[str, str], tuple[str, ...]]:
    """The events articles give such figures to, sorted.

    Keyed per (subject, attribute), and per (``""``, attribute) for any subject. A
    standing fact is of no one event, unless its subject is an event's own measure
    (``measures``: "turnout").
    """
    found: dict[tuple[str, str], set[str]] = {}
    for claims, event_of in event_ofs:
        for claim in claims:
            name = event_of.get(claim.id)
            if name is None:
                continue
            if claim.attribute not in standing:
                found.setdefault(("", claim.attribute), set()).add(name)
            if claim.attribute not in standing or claim.subject in measures:
                found.setdefault((_subject_key(claim.subject), claim.attribute), set()).add(name)
    return {key: tuple(sorted(names)) for key, names in found.items()}


#: What a contender holds in a race: the figures whose subject is a party's name.
_CONTENDER_FIGURES: Final = frozenset(
    (
        "seats_won",
        "seats_lost",
        "seats_gained",
        "vote_share",
        "vote_share_gained",
        "vote_share_lost",
        "votes_won",
    )
)
#: Words of a country or its people, which a party's name may carry or leave out:
#: "Reform UK" and "Reform", "the Austrian Freedom Party" and "the Freedom Party".
_PLACE_WORDS: Final = frozenset(
    name for name in (*COUNTRIES, *NATIONALITY) if name.isalpha() and name != "america"
)


def _party_key(subject: str) -> str:
    """A party's name as reports vary it, the key its variants share.

    With or without its country, by its members or its adjective: "Social Democrats",
    "the Social Democratic Party of Austria".

    Examples:
        >>> _party_key("the Austrian Social Democratic Party"), _party_key("Social Democrats")
        ('social democrat', 'social democrat')
        >>> _party_key("Reform UK"), _party_key("Freedom Party of Austria")
        ('reform', 'freedom')
        >>> _party_key("Sweden Democrats"), _party_key("Social Democrats")
        ('democrat', 'social democrat')
    """
    words_ = _subject_key(subject).split()
    if len(words_) > 2 and words_[-2] == "of" and words_[-1] in _PLACE_WORDS:
        words_ = words_[:-2]  # "the Freedom Party of Austria"
        if words_[-1:] == ["party"] and len(words_) > 1:
            words_ = words_[:-1]
    elif len(words_) > 1 and words_[0] in _PLACE_WORDS:
        words_ = words_[1:]  # "the Austrian People's Party"
    elif len(words_) > 1 and words_[-1] in _PLACE_WORDS:
        words_ = words_[:-1]  # "Reform UK"
    last = words_[-1]
    if len(last) > 4 and last.endswith("ic"):
        last = last[:-2]  # "Democratic": as "Democrats" has it
    elif len(last) > 4 and last.endswith("s") and not last.endswith("ss"):
        last = last[:-1]  # "Democrats", "Greens": the party by its members
    return " ".join([*words_[:-1], last])


def unify_parties(claims: Sequence[Claim]) -> list[Claim]:
    """Claims of one race's contender under the one name the reports give it most.

    Reports name a party with or without its country ("Reform UK", "Reform"), by its
    members or its adjective ("the Social Democrats", "the Social Democratic Party of
    Austria"): within an event, the figures a contender holds (seats, shares, votes)
    whose names agree but for these meet under the name most often written (the
    shortest on a tie). Only names written in capitals are joined: "the party" is
    whichever its article named.

    Examples:
        >>> def c(i, s):
        ...     return Claim(id=i, document=i, subject=s, attribute="vote_share",
        ...                  value=Quantity.exact(21.1), event="Austria election")
        >>> names = [c("a", "Social Democrats"), c("b", "Austrian Social Democratic Party"),
        ...          c("c", "Social Democrats"), c("d", "Sweden Democrats")]
        >>> [x.subject for x in unify_parties(names)]
        ['Social Democrats', 'Social Democrats', 'Social Democrats', 'Sweden Democrats']
    """
    groups: dict[tuple[str, str], Counter[str]] = {}
    keys: list[tuple[str, str] | None] = []
    for claim in claims:
        named = claim.attribute in _CONTENDER_FIGURES and claim.subject[:1].isupper()
        key = (claim.event or "", _party_key(claim.subject)) if named else None
        keys.append(key)
        if key is not None:
            groups.setdefault(key, Counter())[claim.subject] += 1
    chosen = {
        key: min(names, key=lambda name: (-names[name], len(name), name))
        for key, names in groups.items()
        if len(names) > 1
    }
    return [
        attrs.evolve(claim, subject=chosen[key])
        if key in chosen and claim.subject != chosen[key]
        else claim
        for claim, key in zip(claims, keys, strict=True)
    ]


#: Words that qualify a group as the whole that could act, not a kind of those who did:
#: "eligible voters", "registered voters".
_WHOLE_QUALIFIERS: Final = frozenset({"eligible", "registered", "potential", "total"})


def unify_subjects(claims: Sequence[Claim]) -> list[Claim]:
    """Claims whose bare subject is the one qualified form the corpus gives it.

    Where reports of one event give a figure of "troops" and of "French troops" in one
    place, and no other kind of troops, the bare "troops" are the French troops: they
    meet in one question. Two qualified forms ("US troops", "Iraqi troops") leave the
    bare one alone, since it could be either.

    Examples:
        >>> def c(i, s):
        ...     return Claim(id=i, document="d", subject=s, attribute="deployed",
        ...                  value=Quantity.exact(1500))
        >>> [x.subject for x in unify_subjects([c("a", "troops"), c("b", "French troops")])]
        ['French troops', 'French troops']
        >>> [x.subject for x in unify_subjects([c("a", "voters"), c("b", "eligible voters")])]
        ['voters', 'eligible voters']
    """
    claims = [_as_nationals(c) if isinstance(c.value, Quantity) else c for c in claims]
    # a body's vote or a date names its subject in full: only figures are joined; a bare
    # "party" is whichever party its article named before it, not the corpus's only
    # "X Party" (its article settles it)
    keys = [
        (c.event or "", c.attribute, c.place or "", c.subject.rsplit(" ", 1)[-1].casefold())
        if isinstance(c.value, Quantity) and c.subject.casefold() not in CONTENDER_NOUNS
        else None
        for c in claims
    ]
    forms: dict[tuple[str, str, str, str], set[str]] = {}
    for claim, key in zip(claims, keys, strict=True):
        if key is not None:
            forms.setdefault(key, set()).add(claim.subject)
    # "Israeli people" freed, beside "Israeli hostages" freed and no other Israelis:
    # the one group of captives of that nationality the reports count (never soldiers:
    # "French people" killed are not the "French troops" killed)
    of_nation: dict[tuple[str, str, str, str], set[str]] = {}
    for claim, key in zip(claims, keys, strict=True):
        if (
            key is not None
            and not claim.subject.endswith(_NATIONALS)
            and claim.subject.rsplit(" ", 1)[-1].casefold() in _CAPTIVES
        ):
            nation = claim.subject.split(" ", 1)[0].casefold()
            of_nation.setdefault((*key[:3], nation), set()).add(claim.subject)
    out: list[Claim] = []
    for claim, key in zip(claims, keys, strict=True):
        qualified = {f for f in forms[key] if f.casefold() != key[3]} if key else set()
        if (
            key is not None
            and claim.subject.casefold() == key[3]
            # a name ("INDIA", the bloc) is no bare group that a qualified form is of
            # ("the Election Commission of India")
            and not claim.subject[:1].isupper()
            and key[3] != _PEOPLE
            and not (key[3] == "members" and key[1] in TALLY_SIDES)
            and len(qualified) == 1
            # "eligible voters" are all who may vote, never the voters who did
            and next(iter(qualified)).split(" ", 1)[0].casefold() not in _WHOLE_QUALIFIERS
        ):
            # bare "people" are everyone counted, never the one nation's people the
            # corpus also counts ("120 people died" beside "two Thais"); the bare
            # "members" of a tally are the whole body, never one party's members who
            # voted the same way ("391 against" beside "75 governing party members")
            out.append(attrs.evolve(claim, subject=next(iter(qualified))))
        elif key is not None and claim.subject.endswith(_NATIONALS):
            nation = claim.subject.split(" ", 1)[0].casefold()
            groups = of_nation.get((*key[:3], nation), set())
            one = next(iter(groups)) if len(groups) == 1 else claim.subject
            out.append(attrs.evolve(claim, subject=one) if one != claim.subject else claim)
        else:
            out.append(claim)
    return out


#: Attributes of a force, whose place is where it is: one figure wherever a report
#: leaves the place unsaid.
_FORCE_ATTRIBUTES: Final = frozenset({"deployed", "withdrawn"})


def place_forces(claims: Sequence[Claim]) -> list[Claim]:
    """Claims of a force with no place, placed where the corpus places that force.

    "France has 1,500 troops in Niger" and "the 1,500 French soldiers must leave" tell
    of one force: where every placed figure of the same force in the corpus is in one
    place, a figure that names none is there too. A force placed in two places keeps
    its unplaced figures apart, since they could be either's. A force placed in a
    capital ("stationed in N'Djamena") is the one placed in its country, when the corpus
    places that force there too.

    Examples:
        >>> def c(i, place):
        ...     return Claim(id=i, document="d", subject="French troops", attribute="deployed",
        ...                  value=Quantity.exact(1500), place=place)
        >>> [x.place for x in place_forces([c("a", "Niger"), c("b", None)])]
        ['Niger', 'Niger']
        >>> [x.place for x in place_forces([c("a", "Niger"), c("b", "Chad"), c("c", None)])]
        ['Niger', 'Chad', None]
        >>> [x.place for x in place_forces([c("a", "Niger"), c("b", "Niamey"), c("c", None)])]
        ['Niger', 'Niger', 'Niger']
        >>> [x.place for x in place_forces([c("a", "Chad"), c("b", "Niamey")])]
        ['Chad', 'Niamey']
    """
    places = _force_places(claims)
    capitals = _capitals()
    moved = {
        id(claim): country
        for claim in claims
        if claim.attribute in _FORCE_ATTRIBUTES
        and claim.place
        and (country := capitals.get(claim.place.casefold())) is not None
        and country in places[_force_key(claim)]
    }
    if moved:
        # "70 troops stationed in N'Djamena" beside "the US troops in Chad": the force
        # in the capital is the one the corpus places in its country
        claims = [attrs.evolve(c, place=moved[id(c)]) if id(c) in moved else c for c in claims]
        places = _force_places(claims)
    out: list[Claim] = []
    for claim in claims:
        placed = (
            places.get(_force_key(claim), set()) if claim.attribute in _FORCE_ATTRIBUTES else set()
        )
        if claim.place is None and len(placed) == 1:
            out.append(attrs.evolve(claim, place=next(iter(placed))))
        else:
            out.append(claim)
    return out


def _force_key(claim: Claim) -> tuple[str, str, str]:
    """What makes two claims figures of one force: its name, attribute and event."""
    return (claim.subject.casefold(), claim.attribute, claim.event or "")


def _force_places(claims: Sequence[Claim]) -> dict[tuple[str, str, str], set[str]]:
    """The places the claims give each force (:func:`_force_key`)."""
    places: dict[tuple[str, str, str], set[str]] = {}
    for claim in claims:
        if claim.attribute in _FORCE_ATTRIBUTES and claim.place:
            places.setdefault(_force_key(claim), set()).add(claim.place)
    return places


@functools.cache
def _capitals() -> dict[str, str]:
    """Capital cities, case-folded, and their countries (``lexicon/capitals.json``)."""
    data = load_lexicon("capitals.json")
    return {str(city): str(country) for city, country in data["capitals"].items()}


_NATIONALS: Final = " people"
_PEOPLE: Final = "people"
#: Heads of a group of captives a nation's people may be counted as.
_CAPTIVES: Final = frozenset({"hostages", "prisoners", "captives", "detainees"})
#: Nouns that say only that the people counted are of a nation: "Thai citizens".
_NATIONAL_HEADS: Final = frozenset({"nationals", "citizens", "people"})


def _as_nationals(claim: Claim) -> Claim:
    """A claim whose subject counts people of a nation as "<Nation> people".

    "Thais", "Thai nationals", "Thai citizens" and "Thai people" are one group, named
    as the counts of victims name them ("two Iraqi men" are "Iraqi people").

    Examples:
        >>> def c(s):
        ...     return Claim(id="a", document="d", subject=s, attribute="released",
        ...                  value=Quantity.exact(10))
        >>> [_as_nationals(c(s)).subject for s in ("thais", "Thai citizens", "thai people")]
        ['Thai people', 'Thai people', 'Thai people']
        >>> _as_nationals(c("coalition")).subject
        'coalition'
        >>> _as_nationals(c("French troops")).subject
        'French troops'
    """
    words_ = claim.subject.casefold().split()
    if len(words_) == 1:
        nation = NATIONALITY.get(words_[0]) or (
            NATIONALITY.get(words_[0][:-1]) if words_[0].endswith("s") else None
        )
    elif len(words_) == 2 and words_[1] in _NATIONAL_HEADS:
        nation = NATIONALITY.get(words_[0])
    else:
        nation = None
    if nation is None or not nation[:1].isupper() or "-" in nation:
        return claim  # "coalition", "US-led": no nation's people
    return attrs.evolve(claim, subject=f"{nation}{_NATIONALS}")
