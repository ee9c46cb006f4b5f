"""The fast path (orjson decoding, shared values and names) gives the plain path's bytes."""

from __future__ import annotations

import datetime as dt
import functools
import json
import math
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Final

import attrs
import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

import reconcile.io
from reconcile.cluster import Cluster, Question, RelationRecord
from reconcile.compare import Relation
from reconcile.entities import AliasTable
from reconcile.errors import ReconcileError
from reconcile.io import read_claims
from reconcile.model import Claim, Document, Evidence, Modality
from reconcile.normalize import NormalizedClaim, ResolvedName, entity_resolver
from reconcile.output import dumps_result, encode_record, result_to_record
from reconcile.pipeline import reconcile as run
from reconcile.schema import (
    check_text,
    claim_from_record,
    claim_reader,
    claim_to_record,
    document_to_record,
    value_to_record,
)
from reconcile.testing import claim_records, claim_sets, date_spans, hostile_texts, values
from reconcile.values import Quantity
from reconcile.verdicts import (
    ClusterVerdict,
    Estimate,
    EstimatePolicy,
    FacetSupport,
    Status,
    Verdict,
)

ClaimSet = tuple[tuple[Document, ...], tuple[Claim, ...]]

# The synonyms of the generated subjects, so that alias resolution takes part.
ALIASES = AliasTable.from_groups([["US troops", "U.S. forces"], ["Islamic State", "ISIS"]])


def _plain_reader() -> Callable[..., Claim]:
    def read(record: Any, *, text_checked: bool = False) -> Claim:
        return claim_from_record(record)

    return read


def _result_bytes(path: Path) -> str:
    loaded = read_claims(path)
    result = run(
        loaded.claims,
        loaded.documents,
        rejected=loaded.rejected,
        resolver=entity_resolver(ALIASES),
    )
    return dumps_result(result)


def _plain_readers() -> tuple[Callable[..., Claim], Callable[[Any], Claim | None]]:
    return _plain_reader(), lambda line: None


def _both(path: Path) -> tuple[str, str]:
    """The result of the fast reader and of the plain one (json.loads, claim_from_record).

    The fast reader with msgspec's claim lines (when it is installed) and without them
    must agree; the first is returned.
    """
    fast = _result_bytes(path)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(reconcile.io, "_line_decoder", lambda: None)
        assert _result_bytes(path) == fast
        patch.setattr(reconcile.io, "_fast_loads", lambda: None)
        patch.setattr(reconcile.io, "claim_readers", _plain_readers)
        plain = _result_bytes(path)
    return fast, plain


def _lines(records: list[Any], ascii_only: bool) -> Iterator[str]:
    for record in records:
        text = json.dumps(record, ensure_ascii=ascii_only)
        # A lone surrogate has no UTF-8 form: such a record is written escaped.
        yield text if text.isascii() or _encodes(text) else json.dumps(record)


