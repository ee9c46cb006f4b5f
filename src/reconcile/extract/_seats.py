"""Seats in an election or a parliament: who won how many.

"The ruling party won 159 of the 400 seats", "the opposition took 87 seats", "X was on
course for 161 seats", "the party, which won 159 seats, ...". The subject is the party
or bloc that is the clause's subject (a proper name, or a noun phrase ending in party,
coalition, alliance, bloc, front, movement or opposition); a figure with no such
subject makes no claim, since a seat count about nobody in particular answers nothing.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Final

import attrs

from reconcile.extract._context import place_in
from reconcile.extract._counts import CountFigure, CountReading
from reconcile.extract._frames import (
    PLACE_NOUNS,
    before_brackets,
    clause_subject,
    fact_label,
    falls_short,
    frame_tables,
    in_a_word,
    may_abbreviate,
    name_ending_at,
    name_start,
    names_an_event,
    nearest_clause_subject,
    owned_from,
    party_led_by,
    past_possessor,
    respective_name,
    verb_before_with,
)
from reconcile.extract._lexicon import (
    APOSTROPHES,
    CAMP_NOUNS,
    CHANGE_VERBS,
    CLAUSE_OPENERS,
    CONTENDER_NOUNS,
    FUNCTION_WORDS,
    NUMBER_WORDS,
    RANKING_VERBS,
    SAY_VERBS,
    TITLES,
    load_lexicon,
    words,
)
from reconcile.extract._numbers import NumberKind, QuantityMention, change_verb_before
from reconcile.extract._scope import is_prior_value
from reconcile.extract._text import Token, a_full_name, as_written

__all__ = [
    "WINNING_VERBS",
    "changed_from_holder",
    "read_seats",
    "restates_share",
    "seat_kind",
    "share_holder",
]

#: Verbs of holding seats, by what they say: won (the result), gained or lost (a change).
_SEAT_VERBS: Final[dict[str, str]] = {
    **dict.fromkeys(
        words("""won win wins winning took take takes secured secure secures captured
        capture got get gets holds hold held has have had course obtained obtain obtains
        obtaining claim claims claimed claiming count counts received receive receives
        taking securing capturing getting holding receiving"""),
        "seats_won",
    ),
    # a count's trends: "the NDA is ahead in 286 seats", "Congress leads in 98"
    **dict.fromkeys(words("leading leads led ahead"), "seats_won"),
    **dict.fromkeys(words("gained gain gains gaining picked"), "seats_gained"),
    **dict.fromkeys(words("lost lose loses losing loss losses"), "seats_lost"),
}
#: Words between the subject and the verb, or the verb and the figure.
_LINKS: Final = frozenset(
    words("""was is were are will would has have had to be been on for up a an the just
    only some about around nearly almost over more than at least in total of could can
    may might should managed manages manage managing able alone itself""")
    # "the party was forecast to win 36 seats", "is expected to take": words of a
    # forecast stand between the subject and its verb
    + words("forecast forecasted projected expected predicted poised set likely tipped")
)
#: Words of a hedge or stress between the name given seats and their figure: "gave the
#: NDA well over 350 seats", "gave Modi's alliance anywhere between 350 and 400".
_GIVEN_STRESS: Final = frozenset(words("anywhere even well just only some about around nearly"))
#: Lowercase words inside a party's name: "Party of the Regions", "Union for France".
_JOINERS: Final = frozenset(words("of the for and de du des la le"))
#: Nouns that end the name of a contender: "the ruling party", "the main opposition".
_CONTENDERS: Final = CONTENDER_NOUNS | frozenset(words("opposition list"))
_DETERMINERS: Final = frozenset(words("the a an its their his her"))
#: Pronouns a contender may be told by: "as they only had 16 seats".
_PRONOUNS: Final = frozenset(words("they it"))
#: Words and marks before a clause's subject; ")" and dashes end a dateline ("LONDON
#: (Wire) - The party won ...").
_CLAUSE_OPENERS: Final = frozenset(
    words(', ; : which who that and while but as after when . " ( ) - \u2013 \u2014')
)


def read_seats(
    text: str, tokens: Sequence[Token], mentions: Sequence[QuantityMention]
) -> list[CountFigure]:
    """Seat counts in one sentence, with the party or bloc that holds them.

    Examples:
        >>> from reconcile.extract._numbers import scan_numbers
        >>> from reconcile.extract._text import tokenize
        >>> t = "The ruling party won 159 of the 400 seats."
        >>> tokens = tokenize(t)
        >>> [(f.reading.subject, f.reading.attribute, f.value.point)
        ...  for f in read_seats(t, tokens, scan_numbers(t, tokens))]
        [('ruling party', 'seats_won', 159.0)]
    """
    out: list[CountFigure] = []
    counted = False  # whether a figure before this one counted seats
    for mention in mentions:
        elliptic = counted and _listed_after(tokens, mention)
        seats = _counts_seats(tokens, mention)
        # "It had 16 seats, a loss of ten seats": the change of the count just given
        after = _after_change(tokens, mention.first) if out else None
        if after is not None:
            # "Labour took 412 seats, a gain of 211", "the Liberal Democrats gained 64
            # seats to finish on 72": the change or the total of the seats just counted
            reading = attrs.evolve(
                out[-1].reading, attribute=after, first=mention.first, last=mention.last
            )
            out.append(CountFigure(reading, mention.value, mention.start, mention.end))
            continue
        shared = _shared_to(tokens, mention) if counted and not seats else None
        if shared is not None:
            # "215 seats (191 for the LDP and 24 for Komeito)": the parts of the count
            # just given, each the named holder's
            reading = CountReading(
                shared, "seats_won", None, mention.first, mention.last, mention.last
            )
            out.append(CountFigure(reading, mention.value, mention.start, mention.end))
            continue
        if not (seats or elliptic):
            continue
        counted = True
        if is_prior_value(tokens, mention.first, 0):
            # "dropping from 52 seats to 33": the seats held before, an earlier reading
            # of the count the open figures give its time
            continue
        recipient = _recipient(tokens, mention.first) or _gone_to(tokens, mention)
        label = fact_label(tokens, mention.first)
        respective = respective_name(tokens, mention.first)
        if respective is not None:
            # "ahead of AfD and SPD, with 151 and 121 seats respectively"
            subject, verb, attribute = respective, mention.first - 1, "seats_won"
        elif label is not None:
            # "- BJP: 240 seats", "Labour: 412 seats": a fact box's line, the label's seats
            subject, verb, attribute = label, mention.first - 1, "seats_won"
        elif recipient is not None:
            # "the projection gives the Labour Alliance 402 seats": the seats are the
            # name's that is given them, not the giver's
            subject, verb = recipient
            attribute = "seats_won"
        elif (changed := _changed_to(tokens, mention.first)) is not None:
            # "the party, which jumped from 96 seats to 148", "dropping the LDP from 259
            # seats to 191 seats": the seats the change left the named holder with
            subject, verb = changed
            attribute = "seats_won"
        else:
            verb = _seat_verb(tokens, mention.first)
            found = _contender(tokens, verb) if verb >= 0 else None
            if found is not None:
                subject, attribute = found, _DISTRICT_VERBS[tokens[verb].low]
            else:
                # "the NFP in the lead with 182 seats, followed by Macron's centrists on
                # 168", "the coalition (168 seats)": the name the figure is set beside
                held = _holder_before(tokens, mention.first)
                if held is None:
                    # "won the second round with 182 seats", "came in third place with
                    # 143 seats": the verb's subject, past the verb's own object
                    verb = _verb_before_with(tokens, mention.first)
                    found = _contender(tokens, verb) if verb >= 0 else None
                    if found is None and _part_of_the_seats(tokens, mention):
                        # "the SNP almost achieving a clean sweep of 58 of the 59 seats":
                        # a part of all the seats is held by the clause's subject
                        found = nearest_clause_subject(tokens, 0, mention.first)
                        verb = mention.first - 1
                    if found is None or not found[:1].isupper():
                        continue
                    held = (found, verb)
                (subject, verb), attribute = held, "seats_won"
        if subject.casefold() in _PRONOUNS:
            # "The Greens lost, as they only had 16 seats": the name the sentence opens
            # with, else the contender the article named before ("party")
            opening = clause_subject(tokens, 0, verb) if verb > 0 else None
            subject = opening if opening and opening[:1].isupper() else "party"
        if attribute == "seats_won" and falls_short(tokens, mention.last + 1):
            # "currently nine seats short", "falling eight seats short of a majority":
            # how far the holder is from a majority, not the seats it holds
            attribute = "seats_short"
        kind = seat_kind(tokens, mention)
        if kind is not None:
            # "141 seats and 18 national list seats, totaling 159": a kind of seat is a
            # part of the party's seats, its own figure beside the total
            attribute = f"{kind}_{attribute}"
        # "In Wales, the Workers won 27 seats": the seats of a region, a part of the whole;
        # a place in a clause after the figure's is another happening's ("won 232
        # seats, even as Labour was wiped out in Scotland")
        place = place_in(text, tokens, 0, _clause_end_after(tokens, mention.last))
        reading = CountReading(subject, attribute, place, mention.first, mention.last, verb)
        out.append(CountFigure(reading, mention.value, mention.start, mention.end))
    return out


#: Verbs by which a contender comes by a share of the vote: "the FDP, which garnered
#: only 4.3%", "the SPD ended third, securing 16.4%".
_SHARE_VERBS: Final = frozenset(
    words("""won win wins winning took take takes taking taken received receive receives
    receiving got get gets getting secured secure secures securing garnered garner
    garners garnering obtained obtain obtains obtaining scored score scores scoring
    polled poll polls polling captured capture captures capturing achieved achieve
    achieves achieving accounted accounting accounts amassed amass amasses amassing
    bagged bag bags bagging clinched clinch clinches clinching netted attracted
    gathered gather gathers gathering collected collect collects collecting drew""")
)


#: Words of a range a share is given as ("obtained a range of between 26.6% and 28.6%"),
#: or of how it ranks ("scores a record low of 21.1%", "its best result of 9.2%").
_RANGE_WORDS: Final = frozenset(words("between range from record low high best worst result"))
#: Verbs by which a contender wins seats, votes or a share, in any form.
WINNING_VERBS: Final = _SHARE_VERBS | frozenset(
    verb for verb, held in _SEAT_VERBS.items() if held == "seats_won"
)


#: Prepositions that make the name after them a place: "in the UK".
_PLACE_PREPOSITIONS: Final = frozenset(words("in at across throughout"))


def _place_phrase_start(tokens: Sequence[Token], last: int) -> int | None:
    """The preposition of a place phrase whose name ends at token ``last``, if it is one.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> _place_phrase_start(tokenize("swept back to power in the UK winning"), 6)
        4
        >>> _place_phrase_start(tokenize("the Conservative Party winning"), 2) is None
        True
    """
    start = name_start(tokens, last + 1, 0)
    if start is None or start == 0:
        return None
    k = start - 1
    if tokens[k].low == "the" and k > 0:
        k -= 1
    return k if tokens[k].low in _PLACE_PREPOSITIONS else None


#: Words that open another clause after a seat count: its places are that clause's.
_LATER_CLAUSES: Final = (
    CLAUSE_OPENERS
    | frozenset(words("whilst although though but and as"))
    | frozenset({"-", "\u2013", "\u2014"})
)


def _clause_end_after(tokens: Sequence[Token], last: int) -> int:
    """Where the figure's clause ends after token ``last``: another clause opens.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> _clause_end_after(tokenize("won 232 seats, even as it lost in Scotland"), 2)
        5
    """
    for k in range(last, len(tokens)):
        if tokens[k].low in _LATER_CLAUSES and not in_a_word(tokens, k):
            return k
    return len(tokens)


def share_holder(tokens: Sequence[Token], first: int) -> str | None:
    """The contender a share of the vote is won by, where the share's words name none.

    The subject of the verb that wins it (across "which", an aside or a participle's
    comma: the seat counts' reading, :func:`_contender`), else the name the figure is
    set beside ("followed by the AfD with 20.8%"), else the subject of the verb a
    "with" figure closes ("emerged as the winner with 28.5%").

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> def holder(text):
        ...     t = tokenize(text)
        ...     return share_holder(t, next(i for i, x in enumerate(t) if x.is_number))
        >>> holder("The Free Democratic Party (FDP), which garnered only 4.3%, is out.")
        'Free Democratic Party'
        >>> holder("Olaf Scholz's Social Democrats ended in third place, securing 16.4%.")
        'Social Democrats'
        >>> holder("It was followed by the Alternative for Germany (AfD) with 20.8%.")
        'AfD'
        >>> holder("Merz's CDU/CSU alliance emerged as the winner with 28.5% of the vote.")
        'CDU/CSU'
        >>> holder("Prices rose by 4%.")
        >>> holder("The Social Democratic Party scores a record low of 21.1%.")
        'Social Democratic Party'
        >>> holder("The FDP was voted out of the Bundestag with 4.3%.")
        >>> share_holder(tokenize("Unity Party: 168 seats, with 43.5 per cent of the vote"), 7)
        'Unity Party'
    """
    return without_title(_share_holder(tokens, first))


def _share_holder(tokens: Sequence[Token], first: int) -> str | None:
    k = _before_the_share(tokens, first)
    if k >= 0 and tokens[k].low in _SHARE_VERBS:
        return _contender(tokens, k)
    held = _holder_before(tokens, first)
    if held is not None:
        return held[0]
    verb = _verb_before_with(tokens, first)
    if verb >= 0:
        return _contender(tokens, verb)
    return _holder_of_seats_before(tokens, first)


def relative_holder(tokens: Sequence[Token], first: int) -> str | None:
    """The person a share's verb has for subject through "who" or "that", else ``None``.

    "Milei won 55.8%, against Sergio Massa who obtained 44.2%", "the 44.30% that Massa
    obtained": Massa's, whatever the sentence opens with.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> relative_holder(tokenize("Milei won, against Sergio Massa who obtained 44.2%"), 8)
        'Sergio Massa'
        >>> relative_holder(tokenize("Milei, who obtained 55.8%, won"), 4) is None
        True
        >>> relative_holder(tokenize("It beat the 44.30% that Massa obtained."), 3)
        'Massa'
    """
    k = _before_the_share(tokens, first)
    if k >= 2 and tokens[k].low in _SHARE_VERBS and tokens[k - 1].low == "who":
        if not tokens[k - 2].is_capitalized:
            return None  # "Milei, who obtained 55.8%": the sentence's own subject reads it
        return without_title(_contender(tokens, k))
    # "surpassed the 44.30% that Massa obtained": the name after "that" and before a verb
    # of winning
    j = first
    while j < len(tokens) and (tokens[j].is_number or tokens[j].low in _SHARE_TAIL):
        j += 1
    if j + 2 < len(tokens) and tokens[j].low in ("that", "which") and tokens[j + 1].is_capitalized:
        end = j + 1
        while end < len(tokens) and tokens[end].is_capitalized and tokens[end].text.isalpha():
            end += 1
        if end < len(tokens) and end - j <= 4 and tokens[end].low in _SHARE_VERBS:
            return without_title(as_written(tokens[j + 1 : end]))
    return None


#: Words of a share after its figure: "44.30% of the votes".
_SHARE_TAIL: Final = frozenset(words("% percent per cent of the votes vote ballots"))


#: Words of an office before a name ("Economy Minister", "President"), not honorifics:
#: "Mr Dorn" is written so throughout a report and stays so.
_OFFICES: Final = TITLES - frozenset(words("mr mr. mrs mrs. ms ms. dr dr."))


def _before_the_share(tokens: Sequence[Token], first: int) -> int:
    """The index of the word before a share's figure, past its links and hedges.

    "garnered only 4.3%", "received nearly 16%", "a range of between 26.6%": the verb.
    """
    k = first - 1
    while k >= 0 and (tokens[k].low in _LINKS or tokens[k].low in _RANGE_WORDS):
        k -= 1
    return k


def without_title(name: str | None) -> str | None:
    """A person's name without the office written before it, else the name as it is.

    "Economy Minister Sergio Massa" and "Sergio Massa" are one contender; the office is
    the writer's description, not the name.

    Examples:
        >>> without_title("Economy Minister Sergio Massa"), without_title("President Lai")
        ('Sergio Massa', 'Lai')
        >>> without_title("Prime Minister"), without_title("Liberal Party")
        ('Prime Minister', 'Liberal Party')
    """
    if name is None:
        return None
    parts = name.split()
    last_title = max((i for i, w in enumerate(parts) if w.casefold() in _OFFICES), default=-1)
    rest = parts[last_title + 1 :]
    if last_title < 0 or not rest or not all(w[:1].isupper() for w in rest):
        return name
    return " ".join(rest)


def restates_share(tokens: Sequence[Token], first: int) -> bool:
    """Whether the count of votes at token ``first`` restates the share just before it.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("Lai received 42.9% or 349,213 votes, Hou 33.0% or 268,921 votes.")
        >>> restates_share(t, 5), restates_share(t, 12)
        (True, True)
        >>> restates_share(tokenize("Lai won 42.9% and 349,213 votes."), 5)
        False
    """
    k = first - 1
    if k < 1 or tokens[k].low not in ("or", "("):
        return False
    k -= 1
    if tokens[k].low == ",":
        k -= 1
    if k >= 1 and tokens[k].low == "cent" and tokens[k - 1].low == "per":
        k -= 1  # "33 per cent or 268,921 votes"
    return k >= 1 and tokens[k].low in ("%", "percent", "per") and tokens[k - 1].is_number


def _holder_of_seats_before(tokens: Sequence[Token], first: int) -> str | None:
    """Whose share a "with" figure is that follows a contender's seats and a comma.

    "Unity Party: 168 seats, with 43.5 per cent": the share is the seats' holder's, the
    name set beside the seat count by a colon, a dash or a bracket.
    """
    k = first - 1
    while k >= 0 and tokens[k].low in _STRESS_AFTER_WITH:
        k -= 1
    if not (
        k >= 4
        and tokens[k].low == "with"
        and tokens[k - 1].low == ","
        and tokens[k - 2].low in ("seats", "seat")
        and (tokens[k - 3].is_number or tokens[k - 3].low in NUMBER_WORDS)  # "Seven seats"
    ):
        return None
    seats = k - 3
    label = fact_label(tokens, seats)
    if label is not None:
        return label
    held = _holder_before(tokens, seats)
    return held[0] if held is not None else None


#: Words that may stand between a seat count and "seats" besides its kind's.
_SEAT_KIND_REACH: Final = 4


@functools.cache
def _seat_kinds() -> dict[str, str]:
    """Phrase of a kind of seat -> the kind (``seat_kinds`` in ``frames.json``)."""
    table = load_lexicon("frames.json")["seat_kinds"]
    return {
        phrase: kind
        for kind, phrases in table.items()
        if not kind.startswith("_")
        for phrase in phrases
    }


def seat_kind(tokens: Sequence[Token], mention: QuantityMention) -> str | None:
    """The kind of seat a count counts, by the words between it and "seats", else ``None``.

    Examples:
        >>> from reconcile.extract._numbers import scan_numbers
        >>> from reconcile.extract._text import tokenize
        >>> def kind(text):
        ...     t = tokenize(text)
        ...     return seat_kind(t, scan_numbers(text, t)[0])
        >>> kind("18 national list seats"), kind("35 constituency seats")
        ('list', 'constituency')
        >>> kind("12 party-list seats"), kind("159 seats"), kind("141 parliamentary seats")
        ('list', None, None)
    """
    last = mention.last
    end = next(
        (
            k
            for k in range(last, min(len(tokens), last + _SEAT_KIND_REACH + 1))
            if tokens[k].low in ("seats", "seat")
        ),
        None,
    )
    if end is None or end == last:
        return None
    phrase = " ".join(t.low for t in tokens[last:end]).replace(" - ", "-")
    return _seat_kinds().get(phrase)


def _part_of_the_seats(tokens: Sequence[Token], mention: QuantityMention) -> bool:
    """Whether a count is a part of all the seats: "58 of the 59 seats", "of its 59"."""
    after = [t.low for t in tokens[mention.last : mention.last + 4]]
    return (
        len(after) == 4
        and after[0] == "of"
        and after[1] in ("the", "all")
        and tokens[mention.last + 2].is_number
        and after[3] in ("seats", "seat")
    )


def _counts_seats(tokens: Sequence[Token], mention: QuantityMention) -> bool:
    """Whether the figure counts seats: "159 seats", the part of "159 of the 400 seats"."""
    if mention.kind is NumberKind.MEASURE:
        # "a 174-seat majority" counts the majority, not seats won; "402 seats and a
        # majority of 204" counts seats
        beyond = [t.low for t in tokens[mention.last : mention.last + 4]]
        qualifies = beyond[:1] == ["-"] or beyond[1:2] in (["majority"], ["lead"])
        return mention.unit in ("seats", "seat") and not (
            qualifies and {"majority", "lead"} & set(beyond)
        )
    if mention.kind is not NumberKind.COUNT:
        return False
    after = [t.low for t in tokens[mention.last : mention.last + 5]]
    if after[:1] and after[0] in _DISTRICTS:
        # "the Liberals were leading in 161 districts": a district a party leads or won
        # in is a seat it holds
        k = mention.first - 1
        # "leading or elected in 158 ridings": a candidate elected holds the seat
        return k >= 1 and tokens[k].low == "in" and tokens[k - 1].low in _DISTRICT_VERBS
    if after[:2] == ["out", "of"]:
        after = after[1:]  # "winning 182 out of 577 seats"
    return after[:1] == ["of"] and any(w in ("seats", "seat") for w in after[1:])


#: Forms of "be" before which "left" is a verb: "the SNP was left with nine seats".
_BE_FORMS: Final = frozenset(words("was were is are be been being"))
#: The districts that each send one member: a party winning one holds its seat.
_DISTRICTS: Final = frozenset(
    words("districts district ridings riding constituencies constituency electorates")
)


#: Verbs that give seats to the name after them: "the exit poll gives Labour 410 seats".
_GIVING_VERBS: Final = frozenset(
    words("gives give gave giving given hands handed handing projects projected puts put")
)


def _recipient(tokens: Sequence[Token], first: int) -> tuple[str, int] | None:
    """The name given the seats and the giving verb: "gives the Labour Alliance 402".

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("Our projection now gives the Labour Alliance 402 seats.")
        >>> _recipient(t, 7)
        ('Labour Alliance', 3)
        >>> _recipient(tokenize("The exit poll put Labour on 410 seats."), 6)
        ('Labour', 3)
        >>> _recipient(tokenize("The Labour Alliance won 402 seats."), 4) is None
        True
        >>> t = tokenize("Polls gave Modi's National Democratic Alliance well over 350 seats.")
        >>> _recipient(t, 7)
        ('National Democratic Alliance', 1)
    """
    end = first
    while end >= 1 and tokens[end - 1].low in _GIVEN_STRESS:
        end -= 1
    end = end - 1 if end >= 1 and tokens[end - 1].low == "on" else end
    name = name_ending_at(tokens, end, 0)  # "the exit poll put Labour on 410 seats"
    if name is None:
        return None
    k = end - len(name.split())
    if k - 1 >= 0 and tokens[k - 1].low == "the":
        k -= 1
    if k - 1 >= 0 and tokens[k - 1].low == "to":
        k -= 1  # "gave to the NDA 400 seats"
    if k - 1 < 0 or tokens[k - 1].low not in _GIVING_VERBS:
        return None
    # "gave Modi's National Democratic Alliance 350 seats": the alliance, not Modi
    named = name.split()
    return " ".join(named[past_possessor(tokens[end - len(named) : end]) :]), k - 1


#: Verbs by which seats go to the name after "to": "26 seats had gone to the alliance".
_GOING_VERBS: Final = frozenset(words("gone went go goes going belong belongs fell fall falls"))
#: Words between a figure of seats and the verb that sends them: "seats had gone".
_GOING_LINKS: Final = frozenset(words("seats seat more had have has will would be been"))


def _gone_to(tokens: Sequence[Token], mention: QuantityMention) -> tuple[str, int] | None:
    """The name seats go to, after them, and the token that sends them there.

    Examples:
        >>> from reconcile.extract._numbers import scan_numbers
        >>> from reconcile.extract._text import tokenize
        >>> def gone(text):
        ...     t = tokenize(text)
        ...     found = _gone_to(t, scan_numbers(text, t)[0])
        ...     return found and found[0]
        >>> gone("Another 26 seats had gone to the Green-Left alliance.")
        'Green-Left'
        >>> gone("The Greens will hold 85 seats while 64 seats will belong to The Left.")
        >>> gone("64 seats will belong to The Left.")
        'Left'
        >>> gone("with 23 more to the VVD"), gone("26 seats went to waste")
        ('VVD', None)
    """
    k = mention.last
    while k < len(tokens) and k - mention.last < 4 and tokens[k].low in _GOING_LINKS:
        k += 1
    if k < len(tokens) and tokens[k].low in _GOING_VERBS:
        k += 1
    elif k == mention.last or tokens[k - 1].low != "more":
        return None  # "with 23 more to the VVD": the verb left out
    if k >= len(tokens) or tokens[k].low != "to":
        return None
    at = k
    k += 1
    if k < len(tokens) and tokens[k].low == "the":
        k += 1
    end = k
    while (
        end < len(tokens)
        and end - k < 6
        and (tokens[end].is_capitalized or _inner_hyphen(tokens, end) or tokens[end].low == "/")
    ):
        end += 1
    if end == k:
        return None
    holder = _holder_ending_at(
        tokens, end + 1 if end < len(tokens) and tokens[end].low in _CONTENDERS else end
    )
    return (holder, at) if holder is not None else None


def _inner_hyphen(tokens: Sequence[Token], k: int) -> bool:
    """Whether the dash at ``k`` joins the words on its sides: "GroenLinks-PvdA"."""
    return tokens[k].low in ("-", "/") and in_a_word(tokens, k)


#: Words after a count of seats that give the same holder's change or new total, as
#: the attribute they give: "a gain of 211", "to finish on 72".
_AFTER_SEATS: Final = {
    ("a", "gain", "of"): "seats_gained",
    ("a", "net", "gain", "of"): "seats_gained",
    ("a", "loss", "of"): "seats_lost",
    ("a", "net", "loss", "of"): "seats_lost",
    ("to", "finish", "on"): "seats_won",
    ("to", "finish", "with"): "seats_won",
    ("to", "end", "on"): "seats_won",
    ("to", "end", "with"): "seats_won",
    ("taking", "its", "total", "to"): "seats_won",
    ("taking", "their", "total", "to"): "seats_won",
    ("bringing", "its", "total", "to"): "seats_won",
    ("bringing", "their", "total", "to"): "seats_won",
}
_AFTER_SEATS_LONGEST: Final = max(map(len, _AFTER_SEATS))


def _after_change(tokens: Sequence[Token], first: int) -> str | None:
    """The attribute the words before a bare figure give it after a count of seats.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("Labour took 412 seats, a gain of 211.")
        >>> _after_change(t, 8), _after_change(tokenize("It won 9 seats to finish on 72"), 7)
        ('seats_gained', 'seats_won')
        >>> _after_change(tokenize("It won 9 seats in 72 areas"), 5) is None
        True
    """
    for size in range(_AFTER_SEATS_LONGEST, 2, -1):
        if first >= size:
            found = _AFTER_SEATS.get(tuple(t.low for t in tokens[first - size : first]))
            if found is not None:
                return found
    return None


#: Verbs of a change of seats held: any verb of change, and "dropping the party from
#: 259 seats to 191", which elsewhere drops charges, bombs or a candidate.
_SEAT_CHANGE_VERBS: Final = CHANGE_VERBS | frozenset(words("dropping"))


def _changed_to(tokens: Sequence[Token], first: int) -> tuple[str, int] | None:
    """The holder and verb of a change "from N seats to" the figure at ``first``.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> _changed_to(tokenize("The Greens, which jumped from 96 seats to 148 seats"), 9)
        ('Greens', 4)
        >>> _changed_to(tokenize("dropping the LDP from 259 seats to 191 seats"), 7)
        ('LDP', 0)
        >>> _changed_to(tokenize("It won from 20 to 30 seats"), 5) is None
        True
    """
    k = first - 1
    if k < 3 or tokens[k].low != "to":
        return None
    k -= 1
    if tokens[k].low in ("seats", "seat"):
        k -= 1
    elif not any(t.low in ("seats", "seat") for t in tokens[first + 1 : first + 3]):
        return None  # "rose from 259 to 300 people": no seats on either side
    if not tokens[k].is_number:
        return None
    k -= 1
    while k >= 1 and tokens[k].low in _LINKS - {"from"}:
        k -= 1  # "from just 11 seats"
    if k < 1 or tokens[k].low != "from":
        return None
    j = change_verb_before(tokens, k, _SEAT_CHANGE_VERBS)
    if j < 0:
        return None
    # "dropping the LDP from": the name the change moved, else the verb's subject
    moved = name_ending_at(tokens, k, j + 1) if j + 1 < k else None
    holder = moved or _contender(tokens, j)
    return (holder, j) if holder is not None else None


def changed_from_holder(tokens: Sequence[Token], last: int) -> str | None:
    """The holder of seats a figure ending at ``last`` held before "to N seats".

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> changed_from_holder(tokenize("dropping the LDP from 259 seats to 191 seats"), 5)
        'LDP'
        >>> changed_from_holder(tokenize("It rose from 259 to 300 people"), 4) is None
        True
    """
    k = last
    if k < len(tokens) and tokens[k].low in ("seats", "seat"):
        k += 1
    if k + 1 >= len(tokens) or tokens[k].low != "to" or not tokens[k + 1].is_number:
        return None
    changed = _changed_to(tokens, k + 1)
    return None if changed is None else changed[0]


def _seat_verb(tokens: Sequence[Token], first: int) -> int:
    """The verb before the figure ("won 159", "was on course for 161"), or -1."""
    k = first - 1
    while k >= max(0, first - 6):
        low = tokens[k].low
        if low in _SEAT_VERBS or (low in _DISTRICT_VERBS and tokens[k + 1].low == "in"):
            return k  # "won 159", "elected in 158 ridings"
        if low not in _LINKS:
            return -1
        k -= 1
    return -1


#: Verbs before "in" a number of districts that make them seats held: "leading in 161".
_DISTRICT_VERBS: Final[dict[str, str]] = {**_SEAT_VERBS, "elected": "seats_won"}
#: Verbs whose object a "with" figure of seats closes: "won the vote with 182 seats".
_WITH_VERBS: Final = frozenset(_SEAT_VERBS) | RANKING_VERBS
#: Words of a hedge or stress between "with" and its figure: "with just over 143".
_STRESS_AFTER_WITH: Final = _GIVEN_STRESS | (_LINKS - {"with", "on"})


def _verb_before_with(tokens: Sequence[Token], first: int) -> int:
    """The verb whose object a "with" figure closes: "won the vote with 182 seats", or -1.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("The bloc won the second round of the election with 182 seats.")
        >>> t[_verb_before_with(t, 10)].text
        'won'
        >>> t = tokenize("The party came in third place with 143 seats.")
        >>> t[_verb_before_with(t, 7)].text
        'came'
        >>> _verb_before_with(tokenize("It won, with 143 seats."), 4)
        -1
    """
    k = first - 1
    while k >= 0 and tokens[k].low in _STRESS_AFTER_WITH:
        k -= 1  # "with just 143 seats", "with more than 143"
    if k < 1 or tokens[k].low != "with":
        return -1
    return verb_before_with(tokens, k, 0, _WITH_VERBS)


#: Dashes that set a figure beside the name before it in a list: "AfD — 151".
_LIST_DASHES: Final = frozenset({"-", "\u2013", "\u2014"})
#: Words that place a contender in a list of results before its figure: "the NFP in
#: the lead with 182", "the RN in third on 143".
_PLACINGS: Final = frozenset(words("lead front first second third fourth fifth sixth last"))
#: Words that set a figure beside the contender before it: "Labour on 412", "with 161".
_BESIDE: Final = frozenset(words("on with at"))


def _shared_to(tokens: Sequence[Token], mention: QuantityMention) -> str | None:
    """The holder of a bare part "N for the X" listed after a count of seats, else None.

    Examples:
        >>> from reconcile.extract._numbers import scan_numbers
        >>> from reconcile.extract._text import tokenize
        >>> text = "It won 215 seats (191 for the LDP and 24 for Komeito)."
        >>> t = tokenize(text)
        >>> [_shared_to(t, m) for m in scan_numbers(text, t)]
        [None, 'LDP', 'Komeito']
        >>> t = tokenize("It won 215 seats, and 40 for the first time.")
        >>> _shared_to(t, scan_numbers("It won 215 seats, and 40 for the first time.", t)[1])
    """
    before = tokens[mention.first - 1].low if mention.first >= 1 else ""
    k = mention.last
    if mention.kind is not NumberKind.COUNT or before not in ("(", "and", ",", ";"):
        return None
    if k + 1 >= len(tokens) or tokens[k].low != "for":
        return None
    k += 1
    if tokens[k].low == "the":
        k += 1
    end = k
    while end < len(tokens) and end - k < 5 and tokens[end].is_capitalized:
        end += 1
    return _holder_ending_at(tokens, end) if end > k else None


def _listed_after(tokens: Sequence[Token], mention: QuantityMention) -> bool:
    """Whether a bare count stands beside a name in a list of seat counts: "on 168"."""
    before = tokens[mention.first - 1] if mention.first >= 1 else None
    return (
        mention.kind is NumberKind.COUNT
        and before is not None
        # "on 168", "had 312", "and the National Union 101", "AfD — 151"
        and (
            before.low in _BESIDE
            or before.low in _SEAT_VERBS
            or before.is_capitalized
            or (
                before.low in _LIST_DASHES
                and mention.first >= 2
                and tokens[mention.first - 2].is_capitalized
            )
        )
        and not (mention.last < len(tokens) and tokens[mention.last].low in ("%", "percent"))
    )


def _holder_before(tokens: Sequence[Token], first: int) -> tuple[str, int] | None:
    """The contender a figure is set beside, and the token that sets it there.

    "the NFP in the lead with 182 seats", "followed by Macron's centrists on 168",
    "the RN in third on 143", "the left-wing New Popular Front alliance, at 188 seats",
    "Macron's coalition (168 seats)".

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> _holder_before(tokenize("It showed the NFP in the lead with 182 seats."), 8)
        ('NFP', 7)
        >>> _holder_before(tokenize("ahead of Macron's coalition (168 seats)"), 5)
        ("Macron's coalition", 4)
        >>> _holder_before(tokenize("The deal passed with 60 votes."), 4) is None
        True
        >>> _holder_before(tokenize("CDU will get 208 seats, AfD — 151"), 8)
        ('AfD', 7)
    """
    k = first - 1
    if k >= 2 and tokens[k].low in _LIST_DASHES and tokens[k - 1].is_capitalized:
        # "CDU will receive 208 seats, AfD — 151, SPD — 121": a dash sets the figure
        # beside its name
        holder = _holder_ending_at(tokens, k)
        return (holder, k) if holder is not None else None
    if (
        k >= 1
        and tokens[k].is_capitalized
        and tokens[k].low not in _BESIDE
        and not tokens[k].low.endswith("'s")  # "The Unity Front's 171 seats": its own
    ):
        # "the Progressive Party had 312 and the National Union 101": a name set right
        # before its figure in a list of seat counts
        holder = _holder_ending_at(tokens, first)
        return (holder, k) if holder is not None else None
    if k < 1 or tokens[k].low not in (*_BESIDE, "("):
        return None
    at = k
    k = _before_leader_aside(tokens, k - 1)  # "(GroenLinks-PvdA), led by Frans Timmermans,"
    if k >= 1 and tokens[k].low == ",":
        k -= 1  # "the New Popular Front alliance, at 188 seats"
    if k >= 1 and tokens[k].low in ("ahead", "behind", "narrowly", "comfortably"):
        k -= 1  # "showed the Farmers Rally ahead with 61 seats"
    if k >= 3 and tokens[k].low in PLACE_NOUNS and tokens[k - 1].low in _PLACINGS:
        k -= 1  # "Economic Freedom Fighters in third place, with 7.5%"
    if k >= 2 and tokens[k].low in _PLACINGS:
        k -= 1  # "in third", "in the lead"
        if tokens[k].low == "the":
            k -= 1
        if tokens[k].low != "in":
            return None
        k -= 1
    if k >= 1 and tokens[k].low in _CONTENDERS and tokens[k - 1].low == ")":
        k -= 1  # "the Sahra Wagenknecht Alliance (BSW) party with 4.98%"
    # "the Alternative for Germany (AfD) with 20.8%", "the alliance of the Greens and
    # Labour (GroenLinks-PvdA), with 25 seats"
    bracketed = _bracketed_holder(tokens, k) if tokens[k].low == ")" else None
    k = before_brackets(tokens, k)
    named = _holder_ending_at(tokens, k + 1)
    holder = bracketed or named
    if holder is None or names_an_event(holder, frame_tables()):
        return None  # "Wins General Election With 41%": the race won, not who won it
    opening = k + 1 - len(named.split()) if named is not None else k + 1
    if opening >= 1 and tokens[opening - 1].low == "the":
        opening -= 1
    if (
        opening >= 1
        and tokens[opening - 1].low in _OBJECT_PREPOSITIONS
        # "ahead of Macron's coalition (168 seats)": a rank's "of" names a contender
        and not (opening >= 2 and tokens[opening - 2].low in _RANKED_OF)
    ):
        # "eliminated from the Bundestag with 4.3%": a name the verb's phrase ends on is
        # where or what it acted on, not the one the figure is set beside
        return None
    return holder, at


#: Words that open an aside naming a contender's leader: "the alliance, led by X, won".
_LEADER_ASIDES: Final = frozenset(words("led headed chaired fronted founded"))


def _before_leader_aside(tokens: Sequence[Token], k: int) -> int:
    """The token before an aside on a contender's leader that ends at ``k``, else ``k``.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("the alliance, led by former minister Jan Vos, with 25 seats")
        >>> t[_before_leader_aside(t, 9)].text
        'alliance'
        >>> t = tokenize("the alliance, at 25 seats")
        >>> _before_leader_aside(t, 2)
        2
    """
    if tokens[k].low != ",":
        return k
    opening = _aside_opening(tokens, k)
    if opening is None or opening < 1 or tokens[opening + 1].low not in _LEADER_ASIDES:
        return k
    return opening - 1


#: How far back the mark that opens an aside may stand.
_ASIDE_REACH: Final = 15


def _aside_opening(tokens: Sequence[Token], close: int) -> int | None:
    """Where the aside that the mark at ``close`` ends opens (the same mark), else ``None``."""
    mark = tokens[close].low
    return next(
        (j for j in range(close - 1, max(-1, close - _ASIDE_REACH), -1) if tokens[j].low == mark),
        None,
    )


#: Lowercase words before a leader's name: "of outgoing Prime Minister Mark Rutte".
_LEADER_TITLE_WORDS: Final = frozenset(
    words("outgoing incumbent former current acting caretaker interim veteran")
)


def _leader_owning(tokens: Sequence[Token], k: int) -> tuple[str, int] | None:
    """A leader named after "of" that ends at ``k``: (their name, where the contender ends).

    "the party (VVD) of Prime Minister Mark Rutte", "the party of Mark Rutte": the
    contender is the noun or the letters before "of"; a name of one word after "of"
    may be a party's own ("the coalition of Fidesz"), so it needs two.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("the party (VVD) of outgoing Prime Minister Mark Rutte had 24")
        >>> _leader_owning(t, 10)
        ('Prime Minister Mark Rutte', 4)
        >>> _leader_owning(tokenize("the Union of Democratic Forces won"), 4) is None
        True
    """
    name = name_ending_at(tokens, k + 1, 0)
    if name is None or len(name.split()) < 2:
        return None
    j = k - len(name.split())
    while j >= 0 and tokens[j].low in _LEADER_TITLE_WORDS:
        j -= 1
    if j < 1 or tokens[j].low != "of":
        return None
    before = tokens[j - 1]
    if before.low == ")" or (before.low in _CONTENDERS and not before.is_capitalized):
        return name, j - 1
    return None


def _bracketed_holder(tokens: Sequence[Token], close: int) -> str | None:
    """The contender before brackets that end at ``close``, or the name inside them.

    The name inside wins where the words before name no one ("the right-wing liberal
    party (VVD)") or it cannot stand for them ("People's Party for Freedom and
    Democracy (VVD)": its letters in its own language, by which other reports name it).

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> def holder(text):
        ...     t = tokenize(text)
        ...     return _bracketed_holder(t, max(i for i, x in enumerate(t) if x.low == ")"))
        >>> holder("the National Rally (RN)"), holder("the right-wing liberal party (VVD)")
        ('National Rally', 'VVD')
        >>> holder("the alliance of the Greens and Labour (GroenLinks-PvdA)")
        'GroenLinks-PvdA'
        >>> holder("Macron's coalition (168 seats)")
        "Macron's coalition"
    """
    opening = before_brackets(tokens, close) + 1
    named = _holder_ending_at(tokens, opening)
    inside = tokens[opening + 1 : close]
    if not inside or not all(
        _is_name_word(t) or _inner_hyphen(inside, j) for j, t in enumerate(inside)
    ):
        return named
    letters = as_written(inside)
    if named is None or named.islower() or not may_abbreviate(letters, named):
        return letters
    return named


#: Prepositions whose object is no contender set beside a figure: "from the Bundestag
#: with 4.3%", "in Bavaria with 37%". ("followed by the AfD with 20.8%" names one.)
_OBJECT_PREPOSITIONS: Final = frozenset(words("from in into to at for of across within"))
#: Words before "of" that rank a contender beside another: "ahead of", "in front of".
_RANKED_OF: Final = frozenset(words("ahead behind front short"))


#: Verbs that say a name is the contender noun after them: "the PVV is the biggest party".
_COPULAS: Final = frozenset(words("is was are were remains remained became becomes"))
#: Lowercase words that join the words of one name: "Alternative for Germany".
_NAME_JOINERS: Final = _JOINERS - {"and", "the"}


def _joined_name(tokens: Sequence[Token], start: int, end: int) -> tuple[str, int]:
    """The name at ``[start, end)`` with the capitalized words a joiner links before it.

    And where that name starts.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("followed by the Alternative for Germany with 20%")
        >>> _joined_name(t, 5, 6)
        ('Alternative for Germany', 3)
        >>> _joined_name(tokenize("a vote in Germany"), 3, 4)
        ('Germany', 3)
        >>> _joined_name(tokenize("the Democratic Party for the People"), 5, 6)
        ('Democratic Party for the People', 1)
        >>> _joined_name(tokenize("the victory of the Greens"), 4, 5)
        ('Greens', 4)
        >>> _joined_name(tokenize("followed by GroenLinks-PvdA"), 2, 5)
        ('GroenLinks-PvdA', 2)
    """
    while True:
        # "the Party of the Regions", "the Democratic Party for the People": an article
        # between the joiner and the name's last words
        article = 1 if start >= 1 and tokens[start - 1].low == "the" else 0
        joiner = start - 1 - article
        if not (
            joiner >= 1
            and tokens[joiner].low in _NAME_JOINERS
            and tokens[joiner].text.islower()
            and _is_name_word(tokens[joiner - 1])
            and (not article or tokens[joiner - 1].low in _CONTENDERS)
        ):
            break
        start = joiner - 1
        while start >= 1 and _is_name_word(tokens[start - 1]) and tokens[start - 1].low != "the":
            start -= 1
    return as_written(tokens[start:end]), start


def _describes(token: Token) -> bool:
    """Whether a word before a camp noun is an adjective of it: "presidential camp"."""
    low = token.low
    return (
        token.text.isalpha()
        and token.text.islower()
        and low not in FUNCTION_WORDS
        and not low.endswith("ed")
        and low not in _SEAT_VERBS
    )


def _contender(tokens: Sequence[Token], verb: int) -> str | None:
    """The party or bloc before the verb: the clause's subject, across "which"/"who".

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("The National Rally (RN) and its allies - which led the first "
        ...              "round - came third.")
        >>> _contender(t, 16)
        'National Rally'
        >>> t = tokenize("The left-wing coalition, known as the New Popular Front, won.")
        >>> _contender(t, 13)
        'New Popular Front'
        >>> t = tokenize("in which the pan-left alliance New Popular Front (NFP) advanced, "
        ...              "winning 182 out of 577 seats")
        >>> _contender(t, 15)
        'New Popular Front'
        >>> t = tokenize("The ruling coalition, led by Jean Dupont, won.")
        >>> _contender(t, 9)
        'ruling coalition'
        >>> t = tokenize("The ruling coalition with junior partner Komeito secured 215 seats")
        >>> _contender(t, 7)
        'ruling coalition'
        >>> t = tokenize("Winning 79 seats, the centre-right Democratic Alliance won.")
        >>> _contender(t, 0)
        'Democratic Alliance'
        >>> t = tokenize("The EFF stayed in fourth place overnight getting 9.62%.")
        >>> _contender(t, 7)
        'EFF'
        >>> t = tokenize("His Unity Front (UF) coalition taking 159 seats")
        >>> _contender(t, 7)
        'Unity Front'
        >>> t = tokenize("It included the Green Party, led by Jean Dupont, which jumped.")
        >>> _contender(t, 12)
        'Green Party'
        >>> _contender(tokenize("The Union (U) led by the BJP won 293 seats."), 9)
        'Union'
        >>> _contender(tokenize("Milei beat Sergio Massa who obtained 44.2%."), 5)
        'Sergio Massa'
    """
    k = verb - 1
    if k >= 1 and tokens[k].low in ("or", "and") and tokens[k - 1].low in _DISTRICT_VERBS:
        k -= 2  # "is leading or elected in 158 ridings": the first verb's subject
    while k >= 0 and tokens[k].low in _LINKS:
        k -= 1
    if k < 0 and tokens[verb].low.endswith("ing"):
        # "Winning 79 seats, the Democratic Alliance claimed victory": the participle's
        # phrase opens the sentence; its subject is the main clause's
        comma = next((j for j in range(verb + 1, len(tokens)) if tokens[j].low == ","), None)
        return clause_subject(tokens, comma + 1, len(tokens)) if comma is not None else None
    if tokens[verb].low in _CHANGE_NOUNS:
        # "Labour made a net gain of 211 seats": the subject of the verb the noun is of
        while k >= 0 and (tokens[k].low in _LINKS or tokens[k].low in _LIGHT_VERBS):
            k -= 1
    if k >= 0 and tokens[k].low in _PRONOUN_SUBJECTS:
        return tokens[k].low  # "results showing he had taken 40.2%": whom it stands for, later
    if k >= 1 and tokens[k].low in ("which", "who", "that") and tokens[k - 1].low == ",":
        # "The party, which won 159 seats": the name before the clause; "the party, led
        # by Yoshi Noda, which jumped to 148 seats": the name before the leader's aside
        k = _before_leader_aside(tokens, k - 1)
        k = k - 1 if tokens[k].low == "," else k
        start = name_start(tokens, k + 1, 0)
        # "the Democratic Party for the People, which gained": the whole name
        antecedent = _joined_name(tokens, start, k + 1)[0] if start is not None else None
        if antecedent is not None and not tokens[k].low.endswith("'s"):
            # "its allies in the NDA, which won 293 seats": the name "which" stands for
            return antecedent
    if k >= 1 and tokens[k].low == "who" and tokens[k - 1].is_capitalized:
        # "against Sergio Massa who obtained 44.2%": a person named just before "who",
        # no comma between, is whom it stands for
        start = name_start(tokens, k, 0)
        if start is not None:
            return _joined_name(tokens, start, k)[0]
    if k >= 1 and tokens[k].low == "," and tokens[verb].low.endswith("ing"):
        # "the alliance advanced without a majority, winning 182 seats": a participle
        # after its clause has the clause's subject
        found = clause_subject(tokens, _clause_start_before(tokens, k), k)
        if found is not None:
            return found
    if (
        k >= 1
        and tokens[verb].low.endswith("ing")
        and tokens[k].low.isalpha()
        and not tokens[k].is_capitalized
        and tokens[k].low not in _CONTENDERS
    ):
        # "The EFF remained in fourth place overnight getting 9.62%": a participle
        # straight after its clause, no comma between, has the clause's subject
        found = clause_subject(tokens, _clause_start_before(tokens, k), k + 1)
        if found is not None:
            return found
    if k >= 1 and tokens[verb].low.endswith("ing") and tokens[k].is_capitalized:
        place_at = _place_phrase_start(tokens, k)
        if place_at is not None:
            # "swept back to power in the UK winning 330 seats": the name is where the
            # clause's subject won, not who won
            found = clause_subject(tokens, _clause_start_before(tokens, place_at), place_at)
            if found is not None:
                return found
    aside: tuple[int, int] | None = None
    if k >= 0 and tokens[k].low in _ASIDE_MARKS:
        # "The presidential camp, under the banner of Together, obtained 168 seats", "Le
        # Pen's party - now led by Jordan Bardella - had won 142 seats": the subject
        # before an aside set off by commas or dashes
        opening = _aside_opening(tokens, k)
        if opening is None:
            return _holder_ending_at(tokens, k + 1)
        aside, k = (opening + 1, k), opening - 1
    if (
        k >= 2
        and tokens[k].low == "allies"
        and tokens[k - 1].low in ("its", "their")
        and tokens[k - 2].low == "and"
    ):
        k -= 3  # "the National Rally and its allies won 143 seats": the party's
    owner = _leader_owning(tokens, k)
    if owner is not None:
        name, k = owner
        if tokens[k].low != ")":
            # "the party of Prime Minister Mark Rutte had 24 seats": the leader's party,
            # read later as the party a report names them the leader of
            return f"{name}'s {tokens[k].low}"
    if (
        k >= 2
        and tokens[k].low == ")"
        and tokens[k - 2].low == "("
        and (tokens[k - 1].text.isupper() or " " in tokens[k - 1].text)
    ):
        # "the National Rally (RN) came third": the name its letters follow; "the
        # right-wing liberal party (VVD)": the letters, where no name comes before them;
        # "the OL (Order and Law) received": the name its letters are spelled out by
        return _bracketed_holder(tokens, k)
    if (
        k >= 4
        and tokens[k].low in _CONTENDERS
        and tokens[k - 1].low == ")"
        and tokens[k - 3].low == "("
        and tokens[k - 2].text.isupper()
    ):
        # "his National People's Power (NPP) coalition taking 159 seats": the name the
        # noun of its kind follows
        return _bracketed_holder(tokens, k - 1)
    holder = _holder_ending_at(tokens, k + 1)
    if holder is not None:
        # "The National Democratic Alliance (NDA) led by the BJP won 293 seats": the
        # alliance, not the party that leads it
        holder = party_led_by(tokens, 0, k + 1 - len(holder.split())) or holder
    if holder is not None:
        # "the ruling coalition with junior partner Komeito secured 215 seats": the
        # partner only goes with the subject
        j = k - len(holder.split())
        while j >= 0 and tokens[j].low in _PARTNER_WORDS:
            j -= 1
        if j >= 1 and j < k - len(holder.split()) and tokens[j].low == "with":
            holder = _holder_ending_at(tokens, j) or holder
    if (
        holder is not None
        and aside is not None
        and holder.islower()
        and holder.rsplit(maxsplit=1)[-1] in _CONTENDERS
    ):
        # "The left-wing coalition, known as the New Popular Front, won": a contender
        # the aside names; a camp keeps its own noun ("the presidential camp, under the
        # banner of Together,"), as the same report counts the camp's votes
        holder = _named_in_aside(tokens, *aside) or holder
    return holder


#: Words of a partner that goes "with" a contender: "the coalition with junior partner X".
_PARTNER_WORDS: Final = frozenset(
    words("junior senior coalition partner partners ally allies its their smaller")
)
#: Nouns of a change in seats that a verb of little meaning of its own takes: "made a
#: net gain of 211 seats", "suffered a loss of 40".
_CHANGE_NOUNS: Final = frozenset(words("gain gains loss losses"))
_LIGHT_VERBS: Final = frozenset(
    words("net made make makes posted recorded registered suffered suffers overall")
)
#: Pronouns a contender's verb may have for its subject.
_PRONOUN_SUBJECTS: Final = frozenset(words("he she it they"))


#: Words by which an aside names the contender a common noun stands for: "the coalition,
#: united under the banner of the New Popular Front,", "the bloc, known as Ensemble,".
_NAMING_WORDS: Final = frozenset(words("banner known called named dubbed"))


def _named_in_aside(tokens: Sequence[Token], start: int, end: int) -> str | None:
    """The name an aside gives the subject before it, or ``None``: "known as the NFP".

    An aside that is a name alone names it too: "the main opposition party, the Civic
    Union (CU), won".
    """
    inside = tokens[start:end]
    if not any(t.low in _NAMING_WORDS for t in inside):
        words_of = [t for t in inside if t.low != "the"]
        if words_of and words_of[-1].low == ")":
            words_of = words_of[:-3] if len(words_of) > 3 and words_of[-3].low == "(" else []
        if words_of and all(
            _is_name_word(t) or (t.text in APOSTROPHES and t is not words_of[0]) for t in words_of
        ):
            return as_written(words_of)  # "the Citizens' Alliance"
        return None
    while end > start and not _is_name_word(tokens[end - 1]):
        end -= 1  # a closing quotation mark
    return name_ending_at(tokens, end, start)


def _is_name_word(token: Token) -> bool:
    return token.is_capitalized and token.text[:1].isalpha()


def _clause_start_before(tokens: Sequence[Token], k: int) -> int:
    """Where the clause ending at token ``k`` starts: past "which", "while", ...; or 30 back."""
    return next(
        (j + 1 for j in range(k - 1, max(-1, k - 30), -1) if tokens[j].low in _CLAUSE_STARTS),
        max(0, k - 30),
    )


#: Words after which a clause's subject comes: "in which the alliance advanced, winning".
_CLAUSE_STARTS: Final = frozenset(words("which who that ; : while whereas"))
#: Marks that set off an aside between a subject and its verb.
_ASIDE_MARKS: Final = _LIST_DASHES | {","}


#: Possessive pronouns of a person: "her party" is the party of the one the sentence
#: is about.
_PERSON_POSSESSIVES: Final = frozenset(words("his her"))


def _person_owning(tokens: Sequence[Token], end: int) -> str | None:
    """The party of the sentence's subject, for "his party" or "her party" ending at ``end``.

    "Jo Swinson, the Lib Dem leader, stepped down after her party won only 11 seats":
    the party of the person the sentence opens with, read later as the party a report
    names them the leader of.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("Ana Ruiz resigned after her party won 11 seats.")
        >>> _person_owning(t, 6)
        "Ana Ruiz's party"
        >>> _person_owning(tokenize("The Greens said their party won 11 seats."), 5) is None
        True
    """
    if not (
        end >= 2
        and tokens[end - 1].low in _CONTENDERS
        and not tokens[end - 1].is_capitalized
        and tokens[end - 2].low in _PERSON_POSSESSIVES
    ):
        return None
    person = clause_subject(tokens, 0, end - 2)
    if person is None or not _a_person(person):
        return None
    return f"{person}'s {tokens[end - 1].low}"


def _a_person(name: str) -> bool:
    """Whether a name reads as a person's: two or three capitalized words, no contender's.

    Examples:
        >>> _a_person("Jo Swinson"), _a_person("Liberal Democrats"), _a_person("Labour")
        (True, False, False)
    """
    parts = name.casefold().split()
    return (
        a_full_name(name)
        and len(parts) <= 3
        and not any(p in _CONTENDERS or p in CAMP_NOUNS for p in parts)
    )


def _holder_ending_at(tokens: Sequence[Token], end: int) -> str | None:
    """The party, bloc or camp whose name ends just before ``end``, or ``None``."""
    k = end - 1
    while (
        k >= 0
        # "the Labour-Green coalition": a dash inside a name opens no clause
        and (tokens[k].low not in _CLAUSE_OPENERS or _inner_hyphen(tokens, k))
        # "the commission said the left-leaning coalition won": the saying ends it
        and tokens[k].low not in SAY_VERBS
        and end - k <= 6
    ):
        k -= 1
    # where each word of the phrase stands, so a rule can read the tokens around one
    at = [i for i in range(k + 1, end) if tokens[i].low not in _DETERMINERS]
    phrase = [tokens[i] for i in at]
    person = _person_owning(tokens, end)
    if person is not None:
        return person
    # "Macron's centrists", or "Geert Wilders' party" (a name in -s owns with the
    # apostrophe alone): where the owner's last word stands
    owner_at = next(
        (i for i in (len(phrase) - 2, len(phrase) - 3) if i >= 0 and owned_from(phrase, i)),
        None,
    )
    if (
        owner_at is not None
        and owned_from(phrase, owner_at) == len(phrase) - 1
        and not phrase[-1].is_capitalized
        and phrase[-1].low in CAMP_NOUNS | _CONTENDERS
    ):
        # "Macron's centrists", "President Macron's coalition": the side of the one whose
        # it is, read later as the party a report names them the leader of
        start = owner_at
        while start > 0 and phrase[start - 1].is_capitalized and phrase[start - 1].text.isalpha():
            start -= 1  # "Le Pen's party": the possessor's whole name
        owner = as_written(phrase[start:-1])
        return f"{owner} {phrase[-1].low}"
    owned = past_possessor(phrase)
    phrase, at = phrase[owned:], at[owned:]  # "Keir Starmer's Labour" is Labour
    if not phrase:
        return None
    if (
        phrase[-1].low in CAMP_NOUNS
        and not phrase[-1].is_capitalized
        and not (at[-1] > 0 and tokens[at[-1] - 1].low in _BE_FORMS)  # "was left with"
    ):
        # "the left won 182 seats", "Macron's centrists on 168": a side named by a noun
        camp = [phrase[-1].low]
        prior = phrase[-2] if len(phrase) > 1 else None
        if prior is not None and _describes(prior):
            where = at[-2]
            if where >= 2 and _inner_hyphen(tokens, where - 1):
                # "the right-wing populists": the hyphened modifier whole
                camp.insert(0, as_written(tokens[where - 2 : where + 1]).casefold())
            else:
                camp.insert(0, prior.low)  # "the presidential camp"
        return " ".join(camp)
    if phrase[-1].low in _CONTENDERS:
        # "ruling party", "main opposition party", "the Labour Party"
        named = any(t.is_capitalized for t in phrase[:-1]) or phrase[-1].is_capitalized
        if named:
            # "the governing People's Party": the words before a name say what it is;
            # "C News TV said the New Popular Front": a verb before it ends the name
            cut = max(
                (
                    i
                    for i, t in enumerate(phrase[:-1])
                    if t.text.islower() and t.low not in _JOINERS
                ),
                default=-1,
            )
            if (
                cut >= 0
                and phrase[cut].low in _COPULAS
                and not any(t.is_capitalized for t in phrase[cut + 1 :])
            ):
                # "The PVV is the biggest party with 37 seats": the name the noun is said of
                return _holder_ending_at(tokens, at[cut])
            phrase = phrase[cut + 1 :]
            while phrase and (not phrase[0].is_capitalized or phrase[0].low in FUNCTION_WORDS):
                phrase = phrase[1:]  # "Both the Green Union alliance": no name's word
            if not phrase:
                return None  # "said the largest party": a noun that names none
            if (
                not phrase[-1].is_capitalized
                and len(phrase) > 1
                and not phrase[-2].low.endswith("'s")  # "Macron's coalition" names none
            ):
                # "the New Popular Front alliance", "Macron's Ensemble bloc": the name, of
                # which the lowercase noun says only what kind of contender it is
                phrase = phrase[:-1]
        if not named:
            # "with the coalition on 57": the noun phrase, past the word that sets it
            cut = max((i for i, t in enumerate(phrase) if t.low in FUNCTION_WORDS), default=-1)
            phrase = phrase[cut + 1 :] or phrase
        # "the CDU/CSU alliance": a name's words as written, its slash unspaced
        return as_written(phrase) if named else " ".join(t.low for t in phrase)
    if all(t.is_capitalized or _inner_hyphen(phrase, j) for j, t in enumerate(phrase)):
        # "Fidesz", "the African National Congress", "GroenLinks-PvdA", "CDU/CSU"
        return as_written(phrase)
    named_from = name_start(tokens, end, 0)
    if named_from is None:
        return None
    last_name, named_from = _joined_name(tokens, named_from, end)
    if named_from == 0:
        return last_name  # "Freedom Party of Austria wins elections with 29.2%": it opens
    before = tokens[named_from - 1]
    if before.low in ("the", "by") or (before.text.islower() and before.text.isalpha()):
        # "In the latest trends the NDA is ahead in 286 seats": the name the clause ends
        # its opening phrase with; "followed by the RN", "the centre-right Les
        # Républicains": a name after the words that describe it
        return last_name
    return None
