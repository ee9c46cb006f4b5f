import json
import subprocess
import sys
from pathlib import Path

import pytest

from reconcile.cli import main

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "iraq_withdrawal"


def test_run_writes_the_result_schema(tmp_path: Path) -> None:
    out = tmp_path / "result.json"
    assert 0 == main(["run", str(EXAMPLE / "claims.jsonl"), "-o", str(out)])
    result = json.loads(out.read_text())
    assert {
        "schema_version",
        "documents",
        "claims",
        "clusters",
        "relations",
        "verdicts",
        "rejected",
    } <= set(result)
    claim = result["claims"][0]
    assert {"id", "document", "subject", "attribute", "value", "quote", "span", "cluster"} <= set(
        claim
    )


def test_report_prints_markdown_with_quotes(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["report", str(EXAMPLE / "claims.jsonl"), "--aliases", str(EXAMPLE / "aliases.json")]
    assert 0 == main(args)
    out = capsys.readouterr().out
    assert "## Contested" in out
    assert '"a joint military commission the two sides formed last summer"' in out


def test_graph_writes_graphml_and_node_link(tmp_path: Path) -> None:
    for name in ("g.graphml", "g.json"):
        assert 0 == main(["graph", str(EXAMPLE / "claims.jsonl"), "-o", str(tmp_path / name)])
    assert "<graphml" in (tmp_path / "g.graphml").read_text()
    assert "edges" in json.loads((tmp_path / "g.json").read_text())


def test_bad_input_exits_2_with_one_line_and_no_traceback(tmp_path: Path) -> None:
    missing = tmp_path / "nope.jsonl"
    proc = subprocess.run(
        [sys.executable, "-m", "reconcile", "run", str(missing)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert 2 == proc.returncode
    assert "Traceback" not in proc.stderr
    assert f"reconcile: {missing}: no such file\n" == proc.stderr


def test_strict_mode_lists_every_bad_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text('{"id": "a"}\n{oops\n')
    assert 2 == main(["run", str(path), "--strict"])
    assert 2 == len(capsys.readouterr().err.strip().splitlines())


def test_policy_option_changes_the_best_estimate(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    rows = [
        {
            "id": "1",
            "document": "a",
            "subject": "s",
            "attribute": "killed",
            "value": {"kind": "quantity", "point": 5},
        },
        {
            "id": "2",
            "document": "b",
            "subject": "s",
            "attribute": "killed",
            "value": {"kind": "quantity", "point": 9},
        },
        {
            "id": "3",
            "document": "c",
            "subject": "s",
            "attribute": "killed",
            "value": {"kind": "quantity", "point": 9},
        },
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows))
    bests = []
    for policy in ("ucdp", "conservative"):
        out = tmp_path / f"{policy}.json"
        main(["run", str(path), "--policy", policy, "-o", str(out)])
        bests.append(json.loads(out.read_text())["verdicts"][0]["estimate"]["best_value"])
    assert [9, 5] == bests


def test_extract_writes_documents_then_claims_that_run_reads_back(tmp_path: Path) -> None:
    claims = tmp_path / "claims.jsonl"
    assert 0 == main(["extract", str(EXAMPLE / "articles"), "-o", str(claims)])
    records = [json.loads(line) for line in claims.read_text().splitlines()]
    kinds = [r.get("type", "claim") for r in records]
    assert kinds == sorted(kinds, key=lambda k: k != "document")
    assert 5 == kinds.count("document")
    out = tmp_path / "result.json"
    assert 0 == main(["run", str(claims), "-o", str(out)])
    assert [] == json.loads(out.read_text())["rejected"]


def test_run_takes_articles_directly_and_reports_unreadable_ones(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Published: 2024-01-27\n\nThree soldiers were killed on Sunday.\n"
    )
    (folder / "b.txt").write_bytes(b"\x00\x01\x02binary")
    out = tmp_path / "result.json"
    assert 0 == main(["run", str(folder), "-o", str(out)])
    result = json.loads(out.read_text())
    assert ["b.txt"] == [r["item"] for r in result["rejected"]]
    assert any(c["attribute"] == "killed" for c in result["claims"])


def test_truth_command_is_wired(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    table = tmp_path / "t.csv"
    table.write_text("source,object,attribute,value\na,o,k,x\nb,o,k,x\nc,o,k,y\n")
    assert 0 == main(["truth", str(table), "--method", "vote"])
    assert "x" in capsys.readouterr().out


def test_trust_option_adds_source_trust_to_the_result(tmp_path: Path) -> None:
    out = tmp_path / "result.json"
    args = ["run", str(EXAMPLE / "claims.jsonl"), "--trust", "vote", "-o", str(out)]
    assert 0 == main(args)
    trust = json.loads(out.read_text())["trust"]
    assert "vote" == trust["method"]
    assert {"Antiwar.com", "Al Jazeera"} <= {s["source"] for s in trust["sources"]}


def test_trust_option_reaches_the_html_report(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    assert 0 == main(["report", str(EXAMPLE / "claims.jsonl"), "--trust", "accu", "-o", str(out)])
    assert "Antiwar.com" in out.read_text()


def test_a_closed_pipe_is_not_an_error() -> None:
    proc = subprocess.run(
        f"{sys.executable} -m reconcile run {EXAMPLE / 'claims.jsonl'} | head -c 10",
        shell=True,
        capture_output=True,
        text=True,
        check=False,
    )
    assert ('{\n"claims"', "") == (proc.stdout, proc.stderr)
