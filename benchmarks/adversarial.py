"""Run each hostile input shape at n, 2n and 4n; print the time and memory ratios.

A linear shape takes about twice the time and memory at 2n and four times at 4n; a
quadratic one takes four and sixteen times. The issue's bar is 4n/n <= 5 for both.
Each shape and size runs in a fresh process; time is the CPU time of the operation
alone (the fastest of three runs), memory the peak of Python allocations during it
(tracemalloc, in a separate run).

    PYTHONPATH=src python benchmarks/adversarial.py              # every shape, a table
    PYTHONPATH=src python benchmarks/adversarial.py dots words   # some shapes
    PYTHONPATH=src python benchmarks/adversarial.py --large      # report vs run, large
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

Operation = Callable[[], object]


# One scratch folder per process, removed when it exits: the benchmark runs each
# shape in a fresh process and must not leave a thousand folders behind in /tmp.
_SCRATCH = Path(tempfile.mkdtemp(prefix="adversarial-"))
atexit.register(shutil.rmtree, _SCRATCH, ignore_errors=True)


def _folder() -> Path:
    return Path(tempfile.mkdtemp(dir=_SCRATCH))


def _claim(i: int, **changes: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": f"c{i}",
        "document": f"d{i % 50}",
        "subject": "US troops",
        "attribute": "deployed",
        "value": {"kind": "quantity", "point": 2500},
    }
    record.update(changes)
    return record


def _jsonl(records: list[dict[str, Any]], *, ascii_only: bool = True) -> Path:
    path = _folder() / "claims.jsonl"
    with open(path, "w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=ascii_only) + "\n")
    return path


def _cli(*argv: str) -> Operation:
    from reconcile.cli import main

    def run() -> object:
        with open(os.devnull, "w", encoding="utf-8") as sink:
            old, sys.stdout = sys.stdout, sink
            try:
                return main(list(argv))
            finally:
                sys.stdout = old

    return run


def _article(text: str) -> Path:
    folder = _folder() / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("Published: 2024-01-27\n\n" + text + "\n", encoding="utf-8")
    (folder / "b.txt").write_text("Published: 2024-01-27\n\nAbout 30 people were killed.\n")
    return folder


# Each shape: (description, base n, builder of the operation at size n).


def long_name(n: int) -> Operation:
    words = " ".join(f"w{i % 997}x{i}" for i in range(n))
    path = _jsonl([_claim(0), _claim(1, subject=words), _claim(2, place=words)])
    return _cli("run", str(path), "-o", os.devnull)


def huge_numbers(n: int) -> Operation:
    records = [_claim(i) for i in range(n)]
    for i in range(0, n, 2):
        records[i]["value"]["point"] = int("9" * 400)
    path = _folder() / "claims.jsonl"
    lines = [json.dumps(r) for r in records]
    lines += ['{"id": "x", "value": {"point": ' + "7" * 5000 + "}}"] * (n // 10)
    path.write_text("\n".join(lines) + "\n")
    return _cli("run", str(path), "-o", os.devnull)


def surrogates(n: int) -> Operation:
    path = _jsonl([_claim(i, place=f"Iraq \ud800 {i}") for i in range(n)])
    return _cli("run", str(path), "-o", os.devnull)


def number_words(n: int) -> Operation:
    folder = _article(("one hundred and " * 160 + "one people were killed. ") * n)
    return _cli("run", str(folder), "-o", os.devnull)


def _marks(mark: str) -> Callable[[int], Operation]:
    def build(n: int) -> Operation:
        folder = _article("About 30 people were killed" + mark * n + "x and more died.")
        return _cli("run", str(folder), "-o", os.devnull)

    return build


def _updated_claims(n: int) -> Path:
    docs = [
        {"type": "document", "id": "a", "outlet": "A", "published": "2024-01-02"},
        {"type": "document", "id": "b", "outlet": "B", "published": "2024-03-02"},
    ]
    claims = [
        {
            **_claim(0),
            "id": f"{i}{d}",
            "document": d,
            "subject": f"unit {i}",
            "value": {"kind": "quantity", "point": v},
        }
        for i in range(n)
        for d, v in (("a", 100), ("b", 200))
    ]
    return _jsonl(docs + claims)


def _figures_claims(n: int) -> Path:
    docs = [{"type": "document", "id": f"d{i}", "outlet": f"O{i}"} for i in range(n)]
    claims = [
        {**_claim(i), "document": f"d{i}", "value": {"kind": "quantity", "point": 1000 + i}}
        for i in range(n)
    ]
    return _jsonl(docs + claims)


def report_updated(n: int) -> Operation:
    from reconcile.io import read_claims
    from reconcile.pipeline import reconcile
    from reconcile.report import build_report

    loaded = read_claims(_updated_claims(n))
    result = reconcile(loaded.claims, loaded.documents)
    return lambda: build_report(result)


def report_figures(n: int) -> Operation:
    from reconcile.io import read_claims
    from reconcile.pipeline import reconcile
    from reconcile.report import build_report

    loaded = read_claims(_figures_claims(n))
    result = reconcile(loaded.claims, loaded.documents)
    return lambda: build_report(result)


def markdown_fields(n: int) -> Operation:
    hostile = "</script><script>x</script> [x](javascript:1) ![t](https://e/p.png) <!-- \n# h"
    records = [_claim(i, subject=f"s{i} {hostile[:60]}", quote=hostile * 3) for i in range(n)]
    path = _jsonl(records)
    return _cli("report", str(path), "-o", str(_folder() / "r.md"))


def line_separators(n: int) -> Operation:
    path = _jsonl([_claim(i, subject=f"US\u2028troops {i}") for i in range(n)], ascii_only=False)
    return _cli("run", str(path), "-o", os.devnull)


def bad_csv_rows(n: int) -> Operation:
    path = _folder() / "claims.csv"
    rows = ["id,document,subject,attribute,kind,point"]
    for i in range(n):
        rows.append(f"c{i},d1,US troops,deployed,quantity,{i}")
        rows.append(f'x{i},d1,"US" troops,deployed,quantity,{i},extra')
    path.write_text("\n".join(rows) + "\n")
    return _cli("run", str(path), "-o", os.devnull)


def graphml_controls(n: int) -> Operation:
    path = _jsonl([_claim(i, subject=f"unit\x00{i}\x0b") for i in range(n)])
    return _cli("graph", str(path), "-o", str(_folder() / "g.graphml"))


def file_tree(n: int) -> Operation:
    folder = _folder() / "articles"
    folder.mkdir()
    outside = folder.parent / "outside.txt"
    outside.write_text("secret\n")
    for i in range(n):
        (folder / f"a{i}.txt").write_text("About 30 people were killed in the city.\n")
        (folder / f"l{i}.txt").symlink_to(outside)
        if hasattr(os, "mkfifo") and i % 10 == 0:
            os.mkfifo(folder / f"p{i}.txt")
    return _cli("run", str(folder), "-o", os.devnull)


SHAPES: dict[str, tuple[str, int, Callable[[int], Operation]]] = {
    "long-name": ("a subject and a place of n words (rejected)", 1_000_000, long_name),
    "huge-numbers": (
        "n claims, half with a 400-digit point, n/10 beyond 4,300",
        10_000,
        huge_numbers,
    ),
    "surrogates": ("n claims with a lone surrogate", 20_000, surrogates),
    "number-words": ('n runs of "one hundred and " x160 in an article', 200, number_words),
    "dots": ('"killed" then n dots, no space', 100_000, _marks(".")),
    "bangs": ('"killed" then n "!", no space', 100_000, _marks("!")),
    "questions": ('"killed" then n "?", no space', 100_000, _marks("?")),
    "report-updated": ("report of n questions, each updated", 8_000, report_updated),
    "report-figures": ("report of one question with n figures", 20_000, report_figures),
    "markdown": ("Markdown report of n claims with hostile fields", 2_000, markdown_fields),
    "separators": ("n JSONL claims with U+2028 inside strings", 10_000, line_separators),
    "bad-csv": ("n good CSV rows and n bad ones", 10_000, bad_csv_rows),
    "graphml": ("GraphML of n claims with control characters", 2_000, graphml_controls),
    "file-tree": ("n articles, n links out, n/10 FIFOs", 200, file_tree),
}


def measure(shape: str, n: int, *, repeat: int = 3) -> dict[str, float]:
    build = SHAPES[shape][2]
    times = []
    for _ in range(repeat):
        operation = build(n)
        start = time.process_time()
        operation()
        times.append(time.process_time() - start)
    # The fastest of a few runs: the others measure the machine, not the code.
    seconds = min(times)
    operation = build(n)
    tracemalloc.start()
    operation()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return {"seconds": seconds, "peak_bytes": peak}


def _in_fresh_process(shape: str, n: int) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, f"--one={shape}:{n}"],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def _large() -> None:
    from reconcile.io import read_claims
    from reconcile.pipeline import reconcile
    from reconcile.report import build_report, render

    for label, path in (
        ("40k questions, each updated", _updated_claims(40_000)),
        ("one question, 200k figures", _figures_claims(200_000)),
    ):
        start = time.process_time()
        loaded = read_claims(path)
        result = reconcile(loaded.claims, loaded.documents)
        run_s = time.process_time() - start
        start = time.process_time()
        render(build_report(result), "md")
        report_s = time.process_time() - start
        print(f"| {label} | {run_s:.1f} | {report_s:.1f} | {report_s / run_s:.2f} |")


def main(argv: list[str]) -> None:
    if len(argv) == 2 and argv[1].startswith("--one="):
        shape, n = argv[1].removeprefix("--one=").rsplit(":", 1)
        print(json.dumps(measure(shape, int(n))))
        return
    if argv[1:] == ["--large"]:
        print("| case | run, CPU s | report (build + Markdown), CPU s | report / run |")
        print("| --- | --- | --- | --- |")
        _large()
        return
    shapes = argv[1:] or list(SHAPES)
    print("| shape | n | time at n | time 2n/n | time 4n/n | memory 2n/n | memory 4n/n |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for shape in shapes:
        text, n, _ = SHAPES[shape]
        runs = [_in_fresh_process(shape, n * k) for k in (1, 2, 4)]
        t = [max(r["seconds"], 1e-3) for r in runs]
        m = [max(r["peak_bytes"], 1) for r in runs]
        print(
            f"| {text} | {n:,} | {t[0]:.2f} s | {t[1] / t[0]:.1f} | {t[2] / t[0]:.1f} "
            f"| {m[1] / m[0]:.1f} | {m[2] / m[0]:.1f} |",
            flush=True,
        )


if __name__ == "__main__":
    main(sys.argv)
