"""Sentence context shared by every claim: attribution, modality, places, clause bounds."""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from typing import Final

from reconcile.extract import _lexicon as lex
from reconcile.extract._lexicon import words
from reconcile.extract._text import Token, names_any, without_possessive
from reconcile.model import Modality

_CLAUSE_BREAKS: Final = frozenset({".", ";", '"', "--", ":"})
_PRONOUNS: Final = frozenset(words("he she they it we i you this that which who"))
_ATTRIBUTION_STOP: Final = frozenset({",", ".", ";", '"', "(", ")", ":", "that", "on", "in"})
_ACCORDING: Final = frozenset({"according"})


def clause_bounds(tokens: Sequence[Token], i: int) -> tuple[int, int]:
    """The token range of the clause around ``i``: up to a period, semicolon, quote or paren."""
    # each walk's two stops (the sentence's edge, 40 tokens) folded into one bound
    # first: the readers ask this of nearly every figure
    floor = max(0, i - 40)
    start = i
    while start > floor and tokens[start - 1].low not in _CLAUSE_BREAKS:
        start -= 1
    ceiling = min(len(tokens), i + 40)
    end = i
    while end < ceiling and tokens[end].low not in _CLAUSE_BREAKS:
        end += 1
    return start, end


def _span(text: str, tokens: Sequence[Token], i: int, j: int) -> str:
    return " ".join(text[tokens[i].start : tokens[j - 1].end].split())


#: Words between a speaker and the reporting verb: "officials had earlier said".
_SPEAKER_TAIL: Final = frozenset(
    words(
        """has have had also repeatedly earlier previously initially originally later first
        again reportedly"""
    )
)


def find_attribution(
    text: str, tokens: Sequence[Token], *, words: AbstractSet[str] | None = None
) -> str | None:
    """Whom the sentence cites: "according to X", "X said", ", said X".

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = "According to U.S. Central Command, three troops died."
        >>> find_attribution(t, tokenize(t))
        'U.S. Central Command'
        >>> t = "Three troops died, officials said."
        >>> find_attribution(t, tokenize(t))
        'officials'
    """
    n = len(tokens)
    if names_any(tokens, _ACCORDING, words):
        for k, tok in enumerate(tokens):
            if tok.low == "according" and k + 1 < n and tokens[k + 1].low == "to":
                j = k + 2
                while j < n and tokens[j].low not in _ATTRIBUTION_STOP and j - k < 10:
                    j += 1
                if j > k + 2:
                    return _span(text, tokens, k + 2, j)
    if not names_any(tokens, lex.SAY_VERBS, words):
        return None  # most sentences: no verb of saying
    for verb, tok in enumerate(tokens):
        k = verb  # the end of the speaker, before the verb
        if tok.low not in lex.SAY_VERBS or tok.low == "according" or (k > 0 and tok.is_capitalized):
            continue
        if k > 0 and tokens[k - 1].low in ("the", "a", "an", "his", "her", "their", "its"):
            continue  # "denies the claims": a noun, not a verb of saying
        # "X said": walk back over the speaker
        j = k
        if _anonymity_before(tokens, k):
            # "Officials who spoke on condition of anonymity said": the officials
            k = j = k - 4 - (tokens[k - 5].low in _ANONYMOUS_VERBS) - (tokens[k - 6].low == "who")
        while j > 0 and tokens[j - 1].low not in _ATTRIBUTION_STOP and k - j < 7:
            j -= 1
        while j < k and tokens[j].low in ("and", "but", "also", "while"):
            j += 1
        if (
            j < k
            and not all(t.low in _PRONOUNS for t in tokens[j:k])
            and tokens[j].low not in ("which", "who", "that")
        ):
            said_by = [
                t for t in tokens[j:k] if t.low not in ("has", "have", "had", "also", "repeatedly")
            ]
            end = k
            while end > j and tokens[end - 1].low in _SPEAKER_TAIL:
                end -= 1  # "the ministry had earlier reported": the speaker is the ministry
            if (
                said_by
                and end > j
                and (
                    said_by[0].is_capitalized
                    or said_by[0].low in _SPEAKER_NOUNS
                    or len(said_by) <= 3
                )
            ):
                return _span(text, tokens, j, end)
        # "X, which ..., said": the speaker before the relative clause
        speaker = _before_relative_clause(tokens, verb)
        if speaker is not None:
            return _span(text, tokens, *speaker)
        # ", said X": the speaker after the verb, a short name that ends the clause
        if verb > 0 and tokens[verb - 1].low in (",", '"') and verb + 1 < n:
            j = verb + 1
            while j < n and tokens[j].low not in _ATTRIBUTION_STOP and j - verb < 9:
                j += 1
            named = tokens[verb + 1 : j]
            if named and not any(t.low in _CLAUSE_VERBS for t in named):
                return _span(text, tokens, verb + 1, j)
    return None


