"""Votes: the body, the motion, the outcome, counts, unanimity and whether it binds."""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from typing import Final

import attrs

from reconcile.errors import InvalidValue
from reconcile.extract import _lexicon as lex
from reconcile.extract._counts import CountFigure, CountReading
from reconcile.extract._frames import frame_tables, is_figure, tally_sides
from reconcile.extract._lexicon import words
from reconcile.extract._numbers import NumberKind, QuantityMention
from reconcile.extract._text import Token, as_written, names_any
from reconcile.values import Quantity, VoteOutcome, VoteResult

_BODY_WORDS: Final[dict[str, str]] = {
    "parliament": "parliament",
    "lawmakers": "parliament",
    "legislators": "parliament",
    "mps": "parliament",
    "deputies": "parliament",
    "parliamentarians": "parliament",
    "legislature": "parliament",
    "congress": "Congress",
    "senate": "Senate",
    "house": "House",
    "knesset": "Knesset",
    "assembly": "assembly",
    "council": "council",
    "cabinet": "cabinet",
    "senators": "Senate",
    "bundestag": "Bundestag",
    "duma": "Duma",
    "majlis": "parliament",
    "commons": "House of Commons",
    "lords": "House of Lords",
}
_PASS: Final = frozenset(words("passed approved adopted endorsed ratified backed"))
#: What a body votes on: "approved the bill", "adopted the ceasefire agreement".
_MOTIONS: Final = frozenset(
    words("""resolution motion bill law measure amendment budget agreement deal accord
    treaty proposal plan""")
)
#: Verbs of a motion's failing; a vetoed text is not adopted, whoever cast the veto.
_FAIL: Final = frozenset(words("rejected defeated blocked vetoed"))
#: Verbs of passing after "to": "failed to adopt", "did not pass".
_PASS_BASE: Final = frozenset(words("pass adopt approve endorse ratify back"))
#: Every word a vote is read from (:func:`read_votes`).
_TRIGGERS: Final = frozenset({"voted"}) | _PASS | _FAIL | _PASS_BASE
#: Words before a verb of passing that say the motion did not pass: "failed to adopt".
_NOT_PASSED: Final = frozenset(words("failed fails fail not never"))
_MOTION_STOP: Final = frozenset(
    {
        ".",
        ",",
        ";",
        ":",
        '"',
        "(",
        ")",
        "after",
        "following",
        "in",
        "on",
        "amid",
        "but",
        "which",
        "that",
        "and",
        "with",
        "by",
    }
)


@attrs.frozen
class VoteReading:
    """A vote found in a sentence: the outcome and the token span of its trigger."""

    body: str
    outcome: VoteOutcome
    trigger: int


def _body(tokens: Sequence[Token], k: int) -> tuple[str, int] | None:
    """A legislative body near token ``k`` (before it first), with its nationality."""
    order = list(range(k - 1, max(-1, k - 12), -1)) + list(range(k + 1, min(len(tokens), k + 4)))
    for m in order:
        low = tokens[m].low
        base = low[:-2] if low.endswith("'s") else low
        if base not in _BODY_WORDS:
            continue
        if base == "house" and not tokens[m].is_capitalized:
            continue
        name = _BODY_WORDS[base]
        nationality = None
        for p in range(m - 1, max(-1, m - 4), -1):
            plow = tokens[p].low
            pbase = plow[:-2] if plow.endswith("'s") else plow
            if (pbase,) in frame_tables().body_owners:
                break  # "the UN Security Council": the UN's, no country's
            if pbase in lex.COUNTRIES and tokens[p].is_capitalized:
                nationality = lex.COUNTRIES[pbase]
                break
            if pbase in lex.NATIONALITY and tokens[p].is_capitalized:
                nationality = lex.NATIONALITY[pbase]
                break
        if base == "council" and m > 0 and tokens[m - 1].low == "security":
            name = "Security Council"
        proper = _proper_name(tokens, m) if nationality is None else None
        body = proper or (f"{nationality} {name}" if nationality else name)
        return body, m
    return None


