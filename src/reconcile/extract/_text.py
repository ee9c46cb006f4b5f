"""Text machinery: a matching shadow of the text, tokens and sentences, all offset-true.

Every function here keeps character offsets into the original text: the shadow has the
same length as the text, tokens and sentences are ``(start, end)`` spans into it.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from typing import Final

import attrs

from reconcile.extract._lexicon import CURRENCY_CODES, words

#: Characters replaced by a plain space in the shadow: zero-width and direction marks,
#: non-breaking and other exotic spaces. Same length, so offsets stay true.
_SPACE_LIKE: Final = (
    "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u202f\u205f\u2060"
    "\u2066\u2067\u2068\u2069\u3000\ufeff\u00ad"
)
_SHADOW: Final = str.maketrans(
    {
        **dict.fromkeys(_SPACE_LIKE, " "),
        "\u2018": "'",
        "\u2019": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u2026": ".",
    }
)
#: The characters the shadow replaces, and what each becomes: most texts hold few or
#: none of them, and a pass that stops only at them is several times faster than
#: ``str.translate`` over every character of a long non-ASCII text.
_SHADOWED: Final = re.compile("[" + re.escape("".join(map(chr, _SHADOW))) + "]")
_SHADOW_OF: Final = {chr(k): str(v) for k, v in _SHADOW.items()}


#: An em dash between two words: a break in the sentence, as a comma is, never a hyphen
#: ("two survivors\u2014one passenger and one crew member\u2014have been rescued").
_WORD_DASH: Final = re.compile(r"(?<=[^\W\d_])\u2014(?=[^\W\d_])")


_SQUARE_AS_ROUND: Final = str.maketrans("[]", "()")


def shadow(text: str) -> str:
    r"""A same-length copy of ``text`` that the matchers read: plain spaces, quotes, dashes.

    Examples:
        >>> shadow("2\u00a0500 \u201csoldiers\u201d \u2013 today")
        '2 500 "soldiers" - today'
        >>> shadow("two survivors\u2014one crew member\u2014were rescued")
        'two survivors,one crew member,were rescued'
        >>> shadow("9,473,298 votes [38.61%]")
        '9,473,298 votes (38.61%)'
    """
    if "\u2014" in text:
        text = _WORD_DASH.sub(",", text)
    if "[" in text:
        # "10,415,191 votes [42.45%]": square brackets set a figure aside as round ones do
        text = text.translate(_SQUARE_AS_ROUND)
    if text.isascii():
        return text  # nothing to replace: every character shadowed is beyond ASCII
    return _SHADOWED.sub(_shadow_of, text)


def _shadow_of(m: re.Match[str]) -> str:
    return _SHADOW_OF[m.group()]


@attrs.frozen
class Token:
    """One token: its span in the text and its case-folded form."""

    start: int
    end: int
    text: str
    low: str
    #: Whether the token is a run of digits (with separators); read once, when the
    #: token is made (:func:`token`), since the readers ask it of every token many times.
    is_number: bool = attrs.field(eq=False)
    #: Whether the token starts with a capital letter.
    is_capitalized: bool = attrs.field(eq=False)


_LOW: Final = operator.attrgetter("low")


def words_of(tokens: Iterable[Token]) -> frozenset[str]:
    """The case-folded words of ``tokens``: a sentence's, gathered once for its readers."""
    return frozenset(map(_LOW, tokens))


def names_any(
    tokens: Iterable[Token], lows: AbstractSet[str], words: AbstractSet[str] | None = None
) -> bool:
    """Whether any of ``tokens`` is one of the case-folded words ``lows``.

    The cheap test a reader of whole sentences makes before its loop, since most
    sentences hold none of the words it looks for. ``words`` are the tokens' words
    (:func:`words_of`, or more) when the caller has them: the pipeline gathers each
    sentence's once and hands them to its readers, for all their tests.

    Examples:
        >>> names_any(tokenize("Three died."), frozenset({"died"}))
        True
        >>> names_any([], frozenset({"died"}), words_of(tokenize("Three died.")))
        True
    """
    if words is not None:
        return not lows.isdisjoint(words)
    return not lows.isdisjoint(map(_LOW, tokens))


