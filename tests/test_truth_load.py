"""Loading claim tables and gold files, and scoring estimates against gold."""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile.errors import InvalidInput, SchemaError
from reconcile.truth import ClaimTable, TruthClaim, accuracy, load_claim_table, load_gold, vote


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
