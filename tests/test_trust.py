import datetime as dt

from reconcile.model import Claim, Document
from reconcile.normalize import plain_resolver
from reconcile.pipeline import Result, reconcile
from reconcile.trust import assess_trust, claim_table, reconcile_with_trust
from reconcile.values import Quantity
from reconcile.verdicts import Status

HONEST = ["Alpha", "Beta", "Gamma", "Delta"]


def _data() -> tuple[list[Document], list[Claim]]:
    """Eight questions. Four honest outlets mostly agree; 'Rumour' is wrong on most
    and 'Echo' repeats Rumour word for word, wrong values included."""
    docs = [
        Document(name, outlet=name, published=dt.date(2024, 1, 1))
        for name in [*HONEST, "Rumour", "Echo"]
    ]
    claims = []
    for q in range(8):
        truth = 100 + q
        for i, name in enumerate(HONEST):
            # Each honest outlet errs once, on a different question, in its own way.
            value = truth + 50 + i if q == i else truth
            claims.append(_claim(f"{name}-{q}", name, q, value))
        rumour = truth + 7 if q < 6 else truth
        claims.append(_claim(f"Rumour-{q}", "Rumour", q, rumour))
        claims.append(_claim(f"Echo-{q}", "Echo", q, rumour))
    return docs, claims


def _claim(claim_id: str, doc: str, q: int, value: int) -> Claim:
    return Claim(
        id=claim_id,
        document=doc,
        subject=f"unit {q}",
        attribute="deployed",
        value=Quantity.exact(value),
    )


def test_claim_table_has_one_vote_per_outlet_claim_for_a_cluster() -> None:
    docs, claims = _data()
    table = claim_table(reconcile(claims, docs, resolver=plain_resolver))
    assert len(claims) == len(table)
    assert {"Alpha", "Beta", "Gamma", "Delta", "Rumour", "Echo"} == set(table.sources)


def test_accu_finds_the_copier_and_distrusts_the_pair() -> None:
    docs, claims = _data()
    trust = assess_trust(reconcile(claims, docs, resolver=plain_resolver), method="accu")
    assert [("Rumour", "Echo")] == [(c, o) for c, o, _ in trust.copies] or [("Echo", "Rumour")] == [
        (c, o) for c, o, _ in trust.copies
    ]
    scores = dict(trust.trust)
    assert scores["Alpha"] > scores["Rumour"]


def test_a_figure_confirmed_only_by_a_copier_becomes_single_source() -> None:
    docs, claims = _data()
    plain = reconcile(claims, docs, resolver=plain_resolver)
    result, trust = reconcile_with_trust(claims, docs, resolver=plain_resolver, method="accu")
    assert trust.copies

    def rumour_status(r: Result) -> int:
        [verdict] = [v for v in r.verdicts if v.question == "unit 0:deployed"]
        [cluster] = [c for c in verdict.clusters if "Rumour-0" in c.claims]
        return cluster.independent_sources

    assert (2, 1) == (rumour_status(plain), rumour_status(result))
    statuses = {v.status for v in result.verdicts}
    assert Status.CONTESTED in statuses


def test_an_empty_result_has_no_trust_and_no_copies() -> None:
    trust = assess_trust(reconcile([]))
    assert ((), ()) == (trust.trust, trust.copies)
