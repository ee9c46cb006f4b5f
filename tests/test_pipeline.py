"""Whole-pipeline behaviour that no single stage shows."""

from reconcile.model import Document
from reconcile.normalize import plain_resolver, source_groups
from reconcile.pipeline import reconcile
from reconcile.values import Quantity

from .helpers import claim, doc


def test_a_claim_without_a_place_joins_the_one_place_its_question_names() -> None:
    docs = [doc("a", "A"), doc("b", "B")]
    claims = [claim("1", "a", Quantity.exact(4)), claim("2", "b", Quantity.exact(4), place=None)]
    result = reconcile(claims, docs, resolver=plain_resolver)
    assert ["us troops:deployed@iraq"] == [v.question for v in result.verdicts]


def test_a_claim_without_a_place_stays_apart_when_its_question_names_two() -> None:
    docs = [doc("a", "A"), doc("b", "B"), doc("c", "C")]
    claims = [
        claim("1", "a", Quantity.exact(2500)),
        claim("2", "b", Quantity.exact(900), place="Syria"),
        claim("3", "c", Quantity.exact(2500), place=None),
    ]
    result = reconcile(claims, docs, resolver=plain_resolver)
    assert 3 == len(result.verdicts)


def test_documents_without_an_outlet_are_grouped_by_website() -> None:
    docs = [
        Document("1", url="https://www.example.com/a"),
        Document("2", url="http://web.archive.org/web/2015/http://example.com/b"),
        Document("3", url="https://other.org/c"),
    ]
    groups = source_groups(docs)
    assert [("1", "2"), ("3",)] == [g.documents for g in groups]
    assert ["example.com", "other.org"] == [g.name for g in groups]
