"""Run a command and report its wall time and the peak memory of its whole process tree.

``/usr/bin/time -v`` reports one maximum resident set: of the largest process of the
tree, not of the tree. With ``reconcile run --jobs N`` the parent and its forked workers
live at once, and pages they share after the fork (copy-on-write) count in each one's
RSS. This samples the tree every ``--every`` seconds (Linux ``/proc``) and reports the
largest sum of RSS, the largest sum of PSS (shared pages split among their sharers: the
tree's real footprint), and each process's own peak (``VmHWM``)::

    python benchmarks/tree_memory.py -- python -m reconcile run c1m.jsonl --jobs 2 -o out.json

Sampling misses peaks shorter than its interval; the per-process peaks do not.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import time
from pathlib import Path


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(p) for p in (task / "children").read_text().split()]
        except OSError:
            continue
    return found


def _tree(pid: int) -> list[int]:
    pids, todo = [], [pid]
    while todo:
        current = todo.pop()
        pids.append(current)
        todo += _children(current)
    return pids


def _rollup(pid: int) -> dict[str, int]:
    found: dict[str, int] = {}
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            name, _, rest = line.partition(":")
            if name in ("Rss", "Pss"):
                found[name] = int(rest.split()[0])
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(("VmHWM", "Name")):
                name, _, rest = line.partition(":")
                found[name] = int(rest.split()[0]) if name == "VmHWM" else 0
    except (OSError, ValueError, IndexError):
        return {}
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--every", type=float, default=0.05, help="seconds between samples")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    start = time.perf_counter()
    process = subprocess.Popen(command)
    peak_rss = peak_pss = 0
    hwm: dict[int, int] = {}
    while process.poll() is None:
        rss = pss = 0
        for pid in _tree(process.pid):
            found = _rollup(pid)
            rss += found.get("Rss", 0)
            pss += found.get("Pss", 0)
            hwm[pid] = max(hwm.get(pid, 0), found.get("VmHWM", 0))
        peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
        time.sleep(args.every)
    seconds = time.perf_counter() - start
    print(
        json.dumps(
            {
                "status": process.returncode,
                "wall_s": round(seconds, 2),
                "tree_peak_rss_mb": round(peak_rss / 1024),
                "tree_peak_pss_mb": round(peak_pss / 1024),
                "process_peaks_mb": sorted((round(v / 1024) for v in hwm.values()), reverse=True),
            }
        )
    )


if __name__ == "__main__":
    main()
