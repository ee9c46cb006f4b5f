"""Casualty counts on the GVA corpus: do the articles state the official count?"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from reconcile.extract import Extraction
from reconcile.values import Quantity


def casualty_recall(shared: Path, extraction: Extraction) -> dict[str, float]:
    """Share of incidents whose official killed (injured) count some article states.

    An incident counts as found when at least one of its articles has a ``killed``
    (``injured``) claim about people whose interval contains GVA's figure; incidents
    whose figure is 0 are left out (articles rarely state a zero).
    """
    gold: dict[str, tuple[int, int]] = {}
    docs_of: dict[str, set[str]] = defaultdict(set)
    for line in (shared / "data/events/gva_longtail/incidents.jsonl").read_text().splitlines():
        record = json.loads(line)
        if record.get("gold_missing"):
            continue
        gold[str(record["incident_id"])] = (int(record["num_killed"]), int(record["num_injured"]))
        for doc in record.get("doc_ids", []):
            docs_of[str(doc)].add(str(record["incident_id"]))
    claims: dict[tuple[str, str], list[Quantity]] = defaultdict(list)
    for claim in extraction.claims:
        if isinstance(claim.value, Quantity) and claim.attribute in ("killed", "injured"):
            for incident in docs_of.get(claim.document, ()):
                claims[(incident, claim.attribute)].append(claim.value)
    out: dict[str, float] = {}
    for attribute, index in (("killed", 0), ("injured", 1)):
        relevant = [i for i, g in gold.items() if g[index] > 0]
        found = [
            i for i in relevant
            if any(q.low <= gold[i][index] <= q.high for q in claims.get((i, attribute), []))
        ]  # fmt: skip
        stated = [i for i in relevant if claims.get((i, attribute))]
        out[f"{attribute}_incidents"] = len(relevant)
        out[f"{attribute}_with_a_claim"] = round(100 * len(stated) / len(relevant), 1)
        out[f"{attribute}_official_count_stated"] = round(100 * len(found) / len(relevant), 1)
    return out
