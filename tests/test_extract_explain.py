"""Every figure's fate: the claims it became, or the reason it became none."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from reconcile.cli import main
from reconcile.extract import (
    UNACCOUNTED,
    articles_from_texts,
    extract_claims,
    figure_fates,
    load_articles,
    render_explain,
)

STRIKE = Path(__file__).resolve().parent.parent / "examples" / "market_strike" / "articles"


def test_each_figure_is_claimed_or_passed_over_with_a_reason() -> None:
    corpus = articles_from_texts(
        [("a", "Floods killed 40 people on Monday, officials said on Tuesday. Call 555-0101.")],
        published=dt.date(2024, 3, 6),
    )
    extraction = extract_claims(corpus)
    (article,) = figure_fates(corpus, extraction)
    fates = {f.text: (f.is_claimed, f.reason) for f in article.fates}
    assert (True, "") == fates["40"]
    assert (False, "when a source spoke, not when anything happened") == fates["Tuesday"]
    assert all(f.is_claimed or f.reason for f in article.fates)
    assert UNACCOUNTED not in {f.reason for f in article.fates}


def test_coverage_counts_claimed_figures_over_all_figures() -> None:
    corpus = articles_from_texts(
        [("a", "Twelve people died. Many others fled in 2019.")], published=dt.date(2024, 3, 6)
    )
    (article,) = figure_fates(corpus, extract_claims(corpus))
    # "Twelve" and "2019" (the date of "fled", as written) are claims; "Many" is vague
    assert (2, 3) == (article.claimed, len(article.fates))


def test_the_explain_view_marks_each_figure_and_gives_the_coverage() -> None:
    corpus = load_articles(STRIKE)
    extraction = extract_claims(corpus)
    text = render_explain(figure_fates(corpus, extraction), extraction)
    assert "[at least 12 => killed] civilians" in text
    assert "[Monday -- when a source spoke, not when anything happened]" in text
    assert text.rstrip().endswith("figures became claims (86%)")


def test_the_extract_command_explains_with_a_flag(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert 0 == main(["extract", str(STRIKE), "--explain"])
    out = capsys.readouterr().out
    assert out.startswith("== 01_wire_2025-03-10.txt: 4 of 5 figures became claims (80%)")


@pytest.mark.shared
def test_every_figure_of_the_dev_corpus_has_a_fate(shared_dir: Path, tmp_path: Path) -> None:
    corpus_dir = shared_dir / "corpus" / "dev"
    if not corpus_dir.is_dir():
        pytest.skip(f"no development corpus at {corpus_dir}")
    gaps: list[tuple[str, str]] = []
    figures = 0
    for event in sorted(p for p in corpus_dir.iterdir() if p.is_dir()):
        folder = tmp_path / event.name  # the articles only: GOLD.md is no article
        folder.mkdir()
        for path in event.glob("*.txt"):
            shutil.copy(path, folder / path.name)
        corpus = load_articles(folder)
        for article in figure_fates(corpus, extract_claims(corpus)):
            figures += len(article.fates)
            gaps += [(article.document, f.text) for f in article.fates if f.reason == UNACCOUNTED]
    assert figures > 500
    assert [] == gaps


def test_the_extraction_lists_its_events_with_their_words_days_and_documents() -> None:
    extraction = extract_claims(load_articles(STRIKE))
    strike = next(e for e in extraction.events if e.type == "attack")
    assert ("strike (2025-03-09)", ("attack", "strike")) == (strike.name, strike.triggers)
    assert 4 == len(strike.documents)
    assert {e.name for e in extraction.events} == {c.event for c in extraction.claims if c.event}


def test_a_figure_inside_a_longer_one_is_counted_once() -> None:
    corpus = articles_from_texts(
        [("a", "Friday, March 8, 2024\nFloods killed 14 people on Thursday.")],
        published=dt.date(2024, 3, 8),
    )
    (article,) = figure_fates(corpus, extract_claims(corpus))
    assert ["Friday, March 8, 2024", "14", "Thursday"] == [f.text for f in article.fates]
