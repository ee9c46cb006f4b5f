"""Synthetic claims for benchmarks and scale tests, with the true values kept for scoring.

Sources of different accuracy, copiers, hedges and evolving counts.

Examples:
    >>> data = generate(1000, sources=20, seed=7)
    >>> len(data.claims), len(data.documents) > 0
    (1000, True)
    >>> generate(1000, sources=20, seed=7) == data
    True
"""

from __future__ import annotations

import datetime as dt
import random

import attrs

from reconcile.errors import InvalidValue
from reconcile.model import Claim, Document
from reconcile.values import Hedge, Quantity

__all__ = ["Synthetic", "generate"]

_ATTRIBUTES = ("killed", "injured", "deployed", "arrested", "displaced")
_START = dt.date(2024, 1, 1)


@attrs.frozen
class Synthetic:
    """A generated data set.

    Attributes:
        documents: one per source and day.
        claims: the claims, in generation order.
        truth: ``(subject, attribute, place, day) -> true value`` for each question and
            the days on which its value changed (evolving counts have two).
        accuracy: each source's probability of reporting the true value.
        copies: ``(copier, original)`` source pairs.
    """

    documents: tuple[Document, ...]
    claims: tuple[Claim, ...]
    truth: tuple[tuple[str, str, str, int, int], ...]
    accuracy: tuple[tuple[str, float], ...]
    copies: tuple[tuple[str, str], ...]


def generate(
    claims: int,
    *,
    sources: int = 200,
    claims_per_question: int = 20,
    copier_share: float = 0.1,
    evolving_share: float = 0.2,
    days: int = 30,
    seed: int = 0,
) -> Synthetic:
    """Generate claims about ``claims // claims_per_question`` questions.

    Each source has an accuracy drawn from [0.55, 0.95]; a share of the sources copy
    another source's claims word for word (under their own outlet). A share of the
    questions are evolving counts whose true value rises once, half way through.
    Values are hedged ("about", "at least") some of the time.

    Args:
        claims: how many claims.
        sources: how many sources (outlets).
        claims_per_question: the average number of claims per question.
        copier_share: the share of sources that copy another.
        evolving_share: the share of questions whose true value changes.
        days: the span of publication days.
        seed: the random seed; the same seed gives the same data.

    Raises:
        InvalidValue: a count or share out of range.
    """
    if claims < 0 or sources < 2 or claims_per_question < 1 or days < 2:
        raise InvalidValue(
            "need claims >= 0, sources >= 2, claims_per_question >= 1, days >= 2", field="claims"
        )
    for name, share in (("copier_share", copier_share), ("evolving_share", evolving_share)):
        if not 0 <= share <= 1:
            raise InvalidValue(f"{name!r} must be in [0, 1] (got {share})", field=name)
    rng = random.Random(seed)
    names = [f"src{i:04d}" for i in range(sources)]
    accuracy = {name: round(rng.uniform(0.55, 0.95), 3) for name in names}
    copier_count = int(sources * copier_share)
    copiers = {names[-1 - i]: names[i] for i in range(copier_count)}
    originals = [n for n in names if n not in copiers]
    questions = max(1, claims // claims_per_question)
    truth: list[tuple[str, str, str, int, int]] = []
    table: list[tuple[int, int, int, int]] = []
    for q in range(questions):
        subject = f"group {q // len(_ATTRIBUTES)}"
        attribute = _ATTRIBUTES[q % len(_ATTRIBUTES)]
        place = f"province {q % 97}"
        value = rng.randint(1, 5000)
        changes = rng.random() < evolving_share
        later = value + rng.randint(1, max(1, value // 2)) if changes else value
        switch = days // 2 if changes else days
        truth.append((subject, attribute, place, 0, value))
        if changes:
            truth.append((subject, attribute, place, switch, later))
        table.append((q, value, later, switch))

    documents: dict[str, Document] = {}
    made: list[Claim] = []

    def document(source: str, day: int) -> str:
        doc_id = f"{source}/day{day:03d}"
        if doc_id not in documents:
            documents[doc_id] = Document(
                doc_id, outlet=source, published=_START + dt.timedelta(days=day)
            )
        return doc_id

    while len(made) < claims:
        q, value, later, switch = table[rng.randrange(questions)]
        subject = f"group {q // len(_ATTRIBUTES)}"
        attribute = _ATTRIBUTES[q % len(_ATTRIBUTES)]
        place = f"province {q % 97}"
        source = rng.choice(originals)
        day = rng.randrange(days)
        true_value = later if day >= switch else value
        if rng.random() < accuracy[source]:
            figure = true_value
        else:
            figure = max(0, round(true_value * rng.choice([0.5, 0.7, 1.3, 1.6, 2.0])))
        roll = rng.random()
        if roll < 0.7:
            quantity = Quantity.exact(figure)
        elif roll < 0.9:
            quantity = Quantity.hedged(figure, Hedge.ABOUT)
        else:
            quantity = Quantity.hedged(max(0, figure - rng.randint(0, 3)), Hedge.AT_LEAST)
        tellers = [source] + [c for c, original in copiers.items() if original == source]
        for teller in tellers:
            if len(made) >= claims:
                break
            made.append(
                Claim(
                    id=f"c{len(made):08d}",
                    document=document(teller, day),
                    subject=subject,
                    attribute=attribute,
                    place=place,
                    value=quantity,
                )
            )
    return Synthetic(
        documents=tuple(documents[k] for k in sorted(documents)),
        claims=tuple(made),
        truth=tuple(truth),
        accuracy=tuple(sorted(accuracy.items())),
        copies=tuple(sorted(copiers.items())),
    )
