"""The ``reconcile`` command line (also ``python -m reconcile``).

Commands:

- ``reconcile run INPUT -o result.json``: reconcile and write the result JSON (``--jobs
  N``: in N worker processes, the same bytes; :mod:`reconcile.parallel`);
- ``reconcile report INPUT [-o report.html|.md|.json] [--format html|md|json]``: reconcile
  and write a report (Markdown on standard output by default; the format follows the
  output's extension unless ``--format`` says otherwise). On a terminal, a progress line
  on standard error tells which stage is running; it is silent when standard error is
  not a terminal;
- ``reconcile graph INPUT [-o graph.graphml|.json] [--format graphml|json]``: the claim
  graph (GraphML on standard output by default, node-link JSON for ``.json``);
- ``reconcile extract ARTICLES -o claims.jsonl``: the claims found in articles;
- ``reconcile diff OLD.json NEW.json [-o changes.md|.html|.json] [--format ...]``: what
  changed between two runs' results (``run`` and ``report`` take ``--since OLD.json`` to
  put the same section at the top of their output);
- ``reconcile truth TABLE --method NAME``: truth discovery over a claim table;
- ``reconcile decide KIND TARGET... --reason TEXT --file decisions.jsonl``: add an
  analyst's decision to a decisions file, which ``run``, ``report`` and ``graph`` apply
  with ``--decisions decisions.jsonl`` (:mod:`reconcile.decisions`).

``INPUT`` is a claims file (``.jsonl`` or ``.csv``) or articles: a folder of ``.txt`` /
``.md`` files, one such file, or a JSON Lines corpus (:mod:`reconcile.inputs`). Bad
input exits with status 2 and one line naming the file, line and field; so do a missing
path, a folder with no readable article and an ``-o`` extension the command cannot
write. Rejected records are listed in the result, never dropped, and every command sums
them up in one line on standard error. Options have one spelling in every command; the
older ones (``--rel-tol``, ``--abs-tol``, ``--trust METHOD``) still work, unlisted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from reconcile import __version__
from reconcile._atomic import atomic_text, write_text_atomic
from reconcile._heap import collector_paused
from reconcile.compare import Tolerances
from reconcile.decisions import Decision, DecisionKind
from reconcile.diff import Changes, changes_record, diff_results, read_result
from reconcile.entities import DEFAULT_ALIASES
from reconcile.errors import InputErrors, InvalidInput, NoSuchPath, ReconcileError, SchemaError
from reconcile.graph import claim_graph, graphml_text, to_node_link, write_graphml
from reconcile.inputs import is_article_input, load_input
from reconcile.io import Loaded, append_decision, read_aliases, read_decisions
from reconcile.model import Rejection
from reconcile.normalize import entity_resolver
from reconcile.output import result_to_record, write_result
from reconcile.parallel import can_fork, jobs_wanted, reconcile_in_parts
from reconcile.pipeline import Result, reconcile
from reconcile.report import build_report, render, render_changes
from reconcile.results import parquet_available, write_compact, write_parquet
from reconcile.schema import claim_to_record, document_to_record, value_from_record
from reconcile.trust import TrustAssessment, reconcile_with_trust
from reconcile.truth import Method
from reconcile.truth.command import add_truth_parser, run_truth
from reconcile.values import DateSpan, Hedge, Label, Quantity, Value
from reconcile.verdicts import EstimatePolicy

if TYPE_CHECKING:
    # The extraction package is imported where articles are read, not by every command:
    # it is about a third of the command's start (0.15 s), before a run's first step.
    from reconcile.extract import ReadingCache

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
        metavar="FRACTION",
        type=float,
        default=0.0,
        help="figures within this fraction of each other agree (default 0: exact)",
    )
    parser.add_argument(
        "--absolute",
        metavar="UNITS",
        type=float,
        default=0.0,
        help="figures within this many units agree",
    )
    _hidden_alias(parser, "--rel-tol", dest="relative", type=float)
    _hidden_alias(parser, "--abs-tol", dest="absolute", type=float)
    parser.add_argument(
        "--days", metavar="DAYS", type=int, default=0, help="dates within this many days agree"
    )
    parser.add_argument(
        "--trust",
        action="store_true",
        help="also estimate how far each source can be trusted and who copies whom; "
        "copiers then confirm nothing on their own",
    )
    parser.add_argument(
        "--method",
        choices=[m.value for m in Method],
        default=Method.ACCU.value,
        help="how --trust estimates trust (default: accu), as in the truth command",
    )
    parser.add_argument(
        "--strict", action="store_true", help="fail on the first bad record instead of rejecting it"
    )
    parser.add_argument(
        "--decisions",
        metavar="FILE",
        help="an analyst's decisions (.jsonl, made with `reconcile decide`) to apply",
    )
    _add_cache(parser)


def _add_cache(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--cache",
        metavar="DIR",
        help="keep each article's extraction in DIR, so that a re-run reads again only the "
        f"articles that changed (default: {CACHE_FOLDER}/ beside the -o file; none when "
        "writing to standard output)",
    )


#: The cache folder a run over articles keeps beside its ``-o`` file, unless ``--cache``.
CACHE_FOLDER = ".reconcile-cache"


def _cache_for(args: argparse.Namespace) -> ReadingCache | None:
    """The extraction cache a command uses: ``--cache``, else one beside its output file."""
    from reconcile.extract import ReadingCache  # noqa: PLC0415 (see TYPE_CHECKING)

    if args.cache:
        return ReadingCache(args.cache)
    output = Path(args.output) if args.output else None
    if output is None or (output.exists() and not output.is_file()):
        return None  # standard output, /dev/stdout, a pipe: nothing to keep it beside
    return ReadingCache(output.absolute().parent / CACHE_FOLDER)


def _add_since(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--since",
        metavar="OLD.json",
        help="an earlier run's result JSON: put what changed since it at the top",
    )


def _changes_since(path: str | None, result: Result) -> Changes | None:
    # Read before any output is written, so that a bad file leaves nothing half done.
    if path is None:
        return None
    return diff_results(read_result(path), result_to_record(result))


def _hidden_alias(parser: argparse.ArgumentParser, flag: str, *, dest: str, **kwargs: Any) -> None:
    # An old spelling keeps working but is not shown in the help.
    parser.add_argument(
        flag, dest=dest, default=argparse.SUPPRESS, help=argparse.SUPPRESS, **kwargs
    )


def _add_output(parser: argparse.ArgumentParser, what: str, formats: dict[str, str]) -> None:
    shown = ", ".join(f".{e}" for e in sorted(formats))
    parser.add_argument("-o", "--output", help=f"{what} file: {shown} (default: standard output)")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, with one sub-command per task."""
    parser = argparse.ArgumentParser(
        prog="reconcile", description="Reconcile claims reported by many sources."
    )
    parser.add_argument("--version", action="version", version=f"reconcile {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="reconcile and write the result as JSON or Parquet")
    _add_input(run)
    _add_output(run, "result", _RESULT_FORMATS)
    run.add_argument(
        "--compact",
        action="store_true",
        help="leave out of the JSON what the rest of it gives again (read back the same)",
    )
    _add_since(run)
    run.add_argument(
        "--jobs",
        metavar="N",
        type=_jobs,
        default=1,
        help="reconcile in N worker processes (0 or auto: one per CPU; default 1), the "
        "result the same byte for byte; it takes about a third more CPU time in all, so it "
        "pays only with CPUs to spare; runs in one process anyway with --trust, --since, "
        "--compact, --decisions, --strict, a .parquet output, input that is not a .jsonl "
        "claims file, or where processes cannot be forked (Windows)",
    )
    report = commands.add_parser(
        "report", help="reconcile and write a report (Markdown, HTML or JSON)"
    )
    _add_input(report)
    _add_output(report, "report", _REPORT_FORMATS)
    report.add_argument(
        "--format",
        choices=sorted(_REPORT_FORMATS),
        help="report format (default: from the output's extension, else md)",
    )
    report.add_argument("--title", default="Reconciliation report", help="the report's title")
    _add_since(report)
    diff = commands.add_parser(
        "diff", help="what changed between two runs' result JSON files (Markdown by default)"
    )
    diff.add_argument("old", help="the earlier result JSON (written by reconcile run)")
    diff.add_argument("new", help="the later result JSON")
    _add_output(diff, "changes", _REPORT_FORMATS)
    diff.add_argument(
        "--format",
        choices=sorted(_REPORT_FORMATS),
        help="format (default: from the output's extension, else md)",
    )
    graph = commands.add_parser("graph", help="write the claim graph (GraphML or JSON)")
    _add_input(graph)
    _add_output(graph, "graph", _GRAPH_FORMATS)
    graph.add_argument(
        "--format",
        choices=sorted(set(_GRAPH_FORMATS.values())),
        help="graph format (default: from the output's extension, else graphml)",
    )
    extract = commands.add_parser(
        "extract", help="write the claims found in articles as JSON Lines"
    )
    extract.add_argument("input", help="articles: a folder, a .txt/.md file or a corpus .jsonl")
    extract.add_argument("-o", "--output", help="claims file (default: standard output)")
    _add_cache(extract)
    extract.add_argument(
        "--explain",
        action="store_true",
        help="instead of claims, show each article with every figure marked: the claim "
        "it became or why it became none, and the share of figures that became claims",
    )
    add_truth_parser(commands)
    decide = commands.add_parser(
        "decide", help="add an analyst's decision to a decisions file (JSON Lines)"
    )
    decide.add_argument("kind", choices=[k.value for k in DecisionKind], help="what is decided")
    decide.add_argument(
        "targets",
        nargs="+",
        metavar="TARGET",
        help="claim fingerprints (fp-...; shown beside each claim in the report), source "
        "names for depends/trust, or event:NAME for rename",
    )
    decide.add_argument("--reason", required=True, help="why, in words a colleague reads")
    decide.add_argument("--file", required=True, help="the decisions file (made when missing)")
    decide.add_argument("--by", help="who decides (default: $USER)")
    decide.add_argument(
        "--value",
        help="value: the claim's value, as a figure ('21', 'about 300', '20-25'), a date "
        "('2025-03-09') or a JSON value record",
    )
    decide.add_argument("--trust", dest="level", type=float, help="trust: a number in [0, 1]")
    decide.add_argument("--name", help="rename: the display name")
    decide.add_argument("--at", help="when (ISO date and time; default: now, UTC)")
    return parser


def _load(
    path: str,
    *,
    documents: str | None = None,
    strict: bool = False,
    each: bool = False,
    cache: ReadingCache | None = None,
) -> Loaded:
    # Rejections go to standard error (one line each when `each`, then a summary). Articles
    # that yield no readable document leave nothing to reconcile: say so and fail instead
    # of writing an empty result.
    loaded = load_input(path, documents=documents, strict=strict, cache=cache)
    for rejection in loaded.rejected if each else ():
        print(f"reconcile: rejected {rejection.item}: {rejection.reason}", file=sys.stderr)
    _rejected_summary(loaded.rejected)
    if is_article_input(path) and not loaded.documents:
        if loaded.rejected:
            n = len(loaded.rejected)
            message = f"none of its {n} article{'s' * (n != 1)} could be read"
        else:
            message = "no articles in it (expected .txt or .md files, or a corpus .jsonl)"
        raise InvalidInput(message, path=path)
    return loaded


def _reconcile_with_trust(args: argparse.Namespace) -> tuple[Result, TrustAssessment | None]:
    # Decisions are read first: a bad decisions file fails before any long work.
    decisions = read_decisions(args.decisions) if args.decisions else ()
    loaded = _load(args.input, documents=args.documents, strict=args.strict, cache=_cache_for(args))
    tolerances = Tolerances(relative=args.relative, absolute=args.absolute, days=args.days)
    aliases = read_aliases(args.aliases, base=DEFAULT_ALIASES) if args.aliases else None
    settings: dict[str, Any] = {
        "tolerances": tolerances,
        "policy": EstimatePolicy(args.policy),
        "rejected": loaded.rejected,
        "strict": args.strict,
        "resolver": entity_resolver(aliases),
        "decisions": decisions,
    }
    if args.trust:
        result, trust = reconcile_with_trust(
            loaded.claims,
            loaded.documents,
            method=args.method,
            **settings,
        )
    else:
        result, trust = reconcile(loaded.claims, loaded.documents, **settings), None
    _unmatched_summary(result)
    return result, trust


def _unmatched_summary(result: Result) -> None:
    """One line on standard error naming the decisions that matched nothing."""
    unmatched = result.decisions.unmatched
    if not unmatched:
        return
    n = len(unmatched)
    listed = "; ".join(
        f"{u.decision.id} ({u.decision.where}: {u.decision.kind.value} "
        f"{', '.join(u.targets)}: {u.reason})"
        for u in unmatched
    )
    print(
        f"reconcile: {n} decision{'s' * (n != 1)} match{'es' * (n == 1)} nothing: {listed}",
        file=sys.stderr,
    )


_FIGURE = re.compile(
    r"^(?:(about|around|at least|more than|at most|less than|over|under)\s+)?"
    r"(\d[\d,]*(?:\.\d+)?)(?:\s*(?:-|to|\u2013)\s*(\d[\d,]*(?:\.\d+)?))?$",
    re.IGNORECASE,
)
_HEDGE_WORDS = {"around": "about", "over": "more than", "under": "less than"}
_DATE = re.compile(r"^\d{4}(?:-|$)|\.\.")


def _parse_value(text: str) -> Value:
    """A value typed on the command line: a figure, a date, a JSON record, else a label.

    Examples:
        >>> [str(_parse_value(t)) for t in ["21", "about 300", "20-25", "2025-03-09"]]
        ['21', 'about 300', '20-25', '2025-03-09']
        >>> _parse_value('{"kind": "label", "value": "withdrawn"}')
        Label(value='withdrawn', text='withdrawn')
    """
    text = " ".join(text.split())
    if text.startswith("{"):
        try:
            record = json.loads(text)
        except json.JSONDecodeError as exc:
            raise SchemaError(f"malformed JSON: {exc.msg}", field="value") from None
        return value_from_record(record)
    if match := _FIGURE.match(text):
        word, low, high = match.groups()
        first = float(low.replace(",", ""))
        if high is not None:
            return Quantity.range(first, float(high.replace(",", "")), text=text)
        hedge = _HEDGE_WORDS.get((word or "exact").casefold(), (word or "exact").casefold())
        return Quantity.hedged(first, Hedge(hedge.replace(" ", "_")))
    if _DATE.search(text):
        return DateSpan.parse(text)
    if not text:
        raise InvalidInput("must not be empty", field="value")
    return Label(text)


def _decide(args: argparse.Namespace) -> None:
    kind = DecisionKind(args.kind)
    value: Value | None = None
    if args.value is not None:
        if kind is not DecisionKind.VALUE:
            raise InvalidInput(f"'{kind.value}' takes no --value", field="value")
        value = _parse_value(args.value)
    at = args.at or dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
    by = args.by or os.environ.get("USER") or os.environ.get("USERNAME") or "analyst"
    decision = Decision(
        kind,
        tuple(
            sorted(args.targets)
            if kind in (DecisionKind.SAME, DecisionKind.DIFFERENT)
            else args.targets
        ),
        " ".join(args.reason.split()),
        by,
        at,
        value=value,
        trust=args.level,
        name=args.name,
    )
    placed = append_decision(args.file, decision)
    print(f"reconcile: {placed.where}: {placed.id} {placed.describe()}", file=sys.stderr)


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


def _extracted_jsonl(path: str, cache: ReadingCache | None) -> str:
    # Documents first, then claims: the file reads back with `reconcile run`. Rejected
    # articles go to standard error, one line each, so none is skipped silently.
    loaded = _load(path, each=True, cache=cache)
    lines = [json.dumps({"type": "document", **document_to_record(d)}) for d in loaded.documents]
    lines += [json.dumps(claim_to_record(c), ensure_ascii=False) for c in loaded.claims]
    # Escaped, so that readers that split lines on Unicode separators read it back too.
    return "".join(line.translate(_LINE_SEPARATORS) + "\n" for line in lines)


_LINE_SEPARATORS = {ord(c): f"\\u{ord(c):04x}" for c in "\u2028\u2029\x85"}


def _explained(path: str) -> str:
    if not Path(path).exists():
        raise NoSuchPath("no such file or folder", path=path)
    from reconcile.extract import (  # noqa: PLC0415 (see TYPE_CHECKING)
        extract_claims,
        figure_fates,
        load_articles,
        render_explain,
    )

    corpus = load_articles(path)
    extraction = extract_claims(corpus)
    _rejected_summary(extraction.rejected)
    if not corpus.articles:
        raise InvalidInput("no articles to explain", path=path)
    return render_explain(figure_fates(corpus, extraction), extraction)


def _output_format(output: str | None, chosen: str | None, formats: dict[str, str]) -> str | None:
    """The format ``--format`` chose, else the one the output's extension names.

    ``None`` when neither says. Without ``--format``, an extension the command cannot
    write is an error listing the ones it can, raised before any work is done.
    """
    if chosen:
        return formats[chosen]
    suffix = Path(output).suffix.lstrip(".").lower() if output else ""
    if suffix and suffix not in formats:
        known = ", ".join(f".{e}" for e in sorted(formats))
        raise InvalidInput(
            f"cannot write '.{suffix}' files; known extensions: {known}", path=output
        )
    return formats.get(suffix)


def _rejected_summary(rejected: Sequence[Rejection]) -> None:
    """One line on standard error: how much input was rejected, and the first reason."""
    if not rejected:
        return
    kinds = Counter(r.kind.value for r in rejected)
    parts = ", ".join(f"{n} {kind}{'s' * (n != 1)}" for kind, n in sorted(kinds.items()))
    first = rejected[0]
    print(
        f"reconcile: rejected {len(rejected)} input item{'s' * (len(rejected) != 1)} "
        f"({parts}); first: {first.item}: {first.reason}",
        file=sys.stderr,
    )


def _legacy_spellings(argv: Sequence[str]) -> list[str]:
    # `--trust METHOD` was the old spelling of `--trust --method METHOD`.
    methods = {m.value for m in Method}
    out: list[str] = []
    for arg in argv:
        if out and out[-1] == "--trust" and arg in methods:
            out.append("--method")
        if arg.startswith("--trust=") and arg.removeprefix("--trust=") in methods:
            out += ["--trust", "--method", arg.removeprefix("--trust=")]
            continue
        out.append(arg)
    return out


_REPORT_FORMATS = {"md": "md", "markdown": "md", "html": "html", "htm": "html", "json": "json"}
_RESULT_FORMATS = {"json": "json", "parquet": "parquet"}
_GRAPH_FORMATS = {"graphml": "graphml", "json": "json"}


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


def _jobs(text: str) -> int:
    """``--jobs``: a count of worker processes, 0 or ``auto`` for one per CPU."""
    if text.strip().casefold() == "auto":
        return 0
    try:
        jobs = int(text)
    except ValueError:
        jobs = -1
    if jobs < 0:
        raise argparse.ArgumentTypeError(f"expected a whole number >= 0 or 'auto' (got {text!r})")
    return jobs


def _in_one_process(args: argparse.Namespace, fmt: str | None) -> bool:
    """Whether ``run`` stays in one process: what its workers cannot do (yet) is asked."""
    split = (
        jobs_wanted(args.jobs) > 1
        and can_fork()
        and not (args.trust or args.since or args.compact or args.decisions or args.strict)
        and fmt != "parquet"
    )
    path = Path(args.input)
    claims_file = path.suffix.casefold() == ".jsonl" and path.is_file()
    return not (split and claims_file and not is_article_input(path))


def _run_in_parts(args: argparse.Namespace) -> bool:
    """``run --jobs N``: reconcile in worker processes and write the result.

    Returns:
        ``False`` when the run cannot be split after all (nothing was written then).
    """
    aliases = read_aliases(args.aliases, base=DEFAULT_ALIASES) if args.aliases else None
    parts = reconcile_in_parts(
        args.input,
        jobs=jobs_wanted(args.jobs),
        documents=args.documents,
        tolerances=Tolerances(relative=args.relative, absolute=args.absolute, days=args.days),
        policy=EstimatePolicy(args.policy),
        resolver=entity_resolver(aliases),
    )
    if parts is None:
        return False
    with parts:
        _rejected_summary(parts.rejected)
        if args.output:
            parts.write_file(args.output)
        else:
            parts.write(sys.stdout)
    return True


def _run(args: argparse.Namespace) -> None:
    fmt = _output_format(args.output, None, _RESULT_FORMATS)
    if fmt == "parquet":
        parquet_available()  # before the work, not after it
    if args.since:
        read_result(args.since)  # a bad file fails before the work, not after
    if not _in_one_process(args, fmt):
        with collector_paused():
            if _run_in_parts(args):
                return
    # The stages pause the collector each; between them, and while the result is
    # written, it would scan every object the run holds several times over (at a
    # million claims, some seconds), to find no cycles. The command ends with the run.
    with collector_paused():
        _run_paused(args, fmt)


def _run_paused(args: argparse.Namespace, fmt: str | None) -> None:
    result, trust = _reconcile_with_trust(args)
    extra = _trust_record(trust)
    changes = _changes_since(args.since, result)
    if changes is not None:
        extra["changes"] = changes_record(changes)
    if fmt == "parquet":
        write_parquet(result, args.output, extra=extra)
        return
    write = write_compact if args.compact else write_result
    if args.output:
        with atomic_text(args.output) as out:
            write(result, out, extra=extra)
    else:
        write(result, sys.stdout, extra=extra)


def _graph(args: argparse.Namespace) -> None:
    fmt = _output_format(args.output, args.format, _GRAPH_FORMATS) or "graphml"
    result, trust = _reconcile_with_trust(args)
    graph = claim_graph(result, copies=trust.copies if trust else ())
    if fmt == "json":
        _write(json.dumps(to_node_link(graph), indent=1, sort_keys=True) + "\n", args.output)
    elif args.output:
        write_graphml(graph, args.output)
    else:
        _write(graphml_text(graph), None)


def _report(args: argparse.Namespace) -> None:
    _output_format(args.output, args.format, _REPORT_FORMATS)
    if args.since:
        read_result(args.since)  # a bad file fails before the work, not after
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
            changes=_changes_since(args.since, result),
            since=args.since,
        )
        fmt = _output_format(args.output, args.format, _REPORT_FORMATS) or "md"
        progress(f"rendering {fmt}")
        text = render(report, fmt)
        progress(f"writing {args.output or 'standard output'}")
    finally:
        progress.done()
    _write(text, args.output)


def _diff(args: argparse.Namespace) -> None:
    fmt = _output_format(args.output, args.format, _REPORT_FORMATS) or "md"
    changes = diff_results(read_result(args.old), read_result(args.new))
    _write(render_changes(changes, fmt, old=args.old, new=args.new), args.output)


def _write(text: str, output: str | None) -> None:
    if output:
        write_text_atomic(output, text)
    else:
        sys.stdout.write(text)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 2 bad input)."""
    parser = build_parser()
    args = parser.parse_args(_legacy_spellings(sys.argv[1:] if argv is None else argv))
    if args.command == "truth":
        return run_truth(args)
    try:
        if args.command == "run":
            _run(args)
        elif args.command == "report":
            _report(args)
        elif args.command == "extract":
            _write(
                _explained(args.input)
                if args.explain
                else _extracted_jsonl(args.input, _cache_for(args)),
                args.output,
            )
        elif args.command == "graph":
            _graph(args)
        elif args.command == "diff":
            _diff(args)
        elif args.command == "decide":
            _decide(args)
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
