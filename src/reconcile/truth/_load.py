"""Load claim tables and gold files (CSV or TSV), and score estimates against gold."""

from __future__ import annotations

import csv
import io
import itertools
import math
import operator
from collections.abc import Mapping, Sequence
from pathlib import Path

import attrs

from reconcile._heap import collector_paused
from reconcile.errors import InvalidInput, ReconcileError, SchemaError
from reconcile.truth._compare import ValueComparison, text
from reconcile.truth._model import (
    ClaimColumns,
    ClaimTable,
    TruthClaim,
    TruthEstimate,
    trusted_claims,
)

__all__ = ["Accuracy", "accuracy", "load_claim_columns", "load_claim_table", "load_gold"]

_ALIASES = {
    "source": ("source", "src", "provider", "website"),
    "object": ("object", "obj", "entity", "item"),
    "attribute": ("attribute", "attr", "property", "field"),
    "value": ("value", "val", "claim"),
    "low": ("low",),
    "high": ("high",),
}

Columns = Mapping[str, str | int]

#: What ``str.strip`` removes from ASCII text, but for the line breaks.
_ASCII_SPACE = " \t\x0b\x0c\x1c\x1d\x1e\x1f\r"


def _read(path: str | Path) -> str:
    raw = Path(path).read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Older benchmark files (Book) are latin-1; every byte decodes there.
        return raw.decode("latin-1")


def _text(path: str | Path, delimiter: str | None) -> tuple[str, str]:
    """The file's text and its delimiter (a tab when the first line has one)."""
    try:
        content = _read(path)
    except OSError as error:
        raise InvalidInput(f"cannot read: {error.strerror}", path=str(path)) from None
    first = content.split("\n", 1)[0]
    return content, delimiter if delimiter is not None else ("\t" if "\t" in first else ",")


def _rows(path: str | Path, delimiter: str | None) -> list[list[str]]:
    content, sep = _text(path, delimiter)
    try:
        return _rows_of(content, sep)
    except SchemaError as error:
        raise error.located(path=str(path)) from None


def _rows_of(content: str, sep: str) -> list[list[str]]:
    # A million small lists: the collector's passes over them would double the time.
    with collector_paused():
        if sep == "\t":
            return [line.rstrip("\r").split("\t") for line in content.split("\n")]
        return _split(content, sep)


def _split(content: str, sep: str) -> list[list[str]]:
    r"""Split delimited text into rows, as :func:`csv.reader` does.

    Without quotes, carriage returns or NULs, csv's reader only splits lines at the
    delimiter; ``str.split`` does that several times faster. Anything else goes to csv.

    Examples:
        >>> _split('a,b\n\nc,d\n', ",")
        [['a', 'b'], [], ['c', 'd']]
        >>> _split('"a,b",c\r\n', ",")
        [['a,b', 'c']]
    """
    plain = content.replace("\r\n", "\n") if "\r\n" in content else content
    if '"' in plain or "\r" in plain or "\0" in plain or len(sep) != 1 or sep in "\r\n":
        # csv also says what is wrong with a delimiter it cannot use.
        reader = csv.reader(io.StringIO(content), delimiter=sep)
        try:
            return list(reader)
        except csv.Error as error:
            # "a,1\rb,2": a carriage return alone in an unquoted field, which csv refuses
            raise SchemaError(f"not a readable table: {error}", line=reader.line_num) from None
    lines = plain.split("\n")
    if lines[-1] == "":
        # csv yields no row after the final line break.
        lines.pop()
    return [line.split(sep) if line else [] for line in lines]


def _columns(content: str, sep: str) -> list[list[str]] | None:
    r"""The columns of delimited text whose every line has as many cells, or None.

    Text that :func:`_split` would hand to csv (quotes, carriage returns, NULs), empty
    lines and ragged rows return None: the row-wise path reads, skips or names them.
    Otherwise one ``str.split`` over the whole text and a slice per column build no
    list per row.

    Examples:
        >>> _columns("a,b\nc,d\n", ",")
        [['a', 'c'], ['b', 'd']]
        >>> _columns("a,b\n\nc,d\n", ","), _columns("a,b\nc\n", ",")
        (None, None)
    """
    if '"' in content or "\r" in content or "\0" in content or len(sep) != 1 or sep in "\r\n":
        return None
    lines = content.split("\n")
    if lines[-1] == "":
        lines.pop()
    if not lines:
        return None
    width = lines[0].count(sep)
    if set(map(str.count, lines, itertools.repeat(sep))) != {width} or "" in lines:
        return None
    cells = sep.join(lines).split(sep)
    return [cells[i :: width + 1] for i in range(width + 1)]


