"""Loading articles: a folder of text files with headers or a sidecar, or a JSONL corpus.

Every file either becomes an :class:`Article` or a :class:`reconcile.model.Rejection`
that names it; nothing is skipped silently (hidden files such as ``.DS_Store`` aside).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
import stat
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, Final

import attrs

from reconcile.errors import DuplicateId, InvalidDocument, ReconcileError, SchemaError
from reconcile.extract import _lexicon as lex
from reconcile.model import Document, ItemKind, Rejection
from reconcile.schema import ARTICLE_TEXT_KEYS, check_text

#: Files larger than this are rejected rather than read (50 MB).
DEFAULT_MAX_BYTES: Final = 50_000_000
ARTICLE_SUFFIXES: Final = frozenset({".txt", ".md"})
SIDECARS: Final = ("sources.json", "sources.csv")

_KEYS: Final[dict[str, str]] = {
    "url": "url",
    "uri": "url",
    "link": "url",
    "source_url": "url",
    "published": "published",
    "date": "published",
    "dct": "published",
    "publication_date": "published",
    "published_at": "published",
    "pubdate": "published",
    "outlet": "outlet",
    "publisher": "outlet",
    "source": "outlet",
    "site": "outlet",
    "author": "author",
    "byline": "author",
    "by": "author",
    "title": "title",
    "headline": "title",
    "origin": "origin",
}
_HEADER_LINE: Final = re.compile(r"([A-Za-z][A-Za-z0-9 _-]{0,40}):[ \t]*(.*)")
_ISO: Final = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?")
_DMY: Final = re.compile(r"(\d{1,2})\s+([A-Za-z]+\.?),?\s+(\d{4})")
_MDY: Final = re.compile(r"([A-Za-z]+\.?)\s+(\d{1,2}),?\s+(\d{4})")
_SLASH: Final = re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})")


@attrs.frozen
class Article:
    r"""One article: its document metadata and its body text.

    Attributes:
        document: the :class:`reconcile.model.Document` (id, outlet, published, ...).
        text: the body after any header, newlines normalized to ``\n``; claim spans are
            offsets into it.
        path: the file it came from, when it came from a file.
    """

    document: Document
    text: str
    path: str | None = None


@attrs.frozen
class Corpus:
    """The articles that loaded (sorted by document id) and the inputs that did not."""

    articles: tuple[Article, ...] = ()
    rejected: tuple[Rejection, ...] = ()


def _key(name: str) -> str:
    return name.strip().casefold().replace(" ", "_").replace("-", "_")


def parse_published(value: str, *, field: str = "published") -> dt.date:
    """Read a publication date: ISO (with or without a time), "23 Mar 2021", "March 23, 2021".

    Raises:
        InvalidDocument: for text that is not a date, or an impossible date.

    Examples:
        >>> parse_published("2024-02-11T08:30:00Z"), parse_published("23 Mar 2021")
        (datetime.date(2024, 2, 11), datetime.date(2021, 3, 23))
        >>> parse_published("2021-02-30")
        Traceback (most recent call last):
        ...
        reconcile.errors.InvalidDocument: field 'published': impossible date '2021-02-30' (day is out of range for month)
    """  # noqa: E501
    raw = value.strip()
    parts: tuple[int, int, int] | None = None
    if (m := _ISO.fullmatch(raw)) or (m := _SLASH.fullmatch(raw)):
        parts = (int(m[1]), int(m[2]), int(m[3]))
    elif (m := _DMY.fullmatch(raw)) and m[2].casefold() in lex.MONTHS:
        parts = (int(m[3]), lex.MONTHS[m[2].casefold()], int(m[1]))
    elif (m := _MDY.fullmatch(raw)) and m[1].casefold() in lex.MONTHS:
        parts = (int(m[3]), lex.MONTHS[m[1].casefold()], int(m[2]))
    if parts is None:
        raise InvalidDocument(f"cannot read date {value!r}", field=field)
    try:
        return dt.date(*parts)
    except ValueError as exc:
        raise InvalidDocument(f"impossible date {value!r} ({exc})", field=field) from None


def _document(doc_id: str, fields: Mapping[str, Any], *, path: str | None) -> Document:
    """Build a Document from loose metadata, mapping known keys and keeping the rest."""
    known: dict[str, str] = {}
    extra: list[tuple[str, str]] = []
    for key, value in fields.items():
        if value is None:
            continue
        name = _KEYS.get(_key(str(key)))
        text = value if isinstance(value, str) else json.dumps(value, sort_keys=True)
        if name is not None and name not in known:
            known[name] = text
        else:
            extra.append((str(key), text))
    published = None
    stated = known.get("published", "").strip()
    if stated and stated.casefold() not in UNKNOWN_DATES:
        published = parse_published(stated)
    try:
        return Document(
            doc_id,
            outlet=known.get("outlet"),
            author=known.get("author"),
            published=published,
            url=known.get("url"),
            title=known.get("title"),
            origin=known.get("origin"),
            metadata=extra,
        )
    except ReconcileError as exc:
        raise exc.located(path=path, document=doc_id) from None


def split_header(text: str) -> tuple[dict[str, str], str]:
    r"""Split a ``Key: value`` header block (ended by a blank line) from the body.

    A block counts as a header only when every line is ``Key: value`` and at least one
    key is a known one (url, published, outlet, author, title, ...); otherwise the whole
    text is the body. Without the blank line, leading lines of known keys still make the
    header when one of them is a publication date that reads.

    Examples:
        >>> split_header("Title: T\nPublished: 2024-01-02\nX-Desk: world\n\nBody.")
        ({'Title': 'T', 'Published': '2024-01-02', 'X-Desk': 'world'}, 'Body.')
        >>> split_header("BAGHDAD: Officials said.\n\nMore.")[0]
        {}
        >>> split_header("Published: 2024-01-02\nThree died.")
        ({'Published': '2024-01-02'}, 'Three died.')
    """
    head, sep, body = text.partition("\n\n")
    if not sep:
        return _header_without_blank_line(text)
    fields: dict[str, str] = {}
    for line in head.split("\n"):
        m = _HEADER_LINE.fullmatch(line.strip())
        if m is None:
            return {}, text
        fields[m[1].strip()] = m[2].strip()
    if not any(_key(k) in _KEYS for k in fields):
        return {}, text
    return fields, body


def _header_without_blank_line(text: str) -> tuple[dict[str, str], str]:
    """Leading ``Key: value`` lines of known keys, one a date that reads, then the body."""
    fields: dict[str, str] = {}
    rest = text
    while rest:
        line, _, after = rest.partition("\n")
        m = _HEADER_LINE.fullmatch(line.strip())
        if m is None or _key(m[1]) not in _KEYS:
            break
        fields[m[1].strip()] = m[2].strip()
        rest = after
    dated = False
    for key, value in fields.items():
        if _KEYS[_key(key)] == "published":
            try:
                parse_published(value)
            except InvalidDocument:
                return {}, text
            dated = True
    return (fields, rest) if dated and rest.strip() else ({}, text)


#: Control characters no text file holds (all below 32 but tab, newline, \v and \f); one
#: search instead of a test per character, which cost as much as reading the file.
_CONTROL: Final = re.compile("[\x00-\x08\x0d-\x1f]")


def _decode(data: bytes, *, path: str) -> str:
    if not data.strip():
        raise InvalidDocument("empty file", path=path)
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            data = data.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError:
            raise InvalidDocument(
                "not valid UTF-16 despite its byte-order mark", path=path
            ) from None
    if b"\x00" in data[:65536]:
        raise InvalidDocument("binary file (NUL bytes); expected UTF-8 text", path=path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidDocument(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})", path=path
        ) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    bad = len(_CONTROL.findall(text, 0, 65536))
    if bad > 8:
        raise InvalidDocument(f"binary file ({bad} control characters)", path=path)
    return text


def _read_file(path: Path, *, max_bytes: int) -> str:
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        raise InvalidDocument("not a regular file", path=str(path))
    size = info.st_size
    if size > max_bytes:
        raise InvalidDocument(
            f"file is {size:,} bytes, above the limit of {max_bytes:,}", path=str(path)
        )
    return _decode(path.read_bytes(), path=str(path))


def _sidecar(folder: Path, *, rejected: list[Rejection]) -> dict[str, dict[str, Any]]:
    """Metadata by file name from ``sources.json`` or ``sources.csv`` in ``folder``."""
    out: dict[str, dict[str, Any]] = {}
    for name in SIDECARS:
        path = folder / name
        if not path.is_file() or not path.resolve().is_relative_to(folder.resolve()):
            continue  # a link out of the folder is rejected with the folder's files
        try:
            text = _decode(path.read_bytes(), path=str(path))
            if name.endswith(".json"):
                data = json.loads(text)
                records = data.get("documents") if isinstance(data, dict) else data
                if not isinstance(records, list):
                    raise SchemaError(
                        "expected a list of documents, or an object with a 'documents' list",
                        path=str(path),
                    )
                check_text(records)
            else:
                records = list(csv.DictReader(io.StringIO(text)))
            for index, record in enumerate(records, start=1):
                file = record.get("file") or record.get("id") if isinstance(record, dict) else None
                if not isinstance(file, str) or not file:
                    rejected.append(
                        Rejection(
                            f"{name} entry {index}",
                            ItemKind.DOCUMENT,
                            f"{path}: entry {index} has no 'file'",
                            "SchemaError",
                            str(path),
                            index,
                        )
                    )
                    continue
                if file in out:
                    repeat = DuplicateId(
                        f"a second entry for {file!r}; the first one is used",
                        path=str(path),
                        line=index,
                        field="file",
                    )
                    rejected.append(
                        Rejection.from_error(f"{name} entry {index}", ItemKind.DOCUMENT, repeat)
                    )
                    continue
                out[file] = {k: v for k, v in record.items() if k not in ("file", "id")}
        except ReconcileError as exc:
            rejected.append(
                Rejection.from_error(name, ItemKind.DOCUMENT, exc.located(path=str(path)))
            )
        except (ValueError, RecursionError, csv.Error) as exc:
            error = SchemaError(f"cannot read sidecar: {exc!s:.200}", path=str(path))
            rejected.append(Rejection.from_error(name, ItemKind.DOCUMENT, error))
    return out


def _article_from_file(
    path: Path, doc_id: str, meta: Mapping[str, Any], *, max_bytes: int
) -> Article:
    text = _read_file(path, max_bytes=max_bytes)
    header, body = split_header(text)
    if not body.strip():
        raise InvalidDocument("no text after the header", path=str(path))
    fields: dict[str, Any] = dict(meta)
    for key, value in header.items():
        name = _KEYS.get(_key(key), key)
        fields = {k: v for k, v in fields.items() if _KEYS.get(_key(k), k) != name}
        fields[key] = value
    document = _document(doc_id, fields, path=str(path))
    return Article(with_inferred_date(document, body), body, str(path))


#: Header values that say the publication date is not known; the document is kept undated
#: (and dated from its text where it can be, :func:`with_inferred_date`).
UNKNOWN_DATES: Final = frozenset({"unknown", "n/a", "na", "none", "null", "-", "?", "undated"})
_DATELINE_ZONE: Final = 600  # characters at the top of a page where a dateline stands
#: The longest line that can be a dateline; a date inside a longer line is a caption's
#: or a sentence's, and says when something happened, not when the page came out.
_DATELINE_LENGTH: Final = 60
_LONG_DATE: Final = re.compile(
    r"(?:(?P<d1>\d{1,2})\s+(?P<m1>[A-Za-z]{3,9})\.?,?\s+(?P<y1>(?:19|20)\d{2}))"
    r"|(?:(?P<m2>[A-Za-z]{3,9})\.?\s+(?P<d2>\d{1,2}),?\s+(?P<y2>(?:19|20)\d{2}))"
    r"|(?:(?P<y3>(?:19|20)\d{2})-(?P<m3>\d{2})-(?P<d3>\d{2}))"
)
_URL_DATE: Final = re.compile(r"/((?:19|20)\d{2})[/-]?(\d{2})[/-]?(\d{2})(?:/|[^\d])")


def _long_dates(text: str) -> list[tuple[int, dt.date]]:
    out: list[tuple[int, dt.date]] = []
    for m in _LONG_DATE.finditer(text):
        try:
            if m["y3"]:
                day = dt.date(int(m["y3"]), int(m["m3"]), int(m["d3"]))
            else:
                month_name = (m["m1"] or m["m2"]).casefold()
                month = lex.MONTHS.get(month_name) or lex.MONTHS.get(month_name[:3])
                if month is None:
                    continue
                day = dt.date(int(m["y1"] or m["y2"]), month, int(m["d1"] or m["d2"]))
        except ValueError:
            continue
        out.append((m.start(), day))
    return out


def inferred_published(text: str, url: str | None = None) -> tuple[dt.date, str] | None:
    r"""A publication date read from the page itself, and where it was read.

    In order: a dateline, a short line at the top of the page that gives a full date
    ("Saturday, January 6, 2024", "Updated: 2024-01-04 21:39"), then a date in the
    URL's path (".../2024/01/04/..."). A date in a caption or a sentence says when
    something happened, not when the page came out, so it dates nothing.

    Examples:
        >>> inferred_published("Saturday, January 6, 2024\nThe toll rose to 91.")
        (datetime.date(2024, 1, 6), 'dateline')
        >>> inferred_published("No date here.", "https://example.org/2019/06/16/story")
        (datetime.date(2019, 6, 16), 'url')
        >>> inferred_published("Floods hit on Sunday.") is None
        True
    """
    for at, day in _long_dates(text[:_DATELINE_ZONE]):
        line_start = text.rfind("\n", 0, at) + 1
        line_end = text.find("\n", at)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        if len(line.strip()) <= _DATELINE_LENGTH:
            return day, "dateline"  # a short line of its own: the page's date
    if url and (m := _URL_DATE.search(url)):
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3])), "url"
        except ValueError:
            pass
    weekday = _weekday_dated(text)
    return (weekday, "weekday") if weekday is not None else None


_WEEKDAY_DATE: Final = re.compile(
    r"\b(?P<weekday>" + "|".join(lex.WEEKDAYS) + r"),?\s+(?P<month>[a-z]{3,9})\.?\s+"
    r"(?P<day>\d{1,2})\b(?!,?\s+(?:19|20)\d{2})",
    re.IGNORECASE,
)
#: How many years after the latest year a page writes its weekday's date may fall: the
#: days of a year's calendar come back on the same weekdays within 11 years.
_WEEKDAY_YEARS: Final = 11


def _weekday_dated(text: str) -> dt.date | None:
    """The day a page's opening names by weekday, month and day, its year read off both.

    "On Monday, February 24, the Assembly adopted ..." on a page that writes no year
    for it but dates an earlier event ("on February 23, 2023"): the first year from the
    latest full date on the page whose February 24 is a Monday. A page with no full
    date gives no year to start from, so nothing.

    Examples:
        >>> _weekday_dated("On Monday, February 24, it passed. A year after February 23, 2023.")
        datetime.date(2025, 2, 24)
        >>> _weekday_dated("On Monday, February 24, it passed.") is None
        True
    """
    m = _WEEKDAY_DATE.search(text[:_DATELINE_ZONE])
    if m is None:
        return None
    month = lex.MONTHS.get(m["month"].casefold())
    years = [day.year for _, day in _long_dates(text)]
    if month is None or not years:
        return None
    weekday = lex.WEEKDAYS[m["weekday"].casefold()]
    for year in range(max(years), max(years) + _WEEKDAY_YEARS):
        try:
            day = dt.date(year, month, int(m["day"]))
        except ValueError:
            continue  # February 29 of a common year
        if day.weekday() == weekday:
            return day
    return None


def with_inferred_date(document: Document, text: str) -> Document:
    """The document, dated from its text when its metadata gives no publication date.

    Where the date came from is kept in the metadata (``published_from``), so that a
    reader can tell a stated date from an inferred one.
    """
    if document.published is not None:
        return document
    found = inferred_published(text, document.url)
    if found is None:
        return document
    day, source = found
    metadata = (*document.metadata, ("published_from", source))
    return attrs.evolve(document, published=day, metadata=metadata)


def _is_utf8_name(name: str) -> bool:
    # Bytes that are not UTF-8 come back from the file system as lone surrogates.
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _load_folder(folder: Path, *, max_bytes: int) -> Corpus:
    rejected: list[Rejection] = []
    meta = _sidecar(folder, rejected=rejected)
    articles: list[Article] = []
    seen: set[str] = set()
    root = folder.resolve()
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if any(part.startswith(".") for part in path.relative_to(folder).parts):
            continue
        if not rel.isascii() and not _is_utf8_name(rel):
            error = InvalidDocument("the file name is not UTF-8", path=str(path))
            rejected.append(Rejection.from_error(rel, ItemKind.DOCUMENT, error))
            continue
        try:
            inside = path.resolve().is_relative_to(root)
        except (RuntimeError, OSError):
            error = InvalidDocument("a link that loops back on itself", path=str(path))
            rejected.append(Rejection.from_error(rel, ItemKind.DOCUMENT, error))
            continue
        if not inside:
            error = InvalidDocument(
                f"a link to {os.readlink(path) if path.is_symlink() else path.resolve()}, "
                "outside the article folder",
                path=str(path),
            )
            rejected.append(Rejection.from_error(rel, ItemKind.DOCUMENT, error))
            continue
        if path.is_dir() or rel in SIDECARS:
            continue
        if path.suffix.casefold() not in ARTICLE_SUFFIXES:
            rejected.append(
                Rejection(
                    rel,
                    ItemKind.DOCUMENT,
                    f"{path}: not an article (expected .txt or .md)",
                    "InvalidDocument",
                    str(path),
                )
            )
            continue
        seen.add(rel)
        try:
            articles.append(
                _article_from_file(
                    path, rel, meta.get(rel, meta.get(path.name, {})), max_bytes=max_bytes
                )
            )
        except ReconcileError as exc:
            rejected.append(
                Rejection.from_error(rel, ItemKind.DOCUMENT, exc.located(path=str(path)))
            )
        except OSError as exc:
            error = InvalidDocument(f"cannot read file: {exc.strerror}", path=str(path))
            rejected.append(Rejection.from_error(rel, ItemKind.DOCUMENT, error))
    names = {a.document.id for a in articles} | {Path(r).name for r in seen}
    for file in sorted(set(meta) - names - seen):
        rejected.append(
            Rejection(
                file,
                ItemKind.DOCUMENT,
                f"the sidecar names {file!r}, which is not in {folder}",
                "InvalidDocument",
                str(folder),
            )
        )
    return Corpus(tuple(sorted(articles, key=lambda a: a.document.id)), tuple(rejected))


_TEXT_KEYS: Final = ARTICLE_TEXT_KEYS
_ID_KEYS: Final = ("id", "doc_id", "document_id", "file")


def _load_jsonl(path: Path, *, max_bytes: int) -> Corpus:
    rejected: list[Rejection] = []
    articles: dict[str, Article] = {}
    text = _read_file(path, max_bytes=max_bytes)
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise SchemaError(f"not JSON: {exc.msg}", path=str(path), line=number) from None
            except (ValueError, RecursionError) as exc:
                raise SchemaError(f"unreadable JSON: {exc!s:.80}", path=str(path)) from None
            if not isinstance(record, dict):
                raise SchemaError("expected a JSON object", path=str(path), line=number)
            check_text(record)
            doc_id = next((record[k] for k in _ID_KEYS if record.get(k) is not None), None)
            body = next((record[k] for k in _TEXT_KEYS if k in record), None)
            if doc_id is None:
                raise SchemaError("missing 'id'", path=str(path), line=number, field="id")
            if not isinstance(body, str):
                raise SchemaError("missing 'text'", path=str(path), line=number, field="text")
            doc_id = str(doc_id)
            if not body.strip():
                raise InvalidDocument("empty text", path=str(path), line=number, field="text")
            if doc_id in articles:
                raise DuplicateId(
                    f"duplicate id {doc_id!r}", path=str(path), line=number, field="id"
                )
            rest = {k: v for k, v in record.items() if k not in _ID_KEYS and k not in _TEXT_KEYS}
            document = _document(doc_id, rest, path=str(path))
            body = body.replace("\r\n", "\n").replace("\r", "\n")
            articles[doc_id] = Article(document, body, str(path))
        except ReconcileError as exc:
            item = f"line {number}"
            rejected.append(
                Rejection.from_error(
                    item, ItemKind.DOCUMENT, exc.located(path=str(path), line=number)
                )
            )
    return Corpus(tuple(articles[k] for k in sorted(articles)), tuple(rejected))


def load_articles(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Corpus:
    r"""Load articles from a folder of ``.txt``/``.md`` files, one such file, or a JSONL corpus.

    A file may open with a header of ``Key: value`` lines (URL, PUBLISHED, OUTLET, AUTHOR,
    TITLE; keys case-insensitive, unknown keys kept as metadata) ended by a blank line.
    A ``sources.json`` or ``sources.csv`` sidecar in the folder gives metadata for files
    by name; a header overrides it field by field. In a folder, document ids are the file
    paths relative to it. A ``.jsonl`` corpus has one object per line with ``id`` and
    ``text`` (or ``doc_id``/``content``) and any metadata fields.

    Args:
        path: a folder, a ``.txt``/``.md`` file or a ``.jsonl`` file.
        max_bytes: files above this size are rejected.

    Returns:
        The articles sorted by document id, and a rejection record for every file or line
        that could not be read (empty, binary, mis-encoded, too big, bad header date).

    Raises:
        InvalidDocument: when ``path`` does not exist or is of an unknown kind.

    Examples:
        >>> import tempfile, pathlib
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / "a.txt").write_text("Published: 2024-01-02\n\nThree died.")
        >>> _ = (folder / "b.txt").write_bytes(b"")
        >>> corpus = load_articles(folder)
        >>> [(a.document.id, a.document.published, a.text) for a in corpus.articles]
        [('a.txt', datetime.date(2024, 1, 2), 'Three died.')]
        >>> [(r.item, r.reason.split(": ")[-1]) for r in corpus.rejected]
        [('b.txt', 'empty file')]
    """
    p = Path(path)
    if p.is_dir():
        return _load_folder(p, max_bytes=max_bytes)
    if not p.exists():
        raise InvalidDocument("no such file or folder", path=str(p))
    if p.suffix.casefold() in (".jsonl", ".ndjson"):
        return _load_jsonl(p, max_bytes=max_bytes)
    if p.suffix.casefold() in ARTICLE_SUFFIXES:
        rejected: list[Rejection] = []
        meta = _sidecar(p.parent, rejected=rejected)
        try:
            article = _article_from_file(p, p.name, meta.get(p.name, {}), max_bytes=max_bytes)
        except ReconcileError as exc:
            rejected.append(
                Rejection.from_error(p.name, ItemKind.DOCUMENT, exc.located(path=str(p)))
            )
            return Corpus((), tuple(rejected))
        return Corpus((article,), tuple(rejected))
    raise InvalidDocument("expected a folder, a .txt/.md file or a .jsonl corpus", path=str(p))


def articles_from_texts(
    texts: Iterable[tuple[str, str]], *, published: dt.date | None = None
) -> Corpus:
    """A corpus from ``(id, text)`` pairs, for tests and notebooks.

    Examples:
        >>> articles_from_texts([("b", "Two."), ("a", "One.")]).articles[0].document.id
        'a'
    """
    articles = [Article(Document(i, published=published), t, None) for i, t in texts]
    return Corpus(tuple(sorted(articles, key=lambda a: a.document.id)), ())
