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


#: A flood in a made-up valley, as four outlets report it over three days: articles by
#: file name, for tests that extract, reconcile and decide.
FLOOD = {
    "01_herald_2025-06-02.txt": (
        "Title: Floods cut off Verrin after river bursts its banks\n"
        "Outlet: Valley Herald\n"
        "Author: Mara Pell\n"
        "Published: 2025-06-02\n"
        "\n"
        "Floodwater from the Oster river swept through the town of Verrin on "
        "Sunday, killing at least 14 people, the regional emergency office "
        "said.\n"
        "\n"
        "Rescue crews evacuated 2,300 residents from the low-lying districts "
        "overnight, the office added.\n"
        "\n"
        "The old stone bridge over the Oster collapsed on Sunday afternoon.\n"
    ),
    "02_courier_2025-06-03.txt": (
        "Title: Verrin flood toll reaches 19\n"
        "Outlet: Daily Courier\n"
        "Author: Tomas Reyes\n"
        "Published: 2025-06-03\n"
        "\n"
        "The flood that struck Verrin on Sunday has killed 19 people, the "
        "town's mayor said on Monday.\n"
        "\n"
        "About 2,300 residents were evacuated from the riverside districts, "
        "according to the emergency office.\n"
    ),
    "03_post_2025-06-03.txt": (
        "Title: Verrin flood: mayor gives toll\n"
        "Outlet: Evening Post\n"
        "Author: Lise Moran\n"
        "Published: 2025-06-03\n"
        "\n"
        "The flood that struck Verrin on Sunday has killed 19 people, the "
        "town's mayor said on Monday.\n"
        "\n"
        "About 23,000 residents were evacuated from the riverside districts, "
        "according to the emergency office.\n"
    ),
    "04_gazette_2025-06-04.txt": (
        "Title: Second bridge closed as Verrin counts the cost\n"
        "Outlet: Hill Gazette\n"
        "Author: Ana Bloch\n"
        "Published: 2025-06-04\n"
        "\n"
        "The Verrin flood on Sunday killed 91 people, hospital staff said on "
        "Tuesday.\n"
        "\n"
        "In the neighbouring village of Aldby, the same storm killed 2 people "
        "on Sunday.\n"
        "\n"
        "Engineers closed the rail bridge at Dunmore, 40 kilometres upstream, "
        "after a landslide on Tuesday killed 3 workers.\n"
    ),
}

#: The article of the day after.
FLOOD_NEXT_DAY = {
    "05_wire_2025-06-05.txt": (
        "Title: Verrin toll rises as waters recede\n"
        "Outlet: Northern Wire\n"
        "Author: Iris Kade\n"
        "Published: 2025-06-05\n"
        "\n"
        "The death toll from Sunday's flood in Verrin has risen to 23, the "
        "regional emergency office said on Wednesday.\n"
    ),
}


def write_articles(folder: Path, articles: dict[str, str]) -> None:
    folder.mkdir(exist_ok=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")


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
