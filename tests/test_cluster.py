from reconcile.cluster import DEFAULT_MAX_PAIRWISE, Clustering, cluster_claims
from reconcile.compare import DEFAULT_TOLERANCES, Relation, Tolerances
from reconcile.model import Claim, Document, Evidence, Modality
from reconcile.normalize import normalize_claims, plain_resolver
from reconcile.values import DateSpan, Hedge, Quantity, VoteOutcome

from .helpers import claim, doc, rival_tolls


def _cluster(
    claims: list[Claim],
    docs: list[Document],
    tolerances: Tolerances = DEFAULT_TOLERANCES,
    max_pairwise: int = DEFAULT_MAX_PAIRWISE,
) -> Clustering:
    normalized = normalize_claims(claims, docs, resolver=plain_resolver)
    return cluster_claims(normalized, tolerances=tolerances, max_pairwise=max_pairwise)


DOCS = [doc("a", day=1), doc("b", day=1), doc("c", day=1), doc("d", day=3)]


def test_compatible_figures_share_a_cluster_and_disjoint_ones_do_not() -> None:
    result = _cluster(
        [
            claim("1", "a", Quantity.exact(2500)),
            claim("2", "b", Quantity.hedged(2500, Hedge.ABOUT)),
            claim("3", "c", Quantity.exact(900)),
        ],
        DOCS,
    )
    assert [("3",), ("1", "2")] == [c.claims for c in result.clusters]


def test_contradiction_is_a_cannot_link_even_through_a_vague_bridge() -> None:
    # "dozens" is compatible with both 30 and 90, which contradict each other.
    result = _cluster(
        [
            claim("1", "a", Quantity.exact(30)),
            claim("2", "b", Quantity.vague("dozens")),
            claim("3", "c", Quantity.exact(90)),
        ],
        DOCS,
    )
    groups = [set(c.claims) for c in result.clusters]
    assert not any({"1", "3"} <= g for g in groups)
    # ... and fitting both, it sides with neither.
    assert [{"1"}, {"2"}, {"3"}] == sorted(groups, key=sorted)
    assert [] == [r for r in result.relations if "2" in (r.a, r.b)]


def test_different_places_are_different_questions() -> None:
    result = _cluster(
        [
            claim("1", "a", Quantity.exact(2500)),
            claim("2", "b", Quantity.exact(900), place="Syria"),
        ],
        DOCS,
    )
    assert [] == [r for r in result.relations if r.kind is Relation.CONTRADICTS]


def test_a_later_different_count_is_an_update_not_a_contradiction() -> None:
    result = _cluster(
        [
            claim("1", "a", Quantity.exact(25), attribute="injured"),
            claim("2", "d", Quantity.exact(40), attribute="injured"),
        ],
        DOCS,
    )
    between = [r for r in result.relations if r.kind is Relation.UPDATES]
    assert 1 == len(between)
    assert between[0].b.endswith("#2")


def test_refinement_inside_a_cluster_points_to_the_finer_claim() -> None:
    result = _cluster(
        [claim("1", "a", Quantity.hedged(25, Hedge.AT_LEAST)), claim("2", "b", Quantity.exact(34))],
        DOCS,
    )
    inside = [r for r in result.relations if r.kind is Relation.REFINES]
    assert [("1", "2")] == [(r.a, r.b) for r in inside]


def test_a_denial_contradicts_the_figure_it_denies() -> None:
    result = _cluster(
        [
            claim("1", "a", Quantity.exact(5), attribute="killed"),
            claim("2", "b", Quantity.exact(5), attribute="killed", modality=Modality.DENIED),
        ],
        DOCS,
    )
    assert [Relation.CONTRADICTS] == [r.kind for r in result.relations if r.a.endswith("#1")]


def test_votes_merge_facets_but_keep_conflicts_apart() -> None:
    result = _cluster(
        [
            claim("1", "a", VoteOutcome(unanimous=True), attribute="vote"),
            claim("2", "b", VoteOutcome(binding=False), attribute="vote"),
            claim("3", "c", VoteOutcome(votes_against=20), attribute="vote"),
        ],
        DOCS,
    )
    assert [("3",), ("1", "2")] == sorted((c.claims for c in result.clusters), key=len)