def _encodes(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _records(data: ClaimSet) -> list[Any]:
    docs, claims = data
    return [{"type": "document", **document_to_record(d)} for d in docs] + [
        claim_to_record(c) for c in claims
    ]


@given(
    claim_sets(max_size=25),
    st.lists(claim_records(), max_size=8),
    st.booleans(),
    st.randoms(use_true_random=False),
)
def test_fast_reader_gives_the_bytes_of_the_plain_reader(
    data: ClaimSet, hostile: list[Any], ascii_only: bool, rng: Any
) -> None:
    # Valid claims of every value kind (hedges, dates, votes, labels, updates), repeated
    # records, and damaged ones that end up rejected, in any order.
    records = _records(data) + hostile + _records(data)[: rng.randint(0, 3)]
    rng.shuffle(records)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "claims.jsonl"
        path.write_text("\n".join(_lines(records, ascii_only)) + "\n", encoding="utf-8")
        fast, plain = _both(path)
    assert plain == fast


def _outcome(read: Callable[[Any], Claim], record: Any) -> tuple[str, str]:
    """What reading a record gives: the claim (its repr shows every field's type) or error."""
    try:
        claim = read(record)
    except ReconcileError as error:
        return (type(error).__name__, str(error))
    return ("Claim", repr(claim))


@st.composite
def _near_valid_records(draw: st.DrawFn) -> Any:
    """A valid claim record with its text fields padded, blanked or retyped, or as written."""
    _, made = draw(claim_sets(min_size=1, max_size=1))
    record: dict[str, Any] = claim_to_record(made[0])
    spaces = st.sampled_from(["", " ", "  \t", "\u00a0", "\u2028"])
    for field in ("place", "attribution", "event", "subject", "attribute", "document", "id"):
        if draw(st.booleans()):
            inner = draw(st.sampled_from(["Iraq", "US  troops", "x" * 301, "", "killed (2)"]))
            record[field] = draw(spaces) + inner + draw(spaces)
    extra = {
        "modality": st.sampled_from(["", "reported", "denied", "Asserted", None, 1]),
        "as_of": st.sampled_from(["", "2024-01", " 2023-late ", "2024-13", None, 7]),
        "quote": st.sampled_from(["", "about 2,500 troops", None, 3]),
        "span": st.sampled_from([None, [0, 18], [0, 0], [True, 1], [1.0, 2.0], [0, 1, 2], "x"]),
        "type": st.sampled_from(["claim", "document", None, "Claim"]),
    }
    for field, choices in extra.items():
        if draw(st.booleans()):
            record[field] = draw(choices)
    if draw(st.booleans()):
        record = {k: v for k, v in record.items() if v is not None}
    return record


@given(st.lists(claim_records() | _near_valid_records(), max_size=10))
def test_fast_claim_reader_gives_the_claim_or_error_of_the_plain_reader(
    records: list[Any],
) -> None:
    # Each record read twice by one reader (the second time its value and names are
    # remembered), as the file reader calls it: text checked when no string in it holds
    # a lone surrogate.
    read = claim_reader()
    for record in records:
        try:
            check_text(record)
        except ReconcileError:
            clean = False
        else:
            clean = True
        expected = _outcome(claim_from_record, record)
        for _ in range(2):
            assert _outcome(functools.partial(read, text_checked=clean), record) == expected
            if expected[0] == "Claim":
                assert read(record, text_checked=clean) == claim_from_record(record)


#: Numbers and other JSON values that are equal, or written alike, though they read
#: apart: 1, 1.0 and true; 0.0 and -0.0; NaN, the infinities and null (orjson writes all
#: four ``null``); 2**64 as an int (which orjson cannot write) and as a float; text.
_LOOKALIKES: Final = (
    1,
    1.0,
    True,
    0,
    0.0,
    -0.0,
    math.nan,
    math.inf,
    -math.inf,
    None,
    2**64,
    float(2**64),
    "null",
    "1",
)


@st.composite
def _lookalike_values(draw: st.DrawFn) -> dict[str, Any]:
    """A value record of a few fields, each drawn from :data:`_LOOKALIKES`: many valid,
    many one lookalike away from an error (a label's value 1 for "1", a bound NaN for
    null)."""
    kind = draw(st.sampled_from(["quantity", "label", "vote"]))
    fields = {
        "quantity": ("point", "low", "high", "text"),
        "label": ("value", "text"),
        "vote": ("votes_for", "votes_against", "result"),
    }[kind]
    value: dict[str, Any] = {"kind": kind}
    for field in draw(st.permutations(fields)):
        if draw(st.booleans()):
            value[field] = draw(st.sampled_from(_LOOKALIKES))
    return value


@given(st.lists(_lookalike_values(), max_size=12))
@example(
    [
        {"kind": "quantity", "point": 1, "low": None},
        {"kind": "quantity", "point": 1, "low": math.nan},
    ]
)
@example([{"kind": "label", "value": "1"}, {"kind": "label", "value": 1}])
@example([{"kind": "quantity", "point": 1}, {"kind": "quantity", "point": True}])
@example([{"kind": "quantity", "point": float(2**64)}, {"kind": "quantity", "point": 2**64}])
def test_values_remembered_by_their_text_are_each_records_own(
    values: list[dict[str, Any]],
) -> None:
    # One reader for every record, as a file is read: a value remembered for one record
    # must never stand for another that reads otherwise, nor for one that is refused (the
    # claim's repr shows the types: point=1 against point=1.0 or True).
    read = claim_reader()
    for number, value in enumerate(values * 2):
        record = {
            "id": f"c{number}",
            "document": "d1",
            "subject": "US troops",
            "attribute": "killed",
            "value": value,
        }
        expected = _outcome(claim_from_record, record)
        assert _outcome(functools.partial(read, text_checked=True), record) == expected


@given(claim_sets(max_size=25))
def test_claims_read_from_a_file_give_the_in_memory_result(data: ClaimSet) -> None:
    docs, claims = data
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "claims.jsonl"
        path.write_text("\n".join(_lines(_records(data), False)) + "\n", encoding="utf-8")
        from_file = _result_bytes(path)
    expected = dumps_result(run(claims, docs, resolver=entity_resolver(ALIASES)))
    assert expected == from_file


@pytest.mark.parametrize(
    "value",
    [
        '{"kind": "quantity", "point": 18446744073709551616}',
        '{"kind": "quantity", "point": 1e400}',
        '{"kind": "quantity", "point": -0.0}',
        '{"kind": "quantity", "point": 0}',
        '{"kind": "quantity", "point": true}',
        '{"kind": "quantity", "point": NaN}',
        '{"kind": "vote", "votes_for": 18446744073709551616}',
        '{"kind": "label", "value": "x\\ud800"}',
    ],
)
def test_numbers_orjson_reads_differently_give_the_plain_result(tmp_path: Path, value: str) -> None:
    # Each beside a well-formed twin, so that a remembered value would be reused if it could.
    lines = [
        '{"type": "document", "id": "d1", "metadata": {"n": 18446744073709551616}}',
        '{"id": "c1", "document": "d1", "subject": "s", "attribute": "a", '
        '"value": {"kind": "quantity", "point": 1}}',
        f'{{"id": "c2", "document": "d1", "subject": "s", "attribute": "a", "value": {value}}}',
        '{"id": "c3", "document": "d1", "subject": "s", "attribute": "a", '
        '"value": {"kind": "quantity", "point": 0.0}, "span": [0, 18446744073709551616], '
        '"quote": "x"}',
        # A span beyond 64 bits that fits its quote: exact in msgspec, floats in orjson.
        f'{{"id": "c4", "document": "d1", "subject": "s", "attribute": "a", "value": {value}, '
        '"span": [18446744073709551616, 18446744073709551617], "quote": "x"}',
    ]
    path = tmp_path / "claims.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    fast, plain = _both(path)
    assert plain == fast


@given(claim_sets(max_size=25))
def test_written_claims_are_their_records_encoded_whole(data: ClaimSet) -> None:
    docs, claims = data
    result = run(claims, docs, resolver=entity_resolver(ALIASES))
    expected = [encode_record(record) for record in result_to_record(result)["claims"]]
    written = json.loads(dumps_result(result))["claims"]
    assert expected == [encode_record(record) for record in written]
    lines = dumps_result(result).split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith('"claims": [')) + 1
    shown = lines[start : start + len(expected)] if expected else []
    assert expected == [line.removesuffix(",") for line in shown]


