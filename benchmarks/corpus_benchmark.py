"""Where extraction stands: real reporting, seeds, dates, quantities, speed, hostile text.

Run from the checkout, with ``../shared`` beside it::

    python benchmarks/corpus_benchmark.py [--shared ../shared] [--skip-throughput]
        [--timeml DIR ...]

Prints, one block each:

* the development corpus, both halves, by ``../shared/eval/corpus_table.py`` (claim
  recall and precision, agreements kept, contradictions and updates found end to end,
  false alarms). Tune rules on ``tune``; ``heldout`` is only ever reported;
* the seed articles: how many of the facts an analyst reads in them are claims (the
  checklist below), and whether the "formed last summer" / "late last year" dispute is
  found;
* TempEval-3 platinum value F1 and NewsQuant value F1 (``extract_benchmark.py``), and
  the same date scorer on any other TimeML folder given with ``--timeml``;
* throughput on the GVA long-tail articles (one process, one core);
* time per character on hostile text at n, 2n and 4n characters: long digit runs,
  repeated hedges, repeated names, repeated event words, one sentence of figures that
  never ends. Linear cost keeps the ratios near 1.

Skips a block with a message when its data is absent.
"""

from __future__ import annotations

import argparse
import gc
import json
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract_benchmark import bench_dates, bench_quantities, bench_throughput

from reconcile.extract import Article, default_extractor, extract_claims, load_articles
from reconcile.inputs import load_input
from reconcile.model import Document
from reconcile.pipeline import reconcile
from reconcile.values import DateSpan, Quantity
from reconcile.verdicts import Status

#: What an analyst reads in the five seed articles: (subject word, attribute, a value it
#: must allow). One claim in any article that fits counts the fact as found.
SEED_FACTS = (
    ("troops", "deployed", 2500.0),
    ("troops", "deployed", 900.0),
    ("troops", "killed", 3.0),
    ("members", "signed", 101.0),
    ("vote", "date_held", "2020-01-05"),
    ("talks", "date_began", "2024-01-27"),
    ("commission", "date_formed", "2023-07-15"),
)


def _allows(value: object, wanted: float | str) -> bool:
    if isinstance(value, Quantity) and isinstance(wanted, float):
        return value.low <= wanted <= value.high
    if isinstance(value, DateSpan) and isinstance(wanted, str):
        start, end = value.start, value.end
        if start is None or end is None:
            return False
        return start.isoformat() <= wanted <= end.isoformat()
    return False


def bench_seeds(shared: Path) -> dict[str, object]:
    folder = shared / "seeds"
    corpus = load_articles(folder)
    claims = extract_claims(corpus).claims
    found = [
        fact
        for fact in SEED_FACTS
        if any(
            fact[0] in c.subject.casefold() and c.attribute == fact[1] and _allows(c.value, fact[2])
            for c in claims
        )
    ]
    loaded = load_input(folder)
    result = reconcile(loaded.claims, loaded.documents, rejected=loaded.rejected)
    contested = {(v.subject, v.attribute) for v in result.verdicts if v.status is Status.CONTESTED}
    return {
        "claims": len(claims),
        "facts_found": f"{len(found)}/{len(SEED_FACTS)}",
        "recall": round(len(found) / len(SEED_FACTS), 3),
        "missed": [f"{s} {a} {v}" for s, a, v in SEED_FACTS if (s, a, v) not in found],
        "formed_last_summer_conflict_found": ("commission", "date_formed") in contested,
        "contested": sorted(f"{s}: {a}" for s, a in contested),
    }