def test_dates_cluster_like_intervals() -> None:
    result = _cluster(
        [
            claim("1", "a", DateSpan.season(2023, "summer"), attribute="date_formed"),
            claim("2", "b", DateSpan.part_of_year(2023, "late"), attribute="date_formed"),
            claim("3", "c", DateSpan.month(2023, 7), attribute="date_formed"),
        ],
        DOCS,
    )
    assert [("1", "3"), ("2",)] == [c.claims for c in result.clusters]


def test_tolerance_merges_close_figures() -> None:
    claims = [claim("1", "a", Quantity.exact(100)), claim("2", "b", Quantity.exact(103))]
    assert 2 == len(_cluster(claims, DOCS).clusters)
    assert 1 == len(_cluster(claims, DOCS, tolerances=Tolerances(relative=0.05)).clusters)


def test_many_clusters_in_one_question_are_related_through_a_hub() -> None:
    claims = [claim(str(i), "a", Quantity.exact(i * 10)) for i in range(1, 40)]
    result = _cluster(claims, DOCS, max_pairwise=5)
    between = [r for r in result.relations if r.kind is Relation.CONTRADICTS]
    assert 38 == len(between)


def test_an_early_open_floor_does_not_turn_an_update_into_a_dispute() -> None:
    docs = [doc("a", "A", day=1), doc("b", "B", day=2), doc("c", "C", day=4)]
    result = _cluster(
        [
            claim("1", "a", Quantity.hedged(25, Hedge.AT_LEAST), attribute="injured"),
            claim("2", "b", Quantity.exact(34), attribute="injured"),
            claim("3", "c", Quantity.exact(47), attribute="injured"),
        ],
        docs,
    )
    kinds = sorted(r.kind.value for r in result.relations if "#" in r.a)
    assert ["refines", "refines", "updates"] == kinds
    # the floor, set apart, fits both figures: it refines into each, disputes neither
    floor = next(c.id for c in result.clusters if "1" in c.claims)
    assert {r.a for r in result.relations if r.kind is Relation.REFINES and "#" in r.b} == {floor}


def test_two_figures_on_one_day_contradict_even_amid_updates() -> None:
    docs = [doc("a", "A", day=1), doc("b", "B", day=2), doc("c", "C", day=2)]
    result = _cluster(
        [
            claim("1", "a", Quantity.exact(3), attribute="killed"),
            claim("2", "b", Quantity.exact(3), attribute="killed"),
            claim("3", "c", Quantity.exact(5), attribute="killed"),
        ],
        docs,
    )
    [relation] = [r for r in result.relations if "#" in r.a]
    assert Relation.CONTRADICTS == relation.kind
    assert "as of 2024-01-02" in relation.reason


def test_questions_differing_by_kind_only_get_distinct_ids() -> None:
    from reconcile.values import Label

    result = _cluster(
        [
            claim("1", "a", Label("withdrawn"), attribute="status"),
            claim("2", "b", Quantity.exact(0), attribute="status"),
            claim("3", "c", Quantity.exact(5), attribute="status"),
        ],
        DOCS,
    )
    ids = [c.id for c in result.clusters]
    assert len(ids) == len(set(ids))
    assert any(i.endswith("/label#1") for i in ids)


def test_a_bound_fitting_two_rival_figures_sides_with_neither() -> None:
    # Officials: 500 dead; a hospital: 632; a wire: "at least 30", which fits both.
    result = _cluster(
        rival_tolls(),
        DOCS,
    )
    cluster_of = result.cluster_of()
    assert 3 == len({cluster_of["wire"], cluster_of["officials"], cluster_of["hospital"]})
    contradictions = [(r.a, r.b) for r in result.relations if r.kind is Relation.CONTRADICTS]
    assert [(cluster_of["officials"], cluster_of["hospital"])] == contradictions


def _wire_beside_tolls(wire: Quantity) -> Clustering:
    # Officials: 500 dead; a hospital: 632; a wire's figure beside them.
    return _cluster(
        [
            claim("officials", "a", Quantity.exact(500), subject="people", attribute="killed"),
            claim("hospital", "b", Quantity.exact(632), subject="people", attribute="killed"),
            claim("wire", "c", wire, subject="people", attribute="killed"),
        ],
        DOCS,
    )


