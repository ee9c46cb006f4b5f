"""Hostile input: no record stops a run, exhausts memory, escapes its folder or is lost.

One test (or a few) per guarantee of docs/security.md; each was written to fail first.
"""

from __future__ import annotations

import builtins
import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

import pytest

from reconcile.cli import main
from reconcile.entities import match_names
from reconcile.errors import InvalidClaim, InvalidValue
from reconcile.extract import extract_claims, load_articles
from reconcile.extract._loader import articles_from_texts
from reconcile.extract._text import split_sentences
from reconcile.inputs import load_input
from reconcile.io import read_claims, read_documents
from reconcile.model import MAX_NAME_LENGTH
from reconcile.report import QuestionReport, build_report
from reconcile.report import _model as report_model

DOC = {"type": "document", "id": "d1", "outlet": "Wire"}


def _claim(claim_id: str, **changes: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": claim_id,
        "document": "d1",
        "subject": "US troops",
        "attribute": "deployed",
        "value": {"kind": "quantity", "point": 2500},
    }
    record.update(changes)
    return record


def _write_jsonl(path: Path, *lines: str) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def _run(tmp_path: Path, source: Path) -> dict[str, Any]:
    out = tmp_path / "result.json"
    assert 0 == main(["run", str(source), "-o", str(out)])
    result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return result


# 1. Names have a length limit, and matching stays small