_ANONYMOUS_VERBS: Final = frozenset(words("spoke speaking talked talking"))


def _anonymity_before(tokens: Sequence[Token], k: int) -> bool:
    """Whether "(who spoke) on condition of anonymity" stands just before token ``k``."""
    return (
        k >= 6
        and [t.low for t in tokens[k - 4 : k]] == ["on", "condition", "of", "anonymity"]
        and tokens[k - 5].low in _ANONYMOUS_VERBS
    )


#: Words that join two clauses with different speakers: "police put the crowd at 5,000,
#: while organisers said 50,000".
_CONTRASTS: Final = frozenset(words("while whereas but although though"))
_ESTIMATED: Final = frozenset(words("toll crowd crowds turnout number figure tally"))


def clause_attribution(
    text: str, tokens: Sequence[Token], first: int, sentence: str | None
) -> str | None:
    """Whom the clause of token ``first`` cites, else the sentence's attribution.

    A sentence that sets two sources against each other gives each clause its own:
    in "Police put the crowd at 5,000, while organisers said 50,000 attended", the
    5,000 is the police's and the 50,000 the organisers'.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = "Police put the crowd at 5,000, while organisers said 50,000 attended."
        >>> tokens = tokenize(t)
        >>> clause_attribution(t, tokens, 5, "organisers")
        'Police'
    """
    cuts = [
        k
        for k, t in enumerate(tokens)
        if t.low in _CONTRASTS and k > 0 and tokens[k - 1].low in (",", ";")
    ]
    lo = max((k + 1 for k in cuts if k < first), default=0)
    hi = min((k - 1 for k in cuts if k > first), default=len(tokens))
    clause = tokens[lo:hi]
    for k, t in enumerate(clause):
        # "police put the crowd at 5,000", "officials estimated the toll at 21"
        if (
            t.low in ("put", "estimated", "placed")
            and k > 0
            and any(w.low in _ESTIMATED for w in clause[k + 1 : k + 4])
        ):
            return _span(text, clause, 0, k)
    if not cuts:
        return sentence
    return find_attribution(text, clause) or sentence


#: Words of a clause, not of a speaker's name: ", said talks would begin" reports
#: what was said, it names no one.
_CLAUSE_VERBS: Final = frozenset(
    words("would will could should can may might was were is are be been has have had")
)


def _before_relative_clause(tokens: Sequence[Token], k: int) -> tuple[int, int] | None:
    """The speaker of "The party, which won 159 seats, said": tokens before the clause."""
    if k < 2 or tokens[k - 1].low != ",":
        return None
    opening = next(
        (
            m
            for m in range(k - 2, max(0, k - 25), -1)
            if tokens[m].low in ("which", "who") and m > 0 and tokens[m - 1].low == ","
        ),
        None,
    )
    if opening is None:
        return None
    end = opening - 1
    start = end
    while start > 0 and tokens[start - 1].low not in _ATTRIBUTION_STOP and end - start < 7:
        start -= 1
    while start < end and tokens[start].low in ("and", "but", "also", "while"):
        start += 1
    if start == end or all(t.low in _PRONOUNS for t in tokens[start:end]):
        return None
    return start, end


_SPEAKER_NOUNS: Final = frozenset(
    words("""officials official sources source spokesman spokeswoman spokesperson police
    authorities ministry military army government witnesses residents analysts experts
    diplomats lawmakers officers medics doctors report reports statement""")
)


