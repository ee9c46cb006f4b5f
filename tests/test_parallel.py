"""``reconcile run --jobs N`` writes the bytes of the run in one process.

The workers are forked; each reads the claims of its own questions and writes its
records; the parent merges them. What the split cannot answer the same (a claim id read
by two workers, a resolver that puts names otherwise once the claims are read) is run
in one process again; a worker that fails raises the project's own errors.
"""

from __future__ import annotations

import codecs
import io
import itertools
import json
import os
import random
from pathlib import Path
from typing import Any

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from reconcile import cli, parallel
from reconcile.cli import main
from reconcile.errors import SchemaError, WorkerFailed
from reconcile.io import read_claims
from reconcile.model import Claim, Document
from reconcile.normalize import ResolvedName, entity_resolver, plain_resolver
from reconcile.output import dumps_result
from reconcile.parallel import _byte_range, _checked_names, jobs_wanted, reconcile_in_parts
from reconcile.pipeline import reconcile
from reconcile.schema import claim_to_record, document_to_record
from reconcile.testing import claim_sets
from tests.test_plain_path import quantity_questions

ClaimSet = tuple[tuple[Document, ...], tuple[Claim, ...]]

#: Lines a careless export holds: each is rejected, or kept as a bare document's claim.
_ODD_LINES = (
    "{not json",
    "[1, 2]",
    '{"id": "bad-1", "document": "d0", "subject": "US troops", "attribute": "killed"}',
    '{"id": "bad-2", "document": "d0", "subject": "", "attribute": "killed",'
    ' "value": {"kind": "quantity", "point": 3}}',
    '{"id": "lone", "document": "nowhere", "subject": "militia", "attribute": "killed",'
    ' "value": {"kind": "quantity", "point": 12}}',
    '{"type": "document", "id": "d0", "outlet": "another outlet"}',
    '{"id": "c000", "document": "d0", "subject": "elsewhere", "attribute": "wounded",'
    ' "value": {"kind": "quantity", "point": 7}}',
)


def _lines(docs: tuple[Document, ...], claims: tuple[Claim, ...]) -> list[str]:
    lines = [json.dumps({"type": "document", **document_to_record(d)}) for d in docs]
    lines += [json.dumps(claim_to_record(c), ensure_ascii=False) for c in claims]
    return lines


def _run(args: list[str], out: Path) -> tuple[int, bytes]:
    status = main([*args, "-o", str(out)])
    return status, out.read_bytes() if out.exists() else b""


@settings(max_examples=80, deadline=None)
@given(
    data=quantity_questions() | claim_sets(max_size=30),
    odd=st.lists(st.sampled_from(_ODD_LINES), max_size=3),
    repeated=st.booleans(),
    aliases=st.booleans(),
    decided=st.sampled_from([False] * 5 + [True]),
    shuffle=st.randoms(use_true_random=False),
    ending=st.sampled_from(["\n", "\r\n"]),
    last=st.sampled_from(["", "\n", "\n\n  \n"]),
    jobs=st.sampled_from([2, 2, 3]),
)
def test_jobs_give_the_bytes_of_one_process(  # noqa: PLR0917 (drawn by hypothesis)
    tmp_path_factory: pytest.TempPathFactory,
    data: ClaimSet,
    odd: list[str],
    repeated: bool,
    aliases: bool,
    decided: bool,
    shuffle: random.Random,
    ending: str,
    last: str,
    jobs: int,
) -> None:
    folder = tmp_path_factory.mktemp("jobs")
    docs, claims = data
    lines = _lines(docs, claims) + odd
    if repeated and claims:
        lines.append(lines[len(docs)])  # a claim repeated word for word
    shuffle.shuffle(lines)
    path = folder / "claims.jsonl"
    # Each worker reads the lines that start in its share of the bytes: CRLF endings,
    # blank lines and a last line without its newline are read as in one process.
    path.write_text(ending.join(lines) + last, encoding="utf-8", newline="")
    args = ["run", str(path)]
    if aliases:
        # Names whose questions meet only once resolved, and which a hash of the names
        # as written would send to different workers.
        groups = [["US troops", "U.S. forces", "Iraqi parliament"], ["militia", "joint commission"]]
        (folder / "aliases.json").write_text(json.dumps(groups))
        args += ["--aliases", str(folder / "aliases.json")]
    if decided and claims:
        # Decisions keep the run in one process: the same bytes, trivially.
        decision = {"kind": "reject", "targets": ["fp-000000000000"], "reason": "r"}
        (folder / "d.jsonl").write_text(json.dumps({**decision, "by": "a", "at": "2025-01-01"}))
        args += ["--decisions", str(folder / "d.jsonl")]
    one = _run(args, folder / "one.json")
    taken: list[bool] = []

    def noted(*args: Any, **kwargs: Any) -> Any:
        parts = reconcile_in_parts(*args, **kwargs)
        taken.append(parts is not None)
        return parts

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(cli, "reconcile_in_parts", noted)
        split = _run([*args, "--jobs", str(jobs)], folder / "split.json")
    event(f"status {one[0]}, split: {taken}")
    assert one == split