def test_a_subject_beyond_the_name_limit_is_rejected_naming_the_field(tmp_path: Path) -> None:
    long_name = " ".join(["wordy"] * (MAX_NAME_LENGTH // 5))
    path = _write_jsonl(
        tmp_path / "c.jsonl",
        json.dumps(DOC),
        json.dumps(_claim("c1")),
        json.dumps(_claim("c2", subject=long_name)),
        json.dumps(_claim("c3", place=long_name)),
    )
    loaded = read_claims(path)
    assert ["c1"] == [c.id for c in loaded.claims]
    assert [("c2", 3, "subject"), ("c3", 4, "place")] == [
        (r.item, r.line, r.field) for r in loaded.rejected
    ]


def test_a_claim_refuses_a_name_beyond_the_limit() -> None:
    with pytest.raises(InvalidClaim, match="subject"):
        _ = _build_claim(subject="x" * (MAX_NAME_LENGTH + 1))


def test_name_matching_refuses_a_name_beyond_the_limit() -> None:
    with pytest.raises(InvalidValue, match="field 'a'"):
        match_names("y" * (MAX_NAME_LENGTH + 1), "y")


def _build_claim(**changes: Any) -> Any:
    from reconcile.schema import claim_from_record

    return claim_from_record(_claim("c9", **changes))


def test_names_sharing_a_word_are_not_each_checked_against_all_others() -> None:
    # Found by the adversarial benchmark: every name of the same length as the others,
    # all sharing their last word, was looked at against every other one.
    import sys

    from reconcile.entities import _resolve, resolve_entities

    lines = 0

    def count(frame: Any, event: str, arg: Any) -> Any:
        nonlocal lines
        if frame.f_code is _resolve._find_partials.__code__:
            if event == "line":
                lines += 1
            return count
        return None

    names = [f"unit{i} alpha bravo charlie" for i in range(400)]
    sys.settrace(count)
    try:
        resolution = resolve_entities(names)
    finally:
        sys.settrace(None)
    assert 400 == len(resolution.entities)
    assert lines <= 50 * len(names)


# 2. One bad record is one rejection; the run goes on


@pytest.mark.parametrize(
    ("point", "words"),
    [("9" * 400, "too large"), ("9" * 5000, "digits")],
    ids=["overflows-float", "beyond-int-digits"],
)
def test_a_huge_integer_is_one_rejection(tmp_path: Path, point: str, words: str) -> None:
    bad = json.dumps(_claim("c2")).replace("2500", point)
    path = _write_jsonl(tmp_path / "c.jsonl", json.dumps(DOC), json.dumps(_claim("c1")), bad)
    result = _run(tmp_path, path)
    assert ["c1"] == [c["id"] for c in result["claims"]]
    [rejected] = result["rejected"]
    assert (str(path), 3) == (rejected["path"], rejected["line"])
    assert words in rejected["reason"]


def test_a_lone_surrogate_is_rejected_naming_the_field(tmp_path: Path) -> None:
    bad = json.dumps(_claim("c2", place="Iraq \ud800"))
    path = _write_jsonl(tmp_path / "c.jsonl", json.dumps(DOC), json.dumps(_claim("c1")), bad)
    result = _run(tmp_path, path)
    assert ["c1"] == [c["id"] for c in result["claims"]]
    assert [("c2", 3, "place")] == [(r["item"], r["line"], r["field"]) for r in result["rejected"]]


@pytest.mark.parametrize("command", ["run", "report"])
def test_a_lone_surrogate_in_the_id_is_a_writable_rejection(tmp_path: Path, command: str) -> None:
    # Found by the fuzz suite: the rejection named the item by its unwritable id.
    bad = json.dumps(_claim("\ud800"))
    path = _write_jsonl(tmp_path / "c.jsonl", json.dumps(DOC), json.dumps(_claim("c1")), bad)
    out = tmp_path / ("out.json" if command == "run" else "out.md")
    assert 0 == main([command, str(path), "-o", str(out)])
    assert "\\ud800" in out.read_text(encoding="utf-8")


def test_a_lone_surrogate_in_a_document_is_rejected(tmp_path: Path) -> None:
    bad = json.dumps({**DOC, "id": "d2", "outlet": "\udfff"})
    path = _write_jsonl(tmp_path / "c.jsonl", json.dumps(DOC), bad, json.dumps(_claim("c1")))
    result = _run(tmp_path, path)
    assert [("d2", 2, "outlet")] == [(r["item"], r["line"], r["field"]) for r in result["rejected"]]


def test_endless_number_words_reject_that_article_only() -> None:
    corpus = articles_from_texts(
        [
            ("a", "one hundred and " * 160 + "one people were killed."),
            ("b", "About 30 people were killed in the city."),
        ]
    )
    extraction = extract_claims(corpus)
    assert {"b"} == {c.document for c in extraction.claims}
    assert ["a"] == [r.item for r in extraction.rejected]


def test_a_corpus_line_with_a_huge_integer_or_a_surrogate_is_one_rejection(
    tmp_path: Path,
) -> None:
    good = json.dumps({"id": "a", "text": "About 30 people were killed in the city."})
    huge = '{"id": "b", "text": "Two died.", "count": ' + "7" * 5000 + "}"
    lone = json.dumps({"id": "c", "text": "Three \udc00 died."})
    path = _write_jsonl(tmp_path / "corpus.jsonl", good, huge, lone)
    result = _run(tmp_path, path)
    assert {"a"} == {c["document"] for c in result["claims"]}
    assert [2, 3] == sorted(r["line"] for r in result["rejected"])


def test_a_claims_file_opening_with_a_huge_integer_is_read_as_claims(tmp_path: Path) -> None:
    huge = '{"id": "c0", "value": {"kind": "quantity", "point": ' + "7" * 5000 + "}}"
    path = _write_jsonl(tmp_path / "c.jsonl", huge, json.dumps(DOC), json.dumps(_claim("c1")))
    result = _run(tmp_path, path)
    assert ["c1"] == [c["id"] for c in result["claims"]]
    assert [1] == [r["line"] for r in result["rejected"]]


def test_a_sidecar_with_a_surrogate_rejects_the_sidecar_not_the_run(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("About 30 people were killed in the city.\n")
    (tmp_path / "sources.json").write_text(json.dumps([{"file": "a.txt", "outlet": "\ud801"}]))
    result = _run(tmp_path, tmp_path)
    assert ["a.txt"] == [d["id"] for d in result["documents"]]
    assert ["sources.json"] == [r["item"] for r in result["rejected"]]


# 3. Sentence splitting is linear, whatever the punctuation


@pytest.mark.parametrize("mark", [".", "!", "?"])
def test_a_long_run_of_sentence_marks_splits_in_one_pass(mark: str) -> None:
    # Quadratic splitting takes hours on this text; one pass takes milliseconds.
    text = "About 30 people were killed" + mark * 400_000 + "x and then more."
    spans = split_sentences(text)
    assert (0, len(text)) == (spans[0][0], spans[-1][1])
    assert all(0 < end - start <= 3000 for start, end in spans)


def test_a_run_of_marks_before_a_space_still_ends_a_sentence() -> None:
    text = "Thirty died?!...\u201d Then calm."
    assert ["Thirty died?!...\u201d", "Then calm."] == [text[s:e] for s, e in split_sentences(text)]


# 4. Building a report is linear in the result, not quadratic


def _updated_result(questions: int) -> Any:
    from reconcile import Claim, Document, Quantity, reconcile

    docs = [
        Document("a", outlet="A", published=dt.date(2024, 1, 2)),
        Document("b", outlet="B", published=dt.date(2024, 3, 2)),
    ]
    claims = []
    for i in range(questions):
        for doc, value in (("a", 100), ("b", 200)):
            claims.append(
                Claim(
                    id=f"{i}{doc}",
                    document=doc,
                    subject=f"unit {i}",
                    attribute="deployed",
                    value=Quantity.exact(value),
                )
            )
    return reconcile(claims, docs)


def test_sorting_the_report_compares_no_question_with_every_other(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    result = _updated_result(300)
    calls = 0
    original = QuestionReport.__eq__

    def counting(self: QuestionReport, other: object) -> bool:
        nonlocal calls
        calls += 1
        return original(self, other)

    monkeypatch.setattr(QuestionReport, "__eq__", counting)
    report = build_report(result)
    assert 300 == len(report.updated)
    assert calls <= 300


def test_one_question_with_many_figures_is_sorted_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from reconcile import Claim, Document, Quantity, reconcile

    figures = 400
    docs = [Document(f"d{i}", outlet=f"O{i}") for i in range(figures)]
    claims = [
        Claim(
            id=f"c{i}",
            document=f"d{i}",
            subject="US troops",
            attribute="deployed",
            value=Quantity.exact(1000 + i),
        )
        for i in range(figures)
    ]
    result = reconcile(claims, docs)
    sorted_items = 0

    def counting_sorted(items: Any, **kw: Any) -> list[Any]:
        nonlocal sorted_items
        out = builtins.sorted(items, **kw)
        sorted_items += len(out)
        return out

    monkeypatch.setattr(report_model, "sorted", counting_sorted, raising=False)
    report = build_report(result)
    [question] = report.contested
    assert figures == len(question.figures)
    assert sorted_items <= 10 * figures
    assert all("#" not in figure.reason for figure in question.figures)


# 5. Outputs are written atomically; an incomplete result folder is a clear error

CLAIMS_EXAMPLE = (
    Path(__file__).resolve().parents[1] / "examples" / "iraq_withdrawal" / "claims.jsonl"
)


@pytest.mark.parametrize(
    ("command", "name"),
    [
        ("run", "result.json"),
        ("report", "report.md"),
        ("report", "report.html"),
        ("graph", "graph.graphml"),
        ("graph", "graph.json"),
    ],
)
def test_a_failed_write_leaves_the_previous_output_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str, name: str
) -> None:
    out = tmp_path / name
    assert 0 == main([command, str(CLAIMS_EXAMPLE), "-o", str(out)])
    before = out.read_bytes()

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    assert 2 == main([command, str(CLAIMS_EXAMPLE), "--relative", "0.1", "-o", str(out)])
    assert before == out.read_bytes()
    assert [name] == [p.name for p in tmp_path.iterdir()]


def _merge(argv: list[str]) -> int:
    from reconcile.distributed.__main__ import main as distributed_main

    return distributed_main(argv)


@pytest.mark.parametrize("damage", ["no-summary", "cut-line", "not-a-folder"])
def test_merging_an_incomplete_folder_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], damage: str
) -> None:
    from reconcile.distributed._output import write_lines

    folder = tmp_path / "result"
    folder.mkdir()
    (folder / "summary.json").write_text(
        json.dumps({"schema_version": "1.0", "summary": {}, "settings": {}})
    )
    write_lines(folder / "claims" / "part-00000.jsonl", [{"id": "c1"}, {"id": "c2"}], "claims")
    if damage == "no-summary":
        (folder / "summary.json").unlink()
    elif damage == "cut-line":
        part = folder / "claims" / "part-00000.jsonl"
        part.write_text(part.read_text()[:-5])
    else:
        folder = tmp_path / "missing"
    out = tmp_path / "merged.json"
    assert 2 == _merge(["merge", str(folder), "-o", str(out)])
    assert not out.exists()
    err = capsys.readouterr().err
    assert err.startswith("reconcile: ")
    assert "Traceback" not in err


# 6. The Markdown report escapes every field: no markup of the input comes alive

HOSTILE = (
    "</script><script>alert(1)</script>",
    "[x](javascript:alert(1))",
    "![t](https://example.org/pixel.png)",
    "<!-- the rest is hidden",
    "line one\n# Injected heading\n```\nfenced\u2028- item",
    "*bold* _it_ `code` | pipe ~~gone~~ <https://example.org> &amp;",
)


def _hostile_result() -> Any:
    from reconcile import Claim, Document, Label, reconcile
    from reconcile.model import Evidence, ItemKind, Rejection

    docs, claims = [], []
    for i, text in enumerate(HOSTILE):
        doc_id = f"{text} {i}"
        docs.append(Document(doc_id, outlet=f"{text} outlet", url="javascript:alert(1)"))
        claims.append(
            Claim(
                id=f"{text} claim",
                document=doc_id,
                subject=f"{text} subject",
                attribute="status",
                value=Label(f"{text} value"),
                attribution=f"{text} cited",
                evidence=Evidence(f"{text} quote"),
            )
        )
    rejected = [
        Rejection(f"{t} item", ItemKind.CLAIM, f"{t} reason", "SchemaError", f"{t}.jsonl", 1)
        for t in HOSTILE
    ]
    return reconcile(claims, docs, rejected=rejected)


def test_the_markdown_report_renders_no_markup_from_the_input() -> None:
    markdown = pytest.importorskip("markdown")
    from reconcile.report import render_markdown

    report = build_report(_hostile_result(), title="Report <b>" + HOSTILE[0])
    text = render_markdown(report)
    html = markdown.markdown(text, extensions=["tables"])
    for tag in ("<script", "<img", "<a ", "<!--", "<b>", "<code", "<pre", "<em", "<strong>x"):
        assert tag not in html
    headings = [line for line in text.splitlines() if line.startswith("#")]
    assert all(not h.lstrip("#").startswith(" Injected") for h in headings)
    assert "\u2028" not in text
    assert "href=" not in html
    assert "src=" not in html


# 7. Files that resolve outside the article folder are not read


def test_links_out_of_the_article_folder_are_rejected_with_the_reason(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("The secret says 77 people were killed.\n")
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "kept.txt").write_text("About 30 people were killed in the city.\n")
    (folder / "a.txt").symlink_to("../outside/secret.txt")
    (folder / "b.txt").symlink_to(outside / "secret.txt")
    (folder / "sub").symlink_to(outside, target_is_directory=True)
    (folder / "inner.txt").symlink_to("kept.txt")
    corpus = load_articles(folder)
    assert ["inner.txt", "kept.txt"] == [a.document.id for a in corpus.articles]
    reasons = {r.item: r.reason for r in corpus.rejected}
    assert ["a.txt", "b.txt", "sub"] == sorted(reasons)
    assert all("outside the article folder" in reason for reason in reasons.values())
    assert "secret" not in " ".join(a.text for a in corpus.articles)


# 11. Only regular files are read: a FIFO named .txt does not hang the run


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_fifo_among_the_articles_is_rejected_not_read(tmp_path: Path) -> None:
    (tmp_path / "kept.txt").write_text("About 30 people were killed in the city.\n")
    os.mkfifo(tmp_path / "pipe.txt")
    corpus = load_articles(tmp_path)
    assert ["kept.txt"] == [a.document.id for a in corpus.articles]
    assert [("pipe.txt", "not a regular file")] == [
        (r.item, r.reason.rsplit(": ", 1)[-1]) for r in corpus.rejected
    ]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
@pytest.mark.parametrize("name", ["claims.jsonl", "claims.csv", "corpus.jsonl"])
def test_a_fifo_given_as_the_input_is_refused_not_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    os.mkfifo(tmp_path / name)
    assert 2 == main(["run", str(tmp_path / name)])
    assert capsys.readouterr().err.endswith("not a regular file\n")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_fifo_given_as_the_article_is_one_rejection(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # With no readable article left there is nothing to reconcile: the run fails (exit 2)
    # after naming the rejected file and its reason, and never hangs on the FIFO.
    os.mkfifo(tmp_path / "article.txt")
    assert 2 == main(["run", str(tmp_path / "article.txt"), "-o", str(tmp_path / "r.json")])
    err = capsys.readouterr().err
    assert "article.txt" in err
    assert "not a regular file" in err


# 8. JSON Lines split on "\n" only; extract's output reads back; CSV keeps its rows

SEPARATORS = ("\u2028", "\u2029", "\u0085")


def test_unicode_line_separators_inside_a_jsonl_record_keep_it_whole(tmp_path: Path) -> None:
    lines = [json.dumps(DOC)] + [
        json.dumps(_claim(f"c{i}", subject=f"US{sep}troops"), ensure_ascii=False)
        for i, sep in enumerate(SEPARATORS)
    ]
    loaded = read_claims(_write_jsonl(tmp_path / "c.jsonl", *lines))
    assert (["c0", "c1", "c2"], ()) == ([c.id for c in loaded.claims], loaded.rejected)


def test_extract_output_reads_back_with_line_separators(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Published: 2024-01-02\n\nAbout 30 people\u2028were killed in the city\u2029today.\n"
    )
    out = tmp_path / "claims.jsonl"
    assert 0 == main(["extract", str(folder), "-o", str(out)])
    raw = out.read_bytes()
    assert all(sep.encode() not in raw for sep in SEPARATORS)
    extracted = read_claims(out)
    assert () == extracted.rejected
    assert 1 <= len(extracted.claims)


def test_an_unquoted_line_separator_in_csv_makes_no_phantom_row(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text(
        "id,document,subject,attribute,kind,point\n"
        "c1,d1,US\u2028troops,deployed,quantity,2500\n"
        "c2,d1,US troops,deployed,quantity,2600\n",
        encoding="utf-8",
    )
    loaded = read_claims(path)
    assert (["c1", "c2"], ()) == ([c.id for c in loaded.claims], loaded.rejected)


# 9. One bad CSV row rejects that row only


@pytest.mark.parametrize(
    "bad",
    ["c2,d1,US troops,deployed,quantity,2600,extra", 'c2,d1,"US" troops,deployed,quantity,26'],
    ids=["extra-cell", "bad-quote"],
)
def test_one_bad_csv_row_is_one_rejection(tmp_path: Path, bad: str) -> None:
    path = tmp_path / "c.csv"
    path.write_text(
        "id,document,subject,attribute,kind,point\n"
        "c1,d1,US troops,deployed,quantity,2500\n"
        f"{bad}\n"
        "c3,d1,US troops,deployed,quantity,2700\n",
        encoding="utf-8",
    )
    loaded = read_claims(path)
    assert ["c1", "c3"] == [c.id for c in loaded.claims]
    assert [(str(path), 3)] == [(r.path, r.line) for r in loaded.rejected]


def test_one_bad_row_of_a_documents_csv_is_one_rejection(tmp_path: Path) -> None:
    path = tmp_path / "docs.csv"
    path.write_text("id,outlet\nd1,Wire\nd2,Daily,extra\nd3,Post\n", encoding="utf-8")
    loaded = read_documents(path)
    assert ["d1", "d3"] == [d.id for d in loaded.documents]
    assert [3] == [r.line for r in loaded.rejected]


# 10. GraphML is valid XML whatever the text holds


def test_graphml_with_control_characters_reads_back(tmp_path: Path) -> None:
    import networkx as nx

    bad = "US\x00troops\x0b\x1f\ufffe"
    path = _write_jsonl(
        tmp_path / "c.jsonl",
        json.dumps(DOC),
        json.dumps(_claim("c1\x01", subject=bad, quote="said \x02 so")),
        json.dumps(_claim("c2", subject=bad)),
    )
    out = tmp_path / "g.graphml"
    assert 0 == main(["graph", str(path), "-o", str(out)])
    graph = nx.read_graphml(out)
    assert 2 <= graph.number_of_nodes()
    labels = {d.get("label") for _, d in graph.nodes(data=True)}
    assert "US\ufffdtroops\ufffd\ufffd\ufffd" in labels
    assert "claim:c1\ufffd" in graph


# 12. Nothing is lost silently


def test_a_sidecar_of_an_unknown_shape_is_rejected(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("About 30 people were killed in the city.\n")
    (tmp_path / "sources.json").write_text(json.dumps({"a.txt": {"outlet": "Wire"}}))
    corpus = load_articles(tmp_path)
    assert ["a.txt"] == [a.document.id for a in corpus.articles]
    assert [("sources.json", "SchemaError")] == [(r.item, r.error) for r in corpus.rejected]


def test_a_second_sidecar_entry_for_one_file_is_rejected(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("About 30 people were killed in the city.\n")
    entries = [{"file": "a.txt", "outlet": "Wire"}, {"file": "a.txt", "outlet": "Daily"}]
    (tmp_path / "sources.json").write_text(json.dumps(entries))
    corpus = load_articles(tmp_path)
    assert ["Wire"] == [a.document.outlet for a in corpus.articles]
    assert [("sources.json entry 2", "DuplicateId", 2)] == [
        (r.item, r.error, r.line) for r in corpus.rejected
    ]


def test_a_document_repeated_word_for_word_is_kept_once_and_the_repeat_recorded(
    tmp_path: Path,
) -> None:
    path = _write_jsonl(
        tmp_path / "c.jsonl", json.dumps(DOC), json.dumps(DOC), json.dumps(_claim("c1"))
    )
    result = _run(tmp_path, path)
    assert ["d1"] == [d["id"] for d in result["documents"]]
    assert [("d1", "document", 2, "DuplicateId")] == [
        (r["item"], r["kind"], r["line"], r["error"]) for r in result["rejected"]
    ]


def test_a_header_without_a_blank_line_after_it_is_still_the_header(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Published: 2024-01-02\nOutlet: Wire\nAbout 30 people were killed in the city.\n"
    )
    [article] = load_articles(tmp_path).articles
    assert ("Wire", "About 30 people were killed in the city.\n") == (
        article.document.outlet,
        article.text,
    )


def test_a_bad_as_of_is_reported_under_as_of(tmp_path: Path) -> None:
    path = _write_jsonl(
        tmp_path / "c.jsonl", json.dumps(DOC), json.dumps(_claim("c1", as_of="2024-13-45"))
    )
    assert ["as_of"] == [r.field for r in read_claims(path).rejected]


def test_duplicate_claim_ids_are_rejected_with_path_and_line(tmp_path: Path) -> None:
    path = _write_jsonl(
        tmp_path / "c.jsonl",
        json.dumps(DOC),
        json.dumps(_claim("c1")),
        json.dumps(_claim("c1", subject="UK troops")),
        json.dumps(_claim("c2")),
        json.dumps(_claim("c2")),
    )
    result = _run(tmp_path, path)
    assert ["c2"] == [c["id"] for c in result["claims"]]
    assert [("c1", 2), ("c1", 3), ("c2", 5)] == [(r["item"], r["line"]) for r in result["rejected"]]
    assert {str(path)} == {r["path"] for r in result["rejected"]}


def test_a_link_that_loops_is_rejected(tmp_path: Path) -> None:
    # Found by the fuzz suite: resolving the link raised out of the loader.
    (tmp_path / "kept.txt").write_text("About 30 people were killed in the city.\n")
    (tmp_path / "a.txt").symlink_to("a.txt")
    corpus = load_articles(tmp_path)
    assert ["kept.txt"] == [a.document.id for a in corpus.articles]
    assert [("a.txt", "InvalidDocument")] == [(r.item, r.error) for r in corpus.rejected]


def test_a_parquet_row_with_a_broken_value_is_one_rejection(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    from reconcile.distributed._inputs import Part, read_part

    good = json.dumps({"kind": "quantity", "point": 2500})
    table = pa.table(
        {
            "id": ["c1", "c2", "c3"],
            "document": ["d1", "d1", "d1"],
            "subject": ["US troops"] * 3,
            "attribute": ["deployed"] * 3,
            "value": [good, "{not json", '{"point": ' + "7" * 5000 + "}"],
        }
    )
    path = tmp_path / "claims.parquet"
    pq.write_table(table, path)
    read = read_part(Part(str(path)))
    assert ["c1"] == [c.id for c in read.claims]
    assert [("c2", 2, "value"), ("c3", 3, "value")] == [
        (r.item, r.line, r.field) for r in read.rejected
    ]


def test_escape_markdown_is_public_and_keeps_plain_words_as_written() -> None:
    from reconcile.report import escape_markdown

    assert "US troops in Iraq: date_formed, 2,500" == escape_markdown(
        "US troops in Iraq: date_formed, 2,500"
    )
    assert "\\[x\\](javascript:1) &lt;b&gt;" == escape_markdown("[x](javascript:1)\n<b>")


def test_rows_after_a_bad_quote_before_a_quoted_line_break_are_still_read(
    tmp_path: Path,
) -> None:
    # Found by the fuzz suite at 2,000 examples: the rest of the bad row opened a quoted
    # cell, which swallowed the rows after it.
    path = tmp_path / "c.csv"
    path.write_text(
        "id,document,subject,attribute,kind,point,text\n"
        "c1,d1,US troops,deployed,quantity,2500,about 30\n"
        'c2,d1,"US troops"x,deployed,quantity,2500,"two\nlines"\n'
        "c3,d1,US troops,deployed,quantity,2700,\n"
        "c4,d1,US troops,deployed,quantity,2800,\n",
        encoding="utf-8",
    )
    loaded = read_claims(path)
    assert ["c1", "c3", "c4"] == [c.id for c in loaded.claims]
    assert [3] == [r.line for r in loaded.rejected]


def test_a_documents_entry_for_an_article_is_not_dropped_silently(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("Published: 2024-01-02\n\nAbout 30 people were killed.\n")
    docs = _write_jsonl(
        tmp_path / "docs.jsonl",
        json.dumps({"type": "document", "id": "a.txt", "outlet": "Wire"}),
        json.dumps({"type": "document", "id": "b", "outlet": "Daily"}),
    )
    loaded = load_input(folder, documents=docs)
    assert ["a.txt", "b"] == [d.id for d in loaded.documents]
    assert [("a.txt", str(docs), "DuplicateId")] == [
        (r.item, r.path, r.error) for r in loaded.rejected
    ]


def test_a_sidecar_linked_from_outside_the_folder_is_not_read(tmp_path: Path) -> None:
    outside = tmp_path / "outside.json"
    outside.write_text(json.dumps([{"file": "a.txt", "outlet": "Planted"}]))
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("About 30 people were killed in the city.\n")
    (folder / "sources.json").symlink_to(outside)
    corpus = load_articles(folder)
    assert [None] == [a.document.outlet for a in corpus.articles]
    assert ["sources.json"] == [r.item for r in corpus.rejected]


def test_a_file_name_that_is_not_utf8_is_rejected(tmp_path: Path) -> None:
    try:
        (Path(os.fsdecode(os.fsencode(tmp_path) + b"/\xff.txt"))).write_text("Two died.\n")
    except (OSError, UnicodeError):
        pytest.skip("this file system refuses names that are not UTF-8")
    (tmp_path / "kept.txt").write_text("About 30 people were killed in the city.\n")
    result = _run(tmp_path, tmp_path)
    assert ["kept.txt"] == [d["id"] for d in result["documents"]]
    assert ["\\udcff.txt"] == [r["item"] for r in result["rejected"]]
