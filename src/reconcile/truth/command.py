"""The ``reconcile truth`` command: estimate the truth of a claim table, print CSV.

Output on stdout is CSV: one row per item (``object,attribute,value,confidence,tie,
tied,candidates,sources,known``). ``--trust`` adds a blank line and a second table
(``source,trust,method,claims``), ``--copies`` one of copy groups, and ``--gold`` one
with the accuracy on the gold items. Bad input exits with status 2 and one line on
stderr naming the file, line and field; an estimator that does not converge exits 1.
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
from collections.abc import Sequence
from typing import TextIO

from reconcile._heap import collector_paused
from reconcile.errors import ConvergenceError, InvalidInput, ReconcileError
from reconcile.truth._compare import (
    ValueComparison,
    ValueKind,
    author_lists,
    numbers,
    text,
    times,
)
from reconcile.truth._estimate import estimate_table
from reconcile.truth._load import accuracy, load_claim_columns, load_claim_table, load_gold
from reconcile.truth._model import ClaimColumns, ClaimTable, Method, TruthEstimate

__all__ = [
    "add_truth_parser",
    "build_parser",
    "columns_from_args",
    "comparison_from_args",
    "main",
    "run_truth",
]


_DESCRIPTION = "Estimate the true value of each item of a claim table; print CSV."


def _arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("table", help="claim table: source, object, attribute, value (CSV/TSV)")
    parser.add_argument(
        "--method",
        default=Method.ACCU.value,
        choices=[m.value for m in Method],
        help="estimator (default: accu)",
    )
    parser.add_argument(
        "--values",
        default=ValueKind.TEXT.value,
        choices=[k.value for k in ValueKind],
        help="what the values are: text, number, time (of day) or names (author lists)",
    )
    parser.add_argument(
        "--within-minutes",
        metavar="MINUTES",
        type=float,
        default=0.0,
        help="times this many minutes apart are the same value",
    )
    parser.add_argument(
        "--relative",
        dest="rel_tol",
        metavar="FRACTION",
        type=float,
        default=0.0,
        help="numbers within this fraction of each other are the same value",
    )
    parser.add_argument(
        "--absolute",
        dest="abs_tol",
        metavar="UNITS",
        type=float,
        default=0.0,
        help="numbers within this difference are the same value",
    )
    # The old spellings keep working, hidden from the help.
    for old, dest in (("--rel-tol", "rel_tol"), ("--abs-tol", "abs_tol")):
        parser.add_argument(
            old, dest=dest, type=float, default=argparse.SUPPRESS, help=argparse.SUPPRESS
        )
    parser.add_argument(
        "--columns",
        default=None,
        help="the roles of the table's columns in order, '-' to skip one "
        "(e.g. object,source,value,- for a table with an extra last column)",
    )
    parser.add_argument(
        "--delimiter",
        default=None,
        help="field separator (default: tab if the first line has one, else comma)",
    )
    parser.add_argument("--gold", help="gold file: object, attribute, value; prints the accuracy")
    parser.add_argument("--trust", action="store_true", help="also print the source trust")
    parser.add_argument("--copies", action="store_true", help="also print the copy groups")
    parser.add_argument("--known-true", help="file of values known true: object, attribute, value")
    parser.add_argument(
        "--known-false", help="file of values known false: object, attribute, value"
    )
    parser.add_argument("--max-iter", type=int, default=None, help="iteration limit")
    parser.add_argument("--tol", type=float, default=None, help="convergence tolerance")


def add_truth_parser(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``truth`` sub-command to a ``reconcile`` command line."""
    parser = subparsers.add_parser(
        "truth",
        help="estimate true values and source trust from a claim table",
        description=_DESCRIPTION,
    )
    _arguments(parser)
    parser.set_defaults(func=run_truth)


def build_parser() -> argparse.ArgumentParser:
    """The stand-alone parser behind ``python -m reconcile.truth``."""
    parser = argparse.ArgumentParser(prog="python -m reconcile.truth", description=_DESCRIPTION)
    _arguments(parser)
    return parser


def comparison_from_args(args: argparse.Namespace) -> ValueComparison:
    """The value comparison the options ask for.

    Examples:
        >>> comparison_from_args(build_parser().parse_args(["t.csv", "--values", "time",
        ...                                                 "--within-minutes", "10"]))
        times(within_minutes=10)
    """
    kind = ValueKind(args.values)
    if kind is ValueKind.TIME:
        return times(within_minutes=args.within_minutes)
    if kind is ValueKind.NUMBER:
        return numbers(rel_tol=args.rel_tol, abs_tol=args.abs_tol)
    if kind is ValueKind.NAMES:
        return author_lists()
    return text()


def _write_items(estimate: TruthEstimate, out: TextIO) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        [
            "object",
            "attribute",
            "value",
            "confidence",
            "tie",
            "tied",
            "candidates",
            "sources",
            "known",
        ]
    )
    for item in estimate.items:
        writer.writerow(
            [
                item.object,
                item.attribute,
                "" if item.value is None else item.value,
                f"{item.confidence:.6f}",
                str(item.tie).lower(),
                "|".join(item.tied),
                item.candidates,
                item.sources,
                str(item.known).lower(),
            ]
        )


