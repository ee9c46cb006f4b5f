"""Small builders shared by the tests: documents and claims in one line each."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reconcile.extract import default_extractor
from reconcile.extract._pipeline import CLOSED_KINDS
from reconcile.model import Claim, Document, Modality
from reconcile.values import Value

#: The closed count, date and vote rules alone, without open figures or events: the
#: extractor the tests of those rules pin.
CLOSED = default_extractor(kinds=CLOSED_KINDS)


def doc(doc_id: str, outlet: str | None = None, day: int = 1, **kw: object) -> Document:
    return Document(
        doc_id,
        outlet=outlet or f"Outlet {doc_id}",
        published=dt.date(2024, 1, day),
        **kw,  # type: ignore[arg-type]
    )


def claim(
    claim_id: str,
    document: str,
    value: Value,
    *,
    subject: str = "US troops",
    attribute: str = "deployed",
    place: str | None = "Iraq",
    modality: Modality = Modality.ASSERTED,
) -> Claim:
    return Claim(
        id=claim_id,
        document=document,
        subject=subject,
        attribute=attribute,
        value=value,
        place=place,
        modality=modality,
    )


def rival_tolls() -> list[Claim]:
    """Officials say 500 dead, a hospital 632, a wire "at least 30", which fits both."""
    from reconcile.values import Hedge, Quantity

    return [
        claim("officials", "a", Quantity.exact(500), subject="people", attribute="killed"),
        claim("hospital", "b", Quantity.exact(632), subject="people", attribute="killed"),
        claim(
            "wire", "c", Quantity.hedged(30, Hedge.AT_LEAST), subject="people", attribute="killed"
        ),
    ]


#: The next day's reports of the Karsa market strike (examples/market_strike/next_day),
#: by file name: a new outlet with a revised toll and a crowd at the funerals, and a
#: second outlet's account of the council's vote.
NEXT_DAY_ARTICLES = {
    path.name: path.read_text(encoding="utf-8")
    for path in sorted(
        (Path(__file__).resolve().parents[1] / "examples" / "market_strike" / "next_day").glob(
            "*.txt"
        )
    )
}