@given(
    st.lists(
        st.tuples(
            hostile_texts(max_size=20),
            hostile_texts(max_size=20),
            st.sampled_from(list(Relation)),
            hostile_texts(max_size=60),
        ),
        max_size=5,
    )
)
def test_relations_written_field_by_field_are_the_encoders_bytes(
    rows: list[tuple[str, str, Relation, str]],
) -> None:
    from reconcile.output import _encoded_relations

    relations = [RelationRecord(a, b, kind, reason) for a, b, kind, reason in rows]
    assert list(_encoded_relations(relations)) == [
        encode_record({"a": r.a, "b": r.b, "kind": r.kind.value, "reason": r.reason})
        for r in relations
    ]


@st.composite
def _normalized_claims(draw: st.DrawFn) -> NormalizedClaim:
    """A normalized claim with hostile text in every string field a claim record holds."""
    text = hostile_texts(max_size=20)
    maybe = st.none() | text
    # Ids, subjects and attributes must hold more than white space.
    required = text.map(lambda t: f"{t}x")
    quote = draw(hostile_texts(max_size=30))
    # No evidence, a quote alone, or a quote with its span (offsets where it was found).
    at = draw(st.none() | st.integers(0, 10**6) | st.just(-1))
    evidence = (
        None
        if at == -1
        else Evidence(quote)
        if at is None
        else Evidence(quote, at, at + len(quote))
    )
    try:
        claim = Claim(
            id=draw(required),
            document=draw(required),
            subject=draw(required),
            attribute=draw(required),
            value=draw(values()),
            as_of=draw(st.none() | date_spans()),
            place=draw(maybe),
            attribution=draw(maybe),
            modality=draw(st.sampled_from(list(Modality))),
            evidence=evidence,
            event=draw(maybe),
        )
    except ReconcileError:
        assume(False)
        raise
    names = st.builds(ResolvedName, text, text)
    return NormalizedClaim(
        claim, draw(names), draw(st.none() | names), draw(st.none() | date_spans()), draw(text)
    )


