import pickle

import pytest

from reconcile.errors import (
    ConvergenceError,
    InputErrors,
    InvalidInput,
    InvalidValue,
    NoSuchPath,
    ReconcileError,
    SchemaError,
)


def test_error_message_names_file_line_and_field() -> None:
    err = SchemaError("unknown field", path="c.jsonl", line=4, field="colour")
    assert "c.jsonl, line 4, field 'colour': unknown field" == str(err)


def test_errors_inherit_the_matching_builtin() -> None:
    assert issubclass(InvalidValue, ValueError)
    assert issubclass(ConvergenceError, RuntimeError)
    assert issubclass(InvalidValue, ReconcileError)


def test_errors_pickle_with_their_location() -> None:
    err = ConvergenceError("no", iterations=7, change=0.5, path="t.csv")
    back = pickle.loads(pickle.dumps(err))
    assert (7, 0.5, "t.csv", str(err)) == (back.iterations, back.change, back.path, str(back))
    assert type(back) is ConvergenceError


def test_located_keeps_inner_detail_and_adds_outer() -> None:
    inner = InvalidValue("bad", field="value.low", line=9)
    outer = inner.located(path="x.jsonl", line=2, field="value")
    assert ("x.jsonl", 9, "value.low") == (outer.path, outer.line, outer.field)


def test_input_errors_group_holds_every_problem() -> None:
    with pytest.raises(InputErrors) as info:
        raise InputErrors("two", [InvalidValue("a"), SchemaError("b")])
    assert all(isinstance(e, InvalidInput) for e in info.value.exceptions)


def test_a_missing_path_names_the_path_last_and_pickles() -> None:
    err = NoSuchPath("no such file or folder", path="articles/")
    back = pickle.loads(pickle.dumps(err))
    assert "no such file or folder: articles/" == str(back)
    assert ("articles/", InvalidInput) == (back.path, type(back).__mro__[1])
