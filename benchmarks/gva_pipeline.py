"""The whole pipeline against official counts: Gun Violence Archive incidents.

For each incident with two or more local news articles: extract claims from its
articles, reconcile them, and compare the best estimate of the killed and injured
counts with the official figures. An incident's estimate is taken from its busiest
question per attribute (the one with the most claims), under both estimate policies.

    python benchmarks/gva_pipeline.py [--offset N] [--limit N] [--errors FILE]

``--offset`` and ``--limit`` pick a slice of the sorted incidents, so that rules can be
tuned on one slice (say the first 1,000) and judged on another (``--offset 1000``).
``--errors`` writes, for each incident whose estimate (ucdp policy) differs from the
official count, or has none where that count is not 0, the official count, the estimate
and the claims behind the attribute with their quotes, as JSON Lines.

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
from reconcile.model import Claim, Document
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


def _error(
    incident_id: str,
    attr: str,
    official: int,
    best: float | None,
    claims: tuple[Claim, ...],
) -> dict[str, object]:
    """One error record: the figures and every claim on the attribute, with its quote."""
    return {
        "incident_id": incident_id,
        "attribute": attr,
        "official": official,
        "estimate": best,
        "claims": [
            {
                "document": c.document,
                "subject": c.subject,
                "value": str(c.value),
                "quote": " ".join(c.evidence.quote.split()) if c.evidence else None,
            }
            for c in claims
            if c.attribute == attr
        ],
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=400, help="incidents to evaluate")
    parser.add_argument("--offset", type=int, default=0, help="incidents to skip first")
    parser.add_argument("--errors", type=Path, help="write the ucdp errors here (JSON Lines)")
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
    chosen = chosen[args.offset : args.offset + args.limit]
    errors: list[dict[str, object]] = []
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
                wrong = best != float(official[key]) if best is not None else official[key] != 0
                if wrong and policy is EstimatePolicy.UCDP:
                    errors.append(_error(incident_id, attr, official[key], best, extraction.claims))
    elapsed = time.perf_counter() - started
    if args.errors is not None:
        with args.errors.open("w") as out:
            for record in errors:
                out.write(json.dumps(record) + "\n")
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
