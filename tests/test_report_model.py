"""The report model: one model, built from a result, behind every rendering."""

from __future__ import annotations

import html
import json
import random
import sys
from pathlib import Path

import pytest

from reconcile.entities import DEFAULT_ALIASES
from reconcile.io import read_aliases, read_claims
from reconcile.model import Claim, Evidence
from reconcile.normalize import entity_resolver
from reconcile.pipeline import Result, reconcile
from reconcile.report import (
    Report,
    build_report,
    render,
    render_html,
    render_json,
    render_markdown,
)
from reconcile.report._model import highlight_of
from reconcile.values import DateSpan, Hedge, Quantity, VoteOutcome, VoteResult
from reconcile.verdicts import Status
from tests.helpers import claim, doc

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "iraq_withdrawal"


@pytest.fixture(scope="module")
def example() -> Result:
    loaded = read_claims(EXAMPLE / "claims.jsonl")
    aliases = read_aliases(EXAMPLE / "aliases.json", base=DEFAULT_ALIASES)
    return reconcile(loaded.claims, loaded.documents, resolver=entity_resolver(aliases))


def _rising() -> Result:
    """An injured count rising from 25 to 47 over four days, one report hedged."""
    docs = [doc(f"d{day}", outlet=f"Outlet {day % 2}", day=day) for day in (1, 2, 3, 4)]
    values = [Quantity.exact(25), Quantity.hedged(30, Hedge.AT_LEAST), Quantity.exact(41)]
    values.append(Quantity.exact(47))
    claims = [
        claim(f"c{day}", f"d{day}", value, subject="protesters", attribute="injured", place=None)
        for day, value in zip((1, 2, 3, 4), values, strict=True)
    ]
    return reconcile(claims, docs)


def test_the_example_report_counts_and_sections_match_the_result(example: Result) -> None:
    report = build_report(example)
    assert (5, 24, 12, 1) == (
        report.summary.documents,
        report.summary.claims,
        report.summary.questions,
        report.summary.contested,
    )
    assert ["US-Iraq joint military commission: date formed"] == [q.title for q in report.contested]
    assert len(example.verdicts) == len(report.questions)


def test_contested_figures_carry_quotes_with_the_figure_highlighted(example: Result) -> None:
    [question] = build_report(example).contested
    highlighted = {
        q.text[q.highlight[0] : q.highlight[1]]
        for f in question.figures
        for q in f.quotes
        if q.highlight
    }
    assert {"last summer", "late last year"} == highlighted
    assert question.estimate is not None
    assert ("2023-06-01", "2023-12-31") == (question.estimate.low, question.estimate.high)


def test_figure_reasons_name_values_not_cluster_ids(example: Result) -> None:
    [question] = build_report(example).contested
    assert all("#" not in f.reason for f in question.figures)


def test_an_evolving_count_has_a_timeline_with_hedges_as_ranges() -> None:
    report = build_report(_rising())
    [question] = report.questions
    assert (True, True) == (question.updated, question.has_timeline)
    assert [25.0, 30.0, 41.0, 47.0] == [p.best for p in question.timeline]
    hedged = question.timeline[1]
    assert (30.0, float("inf")) == (hedged.low, hedged.high)


def test_trust_and_copy_groups_are_shown_only_when_given(example: Result) -> None:
    plain = build_report(example)
    assert (False, ()) == (plain.trust_estimated, plain.copy_groups)
    names = [s.name for s in plain.sources]
    report = build_report(
        example, trust={names[0]: 0.9}, copy_groups=[[names[1], names[0]], [names[2]]]
    )
    assert report.trust_estimated
    assert 0.9 == report.sources[0].trust
    assert [tuple(sorted(names[:2]))] == [g.sources for g in report.copy_groups]
    assert "| source | documents | claims | trust |" in render_markdown(report)
    assert "Copy groups" in render_html(report)


def test_rejected_input_is_listed_with_where_and_why(tmp_path: Path) -> None:
    bad = tmp_path / "claims.jsonl"
    bad.write_text('{"id": "x", "document": "d"}\n', encoding="utf-8")
    loaded = read_claims(bad)
    report = build_report(reconcile(loaded.claims, loaded.documents, rejected=loaded.rejected))
    [item] = report.rejected
    assert item.where is not None
    assert str(bad) in item.where
    assert html.escape(item.reason) in render_html(report)


def test_the_report_is_the_same_for_shuffled_input(example: Result) -> None:
    claims = [c.claim for c in example.claims]
    random.Random(3).shuffle(claims)
    shuffled = reconcile(claims, reversed(example.documents), resolver=None)
    again = reconcile([c.claim for c in example.claims], example.documents, resolver=None)
    assert render_json(again) == render_json(shuffled)


def test_json_is_the_report_model_field_by_field(example: Result) -> None:
    record = json.loads(render_json(example))
    assert {"summary", "contested", "updated", "confirmed", "single_source", "sources"} <= set(
        record
    )
    quote = record["contested"][0]["figures"][0]["quotes"][0]
    assert {"text", "highlight", "source", "published", "span"} <= set(quote)


