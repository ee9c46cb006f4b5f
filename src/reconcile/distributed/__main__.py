"""``python -m reconcile.distributed``: run on a local cluster or a scheduler, or merge.

Run on a local cluster of two workers, on an existing scheduler, and merge the
partitioned result into one JSON file::

    python -m reconcile.distributed run claims/ --documents docs.jsonl --out result/
    python -m reconcile.distributed run 'claims/*.parquet' --out result/ --scheduler tcp://host:8786
    python -m reconcile.distributed merge result/ -o result.json
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any

from reconcile._atomic import atomic_text
from reconcile.compare import Tolerances
from reconcile.distributed._lib import lib
from reconcile.distributed._output import write_merged
from reconcile.distributed._run import reconcile_dask
from reconcile.errors import ReconcileError
from reconcile.io import read_aliases
from reconcile.normalize import entity_resolver
from reconcile.verdicts import EstimatePolicy


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m reconcile.distributed")
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="reconcile claim files on a Dask cluster")
    run.add_argument("claims", nargs="+", help="claim files, folders or glob patterns")
    run.add_argument("--out", required=True, help="output folder (shared by all workers)")
    run.add_argument("--documents", help="a documents file")
    run.add_argument("--aliases", help="an alias file")
    run.add_argument("--policy", choices=[p.value for p in EstimatePolicy], default="ucdp")
    run.add_argument("--relative", type=float, default=Tolerances().relative)
    run.add_argument("--scheduler", help="a scheduler address; a local cluster when absent")
    run.add_argument("--workers", type=int, default=2, help="local cluster: worker processes")
    run.add_argument("--threads", type=int, default=1, help="local cluster: threads a worker")
    run.add_argument("--memory-limit", default="auto", help="local cluster: memory a worker")
    run.add_argument("--partitions", type=int, help="partitions to shuffle the claims into")
    run.add_argument("--overwrite", action="store_true", help="replace a non-empty --out")
    run.add_argument("--quiet", action="store_true", help="no progress on standard error")
    run.add_argument(
        "--decisions",
        metavar="FILE",
        help="refused: an analyst's decisions are applied by `reconcile run` in one process",
    )
    merge = commands.add_parser("merge", help="write the one-file result JSON of a result")
    merge.add_argument("folder")
    merge.add_argument("-o", "--output", help="the JSON file; standard output when absent")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    if args.command == "merge":
        try:
            if args.output:
                with atomic_text(args.output) as out:
                    write_merged(args.folder, out)
            else:
                write_merged(args.folder, sys.stdout)
        except (ReconcileError, OSError) as error:
            print(f"reconcile: {error}", file=sys.stderr)
            return 2
        return 0
    if args.decisions:
        # A decision joins or splits questions, which the shuffle by question has fixed
        # before any worker runs: refused, never ignored.
        print(
            f"reconcile: {args.decisions}: decisions are not applied on a Dask cluster; "
            "run `reconcile run INPUT --decisions FILE` in one process instead",
            file=sys.stderr,
        )
        return 2
    distributed = lib("distributed")
    cluster: Any = None
    if args.scheduler:
        client = distributed.Client(args.scheduler)
    else:
        cluster = distributed.LocalCluster(
            n_workers=args.workers,
            threads_per_worker=args.threads,
            memory_limit=args.memory_limit,
        )
        client = distributed.Client(cluster)
    try:
        resolver = entity_resolver(read_aliases(args.aliases)) if args.aliases else None
        result = reconcile_dask(
            args.claims,
            args.documents or (),
            out=args.out,
            client=client,
            partitions=args.partitions,
            tolerances=Tolerances(relative=args.relative),
            policy=EstimatePolicy(args.policy),
            resolver=resolver,
            progress=not args.quiet,
            overwrite=args.overwrite,
        )
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    print(json.dumps({"folder": str(result.folder), **result.summary}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
