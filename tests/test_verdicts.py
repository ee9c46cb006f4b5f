from reconcile.model import Claim, Document
from reconcile.normalize import plain_resolver
from reconcile.pipeline import reconcile
from reconcile.values import DateSpan, Hedge, Quantity, VoteOutcome, VoteResult
from reconcile.verdicts import Estimate, EstimatePolicy, Status, Verdict

from .helpers import claim, doc, rival_tolls


def _verdicts(
    claims: list[Claim], docs: list[Document], policy: EstimatePolicy = EstimatePolicy.UCDP
) -> tuple[Verdict, ...]:
    return reconcile(claims, docs, resolver=plain_resolver, policy=policy).verdicts


def _estimate(verdict: Verdict) -> Estimate:
    assert verdict.estimate is not None
    return verdict.estimate


def test_two_independent_outlets_confirm() -> None:
    verdicts = _verdicts(
        [claim("1", "a", Quantity.exact(900)), claim("2", "b", Quantity.exact(900))],
        [doc("a", "Wire"), doc("b", "Daily")],
    )
    assert Status.CONFIRMED == verdicts[0].status
    assert 2 == verdicts[0].clusters[0].independent_sources


def test_one_outlet_twice_is_single_source() -> None:
    verdicts = _verdicts(
        [claim("1", "a", Quantity.exact(900)), claim("2", "b", Quantity.exact(900))],
        [doc("a", "Wire"), doc("b", "Wire")],
    )
    assert Status.SINGLE_SOURCE == verdicts[0].status
    assert "2 documents that are not independent" in verdicts[0].reason


def test_one_author_on_two_sites_is_single_source() -> None:
    verdicts = _verdicts(
        [claim("1", "a", Quantity.exact(900)), claim("2", "b", Quantity.exact(900))],
        [doc("a", "Wire", author="Jo Roe"), doc("b", "Daily", author="Jo Roe")],
    )
    assert Status.SINGLE_SOURCE == verdicts[0].status


def test_a_reprint_is_not_independent_of_its_origin() -> None:
    verdicts = _verdicts(
        [claim("1", "a", Quantity.exact(900)), claim("2", "b", Quantity.exact(900))],
        [doc("a", "Wire"), doc("b", "Daily", origin="Wire")],
    )
    assert Status.SINGLE_SOURCE == verdicts[0].status


def test_disagreement_is_contested_with_low_best_high() -> None:
    docs = [doc("a", "A"), doc("b", "B"), doc("c", "C")]
    claims = [
        claim("1", "a", Quantity.exact(2500)),
        claim("2", "b", Quantity.exact(2500)),
        claim("3", "c", Quantity.exact(900)),
    ]
    ucdp = _verdicts(claims, docs)[0]
    conservative = _verdicts(claims, docs, policy=EstimatePolicy.CONSERVATIVE)[0]
    assert Status.CONTESTED == ucdp.status
    assert (900, 2500, 2500) == (
        _estimate(ucdp).low,
        _estimate(ucdp).best_value,
        _estimate(ucdp).high,
    )
    assert 900 == _estimate(conservative).best_value


def test_a_tie_is_reported_and_broken_towards_the_lower_figure() -> None:
    docs = [doc("a", "A"), doc("b", "B")]
    verdict = _verdicts(
        [claim("1", "a", Quantity.exact(30)), claim("2", "b", Quantity.exact(50))], docs
    )[0]
    assert (30, ("us troops:deployed@iraq#2",)) == (
        _estimate(verdict).best_value,
        _estimate(verdict).tie,
    )
    assert "equal support for 30 and 50" in verdict.reason


def test_between_equally_supported_figures_the_one_a_source_states_most_wins() -> None:
    # One outlet, two same-day articles: "three" in four sentences, "one" in an aside.
    docs = [doc("a", "Metro"), doc("b", "Metro")]
    values = [("a", 3), ("b", 3), ("b", 3), ("b", 1), ("b", 3)]
    claims = [
        claim(str(i), d, Quantity.exact(n), attribute="injured") for i, (d, n) in enumerate(values)
    ]
    verdict = _verdicts(claims, docs)[0]
    assert (3, ()) == (_estimate(verdict).best_value, _estimate(verdict).tie)
    assert "preferred as what they state most often (weight 0.80 of 1)" in verdict.reason


def test_repetition_never_outweighs_an_independent_source() -> None:
    docs = [doc("a", "A"), doc("b", "B"), doc("c", "C")]
    values = [("a", 1), ("b", 3), ("b", 3), ("b", 3), ("c", 1)]
    claims = [
        claim(str(i), d, Quantity.exact(n), attribute="injured") for i, (d, n) in enumerate(values)
    ]
    assert 1 == _estimate(_verdicts(claims, docs)[0]).best_value