def test_a_plain_file_is_split_and_gives_the_same_result(tmp_path: Path) -> None:
    from reconcile.synthetic import generate

    data = generate(600, sources=12, seed=3)
    path = tmp_path / "claims.jsonl"
    lines = _lines(tuple(data.documents), tuple(data.claims))
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    loaded = read_claims(path)
    expected = dumps_result(
        reconcile(loaded.claims, loaded.documents, resolver=entity_resolver(), rejected=())
    )
    parts = reconcile_in_parts(path, jobs=2, resolver=entity_resolver())
    assert parts is not None  # split, not run in one process again
    with parts:
        out = tmp_path / "split.json"
        with open(out, "w", encoding="utf-8") as stream:
            parts.write(stream)  # the records copied as bytes
        text = io.StringIO()
        parts.write(text)  # decoded, where the stream takes text only
    assert out.read_text(encoding="utf-8") == expected
    assert text.getvalue() == expected
    assert parts.summary["claims"] == 600


def test_a_claim_id_read_by_two_workers_keeps_the_run_in_one_process(tmp_path: Path) -> None:
    # One id, two claims of questions that land on different workers: only the run in
    # one piece sees both (and rejects them both).
    path = tmp_path / "claims.jsonl"
    records = [
        {"id": "x", "document": "d", "subject": s, "attribute": "killed", "value": v}
        for s in ("army", "navy", "police", "militia", "rebels", "guards")
        for v in ({"kind": "quantity", "point": 3},)
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    assert reconcile_in_parts(path, jobs=2, resolver=entity_resolver()) is None
    one = _run(["run", str(path)], tmp_path / "one.json")
    assert one == _run(["run", str(path), "--jobs", "2"], tmp_path / "split.json")
    assert b'"used by 6 different claims"' in one[1] or b"used by 6 different claims" in one[1]


def test_names_put_otherwise_once_the_claims_are_read_keep_the_run_in_one_process() -> None:
    # A resolver whose answer depends on its whole batch: the scan's batch had a name
    # that no kept claim has, and the keys of the others changed.
    def counting(names: Any) -> dict[str, ResolvedName]:
        return {n: ResolvedName(f"{n}/{len(names)}", n) for n in names}

    read = parallel._Read((), (), b"", frozenset({"a"}), frozenset(), ())
    first = counting(["a", "b"])
    assert _checked_names([read], ["a", "b"], first, counting) is None
    # The same batch: the scan's answer stands. Another batch with the same keys: fine.
    same = parallel._Read((), (), b"", frozenset({"a", "b"}), frozenset(), ())
    assert _checked_names([same], ["a", "b"], first, counting) is first
    assert _checked_names([read], ["a", "b"], plain_resolver(["a", "b"]), plain_resolver) == {
        "a": plain_resolver(["a"])["a"]
    }


def _one_claim_file(tmp_path: Path) -> Path:
    path = tmp_path / "claims.jsonl"
    lines = [
        json.dumps(
            {"id": f"c{i}", "document": "d", "subject": f"group {i}", "attribute": "killed"}
            | {"value": {"kind": "quantity", "point": i}}
        )
        for i in range(20)
    ]
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def test_a_worker_that_fails_raises_worker_failed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("a fault in the clustering")

    # The workers are forks: they inherit the patched module.
    monkeypatch.setattr(parallel, "block_records", broken)
    with pytest.raises(WorkerFailed, match=r"worker [12] of 2 failed while reconciling") as info:
        reconcile_in_parts(_one_claim_file(tmp_path), jobs=2, resolver=entity_resolver())
    assert "RuntimeError: a fault in the clustering" in str(info.value)
    assert "broken" in info.value.details  # the worker's traceback
    assert not list(tmp_path.glob("reconcile-parts-*"))


def test_a_worker_that_dies_raises_worker_failed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def dying(*args: Any, **kwargs: Any) -> Any:
        os._exit(7)

    monkeypatch.setattr(parallel, "_read_claims", dying)
    with pytest.raises(WorkerFailed, match=r"worker [12] of 2 died while reading \(exit code 7\)"):
        reconcile_in_parts(_one_claim_file(tmp_path), jobs=2, resolver=entity_resolver())


def test_the_command_reports_a_failed_worker_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(*args: Any, **kwargs: Any) -> Any:
        raise MemoryError

    monkeypatch.setattr(parallel, "block_records", broken)
    out = tmp_path / "out.json"
    assert 2 == main(["run", str(_one_claim_file(tmp_path)), "--jobs", "2", "-o", str(out)])
    err = capsys.readouterr().err
    assert err.startswith("reconcile: worker ")
    assert "MemoryError" in err
    assert len(err.splitlines()) == 1
    assert not out.exists()


def test_bad_input_in_a_worker_is_the_error_of_one_process(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    documents = tmp_path / "documents.json"
    documents.write_text("{broken")
    args = ["run", str(_one_claim_file(tmp_path)), "--documents", str(documents)]
    assert 2 == main([*args, "-o", str(tmp_path / "one.json")])
    one = capsys.readouterr().err
    assert 2 == main([*args, "--jobs", "2", "-o", str(tmp_path / "split.json")])
    assert capsys.readouterr().err == one
    with pytest.raises(SchemaError):
        reconcile_in_parts(
            _one_claim_file(tmp_path), jobs=2, documents=documents, resolver=entity_resolver()
        )


def test_what_cannot_be_split_runs_in_one_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return reconcile_in_parts(*args, **kwargs)

    monkeypatch.setattr(cli, "reconcile_in_parts", counted)
    path = _one_claim_file(tmp_path)
    for extra in (["--compact"], ["--trust"], ["--strict"]):
        one = _run(["run", str(path), *extra], tmp_path / "one.json")
        assert one == _run(["run", str(path), "--jobs", "2", *extra], tmp_path / "split.json")
    _run(["run", str(path), "--jobs", "1"], tmp_path / "split.json")
    assert calls == []
    _run(["run", str(path), "--jobs", "2"], tmp_path / "split.json")
    assert calls == [1]


def test_jobs_are_a_count_or_auto(capsys: pytest.CaptureFixture[str]) -> None:
    parser = cli.build_parser()
    assert parser.parse_args(["run", "x.jsonl", "--jobs", "auto"]).jobs == 0
    assert parser.parse_args(["run", "x.jsonl"]).jobs == 1
    for bad in ("-1", "two"):
        with pytest.raises(SystemExit):
            parser.parse_args(["run", "x.jsonl", "--jobs", bad])
    assert "--jobs" in capsys.readouterr().err
    assert jobs_wanted(0) == min(os.cpu_count() or 1, 64)
    with pytest.raises(ValueError, match="jobs"):
        jobs_wanted(-2)


def test_shares_of_the_bytes_cover_the_file_once() -> None:
    for size in (0, 1, 7, 1000):
        for jobs in (1, 2, 3):
            shares = [_byte_range(size, jobs, i) for i in range(jobs)]
            assert shares[0][0] == 0
            assert shares[-1][1] == size
            assert all(a[1] == b[0] for a, b in itertools.pairwise(shares))


def test_the_scan_is_a_guess_the_check_corrects(tmp_path: Path) -> None:
    # A document's metadata names a "subject" no claim has, and a claim's subject is
    # written with escapes: the scan's batch is wrong both ways, the result is not.
    path = tmp_path / "claims.jsonl"
    lines = [
        json.dumps({"type": "document", "id": "d", "metadata": {"subject": "Navy"}}),
        json.dumps(
            {"id": "c1", "document": "d", "subject": 'Caf\u00e9 "Bar"', "attribute": "killed"}
            | {"value": {"kind": "quantity", "point": 3}}
        ),
        json.dumps(
            {"id": "c2", "document": "d", "subject": "army", "attribute": "killed"}
            | {"value": {"kind": "quantity", "point": 4}}
        ),
    ]
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    assert parallel._subjects_between(str(path), 0, path.stat().st_size) == {
        "Navy",
        'Caf\u00e9 "Bar"',
        "army",
    }
    parts = reconcile_in_parts(path, jobs=2, resolver=entity_resolver())
    assert parts is not None
    parts.close()
    one = _run(["run", str(path)], tmp_path / "one.json")
    assert one == _run(["run", str(path), "--jobs", "2"], tmp_path / "split.json")


def test_a_writer_of_the_result_that_dies_leaves_no_result(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def dying(*args: Any) -> None:
        os._exit(5)

    # The lists are written in place by forked processes: one that dies fails the run.
    monkeypatch.setattr(parallel, "_fill_some", dying)
    out = tmp_path / "out.json"
    out.write_text("the old result")
    assert 2 == main(["run", str(_one_claim_file(tmp_path)), "--jobs", "2", "-o", str(out)])
    assert "writing the result failed" in capsys.readouterr().err
    assert out.read_text() == "the old result"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.jsonl", "out.json"]


def _split_as_one_process(path: Path, folder: Path) -> tuple[int, bytes]:
    """The run of ``path`` in one process; split in two, the same bytes (checked)."""
    parts = reconcile_in_parts(path, jobs=2, resolver=entity_resolver())
    assert parts is not None  # split, not run in one process again
    parts.close()
    one = _run(["run", str(path)], folder / "one.json")
    assert one == _run(["run", str(path), "--jobs", "2"], folder / "split.json")
    return one


def _claim_line(i: int, subject: str, document: str = "d") -> str:
    return json.dumps(
        {"id": f"c{i:03}", "document": document, "subject": subject, "attribute": "killed"}
        | {"value": {"kind": "quantity", "point": i}}
    )


_SUBJECTS = ("army", "navy", "police", "militia", "rebels", "guards", "pirates", "miners")


def test_rejected_lines_in_any_share_are_reported_once_in_file_order(tmp_path: Path) -> None:
    # Lines the first worker rejects (not JSON, not an object), and claims of both
    # workers' questions that are rejected, in the second worker's share of the bytes.
    path = tmp_path / "claims.jsonl"
    lines = [_claim_line(i, _SUBJECTS[i % 8]) for i in range(40)]
    lines[25:25] = ["{not json", "[1, 2]", '{"id": "bad", "subject": "army"}']
    lines.append(json.dumps({"id": "c003", "document": "d", "subject": "navy"}))
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    one = _split_as_one_process(path, tmp_path)
    rejected = json.loads(one[1])["rejected"]
    assert [26, 27, 28, 44] == [r["line"] for r in rejected]


def test_a_document_in_the_second_share_is_read_by_every_worker(tmp_path: Path) -> None:
    path = tmp_path / "claims.jsonl"
    lines = [_claim_line(i, _SUBJECTS[i % 8], document="late") for i in range(30)]
    lines.append(json.dumps({"type": "document", "id": "late", "outlet": "Wire"}))
    lines += [_claim_line(i, _SUBJECTS[i % 8], document="late") for i in range(30, 40)]
    # The same document again, word for word: kept once, as in one process.
    lines.append(lines[30])
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    one = _split_as_one_process(path, tmp_path)
    result = json.loads(one[1])
    assert ["late"] == [d["id"] for d in result["documents"]]
    assert {"Wire"} == {s["name"] for s in result["sources"]}


@pytest.mark.parametrize("chunk", [1, 2, 3, 7])
def test_merged_lists_in_chunks_of_any_size_give_the_bytes_of_one_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    # Each list's records joined a few at a time (a thousand in a run), its chunks held
    # back one by one, so that only the last loses its separator; written in place and
    # to a stream.
    monkeypatch.setattr(parallel, "_MERGE_CHUNK", chunk)
    path = tmp_path / "claims.jsonl"
    lines = [_claim_line(i, _SUBJECTS[i % 8]) for i in range(23)]
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    one = _split_as_one_process(path, tmp_path)
    parts = reconcile_in_parts(path, jobs=2, resolver=entity_resolver())
    assert parts is not None
    with parts:
        buffer = io.BytesIO()
        stream = io.TextIOWrapper(buffer, encoding="utf-8")
        parts.write(stream)
        assert one[1] == buffer.getvalue()


def test_a_document_with_a_claims_fields_is_read_by_every_worker(tmp_path: Path) -> None:
    # A line typed a document that has a claim's fields (and so decodes as a claim line
    # would, msgspec installed): a document, read and rejected as in one process, not a
    # claim of one worker's question.
    path = tmp_path / "claims.jsonl"
    lines = [_claim_line(i, _SUBJECTS[i % 8]) for i in range(40)]
    lines += [
        json.dumps({"type": "document"} | json.loads(_claim_line(100 + i, subject)))
        for i, subject in enumerate(_SUBJECTS)
    ]
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    result = json.loads(_split_as_one_process(path, tmp_path)[1])
    assert [("document", 41 + i) for i in range(8)] == [
        (r["kind"], r["line"]) for r in result["rejected"]
    ]


def test_a_file_with_a_byte_order_mark_crlf_and_no_last_newline(tmp_path: Path) -> None:
    # The first line, a document, is handed to the second worker without the mark.
    path = tmp_path / "claims.jsonl"
    lines = [json.dumps({"type": "document", "id": "d", "outlet": "Wire"})]
    lines += [_claim_line(i, _SUBJECTS[i % 8]) for i in range(30)]
    path.write_bytes(codecs.BOM_UTF8 + "\r\n".join(lines).encode("utf-8"))
    result = json.loads(_split_as_one_process(path, tmp_path)[1])
    assert (30, []) == (result["summary"]["claims"], result["rejected"])
    assert ["Wire"] == [s["name"] for s in result["sources"]]


def test_a_claim_repeated_across_shares_is_kept_where_it_comes_first(tmp_path: Path) -> None:
    # Each subject's claim again, word for word, in the other share of the bytes: the
    # later line is the one rejected, whichever worker reads the question.
    path = tmp_path / "claims.jsonl"
    first = [_claim_line(i, _SUBJECTS[i % 8]) for i in range(8)]
    middle = [_claim_line(i, _SUBJECTS[i % 8]) for i in range(8, 40)]
    path.write_text("\n".join([*first, *middle, *first]) + "\n", encoding="utf-8")
    one = _split_as_one_process(path, tmp_path)
    rejected = json.loads(one[1])["rejected"]
    assert list(range(41, 49)) == [r["line"] for r in rejected]


def test_a_line_longer_than_a_share(tmp_path: Path) -> None:
    # The first line holds most of the file: no line starts in the second share.
    path = tmp_path / "claims.jsonl"
    long = json.loads(_claim_line(0, "army")) | {"quote": "x" * 10_000}
    lines = [json.dumps(long)] + [_claim_line(i, _SUBJECTS[i % 8]) for i in range(1, 9)]
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    assert 9 == json.loads(_split_as_one_process(path, tmp_path)[1])["summary"]["claims"]


def test_a_line_not_utf8_in_any_share_fails_as_in_one_process(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for where in (3, 35):
        lines = [_claim_line(i, _SUBJECTS[i % 8]).encode() for i in range(40)]
        lines[where] = lines[where].replace(b"killed", b"kill\xe9d")
        path = tmp_path / "claims.jsonl"
        path.write_bytes(b"\n".join(lines) + b"\n")
        assert reconcile_in_parts(path, jobs=2, resolver=entity_resolver()) is None
        assert 2 == main(["run", str(path), "-o", str(tmp_path / "one.json")])
        one = capsys.readouterr().err
        assert 2 == main(["run", str(path), "--jobs", "2", "-o", str(tmp_path / "split.json")])
        assert capsys.readouterr().err == one
        assert "UTF-8" in one or "utf-8" in one
