"""The ``reconcile`` command line (also ``python -m reconcile``).

Commands:

- ``reconcile run INPUT -o result.json``: reconcile and write the result JSON;
- ``reconcile report INPUT [-o report.html|.md|.json] [--format html|md|json]``: reconcile
  and write a report (Markdown on standard output by default; the format follows the
  output's extension unless ``--format`` says otherwise). On a terminal, a progress line
  on standard error tells which stage is running; it is silent when standard error is
  not a terminal;
- ``reconcile graph INPUT -o graph.graphml`` (or ``.json`` for node-link JSON);
- ``reconcile extract ARTICLES -o claims.jsonl``: the claims found in articles;
- ``reconcile truth TABLE --method NAME``: truth discovery over a claim table.

``INPUT`` is a claims file (``.jsonl`` or ``.csv``) or articles: a folder of ``.txt`` /
``.md`` files, one such file, or a JSON Lines corpus (:mod:`reconcile.inputs`). Bad
input exits with status 2 and one line naming the file, line and field; rejected
records are listed in the result, never dropped.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from reconcile._atomic import atomic_text, write_text_atomic
from reconcile.compare import Tolerances
from reconcile.entities import DEFAULT_ALIASES
from reconcile.errors import InputErrors, ReconcileError
from reconcile.graph import claim_graph, to_node_link, write_graphml
from reconcile.inputs import load_input
from reconcile.io import read_aliases
from reconcile.normalize import entity_resolver
from reconcile.output import write_result
from reconcile.pipeline import Result, reconcile
from reconcile.report import build_report, render
from reconcile.schema import claim_to_record, document_to_record
from reconcile.trust import TrustAssessment, reconcile_with_trust
from reconcile.truth import Method
from reconcile.truth.command import add_truth_parser, run_truth
from reconcile.verdicts import EstimatePolicy

__all__ = ["build_parser", "main"]


def _add_input(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "input", help="claims file (.jsonl or .csv), or articles (folder, .txt/.md, corpus .jsonl)"
    )
    parser.add_argument("--documents", help="documents file (.jsonl, .csv or sources.json)")
    parser.add_argument(
        "--aliases", help="JSON file of name groups to treat as one entity (adds to the defaults)"
    )
    parser.add_argument(
        "--policy",
        choices=[p.value for p in EstimatePolicy],
        default=EstimatePolicy.UCDP.value,
        help="best estimate: the best-supported figure (ucdp) or the lowest (conservative)",
    )
    parser.add_argument(
        "--relative",
        type=float,
        default=0.0,
        help="figures within this fraction of each other agree (default 0: exact)",
    )
    parser.add_argument(
        "--absolute", type=float, default=0.0, help="figures within this many units agree"
    )
    parser.add_argument("--days", type=int, default=0, help="dates within this many days agree")
    parser.add_argument(
        "--trust",
        metavar="METHOD",
        choices=[m.value for m in Method],
        help="estimate source trust and copying with this truth-discovery method "
        "(vote, truthfinder, investment, pooled_investment, accu, crh); copiers then "
        "confirm nothing on their own",
    )
    parser.add_argument(
        "--strict", action="store_true", help="fail on the first bad record instead of rejecting it"
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, with one sub-command per task."""
    parser = argparse.ArgumentParser(
        prog="reconcile", description="Reconcile claims reported by many sources."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="reconcile and write the result as JSON")
    _add_input(run)
    run.add_argument("-o", "--output", help="result file (default: standard output)")
    report = commands.add_parser(
        "report", help="reconcile and write a report (Markdown, HTML or JSON)"
    )
    _add_input(report)
    report.add_argument(
        "-o", "--output", help="report file: .html, .md or .json (default: standard output)"
    )
    report.add_argument(
        "--format",
        choices=sorted(_REPORT_FORMATS),
        help="report format (default: from the output's extension, else md)",
    )
    report.add_argument("--title", default="Reconciliation report", help="the report's title")
    graph = commands.add_parser("graph", help="write the claim graph (.graphml or .json)")
    _add_input(graph)
    graph.add_argument("-o", "--output", required=True, help="graph file: .graphml or .json")
    extract = commands.add_parser(
        "extract", help="write the claims found in articles as JSON Lines"
    )
    extract.add_argument("input", help="articles: a folder, a .txt/.md file or a corpus .jsonl")
    extract.add_argument("-o", "--output", help="claims file (default: standard output)")
    add_truth_parser(commands)
    return parser


