"""Loading articles: headers, sidecars, JSON Lines, and a rejection for every bad file."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from reconcile.errors import InvalidDocument
from reconcile.extract import load_articles, parse_published, split_header


def _write(folder: Path, name: str, data: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


def test_a_header_gives_the_metadata_and_offsets_count_from_the_body(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "a.txt",
        "TITLE: Border clash\nPublished: 2023-05-02\nOutlet: Daily Wire Service\n"
        "url: https://example.org/a\nDesk: world\n\nFour soldiers died.",
    )
    corpus = load_articles(tmp_path)
    [article] = corpus.articles
    doc = article.document
    assert ("a.txt", "Border clash", dt.date(2023, 5, 2), "Daily Wire Service") == (
        doc.id,
        doc.title,
        doc.published,
        doc.outlet,
    )
    assert "https://example.org/a" == doc.url
    assert (("Desk", "world"),) == doc.metadata
    assert "Four soldiers died." == article.text
    assert () == corpus.rejected


def test_a_sidecar_json_supplies_metadata_and_a_header_overrides_it(tmp_path: Path) -> None:
    _write(tmp_path, "one.txt", "No header here. Two died.")
    _write(tmp_path, "two.txt", "Outlet: Header News\n\nThree died.")
    sidecar = {
        "documents": [
            {"file": "one.txt", "outlet": "Side A", "published": "2020-01-05", "basis": "x"},
            {"file": "two.txt", "outlet": "Side B", "author": "R. Roe"},
        ]
    }
    _write(tmp_path, "sources.json", json.dumps(sidecar))
    docs = [a.document for a in load_articles(tmp_path).articles]
    assert [("one.txt", "Side A", dt.date(2020, 1, 5)), ("two.txt", "Header News", None)] == [
        (d.id, d.outlet, d.published) for d in docs
    ]
    assert "R. Roe" == docs[1].author
    assert (("basis", "x"),) == docs[0].metadata


def test_a_sidecar_csv_works_like_the_json_one(tmp_path: Path) -> None:
    _write(tmp_path, "x.md", "Five people were hurt.")
    _write(tmp_path, "sources.csv", "file,outlet,published,url\nx.md,CSV Times,2019-07-08,\n")
    [article] = load_articles(tmp_path).articles
    assert ("CSV Times", dt.date(2019, 7, 8), None) == (
        article.document.outlet,
        article.document.published,
        article.document.url,
    )


def test_ids_are_relative_paths_and_articles_come_sorted(tmp_path: Path) -> None:
    for name in ("b.txt", "a.md", "sub/c.txt"):
        _write(tmp_path, name, "Text.")
    assert ["a.md", "b.txt", "sub/c.txt"] == [
        a.document.id for a in load_articles(tmp_path).articles
    ]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\n ", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00binary", "binary file"),
        ("caf\u00e9 in Latin-1".encode("latin-1"), "not valid UTF-8"),
        (b"Published: 2021-02-30\n\nText.", "impossible date"),
        (b"Published: soon\n\nText.", "cannot read date"),
        (b"Title: Only a header\nPublished: 2020-01-01\n\n", "no text after the header"),
    ],
)
def test_bad_files_become_rejections_naming_the_file(
    tmp_path: Path, data: bytes, reason: str
) -> None:
    _write(tmp_path, "good.txt", "Fine text.")
    path = _write(tmp_path, "bad.txt", data)
    corpus = load_articles(tmp_path)
    assert ["good.txt"] == [a.document.id for a in corpus.articles]
    [rejection] = corpus.rejected
    assert "bad.txt" == rejection.item
    assert str(path) == rejection.path
    assert reason in rejection.reason


def test_huge_files_are_rejected_not_read(tmp_path: Path) -> None:
    _write(tmp_path, "big.txt", "x" * 2000)
    corpus = load_articles(tmp_path, max_bytes=1000)
    [rejection] = corpus.rejected
    assert "above the limit" in rejection.reason


def test_other_files_are_rejected_and_hidden_ones_ignored(tmp_path: Path) -> None:
    _write(tmp_path, "a.txt", "Text.")
    _write(tmp_path, "notes.pdf", b"%PDF")
    _write(tmp_path, ".DS_Store", b"\x00")
    corpus = load_articles(tmp_path)
    assert ["notes.pdf"] == [r.item for r in corpus.rejected]


def test_a_sidecar_entry_without_a_file_is_reported(tmp_path: Path) -> None:
    _write(tmp_path, "a.txt", "Text.")
    _write(tmp_path, "sources.json", json.dumps({"documents": [{"file": "gone.txt"}]}))
    assert ["gone.txt"] == [r.item for r in load_articles(tmp_path).rejected]


def test_odd_unicode_is_kept_as_is(tmp_path: Path) -> None:
    body = "\u202bمحمد\u202c said\u00a0three\u200b soldiers died."
    _write(tmp_path, "u.txt", body)
    [article] = load_articles(tmp_path).articles
    assert body == article.text


def test_utf16_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    _write(tmp_path, "w.txt", "Two soldiers died.".encode("utf-16"))
    [article] = load_articles(tmp_path).articles
    assert "Two soldiers died." == article.text


def test_crlf_newlines_are_normalized(tmp_path: Path) -> None:
    _write(tmp_path, "w.txt", b"Published: 2020-01-01\r\n\r\nLine one.\r\nLine two.")
    [article] = load_articles(tmp_path).articles
    assert "Line one.\nLine two." == article.text


def test_a_jsonl_corpus_loads_with_aliases_and_rejects_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "b", "text": "Two died.", "published": "2020-03-04", "outlet": "O"}),
        "{not json",
        json.dumps({"doc_id": "a", "content": "One died.", "dct": "2020-03-05", "extra": 7}),
        json.dumps({"id": "b", "text": "Duplicate."}),
        json.dumps({"id": "c", "text": ""}),
        json.dumps({"text": "no id"}),
        "",
    ]
    path = _write(tmp_path, "corpus.jsonl", "\n".join(lines))
    corpus = load_articles(path)
    assert [("a", dt.date(2020, 3, 5)), ("b", dt.date(2020, 3, 4))] == [
        (a.document.id, a.document.published) for a in corpus.articles
    ]
    assert (("extra", "7"),) == corpus.articles[0].document.metadata
    assert [(2, "SchemaError"), (4, "DuplicateId"), (5, "InvalidDocument"), (6, "SchemaError")] == [
        (r.line, r.error) for r in corpus.rejected
    ]


def test_a_single_file_loads_on_its_own(tmp_path: Path) -> None:
    path = _write(tmp_path, "one.txt", "Text.")
    assert ["one.txt"] == [a.document.id for a in load_articles(path).articles]


def test_a_missing_path_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InvalidDocument, match="no such file"):
        load_articles(tmp_path / "nope")


def test_publication_dates_in_several_forms() -> None:
    assert [dt.date(2021, 3, 23)] * 4 == [
        parse_published(s)
        for s in ("2021-03-23", "23 Mar 2021", "March 23, 2021", "2021-03-23T10:00:00+02:00")
    ]


def test_a_dateline_is_not_a_header() -> None:
    assert ({}, "BAGHDAD: Officials met.\n\nMore.") == split_header(
        "BAGHDAD: Officials met.\n\nMore."
    )
