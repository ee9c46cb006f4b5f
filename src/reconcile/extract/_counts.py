"""Count claims: the counted group, what happened to it, where, with the hedged figure."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import attrs

from reconcile.extract import _lexicon as lex
from reconcile.extract._context import clause_bounds, place_in, proper_name
from reconcile.extract._lexicon import words
from reconcile.extract._numbers import NumberKind, QuantityMention
from reconcile.extract._text import Token


@attrs.frozen
class CountReading:
    """What a count mention counts: subject, predicate class, place, and the word span."""

    subject: str
    attribute: str
    place: str | None
    first: int
    last: int


def bare(low: str) -> str:
    """A case-folded token without a possessive "'s"."""
    return low[:-2] if low.endswith("'s") else low


_SKIPPABLE: Final = frozenset(
    words("""more additional other further new fellow young unarmed innocent armed active-duty
    american-led active retired elite regular combat ground special foreign all of
    the and local civilian military remaining surviving""")
)
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
_CASUALTY: Final = frozenset(
    {"killed", "injured", "shot", "missing", "arrested", "kidnapped", "displaced"}
)
#: Predicates that can stand before the figure as its verb ("killing three").
_OBJECT_PREDICATES: Final = frozenset(
    {"killed", "injured", "shot", "arrested", "kidnapped", "deployed", "withdrawn"}
)
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
_PREDICATE_STOP: Final = frozenset({".", ";", ":", '"', "(", ")", "but", "while", "whereas"})
_NOT_A_HEAD_AFTER: Final = frozenset({"percent", "%", "per"})


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
            return lex.HEADS_TWO[(low, tokens[j + 1].low)], modifiers, j + 2
        if low in lex.HEADS:
            head = lex.HEADS[low]
            return head, modifiers, j + 1
        if low in lex.NATIONALITY:
            modifiers.append(lex.NATIONALITY[low])
        elif low in ("-", "led") or low in _SKIPPABLE:
            pass
        else:
            break
        j += 1
        steps += 1
    return None, modifiers, k


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
    return head, end


def _predicate(
    tokens: Sequence[Token], first: int, last: int, lo: int, hi: int
) -> tuple[str | None, int]:
    """The nearest predicate word around tokens ``[first, last)`` in ``[lo, hi)``."""
    best: tuple[int, str] | None = None
    for k in range(last, min(hi, last + 12)):
        low = tokens[k].low
        if low in _PREDICATE_STOP:
            break
        if low in lex.PREDICATES:
            best = (k - last, _shot(tokens, k) if low == "shot" else lex.PREDICATES[low])
            break
        if (
            low in _VOTE_WORDS
            and k > last
            and tokens[k - 1].low in ("voted", "votes", "in", "vote", ",")
        ):
            best = (k - last, _VOTE_WORDS[low])
            break
        if low in _VOTE_WORDS and k == last and low in ("against", "abstentions", "abstained"):
            best = (0, _VOTE_WORDS[low])
            break
        if low in ("voted", "votes") and k + 1 < hi and tokens[k + 1].low in _VOTE_WORDS:
            best = (k - last, _VOTE_WORDS[tokens[k + 1].low])
            break
    for k in range(first - 1, max(lo - 1, first - 5), -1):
        low = tokens[k].low
        if low in _PREDICATE_STOP or low == ",":
            break
        if low in lex.PREDICATES and lex.PREDICATES[low] in _OBJECT_PREDICATES:
            if best is None or first - k < best[0]:
                best = (first - k, _shot(tokens, k) if low == "shot" else lex.PREDICATES[low])
            break
    if best is None:
        return None, 0
    return best[1], best[0]


def _shot(tokens: Sequence[Token], k: int) -> str:
    """The class of "shot": alone it is "shot"; "shot dead", "shot and killed" are killed."""
    nxt = [t.low for t in tokens[k + 1 : k + 3]]
    if nxt[:1] == ["dead"] or nxt == ["and", "killed"]:
        return "killed"
    return "shot"


def _owner(tokens: Sequence[Token], first: int, lo: int) -> str | None:
    """The nationality of whoever has the troops: "the US has 900 troops"."""
    k = first - 1
    if k >= lo and tokens[k].low in lex.HAVE_VERBS:
        for m in range(k - 1, max(lo - 1, k - 12), -1):
            low = bare(tokens[m].low)
            if m > 0 and tokens[m - 1].low in ("in", "at", "from", "to", "into", "of", "with"):
                continue
            if low in lex.COUNTRIES and tokens[m].is_capitalized:
                return lex.COUNTRIES[low]
            if (
                low in lex.NATIONALITY
                and tokens[m].is_capitalized
                and low not in ("coalition", "government")
            ):
                return lex.NATIONALITY[low]
            if tokens[m].low in (".", ";"):
                break
        return ""
    return None


def _number_of(tokens: Sequence[Token], first: int, lo: int) -> tuple[str | None, list[str], int]:
    """The counted head of "the number of U.S. troops in Iraq has dropped to 2,500"."""
    for k in range(first - 1, max(lo, first - 15) - 1, -1):
        if tokens[k].low == "number" and k + 1 < first and tokens[k + 1].low == "of":
            head, mods, end = _noun_phrase("", tokens, k + 2, first)
            return head, mods, end
    return None, [], first


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
    lo, hi = clause_bounds(tokens, first)
    n = len(tokens)
    # Partitive: "over 100 of the 329 members": the head comes from the total.
    k = last
    total_of = False
    if (
        k + 1 < n
        and tokens[k].low == "of"
        and tokens[k + 1].low in ("the", "its", "their", "whom", "them")
    ):
        after = [m for m in mentions if m.first in (k + 2, k + 1)]
        if after:
            k = after[0].last
            total_of = True
        elif tokens[k + 1].low in ("them", "whom"):
            return None
    if (
        mention.first >= 2
        and tokens[first - 1].low == "the"
        and tokens[first - 2].low == "of"
        and any(m.last == first - 2 for m in mentions)
    ):
        head, _, end = _noun_phrase(text, tokens, last, hi)
        if head is not None:
            subject, _ = _with_of(text, tokens, head, end, hi)
            if subject in ("members of parliament", "members"):
                return CountReading("members of parliament", "total_seats", None, first, end)
        return None
    head, modifiers, end = _noun_phrase(text, tokens, k, hi)
    if head is None and not total_of and last < n and tokens[last].low in _NOT_A_HEAD_AFTER:
        return None
    if head is not None:
        head, end = _with_of(text, tokens, head, end, hi)
    owner = _owner(tokens, mention.first, lo)
    np_range: tuple[int, int] | None = None
    if head is None:
        head_of, mods_of, np_end = _number_of(tokens, mention.first, lo)
        if head_of is not None:
            head, modifiers = head_of, mods_of
            np_range = (np_end, mention.first)
    predicate, _ = _predicate(tokens, mention.first, max(end, last), lo, hi)
    if head is None:
        if predicate in _CASUALTY:
            head = "people"
        elif predicate in ("voted_for", "voted_against", "abstained"):
            head = "members"
        else:
            return None
    if mention.kind is NumberKind.VAGUE and head not in lex.PERSON_HEADS and predicate is None:
        return None
    if head in ("attacks", "strikes", "projectiles", "shootings", "incidents"):
        predicate = head
    elif head == "deaths":
        head, predicate = "people", "killed"
    elif head == "injuries":
        head, predicate = "people", "injured"
    elif head == "signatures":
        head, predicate = "people", "signed"
    place = place_in(text, tokens, mention.first, hi)
    if place is None:
        place = _where_before(text, tokens, lo, mention.first)
    if place is None and np_range is not None:
        place = place_in(text, tokens, np_range[0], np_range[1])
    if place is None and predicate in _CASUALTY:
        place = place_in(text, tokens, max(0, mention.first - 12), mention.first)
    if place is None and head in ("members of parliament", "members of congress"):
        place = _body_country(tokens, last, hi)
    if predicate is None and head == "troops" and (place is not None or owner is not None):
        predicate = "deployed"
    if owner and not modifiers:
        modifiers = [owner]
    modifier = next((m for m in modifiers if m not in ("coalition", "allied")), None) or (
        modifiers[0] if modifiers else None
    )
    subject = head if modifier is None or head.startswith(modifier) else f"{modifier} {head}"
    if head == "members of parliament" and modifier in ("foreign", "coalition"):
        subject = head
    return CountReading(subject, predicate or "count", place, first, max(end, last))


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
        """young old elderly unidentified unnamed local teenage off-duty on-duty pregnant
        innocent unarmed armed year-old year years old - 's second third another other"""
    )
)
_SINGULAR_AUX: Final = frozenset(
    words("was is has had been were who later reportedly also found allegedly")
)
_NOT_MODIFIERS: Final = frozenset(
    words(
        """was is has had been were who which that of in on at and or but to for with by
        from as after before said says the a an his her their its"""
    )
)


