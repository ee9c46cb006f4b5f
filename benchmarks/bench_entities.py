"""How does resolve_entities scale? Resolve 10k and 100k synthetic names and time it.

Run from the repository root::

    PYTHONPATH=src python benchmarks/bench_entities.py            # 10k and 100k
    PYTHONPATH=src python benchmarks/bench_entities.py 1000 5000  # other sizes

Each synthetic person has a given name from a small pool (so many people share one) and
a family name built from syllables, and is mentioned in several ways: with a title,
surname first, in another transliteration (doubled consonant, q/k, e/i), with a typo,
or by bare surname. One mention in twenty is a numbered unit ("Brigade 17"). The script
prints the number of pairwise comparisons next to the all-pairs count, to show that
blocking keeps the work near linear, and two error counts against the known truth:
``mixed`` entities hold names of two true entities, ``split`` true entities were spread
over several entities (typos in short names are the usual cause: the guards refuse them).
"""

from __future__ import annotations

import random
import sys
import time

import reconcile.entities._resolve as resolve_module
from reconcile.entities import EntityResolution, resolve_entities
from reconcile.entities._match import NameMatch, Profile, compare

SYLLABLES = tuple(
    f"{consonant}{vowel}"
    for consonant in (
        "b",
        "d",
        "f",
        "g",
        "h",
        "j",
        "k",
        "l",
        "m",
        "n",
        "q",
        "r",
        "s",
        "t",
        "w",
        "y",
        "z",
        "sh",
        "kh",
        "dh",
        "th",
        "gh",
    )
    for vowel in "aiueo"
)
GIVEN = (
    "Qasem",
    "Hassan",
    "Ali",
    "Mohammed",
    "Ahmed",
    "Omar",
    "Khalid",
    "Yusuf",
    "Ibrahim",
    "Mustafa",
    "Abbas",
    "Hadi",
    "Jaafar",
    "Karim",
    "Nouri",
    "Haidar",
    "Faleh",
    "Akram",
    "Hamid",
    "Salim",
    "Tariq",
    "Adel",
    "Majid",
    "Rashid",
    "Samir",
    "Walid",
    "Zaid",
)
TITLES = ("Gen.", "Dr.", "Sheikh", "Col.", "Minister")


def family_name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(3, 4))).capitalize()


def variant(name: str, rng: random.Random) -> str:
    """Another transliteration of a word: a doubled consonant, q/k, or e/i."""
    choice = rng.randrange(3)
    if choice == 0:
        consonants = [i for i, c in enumerate(name) if i > 0 and c not in "aeiou"]
        if consonants:
            i = rng.choice(consonants)
            return name[: i + 1] + name[i] + name[i + 1 :]
    if choice == 1 and "q" in name.lower():
        return name.replace("Q", "K").replace("q", "k")
    return name.replace("i", "e", 1)


def typo(name: str, rng: random.Random) -> str:
    """Swap two neighbouring letters after the first."""
    if len(name) < 4:
        return name
    i = rng.randrange(1, len(name) - 2)
    return name[:i] + name[i + 1] + name[i] + name[i + 2 :]


def synthetic_mentions(count: int, seed: int = 7) -> list[tuple[str, int]]:
    """``count`` mentions as (surface name, id of the entity it was made from)."""
    rng = random.Random(seed)
    mentions: list[tuple[str, int]] = []
    entity = 0
    while len(mentions) < count:
        entity += 1
        if rng.random() < 0.05:
            mentions.append((f"{family_name(rng)} Brigade {rng.randint(1, 40)}", entity))
            continue
        given, family = rng.choice(GIVEN), family_name(rng)
        forms = [
            f"{given} {family}",
            f"{rng.choice(TITLES)} {given} {family}",
            f"{family}, {given}",
            f"{variant(given, rng)} {variant(family, rng)}",
            f"{given} {typo(family, rng)}",
            family,
        ]
        mentions.extend((form, entity) for form in rng.sample(forms, rng.randint(1, 6)))
    return mentions[:count]


def synthetic_names(count: int, seed: int = 7) -> list[str]:
    return [name for name, _ in synthetic_mentions(count, seed)]


def quality(mentions: list[tuple[str, int]], result: EntityResolution) -> tuple[int, int]:
    """(entities mixing two true entities, true entities split over several entities).

    Surface names made for two true entities (a shared bare surname) are left out of
    both counts: they are ambiguous by construction.
    """
    truth: dict[str, set[int]] = {}
    for name, entity in mentions:
        truth.setdefault(name, set()).add(entity)
    clear = {name: next(iter(ids)) for name, ids in truth.items() if len(ids) == 1}
    mixed = sum(
        len({clear[name] for name in entity.names if name in clear}) > 1
        for entity in result.entities
    )
    homes: dict[int, set[str]] = {}
    for name, entity_id in clear.items():
        homes.setdefault(entity_id, set()).add(result.entity_of(name).id)
    split = sum(len(ids) > 1 for ids in homes.values())
    return mixed, split


def main(sizes: list[int]) -> None:
    calls = 0

    def counting_compare(p: Profile, q: Profile, *, threshold: float) -> tuple[NameMatch, bool]:
        nonlocal calls
        calls += 1
        return compare(p, q, threshold=threshold)

    # Count comparisons by wrapping the comparator the resolver calls.
    setattr(resolve_module, "compare", counting_compare)  # noqa: B010
    print(
        f"{'names':>8} {'distinct':>8} {'entities':>8} {'ambiguous':>9} "
        f"{'comparisons':>11} {'all pairs':>13} {'seconds':>8} {'mixed':>6} {'split':>6}"
    )
    for size in sizes:
        mentions = synthetic_mentions(size)
        names = [name for name, _ in mentions]
        calls = 0
        start = time.perf_counter()
        result = resolve_entities(names)
        elapsed = time.perf_counter() - start
        distinct = len(set(names))
        mixed, split = quality(mentions, result)
        print(
            f"{size:>8} {distinct:>8} {len(result.entities):>8} {len(result.ambiguous):>9} "
            f"{calls:>11} {distinct * (distinct - 1) // 2:>13} {elapsed:>8.2f} "
            f"{mixed:>6} {split:>6}"
        )
    setattr(resolve_module, "compare", compare)  # noqa: B010


if __name__ == "__main__":
    main([int(arg) for arg in sys.argv[1:]] or [10_000, 100_000])