@given(st.lists(st.tuples(_normalized_claims(), hostile_texts(max_size=20)), max_size=5))
def test_claims_written_field_by_field_are_the_encoders_bytes(
    rows: list[tuple[NormalizedClaim, str]],
) -> None:
    from reconcile.output import _claim_record, _claim_text

    modalities = {m.value: encode_record(m.value) for m in Modality}
    for nc, cluster in rows:
        value = value_to_record(nc.claim.value)
        record = _claim_record(nc, {nc.id: cluster}, {}, {}, value)
        assert _claim_text(nc, cluster, encode_record(value), modalities) == encode_record(record)


@given(
    st.lists(
        st.tuples(
            hostile_texts(max_size=20),
            st.tuples(hostile_texts(max_size=20), hostile_texts(max_size=10), st.booleans()),
            st.lists(hostile_texts(max_size=10), max_size=3),
            st.booleans(),
            st.integers(0, 2),
        ),
        max_size=5,
    )
)
def test_clusters_written_field_by_field_are_the_encoders_bytes(
    rows: list[tuple[str, tuple[str, str, bool], list[str], bool, int]],
) -> None:
    from reconcile.output import _cluster_record, _encoded_clusters

    clusters = [
        Cluster(
            id=f"{subject}#1",
            question=Question(subject, attribute, place, "quantity", shares_id=shares, part=part),
            claims=tuple(members),
            anchor=members[0] if members else subject,
            denied=denied,
        )
        for subject, (attribute, place, shares), members, denied, part in rows
    ]
    assert list(_encoded_clusters(clusters)) == [
        encode_record(_cluster_record(c)) for c in clusters
    ]


def _verdict_numbers() -> st.SearchStrategy[Any]:
    """What an estimate's numbers may hold: numbers of every sort (NaN, the infinities,
    -0.0, ints beyond 64 bits), ISO dates as text, None."""
    return (
        st.none()
        | st.floats(allow_nan=True, allow_infinity=True)
        | st.integers(-(10**30), 10**30)
        | hostile_texts(max_size=10)
    )


@st.composite
def _verdicts(draw: st.DrawFn) -> Verdict:
    """A verdict with hostile text in every string field, facets, and odd numbers."""
    text = hostile_texts(max_size=15)
    names = st.lists(text, max_size=3).map(tuple)
    facets = st.lists(st.builds(FacetSupport, text, text, names), max_size=2).map(tuple)
    clusters = st.lists(
        st.builds(
            ClusterVerdict,
            text,
            st.sampled_from(list(Status)),
            names,
            names,
            text,
            text,
            names,
            facets,
        ),
        max_size=3,
    ).map(tuple)
    estimate = st.none() | st.builds(
        Estimate,
        text,
        _verdict_numbers(),
        _verdict_numbers(),
        _verdict_numbers(),
        st.sampled_from(list(EstimatePolicy)),
        text,
        names,
    )
    return Verdict(
        question=draw(text),
        subject=draw(text),
        attribute=draw(text),
        place=draw(st.none() | text),
        kind=draw(text),
        status=draw(st.sampled_from(list(Status))),
        estimate=draw(estimate),
        clusters=draw(clusters),
        reason=draw(text),
        event=draw(st.none() | text),
    )