def test_render_picks_a_renderer_by_format_name(example: Result) -> None:
    report = build_report(example)
    assert render_markdown(report) == render(report, "md")
    assert render(report, "html").startswith("<!DOCTYPE html>")
    with pytest.raises(ValueError, match="'fmt' must be one of"):
        render(report, "pdf")


def test_highlight_finds_the_figure_written_with_other_separators() -> None:
    assert (5, 10) == highlight_of("some 2 500 killed", Quantity.exact(2500))
    assert highlight_of("none here", Quantity.exact(7)) is None


def test_a_claim_without_a_quote_shows_its_value_instead() -> None:
    result = reconcile([claim("1", "a", Quantity.exact(3))], [doc("a")])
    [question] = build_report(result).single_source
    [quote] = question.figures[0].quotes
    assert (False, "3") == (quote.is_quote, quote.text)


def test_repr_html_is_a_fragment_with_its_own_style(example: Result) -> None:
    html = build_report(example)._repr_html_()
    assert html.startswith("<style>")
    assert "<html" not in html


def test_to_records_and_to_pandas_give_one_row_per_quote(example: Result) -> None:
    pandas = pytest.importorskip("pandas")
    report = build_report(example)
    rows = report.to_records("quotes")
    assert 24 == len(rows)
    frame = report.to_pandas("quotes")
    assert isinstance(frame, pandas.DataFrame)
    assert list(rows[0]) == list(frame.columns)


def test_to_pandas_without_pandas_says_how_to_get_it(
    example: Result, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match="pip install pandas"):
        build_report(example).to_pandas()


def test_unknown_table_is_refused(example: Result) -> None:
    with pytest.raises(ValueError, match="'table' must be one of"):
        build_report(example).to_records("verdicts")


def test_a_report_renders_a_result_or_itself_the_same(example: Result) -> None:
    report = build_report(example, title="T")
    assert isinstance(report, Report)
    assert render_html(example, title="T") == render_html(report)


def test_evidence_spans_and_attributions_reach_the_quotes(example: Result) -> None:
    [question] = build_report(example).contested
    quotes = [q for f in question.figures for q in f.quotes]
    assert all(q.span is not None for q in quotes)
    assert {"Mohammed Shia al-Sudani"} == {q.attribution for q in quotes if q.attribution}


def test_a_denied_figure_is_left_out_of_the_timeline() -> None:
    from reconcile.model import Modality

    docs = [doc("a", day=1), doc("b", day=2)]
    claims = [
        claim("1", "a", Quantity.exact(5), modality=Modality.DENIED),
        claim("2", "b", Quantity.exact(5)),
    ]
    questions = build_report(reconcile(claims, docs)).questions
    assert ["2"] == [p.claim for q in questions for p in q.timeline]


def test_status_words_cover_every_status() -> None:
    from reconcile.report._model import STATUS_WORDS

    assert set(Status) == set(STATUS_WORDS)


def test_claims_with_quotes_keep_their_whitespace_collapsed() -> None:
    c = Claim(
        id="1",
        document="a",
        subject="s",
        attribute="killed",
        value=Quantity.exact(3),
        evidence=Evidence("three\n   killed"),
    )
    [question] = build_report(reconcile([c], [doc("a")])).questions
    assert "three killed" == question.figures[0].quotes[0].text


def test_figure_reasons_replace_long_cluster_ids_before_their_prefixes() -> None:
    docs = [doc(f"d{i}", outlet=f"O{i}", day=1) for i in range(11)]
    claims = [claim(str(i), f"d{i}", Quantity.exact(10 + i)) for i in range(11)]
    report = build_report(reconcile(claims, docs))
    reasons = " ".join(f.reason for q in report.questions for f in q.figures)
    assert "#" not in reasons
    assert "100" not in reasons


def test_the_report_layer_never_reaches_into_the_graph_or_an_estimator() -> None:
    import ast

    package = Path(__file__).resolve().parents[1] / "src" / "reconcile" / "report"
    imported = {
        node.module
        for path in package.glob("*.py")
        for node in ast.walk(ast.parse(path.read_text()))
        if isinstance(node, ast.ImportFrom) and node.module
    }
    assert set() == {m for m in imported if m.split(".")[1:2] in (["graph"], ["truth"])}


def test_notebook_html_for_a_result_a_question_and_a_verdict(example: Result) -> None:
    from reconcile.report import html_repr

    [question] = build_report(example).contested
    assert "Reconciliation report" in html_repr(example)
    assert "<svg" in html_repr(question)
    [verdict] = [v for v in example.verdicts if v.status is Status.CONTESTED]
    shown = html_repr(verdict)
    assert "contested" in shown
    assert "last summer (2023-SU)" in shown


def _founding_dates() -> Result:
    """One outlet says the commission formed last summer, another late last year."""
    docs = [doc("cnn", outlet="Wire", day=24), doc("cradle", outlet="Cradle", day=11)]
    claims = [
        claim(
            "s",
            "cnn",
            DateSpan.parse("2023-SU", text="last summer"),
            subject="joint military commission",
            attribute="date formed",
            place=None,
        ),
        claim(
            "l",
            "cradle",
            DateSpan.parse("2023-late", text="late last year"),
            subject="joint military commission",
            attribute="date formed",
            place=None,
        ),
    ]
    return reconcile(claims, docs)


