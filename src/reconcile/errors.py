"""The one exception hierarchy of ``reconcile``.

Every error the library raises on purpose derives from :class:`ReconcileError`, and each
also inherits the builtin a caller would expect, so ``except ValueError`` keeps working::

    ReconcileError
    ├── InvalidInput (ValueError)         bad data, with where it is
    │   ├── InvalidValue                  a value that cannot exist (low > high, 31 Feb)
    │   ├── InvalidClaim                  a claim that breaks the model (empty subject)
    │   ├── InvalidDocument               a document or article that cannot be read
    │   ├── SchemaError                   a record that does not follow the file schema
    │   ├── NoSuchPath                    an input file or folder that does not exist
    │   ├── DuplicateId                   two claims or documents with one id
    │   └── ConflictingDecisions          two analyst decisions that cannot both hold
    ├── ExtractionError (ValueError)      an extractor failed on a document
    ├── ConvergenceError (RuntimeError)   an iterative estimator did not converge
    ├── WorkerFailed (RuntimeError)       a worker process of a parallel run failed
    ├── MissingDependency (ImportError)   an optional extra is not installed
    └── InputErrors (ExceptionGroup)      strict mode: every problem at once

Each error carries where it happened as attributes (``path``, ``line``, ``field``,
``document``) and puts them at the front of its message, and pickles intact, so errors
survive being sent between processes.

Examples:
    >>> err = InvalidValue("'low' must be <= 'high' (got low=30, high=25)",
    ...                    path="claims.jsonl", line=3, field="value.low")
    >>> str(err)
    "claims.jsonl, line 3, field 'value.low': 'low' must be <= 'high' (got low=30, high=25)"
    >>> isinstance(err, ValueError)
    True
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

__all__ = [
    "ConflictingDecisions",
    "ConvergenceError",
    "DuplicateId",
    "ExtractionError",
    "InputErrors",
    "InvalidClaim",
    "InvalidDocument",
    "InvalidInput",
    "InvalidValue",
    "MissingDependency",
    "NoSuchPath",
    "ReconcileError",
    "SchemaError",
    "WorkerFailed",
]


def _restore(
    cls: type[ReconcileError], message: str, where: dict[str, Any], extra: dict[str, Any]
) -> ReconcileError:
    error = cls(message, **where)
    for key, value in extra.items():
        setattr(error, key, value)
    return error


class ReconcileError(Exception):
    """Root of every error ``reconcile`` raises on purpose.

    Args:
        message: what is wrong, in words a user can act on.
        path: the file the problem is in, where there is one.
        line: the 1-based line (or CSV row) in that file.
        field: the dotted name of the offending field (``value.low``).
        document: the id of the document the problem belongs to.
    """

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        line: int | None = None,
        field: str | None = None,
        document: str | None = None,
    ) -> None:
        self.message = message
        self.path = path
        self.line = line
        self.field = field
        self.document = document
        super().__init__(self._render())

    def _render(self) -> str:
        where = []
        if self.path is not None:
            where.append(self.path)
        if self.document is not None and self.document != self.path:
            where.append(f"document {self.document!r}")
        if self.line is not None:
            where.append(f"line {self.line}")
        if self.field is not None:
            where.append(f"field {self.field!r}")
        return f"{', '.join(where)}: {self.message}" if where else self.message

    def located(
        self,
        *,
        path: str | None = None,
        line: int | None = None,
        field: str | None = None,
        document: str | None = None,
    ) -> ReconcileError:
        """Return a copy of this error with the missing location details filled in.

        Inner code knows the field, outer code knows the file and line; each adds what it
        knows without overwriting what a deeper layer already said.

        Examples:
            >>> InvalidValue("bad", field="low").located(path="a.csv", line=2).args[0]
            "a.csv, line 2, field 'low': bad"
        """
        copy = type(self)(
            self.message,
            path=self.path if self.path is not None else path,
            line=self.line if self.line is not None else line,
            field=self.field if self.field is not None else field,
            document=self.document if self.document is not None else document,
        )
        copy.__dict__.update({k: v for k, v in self.__dict__.items() if k not in copy.__dict__})
        return copy

    def __reduce__(self) -> tuple[Any, ...]:
        where = {
            "path": self.path,
            "line": self.line,
            "field": self.field,
            "document": self.document,
        }
        extra = {k: v for k, v in self.__dict__.items() if k not in where and k != "message"}
        return (_restore, (type(self), self.message, where, extra))


class InvalidInput(ReconcileError, ValueError):
    """Input data is wrong; the attributes say where."""


class InvalidValue(InvalidInput):
    """A value cannot exist: an interval with low > high, a date that is not in the calendar."""


class InvalidClaim(InvalidInput):
    """A claim breaks the model: an empty subject, a span that does not match its quote."""


class InvalidDocument(InvalidInput):
    """A document or article cannot be read: binary, mis-encoded, an impossible header date."""


class SchemaError(InvalidInput):
    """A record does not follow the file schema: malformed JSON, unknown or missing fields."""


class NoSuchPath(InvalidInput):
    """A file or folder named as input does not exist; ``path`` says which.

    Examples:
        >>> str(NoSuchPath("no such file or folder", path="claims.jsonl"))
        'no such file or folder: claims.jsonl'
    """

    def _render(self) -> str:
        return f"{self.message}: {self.path}" if self.path is not None else self.message


class DuplicateId(InvalidInput):
    """Two claims (or two documents) share one id."""


class ConflictingDecisions(InvalidInput):
    """Two analyst decisions contradict each other; the message names both.

    ``path`` and ``line`` say where the later of the two is; the message says where the
    other one is.

    Examples:
        >>> str(ConflictingDecisions("'same' and 'different' on one pair; the other is "
        ...                          "d.jsonl, line 2", path="d.jsonl", line=5))
        "d.jsonl, line 5: 'same' and 'different' on one pair; the other is d.jsonl, line 2"
    """


class ExtractionError(ReconcileError, ValueError):
    """An extractor failed on a document."""


class ConvergenceError(ReconcileError, RuntimeError):
    """An iterative estimator did not converge within ``max_iter`` iterations.

    Attributes:
        iterations: how many iterations ran before giving up.
        change: the last change in the estimate, compared against ``tol``.
    """

    def __init__(
        self,
        message: str,
        *,
        iterations: int = 0,
        change: float = float("nan"),
        path: str | None = None,
        line: int | None = None,
        field: str | None = None,
        document: str | None = None,
    ) -> None:
        self.iterations = iterations
        self.change = change
        super().__init__(message, path=path, line=line, field=field, document=document)


class WorkerFailed(ReconcileError, RuntimeError):
    """A worker process of a parallel run (``reconcile run --jobs N``) failed or died.

    The message says which worker, at which stage, and why; ``details`` holds the
    worker's traceback, when it could send one. The run writes nothing.

    Examples:
        >>> str(WorkerFailed("worker 2 of 2 died while reading (exit code -9)"))
        'worker 2 of 2 died while reading (exit code -9)'
    """

    def __init__(
        self,
        message: str,
        *,
        details: str = "",
        path: str | None = None,
        line: int | None = None,
        field: str | None = None,
        document: str | None = None,
    ) -> None:
        self.details = details
        super().__init__(message, path=path, line=line, field=field, document=document)


class MissingDependency(ReconcileError, ImportError):
    """A feature needs an optional extra that is not installed; the message says which."""


class InputErrors(ExceptionGroup[InvalidInput]):
    """Strict mode: all the input problems found, raised together.

    Examples:
        >>> group = InputErrors("2 bad records", [InvalidValue("a"), SchemaError("b")])
        >>> [type(e).__name__ for e in group.exceptions]
        ['InvalidValue', 'SchemaError']
    """

    def __new__(cls, message: str, errors: Sequence[InvalidInput]) -> InputErrors:
        """Group ``errors`` under ``message``."""
        return super().__new__(cls, message, errors)

    def derive(self, excs: Sequence[InvalidInput]) -> InputErrors:  # type: ignore[override]
        """Rebuild the group around a subset of its errors (used by ``except*``)."""
        return InputErrors(self.message, excs)
