"""The verdicts' shortcuts give the verdicts their definitions give, byte for byte.

Shortcuts: a cluster with no member of a bound's hedge holds no bound (told without a
test per member); a cluster with fewer than two members stating a figure shows its
anchor's value; members that share one value object show it without a key per member; a
figure whose sources state no other gets one whole share from each.
The definitions are written here plainly and put in place of the shortcut functions; the
result JSON must not change. Values are shared between claims, as the reader shares
them, so that the shortcuts for shared values are taken.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping, Sequence
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import reconcile.verdicts
from reconcile.cluster import Cluster
from reconcile.compare import Tolerances, is_bound_around
from reconcile.model import Claim, Document, Modality
from reconcile.normalize import NormalizedClaim, ResolvedName
from reconcile.output import dumps_result
from reconcile.pipeline import reconcile as run
from reconcile.testing import claim_sets
from reconcile.values import Hedge, Quantity, Value, format_number

ClaimSet = tuple[tuple[Document, ...], tuple[Claim, ...]]


@st.composite
def _shared_figures(draw: st.DrawFn) -> ClaimSet:
    """Claims of a few questions drawing their values from a small pool of objects."""
    docs = tuple(
        Document(f"d{i}", outlet=f"outlet {i % 4}", published=dt.date(2024, 1, 1 + 3 * i))
        for i in range(5)
    )
    pool = [
        Quantity.hedged(point, hedge)
        for point, hedge in draw(
            st.lists(
                st.tuples(
                    st.sampled_from([30, 480, 500, 500.0000001, 550, 600, 632]),
                    st.sampled_from(
                        [Hedge.EXACT, Hedge.ABOUT, Hedge.AT_LEAST, Hedge.AT_MOST, Hedge.MORE_THAN]
                    ),
                ),
                min_size=1,
                max_size=6,
            )
        )
    ]
    # Equal values, one object each, beside the shared ones; and a figure worded otherwise
    # (as wide as the plain one: the first member by id decides).
    pool += [Quantity.hedged(q.point or q.low, q.hedge) for q in pool[:2]]
    pool.append(Quantity.hedged(500, Hedge.EXACT, text="five hundred"))
    n = draw(st.integers(1, 24))
    made = tuple(
        Claim(
            id=f"c{draw(st.integers(0, 99)):02d}-{i}",
            document=draw(st.sampled_from([d.id for d in docs])),
            subject=draw(st.sampled_from(["US troops", "rebels"])),
            attribute="killed",
            value=draw(st.sampled_from(pool)),
            modality=draw(st.sampled_from([Modality.ASSERTED] * 6 + [Modality.DENIED])),
        )
        for i in range(n)
    )
    return docs, made


def _bounds_by_definition(
    members: Sequence[NormalizedClaim], anchor: NormalizedClaim
) -> list[bool]:
    return [is_bound_around(m.value, anchor.value) for m in members]


def _representative_by_definition(
    members: Sequence[NormalizedClaim],
    anchor: NormalizedClaim,
    bound: Sequence[bool] | None = None,
    *,
    may_vote: bool = True,
) -> Value:
    """The stated figure most members give, in its narrowest wording (then first by id);
    else the anchor's value. Votes are left to the function itself (no shortcut there)."""
    if may_vote and any(not isinstance(m.value, Quantity) for m in members):
        return _REPRESENTATIVE(members, anchor, bound, may_vote=may_vote)
    if bound is None:
        bound = _bounds_by_definition(members, anchor)
    rows = [
        (format_number(m.value.point), m, is_bound)
        for m, is_bound in zip(members, bound, strict=True)
        if isinstance(m.value, Quantity) and m.value.point is not None
    ]
    counts = Counter(text for text, _, is_bound in rows if not is_bound)
    if counts:
        top = max(sorted(counts), key=counts.__getitem__)
        if counts[top] > 1:
            stating = [m for text, m, _ in rows if text == top]
            return min(stating, key=lambda m: (m.value.width, m.id)).value  # type: ignore[union-attr]
    return anchor.value


_REPRESENTATIVE = reconcile.verdicts._representative


def _shares_by_definition(
    clusters: Sequence[Cluster], members_of: Mapping[str, Sequence[NormalizedClaim]]
) -> dict[str, Fraction]:
    """Per cluster, the sum over its sources of the share of their claims in it."""
    counts = {c.id: Counter(m.source for m in members_of[c.id]) for c in clusters}
    totals = Counter(m.source for c in clusters for m in members_of[c.id])
    return {
        cluster: sum((Fraction(n, totals[s]) for s, n in per_source.items()), Fraction(0))
        for cluster, per_source in counts.items()
    }


@settings(max_examples=200, deadline=None)
@given(
    data=_shared_figures() | claim_sets(max_size=30),
    relative=st.sampled_from([0.0, 0.1]),
)
def test_verdict_shortcuts_give_the_verdicts_of_their_definitions(
    data: ClaimSet, relative: float
) -> None:
    docs, claims = data
    tolerances = Tolerances(relative=relative)
    fast = dumps_result(run(claims, docs, tolerances=tolerances))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(reconcile.verdicts, "_bounds_around", _bounds_by_definition)
        patch.setattr(reconcile.verdicts, "_representative", _representative_by_definition)
        patch.setattr(reconcile.verdicts, "_source_shares", _shares_by_definition)
        plain = dumps_result(run(claims, docs, tolerances=tolerances))
    assert plain == fast


@st.composite
def _members(draw: st.DrawFn) -> tuple[list[NormalizedClaim], NormalizedClaim]:
    """A cluster's members drawing values from a small shared pool, and one as anchor."""
    pool = [
        Quantity.hedged(point, hedge, text=text)
        for point, hedge, text in draw(
            st.lists(
                st.tuples(
                    st.sampled_from([480, 500, 500.0000001, 550]),
                    st.sampled_from([Hedge.EXACT, Hedge.ABOUT, Hedge.AT_LEAST, Hedge.AT_MOST]),
                    st.sampled_from(["", "five hundred"]),
                ),
                min_size=1,
                max_size=4,
            )
        )
    ]
    entity = ResolvedName("e:troops", "troops")
    members = [
        NormalizedClaim(
            Claim(
                id=f"c{draw(st.integers(0, 20)):02d}",
                document="d",
                subject="troops",
                attribute="killed",
                value=draw(st.sampled_from(pool)),
            ),
            entity,
            None,
            None,
            draw(st.sampled_from(["s1", "s2", "s3"])),
        )
        for _ in range(draw(st.integers(1, 8)))
    ]
    return members, draw(st.sampled_from(members))


@settings(max_examples=300, deadline=None)
@given(_members())
def test_a_cluster_s_shown_value_and_bounds_are_their_definitions(
    cluster: tuple[list[NormalizedClaim], NormalizedClaim],
) -> None:
    members, anchor = cluster
    bound = reconcile.verdicts._bounds_around(members, anchor)
    assert bound == _bounds_by_definition(members, anchor)
    shown = reconcile.verdicts._representative(members, anchor, bound, may_vote=False)
    assert shown is _representative_by_definition(members, anchor, bound, may_vote=False)
