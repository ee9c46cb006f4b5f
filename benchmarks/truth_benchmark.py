"""Truth discovery on Flight, Book and Population, and at scale: accuracy and run time.

Which estimator finds the true values best on the standard benchmarks, how much do the
sources that also supply the gold (Flight's airline sites) help, which sources copy
each other, and how long does each estimator take on a million claims?

    PYTHONPATH=src python benchmarks/truth_benchmark.py            # all data sets
    PYTHONPATH=src python benchmarks/truth_benchmark.py flight --truthdiscovery
    PYTHONPATH=src python benchmarks/truth_benchmark.py scale --claims 1000000
    PYTHONPATH=src python benchmarks/truth_benchmark.py end-to-end --repeats 5 \
        --peer-python tdvenv/bin/python

The data is read from ../shared/data/truth; a data set that is absent is skipped with a
message. ``--truthdiscovery`` also runs the ``truthdiscovery`` package (1.0.4) on the
same normalized claims, when it is installed, for a side-by-side figure.

``end-to-end`` writes the synthetic CSV of ``scale`` and times, as fresh processes taking
turns, ``python -m reconcile.truth CSV --method accu`` against ``truthdiscovery`` 1.0.4
loading the same CSV and running each of its estimators (it has no Accu), ``--repeats``
times. truthdiscovery pins old attrs, numpy and pytest, so it lives in a virtual
environment of its own: ``--peer-python`` names that interpreter, which runs
``benchmarks/truthdiscovery_peer.py`` (its docstring says how to install it). Without
``--peer-python``, or when the peer cannot import truthdiscovery, its side is skipped.
"""

from __future__ import annotations

import argparse
import gc
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _datasets
import truthdiscovery_peer

from reconcile.errors import ConvergenceError
from reconcile.truth import (
    ClaimTable,
    Method,
    TruthEstimate,
    ValueComparison,
    accuracy,
    author_lists,
    estimate_truth,
    load_claim_table,
    numbers,
    text,
    times,
)

Gold = dict[tuple[str, str], str]


def _row(*cells: object) -> str:
    return "| " + " | ".join(str(c) for c in cells) + " |"


def _score(
    estimate: TruthEstimate, gold: Gold, strict: ValueComparison, loose: ValueComparison
) -> tuple[str, str, str]:
    exact = accuracy(estimate, gold, comparison=strict)
    within = accuracy(estimate, gold, comparison=loose)
    disputed = accuracy(estimate, gold, comparison=strict, disputed_only=True)
    return (
        f"{exact.accuracy:.3f} ({exact.correct}/{exact.evaluated})",
        f"{within.accuracy:.3f}",
        f"{disputed.accuracy:.3f} ({disputed.evaluated})",
    )


def _truthdiscovery_rows(
    table: ClaimTable, gold: Gold, comparison: ValueComparison, loose: ValueComparison
) -> list[str]:
    """Run truthdiscovery 1.0.4 on the same normalized claims (optional)."""
    import types

    # truthdiscovery imports its drawing back ends at import time; they are not needed.
    for name in ("imageio", "imageio.v2", "cairo", "matplotlib", "matplotlib.pyplot"):
        sys.modules.setdefault(name, types.ModuleType(name))
    try:
        import truthdiscovery as td  # type: ignore[import-not-found]
    except ImportError as error:
        return [f"truthdiscovery not available: {error}"]
    triples = []
    seen = set()
    for claim in table.claims:
        try:
            key = comparison.key(claim.value)
        except ValueError:
            continue
        if key is None or (claim.source, claim.item) in seen:
            continue
        seen.add((claim.source, claim.item))
        triples.append((claim.source, claim.item, comparison.render(key)))
    rows = []
    start = time.perf_counter()
    data = td.Dataset(triples)
    load = time.perf_counter() - start
    for name in ("MajorityVoting", "TruthFinder", "Investment", "PooledInvestment", "CRH"):
        algorithm = getattr(td, name)()
        start = time.perf_counter()
        try:
            result = algorithm.run(data)
        except Exception as error:
            rows.append(_row("truthdiscovery", name, f"failed: {error}", "", "", ""))
            continue
        took = time.perf_counter() - start
        correct = within = total = 0
        for item, want in gold.items():
            if item not in result.belief:
                continue
            total += 1
            got = next(iter(sorted(result.get_most_believed_values(item))))
            want_key, got_key = comparison.key(want), comparison.key(got)
            if want_key is not None and got_key is not None:
                correct += comparison.same(want_key, got_key)
                within += loose.same(want_key, got_key)
        rows.append(
            _row(
                "truthdiscovery 1.0.4",
                name,
                f"{correct / max(total, 1):.3f} ({correct}/{total})",
                f"{within / max(total, 1):.3f}",
                "",
                f"{took:.2f} (+{load:.2f} load)",
            )
        )
    return rows


