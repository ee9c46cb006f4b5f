"""Count claims: the counted group, what happened to it, where, with the hedged figure."""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet
from typing import Final

import attrs

from reconcile.extract import _lexicon as lex
from reconcile.extract._context import (
    clause_bounds,
    is_place,
    place_in,
    proper_name,
    without_division,
)
from reconcile.extract._frames import (
    body_fate,
    carried_to_care,
    conjunct_object_verb,
    dwelling_before,
    frame_tables,
    is_figure,
    part_out_of,
    predicate_phrase_at,
    tally_side,
    toll_whole,
    whole_after_quantifier,
)
from reconcile.extract._lexicon import CASUALTY, words
from reconcile.extract._numbers import NumberKind, QuantityMention, hedge_start
from reconcile.extract._text import Token, names_any
from reconcile.values import Hedge, Quantity


@attrs.frozen
class CountReading:
    """What a count mention counts: subject, predicate class, place, and the word span."""

    subject: str
    attribute: str
    place: str | None
    first: int
    last: int
    verb: int = -1


@attrs.frozen
class CountFigure:
    """A count claim's content: its reading, value and the character span of the figure."""

    reading: CountReading
    value: Quantity
    start: int
    end: int


def bare(low: str) -> str:
    """A case-folded token without a possessive "'s"."""
    return low[:-2] if low.endswith("'s") else low


_SKIPPABLE: Final = frozenset(
    words("""more additional other further new fellow young unarmed innocent armed active-duty
    american-led active retired elite regular combat ground special foreign all of
    the and local civilian military remaining surviving council board committee cabinet""")
)  # "the 15 council members": a body's members are its members
_BODIES: Final[dict[str, str]] = {
    "parliament": "members of parliament",
    "congress": "members of congress",
    "senate": "senators",
    "house": "members of the house",
    "assembly": "members of parliament",
    "legislature": "members of parliament",
    "knesset": "members of parliament",
    "council": "council members",
    "cabinet": "cabinet members",
}
#: What happens to the victims of violence; their counts share one head (see ``_PERSON_HEAD``).
HARMED: Final = frozenset({"killed", "injured", "shot"})
#: Heads that only say who the victims were (their sex or age, or that they were
#: victims): one group for a casualty count, so that "two men were wounded" and "two
#: people were wounded" answer one question. Roles and affiliations (troops, police
#: officers, civilians, fighters, suspects) and nationalities stay apart.
#: Verbs that give parts of a group, never its whole: "the dead include 37 women".
_INCLUDING: Final = lex.INCLUDE_VERBS | frozenset(words("including among"))
#: Words that frame figures side by side as a breakdown: "a total of 39 men and 46
#: women", "the dead include 37 women and 25 men" ("two men and a woman were shot" is
#: a count of three, not a breakdown).
_BREAKDOWN_WORDS: Final = _INCLUDING | {"total"}
_PERSON_HEAD: Final[dict[str, str]] = dict.fromkeys(
    words("people men women children teenagers adults victims"), "people"
)
#: "remain" before a state: "dozens remain missing" are missing, not stationed there.
_LINKING_REMAIN: Final = frozenset(words("remain remains remained"))
#: Who attends a gathering, as one head: a crowd count is a count of people.
_ATTENDING: Final[dict[str, str]] = dict.fromkeys(
    words("people men women protesters victims residents students supporters"), "people"
)
#: Predicates that can stand before the figure as its verb ("killing three").
_OBJECT_PREDICATES: Final = frozenset(
    {
        "killed",
        "injured",
        "shot",
        "arrested",
        "kidnapped",
        "deployed",
        "withdrawn",
        "displaced",
        "rescued",
        "released",
    }
)
#: Verbs whose object is what a vessel or vehicle holds, never a casualty count.
_CARRYING: Final = frozenset(words("carrying carried carries carry"))
#: Verbs whose agents after "by" voted for the motion: "backed by 12 members".
_BACKING: Final = frozenset(words("backed supported endorsed approved"))
#: Nouns of what a party holds: a figure counting them is no side of a vote.
_SEAT_NOUNS: Final = frozenset(words("seats seat"))
_VOTE_WORDS: Final[dict[str, str]] = {
    "for": "voted_for",
    "favor": "voted_for",
    "favour": "voted_for",
    "against": "voted_against",
    "abstentions": "abstained",
    "abstained": "abstained",
    "abstaining": "abstained",
    "abstention": "abstained",
}
#: Words by which voters cast a vote, before the side they took: "118 MPs voting against".
_CASTING: Final = frozenset(words("voted votes voting vote"))
#: Verbs by which voters take a side of a text, when the text follows: "120 nations
#: supporting the resolution", "14 opposing the draft".
_TAKING_SIDES: Final = {
    **dict.fromkeys(words("supporting supported backing backed endorsing"), "voted_for"),
    **dict.fromkeys(words("opposing opposed rejecting"), "voted_against"),
}
#: Verbs by which voters state the side they took: "voiced support for the resolution".
_VOICING: Final = frozenset(words("voiced expressed declared registered"))
#: The side a stance stated of a text takes.
_STANCES: Final = {"support": "voted_for", "opposition": "voted_against"}
#: Things a body votes on: a side taken of one is a vote.
_VOTED_THINGS: Final = frozenset(
    words("resolution resolutions motion bill text draft proposal amendment measure")
)
#: Answers a ballot is cast by: "55 no votes", "10 that voted yes".
_BALLOT_ANSWERS: Final = {"yes": "voted_for", "no": "voted_against"}


#: Words that end the look for a figure's predicate: a clause of its own starts there
#: ("had 1,500 soldiers there when the army seized power": no one was seized).
_PREDICATE_STOP: Final = frozenset(
    {".", ";", ":", '"', "(", ")", *words("but while whereas when because until although though")}
)
#: Verbs whose subject did something rather than suffered it: "two men charged in ...".
_AGENT_VERBS: Final = frozenset(
    words("""charged accused facing face faces wanted sought suspected convicted sentenced
    indicted booked jailed pleaded"""),
)
_WOUND_NOUNS: Final = frozenset(words("wounds wound injuries"))
_KIN: Final = frozenset(
    words("mother father mom dad parent grandmother grandfather grandparent mum")
)
_DETERMINERS: Final = frozenset(words("the a an his her their its this that"))
#: Words after a figure that say it counts something other than people: "three shots
#: were fired, injuring a clerk", "shot several times", "five counts of assault".
_NOT_A_HEAD_AFTER: Final = frozenset(
    words("percent % per shots rounds bullets times counts blocks")
)


def _acronym(text: str, tokens: Sequence[Token], j: int, stop: int) -> tuple[str | None, int]:
    """An organization after "of (the)": its acronym in brackets, or its initials."""
    k = j
    words: list[Token] = []
    while k < stop and (
        tokens[k].is_capitalized or (words and tokens[k].low in ("of", "for", "and"))
    ):
        words.append(tokens[k])
        k += 1
        if len(words) > 6:
            break
    while words and not words[-1].is_capitalized:
        words.pop()
        k -= 1
    if not words:
        return None, j
    if (
        k + 2 < len(tokens)
        and tokens[k].low == "("
        and tokens[k + 2].low == ")"
        and tokens[k + 1].text.isupper()
    ):
        return tokens[k + 1].text, k + 3
    if len(words) == 1:
        return bare(words[0].low).upper() if words[0].text.isupper() else words[0].text, k
    return "".join(w.text[0] for w in words if w.is_capitalized), k


def _noun_phrase(
    text: str, tokens: Sequence[Token], k: int, stop: int
) -> tuple[str | None, list[str], int]:
    """The counted head after a figure, with nationality modifiers: ("troops", ["US"], end)."""
    modifiers: list[str] = []
    j = k
    steps = 0
    while j < stop and steps < 5:
        low = tokens[j].low
        if j + 1 < stop and (low, tokens[j + 1].low) in lex.HEADS_TWO:
            head, end = lex.HEADS_TWO[(low, tokens[j + 1].low)], j + 2
            return _weapons_together(tokens, head, end, modifiers)
        if low in lex.HEADS:
            head = lex.HEADS[low]
            return _weapons_together(tokens, head, j + 1, modifiers)
        pair = (low, tokens[j + 1].low) if j + 1 < stop else None
        if pair in lex.NATIONALITY_PHRASES:
            modifiers.append(lex.NATIONALITY_PHRASES[pair])
            j += 1  # "North Korean soldiers"
        elif low in lex.NATIONALITY:
            modifiers.append(lex.NATIONALITY[low])
        elif (
            low in ("-", "led")
            or low in _SKIPPABLE
            or low in _DESCRIBING
            or _is_local_name(tokens, j, stop)
        ):
            pass
        elif _describes_head(tokens, j, stop):
            pass  # "17 brave firefighters", "two deadly attacks": an adjective
        else:
            break
        j += 1
        steps += 1
    return None, modifiers, k


def _weapons_together(
    tokens: Sequence[Token], head: str, end: int, modifiers: list[str]
) -> tuple[str, list[str], int]:
    """A weapon head and the end of its phrase; two kinds joined are the projectiles.

    "300 missiles and drones", "170 drones and missiles": one count of both kinds, not
    of the first one named.
    """
    # the clause's bound may stand at the "and" that joins the kinds: read past it
    n = len(tokens)
    if head not in lex.WEAPON_HEADS or end + 1 >= n or tokens[end].low not in ("and", "or"):
        return head, modifiers, end
    j = end + 1
    while j < n and j - end <= 3 and tokens[j].low not in lex.HEADS and tokens[j].text.isalpha():
        j += 1  # "missiles and armed drones"
    if j < n and lex.HEADS.get(tokens[j].low) in lex.WEAPON_HEADS:
        return "projectiles", modifiers, j + 1
    return head, modifiers, end


