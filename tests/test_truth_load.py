"""Loading claim tables and gold files, and scoring estimates against gold."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.errors import InvalidInput, SchemaError
from reconcile.truth import (
    ClaimTable,
    TruthClaim,
    _load,
    accuracy,
    load_claim_table,
    load_gold,
    vote,
)


def write(tmp_path: Path, name: str, content: str) -> Path:
    path = tmp_path / name
    path.write_text(content)
    return path


def test_csv_with_header_loads_by_column_name(tmp_path: Path) -> None:
    path = write(tmp_path, "t.csv", "value,attribute,object,source\nx,k,o,a\n")
    assert (TruthClaim("a", "o", "k", "x"),) == load_claim_table(path).claims


def test_tsv_without_header_is_positional(tmp_path: Path) -> None:
    path = write(tmp_path, "t.tsv", "a\to\tk\t4:55 p.m.\nb\to\tk\t16:55\n")
    assert ("a", "b") == load_claim_table(path).sources


def test_three_columns_mean_source_object_value(tmp_path: Path) -> None:
    path = write(tmp_path, "t.csv", "src,obj,value\na,o,x\n")
    assert (TruthClaim("a", "o", "value", "x"),) == load_claim_table(path).claims


def test_low_and_high_columns_hedge_a_number(tmp_path: Path) -> None:
    path = write(
        tmp_path, "t.csv", "source,object,attribute,value,low,high\na,o,k,2500,2400,2600\n"
    )
    claim = load_claim_table(path).claims[0]
    assert (2400.0, 2600.0) == (claim.low, claim.high)


def test_latin1_files_load(tmp_path: Path) -> None:
    path = tmp_path / "t.tsv"
    path.write_bytes("a\to\tk\tM\xfcller\n".encode("latin-1"))
    assert "Müller" == load_claim_table(path).claims[0].value


def test_short_row_names_the_line_and_field(tmp_path: Path) -> None:
    path = write(tmp_path, "t.csv", "source,object,attribute,value\na,o,k,x\nb,o,k\n")
    with pytest.raises(SchemaError) as info:
        load_claim_table(path)
    assert (str(path), 3, "value") == (info.value.path, info.value.line, info.value.field)


def test_empty_source_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, "t.csv", "source,object,attribute,value\n,o,k,x\n")
    with pytest.raises(SchemaError) as info:
        load_claim_table(path)
    assert (2, "source") == (info.value.line, info.value.field)


def test_bad_bound_names_the_field(tmp_path: Path) -> None:
    path = write(tmp_path, "t.csv", "source,object,attribute,value,low\na,o,k,1,abc\n")
    with pytest.raises(SchemaError) as info:
        load_claim_table(path)
    assert "low" == info.value.field


def test_empty_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(SchemaError):
        load_claim_table(write(tmp_path, "t.csv", "\n\n"))


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput):
        load_claim_table(tmp_path / "absent.csv")


def test_gold_with_two_columns_uses_the_default_attribute(tmp_path: Path) -> None:
    path = write(tmp_path, "g.tsv", "0120455994\taiken, peter ;  allen, m. david;\n")
    assert {("0120455994", "value"): "aiken, peter ;  allen, m. david;"} == load_gold(path)


def test_gold_with_two_values_for_one_item_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(SchemaError) as info:
        load_gold(write(tmp_path, "g.csv", "o,k,x\no,k,y\n"))
    assert 2 == info.value.line


def test_accuracy_lists_gold_items_the_estimate_does_not_cover() -> None:
    estimate = vote(ClaimTable([TruthClaim("a", "o", "k", "x"), TruthClaim("b", "p", "k", "y")]))
    score = accuracy(estimate, {("o", "k"): "x", ("p", "k"): "z", ("q", "k"): "x"})
    assert (1, 2, (("q", "k"),)) == (score.correct, score.evaluated, score.unknown)
    assert 0.5 == score.accuracy


def test_accuracy_on_disputed_items_only() -> None:
    table = ClaimTable(
        [
            TruthClaim("a", "o", "k", "x"),
            TruthClaim("b", "o", "k", "y"),
            TruthClaim("a", "p", "k", "x"),
        ]
    )
    score = accuracy(vote(table), {("o", "k"): "y", ("p", "k"): "x"}, disputed_only=True)
    assert (0, 1) == (score.correct, score.evaluated)


def test_quoted_csv_fields_keep_their_commas(tmp_path: Path) -> None:
    path = write(
        tmp_path, "t.csv", 'source,object,attribute,value\na,isbn1,authors,"Aiken, Peter"\n'
    )
    assert "Aiken, Peter" == load_claim_table(path).claims[0].value


def test_explicit_columns_by_name_and_index(tmp_path: Path) -> None:
    path = write(tmp_path, "t.csv", "who,what,v\na,o,x\n")
    table = load_claim_table(path, columns={"source": "who", "object": 1, "value": "v"})
    assert (TruthClaim("a", "o", "value", "x"),) == table.claims


def test_unknown_column_name_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path, "t.csv", "who,what,v\na,o,x\n")
    with pytest.raises(SchemaError) as info:
        load_claim_table(path, columns={"source": "author", "object": 1, "value": 2})
    assert (1, "source") == (info.value.line, info.value.field)


# The column-wise fast path of the loader against the row-by-row loop and csv.

MESSY = "source,object,attribute,value\n a ,o1, k , x \n\nb,o1,k,\n,,\na,o2,k,Y\nc,o1,k,x,extra\n"


def row_by_row(monkeypatch: pytest.MonkeyPatch, path: Path) -> ClaimTable:
    monkeypatch.setattr(_load, "_checked_claims", lambda *args, **kwargs: None)
    try:
        return load_claim_table(path)
    finally:
        monkeypatch.undo()


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_column_wise_and_row_by_row_loading_agree(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, newline: str
) -> None:
    path = tmp_path / "t.csv"
    path.write_bytes(MESSY.replace("\n", newline).encode())
    fast = load_claim_table(path)
    assert fast == row_by_row(monkeypatch, path)
    assert ("a", "b", "c") == fast.sources
    assert TruthClaim("a", "o1", "k", "x") == fast.claims[0]


def test_column_wise_loading_builds_the_claims_the_constructor_builds(tmp_path: Path) -> None:
    path = write(tmp_path, "t.tsv", "a\to\tk\t 4:55 p.m.\nb\to\tk\t16:55\n")
    claims = load_claim_table(path).claims
    rebuilt = tuple(TruthClaim(c.source, c.object, c.attribute, c.value) for c in claims)
    assert rebuilt == claims
    assert [hash(c) for c in rebuilt] == [hash(c) for c in claims]


@pytest.mark.parametrize(
    ("row", "field"),
    [(",o,k,x", "source"), ("a, ,k,x", "object"), ("a,o,\t,x", "attribute"), ("a,o", "attribute")],
)
def test_bad_row_among_many_names_its_line_and_field(tmp_path: Path, row: str, field: str) -> None:
    good = "".join(f"s{i},o{i % 7},k,v{i % 3}\n" for i in range(2000))
    path = write(tmp_path, "t.csv", "source,object,attribute,value\n" + good + "\n" + row + "\n")
    with pytest.raises(SchemaError) as info:
        load_claim_table(path)
    assert (str(path), 2003, field) == (info.value.path, info.value.line, info.value.field)


def test_blank_default_attribute_names_the_first_line(tmp_path: Path) -> None:
    path = write(tmp_path, "t.csv", "src,obj,value\na,o,x\n")
    with pytest.raises(SchemaError) as info:
        load_claim_table(path, attribute=" ")
    assert (2, "attribute") == (info.value.line, info.value.field)


@pytest.mark.parametrize(
    "content",
    [
        "a,b\nc,d\n",
        "a,b\nc,d",
        "a,b\n\n\nc,d\n\n",
        "a,b\r\nc,d\r\n",
        "a,b\r\nc\rd\r\n",
        "a,b\r\nc,d",
        "a\0,b\n",
        "a;b,c\n",
        'a,"b,c"\nd,e\n',
        "a,,b,\n,\n",
        "",
        "\n",
    ],
)
def test_split_rows_as_csv_does(content: str) -> None:
    def outcome(split: Callable[[], list[list[str]]]) -> object:
        # what csv refuses, the loader refuses as a SchemaError saying what csv said
        try:
            return split()
        except csv.Error as error:
            return str(error)
        except SchemaError as error:
            return error.message.removeprefix("not a readable table: ")

    want = outcome(lambda: list(csv.reader(io.StringIO(content))))
    assert want == outcome(lambda: _load._split(content, ","))


@pytest.mark.parametrize("sep", [";", "ab", "", "\n"])
def test_split_treats_any_delimiter_as_csv_does(sep: str) -> None:
    content = "a;b\nc;d\n"

    def outcome(split: Callable[[], list[list[str]]]) -> object:
        try:
            return split()
        except (csv.Error, SchemaError):
            return "unreadable"  # the loader says so as a SchemaError naming the line
        except TypeError as error:
            return type(error)

    want = outcome(lambda: list(csv.reader(io.StringIO(content), delimiter=sep)))
    assert want == outcome(lambda: _load._split(content, sep))


_CELLS = st.sampled_from(
    ["a", "b", " c ", "", " ", "o1", "x,y", '"q"', "v\r", "k", "1.5", "\t", "\u00a0d", "é", "\x1fe"]
)


@given(
    rows=st.one_of(
        st.integers(min_value=2, max_value=5).flatmap(
            lambda width: st.lists(
                st.lists(_CELLS, min_size=width, max_size=width), min_size=1, max_size=6
            )
        ),
        st.lists(st.lists(_CELLS, min_size=2, max_size=5), min_size=1, max_size=6),
    ),
    sep=st.sampled_from([",", "\t", None]),
    header=st.sampled_from([None, "source,object,value", "source,object,attribute,value"]),
    columns=st.sampled_from([None, {"source": 0, "object": 1, "value": 2}, {"source": "nope"}]),
    final_newline=st.booleans(),
)
@settings(max_examples=150, deadline=None)
def test_the_column_path_loads_what_the_row_path_loads(
    tmp_path_factory: pytest.TempPathFactory,
    *,
    rows: list[list[str]],
    sep: str | None,
    header: str | None,
    columns: dict[str, str | int] | None,
    final_newline: bool,
) -> None:
    """Whole columns split at once give the table (or the error) that row by row gives."""
    joiner = sep or ","
    lines = ([header.replace(",", joiner)] if header else []) + [joiner.join(r) for r in rows]
    text = "\n".join(lines) + ("\n" if final_newline else "")
    path = tmp_path_factory.mktemp("t") / "claims.csv"
    path.write_bytes(text.encode())

    def load() -> ClaimTable | str:
        try:
            return load_claim_table(path, delimiter=sep, columns=columns)
        except Exception as error:  # whatever the row path raises, the column path must too
            return f"{type(error).__name__}: {error}"

    by_columns = load()
    original = _load._columns
    _load._columns = lambda content, sep: None
    try:
        by_rows = load()
    finally:
        _load._columns = original
    assert by_columns == by_rows


def test_a_lone_carriage_return_in_a_field_is_an_error_naming_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, "t.csv", "source,object,value\na,o,1\rb,o,2\n")
    with pytest.raises(SchemaError, match=r"t\.csv, line 2: not a readable table"):
        load_claim_table(path)