def _proper_name(tokens: Sequence[Token], m: int) -> str | None:
    """The full name of a body written as a proper name, or ``None`` for a lone word.

    "African Union Peace and Security Council", "Federal Council"; the "Security
    Council" of "the UN Security Council", whose owner goes unsaid as often as said.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> _proper_name(tokenize("the United Nations Security Council"), 4)
        'Security Council'
        >>> _proper_name(tokenize("the African Union Peace and Security Council"), 6)
        'African Union Peace and Security Council'
    """
    if not tokens[m].is_capitalized:
        return None
    k = m
    while k > 0 and m - k < 8:
        prev = tokens[k - 1]
        joiner = prev.low in ("and", "of", "&") and k >= 2 and tokens[k - 2].is_capitalized
        if not (prev.is_capitalized or joiner) or prev.low in ("the", "a", "an"):
            break
        k -= 1
    for owner in frame_tables().body_owners:
        # "the UN Security Council", "the United Nations Security Council": the owner
        # is said or not, the body is one
        if m - k >= len(owner) and tuple(t.low for t in tokens[k : k + len(owner)]) == owner:
            k += len(owner)
            break
    if k == m:
        return None
    return " ".join(t.text for t in tokens[k : m + 1])


def _motion(text: str, tokens: Sequence[Token], k: int) -> tuple[str | None, int]:
    j = k
    while (
        j < len(tokens)
        and tokens[j].low not in _MOTION_STOP
        and not tokens[j].is_number  # "passed the bill 60-40": the tally ends the motion
        and j - k < 10
    ):
        j += 1
    if j == k:
        return None, k
    return " ".join(text[tokens[k].start : tokens[j - 1].end].split()), j


def _motion_start(tokens: Sequence[Token], verb: int, noun: int) -> int:
    """Where the motion's text starts: what it calls for, else the noun phrase.

    "passed a resolution to oust the forces" -> "oust the forces"; "approved the
    ceasefire agreement on Tuesday" -> "ceasefire agreement" ("on" a date is no topic).
    """
    n = len(tokens)
    if noun + 2 < n and tokens[noun + 1].low in ("to", "on", "calling"):
        topic = tokens[noun + 2]
        dated = topic.low in lex.WEEKDAYS or topic.low in lex.MONTHS or topic.is_number
        if not dated:
            return noun + 2
    start = verb + 1
    while start < noun and tokens[start].low in ("the", "a", "an", "its", "their"):
        start += 1
    return start


def _tally(tokens: Sequence[Token], k: int) -> dict[str, int]:
    """A tally near the trigger at ``k``: "141-5", "by a vote of 141 to 5".

    "By 391 votes to 242" too; its sides are told apart by the way the body decided
    (:func:`reconcile.extract._frames.tally_sides`).

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> _tally(tokenize("MPs rejected the deal by 391 votes to 242."), 1)
        {'votes_against': 391, 'votes_for': 242}
        >>> _tally(tokenize("The council voted 13-1 to adopt it."), 2)
        {'votes_for': 13, 'votes_against': 1}
    """
    n = len(tokens)
    for a in range(max(0, k - 4), min(n - 2, k + 12)):
        first = tokens[a]
        if not first.text.isdecimal():
            continue
        sep = a + 2 if a + 3 < n and tokens[a + 1].low in ("votes", "vote") else a + 1
        if sep + 1 >= n or not tokens[sep + 1].text.isdecimal():
            continue
        second = tokens[sep + 1]
        tight = (
            sep == a + 1
            and tokens[sep].low == "-"
            and first.end == tokens[sep].start
            and tokens[sep].end == second.start
        )
        spelled = tokens[sep].low == "to" and (
            sep == a + 2 or (a >= 1 and tokens[a - 1].low in ("of", "voted", "by"))
        )
        if tight or spelled:
            values = (int(first.text), int(second.text))
            sides = tally_sides(tokens, (a, sep + 2), values, lo=0, hi=n)
            return {_COUNT_NAMES[side]: value for side, value in zip(sides, values, strict=True)}
    return {}


