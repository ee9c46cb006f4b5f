"""A synthetic newsroom: folders of realistic, varied news articles for benchmarks.

Every sentence template here was written for this project. Articles report floods,
fires, market strikes, protests and bridge collapses in invented towns, each event
covered by several outlets over a few days, with tolls that rise, hedges ("at least",
"about"), attributions and the odd disagreement, so that extraction does real work and
the reconciliation finds agreements, updates and disputes.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

TOWNS = (
    "Arlen", "Brava", "Corvin", "Dunmore", "Elsby", "Farrow", "Galen", "Harlow", "Istra",
    "Jarvik", "Kelso", "Lorne", "Marden", "Norwick", "Oban", "Pellam", "Quarry Hill",
    "Rusk", "Selby", "Tamsin", "Ulver", "Varna", "Wexley", "Yarrow", "Zenda",
)  # fmt: skip
OUTLETS = (
    ("Northern Wire", ("Lena Morris", "Tom Achebe")),
    ("Daily Courier", ("Sami Haddad", "Rita Olsen")),
    ("Continental Times", ("Grace Otieno",)),
    ("Harbour Gazette", ("Pavel Novak", "Ines Duarte")),
    ("Valley Post", ("Omar Rahimi",)),
    ("Evening Ledger", ("Keiko Tanaka", "Luis Ortega")),
)
_NUMBER_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine")

# One entry per kind of event: (headline, opening sentence, follow-up sentences). Fields:
# {town}, {killed}, {injured}, {day} (a weekday), {crowd}, {police}, {earlier}.
_EVENTS = {
    "flood": (
        "Floods sweep through {town}",
        "Flash floods in {town} killed at least {killed} people and injured {injured} "
        "on {day}, the regional emergency office said.",
        (
            "Rescue teams said about {crowd} residents had left their homes.",
            "The office had earlier reported {earlier} deaths.",
            "A local doctor put the number of injured at {injured_alt}.",
        ),
    ),
    "fire": (
        "Factory fire in {town} leaves {killed} dead",
        "A fire at a textile factory in {town} killed {killed} workers and injured "
        "{injured} others on {day}, according to the fire brigade.",
        (
            "The factory employed about {crowd} people, its owner said.",
            "Union officials said {killed_alt} workers had died.",
            "Firefighters had earlier reported {earlier} deaths.",
        ),
    ),
    "market": (
        "Strike on {town} market kills {killed}",
        "A drone strike on the central market of {town} killed {killed} civilians and "
        "wounded more than {injured} on {day}, health officials said.",
        (
            "The health ministry had earlier reported {earlier} deaths.",
            "A volunteer at the scene put the toll at {killed_alt}.",
            "Police put the crowd at a vigil at {police}, while organisers said "
            "{crowd} people gathered.",
        ),
    ),
    "protest": (
        "Thousands march in {town}",
        "About {crowd} protesters marched through {town} on {day}, organisers said.",
        (
            "Police put the crowd at {police}.",
            "{injured_word} people were injured in scuffles near the town hall, "
            "according to paramedics.",
            "Officers arrested {arrested} people, a police spokesman said.",
        ),
    ),
    "bridge": (
        "Bridge collapse in {town}",
        "The collapse of a road bridge in {town} on {day} killed {killed} people and "
        "injured {injured}, the mayor said.",
        (
            "Engineers said the bridge carried about {crowd} vehicles a day.",
            "The mayor had earlier reported {earlier} deaths.",
            "A hospital spokeswoman said {injured_alt} people were being treated.",
        ),
    ),
}
# Background a reporter adds around the figures: quotes, context, what comes next. Most
# carry no figure, as in real reports; a few carry one the reconciliation must place.
_BACKGROUND = (
    "Residents described a night of confusion, with many unable to reach relatives.",
    '"We heard a noise like thunder and then everyone was running," said a shopkeeper '
    "who asked not to be named.",
    "The regional governor visited the scene and promised a full inquiry.",
    "Aid groups said shelters in {town} were already close to full.",
    "It was the worst disaster to hit {town} in more than a decade, local historians said.",
    "Opposition politicians accused the authorities of ignoring repeated warnings.",
    "The national weather service said more rain was expected later in the week.",
    "Hospitals in neighbouring towns sent staff and supplies overnight.",
    "A spokesman for the interior ministry said the government would cover funeral costs.",
    "Schools in {town} will stay closed until Friday, the education office said.",
    "Officials have not said when the main road into {town} will reopen.",
    "The town of {town}, home to about {population} people, lies near the border.",
    "Volunteers handed out food and blankets outside the town hall.",
    "The prime minister sent condolences to the families of the victims.",
    "Several foreign embassies offered help with the recovery effort.",
    "An investigation into the cause has been opened, prosecutors said.",
    "Local radio stations broadcast the names of people still missing.",
    "Insurance companies said it was too early to estimate the damage.",
    "Church bells rang across {town} in the evening in memory of the dead.",
    "Critics said emergency crews took too long to arrive, a claim officials rejected.",
    "Traffic was diverted around the centre of {town} for most of the day.",
    "A fundraising page set up by neighbours had collected donations from across the region.",
    "The mayor of {town} said the town would hold a day of mourning at the weekend.",
    "Relatives gathered outside the main hospital, waiting for news.",
    "The army sent engineers and heavy equipment to help clear the debris.",
    "Phone lines in parts of {town} were down for several hours.",
    "A teacher who lives nearby said the whole street had come out to help.",
    "Local businesses said they feared it would take months to recover.",
    "The regional parliament will debate the response at a special session next week.",
    "Officials urged residents to avoid the area while the clean-up continues.",
    "Many of the victims were from the same neighbourhood, friends said.",
    "Students organised a collection of clothes and food at the university.",
    "An opposition lawmaker called for the interior minister to resign.",
    "The national football league held a minute of silence before its weekend matches.",
    "Witnesses said the first responders were volunteers from the neighbourhood.",
    "The authorities said the number of victims could still change as records were checked.",
)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _article(rng: random.Random, kind: str, town: str, happened: dt.date, day: int) -> str:
    headline, opening, follow_ups = _EVENTS[kind]
    outlet, authors = rng.choice(OUTLETS)
    killed = rng.randint(3, 40) + day * rng.randint(0, 3)
    injured = rng.randint(10, 90)
    figures = {
        "town": town,
        "day": _WEEKDAYS[happened.weekday()],
        "killed": killed,
        "killed_alt": killed + rng.choice((0, 0, 2, 5)),
        "injured": injured,
        "injured_alt": injured + rng.choice((0, 1, 4)),
        "injured_word": rng.choice(_NUMBER_WORDS).capitalize(),
        "earlier": max(1, killed - rng.randint(1, 6)),
        "crowd": f"{rng.randint(2, 60) * 500:,}",
        "police": f"{rng.randint(1, 20) * 250:,}",
        "arrested": rng.randint(2, 30),
        "population": f"{rng.randint(8, 300) * 1000:,}",
    }
    published = happened + dt.timedelta(days=day)
    chosen = rng.sample(follow_ups, k=rng.randint(1, len(follow_ups)))
    # about as long as real reports: the 55 of ../shared/corpus/dev have a median of
    # 2,104 characters (the middle half 1,392 to 2,203)
    background = rng.sample(_BACKGROUND, k=rng.randint(16, 28))
    sentences = [s.format(**figures) for s in [*chosen, *background]]
    rng.shuffle(sentences)
    paragraphs = [opening.format(**figures)]
    while sentences:
        size = rng.randint(1, 3)
        paragraphs.append(" ".join(sentences[:size]))
        sentences = sentences[size:]
    body = "\n\n".join(paragraphs)
    return (
        f"Title: {headline.format(**figures)}\n"
        f"Outlet: {outlet}\n"
        f"Author: {rng.choice(authors)}\n"
        f"Published: {published.isoformat()}\n\n"
        f"{body}\n"
    )


def write_newsroom(folder: Path, count: int, *, seed: int = 11, start: int = 0) -> list[Path]:
    """Write articles ``start`` .. ``start + count - 1`` into ``folder``; return their paths.

    Article ``n`` is the same text whatever ``count`` is, so ``start=5000, count=1``
    writes the 5,001st article of the same newsroom: the next day's story.
    """
    folder.mkdir(parents=True, exist_ok=True)
    kinds = sorted(_EVENTS)
    written = []
    for n in range(start, start + count):
        rng = random.Random(seed * 1_000_003 + n)
        event = n // 6  # six reports of each event, over the days after it
        town = TOWNS[event % len(TOWNS)]
        kind = kinds[(event // len(TOWNS)) % len(kinds)]
        happened = dt.date(2025, 1, 1) + dt.timedelta(days=event // 3)
        text = _article(rng, kind, town, happened, day=n % 6 // 2)
        path = folder / f"{happened.isoformat()}_{n:05d}.txt"
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
