"""Tie a date to the event it dates: "the talks began on January 27" -> (talks, date_began)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from reconcile.extract import _lexicon as lex
from reconcile.extract._dates import TimeExpression
from reconcile.extract._lexicon import words
from reconcile.extract._text import Token

#: Event classes whose verb takes the event as its object ("began the talks").
_OBJECT_FIRST: Final = frozenset({"began", "resumed", "held", "signed", "sent"})
_BOUNDARY: Final = frozenset({".", ";", '"'})
_NOUN_MODIFIERS: Final = frozenset(
    words("drone rocket missile suicide car terror terrorist deadly fatal mass air military")
)
_SAY: Final = frozenset(lex.SAY_VERBS) - {"according"}


def _event_noun(
    tokens: Sequence[Token], verb: int, lo: int, hi: int, *, object_first: bool
) -> str | None:
    """The event noun nearest the verb at ``verb``: after it first for object-taking verbs."""
    after = next(
        (
            lex.EVENT_NOUNS[tokens[k].low]
            for k in range(verb + 1, min(hi, verb + 6))
            if tokens[k].low in lex.EVENT_NOUNS
        ),
        None,
    )
    before = next(
        (
            lex.EVENT_NOUNS[tokens[k].low]
            for k in range(verb - 1, max(lo - 1, verb - 7), -1)
            if tokens[k].low in lex.EVENT_NOUNS
        ),
        None,
    )
    return (after or before) if object_first else (before or after)


def tie_event(tokens: Sequence[Token], expr: TimeExpression) -> tuple[str, str, int]:
    """The (event head, attribute, verb token index or -1) a date expression dates.

    Order of preference: an event noun the date modifies ("the January 28 drone attack"),
    the nearest event verb in the clause (before the date first: "formed last summer"),
    a verb of saying right before the date ("said on Sunday"), the nearest event noun;
    else ``("event", "date")``.
    """
    n = len(tokens)
    first, last = expr.first, expr.last
    lo = first
    while lo > 0 and tokens[lo - 1].low not in _BOUNDARY and first - lo < 25:
        lo -= 1
    hi = last
    while hi < n and tokens[hi].low not in _BOUNDARY and hi - last < 25:
        hi += 1
    # The date modifies a noun: "the January 28 drone attack"
    for k in range(last, min(hi, last + 2)):
        if tokens[k].low in lex.EVENT_NOUNS:
            head = lex.EVENT_NOUNS[tokens[k].low]
            return (
                head,
                "date_occurred" if head in ("attack", "strike", "shooting") else "date_held",
                -1,
            )
        if tokens[k].low not in _NOUN_MODIFIERS:
            break
    candidates: list[tuple[float, int]] = []
    for k in range(max(lo, first - 8), min(hi, last + 8)):
        if first <= k < last:
            continue
        low = tokens[k].low
        if low in lex.EVENT_VERBS:
            if low in ("set",) and not (k + 1 < n and tokens[k + 1].low == "up"):
                continue
            if low in ("hit", "struck") and k + 1 < n and tokens[k + 1].low in ("by",):
                pass
            # verbs before the date bind a little tighter ("formed last summer")
            distance = first - k if k < first else k - last + 1.5
            candidates.append((distance, k))
    say = next(
        (k for k in range(first - 1, max(lo - 1, first - 3), -1) if tokens[k].low in _SAY), None
    )
    if say is not None and not any(d <= 2 for d, _ in candidates):
        return "statement", "date_said", say
    if candidates:
        _, k = min(candidates)
        event_class, default_head = lex.EVENT_VERBS[tokens[k].low]
        if tokens[k].low in ("voted", "vote", "votes"):
            return "vote", "date_held", k
        if tokens[k].low in ("met", "meet", "meets", "convened"):
            return "meeting", "date_held", k
        head = (
            _event_noun(tokens, k, lo, hi, object_first=event_class in _OBJECT_FIRST)
            or default_head
        )
        if head in ("attack", "strike", "shooting") and event_class in (
            "began",
            "killed",
            "occurred",
        ):
            return head, "date_occurred", k
        return head, f"date_{event_class}", k
    if say is None:
        say = next((k for k in range(last, min(hi, last + 4)) if tokens[k].low in _SAY), None)
    if say is not None:
        return "statement", "date_said", say
    for k in range(max(lo, first - 6), min(hi, last + 6)):
        if tokens[k].low in lex.EVENT_NOUNS:
            return lex.EVENT_NOUNS[tokens[k].low], "date", -1
    return "event", "date", -1
