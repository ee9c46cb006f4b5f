"""Reconcile 10k, 100k and 1M synthetic claims end to end; print time and peak memory.

Each size runs in a fresh process so that its peak memory (ru_maxrss) is its own.

    python benchmarks/core_benchmark.py            # 10k, 100k, 1M
    python benchmarks/core_benchmark.py 10000      # one size
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time


def run_one(n: int) -> dict[str, float]:
    import os

    from reconcile.output import write_result
    from reconcile.pipeline import reconcile
    from reconcile.synthetic import generate

    t0 = time.perf_counter()
    data = generate(n, sources=200, seed=1)
    t1 = time.perf_counter()
    c1 = time.process_time()
    result = reconcile(data.claims, data.documents)
    t2 = time.perf_counter()
    c2 = time.process_time()
    with open(os.devnull, "w", encoding="utf-8") as sink:
        write_result(result, sink)
    t3 = time.perf_counter()
    c3 = time.process_time()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "claims": n,
        "generate_s": round(t1 - t0, 2),
        "reconcile_s": round(t2 - t1, 2),
        "json_s": round(t3 - t2, 2),
        # CPU seconds of this process: steadier than wall time on a shared machine.
        "reconcile_cpu_s": round(c2 - c1, 2),
        "json_cpu_s": round(c3 - c2, 2),
        "questions": len(result.verdicts),
        "clusters": len(result.clustering.clusters),
        "relations": len(result.clustering.relations),
        "peak_mb": round(peak_mb),
    }


def main(argv: list[str]) -> None:
    if len(argv) == 2 and argv[1].startswith("--one="):
        print(json.dumps(run_one(int(argv[1].removeprefix("--one=")))))
        return
    sizes = [int(a) for a in argv[1:]] or [10_000, 100_000, 1_000_000]
    rows = []
    for n in sizes:
        out = subprocess.run(
            [sys.executable, __file__, f"--one={n}"], capture_output=True, text=True, check=True
        )
        row = json.loads(out.stdout)
        rows.append(row)
        print(json.dumps(row), flush=True)
    for label, keys in (
        ("wall", ("reconcile_s", "json_s")),
        ("cpu", ("reconcile_cpu_s", "json_cpu_s")),
    ):
        times = {r["claims"]: r[keys[0]] + r[keys[1]] for r in rows}
        if 100_000 in times and 1_000_000 in times:
            ratio = times[1_000_000] / times[100_000]
            print(
                f"{label}: time(1M) / time(100k) = {ratio:.1f}; "
                f"1M end to end {times[1_000_000]:.1f} s"
            )


if __name__ == "__main__":
    main(sys.argv)
