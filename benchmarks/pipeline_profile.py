"""Time each stage of ``reconcile run`` on one claims file; optionally profile one stage.

The stages are those of the command: reading the file (``load_input``), validation,
normalization, clustering, verdicts, and writing the result JSON. Clustering and
verdicts are timed apart (``cluster_claims``, ``assess``), then together as the command
makes them (``reconcile``: ``cluster_and_assess``), whose result is the one written.
Peak memory is this process's ``ru_maxrss``. Write the input first (the 1M file is 258 MB)::

    python benchmarks/pipeline_profile.py write 1000000 c1m.jsonl
    python benchmarks/pipeline_profile.py stages c1m.jsonl
    python benchmarks/pipeline_profile.py stages c1m.jsonl --profile cluster

``decoders`` times the JSON decoders alone over the file's lines (json, orjson, and
msgspec when installed), then the read stage with msgspec's claim lines (the ``fast``
extra), with orjson alone, and with json alone::

    python benchmarks/pipeline_profile.py decoders c1m.jsonl

``--profile STAGE`` prints the 25 costliest functions of that stage (cProfile, cumulative
time; profiling slows the stage about twofold, so read the shares, not the seconds).

``beside`` times normalization and clustering of this checkout beside another's, in one
process and taking turns (best CPU time of ``--repeat`` runs each), so that the load of a
shared machine weighs on both alike; the other checkout's ``normalize.py`` and
``cluster.py`` are loaded as modules of their own over this checkout's package, and
their results are checked equal to this checkout's::

    python benchmarks/pipeline_profile.py beside ../main/src c200k.jsonl
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import resource
import time
from collections.abc import Callable
from typing import Any


def write(n: int, path: str) -> None:
    from reconcile.distributed import write_claims_jsonl
    from reconcile.synthetic import generate

    data = generate(n, sources=200, seed=1)
    count = write_claims_jsonl(data.claims, path, documents=data.documents)
    print(json.dumps({"claims": count, "bytes": os.path.getsize(path)}))


def stages(path: str, profile: str | None) -> None:
    from reconcile._heap import collector_paused
    from reconcile.cluster import cluster_claims
    from reconcile.inputs import load_input
    from reconcile.normalize import entity_resolver, normalize_claims, source_groups
    from reconcile.output import write_result
    from reconcile.pipeline import Result, Settings, _validate
    from reconcile.schema import SCHEMA_VERSION
    from reconcile.verdicts import assess, cluster_and_assess

    times: dict[str, float] = {}

    def timed(name: str, step: Callable[[], Any]) -> Any:
        profiler = cProfile.Profile() if name == profile else None
        start, cpu = time.perf_counter(), time.process_time()
        if profiler:
            profiler.enable()
        value = step()
        if profiler:
            profiler.disable()
        times[name] = round(time.perf_counter() - start, 2)
        # CPU seconds: steadier than wall time when the machine is shared.
        times[f"{name}_cpu"] = round(time.process_time() - cpu, 2)
        # The peak so far: where it grows tells which stage sets it.
        times[f"{name}_peak_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
        if profiler:
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
        return value

    loaded = timed("read", lambda: load_input(path))
    kept, docs, problems, _ = timed("validate", lambda: _validate(loaded.claims, loaded.documents))
    with collector_paused():
        normalized = timed(
            "normalize", lambda: normalize_claims(kept, docs, resolver=entity_resolver())
        )
        clustering = timed("cluster", lambda: cluster_claims(normalized))
        verdicts = timed("verdicts", lambda: assess(normalized, clustering))
        del clustering, verdicts
        # The two in one pass, as `reconcile run` makes them: the result written is this
        # one's (the clustering keeps each claim's cluster for the writer).
        clustering, verdicts = timed("reconcile", lambda: cluster_and_assess(normalized))
    # The result as reconcile() assembles it, without running the stages a second time.
    result = Result(
        schema_version=SCHEMA_VERSION,
        documents=tuple(docs),
        sources=source_groups(docs),
        claims=normalized,
        clustering=clustering,
        verdicts=verdicts,
        rejected=(*loaded.rejected, *problems),
        settings=Settings(),
    )

    def write_out() -> None:
        with open(os.devnull, "w", encoding="utf-8") as sink:
            write_result(result, sink)

    timed("write", write_out)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"claims": len(loaded.claims), **times, "peak_mb": round(peak_mb)}))


def decoders(path: str) -> None:
    import importlib
    import json as stdlib_json

    from reconcile import io as reader
    from reconcile.inputs import load_input

    with open(path, encoding="utf-8") as stream:
        lines = [line for line in stream if line.strip()]
    found: dict[str, Callable[[str], Any]] = {"json": stdlib_json.loads}
    for name, attribute in (("orjson", "loads"), ("msgspec.json", "decode")):
        try:
            found[name] = getattr(importlib.import_module(name), attribute)
        except ImportError:
            print(json.dumps({"decoder": name, "installed": False}))
    for name, loads in found.items():
        start = time.process_time()
        for line in lines:
            loads(line)
        print(json.dumps({"decoder": name, "cpu_s": round(time.process_time() - start, 2)}))
    del lines
    original = (reader._fast_loads, reader._line_decoder)
    none = lambda: None  # noqa: E731
    for label, fast, lines in (
        ("read with msgspec claim lines and orjson", original[0], original[1]),
        ("read with orjson", original[0], none),
        ("read with json", none, none),
    ):
        reader._fast_loads = fast  # type: ignore[assignment]
        reader._line_decoder = lines  # type: ignore[assignment]
        try:
            start = time.process_time()
            load_input(path)
            print(json.dumps({"stage": label, "cpu_s": round(time.process_time() - start, 2)}))
        finally:
            reader._fast_loads, reader._line_decoder = original  # type: ignore[assignment]


def beside(other_src: str, path: str, repeat: int) -> None:
    import importlib.util
    from pathlib import Path
    from types import ModuleType

    from reconcile import cluster, normalize
    from reconcile._heap import collector_paused
    from reconcile.inputs import load_input
    from reconcile.pipeline import _validate

    def other(name: str) -> ModuleType:
        spec = importlib.util.spec_from_file_location(
            f"other_{name}", Path(other_src) / "reconcile" / f"{name}.py"
        )
        if spec is None or spec.loader is None:
            raise SystemExit(f"no {name}.py under {other_src}/reconcile")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module

    theirs = {"normalize": other("normalize"), "cluster": other("cluster")}
    loaded = load_input(path)
    kept, docs, _, _ = _validate(loaded.claims, loaded.documents)
    best: dict[str, float] = {}
    with collector_paused():
        normalized = normalize.normalize_claims(kept, docs, resolver=normalize.entity_resolver())
        steps: dict[str, Callable[[ModuleType], Any]] = {
            "normalize": lambda m: m.normalize_claims(kept, docs, resolver=m.entity_resolver()),
            "cluster": lambda m: m.cluster_claims(normalized),
        }
        for stage, step in steps.items():
            ours = {"normalize": normalize, "cluster": cluster}[stage]
            # The same records (their classes are the modules' own: compared as text).
            if repr(step(ours)) != repr(step(theirs[stage])):
                raise SystemExit(f"{stage}: the two checkouts differ")
            for _ in range(repeat):
                for label, module in (("other", theirs[stage]), ("this", ours)):
                    start = time.process_time()
                    step(module)
                    spent = time.process_time() - start
                    key = f"{stage}_{label}_cpu"
                    best[key] = round(min(best.get(key, spent), spent), 3)
    print(json.dumps({"claims": len(kept), "repeat": repeat, **best}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    w = sub.add_parser("write")
    w.add_argument("n", type=int)
    w.add_argument("path")
    d = sub.add_parser("decoders")
    d.add_argument("path")
    s = sub.add_parser("stages")
    s.add_argument("path")
    s.add_argument(
        "--profile",
        choices=["read", "validate", "normalize", "cluster", "verdicts", "reconcile", "write"],
    )
    b = sub.add_parser("beside")
    b.add_argument("other_src")
    b.add_argument("path")
    b.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if args.command == "write":
        write(args.n, args.path)
    elif args.command == "decoders":
        decoders(args.path)
    elif args.command == "beside":
        beside(args.other_src, args.path, args.repeat)
    else:
        stages(args.path, args.profile)


if __name__ == "__main__":
    main()
