"""Re-runs with the extraction cache: 5,000 articles, then one more.

Run from the checkout::

    python benchmarks/cache_benchmark.py [--articles 5000] [--folder DIR]

Writes a synthetic newsroom of realistic, varied articles (``_newsroom.py``: floods,
fires, market strikes, protests and bridge collapses in invented towns, six reports per
event, about 2,000 characters each, the length of real reports), then measures two
things, each as a first run with an empty cache and a second run after the next day's
article is added:

* **extraction**: reading the folder and extracting its claims
  (``reconcile.inputs.load_input(folder, cache=...)``), the stage the cache serves. The
  second run must take at most 10% of the first;
* **the whole command**: ``reconcile run FOLDER -o result.json`` in a fresh process,
  cache beside the output, for the end-to-end picture (reconciling the claims is
  redone on every run, cached or not).

Each extraction run is repeated (``--repeat``, from the same cache state) and the
fastest counts: the machine may be shared. It checks that the cached second run gives
the same claims, and the same result file, byte for byte, as an uncached run of the
same folder. Exits 1 when the extraction target is missed.
"""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _newsroom import write_newsroom

from reconcile.extract import ReadingCache
from reconcile.inputs import load_input

ROOT = Path(__file__).resolve().parents[1]
#: The second run may take at most this share of the first.
TARGET = 0.10


def _extraction(folder: Path, cache: ReadingCache | None) -> tuple[float, object]:
    gc.collect()
    start = time.perf_counter()
    loaded = load_input(folder, cache=cache)
    return time.perf_counter() - start, loaded


def _command(folder: Path, output: Path, *extra: str) -> float:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "reconcile", "run", str(folder), "-o", str(output), *extra],
        check=True,
        env=env,
    )
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--folder", help="work folder (default: a temporary one)")
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs of each kind; the fastest counts (default 3)"
    )
    args = parser.parse_args()
    work = Path(args.folder or tempfile.mkdtemp(prefix="reconcile-cache-bench-"))
    folder = work / "articles"
    write_newsroom(folder, args.articles)
    size = sum(p.stat().st_size for p in folder.iterdir())
    print(f"{args.articles:,} articles, {size / args.articles:,.0f} characters each on average")

    # Each run starts from the same cache state (copied, untimed); the fastest of the
    # repeats is the cost of the work itself, the others carry other processes' noise.
    firsts = []
    for n in range(args.repeat):
        cache = ReadingCache(work / f"cache-{n}")
        firsts.append(_extraction(folder, cache)[0])
    first = min(firsts)
    print(f"extraction, first run (empty cache):  {first:7.2f} s  ({cache.misses:,} extracted)")
    write_newsroom(folder, 1, start=args.articles)
    seconds = []
    for n in range(args.repeat):
        shutil.copytree(work / "cache-0", work / f"again-{n}")
        cache = ReadingCache(work / f"again-{n}")
        took, cached = _extraction(folder, cache)
        seconds.append(took)
    second = min(seconds)
    print(
        f"extraction, second run (one more):    {second:7.2f} s  "
        f"({cache.misses} extracted, {cache.hits:,} from the cache)"
    )
    print(f"  all runs: first {_times(firsts)}; second {_times(seconds)}")
    _, uncached = _extraction(folder, None)
    same = cached == uncached
    ratio = second / first
    verdict = "met" if ratio <= TARGET else "MISSED"
    print(f"second / first: {ratio:.1%} (target at most {TARGET:.0%}: {verdict})")
    print(f"cached claims identical to an uncached run: {same}")

    # The whole command, end to end, in fresh processes: once each.
    whole = work / "whole"
    again = whole / "articles"
    write_newsroom(again, args.articles)
    run_first = _command(again, whole / "first.json")
    write_newsroom(again, 1, start=args.articles)
    run_second = _command(again, whole / "second.json")
    _command(again, whole / "uncached.json", "--cache", str(work / "fresh-cache"))
    identical = (whole / "second.json").read_bytes() == (whole / "uncached.json").read_bytes()
    print(
        f"reconcile run, first: {run_first:.2f} s; second (one more article): {run_second:.2f} s "
        f"({run_second / run_first:.0%}); result byte-identical to an uncached run: {identical}"
    )
    return 0 if ratio <= TARGET and same and identical else 1


def _times(values: list[float]) -> str:
    return ", ".join(f"{v:.2f}" for v in values) + " s"


if __name__ == "__main__":
    sys.exit(main())