def _describes_head(tokens: Sequence[Token], j: int, stop: int) -> bool:
    """Whether token ``j`` is an adjective before a counted head within two words.

    Without a tagger an adjective is a lowercase word that is no function word and no
    predicate, followed by a known head ("brave firefighters") or another such word.
    """
    for m in range(j, min(stop, j + 3)):
        low = tokens[m].low
        if m > j and (low in lex.HEADS or low in frame_tables().events):
            # "two gunshot injuries" count wounds, not the people who have them
            return low not in _WOUND_NOUNS
        if (
            not tokens[m].text.isalpha()
            or not tokens[m].text.islower()
            or low in lex.FUNCTION_WORDS
            or low in lex.PREDICATES
        ):
            return False
    return False


#: Participles that describe the counted people before their noun: "thousands of
#: displaced families", "dozens of wounded soldiers"; they give the count its predicate.
_DESCRIBING: Final[dict[str, str]] = {
    **dict.fromkeys(words("wounded injured"), "injured"),
    **dict.fromkeys(words("slain dead"), "killed"),
    **dict.fromkeys(words("displaced uprooted"), "displaced"),
    **dict.fromkeys(words("detained"), "arrested"),
}


def _described(tokens: Sequence[Token], first: int, end: int) -> str | None:
    """The predicate a participle before the head gives: "of displaced families"."""
    return next((_DESCRIBING[t.low] for t in tokens[first:end] if t.low in _DESCRIBING), None)


def _is_local_name(tokens: Sequence[Token], j: int, stop: int) -> bool:
    """Whether a place or body is named before a head: "four Dallas police officers".

    A capitalized verb of a title-case line ("Two Killed In ...") is none.
    """
    for m in range(j, min(stop, j + 3)):
        low = tokens[m].low
        if low in lex.HEADS:
            return m > j
        if not (tokens[m].is_capitalized and tokens[m].text.isalpha()) or low in lex.PREDICATES:
            return False
        if low in _NOT_MODIFIERS:
            return False
    return False


def _with_of(text: str, tokens: Sequence[Token], head: str, end: int, stop: int) -> tuple[str, int]:
    """Resolve "members of parliament", "member of the Popular Mobilization Forces (PMF)"."""
    if (
        end >= stop
        or tokens[end].low != "of"
        or head not in ("members", "people", "troops", "fighters")
    ):
        return head, end
    j = end + 1
    nationality = None
    if j < stop and tokens[j].low == "the":
        j += 1
    if j < stop and tokens[j].is_capitalized and tokens[j].low.endswith("'s"):
        nationality = lex.COUNTRIES.get(bare(tokens[j].low), tokens[j].text[:-2])
        j += 1
    while j < stop and (
        tokens[j].low in lex.NATIONALITY
        or tokens[j].low in ("-", "seat")
        or (tokens[j].is_number and j + 1 < stop and tokens[j + 1].low == "-")
    ):
        if tokens[j].low in lex.NATIONALITY and nationality is None:
            nationality = lex.NATIONALITY[tokens[j].low]
        j += 1
    if j < stop and bare(tokens[j].low) in _BODIES and head == "members":
        return _BODIES[bare(tokens[j].low)], j + 1
    if head == "members":
        acronym, k = _acronym(text, tokens, j, stop)
        if acronym:
            return f"{acronym} members", k
        group = _faction(tokens, j, stop)
        if group is not None:
            # "75 members of the governing party": a part of the body, not its tally
            return f"{group} members", j + len(group.split())
    return head, end


#: Nouns of a part of a voting body: "members of the governing party".
_FACTIONS: Final = frozenset(words("party parties coalition bloc caucus faction alliance"))


def _faction(tokens: Sequence[Token], j: int, stop: int) -> str | None:
    """A party or faction named from token ``j``: "governing party", "Labour Party"."""
    for m in range(j, min(stop, j + 4)):
        if not tokens[m].text.replace("-", "").isalpha():
            return None
        if tokens[m].low in _FACTIONS:
            return " ".join(t.text for t in tokens[j : m + 1])
    return None


def _predicate(
    tokens: Sequence[Token], first: int, last: int, lo: int, hi: int
) -> tuple[str | None, int]:
    """The predicate class around tokens ``[first, last)`` in ``[lo, hi)`` and its token.

    A verb straight before the figure takes it as its object ("killing three"); the look
    back stops at a conjunction, since "killed and four were wounded" gives the four
    another verb. With such a verb, the look ahead stops at the next conjunct ("killed
    one and wounded eight"); on equal distance the verb before wins. Returns the class
    and the predicate word's index, or ``(None, -1)``.
    """
    if (
        first - 2 >= lo
        and tokens[first - 1].low == "by"
        and tokens[first - 2].low in _BACKING
        and _voters_counted(tokens, first, last, hi)
    ):
        return "voted_for", first - 2  # "the draft was backed by 12 council members"
    if (
        first - 2 >= lo
        and tokens[first - 1].low == "from"
        and tokens[first - 2].low == "support"
        and _voters_counted(tokens, first, last, hi)
    ):
        return "voted_for", first - 2  # "received support from 93 countries"
    if first > lo and tokens[first - 1].low in _CARRYING:
        return None, -1  # "a ferry carrying about 300 passengers capsized": those aboard
    if (
        first - 2 >= lo
        and tokens[first - 1].low == "of"
        and tokens[first - 2].low in frame_tables().margin_nouns
    ):
        return None, -1  # "a margin of 230 against the government": the margin, no side
    carried = carried_to_care(tokens, first, last, lo, hi, tables=frame_tables())
    if carried is not None:
        # "evacuated 271 people to hospital": the injured, not the displaced
        return carried
    before: tuple[int, str] | None = None
    for k in range(first - 1, max(lo - 1, first - 5), -1):
        low = tokens[k].low
        if low in _PREDICATE_STOP or low in (",", "and", "or") or _changed_by_particle(tokens, k):
            break  # "has shot up from 222": a rise, no shooting
        if low in lex.PREDICATES and lex.PREDICATES[low] in _OBJECT_PREDICATES:
            before = (k, _shot(tokens, k) if low == "shot" else lex.PREDICATES[low])
            break
    # "destroyed 85 houses and killed four": a figure that is a verb's object belongs to
    # that verb, known or not; the next conjunct's verb is another figure's
    governed = before is not None or (
        first > lo
        and (tokens[first - 1].low.endswith("ed") or tokens[first - 1].low in lex.IRREGULAR_PAST)
        and tokens[first - 1].low not in lex.PREDICATES
        # "the previous toll indicated 17 soldiers and 4 civilians killed": a verb that
        # reports the figure leaves its predicate to the words after the list
        and tokens[first - 1].low not in _REPORTING_VERBS
    )
    after: tuple[int, str] | None = None
    own_verb = False  # a verb of the figure's own before the next figure
    comma_seen = False  # a comma after the figure: a figure past it starts a conjunct
    phrases = frame_tables()
    for k in _ahead(tokens, last, hi):
        low = tokens[k].low
        said = (
            predicate_phrase_at(tokens, k, hi, phrases)
            if low in lex.PREDICATES or low in _PHRASAL_VERBS or low in lex.DEGREE_ADVERBS
            else None
        )
        if (
            said is not None
            and (
                own_verb is False
                # "five people were seriously injured", "205 are said to be seriously hurt"
                or all(t.low in _AUXILIARY_RUN for t in tokens[last:k])
            )
        ):
            # "left without homes": the words together, not "left" alone (a withdrawal);
            # a phrase of words this table does not know ("took part") is the open frames'
            after = (k, said[0])
            break
        if own_verb and is_figure(tokens[k]):
            break  # "1.2 million homes lost power, and at least 12 people died": theirs
        if comma_seen and is_figure(tokens[k]):
            break  # "rose to 135 people, about 5,000 were injured": the verb is the 5,000's
        if (
            k > last
            and tokens[k - 1].low in ("and", "or")
            and is_figure(tokens[k])
            and k + 1 < hi
            and tokens[k + 1].low in lex.PREDICATES
        ):
            break  # "15,600 cases and 537 deaths": the next figure's noun says its own
        if (
            governed
            and low in (",", "and")
            and k + 1 < hi
            and is_figure(tokens[k + 1])
            and _conjunct_has_verb(tokens, k + 2, hi)
        ):
            break  # "destroyed 40 homes and 12 people died": the verb after is the 12's
        comma_seen = comma_seen or low == ","
        own_verb = own_verb or _verb_next(tokens, k, hi)
        if (
            low in _PREDICATE_STOP
            or low in _AGENT_VERBS
            or (before is not None and low in (",", "and", "or"))
            or (governed and low in (",", "and", "or") and _verb_next(tokens, k + 1, hi))
        ):
            break
        if (
            low in lex.PREDICATES
            and k > last
            and tokens[k - 1].low in _DETERMINERS
            # "that abstained", "that died": a relative clause's verb, not a noun
            and not (tokens[k - 1].low == "that" and (low.endswith("ed") or _is_past(low)))
        ):
            break  # a noun naming another event: "charged in the death of"
        if low in _SEAT_NOUNS:
            break  # "405 of the 600 seats, against 93 for ...": seats held, no vote cast
        if low in _LINKING_REMAIN and k + 1 < hi and tokens[k + 1].low in lex.PREDICATES:
            continue  # "dozens remain missing": the state they remain in, no deployment
        if low in lex.PREDICATES:
            after = (k, _shot(tokens, k) if low == "shot" else lex.PREDICATES[low])
            fate = (
                body_fate(tokens, first, k + 1, lo, hi, tables=frame_tables())
                if low == "bodies"
                else None
            )
            if fate is not None:
                after = (k, fate)  # "six bodies have been retrieved": recovered
            break
        if (
            low in _VOTE_WORDS
            and k > last
            and (
                tokens[k - 1].low in ("voted", "votes", "in", "vote", ",")
                # "the 32 countries that abstained"
                or (tokens[k - 1].low in ("that", "who") and low.startswith("abstain"))
            )
        ):
            if k + 1 < hi and is_figure(tokens[k + 1]):
                break  # "153 backed it, against 10 that voted no": the side of the 10
            after = (k, _VOTE_WORDS[low])
            break
        if low in _VOTE_WORDS and k == last and low in ("against", "abstentions", "abstained"):
            after = (k, _VOTE_WORDS[low])
            break
        if low in _CASTING and k + 1 < hi and tokens[k + 1].low in _VOTE_WORDS:
            after = (k, _VOTE_WORDS[tokens[k + 1].low])
            break
        if (
            low in _TAKING_SIDES
            and k > last
            and any(t.low in _VOTED_THINGS for t in tokens[k + 1 : min(hi, k + 5)])
        ):
            # "more than 120 nations supporting the Arab-backed resolution"
            after = (k, _TAKING_SIDES[low])
            break
        if (
            low in _VOICING
            and k > last
            and k + 1 < hi
            and tokens[k + 1].low in _STANCES
            and any(t.low in _VOTED_THINGS for t in tokens[k + 2 : min(hi, k + 6)])
        ):
            # "141 countries voiced support for the resolution"
            after = (k, _STANCES[tokens[k + 1].low])
            break
        side = _BALLOT_ANSWERS.get(low.rstrip("."))
        if side is not None and (
            (k == last and k + 1 < hi and tokens[k + 1].low in ("votes", "vote"))
            or (k > lo and tokens[k - 1].low == "voted")
        ):
            after = (k, side)  # "55 no votes", "10 that voted no"
            break
    if before is not None and (after is None or first - before[0] <= after[0] - last):
        return before[1], before[0]
    if after is not None:
        return after[1], after[0]
    shared = conjunct_object_verb(tokens, first, lo, _OBJECT_PREDICATES)
    if shared is not None:
        return shared
    return None, -1


