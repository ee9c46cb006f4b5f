import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest

import reconcile
from reconcile.cli import build_parser, main

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
    assert f"reconcile: no such file or folder: {missing}\n" == proc.stderr


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


def test_version_prints_the_package_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert 0 == done.value.code
    assert f"reconcile {reconcile.__version__}\n" == capsys.readouterr().out


@pytest.mark.parametrize("name", ["articles", "claims", "notes.txt"])
@pytest.mark.parametrize("command", ["run", "report", "graph", "extract"])
def test_a_missing_path_says_no_such_file_or_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, name: str
) -> None:
    missing = tmp_path / name
    assert 2 == main([command, str(missing)])
    assert f"reconcile: no such file or folder: {missing}\n" == capsys.readouterr().err


def test_a_missing_documents_file_says_no_such_file_or_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "sources.csv"
    assert 2 == main(["run", str(EXAMPLE / "claims.jsonl"), "--documents", str(missing)])
    assert f"reconcile: no such file or folder: {missing}\n" == capsys.readouterr().err


@pytest.mark.parametrize("command", ["run", "report", "graph", "extract"])
def test_an_empty_folder_warns_and_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    assert 0 != main([command, str(folder)])
    captured = capsys.readouterr()
    assert "" == captured.out
    assert f"reconcile: {folder}: no articles in it" in captured.err


def test_a_folder_of_unreadable_articles_warns_and_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "scan.txt").write_bytes(b"%PDF-1.4\x00\x00binary")
    assert 0 != main(["report", str(folder)])
    err = capsys.readouterr().err
    assert "rejected 1 input item (1 document); first: scan.txt: " in err
    assert f"reconcile: {folder}: none of its 1 article could be read\n" in err


@pytest.mark.parametrize("command", ["run", "report", "graph"])
def test_every_command_sums_up_rejected_input_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    path = tmp_path / "claims.jsonl"
    good = {
        "id": "c1",
        "document": "ap.txt",
        "subject": "US troops",
        "attribute": "deployed",
        "value": {"kind": "quantity", "point": 2500},
    }
    bad = {**good, "id": "c2", "value": {"kind": "quantity", "low": 30, "high": 25}}
    path.write_text(json.dumps(good) + "\n" + json.dumps(bad) + "\n" + "{oops\n")
    assert 0 == main([command, str(path), "-o", str(tmp_path / "out.json")])
    lines = capsys.readouterr().err.splitlines()
    assert 1 == len(lines)
    assert lines[0].startswith("reconcile: rejected 2 input items (2 claims); first: c2: ")


@pytest.mark.parametrize(
    ("command", "output", "known"),
    [
        ("report", "report.pdf", ".htm, .html, .json, .markdown, .md"),
        ("run", "result.csv", ".json, .parquet"),
        ("graph", "graph.gml", ".graphml, .json"),
    ],
)
def test_an_output_extension_the_command_cannot_write_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, output: str, known: str
) -> None:
    out = tmp_path / output
    assert 2 == main([command, str(EXAMPLE / "claims.jsonl"), "-o", str(out)])
    assert not out.exists()
    suffix = out.suffix
    assert (
        f"reconcile: {out}: cannot write {suffix!r} files; known extensions: {known}\n"
        == capsys.readouterr().err
    )


def test_graph_writes_graphml_to_standard_output_without_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert 0 == main(["graph", str(EXAMPLE / "claims.jsonl"), "-o", str(tmp_path / "g.graphml")])
    assert 0 == main(["graph", str(EXAMPLE / "claims.jsonl")])
    assert (tmp_path / "g.graphml").read_text() == capsys.readouterr().out


def test_graph_format_option_writes_node_link_json_to_standard_output(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert 0 == main(["graph", str(EXAMPLE / "claims.jsonl"), "--format", "json"])
    assert "edges" in json.loads(capsys.readouterr().out)


@pytest.mark.parametrize(
    ("new", "old"),
    [
        (["--relative", "0.1"], ["--rel-tol", "0.1"]),
        (["--absolute", "3"], ["--abs-tol", "3"]),
        (["--trust", "--method", "vote"], ["--trust", "vote"]),
        (["--trust", "--method", "vote"], ["--trust=vote"]),
    ],
)
def test_old_option_spellings_still_work_unlisted(
    tmp_path: Path, new: list[str], old: list[str]
) -> None:
    outputs: list[str] = []
    for spelling in (new, old):
        out = tmp_path / f"{len(outputs)}.json"
        assert 0 == main(["run", str(EXAMPLE / "claims.jsonl"), *spelling, "-o", str(out)])
        outputs.append(out.read_text())
    assert outputs[0] == outputs[1]
    assert old[0].split("=")[0] not in build_parser().format_help()
    for command in ("run", "report", "graph"):
        assert "--rel-tol" not in _help_of(command)


def test_trust_is_a_switch_that_takes_the_method_from_method(tmp_path: Path) -> None:
    out = tmp_path / "result.json"
    assert 0 == main(["run", "--trust", str(EXAMPLE / "claims.jsonl"), "-o", str(out)])
    assert "accu" == json.loads(out.read_text())["trust"]["method"]


@pytest.mark.parametrize("command", ["run", "report", "graph", "extract", "truth"])
def test_help_texts_have_no_markup(command: str) -> None:
    text = _help_of(command)
    assert "``" not in text
    assert "Population" not in text


def test_truth_takes_the_tolerance_spellings_of_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    table = tmp_path / "t.csv"
    table.write_text("source,object,attribute,value\na,o,k,100\nb,o,k,104\nc,o,k,150\n")
    outs = []
    for option in ("--relative", "--rel-tol"):
        assert 0 == main(["truth", str(table), "--values", "number", option, "0.05"])
        outs.append(capsys.readouterr().out)
    assert outs[0] == outs[1]
    assert "--rel-tol" not in _help_of("truth")


def _help_of(command: str) -> str:
    parser = build_parser()
    actions = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return str(actions[0].choices[command].format_help())


def test_extract_reads_a_crawl_s_corpus_with_its_text_under_content(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "crawl.jsonl"
    records = [
        {"doc_id": "a", "date": "2024-01-27", "content": "Floods killed 14 people on Friday."},
        {"doc_id": "b", "date": "2024-01-27", "body": "Floods killed 15 people on Friday."},
    ]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    assert 0 == main(["extract", str(corpus)])
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    killed = {c["document"]: c["value"]["point"] for c in lines if c.get("attribute") == "killed"}
    assert killed == {"a": 14, "b": 15}
    # the failure mode: a claims file is still read as claims, never as articles
    claims = tmp_path / "claims.jsonl"
    claims.write_text(
        json.dumps({"source": "s", "subject": "x", "attribute": "killed", "value": 3}) + "\n",
        encoding="utf-8",
    )
    from reconcile.inputs import is_article_input

    assert is_article_input(corpus)
    assert not is_article_input(claims)
