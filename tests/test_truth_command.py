"""The ``reconcile truth`` command: CSV out, accuracy and trust, one-line errors."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest

import reconcile.truth
from reconcile.truth.command import add_truth_parser, main

TABLE = (
    "source,object,attribute,value\n"
    "a,AA1,dep,4:55 p.m.\n"
    "b,AA1,dep,16:55\n"
    "c,AA1,dep,5:05 p.m.\n"
    "a,AA2,dep,7:00\n"
    "c,AA2,dep,7:09\n"
    "c,AA3,dep,Not Available\n"
)


@pytest.fixture
def table(tmp_path: Path) -> Path:
    path = tmp_path / "claims.csv"
    path.write_text(TABLE)
    return path


def test_prints_one_csv_row_per_item(table: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert 0 == main([str(table), "--method", "vote", "--values", "time"])
    out, err = capsys.readouterr()
    assert [
        "object,attribute,value,confidence,tie,tied,candidates,sources,known",
        "AA1,dep,16:55,0.666667,false,,2,3,false",
        "AA2,dep,07:00,0.500000,true,07:00|07:09,2,2,false",
    ] == out.splitlines()
    assert "1 claims not used" in err


def test_gold_and_trust_add_tables(
    table: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = tmp_path / "gold.csv"
    gold.write_text("AA1,dep,4:55 PM\nAA2,dep,07:09\nZZ9,dep,1:00\n")
    code = main(
        [str(table), "--method", "vote", "--values", "time", "--gold", str(gold), "--trust"]
    )
    out = capsys.readouterr().out.split("\n\n")
    assert 0 == code
    assert "source,trust,method,claims\na,0.583333,vote,2" == out[1][:44]
    assert "accuracy,correct,evaluated,unknown_gold_items\n0.500000,1,2,1\n" == out[2]


def test_tolerance_option_changes_the_accuracy(
    table: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = tmp_path / "gold.csv"
    gold.write_text("AA2,dep,07:09\n")
    main(
        [
            str(table),
            "--method",
            "vote",
            "--values",
            "time",
            "--within-minutes",
            "10",
            "--gold",
            str(gold),
        ]
    )
    assert capsys.readouterr().out.endswith("1.000000,1,1,0\n")


def test_short_row_exits_2_naming_file_line_and_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("source,object,attribute,value\na,o,k\n")
    assert 2 == main([str(path)])
    err = capsys.readouterr().err
    assert f"{path}, line 2, field 'value'" in err
    assert 1 == len(err.strip().splitlines())


def test_gold_naming_only_unknown_objects_exits_2(
    table: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = tmp_path / "gold.csv"
    gold.write_text("ZZ9,dep,1:00\n")
    assert 2 == main([str(table), "--values", "time", "--gold", str(gold)])
    assert "none of the 1 gold items" in capsys.readouterr().err


def test_values_of_the_wrong_kind_exit_2(table: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert 2 == main([str(table), "--values", "number"])
    assert "no usable claims" in capsys.readouterr().err


def test_non_convergence_exits_1(table: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert 1 == main([str(table), "--method", "truthfinder", "--values", "time", "--max-iter", "1"])
    assert "did not converge" in capsys.readouterr().err


def test_the_sub_command_plugs_into_a_parent_parser(table: Path) -> None:
    parser = argparse.ArgumentParser(prog="reconcile")
    add_truth_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["truth", str(table), "--method", "crh"])
    assert ("crh", str(table)) == (args.method, args.table)


def test_python_dash_m_runs_the_command(table: Path) -> None:
    src = str(Path(reconcile.truth.__file__).parents[2])
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "reconcile.truth",
            str(table),
            "--values",
            "time",
            "--method",
            "vote",
        ],
        capture_output=True,
        text=True,
        check=False,
        env={"PYTHONPATH": src},
    )
    assert (0, "AA1,dep,16:55") == (result.returncode, result.stdout.splitlines()[1][:13])


def test_known_values_and_copies(
    table: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    known = tmp_path / "known.csv"
    known.write_text("AA2,dep,7:09\n")
    false = tmp_path / "false.csv"
    false.write_text("AA1,dep,16:55\n")
    code = main(
        [
            str(table),
            "--method",
            "accu",
            "--values",
            "time",
            "--known-true",
            str(known),
            "--known-false",
            str(false),
            "--copies",
        ]
    )
    lines = capsys.readouterr().out.splitlines()
    assert 0 == code
    assert "AA1,dep,17:05" == lines[1][:13]
    assert "AA2,dep,07:09,1.000000,false,,2,2,true" == lines[2]
    assert "copy_group,probability,shared_items,shared_false,evidence" == lines[4]


def test_columns_option_maps_other_layouts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "pop.tsv"
    path.write_text("gary_2000\teditor1\t102746\t2000\ngary_2000\teditor2\t102746\t2000\n")
    assert 0 == main(
        [str(path), "--columns", "object,source,value,-", "--values", "number", "--method", "vote"]
    )
    assert (
        "gary_2000,value,102746,1.000000,false,,1,2,false" == capsys.readouterr().out.split("\n")[1]
    )


def test_unknown_column_role_exits_2(table: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert 2 == main([str(table), "--columns", "source,thing,value"])
    assert "unknown column role 'thing'" in capsys.readouterr().err