def test_a_reprint_adds_no_weight_to_its_figure() -> None:
    docs = [doc("a", "Wire"), doc("b", "Daily", origin="Wire"), doc("c", "Evening")]
    claims = [
        claim("1", "a", Quantity.exact(2500)),
        claim("2", "b", Quantity.exact(2500)),
        claim("3", "c", Quantity.exact(900)),
    ]
    verdict = _verdicts(claims, docs)[0]
    assert (900, ("us troops:deployed@iraq#2",)) == (
        _estimate(verdict).best_value,
        _estimate(verdict).tie,
    )


def test_an_earlier_count_is_superseded_by_a_later_one() -> None:
    docs = [doc("a", "A", day=1), doc("b", "B", day=3), doc("c", "C", day=3)]
    claims = [
        claim("1", "a", Quantity.exact(25), attribute="injured"),
        claim("2", "b", Quantity.exact(40), attribute="injured"),
        claim("3", "c", Quantity.hedged(40, Hedge.ABOUT), attribute="injured"),
    ]
    verdict = _verdicts(claims, docs)[0]
    assert [Status.SUPERSEDED, Status.CONFIRMED] == [c.status for c in verdict.clusters]
    assert Status.CONFIRMED == verdict.status
    assert 40 == _estimate(verdict).best_value


def test_a_vague_later_report_does_not_make_an_earlier_figure_the_newer_one() -> None:
    # 25 on day 2; 21 on day 3 by two outlets; "more than 20" on day 3 fits both figures,
    # so it says nothing about which came later: 21 updates 25.
    docs = [doc("a", "A", day=2), doc("b", "B", day=3), doc("c", "C", day=3), doc("d", "D", day=3)]
    claims = [
        claim("1", "a", Quantity.exact(25), attribute="killed"),
        claim("2", "b", Quantity.exact(21), attribute="killed"),
        claim("3", "c", Quantity.exact(21), attribute="killed"),
        claim("4", "d", Quantity.hedged(20, Hedge.MORE_THAN), attribute="killed"),
    ]
    verdict = _verdicts(claims, docs)[0]
    statuses = {c.value: c.status for c in verdict.clusters}
    assert Status.SUPERSEDED == statuses["25"]
    assert 21 == _estimate(verdict).best_value


def test_date_estimate_is_given_as_iso_dates() -> None:
    docs = [doc("a", "A"), doc("b", "B")]
    claims = [
        claim("1", "a", DateSpan.month(2020, 1), attribute="date"),
        claim("2", "b", DateSpan.day(2020, 1, 3), attribute="date"),
    ]
    estimate = _estimate(_verdicts(claims, docs)[0])
    assert ("2020-01-03", "2020-01-03") == (estimate.best_value, estimate.low)


def test_a_declared_copier_does_not_confirm_its_original() -> None:
    docs = [doc("a", "Wire"), doc("b", "Copycat News")]
    claims = [claim("1", "a", Quantity.exact(900)), claim("2", "b", Quantity.exact(900))]
    plain = reconcile(claims, docs, resolver=plain_resolver).verdicts[0]
    copied = reconcile(
        claims, docs, resolver=plain_resolver, dependent=[("Copycat News", "Wire")]
    ).verdicts[0]
    assert (Status.CONFIRMED, Status.SINGLE_SOURCE) == (plain.status, copied.status)


def test_an_unknown_dependent_source_is_named() -> None:
    import pytest

    from reconcile.errors import InvalidInput

    with pytest.raises(InvalidInput) as info:
        reconcile([], [doc("a", "Wire")], dependent=[("Wire", "Nobody")])
    assert "dependent[0]" == info.value.field


def _toll(claim_id: str, document: str, n: int, as_of: DateSpan | None = None) -> Claim:
    return Claim(
        id=claim_id,
        document=document,
        subject="people",
        attribute="killed",
        place="Karsa market",
        value=Quantity.exact(n),
        as_of=as_of,
    )


def test_a_figure_the_ministry_had_earlier_reported_is_superseded_not_contested() -> None:
    # Monday's paper: 21 killed. Tuesday's wire: 21 killed; "the ministry had earlier
    # reported 12 deaths", a figure dated before Tuesday's reports.
    docs = [doc("courier", "Daily Courier", day=11), doc("wire", "Northern Wire", day=12)]
    verdicts = _verdicts(
        [
            _toll("c1", "courier", 21),
            _toll("w1", "wire", 21),
            _toll("w2", "wire", 12, as_of=DateSpan.parse("..2024-01-11")),
        ],
        docs,
    )
    by_value = {c.value: c.status for c in verdicts[0].clusters}
    assert {"12": Status.SUPERSEDED, "21": Status.CONFIRMED} == by_value
    assert Status.CONFIRMED == verdicts[0].status
    assert verdicts[0].reason.endswith("; the earlier figure 12 was updated")


