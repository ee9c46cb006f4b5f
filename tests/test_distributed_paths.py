"""The fast paths of a distributed run's tasks give what the plain paths give.

A partition's files, written by the result writer's field-by-field encoders and sorted
on the objects, hold the bytes of its records encoded one by one and sorted by their
section key (the path before); a routing task sends every claim where its question's
own hash sends it, though it works that out once per distinct question. No cluster is
needed: the tasks are plain functions.
"""

from __future__ import annotations

import pickle
import tempfile
from collections.abc import Sequence
from pathlib import Path

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.cluster import cluster_claims, question_of
from reconcile.compare import DEFAULT_TOLERANCES
from reconcile.distributed._output import dump, sort_key
from reconcile.distributed._run import (
    _block_hash,
    _Context,
    _normalized,
    _place,
    _reconcile_block,
    _route,
)
from reconcile.model import Claim, Document
from reconcile.normalize import NormalizedClaim, default_resolver, inherited_places
from reconcile.output import result_to_record
from reconcile.pipeline import Result, Settings
from reconcile.schema import SCHEMA_VERSION
from reconcile.testing import claim_sets
from reconcile.values import Quantity
from reconcile.verdicts import EstimatePolicy, assess

ClaimSet = tuple[tuple[Document, ...], tuple[Claim, ...]]


@st.composite
def varied_claim_sets(draw: st.DrawFn) -> ClaimSet:
    """Claim sets with events and units too: both take part in a question's id."""
    docs, claims = draw(claim_sets(max_size=40))
    varied = []
    for claim in claims:
        value = claim.value
        if isinstance(value, Quantity):
            value = attrs.evolve(value, unit=draw(st.sampled_from(["", "", "km"])))
        event = draw(st.sampled_from([None, None, "Kerman blasts, 2024-01-03"]))
        varied.append(attrs.evolve(claim, value=value, event=event))
    return docs, tuple(varied)


def _context(docs: Sequence[Document], claims: Sequence[Claim], **kwargs: object) -> _Context:
    subjects = default_resolver(sorted({c.subject for c in claims}))
    places = default_resolver(sorted({c.place for c in claims if c.place}))
    inherited = inherited_places(
        (subjects[c.subject].key, c.attribute, places[c.place] if c.place else None) for c in claims
    )
    return _Context(
        subjects=dict(subjects),
        places=dict(places),
        inherited=inherited,
        documents=tuple(sorted(docs, key=lambda d: d.id)),
        suspects=frozenset(),
        held_documents=frozenset(),
        tolerances=DEFAULT_TOLERANCES,
        policy=kwargs.get("policy", EstimatePolicy.UCDP),  # type: ignore[arg-type]
        folder=str(kwargs.get("folder", "")),
    )


def _plain_files(claims: Sequence[Claim], context: _Context) -> dict[str, str]:
    """A partition's files as the plain path wrote them: records, sorted, then encoded."""
    normalized = tuple(_normalized(sorted(claims, key=lambda c: c.id), context))
    clustering = cluster_claims(normalized, tolerances=context.tolerances)
    verdicts = assess(normalized, clustering, policy=context.policy)
    record = result_to_record(
        Result(
            schema_version=SCHEMA_VERSION,
            documents=(),
            sources=(),
            claims=normalized,
            clustering=clustering,
            verdicts=verdicts,
            rejected=(),
            settings=Settings(context.tolerances, context.policy),
        )
    )
    ids = {c["id"] for c in record["clusters"]}
    relations = record["relations"]
    sections = {
        "claims": record["claims"],
        "clusters": record["clusters"],
        "relations-between": [r for r in relations if r["a"] in ids and r["b"] in ids],
        "relations-inside": [r for r in relations if not (r["a"] in ids and r["b"] in ids)],
        "verdicts": record["verdicts"],
    }
    files = {
        name: "".join(dump(r) + "\n" for r in sorted(records, key=sort_key(name)))
        for name, records in sections.items()
    }
    files["summary"] = repr(record["summary"])
    return files


@settings(max_examples=60, deadline=None)
@given(
    data=varied_claim_sets(),
    split=st.integers(1, 4),
    policy=st.sampled_from(list(EstimatePolicy)),
)
def test_a_partition_s_files_hold_its_records_encoded_and_sorted_as_before(
    data: ClaimSet, split: int, policy: EstimatePolicy
) -> None:
    docs, claims = data
    with tempfile.TemporaryDirectory() as out:
        context = _context(docs, claims, policy=policy, folder=out)
        batches = [pickle.dumps(list(claims[i::split])) for i in range(split)]
        summary = _reconcile_block(batches, context, 0)
        written = {
            name: (Path(out) / name / "part-00000.jsonl").read_text(encoding="utf-8")
            for name in ("claims", "clusters", "relations-between", "relations-inside", "verdicts")
        }
        written["summary"] = repr(summary)
        assert _plain_files(claims, context) == written


@settings(max_examples=60, deadline=None)
@given(data=varied_claim_sets(), count=st.integers(1, 5), inputs=st.integers(1, 3))
def test_a_claim_is_routed_where_its_own_question_sends_it(
    data: ClaimSet, count: int, inputs: int
) -> None:
    docs, claims = data
    context = _context(docs, claims)
    batches = [pickle.dumps(claims[i::inputs]) for i in range(inputs)]
    routed = [pickle.loads(b) for b in _route(batches, context, count, check=True)]
    expected: list[list[Claim]] = [[] for _ in range(count)]
    for claim in (c for i in range(inputs) for c in claims[i::inputs]):
        subject = context.subjects[claim.subject]
        question = question_of(NormalizedClaim(claim, subject, _place(claim, context), None, ""))
        expected[_block_hash(question.id) % count].append(claim)
    assert expected == routed
