r"""Names an article writes as several tokens that its readers should read as one word.

Two shapes, both read per article before any reader walks a sentence:

- A name of two halves joined by "and": "Law and Justice", "the Justice and
  Development Party". The name readers read a capitalized run, and "and" between two
  runs ends it, since "France and Germany" are two names. An article shows that such a
  run is one name where it spells it out by letters ("Law and Justice (PiS)"), calls it
  one party ("the Law and Justice party") or quotes it whole ("the PiS (\"Law and
  Justice\")"). Every place the article writes that name is then one token, so every
  reader reads it as one capitalized word; elsewhere "and" joins two names as before.
- A name in quotation marks: "the far-right \"Confederation\" achieved 7.2 percent".
  Marks around capitalized words alone set off a name, not speech (which holds words in
  lower case and its own commas), so the marks are dropped and the name is read as if
  unquoted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from reconcile.extract._frames import are_letters
from reconcile.extract._lexicon import CONTENDER_NOUNS, FUNCTION_WORDS
from reconcile.extract._text import Token, token

__all__ = ["compound_names_joined"]

#: The words that join the two halves of one name.
_AND: Final = frozenset({"and", "&"})
#: "and" before a word that is not in lower case: where a sentence may join two names.
#: Read on the text, so that the token loop runs only in the sentences that have one.
_AND_BEFORE_A_NAME: Final = re.compile(r"\s(?:and|&)\s+[^\W\d_a-z]")
#: The longest half of a joined name, in words: "Freedom and Direct Democracy".
_HALF_REACH: Final = 4
#: Lowercase words inside a name before its halves: "Party for Freedom and Democracy".
_INNER_JOINERS: Final = frozenset({"of", "for", "de", "du", "des", "la", "le"})
#: A capitalized word, a hyphen and a short word in lower case, all unspaced: a given
#: name of two syllables as it is romanized ("Lai Ching-te", "Kim Jong-un").
_SYLLABLE_AFTER_A_HYPHEN: Final = re.compile(r"[^\W\d_a-z][^\W\d_]*-[a-z]{1,4}\b(?!-)")
#: Short words a hyphen joins to a name that make it a modifier, not a given name:
#: "the Saudi-led coalition", "a Hamas-run ministry".
_HYPHENED_MODIFIERS: Final = frozenset(
    {"led", "run", "born", "held", "made", "era", "wide", "free", "like", "type", "size", "area"}
)
#: A quotation mark, as the shadow writes every kind.
_QUOTE: Final = '"'
#: The most tokens a quoted name holds: "the \"Citizens' Coalition\"".
_QUOTED_REACH: Final = 5


def compound_names_joined(
    sentences: list[tuple[int, int, list[Token]]], view: str
) -> list[tuple[int, int, list[Token]]]:
    """The article's sentences with its joined and quoted names each read as one word.

    ``view`` is the article's shadow, which the tokens were read from.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> text = 'Law and Justice (PiS) won. Law and Justice won 35%. "Unity" and Spain met.'
        >>> bounds = [(0, 26), (27, 51), (52, 75)]
        >>> sentences = [(s, e, tokenize(text, s, e)) for s, e in bounds]
        >>> for _, _, tokens in compound_names_joined(sentences, text):
        ...     print([t.text for t in tokens])
        ['Law and Justice', '(', 'PiS', ')', 'won', '.']
        ['Law and Justice', 'won', '35', '%', '.']
        ['Unity', 'and', 'Spain', 'met', '.']
    """
    # the sentences where "and" may join two names, found once for both passes below
    joining = [_AND_BEFORE_A_NAME.search(view, s, e) is not None for s, e, _ in sentences]
    shown = {
        name
        for (_, _, tokens), joins in zip(sentences, joining, strict=True)
        if joins
        for name in _shown_names(tokens)
    }
    quoted = _QUOTE in view
    syllables = _SYLLABLE_AFTER_A_HYPHEN.search(view) is not None
    if not shown and not quoted and not syllables:
        return sentences  # most articles: no name of two halves, no quotation mark
    firsts = {name[0] for name in shown}
    longest_first = sorted(shown, key=lambda name: (-len(name), name))
    out = []
    for (s, e, tokens), joins in zip(sentences, joining, strict=True):
        read = tokens
        if shown and joins:
            read = _joined(read, longest_first, firsts, view)
        if quoted and view.find(_QUOTE, s, e) >= 0:
            read = _unquoted(read)
        if syllables and _SYLLABLE_AFTER_A_HYPHEN.search(view, s, e) is not None:
            read = _given_names_joined(read, view)
        out.append((s, e, read))
    return out


def _shown_names(tokens: Sequence[Token]) -> list[tuple[str, ...]]:
    """The names of two halves this sentence shows to be one, as tuples of their words."""
    out = []
    for k in range(1, len(tokens) - 1):
        if tokens[k].low not in _AND:
            continue
        start = k
        while start > 0 and k - start < _HALF_REACH and _name_word(tokens[start - 1]):
            start -= 1
        while start < k and tokens[start].low in FUNCTION_WORDS:
            start += 1  # "The Law and Justice party": a sentence's "The" is no name's
        end = k + 1
        while end < len(tokens) and end - k <= _HALF_REACH and _name_word(tokens[end]):
            end += 1
        if start == k or end == k + 1:
            continue
        if start > 0 and tokens[start - 1].low in _INNER_JOINERS:
            # "the People's Party for Freedom and Democracy (VVD)": the halves end a
            # longer name, which the name readers read by its joiner
            continue
        if tokens[end - 1].low in CONTENDER_NOUNS and end - k > 2:
            end -= 1  # "the Justice and Development Party": the noun says what it is
        if _shown_whole(tokens, start, end):
            out.append(tuple(t.low for t in tokens[start:end]))
    return out


def _shown_whole(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Whether the words around ``[start, end)`` show it to be one name."""
    if end >= len(tokens):
        return False
    after = tokens[end]
    if after.low in CONTENDER_NOUNS:
        # "the Law and Justice party"; "the Labour and Conservative party leaders" are
        # two parties' leaders
        beyond = tokens[end + 1] if end + 1 < len(tokens) else None
        return not (
            beyond is not None
            and beyond.text.isalpha()
            and beyond.text.islower()
            and beyond.low.endswith("s")
        )
    if after.low == "(":
        # "Law and Justice (PiS)": letters stand for one name
        return (
            end + 2 < len(tokens)
            and tokens[end + 2].low == ")"
            and are_letters(tokens[end + 1].text)
        )
    return after.text == _QUOTE and start > 0 and tokens[start - 1].text == _QUOTE


