r"""One door for every command's input: a claims file, or articles to extract claims from.

- a **folder**, a ``.txt`` or ``.md`` file: articles (:func:`reconcile.extract.load_articles`);
- a ``.jsonl`` file whose first record has ``text`` and no ``value``: an article corpus;
- any other ``.jsonl`` or a ``.csv``: claims (:func:`reconcile.io.read_claims`).

Articles go through the extractor; the result is the same :class:`~reconcile.io.Loaded`
either way, with every unreadable article or bad record among its rejections.

Examples:
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text(
    ...     "Published: 2024-01-27\n\nAbout 2,500 US troops remain in Iraq.\n")
    >>> _ = (folder / "b.txt").write_text("")
    >>> loaded = load_input(folder)
    >>> [(c.subject, c.attribute, str(c.value)) for c in loaded.claims]
    [('US troops', 'deployed', 'About 2,500')]
    >>> [r.item for r in loaded.rejected]
    ['b.txt']
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

from reconcile._heap import collector_paused
from reconcile.errors import DuplicateId, NoSuchPath
from reconcile.io import Loaded, read_claims, read_documents
from reconcile.model import ItemKind, Rejection
from reconcile.schema import ARTICLE_TEXT_KEYS

if TYPE_CHECKING:
    # The extraction package is imported when articles are read (0.15 s to import, most
    # of a command's start), not for a claims file.
    from reconcile.extract import Extractor, ReadingCache

__all__ = ["is_article_input", "load_input"]


def is_article_input(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` holds articles (to extract from) rather than claims."""
    source = Path(path)
    if source.is_dir() or source.suffix.casefold() in (".txt", ".md"):
        return True
    if source.suffix.casefold() != ".jsonl" or not source.is_file():
        return False
    with source.open(encoding="utf-8-sig", errors="replace") as lines:
        for line in lines:
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except (ValueError, RecursionError):
                return False
            # an article corpus: "text" (or a crawl's "content"), never a claim's "value"
            return (
                isinstance(record, dict)
                and any(key in record for key in ARTICLE_TEXT_KEYS)
                and "value" not in record
            )
    return False


def load_input(
    path: str | os.PathLike[str],
    *,
    documents: str | os.PathLike[str] | None = None,
    extractor: Extractor | None = None,
    strict: bool = False,
    cache: ReadingCache | None = None,
) -> Loaded:
    """Load claims from a claims file, or extract them from articles.

    Args:
        path: a claims file, an article folder or file, or an article corpus.
        documents: a documents file for a claims file (articles carry their own).
        extractor: the extractor for articles; the default rules when ``None``.
        strict: raise every problem at once instead of rejecting bad records.
        cache: keeps each article's extraction between runs (:class:`ReadingCache`), so
            that a re-run reads again only the articles that changed; the claims are
            the same with or without it. Unused for a claims file.

    Returns:
        The documents, the claims and every rejection.
    """
    if not Path(path).exists():
        raise NoSuchPath("no such file or folder", path=os.fspath(path))
    if not is_article_input(path):
        return read_claims(path, documents=documents, strict=strict)
    from reconcile.extract import extract_claims, load_articles  # noqa: PLC0415 (see above)

    corpus = load_articles(path)
    # Extraction leaves no reference cycles, and the collector's passes over the
    # readings it keeps (or takes from the cache) cost a third of a cached re-run.
    with collector_paused():
        extraction = extract_claims(corpus, extractor=extractor, cache=cache)
    docs = [article.document for article in corpus.articles]
    rejected = list(extraction.rejected)
    if documents is not None:
        extra = read_documents(documents, strict=strict)
        known = {d.id for d in docs}
        docs.extend(d for d in extra.documents if d.id not in known)
        rejected.extend(extra.rejected)
        for doc in extra.documents:
            if doc.id in known:
                error = DuplicateId(
                    f"document {doc.id!r} is also an article; the article's own metadata is used",
                    path=os.fspath(documents),
                    field="id",
                )
                rejected.append(Rejection.from_error(doc.id, ItemKind.DOCUMENT, error))
    return Loaded(tuple(sorted(docs, key=lambda d: d.id)), extraction.claims, tuple(rejected))