def _truthdiscovery_csv(path: Path) -> str:
    """truthdiscovery 1.0.4 end to end on the CSV: its file loader, then each estimator."""
    try:
        td = truthdiscovery_peer.import_truthdiscovery()
    except ImportError as error:
        return f"truthdiscovery not available: {error}"
    start = time.perf_counter()
    data = truthdiscovery_peer.claims_dataset(td, str(path))
    load = time.perf_counter() - start
    runs = []
    for name in ("MajorityVoting", "TruthFinder", "Investment", "PooledInvestment"):
        start = time.perf_counter()
        getattr(td, name)().run(data)
        runs.append(f"{name} {time.perf_counter() - start:.2f}")
    return (
        f"truthdiscovery 1.0.4 end to end from the CSV: load {load:.2f} s, then {', '.join(runs)} s"
    )


def run_dataset(
    name: str,
    table: ClaimTable,
    gold: Gold,
    comparison: ValueComparison,
    loose: ValueComparison,
    *,
    variants: Mapping[str, tuple[str, ...]],
    truthdiscovery: bool,
    copy_report: bool = False,
    strict: ValueComparison | None = None,
) -> None:
    strict = strict if strict is not None else comparison
    print(
        f"\n## {name}: {len(table)} claims, {len(table.sources)} sources, "
        f"{len(table.items)} items, {len(gold)} gold items; comparison {comparison!r}, "
        f"loose {loose!r}\n"
    )
    print(_row("variant", "method", "accuracy", "loose", "disputed", "seconds", "iterations"))
    print(_row(*["---"] * 7))
    for variant, dropped in variants.items():
        sub = table.without_sources(dropped) if dropped else table
        for method in Method:
            start = time.perf_counter()
            try:
                estimate = estimate_truth(sub, method=method, comparison=comparison)
            except ConvergenceError as error:
                print(_row(variant, method.value, f"no convergence: {error}", "", "", "", ""))
                continue
            took = time.perf_counter() - start
            print(
                _row(
                    variant,
                    method.value,
                    *_score(estimate, gold, strict, loose),
                    f"{took:.2f}",
                    estimate.iterations,
                )
            )
            if copy_report and method is Method.ACCU:
                for group in estimate.copy_groups:
                    print(f"|   copy group | {', '.join(group.sources)} | {group.evidence} |||||")
        if truthdiscovery:
            for line in _truthdiscovery_rows(sub, gold, comparison, loose):
                print(line)