def test_a_hedged_bound_is_consistent_with_a_figure_but_never_its_source() -> None:
    # The hospital says between 20 and 25 killed; a wire "at least 14".
    verdicts = _verdicts(
        [
            claim("hospital", "a", Quantity.range(20, 25), subject="people", attribute="killed"),
            claim(
                "wire",
                "b",
                Quantity.hedged(14, Hedge.AT_LEAST),
                subject="people",
                attribute="killed",
            ),
        ],
        [doc("a", "Hospital"), doc("b", "Wire")],
    )
    [figure] = verdicts[0].clusters
    assert ("between 20 and 25", Status.SINGLE_SOURCE) == (figure.value, figure.status)
    assert (1, ("wire",)) == (figure.independent_sources, figure.consistent)
    assert "between 20 and 25 rests on one source; 1 vaguer report is consistent with it" == (
        figure.reason
    )


def test_the_same_bound_from_two_outlets_confirms_it() -> None:
    verdicts = _verdicts(
        [
            claim("1", "a", Quantity.hedged(14, Hedge.AT_LEAST), subject="people", attribute="k"),
            claim("2", "b", Quantity.hedged(14, Hedge.AT_LEAST), subject="people", attribute="k"),
        ],
        [doc("a", "Hospital"), doc("b", "Wire")],
    )
    assert (Status.CONFIRMED, ()) == (verdicts[0].status, verdicts[0].clusters[0].consistent)


def _vote(claim_id: str, document: str, **facets: object) -> Claim:
    return claim(
        claim_id,
        document,
        VoteOutcome(**facets),  # type: ignore[arg-type]
        subject="Iraqi parliament",
        attribute="vote",
        place=None,
    )


def test_a_vote_is_confirmed_facet_by_facet() -> None:
    # Three outlets say the expulsion vote passed; one adds "unanimously", another
    # "a non-binding resolution".
    verdicts = _verdicts(
        [
            _vote("antiwar", "a", result=VoteResult.PASSED, unanimous=True),
            _vote("ap", "b", result=VoteResult.PASSED, binding=False),
            _vote("cradle", "c", result=VoteResult.PASSED),
        ],
        [doc("a", "Antiwar.com"), doc("b", "AP"), doc("c", "The Cradle")],
    )
    [figure] = verdicts[0].clusters
    assert Status.CONFIRMED == figure.status
    assert [
        ("passed", ("outlet:antiwarcom", "outlet:ap", "outlet:the cradle")),
        ("unanimous", ("outlet:antiwarcom",)),
        ("non-binding", ("outlet:ap",)),
    ] == [(f.value, f.sources) for f in figure.facets]
    assert (
        "passed is stated by 3 independent sources; unanimous and non-binding each rest on "
        "one source" == figure.reason
    )


def test_a_vote_whose_facets_each_rest_on_one_source_is_not_confirmed() -> None:
    verdicts = _verdicts(
        [
            _vote("antiwar", "a", unanimous=True),
            _vote("ap", "b", binding=False),
        ],
        [doc("a", "Antiwar.com"), doc("b", "AP")],
    )
    assert Status.SINGLE_SOURCE == verdicts[0].status
    assert "unanimous and non-binding each rest on one source" == verdicts[0].clusters[0].reason


def test_a_bound_fitting_rival_figures_is_consistent_with_them_and_not_a_rival() -> None:
    # Officials: 500 dead; a hospital: 632; a wire: "at least 30".
    verdicts = _verdicts(
        rival_tolls(),
        [doc("a", "Officials"), doc("b", "Hospital"), doc("c", "Wire")],
    )
    [verdict] = verdicts
    assert Status.CONTESTED == verdict.status
    estimate = _estimate(verdict)
    assert (500.0, 632.0) == (estimate.low, estimate.high)
    assert (
        "sources disagree: 500 (1 source); 632 (1 source); equal support for 500 and 632; "
        "at least 30 is consistent with 500 and 632: a bound, not a figure of its own "
        "(1 independent source)" == verdict.reason
    )
    [bound] = [c for c in verdict.clusters if c.value == "at least 30"]
    assert Status.SINGLE_SOURCE == bound.status
