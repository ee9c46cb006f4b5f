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