def _conjunct_has_verb(tokens: Sequence[Token], k: int, hi: int) -> bool:
    """Whether the conjunct from ``k`` has a verb of its own ("12 people died").

    "and two children dead" shares its adjective with the conjunct before; "and 12
    people died", "and 12 were hurt" say their own.
    """
    for j in range(k, min(hi, k + 6)):
        low = tokens[j].low
        if low in _AUX:
            return True
        if low in lex.PREDICATES:
            return low.endswith("ed") or low in lex.IRREGULAR_PAST
    return False


#: Verbs that say nothing alone but with their particle ("set off", "pulled out").
_PHRASAL_VERBS: Final = frozenset(words("set pull pulled pulling"))


def _voters_counted(tokens: Sequence[Token], first: int, last: int, hi: int) -> bool:
    """Whether the figure at ``[first, last)`` counts voters, or nothing named.

    "backed by 12 council members", "backed by 12 of the 15": votes; "backed by 40
    aircraft": no vote. ``last`` may already be past the counted noun.
    """
    words = [t for t in tokens[first + 1 : last] if t.text.isalpha()]
    if words:
        return words[-1].low in _VOTERS
    k = last
    while k < hi and tokens[k].low in _VOTER_MODIFIERS:
        k += 1
    return k >= hi or not tokens[k].text.isalpha() or tokens[k].low in _VOTERS


#: Nouns of those who vote: a figure counting them after "backed by" is a tally.
_VOTERS: Final = frozenset(
    words("""members member states countries nations delegations votes lawmakers
    legislators senators deputies mps representatives of to in and""")
)
#: Words between a figure and the voters it counts: "12 council members".
_VOTER_MODIFIERS: Final = frozenset(words("council assembly security general member"))


_ASIDES: Final = frozenset(words("including among mostly most all both one two"))


def _is_past(low: str) -> bool:
    """Whether a word is a verb's past form: "abstained", "fled" (not "death")."""
    return low in lex.IRREGULAR_PAST or (low.endswith("ed") and len(low) > 4)


def _verb_next(tokens: Sequence[Token], k: int, hi: int) -> bool:
    """Whether a verb opens the conjunct at ``k``.

    "and killed four" opens with one; "and two children dead" does not.
    """
    if k >= hi:
        return False
    low = tokens[k].low
    return low in lex.PREDICATES or _is_past(low)


def _ahead(tokens: Sequence[Token], last: int, hi: int) -> Iterator[int]:
    """Up to 12 token indices from ``last``, leaving out an aside.

    An aside is a bracket, a spaced dash pair, or a comma pair opened by "including",
    "among" and the like: "four people (two men and two women) were hurt".
    """
    k, seen = last, 0
    while k < hi and seen < 12:
        close = _aside_end(tokens, k, hi)
        if close > 0:
            k = close + 1
            continue
        yield k
        k += 1
        seen += 1


def _aside_end(tokens: Sequence[Token], k: int, hi: int) -> int:
    """The index of the token closing an aside opened at ``k``, else -1."""
    low = tokens[k].low
    if low == "(":
        closer = ")"
    elif low == "-" and _spaced(tokens, k):
        closer = "-"
    elif low == "," and k + 1 < hi and tokens[k + 1].low in _ASIDES:
        closer = ","
    elif low == ",":
        return _apposition_end(tokens, k, hi)
    else:
        return -1
    return next(
        (
            m
            for m in range(k + 2, min(hi + 1, len(tokens), k + 14))
            if tokens[m].low == closer and (closer != "-" or _spaced(tokens, m))
        ),
        -1,
    )


def _apposition_end(tokens: Sequence[Token], k: int, hi: int) -> int:
    """The comma closing a verbless phrase opened by the comma at ``k``, else -1.

    The phrase stands beside the figure before it only when a verb comes straight after
    its closing comma: "1.7 million people, about 80% of the population, have fled".
    """
    for m in range(k + 1, min(hi - 1, k + 12)):
        low = tokens[m].low
        if low in _AUX or _verb_next(tokens, m, hi) or low in _CLAUSE_WORDS:
            return -1  # a clause of its own, not a phrase beside the figure
        if low == ",":
            after = tokens[m + 1]
            return m if after.low in _AUX or _verb_next(tokens, m + 1, hi) else -1
    return -1


#: Words that open a clause: a comma phrase with one is no apposition.
_CLAUSE_WORDS: Final = frozenset(words("and or but who which that while as when"))


def _spaced(tokens: Sequence[Token], k: int) -> bool:
    """Whether the token at ``k`` has white space on both sides (a dash, not a hyphen)."""
    return (
        0 < k < len(tokens) - 1
        and tokens[k - 1].end < tokens[k].start
        and tokens[k].end < tokens[k + 1].start
    )


def takes_object(tokens: Sequence[Token], k: int) -> bool:
    """Whether the verb at ``k`` has an object, so its subject acted: "shot a woman".

    "shot and killed a clerk" looks past the second verb. Only an article, a pronoun or
    a figure opens an object: a capitalized word after the verb is as often a time
    ("killed Christmas Eve") as a name. "dead" and "died" take none.
    """
    if tokens[k].low in _NOT_OBJECT_VERBS or tokens[k].is_capitalized:
        return False  # "left one dead and four hurt"; a title-case line has no case cues
    j = k + 1
    if j + 1 < len(tokens) and tokens[j].low == "and" and tokens[j + 1].low in lex.PREDICATES:
        j += 2
    if j >= len(tokens):
        return False
    nxt = tokens[j]
    if nxt.low in _OBJECT_STARTS or nxt.low in lex.UNITS or nxt.is_number:
        return True
    # "blasts at three churches killed about 100 people": a hedged figure is an object
    # as a bare one is ("40 wounded in 33 shootings" has none)
    figure = next((m for m in range(j + 1, min(len(tokens), j + 4)) if tokens[m].is_number), None)
    return (
        figure is not None
        and hedge_start(tokens, figure) == j
        and ":" not in tokens[figure].text  # "a person shot around 12:02": a time
        and not (figure + 1 < len(tokens) and tokens[figure + 1].low in _CLOCK_AFTER)
    )


#: Words after a number that make it a clock time: "shot around 9 p.m.".
_CLOCK_AFTER: Final = frozenset(words("a.m. p.m. am pm o'clock"))


#: Verbs that report a figure rather than act on it: "reported 17 soldiers ... killed".
_REPORTING_VERBS: Final = lex.SAY_VERBS | frozenset(
    words("indicated showed listed recorded counted registered")
)
#: Words between a figure and its predicate that are no verb of its own: "were", "are
#: said to be", "have been".
_AUXILIARY_RUN: Final = lex.BE_AND_HAVE | frozenset(words("said to reported still also now"))

_OBJECT_STARTS: Final = frozenset(
    words("a an the his her their its my our your him them another several both two")
)


