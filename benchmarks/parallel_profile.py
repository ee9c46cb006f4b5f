"""Time each step of ``reconcile run --jobs N``, in every worker and in the parent.

The steps of :mod:`reconcile.parallel` are wrapped with a timer before the command runs
in this process; the workers are forks of it, so they time theirs too. Each step prints
one JSON line on standard error as it ends (``who`` is the worker's number, or
``parent``; ``wall`` and ``cpu`` in seconds; ``at`` the seconds since the start)::

    python benchmarks/parallel_profile.py claims1m.jsonl --jobs 2 -o result.json

The steps: ``scan`` (a worker's guess of the subjects), ``resolve`` (the parent's
resolver over them, while the workers wait), ``read`` (a worker reads and checks its
claims), ``normalize``, ``reconcile`` (clustering and verdicts), ``after read`` (a
worker's normalize, reconcile, and the encoding and writing of its records: encoding is
this less the two before), ``write`` (the result written: the parent's layout, then the
merged lists written in place by forked processes, ``write in place`` each, or by the
parent alone to standard output; the sync to disk and the rename are in it), and
``total``.
"""

from __future__ import annotations

import functools
import json
import os
import sys
import time
from collections.abc import Callable
from typing import Any

from reconcile import cli, parallel

START = time.perf_counter()
WHO: dict[str, str] = {"who": "parent"}


def _timed(name: str, step: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(step)
    def run(*args: Any, **kwargs: Any) -> Any:
        wall, cpu = time.perf_counter(), time.process_time()
        try:
            return step(*args, **kwargs)
        finally:
            now = time.perf_counter()
            record = {
                "who": WHO["who"],
                "step": name,
                "wall": round(now - wall, 2),
                "cpu": round(time.process_time() - cpu, 2),
                "at": round(now - START, 2),
            }
            print(json.dumps(record), file=sys.stderr, flush=True)

    return run


def _worker(step: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(step)
    def run(conn: Any, plan: Any, index: int) -> Any:
        WHO["who"] = f"worker {index + 1}"
        return step(conn, plan, index)

    return run


def main() -> None:
    patches = {
        "_subjects_between": "scan",
        "_read_share": "read",
        "normalized_with": "normalize",
        "block_records": "reconcile",
        "_write_sections": "after read",
    }
    for attribute, name in patches.items():
        setattr(parallel, attribute, _timed(name, getattr(parallel, attribute)))
    parallel._work = _worker(parallel._work)  # type: ignore[assignment]
    parallel._checked_names = _timed("check names", parallel._checked_names)  # type: ignore[assignment]
    original = parallel._steer

    def steer(plan: Any, conns: Any, workers: Any, resolver: Any) -> Any:
        return original(plan, conns, workers, _timed("resolve", resolver))

    parallel._steer = steer  # type: ignore[assignment]
    parallel.Parts.write = _timed("write", parallel.Parts.write)  # type: ignore[method-assign]
    parallel.Parts.write_file = _timed("write", parallel.Parts.write_file)  # type: ignore[method-assign]
    parallel._fill_some = _timed("write in place", parallel._fill_some)  # type: ignore[assignment]
    status = cli.main(["run", *sys.argv[1:]])
    print(
        json.dumps(
            {
                "who": "parent",
                "step": "total",
                "wall": round(time.perf_counter() - START, 2),
                "cpu_self": round(time.process_time(), 2),
                "pid": os.getpid(),
            }
        ),
        file=sys.stderr,
    )
    raise SystemExit(status)


if __name__ == "__main__":
    main()