def test_a_tie_between_dates_is_broken_towards_the_earlier_date_and_says_so() -> None:
    result = _founding_dates()
    markdown = render_markdown(result)
    assert "**last summer (2023-SU)** (a tie, broken towards the earlier date)" in markdown
    assert "lower figure" not in markdown
    assert "broken towards the earlier date." in render_html(result)


def test_a_tie_between_figures_is_still_broken_towards_the_lower_figure() -> None:
    docs = [doc("a", outlet="Wire"), doc("b", outlet="Daily")]
    claims = [claim("1", "a", Quantity.exact(2500)), claim("2", "b", Quantity.exact(900))]
    assert "**900** (a tie, broken towards the lower figure)" in render_markdown(
        reconcile(claims, docs)
    )


def test_reasons_name_sources_quotes_and_dates_never_internal_ids(example: Result) -> None:
    report = build_report(example)
    ids = {c.id for c in example.claims} | {c.id for c in example.clustering.clusters}
    reasons = [f.reason for q in report.questions for f in q.figures]
    reasons += [link.reason for q in report.questions for link in q.links]
    reasons += [q.reason for q in report.questions]
    assert [] == [r for r in reasons if any(i in r for i in ids)]
    [commission] = [q for q in report.contested if "date formed" in q.title]
    [link] = commission.links
    assert "Antiwar.com, as of 2024-01-24:" in link.reason
    assert "the two sides formed last summer" in link.reason


def test_relation_reasons_in_the_result_name_no_claim_or_cluster_id(example: Result) -> None:
    ids = {c.id for c in example.claims} | {c.id for c in example.clustering.clusters}
    reasons = [r.reason for r in example.clustering.relations]
    reasons += [c.reason for v in example.verdicts for c in v.clusters]
    assert [] == [r for r in reasons if any(f"{i} " in r or f"{i})" in r for i in ids)]


def test_counts_take_the_right_number() -> None:
    result = reconcile([claim("1", "a", Quantity.exact(900))], [doc("a", outlet="Wire")])
    line = "1 document from 1 independent source; 1 claim about 1 question."
    assert line in render_markdown(result)
    assert line in render_html(result)


def _block(markdown: str, title: str) -> str:
    start = markdown.index(f"### {title}")
    end = markdown.find("\n### ", start + 1)
    return markdown[start : end if end >= 0 else len(markdown)]


def test_a_single_source_question_in_markdown_states_its_value_once() -> None:
    docs = [doc("a", outlet="Antiwar.com")]
    claims = [claim("1", "a", Quantity.exact(900), place="Syria")]
    block = _block(render_markdown(reconcile(claims, docs)), "US troops in Syria: deployed")
    lines = [line for line in block.splitlines() if not line.startswith("- (")]
    assert 1 == "\n".join(lines).count("900")
    assert "Source: Antiwar.com." in block


def test_the_markdown_report_has_the_sources_table(example: Result) -> None:
    markdown = render_markdown(example)
    table = markdown.split("## Sources\n", 1)[1]
    assert "| source | documents | claims |" in table
    assert "| Antiwar.com | 2 |" in table


def test_a_vote_shows_its_support_facet_by_facet() -> None:
    docs = [doc("a", outlet="Antiwar.com"), doc("b", outlet="AP"), doc("c", outlet="Cradle")]
    facets = [
        VoteOutcome(result=VoteResult.PASSED, unanimous=True),
        VoteOutcome(result=VoteResult.PASSED, binding=False),
        VoteOutcome(result=VoteResult.PASSED),
    ]
    claims = [
        claim(str(i), d.id, v, subject="Iraqi parliament", attribute="vote", place=None)
        for i, (d, v) in enumerate(zip(docs, facets, strict=True))
    ]
    result = reconcile(claims, docs)
    assert (
        "Facet by facet: passed: 3 sources (Antiwar.com, AP, Cradle); unanimous: 1 source "
        "(Antiwar.com); non-binding: 1 source (AP)." in render_markdown(result)
    )
    assert "<li>unanimous: 1 source (Antiwar.com)</li>" in render_html(result)


def test_a_bound_is_shown_as_consistent_with_the_figure_apart_from_its_sources() -> None:
    docs = [doc("a", outlet="Hospital"), doc("b", outlet="Wire"), doc("c", outlet="Post")]
    claims = [
        claim("h", "a", Quantity.range(20, 25), subject="people", attribute="killed"),
        claim("p", "c", Quantity.range(20, 25), subject="people", attribute="killed"),
        claim("w", "b", Quantity.hedged(14, Hedge.AT_LEAST), subject="people", attribute="killed"),
    ]
    result = reconcile(claims, docs)
    markdown = render_markdown(result)
    assert "Sources: Hospital, Post." in markdown
    assert "- consistent with it, not counted among its sources:\n  - (at least 14)" in markdown
    assert "2 independent sources: Hospital, Post" in render_html(result)
    assert "Consistent with it, not counted among its sources:" in render_html(result)