#: Comparatives after which "no" bounds a figure or a date, not negating it.
_BOUND_COMPARATIVES: Final = frozenset(words("later earlier sooner more less fewer longer"))


def _the_month(token: Token, k: int) -> bool:
    """Whether a capitalized "May" inside a sentence is the month, not the modal verb.

    "The withdrawal began on May 19": no possibility; "May" opening a sentence may be
    either, and is left to be read as the verb.
    """
    return k > 0 and token.text == "May"


#: Words that set a figure against another, so that a negation of one is not the other's:
#: "78 and not 79", "not 79 but 78".
_FIGURE_CONTRASTS: Final = frozenset({",", "and", "but", "or", "rather", "instead"})


def modality_at(
    tokens: Sequence[Token], first: int, last: int, *, attributed: bool, future: bool = False
) -> Modality:
    """How a claim whose words are tokens ``[first, last)`` is put.

    Denied when a negation stands just before the figure or predicate in the same clause,
    possible after "could/may/might", planned for future wording, reported when the
    sentence cites someone, else asserted.
    """
    lo = max(0, first - 5)
    window = [t.low for t in tokens[lo:first] if t.low not in _CLAUSE_BREAKS]
    after: list[str] = []
    for t in tokens[last : min(len(tokens), last + 4)]:
        if t.low in _CLAUSE_BREAKS or t.low in _FIGURE_CONTRASTS or t.is_number:
            break  # "the toll is 78 and not 79": the negation is the other figure's
        after.append(t.low)
    if "may" in window or "may" in after:
        # "began on May 19": the month is no modal (read again only where "may" stands)
        window = [
            t.low for k, t in enumerate(tokens[lo:first], lo)
            if t.low not in _CLAUSE_BREAKS and not _the_month(t, k)
        ]  # fmt: skip
        after = [
            t.low for k, t in enumerate(tokens[last : last + len(after)], last)
            if not _the_month(t, k)
        ]  # fmt: skip
    near = window[-4:]
    for k in range(len(near) - 1, -1, -1):
        if near[k] in _FIGURE_CONTRASTS or near[k][:1].isdecimal():
            # "the toll was not 79 but 78": a negation before another figure is its own
            near = near[k + 1 :]
            break
    negated = [
        k
        for k, w in enumerate(near)
        if w in lex.NEGATIONS
        # "must leave no later than May 1": a bound, no negation
        and not (w == "no" and k + 1 < len(near) and near[k + 1] in _BOUND_COMPARATIVES)
    ]
    # "rejected the deal by 391 votes": the figure measures the rejection, it is not
    # rejected ("rejected reports of 300 dead")
    by_the_rejection = bool(negated) and "by" in near[negated[-1] + 1 :]
    if (negated and not by_the_rejection) or any(w in ("not", "n't", "never") for w in after):
        return Modality.DENIED
    if any(w in lex.POSSIBILITY or w in lex.CONDITIONALS for w in window) or any(
        w in lex.POSSIBILITY for w in after
    ):
        return Modality.POSSIBLE
    if (
        future
        or any(w in ("will", "'ll", "shall") for w in window + after)
        or (
            any(w in ("plans", "plan", "scheduled", "expected") for w in window)
            and any(w == "to" for w in window)
        )
    ):
        return Modality.PLANNED
    return Modality.REPORTED if attributed else Modality.ASSERTED


