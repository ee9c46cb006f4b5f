"""A per-article cache of the default extractor's readings, so re-runs redo only what changed.

What is cached is :meth:`RuleExtractor.read` of one article: its claims, counters,
passed-over figures and event mentions, before anything crosses articles. That step is
pure (the same article and rules give the same reading) and is nearly all of the cost;
the corpus-level steps (undated articles re-read against other articles' events, event
coreference) run on every run over the readings, cached or not, so a cached run gives
the same bytes as an uncached one.

An entry's key is a SHA-256 over the article's text, its document metadata (id, outlet,
date, ...), the extractor's settings, :data:`EXTRACTOR_VERSION` and a hash of the rules
themselves (the lexicon data files and the extraction code), so that any rule change
misses the cache instead of serving stale claims.

An entry is a file ``KEY[:2]/KEY.json``: one header line (format, key, versions and
the SHA-256 of the rest), then the reading as JSON. An entry that is truncated, not
JSON, of another version or key, or whose body does not hash to its header is never
used: the article is read again and the entry rewritten. Entries are written
atomically, so a run killed mid-write leaves no half entry.

Examples:
    >>> import tempfile, datetime as dt
    >>> from reconcile.extract import articles_from_texts, extract_claims
    >>> corpus = articles_from_texts(
    ...     [("a", "About 2,500 US troops remain in Iraq.")], published=dt.date(2024, 1, 27))
    >>> cache = ReadingCache(tempfile.mkdtemp())
    >>> first = extract_claims(corpus, cache=cache)
    >>> second = extract_claims(corpus, cache=cache)
    >>> first == second, cache.hits, cache.misses
    (True, 1, 1)
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import hashlib
import json
import math
import os
import sys
from importlib import resources
from pathlib import Path
from typing import Any, Final

import attrs

from reconcile._atomic import write_text_atomic
from reconcile.extract._loader import Article
from reconcile.extract._pipeline import ArticleReading, RuleExtractor

__all__ = ["EXTRACTOR_VERSION", "ReadingCache", "rules_hash"]

#: The default extractor's version. Bump it when a reading changes for a reason the
#: rules hash cannot see (a change in a library the extractor calls).
EXTRACTOR_VERSION: Final = "1"
#: The layout of one cache entry.
_FORMAT: Final = 1


#: The modules outside the extraction package whose code shapes a reading: the values
#: and claims it is made of (parsing, converters, checks).
_MODEL_MODULES: Final = ("model.py", "values.py")


@functools.cache
def rules_hash() -> str:
    """A SHA-256 over the extractor's rules: the lexicon data files and the extraction code.

    With them, the code of the values and claims a reading is made of. Any edit to a
    word list or a rule gives another hash, so cached readings made by the old rules
    are missed, never served.
    """
    digest = hashlib.sha256()
    package = resources.files("reconcile.extract")
    core = resources.files("reconcile")
    files = [(f"lexicon/{p.name}", p) for p in package.joinpath("lexicon").iterdir()]
    files += [(p.name, p) for p in package.iterdir()]
    files += [(f"../{name}", core.joinpath(name)) for name in _MODEL_MODULES]
    # A file's name goes in with its bytes, so that moving text between files counts too.
    for name, item in sorted(files, key=lambda pair: pair[0]):
        if item.is_file() and name.endswith((".json", ".py")):
            digest.update(f"{name}\0".encode())
            digest.update(item.read_bytes())
            digest.update(b"\0")
    return digest.hexdigest()


def _name(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


def _encode(value: Any) -> Any:
    # Plain JSON loses what the readings are made of (a tuple from a list, 12.0 from 12,
    # an enum from its value), so each kind is a one-key object that restores it exactly:
    # {"A": [class, field, ...]}, {"E": [enum, value]}, {"D": day}, {"F": "inf"}.
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else {"F": repr(value)}
    if isinstance(value, tuple):
        return [_encode(v) for v in value]
    if isinstance(value, enum.Enum):
        return {"E": [_name(type(value)), value.value]}
    if type(value) is dt.date:
        return {"D": value.isoformat()}
    cls = type(value)
    if attrs.has(cls) and _class(_name(cls)) is cls:
        fields = attrs.fields(cls)
        return {"A": [_name(cls), *(_encode(getattr(value, f.name)) for f in fields)]}
    raise TypeError(f"cannot cache a {_name(cls)}")


@functools.cache
def _class(name: str) -> type:
    """The class an entry names: an attrs class or enum of reconcile's, already loaded.

    Any class of the package may appear in a reading as the rules grow, so none is
    listed; a name outside the package, or of a module not loaded, is refused, so an
    entry can neither import nor build anything else.
    """
    module, _, attribute = name.rpartition(".")
    loaded = sys.modules.get(module) if module.startswith("reconcile.") else None
    cls = getattr(loaded, attribute, None)
    if not isinstance(cls, type) or not (attrs.has(cls) or issubclass(cls, enum.Enum)):
        raise ValueError(f"not a class a reading is made of: {name!r}")
    return cls


def _tuples(value: list[Any]) -> tuple[Any, ...]:
    return tuple([_tuples(v) if type(v) is list else v for v in value])


def _restore(record: dict[str, Any]) -> Any:
    # Called by the JSON parser on every object, innermost first, so the fields of a
    # class are already restored when the class is built (through its own checks).
    [(tag, value)] = record.items()  # a ValueError for any other shape
    if tag == "A":
        fields = [_tuples(f) if type(f) is list else f for f in value[1:]]
        return _class(value[0])(*fields)
    if tag == "E":
        return _class(value[0])(value[1])
    if tag == "D":
        return dt.date.fromisoformat(value)
    if tag == "F":
        return float(value)
    raise ValueError(f"not a cache record: {tag!r}")


@functools.cache
def _shared_digest(version: str, rules: str, extractor: str) -> Any:
    """A hash already fed with everything the keys of one run share."""
    return hashlib.sha256(f"{_FORMAT}\0{version}\0{rules}\0{extractor}\0".encode())


class ReadingCache:
    """Per-article readings of the default extractor, kept in a folder between runs.

    Give it to :func:`~reconcile.extract.extract_claims` (``cache=``); any other
    extractor than the default rules is run without it. ``hits``, ``misses`` and
    ``rebuilt`` (entries found unusable and read again) count this object's lookups.

    Args:
        folder: where the entries live; created on first write.
    """

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.folder = Path(folder)
        self._root = os.fspath(folder)
        self.hits = 0
        self.misses = 0
        self.rebuilt = 0

    def __repr__(self) -> str:
        return f"ReadingCache({os.fspath(self.folder)!r})"

    def key(self, run: RuleExtractor, article: Article) -> str:
        """The entry key of ``article`` read by ``run``: see the module docstring."""
        digest = _shared_digest(EXTRACTOR_VERSION, rules_hash(), repr(run)).copy()
        # the repr of plain strings, dates and tuples: exact, and cheaper than JSON
        digest.update(repr(attrs.astuple(article.document, recurse=False)).encode())
        digest.update(b"\0")
        digest.update(article.text.encode("utf-8", "surrogatepass"))
        return str(digest.hexdigest())

    def path(self, key: str) -> Path:
        """The file of the entry ``key``."""
        return Path(self._where(key))

    def _where(self, key: str) -> str:
        return os.path.join(self._root, key[:2], f"{key}.json")

    def read(self, run: RuleExtractor, article: Article) -> ArticleReading:
        """``run.read(article)``, from the cache when a sound entry is there."""
        key = self.key(run, article)
        entry = self._where(key)
        cached = self._load(entry, key)
        if cached is not None:
            self.hits += 1
            return cached
        reading = run.read(article)
        self.misses += 1
        try:
            body = json.dumps(_encode(reading), separators=(",", ":"))
        except TypeError:
            # a reading holding something the cache cannot write back exactly is read
            # again next time rather than stored in part (tests see it as a miss)
            return reading
        self._store(entry, key, body)
        return reading

    def _load(self, entry: str, key: str) -> ArticleReading | None:
        try:
            with open(entry, "rb") as file:
                raw = file.read()
        except FileNotFoundError:
            return None
        except OSError:
            self.rebuilt += 1
            return None
        header, _, body = raw.partition(b"\n")
        try:
            head = json.loads(header)
            sound = (
                isinstance(head, dict)
                and head.get("format") == _FORMAT
                and head.get("key") == key
                and head.get("version") == EXTRACTOR_VERSION
                and head.get("rules") == rules_hash()
                and head.get("sha256") == hashlib.sha256(body).hexdigest()
            )
            reading = json.loads(body, object_hook=_restore) if sound else None
        except (ValueError, TypeError, KeyError, IndexError, RecursionError):
            reading = None
        if not isinstance(reading, ArticleReading):
            self.rebuilt += 1
            return None
        return reading

    def _store(self, entry: str, key: str, body: str) -> None:
        # ASCII (json's default), so that any string the article holds (a lone surrogate
        # too) writes and hashes as it is
        head = {
            "format": _FORMAT,
            "key": key,
            "version": EXTRACTOR_VERSION,
            "rules": rules_hash(),
            "sha256": hashlib.sha256(body.encode("ascii")).hexdigest(),
        }
        os.makedirs(os.path.dirname(entry), exist_ok=True)
        # no sync to disk per entry: the header's hash catches a short file after a power cut
        write_text_atomic(entry, json.dumps(head, sort_keys=True) + "\n" + body, sync=False)