#: The field of a vote's outcome each side of a tally fills.
_COUNT_NAMES: Final = {
    "voted_for": "votes_for",
    "voted_against": "votes_against",
    "abstained": "abstentions",
}


def _not_passed(lows: Sequence[str], k: int) -> bool:
    """Whether the verb of passing at ``k`` is denied: "failed to adopt", "did not pass".

    Examples:
        >>> _not_passed(["the", "council", "failed", "to", "adopt"], 4)
        True
        >>> _not_passed(["it", "did", "not", "pass"], 3), _not_passed(["it", "passed"], 1)
        (True, False)
    """
    j = k - 1
    if j >= 0 and lows[j] in ("to", "be"):
        j -= 1  # "failed to adopt", "could not be passed"
    return j >= 0 and lows[j] in _NOT_PASSED


def read_votes(
    text: str,
    tokens: Sequence[Token],
    mentions: Sequence[QuantityMention],
    *,
    words: AbstractSet[str] | None = None,
    veto_told: bool = False,
) -> list[VoteReading]:
    """Votes in one sentence's tokens.

    A vote needs a trigger ("voted", "passed a resolution", "approved the bill") and a
    legislative body near it; "voted to/for/in favour of X" means the motion passed.
    ``veto_told``: the article tells of a veto, so a council's tally with a vote against
    ("12 in favour, one against") tells of a draft the veto blocked, not one passed.
    """
    out: list[VoteReading] = []
    if not names_any(tokens, _TRIGGERS, words):
        return out  # most sentences: no word a vote is read from
    lows = [t.low for t in tokens]
    count_ends = {m.last for m in mentions if m.kind is NumberKind.COUNT}
    for k, low in enumerate(lows):
        result: VoteResult | None = None
        motion_at: int | None = None
        if low == "voted":
            for m in range(k + 1, min(len(lows), k + 16)):
                w = lows[m]
                if w in (".", ";", ":", "but", "that", "which", "who") or (
                    m == k + 1 and w == "on"
                ):
                    # "voted 13-1 but failed to pass it": "to" is another clause's; "voted
                    # on a draft that recommends to the Assembly": what was voted on, and
                    # its own clause's "to"
                    break
                if w in ("for", "against", "to") and m in count_ends:
                    continue  # "voted 12 to 1", "13 for": a tally's words, not the outcome
                if w == "against":
                    result, motion_at = VoteResult.REJECTED, m + 1
                elif w in ("to", "for"):
                    result, motion_at = VoteResult.PASSED, m + 1
                elif (
                    w == "in"
                    and m + 2 < len(lows)
                    and lows[m + 1] in ("favor", "favour")
                    and lows[m + 2] == "of"
                ):
                    result, motion_at = VoteResult.PASSED, m + 3
                elif w == "down":
                    result, motion_at = VoteResult.REJECTED, m + 1
                else:
                    continue
                break
        elif low in _PASS or low in _FAIL or (low in _PASS_BASE and _not_passed(lows, k)):
            window = lows[k + 1 : k + 6]
            if not any(w in _MOTIONS for w in window):
                continue
            result = VoteResult.PASSED if low in _PASS else VoteResult.REJECTED
            if low in _PASS | _PASS_BASE and _not_passed(lows, k):
                result = VoteResult.REJECTED  # "the council failed to adopt a draft"
            for m in range(k + 1, min(len(lows), k + 6)):
                if lows[m] in _MOTIONS:
                    motion_at = _motion_start(tokens, k, m)
                    break
        else:
            continue
        found = _body(tokens, k)
        if found is None:
            continue
        body, _ = found
        if low != "vetoed" and _a_member_voted(tokens, k):
            # "Freedonia voted against it", "only 240 lawmakers backed the deal": a
            # member's or a part's vote, not the outcome
            continue
        unanimous, binding = _manner(lows[max(0, k - 8) : k + 12])
        counts = _vote_counts(lows, mentions)
        if "votes_for" not in counts:
            counts.update(_tally(tokens, k))
        if unanimous and counts.get("votes_against"):
            unanimous = None
        if (
            result is None
            and "votes_for" in counts
            and "votes_against" in counts
            and counts["votes_for"] != counts["votes_against"]
            # "voted 13-1 but failed to pass it after a veto": a veto outweighs a majority
            and not any(w in ("veto", "vetoed", "vetoes") for w in lows)
        ):
            passed = counts["votes_for"] > counts["votes_against"]
            if veto_told and "council" in body.casefold():
                passed = False  # "the United States was compelled to use its veto"
            result = VoteResult.PASSED if passed else VoteResult.REJECTED
        motion, motion_end = (
            _motion(text, tokens, motion_at) if motion_at is not None else (None, k + 1)
        )
        phrase_end = tokens[max(k + 1, motion_end) - 1].end
        try:
            outcome = VoteOutcome(
                body=body,
                motion=motion,
                result=result,
                unanimous=unanimous,
                binding=binding,
                text=" ".join(text[tokens[k].start : phrase_end].split()),
                **counts,
            )
        except InvalidValue:
            continue
        out.append(VoteReading(body, outcome, k))
    return out