def place_in(text: str, tokens: Sequence[Token], start: int, stop: int) -> str | None:
    """A place named by "in/at/across <Place>" within tokens ``[start, stop)``.

    Returns the place as written ("Iraq", "eastern Syria" gives "Syria"), or the marker
    ``"@country"`` for "in the country" so the caller can resolve it. A country's
    ground named by its adjective is the country: "on Russian soil" is Russia.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> text = "3,000 soldiers were on Russian territory."
        >>> place_in(text, tokenize(text), 0, 8)
        'Russia'
    """
    k = start
    while k < stop - 1:
        if (
            k + 2 < stop
            and tokens[k].low in _ONTO
            and tokens[k + 2].low in _TERRITORY_NOUNS
            and tokens[k + 1].low in lex.COUNTRY_OF_ADJECTIVE
        ):
            return lex.COUNTRY_OF_ADJECTIVE[tokens[k + 1].low]  # "on Russian territory"
        if tokens[k].low in ("in", "inside", "across", "within", "throughout", "at"):
            j = k + 1
            if j < stop and tokens[j].low == "the":
                j += 1
                if j < stop and tokens[j].low in lex.PLACE_ANAPHORS:
                    return "@country"
            while (
                j + 1 < stop
                and tokens[j].low in _DIRECTIONS
                and (tokens[j].low, tokens[j + 1].low) not in lex.COUNTRY_PHRASES
            ):
                j += 1  # "in eastern Syria", but "in South Africa" is a country
            if j + 1 < stop and tokens[j].low in _AREA_NOUNS and tokens[j + 1].low == "of":
                j += 2  # "in the western region of Tala", "in the port city of Sfax"
            if j < stop and tokens[j].low.endswith("'s") and tokens[j].low[:-2] in lex.WEEKDAYS:
                j += 1  # "in Thursday's UK election": the day's, then the place
            name = proper_name(text, tokens, j, stop)
            acronym = name is not None and name.isupper() and name.casefold() not in lex.PLACES
            if name is not None and is_place(name) and not (acronym and tokens[j - 1].low == "the"):
                return without_division(name)  # "in the NDA" names an alliance
        k += 1
    return None


#: Words before "<Adjective> territory": "on Russian soil", "into Ukrainian territory".
_ONTO: Final = frozenset(words("on in into onto inside"))
#: Nouns of a country's ground, after its adjective: "on Russian territory".
_TERRITORY_NOUNS: Final = frozenset(words("territory soil land ground airspace waters"))
#: Nouns of an area a name after "of" is the place of: "the region of Tala".
_AREA_NOUNS: Final = frozenset(
    words("""region province city town district state village county governorate
    prefecture municipality department area port island""")
)
#: Words of where that stand between "in" and a place: "in eastern Syria", "in
#: neighbouring Chad", "in war-torn Sudan".
_DIRECTIONS: Final = frozenset(
    words("""northern southern eastern western central north south east west northeastern
    northwestern southeastern southwestern neighbouring neighboring nearby adjacent
    war-torn landlocked coastal""")
)
_NOT_PLACE: Final = (
    frozenset(lex.MONTHS)
    | frozenset(lex.WEEKDAYS)
    | frozenset(words("the a an january this last next his her their its"))
)


#: Words of a country's divisions (and of a territory's shape) that a region's name
#: may carry or not: "Kursk Oblast" and "the Kursk region" are one place, and so are
#: "the Gaza Strip" and "Gaza". "City" is not among them: a city is within its region.
_DIVISION_WORDS: Final = frozenset(
    words("oblast krai region province governorate prefecture district county strip")
)


def without_division(name: str) -> str:
    """A region's name without the word for the kind of division it is.

    Examples:
        >>> without_division("Kursk Oblast"), without_division("Hatay Province")
        ('Kursk', 'Hatay')
        >>> without_division("Gaza Strip")
        'Gaza'
        >>> without_division("Gaza City"), without_division("Oblast")
        ('Gaza City', 'Oblast')
    """
    head, _, last = name.rpartition(" ")
    return head if head and last.casefold() in _DIVISION_WORDS else name


def proper_name(text: str, tokens: Sequence[Token], j: int, stop: int) -> str | None:
    """One to three capitalized tokens from ``j`` (no month or weekday names)."""
    k = j
    while k < stop and k - j < 3 and tokens[k].is_capitalized and tokens[k].low not in _NOT_PLACE:
        k += 1
    if k == j:
        return None
    return _span(text, tokens, j, k)


def is_place(name: str) -> bool:
    """Whether a proper name reads as a place: in the gazetteer, or not an organization."""
    low = name.casefold()
    if low in lex.PLACES:
        return True
    words = low.split()
    return (
        len(words) <= 2
        and not any(w in _ORG_WORDS for w in words)
        and words[0] not in lex.NATIONALITY
    )


_ORG_WORDS: Final = frozenset(
    words("""command ministry department council committee commission parliament party forces
    army police government agency office coalition group university court house senate
    congress press times post news assembly bundestag duma diet chamber legislature
    commons knesset dail storting riksdag sejm cortes folketing eduskunta sabha majlis""")
)