def test_a_range_fitting_two_rival_figures_sides_with_neither() -> None:
    # "between 450 and 650" fits both: like a bound, the range is the source of neither
    # figure and contradicts none.
    result = _wire_beside_tolls(Quantity.range(450, 650))
    cluster_of = result.cluster_of()
    assert 3 == len({cluster_of["wire"], cluster_of["officials"], cluster_of["hospital"]})
    contradictions = [(r.a, r.b) for r in result.relations if r.kind is Relation.CONTRADICTS]
    assert [(cluster_of["officials"], cluster_of["hospital"])] == contradictions
    fitted = {r.b for r in result.relations if r.a == cluster_of["wire"]}
    assert {cluster_of["officials"], cluster_of["hospital"]} == fitted


def test_a_range_that_fits_only_its_own_figure_stays_with_it() -> None:
    # the failure mode: a range is set apart only where it fits a rival figure
    result = _wire_beside_tolls(Quantity.range(600, 650))
    cluster_of = result.cluster_of()
    assert cluster_of["wire"] == cluster_of["hospital"] != cluster_of["officials"]


def test_members_that_share_the_figure_get_no_relation_of_their_own() -> None:
    result = _cluster(
        [
            claim("1", "a", Quantity.exact(500), subject="people", attribute="killed"),
            claim("2", "b", Quantity.exact(632), subject="people", attribute="killed"),
            claim("3", "c", Quantity.exact(500), subject="people", attribute="killed"),
        ],
        DOCS,
    )
    cluster_ids = {c.id for c in result.clusters}
    assert all(r.a in cluster_ids or r.b not in cluster_ids for r in result.relations)


def test_event_days_a_day_apart_across_time_zones_share_a_cluster() -> None:
    # A Washington wire dates the strike in Iraq "Friday"; a Baghdad paper "February 3".
    docs = [
        Document("wire", outlet="Wire", metadata=[("dateline", "Washington")]),
        Document("paper", outlet="Baghdad Post", metadata=[("dateline", "Baghdad")]),
    ]
    claims = [
        claim(
            "w",
            "wire",
            DateSpan.day(2024, 2, 2, text="Friday"),
            subject="strike",
            attribute="date occurred",
            place="Iraq",
        ),
        claim(
            "p",
            "paper",
            DateSpan.day(2024, 2, 3, text="February 3"),
            subject="strike",
            attribute="date occurred",
            place="Iraq",
        ),
    ]
    result = _cluster(claims, docs)
    assert [("p", "w")] == [c.claims for c in result.clusters]
    [relation] = result.relations
    assert Relation.AGREES == relation.kind
    assert (
        "February 3 (2024-02-03) and Friday (2024-02-02) agree (a day apart: time zones): "
        "reported from Baghdad, not Washington, so the calendar day depends on where it is "
        "counted" == relation.reason
    )


def test_event_days_a_day_apart_reported_where_they_happened_contradict() -> None:
    docs = [Document("a", outlet="Wire"), Document("b", outlet="Post")]
    claims = [
        claim(
            "1",
            "a",
            DateSpan.day(2024, 2, 2, text="Friday"),
            subject="strike",
            attribute="date occurred",
        ),
        claim(
            "2",
            "b",
            DateSpan.day(2024, 2, 3, text="Saturday"),
            subject="strike",
            attribute="date occurred",
        ),
    ]
    result = _cluster(claims, docs)
    assert 2 == len(result.clusters)
    assert [Relation.CONTRADICTS] == [r.kind for r in result.relations]


def test_a_night_report_between_two_days_joins_only_one_of_them() -> None:
    # 26 and 28 January cannot both hold; "Saturday night" (27th) fits either, joins one.
    docs = [Document(x, outlet=x) for x in "abc"]
    claims = [
        claim("1", "a", DateSpan.day(2024, 1, 26), subject="attack", attribute="date"),
        claim(
            "2",
            "b",
            DateSpan.day(2024, 1, 27, text="Saturday night"),
            subject="attack",
            attribute="date",
        ),
        claim("3", "c", DateSpan.day(2024, 1, 28), subject="attack", attribute="date"),
    ]
    result = _cluster(claims, docs)
    assert [("1", "2"), ("3",)] == [c.claims for c in result.clusters]