def synthetic_csv(path: Path, *, claims: int, sources: int, seed: int = 7) -> None:
    """Write ``claims`` claims over ``sources`` sources, a tenth of them copiers."""
    rng = random.Random(seed)
    items = claims // sources
    accuracy_of = [rng.uniform(0.5, 0.95) for _ in range(sources)]
    copies = {s: rng.randrange(sources // 10, sources) for s in range(sources // 10)}
    with path.open("w") as handle:
        handle.write("source,object,attribute,value\n")
        for item in range(items):
            said: dict[int, int] = {}
            for s in range(sources - 1, -1, -1):
                if s in copies and rng.random() < 0.8:
                    value = said[copies[s]]
                else:
                    value = 0 if rng.random() < accuracy_of[s] else rng.randrange(1, 20)
                said[s] = value
            handle.write("".join(f"s{s},o{item},a,v{said[s]}\n" for s in range(sources)))


def _end_to_end(path: Path) -> tuple[float, float]:
    """Seconds to load ``path`` and run Accu on it, in process and as ``reconcile truth``."""
    start = time.perf_counter()
    estimate_truth(load_claim_table(path), method=Method.ACCU)
    in_process = time.perf_counter() - start
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "reconcile.truth", str(path), "--method", "accu"],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return in_process, time.perf_counter() - start


def run_scale(claims: int, sources: int, *, truthdiscovery: bool) -> None:
    print(f"\n## scale: {claims} synthetic claims over {sources} sources\n")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "claims.csv"
        synthetic_csv(path, claims=claims, sources=sources)
        start = time.perf_counter()
        table = load_claim_table(path)
        load = time.perf_counter() - start
        print(f"load_claim_table: {load:.2f} s for {len(table)} claims")
        start = time.perf_counter()
        # The estimators share one encoding per table and settings; time it on its own.
        estimate_truth(table, method=Method.VOTE)
        first_vote = time.perf_counter() - start
        start = time.perf_counter()
        estimate_truth(table, method=Method.VOTE)
        vote_again = time.perf_counter() - start
        print(f"encode (once per table): {first_vote - vote_again:.2f} s\n")
        gold = {(f"o{i}", "a"): "v0" for i in range(claims // sources)}
        print(_row("method", "accuracy", "seconds (after encoding)", "iterations"))
        print(_row(*["---"] * 4))
        for method in Method:
            start = time.perf_counter()
            try:
                estimate = estimate_truth(table, method=method)
            except ConvergenceError as error:
                print(_row(method.value, f"no convergence: {error}", "", ""))
                continue
            took = time.perf_counter() - start
            acc = accuracy(estimate, gold).accuracy
            print(_row(method.value, f"{acc:.3f}", f"{took:.2f}", estimate.iterations))
            del estimate
        if truthdiscovery:
            for line in _truthdiscovery_rows(table, gold, text(), text()):
                print(line)
        # Measured on a clean heap: the table above and its cached encoding would
        # otherwise slow every allocation and collection.
        del table
        gc.collect()
        in_process, command = _end_to_end(path)
        print(
            f"\nend to end, load + encode + accu: {in_process:.2f} s in process; "
            f"`python -m reconcile.truth CSV --method accu`: {command:.2f} s"
        )
        if truthdiscovery:
            print(_truthdiscovery_csv(path))


PEER = Path(__file__).resolve().parent / "truthdiscovery_peer.py"
PEER_ESTIMATORS = ("MajorityVoting", "TruthFinder", "Investment", "PooledInvestment")


def _timed_process(command: list[str]) -> tuple[float, str]:
    """Wall seconds of one fresh process, and what it printed."""
    start = time.perf_counter()
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    return time.perf_counter() - start, done.stdout


def _peer_available(python: str | None) -> str | None:
    """None when ``python`` can run the peer, else why its side is skipped."""
    if python is None:
        return "no --peer-python given"
    probe = [
        python,
        "-c",
        "import sys, types\n"
        "for n in ('imageio', 'imageio.v2', 'cairo', 'matplotlib', 'matplotlib.pyplot'):\n"
        "    sys.modules.setdefault(n, types.ModuleType(n))\n"
        "import truthdiscovery",
    ]
    try:
        done = subprocess.run(probe, check=False, capture_output=True, text=True)
    except OSError as error:
        return f"cannot run {python}: {error.strerror}"
    if done.returncode:
        return f"{python} cannot import truthdiscovery: {done.stderr.strip().splitlines()[-1]}"
    return None


def run_end_to_end(claims: int, sources: int, *, repeats: int, peer_python: str | None) -> None:
    """Ours and truthdiscovery's, each a fresh process from the CSV, taking turns."""
    print(f"\n## end to end: {claims} synthetic claims over {sources} sources, {repeats} rounds\n")
    skipped = _peer_available(peer_python)
    if skipped:
        print(f"truthdiscovery 1.0.4: skipped, {skipped}\n")
    ours_command = [sys.executable, "-m", "reconcile.truth", "", "--method", "accu"]
    names = ["reconcile accu"] + (
        [] if skipped else [f"truthdiscovery {n}" for n in PEER_ESTIMATORS]
    )
    seconds: dict[str, list[float]] = {name: [] for name in names}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "claims.csv"
        synthetic_csv(path, claims=claims, sources=sources)
        ours_command[3] = str(path)
        for _round in range(repeats):
            took, _out = _timed_process(ours_command)
            seconds["reconcile accu"].append(took)
            if skipped:
                continue
            for name in PEER_ESTIMATORS:
                took, out = _timed_process([str(peer_python), str(PEER), str(path), name])
                seconds[f"truthdiscovery {name}"].append(took)
                print(f"  truthdiscovery {name}: {took:.2f} s wall, inside {out.strip()}")
            print(f"  reconcile accu: {seconds['reconcile accu'][-1]:.2f} s wall")
    print()
    print(_row("process (fresh, from the CSV)", "min", "median", "max", "every round, s"))
    print(_row(*["---"] * 5))
    for name, times_of in seconds.items():
        ordered = sorted(times_of)
        print(
            _row(
                name,
                f"{ordered[0]:.2f}",
                f"{ordered[len(ordered) // 2]:.2f}",
                f"{ordered[-1]:.2f}",
                " ".join(f"{t:.2f}" for t in times_of),
            )
        )


DATASETS: dict[str, Callable[[argparse.Namespace], None]] = {}


def _flight(args: argparse.Namespace) -> None:
    table, gold = _datasets.flight()
    run_dataset(
        "Flight 2011-12-01",
        table,
        gold,
        times(),
        times(within_minutes=10),
        variants={"all sources": (), "without airline sites": _datasets.FLIGHT_AIRLINES},
        truthdiscovery=args.truthdiscovery,
        copy_report=True,
    )


def _book(args: argparse.Namespace) -> None:
    table, gold = _datasets.book()
    run_dataset(
        "Book",
        table,
        gold,
        author_lists(),
        author_lists(),
        variants={"all sources": ()},
        truthdiscovery=args.truthdiscovery,
    )


def _population(args: argparse.Namespace) -> None:
    table, gold = _datasets.population()
    run_dataset(
        "Population, values compared exactly",
        table,
        gold,
        numbers(),
        numbers(rel_tol=0.01),
        variants={"all sources": ()},
        truthdiscovery=args.truthdiscovery,
    )
    table, gold = _datasets.population("population-new.txt")
    run_dataset(
        "Population, full edit history (population-new.txt), values within 1% support each other",
        table,
        gold,
        numbers(rel_tol=0.01),
        numbers(rel_tol=0.01),
        strict=numbers(),
        variants={"all sources": ()},
        truthdiscovery=False,
    )
    table, gold = _datasets.population()
    run_dataset(
        "Population, values within 1% support each other",
        table,
        gold,
        numbers(rel_tol=0.01),
        numbers(rel_tol=0.01),
        strict=numbers(),
        variants={"all sources": ()},
        truthdiscovery=False,
    )


def _scale(args: argparse.Namespace) -> None:
    run_scale(args.claims, args.sources, truthdiscovery=args.truthdiscovery)


def _end_to_end_only(args: argparse.Namespace) -> None:
    run_end_to_end(args.claims, args.sources, repeats=args.repeats, peer_python=args.peer_python)


DATASETS.update(
    flight=_flight,
    book=_book,
    population=_population,
    scale=_scale,
)
DATASETS["end-to-end"] = _end_to_end_only


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("datasets", nargs="*", default=["flight", "book", "population", "scale"])
    parser.add_argument("--truthdiscovery", action="store_true")
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--sources", type=int, default=200)
    parser.add_argument("--repeats", type=int, default=3, help="rounds of end-to-end")
    parser.add_argument(
        "--peer-python",
        help="an interpreter with truthdiscovery 1.0.4 installed, for end-to-end",
    )
    args = parser.parse_args(argv)
    for name in args.datasets:
        if name not in DATASETS:
            parser.error(f"unknown data set {name!r}; choose from {', '.join(DATASETS)}")
        if name not in ("scale", "end-to-end") and not _datasets.DATA.is_dir():
            print(f"\n## {name}: skipped, {_datasets.DATA} is absent")
            continue
        DATASETS[name](args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
