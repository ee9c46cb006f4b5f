"""The whole pipeline against official counts: Gun Violence Archive incidents.

For each incident with two or more local news articles: extract claims from its
articles, reconcile them, and compare the best estimate of the killed and injured
counts with the official figures. An incident's estimate is taken from its busiest
question per attribute (the one with the most claims), under both estimate policies.

    python benchmarks/gva_pipeline.py [--limit N]

Skips with a message when ../shared/data/events/gva_longtail is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

from reconcile.extract import Article, Corpus, extract_claims, parse_published
from reconcile.model import Document
from reconcile.normalize import plain_resolver
from reconcile.pipeline import reconcile
from reconcile.verdicts import EstimatePolicy, Verdict

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "events" / "gva_longtail"


def _best(verdicts: tuple[Verdict, ...], attribute: str) -> float | None:
    chosen = [v for v in verdicts if v.attribute == attribute and v.kind == "quantity"]
    if not chosen:
        return None
    busiest = max(chosen, key=lambda v: (len(v.claims), v.question))
    value = busiest.estimate.best_value if busiest.estimate else None
    return float(value) if isinstance(value, (int, float)) else None


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=400, help="incidents to evaluate")
    args = parser.parse_args()
    if not DATA.is_dir():
        print(f"skipped: {DATA} is absent")
        return
    incidents = {}
    for line in (DATA / "incidents.jsonl").open():
        record = json.loads(line)
        if not record.get("gold_missing") and "num_killed" in record:
            incidents[record["incident_id"]] = record
    articles: dict[str, list[dict[str, str]]] = defaultdict(list)
    for line in (DATA / "documents.jsonl").open():
        record = json.loads(line)
        articles[record["incident_id"]].append(record)
    chosen = sorted(i for i, docs in articles.items() if len(docs) >= 2 and i in incidents)
    chosen = chosen[: args.limit]
    tally = {
        (attr, policy): [0, 0, 0] for attr in ("killed", "injured") for policy in EstimatePolicy
    }
    started = time.perf_counter()
    n_claims = 0
    for incident_id in chosen:
        docs = []
        for record in articles[incident_id]:
            try:
                published = parse_published(record.get("dct") or "")
            except ValueError:
                published = None
            doc = Document(record["doc_id"], url=record.get("uri"), published=published)
            docs.append(Article(doc, record["content"], None))
        corpus = Corpus(tuple(sorted(docs, key=lambda a: a.document.id)), ())
        extraction = extract_claims(corpus)
        n_claims += len(extraction.claims)
        for policy in EstimatePolicy:
            result = reconcile(
                extraction.claims,
                [a.document for a in corpus.articles],
                resolver=plain_resolver,
                policy=policy,
            )
            official = incidents[incident_id]
            for attr, key in (("killed", "num_killed"), ("injured", "num_injured")):
                best = _best(result.verdicts, attr)
                counts = tally[(attr, policy)]
                if best is not None:
                    counts[1] += 1
                    counts[0] += int(best == float(official[key]))
                elif official[key] == 0:
                    counts[2] += 1
    elapsed = time.perf_counter() - started
    print(f"{len(chosen)} incidents, {n_claims} claims extracted, {elapsed:.1f} s")
    for (attr, policy), (right, answered, silent_zero) in tally.items():
        share = right / answered if answered else 0.0
        print(
            f"{attr:8} {policy.value:13} estimate given for {answered:4}/{len(chosen)}; "
            f"equals the official count in {right:4} ({share:.1%} of those given); "
            f"no claim where the official count is 0: {silent_zero}"
        )


if __name__ == "__main__":
    sys.exit(main())
