"""Tie a date to the event it dates and name that event well enough to tell it apart.

"The US and Iraq began the talks on January 27" -> (talks, date_began), and the claim's
subject "talks between Iraq and US (2024)".
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Final

import attrs

from reconcile.extract import _lexicon as lex
from reconcile.extract._dates import MOVED_DAY_LEADS, TimeExpression, rescheduled_verb
from reconcile.extract._frames import body_verb_event, frame_tables, whole_of_a_figure
from reconcile.extract._lexicon import words
from reconcile.extract._text import Token
from reconcile.values import DateSpan

#: Event classes whose verb takes the event as its object ("began the talks").
_OBJECT_FIRST: Final = frozenset({"began", "resumed", "held", "signed", "sent"})
_BOUNDARY: Final = frozenset({".", ";", '"'})
_NOUN_MODIFIERS: Final = frozenset(
    words("drone rocket missile suicide car terror terrorist deadly fatal mass air military")
)
_SAY: Final = frozenset(lex.SAY_VERBS) - {"according"}
#: Words around a report noun (``report_nouns`` in the frame lexicon) in the vehicle a
#: saying goes by: "in a press release on", "in a televised interview on".
_VEHICLE_WORDS: Final = frozenset(
    lex.words("in a an the on its his her their press release televised news post posted")
)


@attrs.frozen
class EventTie:
    """What a date expression dates.

    Attributes:
        head: the canonical event head ("talks", "strike", "commission").
        attribute: ``date_<class>`` ("date_began", "date_said") or ``date``.
        verb: index of the verb that ties the date, or -1.
        noun: index of the event noun, or -1 when the head is a default.
    """

    head: str
    attribute: str
    verb: int = -1
    noun: int = -1

    @property
    def anchor(self) -> int:
        """The token the event is read around: its verb, else its noun, else -1."""
        return self.verb if self.verb >= 0 else self.noun


def _event_noun(
    tokens: Sequence[Token], verb: int, lo: int, hi: int, *, object_first: bool
) -> int | None:
    """Index of the event noun nearest the verb: after it first for object-taking verbs."""
    after = next(
        (k for k in range(verb + 1, min(hi, verb + 6)) if tokens[k].low in lex.EVENT_NOUNS),
        None,
    )
    before = next(
        (k for k in range(verb - 1, max(lo - 1, verb - 7), -1) if tokens[k].low in lex.EVENT_NOUNS),
        None,
    )
    first, second = (after, before) if object_first else (before, after)
    return first if first is not None else second


@functools.cache
def _vehicle_words() -> frozenset[str]:
    """The words of a saying's vehicle, the packaged report nouns among them (read once)."""
    return _VEHICLE_WORDS | frame_tables().report_nouns


def moved_happening(tokens: Sequence[Token], first: int, lo: int) -> EventTie | None:
    """The happening a verb of moving it moved from or to the date at ``first``, if any.

    "The vote was first postponed from Monday to Tuesday": both days are the vote's,
    the event noun before the verb.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("The vote was pushed back again until Friday")
        >>> moved_happening(t, 7, 0)
        EventTie(head='vote', attribute='date_held', verb=3, noun=1)
        >>> moved_happening(tokenize("It was sent to Friday"), 4, 0) is None
        True
    """
    if first < 2 or tokens[first - 1].low not in MOVED_DAY_LEADS:
        return None
    verb = rescheduled_verb(tokens, first - 1)
    if verb is None or verb < lo:
        return None
    noun = next(
        (
            k
            for k in range(verb - 1, max(lo - 1, verb - 12), -1)
            if tokens[k].low in lex.EVENT_NOUNS
        ),
        None,
    )
    if noun is None:
        return None
    return EventTie(lex.EVENT_NOUNS[tokens[noun].low], "date_held", verb, noun)