def _checked_columns(
    columns: list[list[str]],
    columns_wanted: Columns | None,
    where: str,
    attribute: str,
    *,
    strip: bool = True,
) -> ClaimColumns | None:
    """The claim columns of a table read as columns, checked column by column, or None.

    ``strip=False`` says that no cell has white space around it to strip.

    None (a header naming no usable column, no data rows, an empty name, hedged bounds)
    sends the file down the row-wise path, which raises or skips as it always has.
    """
    roles = ("source", "object", "attribute", "value")
    try:
        index, has_header = _resolve([c[0] for c in columns], columns_wanted, roles, where)
    except SchemaError:
        return None  # raised again, in its place among the row-wise checks
    if "low" in index or "high" in index or not attribute.strip():
        return None
    if max(index.values()) >= len(columns) or len(columns[0]) <= has_header:
        return None
    start = 1 if has_header else 0

    def column(role: str) -> list[str]:
        cells = itertools.islice(columns[index[role]], start, None)
        return list(map(str.strip, cells)) if strip else list(cells)

    sources, objects = column("source"), column("object")
    attributes = column("attribute") if "attribute" in index else [attribute] * len(sources)
    # Stripped, a name is valid exactly when it is not empty.
    if not (all(sources) and all(objects) and all(attributes)):
        return None
    return ClaimColumns(sources, objects, attributes, column("value"))


def _plain_columns(
    content: str, sep: str, columns: Columns | None, where: str, attribute: str
) -> ClaimColumns | None:
    """The checked columns of a plain table (see :func:`_columns`), or None."""
    with collector_paused():
        by_column = _columns(content, sep)
        if by_column is None:
            return None
        # ASCII text whose only white space is the line breaks (and the delimiter) has
        # nothing to strip; one scan of the text spares a strip per cell.
        spaced = not content.isascii() or any(c in content for c in _ASCII_SPACE if c != sep)
        return _checked_columns(by_column, columns, where, attribute, strip=spaced)


def load_claim_columns(
    path: str | Path,
    *,
    delimiter: str | None = None,
    columns: Columns | None = None,
    attribute: str = "value",
) -> ClaimColumns | None:
    r"""The claims of a plain table as columns, or None where it is not plain (internal).

    A plain table (no quotes, carriage returns or NULs, every line as many cells, no
    hedged bounds, no empty names) gives the columns that :func:`load_claim_table`
    would build its claims from; any other file gives None, and
    :func:`load_claim_table` reads it, raising what it raises.

    Raises:
        InvalidInput: the file cannot be read.

    Examples:
        >>> import pathlib, tempfile
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / "t.csv").write_text("src,obj,attr,value\na,o,k,1\n")
        >>> load_claim_columns(folder / "t.csv").values
        ['1']
        >>> _ = (folder / "q.csv").write_text('src,obj,attr,value\na,o,k,"1"\n')
        >>> load_claim_columns(folder / "q.csv") is None
        True
    """
    content, sep = _text(path, delimiter)
    return _plain_columns(content, sep, columns, str(path), attribute)


def _resolve(
    header: Sequence[str], columns: Columns | None, roles: Sequence[str], path: str
) -> tuple[dict[str, int], bool]:
    """Map each role to a column index; say whether the first row is a header."""
    names = [h.strip().casefold() for h in header]
    if columns is not None:
        out: dict[str, int] = {}
        has_header = False
        for role, col in columns.items():
            if isinstance(col, int):
                out[role] = col
            elif col.casefold() in names:
                out[role] = names.index(col.casefold())
                has_header = True
            else:
                raise SchemaError(
                    f"no column named {col!r} in the header", path=path, line=1, field=role
                )
        return out, has_header
    found = {}
    for role in ("source", "object", "attribute", "value", "low", "high"):
        for alias in _ALIASES[role]:
            if alias in names:
                found[role] = names.index(alias)
                break
    if all(r in found for r in roles if r != "attribute"):
        return found, True
    if len(header) == len(roles) - 1 and "attribute" in roles:
        return {r: i for i, r in enumerate(r for r in roles if r != "attribute")}, False
    return {r: i for i, r in enumerate(roles)}, False


def _number(text_value: str, path: str, line: int, field: str) -> float | None:
    if not text_value.strip():
        return None
    try:
        value = float(text_value)
    except ValueError:
        raise SchemaError(
            f"not a number: {text_value!r}", path=path, line=line, field=field
        ) from None
    if not math.isfinite(value):
        raise SchemaError(f"must be finite (got {text_value!r})", path=path, line=line, field=field)
    return value