@given(
    _verdicts(),
    st.lists(hostile_texts(max_size=10), max_size=2).map(tuple),
    st.none() | hostile_texts(max_size=10),
    st.none() | hostile_texts(max_size=10),
)
def test_verdicts_written_field_by_field_are_the_encoders_bytes(
    verdict: Verdict, decisions: tuple[str, ...], name: str | None, event_name: str | None
) -> None:
    from reconcile.output import _verdict, _verdict_text

    expected = encode_record(_verdict(verdict, decisions, name, event_name))
    assert expected == _verdict_text(verdict, decisions, name, event_name)


@pytest.mark.parametrize(
    "number",
    [math.nan, math.inf, -math.inf, -0.0, 1e16, 1.5e-7, 10**30, -5, 0, "2024-01-02", None],
)
def test_an_estimates_numbers_are_written_as_the_encoder_writes_them(number: Any) -> None:
    from reconcile.output import _verdict, _verdict_text

    estimate = Estimate("5", number, number, number, EstimatePolicy.UCDP, "q#1")
    verdict = Verdict("q", "s", "a", None, "quantity", Status.CONFIRMED, estimate, (), "r")
    assert encode_record(_verdict(verdict)) == _verdict_text(verdict)


class _Int(int):
    pass


class _Float(float):
    pass


@pytest.mark.parametrize(
    "odd",
    [{"low": _Int(3)}, {"high": _Float(2.5)}, {"best_value": [1, 2]}, {"tie": (1,)}],
)
def test_a_verdict_of_other_types_is_written_from_its_record(odd: dict[str, Any]) -> None:
    from reconcile.output import _encoded_verdicts, _verdict

    estimate = Estimate("5", 1.0, 9.0, 5, EstimatePolicy.UCDP, "q#1")
    verdict = Verdict(
        "q", "s", "a", None, "quantity", Status.CONFIRMED, attrs.evolve(estimate, **odd), (), "r"
    )
    result = attrs.evolve(run([]), verdicts=(verdict,))
    assert [encode_record(_verdict(verdict))] == list(_encoded_verdicts(result))


@given(st.lists(_normalized_claims(), max_size=8), st.randoms(use_true_random=False))
def test_fingerprints_remembered_by_part_are_the_claims_fingerprints(
    rows: list[NormalizedClaim], rng: Any
) -> None:
    from reconcile.fingerprint import claim_fingerprint, fingerprinter

    # Claims sharing one value, subject or place object, as the reader makes them, and
    # values of every kind; one fingerprinter for them all, as the writer uses it.
    claims = [nc.claim for nc in rows]
    shared = [
        attrs.evolve(c, value=rng.choice(claims).value, subject=rng.choice(claims).subject)
        for c in claims
    ]
    fingerprint = fingerprinter()
    for claim in [*claims, *shared, *claims]:
        assert fingerprint(claim) == claim_fingerprint(claim)


@given(st.lists(st.tuples(_normalized_claims(), hostile_texts(max_size=20)), max_size=5))
def test_claims_written_with_remembered_parts_are_the_encoders_bytes(
    rows: list[tuple[NormalizedClaim, str]],
) -> None:
    from reconcile.fingerprint import fingerprinter
    from reconcile.output import _claim_record, _claim_text

    modalities = {m.value: encode_record(m.value) for m in Modality}
    fingerprint = fingerprinter()
    for nc, cluster in rows:
        value = value_to_record(nc.claim.value)
        record = _claim_record(nc, {nc.id: cluster}, {}, {}, value)
        scope = "null" if nc.as_of is None else encode_record(nc.as_of.value)
        written = _claim_text(
            nc,
            cluster,
            encode_record(value),
            modalities,
            fingerprint=fingerprint,
            scope_text=scope,
        )
        assert written == encode_record(record)