#: The words a place's name ends with: a gazetteer place or a country's second word.
_PLACE_WORDS: Final = (
    lex.PLACES
    | frozenset(second for _, second in lex.COUNTRY_PHRASES)
    # "in Niger's north": a place with its possessive
    | frozenset(f"{place}{mark}" for place in lex.PLACES for mark in ("'s", "\u2019s"))
)


def places_named(tokens: Sequence[Token], *, words: AbstractSet[str] | None = None) -> list[str]:
    """Gazetteer country and city names among ``tokens``, in order, as written.

    A place name that ends a longer name is that name's ("Reform UK" is a party):
    a capitalized word before it, not the sentence's first and no direction ("South
    Africa"), makes it part of the name.

    A country named in two words is named whole ("South Africa", not "Africa").

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> places_named(tokenize("Reform UK won five seats in the UK and South Africa."))
        ['UK', 'South Africa']
        >>> places_named(tokenize("The toll in Germany's Magdeburg and in Niger's north rose."))
        ['Germany', 'Niger']
    """
    out: list[str] = []
    if not names_any(tokens, _PLACE_WORDS, words):
        return out  # most sentences name no place: one test
    for k, t in enumerate(tokens):
        if not t.is_capitalized:
            continue
        pair = (tokens[k - 1].low, t.low) if k >= 1 else None
        if pair in lex.COUNTRY_PHRASES and tokens[k - 1].is_capitalized:
            if not _far_off(tokens, k):  # asked of a place's name only: most words are none
                out.append(lex.COUNTRY_PHRASES[pair])
        elif (
            without_possessive(t.low) in lex.PLACES
            and not _far_off(tokens, k)
            and not _ends_a_name(tokens, k)
            and not _opens_an_organization(tokens, k)
        ):
            # "in Germany's Magdeburg": the place is Germany, not its possessive
            out.append(without_possessive(t.text))
    return out


def _opens_an_organization(tokens: Sequence[Token], k: int) -> bool:
    """Whether the place at ``k`` opens an organization's name: "Kuwait News Agency".

    An agency's or a paper's name credits who wrote the story, not where anything
    happened: "(MENAFN- Kuwait News Agency (KUNA)) NEW DELHI, Nov 15".

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> _opens_an_organization(tokenize("the Kuwait News Agency said"), 1)
        True
        >>> _opens_an_organization(tokenize("floods in Kuwait City"), 2)
        False
    """
    j = k + 1
    while j < min(len(tokens), k + 3) and tokens[j].is_capitalized:
        if tokens[j].low in _ORG_WORDS:
            return True  # "Kuwait News Agency", "Japan Times"
        j += 1
    return False


#: Words of a place named only for how far off it is: "heard 240 km away in Cyprus".
_FAR_WORDS: Final = frozenset(words("away far"))


def _far_off(tokens: Sequence[Token], k: int) -> bool:
    """Whether the place at ``k`` is named for a distance, not where anything happened.

    "The blast was heard 240 km away in Cyprus", "felt as far away as Cyprus": the
    event is not in Cyprus.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("The blast was heard 240 km away in Cyprus.")
        >>> _far_off(t, 8), _far_off(tokenize("A blast hit Beirut."), 3)
        (True, False)
    """
    return any(t.low in _FAR_WORDS for t in tokens[max(0, k - 3) : k])


#: Words that open a sentence before a place: capitalized there, and no part of a name.
_OPENING_WORDS: Final = frozenset(
    words("in at across from to for of on by with throughout inside within")
)


def _ends_a_name(tokens: Sequence[Token], k: int) -> bool:
    """Whether the place at ``k`` is the last word of a longer capitalized name."""
    if k < 1:
        return False
    before = tokens[k - 1]
    if k == 1 and before.low in _OPENING_WORDS:
        return False  # "In Britain, ...": the sentence's first word, capitalized as such
    return (
        before.is_capitalized
        and before.low.isalpha()
        and before.end < tokens[k].start
        and before.low not in lex.PLACES
        and before.low not in _DIRECTIONS
        and before.low not in _NOT_PLACE
    )