def read_singulars(text: str, tokens: Sequence[Token]) -> list[CountReading]:
    """One person stated without a figure: "A man was killed", "an 11-year-old boy died".

    Only casualty predicates (killed, injured, shot) make such a claim; the reading's
    span covers the article and the noun.
    """
    out: list[CountReading] = []
    n = len(tokens)
    for i, token in enumerate(tokens):
        if token.low not in ("a", "an"):
            continue
        k = i + 1
        while (
            k < n
            and k - i <= 6
            and tokens[k].low not in lex.HEADS
            and (
                tokens[k].low in _SINGULAR_SKIP
                or tokens[k].is_number
                or tokens[k].low in lex.NATIONALITY
                or (
                    tokens[k].text.isalpha()
                    and tokens[k].text.islower()
                    and tokens[k].low not in _NOT_MODIFIERS
                )
            )
        ):
            k += 1
        if k >= n or tokens[k].low not in lex.HEADS or tokens[k].low.endswith("s"):
            continue
        head = lex.HEADS[tokens[k].low]
        if k + 1 < n and (tokens[k].low, tokens[k + 1].low) in lex.HEADS_TWO:
            head = lex.HEADS_TWO[(tokens[k].low, tokens[k + 1].low)]
            k += 1
        if head not in lex.PERSON_HEADS:
            continue
        m = k + 1
        while m < n and tokens[m].low in _SINGULAR_AUX and m - k <= 3:
            m += 1
        if m >= n or tokens[m].low not in lex.PREDICATES:
            continue
        predicate = _shot(tokens, m) if tokens[m].low == "shot" else lex.PREDICATES[tokens[m].low]
        if predicate not in ("killed", "injured", "shot"):
            continue
        place = place_in(text, tokens, m, min(n, m + 8))
        out.append(CountReading(head, predicate, place, i, k + 1))
    return out


def _where_before(text: str, tokens: Sequence[Token], lo: int, first: int) -> str | None:
    """The place before ", where": "eastern Syria, where the US has 900 troops"."""
    for k in range(first - 1, max(-1, first - 14), -1):
        if tokens[k].low == "where" and k >= 2 and tokens[k - 1].low == ",":
            m = k - 2
            while m > 0 and tokens[m - 1].is_capitalized:
                m -= 1
            return proper_name(text, tokens, m, k - 1)
    return None