def columns_from_args(text_value: str | None) -> dict[str, str | int] | None:
    """Column roles from ``--columns``: role names in file order, ``-`` to skip.

    Examples:
        >>> columns_from_args("object,source,value,-")
        {'object': 0, 'source': 1, 'value': 2}

    Raises:
        InvalidInput: an unknown role, or source, object or value missing.
    """
    if text_value is None:
        return None
    roles = [r.strip() for r in text_value.split(",")]
    known = {"source", "object", "attribute", "value", "low", "high", "-"}
    unknown = [r for r in roles if r not in known]
    if unknown:
        raise InvalidInput(f"unknown column role {unknown[0]!r}", field="columns")
    out: dict[str, str | int] = {r: i for i, r in enumerate(roles) if r != "-"}
    missing = [r for r in ("source", "object", "value") if r not in out]
    if missing:
        raise InvalidInput(f"no column for {missing[0]!r}", field="columns")
    return out


def run_truth(args: argparse.Namespace) -> int:
    """Run ``reconcile truth`` for parsed ``args``; return the exit status.

    The cyclic garbage collector is paused for the run: the table's million objects
    hold no cycles, and the collector's passes over them cost an eighth of the time
    (0.35 s of 2.7 at 1M claims).
    """
    with collector_paused():
        return _run_truth(args)


def _run_truth(args: argparse.Namespace) -> int:
    out, err = sys.stdout, sys.stderr
    try:
        comparison = comparison_from_args(args)
        wanted = columns_from_args(args.columns)
        # A plain table stays as columns, encoded without a claim object per row.
        table: ClaimTable | ClaimColumns | None = load_claim_columns(
            args.table, delimiter=args.delimiter, columns=wanted
        )
        if table is None:
            table = load_claim_table(args.table, delimiter=args.delimiter, columns=wanted)
        known_true = (
            load_gold(args.known_true, delimiter=args.delimiter) if args.known_true else None
        )
        known_false = (
            [
                (o, a, v)
                for (o, a), v in load_gold(args.known_false, delimiter=args.delimiter).items()
            ]
            if args.known_false
            else None
        )
        gold = load_gold(args.gold, delimiter=args.delimiter) if args.gold else None
        estimate = estimate_table(
            table,
            method=args.method,
            comparison=comparison,
            known_true=known_true,
            known_false=known_false,
            max_iter=args.max_iter,
            tol=args.tol,
        )
        if estimate.rejected and not estimate.items:
            first = estimate.rejected[0]
            raise InvalidInput(
                f"no usable claims: all {len(estimate.rejected)} were rejected, e.g. "
                f"{first.claim.value!r} from {first.claim.source!r}: {first.reason}",
                path=args.table,
                field="value",
            )
        score = None
        if gold is not None:
            score = accuracy(estimate, gold, comparison=comparison)
            if not score.evaluated:
                raise InvalidInput(
                    f"none of the {len(gold)} gold items is in the claim table "
                    f"(first: {score.unknown[0]!r})",
                    path=args.gold,
                )
    except ConvergenceError as error:
        print(f"reconcile truth: {error}", file=err)
        return 1
    except (ReconcileError, ValueError) as error:
        print(f"reconcile truth: {error}", file=err)
        return 2
    if estimate.rejected:
        first = estimate.rejected[0]
        print(
            f"reconcile truth: note: {len(estimate.rejected)} claims not used "
            f"(e.g. {first.claim.value!r} from {first.claim.source!r}: {first.reason})",
            file=err,
        )
    _write_items(estimate, out)
    writer = csv.writer(out, lineterminator="\n")
    if args.trust:
        out.write("\n")
        writer.writerow(["source", "trust", "method", "claims"])
        for source in estimate.sources:
            writer.writerow(
                [source.source, f"{source.trust:.6f}", source.method.value, source.claims]
            )
    if args.copies:
        out.write("\n")
        writer.writerow(["copy_group", "probability", "shared_items", "shared_false", "evidence"])
        for group in estimate.copy_groups:
            writer.writerow(
                [
                    "|".join(group.sources),
                    f"{group.probability:.6f}",
                    group.shared_items,
                    group.shared_false,
                    group.evidence,
                ]
            )
    if score is not None:
        out.write("\n")
        writer.writerow(["accuracy", "correct", "evaluated", "unknown_gold_items"])
        writer.writerow(
            [f"{score.accuracy:.6f}", score.correct, score.evaluated, len(score.unknown)]
        )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``python -m reconcile.truth``.

    Unless the environment says otherwise, OpenBLAS runs one thread: the estimators'
    matrix products are sources by sources (hundreds), too small to share out, and on
    a busy machine the waiting threads cost a third of the CPU time (1M claims, Accu:
    1.0 s of CPU with one thread, 1.3 to 1.5 s with two). Set before numpy loads.
    """
    if "numpy" not in sys.modules:
        os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    return run_truth(build_parser().parse_args(argv))
