"""Reconcile synthetic claims in-process and on a local Dask cluster; time and peak memory.

Peak memory is that of the whole process tree (client, scheduler, nannies, workers),
sampled every 0.2 s with psutil; each run is a fresh process. The figures in the
report came from (two workers, one thread each, 5 GB memory limit each)::

    for n in 1000000 3000000 10000000; do
        python benchmarks/dask_benchmark.py write $n rbench/c$n; done
    python benchmarks/dask_benchmark.py inproc rbench/c1000000
    python benchmarks/dask_benchmark.py dask rbench/c1000000
    python benchmarks/dask_benchmark.py dask rbench/c3000000
    python benchmarks/dask_benchmark.py dask rbench/c10000000
    python benchmarks/dask_benchmark.py inproc rbench/c3000000

Claims are written in batches of 1M (generate() with one seed per batch, ids and
subjects renumbered so batches do not collide), 100k claims a file. The in-process run
writes ``<folder>-inproc.json``, the Dask run ``<folder>-dask/``;
``python -m reconcile.distributed merge <folder>-dask -o merged.json`` gives the same
bytes as the in-process file.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import threading
import time
from pathlib import Path
from typing import Any

BATCH = 1_000_000
PER_FILE = 100_000


def write(n: int, folder: Path) -> None:
    import attrs

    from reconcile.distributed import write_claims_jsonl
    from reconcile.schema import document_to_record
    from reconcile.synthetic import generate

    folder.mkdir(parents=True, exist_ok=True)
    documents: dict[str, Any] = {}
    file_no = 0
    for batch, start in enumerate(range(0, n, BATCH)):
        size = min(BATCH, n - start)
        data = generate(size, sources=200, seed=batch + 1)
        offset = batch * (BATCH // 20 // 5)
        claims = [
            attrs.evolve(
                c,
                id=f"b{batch:02d}-{c.id}",
                subject=f"group {int(c.subject.split()[1]) + offset}",
            )
            for c in data.claims
        ]
        for d in data.documents:
            documents[d.id] = d
        for lo in range(0, len(claims), PER_FILE):
            write_claims_jsonl(claims[lo : lo + PER_FILE], folder / f"claims-{file_no:04d}.jsonl")
            file_no += 1
        del data, claims
    with open(folder / "documents.jsonl", "w", encoding="utf-8") as out:
        for doc_id in sorted(documents):
            record = {"type": "document", **document_to_record(documents[doc_id])}
            out.write(json.dumps({k: v for k, v in record.items() if v}) + "\n")
    print(json.dumps({"claims": n, "files": file_no, "documents": len(documents)}))


class PeakMemory:
    """Samples the RSS of this process and all its descendants."""

    def __init__(self) -> None:
        import psutil

        self.me = psutil.Process()
        self.peak = 0
        self.done = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.thread.start()

    def run(self) -> None:
        import psutil

        while not self.done.is_set():
            total = 0
            for proc in [self.me, *self.me.children(recursive=True)]:
                with contextlib.suppress(psutil.Error):
                    total += proc.memory_info().rss
            self.peak = max(self.peak, total)
            time.sleep(0.2)

    def stop(self) -> float:
        self.done.set()
        self.thread.join()
        return self.peak / 2**20


def _files(folder: Path) -> list[Path]:
    return sorted(folder.glob("claims-*.jsonl"))


def inproc(folder: Path) -> dict[str, Any]:
    from reconcile.io import read_claims, read_documents
    from reconcile.output import write_result
    from reconcile.pipeline import reconcile

    memory = PeakMemory()
    t0 = time.perf_counter()
    claims: list[Any] = []
    rejected: list[Any] = []
    for path in _files(folder):
        loaded = read_claims(path)
        claims.extend(loaded.claims)
        rejected.extend(loaded.rejected)
    docs = read_documents(folder / "documents.jsonl").documents
    t1 = time.perf_counter()
    result = reconcile(claims, docs, rejected=rejected)
    t2 = time.perf_counter()
    with open(folder.with_name(folder.name + "-inproc.json"), "w", encoding="utf-8") as out:
        write_result(result, out)
    t3 = time.perf_counter()
    return {
        "mode": "inproc",
        "claims": len(result.claims),
        "read_s": round(t1 - t0, 1),
        "reconcile_s": round(t2 - t1, 1),
        "write_s": round(t3 - t2, 1),
        "total_s": round(t3 - t0, 1),
        "claims_per_s": round(len(result.claims) / (t3 - t0)),
        "peak_mb": round(memory.stop()),
    }


def on_dask(folder: Path, memory_limit: str, partitions: int | None) -> dict[str, Any]:
    from distributed import Client, LocalCluster

    from reconcile.distributed import reconcile_dask

    memory = PeakMemory()
    t0 = time.perf_counter()
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, memory_limit=memory_limit, dashboard_address=":0"
        ) as cluster,
        Client(cluster) as client,
    ):
        t1 = time.perf_counter()
        result = reconcile_dask(
            _files(folder),
            folder / "documents.jsonl",
            out=folder.with_name(folder.name + "-dask"),
            client=client,
            partitions=partitions,
            progress=True,
            overwrite=True,
        )
    t2 = time.perf_counter()
    return {
        "mode": "dask",
        "claims": result.summary["claims"],
        "partitions": result.partitions,
        "cluster_start_s": round(t1 - t0, 1),
        "run_s": round(result.seconds, 1),
        "total_s": round(t2 - t0, 1),
        "claims_per_s": round(result.summary["claims"] / (t2 - t0)),
        "peak_mb": round(memory.stop()),
        "memory_limit_per_worker": memory_limit,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("mode", choices=["write", "inproc", "dask"])
    parser.add_argument("args", nargs="+")
    parser.add_argument("--memory-limit", default="5GB")
    parser.add_argument("--partitions", type=int, default=None)
    options = parser.parse_args()
    if options.mode == "write":
        write(int(options.args[0]), Path(options.args[1]))
        return
    folder = Path(options.args[0])
    if options.mode == "inproc":
        row = inproc(folder)
    else:
        row = on_dask(folder, options.memory_limit, options.partitions)
    print(json.dumps(row), flush=True)


if __name__ == "__main__":
    main()