def _changed_by_particle(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` is a verb of change with its particle: "shot up", "ticked down".

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("the toll shot up from 22")
        >>> _changed_by_particle(t, 2), _changed_by_particle(tokenize("he was shot dead"), 2)
        (True, False)
    """
    return (
        tokens[k].low in lex.PARTICLE_CHANGE_VERBS
        and k + 1 < len(tokens)
        and tokens[k + 1].low in ("up", "down")
    )


def _shot(tokens: Sequence[Token], k: int) -> str:
    """The class of "shot": alone it is "shot"; shot dead, and killed, to death: killed.

    "Shot and wounded" (or "and critically injured") says the victim lived: injured.
    """
    nxt = [t.low for t in tokens[k + 1 : k + 4]]
    if nxt[:1] == ["dead"] or nxt[:2] in (["and", "killed"], ["to", "death"]):
        return "killed"
    if nxt[:1] == ["and"] and len(nxt) > 1:
        then = nxt[2] if nxt[1].endswith("ly") and len(nxt) > 2 else nxt[1]
        if lex.PREDICATES.get(then) == "injured":
            return "injured"
    return "shot"


def _owner(tokens: Sequence[Token], first: int, lo: int) -> str | None:
    """The nationality of whoever has the troops: "the US has 900 troops".

    ``""`` when a word before the figure says it has an owner the sentence does not
    name as a country ("the junta has 900 troops"), ``None`` when nothing says so.
    """
    k = first - 1
    if k > lo and tokens[k].low == "another":
        k -= 1  # "has sent another 1,500 troops"
    if k >= lo and tokens[k].low in lex.HAVE_VERBS:
        return _nationality_before(tokens, k, lo)
    if k > lo and tokens[k].low in lex.SEND_VERBS:
        # "North Korea has sent 10,000 troops": the sender's force, if a country sent it
        return _nationality_before(tokens, k, lo) or None
    if k >= lo and tokens[k].is_capitalized and tokens[k].low.endswith("'s"):
        # "France's 1,400 troops": the possessor is the owner, as "France has" is
        return nationality_at(tokens, k) or ""
    if k >= lo and tokens[k].low in ("its", "their"):
        # "France will withdraw its 1,500 soldiers": the country the clause names
        return _nationality_before(tokens, k, lo)
    return None


def _nationality_before(tokens: Sequence[Token], k: int, lo: int) -> str:
    """The nationality of the nearest country named before token ``k`` as an actor.

    A country after a preposition is a place ("troops in Mali"), not the owner.
    """
    for m in range(k - 1, max(lo - 1, k - 12), -1):
        if m > 0 and tokens[m - 1].low in ("in", "at", "from", "to", "into", "of", "with"):
            continue
        found = nationality_at(tokens, m)
        if found is not None:
            return found
        if tokens[m].low in (".", ";"):
            break
    return ""


def nationality_at(tokens: Sequence[Token], m: int) -> str | None:
    """The nationality token ``m`` names as a country or an adjective, else ``None``."""
    if not tokens[m].is_capitalized:
        return None
    low = bare(tokens[m].low)
    if m > 0 and (tokens[m - 1].low, low) in lex.COUNTRY_PHRASE_PEOPLE:
        return lex.COUNTRY_PHRASE_PEOPLE[tokens[m - 1].low, low]  # "North Korea"
    if m > 1 and tokens[m - 1].is_capitalized and tokens[m - 1].low not in lex.FUNCTION_WORDS:
        return None  # "Kim Jong Un's regime": the last word of a person's name
    if low in lex.COUNTRIES:
        return lex.COUNTRIES[low]
    if low in lex.NATIONALITY and low not in ("coalition", "government"):
        return lex.NATIONALITY[low]
    return None


def _held_by(tokens: Sequence[Token], first: int) -> bool:
    """Whether an owner's word stands just before a figure: "its 1,400", "France's 1,500".

    "The roughly 1,400 French soldiers will leave": a numbered force named as one already
    known is the whole force, as "its 1,400 troops" is.
    """
    if first < 1:
        return False
    before = tokens[first - 1]
    return before.low in ("its", "their", "the") or (
        before.is_capitalized and before.low.endswith("'s") and first >= 1
    )


def _place_reach(tokens: Sequence[Token], last: int, hi: int) -> int:
    """Where the place of a figure may be named up to: the end of its clause.

    "10,000 troops took part in the war, and warned its allies in China": China is
    the warning's, after a comma and a new verb's conjunction.
    """
    for k in range(last, hi - 1):
        if tokens[k].low == "," and tokens[k + 1].low in _NEW_CLAUSE_AFTER_COMMA:
            return k
    return hi


#: Words after a comma that open a clause of its own: the figure's place is not there.
_NEW_CLAUSE_AFTER_COMMA: Final = frozenset(words("and but while whereas which who"))


def _place_from(
    text: str, tokens: Sequence[Token], start: int, stop: int, word: str = "from"
) -> str | None:
    """A place named by "from <Place>" (or another ``word``) within ``[start, stop)``."""
    for k in range(start, min(stop, start + 4)):
        if tokens[k].low == word:
            at = k + 2 if k + 1 < stop and tokens[k + 1].low == "the" else k + 1
            if at < stop and tokens[at].low.endswith("'s") and is_place(tokens[at].text[:-2]):
                # "to Russia's Kursk region": the region, else the country
                region = proper_name(text, tokens, at + 1, stop)
                if region is not None and is_place(region):
                    return without_division(region)
                return tokens[at].text[:-2]
            name = proper_name(text, tokens, at, stop)
            if name is not None and is_place(name):
                return name
    return None


@attrs.frozen
class _Group:
    """The group after a partitive "of": "two of the (five) victims (who died)".

    ``total`` is the token index of the group's own figure (-1 without one), ``head``
    where its noun phrase starts, ``part_acts`` whether the verb after the group is the
    part's ("two of them died") rather than the group's ("one of the two who died").
    """

    total: int
    head: int
    part_acts: bool


_GROUP_WORDS: Final = frozenset(words("the its their them whom those these his her our my your"))
#: Words that stand for a group without a noun: "one of the others injured".
_GROUP_NOUNS: Final = frozenset(words("others rest"))
#: Adjectives that say what happened to a group: "one of the slain men".
_CASUALTY_ADJECTIVES: Final = frozenset(words("slain dead wounded injured deceased fallen"))
#: Verbs that, straight after a group, describe it: "two of the officers killed were ...".
_PARTICIPLES: Final = frozenset(
    words("killed wounded injured shot slain hurt hospitalized hospitalised murdered")
)
_RELATIVES: Final = frozenset(words("who that which"))
_AUX: Final = frozenset(
    words("was were is are had has have been later also reportedly eventually subsequently")
)


def _partitive(
    text: str, tokens: Sequence[Token], at: int, mentions: Sequence[QuantityMention], hi: int
) -> _Group | None:
    """The group a figure is part of when ``of`` stands at ``at``, else ``None``."""
    if at + 1 >= hi or tokens[at].low != "of":
        return None
    j = at + 1
    pronoun = tokens[j].low in _GROUP_WORDS - {
        "the",
        "its",
        "their",
        "his",
        "her",
        "our",
        "my",
        "your",
    }
    if tokens[j].low in _GROUP_WORDS:
        j += 1
    if j + 1 < hi and tokens[j].low.endswith("'s"):
        j += 1  # "of the council's 15 members"
    if j < hi and tokens[j].low in _GROUP_NOUNS:
        return _Group(-1, j, _part_acts(tokens, j + 1, hi))
    total = next(
        (m for m in mentions if m.first == j and m.kind in (NumberKind.COUNT, NumberKind.VAGUE)),
        None,
    )
    if total is None and j == at + 1:
        return None
    if total is not None:
        j = total.last
    start = j
    while j < hi and tokens[j].low in _CASUALTY_ADJECTIVES:
        j += 1
    head, _, end = _noun_phrase(text, tokens, j, hi)
    if head is None:
        if not pronoun and j == start and total is None:
            return None
        end = j
    else:
        head, end = _with_of(text, tokens, head, end, hi)
    return _Group(total.first if total else -1, start, _part_acts(tokens, end, hi))


def _group_of(
    text: str, tokens: Sequence[Token], first: int, mentions: Sequence[QuantityMention], hi: int
) -> _Group | None:
    """The partitive group whose own figure starts at ``first``: "two of the (five) ..."."""
    # "of the 15", "of the council's 15": determiners and an owner between
    at = first - 1
    while (
        at >= 0
        and first - at <= 3
        and (tokens[at].low in _GROUP_WORDS or tokens[at].low.endswith("'s"))
    ):
        at -= 1
    if at < 0 or tokens[at].low != "of":
        return None
    if not any(m.last == at for m in mentions):
        return None
    group = _partitive(text, tokens, at, mentions, hi)
    return group if group is not None and group.total == first else None


def _part_acts(tokens: Sequence[Token], end: int, hi: int) -> bool:
    """Whether the verb after a partitive group is the part's: "two of them died"."""
    k = end
    while k < hi and k - end < 3 and tokens[k].low in _AUX:
        k += 1
    if k >= hi or tokens[k].low in _RELATIVES:
        return False
    low = tokens[k].low
    if low not in lex.PREDICATES and low not in ("voted", "votes", "backed", "supported"):
        return False
    # "four of the officers killed were ...", "one of five children hurt in ...": a
    # participle straight after the group describes it
    return not (k == end and low in _PARTICIPLES)


_COUNTING_LINKS: Final = frozenset(
    words("""has have had rose risen climbed jumped reached hit stood stands is was at to now
    put estimated estimates numbered""")
)
_NOUN_LINKS: Final = frozenset(words("from of in on at after during"))
#: Nouns whose figure counts people: "the death toll has risen to 21" (the dead),
#: "police put the crowd at 5,000" (those who attended).
_COUNTED_BY: Final[dict[str, str]] = {
    "toll": "killed",
    "crowd": "attended",
    "crowds": "attended",
    "turnout": "attended",
    "attendance": "attended",
}


def _counting_noun_before(tokens: Sequence[Token], first: int, lo: int) -> tuple[str, int] | None:
    """The noun whose figure this is, with the predicate it gives, or ``None``.

    "The death toll has risen to 21": killed; "police put the crowd at 5,000": attended.
    Between the noun and the figure stand only linking verbs and an earlier figure
    ("rose from 12 to 21").
    """
    k = first - 1
    while k >= max(lo, first - 8):
        low = tokens[k].low
        if low in _COUNTED_BY:
            return _COUNTED_BY[low], k
        if not (
            low in _COUNTING_LINKS
            or low in lex.CHANGE_VERBS
            or low in ("from", "up", "further", "since", '"')  # 'the toll is "about 253"'
            or tokens[k].is_number
        ):
            break
        k -= 1
    else:
        return None
    if k == first - 1 or tokens[k + 1].low not in _COUNTING_LINKS | lex.CHANGE_VERBS:
        return None
    # "the death toll from Sunday's strike on the market has risen to 21": the noun with
    # a phrase of its own before the verb
    for m in range(k, max(lo - 1, k - _SUBJECT_PHRASE_REACH), -1):
        if tokens[m].low in _COUNTED_BY and m + 1 <= k and tokens[m + 1].low in _NOUN_LINKS:
            return _COUNTED_BY[tokens[m].low], m
        said = _named_number_of(tokens, m, k)
        if said is not None:
            return said
        if _place_comma(tokens, m):
            continue  # "the toll from the collapse in Surfside, Florida has risen to 11"
        if tokens[m].low in (",", ";", "and", "but", "while") or tokens[m].is_number:
            return None
    return None


#: How far before its verb a counting noun with a phrase of its own may stand ("the death
#: toll in a car-ramming attack by a Saudi physician at a Christmas market in
#: Magdeburg has risen to five"): a long subject, but one clause.
_SUBJECT_PHRASE_REACH: Final = 24


def _place_comma(tokens: Sequence[Token], m: int) -> bool:
    """Whether the comma at ``m`` joins a place to its region: "Surfside, Florida"."""
    return (
        tokens[m].low == ","
        and 0 < m < len(tokens) - 1
        and tokens[m - 1].is_capitalized
        and tokens[m + 1].is_capitalized
        # one word after it, then none capitalized: a region, not a list of names
        and (m + 2 >= len(tokens) or not tokens[m + 2].is_capitalized)
    )


#: Nouns that name a figure by what it counts after "of": "the number of people killed".
_NUMBER_NOUNS: Final = frozenset(words("number total count tally"))


def _named_number_of(tokens: Sequence[Token], m: int, k: int) -> tuple[str, int] | None:
    """(predicate, index) of "the number of people killed" opening at ``m``, else ``None``.

    "The number of people killed in last week's crash has risen to 288": the predicate
    in the subject's own phrase says what the figure counts, not a verb after it.
    """
    if tokens[m].low not in _NUMBER_NOUNS or m + 2 > k or tokens[m + 1].low != "of":
        return None
    for j in range(m + 2, min(k, m + 5)):
        predicate = lex.PREDICATES.get(tokens[j].low)
        if predicate is not None:
            return predicate, j
    return None


#: Heads that are deployed: "sent 500 troops", "sent 200 police officers".
_FORCES: Final = frozenset(words("troops police fighters officers"))
_HOSPITAL_WORDS: Final = frozenset(words("hospital hospitals"))
_GUNFIRE: Final = frozenset(words("gunfire bullets bullet gunshots gunshot shots"))


_GATHERINGS: Final = frozenset(
    words("""rally rallies march marches protest protests vigil funeral demonstration
    demonstrations ceremony gathering procession sit-in""")
)


def _gathering_after(tokens: Sequence[Token], end: int, hi: int) -> bool:
    """Whether the people attended: "attended" alone, or attended / joined a gathering."""
    k = end
    while k < hi and tokens[k].low in ("have", "had", "has", "were", "reportedly", "also"):
        k += 1
    if k >= hi:
        return False
    low = tokens[k].low
    rest = [t.low for t in tokens[k + 1 : min(hi, k + 6)]]
    if low == "attended":
        return not rest or rest[0] in (",", ".") or any(w in _GATHERINGS for w in rest[:3])
    if low in ("joined", "join") or (low in ("took", "take") and rest[:2] == ["part", "in"]):
        return any(w in _GATHERINGS for w in rest)
    return False


def _harm_after(tokens: Sequence[Token], end: int, hi: int) -> tuple[str, int] | None:
    """Harm told after the counted people: "to (the) hospital", "struck by gunfire"."""
    window = range(end, min(hi, end + 6))
    for k in window:
        low = tokens[k].low
        if low in _HOSPITAL_WORDS and tokens[k - 1].low in ("to", "in", "the"):
            return "injured", k
        if (
            low == "by"
            and k > end
            and tokens[k - 1].low in ("struck", "hit")
            and any(t.low in _GUNFIRE for t in tokens[k + 1 : min(hi, k + 4)])
        ):
            return "shot", k - 1
    return None


#: Words a force's verb of leaving may stand after: "have left", "will leave".
_BEFORE_LEAVING: Final = frozenset(
    words("have has had will would were was are is be been already now soon also all 've 'll")
)
#: Words that end the clause a force's verb is looked for in.
_CLAUSE_ENDS: Final = frozenset(words(", ; . : and but which who that while"))


def _leaving_after(tokens: Sequence[Token], end: int, hi: int) -> int | None:
    """The verb of leaving a counted force is the subject of, past any participle phrase.

    "60 US troops have left Chad", "More than 70 troops stationed in the capital will
    leave": what the force does is leave, though "stationed" tells where it was. The
    verbs are those the frame lexicon gives ``withdrawn``.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("More than 70 troops stationed in the capital will leave.")
        >>> _leaving_after(t, 4, len(t))
        9
        >>> t = tokenize("The 70 troops stationed there, who left in May, were praised.")
        >>> _leaving_after(t, 3, len(t)) is None
        True
    """
    leaving = _leaving_words()
    for k in range(end, min(hi, end + _LEAVING_REACH)):
        low = tokens[k].low
        if low in _CLAUSE_ENDS:
            return None
        if low in leaving and (k == end or tokens[k - 1].low in _BEFORE_LEAVING):
            return k
    return None


def _withdrawal_of(tokens: Sequence[Token], first: int, lo: int) -> int:
    """Where the noun of leaving whose "of" a counted force follows stands, else -1.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("The withdrawal of 1,500 troops from Niger began.")
        >>> _withdrawal_of(t, 3, 0)
        1
        >>> _withdrawal_of(tokenize("The arrival of 1,500 troops."), 3, 0)
        -1
    """
    if first - 2 < lo or tokens[first - 1].low != "of":
        return -1
    noun = first - 2
    return noun if tokens[noun].low in frame_tables().withdrawal_nouns else -1


#: How far past a counted force its verb of leaving may stand.
_LEAVING_REACH: Final = 10


#: Words that make a counted group one already known: "the 1,400 soldiers".
_DEFINITE: Final = frozenset(words("the its their all those these"))


def _definite(tokens: Sequence[Token], number: int, lo: int) -> bool:
    """Whether the figure at token ``number`` counts a group already known.

    "The roughly 1,400 soldiers will leave" is the whole force, named as known; "70
    soldiers will leave" is how many go. Hedge words between are passed over.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> _definite(tokenize("The roughly 1,400 soldiers will leave."), 2, 0)
        True
        >>> _definite(tokenize("Some 70 soldiers will leave."), 1, 0)
        False
    """
    k = number - 1
    while (
        k >= lo and k >= number - 3 and tokens[k].text.islower() and tokens[k].low not in _DEFINITE
    ):
        k -= 1
    return k >= lo and tokens[k].low in _DEFINITE


@functools.cache
def _leaving_words() -> frozenset[str]:
    """The words the frame lexicon reads as ``withdrawn`` (read once)."""
    return frozenset(w for w, kind in frame_tables().predicates.items() if kind == "withdrawn")


def _object_of_verb(tokens: Sequence[Token], first: int) -> bool:
    """Whether a verb that takes an object stands right before the figure ("withdraw 500")."""
    return any(
        lex.PREDICATES.get(t.low) in _OBJECT_PREDICATES for t in tokens[max(0, first - 2) : first]
    )


def _number_of(tokens: Sequence[Token], first: int, lo: int) -> tuple[str | None, list[str], int]:
    """The counted head of "the number of U.S. troops in Iraq has dropped to 2,500".

    A figure that opens a clause of its own after "with" completes no "number of" before
    it: "the number of deaths remains elusive with over 1,000 still missing".
    """
    if first - 1 >= lo and tokens[first - 1].low == "with":
        return None, [], first  # (the mention's first token is its hedge's)
    for k in range(first - 1, max(lo, first - 15) - 1, -1):
        if tokens[k].low == "number" and k + 1 < first and tokens[k + 1].low == "of":
            head, mods, end = _noun_phrase("", tokens, k + 2, first)
            return head, mods, end
    return None, [], first


#: Happenings counted under their own name: "14 attacks" has attribute ``attacks``.
_COUNTED_EVENTS: Final = frozenset(words("attacks strikes shootings incidents")) | lex.WEAPON_HEADS


#: Verbs that withdraw a force but rescue anyone else: "pull out 1,400 troops", "pulled
#: 40 people alive from the rubble".
_PULL_VERBS: Final = frozenset(words("pull pulls pulled pulling"))


def read_count(
    text: str,
    tokens: Sequence[Token],
    mention: QuantityMention,
    mentions: Sequence[QuantityMention],
) -> CountReading | None:
    """Read the counted group, predicate and place of one count mention, or ``None``."""
    if mention.kind not in (NumberKind.COUNT, NumberKind.VAGUE):
        return None
    first, last = mention.first, mention.last
    if first >= 2 and tokens[first - 1].low == "of" and tokens[first - 2].low in _KIN:
        return None  # "a mother of two": the size of a family, not a count of anything
    point = mention.value.point
    if point is not None and point != int(point):
        return None  # "half", "2/3": a share, not a number of people or events
    lo, hi = clause_bounds(tokens, first)
    if last < len(tokens) and tokens[last].low == "magnitude":
        return None  # "the 7 magnitude earthquake": a measure, read by the open frames
    if tally_side(tokens, mention, mentions, lo, hi) is not None:
        return None  # "voted 12 to 1": a side of a tally, read by the open frames
    if last < hi and toll_whole(tokens, first, lo, tokens[last : last + 1], frame_tables()):
        return None  # "141 of the 179 bodies": the toll a part is out of, read by the frames
    if first > lo and tokens[first - 1].low in lex.INCLUDE_VERBS:
        return None  # "the dead included 108 women": a part, read by the open frames
    if dwelling_before(tokens, first, lo):
        return None  # "home to around 12,000 people": who lives there, read by the frames
    if whole_after_quantifier(tokens, first, lo):
        return None  # "most of the 181 passengers died": a whole, read by the open frames
    n = len(tokens)
    # Partitive: "over 100 of the 329 members": the head comes from the group.
    k = last
    group = _partitive(text, tokens, last, mentions, hi)
    total_of = group is not None and group.total >= 0
    whole_force = first >= 1 and tokens[first - 1].low == "all" and group is not None
    if group is not None:
        if not (group.part_acts or _object_of_verb(tokens, first) or whole_force):
            return None  # "one of the two men killed": the verb is the group's
        k = group.head
    whole = _group_of(text, tokens, first, mentions, hi)
    verb_from = lo
    if whole is not None:
        head, _, end = _noun_phrase(text, tokens, last, hi)
        if head is not None:
            subject, _ = _with_of(text, tokens, head, end, hi)
            if subject == "members of parliament":
                return CountReading("members of parliament", "total_seats", None, first, end)
            if subject == "members":
                # "12 of the 15 members": a body's size, the whole its tally is out of
                return CountReading("members", "total", None, first, end)
        if whole.part_acts:
            return None
        # "withdraw 500 of its 2,500 troops": the verb before the part is not the whole's
        # ("of the party's 300": the "of" stands up to three words before the whole)
        of = next(
            (m for m in range(first - 1, max(-1, first - 5), -1) if tokens[m].low == "of"), lo
        )
        verb_from = max(lo, of + 1)
    if (
        k < hi
        and tokens[k].low in frame_tables().events
        and tokens[k].low not in _COUNTED_EVENTS
        and group is None
    ):
        # "two explosions killed 95", "the toll from two explosions": it counts the blasts
        return CountReading(tokens[k].low, "count", None, first, k + 1)
    head, modifiers, end = _noun_phrase(text, tokens, k, hi)
    if head is None and not total_of and last < n and tokens[last].low in _NOT_A_HEAD_AFTER:
        return None
    if head is not None:
        head, end = _with_of(text, tokens, head, end, hi)
    if (
        head is None
        and first > lo
        and _in_places(tokens, first, lo)
        and last < hi
        and tokens[last].text.isalpha()
    ):
        # "died in six states", "blasts at three Sri Lankan churches and three luxury
        # hotels killed": the figure counts places, not the dead
        return None
    owner = _owner(tokens, mention.first, lo)
    if owner is None and (_held_by(tokens, first) or whole_force):
        owner = ""  # "its 1,400 troops", "all 1,500 of its troops": the force it has
    np_range: tuple[int, int] | None = None
    if head is None:
        head_of, mods_of, np_end = _number_of(tokens, mention.first, lo)
        if head_of is not None:
            head, modifiers = head_of, mods_of
            np_range = (np_end, mention.first)
    predicate, verb = _predicate(tokens, mention.first, max(end, last), verb_from, hi)
    described = _described(tokens, last, end) if head is not None else None
    if described is not None:
        predicate, verb = described, -1  # "thousands of displaced families began returning"
    if (head is None or np_range is not None or (head == "people" and predicate is None)) and (
        predicate is None or verb >= last
    ):
        # "the toll climbed to 17,674 in Turkey, with 72,879 injuries", "the number of
        # people killed ... has risen to 288, after injured passengers died": the noun
        # the figure completes wins over a predicate of a later figure
        counted = _counting_noun_before(tokens, mention.first, lo)
        if counted is not None:
            predicate, verb = counted
    if head is not None and predicate is None and _gathering_after(tokens, end, hi):
        predicate = "attended"  # "50,000 people attended", "joined the march"
    if (
        predicate == "withdrawn"
        and head not in _FORCES
        and 0 <= verb < len(tokens)
        and tokens[verb].low in _PULL_VERBS
    ):
        predicate = "rescued"  # "pulled 40 people alive from the rubble": not troops
    if (
        predicate == "withdrawn"
        and head not in _FORCES
        and lex.FORCE_HEADS.get(head or "", head) not in _FORCES
        and 0 <= verb < len(tokens)
        and tokens[verb].low in lex.MOVING_VERBS
    ):
        predicate = "displaced"  # "relocated 2,000 residents": moved from their homes
    if predicate == "displaced" and lex.FORCE_HEADS.get(head or "", head) in _FORCES:
        predicate = "withdrawn"  # "1,500 troops had been evacuated": a force pulled out
    if head is not None and predicate in (None, "deployed") and head not in _FORCES:
        harm = _harm_after(tokens, end, hi)
        if harm is not None:
            predicate, verb = harm  # "sent four people to the hospital", "hit by gunfire"
        elif predicate == "deployed" and _PERSON_HEAD.get(head) == "people":
            predicate, verb = None, -1  # people are not deployed
    if (
        head is not None
        and predicate in (None, "deployed")
        and lex.FORCE_HEADS.get(head, head) in _FORCES
    ):
        leaving = None if _definite(tokens, mention.first, lo) else _leaving_after(tokens, end, hi)
        if leaving is not None:
            predicate, verb = "withdrawn", leaving  # "70 troops stationed there will leave"
        elif (noun := _withdrawal_of(tokens, mention.first, lo)) >= 0:
            predicate, verb = "withdrawn", noun  # "the withdrawal of 1,500 troops"
    if predicate in HARMED and verb == max(end, last) and takes_object(tokens, verb):
        predicate, verb = None, -1  # "two men shot a woman": the men did it
    if head is None and last <= verb <= last + 2 and tokens[verb].low in _WOUND_NOUNS:
        return None  # "two gunshot wounds": the wounds are counted, not the people
    if head is None and predicate == "recovered":
        head = "bodies"  # "six bodies have been retrieved"
    if head is None:
        if predicate in CASUALTY or predicate == "attended":
            head = "people"
        elif predicate in lex.TALLY_SIDES:
            head = "members"
        else:
            return None
    if mention.kind is NumberKind.VAGUE and head not in lex.PERSON_HEADS and predicate is None:
        return None
    if head in lex.WEAPON_HEADS:
        # "fired 40 rockets"; "intercepted 99 drones" and "shot down 80 drones" are the
        # open frame's to read: no weapon is killed or injured
        predicate = predicate if predicate == "fired" else "count"
    elif head in _COUNTED_EVENTS:
        predicate = head

    elif head == "deaths":
        head, predicate = "people", "killed"
    elif head == "injuries":
        head, predicate = "people", "injured"
    elif head == "cases" and predicate in (None, "infected"):
        head, predicate = "people", "infected"  # "15,600 cases": the people infected
    elif head == "signatures":
        head, predicate = "people", "signed"
    place = place_in(text, tokens, mention.first, _place_reach(tokens, last, hi))
    if place is None:
        place = where_before(text, tokens, lo, mention.first)
    if place is None and np_range is not None:
        place = place_in(text, tokens, np_range[0], np_range[1])
    if place is None and predicate in CASUALTY:
        place = place_in(text, tokens, max(0, mention.first - 12), mention.first)
    if place is None and head in ("members of parliament", "members of congress"):
        place = _body_country(tokens, last, hi)
    if predicate in ("deployed", "withdrawn"):
        head = lex.FORCE_HEADS.get(head, head)  # "2,300 men deployed": soldiers
    if head == "troops" and place is None:
        place = _place_from(text, tokens, max(end, last), hi)  # "its troops from Niger"
    if (
        head == "troops"
        and place is None
        and first > lo
        and tokens[first - 1].low in lex.SEND_VERBS
    ):
        # "has deployed 11,000 troops to the Kursk region": where the force now is
        place = _place_from(text, tokens, max(end, last), hi, word="to")
    if head == "troops":
        sent = next(
            (
                k
                for k in range(max(end, last), min(hi, max(end, last) + 3))
                if tokens[k].low in lex.SEND_VERBS
            ),
            None,
        )
        if sent is not None:
            # "8,000 North Korean troops have deployed to Russia's Kursk region ... in
            # Ukraine": where the force was sent, before any place later in the sentence
            place = _place_from(text, tokens, sent + 1, hi, word="to") or place
    if (
        head == "troops"
        and place is None
        and max(end, last) < hi
        and tokens[max(end, last)].low == "there"
    ):
        place = "@there"  # "Paris had kept 1,500 soldiers there": a place named before
    if head == "troops" and place is None and _withdrawn_force(tokens, first):
        # "the withdrawal of the 1,500 soldiers": the force the article placed before,
        # wherever it named it (the caller reads the article's last place)
        place = "@country"
    # the force a country has there, whether it stays or goes: "the withdrawal of its
    # 1,400 troops" tells how many it had
    has_force = head == "troops" and (place is not None or owner is not None or bool(modifiers))
    # ... but a force that is the subject of the verb of leaving ("60 US troops have
    # left Chad") is what left, not the whole it was part of, unless named as known
    # ("the 1,400 French soldiers must leave": the whole force)
    left = predicate == "withdrawn" and verb > last and not _definite(tokens, mention.first, lo)
    if has_force and (
        predicate is None or (owner is not None and predicate == "withdrawn" and not left)
    ):
        predicate = "deployed"
    if predicate == "rescued" and head in lex.CAPTIVE_HEADS:
        predicate = "released"  # "freed 39 prisoners": a release, not a rescue
    if predicate in HARMED:
        head = _PERSON_HEAD.get(head, head)
    elif predicate == "attended":
        head = _ATTENDING.get(head, head)  # "50,000 people" and "20,000 protesters" attend
    elif predicate in ("displaced", "missing"):
        head = lex.UPROOTED_HEADS.get(head, head)  # residents made homeless are people
    if owner and not modifiers:
        modifiers = [owner]
    modifier = next((m for m in modifiers if m not in ("coalition", "allied")), None) or (
        modifiers[0] if modifiers else None
    )
    subject = head if modifier is None or head.startswith(modifier) else f"{modifier} {head}"
    if head == "members of parliament" and modifier in ("foreign", "coalition"):
        subject = head
    owned = modifier is not None and modifier.casefold() in _BODY_OWNERS
    if predicate in lex.TALLY_SIDES and (subject in _WHOLE_BODY or (owned and head in _WHOLE_BODY)):
        # "13 council members voted in favour", "432 MPs voted against", "by 13 votes to
        # one": the whole body's tally, one question however its members are named; a
        # party's members ("118 Conservative MPs") are a part of it
        faction = _faction_named(tokens, last, end)
        subject = f"{faction} members" if faction else "members"
    return CountReading(subject, predicate or "count", place, first, max(end, last), verb)


#: The names of a voting body's members as a whole: their count of a side is the tally.
_WHOLE_BODY: Final = frozenset({"members", *_BODIES.values()})


#: Organizations whose members make up the voting body itself: "141 UN member states".
_BODY_OWNERS: Final = frozenset(words("un u.n un's"))


def _faction_named(tokens: Sequence[Token], first: int, end: int) -> str | None:
    """A party named between a figure and its voters: "118 Conservative MPs" -> "Conservative".

    Capitalized words that name no body ("13 Security Council members") and no country.
    """
    named = [
        t.text
        for t in tokens[first:end]
        if t.is_capitalized
        and t.text.isalpha()
        and t.low not in _VOTER_MODIFIERS
        and t.low not in _BODIES
        and t.low not in lex.HEADS
        and t.low not in lex.COUNTRIES
        and t.low not in lex.NATIONALITY
        and t.low not in _BODY_OWNERS
    ]
    return " ".join(named) or None


#: Nouns of a force's going whose object is the whole force: "the withdrawal of the
#: 1,500 soldiers", "the pullout of its 1,400 troops".
_GOING_NOUNS: Final = frozenset(words("withdrawal pullout departure exit drawdown redeployment"))


def _withdrawn_force(tokens: Sequence[Token], first: int) -> bool:
    """Whether a count of troops is what a going noun or verb just before it moves off.

    "the withdrawal of the 1,500 soldiers", "to withdraw its 1,500 troops", "pull out
    all 1,500 troops".
    """
    k = first - 1
    while k >= 0 and tokens[k].low in ("the", "its", "their", "his", "her", "all", "remaining"):
        k -= 1
    if k >= 0 and (
        tokens[k].low in _GOING_VERBS
        or (k >= 1 and tokens[k].low == "out" and tokens[k - 1].low in _PULL_VERBS)
    ):
        return True
    return k >= 1 and tokens[k].low == "of" and tokens[k - 1].low in _GOING_NOUNS


#: Prepositions of where: a figure after one counts places ("in six states").
_WHERE_PREPOSITIONS: Final = frozenset(words("in across throughout into inside at"))


def _in_places(tokens: Sequence[Token], first: int, lo: int) -> bool:
    """Whether a preposition of place, or "and" after a figure it took, opens the figure.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("blasts at three churches and three hotels killed 100")
        >>> _in_places(t, 2, 0), _in_places(t, 5, 0), _in_places(t, 8, 0)
        (True, True, False)
    """
    before = tokens[first - 1].low
    if before in _WHERE_PREPOSITIONS:
        return True
    if before != "and":
        return False
    # "at three churches and three hotels": the second figure shares the preposition
    for k in range(first - 2, max(lo, first - 6) - 1, -1):
        if tokens[k].is_number or tokens[k].low in lex.NUMBER_WORDS:
            return k > lo and tokens[k - 1].low in _WHERE_PREPOSITIONS
        if not tokens[k].text.isalpha():
            return False
    return False


#: Verbs that move a force off: "withdraw its 1,500 troops".
_GOING_VERBS: Final = frozenset(
    words("withdraw withdraws withdrew withdrawing evacuate evacuated repatriate recall")
)


def _body_country(tokens: Sequence[Token], last: int, hi: int) -> str | None:
    """The country whose body it is: "members of Iraq's parliament"."""
    for k in range(last, min(hi, last + 8)):
        low = bare(tokens[k].low)
        if tokens[k].is_capitalized and (low in lex.PLACES or tokens[k].low.endswith("'s")):
            return tokens[k].text[:-2] if tokens[k].low.endswith("'s") else tokens[k].text
        if low in _BODIES:
            break
    return None


_SINGULAR_SKIP: Final = frozenset(
    words(
        """young old elderly unidentified unnamed local teenage off-duty on-duty pregnant second
        third fourth fifth sixth seventh eighth ninth tenth
        innocent unarmed armed year-old year years old - 's another other"""
    )
)
_SINGULAR_AUX: Final = frozenset(
    words("""was is has had been were who later reportedly also found allegedly
    accidentally critically seriously mistakenly apparently""")
)
_NOT_MODIFIERS: Final = frozenset(
    words(
        """was is has had been were who which that of in on at and or but to for with by
        from as after before said says the a an his her their its where when whose while"""
    )
)


def _singular(tokens: Sequence[Token], i: int) -> tuple[str, int] | None:
    """The person head of "a/an [modifiers] <noun>" at ``i`` and the index after it.

    A headline drops the article ("Teen shot dead in ..."), so a sentence may open with
    the modifiers; "a 15-year-old" is a person without a noun.
    """
    n = len(tokens)
    if tokens[i].low in ("a", "an"):
        k = i + 1
    elif (
        i == 0
        and tokens[0].text.isalpha()
        and tokens[0].low not in _NOT_MODIFIERS
        and tokens[0].low not in lex.UNITS
        and tokens[0].low not in lex.TENS
    ):
        k = 0
    else:
        return None
    while (
        k < n
        and k - i <= 6
        and tokens[k].low not in lex.HEADS
        and (
            tokens[k].low in _SINGULAR_SKIP
            or tokens[k].is_number
            or tokens[k].low in lex.NATIONALITY
            or (tokens[k].text.isalpha() and tokens[k].is_capitalized)
            or (
                tokens[k].text.isalpha()
                and tokens[k].text.islower()
                and tokens[k].low not in _NOT_MODIFIERS
                and (
                    (tokens[k].low not in lex.UNITS and tokens[k].low not in lex.TENS)
                    or (k + 1 < n and tokens[k + 1].low in ("-", "year"))
                )
            )
        )
    ):
        k += 1
    if k < n and k - i > 3 and tokens[k - 1].low == "old" and tokens[k].low not in lex.HEADS:
        return "people", k
    if k >= n or tokens[k].low not in lex.HEADS:
        return None
    head = lex.HEADS[tokens[k].low]
    if k + 1 < n and (tokens[k].low, tokens[k + 1].low) in lex.HEADS_TWO:
        head = lex.HEADS_TWO[(tokens[k].low, tokens[k + 1].low)]
        k += 1
    if _is_plural(tokens[k].low):
        return None
    if head not in lex.PERSON_HEADS:
        return None
    return head, k + 1


def _past_age(tokens: Sequence[Token], k: int) -> int:
    """The index after an age set off by commas at ``k`` (", 15,"), else ``k``."""
    if (
        k + 2 < len(tokens)
        and tokens[k].low == ","
        and tokens[k + 1].is_number
        and tokens[k + 2].low == ","
    ):
        return k + 3
    return k


def _is_plural(low: str) -> bool:
    return low.endswith("s") or low in (
        "people",
        "men",
        "women",
        "children",
        "police",
        "staff",
        "personnel",
    )


def _conjunct_end(tokens: Sequence[Token], k: int) -> int | None:
    """The end of a further counted person after ``k``: ", a woman", "and two boys"."""
    n = len(tokens)
    if k >= n or tokens[k].low not in (",", "and"):
        return None
    j = k + 1
    if j < n and tokens[k].low == "," and tokens[j].low == "and":
        j += 1
    if j >= n:
        return None
    one = _singular(tokens, j)
    if one is not None:
        return one[1]
    if tokens[j].is_number or tokens[j].low in lex.UNITS:
        head, _, end = _noun_phrase("", tokens, j + 1, min(n, j + 7))
        if head in lex.PERSON_HEADS:
            return end
    return None


_ARTICLES_A: Final = frozenset(words("a an"))


def read_singulars(
    text: str, tokens: Sequence[Token], *, words: AbstractSet[str] | None = None
) -> list[CountFigure]:
    """One person stated without a figure: "A man was killed", "an 11-year-old boy died".

    Only casualty predicates (killed, injured, shot) make such a claim, with the verb
    after the person, across further people joined to it ("a man and two women were
    shot"), or straight before it ("shot and killed a teenager"). The figure's span
    covers the article and the noun. "A second man was hurt" is one more person, not two:
    the ordinal counts victims of any kind ("three were killed and a fourth was hurt").
    """
    out: list[CountFigure] = []
    if not names_any(tokens, lex.PREDICATES.keys(), words):
        return out  # each one read has its predicate word: most sentences have none
    n = len(tokens)
    # without "a" or "an" only the opening word may start one: one test for most
    for i in range(n) if names_any(tokens, _ARTICLES_A, words) else range(min(n, 1)):
        if i and tokens[i].low not in ("a", "an"):
            continue  # one person starts with "a", or opens a headline
        found = _singular(tokens, i)
        if found is None:
            continue
        head, k = found
        m = _past_age(tokens, k)
        for _ in range(3):
            end = _conjunct_end(tokens, m)
            if end is None:
                break
            m = end
        start = m
        while m < n and tokens[m].low in _SINGULAR_AUX and m - start <= 3:
            m += 1
        if m == start and m < n and tokens[m].low in lex.PREDICATES and takes_object(tokens, m):
            continue  # "a man killed a neighbour": the man did it
        if (m >= n or tokens[m].low not in lex.PREDICATES) and i > 0:
            m = i - 1  # the verb before: "killing a man"
            if tokens[m].low not in lex.PREDICATES or tokens[m].low in _NOT_OBJECT_VERBS:
                continue
        if m >= n or tokens[m].low not in lex.PREDICATES:
            continue
        predicate = _shot(tokens, m) if tokens[m].low == "shot" else lex.PREDICATES[tokens[m].low]
        if predicate not in HARMED:
            continue
        place = place_in(text, tokens, max(m, k), min(n, max(m, k) + 8))
        reading = CountReading(_PERSON_HEAD.get(head, head), predicate, place, i, k, m)
        start, end = tokens[i].start, tokens[k - 1].end
        wording = " ".join(text[start:end].split())
        out.append(CountFigure(reading, Quantity.exact(1, text=wording), start, end))
    return out


#: Predicate words that do not take the person after them as victim ("died a man").
_NOT_OBJECT_VERBS: Final = frozenset(
    words("dead died die dies death deaths fatally injuries hurt wounds missing fled")
)


#: Words that make "all but N of the M" a count of the rest: M - N.
_ALL_BUT: Final = (("all", "but"), ("all", "except"))


def all_but(
    tokens: Sequence[Token], mentions: Sequence[QuantityMention], figure: CountFigure
) -> CountFigure:
    """The figure of "all but four of the 68 on board were killed": 64, not 68.

    Examples:
        >>> from reconcile.extract._numbers import scan_numbers
        >>> from reconcile.extract._text import tokenize
        >>> t = "All but four of the 68 people on board were killed."
        >>> tokens = tokenize(t)
        >>> [f.value.point for f in read_counts(t, tokens, scan_numbers(t, tokens))]
        [64.0]
    """
    k = figure.reading.first - 1
    while k >= 0 and tokens[k].low in ("the", "its", "their"):
        k -= 1
    if k < 1 or tokens[k].low != "of":
        return figure
    part = next((m for m in mentions if m.last == k), None)
    whole = figure.value.point
    if part is None or part.first < 2 or part.value.point is None or whole is None:
        return figure
    if (tokens[part.first - 2].low, tokens[part.first - 1].low) not in _ALL_BUT:
        return figure
    start = tokens[part.first - 2].start
    told = f"all but {part.text} of {figure.value.text}"
    rest = Quantity.exact(whole - part.value.point, text=told)
    return attrs.evolve(figure, value=rest, start=start)


def read_counts(
    text: str,
    tokens: Sequence[Token],
    mentions: Sequence[QuantityMention],
    *,
    words: AbstractSet[str] | None = None,
) -> list[CountFigure]:
    """Every count one sentence states, in text order.

    Figures (:func:`read_count`) and single people (:func:`read_singulars`), less the
    breakdowns of a group counted beside them (:func:`_is_breakdown`), with people joined
    by "and" under one verb summed (:func:`_summed`).
    """
    figures: list[CountFigure] = []
    for m in mentions:
        if (
            m.first >= 2
            and tokens[m.first - 2].low == "out"
            and part_out_of(tokens, m.first, mentions)
        ):
            continue  # "Twelve out of 15 members voted": the whole, the open frames' total
        reading = read_count(text, tokens, m, mentions)
        if reading is not None:
            figures.extend(_changed(text, tokens, m, reading))
    figures.extend(read_singulars(text, tokens, words=words))
    figures.sort(key=lambda f: (f.reading.first, f.reading.last))
    ends = {f.reading.last: f for f in reversed(figures)}
    kept = [f for f in figures if not _is_breakdown(tokens, f, ends)]
    summed = [all_but(tokens, mentions, f) for f in _summed(text, tokens, kept)]
    return summed + _survivors(text, tokens, summed)


def _changed(
    text: str, tokens: Sequence[Token], mention: QuantityMention, reading: CountReading
) -> list[CountFigure]:
    """The figure of a count; two when it changed: "the toll rose from 12 to 21".

    "From 12 to 21" after a verb of change is no range of uncertainty but an earlier
    figure and the new one (see :mod:`reconcile.extract._scope` for the earlier one's
    time scope).
    """
    whole = [CountFigure(reading, mention.value, mention.start, mention.end)]
    first, last = mention.first, mention.last
    if not (
        mention.value.hedge is Hedge.RANGE
        and tokens[first].low == "from"
        and any(t.low in lex.CHANGE_VERBS for t in tokens[max(0, first - 4) : first])
    ):
        return whole
    to = next((k for k in range(first + 2, last) if tokens[k].low in ("to", "-")), None)
    if to is None or to + 1 >= last:
        return whole
    low, high = mention.value.interval
    out = []
    for value, a, b in ((low, first + 1, to), (high, to + 1, last)):
        start, end = tokens[a].start, tokens[b - 1].end
        quantity = Quantity.exact(value, text=text[start:end])
        out.append(CountFigure(attrs.evolve(reading, first=a, last=b), quantity, start, end))
    return out


_OTHERS: Final = frozenset(words("other others another more"))


def _survivors(text: str, tokens: Sequence[Token], figures: list[CountFigure]) -> list[CountFigure]:
    """The wounded a sentence implies when it counts people shot beside people killed.

    "Five people were shot, one fatally", "four were shot and one of them died": the
    dead are among the shot, so the rest (four, three) were wounded. "One man was
    killed and two others were shot": the others are the wounded, all of them. Only
    exact figures about one subject are used, and the dead must come after the shot (or
    be a part of them: "two of the five shot died"), since "two were killed and three
    were shot" does not say whether the three include the two.
    """
    out: list[CountFigure] = []
    dead_of: dict[str, list[CountFigure]] = {}
    for f in figures:
        if f.reading.attribute == "killed":
            dead_of.setdefault(f.reading.subject, []).append(f)
    for shot in figures:
        reading = shot.reading
        if reading.attribute != "shot" or shot.value.hedge is not Hedge.EXACT:
            continue
        dead = dead_of.get(reading.subject, [])
        # a long run of death counts is a list, not one event's toll; the bound keeps
        # the work linear in the sentence length
        if not dead or len(dead) > 3 or any(f.value.hedge is not Hedge.EXACT for f in dead):
            continue
        others = any(tokens[k].low in _OTHERS for k in range(reading.first, reading.last + 1))
        if others and all(f.reading.first < reading.first for f in dead):
            value = shot.value
        elif not others and all(
            f.reading.first > reading.first or tokens[f.reading.last].low == "of" for f in dead
        ):
            killed = sum(f.value.low for f in dead)
            if not 0 < killed < shot.value.low:
                continue
            end = max(f.end for f in dead)
            value = Quantity.exact(
                shot.value.low - killed, text=" ".join(text[shot.start : end].split())
            )
        else:
            continue
        out.append(
            attrs.evolve(shot, reading=attrs.evolve(reading, attribute="injured"), value=value)
        )
    return out


#: Words that open a breakdown of a group: "five people, including two children".
_BREAKDOWN_OPENERS: Final = frozenset(words("including among"))


def _is_breakdown(
    tokens: Sequence[Token], figure: CountFigure, ends: dict[int, CountFigure]
) -> bool:
    """Whether a victim count only breaks down a group counted beside it.

    "Five people, including two teens", "four people - three adults and a child -": such
    a part answers the whole's question when both count people; it is left out,
    while a part with its own role or nationality ("including three US troops") stays.
    """
    reading = figure.reading
    if reading.attribute not in HARMED or reading.subject != "people":
        return False
    if _among_opens(tokens, reading.first):
        return True  # "Among the dead were four children": a part of the dead
    k = reading.first
    for _ in range(8):
        # a later conjunct of the breakdown: step back over the earlier ones
        earlier = ends.get(k - 1) if k > 0 and tokens[k - 1].low in ("and", ",") else None
        if earlier is None:
            break
        k = earlier.reading.first
    if k == 0:
        return False
    opener = tokens[k - 1].low
    if opener in _BREAKDOWN_OPENERS:
        return True
    whole = ends.get(k - 1)
    return opener in ("-", "(") and whole is not None and whole.reading.subject == reading.subject


def _among_opens(tokens: Sequence[Token], first: int) -> bool:
    """Whether the sentence opens "Among the dead were" (or the like) before ``first``."""
    return (
        bool(tokens)
        and tokens[0].low == "among"
        and first < _AMONG_REACH
        and any(t.low in ("were", "was", "are", "is") for t in tokens[1:first])
    )


#: How far into a sentence opened by "Among ..." its figure may stand.
_AMONG_REACH: Final = 10


def _summed(text: str, tokens: Sequence[Token], figures: list[CountFigure]) -> list[CountFigure]:
    """Join people counted side by side under one verb into one total.

    "Two men and a woman were shot" states that three people were shot: its parts would
    contradict that total in one question, so only the total is kept. Parts are joined
    when only "and" or a comma stands between them, they count the same subject, and they
    share the verb (or the later ones have none: "killing a man and two children").
    Exact figures sum to an exact total; any open-ended part ("at least two") makes the
    total "at least"; a vague part leaves the parts as they are.
    """
    out: list[CountFigure] = []
    i = 0
    while i < len(figures):
        run = [figures[i]]
        while i + len(run) < len(figures):
            prev, nxt = run[-1].reading, figures[i + len(run)].reading
            between = [t.low for t in tokens[prev.last : nxt.first]]
            if not between or any(w not in ("and", ",") for w in between):
                break
            if nxt.subject != prev.subject and not (
                nxt.attribute == "count" and _PERSON_HEAD.get(nxt.subject) == prev.subject
            ):
                break
            shared = nxt.verb == prev.verb and nxt.attribute == prev.attribute
            # "killing a man and two children" share the verb; "the toll rose to 90
            # people, and 30 people have been rescued": the second has its own
            inherits = (
                nxt.attribute == "count"
                and prev.verb >= 0
                and prev.verb < prev.first
                and not (nxt.last < len(tokens) and tokens[nxt.last].low in _AUX)
            )
            if not (shared or inherits) or prev.attribute not in HARMED:
                break
            run.append(figures[i + len(run)])
        i += len(run)
        total = _total([f.value for f in run]) if len(run) > 1 else None
        if total is None:
            out.extend(run)
            continue
        groups = [lex.SEX_AND_AGE_GROUPS.get(tokens[f.reading.last - 1].low) for f in run]
        opener = run[0].reading.first
        framed = any(t.low in _BREAKDOWN_WORDS for t in tokens[max(0, opener - 3) : opener])
        if all(groups) and framed:
            # "39 men and 46 women were killed": the toll by sex is asked apart from the
            # toll, each part a question of its own group
            out.extend(
                attrs.evolve(
                    f,
                    reading=attrs.evolve(
                        f.reading, subject=group, attribute=run[0].reading.attribute
                    ),
                )
                for f, group in zip(run, groups, strict=True)
                if group is not None
            )
            if run[0].reading.first > 0 and tokens[run[0].reading.first - 1].low in _INCLUDING:
                continue  # "the dead include 37 women and 25 men": parts, not the whole
        start, end = run[0].start, run[-1].end
        reading = attrs.evolve(run[0].reading, last=run[-1].reading.last)
        wording = text[start : tokens[reading.last - 1].end]
        value = attrs.evolve(total, text=" ".join(wording.split()))
        out.append(CountFigure(reading, value, start, end))
    return out


def _total(values: list[Quantity]) -> Quantity | None:
    """The sum of exact and "at least" figures; ``None`` when any is another kind."""
    if any(v.hedge not in (Hedge.EXACT, Hedge.AT_LEAST, Hedge.MORE_THAN) for v in values):
        return None
    low = sum(v.low for v in values)
    if all(v.hedge is Hedge.EXACT for v in values):
        return Quantity.exact(low)
    return Quantity.hedged(low, Hedge.AT_LEAST)


def where_before(text: str, tokens: Sequence[Token], lo: int, first: int) -> str | None:
    """The place before ", where": "eastern Syria, where the US has 900 troops"."""
    for k in range(first - 1, max(-1, first - 14), -1):
        if tokens[k].low == "where" and k >= 2 and tokens[k - 1].low == ",":
            m = k - 2
            while m > 0 and tokens[m - 1].is_capitalized:
                m -= 1
            return proper_name(text, tokens, m, k - 1)
    return None