@st.composite
def _close_figures(draw: st.DrawFn) -> ClaimSet:
    """Claims of one question whose figures lie close: bounds and "about" figures that
    fit rival figures, on different days (updates) or the same (contradictions)."""
    from reconcile.values import Hedge, Quantity

    docs = tuple(
        Document(f"d{i}", outlet=f"outlet {i % 3}", published=dt.date(2024, 1, 1 + 5 * i))
        for i in range(4)
    )
    n = draw(st.integers(1, 14))
    made = tuple(
        Claim(
            id=f"c{i:02d}",
            document=draw(st.sampled_from([d.id for d in docs])),
            subject="US troops",
            attribute="killed",
            value=Quantity.hedged(
                draw(st.sampled_from([30, 480, 500, 550, 600, 632, 700])),
                draw(st.sampled_from([Hedge.EXACT, Hedge.ABOUT, Hedge.AT_LEAST, Hedge.AT_MOST])),
            ),
            modality=draw(st.sampled_from([Modality.ASSERTED] * 5 + [Modality.DENIED])),
        )
        for i in range(n)
    )
    return docs, made


@given(claim_sets(max_size=30) | _close_figures(), st.sampled_from([0.0, 0.1]))
def test_clustering_shortcuts_give_the_plain_result(data: ClaimSet, relative: float) -> None:
    import reconcile.cluster
    import reconcile.verdicts
    from reconcile.compare import Tolerances

    # The shortcuts: a cluster whose members' extent misses a rival figure has no member
    # that fits it; anchors found while setting bounds apart are kept; a question of
    # another kind than votes is not searched for votes. Without them, the same bytes.
    docs, claims = data
    tolerances = Tolerances(relative=relative)
    fast = dumps_result(run(claims, docs, tolerances=tolerances))
    set_apart = reconcile.cluster._set_bounds_apart
    representative = reconcile.verdicts._representative
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(reconcile.cluster, "_quantity_extent", lambda members, tolerances: None)
        patch.setattr(
            reconcile.cluster,
            "_set_bounds_apart",
            lambda groups, tolerances, anchors_out=None: set_apart(groups, tolerances),
        )
        patch.setattr(
            reconcile.verdicts,
            "_representative",
            lambda members, anchor, bound=None, *, may_vote=True: representative(
                members, anchor, bound, may_vote=True
            ),
        )
        plain = dumps_result(run(claims, docs, tolerances=tolerances))
    assert plain == fast


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["US troops", "U.S. forces", "ISIS"]),
            st.sampled_from(["killed", "deployed"]),
            st.sampled_from([None, "", "Iraq", "IRAQ", "Syria"]),
        ),
        max_size=12,
    )
)
def test_places_inherited_from_each_combination_are_those_from_every_claim(
    rows: list[tuple[str, str, str | None]],
) -> None:
    from reconcile.normalize import _last_seen, inherited_places

    claims = [
        Claim(id=f"c{i}", document="d", subject=s, attribute=a, place=p, value=Quantity.exact(1))
        for i, (s, a, p) in enumerate(rows)
    ]
    # Two names of one key ("Iraq", "IRAQ"): the place a claim inherits must be the one of
    # the last claim naming it, whichever combination came first.
    subjects = {"US troops": "us", "U.S. forces": "us", "ISIS": "isis"}
    places = {p: ResolvedName(p.casefold(), p) for p in ("Iraq", "IRAQ", "Syria")}

    def keys(names: list[tuple[str, str, str | None]]) -> Any:
        return ((subjects[s], a, places[p] if p else None) for s, a, p in names)

    every = [(c.subject, c.attribute, c.place) for c in claims]
    assert inherited_places(keys(every)) == inherited_places(keys(_last_seen(claims)))


@given(_normalized_claims(), st.none() | hostile_texts(max_size=10), hostile_texts(max_size=10))
def test_normalized_claims_made_by_their_slots_are_those_of_the_class(
    made: NormalizedClaim, written_in: str | None, name: str
) -> None:
    from reconcile.normalize import _normalized

    fields = (made.claim, made.subject, made.place, made.as_of, made.source, written_in, name)
    expected = NormalizedClaim(*fields)
    fast = _normalized(*fields)
    assert expected == fast
    assert repr(expected) == repr(fast)
    assert (expected.id, expected.value) == (fast.id, fast.value)
    assert [getattr(expected, f.name) for f in attrs.fields(NormalizedClaim)] == [
        getattr(fast, f.name) for f in attrs.fields(NormalizedClaim)
    ]