def _name_word(t: Token) -> bool:
    return t.is_capitalized and t.text.isalpha()


def _name_ends(tokens: Sequence[Token], end: int) -> bool:
    """Whether a name may end before ``end``.

    No word of a name goes on past it, but the noun that says what it is may: "the
    Justice and Development Party".
    """
    return end == len(tokens) or not _name_word(tokens[end]) or tokens[end].low in CONTENDER_NOUNS


def _joined(
    tokens: list[Token], shown: Sequence[tuple[str, ...]], firsts: set[str], view: str
) -> list[Token]:
    """``tokens`` with each of the ``shown`` names in them made one token, longest first."""
    out: list[Token] = []
    k = 0
    while k < len(tokens):
        match = None
        if tokens[k].low in firsts and (
            k == 0 or not _name_word(tokens[k - 1]) or tokens[k - 1].low == "the"
        ):
            match = next(
                (
                    name
                    for name in shown
                    if tuple(t.low for t in tokens[k : k + len(name)]) == name
                    and _name_ends(tokens, k + len(name))
                ),
                None,
            )
        if match is None:
            out.append(tokens[k])
            k += 1
            continue
        first, last = tokens[k], tokens[k + len(match) - 1]
        out.append(token(first.start, last.end, view[first.start : last.end]))
        k += len(match)
    return out


def _unquoted(tokens: list[Token]) -> list[Token]:
    r"""``tokens`` without the quotation marks around a name set in them.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> def words(text):
        ...     return " ".join(t.text for t in _unquoted(tokenize(text)))
        >>> words('The "Citizens\' Alliance" won, "We won," he said.')
        'The Citizens \' Alliance won , " We won , " he said .'
    """
    dropped: set[int] = set()
    k = 0
    while k < len(tokens):
        if tokens[k].text != _QUOTE:
            k += 1
            continue
        reach = min(len(tokens), k + _QUOTED_REACH + 2)
        close = next((j for j in range(k + 1, reach) if tokens[j].text == _QUOTE), None)
        if close is not None and _is_a_name(tokens[k + 1 : close]):
            dropped.update((k, close))
            k = close + 1
        else:
            k += 1
    return [t for i, t in enumerate(tokens) if i not in dropped] if dropped else tokens


def _is_a_name(inside: Sequence[Token]) -> bool:
    """Whether quoted words are a name: capitalized words (or joined ones) alone."""
    return bool(inside) and all(
        _name_word(t) or (t.is_capitalized and " " in t.text) or (t.text == "'" and i > 0)
        for i, t in enumerate(inside)
    )


def _given_names_joined(tokens: list[Token], view: str) -> list[Token]:
    """``tokens`` with each romanized given name of two syllables made one token.

    "Hou Yu-ih", "Kim Jong-un": after a capitalized name, a capitalized syllable, a
    hyphen and a syllable in lower case are one name's word, not a name cut at the
    hyphen ("Hou Yu") and a word after it.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> text = "Hou Yu-ih of the KMT and the Saudi-led coalition met Kim Jong-un."
        >>> [t.text for t in _given_names_joined(tokenize(text), text)][:9]
        ['Hou', 'Yu-ih', 'of', 'the', 'KMT', 'and', 'the', 'Saudi', '-']
        >>> [t.text for t in _given_names_joined(tokenize(text), text)][-3:]
        ['Kim', 'Jong-un', '.']
    """
    out: list[Token] = []
    k = 0
    while k < len(tokens):
        if (
            k >= 1
            and k + 2 < len(tokens)
            and tokens[k + 1].text == "-"
            and _name_word(tokens[k - 1])
            and tokens[k - 1].low not in FUNCTION_WORDS
            and _name_word(tokens[k])
            and tokens[k].end == tokens[k + 1].start
            and tokens[k + 1].end == tokens[k + 2].start
            and tokens[k + 2].text.isalpha()
            and tokens[k + 2].text.islower()
            and len(tokens[k + 2].text) <= 4
            and tokens[k + 2].low not in _HYPHENED_MODIFIERS
            # "Jean-de-la-...": no chain of hyphens
            and not (k + 3 < len(tokens) and tokens[k + 3].text == "-")
        ):
            out.append(
                token(tokens[k].start, tokens[k + 2].end, view[tokens[k].start : tokens[k + 2].end])
            )
            k += 3
            continue
        out.append(tokens[k])
        k += 1
    return out