def load_claim_table(
    path: str | Path,
    *,
    delimiter: str | None = None,
    columns: Columns | None = None,
    attribute: str = "value",
) -> ClaimTable:
    r"""Load the standard truth-discovery claim table: source, object, attribute, value.

    The delimiter is a tab when the first line has one, else a comma. A header row is
    recognized by its column names (``source``/``src``, ``object``/``obj``,
    ``attribute``/``attr``, ``value``, and optional ``low``/``high`` for hedged
    numbers); without one, columns are positional, and a three-column table is
    (source, object, value) with every claim on ``attribute``. ``columns`` maps roles to
    names or 0-based indices explicitly. Empty lines are skipped; files that are not
    UTF-8 are read as latin-1.

    Raises:
        InvalidInput: the file cannot be read.
        SchemaError: a row lacks a column or has an empty source, object or attribute
            (with ``path``, ``line`` and ``field``), or the file holds no claims.

    Examples:
        >>> import pathlib, tempfile
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / "t.csv").write_text("src,obj,attr,value\na,o,k,1\nb,o,k,2\n")
        >>> load_claim_table(folder / "t.csv").sources
        ('a', 'b')
    """
    where = str(path)
    content, sep = _text(path, delimiter)
    fast = _plain_columns(content, sep, columns, where, attribute)
    if fast is not None:
        return fast.table()
    del fast
    try:
        rows = _rows_of(content, sep)
    except SchemaError as error:
        raise error.located(path=str(path)) from None
    if not rows or not any(any(cell.strip() for cell in row) for row in rows):
        raise SchemaError("no claims in the file", path=where)
    roles = ("source", "object", "attribute", "value")
    index, has_header = _resolve(rows[0], columns, roles, where)
    with collector_paused():
        claims = _claims(rows, index, has_header=has_header, where=where, attribute=attribute)
    if not claims:
        raise SchemaError("no claims in the file", path=where)
    return ClaimTable(claims)


def _claims(
    rows: list[list[str]], index: dict[str, int], *, has_header: bool, where: str, attribute: str
) -> list[TruthClaim]:
    fast = _checked_claims(rows, index, has_header=has_header, attribute=attribute)
    if fast is not None:
        return fast
    claims = []
    need = max(index.values())
    i_source, i_object, i_value = index["source"], index["object"], index["value"]
    i_attribute = index.get("attribute")
    i_low, i_high = index.get("low"), index.get("high")
    for line, row in enumerate(rows, start=1):
        if (has_header and line == 1) or not any(row):
            continue
        if len(row) <= need:
            if not any(cell.strip() for cell in row):
                continue
            missing = next(r for r, i in index.items() if i >= len(row))
            raise SchemaError(
                f"expected at least {need + 1} columns, found {len(row)}",
                path=where,
                line=line,
                field=missing,
            )
        try:
            claims.append(
                TruthClaim(
                    row[i_source].strip(),
                    row[i_object].strip(),
                    attribute if i_attribute is None else row[i_attribute].strip(),
                    row[i_value].strip(),
                    low=None if i_low is None else _number(row[i_low], where, line, "low"),
                    high=None if i_high is None else _number(row[i_high], where, line, "high"),
                )
            )
        except ReconcileError as error:
            raise SchemaError(error.message, path=where, line=line, field=error.field) from None
    return claims


def _checked_claims(
    rows: list[list[str]], index: dict[str, int], *, has_header: bool, attribute: str
) -> list[TruthClaim] | None:
    """The claims of ``rows`` checked column by column, or None to go row by row.

    Checking whole columns at once is several times faster than validating each claim;
    any doubt (a short or blank row, an empty name, hedged bounds) returns None, and
    the row-by-row loop then skips, builds or names the line and field at fault.

    Examples:
        >>> index = {"source": 0, "object": 1, "value": 2}
        >>> [c.value for c in _checked_claims([["a", "o", " x "]], index,
        ...                                   has_header=False, attribute="k")]
        ['x']
        >>> _checked_claims([[" ", "o", "x"]], index, has_header=False, attribute="k")
    """
    if "low" in index or "high" in index or not attribute.strip():
        return None
    need = max(index.values())
    data = rows[1:] if has_header else rows
    body = [row for row in data if len(row) > need]
    # Short rows are skipped when blank; any other is an error the loop names.
    if len(body) != len(data) and any(
        any(cell.strip() for cell in row) for row in data if len(row) <= need
    ):
        return None
    strip = str.strip
    sources = list(map(strip, map(operator.itemgetter(index["source"]), body)))
    objects = list(map(strip, map(operator.itemgetter(index["object"]), body)))
    if "attribute" in index:
        attributes = list(map(strip, map(operator.itemgetter(index["attribute"]), body)))
    else:
        attributes = [attribute] * len(body)
    # Stripped, a name is valid exactly when it is not empty.
    if not (all(sources) and all(objects) and all(attributes)):
        return None
    values = map(strip, map(operator.itemgetter(index["value"]), body))
    return trusted_claims(sources, objects, attributes, values)