def _a_member_voted(tokens: Sequence[Token], k: int) -> bool:
    """Whether "voted" at ``k`` tells one member's or a part's vote, not the body's.

    "Freedonia voted against it": a name that is no body; "Thirteen of the 15 members
    voted in favour": a part of the body, whose vote does not settle the outcome.
    """
    j = k - 1
    while j >= 0 and (
        (tokens[j].low.endswith("ly") and tokens[j].low not in _BODY_WORDS)
        or tokens[j].low in ("also", "then")
    ):
        j -= 1  # "Sylvania also voted", "the council unanimously voted"; not "assembly"
    if j < 0:
        return False
    if any(t.low in ("none", "no") for t in tokens[max(0, j - 8) : j + 1]):
        return True  # "None of the fifteen members voted against": no member, no outcome
    subject = tokens[j]
    base = subject.low[:-2] if subject.low.endswith("'s") else subject.low
    if base in _BODY_WORDS:
        # "240 lawmakers backed the deal": a count of the body's members, a part
        return any(is_figure(t) for t in tokens[max(0, j - 2) : j])
    if subject.is_capitalized and _is_name(subject):
        # "Lawmakers in Peru passed": the body named before the place
        return not any(t.low.removesuffix("'s") in _BODY_WORDS for t in tokens[max(0, j - 3) : j])
    if subject.low in _MEMBER_NOUNS and any(is_figure(t) for t in tokens[max(0, j - 3) : j]):
        return True  # "Thirteen council members voted": a count of members, not the body
    if is_figure(subject):
        return True  # "13 backed the text and one voted against it": members, counted
    # "Thirteen of the council's 15 members": a part counted out of the body
    start = max(0, j - 8)
    return any(tokens[m].is_number and tokens[m + 1].low == "of" for m in range(start, j)) or (
        j - 1 >= 0
        and tokens[j - 1].is_number
        and any(tokens[m].low == "of" for m in range(start, j))
    )


#: Nouns for those who vote in a body: a count of them voting is a part's vote.
_MEMBER_NOUNS: Final = frozenset(words("members states countries nations delegations"))


def _is_name(token: Token) -> bool:
    return token.low.isalpha() or token.low.replace("-", "").isalpha()


def _manner(window: Sequence[str]) -> tuple[bool | None, bool | None]:
    """Whether a vote was unanimous and whether it binds, where the words say so."""
    unanimous = True if ("unanimously" in window or "unanimous" in window) else None
    binding: bool | None = None
    for w_index, w in enumerate(window):
        if w in ("non-binding", "nonbinding"):
            binding = False
        elif w == "binding" and binding is None:
            prior = window[w_index - 1] if w_index else ""
            binding = prior not in ("-", "non", "not")
    return unanimous, binding


