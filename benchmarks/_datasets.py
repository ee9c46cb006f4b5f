"""Readers for the truth-discovery benchmark data in ../shared/data/truth (not shipped)."""

from __future__ import annotations

import csv
from pathlib import Path

from reconcile.truth import ClaimTable, TruthClaim

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "truth"

FLIGHT_ATTRIBUTES = ("sched_dep_time", "act_dep_time", "sched_arr_time", "act_arr_time")
#: The airline sites: they also supply the gold, so results are shown without them too.
FLIGHT_AIRLINES = ("CO", "aa", "ua")


def flight() -> tuple[ClaimTable, dict[tuple[str, str], str]]:
    """One day (2011-12-01) of Flight: raw time strings, gold from the airlines."""
    folder = DATA / "flight" / "raha_flights_2011-12-01"
    claims = []
    with (folder / "dirty.csv").open(newline="") as handle:
        for row in csv.DictReader(handle):
            for attribute in FLIGHT_ATTRIBUTES:
                claims.append(TruthClaim(row["src"], row["flight"], attribute, row[attribute]))
    gold: dict[tuple[str, str], str] = {}
    names = ("flight", "sched_dep_time", "act_dep_time", "gate", "sched_arr_time", "act_arr_time")
    truth = DATA / "flight" / "flight_truth" / "2011-12-01-truth.txt"
    for line in truth.read_text().splitlines():
        cells = dict(zip(names, line.split("\t"), strict=False))
        for attribute in FLIGHT_ATTRIBUTES:
            if cells.get(attribute, "").strip():
                gold[(cells["flight"], attribute)] = cells[attribute]
    return ClaimTable(claims), gold


def book() -> tuple[ClaimTable, dict[tuple[str, str], str]]:
    """AbeBooks authors: bookstore, ISBN, title, author string; 100 gold books."""
    folder = DATA / "book"
    claims = []
    text = (folder / "book.txt").read_bytes().decode("latin-1")
    for line in text.splitlines():
        cells = line.split("\t")
        if len(cells) >= 4 and cells[0].strip() and cells[1].strip():
            claims.append(TruthClaim(cells[0].strip(), cells[1].strip(), "authors", cells[3]))
    gold = {}
    for line in (folder / "book_golden.txt").read_text(encoding="latin-1").splitlines():
        cells = line.split("\t")
        if len(cells) >= 2:
            gold[(cells[0].strip(), "authors")] = cells[1]
    return ClaimTable(claims), gold


def population(
    name: str = "population-new-new.txt",
) -> tuple[ClaimTable, dict[tuple[str, str], str]]:
    """Wikipedia city populations (city_year objects, editors as sources); 308 gold."""
    folder = DATA / "population"
    claims = []
    for line in (folder / name).read_text(encoding="utf-8", errors="replace").splitlines():
        cells = line.split("\t")
        if len(cells) >= 3 and cells[0].strip():
            claims.append(
                TruthClaim(cells[1].strip(), cells[0].strip(), "population", cells[2].strip())
            )
    gold = {}
    for line in (folder / "population-gd.txt").read_text().splitlines():
        cells = [c.strip() for c in line.split(",")]
        if len(cells) >= 3:
            city, year, value = ", ".join(cells[:-2]), cells[-2], cells[-1]
            gold[(f"{city}_{year}", "population")] = value
    return ClaimTable(claims), gold