def _reconcile_with_trust(args: argparse.Namespace) -> tuple[Result, TrustAssessment | None]:
    loaded = load_input(args.input, documents=args.documents, strict=args.strict)
    tolerances = Tolerances(relative=args.relative, absolute=args.absolute, days=args.days)
    aliases = read_aliases(args.aliases, base=DEFAULT_ALIASES) if args.aliases else None
    settings: dict[str, Any] = {
        "tolerances": tolerances,
        "policy": EstimatePolicy(args.policy),
        "rejected": loaded.rejected,
        "strict": args.strict,
        "resolver": entity_resolver(aliases),
    }
    if args.trust:
        return reconcile_with_trust(
            loaded.claims,
            loaded.documents,
            method=args.trust,
            **settings,
        )
    return reconcile(loaded.claims, loaded.documents, **settings), None


def _trust_record(trust: TrustAssessment | None) -> dict[str, object]:
    if trust is None:
        return {}
    return {
        "trust": {
            "method": trust.method,
            "sources": [{"source": s, "trust": t} for s, t in trust.trust],
            "copies": [{"copier": c, "original": o, "evidence": e} for c, o, e in trust.copies],
            "ties": list(trust.ties),
        }
    }


def _extracted_jsonl(path: str) -> str:
    # Documents first, then claims: the file reads back with `reconcile run`. Rejected
    # articles go to standard error, one line each, so none is skipped silently.
    loaded = load_input(path)
    lines = [json.dumps({"type": "document", **document_to_record(d)}) for d in loaded.documents]
    lines += [json.dumps(claim_to_record(c), ensure_ascii=False) for c in loaded.claims]
    for rejection in loaded.rejected:
        print(f"reconcile: rejected {rejection.item}: {rejection.reason}", file=sys.stderr)
    # Escaped, so that readers that split lines on Unicode separators read it back too.
    return "".join(line.translate(_LINE_SEPARATORS) + "\n" for line in lines)


_LINE_SEPARATORS = {ord(c): f"\\u{ord(c):04x}" for c in "\u2028\u2029\x85"}


_REPORT_FORMATS = {"md": "md", "markdown": "md", "html": "html", "htm": "html", "json": "json"}


def _report_format(args: argparse.Namespace) -> str:
    if args.format:
        return _REPORT_FORMATS[args.format]
    suffix = Path(args.output).suffix.lstrip(".").lower() if args.output else ""
    return _REPORT_FORMATS.get(suffix, "md")


class _Progress:
    """One self-erasing line on standard error naming the running stage, on a terminal only."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._live = stream.isatty()
        self._start = time.monotonic()
        self._width = 0

    def __call__(self, stage: str) -> None:
        if not self._live:
            return
        line = f"reconcile: {stage} ({time.monotonic() - self._start:.1f}s)"
        self._stream.write("\r" + line.ljust(self._width))
        self._stream.flush()
        self._width = len(line)

    def done(self) -> None:
        if self._live and self._width:
            self._stream.write("\r" + " " * self._width + "\r")
            self._stream.flush()


def _report(args: argparse.Namespace) -> None:
    progress = _Progress(sys.stderr)
    try:
        progress(f"reading and reconciling {args.input}")
        result, trust = _reconcile_with_trust(args)
        progress(f"{len(result.claims)} claims, {len(result.verdicts)} questions: building report")
        report = build_report(
            result,
            title=args.title,
            trust=dict(trust.trust) if trust else None,
            copy_groups=[g.sources for g in trust.estimate.copy_groups] if trust else None,
        )
        fmt = _report_format(args)
        progress(f"rendering {fmt}")
        text = render(report, fmt)
        progress(f"writing {args.output or 'standard output'}")
    finally:
        progress.done()
    _write(text, args.output)


def _write(text: str, output: str | None) -> None:
    if output:
        write_text_atomic(output, text)
    else:
        sys.stdout.write(text)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 2 bad input)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "truth":
        return run_truth(args)
    try:
        if args.command == "run":
            result, trust = _reconcile_with_trust(args)
            extra = _trust_record(trust)
            if args.output:
                with atomic_text(args.output) as out:
                    write_result(result, out, extra=extra)
            else:
                write_result(result, sys.stdout, extra=extra)
        elif args.command == "report":
            _report(args)
        elif args.command == "extract":
            _write(_extracted_jsonl(args.input), args.output)
        elif args.command == "graph":
            result, trust = _reconcile_with_trust(args)
            graph = claim_graph(result, copies=trust.copies if trust else ())
            if args.output.endswith(".json"):
                _write(
                    json.dumps(to_node_link(graph), indent=1, sort_keys=True) + "\n", args.output
                )
            else:
                write_graphml(graph, args.output)
    except BrokenPipeError:
        # The reader (head, less) went away: not an error. Point stdout at nothing so
        # that the interpreter's final flush does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except InputErrors as group:
        for error in group.exceptions:
            print(f"reconcile: {error}", file=sys.stderr)
        return 2
    except (ReconcileError, OSError) as error:
        print(f"reconcile: {error}", file=sys.stderr)
        return 2
    return 0