def bench_corpus(shared: Path, split: str) -> dict[str, object]:
    table = shared / "eval" / "corpus_table.py"
    run = subprocess.run(
        [sys.executable, str(table), str(shared / "corpus" / "dev"), "--split", split, "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    data: dict[str, object] = json.loads(run.stdout)
    return data


#: Hostile shapes, each a unit repeated to the wanted length.
_HOSTILE = {
    "digit run": "7" * 5000 + " people died. ",
    "repeated hedges": "at least about more than nearly " * 50 + "30 were killed. ",
    "repeated names": "Kerman Kerman Tehran Derna Hong Kong " * 40 + "said 12 died. ",
    "repeated events": "the blast and the quake and the flood and the march " * 30 + "killed 9. ",
    "numbers and dates": "On Monday 4 died, on 3 May 2023 17 were hurt, at 3:15 p.m. 2 fled. " * 20,
    "one long sentence": "4 died and 3 were hurt, " * 40,
    "one long race": "the exit poll gave Labour 410 seats, the Tories (121) and Reform 5, " * 20,
    "one long withdrawal": (
        "France has 1,500 troops in the country and the first 400 left by Tuesday, " * 20
    ),
    "a run of capitals": "Labour Party Alliance Front Green Union 412, " * 40,
    # a body's decisions and vetoes, each read beside every body the sentence names
    "one long council": (
        "the Security Council decided on Monday and the Assembly vetoed it on Tuesday, " * 20
    ),
}
_SIZES = (50_000, 100_000, 200_000)


def bench_hostile() -> dict[str, list[float]]:
    extractor = default_extractor()
    out: dict[str, list[float]] = {}
    for name, unit in _HOSTILE.items():
        per_char: list[float] = []
        for size in _SIZES:
            text = unit * max(1, size // len(unit))
            article = Article(Document("hostile", published=None), text)
            best = float("inf")
            for _ in range(2):
                gc.collect()
                started = time.perf_counter()
                list(extractor(article))
                best = min(best, time.perf_counter() - started)
            per_char.append(best / len(text) * 1e6)
        out[name] = [round(x, 2) for x in per_char]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared"
    )
    parser.add_argument("--skip-throughput", action="store_true")
    parser.add_argument(
        "--timeml",
        type=Path,
        action="append",
        default=[],
        metavar="DIR",
        help="also score dates on this folder of TimeML files (repeatable): another news "
        "corpus than TempEval-3 platinum, to see whether the date rules generalize",
    )
    args = parser.parse_args()
    shared: Path = args.shared
    if not (shared / "corpus" / "dev").is_dir():
        print(f"skipped: no development corpus under {shared}")
    else:
        for split in ("tune", "heldout"):
            data = bench_corpus(shared, split)
            print(f"corpus {split}:")
            for row in data["events"]:  # type: ignore[attr-defined]
                print(
                    f"  {row['event']:32} recall {row.get('claim_recall')} precision "
                    f"{row.get('claim_precision')} conflicts {row.get('conflicts_found_e2e')} "
                    f"false alarms {row.get('false_alarms')}"
                )
            print("  total " + json.dumps(data["total"], sort_keys=True))
    if (shared / "seeds").is_dir():
        print("seeds " + json.dumps(bench_seeds(shared), sort_keys=True))
    if (shared / "data" / "temporal").is_dir():
        print("tempeval3 " + json.dumps(bench_dates(shared), sort_keys=True))
        print("newsquant " + json.dumps(bench_quantities(shared), sort_keys=True))
    for folder in args.timeml:
        if not folder.is_dir():
            print(f"timeml {folder}: skipped, not a folder")
            continue
        scores = bench_dates(shared, folder=folder)
        print(f"timeml {folder.name} " + json.dumps(scores, sort_keys=True))
    if not args.skip_throughput and (shared / "data" / "events" / "gva_longtail").is_dir():
        speed = bench_throughput(shared)
        keep = ("articles", "mb", "extract_seconds", "articles_per_second", "mb_per_second")
        print("throughput " + json.dumps({k: speed[k] for k in keep}, sort_keys=True))
    print("hostile (microseconds per character at 50k, 100k, 200k characters)")
    for name, row in bench_hostile().items():
        print(f"  {name:18} {row}  4n/n {row[-1] / row[0]:.2f}")


if __name__ == "__main__":
    main()
