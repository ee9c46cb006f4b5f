"""Results on disk and back: full JSON, compact JSON and Parquet read into the same Result."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given

from reconcile import results as results_module
from reconcile.cli import main
from reconcile.decisions import Decision, DecisionKind
from reconcile.errors import NoSuchPath, SchemaError
from reconcile.fingerprint import claim_fingerprint
from reconcile.io import read_claims
from reconcile.model import Claim, Document
from reconcile.normalize import entity_resolver
from reconcile.output import dumps_result
from reconcile.pipeline import reconcile
from reconcile.results import load_result, write_compact, write_parquet
from reconcile.testing import claim_sets
from reconcile.values import Quantity

ClaimSet = tuple[tuple[Document, ...], tuple[Claim, ...]]
EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "iraq_withdrawal"


@given(claim_sets(max_size=25))
def test_each_layout_reads_back_into_a_result_with_the_same_json(data: ClaimSet) -> None:
    docs, claims = data
    result = reconcile(claims, docs, resolver=entity_resolver())
    expected = dumps_result(result)
    with tempfile.TemporaryDirectory() as folder:
        full = Path(folder) / "result.json"
        full.write_text(expected, encoding="utf-8")
        compact = Path(folder) / "compact.json"
        with compact.open("w", encoding="utf-8") as out:
            write_compact(result, out)
        parquet = Path(folder) / "result.parquet"
        write_parquet(result, parquet)
        assert [expected] * 3 == [dumps_result(load_result(p)) for p in (full, compact, parquet)]


def test_a_result_read_back_equals_the_one_written_when_places_are_named() -> None:
    claims = [
        Claim(
            id=str(n),
            document=d,
            subject="US troops",
            attribute="deployed",
            place="Iraq",
            value=Quantity.exact(n),
        )
        for n, d in ((2500, "a"), (900, "b"))
    ]
    result = reconcile(claims, [Document("a", outlet="Wire"), Document("b", outlet="Daily")])
    with tempfile.TemporaryDirectory() as folder:
        write_parquet(result, Path(folder) / "r.parquet")
        assert result == load_result(Path(folder) / "r.parquet")


def test_compact_json_leaves_out_what_the_rest_gives_again() -> None:
    loaded_args = [str(EXAMPLE / "claims.jsonl"), "--aliases", str(EXAMPLE / "aliases.json")]
    with tempfile.TemporaryDirectory() as folder:
        full, compact = Path(folder) / "full.json", Path(folder) / "compact.json"
        assert 0 == main(["run", *loaded_args, "-o", str(full)])
        assert 0 == main(["run", *loaded_args, "-o", str(compact), "--compact"])
        record = json.loads(compact.read_text(encoding="utf-8"))
        assert "compact" == record["layout"]
        assert [] == [c for c in record["claims"] if {"cluster", "source", "time_scope"} & set(c)]
        assert compact.stat().st_size < full.stat().st_size
        assert full.read_text(encoding="utf-8") == dumps_result(load_result(compact))


def test_run_writes_parquet_that_reads_back(tmp_path: Path) -> None:
    args = [str(EXAMPLE / "claims.jsonl"), "--aliases", str(EXAMPLE / "aliases.json")]
    assert 0 == main(["run", *args, "-o", str(tmp_path / "full.json")])
    assert 0 == main(["run", *args, "-o", str(tmp_path / "r.parquet")])
    names = sorted(p.name for p in (tmp_path / "r.parquet").iterdir())
    assert [
        "claims.parquet",
        "clusters.parquet",
        "documents.parquet",
        "rejected.parquet",
        "relations.parquet",
        "result.json",
        "sources.parquet",
        "verdicts.parquet",
    ] == names
    expected = (tmp_path / "full.json").read_text(encoding="utf-8")
    assert expected == dumps_result(load_result(tmp_path / "r.parquet"))


@pytest.mark.parametrize("text", ['{"claims": []}', "[1, 2]", "{oops"])
def test_reading_a_file_that_is_not_a_result_names_it(tmp_path: Path, text: str) -> None:
    path = tmp_path / "claims.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SchemaError, match=r"claims\.json"):
        load_result(path)


def _decided(kind: str, targets: tuple[str, ...], **payload: Any) -> Decision:
    return Decision(DecisionKind(kind), targets, "checked", "ana", "2025-06-05", **payload)


def test_decisions_read_back_with_the_result(tmp_path: Path) -> None:
    claims = [
        Claim(
            id=f"c{i}",
            document=f"d{i}",
            subject="people",
            attribute="killed",
            place="Verrin",
            value=Quantity.exact(n),
        )
        for i, n in enumerate((19, 91, 19, 7))
    ]
    docs = [Document(f"d{i}", outlet=o) for i, o in enumerate(("Herald", "Gazette", "Post", "X"))]
    decisions = [
        _decided("value", (claim_fingerprint(claims[1]),), value=Quantity.exact(19)),
        _decided("reject", (claim_fingerprint(claims[3]),)),
        _decided("rename", (claim_fingerprint(claims[0]),), name="the Verrin toll"),
        _decided("reject", ("fp-000000000000",)),
    ]
    result = reconcile(claims, docs, decisions=decisions)
    expected = dumps_result(result)
    assert '"original_value"' in expected
    assert '"unmatched"' in expected
    (tmp_path / "full.json").write_text(expected, encoding="utf-8")
    with (tmp_path / "compact.json").open("w", encoding="utf-8") as out:
        write_compact(result, out)
    write_parquet(result, tmp_path / "r.parquet")
    for name in ("full.json", "compact.json", "r.parquet"):
        assert expected == dumps_result(load_result(tmp_path / name)), name


def test_a_key_first_seen_after_the_first_row_group_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # One row a row group: every key, list or type that a later row has first is late.
    monkeypatch.setattr(results_module, "_ROWS", 1)
    loaded = read_claims(EXAMPLE / "claims.jsonl")
    lines = (EXAMPLE / "claims.jsonl").read_text(encoding="utf-8").splitlines()
    damaged = tmp_path / "claims.jsonl"
    damaged.write_text("\n".join([*lines, "{oops", '{"id": "x"}']) + "\n", encoding="utf-8")
    extra = read_claims(damaged).rejected
    result = reconcile(loaded.claims, loaded.documents, rejected=extra)
    write_parquet(result, tmp_path / "r.parquet")
    assert dumps_result(result) == dumps_result(load_result(tmp_path / "r.parquet"))


def test_a_column_null_in_the_first_row_group_keeps_its_later_type(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Rejections of a run come first with no line, those of a file after with one.
    monkeypatch.setattr(results_module, "_ROWS", 1)
    path = tmp_path / "claims.jsonl"
    path.write_text('{oops\n{"id": "x"}\n', encoding="utf-8")
    twin = Claim(id="c", document="d", subject="s", attribute="a", value=Quantity.exact(1))
    other = Claim(id="c", document="d", subject="s", attribute="a", value=Quantity.exact(2))
    result = reconcile([twin, other], rejected=read_claims(path).rejected)
    assert [None, None, 1, 2] == [r.line for r in result.rejected]
    write_parquet(result, tmp_path / "r.parquet")
    assert dumps_result(result) == dumps_result(load_result(tmp_path / "r.parquet"))


def test_reading_a_missing_result_is_no_such_path(tmp_path: Path) -> None:
    with pytest.raises(NoSuchPath, match="no such file"):
        load_result(tmp_path / "missing.json")


def test_reading_a_folder_that_is_not_a_parquet_result_names_it(tmp_path: Path) -> None:
    (tmp_path / "r.parquet").mkdir()
    with pytest.raises(SchemaError, match=r"r\.parquet: not a result Parquet folder"):
        load_result(tmp_path / "r.parquet")
