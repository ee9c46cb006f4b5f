"""Claim fingerprints: one name per claim that survives re-extraction and new articles."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
from hypothesis import given
from hypothesis import strategies as st

from reconcile.cli import main
from reconcile.fingerprint import claim_fingerprint, is_fingerprint
from reconcile.model import Claim, Evidence
from reconcile.values import Quantity
from tests.helpers import FLOOD, FLOOD_NEXT_DAY, write_articles

SENTENCE = "5 soldiers and 5 civilians were killed in the raid."


def _killed(subject: str, *, quote: str = SENTENCE, start: int = 0, **kw: Any) -> Claim:
    return Claim(
        id=kw.pop("id", subject),
        document=kw.pop("document", "a.txt"),
        subject=subject,
        attribute="killed",
        value=kw.pop("value", Quantity.exact(5, text="5")),
        evidence=Evidence(quote, start, start + len(quote)) if quote else None,
        **kw,
    )


@given(
    claim_id=st.text(min_size=1).filter(str.strip),
    start=st.integers(0, 10**6),
    event=st.none() | st.text(min_size=1).filter(str.strip),
)
def test_a_fingerprint_ignores_the_run_local_id_the_offsets_and_the_event(
    claim_id: str, start: int, event: str | None
) -> None:
    moved = _killed("civilians", id=claim_id, start=start, event=event)
    assert claim_fingerprint(_killed("civilians")) == claim_fingerprint(moved)


def test_white_space_in_the_quote_changes_no_fingerprint() -> None:
    spaced = SENTENCE.replace(" ", "  \n")
    assert claim_fingerprint(_killed("civilians")) == claim_fingerprint(
        _killed("civilians", quote=spaced)
    )


def test_two_claims_of_one_sentence_sharing_a_figure_are_told_apart_by_subject() -> None:
    soldiers, civilians = (
        claim_fingerprint(_killed("soldiers")),
        claim_fingerprint(_killed("civilians")),
    )
    assert soldiers != civilians
    assert is_fingerprint(soldiers)
    assert is_fingerprint(civilians)


def test_a_figure_said_once_in_its_quote_is_named_without_its_subject() -> None:
    quote = "Five soldiers and 5 civilians were killed in the raid."
    # A better subject from a later extractor leaves the fingerprint as it was.
    assert claim_fingerprint(_killed("civilians", quote=quote)) == claim_fingerprint(
        _killed("civilians in the market", quote=quote)
    )


def test_the_document_quote_figure_and_attribute_each_change_the_fingerprint() -> None:
    base = claim_fingerprint(_killed("civilians"))
    changed = [
        _killed("civilians", document="b.txt"),
        _killed("civilians", quote=SENTENCE.replace("raid", "attack")),
        _killed("civilians", value=Quantity.exact(6, text="6")),
        attrs.evolve(_killed("civilians"), attribute="injured"),
    ]
    assert base not in {claim_fingerprint(c) for c in changed}


def test_a_claim_without_a_quote_is_named_by_subject_place_and_time_scope() -> None:
    plain = _killed("civilians", quote="")
    assert claim_fingerprint(plain) == claim_fingerprint(attrs.evolve(plain, id="other"))
    elsewhere = attrs.evolve(plain, place="Aldby")
    assert claim_fingerprint(plain) != claim_fingerprint(elsewhere)
    assert claim_fingerprint(plain) != claim_fingerprint(_killed("soldiers", quote=""))


def _run(folder: Path, out: Path) -> dict[str, Any]:
    assert 0 == main(["run", str(folder), "-o", str(out)])
    result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return result


def test_fingerprints_survive_re_extraction_and_a_new_article(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    write_articles(articles, FLOOD)
    before = _run(articles, tmp_path / "before.json")
    write_articles(articles, FLOOD_NEXT_DAY)
    after = _run(articles, tmp_path / "after.json")
    old = {c["fingerprint"] for c in before["claims"]}
    kept = {c["fingerprint"] for c in after["claims"] if not c["document"].startswith("05")}
    assert old == kept
    assert len(old) == len(before["claims"])