#: Words after which a verb's form is a noun ("the start").
_ARTICLES: Final = frozenset(words("the a an"))
#: Prepositions that put a date to the phrase or verb before it: "the start of the war
#: on", "released on".
ON_A_DAY: Final = frozenset(words("on in at"))
#: Words before a superlative that make it a record: "the lowest", "its biggest".
_OWNERS_OF_RECORDS: Final = frozenset(words("the its their"))
#: How far before a "since" a word of a record may stand: "the first time since".
_RECORD_REACH: Final = 8
#: How far before a date the "since" of its phrase may stand.
_SINCE_REACH: Final = 8


def sets_a_record(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` is a word of a record, or a superlative after "the", "its"."""
    low = tokens[k].low
    return low in lex.RECORD_WORDS or (
        low.endswith("est") and k > 0 and tokens[k - 1].low in _OWNERS_OF_RECORDS
    )


def stretch_opened(tokens: Sequence[Token], first: int) -> int | None:
    """The "since" whose phrase the date at ``first`` stands in, with no verb between.

    "since the start of the war on October 7" counts from the date: a verb before the
    "since" tells of acts over the stretch, not on its first day. "since the war began
    on October 7" gives the date a verb of its own, which it dates; "since October 7"
    has no phrase between them.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("vetoed three drafts since the start of the war on October 7")
        >>> stretch_opened(t, 10)
        3
        >>> stretch_opened(tokenize("vetoed three drafts since the war began on October 7"), 8)
        >>> stretch_opened(tokenize("vetoed three drafts since October 7"), 4)
        >>> stretch_opened(tokenize("the lowest since the 1979 revolution"), 5)
        >>> stretch_opened(tokenize("the biggest majority since Thatcher in 1987"), 6)
    """
    if first == 0 or tokens[first - 1].low not in ON_A_DAY:
        return None  # "since the 1979 revolution": the date names the noun after it
    for k in range(first - 1, max(-1, first - 1 - _SINCE_REACH), -1):
        low = tokens[k].low
        if low == "since":
            if k == first - 1:
                # "since October 7" bounds a stretch with no phrase of its own: the date
                # is read as the stretch itself (an open span), which a verb may carry
                return None
            if any(sets_a_record(tokens, j) for j in range(max(0, k - _RECORD_REACH), k)):
                # "the biggest majority since Thatcher in 1987": a record is set against
                # the earlier event of its kind, which the date dates
                return None
            return k
        if low in _BOUNDARY or low == ",":
            return None
        if low in lex.EVENT_VERBS and not (k > 0 and tokens[k - 1].low in _ARTICLES):
            return None  # "the start of the war" is a noun, "the war began" a verb
    return None


def tie_event(tokens: Sequence[Token], expr: TimeExpression) -> EventTie:
    """The event a date expression dates: head, attribute, and the verb and noun tying it.

    Order of preference: an event noun the date modifies ("the January 28 drone attack"),
    the nearest event verb in the clause (before the date first: "formed last summer"),
    a verb of saying right before the date ("said on Sunday"), the nearest event noun;
    else ``event`` and ``date``.
    """
    n = len(tokens)
    first, last = expr.first, expr.last
    lo = first
    while lo > 0 and tokens[lo - 1].low not in _BOUNDARY and first - lo < 25:
        lo -= 1
    hi = last
    while hi < n and tokens[hi].low not in _BOUNDARY and hi - last < 25:
        hi += 1
    moved = moved_happening(tokens, first, lo)
    if moved is not None:
        return moved  # "the vote, initially set for Monday, was pushed back until Friday"
    # The date modifies a noun: "the January 28 drone attack"
    for k in range(last, min(hi, last + 2)):
        if tokens[k].low in lex.EVENT_NOUNS:
            head = lex.EVENT_NOUNS[tokens[k].low]
            attribute = "date_occurred" if head in ("attack", "strike", "shooting") else "date_held"
            return EventTie(head, attribute, noun=k)
        if tokens[k].low not in _NOUN_MODIFIERS:
            break
    candidates: list[tuple[float, int]] = []
    votes_at: set[int] = set()  # the candidates that are a vote's verb
    stretch = stretch_opened(tokens, first)
    for k in range(max(lo, first - _VOTE_REACH), min(hi, last + 8)):
        if first <= k < last:
            continue
        low = tokens[k].low
        if _ballots_counted(tokens, k):
            continue  # "41 percent of the votes": the ballots, no act of voting
        voting = low in ("voted", "vote", "votes") or _decides(tokens, k, lo, hi)
        if k < first - 8 and not voting:
            continue  # a vote's verb reaches past its tally and motion, others do not
        if voting:
            votes_at.add(k)
        if low in lex.EVENT_VERBS or _takes_effect(tokens, k) or voting:
            if low in ("set",) and not (k + 1 < n and tokens[k + 1].low == "up"):
                continue
            # verbs before the date bind a little tighter ("formed last summer"); a comma
            # between them puts the verb in another clause ("the truce, which began on
            # Wednesday, held"), so it binds looser
            distance = first - k if k < first else k - last + 1.5
            between = tokens[k + 1 : first] if k < first else tokens[last:k]
            if stretch is not None and k < stretch:
                # "has vetoed a draft three times since the start of the war on October
                # 7": the date opens the stretch the verb's acts are counted over
                continue
            if k > last and any(t.low in lex.CLAUSE_OPENERS for t in between):
                # "will hold a session on Tuesday after the council failed to adopt a
                # draft": the verb after the opener is of another clause
                distance += 4
            elif any(t.low == "," for t in between):
                if k > last and any(t.low in ("that", "which", "who") for t in between):
                    # "left on Friday, completing a withdrawal that began in October":
                    # the relative clause after the comma has its own date
                    continue
                distance += 4
            candidates.append((distance, k))
    say = next(
        (k for k in range(first - 1, max(lo - 1, first - 3), -1) if tokens[k].low in _SAY), None
    )
    if say is None:
        # "said in a press release on Monday", "told reporters in a televised interview
        # on Sunday": the vehicle of the saying stands between the verb and the date
        k = first - 1
        vehicle = _vehicle_words()
        while k >= lo and first - k <= 8 and tokens[k].low in vehicle:
            k -= 1
        if k >= lo and k < first - 1 and tokens[k].low in _SAY:
            say = k
    if say is not None and not any(d <= 2 for d, _ in candidates):
        return EventTie("statement", "date_said", say)
    if candidates:
        _, k = min(candidates)
        event_class, default_head = lex.EVENT_VERBS.get(tokens[k].low, ("began", "event"))
        begun = frame_tables().naming_verbs.get(tokens[k + 1].low) if k + 1 < n else None
        if event_class == "began" and begun is not None:
            # "the UN began withdrawing the mission in July": the withdrawal began, not
            # the mission it takes away
            return EventTie(begun, "date_began", k)
        noun = _event_noun(tokens, k, lo, hi, object_first=event_class in _OBJECT_FIRST)
        if k in votes_at:
            return EventTie("vote", "date_held", k, -1 if noun is None else noun)
        if tokens[k].low in ("met", "meet", "meets", "convened"):
            return EventTie("meeting", "date_held", k)
        head = default_head if noun is None else lex.EVENT_NOUNS[tokens[noun].low]
        noun_at = -1 if noun is None else noun
        if head in ("attack", "strike", "shooting") and event_class in (
            "began",
            "killed",
            "occurred",
        ):
            return EventTie(head, "date_occurred", k, noun_at)
        return EventTie(head, f"date_{event_class}", k, noun_at)
    nouns = [
        k
        for k in range(max(lo, first - 6), min(hi, last + 6))
        if tokens[k].low in lex.EVENT_NOUNS
        and not whole_of_a_figure(tokens, k, set(range(first, last)))
        and not (k > last and first - lo > 2 and any(t.low == "," for t in tokens[last:k]))
    ]
    # "left Mali on Tuesday, in line with an agreement": a noun past a comma after the
    # date is in another clause; a date that opens the sentence ("In October, Marland
    # vetoed a resolution") dates the clause after its comma. Of the rest, the noun
    # nearest the date: "failed to adopt a ceasefire resolution last week" dates the
    # resolution, the head of its compound, not the truce it asked for
    # "completed its withdrawal from Niger on Friday, the army said": an event noun
    # before the date in its clause is what the date dates, not the saying after it
    attributed = last < n and tokens[last].low == ","  # "on Friday, the army said"
    # "killed in a pipeline explosion in the central state of Hidalgo on Friday, local
    # authorities said": before a speech tag the noun may stand further back
    date_tokens = set(range(first, last))
    before = (
        [
            k
            for k in range(max(lo, first - _ATTRIBUTED_REACH), first)
            if _event_head(tokens[k].low) is not None
            and not whole_of_a_figure(tokens, k, date_tokens)
            and not any(t.low == "," for t in tokens[k:first])
        ]
        if attributed
        else []
    )
    if (
        say is None
        and not before
        and not (first > 0 and tokens[first - 1].low in lex.DEADLINE_WORDS)
    ):
        # "..., officials said on Monday"; but "pull out its troops by the end of the
        # year, the president announced": a deadline is no day of the saying after it
        say = next((k for k in range(last, min(hi, last + 4)) if tokens[k].low in _SAY), None)
    if say is not None:
        return EventTie("statement", "date_said", say)
    if nouns or before:
        k = min(nouns or before, key=lambda k: (first - k if k < first else k - last + 1, k))
        noun_head = _event_head(tokens[k].low)
        assert noun_head is not None  # every noun kept has one
        return EventTie(noun_head, "date", noun=k)
    return EventTie("event", "date")


def _event_head(low: str) -> str | None:
    """The head an event noun gives a date: its own ("election"), else its event type."""
    return lex.EVENT_NOUNS.get(low) or frame_tables().events.get(low)


def _ballots_counted(tokens: Sequence[Token], k: int) -> bool:
    """Whether "vote(s)" at ``k`` is the whole a share is of: "41 percent of the votes".

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> _ballots_counted(tokenize("41 percent of the votes"), 4)
        True
        >>> _ballots_counted(tokenize("the council votes on Friday"), 2)
        False
    """
    j = k - 1
    if j >= 0 and tokens[j].low in ("the", "all"):
        j -= 1
    return j >= 0 and tokens[j].low == "of"


#: How far before a date a vote's verb may stand: "voted 391-242 against the revised
#: agreement on Tuesday" puts a tally and a motion between them.
_VOTE_REACH: Final = 12


def _decides(tokens: Sequence[Token], k: int, lo: int, hi: int) -> bool:
    """Whether token ``k`` is a verb by which a voting body decided a motion.

    "Lawmakers on Tuesday rejected the treaty", "the bill passed the Senate on
    Tuesday", "the council decided on June 30 to end the mission": a verb of the frame
    lexicon's ``tally_verbs`` or one a body's event is done by (``event_verbs``) with a
    body or its members just before or after it. The date is the vote's, not the
    treaty's.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("Lawmakers on Tuesday rejected the treaty.")
        >>> _decides(t, 3, 0, len(t)), _decides(tokenize("Iran rejected the plan."), 1, 0, 5)
        (True, False)
    """
    tables = frame_tables()
    low = tokens[k].low
    # "the Security Council decided on June 30 to end the mission": a verb a body's
    # event is done by
    if (low,) not in tables.tally_verbs and body_verb_event(low, tables) is None:
        return False
    near = [*tokens[max(lo, k - 4) : k], *tokens[k + 1 : min(hi, k + 4)]]
    return any(
        t.low.removesuffix("'s") in tables.body_heads or t.low in tables.voters for t in near
    )


def _takes_effect(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` ends "took effect", "went into effect" or "came into force"."""
    if k == 0:
        return False
    low, before = tokens[k].low, tokens[k - 1].low
    if low == "effect":
        return before in ("took", "take", "takes", "taking", "into")
    return low == "force" and before == "into"


#: How far before a date a speech tag follows an event noun may stand ("explosion in
#: the central Mexican state of Hidalgo on Friday, officials said").
_ATTRIBUTED_REACH: Final = 12
#: Words that start a new clause; the parties of an event are read inside its own clause.
_CLAUSE_WORDS: Final = frozenset(words("that which who whom whose where"))
#: Conjunctions that end the subject of the event's clause when read leftwards.
_LEFT_STOPS: Final = frozenset(
    words("as while when because although after before since but if until following")
)
_OBJECT_STOPS: Final = _BOUNDARY | _CLAUSE_WORDS | _LEFT_STOPS | {","}
#: Words after which a name is a place, not a party ("met in Baghdad").
_PLACE_WORDS: Final = frozenset(words("in at near outside inside across to into"))
#: Verbs whose object is a party ("the minister met her Chilean counterpart").
_PARTY_VERBS: Final = frozenset(words("met meet meets hosted"))
#: Words after which a name in the object is a party ("talks with the US").
_PARTY_WORDS: Final = frozenset(words("with between among"))
#: Capitalized words that are never part of a name (sentence openers, calendar).
_FUNCTION_WORDS: Final = (
    frozenset(
        words("""the a an on in at since after before while when but and or so this that
        these those it its his her their they we he she i as for by with from to of
        currently last latest meanwhile however also then there here today""")
    )
    | frozenset(lex.MONTHS)
    | frozenset(lex.WEEKDAYS)
)
#: Words that, capitalized at the start of a sentence, are ordinary words, not names.
_NOT_NAMES: Final = (
    _FUNCTION_WORDS
    | frozenset(lex.EVENT_NOUNS)
    | frozenset(lex.EVENT_VERBS)
    | frozenset(lex.HEADS)
    | frozenset(lex.PREDICATES)
    | lex.SAY_VERBS
    | frozenset(
        words("""officials official sources source government authorities police envoys
        envoy delegates delegations delegation diplomats negotiators ministers leaders
        representatives mediators""")
    )
    # a figure opening the sentence: "Twelve people were killed", "More than 40 died"
    | frozenset(lex.UNITS)
    | frozenset(lex.TENS)
    | frozenset(
        words("""more less fewer some several dozens hundreds thousands millions many most
        all both about around nearly almost over under roughly approximately up""")
    )
)
#: Lower-case words allowed inside a name ("Abu Mahdi al-Muhandis").
_NAME_JOINERS: Final = frozenset(words("al el bin ibn - de"))


def _countries_by_adjective() -> dict[str, str]:
    """Nationality adjective -> the country's display name ("Iraqi" -> "Iraq")."""
    out: dict[str, str] = {}
    for name, adjective in lex.COUNTRIES.items():
        if name.isalpha() and name not in ("washington", "usa", "america"):
            out.setdefault(adjective, "US" if adjective == "US" else name.title())
    return out


_COUNTRY_OF: Final = _countries_by_adjective()


def _country(tokens: Sequence[Token], k: int) -> str | None:
    """The country token ``k`` names ("Iraq", "Iraq's", "Iraqi", "U.S.", "US-led"), if any."""
    t = tokens[k]
    if not t.is_capitalized:
        return None
    low = t.low.removesuffix("'s")
    adjective = lex.COUNTRIES.get(low) or lex.NATIONALITY.get(low) or lex.NATIONALITY.get(low[:-1])
    return None if adjective is None else _COUNTRY_OF.get(adjective)


def _is_modifier(tokens: Sequence[Token], k: int) -> bool:
    """Whether the country word at ``k`` modifies a noun ("US base", "Iraqi", "Iraq's")."""
    low = tokens[k].low
    if low not in lex.COUNTRIES:
        return True
    following = tokens[k + 1].low if k + 1 < len(tokens) else ""
    return following[:1].isalpha() and following not in _FUNCTION_WORDS


def _name_at(
    tokens: Sequence[Token], k: int, stop: int, skip: range, common: frozenset[str]
) -> tuple[str, int] | None:
    """A proper name starting at ``k`` (titles and nationality words left out) and its end.

    A capitalized word opening the sentence is a name only if the article never writes
    it in lower case (``common``): "State police arrested" is no party named State.
    """
    opening = k == 0 or (k == 1 and tokens[0].low == '"')
    if opening and (tokens[k].low in common or _common_noun(tokens[k].low)):
        return None
    j = k
    parts: list[str] = []
    while j < stop and j not in skip:
        t = tokens[j]
        if t.is_capitalized and t.low not in (_FUNCTION_WORDS if parts else _NOT_NAMES):
            if t.low in lex.TITLES or (_country(tokens, j) and not parts):
                parts.clear()
            else:
                parts.append(t.text[:-2] if t.low.endswith("'s") else t.text)
            j += 1
        elif (
            parts
            and t.low in _NAME_JOINERS
            and j + 1 < stop
            and (tokens[j + 1].is_capitalized or tokens[j + 1].low == "-")
        ):
            parts.append(t.text)
            j += 1
        else:
            break
    if not parts or j == k:
        return None
    return " ".join(parts).replace(" - ", "-").replace("- ", "-"), j


def _common_noun(low: str) -> bool:
    """Whether a word is one the lexicon knows as a common noun or verb ("Fighting")."""
    return (
        low in lex.HEADS
        or low in lex.PREDICATES
        or low in lex.EVENT_NOUNS
        or (low.endswith("ing") and len(low) > 5)
    )


def _target(
    tokens: Sequence[Token], tie: EventTie, skip: range, common: frozenset[str]
) -> str | None:
    """The named victim or target of a strike or attack ("the strike that killed X")."""
    n = len(tokens)
    start = tie.anchor
    if start < 0:
        return None
    hi = start + 1
    while hi < n and tokens[hi].low not in _BOUNDARY and hi - start < 16:
        hi += 1
    k = start
    while k < hi and tokens[k].low not in lex.TARGET_WORDS:
        k += 1
    for j in range(k + 1, min(hi, k + 12)):
        if j in skip:
            continue
        country = _country(tokens, j)
        if country is not None and not _is_modifier(tokens, j):
            return country
        found = _name_at(tokens, j, hi, skip, common)
        if found is not None:
            return found[0]
    return None


def _parties(
    tokens: Sequence[Token], tie: EventTie, skip: range, common: frozenset[str]
) -> list[str]:
    """The countries and other names taking part in the event, sorted.

    Read in the event's own clause: its subject (going left from the verb or noun to the
    start of the clause; across "who" to the name just before) and names after
    "with"/"between"/"among" in its object (any name in the object of "met", "hosted").
    Names after "in", "at", "near", "to" are places.
    """
    n = len(tokens)
    anchor = tie.anchor
    if anchor < 0:
        return []
    lo = anchor
    seen = False
    while lo > 0 and anchor - lo < 14:
        t = tokens[lo - 1]
        if t.low in _BOUNDARY or t.low in lex.SAY_VERBS or t.low in _LEFT_STOPS:
            break
        if (t.low == "," and seen) or t.low in ("that", "which", "where"):
            break
        if t.low in ("who", "whom", "whose"):
            # "Biden, who took office": the party is the name before "who"
            lo -= 2 if lo > 1 and tokens[lo - 2].low == "," else 1
            while lo > 0 and anchor - lo < 14 and tokens[lo - 1].is_capitalized:
                lo -= 1
            break
        seen = seen or (lo - 1 not in skip and t.is_capitalized and t.low not in _NOT_NAMES)
        lo -= 1
    hi = anchor + 1
    while hi < n and tokens[hi].low not in _OBJECT_STOPS and hi - anchor < 12:
        hi += 1
    countries: set[str] = set()
    names: set[str] = set()
    in_object = tokens[anchor].low in _PARTY_VERBS
    k = lo
    while k < hi:
        if k in skip or k == anchor:
            k += 1
            continue
        if k > anchor and tokens[k].low in _PARTY_WORDS:
            in_object = True
        if k > anchor and not in_object:
            k += 1
            continue
        if k > lo and tokens[k - 1].low in _PLACE_WORDS:
            # a place: "in Baghdad", "in the Iraqi capital"
            while k < hi and tokens[k].low in ("the", "a", "an"):
                k += 1
            k += 1
            while k < hi and tokens[k].is_capitalized:
                k += 1
            continue
        country = _country(tokens, k)
        if country is not None:
            countries.add(country)
            k += 1
            continue
        found = _name_at(tokens, k, hi, skip, common)
        if found is not None:
            names.add(found[0])
            k = found[1]
            continue
        k += 1
    return sorted(countries | names)


def _year_label(span: DateSpan) -> str | None:
    """The calendar year a span falls in ("2024"), two years ("2023-2024"), or None."""
    years = sorted({d.year for d in (span.start, span.end) if d is not None})
    if not years:
        return None
    return str(years[0]) if len(years) == 1 else f"{years[0]}-{years[-1]}"


def date_subject(
    tokens: Sequence[Token],
    expr: TimeExpression,
    tie: EventTie,
    span: DateSpan,
    *,
    party: str | None = None,
    common: frozenset[str] = frozenset(),
) -> tuple[str | None, str]:
    """The subject of a date claim, or None and the reason the date makes no claim.

    * Reporting acts (``date_said``, "in a statement on Tuesday") make no claim: when a
      source spoke is metadata of the report, not a fact sources dispute.
    * A date tied to no event (``event``) makes no claim.
    * One-off founding events (``date_formed``) keep the bare head, so that "formed
      last summer" and "established late last year" meet in one question; a founding
      with no noun for what was founded makes no claim.
    * Every other event is qualified by its named target ("strike on X") or its
      parties ("talks between Iraq and US", "meeting of X") and by its year: "(2024)".
      An episodic event (meeting, strike, attack, ...) with neither target nor party
      makes no claim: too many such events share the bare head. ``party`` names the
      party when the caller knows it (the body that voted); ``common`` holds the words
      the article writes in lower case somewhere.

    Returns:
        ``(subject, "")``, or ``(None, counter)`` with the name of the stats counter.
    """
    if tie.attribute == "date_said" or (tie.head == "statement" and tie.attribute == "date"):
        return None, "dates_of_reporting"
    if tie.head == "event" or (tie.head in lex.INSTITUTIONS and tie.attribute == "date"):
        return None, "dates_without_event"
    if tie.attribute in lex.FOUNDING_CLASSES:
        # "was founded in 1990" with no noun for what was founded dates nothing known
        return (tie.head, "") if tie.noun >= 0 else (None, "dates_without_event")
    skip = range(expr.first, expr.last)
    subject = tie.head
    target = _target(tokens, tie, skip, common) if tie.head in lex.TARGETED_EVENTS else None
    if target is not None:
        subject = f"{tie.head} on {target}"
    else:
        parties = [party] if party else _parties(tokens, tie, skip, common)
        if len(parties) == 1:
            subject = f"{tie.head} of {parties[0]}"
        elif parties:
            subject = f"{tie.head} between {' and '.join(parties)}"
        elif tie.head in lex.EPISODIC_EVENTS:
            return None, "dates_of_unnamed_events"
    year = _year_label(span)
    return (subject if year is None else f"{subject} ({year})"), ""