def load_gold(
    path: str | Path,
    *,
    delimiter: str | None = None,
    columns: Columns | None = None,
    attribute: str = "value",
) -> dict[tuple[str, str], str]:
    r"""Load a gold file: object, attribute, value (or object, value), one item a row.

    Raises:
        SchemaError: a row lacks a column, or one item has two gold values.

    Examples:
        >>> import pathlib, tempfile
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / "g.tsv").write_text("o1\tk\tx\no2\tk\ty\n")
        >>> load_gold(folder / "g.tsv")
        {('o1', 'k'): 'x', ('o2', 'k'): 'y'}
    """
    where = str(path)
    rows = _rows(path, delimiter)
    if not rows or not any(any(cell.strip() for cell in row) for row in rows):
        raise SchemaError("no gold values in the file", path=where)
    roles = ("object", "attribute", "value")
    if columns is None and rows[0] and rows[0][0].strip().casefold() in ("object", "obj"):
        header = [c.strip().casefold() for c in rows[0]]
        index = {r: header.index(a) for r in roles for a in _ALIASES[r] if a in header}
        has_header = True
    else:
        index, has_header = _resolve(rows[0], columns, roles, where)
        if columns is None and not has_header and len(rows[0]) == 2:
            index = {"object": 0, "value": 1}
    gold: dict[tuple[str, str], str] = {}
    for line, row in enumerate(rows, start=1):
        if (has_header and line == 1) or not any(cell.strip() for cell in row):
            continue
        if len(row) <= max(index.values()):
            raise SchemaError(
                f"expected at least {max(index.values()) + 1} columns, found {len(row)}",
                path=where,
                line=line,
            )
        obj = row[index["object"]].strip()
        attr = row[index["attribute"]].strip() if "attribute" in index else attribute
        value = row[index["value"]].strip()
        if not obj:
            raise SchemaError("empty object", path=where, line=line, field="object")
        if (obj, attr) in gold and gold[(obj, attr)] != value:
            raise SchemaError(
                f"two gold values for ({obj!r}, {attr!r})", path=where, line=line, field="value"
            )
        gold[(obj, attr)] = value
    return gold


@attrs.frozen
class Accuracy:
    """How many gold items an estimate got right.

    Attributes:
        correct: gold items whose estimate is the same value as the gold.
        evaluated: gold items the estimate covers.
        accuracy: ``correct / evaluated`` (0.0 when nothing was evaluated).
        unknown: gold items the estimate does not cover, sorted.
    """

    correct: int
    evaluated: int
    unknown: tuple[tuple[str, str], ...] = ()

    @property
    def accuracy(self) -> float:
        """The share of evaluated gold items estimated right."""
        return self.correct / self.evaluated if self.evaluated else 0.0


def accuracy(
    estimate: TruthEstimate,
    gold: Mapping[tuple[str, str], str | float],
    *,
    comparison: ValueComparison | None = None,
    disputed_only: bool = False,
) -> Accuracy:
    """Score ``estimate`` on the gold items, comparing values with ``comparison``.

    Gold items the estimate does not cover are listed in ``unknown``, not counted. A
    gold value that cannot be parsed counts as wrong. ``disputed_only`` scores only the
    items with more than one candidate value.

    Examples:
        >>> from reconcile.truth import ClaimTable, TruthClaim, vote
        >>> est = vote(ClaimTable([TruthClaim("a", "o", "k", "x")]))
        >>> accuracy(est, {("o", "k"): "X", ("p", "k"): "y"})
        Accuracy(correct=1, evaluated=1, unknown=(('p', 'k'),))
    """
    cmp = comparison if comparison is not None else text()
    by_item = {item.item: item for item in estimate.items}
    correct = evaluated = 0
    unknown = []
    for key in sorted(gold):
        item = by_item.get(key)
        if item is None:
            unknown.append(key)
            continue
        if disputed_only and item.candidates < 2:
            continue
        evaluated += 1
        if item.value is None:
            continue
        try:
            want, got = cmp.key(gold[key]), cmp.key(item.value)
        except ReconcileError:
            continue
        if want is not None and got is not None and cmp.same(want, got):
            correct += 1
    return Accuracy(correct, evaluated, tuple(unknown))
