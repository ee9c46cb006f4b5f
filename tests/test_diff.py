"""What changed between two runs: `reconcile diff`, `--since`, and the diff's properties."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from reconcile.cli import main
from reconcile.diff import OPPOSITE, ChangeKind, Changes, diff_results, read_result
from reconcile.errors import InvalidInput, NoSuchPath, SchemaError
from reconcile.inputs import load_input
from reconcile.model import Claim, Document
from reconcile.output import result_to_record
from reconcile.pipeline import reconcile
from reconcile.testing import claim_sets
from reconcile.values import Quantity
from tests.helpers import NEXT_DAY_ARTICLES

ROOT = Path(__file__).resolve().parents[1]
MARKET = ROOT / "examples" / "market_strike" / "articles"
KILLED = "strike (2025-03-09) / e:people:killed"
VOTE = "Security Council resolution (2025-03-11) / e:"


def _record(folder: Path) -> dict[str, Any]:
    loaded = load_input(folder)
    return result_to_record(reconcile(loaded.claims, loaded.documents, rejected=loaded.rejected))


@pytest.fixture
def next_day(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    shutil.copytree(MARKET, folder)
    for name, text in NEXT_DAY_ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _rows(changes: Changes) -> list[tuple[str, str, str | None, str | None]]:
    return [(c.kind.value, c.target, c.before, c.after) for c in changes.changes]


def test_two_runs_a_day_apart_list_exactly_the_changes(next_day: Path) -> None:
    changes = diff_results(_record(MARKET), _record(next_day))
    assert [
        ("new_document", "05_gazette_2025-03-13.txt", None, "Harbour Gazette"),
        ("new_document", "06_courier_2025-03-13.txt", None, "Daily Courier"),
        ("new_source", "author:pavel novak", None, "Harbour Gazette"),
        (
            "new_question",
            "strike (2025-03-09) / e:supporters:attended",
            None,
            "single_source, best About 2,000 (low 1,800, high 2,200)",
        ),
        ("new_contradiction", f"{KILLED}#2 and {KILLED}#3", None, "21 vs 23"),
        ("updated_figure", KILLED, "21 (low 21, high 25)", "21 (low 21, high 23)"),
        ("changed_status", f"{VOTE}members:abstained", "single_source", "confirmed"),
        ("changed_status", f"{VOTE}members:voted_for", "single_source", "confirmed"),
        (
            "changed_status",
            f"{VOTE}regional-peace-and-security-council:vote",
            "single_source",
            "confirmed",
        ),
        (
            "changed_status",
            f"{VOTE}security-council-resolution-2025-03-11:date",
            "single_source",
            "confirmed",
        ),
    ] == _rows(changes)
    assert "fingerprint" == changes.matched_by
    assert _rows(changes) == _rows(
        diff_results(_without_fingerprints(_record(MARKET)), _record(next_day))
    )


def test_each_change_carries_the_quotes_and_sources_behind_it(next_day: Path) -> None:
    changes = diff_results(_record(MARKET), _record(next_day))
    [updated] = [c for c in changes.changes if c.kind is ChangeKind.UPDATED_FIGURE]
    assert {("Harbour Gazette", "23"), ("Harbour Gazette", "21")} == {
        (e.source, e.value) for e in updated.evidence
    }
    assert all(e.quote and "revising its earlier toll of 21" in e.quote for e in updated.evidence)
    [contradiction] = [c for c in changes.changes if c.kind is ChangeKind.NEW_CONTRADICTION]
    assert {"Daily Courier", "Continental Times", "Northern Wire", "Harbour Gazette"} == {
        e.source for e in contradiction.evidence
    }


def test_a_run_compared_with_itself_has_no_changes() -> None:
    record = _record(MARKET)
    assert Changes((), "fingerprint") == diff_results(record, record)
    assert Changes((), "id") == diff_results(record, _without_fingerprints(record))


def _claim(claim_id: str, document: str, figure: int) -> Claim:
    return Claim(
        id=claim_id,
        document=document,
        subject="US troops",
        attribute="deployed",
        place="Iraq",
        value=Quantity.exact(figure),
    )


DOCS = [Document(d, outlet=f"Outlet {d}", published=dt.date(2024, 1, 27)) for d in ("a", "b", "c")]


def test_a_claim_read_again_with_another_figure_moves_to_that_figure() -> None:
    # matched by id (results of schema 1.1): a fingerprint names the figure too, so the
    # claim with its new figure would be another claim
    before = [_claim("1", "a", 2500), _claim("2", "b", 2500), _claim("3", "c", 900)]
    after = [*before[:2], _claim("3", "c", 2500)]
    changes = diff_results(
        _without_fingerprints(result_to_record(reconcile(before, DOCS))),
        _without_fingerprints(result_to_record(reconcile(after, DOCS))),
    )
    question = "e:us-troops:deployed@e:iraq"
    assert [
        ("vanished_contradiction", f"{question}#1 and {question}#2", "900 vs 2,500", None),
        (
            "updated_figure",
            question,
            "2,500 (low 900, high 2,500)",
            "2,500 (low 2,500, high 2,500)",
        ),
        ("changed_status", question, "contested", "confirmed"),
        ("moved_claim", "3", f"{question}#1 (900)", f"{question}#1 (2,500)"),
    ] == _rows(changes)


def _with_fingerprints(record: dict[str, Any], by_document: dict[str, str]) -> dict[str, Any]:
    # A fingerprint per claim (schema 1.2) that survives a change of its id.
    copy: dict[str, Any] = json.loads(json.dumps(record))
    for claim in copy["claims"]:
        claim["fingerprint"] = by_document[claim["document"]]
    return copy


def _without_fingerprints(record: dict[str, Any]) -> dict[str, Any]:
    # A result as schema 1.1 wrote it, before claims carried fingerprints.
    copy: dict[str, Any] = json.loads(json.dumps(record))
    copy["schema_version"] = "1.1"
    for claim in copy["claims"]:
        del claim["fingerprint"]
    return copy


def test_claims_are_matched_by_fingerprint_when_both_runs_carry_one() -> None:
    before = [_claim("1", "a", 2500), _claim("2", "b", 900)]
    # the same claims under each other's ids, as ids made of offsets can after an edit
    after = [_claim("2", "a", 2500), _claim("1", "b", 900)]
    old = _without_fingerprints(result_to_record(reconcile(before, DOCS)))
    new = _without_fingerprints(result_to_record(reconcile(after, DOCS)))
    by_id = diff_results(old, new)
    assert "id" == by_id.matched_by
    assert ["1", "2"] == [c.target for c in by_id.changes if c.kind is ChangeKind.MOVED_CLAIM]
    fingerprints = {"a": "a|2,500", "b": "b|900"}
    by_fingerprint = diff_results(
        _with_fingerprints(old, fingerprints), _with_fingerprints(new, fingerprints)
    )
    assert Changes((), "fingerprint") == by_fingerprint
    assert by_id == diff_results(old, _with_fingerprints(new, fingerprints))


@st.composite
def _two_runs(draw: st.DrawFn) -> tuple[dict[str, Any], dict[str, Any]]:
    docs, claims = draw(claim_sets(max_size=12))
    kept = draw(st.sets(st.sampled_from([d.id for d in docs])))
    earlier = [c for c in claims if c.document in kept]
    other_docs, other_claims = draw(claim_sets(max_size=6))
    later = [*claims, *(attrs.evolve(c, id=f"n{c.id}") for c in other_claims)]
    every_doc = {d.id: d for d in [*other_docs, *docs]}
    return (
        result_to_record(reconcile(earlier, [every_doc[d] for d in sorted(kept)])),
        result_to_record(reconcile(later, list(every_doc.values()))),
    )


@given(claim_sets(max_size=15))
def test_property_a_result_compared_with_itself_has_no_changes(
    data: tuple[tuple[Document, ...], tuple[Claim, ...]],
) -> None:
    docs, claims = data
    record = result_to_record(reconcile(claims, docs))
    assert () == diff_results(record, record).changes


@given(_two_runs(), st.booleans())
def test_property_what_is_new_one_way_is_gone_the_other_way(
    runs: tuple[dict[str, Any], dict[str, Any]], by_id: bool
) -> None:
    a, b = (_without_fingerprints(r) for r in runs) if by_id else runs
    forward, backward = diff_results(a, b), diff_results(b, a)
    for new, gone in OPPOSITE.items():
        assert [(c.target, c.after, c.evidence) for c in forward.changes if c.kind is new] == [
            (c.target, c.before, c.evidence) for c in backward.changes if c.kind is gone
        ]
        assert [(c.target, c.before, c.evidence) for c in forward.changes if c.kind is gone] == [
            (c.target, c.after, c.evidence) for c in backward.changes if c.kind is new
        ]
    # a move one way is a move back the other way
    moved = ChangeKind.MOVED_CLAIM
    assert sorted((c.before, c.after) for c in forward.changes if c.kind is moved) == sorted(
        (c.after, c.before) for c in backward.changes if c.kind is moved
    )


@pytest.fixture
def two_runs(next_day: Path, tmp_path: Path) -> tuple[Path, Path]:
    old, new = tmp_path / "monday.json", tmp_path / "tuesday.json"
    assert 0 == main(["run", str(MARKET), "-o", str(old)])
    assert 0 == main(["run", str(next_day), "-o", str(new)])
    return old, new


def test_diff_writes_markdown_on_standard_output(
    two_runs: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = two_runs
    assert 0 == main(["diff", str(old), str(new)])
    out = capsys.readouterr().out
    assert out.startswith("## What changed since the last run\n")
    assert "### Figures updated\n\n- strike (2025-03-09) / e:people:killed: 21 (low 21" in out
    assert '"About 2,000 mourners attended the first funerals' in out


def test_diff_writes_json_html_and_markdown_files(
    two_runs: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = two_runs
    assert 0 == main(["diff", str(old), str(new), "--format", "json"])
    record = json.loads(capsys.readouterr().out)
    assert ["changes", "matched_by"] == sorted(record)
    assert 10 == len(record["changes"])
    first = record["changes"][0]
    assert ["after", "before", "evidence", "kind", "target"] == sorted(first)
    assert {"claim", "document", "quote", "source", "value"} == set(first["evidence"][0])
    for name in ("changes.json", "changes.html", "changes.md"):
        assert 0 == main(["diff", str(old), str(new), "-o", str(tmp_path / name)])
    page = (tmp_path / "changes.html").read_text()
    assert page.startswith("<!DOCTYPE html>")
    assert "Content-Security-Policy" in page
    assert "<h3>New contradictions</h3>" in page
    assert record == json.loads((tmp_path / "changes.json").read_text())
    assert 2 == main(["diff", str(old), str(new), "-o", str(tmp_path / "changes.txt")])
    assert "known extensions" in capsys.readouterr().err


def test_run_since_adds_the_changes_as_a_section_of_the_result(
    two_runs: tuple[Path, Path], next_day: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, _ = two_runs
    out = tmp_path / "since.json"
    assert 0 == main(["run", str(next_day), "--since", str(old), "-o", str(out)])
    result = json.loads(out.read_text())
    assert 0 == main(["diff", str(old), str(two_runs[1]), "--format", "json"])
    assert json.loads(capsys.readouterr().out)["changes"] == result["changes"]
    del result["changes"]
    assert json.loads(two_runs[1].read_text()) == result
    # the result with its changes still reads as a result, and compares as itself
    assert () == diff_results(read_result(out), read_result(two_runs[1])).changes


def test_report_since_puts_what_changed_at_the_top(
    two_runs: tuple[Path, Path], next_day: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, _ = two_runs
    assert 0 == main(["report", str(next_day), "--since", str(old)])
    lines = capsys.readouterr().out.splitlines()
    assert ["# Reconciliation report", "", "## What changed since the last run"] == lines[:3]
    assert lines.index("### New sources") < lines.index("## Contested")
    html = tmp_path / "report.html"
    assert 0 == main(["report", str(next_day), "--since", str(old), "-o", str(html)])
    page = html.read_text()
    assert page.index('<section id="changes">') < page.index("Contested")
    report = tmp_path / "report.json"
    assert 0 == main(["report", str(next_day), "--since", str(old), "-o", str(report)])
    changes = json.loads(report.read_text())["changes"]
    assert 10 == len(changes["changes"])
    assert "fingerprint" == changes["matched_by"]
    assert 0 == main(["report", str(MARKET), "--since", str(old)])
    assert "Nothing changed." in capsys.readouterr().out


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{\n  "schema_version": "1.1",\n  oops\n}', "line 3: not a result JSON: not JSON"),
        ("[1, 2]", "not a result JSON: expected an object at the top"),
        ('{"summary": {}}', "field 'schema_version': not a result JSON: it has no schema_version"),
        (
            '{"schema_version": "9.0"}',
            "field 'schema_version': unknown schema version '9.0'; this reconcile reads 1.0",
        ),
        ('{"report_schema_version": "1", "title": "x"}', "a report JSON, not a result JSON"),
        ('{"schema_version": "1.1", "claims": {}}', "field 'sources': a result JSON has a list"),
    ],
)
def test_a_file_that_is_not_a_result_is_named_in_a_clear_error(
    text: str, message: str, two_runs: tuple[Path, Path], tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    bad = _write(tmp_path / "bad.json", text)
    with pytest.raises(SchemaError, match=r"bad\.json"):
        read_result(bad)
    assert 2 == main(["diff", str(two_runs[0]), str(bad)])
    err = capsys.readouterr().err
    assert f"reconcile: {bad}" in err
    assert message in err
    assert "Traceback" not in err


def test_a_bad_record_deep_inside_is_named_by_its_field(
    two_runs: tuple[Path, Path], tmp_path: Path
) -> None:
    record = json.loads(two_runs[0].read_text())
    record["claims"][3]["document"] = 7
    bad = _write(tmp_path / "bad.json", json.dumps(record))
    with pytest.raises(SchemaError, match=r"field 'claims\[3\]\.document': must be a string"):
        read_result(bad)


def test_a_missing_file_a_folder_or_bytes_are_clear_errors(
    two_runs: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(NoSuchPath):
        read_result(tmp_path / "gone.json")
    with pytest.raises(InvalidInput, match="is a folder"):
        read_result(tmp_path)
    with pytest.raises(SchemaError, match="not UTF-8"):
        read_result(_bytes(tmp_path / "latin.json"))
    assert 2 == main(["diff", str(tmp_path / "gone.json"), str(two_runs[1])])
    assert "no such file or folder" in capsys.readouterr().err


def _bytes(path: Path) -> Path:
    path.write_bytes(b'{"schema_version": "1.1", "x": "\xe9"}')
    return path


def test_run_since_a_bad_file_fails_before_writing_anything(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = _write(tmp_path / "old.json", "not json")
    out = tmp_path / "out.json"
    assert 2 == main(["run", str(MARKET), "--since", str(bad), "-o", str(out)])
    assert not out.exists()
    assert 2 == main(["report", str(MARKET), "--since", str(bad)])
    assert "" == capsys.readouterr().out


def test_text_from_the_input_is_escaped_in_markdown_and_html(tmp_path: Path) -> None:
    hostile = "</q><script>alert(1)</script> # [x](javascript:alert(1))"
    docs = [*DOCS, Document("d", outlet=hostile, published=dt.date(2024, 1, 28))]
    before = [_claim("1", "a", 2500)]
    after = [*before, attrs.evolve(_claim("2", "d", 2500), subject=hostile)]
    old = tmp_path / "old.json"
    new = tmp_path / "new.json"
    old.write_text(json.dumps(result_to_record(reconcile(before, DOCS))))
    new.write_text(json.dumps(result_to_record(reconcile(after, docs))))
    for name in ("changes.html", "changes.md"):
        assert 0 == main(["diff", str(old), str(new), "-o", str(tmp_path / name)])
    page = (tmp_path / "changes.html").read_text()
    assert "<script" not in page
    assert "&lt;script&gt;" in page
    markdown = (tmp_path / "changes.md").read_text()
    assert "<script" not in markdown
    assert "\\[x\\](javascript:alert(1))" in markdown  # brackets escaped: no link