def test_a_night_in_the_quote_makes_the_day_ambiguous() -> None:
    # A US paper: the drone hit the base "late Saturday night"; a Gulf paper: January 28.
    docs = [Document("us", outlet="US Daily"), Document("gulf", outlet="Gulf News")]
    night = Claim(
        id="us-1",
        document="us",
        subject="drone attack on Tower 22",
        attribute="date occurred",
        value=DateSpan.day(2024, 1, 27, text="Saturday"),
        evidence=Evidence("The drone hit the base late Saturday night, officials said."),
    )
    day = claim(
        "gulf-1",
        "gulf",
        DateSpan.day(2024, 1, 28, text="January 28"),
        subject="drone attack on Tower 22",
        attribute="date occurred",
        place=None,
    )
    result = _cluster([night, day], docs)
    assert [("gulf-1", "us-1")] == [c.claims for c in result.clusters]
    assert "'late Saturday' is near midnight" in result.relations[0].reason


def test_bounds_set_apart_are_grouped_by_the_figures_they_fit() -> None:
    # Beirut-like toll: 78, then 135, then 157; bounds "at least 30" and "at least 135".
    # "at least 30" fits all three figures, "at least 135" only the later two: together
    # they would contradict 78 through "at least 135".
    values = {
        "r1": Quantity.exact(78),
        "r2": Quantity.exact(135),
        "r3": Quantity.exact(157),
        "w1": Quantity.hedged(30, Hedge.AT_LEAST),
        "w2": Quantity.hedged(135, Hedge.AT_LEAST),
    }
    docs = [doc(key, outlet=key) for key in values]
    result = _cluster(
        [claim(k, k, v, subject="people", attribute="killed") for k, v in values.items()], docs
    )
    cluster_of = result.cluster_of()
    assert cluster_of["w1"] != cluster_of["w2"]
    contradicted = {
        frozenset((r.a, r.b)) for r in result.relations if r.kind is Relation.CONTRADICTS
    }
    assert frozenset((cluster_of["w1"], cluster_of["r1"])) not in contradicted
    assert frozenset((cluster_of["w2"], cluster_of["r1"])) in contradicted


def test_a_bound_that_only_overlaps_its_figure_is_set_apart_too() -> None:
    # Injured: "about 4,000" (a ministry), "more than 4,000" (a wire), "more than 5,000"
    # (a hospital). The wire's bound fits both others, which contradict each other.
    values = {
        "ministry": Quantity.hedged(4000, Hedge.ABOUT),
        "wire": Quantity.hedged(4000, Hedge.MORE_THAN),
        "hospital": Quantity.hedged(5000, Hedge.MORE_THAN),
    }
    docs = [doc(key, outlet=key) for key in values]
    result = _cluster(
        [claim(k, k, v, subject="people", attribute="injured") for k, v in values.items()], docs
    )
    cluster_of = result.cluster_of()
    assert 3 == len(set(cluster_of.values()))
    contradicted = [(r.a, r.b) for r in result.relations if r.kind is Relation.CONTRADICTS]
    assert [tuple(sorted((cluster_of["ministry"], cluster_of["hospital"])))] == contradicted


def test_a_dateline_in_the_quote_says_where_the_report_was_written() -> None:
    # "WASHINGTON (AP) -- ... on Friday" and "BAGHDAD -- ... on 3 February", one strike.
    docs = [Document("ap", outlet="AP"), Document("post", outlet="Baghdad Post")]
    claims = [
        Claim(
            id=name,
            document=name,
            subject="strike on Kataib Hezbollah",
            attribute="date occurred",
            value=value,
            evidence=Evidence(quote),
        )
        for name, value, quote in (
            (
                "ap",
                DateSpan.day(2024, 2, 2, text="Friday"),
                "WASHINGTON (AP) \u2014 US forces struck militia sites in Iraq on Friday.",
            ),
            (
                "post",
                DateSpan.day(2024, 2, 3, text="3 February"),
                "BAGHDAD \u2014 American aircraft hit militia sites on 3 February.",
            ),
        )
    ]
    result = _cluster(claims, docs)
    assert [("ap", "post")] == [c.claims for c in result.clusters]
    assert "reported from Washington, not Baghdad" in result.relations[0].reason


def test_a_live_report_s_many_figures_are_each_related_to_each_other() -> None:
    # a live page of a rising toll gives a figure an hour: every two are an update or a
    # dispute, not only each against the best-supported one
    claims = [claim(str(i), "a", Quantity.exact(i * 10)) for i in range(1, 21)]
    between = [r for r in _cluster(claims, DOCS).relations if r.kind is Relation.CONTRADICTS]
    assert 20 * 19 // 2 == len(between)