def _vote_counts(lows: Sequence[str], mentions: Sequence[QuantityMention]) -> dict[str, int]:
    """Votes for, against and abstentions: "141 for, 5 against", "13 votes in favour"."""
    counts: dict[str, int] = {}
    for mention in mentions:
        if mention.value.point is None or not (
            mention.kind is NumberKind.COUNT
            or (mention.kind is NumberKind.MEASURE and mention.unit in ("votes", "vote"))
        ):
            continue
        after = lows[mention.last : mention.last + 3]
        if (
            mention.first >= 2
            and lows[mention.first - 1] == "of"
            and (lows[mention.first - 2] in frame_tables().margin_nouns)
        ):
            continue  # "by a margin of 230 votes": how far apart the sides were
        if after[:2] == ["votes", "to"]:
            continue  # "by 391 votes to 242": a tally, whose sides the verb tells
        if after[:1] == ["against"] or after[:2] in (["votes", "against"], ["vote", "against"]):
            # "5 against", "one vote against": read first, so that "vote" is no vote for
            counts.setdefault("votes_against", int(mention.value.point))
            continue
        if (
            any(w in ("for", "favor", "favour", "yes", "votes", "vote") for w in after[:2])
            and "votes_for" not in counts
        ):
            counts["votes_for"] = int(mention.value.point)
            continue
        if after[:1] and after[0] in ("abstentions", "abstained", "abstaining", "abstention"):
            counts["abstentions"] = int(mention.value.point)
        elif (
            mention.first >= 2
            and lows[mention.first - 1] == "to"
            and "votes_for" in counts
            and "votes_against" not in counts
        ):
            counts["votes_against"] = int(mention.value.point)
    return counts


#: Nouns by which a later sentence refers back to a vote: "the resolution passed 13-0".
_VOTED_THINGS: Final = frozenset(
    words("resolution motion bill law measure amendment vote text proposal budget")
)


def read_follow_up(
    tokens: Sequence[Token], mentions: Sequence[QuantityMention]
) -> VoteOutcome | None:
    """What a sentence adds to the vote before it, or ``None``.

    A sentence with no legislative body of its own that opens with the vote as its
    subject ("The resolution passed with 13 votes in favour", "It is not binding") and
    states a facet of it: counts, a tally, unanimity, whether it binds, or the result.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> from reconcile.extract._numbers import scan_numbers
        >>> t = "The resolution passed 13-0 with two abstentions."
        >>> tokens = tokenize(t)
        >>> read_follow_up(tokens, scan_numbers(t, tokens)).describe()
        'passed, 13 for, 0 against, 2 abstaining'
    """
    lows = [t.low for t in tokens]
    # The vote must be what the sentence is about, its opening subject: "Washington
    # rejected the resolution" is another party's reaction, not the vote's result.
    refers = lows[:1] == ["it"] or (
        lows[:1] in (["the"], ["this"], ["that"]) and any(w in _VOTED_THINGS for w in lows[1:3])
    )
    if not refers:
        return None
    verb = next((k for k, w in enumerate(lows) if w in _PASS or w in _FAIL), -1)
    result = None
    if verb >= 0:
        result = VoteResult.PASSED if lows[verb] in _PASS else VoteResult.REJECTED
    counts = _vote_counts(lows, mentions)
    if "votes_for" not in counts:
        counts.update(_tally(tokens, max(verb, 0)))
    unanimous, binding = _manner(lows)
    if unanimous and counts.get("votes_against"):
        unanimous = None
    try:
        return VoteOutcome(
            result=result,
            unanimous=unanimous,
            binding=binding,
            votes_for=counts.get("votes_for"),
            votes_against=counts.get("votes_against"),
            abstentions=counts.get("abstentions"),
        )
    except InvalidValue:
        return None  # nothing about the vote is stated


#: Words after the members a vote names that say which side they took: "with China and
#: Russia abstaining", "the US voted against".
_NAMED_SIDES: Final[dict[tuple[str, ...], str]] = {
    **dict.fromkeys([("abstaining",), ("abstained",), ("abstain",), ("abstains",)], "abstained"),
    **dict.fromkeys(
        [("voted", "against"), ("voting", "against"), ("vote", "against"), ("opposed",)],
        "voted_against",
    ),
}
#: Words that may stand before the list of members: "with Russia and China abstaining".
_LIST_OPENERS: Final = frozenset(words("with while as whereas but ( , ; : - \u2013 \u2014"))
#: The longest country name in words ("the United Arab Emirates" is three).
_LONGEST_COUNTRY: Final = 3