#: Spans and numbers where msgspec and orjson read a line apart: integers beyond 64 bits
#: (exact in msgspec, floats in orjson), at both ends of orjson's range, and floats.
_EDGE_SPANS: Final = (
    "[18446744073709551616, 18446744073709551623]",
    "[18446744073709551609, 18446744073709551616]",
    "[18446744073709551608, 18446744073709551615]",
    "[0, 18446744073709551616]",
    "[0, 18446744073709551615]",
    "[-9223372036854775809, 1]",
    "[-9223372036854775808, 1]",
    "[1.0, 2]",
    "[0, 1e400]",
    "[true, 1]",
    "[1 , 2 ]",
    "null",
)


@st.composite
def _claim_lines(draw: st.DrawFn) -> str:
    """A claim record as a JSON Lines writer might write it: any spacing and key order,
    keys given twice, a span or value text pasted in as is, or a document's type."""
    record = draw(claim_records() | _near_valid_records())
    if not isinstance(record, dict):
        return json.dumps(record)
    items = list(record.items())
    shuffled = draw(st.booleans())
    if shuffled:
        items = draw(st.permutations(items))
    texts = [
        f"{json.dumps(key)}:{draw(st.sampled_from([' ', '', '  ']))}"
        f"{next(_lines([value], draw(st.booleans())))}"
        for key, value in items
    ]
    if draw(st.booleans()):
        texts.append(f'"span": {draw(st.sampled_from(_EDGE_SPANS))}, "quote": "a quote"')
    twice = draw(st.booleans())
    if texts and twice:
        texts.append(draw(st.sampled_from(texts)))  # a key given twice: the last counts
    if draw(st.booleans()):
        texts.append(
            '"value": '
            + draw(
                st.sampled_from(
                    [
                        '{"kind": "quantity", "point": 18446744073709551616}',
                        '{"kind": "quantity", "point": 1e400}',
                        '{"kind": "quantity", "point": 5, "point": 6}',
                        '{"kind":"quantity","point":5}',
                        '{"kind": "label", "value": "x\\ud800"}',
                        "[1, 2]",
                        "null",
                    ]
                )
            )
        )
    return "{" + draw(st.sampled_from([", ", ",", " , "])).join(texts) + "}"


@given(st.lists(_claim_lines(), max_size=12))
@example(
    [
        '{"id": "c1", "document": "d", "subject": "s", "attribute": "a", '
        '"value": {"kind": "quantity", "point": 1}, "span": [0, 18446744073709551616], '
        '"quote": "x"}'
    ]
)
@example(
    [
        '{"id": "c1", "document": "d", "subject": "s", "attribute": "a", '
        '"value": {"kind": "quantity", "point": 18446744073709551616}, '
        '"span": [18446744073709551616, 18446744073709551623], "quote": "a quote"}'
    ]
)
@example(
    [
        '{"type": "document", "id": "c1", "document": "d", "subject": "s", '
        '"attribute": "a", "value": {"kind": "quantity", "point": 1}}'
    ]
)
@example(
    # "value" given twice, the first out of a float's range: orjson refuses the line
    [
        '{"id": "c1", "document": "d", "subject": "s", "attribute": "a", '
        '"value": {"point": 1' + "0" * 400 + '}, "value": {"kind": "quantity", "point": 1}}'
    ]
)
def test_claim_lines_msgspec_decodes_give_the_claim_of_orjsons_record(lines: list[str]) -> None:
    # The line reader gives, for a line msgspec decodes, the claim the fast reader gives
    # for orjson's record of the line, or declines it; one pair of readers for every
    # line, each line read twice (the second time its value and names are remembered).
    pytest.importorskip("msgspec")
    orjson = pytest.importorskip("orjson")
    from reconcile._lines import DECODE_ERROR, claim_line_decoder
    from reconcile.schema import claim_readers

    decode = claim_line_decoder()
    read, read_line = claim_readers()
    for line in lines * 2:
        try:
            decoded = decode(line)
        except DECODE_ERROR:
            continue
        claim = read_line(decoded)
        if claim is None:
            continue
        # The line reader reads only lines orjson reads too, as claims the fast path takes.
        record = orjson.loads(line)
        assert repr(claim) == _outcome(functools.partial(read, text_checked=True), record)[1]
        assert claim == claim_from_record(record)
