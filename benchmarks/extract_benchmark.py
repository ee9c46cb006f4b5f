"""How well does extraction do on public benchmarks, and how fast is it?

Run from the worktree::

    PYTHONPATH=src python benchmarks/extract_benchmark.py [--shared ../shared]
        [--only dates|quantities|throughput|adversarial] [--verbose] [--timeml DIR]

* Dates: TempEval-3 platinum, TIMEX3 value F1 with the official definition: a system
  expression matches a gold one when their extents overlap (relaxed match); it counts as
  correct when the values are equal. Precision = correct / system expressions, recall =
  correct / gold expressions (the document creation time is not counted). ``--timeml
  DIR`` scores any other folder of TimeML files the same way.
* Quantities: NewsQuant, value F1 (a system value matches an unused gold value of the same
  sentence), and hedge accuracy over the matched values (= exact, ~ about, > more/at
  least, < less/at most, up/down changes).
* Throughput: articles and MB per second on the GVA long-tail corpus (13 MB).
* Adversarial: time for inputs of growing size (digits, separators, spaces); the time per
  character should stay flat.
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import re
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _gva import casualty_recall
from _tempeval import read_tml

from reconcile.extract import (
    NumberKind,
    default_extractor,
    extract_claims,
    find_quantities,
    find_time_expressions,
    load_articles,
)
from reconcile.values import Hedge, Quantity


def bench_dates(
    shared: Path, *, verbose: bool = False, folder: Path | None = None
) -> dict[str, float]:
    """TIMEX3 value F1 on TempEval-3 platinum, or on any folder of TimeML files."""
    if folder is None:
        folder = shared / "data" / "temporal" / "te3-platinum"
    system = gold = correct = matched = 0
    errors: list[str] = []
    for path in sorted(folder.glob("*.tml")):
        doc = read_tml(path)
        found = find_time_expressions(doc.text, anchor=doc.dct)
        system += len(found)
        gold += len(doc.timexes)
        used: set[int] = set()
        for expr in found:
            hit = next(
                (
                    k for k, g in enumerate(doc.timexes)
                    if k not in used and g.start < expr.end and expr.start < g.end
                ),
                None,
            )  # fmt: skip
            if hit is None:
                errors.append(f"FP {doc.name}: {expr.text!r} {expr.value}")
                continue
            used.add(hit)
            matched += 1
            if doc.timexes[hit].value == expr.value:
                correct += 1
            else:
                g = doc.timexes[hit]
                errors.append(
                    f"VAL {doc.name}: {expr.text!r} {expr.value} gold {g.text!r} {g.value}"
                )
        for k, g in enumerate(doc.timexes):
            if k not in used:
                errors.append(f"FN {doc.name}: {g.text!r} {g.type} {g.value}")
    p = correct / system if system else 0.0
    r = correct / gold if gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    mp, mr = matched / system, matched / gold
    if verbose:
        print("\n".join(sorted(errors)))
    return {
        "timex_gold": gold, "timex_system": system,
        "extent_relaxed_f1": round(100 * 2 * mp * mr / (mp + mr), 1),
        "value_precision": round(100 * p, 1), "value_recall": round(100 * r, 1),
        "value_f1": round(100 * f1, 1),
    }  # fmt: skip


_CHANGE = {
    Hedge.EXACT: "=", Hedge.ABOUT: "~", Hedge.MORE_THAN: ">", Hedge.AT_LEAST: ">",
    Hedge.LESS_THAN: "<", Hedge.AT_MOST: "<", Hedge.RANGE: "=", Hedge.VAGUE: "~",
}  # fmt: skip
_NOT_QUANTITIES = {NumberKind.YEAR, NumberKind.DATE, NumberKind.TIME, NumberKind.ORDINAL,
                   NumberKind.IDENTIFIER, NumberKind.VAGUE}  # fmt: skip


def _gold_value(raw: str) -> tuple[float, float]:
    m = re.fullmatch(r"(-?[\d.]+(?:E[-+]?\d+)?)(?:-(-?[\d.]+(?:E[-+]?\d+)?))?", raw.strip())
    if m is None:
        return (math.nan, math.nan)
    low = float(m[1])
    return (low, float(m[2])) if m[2] else (low, low)


def _stated(q: Quantity) -> tuple[float, float]:
    """The figure as stated: the point, the range ends, or the bound of an open hedge."""
    if q.hedge is Hedge.RANGE:
        return (q.low, q.high)
    if q.point is not None:
        return (q.point, q.point)
    if q.hedge is Hedge.MORE_THAN:
        v = q.low - 1 if q.low == int(q.low) else q.low
    elif q.hedge is Hedge.LESS_THAN:
        v = q.high + 1 if q.high == int(q.high) else q.high
    else:
        v = q.low
    return (v, v)


def _same(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return math.isclose(a[0], b[0], rel_tol=1e-6) and math.isclose(a[1], b[1], rel_tol=1e-6)


def bench_quantities(shared: Path, *, verbose: bool = False) -> dict[str, float]:
    data = json.loads((shared / "data/quantities/newsquant/NewsQuant.json").read_text())
    system = gold = correct = hedge_ok = 0
    errors: list[str] = []
    for item in data:
        gold_q = [(_gold_value(q["value"]), q["change"]) for q in item["quantities"]]
        gold += len(gold_q)
        used: set[int] = set()
        for m in find_quantities(item["text"]):
            if m.kind in _NOT_QUANTITIES:
                continue
            v = _stated(m.value)
            system += 1
            hit = next(
                (k for k, (g, _) in enumerate(gold_q) if k not in used and _same(g, v)), None
            )
            if hit is None:
                errors.append(f"FP {v} in {m.text!r} ({m.kind.value}) | {item['text'][:150]}")
                continue
            used.add(hit)
            correct += 1
            change = m.direction or _CHANGE[m.value.hedge]
            if change == gold_q[hit][1]:
                hedge_ok += 1
            else:
                errors.append(
                    f"HEDGE {m.text!r} {change} gold {gold_q[hit][1]} | {item['text'][:150]}"
                )
        for k, (g, c) in enumerate(gold_q):
            if k not in used:
                errors.append(f"FN {g} {c} | {item['text'][:150]}")
    p, r = correct / system, correct / gold
    if verbose:
        print("\n".join(sorted(errors)))
    return {
        "gold": gold, "system": system, "value_precision": round(100 * p, 1),
        "value_recall": round(100 * r, 1), "value_f1": round(100 * 2 * p * r / (p + r), 1),
        "hedge_accuracy": round(100 * hedge_ok / correct, 1),
    }  # fmt: skip


def bench_throughput(shared: Path) -> dict[str, float]:
    path = shared / "data/events/gva_longtail/documents.jsonl"
    t0 = time.perf_counter()
    corpus = load_articles(path)
    t1 = time.perf_counter()
    extraction = extract_claims(corpus, extractor=default_extractor())
    t2 = time.perf_counter()
    chars = sum(len(a.text.encode()) for a in corpus.articles)
    kinds = Counter(c.kind for c in extraction.claims)
    return {
        "articles": len(corpus.articles), "rejected_lines": len(corpus.rejected),
        "mb": round(chars / 1e6, 2), "load_seconds": round(t1 - t0, 2),
        "extract_seconds": round(t2 - t1, 2),
        "articles_per_second": round(len(corpus.articles) / (t2 - t1), 1),
        "mb_per_second": round(chars / 1e6 / (t2 - t1), 3),
        "claims": len(extraction.claims), **{f"claims_{k}": v for k, v in sorted(kinds.items())},
        "extraction_rejections": len(extraction.rejected) - len(corpus.rejected),
        **casualty_recall(shared, extraction),
    }  # fmt: skip


_ADVERSARIAL_SIZES = (10_000, 100_000, 400_000)


def bench_adversarial() -> dict[str, object]:
    from reconcile.extract import Article
    from reconcile.model import Document

    extractor = default_extractor()
    rows: dict[str, object] = {}
    patterns = {
        "digits": "1" * 1000 + " ",
        "separators": "1,000," * 200 + " ",
        "spaces": "about" + " " * 1000 + "2 ",
        "dots": "a." * 500 + " ",
        "words": "killed more than " * 100,
        "numbers": "1 2 3 4 5 troops killed, " * 40,
    }
    for name, unit in patterns.items():
        per_char = []
        for size in _ADVERSARIAL_SIZES:
            text = unit * (size // len(unit))
            article = Article(Document("adv", published=None), text)
            best = math.inf
            for _ in range(2):  # best of two, after a collection: less noise from the GC
                gc.collect()
                t0 = time.perf_counter()
                list(extractor(article))
                find_time_expressions(text)
                best = min(best, time.perf_counter() - t0)
            per_char.append(best / len(text) * 1e6)
        rows[name] = [round(x, 2) for x in per_char]
    return {"microseconds_per_char_at_10k_100k_400k_chars": rows}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared"
    )
    parser.add_argument("--only", choices=["dates", "quantities", "throughput", "adversarial"])
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument(
        "--timeml",
        type=Path,
        metavar="DIR",
        help="score dates on this folder of TimeML (.tml) files instead of TempEval-3 "
        "platinum: another corpus, to see whether the date rules generalize",
    )
    args = parser.parse_args()
    if not args.shared.is_dir():
        print(f"skipped: {args.shared} not found")
        return
    runs = {
        "dates": lambda: bench_dates(args.shared, verbose=args.verbose, folder=args.timeml),
        "quantities": lambda: bench_quantities(args.shared, verbose=args.verbose),
        "throughput": lambda: bench_throughput(args.shared),
        "adversarial": bench_adversarial,
    }
    for name, run in runs.items():
        if args.only in (None, name):
            print(name, json.dumps(run(), sort_keys=True))


if __name__ == "__main__":
    main()
