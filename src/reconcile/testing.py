"""Hypothesis strategies for claims, values, documents and sources.

For users who property-test their own rules on top of ``reconcile`` (and for our own
tests). Needs the ``testing`` extra: ``pip install reconcile[testing]``.

The strategies mix ordinary values with the edge cases real reporting produces: open
intervals, zero counts, vague amounts, seasons that straddle a new year, votes with a
single facet, repeated outlets and authors.

Examples:
    >>> from hypothesis import given
    >>> @given(quantities())
    ... def test_interval_is_ordered(q):
    ...     assert q.low <= q.high
    >>> test_interval_is_ordered()
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final

import attrs

try:
    from hypothesis import strategies as st
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        "reconcile.testing needs hypothesis: pip install 'reconcile[testing]'"
    ) from exc

from reconcile.model import Claim, Document, Modality
from reconcile.values import (
    VAGUE_QUANTITIES,
    DateSpan,
    Hedge,
    Label,
    Quantity,
    Value,
    VoteOutcome,
    VoteResult,
)

__all__ = [
    "CSV_HEADER",
    "HOSTILE_NUMBERS",
    "HOSTILE_STRINGS",
    "TreeEntry",
    "article_texts",
    "claim_records",
    "claim_sets",
    "claims",
    "csv_rows",
    "date_spans",
    "documents",
    "file_trees",
    "hostile_texts",
    "labels",
    "quantities",
    "values",
    "votes",
    "write_file_tree",
]

_SINGLE = [h for h in Hedge if h not in (Hedge.RANGE, Hedge.VAGUE)]


@st.composite
def quantities(draw: st.DrawFn, *, max_value: int = 10_000) -> Quantity:
    """Hedged quantities: exact, about, open-ended, ranges and vague words."""
    choice = draw(st.sampled_from(["single", "single", "range", "vague"]))
    if choice == "vague":
        return Quantity.vague(draw(st.sampled_from(sorted(VAGUE_QUANTITIES))))
    if choice == "range":
        low = draw(st.integers(0, max_value))
        high = draw(st.integers(low, max_value))
        return Quantity.range(low, high)
    n = draw(st.one_of(st.sampled_from([0, 1, 3, 25, 100, 2500]), st.integers(0, max_value)))
    return Quantity.hedged(n, draw(st.sampled_from(_SINGLE)))


_YEARS = st.integers(2018, 2025)


@st.composite
def date_spans(draw: st.DrawFn) -> DateSpan:
    """Dates at every granularity, including open ends and seasons across a new year."""
    year = draw(_YEARS)
    month = draw(st.integers(1, 12))
    kind = draw(
        st.sampled_from(["day", "month", "year", "season", "part_year", "part_month", "open"])
    )
    if kind == "day":
        return DateSpan.day(year, month, draw(st.integers(1, 28)))
    if kind == "month":
        return DateSpan.month(year, month)
    if kind == "year":
        return DateSpan.year(year)
    if kind == "season":
        return DateSpan.season(
            year, draw(st.sampled_from(["spring", "summer", "autumn", "winter"]))
        )
    if kind == "part_year":
        return DateSpan.part_of_year(year, draw(st.sampled_from(["early", "mid", "late"])))
    if kind == "part_month":
        return DateSpan.part_of_month(year, month, draw(st.sampled_from(["early", "mid", "late"])))
    start = dt.date(year, month, 1)
    return DateSpan.between(start, None) if draw(st.booleans()) else DateSpan.between(None, start)


@st.composite
def votes(draw: st.DrawFn) -> VoteOutcome:
    """Vote outcomes with one or more facets stated."""
    unanimous = draw(st.sampled_from([None, None, True, False]))
    against = None if unanimous else draw(st.one_of(st.none(), st.integers(0, 50)))
    facets = {
        "result": draw(st.sampled_from([None, VoteResult.PASSED, VoteResult.REJECTED])),
        "votes_for": draw(st.one_of(st.none(), st.integers(0, 300))),
        "votes_against": against,
        "unanimous": unanimous,
        "binding": draw(st.sampled_from([None, True, False])),
    }
    if all(v is None for v in facets.values()):
        facets["result"] = VoteResult.PASSED
    return VoteOutcome(**facets)  # type: ignore[arg-type]


def labels() -> st.SearchStrategy[Label]:
    """Labels from a small vocabulary, so that equal labels occur."""
    return st.sampled_from(["withdrawn", "Withdrawn", "deployed", "advisory", "ended"]).map(Label)


def values() -> st.SearchStrategy[Value]:
    """Any value kind."""
    return st.one_of(quantities(), date_spans(), votes(), labels())


_OUTLETS = ["Wire", "Daily Times", "Evening Post", "Radio Free", "Blog"]
_AUTHORS = [None, "A. Writer", "B. Reporter", "C. Stringer"]


@st.composite
def documents(draw: st.DrawFn, *, ids: Sequence[str] = ("d1", "d2", "d3", "d4")) -> Document:
    """A document with an outlet that may repeat (so that dependence occurs)."""
    return Document(
        id=draw(st.sampled_from(list(ids))),
        outlet=draw(st.sampled_from(_OUTLETS)),
        author=draw(st.sampled_from(_AUTHORS)),
        published=dt.date(2024, 1, 1) + dt.timedelta(days=draw(st.integers(0, 60))),
    )


_SUBJECTS = ["US troops", "Iraqi parliament", "joint commission", "militia members"]
_ATTRIBUTES = ["deployed", "killed", "date_formed", "vote", "status"]


@st.composite
def claims(
    draw: st.DrawFn,
    *,
    claim_id: str | None = None,
    documents: Sequence[str] = ("d1", "d2", "d3", "d4"),
) -> Claim:
    """A claim about one of a few subjects, so that claims collide and compare."""
    value = draw(values())
    return Claim(
        id=claim_id or draw(st.text("abcdef0123456789", min_size=1, max_size=8)),
        document=draw(st.sampled_from(list(documents))),
        subject=draw(st.sampled_from(_SUBJECTS)),
        attribute=draw(st.sampled_from(_ATTRIBUTES)),
        value=value,
        place=draw(st.sampled_from([None, "Iraq", "Syria"])),
        modality=draw(st.sampled_from([Modality.ASSERTED] * 4 + [Modality.DENIED])),
    )


@st.composite
def claim_sets(
    draw: st.DrawFn, *, min_size: int = 0, max_size: int = 30
) -> tuple[tuple[Document, ...], tuple[Claim, ...]]:
    """Documents and claims with unique ids, referring to those documents."""
    doc_ids = [f"d{i}" for i in range(draw(st.integers(1, 6)))]
    docs = tuple(
        Document(
            id=doc_id,
            outlet=draw(st.sampled_from(_OUTLETS)),
            author=draw(st.sampled_from(_AUTHORS)),
            published=dt.date(2024, 1, 1) + dt.timedelta(days=draw(st.integers(0, 60))),
        )
        for doc_id in doc_ids
    )
    n = draw(st.integers(min_size, max_size))
    made = tuple(draw(claims(claim_id=f"c{i:03d}", documents=doc_ids)) for i in range(n))
    return docs, made


# Hostile input: what an attacker or a careless export puts in a file. Every shape that
# once stopped a run, exhausted memory or lost a record is among the edge cases, so a
# property over these strategies keeps finding that class of fault.

#: Strings that broke a run once, or that break renderers and parsers.
HOSTILE_STRINGS: Final = (
    "",
    " ",
    "\x00",
    "US\x00troops\x0b\x1f",
    "\ud800",
    "lone \udfff surrogate",
    "US\u2028troops\u2029in\x85Iraq",
    "line\nbreak\r\n# heading\n```\nfence",
    "</script><script>alert(1)</script>",
    "[x](javascript:alert(1))",
    "![t](https://example.org/pixel.png)",
    "<!-- hidden",
    "*bold* _em_ `code` | ~~strike~~ &amp; <b>",
    "\u202eevil\u202c \u200b\ufeff",
    "\uff35.\uff33. \uff54\uff52\uff4f\uff4f\uff50\uff53",  # full-width letters
    "a,b;c\"d'e",
    "=cmd|' /C calc'!A0",
    "." * 3000,
    "!?" * 1500,
    "one hundred and " * 160 + "one",
    "9" * 400,
    "x" * 301,
    " ".join(["word"] * 80),
    # digits that are not 0-9: superscripts, fractions, circled and other scripts'
    "finished 2\u00b2nd at 3\u00b2 pm; \u2460 killed, \u0663\u0660 hurt, 1\u00bd%, \U0001d7d3 dead",
)

#: Numbers that broke a run once: too big for a float, beyond int parsing, not finite.
HOSTILE_NUMBERS: Final = (
    0,
    -1,
    2**53 + 1,
    10**400,
    1e308,
    -1e308,
    5e-324,
    True,
)


def hostile_texts(*, max_size: int = 200) -> st.SearchStrategy[str]:
    """Strings mixing :data:`HOSTILE_STRINGS` with arbitrary text, surrogates included.

    Examples:
        >>> from hypothesis import given
        >>> @given(hostile_texts())
        ... def test_is_a_string(text):
        ...     assert isinstance(text, str)
        >>> test_is_a_string()
    """
    anything = st.text(st.characters(codec=None), max_size=max_size)
    joined = st.lists(st.sampled_from(HOSTILE_STRINGS) | anything, min_size=1, max_size=3).map(
        "".join
    )
    return st.sampled_from(HOSTILE_STRINGS) | anything | joined


def _json_values(strings: st.SearchStrategy[str]) -> st.SearchStrategy[Any]:
    scalars = (
        st.none()
        | st.booleans()
        | st.sampled_from(HOSTILE_NUMBERS)
        | st.integers()
        | st.floats(allow_nan=False, allow_infinity=False)
        | strings
    )
    return st.recursive(
        scalars,
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(strings, inner, max_size=3),
        max_leaves=6,
    )


@st.composite
def claim_records(draw: st.DrawFn) -> Any:
    """JSON values as a claims file may hold them: claims, documents, damaged, anything.

    Serialize with ``json.dumps(..., ensure_ascii=...)``.

    Some records are valid claims or documents (so that runs get past reading), most are
    close to valid with one field made hostile, a few are any JSON value.
    """
    text = hostile_texts(max_size=40)
    ids = st.sampled_from(["c1", "c2", "c3", "d1", "d2"]) | text
    shape = draw(st.sampled_from(["claim", "claim", "claim", "document", "any"]))
    if shape == "any":
        return draw(_json_values(text))
    if shape == "document":
        record: dict[str, Any] = {
            "type": "document",
            "id": draw(st.sampled_from(["d1", "d2"]) | text),
            "outlet": draw(st.sampled_from(_OUTLETS) | text),
            "published": draw(st.sampled_from(["2024-01-02", "2024-02-30", "x"]) | text),
        }
    else:
        value: Any = {
            "kind": draw(st.sampled_from(["quantity", "date", "vote", "label"]) | text),
            "point": draw(st.sampled_from(HOSTILE_NUMBERS) | st.integers(0, 5000)),
            "text": draw(st.sampled_from(["2,500", "about 30"]) | text),
            "value": draw(st.sampled_from(["withdrawn"]) | text),
            "start": draw(st.sampled_from(["2024-01", "2024-13-01"]) | text),
        }
        value = {k: v for k, v in value.items() if draw(st.booleans())}
        record = {
            "id": draw(ids),
            "document": draw(st.sampled_from(["d1", "d2", "d9"]) | text),
            "subject": draw(st.sampled_from(_SUBJECTS) | text),
            "attribute": draw(st.sampled_from(_ATTRIBUTES) | text),
            "value": value,
            "place": draw(st.sampled_from([None, "Iraq"]) | text),
            "as_of": draw(st.sampled_from([None, "2024-01", "late 2023", "2024-99"]) | text),
            "quote": draw(st.none() | text),
            "span": draw(st.none() | st.lists(st.sampled_from(HOSTILE_NUMBERS), max_size=3)),
        }
    keys = list(record)
    for key in draw(st.lists(st.sampled_from(keys), max_size=2)):
        record[key] = draw(_json_values(text))
    if draw(st.booleans()):
        record = {k: v for k, v in record.items() if v is not None}
    return record


_CSV_HEADER: Final = ("id", "document", "subject", "attribute", "kind", "point", "text")


@st.composite
def csv_rows(draw: st.DrawFn) -> str:
    """One line of a claims CSV with the header :data:`CSV_HEADER`, good or damaged.

    Damage: an extra or a missing cell, a bad quote, a Unicode line separator, hostile
    cells.
    """
    cells = [
        draw(st.sampled_from(["c1", "c2", "c3"]) | hostile_texts(max_size=20)),
        draw(st.sampled_from(["d1", "d2"])),
        draw(st.sampled_from(_SUBJECTS) | hostile_texts(max_size=20)),
        draw(st.sampled_from(_ATTRIBUTES)),
        draw(st.sampled_from(["quantity", "label", "vote", ""])),
        draw(st.sampled_from(["2500", "1e999", "9" * 400, "x", ""])),
        draw(st.sampled_from(["about 30", ""]) | hostile_texts(max_size=20)),
    ]
    damage = draw(st.sampled_from(["none", "none", "extra", "missing", "quote", "raw"]))
    if damage == "extra":
        cells.append("extra")
    elif damage == "missing":
        cells = cells[:-2]
    quote = draw(st.booleans())
    parts = [
        '"' + c.replace('"', '""') + '"' if quote or any(x in c for x in ',"\n\r') else c
        for c in cells
    ]
    if damage == "quote":
        parts[2] = '"' + parts[2].strip('"') + '"x'
    line = ",".join(parts)
    if damage == "raw":
        line = line.replace(",", "\u2028", 1)
    return line


#: The header that :func:`csv_rows` lines follow.
CSV_HEADER: Final = ",".join(_CSV_HEADER)

_SENTENCES: Final = (
    "About 30 people were killed in the city.",
    "At least 2,500 US troops remain in Iraq.",
    "The parliament voted 170 to 0 to expel the troops.",
    "Officials said dozens were wounded.",
    "The joint commission was formed last summer.",
)


@st.composite
def article_texts(draw: st.DrawFn) -> str:
    """Article texts: ordinary sentences mixed with hostile ones.

    A header or none (with or without its blank line); runs of marks, number words,
    separators and control text.
    """
    header = draw(
        st.sampled_from(
            [
                "",
                "Published: 2024-01-27\n\n",
                "Published: 2024-01-27\nOutlet: Wire\n",
                "Published: 2024-02-30\n\n",
                "Title: [x](javascript:1)\nURL: javascript:alert(1)\n\n",
            ]
        )
    )
    parts = draw(
        st.lists(
            st.sampled_from(_SENTENCES)
            | st.sampled_from(HOSTILE_STRINGS)
            | hostile_texts(max_size=60).map(lambda t: t.encode("utf-8", "replace").decode()),
            min_size=1,
            max_size=6,
        )
    )
    separator = draw(st.sampled_from([" ", "\n", "\n\n", "\u2028", ""]))
    return header + separator.join(parts)


@attrs.frozen
class TreeEntry:
    """One entry of a hostile article folder (see :func:`file_trees`).

    Attributes:
        name: the path inside the folder, ``/``-separated.
        kind: ``file``, ``bytes`` (raw, maybe not UTF-8), ``link-inside``,
            ``link-outside``, ``link-absolute``, ``fifo``, ``folder`` or ``sidecar``.
        content: the text of a file or sidecar, the bytes of ``bytes``, or the target of
            a link inside the folder.
    """

    name: str
    kind: str
    content: str | bytes = ""


@st.composite
def file_trees(draw: st.DrawFn) -> tuple[TreeEntry, ...]:
    """Article folders with odd entries, to build with :func:`write_file_tree`.

    Links out of the folder, FIFOs, binary and empty files, wrong suffixes, hidden
    files, sidecars of any shape.
    """
    names = st.sampled_from(
        ["a.txt", "b.md", "c.txt", "sub/d.txt", "e.TXT", "notes.pdf", ".hidden.txt", "f.txt"]
        + (["\udcff.txt"] if sys.platform == "linux" else [])  # a name that is not UTF-8
    )
    entries: dict[str, TreeEntry] = {}
    for name in draw(st.lists(names, min_size=1, max_size=6, unique=True)):
        kind = draw(
            st.sampled_from(
                ["file", "file", "file", "bytes", "link-inside", "link-outside", "link-absolute"]
                + (["fifo"] if hasattr(os, "mkfifo") else [])
            )
        )
        if kind == "file":
            content: str | bytes = draw(article_texts())
        elif kind == "bytes":
            content = draw(
                st.sampled_from([b"", b"\xff\xfe\x00", b"\x00" * 10, b"caf\xe9", b"\xef\xbb\xbf"])
                | st.binary(max_size=40)
            )
        elif kind == "link-inside":
            content = "a.txt"
        else:
            content = ""
        entries[name] = TreeEntry(name, kind, content)
    if draw(st.booleans()):
        sidecar = draw(
            st.sampled_from(
                [
                    '[{"file": "a.txt", "outlet": "Wire"}, {"file": "a.txt", "outlet": "X"}]',
                    '{"a.txt": {"outlet": "Wire"}}',
                    '{"documents": [{"file": "zz.txt"}, {"id": 3}, 7]}',
                    '[{"file": "b.md", "published": "2024-02-30"}]',
                    "[" * 5000,
                    '{"documents": [{"file": "a.txt", "count": ' + "7" * 5000 + "}]}",
                ]
            )
        )
        entries["sources.json"] = TreeEntry("sources.json", "sidecar", sidecar)
    return tuple(entries[k] for k in sorted(entries))


def write_file_tree(entries: Sequence[TreeEntry], folder: Path) -> Path:
    """Create the entries of :func:`file_trees` in ``folder``; returns ``folder``.

    Links out of the folder point at ``secret.txt`` in a sibling ``<folder>-outside``.
    """
    outside = folder.parent / f"{folder.name}-outside"
    outside.mkdir(parents=True, exist_ok=True)
    (outside / "secret.txt").write_text("The secret says 77 people were killed.\n")
    folder.mkdir(parents=True, exist_ok=True)
    for entry in entries:
        path = folder / entry.name
        path.parent.mkdir(parents=True, exist_ok=True)
        if entry.kind in ("file", "sidecar"):
            content = entry.content
            data = (
                content if isinstance(content, bytes) else content.encode("utf-8", "surrogatepass")
            )
            path.write_bytes(data)
        elif entry.kind == "bytes":
            path.write_bytes(entry.content if isinstance(entry.content, bytes) else b"")
        elif entry.kind == "link-inside":
            path.symlink_to(str(entry.content))
        elif entry.kind == "link-outside":
            path.symlink_to(os.path.relpath(outside / "secret.txt", path.parent))
        elif entry.kind == "link-absolute":
            path.symlink_to(outside / "secret.txt")
        elif entry.kind == "fifo":
            os.mkfifo(path)
        elif entry.kind == "folder":
            path.mkdir(exist_ok=True)
    return folder
