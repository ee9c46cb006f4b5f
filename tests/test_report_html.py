"""The HTML report and its pictures: self-contained, escaped, readable at scale."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from reconcile.pipeline import Result, reconcile
from reconcile.report import build_report, graph_svg, render_html, timeline_svg
from reconcile.report._svg import MAX_LEGEND
from reconcile.synthetic import generate
from reconcile.values import Quantity
from tests.helpers import claim, doc


@pytest.fixture(scope="module")
def crowded() -> Result:
    """Ten evolving questions, each reported about 200 times by a hundred sources."""
    data = generate(2000, sources=100, claims_per_question=200, evolving_share=1.0, seed=1)
    return reconcile(data.claims, data.documents)


def test_the_page_fetches_nothing_and_runs_nothing(crowded: Result) -> None:
    page = render_html(crowded)
    assert [] == re.findall(r"<script|<link|<iframe|<object|@import|url\((?!#)", page)
    assert [] == re.findall(r'\b(?:src|href)="(?!#)', page)
    assert "Content-Security-Policy" in page


def test_hostile_text_is_escaped() -> None:
    evil = '<script>alert(1)</script><img src=x onerror="alert(2)">'
    result = reconcile([claim("1", "a", Quantity.exact(3), subject=evil)], [doc("a", evil)])
    page = render_html(result, title=evil)
    assert "<script>" not in page
    assert "<img" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_only_web_addresses_become_links() -> None:
    docs = [
        doc("a", url="javascript:alert(1)", title="A"),
        doc("b", url=" https://example.org/b ", title="B"),
    ]
    claims = [claim("1", "a", Quantity.exact(3)), claim("2", "b", Quantity.exact(3))]
    page = render_html(reconcile(claims, docs))
    assert ["https://example.org/b"] == re.findall(r'href="([^"#]*)"', page)
    assert "javascript:alert(1)" in page


def test_pictures_are_well_formed_svg(crowded: Result) -> None:
    for question in build_report(crowded).questions:
        for svg in (timeline_svg(question), graph_svg(question)):
            assert "svg" == ET.fromstring(svg).tag.rpartition("}")[2]


def test_pictures_stay_readable_at_a_hundred_sources(crowded: Result) -> None:
    report = build_report(crowded)
    question = max(report.questions, key=lambda q: len({p.source for p in q.timeline}))
    assert len({p.source for p in question.timeline}) > MAX_LEGEND * 5
    timeline = ET.fromstring(timeline_svg(question))
    # Past the legend limit the colours follow status; no legend of a hundred names.
    assert "coloured by status" in "".join(timeline.itertext())
    assert float(timeline.get("height", "0")) <= 300
    graph = ET.fromstring(graph_svg(question))
    assert float(graph.get("width", "0")) <= 1000
    assert float(graph.get("height", "0")) <= 1200


def test_a_few_sources_get_a_legend_of_their_names() -> None:
    docs = [doc("a", "Wire", day=1), doc("b", "Daily", day=3)]
    claims = [
        claim("1", "a", Quantity.exact(25), attribute="injured"),
        claim("2", "b", Quantity.exact(47), attribute="injured"),
    ]
    [question] = build_report(reconcile(claims, docs)).questions
    text = "".join(ET.fromstring(timeline_svg(question)).itertext())
    assert "Wire" in text
    assert "Daily" in text


def test_every_picture_has_ids_unique_on_the_page(crowded: Result) -> None:
    ids = re.findall(r'\bid="([^"]+)"', render_html(crowded))
    assert len(ids) == len(set(ids))


def test_a_question_without_numbers_has_no_timeline() -> None:
    from reconcile.values import Label

    result = reconcile([claim("1", "a", Label("x"), attribute="status")], [doc("a")])
    [question] = build_report(result).questions
    assert ("", False) == (timeline_svg(question), question.has_timeline)


def _section_of(page: str, title: str) -> str:
    start = page.index(title)
    return page[start : page.index("</section>", start)]


def _without_quotes(text: str) -> str:
    return re.sub(r"<blockquote>.*?</blockquote>", "", text)


def test_a_single_source_card_shows_its_value_once() -> None:
    docs = [doc("a", outlet="Antiwar.com")]
    claims = [claim("1", "a", Quantity.exact(900), place="Syria")]
    page = render_html(reconcile(claims, docs))
    card = _without_quotes(_section_of(page, "US troops in Syria: deployed"))
    assert 1 == card.count("900")
    assert "1 independent source: Antiwar.com" in card


def test_the_guide_describes_only_the_pictures_the_report_has() -> None:
    quiet = render_html(reconcile([claim("1", "a", Quantity.exact(900))], [doc("a")]))
    assert "Pictures" not in quiet
    assert "timeline" not in quiet.split("How to read this report")[1].split("</details>")[0]
    disputed = render_html(
        reconcile(
            [claim("1", "a", Quantity.exact(900)), claim("2", "b", Quantity.exact(2500))],
            [doc("a", outlet="Wire"), doc("b", outlet="Daily")],
        )
    )
    guide = disputed.split("How to read this report")[1].split("</details>")[0]
    assert "the graph shows the competing figures" in guide
    assert "timeline" not in guide
    assert "<svg" in disputed


def test_timeline_dots_sit_inside_the_plot_and_one_days_reports_stay_apart() -> None:
    # Four outlets report the same toll on the first day, one a higher toll a day later.
    docs = [doc(f"d{i}", outlet=f"Outlet {i}", day=1) for i in range(4)]
    docs.append(doc("late", outlet="Late", day=2))
    claims = [
        claim(f"c{i}", f"d{i}", Quantity.exact(12), subject="people", attribute="killed")
        for i in range(4)
    ]
    claims.append(claim("l", "late", Quantity.exact(21), subject="people", attribute="killed"))
    [question] = build_report(reconcile(claims, docs)).questions
    svg = ET.fromstring(timeline_svg(question))
    ns = "{http://www.w3.org/2000/svg}"
    frame = svg.find(f"{ns}rect")
    assert frame is not None
    left = float(frame.get("x", "0"))
    right = left + float(frame.get("width", "0"))
    # Each report is a <g> with its tip: a circle, or a square once superseded.
    marks = [m for g in svg.iter(f"{ns}g") for m in g if m.tag in (f"{ns}circle", f"{ns}rect")]
    dots = [
        (float(m.get("cx", "0")), float(m.get("cy", "0")))
        if m.tag.endswith("circle")
        else (float(m.get("x", "0")) + 3.5, float(m.get("y", "0")) + 3.5)
        for m in marks
    ]
    assert 5 == len(dots)
    assert all(left + 4 <= x <= right - 4 for x, _ in dots)
    assert 5 == len(set(dots))