def token(start: int, end: int, text: str) -> Token:
    """The token ``text`` at ``[start, end)``, its case-folded form and shape read once.

    Examples:
        >>> t = token(0, 5, "2,500")
        >>> t.low, t.is_number, t.is_capitalized
        ('2,500', True, False)
    """
    first = text[:1]
    return Token(start, end, text, text.casefold(), first.isdecimal(), first.isupper())


#: Signs of a currency a code may follow: "$A82,615,680" is a sum in Australian dollars.
_CURRENCY_SIGNS: Final = frozenset("$\u20ac\u00a3\u00a5\u20b9")
# Each alternative starts with a distinct character class and consumes greedily without
# nested repetition, so finditer stays linear in the text length.
_TOKEN: Final = re.compile(
    r"\d+(?:[.,:]\d+)*"
    r"|[^\W\d_](?:\.[^\W\d_])+\.?"
    r"|[^\W\d_]+(?:'[^\W\d_]+)?\.?"
    r"|\S"
)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` (read from the shadow) with offsets into ``text``.

    Abbreviations with inner dots ("U.S.", "a.m.") stay one token; a word's trailing
    period is kept only after a short abbreviation-like word.

    Examples:
        >>> [t.text for t in tokenize(shadow("The U.S. has 2,500 troops, officials said."))]
        ['The', 'U.S.', 'has', '2,500', 'troops', ',', 'officials', 'said', '.']
        >>> [t.text for t in tokenize("D66 won 9 seats and the G7 met.")]
        ['D66', 'won', '9', 'seats', 'and', 'the', 'G7', 'met', '.']
        >>> [t.text for t in tokenize("It paid R500 and USD10m.")]
        ['It', 'paid', 'R', '500', 'and', 'USD', '10', 'm', '.']
        >>> [t.text for t in tokenize("worth $A82,615,680")]
        ['worth', '$', 'A', '82,615,680']
        >>> [t.text for t in tokenize("Most voted no. No. 10 said so.")]
        ['Most', 'voted', 'no', '.', 'No.', '10', 'said', 'so', '.']
    """
    stop = len(text) if end is None else end
    out: list[Token] = []
    for m in _TOKEN.finditer(text, start, stop):
        word = m.group()
        # the span read once, and the last character by index: this loop makes every
        # token of every sentence, and a method call per test is a good share of it
        begin, after = m.span()
        if (
            word[-1] == "."
            and len(word) > 1
            # "voted no.": "No." stands only before a number
            and (not is_abbreviation(word) or _ends_without_its_number(text, word, after))
        ):
            out.append(token(begin, after - 1, word[:-1]))
            out.append(Token(after - 1, after, ".", ".", False, False))
            continue
        first = word[0]  # what token() does, written out (a match is never empty)
        is_number = first.isdecimal()
        if is_number and out and _name_with_digits(text, out[-1], begin, word):
            # a capitalized name with digits in it is one word, not a name and a figure:
            # "D66", "G7", "M23", "MH17", "A320"
            joined = out[-1].text + word
            out[-1] = Token(out[-1].start, after, joined, joined.casefold(), False, True)
            continue
        # "Fratelli d'Italia", "Côte d'Ivoire": an elided particle before a name is a
        # capitalized word of it
        capitalized = first.isupper() or (first in "dl" and _elided_name(word))
        out.append(Token(begin, after, word, word.casefold(), is_number, capitalized))
    return out


#: Articles and prepositions elided before a name: "d'Italia", "dell'Ambiente", "l'Aquila".
_ELIDED: Final = frozenset(words("d l dell dall all nell sull"))


def _elided_name(word: str) -> bool:
    """Whether a word is an elided particle and a capitalized name: "d'Italia", "d'Ivoire".

    Such a word stands inside a name ("Fratelli d'Italia", "Côte d'Ivoire") as a
    capitalized word does.

    Examples:
        >>> _elided_name("d'Italia"), _elided_name("d'you"), _elided_name("dell'Ambiente")
        (True, False, True)
    """
    head, apostrophe, name = word.partition("'")
    return bool(apostrophe) and name[:1].isupper() and head.casefold() in _ELIDED


def a_full_name(name: str) -> bool:
    """Whether a name is a person's in full: capitalized words, two or more.

    Examples:
        >>> a_full_name("Alberto Núñez Feijóo"), a_full_name("Feijóo")
        (True, False)
    """
    parts = name.split()
    return len(parts) > 1 and all(p[:1].isupper() and p.isalpha() for p in parts)


def _name_with_digits(text: str, prior: Token, start: int, digits: str) -> bool:
    """Whether ``digits`` at ``start`` end the capitalized name token ``prior`` touches.

    Not a currency's code before its sum ("R500", "USD10", "Sh50,000"), nor letters
    after a currency's sign ("$A82,615,680"), nor digits with a separator in them.
    """
    return (
        prior.end == start
        and prior.is_capitalized
        and prior.text.isascii()
        and prior.text.isalpha()
        and prior.low not in CURRENCY_CODES
        and digits.isdecimal()
        and (prior.start == 0 or text[prior.start - 1] not in _CURRENCY_SIGNS)
    )


def as_written(tokens: Sequence[Token]) -> str:
    """The words of ``tokens`` spaced as the text spaced them: "CDU/CSU", "Bloc Québécois".

    Examples:
        >>> as_written(tokenize("the CDU/CSU alliance")[1:4])
        'CDU/CSU'
        >>> as_written(tokenize("New Popular Front")), as_written([])
        ('New Popular Front', '')
    """
    parts: list[str] = []
    for i, t in enumerate(tokens):
        if i and t.start > tokens[i - 1].end:
            parts.append(" ")
        parts.append(t.text)
    return "".join(parts)


ABBREVIATIONS: Final = frozenset(
    words("""mr mrs ms dr gen lt col sgt maj capt cpl pvt adm st jan feb mar apr jun jul aug
    sep sept oct nov dec no vs etc inc corp co ltd jr sr rep sen gov prof rev hon mt ft
    est dept univ pres sec ave blvd""")
)


def is_abbreviation(word: str) -> bool:
    """Whether ``word`` (ending in a period) is an abbreviation, not a sentence end.

    Examples:
        >>> is_abbreviation("Gen."), is_abbreviation("U.S."), is_abbreviation("died.")
        (True, True, False)
    """
    stem = word[:-1].casefold()
    return "." in stem or stem in ABBREVIATIONS or (len(stem) == 1 and word[0].isupper())


#: Abbreviations that stand only before a number: "No. 10" is one, "voted no." ends.
_NUMBERED_ABBREVIATIONS: Final = frozenset({"no."})


def _ends_without_its_number(view: str, word: str, end: int) -> bool:
    """Whether an abbreviation that needs a number after it has none: "voted no. Iraq"."""
    if word.casefold() not in _NUMBERED_ABBREVIATIONS:
        return False
    rest = view[end : end + 3].lstrip()
    return not rest[:1].isdecimal()


# A match starts only at the first mark of a run and never backtracks into it, so a long
# run of marks without a space after it costs one pass, not one pass per mark. The mark
# comes first and the look back after it ("not a mark before this one"), so that the
# engine leaps from mark to mark instead of looking back at every character.
_SENTENCE_END: Final = re.compile(r"[.!?](?<![.!?]{2})[.!?]*+[\"')\]]*+(?=\s)|\n")
_MAX_SENTENCE: Final = 3000


def without_possessive(word: str) -> str:
    """``word`` without a possessive ending, either apostrophe.

    Examples:
        >>> without_possessive("Assembly's"), without_possessive("Niger\u2019s")
        ('Assembly', 'Niger')
        >>> without_possessive("Kansas")
        'Kansas'
    """
    return word.removesuffix("'s").removesuffix("\u2019s")


def split_sentences(text: str, *, view: str | None = None) -> list[tuple[int, int]]:
    r"""Sentence spans of ``text``, stripped of surrounding white space.

    A sentence ends at ``.``, ``!`` or ``?`` followed by white space (unless the period
    closes an abbreviation such as "Gen." or an initial), and at every line break, so
    headlines and paragraphs never merge. Overlong runs are cut every 3,000 characters.

    ``view`` is ``shadow(text)`` when the caller has it already (it is not made twice).

    Notes:
        One left-to-right pass: O(n).

    Examples:
        >>> t = "Gen. Smith said 3 died. Officials agreed.\nHeadline"
        >>> [t[s:e] for s, e in split_sentences(t)]
        ['Gen. Smith said 3 died.', 'Officials agreed.', 'Headline']
        >>> t = "Room No. 5 was hit. Two voted no. Iraq abstained."
        >>> [t[s:e] for s, e in split_sentences(t)]
        ['Room No. 5 was hit.', 'Two voted no.', 'Iraq abstained.']
    """
    if view is None:
        view = shadow(text)
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(view):
        if m.group() == ".":
            word_start = m.start()
            floor = max(start, m.start() - 40)
            while word_start > floor and (
                view[word_start - 1].isalpha() or view[word_start - 1] == "."
            ):
                word_start -= 1
            word = view[word_start : m.end()]
            if is_abbreviation(word) and not _ends_without_its_number(view, word, m.end()):
                continue
        _add_span(view, start, m.end(), spans)
        start = m.end()
    _add_span(view, start, len(view), spans)
    return spans


def _add_span(view: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and view[start].isspace():
        start += 1
    while end > start and view[end - 1].isspace():
        end -= 1
    while end - start > _MAX_SENTENCE:
        cut = view.rfind(" ", start, start + _MAX_SENTENCE)
        cut = cut if cut > start else start + _MAX_SENTENCE
        spans.append((start, cut))
        start = cut
        while start < end and view[start].isspace():
            start += 1
    if end > start:
        spans.append((start, end))


#: Short words a title-case headline may leave in lower case: "Toll Rises to 57".
_HEADLINE_SMALL: Final = frozenset(
    {"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "off", "on"}
    | {"or", "over", "the", "to", "up", "via", "with"}
)


def is_title_case(tokens: Sequence[Token]) -> bool:
    """Whether a line is a title-case headline: three words or more, each capitalized.

    Examples:
        >>> is_title_case(tokenize("Quake Death Toll Rises to 2,000"))
        True
        >>> is_title_case(tokenize("The quake killed 2,000 people."))
        False
    """
    words = 0
    for t in tokens:
        if not t.text[:1].isalpha():
            continue
        if not t.is_capitalized and t.low not in _HEADLINE_SMALL:
            return False
        words += 1
    return words >= 3


def truecased(tokens: Sequence[Token], common: AbstractSet[str]) -> list[Token]:
    """A title-case headline's words in the case the article writes them elsewhere.

    ``common`` holds the words the article writes in lower case and never capitalizes
    inside a sentence: "Labour Wins 411 Seats" keeps "Labour" (a name the article
    capitalizes) and reads "wins" and "seats" as the words they are.

    Examples:
        >>> t = truecased(tokenize("Labour Wins 411 Seats"), frozenset({"wins", "seats"}))
        >>> [(x.text, x.is_capitalized) for x in t]
        [('Labour', True), ('wins', False), ('411', False), ('seats', False)]
    """
    return [
        Token(t.start, t.end, t.low, t.low, t.is_number, False)
        if t.is_capitalized and t.low in common
        else t
        for t in tokens
    ]
