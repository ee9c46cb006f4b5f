"""A claim's fingerprint: a name for it that survives re-running the extractor.

Claim ids are local to a run (the rule extractor writes the figure's character offsets
into them), so an analyst's decision cannot point at one. It points at the claim's
**fingerprint** instead: ``fp-`` and twelve hex digits of a SHA-256 over what the claim
*says*, where:

- a claim **with a quote**: its document id, its quote (white space collapsed, case
  kept), the figure's text as reported ("at least 12", "Sunday") and its attribute.
  Neither offsets nor the claim's id nor its event take part, so adding articles,
  re-extracting, or an edit elsewhere in the document leaves it unchanged;
- when the figure's text occurs **more than once in the quote** ("5 soldiers and 5
  civilians were killed"), the four above cannot tell the claims of that sentence
  apart, so the subject (case-folded, white space collapsed) is added. The rule looks at
  the quote alone, never at the other claims of the run, so a fingerprint is a function
  of its claim only and is the same whichever claims are reconciled with it;
- a claim **without a quote** (written by hand): its document id, subject, attribute,
  figure text, place and time scope (``as_of``), since no quote tells two statements of
  one document apart.

Claims that still share a fingerprint state the same figure of the same attribute in
the same words of one document (a paragraph printed twice): they are one statement, and a
decision on the fingerprint applies to each of them.

Examples:
    >>> from reconcile.model import Claim, Evidence
    >>> from reconcile.values import Quantity
    >>> quote = "Five soldiers and 5 civilians were killed."
    >>> claim = Claim(id="a.txt#18-19:killed", document="a.txt", subject="civilians",
    ...               attribute="killed", value=Quantity.exact(5, text="5"),
    ...               evidence=Evidence(quote, 0, len(quote)))
    >>> claim_fingerprint(claim)
    'fp-15ef9a4ece14'
    >>> import attrs
    >>> claim_fingerprint(attrs.evolve(claim, id="run-2-id")) == claim_fingerprint(claim)
    True
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from typing import Final

from reconcile.model import Claim
from reconcile.values import DateSpan

__all__ = [
    "FINGERPRINT_PREFIX",
    "claim_fingerprint",
    "figure_text",
    "fingerprinter",
    "is_fingerprint",
]

#: Every fingerprint starts with this, so a target is told from a source name at a glance.
FINGERPRINT_PREFIX: Final = "fp-"

_HEX_DIGITS: Final = 12
_SHAPE: Final = re.compile(rf"^{FINGERPRINT_PREFIX}[0-9a-f]{{{_HEX_DIGITS}}}$")
# Fields are joined by a character no collapsed text contains.
_SEPARATOR: Final = "\x1f"


def _collapsed(text: str) -> str:
    return " ".join(text.split())


def figure_text(claim: Claim) -> str:
    """The figure as the document reported it ("at least 12", "Sunday").

    Examples:
        >>> from reconcile.values import Quantity, Hedge
        >>> figure_text(Claim(id="c", document="d", subject="s", attribute="killed",
        ...                   value=Quantity.hedged(12, Hedge.AT_LEAST)))
        'at least 12'
    """
    value = claim.value
    if isinstance(value, DateSpan) and value.text:
        return value.text
    return str(value)


def claim_fingerprint(claim: Claim) -> str:
    """The claim's fingerprint (see the module docstring for the rule).

    Args:
        claim: a claim, as read or extracted (before any decision changes its value).

    Returns:
        ``fp-`` and 12 lower-case hex digits; the same for the same claim in every run.

    Examples:
        >>> from reconcile.model import Evidence
        >>> from reconcile.values import Quantity
        >>> quote = "5 soldiers and 5 civilians were killed."
        >>> def killed(subject):
        ...     return Claim(id=subject, document="a.txt", subject=subject, attribute="killed",
        ...                  value=Quantity.exact(5, text="5"),
        ...                  evidence=Evidence(quote, 0, len(quote)))
        >>> claim_fingerprint(killed("soldiers")) != claim_fingerprint(killed("civilians"))
        True
        >>> by_hand = Claim(id="c1", document="memo", subject="US troops", attribute="deployed",
        ...                 value=Quantity.exact(2500))
        >>> claim_fingerprint(by_hand)
        'fp-302d41f975b5'
    """
    figure = _collapsed(figure_text(claim))
    if claim.evidence is not None and claim.evidence.quote.strip():
        quote = _collapsed(claim.evidence.quote)
        parts = ["quote", claim.document, quote, figure, claim.attribute]
        if figure and quote.casefold().count(figure.casefold()) > 1:
            parts.append(_collapsed(claim.subject).casefold())
    else:
        parts = [
            "unquoted",
            claim.document,
            _collapsed(claim.subject).casefold(),
            claim.attribute,
            figure,
            _collapsed(claim.place or "").casefold(),
            claim.as_of.value if claim.as_of else "",
        ]
    digest = hashlib.sha256(_SEPARATOR.join(parts).encode("utf-8", "surrogatepass"))
    return FINGERPRINT_PREFIX + digest.hexdigest()[:_HEX_DIGITS]


def fingerprinter() -> Callable[[Claim], str]:
    """A :func:`claim_fingerprint` for many claims: the same fingerprints, less work.

    Claims of one question share their subject, place and value objects (the reader
    shares them), so what the rule derives from each (the figure's text, a name
    collapsed and case-folded) is worked out once per distinct object; only the digest
    is made per claim. A value is remembered by identity together with itself, so that
    an identity is never reused for another value while the memo lives.

    Examples:
        >>> from reconcile.values import Quantity
        >>> claim = Claim(id="c1", document="memo", subject="US troops",
        ...               attribute="deployed", value=Quantity.exact(2500))
        >>> fingerprinter()(claim) == claim_fingerprint(claim)
        True
    """
    figures: dict[int, tuple[object, str]] = {}
    folded: dict[str, str] = {}
    sha256 = hashlib.sha256
    join = _SEPARATOR.join

    def fingerprint(claim: Claim) -> str:
        evidence = claim.evidence
        if evidence is not None and evidence.quote.strip():
            # Quotes are the claim's own: nothing to share.
            return claim_fingerprint(claim)
        # The memos are read here, not through a helper each: three Python calls a
        # claim were a third of the fingerprint's cost (1.6 us) at a million claims.
        value = claim.value
        figure = figures.get(id(value))
        if figure is None or figure[0] is not value:
            figure = figures[id(value)] = (value, _collapsed(figure_text(claim)))
        subject = folded.get(claim.subject)
        if subject is None:
            subject = folded[claim.subject] = _collapsed(claim.subject).casefold()
        named = claim.place or ""
        place = folded.get(named)
        if place is None:
            place = folded[named] = _collapsed(named).casefold()
        as_of = claim.as_of
        parts = (
            "unquoted",
            claim.document,
            subject,
            claim.attribute,
            figure[1],
            place,
            as_of.value if as_of else "",
        )
        digest = sha256(join(parts).encode("utf-8", "surrogatepass"))
        return FINGERPRINT_PREFIX + digest.hexdigest()[:_HEX_DIGITS]

    return fingerprint


def is_fingerprint(text: str) -> bool:
    """Whether ``text`` has the shape of a fingerprint.

    Examples:
        >>> is_fingerprint("fp-8e0bd1d3e2e5"), is_fingerprint("Northern Wire")
        (True, False)
    """
    return bool(_SHAPE.match(text))
