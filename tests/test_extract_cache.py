"""The extraction cache: re-runs read again only what changed, and give the same bytes."""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Callable, Iterable
from pathlib import Path
from types import SimpleNamespace

import pytest

from reconcile.cli import CACHE_FOLDER, main
from reconcile.extract import (
    Article,
    ReadingCache,
    default_extractor,
    extract_claims,
    load_articles,
)
from reconcile.extract import _cache as cache_module
from reconcile.inputs import load_input
from reconcile.model import Claim
from reconcile.output import dumps_result
from reconcile.pipeline import reconcile
from tests.helpers import NEXT_DAY_ARTICLES

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = [ROOT / "examples" / name / "articles" for name in ("market_strike", "iraq_withdrawal")]


def _result_bytes(folder: Path, cache: ReadingCache | None) -> str:
    loaded = load_input(folder, cache=cache)
    return dumps_result(reconcile(loaded.claims, loaded.documents, rejected=loaded.rejected))


def _entries(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.json"))


@pytest.mark.parametrize("folder", EXAMPLES, ids=lambda p: p.parent.name)
def test_a_cached_run_gives_the_bytes_of_an_uncached_run(folder: Path, tmp_path: Path) -> None:
    uncached = _result_bytes(folder, None)
    cold = ReadingCache(tmp_path / "cache")
    assert uncached == _result_bytes(folder, cold)
    warm = ReadingCache(tmp_path / "cache")
    assert uncached == _result_bytes(folder, warm)
    articles = len(load_articles(folder).articles)
    assert (0, articles) == (cold.hits, cold.misses)
    assert (articles, 0, 0) == (warm.hits, warm.misses, warm.rebuilt)


def test_an_added_article_is_the_only_one_read_again(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    shutil.copytree(EXAMPLES[0], folder)
    _result_bytes(folder, ReadingCache(tmp_path / "cache"))
    name = "05_gazette_2025-03-13.txt"
    (folder / name).write_text(NEXT_DAY_ARTICLES[name], encoding="utf-8")
    again = ReadingCache(tmp_path / "cache")
    assert _result_bytes(folder, None) == _result_bytes(folder, again)
    assert (4, 1) == (again.hits, again.misses)


def test_an_edited_article_or_header_is_read_again(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    shutil.copytree(EXAMPLES[0], folder)
    _result_bytes(folder, ReadingCache(tmp_path / "cache"))
    courier = folder / "02_courier_2025-03-11.txt"
    courier.write_text(courier.read_text().replace("rises to 21", "rises to 22"))
    wire = folder / "04_wire_2025-03-12.txt"
    wire.write_text(wire.read_text().replace("Author: Lena Morris", "Author: Ada Brook"))
    again = ReadingCache(tmp_path / "cache")
    assert _result_bytes(folder, None) == _result_bytes(folder, again)
    assert (2, 2) == (again.hits, again.misses)


def _corrupt_truncated(entry: Path) -> None:
    entry.write_bytes(entry.read_bytes()[: entry.stat().st_size // 2])


def _corrupt_not_json(entry: Path) -> None:
    entry.write_bytes(b"\x00\xff not a cache entry")


def _corrupt_body(entry: Path) -> None:
    # a figure changed in the body, the header's hash left as it was
    header, body = entry.read_text().split("\n", 1)
    entry.write_text(header + "\n" + body.replace("21", "99"))


def _wrong_version(entry: Path) -> None:
    header, body = entry.read_text().split("\n", 1)
    head = json.loads(header)
    head["version"] = "0"
    entry.write_text(json.dumps(head) + "\n" + body)


def _wrong_rules(entry: Path) -> None:
    header, body = entry.read_text().split("\n", 1)
    head = json.loads(header)
    head["rules"] = "0" * 64
    entry.write_text(json.dumps(head) + "\n" + body)


def _sound_hash_bad_records(entry: Path) -> None:
    # hashes right, but holds a record no reading is made of
    header, _ = entry.read_text().split("\n", 1)
    head = json.loads(header)
    body = json.dumps({"A": ["Claim", "x"]})
    head["sha256"] = hashlib.sha256(body.encode()).hexdigest()
    entry.write_text(json.dumps(head) + "\n" + body)


def _foreign_class(entry: Path) -> None:
    # hashes right, but names a class from outside the package: never imported or built
    header, _ = entry.read_text().split("\n", 1)
    head = json.loads(header)
    body = json.dumps({"A": ["subprocess.Popen", ["false"]]})
    head["sha256"] = hashlib.sha256(body.encode()).hexdigest()
    entry.write_text(json.dumps(head) + "\n" + body)


CORRUPTIONS: list[Callable[[Path], None]] = [
    _foreign_class,
    _corrupt_truncated,
    _corrupt_not_json,
    _corrupt_body,
    _wrong_version,
    _wrong_rules,
    _sound_hash_bad_records,
]


@pytest.mark.parametrize("corrupt", CORRUPTIONS, ids=lambda f: f.__name__.strip("_"))
def test_a_bad_entry_is_never_used_and_is_rebuilt(
    corrupt: Callable[[Path], None], tmp_path: Path
) -> None:
    folder = EXAMPLES[0]
    expected = _result_bytes(folder, None)
    _result_bytes(folder, ReadingCache(tmp_path / "cache"))
    cache = ReadingCache(tmp_path / "cache")
    article = next(a for a in load_articles(folder).articles if "courier" in a.document.id)
    entry = cache.path(cache.key(default_extractor(), article))
    corrupt(entry)
    assert expected == _result_bytes(folder, cache)
    assert (3, 1) == (cache.hits, cache.misses)
    healed = ReadingCache(tmp_path / "cache")
    assert expected == _result_bytes(folder, healed)
    assert (4, 0, 0) == (healed.hits, healed.misses, healed.rebuilt)


def test_an_entry_under_another_articles_key_is_not_used(tmp_path: Path) -> None:
    folder = EXAMPLES[0]
    expected = _result_bytes(folder, None)
    cache = ReadingCache(tmp_path / "cache")
    _result_bytes(folder, cache)
    articles = load_articles(folder).articles
    run = default_extractor()
    first, second = (cache.path(cache.key(run, a)) for a in articles[:2])
    shutil.copyfile(first, second)
    again = ReadingCache(tmp_path / "cache")
    assert expected == _result_bytes(folder, again)
    assert (3, 1, 1) == (again.hits, again.misses, again.rebuilt)


def test_an_unreadable_entry_is_counted_as_rebuilt(tmp_path: Path) -> None:
    folder = EXAMPLES[0]
    cache = ReadingCache(tmp_path / "cache")
    article = load_articles(folder).articles[0]
    entry = cache.path(cache.key(default_extractor(), article))
    entry.mkdir(parents=True)  # a folder where the entry should be: reading it fails
    with pytest.raises(IsADirectoryError):
        cache.read(default_extractor(), article)
    assert 1 == cache.rebuilt


def test_other_settings_and_other_rules_have_other_keys(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = ReadingCache(tmp_path)
    article = load_articles(EXAMPLES[0]).articles[0]
    default = cache.key(default_extractor(), article)
    assert default != cache.key(default_extractor(kinds=["counts"]), article)
    assert default != cache.key(default_extractor(about_spread=0.2), article)
    monkeypatch.setattr(cache_module, "EXTRACTOR_VERSION", "next")
    assert default != cache.key(default_extractor(), article)


@pytest.mark.parametrize(
    "edited", ["extract/lexicon/frames.json", "extract/_frames.py", "values.py", "model.py"]
)
def test_an_edit_to_a_rule_or_a_word_list_changes_the_rules_hash(
    edited: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = ROOT / "src" / "reconcile"
    shutil.copytree(source / "extract", tmp_path / "extract")
    for name in ("model.py", "values.py"):
        shutil.copyfile(source / name, tmp_path / name)
    original = cache_module.rules_hash()
    places = {"reconcile.extract": tmp_path / "extract", "reconcile": tmp_path}
    monkeypatch.setattr(cache_module, "resources", SimpleNamespace(files=places.__getitem__))
    cache_module.rules_hash.cache_clear()
    try:
        assert original == cache_module.rules_hash()
        cache_module.rules_hash.cache_clear()
        path = tmp_path / edited
        path.write_text(path.read_text() + "\n")
        assert original != cache_module.rules_hash()
    finally:
        cache_module.rules_hash.cache_clear()


def test_an_extractor_of_ones_own_runs_without_the_cache(tmp_path: Path) -> None:
    def mine(article: Article) -> Iterable[Claim]:
        return list(default_extractor()(article))

    cache = ReadingCache(tmp_path)
    corpus = load_articles(EXAMPLES[0])
    assert extract_claims(corpus, extractor=mine) == extract_claims(
        corpus, extractor=mine, cache=cache
    )
    assert (0, 0, []) == (cache.hits, cache.misses, _entries(tmp_path))


def test_run_keeps_the_cache_beside_its_output(tmp_path: Path) -> None:
    out = tmp_path / "out" / "result.json"
    out.parent.mkdir()
    assert 0 == main(["run", str(EXAMPLES[0]), "-o", str(out)])
    assert 4 == len(_entries(out.parent / CACHE_FOLDER))
    first = out.read_bytes()
    assert 0 == main(["run", str(EXAMPLES[0]), "-o", str(out)])
    assert first == out.read_bytes()


def test_cache_names_the_folder_and_standard_output_keeps_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert 0 == main(["report", str(EXAMPLES[0])])
    assert 0 == main(["extract", str(EXAMPLES[0])])
    assert [] == list(tmp_path.iterdir())
    assert 0 == main(["extract", str(EXAMPLES[0]), "--cache", "kept"])
    assert 4 == len(_entries(tmp_path / "kept"))
    capsys.readouterr()


def test_an_undated_article_read_against_the_others_gives_the_same_bytes(tmp_path: Path) -> None:
    # An article without a date is read again, anchored on the day other articles give
    # its event: a step across articles, which runs on every run, cached or not.
    folder = tmp_path / "articles"
    shutil.copytree(EXAMPLES[0], folder)
    courier = folder / "02_courier_2025-03-11.txt"
    courier.write_text(courier.read_text().replace("Published: 2025-03-11\n", ""))
    assert None in {a.document.published for a in load_articles(folder).articles}
    uncached = _result_bytes(folder, None)
    assert uncached == _result_bytes(folder, ReadingCache(tmp_path / "cache"))
    warm = ReadingCache(tmp_path / "cache")
    assert uncached == _result_bytes(folder, warm)
    assert (4, 0) == (warm.hits, warm.misses)