def read_named_sides(tokens: Sequence[Token]) -> list[CountFigure]:
    """Members of a body counted by naming them: "with China and Russia abstaining".

    The countries listed before a word of a side ("abstaining", "voted against") are that
    many members on that side; "no votes against" and "none voted against" are none.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> def sides(text):
        ...     return [(f.reading.attribute, f.value.point, f.value.text)
        ...             for f in read_named_sides(tokenize(text))]
        >>> sides("It passed 13-0, with China and Russia abstaining.")
        [('abstained', 2.0, 'China and Russia')]
        >>> sides("The text passed, while the United States, Britain, and France abstained.")
        [('abstained', 3.0, 'the United States, Britain, and France')]
        >>> sides("It passed with no votes against.")
        [('voted_against', 0.0, 'no votes against')]
        >>> sides("The Greens abstained."), sides("Officials in Kenya abstained from comment.")
        ([], [])
    """
    out: list[CountFigure] = []
    lows = [t.low for t in tokens]
    n = len(tokens)
    for k in range(n):
        for phrase, side in _NAMED_SIDES.items():
            if tuple(lows[k : k + len(phrase)]) != phrase:
                continue
            if k + len(phrase) < n and lows[k + len(phrase)] == "from":
                continue  # "abstained from comment"
            first, count = _countries_before(tokens, k)
            if count:
                text = as_written(tokens[first:k])
                value = Quantity.exact(count, text=text)
                reading = CountReading("members", side, None, first, k, k)
                out.append(CountFigure(reading, value, tokens[first].start, tokens[k - 1].end))
        if lows[k] in ("no", "none") and k + 2 < n:
            said = _none_against(lows, k)
            if said is not None:
                end, side = said
                value = Quantity.exact(0, text=as_written(tokens[k:end]))
                reading = CountReading("members", side, None, k, end, end - 1)
                out.append(CountFigure(reading, value, tokens[k].start, tokens[end - 1].end))
    return out


def _countries_before(tokens: Sequence[Token], k: int) -> tuple[int, int]:
    """Where a list of countries ending just before ``k`` opens, and how many it names."""
    pos, count, first = k - 1, 0, k
    while pos >= 0:
        start = _country_ending_at(tokens, pos)
        if start is None:
            break
        count, first = count + 1, start
        pos = start - 1
        if pos >= 0 and tokens[pos].low == "the":
            first, pos = pos, pos - 1
        if pos >= 1 and tokens[pos].low == "and" and tokens[pos - 1].low == ",":
            pos -= 2  # "Britain, and France"
        elif pos >= 0 and tokens[pos].low in (",", "and"):
            pos -= 1
        else:
            break
    opened = pos < 0 or tokens[pos].low in _LIST_OPENERS
    return (first, count) if count and opened and pos + 1 == first else (k, 0)


def _country_ending_at(tokens: Sequence[Token], end: int) -> int | None:
    """The first token of a country's name that ends at token ``end``, else ``None``."""
    for width in range(_LONGEST_COUNTRY, 0, -1):
        start = end - width + 1
        if start < 0 or not all(
            t.is_capitalized or t.text.isupper() for t in tokens[start : end + 1]
        ):
            continue
        if " ".join(t.low for t in tokens[start : end + 1]) in lex.COUNTRIES:
            return start
    return None


def _none_against(lows: Sequence[str], k: int) -> tuple[int, str] | None:
    """(end, side) of "no votes against", "no abstentions" or "none ... voted against" at k."""
    if lows[k] == "no" and lows[k + 1] in ("votes", "vote") and lows[k + 2] == "against":
        return k + 3, "voted_against"
    if lows[k] == "no" and lows[k + 1] in ("abstentions", "abstention"):
        return k + 2, "abstained"
    for j in range(k + 1, min(len(lows) - 1, k + 10)):
        if lows[j] in (".", ";", "but"):
            return None
        if lows[j] == "voted" and lows[j + 1] == "against":
            return j + 2, "voted_against"
    return None
