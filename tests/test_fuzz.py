"""Fuzzing: no input makes a command end in a traceback, and no input item is lost.

The strategies are the public hostile ones of :mod:`reconcile.testing`. Each property
runs at the active hypothesis profile (``HYPOTHESIS_PROFILE=thorough`` for 2,000
examples); every command is called in process, so an exception that escapes ``main``
fails the property with its traceback.
"""

from __future__ import annotations

import csv
import io
import json
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import networkx as nx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reconcile.cli import main
from reconcile.inputs import load_input
from reconcile.io import read_claims
from reconcile.testing import (
    CSV_HEADER,
    TreeEntry,
    article_texts,
    claim_records,
    csv_rows,
    file_trees,
    hostile_texts,
    write_file_tree,
)

COMMANDS = st.sampled_from(["run", "report", "graph", "extract"])
_SUFFIX = {"run": ".json", "report": ".md", "graph": ".graphml", "extract": ".jsonl"}
_FAST = settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _jsonl_line(record: Any, raw: bool) -> str:
    text = json.dumps(record, ensure_ascii=not raw)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = json.dumps(record)  # a lone surrogate can only be written escaped
    return text


def _one_line(text: str) -> str:
    return text.replace("\n", " ").replace("\r", " ").encode("utf-8", "replace").decode()


def _run_command(command: str, source: Path, folder: Path) -> Path:
    out = folder / f"out{_SUFFIX[command]}"
    status = main([command, str(source), "-o", str(out)])
    assert status in (0, 2)
    if status == 0:
        _check_output(out)
    return out


def _check_output(out: Path) -> None:
    if out.suffix == ".json":
        json.loads(out.read_text(encoding="utf-8"))
    elif out.suffix == ".graphml":
        nx.read_graphml(out)
    elif out.suffix == ".jsonl":
        extracted = read_claims(out)
        assert () == extracted.rejected
    else:
        out.read_text(encoding="utf-8")


def _items(text: str) -> int:
    return sum(1 for line in text.split("\n") if line.strip())


def _accounted(source: Path, folder: Path) -> None:
    """Every record is kept or rejected when read, and every kept claim in the result."""
    loaded = read_claims(source)
    text = source.read_text(encoding="utf-8")
    if source.suffix == ".csv":
        # Rows as a lenient reader sees them (a quoted cell may span lines), less the header.
        records = sum(1 for row in csv.reader(io.StringIO(text, newline="")) if row) - 1
    else:
        records = _items(text)
    rejected_lines = {r.line for r in loaded.rejected}
    assert len(loaded.claims) + len(loaded.documents) + len(rejected_lines) >= records
    out = folder / "accounted.json"
    assert 0 == main(["run", str(source), "-o", str(out)])
    result = json.loads(out.read_text(encoding="utf-8"))
    kept = {c["id"] for c in result["claims"]} | {r["item"] for r in result["rejected"]}
    assert {c.id for c in loaded.claims} <= kept


@_FAST
@given(
    records=st.lists(claim_records(), min_size=1, max_size=8),
    junk=st.lists(hostile_texts(max_size=40).map(_one_line), max_size=2),
    raw=st.booleans(),
    command=COMMANDS,
)
def test_no_claims_file_ends_in_a_traceback_or_loses_a_record(
    records: Sequence[Any], junk: Sequence[str], raw: bool, command: str
) -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        source = folder / "claims.jsonl"
        lines = [_jsonl_line(r, raw) for r in records] + list(junk)
        source.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        _run_command(command, source, folder)
        _accounted(source, folder)


@_FAST
@given(rows=st.lists(csv_rows(), min_size=1, max_size=8), command=COMMANDS)
def test_no_claims_csv_ends_in_a_traceback_or_loses_a_row(
    rows: Sequence[str], command: str
) -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        source = folder / "claims.csv"
        text = CSV_HEADER + "\n" + "".join(row + "\n" for row in rows)
        source.write_text(text.encode("utf-8", "replace").decode(), encoding="utf-8")
        _run_command(command, source, folder)
        _accounted(source, folder)


@_FAST
@given(tree=file_trees(), command=COMMANDS)
def test_no_article_folder_ends_in_a_traceback_or_loses_a_file(
    tree: Sequence[TreeEntry], command: str
) -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = write_file_tree(tree, Path(name) / "articles")
        _run_command(command, folder, Path(name))
        # Every file is kept or rejected with its reason (a folder with no readable
        # article at all fails the run after naming them, exit 2).
        loaded = load_input(folder)
        seen = {d.id for d in loaded.documents} | {r.item for r in loaded.rejected}
        expected = {
            e.name.encode("utf-8", "backslashreplace").decode()
            for e in tree
            if e.kind != "sidecar" and not e.name.startswith(".")
        }
        assert expected <= seen
        out = Path(name) / "result.json"
        if 0 == main(["run", str(folder), "-o", str(out)]):
            assert "secret says" not in out.read_text(encoding="utf-8")
        else:
            assert not loaded.documents


@_FAST
@given(
    texts=st.lists(article_texts(), min_size=1, max_size=5),
    junk=st.lists(hostile_texts(max_size=40).map(_one_line), max_size=2),
    command=COMMANDS,
)
def test_no_article_corpus_ends_in_a_traceback_or_loses_a_line(
    texts: Sequence[str], junk: Sequence[str], command: str
) -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        source = folder / "corpus.jsonl"
        lines = [json.dumps({"id": f"a{i}", "text": t}) for i, t in enumerate(texts)]
        source.write_text("".join(x + "\n" for x in [*lines, *junk]), encoding="utf-8")
        _run_command(command, source, folder)
        out = folder / "result.json"
        if 0 == main(["run", str(source), "-o", str(out)]):
            result = json.loads(out.read_text(encoding="utf-8"))
            documents = {d["id"] for d in result["documents"]}
            rejected = {r["line"] for r in result["rejected"]}
            assert len(documents) + len(rejected) >= _items(source.read_text(encoding="utf-8"))
